-- newsgraph schema, version 7: a quote's conduit ("told Newsweek", "KCNA
-- reported") and audience ("told the Security Council"), which the
-- analysis has (model.Quote) and the quotes table lacked, so that the
-- quote listings (Store.Quotes, /api/quotes, `newsgraph quotes`) can say
-- through whom and to whom something was said. Rows stored before keep ''
-- until `newsgraph reanalyze` stores each article's analysis again.
ALTER TABLE quotes ADD COLUMN conduit TEXT NOT NULL DEFAULT '';
ALTER TABLE quotes ADD COLUMN audience TEXT NOT NULL DEFAULT '';
