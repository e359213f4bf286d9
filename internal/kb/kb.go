// Package kb is newsgraph's actor knowledge base: countries and territories,
// their capitals, demonyms and first-level regions, international
// organisations, government bodies, armed forces, parties and state media,
// office holders with their dates in office, and role words mapped to PLOVER
// sectors. The facts live as readable TSV files under data/ (sources in
// data/README.md); they are embedded in the binary and parsed once by Load.
//
// A *KB is read-only after Load and safe for concurrent use. Every name is
// indexed under Normalize(name), so "U.S.", "US" and "the United States"
// find the same actor.
package kb

import (
	"cmp"
	"embed"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode/utf8"
)

// Actor types.
const (
	TypeCountry      = "country"
	TypePerson       = "person"
	TypeOrganisation = "organisation"
	TypePlace        = "place"
	TypeRole         = "role"
)

// PLOVER sectors used in the data. A role word may map to any of them.
const (
	SectorGovernment  = "government"
	SectorMilitary    = "military"
	SectorPolice      = "police"
	SectorRebel       = "rebel"
	SectorOpposition  = "opposition"
	SectorParty       = "party"
	SectorMedia       = "media"
	SectorBusiness    = "business"
	SectorCivilian    = "civilian"
	SectorProtester   = "protester"
	SectorJudiciary   = "judiciary"
	SectorLegislature = "legislature"
	SectorIGO         = "igo"
	SectorNGO         = "ngo"
	// Sectors of society that CAMEO codes apart from civilians (CAMEO
	// manual, actor types; the Phoenix agents dictionary of PETRARCH-2):
	// trade unions and workers (LAB), refugees and displaced people (REF),
	// clergy and religious bodies (REL), students, teachers and
	// universities (EDU), doctors, nurses and hospitals (HLH), farmers and
	// herders (AGR), environmentalists (ENV).
	SectorLabour      = "labour"
	SectorRefugee     = "refugee"
	SectorReligion    = "religion"
	SectorEducation   = "education"
	SectorHealth      = "health"
	SectorAgriculture = "agriculture"
	SectorEnvironment = "environment"
	// SectorCriminal is CAMEO's CRM: gangs, cartels, traffickers,
	// smugglers and pirates, whom police arrest as criminals; their
	// leaders lead no government and their members fight for no cause.
	SectorCriminal = "criminal"
	// SectorSports is no PLOVER sector: it marks national sports teams,
	// which carry their country's code but act for no state ("Sweden beat
	// South Korea 1-0"), so that events are not coded between states.
	SectorSports = "sports"
)

// Actor is one entry of the knowledge base.
type Actor struct {
	ID      string // stable: "PRK", "PRK.MIL", "person:xi_jinping", "place:CHN-HA"
	Name    string // canonical display name
	Type    string // country, person, organisation, place, role
	Country string // ISO 3166 alpha-3, or an IGO code such as UNO, NATO, EUR
	Sector  string // PLOVER sector; empty for countries and places
	Aliases []string
	From    time.Time // validity; zero = open
	To      time.Time // exclusive end; zero = open
	QID     string    // Wikidata id where known
	Parent  string    // id of the containing actor: a province's country, a ministry's government
	Capital bool      // a capital city (used for metonymy: "Pyongyang said")
	// Population of a city from data/cities.tsv; 0 for other actors.
	Population int
}

// ValidAt reports whether the actor exists at t. A zero t matches everything.
func (a *Actor) ValidAt(t time.Time) bool {
	if t.IsZero() {
		return true
	}
	if !a.From.IsZero() && t.Before(a.From) {
		return false
	}
	if !a.To.IsZero() && !t.Before(a.To) {
		return false
	}
	return true
}

// Term is one period in office: a person holding one or more offices of a
// country between From (inclusive) and To (exclusive; zero = still in office).
type Term struct {
	Person  string   // actor id
	Country string   // alpha-3
	Offices []string // "president", "leader", "prime_minister", "foreign_minister", ...
	From    time.Time
	To      time.Time
}

// RoleInfo is what a role word says about the one who holds it.
type RoleInfo struct {
	Sector string // PLOVER sector ("spokesperson" -> government)
	Office string // office key for Holder ("premier" -> prime_minister); empty for generic roles
	Group  bool   // names a group ("troops", "officials") rather than one person
}

// GazEntry is one name for the NER tagger's gazetteer features.
type GazEntry struct {
	Name string // as written in the data ("U.S.", "North Korean")
	Type string // coarse NER type: PER, ORG, GPE, LOC or NORP
}

// KB is the loaded knowledge base. It is read-only and safe for concurrent use.
type KB struct {
	actors   []Actor
	byID     map[string]int
	byAlias  map[string][]int  // Normalize(alias) -> actor indexes, most salient first
	demonyms map[string]string // Normalize(demonym) -> country code
	// countryDemonyms are each country's nationality words (normalised,
	// singular), in the order loaded: the reverse of demonyms.
	countryDemonyms map[string][]string
	roles           map[string]RoleInfo
	terms           map[string][]Term // country -> terms
	personTerms     map[string][]Term // person id -> terms
	// termSectors holds the persons whose data sector leaders.tsv gave
	// them from their offices (no actors.tsv row): a sector they have
	// from their first term on, not before it (SectorAt).
	termSectors map[string]bool
	surnames    map[string][]int // Normalize(family name) -> person indexes
	gaz         []GazEntry
	maxRole     int             // longest role phrase, in words
	roleHead    map[string]bool // first words of role phrases (and their plurals)
	// needsContext: Normalize(name) -> actors that the name stands for only
	// when the context says so (data/context_names.tsv); they sort last.
	needsContext map[string]map[int]bool
	cities       map[string]int // Normalize(city name) -> actor index (data/cities.tsv)
	// divisionKinds: country -> the normalised word its first-level
	// regions go by (every row of data/region_kinds.tsv, shown or not).
	divisionKinds map[string]string
	// sharedCities: a name a city of cities.tsv bears that another city
	// is also called in the news (city_aliases.tsv, why "shared name":
	// "Kochi", Japan's city and India's Cochin) -> those others' indices.
	sharedCities map[string][]int
	// regionCities: a U.S. city's name -> the largest places of that
	// name in the other states (cities.tsv ids "city:USA:portland_me"),
	// which only a state named with them picks (CityInRegion); and a
	// name no city has alone -> each country's largest place of it
	// (cities.tsv rows marked qualified, "city:CAN:richmond"), which
	// only its state or country picks (CityInRegion, QualifiedCities).
	regionCities map[string][]int
	// townList holds the towns of data/towns.tsv, apart from actors so that
	// nothing that walks every actor meets 26,000 small places; towns:
	// Normalize(name or alias) -> indexes into townList, most populous
	// first; townByID: id -> index.
	// All four are filled by loadTowns on first use (townsOnce).
	townList  []Actor
	towns     map[string][]int
	townByID  map[string]int
	townSlab  []int // backing array of the one-town lists of towns
	townsOnce sync.Once
	// coords: actor id -> its point (data/coords.tsv), filled by
	// loadCoords on first use (coordsOnce): only exports need it.
	coords     map[string]Coords
	coordsOnce sync.Once
	// fips: country code -> its FIPS 10-4 code (data/fips.tsv), filled by
	// loadFIPS on first use (fipsOnce): only the GDELT export needs it.
	fips     map[string]string
	fipsOnce sync.Once
	// familyOnce fills families, the count of known persons of each
	// family name, on first use (see LoneSurname).
	familyOnce sync.Once
	families   map[string]int
	givenSex   map[string]string // lower-case given name -> GenderFemale or GenderMale (data/given_names.tsv)
	regions    map[string]string // Normalize(regional group word) -> CAMEO region code, "" for none (data/groups.tsv)
	// groupHomes: Normalize(ethnic or religious group word) -> the
	// countries the group lives in, for its armed men and refugees
	// (data/groups.tsv).
	groupHomes map[string][]string
	// evidence: Normalize(word) -> the actor a one-word name stands for only
	// when the text shows it is that actor ("Ford": the carmaker, with
	// company evidence); no alias, so Lookup never returns it.
	evidence map[string]int
	// capitalOf: country code -> its (first listed) capital's actor index.
	capitalOf map[string]int
	// byISO2: ISO 3166 alpha-2 code ("CH") -> the country's alpha-3 code.
	byISO2 map[string]string
	// died: person id -> date of death (data/deaths.tsv).
	died map[string]time.Time
	// dated: Normalize(name) -> the periods in which the name stood for
	// an actor first (data/dated_names.tsv).
	dated map[string][]datedName
	// cues: Normalize(name) -> the actors sharing the name with the words
	// that say which is meant, the default first (data/name_cues.tsv).
	cues map[string][]NameCues
	// foreign: article language -> Normalize(name) -> actor index, the
	// countries' and capitals' names of data/country_names_intl.tsv and
	// data/capitals_intl.tsv (ForeignName).
	foreign map[string]map[string]int
	// seatOf: actor id -> the actor index of the place it sits in
	// (data/seats.tsv); bareSeats: seatKey of the places where "the court
	// in <place>" with no court named is an international court's.
	seatOf    map[string]int
	bareSeats map[string]bool
	// trades: company id -> its main trade ("car", "drug", "bank"),
	// data/company_trades.tsv.
	trades map[string]string
}

// CompanyTrade returns the main and lasting trade of the company of that
// id ("car" for Renault, "drug" for Sanofi: data/company_trades.tsv), ""
// for a company the file does not list.
func (k *KB) CompanyTrade(id string) string { return k.trades[id] }

// SeatOf returns the place an international organisation or court sits in
// (data/seats.tsv: the International Tribunal for the Law of the Sea's
// Hamburg), false for an actor the file does not list.
func (k *KB) SeatOf(id string) (*Actor, bool) {
	i, ok := k.seatOf[id]
	if !ok {
		return nil, false
	}
	return &k.actors[i], true
}

// SeatNamed reports whether name (as written: "The Hague", "Hamburg")
// names the place the actor of that id sits in, in country (empty: any).
func (k *KB) SeatNamed(id, name, country string) bool {
	p, ok := k.SeatOf(id)
	if !ok || country != "" && p.Country != country {
		return false
	}
	return seatKey(p.Name) == seatKey(name)
}

// InternationalCourtSeat reports whether name (as written) names a place
// where, in wire usage, "the court in <place>" with no court named before
// is an international court, not the host state's (The Hague, Strasbourg,
// Arusha: data/seats.tsv, column bare).
func (k *KB) InternationalCourtSeat(name string) bool { return k.bareSeats[seatKey(name)] }

// seatKey folds a place's name for comparing seats: Normalize without a
// leading article ("The Hague" and "Hague" are one place).
func seatKey(name string) string { return strings.TrimPrefix(Normalize(name), "the ") }

// datedName is one period in which a name stood for an actor.
type datedName struct {
	actor    int
	From, To time.Time // To exclusive; a zero bound is open
}

func (n datedName) covers(t time.Time) bool {
	return !t.IsZero() && (n.From.IsZero() || !t.Before(n.From)) && (n.To.IsZero() || t.Before(n.To))
}

// NameCues are the words (matched as written, capitals included) whose
// presence in an article says that a name several actors share means
// Actor: "Kinshasa" or "Goma" for the Democratic Republic of the Congo.
type NameCues struct {
	Actor string
	Cues  []string
}

// DatedActor returns the actor a name (a Normalize key) stood for at t by
// data/dated_names.tsv: "Congo" in a text of 1985 is the Republic of the
// Congo, its neighbour being Zaire then. False when no period of the name
// covers t (or t is zero).
func (k *KB) DatedActor(key string, t time.Time) (*Actor, bool) {
	for _, n := range k.dated[key] {
		if n.covers(t) {
			return &k.actors[n.actor], true
		}
	}
	return nil, false
}

// FormerActor returns the state a name (a Normalize key) stood for in the
// last of its dated periods that ended by t: "the former Zaire" in a text
// of 2005 is the Democratic Republic of the Congo, though "Zaire" alone
// then names an Angolan province. Only countries count (a former name of
// a province is no "former" state); false when none ended by t.
func (k *KB) FormerActor(key string, t time.Time) (*Actor, bool) {
	var best *datedName
	for n := range k.dated[key] {
		d := &k.dated[key][n]
		if d.To.IsZero() || t.IsZero() || t.Before(d.To) || k.actors[d.actor].Type != TypeCountry {
			continue
		}
		if best == nil || d.To.After(best.To) {
			best = d
		}
	}
	if best == nil {
		return nil, false
	}
	return &k.actors[best.actor], true
}

// Cues returns the actors a shared name (a Normalize key) may mean with the
// words that say which, the one meant when the words do not decide first;
// nil for a name with no cues. The result must not be modified.
func (k *KB) Cues(key string) []NameCues { return k.cues[key] }

//go:embed data/*.tsv
var dataFS embed.FS

var (
	loadOnce sync.Once
	loaded   *KB
	loadErr  error
)

// Load parses the embedded data once and returns the shared knowledge base.
// Later calls return the same *KB.
func Load() (*KB, error) {
	loadOnce.Do(func() { loaded, loadErr = build() })
	return loaded, loadErr
}

// City returns the city of that normalized name (GeoNames cities of 100,000
// or more inhabitants whose name is not shared by another city of similar
// size), for a mention already known to be a place.
func (k *KB) City(key string) (*Actor, bool) {
	i, ok := k.cities[key]
	if !ok {
		return nil, false
	}
	return &k.actors[i], true
}

// CitiesNamed returns every city of that normalized name: City's and the
// cities a curated alias shares it with (city_aliases.tsv, "shared name":
// Kochi is a city of Japan and India's Cochin), most populous first. The
// caller picks among several by the article's countries.
func (k *KB) CitiesNamed(key string) []*Actor {
	var out []*Actor
	if a, ok := k.City(key); ok {
		out = append(out, a)
	}
	for _, i := range k.sharedCities[key] {
		out = append(out, &k.actors[i])
	}
	slices.SortStableFunc(out, func(a, b *Actor) int { return cmp.Compare(b.Population, a.Population) })
	return out
}

// CityInRegion returns the city of that normalized name in the first-level
// region with the given id ("place:USA-ME"): City's, a curated city's that
// shares the name (CitiesNamed) or the place of that name the data keeps
// for that region only ("Portland" of Maine, whose name alone is Oregon's
// city).
func (k *KB) CityInRegion(key, region string) (*Actor, bool) {
	for _, a := range k.CitiesNamed(key) {
		if a.Parent == region {
			return a, true
		}
	}
	for _, i := range k.regionCities[key] {
		if k.actors[i].Parent == region {
			return &k.actors[i], true
		}
	}
	return nil, false
}

// QualifiedCities returns the places of that normalized name that the
// name alone does not stand for, as cities of similar size in several
// countries share it (cities.tsv rows marked qualified: Virginia's and
// British Columbia's "Richmond"), most populous first; the resolver takes
// one only when the article names its country.
func (k *KB) QualifiedCities(key string) []*Actor {
	if _, bare := k.cities[key]; bare {
		return nil // "Portland" of Maine: the name alone is Oregon's city
	}
	var out []*Actor
	for _, i := range k.regionCities[key] {
		out = append(out, &k.actors[i])
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Population > out[j].Population })
	return out
}

// Towns returns the towns of that normalized name (GeoNames places of
// 10,000 to 99,999 inhabitants, data/towns.tsv, whose name no city of
// City has), most populous first; one name may be towns of several
// countries. Many small towns share a name with a word or a person
// ("Hope", "Mission"), so a caller takes one only for a mention already
// known to be a place and with more evidence: its country named nearby.
func (k *KB) Towns(key string) []*Actor {
	k.loadTowns()
	is := k.towns[key]
	if len(is) == 0 {
		return nil
	}
	out := make([]*Actor, len(is))
	for n, i := range is {
		out[n] = &k.townList[i]
	}
	return out
}

// Actor returns the actor with the given id (a town's too).
func (k *KB) Actor(id string) (*Actor, bool) {
	i, ok := k.byID[id]
	if !ok {
		if !strings.HasPrefix(id, "town:") {
			return nil, false
		}
		k.loadTowns()
		if j, town := k.townByID[id]; town {
			return &k.townList[j], true
		}
		return nil, false
	}
	return &k.actors[i], true
}

// Actors returns every actor, in load order. The slice must not be modified.
func (k *KB) Actors() []Actor { return k.actors }

// OneWordCityWords returns the cities' one-word names and aliases,
// normalised (Normalize) and each once: the words whose company in the
// word clusters tells a city's name from an English word
// (clusters.NewPlaceWords).
func (k *KB) OneWordCityWords() []string {
	if k == nil {
		return nil
	}
	var out []string
	seen := map[string]bool{}
	for _, a := range k.actors {
		if !strings.HasPrefix(a.ID, "city:") {
			continue
		}
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			w := Normalize(n)
			if w == "" || strings.Contains(w, " ") || seen[w] {
				continue
			}
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}

// Lookup returns the actors one of whose names normalises like name and that
// are valid at t (zero t: no date filter); a name that names no actor valid
// at t but a state or armed group that ended before t returns that one. Countries come before
// organisations, persons and places, except that the actor a dated name
// stood for at t (data/dated_names.tsv) comes first; the result must not be
// modified.
func (k *KB) Lookup(name string, t time.Time) []*Actor {
	return k.LookupNorm(Normalize(name), t)
}

// LookupNorm is Lookup for a key already passed through Normalize.
func (k *KB) LookupNorm(key string, t time.Time) []*Actor {
	idx := k.byAlias[key]
	if len(idx) == 0 {
		return nil
	}
	out := make([]*Actor, 0, len(idx))
	for _, i := range idx {
		if a := &k.actors[i]; a.ValidAt(t) {
			out = append(out, a)
		}
	}
	// A name the data dates ("Congo" while the DRC was Zaire) stands
	// first for what it named then.
	if d, ok := k.DatedActor(key, t); ok {
		for n, a := range out {
			if a == d {
				copy(out[1:n+1], out[:n])
				out[0] = d
				break
			}
		}
	}
	if len(out) == 0 && !t.IsZero() {
		// A state that has ceased to exist keeps its name: "the Soviet
		// Union" in a text of 2020 is the USSR of history. A body that
		// moved or was renamed does not: the "Blue House" of 2023 is no
		// seat of government. An armed group that ended keeps its name as
		// a state does: "al-Nusra Front" in a text of 2025 is the Nusra
		// Front of history (or what its foes still call by that name), a
		// rebel group of its country, not a name of no one.
		for _, i := range idx {
			if a := &k.actors[i]; (a.Type == TypeCountry || a.Type == TypeOrganisation && a.Sector == SectorRebel) && !a.To.IsZero() && !t.Before(a.To) {
				out = append(out, a)
			}
		}
	}
	return out
}

// HasAlias reports whether any actor is known under the normalised key,
// whatever its dates.
func (k *KB) HasAlias(key string) bool { return len(k.byAlias[key]) > 0 }

// Demonym returns the country of a nationality word or phrase ("Chinese",
// "North Korean", "Americans").
func (k *KB) Demonym(word string) (string, bool) {
	return k.DemonymNorm(Normalize(word))
}

// DemonymNorm is Demonym for a key already passed through Normalize.
func (k *KB) DemonymNorm(key string) (string, bool) {
	c, ok := k.demonyms[key]
	return c, ok
}

// DemonymsOf returns the normalised nationality words that mean country
// ("chinese" for CHN, "north korean" for PRK), singular forms only, so
// that a body named by nationality ("Chinese Foreign Ministry") can be
// found from the country a capital or a possessive gave ("Beijing's
// foreign ministry"). A word another country took over (override) is left
// out.
func (k *KB) DemonymsOf(country string) []string {
	var out []string
	for _, d := range k.countryDemonyms[country] {
		if k.demonyms[d] == country {
			out = append(out, d)
		}
	}
	return out
}

// Role returns the sector (and office, if any) a role word or phrase implies:
// Role("spokesperson") -> government, Role("troops") -> military.
// Plurals of listed words are accepted.
func (k *KB) Role(word string) (RoleInfo, bool) {
	return k.RoleNorm(Normalize(word))
}

// RoleNorm is Role for a key already passed through Normalize.
// EvidenceName returns the actor a one-word name (a Normalize key) stands
// for only when the text gives evidence of it: "Ford" is the carmaker in
// "carmaker Ford" or "GM sued Ford", a person elsewhere. What counts as
// evidence is the caller's; Lookup never returns such an actor by that name.
func (k *KB) EvidenceName(key string) (*Actor, bool) {
	i, ok := k.evidence[key]
	if !ok {
		return nil, false
	}
	return &k.actors[i], true
}

// RegionCode returns the CAMEO region code of a word for a regional group
// ("European": "EUR", "Latin American": "LAM"), given as a Normalize key.
func (k *KB) RegionCode(key string) (string, bool) {
	c := k.regions[key]
	return c, c != ""
}

// GroupHomes returns the countries an ethnic or religious group lives in
// ("Rohingya": MMR; "Kurdish": TUR, IRQ, SYR, IRN), given a Normalize key
// of one of its words (data/groups.tsv), nil for a group with none listed.
func (k *KB) GroupHomes(key string) []string { return k.groupHomes[key] }

// RegionalWord says whether a Normalize key is a word for a regional group
// (data/groups.tsv), with a CAMEO region code or none ("South American"):
// a word that names no one state, whatever country a word inside it
// ("American") names alone.
func (k *KB) RegionalWord(key string) bool {
	_, ok := k.regions[key]
	return ok
}

func (k *KB) RoleNorm(key string) (RoleInfo, bool) {
	if r, ok := k.roles[key]; ok {
		return r, true
	}
	if s, ok := singular(key); ok {
		if r, ok := k.roles[s]; ok {
			r.Group = true
			return r, true
		}
	}
	// "heads of state", "heads of government": a role phrase with an "of"
	// tail takes its plural on the head before it.
	if head, tail, ok := strings.Cut(key, " of "); ok {
		if s, ok := singular(head); ok {
			if r, ok := k.roles[s+" of "+tail]; ok {
				r.Group = true
				return r, true
			}
		}
	}
	return RoleInfo{}, false
}

// RoleModifies reports whether a role word right before the lower-case,
// normalised word w only modifies it and names no people: "military
// spending", "government bonds", "police budget", "military aid" are about
// money or things of the military, the government or the police, not those
// actors. The list is closed: words for holdings, resources and policies.
func RoleModifies(w string) bool { return roleModified[w] }

var roleModified = map[string]bool{}

// NameHead reports whether the role word w (normalised) is an institution
// that heads many proper names ("Durham University", "University of
// Malaysia", "Calvary Church", "St Thomas' Hospital"): written with a
// capital it is a word of a name the tagger did not take whole, not a
// role; "the university", "a hospital in Gaza" are roles.
func NameHead(w string) bool { return nameHeads[w] }

var nameHeads = map[string]bool{"university": true, "universities": true, "church": true, "churches": true,
	"hospital": true, "hospitals": true, "charity": true, "charities": true}

// CompanyWord reports whether the lower-case word w ends a company's name
// when it follows a capitalised word ("General Mills", "General Atomics",
// "Admiral Insurance"): a title word before it is part of the name, no
// rank or office.
func CompanyWord(w string) bool { return companyWords[w] }

var companyWords = map[string]bool{"motors": true, "motor": true, "mills": true, "electric": true, "dynamics": true,
	"atomics": true, "foods": true, "industries": true, "holdings": true, "group": true, "corporation": true, "corp": true,
	"inc": true, "company": true, "co": true, "airlines": true, "airways": true, "petroleum": true, "oil": true,
	"energy": true, "insurance": true, "electronics": true, "pharmaceuticals": true, "pharma": true, "chemicals": true,
	"steel": true, "bancorp": true, "capital": true, "partners": true, "communications": true, "telecom": true,
	"technologies": true, "aviation": true, "aerospace": true, "shipping": true, "mining": true, "logistics": true,
	"semiconductor": true, "brands": true, "stores": true, "plc": true, "ltd": true, "llc": true}

// IsRegionWord reports whether the lower-case word w names a part of a
// place when it stands before the place's name ("eastern Congo", "in
// northern Syria").
func IsRegionWord(w string) bool { return regionWords[w] }

// IsBareCompassWord reports whether the lower-case word w is a bare
// compass point ("south", "north", "east", "west"), which wire copy also
// writes, in lower case, before a place's name for a part of it ("in south
// Lebanon"). Capitalised, the word is usually a name's own ("South Sudan",
// "North Korea"), so callers check the case.
func IsBareCompassWord(w string) bool { return bareCompassWords[w] }

var bareCompassWords = map[string]bool{"north": true, "south": true, "east": true, "west": true,
	"northeast": true, "northwest": true, "southeast": true, "southwest": true}

var regionWords = map[string]bool{"eastern": true, "western": true, "northern": true, "southern": true, "central": true,
	"northeastern": true, "northwestern": true, "southeastern": true, "southwestern": true, "north-eastern": true,
	"north-western": true, "south-eastern": true, "south-western": true}

// IsStatesNoun reports whether the lower-case word w is a plural noun for
// states or their governments as a group ("Gulf states", "Balkan nations",
// "Western powers", "Nordic countries"). A word before it names a region
// of the world, never one province: a province holds no states, so a
// province's name there ("Gulf" is a province of Papua New Guinea,
// "Balkan" one of Turkmenistan) is a common word, not the province.
func IsStatesNoun(w string) bool { return statesNouns[w] }

// IsStreetNoun reports whether the lower-case word w, written capitalised
// after a place's name, makes the two a street, square or other landmark
// named after the place ("Cairo Road" in Lusaka, "Moscow Avenue", "Kyiv
// Bridge", "Baghdad Street" in Damascus): the landmark is where something
// happens, in whatever city holds it, and neither the place it is named
// after nor that place's country.
func IsStreetNoun(w string) bool { return streetNouns[w] }

var streetNouns = map[string]bool{"road": true, "street": true, "avenue": true, "boulevard": true,
	"square": true, "bridge": true, "lane": true, "highway": true, "expressway": true, "roundabout": true,
	"plaza": true, "embankment": true, "prospekt": true}

var statesNouns = map[string]bool{"states": true, "countries": true, "nations": true, "powers": true,
	"monarchies": true, "kingdoms": true, "emirates": true, "sheikhdoms": true, "republics": true,
	"neighbours": true, "neighbors": true, "allies": true, "economies": true, "capitals": true}

func init() {
	for _, w := range []string{"spending", "budget", "budgets", "expenditure", "expenditures", "aid", "assistance",
		"buildup", "build-up", "capability", "capabilities", "might", "strength", "modernization", "modernisation",
		"funding", "funds", "equipment", "hardware", "technology", "technologies", "bond", "bonds", "debt", "debts",
		"data", "statistics", "policy", "policies", "strategy", "doctrine", "reform", "reforms", "program",
		"programs", "programme", "programmes", "secrets", "sales", "exports", "imports", "revenue", "revenues",
		"contract", "contracts", "procurement", "purchases", "salaries", "pensions", "subsidies", "cuts",
		// Pacts, ties and undertakings: "a military pact", "military
		// exercises", "a military base".
		"pact", "pacts", "treaty", "treaties", "alliance", "alliances", "agreement", "agreements", "accord",
		"cooperation", "ties", "exercise", "exercises", "drill", "drills", "base", "bases", "installation",
		"installations", "facility", "facilities", "operation", "operations", "campaign", "campaigns"} {
		roleModified[w] = true
	}
}

// IsRoleStart reports whether a normalised word can begin a role phrase, so a
// scanner can skip most words without building phrases.
func (k *KB) IsRoleStart(word string) bool { return k.roleHead[word] }

// MaxRoleWords is the number of words in the longest role phrase.
func (k *KB) MaxRoleWords() int { return k.maxRole }

// singleOffice is the office key a role names ("premier" and "prime
// minister" name prime_minister; an office key names itself), false for a
// shared or party office, which no one person holds.
func (k *KB) singleOffice(role string) (string, bool) {
	office := role
	if r, ok := k.Role(role); ok && r.Office != "" {
		office = r.Office
	}
	office = strings.ReplaceAll(Normalize(office), " ", "_")
	if SharedOffice(office) || PartyOffice(office) {
		return "", false
	}
	return office, true
}

// Holder returns the person who held the office a role word names in country
// at t: Holder("CHN", "president", 2021-07-01) is Xi Jinping. role may be an
// office key ("prime_minister") or any role word that maps to an office
// ("premier", "leader", "ruler"). A zero t means now.
func (k *KB) Holder(country, role string, t time.Time) (*Actor, bool) {
	if t.IsZero() {
		t = time.Now()
	}
	office, ok := k.singleOffice(role)
	if !ok {
		return nil, false
	}
	for _, tm := range k.terms[country] {
		if !inTerm(tm, t) {
			continue
		}
		for _, o := range tm.Offices {
			if o == office {
				return k.Actor(tm.Person)
			}
		}
	}
	return nil, false
}

// BodyHead returns the one person who holds an office of the
// international body code (an actor of sector igo, whose code leaders.tsv
// lists its heads under) at t (zero t: now): "the IMF chief" is
// Kristalina Georgieva in 2025. A body several of whose offices are held
// at once has one head only when one of them is its Secretary-General:
// "the UN chief" is the Secretary-General, "the chief administrative
// officer of the Organization" (UN Charter, Article 97), not the head of
// one of its agencies listed under the same code (UNHCR's High
// Commissioner). A body with several heads and no Secretary-General (the
// EU's presidents of the Commission and of the Council) has no one head
// the words say, and gives none.
func (k *KB) BodyHead(code string, t time.Time) (*Actor, bool) {
	if a, ok := k.Actor(code); !ok || a.Sector != SectorIGO {
		return nil, false
	}
	if t.IsZero() {
		t = time.Now()
	}
	head, secretaryGeneral, several := "", "", false
	for _, tm := range k.terms[code] {
		if !inTerm(tm, t) {
			continue
		}
		if slices.Contains(tm.Offices, "secretary_general") {
			secretaryGeneral = tm.Person
		}
		if head != "" && head != tm.Person {
			several = true
		}
		head = tm.Person
	}
	if several {
		head = secretaryGeneral
	}
	if head == "" {
		return nil, false
	}
	return k.Actor(head)
}

// sharedOffices are the offices several persons hold at once: China's
// vice premiers (four since 2023), Italy's two deputy prime ministers. None
// of their holders is "the" holder, so Holder names none, and their terms
// may overlap (leaders.tsv).
var sharedOffices = map[string]bool{"vice_premier": true, "deputy_prime_minister": true}

// SharedOffice reports whether an office key is held by several persons
// at once (see sharedOffices).
func SharedOffice(office string) bool { return sharedOffices[office] }

// Terms returns the recorded periods in office of a person (actor id).
func (k *KB) Terms(person string) []Term { return k.personTerms[person] }

// OfficeAt returns the offices person held at t (zero t: now), and the
// country they held them in.
func (k *KB) OfficeAt(person string, t time.Time) (country string, offices []string) {
	if t.IsZero() {
		t = time.Now()
	}
	for _, tm := range k.personTerms[person] {
		if inTerm(tm, t) {
			country = tm.Country
			offices = append(offices, tm.Offices...)
		}
	}
	return country, offices
}

// CountryAt is the country a person acts for at t (zero t: now): the
// country of an office held then, or, between and after offices, of the
// term nearest to t (Donald Tusk acts for Poland as its prime minister and
// for the EU as president of the European Council; Ursula von der Leyen
// for Germany as its defence minister and for the EU from 2019). A person
// with no term, and any other actor, keeps the country the data gives.
func (k *KB) CountryAt(a *Actor, t time.Time) string {
	terms := k.personTerms[a.ID]
	if len(terms) == 0 {
		return a.Country
	}
	if t.IsZero() {
		t = time.Now()
	}
	best, bestGap, bestFrom := a.Country, time.Duration(-1), time.Time{}
	for _, tm := range terms {
		var gap time.Duration
		switch {
		case inTerm(tm, t):
			return tm.Country
		case t.Before(tm.From):
			gap = tm.From.Sub(t)
		default:
			gap = t.Sub(tm.To)
		}
		// Equal gaps go to the later term: a person's newer office is the
		// one news tends to name them by.
		if bestGap < 0 || gap < bestGap || gap == bestGap && tm.From.After(bestFrom) {
			best, bestGap, bestFrom = tm.Country, gap, tm.From
		}
	}
	return best
}

// partyOffices are the leaderships leaders.tsv records that are no office
// of the state, with the sector their holder acts in: a party's leader
// (party) and the leader of the opposition (opposition; Britain's Leader
// of the Opposition, the head of the largest party outside government
// elsewhere).
var partyOffices = map[string]string{"party_leader": SectorParty, "opposition_leader": SectorOpposition}

// PartyOffice reports whether an office key is a party's or the
// opposition's leadership (see partyOffices): several parties have
// leaders at once, and none holds an office of the state, so Holder names
// none.
func PartyOffice(office string) bool {
	_, ok := partyOffices[office]
	return ok
}

// politicalOffices are the offices of a head of state or government: who
// held one and holds no office and no party's leadership the data records
// acts in no sector (Dick Schoof, an independent, after his premiership;
// Lula between his presidencies): the sector "party" would make him a
// party's actor, and the knowledge base does not record which party, if
// any, he belongs to. A minister or governor out of office may have been
// a civil servant, a diplomat or an officer, and keeps the data's sector.
var politicalOffices = map[string]bool{"president": true, "prime_minister": true, "chancellor": true}

// SectorAt is the sector a person acts in at t (zero t: now). It follows
// the terms leaders.tsv records: an office of the state held at t makes
// the government's sector (Jarosław Kaczyński as deputy prime minister),
// and an office of an international body igo (officeSector); a party's or the opposition's leadership held at t that sector, the
// opposition's first (Keir Starmer in 2022, Friedrich Merz in 2024); after
// the start of a party leadership or of a presidency or premiership and
// in no term at t, none (Lula in 2021, Dick Schoof in 2026: a former
// holder leads no party the data records); before a first term as
// president, prime minister or a party's leader of a person whose sector
// comes from his offices alone (listed in leaders.tsv, not actors.tsv),
// none: Tarique Rahman in 2024, two years before his premiership, held no
// office of Bangladesh's government (beforePoliticalTerms). Otherwise, and
// for every other actor, the sector the data gives.
//
// A person who had died by t acts in no sector: a former president
// mentioned after his death ("mourners gathered for Edgar Lungu") leads no
// party and no opposition, and holds no office of the government.
func (k *KB) SectorAt(a *Actor, t time.Time) string {
	if t.IsZero() {
		t = time.Now()
	}
	if d, ok := k.died[a.ID]; ok && !t.Before(d) {
		return ""
	}
	terms := k.personTerms[a.ID]
	if len(terms) == 0 {
		return a.Sector
	}
	if k.termSectors[a.ID] && beforePoliticalTerms(terms, t) {
		return ""
	}
	held, political := "", false
	for _, tm := range terms {
		in := inTerm(tm, t)
		for _, o := range tm.Offices {
			s, party := partyOffices[o]
			switch {
			case in && !party:
				return k.officeSector(tm.Country)
			case in && (held == "" || s == SectorOpposition):
				held = s
			}
			if (party || politicalOffices[o]) && !t.Before(tm.From) {
				political = true
			}
		}
	}
	switch {
	case held != "":
		return held
	case political && a.Sector == SectorGovernment:
		return ""
	}
	return a.Sector
}

// officeSector is the sector of one who holds an office of country: an
// international body's (the IGO's code, such as UNO, IMF or EUR, is the id
// of an actor of sector igo) makes the holder act for that body as the
// body itself does (Kristalina Georgieva speaks for the IMF, not for
// Bulgaria's government), any other the government's.
func (k *KB) officeSector(country string) string {
	if a, ok := k.Actor(country); ok && a.Sector == SectorIGO {
		return SectorIGO
	}
	return SectorGovernment
}

// Died returns the date of death of a person (data/deaths.tsv) and
// whether the knowledge base records one.
func (k *KB) Died(id string) (time.Time, bool) {
	d, ok := k.died[id]
	return d, ok
}

// beforePoliticalTerms reports whether t is before the start of every one
// of terms and the first of them is a presidency, a premiership or a
// party's leadership (politicalOffices, partyOffices): one who rose to
// those was most often a party's man, or the opposition's, before, which
// the data does not record. A first term as a minister or a governor keeps
// the data's sector before it: such a person was often a diplomat, a civil
// servant or an officer (Sergey Lavrov at the UN before his ministry).
func beforePoliticalTerms(terms []Term, t time.Time) bool {
	first := -1
	for i, tm := range terms {
		if !t.Before(tm.From) {
			return false
		}
		if first < 0 || tm.From.Before(terms[first].From) {
			first = i
		}
	}
	for _, o := range terms[first].Offices {
		if _, party := partyOffices[o]; party || politicalOffices[o] {
			return true
		}
	}
	return false
}

func inTerm(tm Term, t time.Time) bool {
	return !t.Before(tm.From) && (tm.To.IsZero() || t.Before(tm.To))
}

// Surname returns the known persons whose family name normalises to key
// ("xi" -> Xi Jinping). It lets a lone family name be linked when no full
// name appeared earlier in the document; callers should still require the
// match to be unique among persons in office at the article's date.
func (k *KB) Surname(key string) []*Actor {
	idx := k.surnames[key]
	out := make([]*Actor, 0, len(idx))
	for _, i := range idx {
		out = append(out, &k.actors[i])
	}
	return out
}

// DivisionKind gives the normalised word a country's first-level regions
// go by in English news ("state" for Nigeria, "county" for Kenya), from
// data/region_kinds.tsv; "" for a country it does not list.
func (k *KB) DivisionKind(country string) string {
	return k.divisionKinds[country]
}

// DivisionKinds lists, sorted and once each, the normalised words of
// data/region_kinds.tsv: the division words the knowledge base and its
// generator name regions with.
func (k *KB) DivisionKinds() []string {
	var out []string
	for _, w := range k.divisionKinds {
		if !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	slices.Sort(out)
	return out
}

// NeedsContext reports whether the normalised name key stands for the actor
// id only when the context says so (data/context_names.tsv): "Gulf" is a
// province of Papua New Guinea only in an article about that country.
func (k *KB) NeedsContext(key, id string) bool {
	i, ok := k.byID[id]
	return ok && k.needsContext[key][i]
}

// Capital returns the country whose capital is named name ("Pyongyang" ->
// PRK), for metonymy.
func (k *KB) Capital(name string) (string, bool) {
	key := Normalize(name)
	for _, i := range k.byAlias[key] {
		if k.needsContext[key][i] {
			continue
		}
		if a := &k.actors[i]; a.Capital {
			return a.Country, true
		}
	}
	return "", false
}

// CountryOfISO2 returns the ISO 3166 alpha-3 code of the country with that
// alpha-2 code ("CH" -> "CHE"), for data that gives places' countries in
// the two-letter form (the PLOVER gold's event locations).
func (k *KB) CountryOfISO2(code string) (string, bool) {
	c, ok := k.byISO2[strings.ToUpper(strings.TrimSpace(code))]
	return c, ok
}

// CapitalOf returns a country's capital city, the first listed when it has
// several ("KEN" -> Nairobi).
func (k *KB) CapitalOf(country string) (*Actor, bool) {
	i, ok := k.capitalOf[country]
	if !ok {
		return nil, false
	}
	return &k.actors[i], true
}

// SectorActor returns the actor standing for a country's sector, such as
// PRK.GOV (the North Korean government) or USA.MIL (the US military). A
// curated entry is returned when there is one; otherwise a role actor is
// made up with the conventional id. ok is false for an unknown country.
func (k *KB) SectorActor(country, sector string) (Actor, bool) {
	c, ok := k.Actor(country)
	if !ok {
		return Actor{}, false
	}
	code := SectorCode(sector)
	if code == "" {
		return *c, true
	}
	if a, ok := k.Actor(country + "." + code); ok {
		return *a, true
	}
	return Actor{
		ID:      country + "." + code,
		Name:    c.Name + " " + sector,
		Type:    TypeRole,
		Country: country,
		Sector:  sector,
		Parent:  country,
	}, true
}

// LocalActor returns the actor standing for a sector of a city or region
// ("place:USA-TX" -> "place:USA-TX.GOV", the government of Texas;
// "city:DEU:frankfurt_am_main.GOV"), of that place's country: the officials
// of a place that is not a capital are not their country's government. The
// place is given by id, name and country, so that a place the article alone
// names ("doc:place:rome_ga") has one too.
func LocalActor(placeID, placeName, country, sector string) Actor {
	code := SectorCode(sector)
	if code == "" {
		code = "GOV"
	}
	return Actor{
		ID:      placeID + "." + code,
		Name:    placeName + " " + sector,
		Type:    TypeRole,
		Country: country,
		Sector:  sector,
		Parent:  placeID,
	}
}

// Sectors lists every sector an actor or role may carry, in a fixed order
// (for validating data and filters, and for listing them).
func Sectors() []string {
	return []string{SectorGovernment, SectorMilitary, SectorPolice, SectorJudiciary, SectorLegislature,
		SectorRebel, SectorOpposition, SectorParty, SectorProtester, SectorMedia, SectorBusiness, SectorCivilian,
		SectorLabour, SectorRefugee, SectorReligion, SectorEducation, SectorHealth, SectorAgriculture,
		SectorEnvironment, SectorCriminal, SectorIGO, SectorNGO, SectorSports}
}

// ParseSector reads a sector given by name ("labour") or by its CAMEO-style
// code ("LAB"), in any case, as a filter may name it; ok is false for
// anything else.
func ParseSector(s string) (string, bool) {
	s = strings.TrimSpace(s)
	for _, x := range Sectors() {
		if strings.EqualFold(s, x) || strings.EqualFold(s, SectorCode(x)) {
			return x, true
		}
	}
	return "", false
}

// SectorCode is the CAMEO-style code used in sector actor ids.
func SectorCode(sector string) string {
	switch sector {
	case SectorGovernment:
		return "GOV"
	case SectorMilitary:
		return "MIL"
	case SectorPolice:
		return "COP"
	case SectorRebel:
		return "REB"
	case SectorOpposition:
		return "OPP"
	case SectorParty:
		return "PTY"
	case SectorMedia:
		return "MED"
	case SectorBusiness:
		return "BUS"
	case SectorCivilian:
		return "CVL"
	case SectorProtester:
		return "PRO"
	case SectorJudiciary:
		return "JUD"
	case SectorLegislature:
		return "LEG"
	case SectorIGO:
		return "IGO"
	case SectorNGO:
		return "NGO"
	case SectorSports:
		return "SPT"
	case SectorLabour:
		return "LAB"
	case SectorRefugee:
		return "REF"
	case SectorReligion:
		return "REL"
	case SectorEducation:
		return "EDU"
	case SectorHealth:
		return "HLH"
	case SectorAgriculture:
		return "AGR"
	case SectorEnvironment:
		return "ENV"
	case SectorCriminal:
		return "CRM"
	case "":
		return ""
	}
	return strings.ToUpper(sector)
}

// Gazetteer returns every name with a coarse NER type, for the tagger's
// features. Names are as written in the data; the slice must not be modified.
func (k *KB) Gazetteer() []GazEntry { return k.gaz }

// Stats counts the actors by type, for reports.
func (k *KB) Stats() map[string]int {
	m := map[string]int{}
	for i := range k.actors {
		a := &k.actors[i]
		key := a.Type
		if a.Type == TypePlace && a.Capital {
			key = "capital"
		}
		m[key]++
	}
	m["terms"] = len(k.allTerms())
	m["demonyms"] = len(k.demonyms)
	m["cities"] = len(k.cities)
	k.loadTowns()
	m["towns"] = len(k.townList)
	m["roles"] = len(k.roles)
	return m
}

func (k *KB) allTerms() []Term {
	var all []Term
	for _, ts := range k.terms {
		all = append(all, ts...)
	}
	return all
}

// singular strips an English plural ending: "officials" -> "official",
// "militias" -> "militia", "policemen" -> "policeman".
func singular(key string) (string, bool) {
	switch {
	case strings.HasSuffix(key, "men"):
		return key[:len(key)-3] + "man", true
	case strings.HasSuffix(key, "ies") && len(key) > 4:
		return key[:len(key)-3] + "y", true
	case strings.HasSuffix(key, "s") && !strings.HasSuffix(key, "ss") && len(key) > 3:
		return key[:len(key)-1], true
	}
	return "", false
}

// sortAlias orders the candidates of one alias: countries first, then
// organisations, persons, capitals, other places, and last the actors the
// name stands for only in context (data/context_names.tsv).
func (k *KB) sortAlias() {
	rank := func(a *Actor) int {
		switch a.Type {
		case TypeCountry:
			return 0
		case TypeOrganisation, TypeRole:
			return 1
		case TypePerson:
			return 2
		case TypePlace:
			if a.Capital {
				return 3
			}
			return 4
		}
		return 5
	}
	// First-level regions of several countries share names (Florida is a
	// US state, a department of Uruguay and a municipality of Puerto
	// Rico; Maryland a Liberian county; Montana a Bulgarian province).
	// Named bare, with no country in the article, such a name far more
	// often means the region of the larger country, so among same-named
	// regions the one whose country has more cities of 100,000+
	// (cities.tsv, a proxy for population and coverage) comes first;
	// the resolver still prefers a region of a country the article names.
	bigCities := map[string]int{}
	for i := range k.actors {
		if a := &k.actors[i]; strings.HasPrefix(a.ID, "city:") {
			bigCities[a.Country]++
		}
	}
	for key, idx := range k.byAlias {
		ctx := k.needsContext[key]
		r := func(i int) int {
			if ctx[i] {
				return 6
			}
			return rank(&k.actors[i])
		}
		sort.SliceStable(idx, func(i, j int) bool {
			ri, rj := r(idx[i]), r(idx[j])
			if ri != rj {
				return ri < rj
			}
			a, b := &k.actors[idx[i]], &k.actors[idx[j]]
			if ri == 4 && isRegionID(a.ID) && isRegionID(b.ID) {
				return bigCities[a.Country] > bigCities[b.Country]
			}
			return false
		})
		k.byAlias[key] = idx
	}
}

// isRegionID reports whether id is a first-level region's (regions.tsv:
// "place:USA-FL"), not a city's or a curated place's.
func isRegionID(id string) bool {
	return len(id) > 10 && strings.HasPrefix(id, "place:") && id[9] == '-'
}

func (k *KB) String() string {
	return fmt.Sprintf("kb: %d actors, %d aliases", len(k.actors), len(k.byAlias))
}

// Genders a person's given name suggests (the values of model.Entity.Gender).
const (
	GenderFemale = "female"
	GenderMale   = "male"
)

// GivenNameGender returns the sex a given name is nearly always given to in
// the counts of data/given_names.tsv ("Maria": female), or "" when the name
// is rare, shared, or not a given name. The caller decides which word of a
// full name is the given name (not "Kim" of "Kim Jong Un"). An accented
// spelling is read as its unaccented one ("Raúl", "Sofía", "João"): the
// counts are of U.S. birth records, written without accents, and the names
// of Latin America, Portugal or Vietnam come with them.
func (k *KB) GivenNameGender(given string) string {
	low := strings.ToLower(given)
	if g, ok := k.givenSex[low]; ok || isASCII(low) {
		return g
	}
	return k.givenSex[Normalize(given)]
}

// isASCII reports whether s is ASCII only.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
