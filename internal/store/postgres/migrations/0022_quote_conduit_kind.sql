-- newsgraph PostgreSQL schema, version 22: the kind of a quote's conduit
-- (model.Quote.ConduitKind: "channel" when the conduit names the occasion
-- or form of the words, "in a statement", "told a news conference",
-- rather than who carried them, "told Newsweek", "KCNA reported"). The
-- quotes table kept the conduit's words only, so the listings could not
-- tell an outlet from an occasion and said "via in a statement". This
-- migration's Go step (goSteps in foldkeys.go, conduitkinds.Fill) fills it
-- for the quotes already here from their articles' analyses. As SQLite's
-- migration 27.
ALTER TABLE quotes ADD COLUMN conduit_kind text NOT NULL DEFAULT '';
