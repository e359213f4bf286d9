package web

import (
	"context"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/merge"
	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
)

func TestShortSpan(t *testing.T) {
	for _, c := range []struct{ from, to, want string }{
		{"2025-04-21", "2025-04-27", "Apr 21–27"},
		{"2025-04-28", "2025-05-04", "Apr 28 – May 4"},
		{"2025-12-29", "2026-01-04", "Dec 29, 2025 – Jan 4, 2026"},
		{"2025-04-22", "2025-04-22", "Apr 22"},
		{"", "", ""},
		{"2025-04-21", "", ""},
		{"2025-04", "2025-05", ""},
		{"2025-04-27", "2025-04-21", ""}, // backwards: no span to show
	} {
		if got := shortSpan(c.from, c.to); got != c.want {
			t.Errorf("shortSpan(%q, %q) = %q, want %q", c.from, c.to, got, c.want)
		}
	}
}

// spanDoc is a report of talks between Kestria and Volmark planned for the
// days from..to ("next week"), dated by their month as the coder dates
// such a span; from == "" gives a report of talks dated to a day instead.
func spanDoc(t *testing.T, url, published, from, to string) *model.Document {
	t.Helper()
	pub, err := time.Parse(time.RFC3339, published)
	if err != nil {
		t.Fatal(err)
	}
	ev := model.Event{ID: "e1", Type: "CONSULT", Date: from, Precision: model.PrecisionMonth, DateFrom: from, DateTo: to,
		Confidence: 1, QuadClass: 1,
		Source:   []model.EventActor{{Text: "Kestria", ActorID: "KST", Country: "KST"}},
		Target:   []model.EventActor{{Text: "Volmark", ActorID: "VLM", Country: "VLM"}},
		Evidence: []model.Evidence{{Text: "Kestria will hold talks with Volmark next week.", Trigger: "hold talks"}}}
	if from == "" {
		ev.Date, ev.Precision = pub.Format(time.DateOnly), model.PrecisionDay
		ev.Target = []model.EventActor{{Text: "Ostria", ActorID: "OST", Country: "OST"}}
		ev.Evidence[0].Text = "Kestria held talks with Ostria."
	} else {
		ev.Date = from[:len("2006-01")]
	}
	return &model.Document{URL: url, Raw: []byte(url), Article: &model.Article{URL: url, Title: "Talks " + url, Text: ev.Evidence[0].Text,
		Published: &pub, Events: []model.Event{ev},
		Actors: []model.ActorRef{{ID: "KST", Name: "Kestria", Type: "country", Country: "KST"}}}}
}

// Every list of events (the events page, the home page, an actor's page
// and an article's page share one row template) shows a planned event's
// span of days beside its date, compactly, with the full span in its
// title; an event dated by a day shows none. The event's page names a
// report's own span where it differs from the event's: a later outlet's
// "next week" is another week.
func TestEventListsShowSpan(t *testing.T) {
	ctx := context.Background()
	st := tempStore(t, "spanlist.db")
	docs := []*model.Document{
		spanDoc(t, "https://a.example/talks", "2025-04-14T09:00:00Z", "2025-04-21", "2025-04-27"),
		spanDoc(t, "https://b.example/talks", "2025-04-15T09:00:00Z", "2025-04-21", "2025-04-27"),
		spanDoc(t, "https://c.example/talks", "2025-04-22T09:00:00Z", "2025-04-28", "2025-05-04"),
		spanDoc(t, "https://d.example/talks", "2025-04-16T09:00:00Z", "", ""),
	}
	var first int64
	if err := st.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		for i, d := range docs {
			out, err := merge.Apply(ctx, tx, merge.NewArticle(d, *d.Article.Published), merge.Options{})
			if err != nil {
				return err
			}
			if i == 0 {
				first = out.ArticleID
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	evs, err := st.Events(ctx, store.EventQuery{Limit: 10})
	if err != nil {
		t.Fatal(err)
	}
	var planned *store.Event
	for i := range evs {
		if evs[i].TargetActor == "VLM" {
			planned = &evs[i]
		}
	}
	if len(evs) != 2 || planned == nil || planned.NumSources != 3 || planned.DateFrom != "2025-04-21" || planned.DateTo != "2025-04-27" {
		t.Fatalf("stored events %+v: want the planned talks merged from 3 sources with the span 2 give, and the day's talks", evs)
	}
	mux := http.NewServeMux()
	New(st, nil).Register(mux)
	const (
		shown = `">Apr 21–27</span>`
		title = `title="the span of days its reports date it by: 2025-04-21 to 2025-04-27"`
	)
	for _, path := range []string{"/events", "/", "/actors/KST", "/articles/" + strconv.FormatInt(first, 10)} {
		code, body := fetch(t, mux, path)
		if code != 200 {
			t.Errorf("%s: status %d", path, code)
			continue
		}
		if !strings.Contains(body, shown) || !strings.Contains(body, title) {
			t.Errorf("%s: the planned talks' row does not show their span", path)
		}
		if n := strings.Count(body, "the span of days its reports date it by:"); path != "/articles/"+strconv.FormatInt(first, 10) && n != 1 {
			t.Errorf("%s: %d rows show a span, want only the planned talks'", path, n)
		}
	}
	code, body := fetch(t, mux, "/events/"+strconv.FormatInt(planned.ID, 10))
	if code != 200 {
		t.Fatalf("event page: status %d", code)
	}
	srcs := body[strings.Index(body, `id="srcs"`):]
	if n := strings.Count(srcs, "dated "); n != 1 || !strings.Contains(srcs, ">dated 2025-04-28 to 2025-05-04</span>") {
		t.Errorf("event page's sources name %d reports' spans, want only the later outlet's other week:\n%s", n, srcs)
	}
	if i, j := strings.Index(srcs, "c.example"), strings.Index(srcs, "dated 2025-04-28"); i < 0 || j < i || strings.Contains(srcs[i:j], "<li>") {
		t.Errorf("the other week is not on the later outlet's line:\n%s", srcs)
	}
}
