package tagger

import "strings"

// WordClass returns the class the model's weights for a word's lower-case
// form alone favour most (the fLower feature's row), and false when the
// model has no such row: it never saw the word in training, or pruning
// dropped it. For the POS model this says how the word was used where it
// was seen: "rafah" and "kharkiv" lean to NNP, "split" and "nice" to verbs
// and adjectives. Keys are hashed, so a collision may answer for an unseen
// word; callers use it only as one cue among others.
func (m *Model) WordClass(word string) (string, bool) {
	r := m.tab.get(feat(fLower, strings.ToLower(word)))
	if r < 0 {
		return "", false
	}
	nC := len(m.Classes)
	row := m.weights[int(r)*nC : int(r)*nC+nC]
	best := 0
	for c := range row {
		if row[c] > row[best] {
			best = c
		}
	}
	return m.Classes[best], true
}
