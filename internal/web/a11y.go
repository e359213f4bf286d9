package web

import "github.com/newsgraph/newsgraph/internal/store"

// eventTable is what the "eventrows" template draws: the events and the
// table's caption, which names the table for a screen reader's table list
// (every page's events table was a bare "Events" region without one).
type eventTable struct {
	Caption string
	Events  []store.Event
}

func newEventTable(caption string, evs []store.Event) eventTable {
	return eventTable{Caption: caption, Events: evs}
}
