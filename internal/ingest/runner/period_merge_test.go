package runner

import (
	"context"
	"maps"
	"testing"

	"github.com/newsgraph/newsgraph/internal/analysis"
	"github.com/newsgraph/newsgraph/internal/store"
)

// Ingested end to end, a report dated only to a month ("recalled its
// ambassador in February") is stored at the month's first day, and must not
// join another outlet's recall of January 30, a few days before it: they
// are two recalls, and the January event keeps its day and its one source.
func TestIngestKeepsAMonthReportOffTheDaysBeforeIt(t *testing.T) {
	ctx := context.Background()
	stages, err := analysis.Stages(analysis.Config{SummarySentences: analysis.DefaultSummarySentences})
	if err != nil {
		t.Fatal(err)
	}
	st := openTemp(t)
	items := []Item{
		docItem2("a.txt", "https://a.example/recall", "Algeria recalls envoy\n\nALGIERS, Jan 30, 2026 (Wire) - Algeria recalled its ambassador from Rabat on Friday over remarks by Moroccan officials, the foreign ministry said.\n"),
		docItem2("b.txt", "https://b.example/row", "Algeria and Morocco trade accusations\n\nALGIERS, Feb 20, 2026 (Wire) - Algeria and Morocco traded accusations over the disputed border on Friday. Algeria recalled its ambassador from Rabat in February, a month after a row over fishing rights.\n"),
	}
	seq := func(yield func(Item) bool) {
		for _, it := range items {
			if !yield(it) {
				return
			}
		}
	}
	if _, err := Run(ctx, Config{Store: st, Stages: stages, Workers: 1}, seq); err != nil {
		t.Fatal(err)
	}
	evs, err := st.Events(ctx, store.EventQuery{})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int{}
	for _, e := range evs {
		if e.Type == "SANCTION" && e.SourceActor == "DZA" && e.TargetActor == "MAR" {
			got[e.Date+"/"+e.Precision] = e.NumSources
		}
	}
	if want := map[string]int{"2026-01-30/day": 1, "2026-02-01/month": 1}; !maps.Equal(got, want) {
		t.Errorf("Algeria's recalls of Morocco's ambassador by date (sources) %v, want %v", got, want)
	}
}
