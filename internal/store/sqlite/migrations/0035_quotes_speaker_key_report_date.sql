-- newsgraph schema, version 35: the quotes of a speaker named by its words
-- (store.QuoteQuery.SpeakerWords: "officials", "Germany and France"),
-- newest first. quotes_speaker_key holds only the quotes filed under one
-- actor (it serves Store.Speakers' wording way, which answers with that
-- actor), so a speaker no one actor stands for - a joint speaker's quotes
-- are filed under several, "officials" under none - was refused by the
-- quotes listing though quotes name it so. This index covers every quote
-- with speaker words, in the listing's order, as
-- quotes_speaker_report_date does for an actor id.
CREATE INDEX quotes_speaker_key_report_date ON quotes(speaker_key, report_date DESC, article_id DESC, seq)
	WHERE speaker_key <> '';
