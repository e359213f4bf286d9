package kb

import (
	"slices"
	"time"
)

// handoverEcho is how many days after a handover a report still calls the
// one who left "the outgoing president": the handover's own day and the
// next two, when the stories about it run.
const handoverEcho = 2

// OutgoingHolder returns who "the outgoing <role>" of country is at t: the
// holder whose term of that office ended on t or in the handoverEcho days
// before it (a story dated the day after a handover still calls the one
// who left "outgoing", while the knowledge base already names his
// successor), else the holder at t, who is outgoing before a handover he
// has not yet made. Shared and party offices have no one holder, as for
// Holder.
func (k *KB) OutgoingHolder(country, role string, t time.Time) (*Actor, bool) {
	if t.IsZero() {
		return nil, false
	}
	office, ok := k.singleOffice(role)
	if !ok {
		return nil, false
	}
	earliest := t.AddDate(0, 0, -handoverEcho)
	var left *Term
	for i, tm := range k.terms[country] {
		if tm.To.IsZero() || tm.To.After(t) || tm.To.Before(earliest) || !slices.Contains(tm.Offices, office) {
			continue
		}
		// The latest handover of the window: two in three days is a
		// caretaker's, and "outgoing" is the one who just left.
		if left == nil || tm.To.After(left.To) {
			left = &k.terms[country][i]
		}
	}
	if left != nil {
		// A holder who left and came back within the window (a new term
		// of the same person) is still the one in office, not outgoing.
		if now, ok := k.Holder(country, office, t); !ok || now.ID != left.Person {
			return k.Actor(left.Person)
		}
	}
	return k.Holder(country, office, t)
}
