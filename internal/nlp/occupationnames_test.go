package nlp

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestOccupationNames: a capitalised occupation opening a sentence (or the
// reporting clause after a quotation) is a title before the whole name,
// which the tagger cut to its given name or its surname.
func TestOccupationNames(t *testing.T) {
	checkTagged(t, []taggedCase{
		// Occupation at a sentence's start: the surname stays in the name.
		{"Journalist Irfan Mir, who wrote for a local weekly, was detained on Tuesday.", []string{"PER:Irfan Mir"}, []string{"PER:Irfan", "PER:Journalist Irfan"}},
		{"Journalist Asif Sultan said he was beaten in custody.", []string{"PER:Asif Sultan"}, []string{"PER:Sultan"}},
		{"Writer Irfan Mir was released on bail.", []string{"PER:Irfan Mir"}, []string{"PER:Irfan"}},
		{`"I did nothing wrong," Journalist Irfan Mir told reporters.`, []string{"PER:Irfan Mir"}, []string{"PER:Irfan", "PER:Mir"}},
		// near-miss: a plural occupation opens an organisation's name, and
		// one name word before "of" is no full name to mend.
		{`"It is a travesty," Reporters Without Borders said.`, nil, []string{"PER:Without Borders"}},
		{"Journalist Irfan of the Kashmir Observer was questioned.", nil, []string{"PER:Irfan of"}},
		// near-miss: a title of several words before a name is no
		// occupation before a name.
		{"Deputy Secretary Jane Doe met the Japanese foreign minister on Monday.", nil, []string{"PER:Secretary Jane Doe"}},
	})
}

// taggedCase is a text and the "TYPE:text" entities it must and must not
// have.
type taggedCase struct {
	text string
	want []string
	not  []string
}

// checkTagged tags each case's text alone and checks its entities.
func checkTagged(t *testing.T, cases []taggedCase) {
	t.Helper()
	an, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		a := &model.Article{Text: c.text}
		sents := Sentences(a)
		got := map[string]bool{}
		for _, e := range an.Tag(c.text, sents, true) {
			got[e.Type+":"+e.Text] = true
		}
		for _, w := range c.want {
			if !got[w] {
				t.Errorf("%q: no %s in %v", c.text, w, got)
			}
		}
		for _, w := range c.not {
			if got[w] {
				t.Errorf("%q: %s in %v", c.text, w, got)
			}
		}
	}
}
