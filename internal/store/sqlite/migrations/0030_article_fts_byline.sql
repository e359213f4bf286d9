-- newsgraph schema, version 30: search finds articles by their byline too
-- (a reader looks a reporter up by name: "ibanez" finds "Ana Ibáñez").
-- article_fts indexes a third column, byline, after title and body (Search
-- weighs it between them: bm25 title 5, byline 2, body 1). Its external
-- content is the view article_search: the title and body of article_text
-- and the byline of articles, which keeps it, so the text is still stored
-- once. The view lists canonical articles only, as the index does
-- (syndicated copies are not searched, see InsertArticle), so that
-- 'rebuild' fills the new index with exactly the rows the writes add.
DROP TABLE article_fts;
CREATE VIEW article_search AS
	SELECT t.id, t.title, t.body, a.byline
	FROM article_text t JOIN articles a ON a.id = t.id
	WHERE a.duplicate_of IS NULL;
CREATE VIRTUAL TABLE article_fts USING fts5(
	title, body, byline, content='article_search', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
INSERT INTO article_fts(article_fts) VALUES ('rebuild');
