package web

import (
	"context"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/store"
)

// A report that tells the act as only planned, beside an event its other
// report tells as done, says so on its line of the event page; the report
// that agrees with the event says nothing of it.
func TestReportToldAsOtherModality(t *testing.T) {
	ctx := context.Background()
	st := tempStore(t, "toldas.db")
	pub := time.Date(2025, 6, 3, 9, 0, 0, 0, time.UTC)
	e := store.Event{Key: "k1", Type: "CONSULT", CAMEO: "040", SourceActor: "KST", SourceName: "Kestria", TargetActor: "VLM", TargetName: "Volmark",
		Date: "2025-06-03", Precision: "day", QuadClass: 1, Polarity: "asserted", Modality: "actual"}
	reports := []store.EventMention{
		{Polarity: "asserted", Modality: "actual", Text: "Kestrian and Volmarki ministers met in the capital on Tuesday."},
		{Polarity: "asserted", Modality: "planned", Text: "Kestrian ministers are due to meet their Volmarki counterparts on Tuesday."},
	}
	if err := st.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		if _, err := tx.InsertEvent(ctx, &e); err != nil {
			return err
		}
		for i := range reports {
			n := strconv.Itoa(i)
			id, err := tx.InsertArticle(ctx, &store.Article{URL: "https://wire" + n + ".example/a", Source: "wire" + n, Site: "Wire " + n,
				ContentHash: "h" + n, Title: "Talks " + n, Text: reports[i].Text, Published: &pub})
			if err != nil {
				return err
			}
			reports[i].EventID, reports[i].ArticleID, reports[i].ArticleEventID = e.ID, id, "e1"
			if err := tx.AddMention(ctx, &reports[i]); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	New(st, nil).Register(mux)
	code, body := fetch(t, mux, "/events/"+strconv.FormatInt(e.ID, 10))
	if code != 200 {
		t.Fatalf("event page: status %d", code)
	}
	if got := strings.Count(body, ">told as "); got != 1 {
		t.Errorf("event page: %d reports told otherwise, want 1 (the planned one)", got)
	}
	if !strings.Contains(body, `title="this report tells the act as planned; the event keeps what most of its sources give">told as planned</span>`) {
		t.Errorf("event page: the report telling the meeting as planned does not say so")
	}
	if strings.Contains(body, "<dt>Told as</dt>") {
		t.Errorf("event page: the event, told as done, is said to be told otherwise")
	}
}

// The stylesheet the pages link gives the mark its own look: a badge, and
// the type after it muted and, when negated, struck through.
func TestMarkStyleServed(t *testing.T) {
	mux := http.NewServeMux()
	New(tempStore(t, "css.db"), nil).Register(mux)
	code, body := fetch(t, mux, "/static/style.css")
	if code != 200 {
		t.Fatalf("style.css: status %d", code)
	}
	for _, want := range []string{"em.mark {", ".untold {", ".untold.negated { text-decoration: line-through; }"} {
		if !strings.Contains(body, want) {
			t.Errorf("style.css: want the rule %q", want)
		}
	}
	if _, body := fetch(t, mux, "/"); !strings.Contains(body, `href="/static/style.css`) {
		t.Errorf("the pages do not link the stylesheet")
	}
}

// The timeline and the actor graph count what the lists list: an event told
// as not having happened, or only planned, is counted until "Took place
// only" (asserted=1) leaves it out, and the box stays ticked there and in
// the links to the lists. The graph's links count the ones that did not
// take place apart, as the lists mark them.
func TestTimelineAndGraphTookPlaceOnly(t *testing.T) {
	ctx := context.Background()
	st := tempStore(t, "tookplace.db")
	ev := func(key, pol, mod, date string) store.Event {
		return store.Event{Key: key, Type: "SUPPORT", CAMEO: "057", SourceActor: "KST", SourceName: "Kestria", TargetActor: "VLM", TargetName: "Volmark",
			Date: date, Precision: "day", QuadClass: 2, Polarity: pol, Modality: mod}
	}
	evs := []store.Event{ev("s", "asserted", "actual", "2025-05-01"), ev("d", "negated", "actual", "2025-05-02"), ev("p", "asserted", "planned", "2025-05-03")}
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
	for _, tc := range []struct {
		path  string
		wants []string
		nots  []string
	}{
		{"/timeline", []string{"3 events", "2025-05-02"}, []string{`value="1" checked`}},
		{"/timeline?asserted=1", []string{"1 event ", `value="1" checked`, "asserted=1"}, []string{"3 events", "2025-05-02"}},
		// The graph's link says how many of its events did not take place.
		{"/graph", []string{`>3</a></td><td class="num">0</td><td class="num">2</td>`, "Kestria → Volmark: 3 events (2 not (yet) taken place)", ">Not (yet) taken place</abbr>"}, []string{`value="1" checked`}},
		{"/graph?asserted=1", []string{`>1</a></td><td class="num">0</td><td class="num">0</td>`, `value="1" checked`, "asserted=1"}, []string{`>3</a></td>`, "taken place)"}},
	} {
		code, body := fetch(t, mux, tc.path)
		if code != 200 {
			t.Fatalf("%s: status %d", tc.path, code)
		}
		for _, w := range tc.wants {
			if !strings.Contains(body, w) {
				t.Errorf("%s: want %q", tc.path, w)
			}
		}
		for _, n := range tc.nots {
			if strings.Contains(body, n) {
				t.Errorf("%s: do not want %q", tc.path, n)
			}
		}
	}
}

// A report that denies what the event's other reports tell ("did not
// meet" beside "met") says so on its line of the event page, as the lists
// word it; so does one that tells as done an event its reports mostly
// deny. Reports that agree with their event, or were stored before
// polarity was kept, say nothing of it.
func TestReportToldAsOtherPolarity(t *testing.T) {
	ctx := context.Background()
	st := tempStore(t, "toldasnot.db")
	pub := time.Date(2025, 6, 3, 9, 0, 0, 0, time.UTC)
	ev := func(key, pol string) store.Event {
		return store.Event{Key: key, Type: "CONSULT", CAMEO: "040", SourceActor: "KST", SourceName: "Kestria", TargetActor: "VLM", TargetName: "Volmark",
			Date: "2025-06-03", Precision: "day", QuadClass: 1, Polarity: pol, Modality: "actual"}
	}
	met, denied := ev("k1", "asserted"), ev("k2", "negated")
	n := 0
	add := func(ctx context.Context, tx store.Tx, e *store.Event, m store.EventMention) error {
		n++
		s := strconv.Itoa(n)
		id, err := tx.InsertArticle(ctx, &store.Article{URL: "https://wire" + s + ".example/a", Source: "wire" + s, Site: "Wire " + s,
			ContentHash: "h" + s, Title: "Talks " + s, Text: m.Text, Published: &pub})
		if err != nil {
			return err
		}
		m.EventID, m.ArticleID, m.ArticleEventID = e.ID, id, "e1"
		return tx.AddMention(ctx, &m)
	}
	if err := st.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		for _, e := range []*store.Event{&met, &denied} {
			if _, err := tx.InsertEvent(ctx, e); err != nil {
				return err
			}
		}
		for _, w := range []struct {
			e *store.Event
			m store.EventMention
		}{
			{&met, store.EventMention{Polarity: "asserted", Modality: "actual", Text: "Kestrian and Volmarki ministers met in the capital on Tuesday."}},
			{&met, store.EventMention{Polarity: "negated", Modality: "actual", Text: "Kestrian ministers did not meet their Volmarki counterparts on Tuesday."}},
			{&met, store.EventMention{Text: "Kestrian and Volmarki ministers held talks on Tuesday."}},
			{&denied, store.EventMention{Polarity: "negated", Modality: "actual", Text: "Kestrian ministers have not met Volmarki envoys, officials said."}},
			{&denied, store.EventMention{Polarity: "asserted", Modality: "actual", Text: "Kestrian ministers met Volmarki envoys, a party official said."}},
		} {
			if err := add(ctx, tx, w.e, w.m); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	New(st, nil).Register(mux)
	for _, tc := range []struct {
		id   int64
		want string
		not  string
	}{
		{met.ID, `title="this report tells the act as not having happened (negated); the event keeps what most of its sources give">told as not taken place</span>`, ">told as taken place<"},
		{denied.ID, `title="this report tells the act as having happened; the event keeps what most of its sources give">told as taken place</span>`, ">told as not taken place<"},
	} {
		code, body := fetch(t, mux, "/events/"+strconv.FormatInt(tc.id, 10))
		if code != 200 {
			t.Fatalf("event %d: status %d", tc.id, code)
		}
		if got := strings.Count(body, ">told as "); got != 1 {
			t.Errorf("event %d: %d reports told otherwise, want 1 (the dissenting one)", tc.id, got)
		}
		if !strings.Contains(body, tc.want) {
			t.Errorf("event %d: want %q", tc.id, tc.want)
		}
		if strings.Contains(body, tc.not) {
			t.Errorf("event %d: do not want %q", tc.id, tc.not)
		}
	}
}
