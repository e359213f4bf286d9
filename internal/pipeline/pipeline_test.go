package pipeline

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
)

func mark(name string) Stage {
	return StageFunc{StageName: name, Fn: func(_ context.Context, d *model.Document) error {
		d.Source += "+" + name
		return nil
	}}
}

func TestRunOrderAndStageError(t *testing.T) {
	boom := errors.New("boom")
	failing := StageFunc{StageName: "fails", Fn: func(context.Context, *model.Document) error { return boom }}
	doc := &model.Document{Source: "d"}
	err := Run(context.Background(), []Stage{mark("a"), failing, mark("b")}, doc)
	var se *StageError
	if !errors.As(err, &se) || se.Stage != "fails" || !errors.Is(err, boom) {
		t.Fatalf("err = %v, want a StageError from stage fails wrapping boom", err)
	}
	if doc.Source != "d+a" {
		t.Fatalf("stages after the failure ran: source = %q", doc.Source)
	}
}

func TestRunRecoversPanic(t *testing.T) {
	panics := StageFunc{StageName: "panics", Fn: func(context.Context, *model.Document) error { panic("index out of range") }}
	err := Run(context.Background(), []Stage{panics}, &model.Document{})
	if err == nil || !strings.Contains(err.Error(), "panics: internal error (panic): index out of range") {
		t.Fatalf("err = %v, want the panic as this document's error", err)
	}
}

func TestRunStopsOnCancelledContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := Run(ctx, []Stage{mark("a")}, &model.Document{}); !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
}

// RunAll emits every input exactly once, in input order, whatever order the
// workers finish in, and a failing or panicking input does not stop the rest.
func TestRunAllOrderedAndIsolated(t *testing.T) {
	const n = 50
	load := func(_ context.Context, i int) (*model.Document, error) {
		switch {
		case i%7 == 3:
			return nil, fmt.Errorf("input %d unreadable", i)
		case i%11 == 5:
			panic("loader bug")
		}
		// Later inputs finish first, to exercise the reordering.
		time.Sleep(time.Duration(n-i) * 50 * time.Microsecond)
		return &model.Document{Source: fmt.Sprint(i)}, nil
	}
	var got []Result
	RunAll(context.Background(), n, 4, nil, load, []Stage{mark("x")}, func(r Result) { got = append(got, r) })
	if len(got) != n {
		t.Fatalf("emitted %d results, want %d", len(got), n)
	}
	for i, r := range got {
		if r.Index != i {
			t.Fatalf("result %d has index %d: output out of order", i, r.Index)
		}
		wantErr := i%7 == 3 || i%11 == 5
		if (r.Err != nil) != wantErr {
			t.Errorf("input %d: err = %v, want error %v", i, r.Err, wantErr)
		}
		if !wantErr && r.Doc.Source != fmt.Sprintf("%d+x", i) {
			t.Errorf("input %d: source = %q, stage did not run", i, r.Doc.Source)
		}
	}
}

// While one input is slow, the workers take at most AheadPerWorker inputs
// each past it: the results waiting for their turn stay bounded.
func TestRunAllAheadIsBounded(t *testing.T) {
	const n, workers = 200, 3
	var mu sync.Mutex
	maxWhile, firstDone := -1, false
	load := func(_ context.Context, i int) (*model.Document, error) {
		mu.Lock()
		if !firstDone {
			maxWhile = max(maxWhile, i)
		}
		mu.Unlock()
		if i == 0 {
			time.Sleep(100 * time.Millisecond)
			mu.Lock()
			firstDone = true
			mu.Unlock()
		}
		return &model.Document{}, nil
	}
	count := 0
	RunAll(context.Background(), n, workers, nil, load, nil, func(Result) { count++ })
	if count != n {
		t.Fatalf("emitted %d results, want %d", count, n)
	}
	if maxWhile >= AheadPerWorker*workers {
		t.Errorf("input %d was loaded while input 0 was not finished; want fewer than %d", maxWhile, AheadPerWorker*workers)
	}
}

func TestRunAllCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	count := 0
	RunAll(ctx, 1000, 2, nil, func(context.Context, int) (*model.Document, error) {
		return &model.Document{}, nil
	}, nil, func(Result) { count++ })
	if count >= 1000 {
		t.Fatalf("a cancelled run still emitted all %d inputs", count)
	}
}

// Stopped looks at the context only every CheckEvery sentences, and then
// wraps its error with where the work stopped.
func TestStopped(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	for i := 0; i < 3*CheckEvery; i++ {
		if err := Stopped(ctx, i, 100); err != nil {
			t.Fatalf("live context: Stopped(%d) = %v", i, err)
		}
	}
	cancel()
	tests := []struct {
		i       int
		stopped bool
	}{
		{0, true}, {1, false}, {CheckEvery - 1, false}, {CheckEvery, true}, {2*CheckEvery + 1, false},
	}
	for _, tt := range tests {
		err := Stopped(ctx, tt.i, 100)
		if (err != nil) != tt.stopped {
			t.Errorf("cancelled: Stopped(%d) = %v, want stopped %v", tt.i, err, tt.stopped)
			continue
		}
		if err != nil && (!errors.Is(err, context.Canceled) || !strings.Contains(err.Error(), fmt.Sprintf("sentence %d of 100", tt.i+1))) {
			t.Errorf("cancelled: Stopped(%d) = %v, want context.Canceled at sentence %d", tt.i, err, tt.i+1)
		}
	}
}

// TestRunSeqReadsLazily: RunSeq takes inputs from its sequence no further
// than the window ahead of the oldest one not yet emitted, so a long
// sequence (a large WARC's records) is never held whole.
func TestRunSeqReadsLazily(t *testing.T) {
	const n, workers = 500, 2
	var mu sync.Mutex
	pulled := 0
	loads := func(yield func(Load) bool) {
		for i := 0; i < n; i++ {
			mu.Lock()
			pulled++
			mu.Unlock()
			if !yield(func(context.Context, int) (*model.Document, error) { return &model.Document{}, nil }) {
				return
			}
		}
	}
	count, maxAhead := 0, 0
	RunSeq(context.Background(), loads, workers, nil, nil, func(r Result) {
		if r.Index != count {
			t.Fatalf("result %d emitted as number %d", r.Index, count)
		}
		mu.Lock()
		maxAhead = max(maxAhead, pulled-count)
		mu.Unlock()
		count++
	})
	if count != n {
		t.Fatalf("emitted %d results, want %d", count, n)
	}
	if limit := AheadPerWorker*workers + 1; maxAhead > limit {
		t.Errorf("%d inputs taken from the sequence ahead of the one emitted; want at most %d", maxAhead, limit)
	}
}
