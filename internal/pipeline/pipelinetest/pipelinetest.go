// Package pipelinetest helps test that stages stop on a cancelled context
// in the middle of their work, without timing anything.
package pipelinetest

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
)

// CancelAfter returns a context that is live for its first n looks at Err
// and cancelled from then on (Err returns context.Canceled, Done is
// closed). A stage run with it must stop partway through a long document:
// how far it got shows that it looks at the context inside its loops, not
// only on entry, and no clock is involved.
func CancelAfter(n int) context.Context {
	return &countdown{left: n, done: make(chan struct{})}
}

type countdown struct {
	mu   sync.Mutex
	left int
	done chan struct{}
}

func (c *countdown) Deadline() (time.Time, bool) { return time.Time{}, false }
func (c *countdown) Done() <-chan struct{}       { return c.done }
func (c *countdown) Value(any) any               { return nil }

func (c *countdown) Err() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.left > 0 {
		c.left--
		return nil
	}
	if c.left == 0 {
		close(c.done)
		c.left = -1
	}
	return context.Canceled
}

// Story is a wire report of n paragraphs of two sentences each, written
// for these tests: long enough that a stage looking at its context every
// few sentences is stopped partway through it.
func Story(n int) string {
	var b strings.Builder
	b.WriteString("GENEVA (Wire) - Negotiators from Norway and Kenya met in Geneva on Monday to discuss a new trade agreement.\n\n")
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "In round %d, Foreign Minister Anna Berg said Norway would \"keep talking as long as it takes\". ", i)
		fmt.Fprintf(&b, "Kenyan officials accused Norway of delaying the talks and demanded a vote on the draft by week %d.\n\n", i+1)
	}
	return b.String()
}

// NoGoroutinesLeft fails t when more goroutines run than before: a stage
// stopped by its context must not leave work running on its own.
// Goroutines that are ending may take a moment to go, so it lets the
// scheduler run a few times before it counts.
func NoGoroutinesLeft(t testing.TB, before int) {
	t.Helper()
	n := runtime.NumGoroutine()
	for i := 0; i < 100 && n > before; i++ {
		runtime.Gosched()
		n = runtime.NumGoroutine()
	}
	if n > before {
		t.Errorf("%d goroutines run after the stage returned, %d before", n, before)
	}
}

// Stop is one cancelled run of StopsOnCancel: the context is live for
// Looks looks at Err, and the error must contain Want (where the stage
// says it stopped) and must not contain NotWant ("stopped at sentence 1
// of": stopped before doing any work), when NotWant is set.
type Stop struct {
	Looks         int
	Want, NotWant string
}

// StopsOnCancel checks that process, a stage's Process, gives output (has
// reports it) on newDoc() with a live context, so that a stop is the
// context's doing, and that for each stop it returns an error wrapping
// context.Canceled with the stop's words, leaves no output and leaves no
// goroutine running.
func StopsOnCancel(t *testing.T, process func(context.Context, *model.Document) error, newDoc func() *model.Document, has func(*model.Article) bool, stops ...Stop) {
	t.Helper()
	live := newDoc()
	if err := process(context.Background(), live); err != nil || !has(live.Article) {
		t.Fatalf("live context: err %v, output %v; want output", err, has(live.Article))
	}
	for _, s := range stops {
		doc := newDoc()
		before := runtime.NumGoroutine()
		err := process(CancelAfter(s.Looks), doc)
		if !errors.Is(err, context.Canceled) || !strings.Contains(err.Error(), s.Want) {
			t.Errorf("live for %d looks: err = %v, want context.Canceled and %q", s.Looks, err, s.Want)
		} else if s.NotWant != "" && strings.Contains(err.Error(), s.NotWant) {
			t.Errorf("live for %d looks: err = %v, stopped before doing any work", s.Looks, err)
		}
		t.Logf("live for %d looks: %v", s.Looks, err)
		if has(doc.Article) {
			t.Errorf("live for %d looks: a stopped stage left its output", s.Looks)
		}
		NoGoroutinesLeft(t, before)
	}
}

// StoryDoc returns a function giving a new English document of Story(n).
func StoryDoc(n int) func() *model.Document {
	text := Story(n)
	return func() *model.Document {
		return &model.Document{Article: &model.Article{Text: text, Language: "en"}}
	}
}

// SentenceStop is the stop of a stage that looks at its context every few
// sentences: live for looks looks, it must stop at a sentence after the
// first.
func SentenceStop(looks int) Stop {
	return Stop{Looks: looks, Want: "stopped at sentence", NotWant: "stopped at sentence 1 of"}
}
