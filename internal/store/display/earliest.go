package display

import (
	"database/sql"
	"time"

	"github.com/newsgraph/newsgraph/internal/store"
)

// The events table keeps the earliest report of an event as its URL and
// instant (earliest_url, earliest_at), with no offset: what the store kept
// of a publish time's offset is beside its article. These give the
// event's earliest_report the offset of the report it comes from, so that
// its JSON says the day that report's own listing says (a story of 23:30
// at -05:00 is not "first reported" on the next day in UTC).

// Report is what an event's earliest report needs of its article: its
// publish time and the offset the store kept beside it.
type Report struct {
	Published time.Time
	Offset    sql.NullInt64
}

// EarliestURLs is the distinct URLs of the events' earliest reports,
// those whose article the store may know an offset of.
func EarliestURLs(evs []store.Event) []string {
	seen := map[string]bool{}
	var out []string
	for _, e := range evs {
		if e.EarliestAt == nil || e.EarliestURL == "" || seen[e.EarliestURL] {
			continue
		}
		seen[e.EarliestURL] = true
		out = append(out, e.EarliestURL)
	}
	return out
}

// EarliestAt gives each event's earliest report time the offset of its
// article (reports, by URL) when that time is the article's publish time:
// a reference date or an ingest time has no offset and stays in UTC, as
// Dates shows them.
func EarliestAt(evs []store.Event, reports map[string]Report) {
	for i := range evs {
		e := &evs[i]
		r, ok := reports[e.EarliestURL]
		if e.EarliestAt == nil || !ok || !r.Published.Equal(*e.EarliestAt) {
			continue
		}
		e.EarliestAt = At(e.EarliestAt, r.Offset)
	}
}

// FirstReport is EarliestAt for one event from its reports (Store.Event's
// mentions, already at their offsets): the report of the same article and
// instant gives its offset.
func FirstReport(e *store.Event, ms []store.EventMention) {
	if e.EarliestAt == nil {
		return
	}
	for _, m := range ms {
		if m.URL == e.EarliestURL && m.ReportDate != nil && m.ReportDate.Equal(*e.EarliestAt) {
			at := *m.ReportDate
			e.EarliestAt = &at
			return
		}
	}
}
