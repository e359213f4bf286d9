package keywords

import (
	"slices"
	"strings"
	"testing"
)

// The phrases that say where a report came from or where words were
// spoken ("the news agency said", "told a news conference", "state
// television reported") are no keyphrases, nor are their words ("news",
// "state"). Near misses: the same nouns in other phrases ("the state
// budget", "the agency's report", "a television licence") stay.
func TestAttributionPhrasesNotKeywords(t *testing.T) {
	tests := []struct {
		name      string
		tagged    string
		want, not []string
	}{
		{"news agency and state media",
			"Flood/NN waters/NNS cut/VBD roads/NNS in/IN the/DT north/NN ,/, the/DT news/NN agency/NN said/VBD ./. " +
				"Flood/NN waters/NNS rose/VBD again/RB ,/, state/NN media/NNS reported/VBD ./. " +
				"The/DT news/NN agency/NN said/VBD flood/NN waters/NNS reached/VBD the/DT news/NN agency/NN offices/NNS ./.",
			[]string{"flood waters"}, []string{"news agency", "news", "agency", "state media", "state", "media"}},
		{"news conference and state television",
			"The/DT minister/NN defended/VBD the/DT fuel/NN subsidy/NN at/IN a/DT news/NN conference/NN ./. " +
				"The/DT fuel/NN subsidy/NN costs/VBZ billions/NNS ,/, state/NN television/NN said/VBD ./. " +
				"She/PRP told/VBD a/DT press/NN conference/NN the/DT fuel/NN subsidy/NN would/MD stay/VB ./.",
			[]string{"fuel subsidy"}, []string{"news conference", "press conference", "conference", "state television", "television", "state"}},
		{"near miss: the same nouns in other phrases stay",
			"The/DT state/NN budget/NN grew/VBD ./. Lawmakers/NNS passed/VBD the/DT state/NN budget/NN ./. " +
				"The/DT agency/NN criticised/VBD the/DT state/NN budget/NN ./. The/DT agency/NN warned/VBD of/IN cuts/NNS ./.",
			[]string{"state budget", "agency"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, k := range New(Config{N: 10}).Extract(slashTagged(tt.tagged)) {
				got = append(got, strings.ToLower(k.Phrase))
			}
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("keyphrases %q lack %q", got, w)
				}
			}
			for _, n := range tt.not {
				if slices.Contains(got, n) {
					t.Errorf("keyphrases %q hold %q", got, n)
				}
			}
		})
	}
}
