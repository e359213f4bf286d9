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
	"strings"

	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/store"
	"github.com/newsgraph/newsgraph/internal/store/codec"
)

// UnkeyedActors lists the actors without a name key; both backends index
// name_key so that this finds them by the index, not by reading the table
// (their plan tests).
const UnkeyedActors = `SELECT id, name, type, country FROM actors WHERE name_key IS NULL`

// FamilyKey is the key a stored person is found by its family name alone
// ("ERDOGAN", "Xi"): store.FoldName of the last word of its name, or of
// the first for a person of a country whose names put the family name
// first (kb.FamilyNameFirst: "Xi Jinping" is "xi"). "" for an actor that is
// no person, or a name of one word (which the name itself finds).
func FamilyKey(name, typ, country string) string {
	if typ != kb.TypePerson {
		return ""
	}
	words := strings.Fields(name)
	if len(words) < 2 {
		return ""
	}
	fam := words[len(words)-1]
	if kb.FamilyNameFirst(strings.ToUpper(strings.TrimSpace(country))) {
		fam = words[0]
	}
	return store.FoldName(strings.Trim(fam, ".,;:()\"'"))
}

// Dialect is a backend's spelling of the statements the keys need, with
// its placeholders.
type Dialect struct {
	// SetNameKey sets name_key (first argument) of the actor with id
	// (second).
	SetNameKey string
	// SetFamilyKey sets family_key (first argument, FamilyKey) of the
	// actor with id (second); "" in a migration before the column's.
	SetFamilyKey string
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

// FillActors sets the name_key (and family_key) of every actor that has
// no name key: one a write added or renamed in this transaction, or, in
// the migrations that added the columns, every actor.
func FillActors(ctx context.Context, tx *sql.Tx, d Dialect) error {
	rows, err := tx.QueryContext(ctx, UnkeyedActors)
	if err != nil {
		return fmt.Errorf("store: actor name keys: %w", err)
	}
	type actor struct{ id, name, typ, country string }
	var actors []actor
	for rows.Next() {
		var a actor
		if err := rows.Scan(&a.id, &a.name, &a.typ, &a.country); err != nil {
			rows.Close()
			return fmt.Errorf("store: actor name keys: %w", err)
		}
		actors = append(actors, a)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("store: actor name keys: %w", err)
	}
	for _, a := range actors {
		if _, err := tx.ExecContext(ctx, d.SetNameKey, d.text(store.FoldName(a.name)), a.id); err != nil {
			return fmt.Errorf("store: actor name key of %s: %w", a.id, err)
		}
		if d.SetFamilyKey == "" {
			continue
		}
		if _, err := tx.ExecContext(ctx, d.SetFamilyKey, d.text(FamilyKey(a.name, a.typ, a.country)), a.id); err != nil {
			return fmt.Errorf("store: actor family key of %s: %w", a.id, err)
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

// SpeakerKeys are the statements that write the folded words naming each
// quote's speaker (quotes.speaker_key, store.FoldName of quotes.speaker),
// which the migration that adds the column fills in Go.
type SpeakerKeys struct {
	// Select selects article_id, seq and speaker of the quotes whose
	// speaker is named.
	Select string
	// Set sets speaker_key (first argument) of the quote (article_id,
	// seq).
	Set string
}

// FillSpeakerKeys sets the speaker_key of every quote whose speaker is
// named, as the store writes it for new quotes.
func FillSpeakerKeys(ctx context.Context, tx *sql.Tx, d Dialect, s SpeakerKeys) error {
	rows, err := tx.QueryContext(ctx, s.Select)
	if err != nil {
		return fmt.Errorf("store: speaker keys: %w", err)
	}
	type quote struct {
		article int64
		seq     int
		speaker string
	}
	var qs []quote
	for rows.Next() {
		var q quote
		if err := rows.Scan(&q.article, &q.seq, &q.speaker); err != nil {
			rows.Close()
			return fmt.Errorf("store: speaker keys: %w", err)
		}
		qs = append(qs, q)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("store: speaker keys: %w", err)
	}
	for _, q := range qs {
		if _, err := tx.ExecContext(ctx, s.Set, d.text(store.FoldName(q.speaker)), q.article, q.seq); err != nil {
			return fmt.Errorf("store: speaker key of quote %d/%d: %w", q.article, q.seq, err)
		}
	}
	return nil
}
