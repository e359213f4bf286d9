package nlp

import "github.com/newsgraph/newsgraph/internal/model"

// SportsReport reports whether tokenised sentences read as a sports report,
// by the test the tagger's team rules use (sportsDocument): later stages
// read the names of such a text as possible teams.
func SportsReport(sents []model.Sentence) bool {
	words := make([][]string, len(sents))
	for i, s := range sents {
		words[i] = make([]string, len(s.Tokens))
		for k, t := range s.Tokens {
			words[i][k] = t.Text
		}
	}
	return sportsDocument(words)
}
