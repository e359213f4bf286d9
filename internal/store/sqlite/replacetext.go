package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strconv"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
	"github.com/newsgraph/newsgraph/internal/store/display"
)

func (db *DB) ArticleByURL(ctx context.Context, url string) (*store.Article, error) {
	var id int64
	err := db.read.QueryRowContext(ctx, `SELECT id FROM articles WHERE url = ?`, url).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("article %s: %w", url, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("store: article %s: %w", url, err)
	}
	return db.Article(ctx, id)
}

func (t *tx) ReplaceArticleText(ctx context.Context, id int64, a *store.Article) error {
	if a.ContentHash == "" {
		return fmt.Errorf("store: replace text of article %d: a content hash is required", id)
	}
	title, body, byline, dup, err := t.indexedText(ctx, id)
	if err != nil {
		return fmt.Errorf("store: replace text of article %d: %w", id, err)
	}
	var sig any
	if len(a.Signature) > 0 {
		sig = a.Signature
	}
	fail := func(err error) error { return fmt.Errorf("store: replace text of article %d: %w", id, err) }
	if _, err := t.exec(ctx, `UPDATE articles SET canonical_url = ?, site = ?, content_hash = ?, signature = ?, title = ?,
		byline = ?, language = ?, published = ?, published_offset = ? WHERE id = ?`,
		a.CanonicalURL, a.Site, a.ContentHash, sig, a.Title, a.Byline, a.Language, fmtTimePtr(a.Published), display.Offset(a.Published), id); err != nil {
		return fail(err)
	}
	if _, err := t.exec(ctx, `UPDATE article_text SET title = ?, body = ? WHERE id = ?`, a.Title, a.Text, id); err != nil {
		return fail(err)
	}
	// A syndicated copy has no search entry or band keys (InsertArticle).
	if !dup.Valid {
		// The index's 'delete' takes the values it indexed: the old ones.
		for _, q := range []struct {
			sql  string
			args []any
		}{
			{`INSERT INTO article_fts(article_fts, rowid, title, body, byline) VALUES ('delete', ?, ?, ?, ?)`, []any{id, title, body, byline}},
			{`INSERT INTO article_fts(rowid, title, body, byline) VALUES (?,?,?,?)`, []any{id, a.Title, a.Text, a.Byline}},
			{`DELETE FROM article_bands WHERE article_id = ?`, []any{id}},
		} {
			if _, err := t.exec(ctx, q.sql, q.args...); err != nil {
				return fail(err)
			}
		}
		for _, band := range a.Bands {
			if _, err := t.exec(ctx, `INSERT INTO article_bands(band, article_id) VALUES (?,?) ON CONFLICT DO NOTHING`, int64(band), id); err != nil {
				return fail(err)
			}
		}
	}
	data := a.Data
	if data == nil {
		data = &model.Article{}
	}
	// After the text: the blob is encoded against the stored body, and
	// the report date of the actors' and quotes' rows is read from the
	// new publish date.
	if err := t.ReplaceAnalysis(ctx, id, data, nil); err != nil {
		return err
	}
	events, err := t.articleEventIDs(ctx, id)
	if err != nil {
		return fail(err)
	}
	if _, err := t.exec(ctx, `DELETE FROM event_mentions WHERE article_id = ?`, id); err != nil {
		return fail(err)
	}
	for _, e := range events {
		var left int
		if err := t.tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM event_mentions WHERE event_id = ?`, e).Scan(&left); err != nil {
			return fail(err)
		}
		if left > 0 {
			err = t.recountEvent(ctx, e)
		} else {
			err = t.deleteEvent(ctx, e)
		}
		if err != nil {
			return fail(err)
		}
	}
	return nil
}

// indexedText reads the title, body and byline article id's search
// entry was made from (the index's 'delete' must be given exactly those)
// and the article it is a syndicated copy of, if any.
func (t *tx) indexedText(ctx context.Context, id int64) (title, body, byline string, dup sql.NullInt64, err error) {
	err = t.tx.QueryRowContext(ctx, `SELECT t.title, t.body, a.byline, a.duplicate_of
		FROM articles a JOIN article_text t ON t.id = a.id WHERE a.id = ?`, id).Scan(&title, &body, &byline, &dup)
	if errors.Is(err, sql.ErrNoRows) {
		err = fmt.Errorf("article %d: %w", id, store.ErrNotFound)
	}
	return title, body, byline, dup, err
}

// deleteEvent removes event id (a text id, as strings reads it), which no
// report is left for, with its lookup keys (their timeline counts follow,
// by trigger, as the event's own do), rank rows and sources; its parties'
// actors count it no longer, as InsertEvent counted them, and an actor
// left in no article or event goes.
func (t *tx) deleteEvent(ctx context.Context, id string) error {
	var src, tgt string
	if err := t.tx.QueryRowContext(ctx, `SELECT source_actor, target_actor FROM events WHERE id = ?`, id).Scan(&src, &tgt); err != nil {
		return fmt.Errorf("delete event %s: %w", id, err)
	}
	// The keys before the event: their count trigger reads the event's
	// class.
	for _, q := range []string{
		`DELETE FROM event_keys WHERE event_id = ?1`,
		`DELETE FROM event_country_ranks WHERE event_id = ?1`,
		`DELETE FROM event_actor_ranks WHERE event_id = ?1`,
		`DELETE FROM event_sources WHERE event_id = ?1`,
		`DELETE FROM events WHERE id = ?1`,
	} {
		if _, err := t.exec(ctx, q, id); err != nil {
			return fmt.Errorf("delete event %s: %w", id, err)
		}
	}
	for i, actor := range []string{src, tgt} {
		if actor == "" || i == 1 && actor == src {
			continue
		}
		for _, q := range []string{
			`UPDATE actors SET events = events - 1 WHERE id = ? AND events > 0`,
			`DELETE FROM actors WHERE id = ? AND articles <= 0 AND events <= 0`,
		} {
			if _, err := t.exec(ctx, q, actor); err != nil {
				return fmt.Errorf("delete event %s: actor %s: %w", id, actor, err)
			}
		}
	}
	if n, err := strconv.ParseInt(id, 10, 64); err == nil && t.isNew[n] {
		delete(t.isNew, n)
		t.unranked = slices.DeleteFunc(t.unranked, func(u int64) bool { return u == n })
	}
	return nil
}
