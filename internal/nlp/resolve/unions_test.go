package resolve

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
)

func TestUnionName(t *testing.T) {
	for _, c := range []struct {
		name string
		want bool
	}{
		{"Nigeria Labour Congress", true},
		{"Trade Union Congress", true},
		{"Union Congress", true},
		{"Korean Confederation of Trade Unions", true},
		{"National Union of Mineworkers", true},
		{"Labour Party", false},
		{"Workers' Party", false},
		{"European Union", false},
		{"Union of Democratic Forces", false},
		{"National Congress", false},
		{"Kenya Medical Practitioners, Pharmacists and Dentists Union", true},
		{"Kenya National Union of Teachers", true},
		{"Uganda National Teachers' Union", true},
		{"Nurses' Association", true},
		{"Airline Pilots Federation", true},
		{"Union of Concerned Scientists", false},
		{"Kenya Medical Association", false},
		{"Kenya Bankers Association", false},
		{"Eurasian Economic Union", false},
		{"Teachers Service Commission", false},
	} {
		if got := unionName(strings.Fields(kb.Normalize(c.name))); got != c.want {
			t.Errorf("unionName(%q) = %v, want %v", c.name, got, c.want)
		}
	}
}

// A union the knowledge base lacks is labour, of the country its name or
// the dateline gives, and its president acts for it, not as a head of state.
func TestUnionsAndTheirHeads(t *testing.T) {
	s := newStage(t)
	text := "ABUJA (Newsgraph Wire) - The Nigeria Labour Congress and the Trade Union Congress called the strike on Monday. " +
		"Joe Ajaero, president of the Nigeria Labour Congress, said workers would stay home."
	art := article(text, "2024-10-12")
	art.Entities = nil
	for _, e := range []struct {
		name, typ string
		nth       int
	}{
		{"ABUJA", model.EntityGPE, 0},
		{"Nigeria Labour Congress", model.EntityOrg, 0},
		{"Union Congress", model.EntityOrg, 0},
		{"Joe Ajaero", model.EntityPerson, 0},
		{"Nigeria Labour Congress", model.EntityOrg, 1},
	} {
		off := strings.Index(text, e.name)
		if e.nth == 1 {
			off = strings.LastIndex(text, e.name)
		}
		art.Entities = append(art.Entities, entity(art, e.name, e.typ, off))
	}
	s.Resolve(art)
	want := map[string][2]string{
		"Nigeria Labour Congress": {"NGA", kb.SectorLabour},
		"Union Congress":          {"NGA", kb.SectorLabour},
		"Joe Ajaero":              {"NGA", kb.SectorLabour},
	}
	seen := map[string]bool{}
	for _, e := range art.Entities {
		w, ok := want[e.Text]
		if !ok {
			if e.Type == EntityRole && strings.HasPrefix(e.Text, "Trade") {
				t.Errorf("role %q read inside the union's name", e.Text)
			}
			continue
		}
		seen[e.Text] = true
		if e.Country != w[0] || e.Sector != w[1] {
			t.Errorf("%s: %s/%s, want %s/%s", e.Text, e.Country, e.Sector, w[0], w[1])
		}
	}
	if len(seen) != len(want) {
		t.Errorf("resolved %v, want all of %v", seen, want)
	}
}
