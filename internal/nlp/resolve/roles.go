package resolve

import (
	"slices"
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
)

// title is what the words before a name or inside a role mention say about
// who holds it: "South Korean President" -> KOR, government, president.
type title struct {
	country, sector, office string
	// phrase is the normalised role phrase the office was read from
	// ("secretary of state"), for titles only some countries use (see
	// titleCountries).
	phrase string
	org    *link // an organisation modifier ("State Department spokesperson")
	// place is the city or region below the country that the country
	// was read from ("Texas officials", "officials in Frankfurt", "the
	// mayor of Chicago"): its government is not the country's.
	place  *link
	former bool
	// body is set when the sector was read from a body word before a
	// role that is no office ("army spokesman", "rescue agency chief"):
	// the holder speaks for the home country's body (see bodyTitle).
	body bool
	// visitor is set for a title after "visiting" ("the visiting finance
	// minister", "the visiting delegation"): a visitor is by definition
	// away from home, so the article's home country is not his.
	visitor bool
	// outgoing is set for a title after "outgoing" ("the outgoing French
	// president"): a holder on his way out, who on the day of a handover
	// is the one whose term ended the day before, not his successor.
	outgoing bool
	// acting is set for a title after "acting" ("South Korea's acting
	// president"): someone stands in for the office, whose holder (if
	// any) is suspended or gone, so the office's holder is not the one
	// meant; the government is.
	acting bool
	// pressHome is set for a newsroom post in apposition whose outlet
	// has no known country ("Jane Roe, editor of The Star,"): the
	// holder is the dateline country's journalist when the story names
	// no other country (see pressAppositive, homeTitles).
	pressHome bool
}

func (t title) merge(o title) title {
	if t.country == "" {
		t.country = o.country
	}
	if t.sector == "" {
		t.sector = o.sector
	}
	if t.office == "" {
		t.office = o.office
	}
	if t.phrase == "" {
		t.phrase = o.phrase
	}
	if t.org == nil {
		t.org = o.org
	}
	if t.place == nil {
		t.place = o.place
	}
	t.former = t.former || o.former
	t.visitor = t.visitor || o.visitor
	return t
}

// roleEndingAt matches the longest role phrase whose last word is toks[j].
func (d *docState) roleEndingAt(j int) (kb.RoleInfo, int, bool) {
	if r, i, ok := d.hyphenRoleEndingAt(j); ok {
		return r, i, true
	}
	k := d.s.kb
	for n := k.MaxRoleWords(); n >= 1; n-- {
		i := j - n + 1
		if i < 0 || !d.wordRun(i, j) || !k.IsRoleStart(d.toks[i].norm) || d.partyCasedRole(i, j) {
			continue
		}
		if r, ok := k.RoleNorm(d.phrase(i, j)); ok {
			return r, i, true
		}
	}
	return kb.RoleInfo{}, 0, false
}

// roleStartingAt matches the longest role phrase whose first word is
// toks[i], its words joined by spaces or by hyphens ("the NATO
// secretary-general", "the WHO director-general": read word by word, such
// a title was only "secretary", or no role at all).
func (d *docState) roleStartingAt(i int) (kb.RoleInfo, int, bool) {
	k := d.s.kb
	if !k.IsRoleStart(d.toks[i].norm) {
		return kb.RoleInfo{}, 0, false
	}
	hr, hj, hok := d.hyphenRoleAt(i, min(len(d.toks)-1, i+2*k.MaxRoleWords()))
	for n := k.MaxRoleWords(); n >= 1; n-- {
		j := i + n - 1
		if j >= len(d.toks) || !d.wordRun(i, j) || d.partyCasedRole(i, j) {
			continue
		}
		if r, ok := k.RoleNorm(d.phrase(i, j)); ok {
			if hok && hj > j {
				return hr, hj, true
			}
			return r, j, true
		}
	}
	return hr, hj, hok
}

// wordRun reports whether tokens i..j are one run of words. A span outside
// the tokens is none: a caller may ask about the token after a mention that
// begins inside the last token or past the analysed text (a tagger's
// entity cut mid-word), where no next token exists.
func (d *docState) wordRun(i, j int) bool {
	if i < 0 || j >= len(d.toks) {
		return false
	}
	for x := i; x <= j; x++ {
		if d.pluralPossessive(x) && x > i && x < j {
			continue
		}
		if d.toks[x].norm == "" || d.toks[x].norm == "'s" {
			return false
		}
	}
	return true
}

// pluralPossessive reports whether toks[x] is the apostrophe of a plural
// possessive inside a phrase ("workers' union"): a bare apostrophe right
// after a word ending in s.
func (d *docState) pluralPossessive(x int) bool {
	if x < 1 || d.toks[x].norm != "" || int(d.toks[x].start) != int(d.toks[x-1].end) {
		return false
	}
	r := d.art.Text[int(d.toks[x].start):int(d.toks[x].end)]
	return (r == "'" || r == "\u2019") && strings.HasSuffix(d.toks[x-1].norm, "s")
}

func (d *docState) phrase(i, j int) string {
	if i == j {
		return d.toks[i].norm
	}
	var b strings.Builder
	for x := i; x <= j; x++ {
		if d.pluralPossessive(x) && x > i {
			b.WriteByte('\'')
			continue
		}
		if x > i {
			b.WriteByte(' ')
		}
		b.WriteString(d.toks[x].norm)
	}
	return b.String()
}

// nationalBody is the one body of a country that a group role names when
// the knowledge base lists it under that country's name or the nationality
// the text puts before the role ("the Japanese coast guard" -> Japan Coast
// Guard, "the Chinese coast guard" -> China Coast Guard): such a body is
// one organisation with a name of its own, not the country's whole sector
// ("Japan police"). i is the role's first token; nil when no body of that
// country bears the name.
func (d *docState) nationalBody(country, phrase string, i int) *link {
	k := d.s.kb
	var keys []string
	if c, ok := k.Actor(country); ok {
		name := kb.Normalize(c.Name)
		// "China's foreign ministry", "Beijing's central bank": the
		// country a possessive or a capital gave names its body as the
		// knowledge base does, by the country's name with or without the
		// possessive or by its nationality word ("Chinese Foreign
		// Ministry", "Russia's central bank"), whichever way the text
		// wrote it.
		keys = append(keys, name+" "+phrase, name+"'s "+phrase)
		for _, dem := range k.DemonymsOf(country) {
			keys = append(keys, dem+" "+phrase)
		}
	}
	for n := 1; n <= 2 && i-n >= 0; n++ {
		keys = append(keys, d.phrase(i-n, i-1)+" "+phrase)
	}
	for _, key := range keys {
		for _, a := range k.LookupNorm(key, d.date) {
			if a.Country == country && a.Type == kb.TypeOrganisation {
				return fromActor(a)
			}
		}
	}
	return nil
}

// countryEndingAt finds a country modifier whose last word is toks[j]: a
// resolved entity ending there ("U.S.", "State Department"), a demonym
// ("North Korean") or a country name ("China's" via the 's token).
func (d *docState) countryEndingAt(j int) (title, int, bool) {
	if j < 0 {
		return title{}, 0, false
	}
	if d.toks[j].norm == "'s" {
		// A role mention resolved just before: "the US president's
		// national security adviser" is the adviser of the president's
		// country.
		if l, ok := d.roleAt[j-1]; ok && l.country != "" && j >= 1 {
			i := j - 1
			for i > 0 && d.toks[i-1].norm != "" && !glue[d.toks[i-1].norm] {
				i--
			}
			return title{country: l.country}, i, true
		}
		t, i, ok := d.countryEndingAt(j - 1)
		return t, i, ok
	}
	l, ok := d.entEnd[int(d.toks[j].end)]
	start := d.entStart[int(d.toks[j].end)]
	if !ok {
		// Not resolved yet (read while resolving a name before it: "Tom
		// Baker, a State Department spokesman").
		if e, found := d.entByEnd[int(d.toks[j].end)]; found {
			l, ok, start = d.quickLink(e), true, e.Start
		}
	}
	if ok && l != nil && l.country != "" {
		i := d.tokenAt(start)
		t := title{country: l.country, place: placeOf(l)}
		if l.typ == kb.TypeOrganisation {
			t.org = l
		}
		return t, i, true
	}
	if ok && l != nil && l.typ == kb.TypeOrganisation && strings.HasPrefix(l.id, "doc:org:") && strings.HasSuffix(l.id, "_party") {
		// "NAIROBI (Reuters) - Labour Party leader ...": the name was
		// read as a party of the story's own (foreignNamesakeParty), not
		// the knowledge base's namesake abroad; its country comes only
		// once every name is resolved (homeParty), so none is lent here.
		// A party it is all the same, whose head leads it: the title
		// reads a copy with the sector, leaving the link to homeParty.
		party := *l
		party.sector = kb.SectorParty
		return title{org: &party}, d.tokenAt(start), true
	}
	k := d.s.kb
	// A name found ending at j inside a longer one the tagger found
	// ("Workers Party" in "Kurdistan Workers Party", "Democratic Party" in
	// "Kurdistan Democratic Party") is a cut of that name, not the body
	// the shorter name means on its own (another country's party).
	longer := -1
	if e, found := d.entByEnd[int(d.toks[j].end)]; found {
		longer = d.tokenAt(e.Start)
	}
	for n := 3; n >= 1; n-- {
		i := j - n + 1
		if i < 0 || !d.wordRun(i, j) || !d.toks[i].upper {
			continue
		}
		key := d.phrase(i, j)
		if c, ok := k.DemonymNorm(key); ok {
			return title{country: c}, i, true
		}
		// "South American leaders", "North American automakers": a
		// regional word of several words names no one state, and the
		// demonym that ends it ("American") does not lend its own.
		if n > 1 && k.RegionalWord(key) {
			return title{}, 0, false
		}
		for _, a := range k.LookupNorm(key, d.date) {
			if a.Type == kb.TypeCountry || a.Capital {
				return title{country: a.Country}, i, true
			}
			if a.Type == kb.TypeOrganisation && a.Country != "" && (longer < 0 || i <= longer) {
				org := fromActor(a)
				if n == 1 {
					// "the Commission president" after "the ECOWAS
					// Commission": the bare organ is the one the story
					// last named, not the European one the alias
					// means by default.
					if o := d.namedOrgan(key, int(d.toks[i].start)); o != nil {
						org = o
					}
				}
				return title{country: org.country, org: org}, i, true
			}
			break
		}
	}
	return title{}, 0, false
}

// bareOrgan reads an organisation mentioned by its organ word alone ("the
// Commission") as the bloc's organ the text named last ("the ECOWAS
// Commission"), not the one the knowledge base's alias gives it by default
// (the European Commission); l when the text names no other.
func (d *docState) bareOrgan(e *model.Entity, l *link) *link {
	if e.Type != model.EntityOrg || l.typ != kb.TypeOrganisation || l.sector != kb.SectorIGO {
		return l
	}
	key := kb.Normalize(cleanName(e.Text))
	if strings.Contains(key, " ") || key != bodyWord(l) {
		return l
	}
	if o := d.namedOrgan(key, e.Start); o != nil {
		return o
	}
	return l
}

// namedOrgan returns the international body whose name ends with the
// organ word (normalised: "commission", "council") that the text names
// last before offset before: "the Commission" in a story about the ECOWAS
// Commission is that bloc's, as a bare "the Commission" in one about the
// European Commission is the European one. Only bodies the knowledge base
// codes as an IGO's organ count: a national commission named in passing
// does not take over a bloc's organ word. nil when the text names none.
func (d *docState) namedOrgan(word string, before int) *link {
	var best *link
	bestEnd := -1
	for end, l := range d.entEnd {
		if end > before || end <= bestEnd || l == nil || l.typ != kb.TypeOrganisation {
			continue
		}
		if l.sector != kb.SectorIGO || l.country == "" || strings.HasPrefix(l.id, "doc:") || bodyWord(l) != word {
			continue
		}
		best, bestEnd = l, end
	}
	return best
}

// ownHeadSectors are the sectors of bodies that have a head of their own
// whose title may be a state office's ("president", "leader", "speaker"):
// a party, a legislature and a court. The body's name before the title
// makes its head, never the state's holder of that office.
var ownHeadSectors = map[string]bool{kb.SectorParty: true, kb.SectorLegislature: true, kb.SectorJudiciary: true}

// titleBefore reads the title words right before a name: "South Korean
// President", "Deputy Secretary of State", "former President", "China's
// foreign minister".
func (d *docState) titleBefore(off int) title {
	j := d.tokenAt(off) - 1
	var t title
	if j < 0 {
		return t
	}
	if o, ok := d.officeBeforeCourtesy(j); ok {
		// "Saudi Energy Minister Prince Abdulaziz bin Salman": the
		// office before the courtesy title is the person's title.
		j = o
	}
	r, i, ok := d.roleEndingAt(j)
	if !ok {
		// "President-elect Jane Roe", "Speaker Jane Roe" (incoming.go).
		if it, found := d.incomingTitle(j); found {
			return it
		}
		if st, found := d.capitalSpeaker(j); found {
			return st
		}
	}
	if ok && i == j && i > 0 && d.toks[j].upper && r.Sector == kb.SectorMilitary && !d.toks[j-1].upper {
		// "Pakistan's army chief General Sahir Shamshad Mirza": a rank
		// after a command title in apposition; the title before the
		// rank says whose officer this is, the rank alone does not.
		if _, _, found := d.roleEndingAt(j - 1); found {
			if outer := d.titleBefore(int(d.toks[j].start)); outer.country != "" {
				return outer
			}
		}
	}
	if r := d.pastRank(off); r != off && !ok {
		// "army spokesman Major Jane Roe": a rank the knowledge base
		// has no role for, after a post in apposition; the post says
		// whose officer this is.
		if outer := d.titleBefore(r); outer.country != "" || outer.sector != "" {
			return outer
		}
	}
	phrase := "" // the role phrase read, see title.phrase
	if ok {
		phrase = d.phrase(i, j)
	}
	if !ok {
		// "Ambassador to the United States Hamdullah Mohib": the country
		// after "to" is the posting, the title's country comes before.
		if p := d.postingStart(j); p > 0 {
			r, i, ok = d.roleEndingAt(p - 1)
		}
	}
	var body *title // the body a role "of" it names: "Secretary of Homeland Security"
	if !ok {
		if b, ri, found := d.roleOfBodyEndingAt(j); found {
			r, i, ok, body = b.role, ri, true, &b.body
		}
	}
	if !ok {
		// "UAE Minister of Industry Sultan Ahmed Al Jaber": the field
		// after "of"; the country before the title word is read below.
		if mr, mi, found := d.ministerOfFieldEndingAt(j); found {
			r, i, ok = mr, mi, true
			phrase = d.toks[mi].norm
		}
	}
	if !ok {
		// "Swedish defender Andreas Granqvist", "Israeli composer Aner
		// Shalev": a nationality before a description of the person (one
		// to three nouns or adjectives, in lower case) is the person's.
		if c, ok := d.nationalityBefore(j); ok {
			t.country = c
			if bodyHeads[d.toks[j].norm] {
				// "Indonesian rescue agency chief Mohammad Syafii":
				// the head of a body serves in its sector.
				t.sector = d.bodySectorBefore(j - 1)
			}
			return t
		}
	}
	if !ok {
		if st, found := d.orgStaffBefore(j); found {
			// "RSF adviser Youssef Ezzat", "Amnesty researcher Jane
			// Doe": an organisation's post before the name.
			return st
		}
	}
	if !ok {
		if pt, found := d.pressPostBefore(j); found {
			// "the newspaper's editor Emma Tucker": a journalist.
			return pt
		}
	}
	if !ok {
		// "Sen. Lindsey Graham", "Gov. Gavin Newsom", "Lt. Gen. Mark
		// Hertling": a title written short.
		a := j
		if d.punct(a) == "." && a > 0 && int(d.toks[a-1].end) == int(d.toks[a].start) {
			a--
		}
		if phrase, found := shortTitles[d.toks[a].norm]; found && d.toks[a].upper {
			r, ok = d.s.kb.Role(phrase)
			i = a
		}
		if !ok {
			return t
		}
	}
	t.sector, t.office, t.phrase = r.Sector, r.Office, phrase
	if body != nil {
		// The body's country and, for a role that is no office of its
		// own ("Secretary"), its sector: the title alone resolves to
		// the body.
		t.country, t.org = body.country, body.org
		if t.org != nil && r.Office == "" && t.org.sector != "" {
			t.sector = t.org.sector
		}
		return t
	}
	if r.Office == "" && !r.Group && !namesBody(phrase) {
		// "army spokesman Winthai Suvaree", "rescue agency chief
		// Mohammad Syafii": the holder serves that body, whatever
		// sector the bare role word has. A title that names its own
		// body ("opposition leader") says whom he serves: in "police
		// arrested opposition leader Kizza Besigye" the police are the
		// arresting side, not his.
		if sec := d.bodySectorBefore(i - 1); sec != "" {
			t.sector, t.body = sec, true
		}
	}
	if sec := memberBodySectors[d.toks[max(i-1, 0)].norm]; i > 0 && !d.toks[i-1].upper && sec != "" && !r.Group {
		// "union secretary general Davji Atellah", "party secretary
		// general ...", "union president ...": a body of members written
		// in lower case before an office's title says whose office it
		// is: the union's or the party's, not the state's office of that
		// name the bare title gives.
		t.sector, t.office, t.body = sec, "", true
	}
	if ministerTitles[phrase] {
		// "Labour Minister Jordan Hill", "British Justice and Home Affairs
		// Secretary": capitalised portfolio words before a minister's
		// title name the field of the office (the minister of labour),
		// not the party or body of that name; a country comes before
		// them, and the office is not the bare title's.
		p := i
		for p > 0 && i-p < 4 && d.toks[p-1].upper && portfolioNames[d.toks[p-1].norm] ||
			p > 1 && p < i && (d.toks[p-1].norm == "and" || d.punct(p-1) == "&") && portfolioNames[d.toks[p-2].norm] {
			p--
		}
		if p < i {
			i = p
			t.office = ""
		}
	}
	c, ci, ok := d.countryEndingAt(i - 1)
	if !ok && i > 0 && d.toks[i-1].upper {
		// One descriptive word between: "South Korean Unification Minister".
		c, ci, ok = d.countryEndingAt(i - 2)
	}
	// One or two lower-case words naming the portfolio between: "Japan's
	// trade minister Ken Saito", "the Kenyan interior minister", "Egypt's
	// civil aviation minister Sherif Fathy". The country is the title's;
	// the office is not the bare role's (a trade minister is no minister
	// of the role's office), so none. "former" among them makes no
	// portfolio: the title is a past one.
	for n := 1; !ok && n <= 2 && i > n && d.lowerModifier(i-n) && !formerWords[d.toks[i-n].norm]; n++ {
		if c2, ci2, found := d.countryEndingAt(i - n - 1); found {
			c, ci, ok = c2, ci2, true
			t.office = ""
		}
	}
	if !ok && t.body && i > 2 && d.lowerModifier(i-1) && d.lowerModifier(i-2) {
		// Two lower-case words naming the body the holder speaks for:
		// "Azerbaijani foreign ministry spokesman", "the Thai defence
		// ministry spokeswoman". The country before the body is the
		// holder's, as it is before a one-word body ("Thai army
		// spokesman").
		if c2, ci2, found := d.countryEndingAt(i - 3); found {
			c, ci, ok = c2, ci2, true
		}
	}
	if ok {
		t.country, t.org = c.country, c.org
		if t.org != nil && r.Office == "" && t.org.sector != "" {
			t.sector = t.org.sector
		}
		if t.org != nil && (t.org.sector == kb.SectorIGO || t.org.sector == kb.SectorNGO) {
			// "FAO Director-General Qu Dongyu", "NATO Secretary-General
			// ...": the head of an international body acts for the
			// body, not for a state's government, whose sector the
			// office's title word gives; the office stays, which names
			// the body's holder at the date. So does the head of a
			// non-governmental group ("Amnesty International Secretary
			// General Agnes Callamard").
			t.sector = t.org.sector
		}
		if t.org != nil && (t.org.sector == kb.SectorParty || t.org.sector == kb.SectorLabour) && partyTitleWords[d.toks[j].norm] {
			// "Congress president Mallikarjun Kharge", "Awami League
			// leader ...": a party's name before a head title makes
			// the party's head, who acts for the party (in government
			// or not), and holds no office of the state by that title.
			// So does a union's ("NLC president Joe Ajaero").
			t.sector, t.office = t.org.sector, ""
		}
		if t.org != nil && (t.org.sector == kb.SectorBusiness || t.org.sector == kb.SectorSports || t.org.sector == kb.SectorMedia) && partyTitleWords[d.toks[j].norm] {
			// "Toyota president Koji Sato", "Bayern Munich president
			// ...": a company's or a club's head runs it and holds no
			// office of the state, which the bare "president" names.
			t.sector, t.office = t.org.sector, ""
		}
		if t.org != nil && t.org.sector == kb.SectorRebel && (partyTitleWords[d.toks[j].norm] || d.toks[j].norm == "commander") {
			// "Hamas leader Khalil al-Hayya", "M23 chief ...": an
			// armed group's head leads the group, which holds no office
			// of the state, however the bare "leader" reads.
			t.sector, t.office = t.org.sector, ""
		}
		if t.org != nil && t.org.sector == kb.SectorLegislature && chamberLeadWords[d.toks[j].norm] {
			// "Senate Majority Leader Chuck Schumer": a chamber's
			// leader leads a caucus in the legislature and holds no
			// office of the government (nor is he the country's
			// leader).
			t.sector, t.office = kb.SectorLegislature, ""
		}
		if centralBankHead(t.org, d.toks[j].norm) {
			t.office = officeCentralBank // "ECB President Christine Lagarde"
		}
		if c.org == nil && clubHeadWords[d.toks[j].norm] && ci == i-1 && (c.place != nil && strings.HasPrefix(c.place.id, "city:") || d.clubPrefixBefore(ci)) {
			// "Barcelona president Joan Laporta", "Leeds chairman ...":
			// a city's government is headed by its mayor, so a president
			// or chairman titled by a city's bare name heads its club.
			// Capitals (and the regions named like them: "Madrid
			// president" of the Community of Madrid) are left out, but
			// for a club word before them ("Real Madrid president",
			// which the tagger may leave untagged).
			t.sector, t.office = kb.SectorSports, ""
		}
		i = ci
	} else if c, found := ownCountryTitles[phrase]; found {
		t.country = c // "Chancellor of the Exchequer Rachel Reeves"
	} else if p := d.spokesOwner(i, j); p != nil {
		// "Secretary-General Antonio Guterres ... his spokesman
		// Stephane Dujarric": a spokesman speaks for the body of the
		// person whose he is, as "<Body> spokesman" does for the body.
		t.country, t.sector, t.office = p.country, p.sector, ""
	} else if i > 0 && clubHeadWords[d.toks[j].norm] && !t.body && d.orgEndingAt(i-1) != nil {
		// "Acme Holdings president John Kato", "Celtic FC chairman
		// ...": the head of an organisation named before his title, of
		// no country known here, runs that body (its sector, none when
		// unknown, or a club's), not the state whose office the bare
		// "president" is.
		t.sector, t.office = "", ""
		e := d.orgEndingAt(i - 1)
		if l := d.quickLink(e); l != nil {
			t.sector = l.sector
		}
		if t.sector == "" && clubName(e.Text) {
			t.sector = kb.SectorSports
		}
	} else if i > 1 && clubHeadWords[d.toks[j].norm] && !t.body && d.toks[i-1].upper && d.clubPrefixBefore(i-1) {
		// "Real Sociedad president Jokin Aperribay", "Sporting Gijon
		// chairman ...": a club word and a name the tagger left untagged
		// (no city of the knowledge base, or the branch above had taken
		// it) name a club, whose head holds no office of the state.
		t.sector, t.office = kb.SectorSports, ""
	} else if i > 0 && clubHeadWords[d.toks[j].norm] && !t.body && !d.toks[j].upper && d.untaggedProperNoun(i-1) {
		// "Galatasaray president Dursun Ozbek", "Koc chairman Ali
		// Koc": a name the tagger left untagged, and the knowledge
		// base does not know, before a lower-case head's title names a
		// body (a club, a firm) that he heads; a state's president is
		// titled by his country, which no name here gives.
		t.sector, t.office = "", ""
	} else if i > 0 && spokesWords[d.toks[j].norm] && !t.body {
		// "Acme Holdings spokesman John Kato", "Forum for Democratic
		// Change spokesman": a spokesman speaks for the organisation
		// named before his title, of no country known here; its sector
		// (none when unknown) is his, not the government's the bare
		// title word gives.
		if e, found := d.entByEnd[int(d.toks[i-1].end)]; found && e.Type == model.EntityOrg {
			t.sector = ""
			if l := d.quickLink(e); l != nil {
				t.sector = l.sector
			}
		}
	}
	if t.country == "" && t.org == nil && t.body && t.sector == kb.SectorSports && i > 0 && d.toks[i-1].norm == "federation" {
		// "federation president Fouzi Lekjaa": the federation the story
		// named before ("Morocco's football federation"), or with none
		// the dateline country's, as a story names a foreign one's.
		t.country = d.federationCountry(i-1, int(d.toks[i].start), d.sentenceOf(int(d.toks[i].start)))
	}
	if i > 0 && (d.toks[i-1].norm == "former" || d.toks[i-1].norm == "ex") {
		t.former = true
	}
	// "then-President Bush", "the then Prime Minister": who held the
	// office at the time told, not at the article's date.
	if i > 1 && d.punct(i-1) == "-" && d.toks[i-2].norm == "then" || i > 0 && d.toks[i-1].norm == "then" {
		t.former = true
	}
	return t
}

// federationCountry returns the country of the sports federation a
// federation's officer at token f (the word "federation" of his title)
// serves: the country of the nearest federation named before, within
// 3,000 bytes, with its country ("Morocco's football federation", "the
// Kenyan athletics federation"), or else the dateline's when the story
// names no other country before pos or in its sentence sent
// (datelineOnly). "" when neither says.
func (d *docState) federationCountry(f, pos, sent int) string {
	for k := f - 1; k > 0 && pos-int(d.toks[k].end) <= 3000; k-- {
		if d.toks[k].norm != "federation" {
			continue
		}
		r, ri, ok := d.roleEndingAt(k)
		if !ok || r.Sector != kb.SectorSports {
			continue
		}
		if c, _, found := d.countryEndingAt(ri - 1); found && c.country != "" && c.org == nil {
			return c.country
		}
		if ri >= 2 && d.lowerModifier(ri-1) {
			if c, _, found := d.countryEndingAt(ri - 2); found && c.country != "" && c.org == nil {
				return c.country
			}
		}
	}
	return d.datelineOnly(pos, sent)
}

// rankTitles are officers' ranks and the words that go before them
// ("Rear Admiral", "Air Chief Marshal"), written capitalised between a
// post and its holder's name.
var rankTitles = wordSet("general major colonel lieutenant captain brigadier admiral commander sergeant marshal " +
	"commodore corporal rear vice field air chief staff lt gen col maj capt brig")

// pastRank returns the byte offset of the rank written capitalised right
// before byte off ("Major" in "army spokesman Major Jane Roe") when a
// lower-case word stands before it, or off when there is none.
func (d *docState) pastRank(off int) int {
	j := d.tokenAt(off) - 1
	k := j
	for k >= 0 && d.toks[k].upper && rankTitles[d.toks[k].norm] {
		k--
	}
	if k == j || k < 0 || d.toks[k].norm == "" || d.toks[k].upper || glue[d.toks[k].norm] {
		return off
	}
	return int(d.toks[k+1].start)
}

// bodySectors are words for a country's bodies that, right before a role
// that is no office of its own, say whom its holder serves: "army
// spokesman", "police chief", "rescue agency head".
var bodySectors = map[string]string{
	"army": kb.SectorMilitary, "military": kb.SectorMilitary, "navy": kb.SectorMilitary, "naval": kb.SectorMilitary,
	"police": kb.SectorPolice,
	"agency": kb.SectorGovernment, "ministry": kb.SectorGovernment, "government": kb.SectorGovernment,
	// "presidential spokesman Bayo Onanuga": the president's office is
	// the executive's, so its staff speak for the government.
	"presidential": kb.SectorGovernment, "presidency": kb.SectorGovernment,
	// A party's, the opposition's or a rebel group's spokesman speaks
	// for it, not for the government the bare role word would give:
	// "opposition spokesman", "ruling party spokeswoman", "rebel
	// spokesman".
	"party": kb.SectorParty, "opposition": kb.SectorOpposition, "rebel": kb.SectorRebel,
}

// memberBodySectors are lower-case words for bodies of members that hold
// offices of their own named like the state's ("secretary general",
// "president", "chairman"): before such a title they make it the body's.
// A federation's president or chief ("federation president Fouzi
// Lekjaa") heads a sport's governing body, sector sports as the national
// federations are (roles.tsv); a federation of states is a name
// ("Russian Federation") and never comes here in lower case.
var memberBodySectors = map[string]string{"union": kb.SectorLabour, "unions": kb.SectorLabour, "party": kb.SectorParty,
	"federation": kb.SectorSports, "club": kb.SectorSports,
	// "company president Brad Okafor", "firm chairman ...": the head of
	// a business, not the state's president or a government's chairman.
	"company": kb.SectorBusiness, "firm": kb.SectorBusiness}

// orgEndingAt returns the organisation the tagger found ending at token
// k, nil for none.
func (d *docState) orgEndingAt(k int) *model.Entity {
	if k < 0 || k >= len(d.toks) {
		return nil
	}
	if e, found := d.entByEnd[int(d.toks[k].end)]; found && e.Type == model.EntityOrg {
		return e
	}
	return nil
}

// clubPrefixBefore reports whether the word before token k is one that
// begins a football club's name before its town ("Real Madrid", "Inter
// Milan"; kb.ClubPrefix, the tagger's list, in any case), or ends a
// club's words of two ("Red Star Belgrade").
func (d *docState) clubPrefixBefore(k int) bool {
	return k > 0 && d.toks[k-1].upper && (kb.ClubPrefixFolded(d.toks[k-1].norm) ||
		k > 1 && d.toks[k-2].upper && kb.ClubPrefixPhraseFolded(d.toks[k-2].norm, d.toks[k-1].norm))
}

// clubName reports whether an organisation's name is a football club's by
// its first or last word ("Celtic FC", "Bolton Wanderers", "Real Betis"),
// or its first two ("Red Star Belgrade").
// "United" and "Athletic", which the tagger's list also has, end other
// bodies' names too ("Acme United") and are left out at the end.
func clubName(name string) bool {
	f := strings.Fields(name)
	if len(f) < 2 {
		return false
	}
	last := strings.ToLower(f[len(f)-1])
	return kb.ClubPrefixFolded(strings.ToLower(f[0])) || len(f) > 2 && kb.ClubPrefixPhrase(f[0], f[1]) || kb.ClubSuffixFolded(last) && last != "united" && last != "athletic"
}

// clubHeadWords are the titles of a club's head that a city's bare name
// goes before ("Marseille president", "Leeds chairman").
var clubHeadWords = wordSet("president chairman chairwoman owner")

// namesBody reports whether a role's phrase holds a body word of its
// own ("opposition leader", "police chief"), which says whom the holder
// serves.
func namesBody(phrase string) bool {
	for _, w := range strings.Fields(phrase) {
		if _, ok := bodySectors[w]; ok {
			return true
		}
	}
	return false
}

// pastVerb reports whether w looks like a verb's past form, which no
// role's modifier is: "arrested", "detained", "shot", "met".
func pastVerb(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed") || irregularPasts[w]
}

// irregularPasts are past forms news uses of what a body did to a person.
var irregularPasts = wordSet("shot held met hit beat caught found told took fought sought freed")

// bodyHeads are words for who heads or speaks for a body, which no role
// of the knowledge base reads alone ("chief", "head"): after a body word
// they give the body's sector ("agency chief", "police head").
var bodyHeads = wordSet("chief head director spokesman spokeswoman spokesperson commander boss")

// bodySectorBefore returns the sector of a body word among the (at most
// two) words ending at toks[j] that modify a role after them: "army" in
// "army spokesman" or "agency" in "rescue agency chief"; "" for none.
func (d *docState) bodySectorBefore(j int) string {
	for k := j; k >= 0 && k > j-2; k-- {
		w := d.toks[k].norm
		if w == "" || glue[w] || k < j && pastVerb(d.toks[j].norm) {
			// "police arrested spokesman Joe Doe": a verb between
			// makes the body the subject, not the role's modifier.
			return ""
		}
		if sec, ok := bodySectors[w]; ok {
			return sec
		}
	}
	return ""
}

// formerWords before a role say its holder held it before the time told:
// "former", "ex", "then".
var formerWords = wordSet("former ex then late")

// ministerTitles are the bare titles of ministers a portfolio goes before
// ("Labour Minister", "Health Secretary").
var ministerTitles = wordSet("minister ministers secretary secretaries")

// portfolioNames are the fields of ministers' portfolios written before the
// title. Some are also names of parties or bodies ("Labour", "Justice"),
// which the title shows they are not.
var portfolioNames = wordSet("labour labor justice health defence defense interior home foreign finance education " +
	"trade industry energy environment agriculture transport culture housing employment immigration security " +
	"economy economic development tourism communications information science technology welfare social " +
	"affairs women youth sport sports fisheries water mines mining petroleum oil")

// roleOfBody is a title naming the body its holder serves after "of":
// the role and what the body says of country and organisation.
type roleOfBody struct {
	role kb.RoleInfo
	body title
}

// roleOfBodyEndingAt reads a title of the form role + "of" (+ "the") + a
// named organisation whose last token is toks[j]: "Secretary of Homeland
// Security", "Director of the Federal Bureau of Investigation". It returns
// the title and the role's first token.
func (d *docState) roleOfBodyEndingAt(j int) (roleOfBody, int, bool) {
	if j < 0 || j >= len(d.toks) {
		return roleOfBody{}, 0, false
	}
	e, ok := d.entByEnd[int(d.toks[j].end)]
	if !ok || e.Type != model.EntityOrg {
		return roleOfBody{}, 0, false
	}
	o := d.tokenAt(e.Start) - 1
	if o >= 0 && d.toks[o].norm == "the" {
		o--
	}
	if o < 1 || d.toks[o].norm != "of" {
		return roleOfBody{}, 0, false
	}
	r, i, ok := d.roleEndingAt(o - 1)
	if !ok || r.Group || !d.toks[i].upper {
		return roleOfBody{}, 0, false
	}
	c, _, _ := d.countryEndingAt(j)
	return roleOfBody{role: r, body: c}, i, true
}

// roleOfBodyBefore says whether the role word ending at toks[j] opens a
// title "of" a named body that a person's name follows ("Secretary of
// Homeland Security Alejandro Mayorkas"): the title is the person's,
// read with the name, and no role mention of its own.
func (d *docState) roleOfBodyBefore(j int) bool {
	k := j + 1
	if k >= len(d.toks) || d.toks[k].norm != "of" {
		return false
	}
	k++
	if k < len(d.toks) && d.toks[k].norm == "the" {
		k++
	}
	e, ok := d.entStartTok[k]
	if !ok || e.Type != model.EntityOrg {
		return false
	}
	p, ok := d.entStartTok[d.tokenAt(e.End)]
	return ok && p.Type == model.EntityPerson
}

// titleWords reads title words that the tagger put inside a name's span
// ("President Joe Biden"): all words must be role words, demonyms or
// "former".
func (d *docState) titleWords(words []string) (title, bool) {
	k := d.s.kb
	var t title
	key := strings.Join(words, " ")
	if r, ok := k.RoleNorm(key); ok {
		t.sector, t.office, t.phrase = r.Sector, r.Office, key
		return t, true
	}
	if c, ok := k.DemonymNorm(key); ok {
		t.country = c
		return t, true
	}
	if key == "former" {
		t.former = true
		return t, true
	}
	return t, false
}

// roleMentions scans the text for role mentions outside named entities and
// returns them as ROLE entities, resolved to an office holder, a
// counterpart, an organisation or a country's sector actor.
func (d *docState) roleMentions() []model.Entity {
	k := d.s.kb
	var out []model.Entity
	var roleAnts []antecedent
	// The role mentions again by phrase, for samePerson: looking back
	// through every role mention for the same phrase was quadratic.
	rolesByPhrase := map[string][]antecedent{}
	inEntity := d.entityMask()
	for i := 0; i < len(d.toks); i++ {
		if d.cancelled(i, int(d.toks[i].start)) {
			return out // ResolveContext returns the context's error
		}
		if inEntity[i] || d.toks[i].norm == "" {
			continue
		}
		if e, ok := d.pairAt(i); ok {
			out = append(out, e)
			continue
		}
		if end, l := d.descriptionAt(i, roleAnts); l != nil {
			e := d.descriptionEntity(i, end, l)
			out = append(out, e)
			roleAnts = append(roleAnts, antecedent{pos: e.Start, sentence: e.Sentence, l: l})
			i = end
			continue
		}
		if end, l := d.staffMention(i); l != nil {
			// "Amnesty's regional director said": the post an
			// organisation owns speaks for it with no name given, as it
			// does in apposition to one (staffOf).
			if p := d.staffHolderAfter(end); p != nil && p.country == "" && strings.HasPrefix(p.id, "doc:person:") {
				// "the UN resident coordinator in Bangladesh, Gwyn
				// Lewis,": the name in apposition holds the post,
				// and speaks for its organisation.
				p.country = l.country
				if p.sector == "" {
					p.sector = l.sector
				}
			}
			out = append(out, d.descriptionEntity(i, end, l))
			i = end
			continue
		}
		if end, l := d.memberMention(i); l != nil {
			e := d.descriptionEntity(i, end, l)
			out = append(out, e)
			roleAnts = append(roleAnts, antecedent{pos: e.Start, sentence: e.Sentence, l: l})
			i = end
			continue
		}
		if end, l := d.electoralMention(i); l != nil {
			// "the electoral commission said": the country's election
			// body, which no role word reads (see electoral.go).
			d.electoralHead(end, l)
			e := d.descriptionEntity(i, end, l)
			out = append(out, e)
			roleAnts = append(roleAnts, antecedent{pos: e.Start, sentence: e.Sentence, l: l})
			i = end
			continue
		}
		if end, l := d.missionBack(i); l != nil {
			// "The French embassy in Nairobi ... The embassy said".
			e := d.descriptionEntity(i, end, l)
			out = append(out, e)
			roleAnts = append(roleAnts, antecedent{pos: e.Start, sentence: e.Sentence, l: l})
			i = end
			continue
		}
		r, j, ok := d.roleStartingAt(i)
		if r2, j2, isDeputy := d.deputyRole(i); isDeputy && (!ok || j2 > j) {
			// "the deputy prime minister", "China's vice premier": the
			// deputy of an office does not hold it.
			r, j, ok = r2, j2, true
		}
		if ok && j == i && d.toks[i].upper && kb.NameHead(d.toks[i].norm) {
			// "Durham University", "Calvary Church": a word of a name.
			continue
		}
		if ok && j == i && speakerDeputies[d.toks[j].norm] && j+1 < len(d.toks) && d.toks[j+1].norm == "speaker" && d.toks[j+1].upper && d.wordRun(j, j+1) {
			// "Kenyan Deputy Speaker Jane Roe": the deputy's title of a
			// legislature (capitalSpeaker), no deputy in the government.
			i = j + 1
			continue
		}
		if ok && j > i && d.toks[i].upper && d.orgAt(j) {
			// "the Trade Union Congress" the tagger cut to "Union
			// Congress": a capitalised role phrase running into an
			// organisation's name is that name's first words.
			continue
		}
		ownedBody := false // a body word read only with a country of its own
		if !ok && i > 0 && d.centralBankBefore(i) {
			// "the Fed chair", "the Fed chairman": a word for a bank's
			// head that is no role alone (a chairman heads anything).
			r, j, ok = kb.RoleInfo{Sector: kb.SectorGovernment, Office: officeCentralBank}, i, true
		}
		if !ok {
			if r, ok = countryBodies[d.toks[i].norm]; !ok {
				continue
			}
			j, ownedBody = i, true
		}
		end := j
		// leadership: a sector word before a word for leaders or officials
		// ("military leaders", "army officials"): the sector's own
		// leadership, see below.
		leadership := false
		// bodyEnd: the last token of a body word modifying the role word
		// ("coast guard" in "a Japanese coast guard official"), -1 when
		// none: the official serves that body, see nationalBody below.
		bodyEnd := -1
		// Skip roles that are titles of a following name (handled with the
		// name), compound modifiers ("army-building") and words inside names.
		if ok := j+1 < len(d.toks); ok {
			next := d.toks[j+1]
			if next.norm == "" && d.art.Text[int(next.start):int(next.end)] == "-" && int(next.start) == int(d.toks[j].end) {
				i = j
				continue
			}
			if e, ok := d.entStartTok[j+1]; ok && e.Type == model.EntityPerson {
				i = j
				continue
			}
			// "the newspaper El Imparcial", "state news agency KCNA": a
			// word for a news medium before an organisation's name says
			// what the name is, in apposition: a mention of the medium
			// named, not of another one (the dateline's agency).
			// So is a word for a state body before its acronym ("Turkey's
			// intelligence agency MIT"): the agency is MIT, not another
			// body of the government.
			if e, ok := d.entStartTok[j+1]; ok && e.Type == model.EntityOrg && (r.Sector == kb.SectorMedia || d.isBodyAcronym(e)) {
				if l := d.byID[e.ActorID]; e.ActorID != "" && l != nil {
					start, stop := int(d.toks[i].start), int(d.toks[j].end)
					m := model.Entity{Text: d.art.Text[start:stop], Type: EntityRole, Sentence: d.sentenceOf(start), Start: start, End: stop}
					d.apply(&m, l)
					m.Type = EntityRole
					out = append(out, m)
				}
				i = j
				continue
			}
			// "Energy Minister Prince Abdulaziz bin Salman".
			if e, ok := d.entStartTok[d.courtesyEnd(j+1)]; ok && e.Type == model.EntityPerson && d.toks[j].upper {
				if o, found := d.officeBeforeCourtesy(d.courtesyEnd(j+1) - 1); found && o == j {
					i = j
					continue
				}
			}
			// "Secretary of Homeland Security Alejandro Mayorkas".
			if d.toks[i].upper && d.roleOfBodyBefore(j) {
				i = j
				continue
			}
			// "Ambassador to the United States Hamdullah Mohib".
			if e, ok := d.entStartTok[d.postingEnd(j)]; ok && e.Type == model.EntityPerson && d.postingEnd(j) > j+1 {
				i = j
				continue
			}
			// "China's military spending", "military aid": the role word
			// modifies a word for money or things, and names no actor.
			if !next.upper && kb.RoleModifies(next.norm) {
				i = j
				continue
			}
			// "military officials": a sector word modifying a role word.
			// A word for an office after one ("military leaders") is
			// that sector's, not the country's leader: the office is
			// dropped, so no holder of it is looked up.
			// "rebel leaders", "insurgent commanders", "militant
			// spokesmen": an armed group's word before a word for its
			// leaders or fighters names the group's people, however
			// the head word alone would be read (a leader governs, a
			// commander serves in an army). So does a criminal group's
			// word: "pirate leaders", "bandit commanders".
			if r2, j2, ok := d.roleStartingAt(j + 1); ok && (r.Group || r.Sector == kb.SectorRebel || r.Sector == kb.SectorCriminal) && !inEntity[j+1] &&
				(r2.Office == "" || r.Sector != kb.SectorGovernment && r2.Sector == kb.SectorGovernment) {
				sector := r.Sector
				if r.Group && r.Office == "" {
					bodyEnd = j
				}
				r = r2
				leadership = r.Sector == kb.SectorGovernment
				// "cartel gunmen", "gang fighters": a criminal group's
				// armed men are criminals, not rebels.
				if r.Sector == kb.SectorGovernment || (sector == kb.SectorRebel || sector == kb.SectorCriminal) && r.Sector == kb.SectorMilitary ||
					sector == kb.SectorCriminal && r.Sector == kb.SectorRebel {
					r.Sector = sector
					r.Office = ""
				}
				end = j2
			}
		}
		t := title{sector: r.Sector, office: r.Office}
		det := i - 1
		possessive := false // "China's foreign minister": as definite as "the"
		c, ci, ok := d.countryEndingAt(i - 1)
		if ok {
			possessive = d.toks[i-1].norm == "'s"
		} else if h := d.hyphenModifierStart(i - 1); h > 0 && d.toks[h-1].norm == "'s" {
			// "Sudan's army-aligned government", "Afghanistan's
			// Taliban-led government": a hyphenated qualifier after the
			// possessive says what kind of government it is, not whose;
			// the country before the possessive owns it, as it owns
			// "Sudan's interim government".
			c, ci, ok = d.countryEndingAt(h - 1)
			possessive = ok
		} else if i >= 3 && d.punct(i-1) == "-" && d.toks[i-2].norm == "ex" {
			// "Brazil's ex-president", "the Kenyan ex-minister": "ex-"
			// is "former" written into the title.
			c, ci, ok = d.countryEndingAt(i - 3)
			possessive = ok && d.toks[i-3].norm == "'s"
			t.former = true
		} else if i >= 2 && d.toks[i-1].norm != "" && !glue[d.toks[i-1].norm] && d.modifier(i-1) {
			// One descriptive word between: "the South African energy
			// ministry", "U.S. defense officials", "China's former
			// foreign minister"; or the subject's own people across a verb
			// of sending them ("North Korea puts military on alert"),
			// unless the role names its country after it: in "Russia
			// expelled diplomats from Latvia" they are Latvia's. Across a
			// verb, only a country or a demonym owns the role: in "the
			// Pakistani army detained journalists" they are not the army's.
			verb := d.verbAt(int(d.toks[i-1].start))
			if _, after := d.countryAfter(end+1, t.sector != kb.SectorMilitary); !after || !verb {
				c, ci, ok = d.countryEndingAt(i - 2)
				if ok && verb && c.org != nil {
					ok = false
				}
				n := 2 // words back to the country's last
				if !ok && !verb && i >= 3 && d.lowerModifier(i-1) && d.lowerModifier(i-2) {
					// Two common words between: "an Iranian state oil
					// company", "Iran's civil nuclear agency".
					// An organisation there owns no company or agency
					// ("the Hamas political bureau"), but an
					// international body's envoy is its own: "the
					// United Nations human rights envoy" serves the UN.
					if c, ci, ok = d.countryEndingAt(i - 3); ok && c.org != nil && (c.org.sector != kb.SectorIGO || !d.envoyAt(end)) {
						ok = false
					}
					n = 3
				}
				if ok {
					possessive = d.toks[i-n].norm == "'s"
					switch d.toks[i-1].norm {
					case "former", "ex", "late", "previous":
						t.former = true
					case "outgoing":
						t.outgoing = true
					case "acting":
						t.acting = true
					}
				}
			}
		}
		coord := -1 // the country modifier's first token, for coordinated ones before it
		if ok {
			t.country, t.org, t.place = c.country, c.org, c.place
			if t.org != nil && r.Office == "" && t.org.sector != "" && (r.Sector == kb.SectorGovernment || missionRoles[d.toks[end].norm]) {
				t.sector = t.org.sector
			}
			det = ci - 1
			coord = ci
		}
		if !ok {
			// "Tigrayan forces", "Baloch militants", "Rohingya
			// refugees": an ethnic group's armed men or refugees are of
			// its country (groupmen.go), its armed men no state's army.
			if gc, gi, found := d.groupCountryEndingAt(i-1, r.Sector, d.toks[end].norm); found {
				t.country = gc
				if r.Sector == kb.SectorMilitary {
					r.Sector, t.sector = kb.SectorRebel, kb.SectorRebel
				}
				det = gi - 1
			}
		}
		if its := d.itsBefore(i); t.country == "" && t.org == nil && t.place == nil && its >= 0 && d.envoyAt(end) {
			// "Chile recalled its ambassador from Lima": an envoy "its"
			// points back to is that country's, whatever place follows;
			// "from" the host is where the envoy is called back from, not
			// the country the envoy speaks for.
			if c := d.countryBefore(int(d.toks[its].start)); c != "" {
				t.country = c
			}
		}
		if t.country == "" {
			// "officers of the Korean People's Army", "spokesman for the ministry";
			// "police in Lagos", "officials in Seoul" (not "troops in
			// Afghanistan": soldiers serve abroad, and so do envoys:
			// "diplomats in Beijing" are foreign ones posted there). A
			// military's leadership does not deploy: "military leaders in
			// Mali", "army officials in Myanmar" lead that country's own
			// forces (a foreign force's are its commanders, named so or by
			// their country: "French commanders in Mali").
			if c, ok := d.countryAfter(end+1, (t.sector != kb.SectorMilitary || leadership) && !d.envoyAt(end) && !negotiatorRoles[d.toks[end].norm] && !d.elsewhereFrom(i) && !(t.sector == kb.SectorRebel && d.metWith(i)) && !(t.sector == kb.SectorMedia && d.pressAudience(i))); ok {
				t.country, t.org, t.place = c.country, c.org, c.place
				if t.org != nil && r.Office == "" && t.org.sector != "" && r.Sector == kb.SectorGovernment {
					t.sector = t.org.sector
				}
			}
		}
		if its := d.itsBefore(i); t.country == "" && t.org == nil && t.place == nil && r.Office == "" && its >= 0 && countryBodyHeads[d.toks[end].norm] {
			// "Portugal will send two frigates, its foreign ministry
			// said": a body only a state has is the country's named last.
			if c := d.countryBefore(int(d.toks[its].start)); c != "" {
				t.country = c
			}
		}
		if ownedBody && t.country == "" {
			i = end
			continue
		}
		if t.country == "" && t.org == nil && t.place == nil {
			// "the Chancellor of the Exchequer": a title only one
			// country's office bears.
			if c, ok := ownCountryTitles[d.phrase(i, end)]; ok {
				t.country = c
			}
		}
		if centralBankHead(t.org, d.toks[end].norm) {
			// "the Fed chair", "the ECB president".
			r.Office, t.office = officeCentralBank, officeCentralBank
		}
		headOffice := "" // the body's head office the role names, if any (bodyOffice)
		if office := d.bodyOffice(t.org, r.Office); office != "" && r.Office != officeCentralBank {
			// "the EU Commission president", "the president of the
			// European Commission": the head of the Commission, not the
			// EU's president.
			r.Office, t.office, headOffice = office, office, office
		}
		definite := possessive
		if det >= 0 && holderAdjective[d.toks[det].norm] {
			t.visitor = d.toks[det].norm == "visiting"
			t.outgoing = d.toks[det].norm == "outgoing"
			det-- // "the visiting Japanese foreign minister"
		}
		if det >= 0 {
			switch d.toks[det].norm {
			case "the", "his", "her", "its", "their", "our":
				definite = true
			case "former", "ex", "then", "late", "previous", "past":
				t.former = true
			}
		}
		start, stop := int(d.toks[i].start), int(d.toks[end].end)
		sent := d.sentenceOf(start)
		var l *link
		if !r.Group {
			l = d.appositiveOwner(i, end)
			if l == nil {
				l = d.appositiveAfter(end)
				// "Peru's foreign minister, Carlos Mendoza," names a
				// person the knowledge base may not know: the role in
				// apposition before the name is all that says whose
				// official he is.
				if l != nil && l.country == "" && t.country != "" && strings.HasPrefix(l.id, "doc:person:") {
					l.country = t.country
					if l.sector == "" {
						l.sector = t.sector
					}
				}
				// "CONAKRY (Reuters) - The government spokesman, Ousmane
				// Gaoual Diallo, said": a home official's title with no
				// country, in apposition, is the dateline country's
				// official, as the title written before the name is
				// (lowerStateTitle), unless its sentence names another
				// country (datelineHome). "South Sudan expelled the United Nations human rights
				// envoy ... The envoy, Maria Lindqvist, said": the
				// definite role in apposition is the one named before
				// by the same words, and the name is that envoy's: the
				// body it serves is the earlier mention's, not the
				// dateline country's.
				if l != nil && l.country == "" && t.country == "" && strings.HasPrefix(l.id, "doc:person:") && i > 0 && d.toks[i-1].norm == "the" {
					if prev := lastSameRole(rolesByPhrase[d.phrase(i, end)], sent); prev != nil {
						l.country = prev.country
						if l.sector == "" {
							l.sector = prev.sector
						}
					}
				}
				if l != nil && l.country == "" && t.country == "" && strings.HasPrefix(l.id, "doc:person:") && d.itsBefore(i) >= 0 {
					// "The Africa CDC said ... Its director general,
					// Samuel Okafor, said": "its" points back to the
					// organisation named last, whose official he is, not
					// to the dateline's government.
					// A party's leader is the party rules' (partyLeaders).
					if org := d.itsOrg(int(d.toks[d.itsBefore(i)].start)); org != nil && org.sector != kb.SectorParty && org.sector != kb.SectorOpposition {
						l.country, l.sector = org.country, org.sector
					}
				}
				if l != nil && l.country == "" && t.country == "" && strings.HasPrefix(l.id, "doc:person:") && d.homeApposition(t, d.toks[end].norm, i < end) {
					if c := d.datelineHome(sent); c != "" {
						l.country = c
						if l.sector == "" {
							l.sector = t.sector
						}
					}
				}
			}
		}
		if l == nil && t.country == "" && t.org == nil && t.place == nil && r.Sector == kb.SectorGovernment && r.Office == "" &&
			i > 0 && subnationalWords[d.toks[i-1].norm] && !d.toks[i-1].upper {
			// "LUCKNOW - Police in Uttar Pradesh arrested ... The state
			// government said": a state's or province's government is
			// the region's the story named last, not the country's;
			// with no region named, it is no one known.
			reg := d.lastRegion(start, sent)
			if reg == nil {
				i = end
				continue
			}
			a := kb.LocalActor(reg.id, reg.name, reg.country, r.Sector)
			l = &link{id: a.ID, name: a.Name, typ: a.Type, country: a.Country, sector: a.Sector}
		}
		if l == nil && !r.Group {
			// "A spokesman for the Office of Management and Budget": a
			// role serving a named body is that body's, never one named
			// before ("the spokesman" would otherwise point back to it);
			// with no body resolved, the role is no one's. A country
			// before the role ("the Chinese spokesman for the ministry")
			// is kept unless the body after it gave it.
			if body, ok := d.servedBody(end + 1); ok && (t.country == "" || body != nil && t.org != nil && t.org.id == body.id) {
				if body == nil {
					i = end
					continue
				}
				l = body
				// "the Secretary of Homeland Security": the head of the
				// body holds the office its name and the role word name
				// the other way round ("Homeland Security Secretary"),
				// when leaders.tsv lists its holders; else the role is
				// the body's.
				if definite && !t.former && r.Office == "" && body.country != "" {
					if office := d.bodyHeadOffice(end, d.phrase(i, end)); office != "" {
						if a, ok := d.officeHolder(body.country, office); ok {
							l = fromActor(a)
						}
					}
				}
				// "the president of the European Commission": the
				// body's head office (bodyOffice, which t.org, the same
				// body, gave the role above).
				if definite && !t.former && r.Office != "" && t.org != nil && t.org.id == body.id && strings.HasPrefix(r.Office, bodyWord(body)+"_") {
					if a, ok := d.officeHolder(body.country, r.Office); ok {
						l = fromActor(a)
					}
				}
			}
		}
		if l == nil && !r.Group && t.country == "" {
			// "the chairman of the Joint Chiefs of Staff Committee": a
			// role phrase that ends in the body's name serves that body.
			l = d.bodyEndingRole(i, end)
		}
		phrase := d.phrase(i, end)
		t.phrase = phrase
		if l == nil && r.Office == "" {
			// A description before the name it describes: "North
			// Korea's main news agency Korean Central News Agency". A
			// word any organisation is ("company", "firm", "group")
			// gives its sector only as a default: "Russian private
			// military company Wagner Group" describes Wagner, an
			// armed force, not a second, business actor.
			if e, ok := d.entStartTok[end+1]; ok && e.Type == model.EntityOrg {
				if ol := d.entEnd[e.End]; ol != nil && ol.typ == kb.TypeOrganisation &&
					(ol.sector == t.sector || anyOrgNouns[d.toks[end].norm] && ol.sector != "") &&
					(t.country == "" || ol.country == t.country) {
					l = ol
				}
			}
		}
		if l == nil && r.Office == "" && !r.Group && phrase == "counterpart" {
			l = d.counterpart(start, sent, t, roleAnts)
		}
		if l == nil && definite && !t.former && !r.Group {
			// "the harbour master said" after "Ian Doyle, the harbour
			// master,": the person that role was last given to.
			l = samePerson(rolesByPhrase[phrase], phrase, t.country, headOffice, sent-referenceWindow)
			// "Biden ... the president ... met Xi Jinping. The president
			// said": another holder of the office named since makes it
			// either.
			if l != nil && r.Office != "" && t.country == "" && d.otherHolderSince(r.Office, l, rolesByPhrase[phrase], start) {
				l = nil
			}
		}
		if l == nil && definite && !t.former && r.Office == "" && t.country == "" && t.org == nil && t.place == nil {
			// "Niger's military junta invited the Wagner Group ... The
			// junta also revoked ...": a body named again by the head
			// noun it was just given is that body, not the latest
			// organisation of its sector (a foreign armed group).
			l = sameHeadRole(roleAnts, phrase, d.toks[end].norm, start, sent)
		}
		if l == nil && definite && !t.former && r.Sector == kb.SectorJudiciary && t.place != nil && t.org == nil {
			// "The International Tribunal for the Law of the Sea ...
			// The court in Hamburg said": a court in the city the court
			// named last sits in (data/seats.tsv) is that court, not
			// the host city's judiciary.
			if c := d.lastCourt(start); c != nil && (k.SeatNamed(c.id, t.place.name, t.place.country) || k.SeatNamed(c.id, d.placeWritten(end), t.place.country)) {
				l = c
			}
		}
		if l == nil && definite && !t.former && r.Office == "" {
			l = d.definiteOrg(start, sent, t, d.toks[end].norm)
		}
		if l == nil && definite && !t.former && r.Sector == kb.SectorJudiciary && t.country == "" && t.org == nil && t.place == nil &&
			d.toks[i-1].norm == "the" {
			// "The court rejected the appeal": the court named last,
			// however far back; with none named, the judiciary of the
			// country the story is in.
			if l = d.lastCourt(start); l != nil {
			} else if _, named := d.namedCountry(start, sent); named && i >= 2 && d.toks[i-2].norm == "to" {
				// "Russia's appeal to the court", "Kenya took the
				// dispute to the tribunal": a country named before a
				// court something is brought to is a party before it,
				// and a party's court need not be its own.
			} else if c := d.contextCountry(start, sent); c != "" {
				if a, ok := k.SectorActor(c, kb.SectorJudiciary); ok {
					l = fromActor(&a)
				}
			}
		}
		if l == nil && definite && !t.former && !r.Group && r.Office != "" && t.country == "" && t.org == nil && t.place == nil {
			// "the president" in an article that names Joe Biden: the one
			// person named in it who held that office on its date.
			l = d.namedHolder(r.Office, start)
		}
		if l == nil && t.place != nil && t.org == nil && (localSector[t.sector] && !d.capital(t.place) && !d.seatedGovernment(i, end, t.place) || localRoles[phrase]) {
			// "Texas officials", "officials in Frankfurt", "the mayor of
			// Chicago": the city's or region's own government.
			a := kb.LocalActor(t.place.id, t.place.name, t.place.country, t.sector)
			l = &link{id: a.ID, name: a.Name, typ: a.Type, country: a.Country, sector: a.Sector}
		}
		if l == nil && t.place != nil && t.org == nil && r.Office == "" && t.sector == kb.SectorGovernment && d.capital(t.place) {
			// "officials in Brussels", "Brussels officials": the
			// organisation a seat stands for (see seatIGO).
			key := kb.Normalize(t.place.name)
			if igo := d.seatIGO(key, k.LookupNorm(key, d.date)); igo != nil {
				l = fromActor(igo)
			}
		}
		if l == nil && t.country != "" {
			// "the National Rally leader": a party's leader is the
			// party's, not the holder of the state's office of that
			// name (the president, for "leader"), who leads another
			// party or none; the knowledge base does not say which
			// party a holder leads.
			//
			// Likewise a legislature's or a court's ("the U.S. Senate
			// president", "the U.S. Congress president", "the Supreme
			// Court president"): a body noun between the country and
			// the title makes the body's presiding officer, not the
			// country's head; the role is the body's.
			partyRole := t.org != nil && ownHeadSectors[t.org.sector]
			if definite && !t.former && !t.acting && r.Office != "" && !r.Group && !partyRole && titleOfficeIn(t.phrase, t.country) {
				holder := d.officeHolder
				if t.outgoing {
					holder = d.outgoingHolder
				}
				if a, ok := holder(t.country, r.Office); ok {
					l = fromActor(a)
				}
			}
			if l == nil && t.org != nil {
				l = t.org
			}
			if l == nil && r.Group && r.Office == "" && d.defenceMinistryAt(i, phrase) {
				// "Ukraine's defence ministry said": coded as the
				// capitalised "Russia's Defence Ministry" is.
				l = defenceMinistry(k, t.country)
			}
			if l == nil && r.Group && r.Office == "" {
				l = d.nationalBody(t.country, phrase, i)
			}
			if l == nil && bodyEnd >= 0 {
				// "a Japanese coast guard official", "a U.S. navy
				// spokesman": the official speaks for the country's body
				// the modifier names, when the knowledge base lists it
				// (Japan Coast Guard), not for the sector as a whole.
				l = d.nationalBody(t.country, d.phrase(i, bodyEnd), i)
			}
			if l == nil && t.former && t.org == nil && !r.Group {
				// "China's former foreign minister", "Peru's late
				// president": the holder has left the office, so he acts
				// for his country but no longer for its government.
				if a, ok := k.Actor(t.country); ok {
					l = fromActor(a)
				}
			}
			if l == nil {
				if a, ok := k.SectorActor(t.country, t.sector); ok {
					l = &link{id: a.ID, name: a.Name, typ: a.Type, country: a.Country, sector: a.Sector, qid: a.QID}
				}
			}
		}
		if l == nil && t.country == "" && !t.former && !r.Group && spokesWords[phrase] && !definite {
			// "..., a spokeswoman said": the body the sentence opens
			// with ("The commission ..."), else the body just named.
			if l = d.subjectBody(start, sent); l == nil {
				l = d.spokesBody(start, sent)
			}
		}
		if l == nil && t.country == "" && t.org == nil && t.place == nil && stateOutlets[phrase] {
			l = d.stateOutlet(start, sent, roleAnts)
		}
		if l == nil && t.country == "" && t.org == nil && !t.former {
			l = d.homeBody(i, end, phrase, r, t)
		}
		if l == nil {
			l = d.homeHolder(t, r, definite)
		}
		if l == nil && !t.former {
			l = d.datelineHolder(t, r, i, start, sent)
		}
		if l == nil {
			l = d.datelineGovernment(t, r, i, end, start, sent)
		}
		if l == nil {
			l = d.datelineJunta(t, i, end, start, sent)
		}
		if l == nil && definite && presidingTitle(t) {
			l = d.datelineLegislature(start, sent)
		}
		i = end
		if l == nil {
			continue
		}
		// "Samsung workers", "employees of Volkswagen", "workers at
		// Boeing": a company's workers are its country's labour, who strike
		// against the company, not the company itself.
		if l == t.org && l.sector == kb.SectorBusiness && r.Sector == kb.SectorLabour && l.country != "" {
			if a, ok := k.SectorActor(l.country, kb.SectorLabour); ok {
				l = &link{id: a.ID, name: a.Name, typ: a.Type, country: a.Country, sector: a.Sector, qid: a.QID}
			}
		}
		e := model.Entity{Text: d.art.Text[start:stop], Type: EntityRole, Sentence: sent, Start: start, End: stop}
		d.apply(&e, l)
		e.Type = EntityRole
		if l.sector == "" && !(t.former && l.typ == kb.TypeCountry) {
			e.Sector = t.sector
		}
		if l == t.org {
			if sec := govArmedSector(l.sector, r.Sector, d.toks[end].norm); sec != "" {
				e.Sector = sec
			}
		}
		out = append(out, e)
		if ownedBody {
			// "Britain's embassy", "its consulate in Erbil".
			d.noteMission(start, sent, []string{d.toks[end].norm}, l)
		}
		ant := antecedent{pos: start, sentence: sent, l: l, office: r.Office, phrase: phrase, country: t.country}
		// An office of another body, "president of the union", "prime
		// minister of the club's board": a bare "the president" later
		// may well be the country's. A portfolio ("minister for trade")
		// or a role that is no office ("chief executive of Acme") stays
		// that person's.
		if t.country == "" && r.Office != "" && end+2 < len(d.toks) {
			if n := d.toks[end+1].norm; n == "of" || n == "at" {
				if a := d.toks[end+2]; a.norm == "the" || a.norm == "a" || a.upper {
					ant.qualified = true
				}
			}
		}
		if ant.office == "" && l.typ == kb.TypePerson {
			ant.office = firstOffice(l)
		}
		roleAnts = append(roleAnts, ant)
		rolesByPhrase[phrase] = append(rolesByPhrase[phrase], ant)
		if d.roleAt == nil {
			d.roleAt = map[int]*link{}
		}
		d.roleAt[end] = l
		if coord >= 0 && !t.former && t.org == nil && t.place == nil && (r.Group || strings.HasSuffix(d.toks[end].norm, "s")) {
			d.coordinated(coord, t, r, definite)
		}
	}
	return out
}

// govArmedSector returns the sector of the armed men a government's name
// goes before: "Taliban fighters", "Taliban forces" (after 15 August 2021)
// are that government's armed forces, as "Afghan troops" are, not the
// government itself; a police word keeps the police ("Taliban police").
// It returns "" for any other role, or a body that is no government's
// ("Hamas fighters" stay the armed group's).
func govArmedSector(orgSector, roleSector, head string) string {
	if orgSector != kb.SectorGovernment {
		return ""
	}
	switch {
	case roleSector == kb.SectorMilitary || roleSector == kb.SectorPolice:
		return roleSector
	case armedMemberWords[head]:
		// A word for an armed group's men ("fighters", "gunmen") after a
		// government's name names its fighting men, whom the word alone
		// would make rebels.
		return kb.SectorMilitary
	}
	return ""
}

// armedMemberWords are the words for armed men roles.tsv gives to armed
// groups ("fighters", "gunmen").
var armedMemberWords = wordSet("fighter fighters gunman gunmen militiaman militiamen")

// countryBodies are words for a body that name a country's body only with
// the country written with them ("Iran's nuclear agency", "the Japanese
// space agency", "agencies of the United Nations"). They are no role words
// of their own: "the agency said" points back to a body named before (a UN
// agency, a news agency), which the event coder, reading role words by
// itself, would take for a government's. A state's mission abroad is
// such a body too ("Russia said its embassy in Kyiv had been hit", "the
// Kenyan embassy's staff"): "the embassy said" alone is some state's, which
// one the words do not say, and the place after it is the host's, never
// the owner (envoyRoles).
var countryBodies = map[string]kb.RoleInfo{
	"agency":     {Sector: kb.SectorGovernment, Group: true},
	"agencies":   {Sector: kb.SectorGovernment, Group: true},
	"embassy":    {Sector: kb.SectorGovernment},
	"embassies":  {Sector: kb.SectorGovernment, Group: true},
	"consulate":  {Sector: kb.SectorGovernment},
	"consulates": {Sector: kb.SectorGovernment, Group: true},
}

// bodyHeadOffice returns the office a role word heads when "of" (and
// "the") and a named body follow it, read as the body's name before the
// role word: "Secretary of Homeland Security" is the office of "homeland
// security secretary", "Minister of the Interior" that of "interior
// minister", when roles.tsv lists that phrase with an office. end is the
// role's last token, phrase its normalised words.
func (d *docState) bodyHeadOffice(end int, phrase string) string {
	i := end + 1
	if i >= len(d.toks) || d.toks[i].norm != "of" {
		return ""
	}
	i++
	if i < len(d.toks) && d.toks[i].norm == "the" {
		i++
	}
	e, ok := d.entStartTok[i]
	if !ok || e.Type != model.EntityOrg {
		return ""
	}
	if r, ok := d.s.kb.RoleNorm(kb.Normalize(e.Text) + " " + phrase); ok && !r.Group {
		return r.Office
	}
	return ""
}

// bodyOffice returns the office the head of the body org holds under the
// role's office word, as leaders.tsv keys the heads of a union's or a
// bloc's organs: the body's name's last word and the office
// ("commission_president" for the European Commission's and the ECOWAS
// Commission's president, "council_president" for the European
// Council's), when the knowledge base has a holder of it at the article's
// date; "" otherwise, and the role stays the body's.
func (d *docState) bodyOffice(org *link, office string) string {
	if org == nil || office == "" || org.typ != kb.TypeOrganisation || org.country == "" {
		return ""
	}
	w := bodyWord(org)
	if w == "" {
		return ""
	}
	key := w + "_" + office
	if _, ok := d.officeHolder(org.country, key); !ok {
		return ""
	}
	return key
}

// bodyEndingRole returns the organisation named inside the role phrase
// toks[i:end+1] and ending with it (roles.tsv lists "chairman of the joint
// chiefs of staff", which the tagger also reads as a body), nil when none.
func (d *docState) bodyEndingRole(i, end int) *link {
	for k := i + 1; k <= end; k++ {
		e, ok := d.entStartTok[k]
		if !ok || e.Type != model.EntityOrg || e.End != int(d.toks[end].end) {
			continue
		}
		if l := d.entEnd[e.End]; l != nil && l.typ == kb.TypeOrganisation {
			return l
		}
	}
	return nil
}

// bodyWord is the last word of a body's name, normalised: the organ
// ("commission", "council") its head's office key begins with.
func bodyWord(org *link) string {
	words := strings.Fields(kb.Normalize(org.name))
	if len(words) == 0 {
		return ""
	}
	return words[len(words)-1]
}

// deputyWords make the office word after them a deputy's: the vice
// premier, the deputy prime minister and the assistant secretary of state
// hold no office of their own that leaders.tsv lists, and least of all
// the one they deputise in.
var deputyWords = map[string]bool{"deputy": true, "vice": true, "assistant": true}

// deputyRole reads a deputy's title starting at toks[i] ("deputy foreign
// minister", "vice premier"): a government role with no office, ending
// where the office's words end. A title listed whole in roles.tsv ("vice
// president", "deputy president", "deputy secretary of state") is longer
// or as long, and wins over this.
func (d *docState) deputyRole(i int) (kb.RoleInfo, int, bool) {
	if !deputyWords[d.toks[i].norm] || i+1 >= len(d.toks) {
		return kb.RoleInfo{}, 0, false
	}
	next := i + 1
	if d.joinedHyphen(next) {
		// "vice-premier", "deputy-governor": the deputy's word joined
		// to the office's by a hyphen, as British and Asian wire copy
		// writes it.
		next++
	}
	if !d.wordRun(i, i) || !d.wordRun(next, next) {
		return kb.RoleInfo{}, 0, false
	}
	r, j, ok := d.roleStartingAt(next)
	if !ok || r.Office == "" || r.Group {
		return kb.RoleInfo{}, 0, false
	}
	return kb.RoleInfo{Sector: r.Sector}, j, true
}

// joinedHyphen reports whether toks[x] is a hyphen with a word right
// before and right after it, no space between ("vice-premier").
func (d *docState) joinedHyphen(x int) bool {
	if x < 1 || x+1 >= len(d.toks) || d.toks[x].norm != "" || d.art.Text[int(d.toks[x].start):int(d.toks[x].end)] != "-" {
		return false
	}
	return d.toks[x-1].end == d.toks[x].start && d.toks[x+1].start == d.toks[x].end && d.toks[x+1].norm != ""
}

// coordinated gives the nationality words (or countries' names) coordinated
// before a plural role's own ("Russian and Chinese diplomats", "French,
// German and Italian ministers") the role's actor of their country: the diplomats are
// Russia's and China's, not China's alone. i is the first token of the
// modifier next to the role.
func (d *docState) coordinated(i int, t title, r kb.RoleInfo, definite bool) {
	// The role's own modifier is a nationality word ("Chinese", not
	// "U.S."): only then may a country's name before it share the role
	// ("US and Chinese officials"); "China and U.S. officials" may be
	// China and the officials.
	own, ok := d.entStartTok[i]
	adjective := ok && own.Type == model.EntityNORP
	for first := true; i >= 2; first = false {
		j := i - 1
		switch {
		case d.toks[j].norm == "and" || d.toks[j].norm == "or":
			j--
			if j >= 0 && d.punct(j) == "," {
				j-- // "French, German, and Italian"
			}
		case d.punct(j) == "," && !first:
			// A comma lists only before the "and" next to the role:
			// "French, German and Italian ministers", not "When it
			// comes to North Korea, U.S. officials".
			j--
		default:
			return
		}
		if j < 0 {
			return
		}
		e, ok := d.entByEnd[int(d.toks[j].end)]
		if !ok {
			return
		}
		switch e.Type {
		case model.EntityNORP:
		case model.EntityGPE, model.EntityLoc:
			// A country's name ("US and Chinese officials") or a
			// direction sharing the name after it ("North and South
			// Korean officials").
			if !adjective && !directions[kb.Normalize(e.Text)] {
				return
			}
		default:
			return
		}
		l0 := d.entEnd[e.End]
		if l0 == nil || l0.typ != kb.TypeCountry || l0.country == "" || l0.country == t.country {
			return
		}
		var l *link
		if definite && r.Office != "" && !r.Group {
			// "the French and German foreign ministers": each holder.
			if a, ok := d.officeHolder(l0.country, r.Office); ok {
				l = fromActor(a)
			}
		}
		if l == nil {
			if a, ok := d.s.kb.SectorActor(l0.country, t.sector); ok {
				l = &link{id: a.ID, name: a.Name, typ: a.Type, country: a.Country, sector: a.Sector, qid: a.QID}
			}
		}
		if l == nil {
			return
		}
		d.apply(e, l)
		if l.sector == "" {
			e.Sector = t.sector
		}
		d.entEnd[e.End] = l
		i = d.tokenAt(e.Start)
	}
}

// anyOrgNouns are words for an organisation of any kind, whose sector
// (business, in roles.tsv) is only a default.
var anyOrgNouns = wordSet("company companies firm group outfit organisation organization contractor")

// definiteOrg finds what a definite description of an organisation refers
// back to ("USFK said ..., the U.S. command said"; "KCNA reported ... the
// agency added"): the nearest organisation named in this or the previous
// sentence, before the description, of the same sector and, when the
// description names one, the same country. A description headed by a word
// for one kind of state body (head: "ministry", "embassy", "army") goes
// back only to an organisation the article alone names whose name has
// that word: "the Danish ministry" after "the Danish embassy" is another
// body of the same state, not the embassy. A trade description ("the
// drugmaker", "the toymaker") looks further back, up to tradeWindow
// sentences, for a company known to ply that trade.
func (d *docState) definiteOrg(pos, sent int, t title, head string) *link {
	if t.sector == "" {
		return nil
	}
	// Start at the last antecedent before pos: antecedents are in text
	// order (Resolve sorts the entities by Start), and stepping back over
	// every later one made this quadratic in the length of the text.
	for i := before(d.antecedents, pos) - 1; i >= 0; i-- {
		a := d.antecedents[i]
		if a.sentence < sent-tradeWindow || a.sentence < sent-1 && headTrade(head) == "" {
			break
		}
		if a.sentence < sent-1 && !sameTrade(d.s.kb, head, a.l) {
			continue // beyond the previous sentence, only a company of the trade named (tradeWindow)
		}
		if a.l.typ != kb.TypeOrganisation || a.l.vessel || t.country != "" && a.l.country != t.country {
			continue // "the coast guard said" after "the BRP Teresa Magbanua" is the service, not its ship
		}
		if t.sector == kb.SectorJudiciary && courtPhrases[t.phrase] && justiceMinistry(a.l) {
			continue // "the court" after "the Justice Department"
		}
		if kb.StateBodyHead(head) && strings.HasPrefix(a.l.id, "doc:org:") && !slices.Contains(strings.Fields(kb.Normalize(a.l.name)), head) {
			continue // "the Danish ministry" after "the Danish embassy"
		}
		if otherTrade(d.s.kb, head, a.l) {
			continue // "the French drugmaker" after "Renault", a carmaker
		}
		// A firm the knowledge base does not know has no sector; "the
		// company" or "the airline" after it is that firm.
		if a.l.sector == t.sector || a.l.sector == "" && t.sector == kb.SectorBusiness && strings.HasPrefix(a.l.id, "doc:") {
			return a.l
		}
	}
	return nil
}

// sameHeadRole returns the body a definite role with no office refers back
// to by its head noun: the latest role mention, in this sentence or the one
// before (definiteOrg's window), whose phrase ends in the same word and that
// named a country ("Niger's military junta" for "the junta"), or nil.
func sameHeadRole(roleAnts []antecedent, phrase, head string, pos, sent int) *link {
	for i := before(roleAnts, pos) - 1; i >= 0; i-- {
		a := roleAnts[i]
		if a.sentence < sent-1 {
			break
		}
		if a.office != "" || a.country == "" || a.l == nil || a.l.country != a.country || a.l.typ == kb.TypePerson {
			continue
		}
		if f := strings.Fields(a.phrase); a.phrase == phrase || len(f) > 0 && f[len(f)-1] == head {
			return a.l
		}
	}
	return nil
}

// before returns how many of ants, in text order, lie before byte offset
// pos.
func before(ants []antecedent, pos int) int {
	return sort.Search(len(ants), func(i int) bool { return ants[i].pos >= pos })
}

// referenceWindow is how many sentences back a mention is looked for as
// what a later phrase refers to ("the two ministers", "the court", "the
// president", "the bloc"). A news report is rarely longer than 100
// sentences, and a phrase refers back to something its reader still has
// in mind; 200 sentences back is no antecedent. The bound keeps the
// backward scans linear in the length of the text: unbounded, each scan
// that found nothing walked back to the start, and a 10 MB text did not
// finish in minutes.
const referenceWindow = 200

// windowStart returns the index of the first of ants, in text order, that
// lies no more than referenceWindow sentences before sentence sent.
func windowStart(ants []antecedent, sent int) int {
	return sort.Search(len(ants), func(i int) bool { return ants[i].sentence >= sent-referenceWindow })
}

// window returns the range of ants, in text order, that lie before byte
// offset pos and in sentence sent-1 or later: the mentions counterpart
// considers, found without a scan of all of them.
func window(ants []antecedent, pos, sent int) (lo, hi int) {
	hi = before(ants, pos)
	lo = sort.Search(hi, func(i int) bool { return ants[i].sentence >= sent-1 })
	return lo, hi
}

func firstOffice(l *link) string {
	if len(l.offices) > 0 {
		return l.offices[0]
	}
	return ""
}

// counterpart resolves "his North Korean counterpart": the same office or
// sector as the nearest earlier mention of another country's actor in this
// or the previous sentence, in the counterpart's country.
func (d *docState) counterpart(pos, sent int, t title, roleAnts []antecedent) *link {
	if t.country == "" {
		return nil
	}
	var best *antecedent
	consider := func(a *antecedent) {
		if a.pos >= pos || a.sentence < sent-1 || a.l.country == "" || a.l.country == t.country {
			return
		}
		if a.l.typ != kb.TypePerson && a.l.sector == "" {
			return
		}
		if best == nil || a.pos > best.pos {
			best = a
		}
	}
	// Only the mentions from the previous sentence up to pos can be
	// considered; both lists are in text order.
	lo, hi := window(d.antecedents, pos, sent)
	for i := lo; i < hi; i++ {
		consider(&d.antecedents[i])
	}
	lo, hi = window(roleAnts, pos, sent)
	for i := lo; i < hi; i++ {
		consider(&roleAnts[i])
	}
	if best == nil {
		return nil
	}
	k := d.s.kb
	offices := []string{best.office}
	if best.l.typ == kb.TypePerson {
		if !strings.HasPrefix(best.l.id, "doc:") {
			_, offices = k.OfficeAt(best.l.id, d.date)
		}
	}
	for _, o := range offices {
		if o == "" {
			continue
		}
		if a, ok := d.officeHolder(t.country, o); ok {
			return fromActor(a)
		}
	}
	sector := best.l.sector
	if sector == "" {
		sector = kb.SectorGovernment
	}
	if a, ok := k.SectorActor(t.country, sector); ok {
		return &link{id: a.ID, name: a.Name, typ: a.Type, country: a.Country, sector: a.Sector}
	}
	return nil
}

// countryAfter reads "of/for/from [the] X" after a role word.
func (d *docState) countryAfter(i int, in bool) (title, bool) {
	if i >= len(d.toks) {
		return title{}, false
	}
	located := false
	switch d.toks[i].norm {
	case "of", "for", "from", "at":
	case "in", "across", "throughout":
		// "Farmers across France", "students throughout Indonesia":
		// where a group is spread is where it is from, as with "in".
		if !in {
			return title{}, false
		}
		located = true
	default:
		return title{}, false
	}
	i++
	if i < len(d.toks) && d.toks[i].norm == "the" {
		i++
	}
	// "leader of the opposition Progressive Slovakia", "members of the
	// ruling party Georgian Dream": the frame describes the party named
	// after it, whose country it is.
	if f := d.afterFrameWords(i); f > i {
		if _, ok := d.entStartTok[f]; ok {
			i = f
		}
	}
	// "a church in northern Nigeria": a part of the country it is in. (Not
	// after "from": in "its troops from eastern Congo" the troops leave.)
	if located && i+1 < len(d.toks) && kb.IsRegionWord(d.toks[i].norm) {
		if e, ok := d.entStartTok[i+1]; ok && e.Type != model.EntityPerson {
			i++
		}
	}
	if i >= len(d.toks) {
		return title{}, false
	}
	if e, ok := d.entStartTok[i]; ok {
		l, ok := d.entEnd[e.End]
		if !ok {
			// Not resolved yet (an appositive read while resolving the
			// name before it).
			l = d.quickLink(e)
			ok = l != nil
		}
		if ok && l.country != "" {
			t := title{country: l.country, place: placeOf(l)}
			// A body named by its bare name and linked to its country's
			// sector ("a spokesman for Congress" in Lima: Peru's
			// legislature, which the knowledge base lacks as a body of
			// its own) is the body served all the same.
			if l.typ == kb.TypeOrganisation || e.Type == model.EntityOrg && d.sectorBody(l) {
				t.org = l
			}
			// "fighters of the Russian private military company Wagner
			// Group": a nationality and a description before a named
			// organisation only describe it; the role serves the body.
			if t.org == nil && e.Type == model.EntityNORP {
				if o := d.describedOrg(d.tokenAt(e.End), l.country); o != nil {
					t.org, t.place = o, nil
					if o.country != "" {
						t.country = o.country
					}
					return t, true
				}
			}
			// "a spokesperson for the Philippine coast guard": the body
			// after the nationality is whom the role serves.
			if n := d.tokenAt(e.End); t.org == nil && n < len(d.toks) && (e.Type == model.EntityNORP || l.typ == kb.TypeCountry) {
				if r, j, ok := d.roleStartingAt(n); ok && r.Group && r.Office == "" {
					if b := d.nationalBody(l.country, d.phrase(n, j), n); b != nil {
						t.org, t.place = b, nil
					} else if a, ok := d.s.kb.SectorActor(l.country, r.Sector); ok {
						t.org, t.place = fromActor(&a), nil
					}
				}
			}
			return t, true
		}
	}
	return title{}, false
}

// sectorBody reports whether l is the stand-in the knowledge base makes
// for a sector of a country it holds no body of (kb.SectorActor: "PER.LEG",
// Peru's legislature).
func (d *docState) sectorBody(l *link) bool {
	return l.typ == kb.TypeRole && l.country != "" && l.sector != "" && l.id == l.country+"."+kb.SectorCode(l.sector)
}

// describedOrg returns the organisation named after a description of one
// to four lower-case nouns and adjectives starting at token n ("private
// military company Wagner Group", "militant group Hamas") when it is of
// country (or of none), or nil. Without the tagger's parts of speech it
// reads none.
func (d *docState) describedOrg(n int, country string) *link {
	for k := n; k < len(d.toks) && k < n+5; k++ {
		if e, ok := d.entStartTok[k]; ok {
			if k == n || e.Type != model.EntityOrg {
				return nil
			}
			l := d.entEnd[e.End]
			if l == nil || l.typ != kb.TypeOrganisation || l.country != "" && l.country != country {
				return nil
			}
			return l
		}
		w := d.toks[k]
		if w.norm == "" || w.upper || glue[w.norm] {
			return nil
		}
		if p := d.posAt(int(w.start)); p == "" || p[0] != 'N' && p[0] != 'J' {
			return nil
		}
	}
	return nil
}

// servedBody reads "for", "of" or "at" (and "the") and a named organisation
// from toks[i]: the body a role word before it serves ("a spokesman for the
// Office of Management and Budget"). ok reports the phrase; the link is the
// organisation's, nil when it resolved to no organisation.
func (d *docState) servedBody(i int) (*link, bool) {
	if i >= len(d.toks) {
		return nil, false
	}
	switch d.toks[i].norm {
	case "for", "of", "at":
	default:
		return nil, false
	}
	i++
	if i < len(d.toks) && d.toks[i].norm == "the" {
		i++
	}
	e, ok := d.entStartTok[i]
	if !ok || e.Type != model.EntityOrg {
		return nil, false
	}
	l := d.entEnd[e.End]
	if l != nil && l.typ != kb.TypeOrganisation && !d.sectorBody(l) {
		l = nil
	}
	return l, true
}

// nationalityBefore reads a nationality before a description that ends at
// token j: "Swedish defender", "American professional baseball player".
func (d *docState) nationalityBefore(j int) (string, bool) {
	for n := 1; n <= 3 && j-n >= 0; n++ {
		w := d.toks[j-n+1]
		if w.norm == "" || w.upper || glue[w.norm] {
			return "", false
		}
		if p := d.posAt(int(w.start)); p == "" || p[0] != 'N' && p[0] != 'J' {
			// Without the tagger's parts of speech this is not read.
			return "", false
		}
		k := j - n
		e, ok := d.entByEnd[int(d.toks[k].end)]
		if !ok || e.Type == model.EntityPerson || e.Type == model.EntityGPE || e.Type == model.EntityLoc {
			continue
		}
		if c, ok := d.s.kb.DemonymNorm(kb.Normalize(cleanName(e.Text))); ok {
			return c, true
		}
		return "", false
	}
	return "", false
}

// shortTitles are titles written short before a name, with the role
// phrase each stands for.
var shortTitles = map[string]string{
	"sen": "senator", "rep": "congressman", "gov": "governor", "gen": "general", "adm": "admiral",
	"col": "officer", "maj": "officer", "capt": "officer", "lt": "officer", "sgt": "soldier", "cpl": "soldier",
	"pres": "president", "amb": "ambassador", "insp": "police officer", "det": "police officer",
	// "Justice Alexandre de Moraes", "Chief Justice Jane Doe": a judge of
	// a high court. Only capitalised right before a name: "justice" is no
	// role word (victims "demand justice"; "the Justice Department" is a
	// ministry, named as an organisation).
	"justice": "judge",
}

// shortPersonTitle reads the short title the tagger put at the front of a
// person's span ("Sen. Leon Marsh", "Rep. Ida Kemp", "Gov. Ray Dunn") as
// the role it stands for, as it is read before a span (titleBefore): only
// at the front and only for a person, with the abbreviation's period
// written, since the bare words ("Gen", "Justice") open other names.
func (d *docState) shortPersonTitle(e model.Entity, words []string, p int) (title, bool) {
	if e.Type != model.EntityPerson || p != 0 || len(words) < 3 {
		return title{}, false
	}
	full, ok := shortTitles[words[0]]
	if !ok || !strings.HasPrefix(strings.TrimSpace(e.Text), strings.ToUpper(words[0][:1])) {
		return title{}, false
	}
	if f := strings.Fields(e.Text); len(f) == 0 || !strings.HasSuffix(f[0], ".") {
		return title{}, false
	}
	return d.titleWords([]string{full})
}

// postingEnd returns, for a role word ending at token j and followed by a
// posting ("to the United States", "to the UN"), the index of the token
// after the posting's name; j+1 when there is no posting.
func (d *docState) postingEnd(j int) int {
	n := j + 1
	if n >= len(d.toks) || d.toks[n].norm != "to" {
		return j + 1
	}
	n++
	if n < len(d.toks) && d.toks[n].norm == "the" {
		n++
	}
	e, ok := d.entStartTok[n]
	if !ok || (e.Type != model.EntityGPE && e.Type != model.EntityOrg) {
		return j + 1
	}
	return d.tokenAt(e.End)
}

// postingStart is postingEnd read backwards: for a posting's name ending at
// token j ("... to the United States" before a person's name), the index of
// "to"; -1 when the words before are no posting.
func (d *docState) postingStart(j int) int {
	e, ok := d.entByEnd[int(d.toks[j].end)]
	if !ok || (e.Type != model.EntityGPE && e.Type != model.EntityOrg) {
		return -1
	}
	n := d.tokenAt(e.Start) - 1
	if n >= 0 && d.toks[n].norm == "the" {
		n--
	}
	if n < 1 || d.toks[n].norm != "to" {
		return -1
	}
	return n
}

// quickLink is what an entity not resolved yet stands for, as far as the
// knowledge base alone says: its name's first actor, or, for a name that
// begins with a nationality ("Mexican Foreign Ministry"), that country.
// Person entities give nil: a person's title is read as that person's.
func (d *docState) quickLink(e *model.Entity) *link {
	if e.Type == model.EntityPerson {
		return nil
	}
	key := kb.Normalize(cleanName(e.Text))
	if cands := d.inContext(e, key, d.s.kb.LookupNorm(key, d.date)); len(cands) > 0 {
		return fromActor(cands[0])
	}
	if a, ok := d.usHouse(e); ok {
		return fromActor(a) // "House Speaker Mike Johnson" in a story from Washington
	}
	if e.Type == model.EntityNORP {
		// "a spokesman for the French foreign ministry" read while
		// resolving the name before it: a nationality word is its
		// country, as resolving it will make it.
		if c, ok := d.s.kb.DemonymNorm(key); ok {
			if a, ok := d.s.kb.Actor(c); ok {
				return fromActor(a)
			}
		}
	}
	// An organisation the article named before ("the Nigeria Labour
	// Congress called the strike. Joe Ajaero, president of the Nigeria
	// Labour Congress") is the one resolved then, with its sector.
	if l, ok := d.byID["doc:org:"+kb.Slug(cleanName(e.Text))]; ok && e.Type == model.EntityOrg {
		return l
	}
	words := strings.Fields(key)
	for n := min(2, len(words)-1); n >= 1; n-- {
		if c, ok := d.s.kb.DemonymNorm(strings.Join(words[:n], " ")); ok {
			return &link{id: "doc:org:" + kb.Slug(e.Text), name: e.Text, typ: kb.TypeOrganisation, country: c}
		}
	}
	return nil
}

// appositiveOwner returns the person whose appositive contains the role word
// at token i ("Jane Roe, South Korea's unification minister,").
//
// A role phrase (ending at token end) followed by a verb is the subject of
// a clause of its own, and a name after "according to" is a source, not the
// head of an apposition: in "According to Duvall, the president will
// visit Mexico" the president is not Duvall.
func (d *docState) appositiveOwner(i, end int) *link {
	if end+1 < len(d.toks) && d.toks[end+1].norm != "" && d.verbAt(int(d.toks[end+1].start)) {
		return nil
	}
	for j := i - 1; j > 0 && j >= i-8; j-- {
		if d.toks[j].norm != "" {
			// "Carlos Mendoza, met Chile's president": a finite verb
			// between the comma and the role makes the role its object,
			// no apposition of the name (see appositive).
			if d.verbAt(int(d.toks[j].start)) && !(copulas[d.toks[j].norm] && d.toks[j-1].norm == "who") {
				return nil
			}
			continue
		}
		if d.art.Text[int(d.toks[j].start):int(d.toks[j].end)] != "," {
			return nil
		}
		if d.roleOfAnother(j+1, i) {
			return nil
		}
		if l, ok := d.entEnd[int(d.toks[j-1].end)]; ok && l.typ == kb.TypePerson {
			if e, ok := d.entByEnd[int(d.toks[j-1].end)]; ok {
				if k := d.tokenAt(e.Start); k >= 2 && d.toks[k-1].norm == "to" && d.toks[k-2].norm == "according" {
					return nil
				}
			}
			return l
		}
		return nil
	}
	return nil
}

// roleOfAnother reports whether the words from token from to the role at
// token i hold a noun of their own (a role word or any word but a
// determiner) and then a preposition that makes the role at i its object:
// in "Ana Silva, an adviser to the Brazilian president," she is the
// adviser, and the president someone else.
func (d *docState) roleOfAnother(from, i int) bool {
	own := false
	for k := from; k < i; k++ {
		w := d.toks[k].norm
		if own && relationPreps[w] {
			return true
		}
		if w != "" && !glue[w] && !determinerWords[w] {
			own = true
		}
	}
	return false
}

// relationPreps join a role to the person or body it serves: "adviser to",
// "spokesman for", "aide of", "envoy with".
var relationPreps = wordSet("to for of with")

// appositiveAfter returns the person named in apposition right after the
// role phrase ending at token end ("The harbour master, Ian Doyle, said").
func (d *docState) appositiveAfter(end int) *link {
	c := d.remitEnd(end + 1)
	if c+1 >= len(d.toks) || d.toks[c].norm != "" || d.art.Text[int(d.toks[c].start):int(d.toks[c].end)] != "," {
		return nil
	}
	e, ok := d.entStartTok[c+1]
	if !ok || e.Type != model.EntityPerson {
		return nil
	}
	// The name must close the apposition (a comma, a full stop or a verb
	// follows, not "and"): "the minister, Jane Roe and John Doe" is a list.
	after := d.tokenAt(e.End)
	if after < len(d.toks) && (d.toks[after].norm == "and" || d.toks[after].norm == "or") {
		return nil
	}
	if l, ok := d.entEnd[e.End]; ok && l.typ == kb.TypePerson {
		return l
	}
	return nil
}

// staffHolderAfter returns the person named in apposition after an
// organisation's post ending at token end (see staffMention), skipping a
// remit ("for West Africa") or the post's station ("in Bangladesh", one
// place's name): "the UN resident coordinator in Bangladesh, Gwyn Lewis,".
// A post of one holder may name where it is held, unlike a plural role
// ("the ministers in Nairobi, Jane Roe"), so a plural post gives nil.
func (d *docState) staffHolderAfter(end int) *link {
	if strings.HasSuffix(d.toks[end].norm, "s") && d.toks[end].norm != "boss" {
		return nil
	}
	if in := end + 1; in+1 < len(d.toks) && d.toks[in].norm == "in" {
		e, ok := d.entStartTok[in+1]
		if !ok || e.Type != model.EntityGPE && e.Type != model.EntityLoc {
			return nil
		}
		end = d.tokenAt(e.End) - 1
	}
	return d.appositiveAfter(end)
}

// remitWords open the remit a role phrase may carry before its holder's
// name: "the United Nations envoy for the Horn of Africa, Hanna Tetteh,",
// "the special rapporteur on torture, Jane Roe,", "ambassador to Japan,
// John Doe,". Places ("in", "at") are left out: "the ministers in Nairobi,
// Jane Roe" need not be one person's post.
var remitWords = wordSet("for to on")

// maxRemitWords bounds the remit skipped before the name, so a clause
// ("the envoy for talks that ended, ...") is not read as one.
const maxRemitWords = 5

// remitEnd returns the token after a remit starting at token c (a remit
// word and at most maxRemitWords words, no punctuation, up to a comma),
// or c itself when none starts there.
func (d *docState) remitEnd(c int) int {
	if c >= len(d.toks) || !remitWords[d.toks[c].norm] {
		return c
	}
	for k := c + 1; k < len(d.toks) && k <= c+maxRemitWords; k++ {
		if d.toks[k].norm == "" {
			if k > c+1 && d.art.Text[int(d.toks[k].start):int(d.toks[k].end)] == "," {
				return k
			}
			return c
		}
		if _, ok := d.entStartTok[k]; ok && d.entStartTok[k].Type == model.EntityPerson {
			return c
		}
	}
	return c
}

// namedHolder returns the one person named in the article before pos who
// held office on its date (from the knowledge base's terms), or nil when none or
// several did ("Biden met Xi ... the president said" is either).
func (d *docState) namedHolder(office string, pos int) *link {
	if d.holders == nil {
		d.indexHolders()
	}
	h := d.holders[office]
	if h == nil {
		return nil
	}
	n := before(h.ants, pos)
	if n == 0 || h.other >= 0 && h.other < n {
		return nil
	}
	return h.ants[n-1].l
}

// officeHolders are the mentions of persons holding one office, in text
// order, for namedHolder; other is the index of the first of them that is
// not the same person as the first (-1 when all are).
type officeHolders struct {
	ants  []antecedent
	other int
}

// indexHolders fills d.holders once the antecedents are final (role
// mentions add none): looking through every antecedent for each "the
// president" was quadratic in the length of the text.
func (d *docState) indexHolders() {
	d.holders = map[string]*officeHolders{}
	for _, a := range d.antecedents {
		if a.l.typ != kb.TypePerson {
			continue
		}
		for _, o := range a.l.offices {
			h := d.holders[o]
			if h == nil {
				h = &officeHolders{other: -1}
				d.holders[o] = h
			}
			if h.other < 0 && len(h.ants) > 0 && h.ants[0].l.id != a.l.id {
				h.other = len(h.ants)
			}
			h.ants = append(h.ants, a)
		}
	}
}

// otherHolderSince says whether a person other than l who held office on
// the article's date is named between the last role mention given to l
// and pos.
func (d *docState) otherHolderSince(office string, l *link, ants []antecedent, pos int) bool {
	// Both lists are in text order: look back from pos to the last role
	// mention given to l, and at the antecedents between it and pos only.
	from := -1
	for i := len(ants) - 1; i >= 0; i-- {
		if a := ants[i]; a.l == l && a.pos < pos {
			from = a.pos
			break
		}
	}
	lo := sort.Search(len(d.antecedents), func(i int) bool { return d.antecedents[i].pos > from })
	for _, a := range d.antecedents[lo:before(d.antecedents, pos)] {
		if a.l.typ != kb.TypePerson || a.l.id == l.id {
			continue
		}
		for _, o := range a.l.offices {
			if o == office {
				return true
			}
		}
	}
	return false
}

// samePerson returns the person an earlier mention of the same role phrase
// was resolved to, the latest first, when the countries do not disagree
// and, for a body's head (office: bodyOffice's, else ""), the offices;
// ants are in text order, and none before sentence from counts.
func samePerson(ants []antecedent, phrase, country, office string, from int) *link {
	for i := len(ants) - 1; i >= 0 && ants[i].sentence >= from; i-- {
		a := ants[i]
		if a.phrase != phrase || a.l.typ != kb.TypePerson || a.qualified {
			continue
		}
		// "The Commission president ... the Council president": one
		// role word, two bodies' heads (bodyOffice); a bare "the
		// president" after either is still that person.
		if office != "" && a.office != "" && a.office != office {
			continue
		}
		// "Duvall, president of the union, ..." does not make "the
		// president of the United States" Duvall: a role naming its
		// country is the person the same role of that country was.
		if country != "" && a.country != country && (a.l.country == "" || a.l.country != country) {
			continue
		}
		if country != "" && a.l.country != "" && a.l.country != country {
			continue
		}
		return a.l
	}
	return nil
}

// entityMask marks the tokens inside named entities.
// orgAt reports whether token i lies in an organisation the tagger named.
func (d *docState) orgAt(i int) bool {
	off := int(d.toks[i].start)
	for _, e := range d.art.Entities {
		if e.Type == model.EntityOrg && e.Start <= off && off < e.End {
			return true
		}
	}
	return false
}

func (d *docState) entityMask() []bool {
	mask := make([]bool, len(d.toks))
	for _, e := range d.art.Entities {
		for i := d.tokenAt(e.Start); i < len(d.toks) && int(d.toks[i].start) < e.End; i++ {
			mask[i] = true
		}
	}
	return mask
}

func (d *docState) sentenceOf(off int) int {
	ss := d.art.Sentences
	i := sort.Search(len(ss), func(i int) bool { return ss[i].End > off })
	if i < len(ss) {
		return ss[i].Index
	}
	return 0
}

// placeOf returns l when it is a place below its country's level (a city,
// a region): "Frankfurt", "Texas", "Moscow" in "the mayor of Moscow". A
// capital used for its government ("Moscow officials") has become the
// country's link already.
func placeOf(l *link) *link {
	if l.typ != kb.TypePlace {
		return nil
	}
	return l
}

// capital reports whether the place is its country's capital, which stands
// for the country's government after "in" as well: "officials in Beijing"
// are China's, by the news convention.
func (d *docState) capital(l *link) bool {
	a, ok := d.s.kb.Actor(l.id)
	return ok && a.Capital
}

// seatedGovernment reports whether the role phrase toks[i..end] names a
// state's government by the city it sits in: "the government in Port
// Sudan", "the army-aligned government in Aden", "the government in The
// Hague". A city has a mayor and a council; "the government" of a city is
// by the news convention the national one seated there, whether or not the
// city is the capital (a government moved out of a contested capital, a
// seat that is not the capital). A word naming a lower level ("the
// regional government in Erbil", "the city government in Frankfurt")
// keeps the place's own.
func (d *docState) seatedGovernment(i, end int, place *link) bool {
	if !strings.HasPrefix(place.id, "city:") || !nationalGovernmentHeads[d.toks[end].norm] {
		return false
	}
	// The words of the phrase and the modifiers right before it ("the
	// regional government", "the Kurdish regional government").
	for j := i; j < end; j++ {
		if lowerLevelWords[d.toks[j].norm] {
			return false
		}
	}
	for j := i - 1; j >= 0 && j >= i-3 && d.modifier(j); j-- {
		if lowerLevelWords[d.toks[j].norm] {
			return false
		}
	}
	return true
}

// nationalGovernmentHeads are the head nouns that name a whole government
// (not its officials, who may be a city's: "officials in Frankfurt").
var nationalGovernmentHeads = map[string]bool{"government": true, "administration": true, "regime": true}

// lowerLevelWords mark a government below the state's.
var lowerLevelWords = map[string]bool{"city": true, "municipal": true, "local": true, "regional": true,
	"provincial": true, "state": true, "county": true, "district": true, "metropolitan": true, "town": true}

// localSector are the sectors that a city or a region has of its own:
// "Texas officials" are the state's government, "California lawmakers" its
// legislature, not the country's. Police, troops, companies and residents
// of a place are the country's ("Frankfurt police", "Lyon residents").
var localSector = map[string]bool{kb.SectorGovernment: true, kb.SectorLegislature: true, kb.SectorJudiciary: true}

// localRoles are offices of a city whatever city: "the mayor of Moscow" is
// Moscow's, not Russia's government.
var localRoles = map[string]bool{"mayor": true, "mayors": true, "deputy mayor": true, "city council": true, "city hall": true}

// modifier reports whether token i can modify the role word after it: an
// adjective, a noun or an -ing form ("U.S. defense officials", "the South
// African energy ministry", "the Chinese ruling party"), by the tagger's
// part of speech (a past participle is too often a verb the tagger
// misread: "a US official told reporters"). A verb, an adverb or a number
// cannot: in "Houston told reporters" and "Seoul has 200 officials" the
// name is not the role's country. Without tags, any word may.
func (d *docState) modifier(i int) bool {
	switch p := d.posAt(int(d.toks[i].start)); {
	case p == "":
		return true
	case p[0] == 'J' || p[0] == 'N' || p == "VBG":
		return true
	case ownAgents[d.toks[i].norm]:
		return true
	}
	return false
}

// hyphenModifierStart returns the first token of a hyphenated compound
// modifier ending at token j ("army-aligned", "Taliban-led",
// "military-backed", "Iran-backed"): words joined by hyphens with no space
// around them, the last one in lower case. -1 when token j ends none.
func (d *docState) hyphenModifierStart(j int) int {
	if j < 2 || d.toks[j].norm == "" || d.toks[j].upper {
		return -1
	}
	h := -1
	for k := j; k >= 2; k -= 2 {
		dash, w := d.toks[k-1], d.toks[k-2]
		if dash.norm != "" || d.art.Text[int(dash.start):int(dash.end)] != "-" || int(dash.end) != int(d.toks[k].start) || int(w.end) != int(dash.start) || w.norm == "" {
			break
		}
		h = k - 2
	}
	return h
}

// lowerModifier says token i is a lower-case word that can modify a role
// word after it and is no verb: "state" and "oil" in "an Iranian state oil
// company".
func (d *docState) lowerModifier(i int) bool {
	w := d.toks[i]
	return w.norm != "" && !w.upper && !glue[w.norm] && d.modifier(i) && !d.verbAt(int(w.start))
}

// ownAgents are verbs whose object is the subject's own people: "Georgia
// sent troops", "Russia deployed troops", "Israel recalled its ambassador",
// "North Korea puts military on alert". After them the name before the
// verb is the role's country.
var ownAgents = wordSet("send sends sent deploy deploys deployed dispatch dispatches dispatched mobilise mobilises " +
	"mobilised mobilize mobilizes mobilized mass masses massed withdraw withdraws withdrew station stations stationed " +
	"recall recalls recalled put puts")

// untaggedProperNoun reports whether token k is a capitalised word in no
// entity that the part-of-speech tagger calls a proper noun.
func (d *docState) untaggedProperNoun(k int) bool {
	if k < 0 || k >= len(d.toks) || !d.toks[k].upper || d.toks[k].norm == "" {
		return false
	}
	if _, ok := d.entByEnd[int(d.toks[k].end)]; ok {
		return false
	}
	if _, ok := d.entStartTok[k]; ok {
		return false
	}
	switch d.posAt(int(d.toks[k].start)) {
	case "NNP", "NNPS", "PROPN":
		return true
	}
	return false
}

// posAt returns the part-of-speech tag of the tagger's token that starts at
// byte off, or "" when there is none (no tags, or tokens cut otherwise).
func (d *docState) posAt(off int) string {
	ss := d.art.Sentences
	si := sort.Search(len(ss), func(i int) bool { return ss[i].End > off })
	if si >= len(ss) {
		return ""
	}
	ts := ss[si].Tokens
	ti := sort.Search(len(ts), func(i int) bool { return ts[i].Start >= off })
	if ti < len(ts) && ts[ti].Start == off {
		return ts[ti].POS
	}
	return ""
}

// verbAt says whether the tagger read the word at byte offset off as a verb
// (not a participle that modifies: "the ruling party").
// Without tags (another tokeniser ran), a lower-case "-ed" word is taken for
// a verb.
func (d *docState) verbAt(off int) bool {
	ss := d.art.Sentences
	si := sort.Search(len(ss), func(k int) bool { return ss[k].End > off })
	if si < len(ss) && ss[si].Start <= off {
		ts := ss[si].Tokens
		ti := sort.Search(len(ts), func(k int) bool { return ts[k].End > off })
		if ti < len(ts) && ts[ti].Start == off && ts[ti].POS != "" {
			switch ts[ti].POS {
			case "VB", "VBD", "VBZ", "VBP", "MD":
				return true
			case "VBN":
				// The tagger often reads a past tense as a participle
				// ("the army detained journalists"); after a determiner
				// it modifies ("the armed groups").
				return ti > 0 && !determinerWords[strings.ToLower(ts[ti-1].Text)]
			}
			return false
		}
	}
	w := d.art.Text[off:]
	n := 0
	for n < len(w) && w[n] >= 'a' && w[n] <= 'z' {
		n++
	}
	return n > 3 && strings.HasSuffix(w[:n], "ed")
}

var determinerWords = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true, "his": true,
	"her": true, "this": true, "these": true, "those": true, "our": true}

// glue words never stand between a country and its role word.
var glue = map[string]bool{"and": true, "or": true, "of": true, "the": true, "a": true, "an": true, "to": true,
	"in": true, "on": true, "for": true, "with": true, "by": true, "from": true, "at": true, "as": true, "that": true,
	"said": true, "says": true, "its": true, "his": true, "her": true, "their": true, "but": true, "while": true,
	"'s": true, "than": true, "against": true, "between": true}

// holderAdjective may stand between "the" and a title without changing who
// is meant: "the visiting Japanese foreign minister" is the current one.
var holderAdjective = map[string]bool{"visiting": true, "new": true, "current": true, "incumbent": true, "top": true, "outgoing": true}

// appositive reads a title after a name: "Jane Doe, South Korea's
// unification minister," or "Jane Doe, a spokeswoman for the Foreign
// Ministry". It looks at most eight words ahead, inside the commas.
func (d *docState) appositive(end int) title {
	i := d.tokenAt(end)
	if i >= len(d.toks) || d.art.Text[int(d.toks[i].start):int(d.toks[i].end)] != "," {
		return title{}
	}
	var inName *title // a role word inside a name ("State Department"), kept in case no other follows
	for j := i + 1; j < len(d.toks) && j <= i+8; j++ {
		if d.bareApostrophe(j) {
			continue // "Reuters' bureau chief": a possessive, not punctuation
		}
		if d.toks[j].norm == "" {
			break
		}
		if d.relativeOf(j) {
			// "Begoña Gómez, the wife of Prime Minister Pedro Sánchez,":
			// the title after a word of kinship is the relative's, not
			// the name's; a spouse or child holds no office by it.
			return title{}
		}
		// A finite verb ends the apposition: in "Carlos Mendoza, met
		// Chile's president" the comma closed one before the name, and the
		// role after the verb is its object, someone else. Only a
		// copula of a relative clause still describes the name ("Jane
		// Doe, who is South Korea's unification minister,").
		if d.verbAt(int(d.toks[j].start)) && !(copulas[d.toks[j].norm] && d.toks[j-1].norm == "who") {
			break
		}
		if e, ok := d.entStartTok[j]; ok && e.Type != model.EntityPerson && inName == nil {
			if t, ok := d.igoStaff(i, j, d.tokenAt(e.End)-1); ok {
				return t
			}
			// "a State Department spokesman": the name is the
			// modifier of the role after it, not the role.
			if r, _, ok := d.roleStartingAt(j); ok {
				inName = &title{sector: r.Sector, office: r.Office}
			}
			if n := d.tokenAt(e.End) - 1; n > j {
				j = n
			}
			continue
		}
		if t, ok := d.pressAppositive(j); ok {
			return t
		}
		if t, ok := d.staffOf(i, j); ok {
			return t
		}
		if sp := j + 1; speakerDeputies[d.toks[j].norm] && sp < len(d.toks) && d.toks[sp].norm == "speaker" {
			// "Jane Roe, the Deputy Speaker,": the legislature's
			// officer, as before the name (capitalSpeaker), not a
			// deputy in the government.
			if t, ok := d.capitalSpeaker(sp); ok {
				return t
			}
		}
		r, k, ok := d.roleStartingAt(j)
		if !ok {
			continue
		}
		t := title{sector: r.Sector, office: r.Office}
		c, _, ok := d.countryEndingAt(j - 1)
		if !ok && j-2 > i && !glue[d.toks[j-1].norm] && d.modifier(j-1) {
			c, _, ok = d.countryEndingAt(j - 2)
		}
		if !ok && j-3 > i && d.envoyAt(k) && d.lowerModifier(j-1) && d.lowerModifier(j-2) {
			// "Maria Lindqvist, the United Nations human rights envoy,":
			// an international body's envoy for a field is the body's,
			// as in roleMentions.
			if c2, _, found := d.countryEndingAt(j - 3); found && c2.org != nil && c2.org.sector == kb.SectorIGO {
				c, ok = c2, true
			}
		}
		if !ok {
			c, ok = d.countryAfter(k+1, false)
		}
		if ok {
			t.country, t.org = c.country, c.org
			if t.org != nil && r.Office == "" && t.org.sector != "" && r.Sector == kb.SectorGovernment {
				t.sector = t.org.sector
			}
			if t.org != nil && (t.org.sector == kb.SectorIGO || t.org.sector == kb.SectorNGO) {
				// "Qu Dongyu, the FAO director-general,": as before a
				// name, the head of an international body acts for
				// the body; the office stays, naming its holder. So
				// does a non-governmental group's officer ("Agnes
				// Callamard, Amnesty International's secretary
				// general,", "Oxfam's executive director"), whom the
				// title word alone would make a government's or a
				// company's.
				t.sector = t.org.sector
			}
			// "Joe Ajaero, president of the Nigeria Labour Congress": the
			// head of a union or party holds no office of the state by
			// that title; he acts for the body.
			if t.org != nil && (t.org.sector == kb.SectorParty || t.org.sector == kb.SectorLabour) && partyTitleWords[d.toks[j].norm] && k == j {
				t.sector, t.office = t.org.sector, ""
			}
		}
		// "Michal Simecka, leader of the opposition Progressive
		// Slovakia,": a head of the opposition, or of a party the
		// apposition calls an opposition one, leads no government; the
		// title is the opposition's whatever the party's name reads as.
		if partyTitleWords[d.toks[j].norm] && k == j && d.opposesAfter(k+1) {
			t.sector, t.office = kb.SectorOpposition, ""
		} else if sec := d.unionAfter(k + 1); partyTitleWords[d.toks[j].norm] && k == j && sec != "" {
			// "Jan Kowalski, a leader of the farmers' union,": the
			// head of a union leads its members, not the state.
			t.sector, t.office = sec, ""
		}
		return t
	}
	if inName != nil {
		return *inName
	}
	return title{}
}

// igoStaff reads an apposition that opens on an international
// organisation's name and closes on lower-case words with no role among
// them: "Laura Albanese, a U.N. human rights investigator,", "Jane Roe, a
// WHO epidemiologist,". Whatever the noun, a person described as the
// organisation's works for it, so the holder is the organisation's (its
// country code and the igo sector), not a private person whom the coder
// would pass over for the organisation's name inside the apposition. comma
// is the comma after the name, j and n the organisation's first and last
// tokens; only an article may stand between the comma and the name.
func (d *docState) igoStaff(comma, j, n int) (title, bool) {
	if j > comma+2 || j == comma+2 && !determinerWords[d.toks[comma+1].norm] {
		return title{}, false
	}
	m := n + 1
	for m < len(d.toks) && m <= n+4 && d.toks[m].norm != "" && !d.toks[m].upper {
		if _, _, ok := d.roleStartingAt(m); ok {
			return title{}, false // a role the reader below takes ("a U.N. spokesman")
		}
		m++
	}
	if m == n+1 || m >= len(d.toks) {
		return title{}, false
	}
	if p := d.art.Text[int(d.toks[m].start):int(d.toks[m].end)]; p != "," && p != "." {
		return title{}, false
	}
	c, _, ok := d.countryEndingAt(n)
	if !ok || c.org == nil || c.org.sector != kb.SectorIGO || c.country == "" {
		return title{}, false
	}
	return title{country: c.country, sector: kb.SectorIGO, org: c.org}, true
}

// placeWritten returns the name as written of the place right after "in"
// after token end ("the court in Arusha"), "" when none follows: the
// place's actor may be named otherwise (the Arusha Region for Arusha).
func (d *docState) placeWritten(end int) string {
	if end+2 >= len(d.toks) || d.toks[end+1].norm != "in" {
		return ""
	}
	if e, ok := d.entStartTok[end+2]; ok {
		return e.Text
	}
	return ""
}

// oppositionModifiers may stand between "the" and "opposition" in an
// apposition naming who a leader leads: "the main opposition", "the
// largest opposition party".
var oppositionModifiers = wordSet("main largest biggest chief principal leading")

// opposesAfter reports whether the tokens from i read "of (the) (main)
// opposition": the body a title heads is the opposition or a party of it.
func (d *docState) opposesAfter(i int) bool {
	if i >= len(d.toks) || d.toks[i].norm != "of" {
		return false
	}
	i++
	if i < len(d.toks) && d.toks[i].norm == "the" {
		i++
	}
	if i < len(d.toks) && oppositionModifiers[d.toks[i].norm] {
		i++
	}
	return i < len(d.toks) && d.toks[i].norm == "opposition"
}

// farmerWords name the members of a farmers' union: its sector is
// agriculture, as CAMEO codes farmers (AGR), not labour.
var farmerWords = wordSet("farmers farmer peasants peasant growers grower")

// unionAfter reports the sector of a union named in lower case by the
// tokens from i, "of (the) (up to three modifiers) union(s)": "of the
// farmers' union" (agriculture), "of the main teachers' union", "of a
// trade union" (labour); "" when they name none. A named union ("of the
// Nigeria Labour Congress") is the knowledge base's or the tagger's.
func (d *docState) unionAfter(i int) string {
	if i >= len(d.toks) || d.toks[i].norm != "of" {
		return ""
	}
	i++
	if i < len(d.toks) && determinerWords[d.toks[i].norm] {
		i++
	}
	sector := kb.SectorLabour
	for n := 0; n < 4 && i < len(d.toks); n++ {
		w := d.toks[i].norm
		switch {
		case w == "union" || w == "unions":
			return sector
		case d.bareApostrophe(i) || w == "'s":
		case w == "" || d.toks[i].upper || glue[w]:
			return ""
		case farmerWords[w]:
			sector = kb.SectorAgriculture
		}
		i++
	}
	return ""
}

// staffWords name a post in an organisation that is no office of a state
// and so no role of the knowledge base ("director" alone is a film's as
// often as an agency's): only an organisation that owns it in an
// appositive says whom its holder speaks for.
var staffWords = wordSet("director directors head chief researcher representative coordinator officer " +
	"adviser advisor analyst campaigner manager chairman chairwoman chairperson")

// staffOf reads an appositive post owned by an organisation, "Jane Doe,
// Amnesty's regional director for West Africa,": the name speaks for the
// organisation (its country code and sector; for Amnesty International,
// AMN and ngo), whatever region the post covers. Only the possessive
// owner counts, with at most three lower-case modifiers between it and the
// post ("senior", "regional", "deputy"), read from token j of the
// appositive that opens at comma i. A country's possessive ("Kenya's
// regional director") names no organisation and gives nothing.
func (d *docState) staffOf(i, j int) (title, bool) {
	if !staffWords[d.toks[j].norm] {
		return title{}, false
	}
	k := j - 1
	for n := 0; n < 3 && k > i && d.toks[k].norm != "" && d.toks[k].norm != "'s" && !d.toks[k].upper && !glue[d.toks[k].norm]; n++ {
		k--
	}
	bare := d.bareApostrophe(k)
	if k <= i+1 || d.toks[k].norm != "'s" && !bare {
		return d.staffAt(j)
	}
	if bare {
		k-- // the owner's name itself: countryEndingAt reads "'s", not a bare mark
	}
	c, _, ok := d.countryEndingAt(k)
	if !ok || c.org == nil || c.org.sector == "" {
		return title{}, false
	}
	return title{country: c.country, sector: c.org.sector, org: c.org}, true
}

// chamberLeadWords are the words for a legislative chamber's leadership
// posts ("Senate Majority Leader", "House Minority Whip", "Assembly
// Speaker"): after the chamber's name the holder serves the legislature.
var chamberLeadWords = wordSet("leader whip speaker")

// chamberRanks stand between a chamber's name and its leadership post:
// "Senate Majority Leader", "House Minority Whip", "Senate Deputy Leader".
var chamberRanks = wordSet("majority minority deputy assistant")

// orgStaffBefore reads a post an organisation owns written before the
// holder's name, the organisation's name (or the short name it was given
// earlier) used as a modifier: "RSF adviser Youssef Ezzat", "Amnesty
// senior researcher Jane Doe". A staff word is no office of a state (see
// staffWords), so only the organisation before it says whom the holder
// speaks for; up to two lower-case modifiers may stand between ("senior",
// "legal"). j is the post word's token; a country or a person before the
// post ("Kenya adviser", "Trump adviser") names no organisation and gives
// nothing.
func (d *docState) orgStaffBefore(j int) (title, bool) {
	chamber := chamberLeadWords[d.toks[j].norm]
	if !staffWords[d.toks[j].norm] && !chamber {
		return title{}, false
	}
	k := j - 1
	for n := 0; n < 2 && k > 0 && (d.lowerModifier(k) || chamber && chamberRanks[d.toks[k].norm]); n++ {
		k--
	}
	if k < 0 {
		return title{}, false
	}
	if e, ok := d.entByEnd[int(d.toks[k].end)]; !ok || e.Type != model.EntityOrg {
		return title{}, false
	}
	c, _, ok := d.countryEndingAt(k)
	if !ok || c.org == nil || c.org.sector == "" || chamber && !staffWords[d.toks[j].norm] && c.org.sector != kb.SectorLegislature {
		// A whip or a speaker before a name is a chamber's only.
		return title{}, false
	}
	t := title{country: c.country, sector: c.org.sector, org: c.org}
	if k > 0 && (d.toks[k-1].norm == "former" || d.toks[k-1].norm == "ex") {
		t.former = true
	}
	return t, true
}

// staffMention reads a post an organisation owns, named by its possessive
// (or its name alone, before the post: "the AU Commission chairperson")
// with no holder's name: "Amnesty's regional director said", "Reuters'
// bureau chief said". Token i is the first word after the possessive; up
// to three lower-case modifiers may stand before the post word (the same
// staffWords staffOf reads), and a run of them ends it ("chief
// executive" is not one, "bureau chief" ends at "chief"). It returns the
// post's last token and the organisation, or nil when the possessive is a
// country's or names nothing the knowledge base has, when the post titles
// a name after it ("Amnesty's director Jane Doe", whose own resolution
// reads it), or when the post word modifies another noun ("the agency's
// director general" is read no further than a post).
func (d *docState) staffMention(i int) (int, *link) {
	if i < 2 {
		return 0, nil
	}
	k := i - 1
	bare, attributive := d.bareApostrophe(k), false
	if d.toks[k].norm != "'s" && !bare {
		// "the AU Commission chairperson", "the Amnesty International
		// director": an organisation's name before the post, used as
		// a modifier, owns it as its possessive does.
		if e, ok := d.entByEnd[int(d.toks[k].end)]; !ok || e.Type != model.EntityOrg {
			return 0, nil
		}
		attributive = true
	}
	j := i
	for n := 0; j < len(d.toks) && !staffWords[d.toks[j].norm]; n++ {
		if n == 3 || d.toks[j].norm == "" || d.toks[j].upper || glue[d.toks[j].norm] {
			return 0, nil
		}
		if _, k, ok := d.roleStartingAt(j); ok && !(k+1 < len(d.toks) && staffWords[d.toks[k+1].norm]) {
			// "Amnesty's legal adviser" is fine, "the party's foreign
			// minister" is a role's; a role word modifying the post
			// ("the UN resident coordinator") is the post's.
			return 0, nil
		}
		j++
	}
	if j >= len(d.toks) {
		return 0, nil
	}
	if attributive && (bodyHeadWords[d.toks[j].norm] || j+1 < len(d.toks) && d.toks[j+1].norm == "general") {
		// "the IAEA chief", "the IAEA director general": the body's
		// head, whom bodyHeadMentions reads.
		return 0, nil
	}
	if j+1 < len(d.toks) {
		if e, ok := d.entStartTok[j+1]; ok && e.Type == model.EntityPerson {
			return 0, nil
		}
		if n := d.toks[j+1]; n.norm == "" && d.art.Text[int(n.start):int(n.end)] == "-" && n.start == d.toks[j].end {
			return 0, nil // "the group's chief-of-staff style": a compound
		}
	}
	if bare {
		k--
	}
	c, _, ok := d.countryEndingAt(k)
	if !ok || c.org == nil || c.org.sector == "" {
		return 0, nil
	}
	return j, c.org
}

// bareApostrophe says token k is the apostrophe of a possessive whose
// owner ends in s ("Reuters' bureau chief", "the workers' union"): the
// tokenizer makes "'s" a word but leaves a bare mark punctuation.
func (d *docState) bareApostrophe(k int) bool {
	if k < 1 || k >= len(d.toks) || d.toks[k].norm != "" {
		return false
	}
	t, b := d.toks[k], d.toks[k-1]
	m := d.art.Text[t.start:t.end]
	return (m == "'" || m == "\u2019") && b.end == t.start && strings.HasSuffix(b.norm, "s")
}

// staffAt reads the organisation that owns the post at token j when it is
// named after it: "Samira Daoud, regional director for West Africa at
// Amnesty International," speaks for Amnesty as "Amnesty's regional
// director" does. The post's region ("for West Africa") is skipped: only
// an organisation after "at" or "of", within the appositive, counts; a
// country there ("director of Kenya's ...") names none and gives nothing.
func (d *docState) staffAt(j int) (title, bool) {
	for k := j + 1; k < len(d.toks) && k <= j+8; k++ {
		w := d.toks[k].norm
		if w == "" || w == "," || w == "who" || w == "and" || w == "said" {
			break
		}
		if w != "at" && w != "of" {
			continue
		}
		t, ok := d.countryAfter(k, false)
		if ok && t.org == nil && t.country != "" {
			// "Luisa Meque, director of Mozambique's disaster agency,":
			// a country's own body named after the country heads the
			// post as a named organisation does.
			if sec := d.countryBodyAfter(k + 1); sec != "" {
				return title{country: t.country, sector: sec}, true
			}
		}
		if !ok || t.org == nil || t.org.sector == "" {
			return title{}, false
		}
		return title{country: t.country, sector: t.org.sector, org: t.org}, true
	}
	return title{}, false
}

// countryBodyAfter returns the sector of a country's body written from
// token i as "<Country>'s <body>" with up to three lower-case modifiers
// before the body's word ("Mozambique's disaster agency", "Kenya's
// national police", "Ghana's health ministry"); "" when the country owns
// something else ("Kenya's biggest bank": a firm, whose staff do not
// speak for the state) or no possessive follows the country.
func (d *docState) countryBodyAfter(i int) string {
	if i < len(d.toks) && d.toks[i].norm == "the" {
		i++
	}
	e, ok := d.entStartTok[i]
	if !ok || e.Type != model.EntityGPE {
		return ""
	}
	k := d.tokenAt(e.End)
	if k >= len(d.toks) || d.toks[k].norm != "'s" && !d.bareApostrophe(k) {
		return ""
	}
	for n, m := 0, k+1; n <= 3 && m < len(d.toks); n, m = n+1, m+1 {
		t := d.toks[m]
		if t.norm == "" || t.upper {
			return ""
		}
		if sec, ok := bodySectors[t.norm]; ok {
			return sec
		}
	}
	return ""
}

// copulas link a relative "who" to the title that describes the name.
var copulas = wordSet("is was became becomes remains remained serves served")

// envoyAt reports whether the role whose last word is toks[end] is an
// envoy's (envoyRoles), a Commonwealth state's "high commissioner" among
// them; a bare "commissioner" (of police, of the EU) is none.
func (d *docState) envoyAt(end int) bool {
	w := d.toks[end].norm
	if envoyRoles[w] {
		return true
	}
	return (w == "commissioner" || w == "commissioners") && end > 0 && d.toks[end-1].norm == "high"
}

// missionRoles are the words for people an organisation sends to watch an
// election, a ceasefire or a trial: "African Union observers" and "OSCE
// monitors" are the organisation's own people, as "UN envoys" are.
var missionRoles = wordSet("observer observers monitor monitors")

// envoyRoles are the words for envoys, who serve abroad, and for the
// missions they staff there: "its embassy in Kyiv" is not Ukraine's. A
// role's last word is read, so "chargé d'affaires" is "d'affaires" (the
// apostrophe normalised).
var envoyRoles = wordSet("ambassador ambassadors envoy envoys diplomat diplomats consul consuls d'affaires embassy embassies consulate consulates")

// negotiatorRoles are the words for negotiators, who go where talks are
// held: "government negotiators in Havana" talk there, and are no more
// Cuba's than "troops in Afghanistan" are Afghanistan's.
var negotiatorRoles = wordSet("negotiator negotiators")

// metWith says whether the role starting at token i is whom someone meets
// or holds talks with ("met rebel leaders in Oslo", "held talks with
// rebel commanders in Doha"): rebels at talks are where the talks are
// held, often a third country's city, and are not of it as "rebels in
// eastern Congo" are.
func (d *docState) metWith(i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		w := d.toks[k].norm
		switch {
		case meetVerbs[w]:
			return true
		case w == "with":
			return k > 0 && (meetingNouns[d.toks[k-1].norm] || meetVerbs[d.toks[k-1].norm] || strings.HasPrefix(d.toks[k-1].norm, "negotiat"))
		case w == "the" || w == "its" || w == "their" || d.modifier(k):
			continue
		}
		return false
	}
	return false
}

// pressAudience says whether the role starting at token i is the audience
// of a briefing: "told reporters in Nairobi", "briefed journalists in
// Geneva", "said to reporters in Kyiv". The place after them is where the
// speaker spoke; the press that follows a speaker there is no outlet of
// that country. Reporters who act ("reporters in Nairobi said") keep it.
func (d *docState) pressAudience(i int) bool {
	k := i - 1
	if k >= 0 && d.toks[k].norm == "the" {
		k--
	}
	if k < 0 {
		return false
	}
	if tellVerbs[d.toks[k].norm] {
		return true
	}
	return (d.toks[k].norm == "to" || d.toks[k].norm == "with") && k > 0 && speakVerbs[d.toks[k-1].norm]
}

// tellVerbs take their audience as object; speakVerbs take it after "to"
// or "with".
var (
	tellVerbs  = wordSet("told tell tells telling briefed brief briefs briefing addressed addresses addressing")
	speakVerbs = wordSet("said spoke speaks speaking talked talks talking says")
)

// meetVerbs are the forms of "meet" and its near synonyms that take the
// party met as object.
var meetVerbs = wordSet("met meet meets meeting hosted hosts host received receives talked talks")

// meetingNouns name a gathering whose participants come from elsewhere.
var meetingNouns = wordSet("summit summits meeting meetings conference conferences gathering gatherings talks " +
	"session sessions forum congress convention")

// elsewhereFrom says whether the role starting at token i is no local of
// the place named after it ("leaders in Brussels"), against the
// convention that makes "officials in Beijing" China's: a nationality
// before it that names no country ("European leaders", "Arab ministers")
// already says whose they are, and the participants of a meeting ("a
// summit of leaders in Brussels", "a meeting of foreign ministers in
// Vienna") are where they meet, not from there.
func (d *docState) elsewhereFrom(i int) bool {
	if i == 0 {
		return false
	}
	if e, ok := d.entByEnd[int(d.toks[i-1].end)]; ok && e.Type == model.EntityNORP {
		return true
	}
	for k := i - 1; k >= 1 && k >= i-4; k-- {
		w := d.toks[k]
		if w.norm == "of" {
			return meetingNouns[d.toks[k-1].norm]
		}
		if w.norm == "" || glue[w.norm] && w.norm != "the" || !w.upper && !d.modifier(k) {
			return false
		}
	}
	return false
}

// countryBodyHeads are the head words of bodies only a state has: "its
// foreign ministry", "its embassy", "its army" point back to a country,
// where "its spokesman" or "its office" may be any organisation's.
var countryBodyHeads = wordSet("ministry embassy consulate legation government cabinet army navy military police parliament legislature presidency")

// countryBefore returns the country "its" at byte offset off points back
// to: the nearest country or organisation named before it in its sentence,
// or in the sentence before when its own names none, when that is a
// country ("" otherwise). An organisation nearer than the country is what
// "its" means ("Kenya Airways, Kenya's flag carrier, said its ..."); a
// city or region has no foreign ministry or army, and persons and
// nationalities are never what "its" means, so all are skipped.
func (d *docState) countryBefore(off int) string {
	country := ""
	d.itsCandidates(off, func(o model.Entity, l *link) bool {
		switch {
		case l != nil && l.id == o.ActorID && l.typ == kb.TypeCountry:
			country = l.country
			return true
		case o.Type == model.EntityOrg:
			return true
		}
		// A city or a region: "Chile recalled its ambassador from Lima.
		// Its foreign ministry said" is Chile's.
		return false
	})
	return country
}

// itsCandidates calls visit with the countries, places and organisations
// "its" at byte offset off may point back to, nearest first: those named
// before it in its sentence or the sentence before, after the dateline,
// each with the link its end resolved to (or nil), until visit says the
// search is done.
func (d *docState) itsCandidates(off int, visit func(o model.Entity, l *link) (done bool)) {
	sent := d.sentenceOf(off)
	ents := d.art.Entities
	for j := len(ents) - 1; j >= 0; j-- {
		o := ents[j]
		if o.End > off || o.Type != model.EntityGPE && o.Type != model.EntityOrg {
			continue
		}
		if o.Start < d.dateline || d.sentenceOf(o.Start) < sent-1 {
			return
		}
		if visit(o, d.entEnd[o.End]) {
			return
		}
	}
}

// itsOrg returns the organisation "its" at byte offset off points back
// to, as countryBefore does a country: the nearest country or organisation
// named before it in its sentence, or in the sentence before when its own
// names none, when that is an organisation the knowledge base knows with a
// country or IGO code and a sector ("The Africa CDC said ... Its director
// general"); nil for a country, an unknown organisation or none.
func (d *docState) itsOrg(off int) *link {
	var org *link
	d.itsCandidates(off, func(o model.Entity, l *link) bool {
		switch {
		case o.Type == model.EntityOrg && l != nil && l.id == o.ActorID && l.typ == kb.TypeOrganisation &&
			!strings.HasPrefix(l.id, "doc:") && l.country != "" && l.sector != "":
			org = l
			return true
		case o.Type == model.EntityOrg || l != nil && l.typ == kb.TypeCountry:
			return true
		}
		return false
	})
	return org
}

// itsBefore returns the token of the "its" that opens the role phrase at
// token i, right before it or before one modifier the role finder left
// outside the phrase ("its defence ministry"); -1 when there is none.
func (d *docState) itsBefore(i int) int {
	for k := i - 1; k >= max(i-2, 0); k-- {
		if d.toks[k].norm == "its" {
			return k
		}
		if k < i-1 || !d.modifier(k) {
			break
		}
	}
	return -1
}

// spokesOwner returns the person whose spokesman the title at tokens i..j
// is ("his spokesman", "her spokeswoman"): the one person named before it
// in the same sentence or, with none there, in the previous one. Two
// persons there ("Ruto met Odinga, and his spokesman said") leave it
// unknown, and so does a person the knowledge base gives neither country
// nor sector: his spokesman speaks for whatever body he leads.
func (d *docState) spokesOwner(i, j int) *link {
	if i != j || i < 1 || !spokesWords[d.toks[j].norm] || !ownerPronouns[d.toks[i-1].norm] {
		return nil
	}
	pos := int(d.toks[i-1].start)
	sent := d.sentenceOf(pos)
	var owner *link
	for back := 0; back <= 1 && owner == nil; back++ {
		lo, hi := window(d.antecedents, pos, sent)
		for _, a := range d.antecedents[lo:hi] {
			if a.sentence != sent-back || a.l.typ != kb.TypePerson {
				continue
			}
			if owner != nil && owner.id != a.l.id {
				return nil
			}
			owner = a.l
		}
	}
	if owner == nil || owner.country == "" && owner.sector == "" {
		return nil
	}
	return owner
}

// ownerPronouns are the possessives that make a spokesman a person's.
var ownerPronouns = wordSet("his her")

// sameRoleWindow is how many sentences back "the envoy" in apposition to a
// name still refers to the envoy an earlier mention named: a story
// introduces the official and names him within a paragraph or two.
const sameRoleWindow = 3

// lastSameRole returns what the latest of ants (earlier mentions of one
// role phrase, in text order) no more than sameRoleWindow sentences before
// sentence sent was resolved to, when that mention named whose role it
// was ("the United Nations envoy": the UN) and the link has a country.
func lastSameRole(ants []antecedent, sent int) *link {
	if len(ants) == 0 {
		return nil
	}
	a := ants[len(ants)-1]
	if a.sentence < sent-sameRoleWindow || a.country == "" || a.l.country == "" {
		return nil
	}
	return a.l
}

// subnationalWords, in lower case before "government" or "officials", name
// the government of a region below the country: "the state government",
// "provincial officials".
var subnationalWords = wordSet("state provincial regional")

// lastRegion returns the region below a country (a state, province or
// region of data/regions.tsv, "place:IND-UP") named last before byte offset
// pos, no more than referenceWindow sentences before sentence sent.
func (d *docState) lastRegion(pos, sent int) *link {
	for x := before(d.antecedents, pos) - 1; x >= 0 && d.antecedents[x].sentence >= sent-referenceWindow; x-- {
		if l := d.antecedents[x].l; regionID(l.id) {
			return l
		}
	}
	return nil
}

// regionID reports whether id is a region's of the knowledge base
// ("place:IND-UP", "place:USA-TX"), not a city's ("place:SSD:juba").
func regionID(id string) bool {
	rest, ok := strings.CutPrefix(id, "place:")
	return ok && strings.Contains(rest, "-") && !strings.Contains(rest, ":")
}
