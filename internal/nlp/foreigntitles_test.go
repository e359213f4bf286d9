package nlp

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

func TestCutForeignTitles(t *testing.T) {
	tests := []struct {
		name, lang, text, typ string
		want                  string
	}{
		{"french monsieur", "fr", "M. Macron", model.EntityPerson, "Macron"},
		{"french madame, two-word surname", "fr-FR", "Mme Le Pen", model.EntityPerson, "Le Pen"},
		{"french mademoiselle", "fr", "Mlle Dupont", model.EntityPerson, "Dupont"},
		{"spanish señora", "es", "Sra. Sánchez", model.EntityPerson, "Sánchez"},
		{"portuguese senhor", "pt", "Sr. Almeida", model.EntityPerson, "Almeida"},
		{"german frau", "de", "Frau Baerbock", model.EntityPerson, "Baerbock"},
		{"german herr, abbreviated", "de", "Hr. Scholz", model.EntityPerson, "Scholz"},
		// Must not: an initial in English, a title of another language,
		// a title alone, a name that is no person.
		{"english initial kept", "en", "M. Night Shyamalan", model.EntityPerson, "M. Night Shyamalan"},
		{"no language kept", "", "Mme Le Pen", model.EntityPerson, "Mme Le Pen"},
		{"french title in a german article kept", "de", "M. Macron", model.EntityPerson, "M. Macron"},
		{"title alone kept", "fr", "Madame", model.EntityPerson, "Madame"},
		{"lower-case word after kept", "fr", "M. de", model.EntityPerson, "M. de"},
		{"organisation kept", "fr", "Madame Figaro", model.EntityOrg, "Madame Figaro"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			text := "Selon " + tc.text + ", tout va bien."
			start := strings.Index(text, tc.text)
			ents := []model.Entity{{Text: tc.text, Type: tc.typ, Start: start, End: start + len(tc.text)}}
			cutForeignTitles(tc.lang, ents)
			e := ents[0]
			if e.Text != tc.want {
				t.Errorf("cutForeignTitles(%q, %q) = %q, want %q", tc.lang, tc.text, e.Text, tc.want)
			}
			if text[e.Start:e.End] != e.Text {
				t.Errorf("offsets %d..%d give %q, not the text %q", e.Start, e.End, text[e.Start:e.End], e.Text)
			}
		})
	}
}
