package postgres

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/newsgraph/newsgraph/internal/store/conduitkinds"
	"github.com/newsgraph/newsgraph/internal/store/display"
	"github.com/newsgraph/newsgraph/internal/store/jointspeakers"
	"github.com/newsgraph/newsgraph/internal/store/namekeys"
	"github.com/newsgraph/newsgraph/internal/store/reportdate"
)

// goSteps are the Go parts of migrations, by version, run in the
// migration's transaction after its SQL: what SQL cannot compute.
var goSteps = map[int]func(context.Context, *sql.Tx) error{
	8: func(ctx context.Context, tx *sql.Tx) error {
		// The actors have no family_key before migration 13.
		d := nameKeySQL
		d.SetFamilyKey = ""
		if err := namekeys.FillActors(ctx, tx, d); err != nil {
			return err
		}
		return namekeys.RefoldEvents(ctx, tx, nameKeySQL)
	},
	12: func(ctx context.Context, tx *sql.Tx) error {
		return namekeys.FillSpeakerKeys(ctx, tx, nameKeySQL, speakerKeySQL)
	},
	// Migration 13's SQL clears every name key, so that this keys every
	// actor anew, with its family name.
	13: fillNameKeys,
	// Migration 15 adds articles.reference_date: filled from the stored
	// analyses, and the earliest reports it changes recomputed.
	15: func(ctx context.Context, tx *sql.Tx) error { return reportdate.Fill(ctx, tx, referenceDateSQL) },
	// Migration 21 adds the joint speakers of quotes: filled from the
	// stored analyses.
	21: func(ctx context.Context, tx *sql.Tx) error { return jointspeakers.Fill(ctx, tx, jointSpeakerSQL) },
	// Migration 22 adds the kinds of quotes' conduits: filled from the
	// stored analyses.
	22: func(ctx context.Context, tx *sql.Tx) error { return conduitkinds.Fill(ctx, tx, conduitKindSQL) },
	// Migration 24 adds the articles' site names and publish offsets:
	// filled from the stored analyses.
	24: func(ctx context.Context, tx *sql.Tx) error { return display.Fill(ctx, tx, displaySQL) },
	// Migration 25 searches bylines: their words, folded here, added to
	// the vectors of the canonical articles already stored.
	25: fillBylineWords,
}

// bylineBatch is how many articles fillBylineWords reads at a time.
const bylineBatch = 500

// fillBylineWords adds the folded words of each canonical article's byline
// to its search vector at weight B, as InsertArticle writes them. A vector
// first loses any B words, so that running it twice adds them once.
func fillBylineWords(ctx context.Context, tx *sql.Tx) error {
	for after := int64(0); ; {
		rows, err := tx.QueryContext(ctx, `SELECT a.id, a.byline FROM articles a JOIN article_text t ON t.id = a.id
			WHERE a.id > $1 AND a.byline <> '' AND t.tsv IS NOT NULL ORDER BY a.id LIMIT $2`, after, bylineBatch)
		if err != nil {
			return fmt.Errorf("read bylines: %w", err)
		}
		type byline struct {
			id    int64
			words string
		}
		var page []byline
		for rows.Next() {
			var b byline
			var text string
			if err := rows.Scan(&b.id, &text); err != nil {
				rows.Close()
				return fmt.Errorf("read bylines: %w", err)
			}
			b.words = searchTitle(text)
			page = append(page, b)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return fmt.Errorf("read bylines: %w", err)
		}
		if len(page) == 0 {
			return nil
		}
		for _, b := range page {
			if _, err := tx.ExecContext(ctx, `UPDATE article_text
				SET tsv = ts_filter(tsv, '{a,c,d}') || setweight(to_tsvector('simple', $1), 'B') WHERE id = $2`,
				b.words, b.id); err != nil {
				return fmt.Errorf("index byline of article %d: %w", b.id, err)
			}
		}
		after = page[len(page)-1].id
	}
}

// displaySQL is this backend's spelling of display.Fill's statements.
var displaySQL = display.Dialect{
	Articles: `SELECT id, data FROM articles WHERE id > $1 ORDER BY id LIMIT $2`,
	Set:      `UPDATE articles SET site_name = $1, published_offset = $2 WHERE id = $3`,
	Text:     pgText,
}

// conduitKindSQL is this backend's spelling of conduitkinds.Fill's
// statements.
var conduitKindSQL = conduitkinds.Dialect{
	Articles: `SELECT id, data FROM articles WHERE id > $1 AND id IN (
		SELECT article_id FROM quotes WHERE conduit <> '') ORDER BY id LIMIT $2`,
	Set:  `UPDATE quotes SET conduit_kind = $1 WHERE article_id = $2 AND seq = $3 AND conduit = $4`,
	Text: pgText,
}

// jointSpeakerSQL is this backend's spelling of jointspeakers.Fill's
// statements.
var jointSpeakerSQL = jointspeakers.Dialect{
	Articles: `SELECT id, data FROM articles WHERE id > $1 AND id IN (
		SELECT article_id FROM quotes WHERE speaker_actor_id = '' AND speaker <> '') ORDER BY id LIMIT $2`,
	Set:    `UPDATE quotes SET speaker_actor_ids = $1 WHERE article_id = $2 AND seq = $3`,
	Insert: `INSERT INTO quote_speakers(actor_id, article_id, seq) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
}

// referenceDateSQL is this backend's spelling of reportdate.Fill's statements.
var referenceDateSQL = reportdate.Dialect{
	Undated: `SELECT id, data FROM articles WHERE published IS NULL AND id > $1 ORDER BY id LIMIT $2`,
	Set:     `UPDATE articles SET reference_date = $1 WHERE id = $2`,
	Earliest: `UPDATE events e SET (earliest_url, earliest_at) = (
		SELECT a.url, ` + reportdate.SQL + ` AS at FROM event_mentions m JOIN articles a ON a.id = m.article_id
		WHERE m.event_id = e.id ORDER BY at, a.id LIMIT 1)
	WHERE e.id IN (SELECT m.event_id FROM event_mentions m JOIN articles a ON a.id = m.article_id WHERE a.reference_date IS NOT NULL)`,
	Time: func(t time.Time) any { return dbTime(t) },
}

// unkeyedActorsQuery lists the actors without a name key (by the
// index actors_name_key, see TestActorPlan).
const unkeyedActorsQuery = namekeys.UnkeyedActors

// nameKeySQL is PostgreSQL's spelling of the name-key statements.
var nameKeySQL = namekeys.Dialect{
	SetNameKey:   `UPDATE actors SET name_key = $1 WHERE id = $2`,
	SetFamilyKey: `UPDATE actors SET family_key = $1 WHERE id = $2`,
	NonASCIIEvents: `SELECT id, date, source_actor, source_name, target_actor, target_name FROM events
		WHERE source_actor || source_name || target_actor || target_name ~ '[^ -~]'`,
	DeleteKey: `DELETE FROM event_keys WHERE key = $1 AND date = $2 AND event_id = $3`,
	InsertKey: `INSERT INTO event_keys(key, date, event_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
	Text:      pgText,
}

// speakerKeySQL is PostgreSQL's spelling of the speaker-key statements.
var speakerKeySQL = namekeys.SpeakerKeys{
	Select: `SELECT article_id, seq, speaker FROM quotes WHERE speaker <> ''`,
	Set:    `UPDATE quotes SET speaker_key = $1 WHERE article_id = $2 AND seq = $3`,
}

// fillNameKeys sets the name_key (store.FoldName of the name) and
// family_key (namekeys.FamilyKey) of every actor that has no name key:
// one a write added or renamed in this transaction, or, in migration
// 0013, every actor.
func fillNameKeys(ctx context.Context, tx *sql.Tx) error {
	return namekeys.FillActors(ctx, tx, nameKeySQL)
}
