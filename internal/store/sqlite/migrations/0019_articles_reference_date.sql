-- newsgraph schema, version 19: the articles' reference dates. An article
-- with no publish date is dated by its reference date (model.Article's
-- ReferenceDate: the Last-Modified or capture time its relative dates
-- were read against) where its reports are ordered: an event's earliest
-- report and the order of its mentions. That date was kept only in the
-- compressed analysis, which SQL cannot read, so ordering fell back to
-- the ingest time, which can be years later. The Go part of this
-- migration (goSteps) fills the column from the stored analyses and
-- recomputes the earliest report of the events such articles report.
ALTER TABLE articles ADD COLUMN reference_date TEXT;
