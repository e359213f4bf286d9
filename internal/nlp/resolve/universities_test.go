package resolve

import (
	"strings"
	"testing"
)

// TestUniversityShort: a bare place name after a university named after it
// is the university where people work "at" it or it speaks; "in" it, before
// a role word, or with no such university named, it stays the place, and a
// state or a country keeps its own reading.
func TestUniversityShort(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		ents       [][2]string // the tagger's entities
		want       []string    // text|type|actor of each entity after resolving
	}{
		{"researchers at", "The trial was run by the University of Cambridge. Researchers at Cambridge said the drug cut deaths by a third.",
			[][2]string{{"University of Cambridge", "ORG"}, {"Cambridge", "LOC"}},
			[]string{"University of Cambridge|ORG|doc:org:university_of_cambridge", "Cambridge|ORG|doc:org:university_of_cambridge"}},
		{"the short form speaks", "The trial was run by the University of Cambridge. Cambridge said in a statement the results were early.",
			[][2]string{{"University of Cambridge", "ORG"}, {"Cambridge", "PER"}},
			[]string{"University of Cambridge|ORG|doc:org:university_of_cambridge", "Cambridge|ORG|doc:org:university_of_cambridge"}},
		{"X University", "The trial was run by Oxford University. Oxford said on Monday the results were early.",
			[][2]string{{"Oxford University", "ORG"}, {"Oxford", "ORG"}},
			[]string{"Oxford University|ORG|doc:org:oxford_university", "Oxford|ORG|doc:org:oxford_university"}},
		{"in the city", "The trial was run by the University of Cambridge. A meeting in Cambridge will discuss it.",
			[][2]string{{"University of Cambridge", "ORG"}, {"Cambridge", "LOC"}},
			[]string{"University of Cambridge|ORG|doc:org:university_of_cambridge", "Cambridge|LOC|"}},
		{"before a role word", "The trial was run by the University of Cambridge. Cambridge police said no one was hurt.",
			[][2]string{{"University of Cambridge", "ORG"}, {"Cambridge", "GPE"}},
			[]string{"University of Cambridge|ORG|doc:org:university_of_cambridge", "Cambridge|GPE|"}},
		{"no university named", "Researchers at Cambridge said the drug cut deaths by a third.",
			[][2]string{{"Cambridge", "LOC"}},
			[]string{"Cambridge|LOC|"}},
		{"a state keeps its reading", "The trial was run by the University of Michigan. Researchers at Michigan said the results were early.",
			[][2]string{{"University of Michigan", "ORG"}, {"Michigan", "GPE"}},
			[]string{"University of Michigan|ORG|doc:org:university_of_michigan", "Michigan|GPE|place:USA-MI"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveTagged(t, s, c.text, "2025-11-18", c.ents)
			var got []string
			for _, e := range art.Entities {
				got = append(got, e.Text+"|"+e.Type+"|"+e.ActorID)
			}
			if strings.Join(got, "; ") != strings.Join(c.want, "; ") {
				t.Errorf("got  %v\nwant %v", got, c.want)
			}
		})
	}
}
