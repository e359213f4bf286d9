package api

import (
	"encoding/json"
	"slices"
	"testing"
)

// TestSearchDays: /api/articles with q takes since and until as the
// listing without q does (every date form, the report date's day at the
// publisher's offset): the matches of those days, ranked, counted and
// paged; a bad date or a reversed span is a 400 naming its field.
func TestSearchDays(t *testing.T) {
	st := openTestStore(t)
	want := seedLatest(t, st) // every article says "officials"
	h := New(Config{Store: st}).Handler()
	sorted := func(ids []int64) []int64 {
		ids = slices.Clone(ids)
		slices.Sort(ids)
		return ids
	}
	for _, c := range []struct {
		query string
		want  []int64
	}{
		{"q=officials", want},
		{"q=officials&since=2025-03", want[:3]},
		{"q=officials&since=2025-03-01&until=2025-03-04", want[2:3]},
		{"q=officials&until=2025-02", want[3:]}, // the New York article is of 28 February there
		{"q=officials&since=2025-03-01T02:00:00%2B05:00", want[:3]},
		{"q=officials&since=2025&until=2025", want},
		{"q=talks&since=2025-03", want[1:2]},
		{"q=talks&until=2025-02", nil},
		{"q=bridge%20OR%20ferry&since=2025-03", want[:1]},
		{"q=officials&since=2026", nil},
	} {
		res, body := get(t, h, "GET", "/api/articles?"+c.query, "")
		p, ids := latestIDs(t, body)
		if res.StatusCode != 200 || !slices.Equal(sorted(ids), sorted(c.want)) || p.Total == nil || *p.Total != len(c.want) {
			t.Errorf("%s: %d %v (total %v), want %v: %s", c.query, res.StatusCode, ids, p.Total, c.want, body)
		}
		for _, h := range p.Items {
			if h.Snippet == "" {
				t.Errorf("%s: %q has no snippet: a search's hits keep theirs", c.query, h.Title)
			}
		}
	}
	// Page by page, following next: the days' matches once each, the
	// total counted within the days.
	var got []int64
	next := "/api/articles?q=officials&since=2025-03&limit=1"
	for n := 0; next != "" && n < 10; n++ {
		res, body := get(t, h, "GET", next, "")
		p, ids := latestIDs(t, body)
		if res.StatusCode != 200 || p.Total == nil || *p.Total != 3 {
			t.Fatalf("%s: %d %s", next, res.StatusCode, body)
		}
		got = append(got, ids...)
		next = p.Next
	}
	if !slices.Equal(sorted(got), sorted(want[:3])) {
		t.Errorf("following next: %v, want %v", got, want[:3])
	}
	for _, c := range []struct{ query, field string }{
		{"q=talks&since=2025-02-30", "since"},
		{"q=talks&since=2025-03-05&until=2025-02", "until"},
	} {
		res, body := get(t, h, "GET", "/api/articles?"+c.query, "")
		var e errorBody
		if err := json.Unmarshal(body, &e); err != nil || res.StatusCode != 400 || e.Field != c.field {
			t.Errorf("%s: %d %s; want 400 field %q", c.query, res.StatusCode, body, c.field)
		}
	}
}
