// Package tagger is an averaged-perceptron sequence tagger (greedy, left to
// right, with the previous two predicted tags as features) used for both
// part-of-speech tags and BIO named-entity tags.
//
// Features are hashed to 64-bit keys (no strings kept), each key owns a row
// of one weight per class. A model is read once per process and then used
// read-only by any number of goroutines.
package tagger

import (
	"math"
)

// Model is a trained perceptron: a weight row per known feature.
type Model struct {
	Kind    string   // "ner" or "pos"
	Classes []string // class index -> tag
	// Meta records how the model was made (data, iterations, seed...).
	Meta map[string]string

	rows    map[uint64]int32
	tab     table     // rows, as an open-addressing table for fast lookups
	weights []float32 // len(rows)*len(Classes)
	// allowed[p*nC+c] says whether class c may follow class p (BIO
	// constraint for NER); nil means every transition is allowed.
	allowed []bool
	// start[c] says whether class c may start a sentence.
	start []bool
	// classIndex maps a tag to its class index.
	classIndex map[string]int
	// cfg holds the feature switches the model was trained with.
	cfg FeatureConfig
	// beam is the decoding beam width (<= 1: greedy).
	beam int
}

// NumFeatures returns the number of weight rows.
func (m *Model) NumFeatures() int { return m.tab.n }

// scores adds the weight rows of feats into s (len nC).
func (m *Model) scores(feats []uint64, s []float32) {
	nC := len(m.Classes)
	for i := range s {
		s[i] = 0
	}
	s = s[:nC]
	for _, f := range feats {
		r := m.tab.get(f)
		if r < 0 {
			continue
		}
		addRow(s, m.weights[int(r)*nC:int(r)*nC+nC])
	}
}

// addRow adds row into s element by element (len(row) == len(s)). It is
// the tagger's innermost loop (a row per feature per token, for both
// models): unrolled by four, with no bounds check inside the loop, it
// makes scores run a third fewer instructions than the plain loop did.
// Each class's sum still takes its rows in the same order, so the scores
// are bit-identical.
func addRow(s, row []float32) {
	row = row[:len(s)]
	c := 0
	for ; c < len(s)-3; c += 4 {
		s[c] += row[c]
		s[c+1] += row[c+1]
		s[c+2] += row[c+2]
		s[c+3] += row[c+3]
	}
	for ; c < len(s); c++ {
		s[c] += row[c]
	}
}

// best returns the highest scoring class allowed after prev (-1 at the start).
func (m *Model) best(s []float32, prev int) int {
	bc, bs := 0, float32(math.Inf(-1))
	nC := len(m.Classes)
	for c, v := range s {
		if m.allowed != nil {
			if prev < 0 {
				if !m.start[c] {
					continue
				}
			} else if !m.allowed[prev*nC+c] {
				continue
			}
		}
		if v > bs {
			bc, bs = c, v
		}
	}
	return bc
}

// allowedAfter reports whether class c may follow class prev (-1: start).
func (m *Model) allowedAfter(prev, c int) bool {
	if m.allowed == nil {
		return true
	}
	if prev < 0 {
		return m.start[c]
	}
	return m.allowed[prev*len(m.Classes)+c]
}

// setupTransitions fills allowed/start for BIO tag sets: I-X may only follow
// B-X or I-X.
func (m *Model) setupTransitions() {
	m.classIndex = make(map[string]int, len(m.Classes))
	for i, c := range m.Classes {
		m.classIndex[c] = i
	}
	if m.Kind != "ner" {
		m.allowed, m.start = nil, nil
		return
	}
	nC := len(m.Classes)
	m.allowed = make([]bool, nC*nC)
	m.start = make([]bool, nC)
	for c, tc := range m.Classes {
		inside := len(tc) > 2 && tc[:2] == "I-"
		m.start[c] = !inside
		for p, tp := range m.Classes {
			ok := !inside || (len(tp) > 2 && tp[2:] == tc[2:])
			m.allowed[p*nC+c] = ok
		}
	}
}

// table maps feature hashes to rows with linear probing; it is read-only
// once built and faster than a Go map for this one job.
type table struct {
	keys  []uint64
	vals  []int32
	shift uint
	mask  uint64
	n     int
}

const emptyKey = 0

func buildTable(rows map[uint64]int32) table {
	t := newTable(len(rows))
	for k, v := range rows {
		t.put(k, v)
	}
	return t
}

func newTable(size int) table {
	n := 1
	bits := uint(0)
	for n < 2*size+2 {
		n <<= 1
		bits++
	}
	return table{keys: make([]uint64, n), vals: make([]int32, n), shift: 64 - bits, mask: uint64(n - 1)}
}

func (t *table) put(k uint64, v int32) {
	if k == emptyKey {
		return // cannot live in the table; dropped (probability 2^-64)
	}
	i := (k * 0x9E3779B97F4A7C15) >> t.shift
	for t.keys[i] != emptyKey && t.keys[i] != k {
		i = (i + 1) & t.mask
	}
	if t.keys[i] == emptyKey {
		t.n++
	}
	t.keys[i], t.vals[i] = k, v
}

// each calls fn for every entry.
func (t *table) each(fn func(k uint64, v int32)) {
	for i, k := range t.keys {
		if k != emptyKey {
			fn(k, t.vals[i])
		}
	}
}

func (t *table) get(k uint64) int32 {
	if len(t.keys) == 0 || k == emptyKey {
		return -1
	}
	i := (k * 0x9E3779B97F4A7C15) >> t.shift
	for {
		switch t.keys[i] {
		case k:
			return t.vals[i]
		case emptyKey:
			return -1
		}
		i = (i + 1) & t.mask
	}
}
