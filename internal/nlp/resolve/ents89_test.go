package resolve

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// orgByText returns the organisation or place mention written as text, or nil.
func orgByText(art *model.Article, text string) *model.Entity {
	for i, e := range art.Entities {
		if e.Text == text {
			return &art.Entities[i]
		}
	}
	return nil
}

// TestPossessiveChamber: a bare chamber name ("Congress", "Senate") after
// a country's possessive is that country's legislature, whatever the
// dateline; without the possessive it stays the home country's, and a
// US possessive keeps the United States chamber.
func TestPossessiveChamber(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		ents       [][2]string
		org, want  string
	}{
		{"congress abroad",
			"SEOUL (Wire) - Peru's Congress impeached Luis Ortega on Monday.",
			[][2]string{{"SEOUL", "GPE"}, {"Wire", "ORG"}, {"Peru", "GPE"}, {"Congress", "ORG"}, {"Luis Ortega", "PER"}}, "Congress", "PER.LEG"},
		{"senate abroad",
			"NAIROBI (Wire) - France's Senate rejected the pension bill on Tuesday.",
			[][2]string{{"NAIROBI", "GPE"}, {"Wire", "ORG"}, {"France", "GPE"}, {"Senate", "ORG"}}, "Senate", "FRA.LEG"},
		{"two-word country",
			"LIMA (Wire) - The Dominican Republic's Senate approved the treaty on Friday.",
			[][2]string{{"LIMA", "GPE"}, {"Wire", "ORG"}, {"Dominican Republic", "GPE"}, {"Senate", "ORG"}}, "Senate", "DOM.LEG"},
		// Near misses: no possessive keeps the dateline's chamber; a US
		// possessive keeps the US chamber.
		{"bare under dateline",
			"LIMA (Wire) - Congress impeached Luis Ortega on Monday, Peru's prosecutors said.",
			[][2]string{{"LIMA", "GPE"}, {"Wire", "ORG"}, {"Congress", "ORG"}, {"Luis Ortega", "PER"}, {"Peru", "GPE"}}, "Congress", "PER.LEG"},
		{"us possessive abroad",
			"SEOUL (Wire) - America's Senate confirmed the envoy on Monday.",
			[][2]string{{"SEOUL", "GPE"}, {"Wire", "ORG"}, {"America", "GPE"}, {"Senate", "ORG"}}, "Senate", "USA.LEG.SEN"},
	} {
		art := resolveTagged(t, s, c.text, "2025-06-10", c.ents)
		got := orgByText(art, c.org)
		if got == nil {
			t.Errorf("%s: no mention %q in %v", c.name, c.org, art.Entities)
			continue
		}
		if got.ActorID != c.want {
			t.Errorf("%s: %q -> %q, want %q", c.name, c.org, got.ActorID, c.want)
		}
	}
}

// TestCommaTownCountry: "<Town>, <country or region>" takes the town of
// that country even when the dateline or another mention names a country
// with a town of the same name; the spellings "Saint", "St" and "St." give
// one id. Without the comma country the dateline still decides.
func TestCommaTownCountry(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		ents       [][2]string
		town, want string
	}{
		{"saint under a french dateline",
			"PARIS (Wire) - The storm hit Saint Francois, Guadeloupe on Monday.",
			[][2]string{{"PARIS", "GPE"}, {"Wire", "ORG"}, {"Saint Francois", "GPE"}, {"Guadeloupe", "GPE"}}, "Saint Francois", "town:GLP:saint_francois"},
		{"st under a french dateline",
			"PARIS (Wire) - Residents of St François, Guadeloupe, fled on Monday.",
			[][2]string{{"PARIS", "GPE"}, {"Wire", "ORG"}, {"St François", "GPE"}, {"Guadeloupe", "GPE"}}, "St François", "town:GLP:saint_francois"},
		{"st. with france named",
			"France sent aid to St. Francois, Guadeloupe after the storm.",
			[][2]string{{"France", "GPE"}, {"St. Francois", "GPE"}, {"Guadeloupe", "GPE"}}, "St. Francois", "town:GLP:saint_francois"},
		// Near miss: no comma country, the dateline decides.
		{"dateline alone",
			"PARIS (Wire) - The flood reached Saint Francois on Monday.",
			[][2]string{{"PARIS", "GPE"}, {"Wire", "ORG"}, {"Saint Francois", "GPE"}}, "Saint Francois", "town:FRA:saint_francois"},
	} {
		art := resolveTagged(t, s, c.text, "2025-06-10", c.ents)
		got := orgByText(art, c.town)
		if got == nil {
			t.Errorf("%s: no mention %q in %v", c.name, c.town, art.Entities)
			continue
		}
		if got.ActorID != c.want {
			t.Errorf("%s: %q -> %q, want %q", c.name, c.town, got.ActorID, c.want)
		}
	}
}

// TestNGORegionalBranch: a known NGO's name followed by a world region
// ("Friends of the Earth Europe", "Amnesty International Africa") is its
// regional branch, an NGO with no country; a name that is no known NGO
// before the region keeps no sector.
func TestNGORegionalBranch(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text      string
		ents            [][2]string
		org, sector, cc string
	}{
		{"europe", "BRUSSELS (Wire) - Friends of the Earth Europe criticised the plan on Monday.",
			[][2]string{{"BRUSSELS", "GPE"}, {"Wire", "ORG"}, {"Friends of the Earth Europe", "ORG"}}, "Friends of the Earth Europe", "ngo", ""},
		{"africa", "Human Rights Watch Africa said on Tuesday that 40 people had been detained.",
			[][2]string{{"Human Rights Watch Africa", "ORG"}}, "Human Rights Watch Africa", "ngo", ""},
		{"two-word region", "Amnesty International Middle East urged the release of the activists.",
			[][2]string{{"Amnesty International Middle East", "ORG"}}, "Amnesty International Middle East", "ngo", ""},
		// Near miss: the name before the region is no NGO of the KB.
		{"unknown group", "Partners of the River Europe criticised the plan on Monday.",
			[][2]string{{"Partners of the River Europe", "ORG"}}, "Partners of the River Europe", "", ""},
	} {
		art := resolveTagged(t, s, c.text, "2025-06-10", c.ents)
		got := orgByText(art, c.org)
		if got == nil {
			t.Errorf("%s: no mention %q in %v", c.name, c.org, art.Entities)
			continue
		}
		if got.Sector != c.sector || got.Country != c.cc {
			t.Errorf("%s: %q -> %q country %q sector %q, want country %q sector %q", c.name, c.org, got.ActorID, got.Country, got.Sector, c.cc, c.sector)
		}
	}
}

// TestTradeDescription: a definite description by a company's trade
// ("the drugmaker", "the carmaker", "the bank") does not refer back to a
// company known to ply another trade; a company of that trade, or one
// whose trade is not known, is still its antecedent.
func TestTradeDescription(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		ents       [][2]string
		role, want string
		notWant    string
	}{
		{"drugmaker after a carmaker",
			"PARIS (Wire) - Renault said on Monday it would cut jobs. The French drugmaker said sales rose.",
			[][2]string{{"PARIS", "GPE"}, {"Wire", "ORG"}, {"Renault", "ORG"}, {"French", "NORP"}}, "drugmaker", "", "FRA.BUS.RENAULT"},
		{"carmaker after a bank",
			"FRANKFURT (Wire) - Deutsche Bank said on Monday it would cut jobs. The carmaker said sales rose.",
			[][2]string{{"FRANKFURT", "GPE"}, {"Wire", "ORG"}, {"Deutsche Bank", "ORG"}}, "carmaker", "", "DEU.BUS.DEUTSCHEBANK"},
		{"airline after a named drugmaker",
			"NAIROBI (Wire) - Atlas Pharmaceuticals said on Monday it would cut jobs. The airline said fares would rise.",
			[][2]string{{"NAIROBI", "GPE"}, {"Wire", "ORG"}, {"Atlas Pharmaceuticals", "ORG"}}, "airline", "", "doc:org:atlas_pharmaceuticals"},
		// Near misses: the same trade, and a company of unknown trade.
		{"drugmaker after a drugmaker",
			"PARIS (Wire) - Sanofi said on Monday it would cut jobs. The French drugmaker said sales rose.",
			[][2]string{{"PARIS", "GPE"}, {"Wire", "ORG"}, {"Sanofi", "ORG"}, {"French", "NORP"}}, "drugmaker", "FRA.BUS.SANOFI", ""},
		{"carmaker after a company of unknown trade",
			"FRANKFURT (Wire) - Siemens said on Monday it would cut jobs. The carmaker said sales rose.",
			[][2]string{{"FRANKFURT", "GPE"}, {"Wire", "ORG"}, {"Siemens", "ORG"}}, "carmaker", "DEU.BUS.SIEMENS", ""},
	} {
		art := resolveTagged(t, s, c.text, "2025-06-10", c.ents)
		got := orgByText(art, c.role)
		id := ""
		if got != nil {
			id = got.ActorID
		}
		if c.want != "" && id != c.want || c.notWant != "" && id == c.notWant {
			t.Errorf("%s: %q -> %q, want %q (not %q)", c.name, c.role, id, c.want, c.notWant)
		}
	}
}

// TestUnlistedCompanyCue: a company the knowledge base lacks, named with
// a company's cue (a product maker or a word for a firm before it, "shares
// of" before it, "shares" after it), gets a document id and the business
// sector; a one-word name with no cue and no other evidence gets neither.
func TestUnlistedCompanyCue(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		ents       [][2]string
		org        string
		id, sector string
	}{
		{"toymaker", "Shares of toymaker Korvana fell 4% on Tuesday after it cut its forecast.",
			[][2]string{{"Korvana", "ORG"}}, "Korvana", "doc:org:korvana", "business"},
		{"shares of", "Shares of Korvana fell 4% on Tuesday after the forecast was cut.",
			[][2]string{{"Korvana", "ORG"}}, "Korvana", "doc:org:korvana", "business"},
		{"shares after", "Korvana shares fell 4% on Tuesday after the forecast was cut.",
			[][2]string{{"Korvana", "ORG"}}, "Korvana", "doc:org:korvana", "business"},
		{"two words with a maker", "Regulators approved a pill from drugmaker Selva Biologics on Tuesday.",
			[][2]string{{"Selva Biologics", "ORG"}}, "Selva Biologics", "doc:org:selva_biologics", "business"},
		{"insurer before", "A unit of insurer Korvana was fined on Tuesday.",
			[][2]string{{"Korvana", "ORG"}}, "Korvana", "doc:org:korvana", "business"},
		// Near misses: no cue leaves a one-word name without an id; a
		// named body with no company cue gets no business sector.
		{"no cue", "Talks with Korvana stalled on Tuesday, people close to them told reporters.",
			[][2]string{{"Korvana", "ORG"}}, "Korvana", "", ""},
		{"body without cue", "The Selva Basin Authority met on Tuesday.",
			[][2]string{{"Selva Basin Authority", "ORG"}}, "Selva Basin Authority", "doc:org:selva_basin_authority", ""},
	} {
		art := resolveTagged(t, s, c.text, "2025-06-10", c.ents)
		got := orgByText(art, c.org)
		if got == nil {
			t.Errorf("%s: no mention %q in %v", c.name, c.org, art.Entities)
			continue
		}
		if got.ActorID != c.id || got.Sector != c.sector {
			t.Errorf("%s: %q -> %q sector %q, want %q sector %q", c.name, c.org, got.ActorID, got.Sector, c.id, c.sector)
		}
	}
}

// TestAcquirerCompany: a one-word name the tagger calls a person that
// takes over a company ("would buy it", "agreed to acquire <Org>") is an
// unlisted company with the business sector; a known given or family
// name, or a person the article names in full, stays a person.
func TestAcquirerCompany(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text  string
		ents        [][2]string
		mention     string
		typ, sector string
	}{
		{"would buy it", "Sage Therapeutics said Korvana would buy it for $500 million.",
			[][2]string{{"Sage Therapeutics", "ORG"}, {"Korvana", "PER"}}, "Korvana", "ORG", "business"},
		{"agreed to acquire an org", "Regulators said Korvana agreed to acquire Selva Biologics last year.",
			[][2]string{{"Korvana", "PER"}, {"Selva Biologics", "ORG"}}, "Korvana", "ORG", "business"},
		// Near misses: a person named in full before; a name that buys a
		// thing, not a company.
		{"person named before", "Ruth Korvana bid for the club on Monday. Sage Therapeutics said Korvana would buy it.",
			[][2]string{{"Ruth Korvana", "PER"}, {"Sage Therapeutics", "ORG"}, {"Korvana", "PER"}}, "Korvana", "PER", ""},
		{"buys a house", "Neighbours said Korvana would buy a house in the village.",
			[][2]string{{"Korvana", "PER"}}, "Korvana", "PER", ""},
	} {
		art := resolveTagged(t, s, c.text, "2025-06-10", c.ents)
		var got *model.Entity
		for i, e := range art.Entities {
			if e.Text == c.mention {
				got = &art.Entities[i]
			}
		}
		if got == nil {
			t.Errorf("%s: no mention %q in %v", c.name, c.mention, art.Entities)
			continue
		}
		if string(got.Type) != c.typ || got.Sector != c.sector {
			t.Errorf("%s: %q -> %s %q sector %q, want %s sector %q", c.name, c.mention, got.Type, got.ActorID, got.Sector, c.typ, c.sector)
		}
	}
}

// TestCompanyNameEnd: an unlisted organisation whose name ends like a
// company's ("Therapeutics", "Airways", "Inc.") is of the business
// sector; one ending in a word other bodies share ("Bank", "Group") gets
// no sector from its name.
func TestCompanyNameEnd(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text, org, sector string
	}{
		{"therapeutics", "Selva Therapeutics said on Monday its trial had failed.", "Selva Therapeutics", "business"},
		{"airways", "Korvana Airways cancelled 40 flights on Monday.", "Korvana Airways", "business"},
		{"inc", "Orbis Broadband Inc. said on Monday it had cut prices.", "Orbis Broadband Inc.", "business"},
		// Near misses.
		{"bank", "The Selva Development Bank said on Monday it would lend more.", "Selva Development Bank", ""},
		{"group", "The Korvana Contact Group met on Monday.", "Korvana Contact Group", ""},
	} {
		art := resolveTagged(t, s, c.text, "2025-06-10", [][2]string{{c.org, "ORG"}})
		got := orgByText(art, c.org)
		if got == nil {
			t.Errorf("%s: no mention %q in %v", c.name, c.org, art.Entities)
			continue
		}
		if got.Sector != c.sector {
			t.Errorf("%s: %q -> %q sector %q, want sector %q", c.name, c.org, got.ActorID, got.Sector, c.sector)
		}
	}
}
