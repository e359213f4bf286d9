package resolve

import (
	"context"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// describedTags are the tagger's parts of speech for the words of the
// sentences below; any other word is a noun.
var describedTags = map[string]string{
	"of": "IN", "in": "IN", "on": "IN", "near": "IN", "the": "DT", "an": "DT",
	"attacked": "VBD", "patrolled": "VBD", "said": "VBD", "private": "JJ", "military": "JJ", "central": "JJ",
	"Russian": "JJ", "Palestinian": "JJ", "Malian": "JJ", "Wagner": "NNP", "Group": "NNP", "Hamas": "NNP", "Mali": "NNP",
}

// resolveWithTags resolves text, one sentence of space-separated words,
// tagged from describedTags, with the given entities.
func resolveWithTags(t *testing.T, s *Stage, text string, ents [][2]string) *model.Article {
	t.Helper()
	art := article(text, "2025-06-04")
	var pos []string
	for _, w := range strings.Fields(text) {
		p, ok := describedTags[w]
		if !ok {
			p = "NN"
		}
		pos = append(pos, p)
	}
	art.Sentences = []model.Sentence{taggedSentence(text, pos)}
	from := 0
	for _, e := range ents {
		ent := entity(art, e[0], e[1], from)
		from = ent.End
		art.Entities = append(art.Entities, ent)
	}
	if err := s.Process(context.Background(), &model.Document{Article: art}); err != nil {
		t.Fatal(err)
	}
	return art
}

// TestDescribedOrgMembers: members of a named organisation written with a
// nationality and a description before its name ("fighters of the Russian
// private military company Wagner Group") are the organisation's, as they
// are with its bare name; a nationality before a body word alone ("soldiers
// of the Malian army") still gives that country's body.
func TestDescribedOrgMembers(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		ents       [][2]string
		role       string
		want       string
	}{
		{"a military company with its nationality and description",
			"Fighters of the Russian private military company Wagner Group attacked a village in central Mali on Tuesday",
			[][2]string{{"Russian", "NORP"}, {"Wagner Group", "ORG"}, {"Mali", "GPE"}}, "Fighters", "RUS.MIL.WAGNER"},
		{"the bare name",
			"Fighters of the Wagner Group attacked a village in central Mali on Tuesday",
			[][2]string{{"Wagner Group", "ORG"}, {"Mali", "GPE"}}, "Fighters", "RUS.MIL.WAGNER"},
		{"a militant group described",
			"Militants of the Palestinian group Hamas attacked an army post near the border on Tuesday",
			[][2]string{{"Palestinian", "NORP"}, {"Hamas", "ORG"}}, "Militants", "PSE.REB.HAMAS"},
		{"a nationality and a body word, no name",
			"Soldiers of the Malian army patrolled the town on Tuesday",
			[][2]string{{"Malian", "NORP"}}, "Soldiers", "MLI.MIL"},
	} {
		art := resolveWithTags(t, s, c.text, c.ents)
		got, found := "", false
		for _, e := range art.Entities {
			if e.Type == EntityRole && e.Text == c.role {
				got, found = e.ActorID, true
			}
		}
		if !found {
			t.Errorf("%s: no role %q in %v", c.name, c.role, art.Entities)
		} else if got != c.want {
			t.Errorf("%s: %q is %q, want %q", c.name, c.role, got, c.want)
		}
	}
}
