package web

import (
	"context"
	"html"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/store"
)

// timelineMux stores evs and serves the pages.
func timelineMux(t *testing.T, name string, evs []store.Event) *http.ServeMux {
	t.Helper()
	st := tempStore(t, name)
	if err := st.Write(context.Background(), func(ctx context.Context, tx store.Tx) error {
		for i := range evs {
			if _, err := tx.InsertEvent(ctx, &evs[i]); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	New(st, nil).Register(mux)
	return mux
}

var (
	timelineBar = regexp.MustCompile(`<a href="(/events\?[^"]*)"><g>\s*<title>([^<:]*): (\d+) events?`)
	eventRow    = regexp.MustCompile(`<td data-label="Date"[^>]*><a href="/events/(\d+)"`)
)

// checkBarsAgree fetches the timeline at path and every bar's link: the
// events page of a bar lists as many events as the bar counts. want names
// bars that must count so many.
func checkBarsAgree(t *testing.T, mux *http.ServeMux, path string, want map[string]string) {
	t.Helper()
	code, body := fetch(t, mux, path)
	if code != 200 {
		t.Fatalf("%s: status %d", path, code)
	}
	bars := timelineBar.FindAllStringSubmatch(body, -1)
	if len(bars) == 0 {
		t.Fatalf("%s: no bars:\n%s", path, body)
	}
	seen := map[string]string{}
	for _, b := range bars {
		link, label, n := html.UnescapeString(b[1]), b[2], b[3]
		seen[label] = n
		_, page := fetch(t, mux, link)
		if got := len(eventRow.FindAllString(page, -1)); strconv.Itoa(got) != n {
			t.Errorf("%s: bar %q counts %s events, its link %s lists %d", path, label, n, link, got)
		}
	}
	for label, n := range want {
		if seen[label] != n {
			t.Errorf("%s: bar %q counts %q, want %s", path, label, seen[label], n)
		}
	}
}

func coarseEvent(key, date, precision string) store.Event {
	return store.Event{Key: key, Type: "CONSULT", SourceName: "Kestria", TargetName: "Volmark", Date: date, Precision: precision, QuadClass: 1}
}

// A month bar counts the events known only to its month, as its link
// lists them (the link listed them and the bar did not); a year known only
// to its year is in no month bar nor its link.
func TestTimelineMonthBarsAgreeWithLinks(t *testing.T) {
	mux := timelineMux(t, "tlmonth.db", []store.Event{
		coarseEvent("d1", "2024-01-10", "day"),
		coarseEvent("d2", "2025-03-14", "day"),
		coarseEvent("d3", "2026-06-05", "day"),
		coarseEvent("d4", "2026-12-20", "day"),
		coarseEvent("m1", "2025-03-01", "month"),
		coarseEvent("m2", "2025-08-01", "month"),
		coarseEvent("y1", "2025-01-01", "year"),
	})
	checkBarsAgree(t, mux, "/timeline", map[string]string{"Mar 2025": "2", "Aug 2025": "1", "Jan 2025": "0", "Jan 2024": "1"})
	_, body := fetch(t, mux, "/timeline")
	if !strings.Contains(body, "7 events (6 dated to the day or month, drawn) by month") {
		t.Errorf("the summary does not say 5 of 6 drawn by month")
	}
	// Within a page's dates the bars and links agree too: since the 5th,
	// the month's own event is left out of both.
	checkBarsAgree(t, mux, "/timeline?since=2025-03-05", map[string]string{"Mar 2025": "1", "Aug 2025": "1"})
}

// A year bar counts the events known only to a month or to the year, as
// its link lists them.
func TestTimelineYearBarsAgreeWithLinks(t *testing.T) {
	mux := timelineMux(t, "tlyear.db", []store.Event{
		coarseEvent("d1", "2010-05-01", "day"),
		coarseEvent("d2", "2026-06-01", "day"),
		coarseEvent("d3", "2020-02-02", "day"),
		coarseEvent("m1", "2020-07-01", "month"),
		coarseEvent("y1", "2020-01-01", "year"),
		coarseEvent("y2", "2018-01-01", "year"),
	})
	checkBarsAgree(t, mux, "/timeline", map[string]string{"2020": "3", "2018": "1", "2010": "1"})
}

// Day and week bars still draw only days, and their links leave a month's
// or a year's event out (store.UntilCuts): a week bar of the 1st.
func TestTimelineWeekBarsLeaveCoarseOut(t *testing.T) {
	mux := timelineMux(t, "tlweek.db", []store.Event{
		coarseEvent("d1", "2025-09-01", "day"), // a Monday
		coarseEvent("d2", "2025-12-20", "day"),
		coarseEvent("m1", "2025-09-01", "month"),
		coarseEvent("m2", "2025-12-01", "month"),
	})
	checkBarsAgree(t, mux, "/timeline", map[string]string{"week of 1 Sep 2025": "1"})
	_, body := fetch(t, mux, "/timeline")
	if !strings.Contains(body, "4 events (2 dated to the day, drawn) by week") {
		t.Errorf("the summary does not say 2 of 4 drawn by week")
	}
}
