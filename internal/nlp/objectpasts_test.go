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
		// A regular past read as a participle, with no finite verb after
		// its object in the clause.
		{"the company raised prices in March .", "DT NN VBN NNS IN NNP .", "DT NN VBD NNS IN NNP ."},
		{"the government imposed curfews in the north", "DT NN VBN NNS IN DT NN", "DT NN VBD NNS IN DT NN"},
		{"the company raised prices and said it would grow", "DT NN VBN NNS CC VBD PRP MD VB", "DT NN VBD NNS CC VBD PRP MD VB"},
		// Kept: a reduced relative whose subject's verb follows, a
		// regular past tagged a noun, a time word after it.
		{"the students awarded prizes were honoured", "DT NNS VBN NNS VBD VBN", "DT NNS VBN NNS VBD VBN"},
		{"the families promised homes in the north say they waited", "DT NNS VBN NNS IN DT NN VBP PRP VBD", "DT NNS VBN NNS IN DT NN VBP PRP VBD"},
		{"the company raised prices", "DT NN NN NNS", "DT NN NN NNS"},
		{"the troops deployed weeks ago", "DT NNS VBN NNS RB", "DT NNS VBN NNS RB"},
		// A past with the form of its present and a noun, after a
		// singular subject that opens the sentence.
		{"the company cut jobs at the plant .", "DT NN NN NNS IN DT NN .", "DT NN VBD NNS IN DT NN ."},
		{"the central bank cut rates on Tuesday .", "DT JJ NN NN NNS IN NNP .", "DT JJ NN VBD NNS IN NNP ."},
		{"the firm quit talks with the union", "DT NN NN NNS IN DT NN", "DT NN VBD NNS IN DT NN"},
		// Kept: after a verb (a compound noun), after a plural subject,
		// before a finite verb, before a second noun.
		{"workers joined the pay cut protests", "NNS VBD DT NN NN NNS", "NNS VBD DT NN NN NNS"},
		{"the companies cut jobs", "DT NNS NN NNS", "DT NNS NN NNS"},
		{"the pay cut plans were dropped", "DT NN NN NNS VBD VBN", "DT NN NN NNS VBD VBN"},
		{"the pay cut hurts workers", "DT NN NN NNS NNS", "DT NN NN NNS NNS"},
		// A past tagged a noun before a plural object tagged a verb, after
		// a subject that acts.
		{"the company sold shares to investors .", "DT NN NN VBZ TO NNS .", "DT NN VBD NNS TO NNS ."},
		{"the government sold bonds worth 2 billion dollars", "DT NN NN VBZ JJ CD CD NNS", "DT NN VBD NNS JJ CD CD NNS"},
		{"the state oil company sold shares in its unit", "DT NN NN NN NN VBZ IN PRP$ NN", "DT NN NN NN VBD NNS IN PRP$ NN"},
		// Kept: a subject that is what was dealt in, a present verb
		// before its object, a singular form, a noun-too past.
		{"the money paid goes to the fund", "DT NN NN VBZ TO DT NN", "DT NN NN VBZ TO DT NN"},
		{"the company sold shares the profits", "DT NN NN VBZ DT NNS", "DT NN NN VBZ DT NNS"},
		{"the company sold process in March", "DT NN NN VBZ IN NNP", "DT NN NN VBZ IN NNP"},
		{"the company led talks in March", "DT NN NN VBZ IN NNP", "DT NN NN VBZ IN NNP"},
		// A name opening the sentence acts as such a subject does.
		{"Sinopec sold shares in its unit", "NNP NN VBZ IN PRP$ NN", "NNP VBD NNS IN PRP$ NN"},
		{"The Gambia sold bonds worth millions", "DT NNP NN VBZ JJ NNS", "DT NNP VBD NNS JJ NNS"},
		// Kept: a name inside the sentence, a name before a noun-too
		// past, a singular word after it.
		{"officials said Sinopec sold shares in its unit", "NNS VBD NNP NN VBZ IN PRP$ NN", "NNS VBD NNP NN VBZ IN PRP$ NN"},
		{"Sinopec led talks in March", "NNP NN VBZ IN NNP", "NNP NN VBZ IN NNP"},
		{"Sinopec sold process in March", "NNP NN VBZ IN NNP", "NNP NN VBZ IN NNP"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		bareObjectPasts(words, tags)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q: got %s, want %s", c.words, got, c.want)
		}
	}
}
