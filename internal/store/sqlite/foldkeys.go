package sqlite

import (
	"context"
	"database/sql"

	"github.com/newsgraph/newsgraph/internal/store/namekeys"
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
