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

// A noun repeated around a preposition is an adverbial idiom ("door to
// door", "face to face", "year on year"): neither word is a keyphrase from
// there. The same noun elsewhere, and two different nouns around the
// preposition, stay.
func TestRepeatedNounIdioms(t *testing.T) {
	for _, tc := range []struct {
		tagged   string
		want, no []string
	}{
		{tagged: "Volunteers/NNS went/VBD door/NN to/TO door/VB in/IN flooded/VBN towns/NNS ./.",
			want: []string{"volunteers", "towns"}, no: []string{"door"}},
		{tagged: "Rescuers/NNS met/VBD residents/NNS face/NN to/TO face/VB ./.",
			want: []string{"rescuers", "residents"}, no: []string{"face", "residents face"}},
		{tagged: "Exports/NNS rose/VBD 4/CD percent/NN year/NN on/IN year/NN ./.",
			want: []string{"exports"}, no: []string{"year", "percent year"}},
		{tagged: "Engineers/NNS checked/VBD the/DT bridge/NN span/NN by/IN span/NN ./.",
			want: []string{"engineers", "bridge"}, no: []string{"span", "bridge span"}},
		// Near misses: the nouns differ, or a determiner comes between.
		{tagged: "The/DT door/NN to/TO the/DT vault/NN was/VBD open/JJ ./.", want: []string{"door", "vault"}},
		{tagged: "Trucks/NNS moved/VBD aid/NN from/IN port/NN to/TO border/NN ./.", want: []string{"port", "border"}},
		{tagged: "A/DT face/NN to/TO the/DT face/NN meeting/NN ./.", want: []string{"face"}},
	} {
		checkCandidates(t, tc.tagged, nil, tc.want, tc.no)
	}
}
