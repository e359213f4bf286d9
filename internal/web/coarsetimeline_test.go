package web

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/store"
)

// TestTimelineDrawsOnlyDays: an event known only to a year or a month has
// no bar (it was drawn as a "Jan 2030" bar on its period's first day); the
// page says how many are dated to the day and drawn, and a timeline of
// such events alone draws nothing and does not ask to select a bar.
func TestTimelineDrawsOnlyDays(t *testing.T) {
	ctx := context.Background()
	st := tempStore(t, "coarsetl.db")
	if err := st.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		for _, e := range []store.Event{
			{Key: "k1", Type: "CONSULT", SourceName: "Kestria", TargetName: "Volmark", Date: "2030-01-01", Precision: "year", QuadClass: 1},
			{Key: "k2", Type: "CONSULT", SourceName: "Kestria", TargetName: "Pellia", Date: "2026-11-01", Precision: "month", QuadClass: 1},
			{Key: "k3", Type: "CONSULT", SourceName: "Arvena", TargetName: "Sollis", Date: "2026-11-24", Precision: "day", QuadClass: 1},
		} {
			if _, err := tx.InsertEvent(ctx, &e); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	New(st, nil).Register(mux)
	code, body := fetch(t, mux, "/timeline")
	if code != 200 {
		t.Fatalf("/timeline: status %d", code)
	}
	if !strings.Contains(body, "3 events (1 dated to the day, drawn)") || strings.Contains(body, "2030") || strings.Contains(body, "1 Nov 2026:") {
		t.Errorf("/timeline: want 3 events of which 1 drawn, no bar of 2030 or of 1 Nov 2026")
	}
	if !strings.Contains(body, "<title>24 Nov 2026: 1 event</title>") {
		t.Errorf("/timeline: want the day's bar")
	}
	_, body = fetch(t, mux, "/timeline?actor=Kestria")
	if strings.Contains(body, "Select a bar") || !strings.Contains(body, "None of them is dated to the day") {
		t.Errorf("/timeline?actor=Kestria: want no bar, no 'Select a bar', and 'None of them is dated to the day'")
	}
}
