package resolve

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestDoubleSurnameLaterMention: a later two-word mention equal to the last
// two words of a person named earlier in full (Portuguese and Spanish
// double family names) is that person, not a namesake the knowledge base
// holds; a two-word name no earlier person ends in is read as before.
func TestDoubleSurnameLaterMention(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text, full, short string
		same                    bool
	}{
		{"Portuguese",
			"BRASILIA (Wire) - Retired colonel Otávio Ramos Moreira Lacerda was charged on Tuesday. Moreira Lacerda denied wrongdoing.",
			"Otávio Ramos Moreira Lacerda", "Moreira Lacerda", true},
		{"Spanish",
			"BOGOTA (Wire) - Senator Carlos Andrés Gómez Restrepo resigned on Monday. Prosecutors said Gómez Restrepo had met the group.",
			"Carlos Andrés Gómez Restrepo", "Gómez Restrepo", true},
		{"near miss: only the last word shared",
			"BRASILIA (Wire) - Retired colonel Otávio Ramos Moreira Lacerda was charged on Tuesday. Paula Lacerda denied wrongdoing.",
			"Otávio Ramos Moreira Lacerda", "Paula Lacerda", false},
	} {
		art := resolveGiven(t, s, c.text, "2025-03-04", []ent{{c.full, model.EntityPerson}, {c.short, model.EntityPerson}})
		full, short := mentionActor(art, c.full), mentionActor(art, c.short)
		if (full == short) != c.same || full == "" {
			t.Errorf("%s: %s -> %q, %s -> %q, same %v", c.name, c.full, full, c.short, short, c.same)
		}
	}
}

// TestDoubleSurnameKnowledgeBase: a person named with a second family name
// the knowledge base's entry leaves out ("Walter Souza Braga Netto" for its
// "Walter Braga Netto") is that entry, and the later "Braga Netto" with it;
// a three-word name with a middle word dropped is not shortened.
func TestDoubleSurnameKnowledgeBase(t *testing.T) {
	s := newStage(t)
	const id = "person:walter_braga_netto"
	const story = "BRASILIA (Wire) - Retired general Walter Souza Braga Netto was charged on Tuesday. Braga Netto denied wrongdoing."
	for _, c := range []struct {
		name, text string
		ents       []string
		person     string
		want       string
	}{
		{"four words", story, []string{"Walter Souza Braga Netto", "Braga Netto"}, "Walter Souza Braga Netto", id},
		{"later mention", story, []string{"Walter Souza Braga Netto", "Braga Netto"}, "Braga Netto", id},
		{"other wording", "RIO DE JANEIRO (Wire) - Police questioned Walter Souza Braga Netto, a former minister, on Friday.",
			[]string{"Walter Souza Braga Netto"}, "Walter Souza Braga Netto", id},
		{"near miss: another first name", "BRASILIA (Wire) - Retired general Mário Souza Braga Netto was charged on Tuesday.",
			[]string{"Mário Souza Braga Netto"}, "Mário Souza Braga Netto", ""},
	} {
		var ents []ent
		for _, m := range c.ents {
			ents = append(ents, ent{m, model.EntityPerson})
		}
		art := resolveGiven(t, s, c.text, "2025-03-04", ents)
		checkPersonLink(t, art, c.person, c.want)
	}
}
