package nlp

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestParticleSurnames checks that a family name with a particle, written
// later in the form a full name of the document ends with, is one person
// with its particle ("de la Cruz", "dos Santos", "Arévalo de León"), also
// after a closing quote and at the start of a sentence. A particle form no
// full name of the document ends with is left to the tagger, and a full
// name keeps its span (last rows). Sentences written for this test.
func TestParticleSurnames(t *testing.T) {
	an, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, want string }{
		{`His lawyer, Jaime Grajales de la Cruz, said he would appeal. "This is political persecution," de la Cruz told Caracol Radio.`, "de la Cruz"},
		{`Former judge Ana dos Santos spoke on Monday. "I am innocent," said dos Santos.`, "dos Santos"},
		{`The senator, Marta Ibáñez del Río, voted against the bill. "It is a disgrace," del Río told reporters.`, "del Río"},
		{`President-elect Bernardo Arévalo de León spoke on Friday. "This is a slow-motion coup," Arévalo de León said.`, "Arévalo de León"},
		{`His lawyer, Jaime Grajales de la Cruz, spoke on Monday. De la Cruz said the defence would appeal.`, "De la Cruz"},
		// Near-misses: no full name ends with the form; the full name itself.
		{`"This is political persecution," de la Vega told Caracol Radio on Monday.`, "-de la Vega"},
		{`His lawyer, Jaime Grajales de la Cruz, said he would appeal.`, "Jaime Grajales de la Cruz"},
	} {
		a := &model.Article{Text: c.text}
		var got []string
		for _, e := range an.Tag(c.text, Sentences(a), false) {
			if e.Type == model.EntityPerson {
				got = append(got, e.Text)
			}
		}
		want, absent := strings.CutPrefix(c.want, "-")
		found := false
		for _, g := range got {
			found = found || g == want
		}
		if found == absent {
			t.Errorf("%q: persons %q, want %q (absent=%v)", c.text, got, want, absent)
		}
	}
}
