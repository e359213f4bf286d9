package postgres

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"

	"github.com/lib/pq"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
	"github.com/newsgraph/newsgraph/internal/store/display"
)

func (db *DB) ArticleByURL(ctx context.Context, url string) (*store.Article, error) {
	var id int64
	err := db.db.QueryRowContext(ctx, `SELECT id FROM articles WHERE url = $1`, pgText(url)).Scan(&id)
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
	fail := func(err error) error { return fmt.Errorf("store: replace text of article %d: %w", id, err) }
	var dup sql.NullInt64
	if err := t.queryRow(ctx, `SELECT duplicate_of FROM articles WHERE id = $1`, id).Scan(&dup); errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("store: article %d: %w", id, store.ErrNotFound)
	} else if err != nil {
		return fail(err)
	}
	var sig any
	if len(a.Signature) > 0 {
		sig = a.Signature
	}
	if _, err := t.exec(ctx, `UPDATE articles SET canonical_url = $1, site = $2, content_hash = $3, signature = $4, title = $5,
		byline = $6, language = $7, published = $8, published_offset = $9 WHERE id = $10`,
		a.CanonicalURL, a.Site, a.ContentHash, sig, a.Title, a.Byline, a.Language, dbTimePtr(a.Published), display.Offset(a.Published), id); err != nil {
		return fail(err)
	}
	// A syndicated copy has no search vector or band keys (InsertArticle).
	if _, err := t.exec(ctx, `UPDATE article_text SET title = $2, body = $3, tsv = CASE WHEN $4 THEN NULL
			ELSE setweight(to_tsvector('simple', $5), 'A') || setweight(to_tsvector('simple', $6), 'D')
				|| setweight(to_tsvector('simple', $7), 'B') END
		WHERE id = $1`, id, a.Title, pgText(a.Text), dup.Valid, searchTitle(a.Title), searchText(a.Text), searchTitle(a.Byline)); err != nil {
		return fail(err)
	}
	bands := pq.Int64Array{}
	if !dup.Valid {
		for _, b := range a.Bands {
			bands = append(bands, int64(b))
		}
	}
	if _, err := t.exec(ctx, `WITH gone AS (DELETE FROM article_bands WHERE article_id = $1)
		INSERT INTO article_bands(band, article_id) SELECT DISTINCT b, $1::bigint FROM unnest($2::bigint[]) AS b
		ON CONFLICT DO NOTHING`, id, bands); err != nil {
		return fail(err)
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
	if _, err := t.exec(ctx, `DELETE FROM event_mentions WHERE article_id = $1`, id); err != nil {
		return fail(err)
	}
	for _, e := range events {
		var left bool
		if err := t.queryRow(ctx, `SELECT EXISTS(SELECT 1 FROM event_mentions WHERE event_id = $1)`, e).Scan(&left); err != nil {
			return fail(err)
		}
		if left {
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

// deleteEventSQL removes event $1, which no report is left for, with its
// lookup keys (their timeline counts follow, by trigger, as the event's
// own do; the keys go first, as their trigger reads the event's class),
// rank rows and sources; its parties' actors count it no longer, as
// InsertEvent counted them, and an actor left in no article or event
// goes. All parts of one statement see the rows as they were before it,
// so the children are deleted in steps that the event's deletion waits
// for.
const deleteEventSQL = `WITH keys AS (DELETE FROM event_keys WHERE event_id = $1 RETURNING 1),
	cr AS (DELETE FROM event_country_ranks WHERE event_id = $1),
	ar AS (DELETE FROM event_actor_ranks WHERE event_id = $1),
	src AS (DELETE FROM event_sources WHERE event_id = $1)
	SELECT COUNT(*) FROM keys`

func (t *tx) deleteEvent(ctx context.Context, id int64) error {
	var n int
	if err := t.queryRow(ctx, deleteEventSQL, id).Scan(&n); err != nil {
		return fmt.Errorf("delete event %d: %w", id, err)
	}
	var actors pq.StringArray
	if err := t.queryRow(ctx, `WITH e AS (DELETE FROM events WHERE id = $1 RETURNING source_actor, target_actor)
		SELECT COALESCE(array_agg(DISTINCT x), '{}') FROM e, unnest(ARRAY[e.source_actor, e.target_actor]) AS x WHERE x <> ''`, id).Scan(&actors); err != nil {
		return fmt.Errorf("delete event %d: %w", id, err)
	}
	for _, q := range []string{
		`UPDATE actors SET events = events - 1 WHERE id = ANY($1::text[]) AND events > 0`,
		`DELETE FROM actors WHERE id = ANY($1::text[]) AND articles <= 0 AND events <= 0`,
	} {
		if _, err := t.exec(ctx, q, actors); err != nil {
			return fmt.Errorf("delete event %d: actors: %w", id, err)
		}
	}
	if t.isNew[id] {
		delete(t.isNew, id)
		t.unranked = slices.DeleteFunc(t.unranked, func(u int64) bool { return u == id })
	}
	return nil
}
