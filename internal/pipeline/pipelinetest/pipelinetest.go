// Package pipelinetest helps test that stages stop on a cancelled context
// in the middle of their work, without timing anything.
package pipelinetest

import (
	"context"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
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
