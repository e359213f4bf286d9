package events

import "testing"

// TestPositionlessMention: a mention the sentence does not hold (the pair
// "the two neighbours" stands for, i = j = -1) in a source group must not
// be read at a token index: "Lee said the two neighbours shared values"
// once made nonPoliticalProvider panic and drop the article's events, and
// modifiersOf could do the same for a company noun head.
func TestPositionlessMention(t *testing.T) {
	words := []struct{ text, pos string }{{"The", "DT"}, {"two", "CD"}, {"neighbours", "NNS"}, {"shared", "VBD"}, {"data", "NNS"}}
	var toks []tok
	for _, w := range words {
		toks = append(toks, tok{text: w.text, low: w.text, pos: w.pos})
	}
	toks[0].low = "the"
	pair := group{{i: -1, j: -1, text: "Japan", country: "JPN", kind: "country"}}
	share := &trigger{p: &Pattern{Words: []string{"share"}, Type: "COOPERATE", CAMEO: "064"}, i: 3, j: 4}
	if nonPoliticalProvider(toks, share, "COOPERATE", "064", pair) {
		t.Error("a country standing for one of a pair is a political giver")
	}
	if modifiersOf(toks, pair, 2) {
		t.Error("a mention with no position modifies no head noun")
	}
	company := group{{i: 1, j: 2, text: "Swedish", country: "SWE", kind: "demonym"}}
	toks[1] = tok{text: "Swedish", low: "swedish", pos: "JJ"}
	if !modifiersOf(toks, company, 2) {
		t.Error(`"Swedish" before the head noun is its modifier`)
	}
	if !nonPoliticalProvider(toks, share, "COOPERATE", "064", company) {
		t.Error("a nationality before a common noun is no political giver")
	}
}
