package tagger

import "sort"

// SetBeam sets the beam width used by Tag (1 or less: greedy). A beam keeps
// the k best tag sequences so far instead of committing to each tag in
// turn; the static part of each token's scores is computed once and only
// the tag-history features are scored per hypothesis. Call it before the
// model is shared.
func (m *Model) SetBeam(k int) { m.beam = k }

type hyp struct {
	score  float32
	class  int // class at this position
	prev   int // class at the previous position (-1 at the start)
	parent int // index of the hypothesis at the previous position
}

// tagBeam is TagInto with a beam of width m.beam; fixedAt(i) is the class
// token i must have, or -1 for any.
func (m *Model) tagBeam(s *sentence, fixedAt func(int) int, tags []string) {
	n := len(s.toks)
	nC := len(m.Classes)
	static := make([]float32, nC)
	dyn := make([]float32, nC)
	feats := make([]uint64, 0, 8)
	hist := make([][]hyp, n)
	cur := []hyp{{class: -1, prev: -1, parent: -1}}
	var cands []hyp
	for i := 0; i < n; i++ {
		m.scores(s.static[i], static)
		cands = cands[:0]
		for hi, h := range cur {
			prev, prev2 := "<s>", "<s2>"
			if h.class >= 0 {
				prev = m.Classes[h.class]
				if h.prev >= 0 {
					prev2 = m.Classes[h.prev]
				} else {
					prev2 = "<s>"
				}
			}
			feats = dynamicFeatures(s, i, prev, prev2, feats[:0])
			m.scores(feats, dyn)
			want := fixedAt(i)
			for c := 0; c < nC; c++ {
				if want >= 0 && c != want || want < 0 && !m.allowedAfter(h.class, c) {
					continue
				}
				cands = append(cands, hyp{score: h.score + static[c] + dyn[c], class: c, prev: h.class, parent: hi})
			}
		}
		sort.Slice(cands, func(a, b int) bool {
			if cands[a].score != cands[b].score {
				return cands[a].score > cands[b].score
			}
			if cands[a].parent != cands[b].parent {
				return cands[a].parent < cands[b].parent
			}
			return cands[a].class < cands[b].class
		})
		k := min(m.beam, len(cands))
		hist[i] = append([]hyp(nil), cands[:k]...)
		cur = hist[i]
	}
	// Follow the best hypothesis back.
	b := 0
	for i := n - 1; i >= 0; i-- {
		h := hist[i][b]
		tags[i] = m.Classes[h.class]
		b = h.parent
	}
}
