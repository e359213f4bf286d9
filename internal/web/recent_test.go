package web

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/store"
)

// TestHomeRecentEventsUpToToday: the home page's recent events are those
// dated up to today, newest first; an event planned for a later day or
// year is not "recent" and does not head the list (it is on /events).
func TestHomeRecentEventsUpToToday(t *testing.T) {
	ctx := context.Background()
	st := tempStore(t, "recent.db")
	ev := func(key, src, tgt, date, precision, modality string) store.Event {
		return store.Event{Key: key, Type: "CONSULT", CAMEO: "040", SourceActor: "", SourceName: src, TargetName: tgt,
			Date: date, Precision: precision, QuadClass: 1, Polarity: "asserted", Modality: modality}
	}
	evs := []store.Event{
		ev("summit-2030", "Kestria", "Volmark", "2030-01-01", "year", "planned"),
		ev("talks-next-week", "Dornland", "Pellia", "2026-12-08", "day", "planned"),
		ev("met-today", "Arvena", "Sollis", "2026-12-01", "day", "actual"),
		ev("met-last-week", "Tarmin", "Obrecht", "2026-11-24", "day", "actual"),
	}
	if err := st.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		for i := range evs {
			if _, err := tx.InsertEvent(ctx, &evs[i]); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	u := New(st, nil)
	u.now = func() time.Time { return time.Date(2026, 12, 1, 23, 30, 0, 0, time.UTC) }
	mux := http.NewServeMux()
	u.Register(mux)
	code, body := fetch(t, mux, "/")
	if code != 200 {
		t.Fatalf("/: status %d", code)
	}
	_, recent, _ := strings.Cut(body, `id="recent"`)
	recent, _, _ = strings.Cut(recent, "</section>")
	for _, name := range []string{"Kestria", "Dornland"} {
		if strings.Contains(recent, name) {
			t.Errorf("recent events list the later event of %s", name)
		}
	}
	a, b := strings.Index(recent, "Arvena"), strings.Index(recent, "Tarmin")
	if a < 0 || b < 0 || a > b {
		t.Errorf("recent events: today's at %d, last week's at %d; want both, today's first", a, b)
	}
	// /events still lists every one of them.
	if _, all := fetch(t, mux, "/events"); !strings.Contains(all, "Kestria") || !strings.Contains(all, "Dornland") {
		t.Errorf("/events: want the planned events too")
	}
}

// TestTimelineWithoutBars: a timeline with no bar does not ask the user to
// select one.
func TestTimelineWithoutBars(t *testing.T) {
	ctx := context.Background()
	st := tempStore(t, "nobars.db")
	mux := http.NewServeMux()
	New(st, nil).Register(mux)
	code, body := fetch(t, mux, "/timeline")
	if code != 200 || strings.Contains(body, "Select a bar") || !strings.Contains(body, "No dated events.") {
		t.Errorf("/timeline of an empty store: %d, want no 'Select a bar' and 'No dated events.'", code)
	}
	// A store with a day-dated event still asks.
	if err := st.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		_, err := tx.InsertEvent(ctx, &store.Event{Key: "k2", Type: "CONSULT", SourceName: "Arvena", TargetName: "Sollis",
			Date: "2026-11-24", Precision: "day", QuadClass: 1})
		return err
	}); err != nil {
		t.Fatal(err)
	}
	if _, body = fetch(t, mux, "/timeline"); !strings.Contains(body, "Select a bar to list its events.") {
		t.Errorf("/timeline with a day-dated event: want 'Select a bar to list its events.'")
	}
}
