package keywords

import (
	"math"
	"strings"

	"github.com/newsgraph/newsgraph/internal/model"
)

// Signal is one candidate phrase with the evidence the ranker weighs. It
// lets `eval keywords --ceiling` ask how far a ranker learned from the gold
// itself could get with the same candidates and evidence; it is not used to
// rank.
type Signal struct {
	Key    string  // Porter stems joined by spaces (the matching key; a joined family's stem ends in joinedMark)
	Phrase string  // the surface form Extract would print
	Words  int     // words in the phrase
	Count  int     // occurrences of the whole phrase
	First  float64 // first occurrence as a share of the article's words
	// FirstWord is the word index of the first occurrence (0 = first word).
	FirstWord int
	Heads     float64 // share of occurrences that end a noun phrase
	Entity    bool    // a named entity or group
	Person    bool    // the entity is a person
	Rank      float64 // mean graph score of its words, times the article's word count
	Score     float64 // the ranker's score, times the article's word count
	// WordShare is Count over the count of its most frequent word as a
	// candidate: 1 for a phrase its words mostly occur in.
	WordShare float64
	Title     bool   // first seen in the title or the first sentence
	POS       string // Penn tag of its last word ("" untagged)
	// Recur is how often it recurs: Count, or for a single word its uses
	// in any part of speech ("strike" the verb too).
	Recur int
	// Topic is its MultipartiteRank score among the best-scored
	// candidates, times their number (1 is average; 0 when not among
	// them).
	Topic float64
}

// Signals returns every candidate of a with its evidence, best-ranked first.
func (x *Extractor) Signals(a *model.Article) []Signal {
	list, fullNames, words := x.scored(a)
	if len(list) == 0 {
		return nil
	}
	n := float64(len(words))
	out := make([]Signal, 0, len(list))
	for _, c := range list {
		pos := ""
		last := c.stems[len(c.stems)-1]
		for i := c.first; i < len(words); i++ {
			if words[i].stem == last {
				pos = words[i].pos()
				break
			}
		}
		first := words[min(c.first, len(words)-1)]
		out = append(out, Signal{
			Key:       c.key,
			Phrase:    c.shown(fullNames),
			Words:     strings.Count(c.key, " ") + 1,
			Count:     c.count,
			First:     float64(c.first) / n,
			FirstWord: c.first,
			Heads:     float64(c.heads) / float64(c.count),
			Entity:    c.entity,
			Person:    c.person,
			Rank:      c.rank * n,
			Score:     c.score * n,
			WordShare: float64(c.count) / float64(max(c.wordMax, c.count)),
			Title:     first.sent <= 0,
			POS:       pos,
			Recur:     c.recur,
			Topic:     c.topic,
		})
	}
	return out
}

// Features turns a signal into the numbers a linear ranker learns from.
// FeatureNames names them in order.
func (s Signal) Features() []float64 {
	b := func(v bool) float64 {
		if v {
			return 1
		}
		return 0
	}
	f := []float64{
		math.Log(float64(s.Count)), s.First, math.Log(float64(s.FirstWord) + 1), s.Heads,
		b(s.Entity), b(s.Person), math.Log(s.Rank + 1e-9), math.Log(s.Score + 1e-9),
		b(s.Words == 1), b(s.Words == 2), b(s.Words >= 3), s.WordShare, b(s.Title),
		math.Log(float64(s.Recur)), math.Log(s.Topic + 1e-3),
	}
	for _, t := range featureTags {
		f = append(f, b(s.POS == t))
	}
	return f
}

var featureTags = []string{"NNP", "NNPS", "NN", "NNS", "JJ"}

// FeatureNames names the values of Signal.Features.
func FeatureNames() []string {
	names := []string{"log count", "first share", "log first word", "heads", "entity", "person",
		"log rank", "log score", "one word", "two words", "3+ words", "word share", "title",
		"log recur", "log topic"}
	for _, t := range featureTags {
		names = append(names, "last "+t)
	}
	return names
}
