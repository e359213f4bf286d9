package web

import (
	"context"
	"net/http"
	"strconv"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/store"
)

// An event planned for a span of days ("talks next week") shows the span
// beside the month its date is known to; an event dated by a day shows no
// span.
func TestEventPageSpan(t *testing.T) {
	ctx := context.Background()
	st := tempStore(t, "span.db")
	events := []struct {
		name    string
		ev      store.Event
		want    string
		notWant string
	}{
		{"planned week", store.Event{Key: "k1", Type: "MEET", SourceActor: "FRA", SourceName: "France", TargetActor: "DEU", TargetName: "Germany",
			Date: "2025-04-01", Precision: "month", DateFrom: "2025-04-21", DateTo: "2025-04-27", QuadClass: 1},
			"2025-04 · <span title=", ""},
		{"one day", store.Event{Key: "k2", Type: "MEET", SourceActor: "FRA", SourceName: "France", TargetActor: "ITA", TargetName: "Italy",
			Date: "2025-04-22", Precision: "day", QuadClass: 1},
			"<dd>2025-04-22</dd>", `title="the span of days`},
	}
	ids := make([]int64, len(events))
	if err := st.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		for i := range events {
			id, err := tx.InsertEvent(ctx, &events[i].ev)
			if err != nil {
				return err
			}
			ids[i] = id
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	New(st, nil).Register(mux)
	for i, tt := range events {
		t.Run(tt.name, func(t *testing.T) {
			code, body := fetch(t, mux, "/events/"+strconv.FormatInt(ids[i], 10))
			if code != 200 {
				t.Fatalf("status %d", code)
			}
			if !strings.Contains(body, tt.want) {
				t.Errorf("want %q in the page", tt.want)
			}
			if tt.ev.DateFrom != "" && !strings.Contains(body, ">2025-04-21 to 2025-04-27</span>") {
				t.Errorf("the span is not on the page")
			}
			if tt.notWant != "" && strings.Contains(body, tt.notWant) {
				t.Errorf("%q in the page of an event with no span", tt.notWant)
			}
		})
	}
}
