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

// The table's key under it says what the rows' short forms mean, in text
// a keyboard, a touch screen and a screen reader all reach: it was only in
// title attributes (the sources' "2/3", a span "Apr 21–27", "(month)",
// "not:"), which only a mouse's hover shows. Each part is given when a row
// has that form.

// HasSpan says whether a row shows the span of days its reports give.
func (t eventTable) HasSpan() bool {
	for _, e := range t.Events {
		if shortSpan(e.DateFrom, e.DateTo) != "" {
			return true
		}
	}
	return false
}

// HasCoarse says whether a row's date is known only to its month or year.
func (t eventTable) HasCoarse() bool {
	for _, e := range t.Events {
		if e.Date != "" && coarseNote(e.Precision) != "" {
			return true
		}
	}
	return false
}

// HasMark says whether a row is marked as not told as having taken place.
func (t eventTable) HasMark() bool {
	for _, e := range t.Events {
		if store.EventMark(e.Polarity, e.Modality) != "" {
			return true
		}
	}
	return false
}
