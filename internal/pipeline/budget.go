package pipeline

import (
	"context"
	"sync"

	"github.com/newsgraph/newsgraph/internal/model"
)

// DefaultBudgetBytes is the text analysed at once by default: one document
// at the default size limit (10 MiB) and 2 MiB more, so that ordinary
// articles (tens of kilobytes) never wait behind each other while a second
// document near the limit waits for the first. The stages hold sixty to
// ninety bytes per byte of text at their peak (a 9.9 MB text peaked at
// 0.63 to 0.84 GB resident), so the budget keeps a batch near one large
// document's peak however many workers run (an estimate by size: a text of
// an unusual shape may need more per byte).
const DefaultBudgetBytes = 12 << 20

// Budget bounds how many bytes of text are under analysis at once: a
// weighted semaphore whose weight is a document's size. Without it, each
// worker may hold a document at the size limit, and a batch of large files
// needs workers times the memory of one. A document larger than the whole
// budget runs alone rather than never. Waiters are served in arrival order,
// so a large document is not starved by a stream of small ones.
//
// A nil *Budget bounds nothing.
type Budget struct {
	mu      sync.Mutex
	limit   int64
	used    int64
	waiters []*budgetWaiter
}

type budgetWaiter struct {
	n     int64
	ready chan struct{}
}

// NewBudget returns a budget of limit bytes, or nil (no bound) when limit
// is 0 or less.
func NewBudget(limit int64) *Budget {
	if limit <= 0 {
		return nil
	}
	return &Budget{limit: limit}
}

// Weight is what analysing doc costs against a budget: the larger of its
// raw and decoded sizes (the stages' memory grows with the text), and at
// least 1 so that every analysis is counted.
func Weight(doc *model.Document) int64 {
	if doc == nil {
		return 1
	}
	return max(int64(len(doc.Raw)), int64(len(doc.Content)), 1)
}

// Acquire waits until n bytes fit in the budget (n is capped at the limit)
// and takes them. It returns the bytes taken, to hand to Release, or ctx's
// error with nothing taken.
func (b *Budget) Acquire(ctx context.Context, n int64) (int64, error) {
	if b == nil {
		return 0, ctx.Err()
	}
	n = min(max(n, 1), b.limit)
	b.mu.Lock()
	if len(b.waiters) == 0 && b.used+n <= b.limit {
		b.used += n
		b.mu.Unlock()
		return n, nil
	}
	w := &budgetWaiter{n: n, ready: make(chan struct{})}
	b.waiters = append(b.waiters, w)
	b.mu.Unlock()
	select {
	case <-w.ready:
		return n, nil
	case <-ctx.Done():
		b.mu.Lock()
		select {
		case <-w.ready:
			// Granted while ctx ended: give it back.
			b.used -= n
		default:
			for i, x := range b.waiters {
				if x == w {
					b.waiters = append(b.waiters[:i], b.waiters[i+1:]...)
					break
				}
			}
		}
		// Leaving may let the waiters behind this one in.
		b.grant()
		b.mu.Unlock()
		return 0, ctx.Err()
	}
}

// Release gives back n bytes taken by Acquire.
func (b *Budget) Release(n int64) {
	if b == nil || n == 0 {
		return
	}
	b.mu.Lock()
	b.used -= n
	b.grant()
	b.mu.Unlock()
}

// grant lets in the waiters at the head of the queue that now fit. It
// stops at the first that does not, to keep the arrival order. b.mu must
// be held.
func (b *Budget) grant() {
	for len(b.waiters) > 0 {
		w := b.waiters[0]
		if b.used+w.n > b.limit {
			return
		}
		b.used += w.n
		close(w.ready)
		b.waiters[0] = nil
		b.waiters = b.waiters[1:]
	}
}

// RunWithin runs the stages over doc (as Run) once doc's weight fits in
// the budget, and gives the weight back when the stages are done.
func RunWithin(ctx context.Context, b *Budget, stages []Stage, doc *model.Document) error {
	n, err := b.Acquire(ctx, Weight(doc))
	if err != nil {
		return err
	}
	defer b.Release(n)
	return Run(ctx, stages, doc)
}
