package resolve

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/shared"
)

// checkAcceptance asserts the resolution the issue asks for on an article
// about the 2021 Xi-Kim letters (the shared example, or our own fixture).
func checkAcceptance(t *testing.T, art *model.Article, want map[string]string) {
	t.Helper()
	for word, id := range want {
		ms := mentions(art, word)
		if len(ms) == 0 {
			t.Errorf("no mention of %q found", word)
			continue
		}
		for _, e := range ms {
			if e.ActorID != id {
				t.Errorf("%q (%s at %d) -> %q, want %q", e.Text, e.Type, e.Start, e.ActorID, id)
			}
		}
	}
	k, _ := kb.Load()
	for _, e := range art.Entities {
		if e.ActorID == "" {
			continue
		}
		a, known := k.Actor(e.ActorID)
		isPerson := strings.HasPrefix(e.ActorID, "doc:person:") || known && a.Type == kb.TypePerson
		if isPerson && (e.Type == model.EntityGPE || e.Type == model.EntityLoc) {
			t.Errorf("person %s tagged as place %s (%q)", e.ActorID, e.Type, e.Text)
		}
	}
}

func TestSharedExample(t *testing.T) {
	art := article(shared.Example(t), "2021-07-30")
	s := newStage(t)
	standInEntities(t, s.kb, art)
	s.Resolve(art)
	checkAcceptance(t, art, map[string]string{
		"Xi": "person:xi_jinping", "Kim": "person:kim_jong_un", "Moon": "person:moon_jae_in",
		"Trump": "person:donald_trump", "Biden": "person:joe_biden", "Sherman": "person:wendy_sherman",
		"KPA": "PRK.MIL", "WPK": "PRK.PTY.WPK", "USFK": "USA.MIL.USFK",
		"PRC": "CHN", "DPRK": "PRK", "Henan": "place:CHN-HA",
	})
	byText := map[string]map[string]bool{}
	for _, e := range art.Entities {
		key := cleanName(e.Text)
		if byText[key] == nil {
			byText[key] = map[string]bool{}
		}
		byText[key][e.ActorID+"/"+e.Country+"/"+e.Sector] = true
	}
	expect := map[string]string{
		"Korean Central News Agency": "PRK.MED.KCNA/PRK/media",
		"Korean People's Army":       "PRK.MIL/PRK/military",
		"Workers' Party of Korea":    "PRK.PTY.WPK/PRK/party",
		"U.S. Forces Korea":          "USA.MIL.USFK/USA/military",
		"State Department":           "USA.GOV.STATE/USA/government",
		"China":                      "CHN/CHN/",
		"North Korea":                "PRK/PRK/",
		"South Korea":                "KOR/KOR/",
		"United States":              "USA/USA/",
		"U.S.":                       "USA/USA/",
		"Washington":                 "USA/USA/government",
		"Seoul":                      "KOR/KOR/government",
		"Blue House":                 "KOR.GOV.BH/KOR/government",
	}
	for text, want := range expect {
		got := byText[text]
		if len(got) == 0 {
			t.Errorf("%q not found as an entity", text)
			continue
		}
		if !got[want] || len(got) != 1 {
			t.Errorf("%q -> %v, want only %s", text, keys(got), want)
		}
	}
	// Role mentions: "The Chinese leader" is Xi; "his North Korean
	// counterpart" is Kim; "the U.S. command" is U.S. Forces Korea, named as
	// USFK earlier in its sentence; "a State
	// Department spokesperson" speaks for the State Department.
	roles := map[string]string{}
	for _, e := range art.Entities {
		if e.Type == model.EntityRole {
			roles[art.Text[max(0, e.Start-20):e.End]] = e.ActorID + "/" + e.Country + "/" + e.Sector
		}
	}
	for ctx, want := range map[string]string{
		"leader":       "person:xi_jinping/CHN/government",
		"counterpart":  "person:kim_jong_un/PRK/government",
		"command":      "USA.MIL.USFK/USA/military",
		"spokesperson": "USA.GOV.STATE/USA/government",
	} {
		found := false
		for c, got := range roles {
			if strings.HasSuffix(c, ctx) && got == want {
				found = true
			}
		}
		if !found {
			t.Errorf("no role mention %q -> %s; roles: %v", ctx, want, roles)
		}
	}
	if testing.Verbose() {
		for _, e := range art.Entities {
			t.Logf("%-5s %-40q %-24s %s %s", e.Type, e.Text, e.ActorID, e.Country, e.Sector)
		}
		for _, a := range art.Actors {
			t.Logf("actor %-24s %-30s %-12s %s %s x%d", a.ID, a.Name, a.Type, a.Country, a.Sector, a.Mentions)
		}
	}
}

func keys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}
