package resolve

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestEnts74NationalArms: "<acronym> <Country>" names a company's national
// subsidiary, an organisation of that country, a business when the
// acronym is a company of the knowledge base; an acronym of another kind
// of actor (an international body's country office) is not read so.
func TestEnts74NationalArms(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text, mention string
		ents                []ent
		id, country, sector string
	}{
		{"a known company's national arm",
			"LAGOS, June 12 (Reuters) - The regulator ordered MTN Nigeria to disconnect unregistered lines.", "MTN Nigeria",
			[]ent{{"LAGOS", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"MTN Nigeria", model.EntityOrg}},
			"doc:org:mtn_nigeria", "NGA", "business"},
		{"an unknown acronym before a country",
			"NAIROBI, June 12 (Reuters) - KTL Kenya said it would cut prices on Monday.", "KTL Kenya",
			[]ent{{"NAIROBI", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"KTL Kenya", model.EntityOrg}},
			"doc:org:ktl_kenya", "KEN", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveInOrder(t, s, c.text, "2025-06-12", c.ents)
			found := 0
			for _, e := range art.Entities {
				if e.Text != c.mention {
					continue
				}
				found++
				if e.ActorID != c.id || e.Country != c.country || e.Sector != c.sector {
					t.Errorf("%s -> %q country %q sector %q, want %q %q %q", e.Text, e.ActorID, e.Country, e.Sector, c.id, c.country, c.sector)
				}
			}
			if found == 0 {
				t.Fatalf("%s not among the entities: %+v", c.mention, art.Entities)
			}
		})
	}
}

func TestAcronymName(t *testing.T) {
	for _, c := range []struct {
		w    string
		want bool
	}{
		{"MTN", true}, {"AT&T", true}, {"M", false}, {"Mtn", false}, {"NIGERIA", false}, {"3G", false},
	} {
		if got := acronymName(c.w); got != c.want {
			t.Errorf("acronymName(%q) = %v, want %v", c.w, got, c.want)
		}
	}
}
