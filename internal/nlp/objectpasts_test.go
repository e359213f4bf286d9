package nlp

import (
	"strings"
	"testing"
)

func TestBareObjectPasts(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		// A past with no noun reading after a determiner-opened subject,
		// before a bare plural object.
		{"the government held elections in March", "DT NN NN NNS IN NNP", "DT NN VBD NNS IN NNP"},
		{"the ministry held talks with the union", "DT NN VBN NNS IN DT NN", "DT NN VBD NNS IN DT NN"},
		{"the prime minister held talks with the union", "DT JJ NN VBN NNS IN DT NN", "DT JJ NN VBD NNS IN DT NN"},
		{"the council held public hearings on the plan", "DT NN NN JJ NNS IN DT NN", "DT NN VBD JJ NNS IN DT NN"},
		{"Kenya 's government held talks", "NNP POS NN VBN NNS", "NNP POS NN VBD NNS"},
		{"the army built roads in the north", "DT NN NN NNS IN DT NN", "DT NN VBD NNS IN DT NN"},
		{"officials said the ministry held talks .", "NNS VBD DT NN VBN NNS .", "NNS VBD DT NN VBD NNS ."},
		// Kept: a reduced relative before a time word or a singular noun,
		// a form that is a noun too, a name, no determiner, a plural
		// that only modifies the next noun, a participle before "by".
		{"the summit held last week ended", "DT NN NN JJ NN VBD", "DT NN NN JJ NN VBD"},
		{"the talks held days before the vote", "DT NNS VBN NNS IN DT NN", "DT NNS VBN NNS IN DT NN"},
		{"the hostages held captive for months", "DT NNS VBN JJ IN NNS", "DT NNS VBN JJ IN NNS"},
		{"the shares held by investors", "DT NNS VBN IN NNS", "DT NNS VBN IN NNS"},
		{"the garden rose bushes", "DT NN NN NNS", "DT NN NN NNS"},
		{"the army led attacks", "DT NN VBN NNS", "DT NN VBN NNS"},
		{"the Held family members", "DT NNP NN NNS", "DT NNP NN NNS"},
		{"government held elections", "NN NN NNS", "NN NN NNS"},
		{"the ministry held talks officials", "DT NN NN NNS NNS", "DT NN NN NNS NNS"},
		{"the union held", "DT NN NN", "DT NN NN"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		bareObjectPasts(words, tags)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q: got %s, want %s", c.words, got, c.want)
		}
	}
}
