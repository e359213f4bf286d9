// Package pipeline runs stages over documents. A stage fills its part of a
// document; an error marks that document and the batch goes on (as in
// Benthos: a failed message is reported, it does not stop the stream).
package pipeline

import (
	"context"
	"fmt"
	"iter"
	"runtime/debug"
	"sync"

	"github.com/newsgraph/newsgraph/internal/model"
)

// Stage is one step of the pipeline. Process must be safe for concurrent use
// by several workers: models and tables are loaded once and shared read-only.
type Stage interface {
	Name() string
	Process(ctx context.Context, doc *model.Document) error
}

// StageFunc adapts a function to a Stage.
type StageFunc struct {
	StageName string
	Fn        func(ctx context.Context, doc *model.Document) error
}

// Name implements Stage.
func (s StageFunc) Name() string { return s.StageName }

// Process implements Stage.
func (s StageFunc) Process(ctx context.Context, doc *model.Document) error { return s.Fn(ctx, doc) }

// StageError says which stage failed on a document.
type StageError struct {
	Stage string
	Err   error
}

func (e *StageError) Error() string { return e.Stage + ": " + e.Err.Error() }
func (e *StageError) Unwrap() error { return e.Err }

// Run passes doc through the stages in order and stops at the first error.
// A panic inside a stage is turned into an error for this document only, so
// a bug triggered by one odd input never takes down a batch.
func Run(ctx context.Context, stages []Stage, doc *model.Document) (err error) {
	for _, s := range stages {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := runStage(ctx, s, doc); err != nil {
			return &StageError{Stage: s.Name(), Err: err}
		}
	}
	return nil
}

func runStage(ctx context.Context, s Stage, doc *model.Document) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("internal error (panic): %v\n%s", r, debug.Stack())
		}
	}()
	return s.Process(ctx, doc)
}

// CheckEvery is how many sentences the long loops of a stage go through
// between looks at its context (Stopped): tens of microseconds of work on
// one sentence, so a cancelled 10 MB text stops within a millisecond or so
// while the look costs nothing measurable.
const CheckEvery = 16

// Stopped returns nil while ctx is live, looking at it only at every
// CheckEvery-th sentence i (of n). When ctx is done it returns ctx's error
// wrapped with where the work stopped. The stages check ctx in their own
// loops rather than running detached: a goroutine left running after its
// caller returned would go on using the CPU of a request that timed out.
func Stopped(ctx context.Context, i, n int) error {
	if i%CheckEvery != 0 {
		return nil
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("stopped at sentence %d of %d: %w", i+1, n, err)
	}
	return nil
}

// Result is the outcome of one document.
type Result struct {
	Index int // position of the input, for ordered output
	Doc   *model.Document
	Err   error
}

// Load produces a document for input i (reading a file, fetching a URL...).
type Load func(ctx context.Context, i int) (*model.Document, error)

// AheadPerWorker is how many inputs past the oldest unfinished one each
// worker of RunAll may take.
const AheadPerWorker = 8

// RunAll loads n inputs and runs the stages over them with the given number
// of workers, at most budget's bytes of text at once (nil: no bound). emit
// is called once per input, in input order, from a single goroutine. A load
// or stage error is reported in that input's Result. The documents emitted
// hold no tokens (see DropTokens). The workers run at most AheadPerWorker
// inputs each past the oldest one not yet emitted, so the results held for
// their turn stay bounded however long one input takes.
func RunAll(ctx context.Context, n, workers int, budget *Budget, load Load, stages []Stage, emit func(Result)) {
	RunSeq(ctx, func(yield func(Load) bool) {
		for i := 0; i < n; i++ {
			if !yield(load) {
				return
			}
		}
	}, workers, budget, stages, emit)
}

// RunSeq is RunAll over inputs that are produced as the workers need them:
// loads yields one Load per input, called with the input's position (its
// Result's Index). The sequence is read from one goroutine, and no further
// than the AheadPerWorker window past the oldest input not yet emitted, so
// a source of many inputs (the records of a large WARC or JSONL file) is
// never held in memory whole.
func RunSeq(ctx context.Context, loads iter.Seq[Load], workers int, budget *Budget, stages []Stage, emit func(Result)) {
	if workers < 1 {
		workers = 1
	}
	type job struct {
		i    int
		load Load
	}
	jobs := make(chan job)
	results := make(chan Result, workers)
	// A token per input handed to a worker and not yet emitted.
	slots := make(chan struct{}, AheadPerWorker*workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- process(ctx, j.i, budget, j.load, stages)
			}
		}()
	}
	go func() {
		defer close(jobs)
		i := 0
		for load := range loads {
			select {
			case slots <- struct{}{}:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- job{i, load}:
			case <-ctx.Done():
				return
			}
			i++
		}
	}()
	go func() { wg.Wait(); close(results) }()

	// Reorder: hold results that arrive early until their turn.
	pending := map[int]Result{}
	next := 0
	for r := range results {
		pending[r.Index] = r
		for {
			r, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			<-slots
			emit(r)
			next++
		}
	}
}

func process(ctx context.Context, i int, budget *Budget, load Load, stages []Stage) (res Result) {
	res.Index = i
	defer func() {
		if r := recover(); r != nil {
			res.Err = fmt.Errorf("internal error (panic): %v", r)
		}
	}()
	doc, err := load(ctx, i)
	res.Doc = doc
	if err != nil {
		res.Err = err
		return res
	}
	res.Err = RunWithin(ctx, budget, stages, doc)
	// A result may wait in the reorder buffer behind a slower one, and
	// then be printed: neither reads the tokens.
	DropTokens(doc)
	return res
}

// DropTokens lets go of the tokens of doc's sentences once every stage has
// run: they are for the stages (they are not printed or stored), and they
// are the largest part of an analysed article (48 bytes a token, about
// half of what an analysed text holds: 79 of 145 MB for a 9.9 MB text).
func DropTokens(doc *model.Document) {
	if doc == nil || doc.Article == nil {
		return
	}
	for i := range doc.Article.Sentences {
		doc.Article.Sentences[i].Tokens = nil
	}
}
