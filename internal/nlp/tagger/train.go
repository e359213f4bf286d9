package tagger

import (
	"fmt"
	"math/rand"
	"sort"
	"strings"
)

// TrainSentence is one training sentence.
type TrainSentence struct {
	Words []string
	Tags  []string
	// Unannotated lists entity types the sentence's corpus does not mark
	// (e.g. NORP in a corpus that tags only PER/ORG/LOC): a prediction of
	// such a type where the gold tag is O is not counted as an error.
	Unannotated []string
	// Source names the corpus, for logs.
	Source string
}

// TrainConfig controls training. Training is deterministic for a given
// data order, Seed and configuration.
type TrainConfig struct {
	Kind       string // "ner" or "pos"
	Iterations int
	Seed       int64
	// MinCount drops static features seen fewer times in the data.
	MinCount int
	Features FeatureConfig
	// Dev, when set, is tagged after each iteration and its accuracy
	// logged (it is never trained on).
	Dev []TrainSentence
	// ExtraDev are further held-out sets, logged by name.
	ExtraDev map[string][]TrainSentence
	Log      func(format string, args ...any)
	// Stop, when set, is polled between iterations; training ends with
	// its error.
	Stop func() error
}

type trainer struct {
	nC      int
	rows    map[uint64]int32
	w       []float32
	tot     []float64
	ts      []int32
	step    int32
	allowNo map[int]bool
}

func (t *trainer) row(f uint64, create bool) int32 {
	r, ok := t.rows[f]
	if ok || !create {
		if !ok {
			return -1
		}
		return r
	}
	r = int32(len(t.rows))
	t.rows[f] = r
	t.w = append(t.w, make([]float32, t.nC)...)
	t.tot = append(t.tot, make([]float64, t.nC)...)
	t.ts = append(t.ts, make([]int32, t.nC)...)
	return r
}

func (t *trainer) update(rows []int32, c int, v float32) {
	for _, r := range rows {
		k := int(r)*t.nC + c
		t.tot[k] += float64(t.step-t.ts[k]) * float64(t.w[k])
		t.ts[k] = t.step
		t.w[k] += v
	}
}

// Train fits a model on data.
func Train(data []TrainSentence, cfg TrainConfig) (*Model, error) {
	if cfg.Log == nil {
		cfg.Log = func(string, ...any) {}
	}
	if cfg.Iterations <= 0 {
		cfg.Iterations = 5
	}
	// Classes: O first, then sorted.
	set := map[string]bool{}
	for _, s := range data {
		if len(s.Words) != len(s.Tags) {
			return nil, fmt.Errorf("tagger: sentence with %d words and %d tags", len(s.Words), len(s.Tags))
		}
		for _, t := range s.Tags {
			set[t] = true
		}
	}
	var classes []string
	for c := range set {
		if c != "O" {
			classes = append(classes, c)
		}
	}
	sort.Strings(classes)
	if set["O"] {
		classes = append([]string{"O"}, classes...)
	}
	m := &Model{Kind: cfg.Kind, Classes: classes, cfg: cfg.Features, Meta: map[string]string{}}
	m.setupTransitions()
	nC := len(classes)

	// Static features: hash once, keep those seen MinCount times, and
	// store row ids so iterations do not re-hash.
	cfg.Log("preparing %d sentences", len(data))
	prepared := make([]*sentence, len(data))
	counts := map[uint64]int32{}
	for i, s := range data {
		p := cfg.Features.prepare(s.Words)
		prepared[i] = p
		for _, fs := range p.static {
			for _, f := range fs {
				counts[f]++
			}
		}
	}
	tr := &trainer{nC: nC, rows: map[uint64]int32{}}
	// Deterministic row order: sorted hashes.
	keys := make([]uint64, 0, len(counts))
	for f, c := range counts {
		if int(c) >= cfg.MinCount {
			keys = append(keys, f)
		}
	}
	sort.Slice(keys, func(a, b int) bool { return keys[a] < keys[b] })
	for _, f := range keys {
		tr.row(f, true)
	}
	counts = nil
	cfg.Log("static features kept: %d", len(keys))
	staticRows := make([][][]int32, len(data))
	for i, p := range prepared {
		sr := make([][]int32, len(p.static))
		for j, fs := range p.static {
			rs := make([]int32, 0, len(fs))
			for _, f := range fs {
				if r := tr.row(f, false); r >= 0 {
					rs = append(rs, r)
				}
			}
			sr[j] = rs
		}
		staticRows[i] = sr
		p.static = nil
	}
	gold := make([][]int, len(data))
	for i, s := range data {
		g := make([]int, len(s.Tags))
		for j, t := range s.Tags {
			g[j] = m.classIndex[t]
		}
		gold[i] = g
	}
	unann := make([]map[string]bool, len(data))
	for i, s := range data {
		if len(s.Unannotated) > 0 {
			u := map[string]bool{}
			for _, t := range s.Unannotated {
				u[t] = true
			}
			unann[i] = u
		}
	}

	order := make([]int, len(data))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewSource(cfg.Seed))
	scores := make([]float32, nC)
	var dyn []uint64
	var dynRows []int32
	for it := 0; it < cfg.Iterations; it++ {
		if cfg.Stop != nil {
			if err := cfg.Stop(); err != nil {
				return nil, err
			}
		}
		rng.Shuffle(len(order), func(a, b int) { order[a], order[b] = order[b], order[a] })
		correct, total := 0, 0
		for _, si := range order {
			p := prepared[si]
			prev, prev2 := "<s>", "<s2>"
			prevC := -1
			for j := range p.toks {
				tr.step++
				dyn = dynamicFeatures(p, j, prev, prev2, dyn[:0])
				dynRows = dynRows[:0]
				for _, f := range dyn {
					dynRows = append(dynRows, tr.row(f, true))
				}
				for c := range scores {
					scores[c] = 0
				}
				for _, rs := range [2][]int32{staticRows[si][j], dynRows} {
					for _, r := range rs {
						row := tr.w[int(r)*nC : int(r)*nC+nC]
						for c, w := range row {
							scores[c] += w
						}
					}
				}
				guess := m.best(scores, prevC)
				g := gold[si][j]
				if m.allowed != nil && !m.allowedAfter(prevC, g) {
					// After an earlier mistake the gold I-X cannot follow;
					// the best reachable answer is B-X. Updating towards
					// an unreachable class would only inflate its weights.
					if b, ok := m.classIndex["B-"+typeOf(classes[g])]; ok {
						g = b
					}
				}
				if guess != g && unann[si] != nil && classes[g] == "O" && unann[si][typeOf(classes[guess])] {
					g = guess // the corpus does not mark this type: no evidence either way
				}
				if guess != g {
					tr.update(staticRows[si][j], g, 1)
					tr.update(dynRows, g, 1)
					tr.update(staticRows[si][j], guess, -1)
					tr.update(dynRows, guess, -1)
				} else {
					correct++
				}
				total++
				prev2, prev, prevC = prev, classes[guess], guess
			}
		}
		cfg.Log("iteration %d: train accuracy %.4f (%d tokens, %d features)", it+1, float64(correct)/float64(total), total, len(tr.rows))
		if len(cfg.Dev) > 0 || len(cfg.ExtraDev) > 0 {
			m.finish(tr)
			if len(cfg.Dev) > 0 && cfg.Kind == "ner" {
				cfg.Log("iteration %d: dev accuracy %.4f entity F1 %.4f", it+1, m.accuracy(cfg.Dev), m.entityF1(cfg.Dev))
			} else if len(cfg.Dev) > 0 {
				cfg.Log("iteration %d: dev accuracy %.4f", it+1, m.accuracy(cfg.Dev))
			}
			names := make([]string, 0, len(cfg.ExtraDev))
			for n := range cfg.ExtraDev {
				names = append(names, n)
			}
			sort.Strings(names)
			for _, n := range names {
				cfg.Log("iteration %d: %s accuracy %.4f entity F1 %.4f", it+1, n, m.accuracy(cfg.ExtraDev[n]), m.entityF1(cfg.ExtraDev[n]))
			}
		}
	}
	m.finish(tr)
	m.prune(1e-3)
	m.Meta["iterations"] = fmt.Sprint(cfg.Iterations)
	m.Meta["seed"] = fmt.Sprint(cfg.Seed)
	m.Meta["min_count"] = fmt.Sprint(cfg.MinCount)
	return m, nil
}

func typeOf(tag string) string {
	if i := strings.IndexByte(tag, '-'); i >= 0 {
		return tag[i+1:]
	}
	return tag
}

// finish sets the model weights to the averaged weights so far.
func (m *Model) finish(tr *trainer) {
	nC := tr.nC
	m.rows = make(map[uint64]int32, len(tr.rows))
	for f, r := range tr.rows {
		m.rows[f] = r
	}
	m.weights = make([]float32, len(tr.w))
	step := float64(tr.step)
	for k, w := range tr.w {
		tot := tr.tot[k] + float64(tr.step-tr.ts[k])*float64(w)
		m.weights[k] = float32(tot / step)
	}
	m.tab = buildTable(m.rows)
	_ = nC
}

// prune drops rows whose weights are all below eps in magnitude.
func (m *Model) prune(eps float32) {
	nC := len(m.Classes)
	keys := make([]uint64, 0, len(m.rows))
	for f := range m.rows {
		keys = append(keys, f)
	}
	sort.Slice(keys, func(a, b int) bool { return keys[a] < keys[b] })
	rows := make(map[uint64]int32, len(keys))
	var w []float32
	for _, f := range keys {
		r := m.rows[f]
		row := m.weights[int(r)*nC : int(r)*nC+nC]
		keep := false
		for _, v := range row {
			if v > eps || v < -eps {
				keep = true
				break
			}
		}
		if keep {
			rows[f] = int32(len(rows))
			w = append(w, row...)
		}
	}
	m.rows, m.weights = rows, w
	m.tab = buildTable(m.rows)
}

// accuracy is the token accuracy of m on data.
func (m *Model) accuracy(data []TrainSentence) float64 {
	ok, n := 0, 0
	for _, s := range data {
		got := m.Tag(s.Words)
		for i, t := range s.Tags {
			if got[i] == t {
				ok++
			}
			n++
		}
	}
	if n == 0 {
		return 0
	}
	return float64(ok) / float64(n)
}

// entityF1 is the exact-span entity F1 of m on data (for training logs;
// internal/eval has the full scorer).
func (m *Model) entityF1(data []TrainSentence) float64 {
	tp, np, ng := 0, 0, 0
	for _, s := range data {
		g := spanSet(s.Tags)
		p := spanSet(m.Tag(s.Words))
		for k := range p {
			if g[k] {
				tp++
			}
		}
		np += len(p)
		ng += len(g)
	}
	if tp == 0 {
		return 0
	}
	pr, rc := float64(tp)/float64(np), float64(tp)/float64(ng)
	return 2 * pr * rc / (pr + rc)
}

func spanSet(tags []string) map[[3]string]bool {
	out := map[[3]string]bool{}
	for i := 0; i < len(tags); i++ {
		if tags[i] == "O" || len(tags[i]) < 3 {
			continue
		}
		typ := tags[i][2:]
		j := i + 1
		for j < len(tags) && tags[j] == "I-"+typ {
			j++
		}
		out[[3]string{typ, string(rune(i)), string(rune(j))}] = true
		i = j - 1
	}
	return out
}
