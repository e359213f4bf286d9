package events

import (
	"math/rand"
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// quoteAt with the index answers as the linear scan does, with nested and
// overlapping quotes, and falls back to the scan when the quotes are out of
// order.
func TestQuoteAtMatchesScan(t *testing.T) {
	scan := func(qs []model.Quote, off int) *model.Quote {
		for i := range qs {
			if qs[i].Start <= off && off < qs[i].End {
				return &qs[i]
			}
		}
		return nil
	}
	r := rand.New(rand.NewSource(1))
	for trial := 0; trial < 200; trial++ {
		qs := make([]model.Quote, r.Intn(8))
		at := 0
		for i := range qs {
			at += r.Intn(5)
			qs[i] = model.Quote{Start: at, End: at + 1 + r.Intn(12)}
		}
		if trial%5 == 0 && len(qs) > 1 {
			qs[0], qs[len(qs)-1] = qs[len(qs)-1], qs[0]
		}
		x := newQuoteIndex(qs)
		for off := -1; off < at+15; off++ {
			if got, want := quoteAt(x, off), scan(qs, off); got != want {
				t.Fatalf("quotes %v offset %d: got %v, want %v", qs, off, got, want)
			}
		}
	}
}
