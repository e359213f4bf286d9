package merge

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
)

// Outcome.Merged (ingest's "N reports joined other articles' events")
// counts the reports that joined an event another article had reported,
// not an article's own reports that share one event: the coder codes a
// symmetric event both ways round ("Niger and Nigeria agreed ...":
// Niger->Nigeria and Nigeria->Niger) and one article tells an event in
// several sentences.
// Ingest said "6 reports merged" where two reports had joined another
// outlet's event. Remerge counts the same way.
func TestMergedCountsReportsJoiningAnotherArticle(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	pub := time.Date(2024, 5, 7, 9, 0, 0, 0, time.UTC)
	ner := []model.EventActor{{Text: "Niger", ActorID: "NER", Country: "NER"}}
	nga := []model.EventActor{{Text: "Nigeria", ActorID: "NGA", Country: "NGA"}}
	ev := func(id string, src, tgt []model.EventActor, sentence int) model.Event {
		return model.Event{ID: id, Type: "AGREE", Source: src, Target: tgt, Date: "2024-05-07", Confidence: 1,
			Evidence: []model.Evidence{{Sentence: sentence, Text: fmt.Sprintf("sentence %d", sentence), Trigger: "agreed"}}}
	}
	doc := func(url string, evs ...model.Event) *model.Document {
		return &model.Document{URL: url, Raw: []byte(url), Article: &model.Article{URL: url, Title: "t", Text: "x", Published: &pub, Events: evs}}
	}
	outs := applyAll(t, s,
		// One article: the pact both ways round, and again later on.
		doc("https://a.example/pact", ev("e1", ner, nga, 0), ev("e2", nga, ner, 0), ev("e3", ner, nga, 3)),
		// Another outlet's report of it, both ways round too.
		doc("https://b.example/pact", ev("e1", nga, ner, 1), ev("e2", ner, nga, 1)))
	if o := outs[0]; o.NewEvents != 1 || o.Merged != 0 {
		t.Errorf("first article: %d new events, %d reports joined another article's event; want 1 and 0 (its three reports are its own one event)", o.NewEvents, o.Merged)
	}
	if o := outs[1]; o.NewEvents != 0 || o.Merged != 1 {
		t.Errorf("second article: %d new events, %d reports joined another article's event; want 0 and 1 (one report joined the first's event, its pair then shares it)", o.NewEvents, o.Merged)
	}
	rs, err := RemergeStore(ctx, s, Options{}, 10)
	if err != nil {
		t.Fatal(err)
	}
	if rs.Events != 1 || rs.Merged != 1 {
		t.Errorf("remerge: %+v; want 1 event and 1 report joined", rs)
	}
}
