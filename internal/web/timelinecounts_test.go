package web

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/store"
)

// A timeline bar's tooltip, and its row of the table, say how many of its
// events did not take place as their reports tell them (a denied or only
// planned act), in words rather than by colour; a bar of none says
// nothing of it, and under "Took place only" (asserted=1) no bar does.
func TestTimelineBarSaysNotTakenPlace(t *testing.T) {
	ctx := context.Background()
	st := tempStore(t, "tlcounts.db")
	ev := func(key, cameo, pol, mod, date string) store.Event {
		return store.Event{Key: key, Type: "CONSULT", CAMEO: cameo, SourceActor: "KST", SourceName: "Kestria", TargetActor: "VLM", TargetName: "Volmark",
			Date: date, Precision: "day", QuadClass: 1, Polarity: pol, Modality: mod}
	}
	evs := []store.Event{
		ev("met", "040", "asserted", "actual", "2025-05-01"),
		ev("did not meet", "040", "negated", "actual", "2025-05-01"),
		ev("will meet", "040", "asserted", "planned", "2025-05-01"),
		ev("met again", "040", "asserted", "actual", "2025-05-02"),
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
	mux := http.NewServeMux()
	New(st, nil).Register(mux)
	code, body := fetch(t, mux, "/timeline")
	if code != 200 {
		t.Fatalf("/timeline: status %d", code)
	}
	for _, w := range []string{
		"<title>1 May 2025: 3 events (2 not (yet) taken place)</title>",
		"<title>2 May 2025: 1 event</title>",
		`<th scope="col" class="num">not (yet) taken place</th>`,
		`<td class="num">3</td><td class="num">3</td><td class="num">0</td><td class="num">0</td><td class="num">0</td><td class="num">2</td></tr>`,
	} {
		if !strings.Contains(body, w) {
			t.Errorf("/timeline: want %q", w)
		}
	}
	_, body = fetch(t, mux, "/timeline?asserted=1")
	if !strings.Contains(body, "<title>1 May 2025: 1 event</title>") || strings.Contains(body, "taken place)") {
		t.Errorf("/timeline?asserted=1: want the bars of what took place, none saying what did not")
	}
}

// The timeline's summary line says how many of all its events did not
// (yet) take place, in the wording of the bars and the table, counting
// those with no bar too (a month date); a page of none, as under
// "Took place only" (asserted=1), says nothing of it.
func TestTimelineSummarySaysNotTakenPlace(t *testing.T) {
	ctx := context.Background()
	st := tempStore(t, "tlsummary.db")
	ev := func(key, pol, mod, date, prec string) store.Event {
		return store.Event{Key: key, Type: "CONSULT", CAMEO: "040", SourceActor: "KST", SourceName: "Kestria", TargetActor: "VLM", TargetName: "Volmark",
			Date: date, Precision: prec, QuadClass: 1, Polarity: pol, Modality: mod}
	}
	evs := []store.Event{
		ev("met", "asserted", "actual", "2025-05-01", "day"),
		ev("did not meet", "negated", "actual", "2025-05-01", "day"),
		ev("met again", "asserted", "actual", "2025-05-02", "day"),
		ev("will meet in June", "asserted", "planned", "2025-06", "month"),
	}
	insert := func(evs []store.Event) {
		t.Helper()
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
	}
	insert(evs)
	mux := http.NewServeMux()
	New(st, nil).Register(mux)
	for _, c := range []struct{ path, want string }{
		{"/timeline", `<p class="muted">4 events (2 not (yet) taken place; 3 dated to the day, drawn) by day,`},
		{"/timeline?until=2025-05-31", `<p class="muted">3 events (1 not (yet) taken place) by day,`},
		{"/timeline?asserted=1", `<p class="muted">2 events by day,`},
	} {
		code, body := fetch(t, mux, c.path)
		if code != 200 {
			t.Fatalf("%s: status %d", c.path, code)
		}
		if !strings.Contains(body, c.want) {
			i := strings.Index(body, `<p class="muted">`)
			t.Errorf("%s: want summary %q, have %q", c.path, c.want, body[i:min(len(body), i+120)])
		}
	}
}
