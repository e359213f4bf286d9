package api

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/store"
)

// seedMarkedEvents stores a treaty two countries signed, one a report says
// they have not signed, and talks they plan: what happened, what was
// denied, what is only planned.
func seedMarkedEvents(t *testing.T, st store.Store) {
	t.Helper()
	ev := func(key, cameo, pol, mod, date string) *store.Event {
		return &store.Event{Key: key, Type: "SUPPORT", CAMEO: cameo, SourceActor: "KST", SourceName: "Kestria", SourceCountry: "KST",
			TargetActor: "VLM", TargetName: "Volmark", TargetCountry: "VLM", Date: date, Precision: "day", Polarity: pol, Modality: mod}
	}
	if err := st.Write(context.Background(), func(ctx context.Context, tx store.Tx) error {
		for _, e := range []*store.Event{
			ev("signed", "057", "asserted", "actual", "2025-05-01"),
			ev("denied", "057", "negated", "actual", "2025-05-02"),
			ev("planned", "057", "asserted", "planned", "2025-05-03"),
		} {
			if _, err := tx.InsertEvent(ctx, e); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
}

// The events listing marks each event's polarity and modality and lists
// them all by default; asserted=1 keeps those that took place, in the
// listing, its total, the timeline and the graph; a value that is no yes
// or no is refused.
func TestAssertedFilter(t *testing.T) {
	st := openTestStore(t)
	seedMarkedEvents(t, st)
	h := New(Config{Store: st}).Handler()
	for _, c := range []struct {
		target string
		status int
		events int // -1: not a listing
		want   []string
		absent string
	}{
		{"/api/events", 200, 3, []string{`"polarity":"negated"`, `"modality":"planned"`, `"polarity":"asserted","modality":"actual"`}, ""},
		{"/api/events?asserted=1", 200, 1, []string{`"date":"2025-05-01"`, `"total":1`}, `"negated"`},
		{"/api/events?asserted=true&sort=sources", 200, 1, []string{`"date":"2025-05-01"`}, `"negated"`},
		{"/api/events?asserted=0", 200, 3, nil, ""},
		// Without asserted=1 the timeline counts every event and says how
		// many of a day's did not take place (none said on a day of none).
		{"/api/timeline", 200, -1, []string{`"events":3`, `{"date":"2025-05-01","quad_class":0,"events":1}`,
			`{"date":"2025-05-02","quad_class":0,"events":1,"not_asserted":1}`, `{"date":"2025-05-03","quad_class":0,"events":1,"not_asserted":1}`}, `"not_asserted":0`},
		{"/api/timeline?asserted=1", 200, -1, []string{`"events":1`}, `2025-05-02`},
		{"/api/graph?asserted=1", 200, -1, nil, ""},
		{"/api/events?asserted=yes", 400, -1, []string{"asserted"}, ""},
	} {
		res, body := get(t, h, "GET", c.target, "")
		if res.StatusCode != c.status {
			t.Errorf("%s: %d %s, want %d", c.target, res.StatusCode, body, c.status)
			continue
		}
		for _, w := range c.want {
			if !strings.Contains(string(body), w) {
				t.Errorf("%s: %s, want %s", c.target, body, w)
			}
		}
		if c.absent != "" && strings.Contains(string(body), c.absent) {
			t.Errorf("%s: %s, want no %s", c.target, body, c.absent)
		}
		if c.events < 0 {
			continue
		}
		var page struct {
			Items []json.RawMessage `json:"items"`
		}
		if err := json.Unmarshal(body, &page); err != nil {
			t.Fatalf("%s: %v", c.target, err)
		}
		if len(page.Items) != c.events {
			t.Errorf("%s: %d events, want %d: %s", c.target, len(page.Items), c.events, body)
		}
	}
}
