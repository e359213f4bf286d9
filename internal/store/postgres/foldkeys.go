package postgres

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/newsgraph/newsgraph/internal/store"
	"github.com/newsgraph/newsgraph/internal/store/codec"
)

// goSteps are the Go parts of migrations, by version, run in the
// migration's transaction after its SQL: what SQL cannot compute.
var goSteps = map[int]func(context.Context, *sql.Tx) error{
	8: func(ctx context.Context, tx *sql.Tx) error {
		if err := fillNameKeys(ctx, tx); err != nil {
			return err
		}
		return refoldEventKeys(ctx, tx)
	},
}

// unkeyedActorsQuery lists the actors without a name key (by the
// index actors_name_key, see TestActorPlan).
const unkeyedActorsQuery = `SELECT id, name FROM actors WHERE name_key IS NULL`

// fillNameKeys sets the name_key (store.FoldName of the name) of every
// actor that has none: one a write added or renamed in this transaction,
// or, in migration 0008, every actor.
func fillNameKeys(ctx context.Context, tx *sql.Tx) error {
	rows, err := tx.QueryContext(ctx, unkeyedActorsQuery)
	if err != nil {
		return fmt.Errorf("store: actor name keys: %w", err)
	}
	var ids, names []string
	for rows.Next() {
		var id, name string
		if err := rows.Scan(&id, &name); err != nil {
			rows.Close()
			return fmt.Errorf("store: actor name keys: %w", err)
		}
		ids, names = append(ids, id), append(names, name)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("store: actor name keys: %w", err)
	}
	for i, id := range ids {
		if _, err := tx.ExecContext(ctx, `UPDATE actors SET name_key = $1 WHERE id = $2`, pgText(store.FoldName(names[i])), id); err != nil {
			return fmt.Errorf("store: actor name key of %s: %w", id, err)
		}
	}
	return nil
}

// refoldEventKeys rewrites the event_keys of the events that name a party
// outside printable ASCII, whose keys an older store wrote with ASCII-only
// lower case (for the rest the two foldings agree): the name and id keys
// of both sides as it wrote them (codec.ASCIIEventKeys) are deleted and
// written anew (codec.EventKeys); country keys are the same in both.
func refoldEventKeys(ctx context.Context, tx *sql.Tx) error {
	rows, err := tx.QueryContext(ctx, `SELECT id, date, source_actor, source_name, target_actor, target_name FROM events
		WHERE source_actor || source_name || target_actor || target_name ~ '[^ -~]'`)
	if err != nil {
		return fmt.Errorf("store: refold event keys: %w", err)
	}
	type ev struct {
		id   int64
		date string
		e    store.Event
	}
	var evs []ev
	for rows.Next() {
		var v ev
		if err := rows.Scan(&v.id, &v.date, &v.e.SourceActor, &v.e.SourceName, &v.e.TargetActor, &v.e.TargetName); err != nil {
			rows.Close()
			return fmt.Errorf("store: refold event keys: %w", err)
		}
		evs = append(evs, v)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("store: refold event keys: %w", err)
	}
	for _, v := range evs {
		for _, k := range codec.ASCIIEventKeys(&v.e) {
			if _, err := tx.ExecContext(ctx, `DELETE FROM event_keys WHERE key = $1 AND date = $2 AND event_id = $3`, pgText(k), v.date, v.id); err != nil {
				return fmt.Errorf("store: refold event %d keys: %w", v.id, err)
			}
		}
		for _, k := range codec.EventKeys(&v.e) {
			if _, err := tx.ExecContext(ctx, `INSERT INTO event_keys(key, date, event_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, pgText(k), v.date, v.id); err != nil {
				return fmt.Errorf("store: refold event %d keys: %w", v.id, err)
			}
		}
	}
	return nil
}
