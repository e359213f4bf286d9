package tagger

// Tag returns one tag per word. It is safe for concurrent use.
func (m *Model) Tag(words []string) []string {
	tags := make([]string, len(words))
	m.TagInto(words, tags)
	return tags
}

// TagInto writes one tag per word into tags (len(tags) >= len(words)).
func (m *Model) TagInto(words []string, tags []string) {
	if len(words) == 0 {
		return
	}
	s := m.cfg.prepare(words)
	if m.beam > 1 {
		m.tagBeam(s, tags)
		return
	}
	nC := len(m.Classes)
	scores := make([]float32, nC)
	feats := make([]uint64, 0, 64)
	prev, prev2 := "<s>", "<s2>"
	prevC := -1
	for i := range words {
		feats = append(feats[:0], s.static[i]...)
		feats = dynamicFeatures(s, i, prev, prev2, feats)
		m.scores(feats, scores)
		c := m.best(scores, prevC)
		tags[i] = m.Classes[c]
		prev2, prev, prevC = prev, m.Classes[c], c
	}
}
