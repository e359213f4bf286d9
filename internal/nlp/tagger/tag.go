package tagger

import (
	"slices"
	"sync"
)

// scratch is what tagging one sentence needs and drops afterwards, kept in
// a pool for the next sentence.
type scratch struct {
	sentence sentence
	scores   []float32
	feats    []uint64
}

var scratchPool = sync.Pool{New: func() any { return &scratch{feats: make([]uint64, 0, 64)} }}

// putScratch returns sc to the pool unless a very long sentence made it
// large: that memory is not kept for the sentences after it.
func putScratch(sc *scratch) {
	if cap(sc.sentence.buf) > 1<<16 {
		return
	}
	// Drop the references to the text, so that a pooled scratch does not
	// keep a finished document alive.
	clear(sc.sentence.toks)
	clear(sc.sentence.static)
	sc.sentence.static = sc.sentence.static[:0]
	sc.sentence.toks = sc.sentence.toks[:0]
	scratchPool.Put(sc)
}

// Tag returns one tag per word. It is safe for concurrent use.
func (m *Model) Tag(words []string) []string {
	tags := make([]string, len(words))
	m.TagInto(words, tags)
	return tags
}

// TagInto writes one tag per word into tags (len(tags) >= len(words)).
func (m *Model) TagInto(words []string, tags []string) {
	m.TagWords(words, nil, tags)
}

// TagWords is TagInto reading each word's own information from shared (as
// Words.Prepare computed it for words) when shared was prepared with m's
// clusters; otherwise, or when shared is nil, it computes it. Tags are
// the same either way.
func (m *Model) TagWords(words []string, shared *Words, tags []string) {
	m.TagWordsFixed(words, shared, nil, tags)
}

// TagWordsFixed is TagWords with some tags known beforehand: where
// fixed[i] is one of the model's classes token i gets that tag, and the
// tags after it are decided reading it as their previous tag. It is for a
// second pass when another model knows better than the tagger's guess from
// a word's shape ("Beijing" is a name, not an "-ing" verb), so that the
// words after it are read again ("Beijing considers" is a subject and its
// verb, not a verb and a plural noun). fixed may be nil or shorter than
// words; "" and unknown tags fix nothing.
func (m *Model) TagWordsFixed(words []string, shared *Words, fixed []string, tags []string) {
	if len(words) == 0 {
		return
	}
	sc := scratchPool.Get().(*scratch)
	defer putScratch(sc)
	s := m.cfg.prepareShared(&sc.sentence, words, shared)
	fixedAt := func(i int) int {
		if i >= len(fixed) || fixed[i] == "" {
			return -1
		}
		return slices.Index(m.Classes, fixed[i])
	}
	if m.beam > 1 {
		m.tagBeam(s, fixedAt, tags)
		return
	}
	nC := len(m.Classes)
	sc.scores = resize(sc.scores, nC)
	scores := sc.scores
	feats := sc.feats[:0]
	defer func() { sc.feats = feats }()
	prev, prev2 := "<s>", "<s2>"
	prevC := -1
	for i := range words {
		feats = append(feats[:0], s.static[i]...)
		feats = dynamicFeatures(s, i, prev, prev2, feats)
		c := fixedAt(i)
		if c < 0 {
			m.scores(feats, scores)
			c = m.best(scores, prevC)
		}
		tags[i] = m.Classes[c]
		prev2, prev, prevC = prev, m.Classes[c], c
	}
}
