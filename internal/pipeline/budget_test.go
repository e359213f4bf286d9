package pipeline

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
)

// inFlight is a stage that records the bytes of text under analysis at
// once, and whether a document larger than limit ever ran beside another.
type inFlight struct {
	mu        sync.Mutex
	limit     int64
	bytes     int64
	docs      int
	maxBytes  int64
	notAlone  bool
	processed int
}

func (f *inFlight) Name() string { return "inflight" }

func (f *inFlight) Process(_ context.Context, doc *model.Document) error {
	w := Weight(doc)
	f.mu.Lock()
	if w > f.limit && f.docs > 0 || f.docs > 0 && f.bytes >= f.limit {
		f.notAlone = true
	}
	f.bytes += min(w, f.limit)
	f.docs++
	f.maxBytes = max(f.maxBytes, f.bytes)
	f.mu.Unlock()
	// Long enough for the other workers to start theirs: the bound is
	// what keeps them out, not the timing.
	time.Sleep(2 * time.Millisecond)
	f.mu.Lock()
	f.bytes -= min(w, f.limit)
	f.docs--
	f.processed++
	f.mu.Unlock()
	return nil
}

// A budget keeps the text analysed at once within its bytes, and a
// document larger than the budget is analysed alone, not refused.
func TestRunAllKeepsWithinBudget(t *testing.T) {
	sizes := []int{60, 60, 30, 30, 150, 10, 10, 10, 90, 5, 5, 100, 40, 40, 40}
	const limit = 100
	stage := &inFlight{limit: limit}
	load := func(_ context.Context, i int) (*model.Document, error) {
		return &model.Document{Content: strings.Repeat("x", sizes[i])}, nil
	}
	got := 0
	RunAll(context.Background(), len(sizes), 4, NewBudget(limit), load, []Stage{stage}, func(r Result) {
		if r.Err != nil {
			t.Errorf("input %d: %v", r.Index, r.Err)
		}
		got++
	})
	if got != len(sizes) || stage.processed != len(sizes) {
		t.Fatalf("emitted %d, analysed %d of %d inputs", got, stage.processed, len(sizes))
	}
	if stage.maxBytes > limit || stage.notAlone {
		t.Fatalf("at most %d bytes were under analysis at once (a larger document alone); saw %d bytes, a large one not alone: %v",
			limit, stage.maxBytes, stage.notAlone)
	}
}

// A waiter that gives up (its context ends) takes nothing, and lets the
// waiters behind it in.
func TestBudgetAcquireCancelled(t *testing.T) {
	b := NewBudget(10)
	ctx := context.Background()
	held, err := b.Acquire(ctx, 8)
	if err != nil || held != 8 {
		t.Fatalf("Acquire(8) = %d, %v", held, err)
	}
	cctx, cancel := context.WithCancel(ctx)
	bigDone := make(chan error, 1)
	go func() {
		_, err := b.Acquire(cctx, 5) // does not fit beside the 8
		bigDone <- err
	}()
	// A small request arriving after the 5 waits behind it (arrival
	// order), until the 5 gives up.
	smallDone := make(chan int64, 1)
	go func() {
		for {
			b.mu.Lock()
			queued := len(b.waiters)
			b.mu.Unlock()
			if queued == 1 {
				break
			}
			time.Sleep(time.Millisecond)
		}
		n, _ := b.Acquire(ctx, 2)
		smallDone <- n
	}()
	for {
		b.mu.Lock()
		queued := len(b.waiters)
		b.mu.Unlock()
		if queued == 2 {
			break
		}
		time.Sleep(time.Millisecond)
	}
	cancel()
	if err := <-bigDone; !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled Acquire: err = %v, want context.Canceled", err)
	}
	if n := <-smallDone; n != 2 {
		t.Fatalf("the waiter behind the cancelled one got %d bytes, want 2", n)
	}
	b.Release(2)
	b.Release(held)
	if b.used != 0 || len(b.waiters) != 0 {
		t.Fatalf("after releasing all: used %d, %d waiting", b.used, len(b.waiters))
	}
}

// A nil budget bounds nothing.
func TestNilBudget(t *testing.T) {
	var b *Budget
	if NewBudget(0) != nil || NewBudget(-1) != nil {
		t.Fatal("NewBudget of no bytes should be no bound (nil)")
	}
	n, err := b.Acquire(context.Background(), 1<<40)
	if err != nil {
		t.Fatal(err)
	}
	b.Release(n)
}

// The documents RunAll emits hold no tokens: they were for the stages, and
// a result waiting for its turn would keep them alive.
func TestRunAllDropsTokens(t *testing.T) {
	tokenize := StageFunc{StageName: "tok", Fn: func(_ context.Context, d *model.Document) error {
		d.Article = &model.Article{Text: "a b", Sentences: []model.Sentence{{Text: "a b", Tokens: []model.Token{{Text: "a"}, {Text: "b"}}}}}
		return nil
	}}
	load := func(context.Context, int) (*model.Document, error) { return &model.Document{}, nil }
	RunAll(context.Background(), 1, 1, nil, load, []Stage{tokenize}, func(r Result) {
		s := r.Doc.Article.Sentences
		if len(s) != 1 || s[0].Text != "a b" || s[0].Tokens != nil {
			t.Fatalf("sentences = %+v, want the sentence without its tokens", s)
		}
	})
}
