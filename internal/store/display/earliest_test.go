package display

import (
	"database/sql"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/store"
)

// EarliestAt moves an event's earliest report to its article's offset only
// when the instant is that article's publish time: a reference or ingest
// time, or an article republished at another time, stays in UTC.
func TestEarliestAt(t *testing.T) {
	ny := time.Date(2026, 11, 27, 4, 30, 0, 0, time.UTC) // 23:30 at -05:00
	ref := time.Date(2026, 11, 27, 6, 0, 0, 0, time.UTC)
	reports := map[string]Report{
		"https://a.example/1": {Published: ny, Offset: sql.NullInt64{Int64: -18000, Valid: true}},
		"https://b.example/2": {Published: ny, Offset: sql.NullInt64{Int64: 19800, Valid: true}},
	}
	for _, c := range []struct {
		name string
		url  string
		at   *time.Time
		want string
	}{
		{"publish time at -05:00", "https://a.example/1", &ny, "2026-11-26T23:30:00-05:00"},
		{"another instant (a reference date)", "https://b.example/2", &ref, "2026-11-27T06:00:00Z"},
		{"article without an offset", "https://c.example/3", &ny, "2026-11-27T04:30:00Z"},
		{"no earliest report", "https://a.example/1", nil, ""},
	} {
		evs := []store.Event{{EarliestURL: c.url, EarliestAt: c.at}}
		EarliestAt(evs, reports)
		got := ""
		if evs[0].EarliestAt != nil {
			got = evs[0].EarliestAt.Format(time.RFC3339)
		}
		if got != c.want {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
	evs := []store.Event{{EarliestURL: "u", EarliestAt: &ny}, {EarliestURL: "u", EarliestAt: &ref}, {EarliestURL: "v"}}
	if got := EarliestURLs(evs); len(got) != 1 || got[0] != "u" {
		t.Errorf("EarliestURLs: %q, want [u]", got)
	}
}
