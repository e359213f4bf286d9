package nlp

import (
	"testing"
)

// TestCourtNames: a court's numbered or long name is one organisation,
// not its last words ("People's Court", "Tribunal").
func TestCourtNames(t *testing.T) {
	checkTagged(t, []taggedCase{
		// Courts named with a number or three or more words.
		{"The Beijing No. 2 Intermediate People's Court sentenced him on Monday.", []string{"ORG:Beijing No. 2 Intermediate People's Court"}, []string{"ORG:People's Court"}},
		{"The Shanghai No. 1 Intermediate People's Court heard the case.", []string{"ORG:Shanghai No. 1 Intermediate People's Court"}, nil},
		{"The International Crimes Tribunal on Sunday sentenced an opposition leader.", []string{"ORG:International Crimes Tribunal"}, nil},
		{"He appeared before the Anti-Terrorism Court No. 3 in Lahore.", []string{"ORG:Anti-Terrorism Court No. 3"}, nil},
		// near-miss: a possessive owner stays out, a judge's name is no
		// court, and a two-word court is left to the tagger.
		{"Kenya's High Court blocked the plan on Friday.", []string{"ORG:High Court"}, []string{"ORG:Kenya's High Court"}},
		{"The Supreme Court said on Monday it would rule.", []string{"ORG:Supreme Court"}, nil},
	})
}
