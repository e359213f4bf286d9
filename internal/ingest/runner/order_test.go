package runner

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/pipeline"
	"github.com/newsgraph/newsgraph/internal/store"
	"github.com/newsgraph/newsgraph/internal/store/storetest"
)

// orderDoc is one input of the ordering tests: its text and the events
// the fake coder (orderStages) gives it.
type orderDoc struct {
	url, text string
	events    []model.Event
	fail      bool
}

// party is an event participant named by text and country.
func party(text, country string) []model.EventActor {
	return []model.EventActor{{Text: text, Country: country}}
}

// joinable is an event report the merge may join with others of the same
// parties: both named by country, asserted, confident.
func joinable(typ string, src, tgt []model.EventActor, sentence string) model.Event {
	return model.Event{ID: "e1", Type: typ, Source: src, Target: tgt, Date: "2026-03-02", Precision: "day",
		Polarity: "asserted", Modality: "actual", Confidence: 0.95,
		Evidence: []model.Evidence{{Sentence: 0, Text: sentence, Trigger: "met"}}}
}

// syndicated is a text long enough for near-duplicate detection, in two
// versions that differ in one word: an agency story and its copy.
func syndicated(word string) string {
	return "Harbour board approves new ferry terminal\n\nThe harbour board voted on Tuesday to approve a new ferry terminal on the " +
		"eastern quay, ending two years of arguments about cost and noise. The terminal will take larger boats and a covered " +
		"waiting hall, and the board said building would start in the spring if the council signs off the final plans. " +
		"Residents of the quay asked for limits on night crossings; the chair said a " + word + " would be set up to hear them.\n"
}

// orderCorpus is an input whose store depends on what is stored first:
// two near-duplicates (the first stored is canonical), two reports of one
// symmetric meeting naming the countries in opposite order and two
// reports of one accusation naming the accuser differently (the first
// report names the merged event), with a failing document, an unreadable
// item and a repeated URL among them.
func orderCorpus() []orderDoc {
	docs := []orderDoc{
		{url: "https://agency.example/ferry", text: syndicated("panel")},
		{url: "https://east.example/talks", text: "Japan and South Korea hold talks\n\nJapan met South Korea in Seoul on Monday.\n",
			events: []model.Event{joinable("CONSULT", party("Japan", "JPN"), party("South Korea", "KOR"), "Japan met South Korea in Seoul on Monday.")}},
		{url: "https://west.example/talks", text: "South Korea and Japan meet\n\nSouth Korea met Japan in Seoul on Monday.\n",
			events: []model.Event{joinable("CONSULT", party("South Korea", "KOR"), party("Japan", "JPN"), "South Korea met Japan in Seoul on Monday.")}},
		{url: "https://daily.example/ferry", text: syndicated("committee")},
		{url: "https://north.example/reef", text: "Coast guard accuses China\n\nCoast guard officials accused China over the reef.\n",
			events: []model.Event{joinable("ACCUSE", party("coast guard officials", "PHL"), party("China", "CHN"), "Coast guard officials accused China over the reef.")}},
		{url: "https://bad.example/1", text: "A page the analysis cannot take.\n", fail: true},
		{url: "https://south.example/reef", text: "Manila accuses Beijing\n\nManila accused China over the reef.\n",
			events: []model.Event{joinable("ACCUSE", party("Manila", "PHL"), party("China", "CHN"), "Manila accused China over the reef.")}},
		{url: "https://east.example/talks", text: "Japan and South Korea hold talks (again)\n\nA repeat of a stored address.\n"},
	}
	for i := range 6 {
		docs = append(docs, orderDoc{url: fmt.Sprintf("https://local.example/%d", i),
			text: fmt.Sprintf("Ward %d notes\n\nThe council of ward %d met on Thursday about street lighting.\n", i, i)})
	}
	return docs
}

// ingestOrderCorpus ingests docs with the given number of workers into a
// new store. A stage delays each document the more the earlier it comes,
// so that with several workers the later ones finish first.
func ingestOrderCorpus(t *testing.T, docs []orderDoc, workers int) store.Store {
	t.Helper()
	st := openTemp(t)
	byURL := map[string]int{}
	for i, d := range docs {
		if _, ok := byURL[d.url]; !ok {
			byURL[d.url] = i
		}
	}
	pos := func(d *model.Document) int {
		for i, x := range docs {
			if x.url == d.URL && x.text == d.Content {
				return i
			}
		}
		return -1
	}
	coder := pipeline.StageFunc{StageName: "events", Fn: func(ctx context.Context, d *model.Document) error {
		i := pos(d)
		time.Sleep(time.Duration(len(docs)-i) * 4 * time.Millisecond)
		if docs[i].fail {
			return errors.New("cannot analyse")
		}
		d.Article.Events = append([]model.Event(nil), docs[i].events...)
		return nil
	}}
	items := func(yield func(Item) bool) {
		for i, d := range docs {
			it := docItem2(fmt.Sprintf("doc%02d", i), d.url, d.text)
			// A publish date, or the merged event's earliest report is
			// dated by the ingest time.
			it.Doc.Published = time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
			if !yield(it) {
				return
			}
			if i == 2 && !yield(Item{Source: "unreadable", Err: errors.New("permission denied")}) {
				return
			}
		}
	}
	if _, err := Run(context.Background(), Config{Store: st, Stages: []pipeline.Stage{extract.New(), coder}, Workers: workers, BatchSize: 3}, items); err != nil {
		t.Fatal(err)
	}
	return st
}

// The same input gives the same store whatever the number of workers:
// articles get the same ids, the first of two near-duplicates in the input
// is the canonical one, and a merged event is named by its first report
// in the input. Without the ordered writer the later documents, which
// finish first, are stored first.
func TestIngestOrderIsInputOrder(t *testing.T) {
	docs := orderCorpus()
	want := storetest.DumpOrder(t, ingestOrderCorpus(t, docs, 1))
	for _, part := range []string{
		`duplicate_of="https://agency.example/ferry"`, "SourceName:Japan ", "SourceName:coast guard officials ",
		"failure doc05 events events: cannot analyse", "failure unreadable read permission denied",
	} {
		if !strings.Contains(want, part) {
			t.Fatalf("the one-worker store lacks %q: the corpus no longer tests ordering\n%s", part, want)
		}
	}
	for run := range 3 {
		if got := storetest.DumpOrder(t, ingestOrderCorpus(t, docs, 4)); got != want {
			t.Fatalf("run %d with 4 workers: the store differs from the one-worker ingest\ngot:\n%s\nwant:\n%s", run+1, got, want)
		}
	}
}

// The workers take at most Ahead items past the oldest one not yet
// stored, however long that one takes, and every item is still stored in
// input order.
func TestIngestAheadIsBounded(t *testing.T) {
	const n, ahead = 20, 4
	st := openTemp(t)
	var (
		mu        sync.Mutex
		started   []int
		firstDone atomic.Bool
		maxWhile  = -1
	)
	stage := pipeline.StageFunc{StageName: "slow-first", Fn: func(ctx context.Context, d *model.Document) error {
		var i int
		fmt.Sscanf(d.Source, "doc%d", &i)
		mu.Lock()
		started = append(started, i)
		if !firstDone.Load() {
			maxWhile = max(maxWhile, i)
		}
		mu.Unlock()
		if i == 0 {
			time.Sleep(150 * time.Millisecond)
			firstDone.Store(true)
		}
		return nil
	}}
	items := func(yield func(Item) bool) {
		for i := range n {
			if !yield(docItem2(fmt.Sprintf("doc%d", i), fmt.Sprintf("https://a.example/%d", i), fmt.Sprintf("Note %d about the harbour.", i))) {
				return
			}
		}
	}
	var order []string
	cfg := Config{Store: st, Stages: []pipeline.Stage{stage}, Workers: 3, BatchSize: 1, Ahead: ahead,
		OnItem: func(source, _ string, _ error) { order = append(order, source) }}
	if _, err := Run(context.Background(), cfg, items); err != nil {
		t.Fatal(err)
	}
	if maxWhile >= ahead {
		t.Errorf("item %d was analysed while item 0 was not finished; want at most %d items taken (Ahead)", maxWhile, ahead)
	}
	for i, src := range order {
		if src != fmt.Sprintf("doc%d", i) {
			t.Fatalf("stored in the order %v, want input order", order)
		}
	}
	if len(order) != n {
		t.Errorf("%d items stored, want %d", len(order), n)
	}
}

// Cancelling an ordered run while an early document holds back finished
// later ones ends the run promptly. The store holds the input up to the
// document cut short and nothing after it, although later ones were
// analysed: a rerun then stores the rest in input order.
func TestIngestOrderCancel(t *testing.T) {
	st := openTemp(t)
	ctx, cancel := context.WithCancel(context.Background())
	blocked := make(chan struct{})
	// The run is cancelled once the slow document blocks, the one before
	// it is stored and a later one is analysed (held back for its turn).
	// Waiting on these events, not on a sleep, keeps the test from
	// failing when a loaded machine has not stored the first document
	// before a fixed delay ran out.
	firstStored := make(chan struct{})
	laterAnalysed := make(chan struct{})
	var laterOnce sync.Once
	wait := waitOnSlow(blocked)
	stage := pipeline.StageFunc{StageName: wait.StageName, Fn: func(ctx context.Context, d *model.Document) error {
		err := wait.Fn(ctx, d)
		if strings.HasPrefix(d.Content, "Later") {
			laterOnce.Do(func() { close(laterAnalysed) })
		}
		return err
	}}
	var settled atomic.Int32
	var stored []string
	var mu sync.Mutex
	item := func(src, text string) Item {
		it := docItem2(src, "https://a.example/"+src, text)
		it.Settle = func(s Settlement) {
			settled.Add(1)
			if s.Outcome == OutcomeStored {
				mu.Lock()
				stored = append(stored, src)
				mu.Unlock()
				if src == "first" {
					close(firstStored)
				}
			}
		}
		return it
	}
	const n = 50
	items := func(yield func(Item) bool) {
		if !yield(item("first", "A quick note about the harbour.")) || !yield(item("slow", "A slow note about the harbour.")) {
			return
		}
		for i := range n {
			if !yield(item(fmt.Sprint("later", i), fmt.Sprint("Later note ", i, " about the harbour."))) {
				return
			}
		}
	}
	go func() { <-blocked; <-firstStored; <-laterAnalysed; cancel() }()
	done := make(chan error, 1)
	go func() {
		_, err := Run(ctx, Config{Store: st, Stages: []pipeline.Stage{stage}, Workers: 2, BatchSize: 1, Ahead: 4}, items)
		done <- err
	}()
	select {
	case err := <-done:
		if !errors.Is(err, context.Canceled) {
			t.Errorf("err = %v, want context.Canceled", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the cancelled run did not end")
	}
	if fmt.Sprint(stored) != "[first]" {
		t.Errorf("stored %v, want only the document before the slow one", stored)
	}
	if fs, _ := st.Failures(context.Background(), 10); len(fs) != 0 {
		t.Errorf("cancelled documents recorded as failed: %+v", fs)
	}
	// Items the producer never yielded are not settled; those yielded are,
	// once each (Settle is idempotent per result, so count at most n+2).
	if s := settled.Load(); s < 2 || s > n+2 {
		t.Errorf("%d settlements, want between 2 and %d", s, n+2)
	}
}
