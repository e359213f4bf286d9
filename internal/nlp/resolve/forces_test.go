package resolve

import (
	"strings"
	"testing"
)

// TestHomeForce: "Army" alone, capitalised as a name, is the military of
// the country the story is in (its dateline, or the country it names), and
// the holder of a role word after it serves that military; with no country in the story
// it names no actor of its own. Lower case is left to the tagger.
func TestHomeForce(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		ents       [][2]string // the tagger's entities
		want       []string    // text|type|actor/country/sector for every entity after resolving
	}{
		{"a dateline's country", "KYIV, May 4 (Reuters) - An Army spokesman, Major Ivan Petrenko, said troops held the line.",
			[][2]string{{"KYIV", "GPE"}, {"Reuters", "ORG"}, {"Army", "ORG"}, {"Ivan Petrenko", "PER"}},
			[]string{"KYIV|GPE|place:UKR:kyiv/UKR/", "Reuters|ORG|GBR.MED.REUTERS/GBR/media", "Army|ORG|UKR.MIL/UKR/military",
				"spokesman|ROLE|UKR.MIL/UKR/military", "Ivan Petrenko|PER|doc:person:ivan_petrenko//military"}},
		{"a military the knowledge base makes up, every mention", "THE HAGUE (Reuters) - The Army said troops were ready. Army spokesman Piet de Groot gave no details.",
			[][2]string{{"THE HAGUE", "GPE"}, {"Reuters", "ORG"}, {"Army", "ORG"}, {"Army", "ORG"}, {"Piet de Groot", "PER"}},
			[]string{"THE HAGUE|GPE|city:NLD:hague/NLD/", "Reuters|ORG|GBR.MED.REUTERS/GBR/media", "Army|ORG|NLD.MIL/NLD/military",
				"Army|ORG|NLD.MIL/NLD/military", "Piet de Groot|PER|doc:person:piet_de_groot/NLD/military"}},
		{"no country in the story", "An Army spokesman said troops held the line.",
			[][2]string{{"Army", "ORG"}}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveTagged(t, s, c.text, "2026-05-04", c.ents)
			var got []string
			for _, e := range art.Entities {
				got = append(got, e.Text+"|"+e.Type+"|"+e.ActorID+"/"+e.Country+"/"+e.Sector)
			}
			if strings.Join(got, "; ") != strings.Join(c.want, "; ") {
				t.Errorf("got  %v\nwant %v", got, c.want)
			}
		})
	}
}
