package resolve

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestEnts67Actors: a country's sports federation named with the country's
// own name is that country's sports actor, a city's federation is not, and
// a region name two countries share keeps, when repeated bare, the country
// its first mention took.
func TestEnts67Actors(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text, mention string
		ents                []ent
		id, country, sector string
	}{
		{"a federation named with the country's name",
			"LAGOS, Nov 22 (Reuters) - The Nigeria Football Federation said on Sunday it would appeal the ruling.", "Nigeria Football Federation",
			[]ent{{"LAGOS", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Nigeria Football Federation", model.EntityOrg}},
			"NGA.SPT", "NGA", "sports"},
		{"a football association named with the country's name",
			"ACCRA, Nov 22 (Reuters) - The Ghana Football Association suspended two referees on Sunday.", "Ghana Football Association",
			[]ent{{"ACCRA", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Ghana Football Association", model.EntityOrg}},
			"GHA.SPT", "GHA", "sports"},
		{"an athletics federation under another country's dateline",
			"LONDON, Nov 22 (Reuters) - The Kenya Athletics Federation named its team for the cross-country championships on Sunday.", "Kenya Athletics Federation",
			[]ent{{"LONDON", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Kenya Athletics Federation", model.EntityOrg}},
			"KEN.SPT", "KEN", "sports"},
		{"a sport's federation of a country",
			"ACCRA, Nov 22 (Reuters) - The Football Federation of Ghana suspended two referees on Sunday.", "Football Federation of Ghana",
			[]ent{{"ACCRA", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Football Federation of Ghana", model.EntityOrg}},
			"GHA.SPT", "GHA", "sports"},
		{"an athletics association of a country",
			"NAIROBI, Nov 22 (Reuters) - The Athletics Association of Kenya named its team on Sunday.", "Athletics Association of Kenya",
			[]ent{{"NAIROBI", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Athletics Association of Kenya", model.EntityOrg}},
			"KEN.SPT", "KEN", "sports"},
		{"a city's football association is no national body",
			"LAGOS, Nov 22 (Reuters) - The Lagos Football Association said on Sunday it would appeal the ruling.", "Lagos Football Association",
			[]ent{{"LAGOS", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Lagos Football Association", model.EntityOrg}},
			"", "NGA", ""},
		{"a country's body of another sector keeps its own sector",
			"ABUJA, Nov 22 (Reuters) - The Nigeria Labour Congress said on Sunday it would strike.", "Nigeria Labour Congress",
			[]ent{{"ABUJA", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Nigeria Labour Congress", model.EntityOrg}},
			"", "NGA", "labour"},
		{"a shared region repeated bare keeps its first mention's country",
			"ISLAMABAD, Nov 22 (Reuters) - Floods swept through Pakistan's Punjab province on Sunday. Rescue teams reached several districts. Punjab officials said the toll could rise.", "Punjab",
			[]ent{{"ISLAMABAD", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Pakistan", model.EntityGPE}, {"Punjab", model.EntityGPE}, {"Punjab", model.EntityGPE}},
			"place:PAK-PB", "PAK", ""},
		{"a shared region repeated bare under a foreign dateline",
			"NEW DELHI, Nov 22 (Reuters) - Floods swept through Pakistan's Punjab province on Sunday. Punjab officials said the toll could rise.", "Punjab",
			[]ent{{"NEW DELHI", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Pakistan", model.EntityGPE}, {"Punjab", model.EntityGPE}, {"Punjab", model.EntityGPE}},
			"place:PAK-PB", "PAK", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveInOrder(t, s, c.text, "2026-11-23", c.ents)
			found := 0
			for _, e := range art.Entities {
				if e.Text != c.mention {
					continue
				}
				found++
				if e.Country != c.country || e.Sector != c.sector || c.id != "" && e.ActorID != c.id || c.id == "" && strings.HasSuffix(e.ActorID, ".SPT") {
					t.Errorf("%s -> %q country %q sector %q, want %q %q %q", e.Text, e.ActorID, e.Country, e.Sector, c.id, c.country, c.sector)
				}
			}
			want := 0
			for _, e := range c.ents {
				if e.text == c.mention {
					want++
				}
			}
			if found != want {
				t.Fatalf("%s found %d times among the entities, want %d: %+v", c.mention, found, want, art.Entities)
			}
		})
	}
}

// resolveInOrder resolves text with the tagger's entities ents, each found
// after the one before it (resolveGiven places a repeated name at its
// first occurrence every time).
func resolveInOrder(t *testing.T, s *Stage, text, published string, ents []ent) *model.Article {
	t.Helper()
	art := article(text, published)
	standInEntities(t, s.kb, art)
	art.Entities = nil
	at := 0
	for _, e := range ents {
		i := strings.Index(text[at:], e.text)
		if i < 0 {
			t.Fatalf("%q not in %q after %d", e.text, text, at)
		}
		en := model.Entity{Text: e.text, Type: e.typ, Start: at + i, End: at + i + len(e.text)}
		for _, st := range art.Sentences {
			if en.Start >= st.Start && en.Start < st.End {
				en.Sentence = st.Index
			}
		}
		art.Entities = append(art.Entities, en)
		at = en.End
	}
	s.Resolve(art)
	return art
}
