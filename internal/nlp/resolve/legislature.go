package resolve

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
)

// Bare chamber names. "Congress", "the Senate" and "the House of
// Representatives" are the knowledge base's aliases of the United States
// chambers, but news writes them bare for its own country's legislature
// too: Argentina, Brazil, Chile, Colombia, Mexico, Peru, the Philippines
// and others have a Congress and a Senate, and a story datelined BUENOS
// AIRES about protesters "outside Congress" means Argentina's. So a bare
// chamber name is the home country's legislature (homeCountry: the
// dateline's country unless another country is named more often, else the
// only country named) when that country is not the United States; with
// no home country, or at home in the United States, it stays the US
// chamber, and "U.S. Congress" or "the US Senate" always do.

// usChambers are the ids of the United States chambers whose bare names
// other countries' chambers share.
var usChambers = map[string]bool{"USA.LEG": true, "USA.LEG.SEN": true, "USA.LEG.HOUSE": true}

// bareChamberNames are the chamber names that name no country.
var bareChamberNames = map[string]bool{"congress": true, "senate": true, "house of representatives": true,
	"the congress": true, "the senate": true, "the house of representatives": true}

// usMarkers before a chamber name make it the United States' ("the U.S.
// Senate" tagged as "Senate" alone).
var usMarkers = map[string]bool{"u.s.": true, "us": true, "u.s": true, "american": true, "america's": true, "states'": true,
	"washington's": true}

// homeChamber relinks entity e, linked to a United States chamber by its
// bare name, to the legislature of the article's home country; see above.
// In India a bare "Congress" is the Indian National Congress party, as
// Indian news writes it ("Congress leader Rahul Gandhi"), not the
// parliament.
func (d *docState) homeChamber(e *model.Entity) {
	if !usChambers[e.ActorID] || !bareChamberNames[strings.ToLower(strings.TrimSpace(e.Text))] {
		return
	}
	if i := d.tokenAt(e.Start); i > 0 && usMarkers[d.toks[i-1].norm] {
		return
	}
	home := d.homeCountry()
	// A country's possessive right before the name says whose chamber it
	// is, whatever the dateline: "SEOUL - Peru's Congress impeached ...",
	// "France's Senate".
	if c := d.possessiveCountry(e); c != "" {
		home = c
	} else if c := d.chamberPlaceCountry(e); c != "" {
		home = c
	}
	if home == "" || home == "USA" {
		return
	}
	var l *link
	if home == "IND" && strings.EqualFold(strings.TrimSpace(e.Text), "congress") {
		if a, ok := d.s.kb.Actor("IND.PTY.INC"); ok {
			l = fromActor(a)
		}
	}
	if l == nil {
		a, ok := d.s.kb.SectorActor(home, kb.SectorLegislature)
		if !ok {
			return
		}
		l = fromActor(&a)
	}
	from := d.entEnd[e.End]
	d.relink(e, l)
	d.chamberHeadFollows(e, from, d.entEnd[e.End])
}

// chamberHeads are the titles of a chamber's presiding officer written
// between the chamber's name and the holder's ("Senate President Ana
// Reyes", "House Speaker Kofi Mensah").
var chamberHeads = map[string]bool{"president": true, "speaker": true}

// chamberHeadFollows moves the person named right after chamber e and its
// presiding officer's title to the chamber's new country: the person was
// placed from the United States chamber the bare name first linked to,
// before homeChamber found the home country's ("ABUJA - Senate president
// ... adjourned": Nigeria's, not the US Senate's). A person the knowledge
// base knows keeps its own country.
func (d *docState) chamberHeadFollows(e *model.Entity, from, to *link) {
	if from == nil || to == nil || from.country == to.country {
		return
	}
	for i := range d.art.Entities {
		p := &d.art.Entities[i]
		if p.Start < e.End {
			continue
		}
		if p.Type != model.EntityPerson || !strings.HasPrefix(p.ActorID, "doc:person:") || p.Country != from.country ||
			!chamberHeads[strings.ToLower(strings.TrimSpace(d.art.Text[e.End:p.Start]))] {
			return
		}
		id := p.ActorID
		if pl := d.entEnd[p.End]; pl != nil && pl.id == id {
			pl.country, pl.sector = to.country, to.sector
		}
		for k := range d.art.Entities {
			if q := &d.art.Entities[k]; q.ActorID == id {
				q.Country, q.Sector = to.country, to.sector
			}
		}
		return
	}
}

// chamberPlaceCountry returns the country of the place written right
// after a chamber's name with "in" ("outside Congress in Buenos Aires",
// "the Senate in Manila", "Congress in Peru"): a chamber that stands in a
// city or country is that country's, whatever the dateline. A place the
// knowledge base gives no country, or no place at all, gives "".
func (d *docState) chamberPlaceCountry(e *model.Entity) string {
	i := d.tokenAt(e.End)
	if i+1 >= len(d.toks) || d.toks[i].norm != "in" {
		return ""
	}
	p, ok := d.entStartTok[i+1]
	if !ok || p.Type != model.EntityGPE && p.Type != model.EntityLoc {
		return ""
	}
	l := d.entEnd[p.End]
	if l == nil || l.country == "" || l.typ != kb.TypeCountry && l.typ != kb.TypePlace {
		return ""
	}
	return l.country
}

// congressCountries are the countries whose national legislature (or its
// lower house) English-language news calls "Congress" and whose chamber
// is presided over by a president: Spain's Congress of Deputies and the
// Latin American and Philippine congresses. The United States' Congress
// has no president, and India's "Congress" is a party.
var congressCountries = map[string]bool{"ARG": true, "BOL": true, "BRA": true, "CHL": true, "COL": true,
	"DOM": true, "ECU": true, "ESP": true, "GTM": true, "HND": true, "MEX": true, "PER": true, "PRY": true,
	"PHL": true}

// congressPresidency returns the dateline country's legislature for a bare
// "Congress" that "president" follows, in a story datelined in a country
// whose legislature is a Congress with a president: in a story from LIMA,
// "Congress president Jose Jeri" heads Peru's Congress, not India's party
// (see partyOfficeAfter). Only the dateline counts: the person the title
// names is resolved right after, before the article's home country can be
// known. Other party offices ("Congress MP", "Congress leader <name>")
// stay the party's: those congresses have no MPs, and their leaders are
// presidents.
func (d *docState) congressPresidency(e *model.Entity) (kb.Actor, bool) {
	if !strings.EqualFold(strings.TrimSpace(e.Text), "congress") {
		return kb.Actor{}, false
	}
	if i := d.tokenAt(e.End); i >= len(d.toks) || d.toks[i].norm != "president" {
		return kb.Actor{}, false
	}
	c := d.datelineCountry()
	if !congressCountries[c] {
		return kb.Actor{}, false
	}
	return d.s.kb.SectorActor(c, kb.SectorLegislature)
}

// partyOffices are the offices of a party, not of a legislature: the
// United States Congress has no president, members of parliament or
// party workers, so "Congress president Mallikarjun Kharge" or "Congress
// MP" is India's Indian National Congress, wherever the story is datelined.
var partyOffices = map[string]bool{"president": true, "mp": true, "mps": true, "mla": true, "mlas": true,
	"spokesperson": true, "spokesman": true, "spokeswoman": true, "workers": true, "general": true,
	"chief": true, "veteran": true}

// partyOfficeAfter reports whether the words after a bare "Congress"
// ending at end give a party office: one of partyOffices ("general" only as
// "general secretary"), or "leader" followed by a capitalised name
// ("Congress leader Rahul Gandhi"), since American news calls its
// chambers' leaders "congressional leaders" and names them by their
// chamber office ("House Speaker"), never "Congress leader <name>".
func (d *docState) partyOfficeAfter(end int) bool {
	i := d.tokenAt(end)
	if i >= len(d.toks) {
		return false
	}
	next := func(j int) string {
		if j < len(d.toks) {
			return d.toks[j].norm
		}
		return ""
	}
	switch w := d.toks[i].norm; {
	case w == "general":
		return next(i+1) == "secretary"
	case partyOffices[w]:
		return true
	case w == "leader":
		return i+1 < len(d.toks) && d.toks[i+1].upper && d.toks[i+1].norm != ""
	}
	return false
}

// relink links entity e to l instead of the link it was given, and the
// antecedent its mention left to l too, so that "the chamber" or "it"
// after it points to l.
func (d *docState) relink(e *model.Entity, l *link) {
	if b := d.byID[l.id]; b != nil {
		l = b
	}
	old := d.entEnd[e.End]
	d.apply(e, l)
	d.entEnd[e.End] = l
	// Antecedents are in text order: only those at e.Start can be this
	// mention's (looking through all of them for each chamber named was
	// quadratic in the length of the text).
	for i := before(d.antecedents, e.Start); i < len(d.antecedents) && d.antecedents[i].pos == e.Start; i++ {
		if d.antecedents[i].l == old {
			d.antecedents[i].l = l
			d.electoral.relinked(i, l)
			d.parliaments.relinked(i, l)
		}
	}
}

// sharedBodies are bare names of national bodies that the knowledge base
// gives, as aliases, to the country English-language news most often
// reports them of, but that other countries' bodies bear in English too:
// Taiwan's, Vietnam's and South Korea's defence ministries are each "the
// Ministry of National Defense", South Korea's presidency is "the
// presidential office" as Taiwan's is, and Germany's foreign ministry is
// "the Foreign Office" in English as Britain's is. Each gives the id of
// the actor whose alias it is and the countries whose own body English
// news calls by that name: a story datelined elsewhere keeps the
// knowledge base's body, since its home country has no body of that name
// (Japan's top military command is "the Joint Staff", so "the Joint
// Chiefs of Staff" in a TOKYO story is still the Pentagon's, or Seoul's,
// never Tokyo's). A nil list is a descriptive name any state with that
// office has (every presidency has a "presidential office"). Party names
// ("Labor Party") are not among them: another country's party of that
// name is no sector of its state.
var sharedBodies = map[string]sharedBody{
	"ministry of national defense": {"CHN.GOV.MND", []string{"CHN", "TWN", "VNM", "KOR", "TUR", "GRC", "POL", "ROU",
		"LTU", "COL", "CHL", "ECU", "GTM", "HND", "SLV", "LBN", "DZA", "KHM", "AFG"}},
	"presidential office": {"TWN.GOV", nil},
	"foreign office":      {"GBR.GOV.FCDO", []string{"GBR", "DEU", "PAK"}},
	// Britain's defence ministry is "the Ministry of Defence" by name,
	// but so, in English, is nearly every state's (Ukraine's, Russia's,
	// Israel's, India's, Nigeria's): "Ukraine's Ministry of Defence" is
	// Kyiv's, and so is "the Ministry of Defence" of a KYIV story. The
	// Home Office is Britain's name alone: only a country written before
	// it takes it elsewhere ("Kenya's Home Office").
	"ministry of defence": {"GBR.GOV.MOD", nil},
	"home office":         {"GBR.GOV.HO", []string{"GBR"}},
	// The Philippines' Department of Justice, India's Prime Minister's
	// Office, the national security councils of Turkey, Japan or
	// Pakistan, the federal governments of Germany, Nigeria or Brazil.
	"department of justice":     {"USA.GOV.DOJ", justiceDepartments},
	"justice department":        {"USA.GOV.DOJ", justiceDepartments},
	"prime minister's office":   {"ISR.GOV", nil},
	"national security council": {"USA.GOV.NSC", []string{"USA", "GBR", "TUR", "JPN", "PAK", "KOR", "ISR", "IND", "TWN", "PHL", "THA", "IRN"}},
	"federal government": {"USA.GOV", []string{"USA", "DEU", "AUT", "CHE", "BEL", "CAN", "AUS", "BRA", "ARG", "MEX", "VEN",
		"NGA", "ETH", "SOM", "SDN", "SSD", "IND", "PAK", "NPL", "MYS", "IRQ", "ARE", "RUS", "BIH"}},
	// South Korea's top military command is "the Joint Chiefs of Staff"
	// in English too (Seoul's reports North Korea's launches), and
	// Pakistan's Joint Chiefs of Staff Committee is written short so in
	// its own news; Japan's is
	// "the Joint Staff". "The Joint Chiefs" alone is most often the
	// Pentagon's.
	"joint chiefs of staff": {"USA.MIL.JCS", jointChiefs},
	"joint chiefs":          {"USA.MIL.JCS", jointChiefs},
	// Pakistan's Joint Chiefs of Staff Committee, whose chairman held the
	// country's top military post, is the knowledge base's alias of
	// Pakistan's military; another country's body of that name, written
	// with it ("Bangladesh's Joint Chiefs of Staff Committee"), is that
	// country's military.
	"joint chiefs of staff committee": {"PAK.MIL", []string{"PAK"}},
}

// sharedBody is one entry of sharedBodies: the knowledge base's actor of
// the name and the countries that have a body of that name (nil: any).
type sharedBody struct {
	id        string
	countries []string
}

var (
	justiceDepartments = []string{"USA", "PHL", "CAN", "IRL", "ZAF"}
	jointChiefs        = []string{"USA", "KOR", "PAK"}
)

// has reports whether country has a body of the shared name.
func (b sharedBody) has(country string) bool {
	return b.countries == nil || slices.Contains(b.countries, country)
}

// homeSharedBody relinks entity e, linked by a bare shared name (see
// sharedBodies) to one country's body, to the body of the same sector of
// the country written right before the name ("Taiwan's Ministry of
// National Defense", "the Taiwanese Ministry of National Defense"), or
// else of the article's home country (as homeChamber does for chambers),
// when that country is another. With neither, the knowledge base's
// country stays: a story that names no country of its own is most often
// about the body news reports most.
func (d *docState) homeSharedBody(e *model.Entity) {
	name := strings.ToLower(strings.TrimSpace(e.Text))
	name = strings.TrimPrefix(name, "the ")
	body, ok := sharedBodies[name]
	if !ok || e.ActorID != body.id {
		return
	}
	def, ok := d.s.kb.Actor(body.id)
	if !ok {
		return
	}
	country := ""
	if i := d.tokenAt(e.Start); i >= 1 {
		country = d.bodyCountryBefore(i)
	}
	if country == "" {
		country = d.homeCountry()
		if !body.has(country) {
			return
		}
	}
	if country == "" || country == def.Country {
		return
	}
	if l := d.sharedBodyIn(def, country); l != nil {
		d.relink(e, l)
	}
}

// sharedBodyIn is country's body of the sector of def, the knowledge
// base's actor of a shared body name (see sharedBodies), or nil.
func (d *docState) sharedBodyIn(def *kb.Actor, country string) *link {
	a, ok := d.s.kb.SectorActor(country, def.Sector)
	if !ok {
		return nil
	}
	return fromActor(&a)
}

// nationalSharedBody is the body of country, written as a nationality
// inside the name ("the Ukrainian Ministry of Defence"), that the shared
// body name key (see sharedBodies) means there, when the knowledge base
// linked key to another country's body (l); nil otherwise.
func (d *docState) nationalSharedBody(key, country string, l *link) *link {
	body, ok := sharedBodies[strings.TrimPrefix(key, "the ")]
	if !ok || l.id != body.id || country == "" {
		return nil
	}
	def, ok := d.s.kb.Actor(body.id)
	if !ok || def.Country == country {
		return nil
	}
	return d.sharedBodyIn(def, country)
}

// bodyOfficeWords are the office words a country may qualify in place of
// the body after them: "the U.S. chairman of the Joint Chiefs" is the
// chairman of the United States' Joint Chiefs.
var bodyOfficeWords = map[string]bool{"chairman": true, "chairwoman": true, "chair": true, "vice": true,
	"head": true, "chief": true, "spokesman": true, "spokeswoman": true, "spokesperson": true, "director": true}

// bodyCountryBefore is the country written right before the body name
// whose first token is i ("Taiwan's Ministry of National Defense"), or
// before an office of it ("the U.S. chairman of the Joint Chiefs"), or "".
func (d *docState) bodyCountryBefore(i int) string {
	country := func(j int) string {
		if c, _, ok := d.countryEndingAt(j); ok && c.org == nil && c.place == nil {
			return c.country
		}
		return ""
	}
	if c := country(i - 1); c != "" {
		return c
	}
	j := i - 1
	if j >= 0 && d.toks[j].norm == "the" {
		j--
	}
	if j < 0 || d.toks[j].norm != "of" {
		return ""
	}
	j--
	for n := 0; n < 2 && j >= 0 && bodyOfficeWords[d.toks[j].norm]; n++ {
		j--
		if c := country(j); c != "" {
			return c
		}
	}
	return ""
}

// usHouse returns the United States House of Representatives for an
// organisation's bare "House" or "the House" in a story datelined in the
// United States or written "U.S. House" with the marker outside the span:
// American news names its lower chamber so ("House Speaker Mike Johnson",
// "the House passed the bill"), while elsewhere "the House" may be the
// House of Commons or a publisher. A capitalised word right before makes
// "House" the end of another name ("Random House", "Chatham House").
func (d *docState) usHouse(e *model.Entity) (*kb.Actor, bool) {
	if e.Type != model.EntityOrg {
		return nil, false
	}
	if k := strings.ToLower(strings.TrimSpace(e.Text)); k != "house" && k != "the house" {
		return nil, false
	}
	i := d.tokenAt(e.Start)
	marked := i > 0 && usMarkers[d.toks[i-1].norm]
	if !marked && (i > 0 && d.toks[i-1].upper && d.toks[i-1].norm != "the" || d.datelineCountry() != "USA") {
		return nil, false
	}
	return d.s.kb.Actor("USA.LEG.HOUSE")
}

// homeLegislatureNames are a national legislature's names that carry no
// country: a state has one National Assembly (Kenya's, Nigeria's,
// France's lower house) or one national Parliament, so a story set in a
// country names its own so, as it names its own "Supreme Court" (homeOrg).
// Bare "Senate" and "Congress" are the knowledge base's United States
// chambers and are relinked by homeChamber.
var homeLegislatureNames = map[string]bool{"national assembly": true, "national parliament": true,
	"federal parliament": true, "federal assembly": true, "chamber of deputies": true}

// homeLegislature relinks a legislature named without its country (see
// homeLegislatureNames), which the knowledge base does not know, to the
// home country's legislature, as homeChamber does for a bare "Senate".
// With no home country it stays as it was.
func (d *docState) homeLegislature(e *model.Entity) {
	if e.Type != model.EntityOrg || e.Country != "" || !strings.HasPrefix(e.ActorID, "doc:org:") {
		return
	}
	if !homeLegislatureNames[strings.TrimPrefix(kb.Normalize(cleanName(e.Text)), "the ")] {
		return
	}
	if l := d.entEnd[e.End]; l == nil || l.id != e.ActorID {
		return
	}
	home := d.homeCountry()
	if home == "" {
		return
	}
	if a, ok := d.s.kb.SectorActor(home, kb.SectorLegislature); ok {
		d.relink(e, fromActor(&a))
	}
}

// countryLegislature relinks a legislature named with its country, by a
// possessive or a demonym written before the name or in it ("France's
// National Assembly", "the French National Assembly", "Kenya's National
// Assembly"), which the knowledge base does not know by that name and so
// left a document organisation of that country with no sector, to that
// country's legislature, as homeLegislature does for the bare name. A
// city's or region's possessive ("Quebec's National Assembly") names a
// provincial chamber, not the country's: this rule lends it nothing.
func (d *docState) countryLegislature(e *model.Entity) {
	if e.Type != model.EntityOrg || e.Country == "" || e.Sector != "" || !strings.HasPrefix(e.ActorID, "doc:org:") {
		return
	}
	if l := d.entEnd[e.End]; l == nil || l.id != e.ActorID {
		return
	}
	words := strings.Fields(strings.TrimPrefix(kb.Normalize(cleanName(e.Text)), "the "))
	if len(words) < 2 {
		return
	}
	i := d.tokenAt(e.Start)
	if d.toks[i].norm == "the" {
		i++
	}
	name := strings.Join(words, " ")
	if !homeLegislatureNames[name] {
		// The country's words inside the name: "French National
		// Assembly", "South Korean National Assembly".
		n := 0
		for k := 1; k <= 2 && k < len(words); k++ {
			if c, ok := d.s.kb.DemonymNorm(strings.Join(words[:k], " ")); ok && c == e.Country || d.countryInName(words[:k]) == e.Country {
				n = k
			}
		}
		if n == 0 || !homeLegislatureNames[strings.Join(words[n:], " ")] {
			return
		}
	} else {
		// The country written before the name: "France's", "the French".
		j := i - 1
		if j >= 0 && d.toks[j].norm == "'s" {
			j--
		}
		c, _, ok := d.countryEndingAt(j)
		if !ok || c.country != e.Country || c.place != nil || c.org != nil {
			return
		}
		// A city or region read before it ("Quebec's") names no country.
		if l := d.entEnd[int(d.toks[j].end)]; l != nil && l.typ != kb.TypeCountry {
			return
		}
	}
	if a, ok := d.s.kb.SectorActor(e.Country, kb.SectorLegislature); ok {
		d.relink(e, fromActor(&a))
	}
}

// homeParliament resolves a bare capitalised "Parliament" (or "the
// Parliament") that the knowledge base does not know as a name of its
// own. News writes a country's parliament so in a story set there
// ("NAIROBI - Parliament passed the bill"), as it writes "the National
// Assembly" (homeLegislature). A parliament the text named before whose
// name ends so ("the European Parliament ... Parliament voted") is the
// one meant; else the home country's legislature, save in the United
// States, which has none. A country or nationality written before it
// ("Ukraine's Parliament") or a capitalised word after it ("Parliament
// Street", "Parliament Hill") makes it part of another name, left alone.
func (d *docState) homeParliament(e *model.Entity) {
	if e.Type != model.EntityOrg || e.Country != "" {
		return
	}
	name := strings.TrimPrefix(strings.TrimPrefix(cleanName(e.Text), "the "), "The ")
	if name != "Parliament" && name != "PARLIAMENT" {
		return
	}
	// Named more than once it has a document id (see resolveEntity), or
	// none at all.
	if e.ActorID != "" && (e.ActorID != "doc:org:parliament" || d.entEnd[e.End] == nil || d.entEnd[e.End].id != e.ActorID) {
		return
	}
	i, next := d.tokenAt(e.Start), d.tokenAt(e.End)
	if i > 0 && d.toks[i].norm != "the" && (d.toks[i-1].norm == "'s" || d.toks[i-1].upper) {
		if _, _, ok := d.countryEndingAt(i - 1); ok || d.toks[i-1].norm == "'s" {
			d.possessedParliament(e, i)
			return
		}
	}
	if next < len(d.toks) && next > 0 && d.toks[next].upper && d.adjacent(next-1, next) {
		return
	}
	l := d.namedParliament(e.Start)
	if l == nil {
		home := d.homeCountry()
		if home == "" || home == "USA" {
			return
		}
		a, ok := d.s.kb.SectorActor(home, kb.SectorLegislature)
		if !ok {
			return
		}
		l = fromActor(&a)
	}
	d.linkLate(e, l)
}

// linkLate links e, found after the resolving pass, to l: relinked when it
// already had an actor, else resolved to l (or the article's own link of
// the same id) and entered among the antecedents at its place, so that
// later look-backs find it.
func (d *docState) linkLate(e *model.Entity, l *link) {
	if e.ActorID != "" {
		d.relink(e, l)
		return
	}
	if b := d.byID[l.id]; b != nil {
		l = b
	}
	d.apply(e, l)
	d.entEnd[e.End], d.entStart[e.End] = l, e.Start
	k := before(d.antecedents, e.Start)
	d.antecedents = slices.Insert(d.antecedents, k, antecedent{pos: e.Start, sentence: e.Sentence, l: l})
	d.antecedentsShifted()
}

// namedParliament returns the known parliament the text named last before
// byte offset pos: an organisation with a country whose name's last word
// is "parliament". nil when there is none.
func (d *docState) namedParliament(pos int) *link {
	return d.lastNamed(d.parliamentIndex(), before(d.antecedents, pos), func(l *link) bool {
		return l.typ == kb.TypeOrganisation && l.country != "" && !strings.HasPrefix(l.id, "doc:")
	})
}

// presidingTitle says whether a title is a legislature's presiding
// officer's with no country, body or place of its own, held now, by no
// visitor: "the parliament speaker", "the speaker of the lower house",
// "Parliament Speaker Jane Roe" (data/roles.tsv lists only the phrases
// that name the chamber; "a speaker at the rally" is none). A wire story
// from inside a country writes its own parliament's speaker so.
func presidingTitle(t title) bool {
	return t.sector == kb.SectorLegislature && strings.Contains(t.phrase, "speaker") && unplacedTitle(t) && !t.visitor
}

// datelineLegislature returns the legislature of the dateline's country
// for a presiding officer's title at byte offset pos of sentence sent
// (presidingTitle), when the story names no other country before it or in
// its sentence (datelineOnly); nil otherwise.
func (d *docState) datelineLegislature(pos, sent int) *link {
	c := d.datelineOnly(pos, sent)
	if c == "" {
		return nil
	}
	if a, ok := d.s.kb.SectorActor(c, kb.SectorLegislature); ok {
		return fromActor(&a)
	}
	return nil
}

// possessedLegislature reports whether a mention the tagger took for a
// place, whose normalised name is key, is a legislature's name after a
// country's possessive ("France's National Assembly toppled the
// government", "South Korea's Parliament"): the country's chamber, a body
// that acts, not the building. A bare name ("outside the National
// Assembly") or a city's possessive ("Quebec's National Assembly") stays
// as tagged.
func (d *docState) possessedLegislature(e *model.Entity, key string) bool {
	key = strings.TrimPrefix(key, "the ")
	if !homeLegislatureNames[key] && !bareChamberNames[key] && key != "parliament" {
		return false
	}
	return d.possessiveCountry(e) != ""
}

// possessiveCountry returns the country whose possessive is written right
// before mention e ("Peru's Congress", "France's Senate"), read from a
// country's own mention: a city's or region's ("Quebec's") or an
// organisation's names none. "" otherwise.
func (d *docState) possessiveCountry(e *model.Entity) string {
	j := d.tokenAt(e.Start) - 1
	if j < 1 || j >= len(d.toks) || d.toks[j].norm != "'s" {
		return ""
	}
	c, _, ok := d.countryEndingAt(j - 1)
	if !ok || c.country == "" || c.place != nil || c.org != nil {
		return ""
	}
	if l := d.entEnd[int(d.toks[j-1].end)]; l == nil || l.typ != kb.TypeCountry {
		return ""
	}
	return c.country
}
