package quotes

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// inheritInSentenceByPairs is inheritInSentence as first written, comparing
// every pair of findings: the reference the indexed version must match.
func inheritInSentenceByPairs(st *state, from int) {
	from = max(from, 0)
	for i := from; i < len(st.out); i++ {
		q := &st.out[i].q
		if q.Kind != model.QuoteDirect || q.Speaker != nil {
			continue
		}
		var best *finding
		for j := from; j < len(st.out); j++ {
			p := &st.out[j]
			if j != i && p.q.Sentence == q.Sentence && p.q.Kind != model.QuoteIndirect && p.q.End <= q.Start && p.q.Speaker != nil &&
				(best == nil || p.q.End > best.q.End) {
				best = p
			}
		}
		if best != nil {
			q.Speaker, q.Conduit, q.Audience = best.q.Speaker, best.q.Conduit, best.q.Audience
			st.out[i].inherits = true
		}
	}
}

// TestInheritInSentenceMatchesPairs checks the indexed search against the
// pairwise one on random findings: mixed kinds and sentences, shared ends,
// quotes without a speaker that receive one and pass it on.
func TestInheritInSentenceMatchesPairs(t *testing.T) {
	kinds := []string{model.QuoteDirect, model.QuoteDirect, model.QuotePartial, model.QuoteIndirect}
	r := rand.New(rand.NewPCG(1, 2))
	for round := range 500 {
		n := 1 + r.IntN(30)
		out := make([]finding, n)
		for i := range out {
			start := r.IntN(60)
			q := model.Quote{Start: start, End: start + 1 + r.IntN(6), Kind: kinds[r.IntN(len(kinds))], Sentence: r.IntN(3)}
			if r.IntN(3) == 0 {
				q.Speaker = &model.Speaker{Text: fmt.Sprintf("S%d", i)}
			}
			out[i] = finding{q: q, verb: -1}
		}
		from := r.IntN(n+2) - 1
		a := &state{out: append([]finding(nil), out...)}
		b := &state{out: append([]finding(nil), out...)}
		a.inheritInSentence(from)
		inheritInSentenceByPairs(b, from)
		for i := range out {
			if a.out[i].q.Speaker != b.out[i].q.Speaker || a.out[i].inherits != b.out[i].inherits {
				t.Fatalf("round %d, from %d, finding %d: speaker %v, want %v", round, from, i, a.out[i].q.Speaker, b.out[i].q.Speaker)
			}
		}
	}
}
