package keywords

import "testing"

// A plural the tagger read as a verb where it ends a noun compound before
// the object's complement ("kept interest rates unchanged") is the head of
// the compound when the article uses it as a plural noun elsewhere; a verb
// in the same place stays a verb.
func TestSplitPlurals(t *testing.T) {
	for _, tc := range []struct {
		tagged   string
		want, no []string
	}{
		{tagged: "The/DT bank/NN kept/VBD interest/NN rates/VBZ unchanged/VBN ./. Analysts/NNS expect/VBP lower/JJR rates/NNS ./.",
			want: []string{"interest rates"}},
		{tagged: "India/NNP kept/VBD its/PRP$ repo/NN rates/VBZ unchanged/JJ ./. Banks/NNS cut/VBD lending/NN rates/NNS ./.",
			want: []string{"repo rates", "lending rates"}},
		{tagged: "Parliament/NNP left/VBD fuel/NN taxes/VBZ frozen/VBD until/IN June/NNP ./. Fuel/NN taxes/NNS fund/VBP roads/NNS ./.",
			want: []string{"fuel taxes"}},
		// Verbs in the same place: the text has no such plural noun, or
		// an object or clause follows.
		{tagged: "Inflation/NN remains/VBZ elevated/VBN ,/, the/DT bank/NN said/VBD ./. Rates/NNS rose/VBD ./.",
			want: []string{"inflation"}, no: []string{"inflation remains", "remains"}},
		{tagged: "The/DT governor/NN said/VBD the/DT outlook/NN looks/VBZ uncertain/JJ ./.",
			want: []string{"outlook"}, no: []string{"outlook looks"}},
		{tagged: "The/DT law/NN bans/VBZ smoking/VBG in/IN bars/NNS ./. Smoking/NN bans/NNS spread/VBD ./.",
			want: []string{"law"}, no: []string{"law bans"}},
	} {
		checkCandidates(t, tc.tagged, nil, tc.want, tc.no)
	}
}
