package web

import (
	"context"
	"html"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/store"
)

func TestRangeText(t *testing.T) {
	for _, c := range []struct {
		offset, n int
		total     store.Total
		want      string
	}{
		{0, 0, store.Total{}, ""},
		{0, 3, store.Total{N: 3}, "3 events"},
		{0, 1, store.Total{N: 1}, "1 event"},
		{0, 50, store.Total{N: 1234}, "1–50 of 1,234 events"},
		{50, 50, store.Total{N: 1234567}, "51–100 of 1,234,567 events"},
		{9950, 50, store.Total{N: 10_000, More: true}, "9,951–10,000 of 10,000+ events"},
		{10_000, 50, store.Total{N: 10_000, More: true}, "10,001–10,050 of 10,000+ events"},
		// Rows removed since the cursor was made: the page does not
		// claim rows past the total.
		{100, 50, store.Total{N: 120}, "101–120 of 120 events"},
		{100, 5, store.Total{N: 90}, "90–90 of 90 events"},
	} {
		if got := rangeText(c.offset, c.n, c.total, "event", "events"); got != c.want {
			t.Errorf("rangeText(%d, %d, %+v) = %q, want %q", c.offset, c.n, c.total, got, c.want)
		}
	}
	for n, want := range map[int]string{0: "0", 999: "999", 1000: "1,000", 10000: "10,000", 123456789: "123,456,789", -4500: "-4,500"} {
		if got := thousands(n); got != want {
			t.Errorf("thousands(%d) = %q, want %q", n, got, want)
		}
	}
}

// The events page and the search say which rows of how many they show,
// the same number the store counts, on the first page and those after.
func TestPagesShowTotals(t *testing.T) {
	st := testStore(t)
	h := testUI(t)
	ctx := context.Background()
	all, err := st.CountEvents(ctx, store.EventQuery{}, 0)
	if err != nil || all.N < 300 {
		t.Fatalf("events in the test store: %+v, %v", all, err)
	}
	conflict, err := st.CountEvents(ctx, store.EventQuery{QuadClass: 3, Since: "2000-01-01"}, 0)
	if err != nil || conflict.N <= 50 {
		t.Fatalf("verbal conflict: %+v, %v", conflict, err)
	}
	for path, want := range map[string]string{
		"/events":                               "1–50 of " + thousands(all.N) + " events",
		"/events?offset=50":                     "51–100 of " + thousands(all.N) + " events",
		"/events?quad_class=3&since=2000-01-01": "1–50 of " + thousands(conflict.N) + " events",
		"/search?q=Lumen":                       "1 article",
	} {
		code, body := fetch(t, h, path)
		if code != 200 || !strings.Contains(html.UnescapeString(body), want) {
			t.Errorf("%s: %d, no %q in the page", path, code, want)
		}
	}
	if _, body := fetch(t, h, "/events?type=PROTEST&actor=nobody-named-so"); strings.Contains(body, `class="muted total"`) {
		t.Errorf("an empty events page shows a total")
	}
}
