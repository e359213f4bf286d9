package runner

import (
	"context"
	"testing"

	"github.com/newsgraph/newsgraph/internal/analysis"
	"github.com/newsgraph/newsgraph/internal/store"
)

// Ingest's "N reports joined other articles' events" (Stats.Merged, JSON
// merged_reports) counts the reports that joined an event another article
// had reported: one for each stored event and each article after its
// first, so the sum over the events of their articles but one. An article's own reports sharing one event (a pact
// coded both ways round, Niger->Nigeria and Nigeria->Niger, told twice)
// are no merge: the summary said "6 reports merged" where 2 had joined
// another outlet's events.
func TestIngestCountsReportsJoiningAnotherArticle(t *testing.T) {
	ctx := context.Background()
	stages, err := analysis.Stages(analysis.Config{SummarySentences: analysis.DefaultSummarySentences})
	if err != nil {
		t.Fatal(err)
	}
	st := openTemp(t)
	items := []Item{
		docItem2("a.txt", "https://a.example/pact", "Niger and Nigeria sign security pact\n\nNIAMEY, March 2, 2026 (Wire) - Niger and Nigeria signed a security pact on Monday to patrol their shared border, the two governments said. Niger and Nigeria signed the pact after talks in Niamey, officials said.\n"),
		docItem2("b.txt", "https://b.example/pact", "Border pact signed\n\nABUJA, March 2, 2026 (Courier) - Nigeria and Niger signed a security pact on Monday covering joint border patrols, a government spokesman said.\n"),
	}
	seq := func(yield func(Item) bool) {
		for _, it := range items {
			if !yield(it) {
				return
			}
		}
	}
	stats, err := Run(ctx, Config{Store: st, Stages: stages, Workers: 1}, seq)
	if err != nil {
		t.Fatal(err)
	}
	evs, err := st.Events(ctx, store.EventQuery{Limit: store.MaxLimit})
	if err != nil {
		t.Fatal(err)
	}
	joined := 0
	for _, e := range evs {
		joined += e.NumArticles - 1
	}
	// The reports the coder made: every one not making an event joined
	// one, which is what the summary counted before.
	reports := 0
	for id := int64(1); id <= 2; id++ {
		a, err := st.Article(ctx, id)
		if err != nil || a.Data == nil {
			t.Fatalf("article %d: %v", id, err)
		}
		reports += len(a.Data.Events)
	}
	if joined == 0 || reports-len(evs) <= joined {
		t.Fatalf("the fixture should give an event both outlets report and an article's own reports sharing one: %d events, %d joined across articles, %d reports", len(evs), joined, reports)
	}
	if stats.NewEvents != len(evs) || stats.Merged != joined {
		t.Errorf("summary: %d new events, %d reports joined other articles' events; want %d and %d (reports that joined another article's event)", stats.NewEvents, stats.Merged, len(evs), joined)
	}
}
