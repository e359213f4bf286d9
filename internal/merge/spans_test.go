package merge

import (
	"context"
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
)

// spanReport is datedReport of an accord planned for the days from..to
// ("next week"), dated, as the coder dates it, by their month.
func spanReport(t *testing.T, url, published, from, to string) *model.Document {
	t.Helper()
	d := datedReport(t, url, published, from[:7], model.PrecisionMonth)
	d.Article.Events[0].DateFrom, d.Article.Events[0].DateTo = from, to
	return d
}

// storedSpans lists the stored events as "date precision from..to
// sources".
func storedSpans(t *testing.T, s store.Store) []string {
	return storedEvents(t, s, func(e store.Event) string { return e.Date + " " + e.Precision + " " + e.DateFrom + ".." + e.DateTo })
}

// A merged event keeps the span of days most of its sources give, ties
// going to the earliest report's (as its day: majorityDay); a report that
// gives no span leaves it; remerging the stored analyses gives the same.
func TestEventSpanMajority(t *testing.T) {
	span := func(url, pub, from, to string) *model.Document { return spanReport(t, url, pub, from, to) }
	for _, c := range []struct {
		name string
		docs []*model.Document
		want []string
	}{
		{"one report", []*model.Document{
			span("https://a.example/1", "2025-04-16T09:00:00Z", "2025-04-21", "2025-04-27"),
		}, []string{"2025-04-01 month 2025-04-21..2025-04-27 1"}},
		{"two sources against the earliest", []*model.Document{
			span("https://a.example/1", "2025-04-15T09:00:00Z", "2025-04-14", "2025-04-20"),
			span("https://b.example/1", "2025-04-16T09:00:00Z", "2025-04-21", "2025-04-27"),
			span("https://c.example/1", "2025-04-17T09:00:00Z", "2025-04-21", "2025-04-27"),
		}, []string{"2025-04-01 month 2025-04-21..2025-04-27 3"}},
		{"one source twice is one", []*model.Document{
			span("https://a.example/1", "2025-04-15T09:00:00Z", "2025-04-14", "2025-04-20"),
			span("https://b.example/1", "2025-04-16T09:00:00Z", "2025-04-21", "2025-04-27"),
			span("https://b.example/2", "2025-04-17T09:00:00Z", "2025-04-21", "2025-04-27"),
		}, []string{"2025-04-01 month 2025-04-14..2025-04-20 2"}},
		{"tie goes to the earliest report, stored later", []*model.Document{
			span("https://b.example/1", "2025-04-16T09:00:00Z", "2025-04-21", "2025-04-27"),
			span("https://a.example/1", "2025-04-15T09:00:00Z", "2025-04-14", "2025-04-20"),
		}, []string{"2025-04-01 month 2025-04-14..2025-04-20 2"}},
		{"a report of the month alone has no say", []*model.Document{
			span("https://a.example/1", "2025-04-16T09:00:00Z", "2025-04-21", "2025-04-27"),
			datedReport(t, "https://b.example/1", "2025-04-16T10:00:00Z", "2025-04", model.PrecisionMonth),
			datedReport(t, "https://c.example/1", "2025-04-16T11:00:00Z", "2025-04", model.PrecisionMonth),
		}, []string{"2025-04-01 month 2025-04-21..2025-04-27 3"}},
		{"a span joins an event first told without one", []*model.Document{
			datedReport(t, "https://a.example/1", "2025-04-16T09:00:00Z", "2025-04", model.PrecisionMonth),
			span("https://b.example/1", "2025-04-16T10:00:00Z", "2025-04-21", "2025-04-27"),
		}, []string{"2025-04-01 month 2025-04-21..2025-04-27 2"}},
		{"no span", []*model.Document{
			datedReport(t, "https://a.example/1", "2025-04-16T09:00:00Z", "2025-04-22", model.PrecisionDay),
		}, []string{"2025-04-22 day .. 1"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkMergedAndRemerged(t, c.docs, storedSpans, c.want)
		})
	}
}

// Remerging fills the spans of events stored without them (a store
// upgraded by migration 31 / PostgreSQL 26) from the stored analyses.
func TestRemergeFillsSpans(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	applyAll(t, s, spanReport(t, "https://a.example/1", "2025-04-16T09:00:00Z", "2025-04-21", "2025-04-27"))
	evs, err := s.Events(ctx, store.EventQuery{})
	if err != nil || len(evs) != 1 {
		t.Fatalf("events %+v, %v", evs, err)
	}
	if err := s.Write(ctx, func(ctx context.Context, tx store.Tx) error { return tx.SetEventSpan(ctx, evs[0].ID, "", "") }); err != nil {
		t.Fatal(err)
	}
	if got := storedSpans(t, s); !slices.Equal(got, []string{"2025-04-01 month .. 1"}) {
		t.Fatalf("cleared: %q", got)
	}
	remerge(t, s, Options{})
	if got, want := storedSpans(t, s), []string{"2025-04-01 month 2025-04-21..2025-04-27 1"}; !slices.Equal(got, want) {
		t.Errorf("remerged: %q, want %q", got, want)
	}
}

func TestAgreedSpanMeetsDate(t *testing.T) {
	reports := []store.EventMention{
		{Site: "a", DateFrom: "2025-05-05", DateTo: "2025-05-11"},
		{Site: "b", DateFrom: "2025-04-28", DateTo: "2025-05-04"},
	}
	for _, c := range []struct{ date, precision, from, to string }{
		{"2025-04-01", model.PrecisionMonth, "2025-04-28", "2025-05-04"}, // the week that reaches into April
		{"2025-05-01", model.PrecisionMonth, "2025-05-05", "2025-05-11"}, // both meet May: the earliest report's
		{"2025-05-07", model.PrecisionDay, "2025-05-05", "2025-05-11"},
		{"2025-06-01", model.PrecisionMonth, "", ""},
		{"2025-01-01", model.PrecisionYear, "2025-05-05", "2025-05-11"},
	} {
		if from, to := agreedSpan(reports, c.date, c.precision); from != c.from || to != c.to {
			t.Errorf("agreedSpan at %s %s = %s..%s, want %s..%s", c.date, c.precision, from, to, c.from, c.to)
		}
	}
}
