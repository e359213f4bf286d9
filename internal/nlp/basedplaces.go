package nlp

import (
	"cmp"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/internal/model"
)

// placeSuffixes end a compound adjective that names where someone or
// something is seated: "a Kuala Lumpur-based analyst", "the
// Geneva-headquartered group". The place is a mention of its own (a GPE
// the resolver links) though the compound is one word; CoNLL tags the
// whole word MISC, which the word's tags keep (placeCompounds works on
// entities, not tags).
var placeSuffixes = []string{"-based", "-headquartered"}

// placeCompounds returns the places named before a place suffix in the
// sentence s ("Kuala Lumpur" in "Kuala Lumpur-based"), one GPE each,
// ending before the hyphen. The name may run back over up to three
// capitalised words the tagger left untagged ("Kuala", "Rio de"), never
// over an article ("The Kenya-based charity": the knowledge base reads "The
// Kenya" as Kenya), and must
// be a place the knowledge base knows, so that a company or a person
// ("a Google-based tool", "a Trump-based strategy") is none. tags are the
// sentence's BIO tags; a word inside a span other than a MISC of its own
// is left to that span; the MISC is the compound, which the place replaces
// (replaced holds the compounds' word indices).
func (an *Analyzer) placeCompounds(text string, s *model.Sentence, words, tags []string) (out []model.Entity, replaced map[int]bool) {
	for j, w := range words {
		stem := ""
		for _, suf := range placeSuffixes {
			if len(w) > len(suf) && strings.EqualFold(w[len(w)-len(suf):], suf) {
				stem = w[:len(w)-len(suf)]
				break
			}
		}
		if stem == "" || !capitalised(stem) || !compoundWordFree(tags, j) {
			continue
		}
		best := -1
		name := []string{stem}
		for i := j; i >= 0 && j-i <= 3; i-- {
			if i < j {
				lw := strings.ToLower(words[i])
				if !capitalised(words[i]) && !nameLinkWords[lw] || tags[i] != "O" || lw == "the" || lw == "a" || lw == "an" {
					break
				}
				name = append([]string{words[i]}, name...)
			}
			if capitalised(name[0]) && an.knownPlace(name) {
				best = i
			}
		}
		if best < 0 {
			continue
		}
		start, end := s.Tokens[best].Start, s.Tokens[j].End-(len(w)-len(stem))
		out = append(out, model.Entity{Text: text[start:end], Type: model.EntityGPE, Sentence: s.Index, Start: start, End: end})
		if replaced == nil {
			replaced = map[int]bool{}
		}
		replaced[j] = true
	}
	return out, replaced
}

// nameLinkWords join the words of a place's name ("Rio de Janeiro", "Port
// of Spain").
var nameLinkWords = map[string]bool{"de": true, "of": true, "la": true, "el": true, "al": true}

// compoundWordFree says whether word j is untagged or a MISC span of its
// own, the tagger's reading of a compound adjective.
func compoundWordFree(tags []string, j int) bool {
	if tags[j] == "O" {
		return true
	}
	return tags[j] == "B-"+model.EntityMisc && (j+1 == len(tags) || !strings.HasPrefix(tags[j+1], "I-"))
}

// sortEntities orders entities by their start in the text, as the tagger's
// spans come.
func sortEntities(ents []model.Entity) {
	slices.SortStableFunc(ents, func(a, b model.Entity) int { return cmp.Compare(a.Start, b.Start) })
}
