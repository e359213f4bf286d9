// Package namekeys writes the folded name keys (store.FoldName) that SQL
// cannot compute, for either backend: the name_key of actors and the
// event_keys of events whose parties are named outside ASCII. A backend
// passes its own spelling of the few statements (Dialect); the reading,
// folding and rewriting are one code.
package namekeys

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/newsgraph/newsgraph/internal/store"
	"github.com/newsgraph/newsgraph/internal/store/codec"
)

// UnkeyedActors lists the actors without a name key; both backends index
// name_key so that this reads the index, not the table (their plan tests).
const UnkeyedActors = `SELECT id, name FROM actors WHERE name_key IS NULL`

// Dialect is a backend's spelling of the statements the keys need, with
// its placeholders.
type Dialect struct {
	// SetNameKey sets name_key (first argument) of the actor with id
	// (second).
	SetNameKey string
	// NonASCIIEvents selects id, date, source_actor, source_name,
	// target_actor, target_name of the events with a party named or
	// identified outside printable ASCII.
	NonASCIIEvents string
	// DeleteKey deletes the event_keys row (key, date, event_id).
	DeleteKey string
	// InsertKey inserts the event_keys row (key, date, event_id) unless
	// it is there.
	InsertKey string
	// Text prepares a text argument for the backend (PostgreSQL refuses
	// invalid UTF-8 and NUL); nil passes it as it is.
	Text func(string) string
}

func (d Dialect) text(s string) string {
	if d.Text == nil {
		return s
	}
	return d.Text(s)
}

// FillActors sets the name_key of every actor that has none: one a write
// added or renamed in this transaction, or, in the migration that added
// the column, every actor.
func FillActors(ctx context.Context, tx *sql.Tx, d Dialect) error {
	rows, err := tx.QueryContext(ctx, UnkeyedActors)
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
		if _, err := tx.ExecContext(ctx, d.SetNameKey, d.text(store.FoldName(names[i])), id); err != nil {
			return fmt.Errorf("store: actor name key of %s: %w", id, err)
		}
	}
	return nil
}

// RefoldEvents rewrites the event_keys of the events that name a party
// outside printable ASCII, whose keys an older store wrote with ASCII-only
// lower case (for the rest the two foldings agree): the name and id keys
// of both sides as it wrote them (codec.ASCIIEventKeys) are deleted and
// written anew (codec.EventKeys); country keys are the same in both.
func RefoldEvents(ctx context.Context, tx *sql.Tx, d Dialect) error {
	rows, err := tx.QueryContext(ctx, d.NonASCIIEvents)
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
			if _, err := tx.ExecContext(ctx, d.DeleteKey, d.text(k), v.date, v.id); err != nil {
				return fmt.Errorf("store: refold event %d keys: %w", v.id, err)
			}
		}
		for _, k := range codec.EventKeys(&v.e) {
			if _, err := tx.ExecContext(ctx, d.InsertKey, d.text(k), v.date, v.id); err != nil {
				return fmt.Errorf("store: refold event %d keys: %w", v.id, err)
			}
		}
	}
	return nil
}
