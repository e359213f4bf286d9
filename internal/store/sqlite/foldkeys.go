package sqlite

import (
	"context"
	"database/sql"
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
	12: func(ctx context.Context, tx *sql.Tx) error {
		// The actors have no family_key before migration 17.
		d := nameKeySQL
		d.SetFamilyKey = ""
		if err := namekeys.FillActors(ctx, tx, d); err != nil {
			return err
		}
		return namekeys.RefoldEvents(ctx, tx, nameKeySQL)
	},
	16: func(ctx context.Context, tx *sql.Tx) error {
		return namekeys.FillSpeakerKeys(ctx, tx, nameKeySQL, speakerKeySQL)
	},
	// Migration 17's SQL clears every name key, so that this keys every
	// actor anew, with its family name.
	17: fillNameKeys,
	// Migration 19 adds articles.reference_date: filled from the stored
	// analyses, and the earliest reports it changes recomputed.
	19: func(ctx context.Context, tx *sql.Tx) error { return reportdate.Fill(ctx, tx, referenceDateSQL) },
	// Migration 26 adds the joint speakers of quotes: filled from the
	// stored analyses.
	26: func(ctx context.Context, tx *sql.Tx) error { return jointspeakers.Fill(ctx, tx, jointSpeakerSQL) },
	// Migration 27 adds the kinds of quotes' conduits: filled from the
	// stored analyses.
	27: func(ctx context.Context, tx *sql.Tx) error { return conduitkinds.Fill(ctx, tx, conduitKindSQL) },
	// Migration 29 adds the articles' site names and publish offsets:
	// filled from the stored analyses.
	29: func(ctx context.Context, tx *sql.Tx) error { return display.Fill(ctx, tx, displaySQL) },
}

// displaySQL is this backend's spelling of display.Fill's statements.
var displaySQL = display.Dialect{
	Articles: `SELECT id, data FROM articles WHERE id > ? ORDER BY id LIMIT ?`,
	Set:      `UPDATE articles SET site_name = ?, published_offset = ? WHERE id = ?`,
}

// conduitKindSQL is this backend's spelling of conduitkinds.Fill's
// statements.
var conduitKindSQL = conduitkinds.Dialect{
	Articles: `SELECT id, data FROM articles WHERE id > ? AND id IN (
		SELECT article_id FROM quotes WHERE conduit <> '') ORDER BY id LIMIT ?`,
	Set: `UPDATE quotes SET conduit_kind = ? WHERE article_id = ? AND seq = ? AND conduit = ?`,
}

// jointSpeakerSQL is this backend's spelling of jointspeakers.Fill's
// statements.
var jointSpeakerSQL = jointspeakers.Dialect{
	Articles: `SELECT id, data FROM articles WHERE id > ? AND id IN (
		SELECT article_id FROM quotes WHERE speaker_actor_id = '' AND speaker <> '') ORDER BY id LIMIT ?`,
	Set:    `UPDATE quotes SET speaker_actor_ids = ? WHERE article_id = ? AND seq = ?`,
	Insert: `INSERT INTO quote_speakers(actor_id, article_id, seq) VALUES (?,?,?) ON CONFLICT DO NOTHING`,
}

// referenceDateSQL is this backend's spelling of reportdate.Fill's statements.
var referenceDateSQL = reportdate.Dialect{
	Undated: `SELECT id, data FROM articles WHERE published IS NULL AND id > ? ORDER BY id LIMIT ?`,
	Set:     `UPDATE articles SET reference_date = ? WHERE id = ?`,
	Earliest: `UPDATE events SET (earliest_url, earliest_at) = (
		SELECT a.url, ` + reportdate.SQL + ` AS at FROM event_mentions m JOIN articles a ON a.id = m.article_id
		WHERE m.event_id = events.id ORDER BY at, a.id LIMIT 1)
	WHERE id IN (SELECT m.event_id FROM event_mentions m JOIN articles a ON a.id = m.article_id WHERE a.reference_date IS NOT NULL)`,
	Time: func(t time.Time) any { return fmtTime(t) },
}

// unkeyedActorsQuery lists the actors without a name key (by the
// index actors_name_key, see TestActorPlan).
const unkeyedActorsQuery = namekeys.UnkeyedActors

// nameKeySQL is SQLite's spelling of the name-key statements.
var nameKeySQL = namekeys.Dialect{
	SetNameKey:   `UPDATE actors SET name_key = ? WHERE id = ?`,
	SetFamilyKey: `UPDATE actors SET family_key = ? WHERE id = ?`,
	NonASCIIEvents: `SELECT id, date, source_actor, source_name, target_actor, target_name FROM events
		WHERE source_actor || source_name || target_actor || target_name GLOB '*[^ -~]*'`,
	DeleteKey: `DELETE FROM event_keys WHERE key = ? AND date = ? AND event_id = ?`,
	InsertKey: `INSERT INTO event_keys(key, date, event_id) VALUES (?,?,?) ON CONFLICT DO NOTHING`,
}

// speakerKeySQL is SQLite's spelling of the speaker-key statements.
var speakerKeySQL = namekeys.SpeakerKeys{
	Select: `SELECT article_id, seq, speaker FROM quotes WHERE speaker <> ''`,
	Set:    `UPDATE quotes SET speaker_key = ? WHERE article_id = ? AND seq = ?`,
}

// fillNameKeys sets the name_key (store.FoldName of the name) and
// family_key (namekeys.FamilyKey) of every actor that has no name key:
// one a write added or renamed in this transaction, or, in migration
// 0017, every actor.
func fillNameKeys(ctx context.Context, tx *sql.Tx) error {
	return namekeys.FillActors(ctx, tx, nameKeySQL)
}
