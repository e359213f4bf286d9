package api

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/internal/store"
)

// TestAPICoarseDatesTimelineAndRange: /api/timeline counts an event known
// only to a year or a month under that year or month ("2030"), not on its
// first day ("2030-01-01"), and /api/events with a range that ends inside
// the period of such an event does not list it among the range's days.
func TestAPICoarseDatesTimelineAndRange(t *testing.T) {
	st := openTestStore(t)
	type ev struct{ name, date, precision string }
	evs := []ev{
		{"Kestria", "2030-01-01", "year"},   // a summit planned for 2030
		{"Volmark", "2025-01-01", "year"},   // a programme of 2025
		{"Dornland", "2025-03-01", "month"}, // talks in March 2025
		{"Pellia", "2025-01-14", "day"},
		{"Arvena", "2025-01-01", "day"}, // New Year's Day itself
	}
	err := st.Write(context.Background(), func(ctx context.Context, tx store.Tx) error {
		for i, e := range evs {
			if _, err := tx.InsertEvent(ctx, &store.Event{Key: fmt.Sprint("k", i), Type: "CONSULT", SourceName: e.name, TargetName: "Sollis",
				Date: e.date, Precision: e.precision, QuadClass: 1}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	h := New(Config{Store: st}).Handler()
	res, body := get(t, h, "GET", "/api/timeline", "")
	var tl struct {
		Counts []store.DateCount `json:"counts"`
	}
	if res.StatusCode != 200 || json.Unmarshal(body, &tl) != nil {
		t.Fatalf("/api/timeline: %d %s", res.StatusCode, body)
	}
	var dates []string
	for _, c := range tl.Counts {
		dates = append(dates, fmt.Sprintf("%s:%d", c.Date, c.Events))
	}
	if want := []string{"2025:1", "2025-01-01:1", "2025-01-14:1", "2025-03:1", "2030:1"}; !slices.Equal(dates, want) {
		t.Errorf("/api/timeline dates %v, want %v (%s)", dates, want, body)
	}
	for _, c := range []struct {
		query string
		want  []string
	}{
		{"since=2025-01-01&until=2025-01-31", []string{"Pellia", "Arvena"}},
		{"since=2025-01&until=2025-03", []string{"Dornland", "Pellia", "Arvena"}},
		{"since=2025&until=2025", []string{"Dornland", "Pellia", "Arvena", "Volmark"}},
		{"since=2025-03-01&until=2025-03-15", nil},
	} {
		res, body := get(t, h, "GET", "/api/events?"+c.query, "")
		var page struct {
			Events []store.Event `json:"items"`
			Total  int           `json:"total"`
		}
		if res.StatusCode != 200 || json.Unmarshal(body, &page) != nil {
			t.Fatalf("/api/events?%s: %d %s", c.query, res.StatusCode, body)
		}
		var got []string
		for _, e := range page.Events {
			got = append(got, e.SourceName)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("/api/events?%s: %v, want %v", c.query, got, c.want)
		}
	}
}
