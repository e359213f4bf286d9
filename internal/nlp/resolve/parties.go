package resolve

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
)

// homeParty gives a political party the knowledge base lacks its sector
// and country. A name is a party's when it ends in "Party" ("Progressive
// Slovakia Party") or is a generic plural ("the Social Democrats":
// genericPluralParty), a name ending in "Union" stands before a head title
// and a person ("Homeland Union leader X": titledUnionParty), or a name
// stands right before a lower-case "party" ("the
// opposition Progressive Slovakia party", which the tagger's rules make a
// name: nlp.markPartyNames). The country is the one its name names
// ("Alternative for Germany", "Democratic Party of Albania"), else the
// article's home country (homeCountry): a wire story names a foreign party
// with its country. With neither, the party still acts as a party, of no
// known country. A country the resolver gave the name already (from a
// nationality in it: "Hungarian Civic Alliance") is kept.
func (d *docState) homeParty(e *model.Entity, l *link) {
	if l.sector != "" || l.typ != kb.TypeOrganisation || !strings.HasPrefix(l.id, "doc:org:") {
		return
	}
	words := strings.Fields(kb.Normalize(cleanName(e.Text)))
	if len(words) == 0 {
		return
	}
	c := l.country
	if words[len(words)-1] != "party" && !d.partyOfName(words) && !d.titledUnionParty(e) && !genericPluralParty(words) {
		next := d.tokenAt(e.End)
		if (next >= len(d.toks) || d.toks[next].norm != "party" || d.toks[next].upper) && !d.afterPartyHead(d.tokenAt(e.Start)) {
			// Without the word "party", the frame "the opposition X" or
			// "the ruling X" still says X is a party when X names a
			// country ("the opposition Progressive Slovakia", "the
			// ruling Georgian Dream"): an opposition or ruling body
			// named after a country is its party. Any other name there
			// ("the opposition Civic Platform") may be an alliance or a
			// movement of no known country, and is left as it is.
			if !d.afterPartyFrame(d.tokenAt(e.Start)) {
				return
			}
			if c == "" {
				c = d.countryInName(words)
			}
			// "the leader of the opposition X" says more: X has a leader
			// and is the opposition, so it is a party, and of the
			// country the story is about (its home country), as "the X
			// party" would be.
			if c == "" && d.ledOpposition(d.tokenAt(e.Start)) {
				c = d.homeCountry()
			}
			if c == "" {
				return
			}
		}
	}
	if c == "" {
		c = d.countryInName(words)
	}
	if next := d.tokenAt(e.End); c == "" && next < len(d.toks) && d.toks[next].norm == "in" {
		// "the Social Democrats in Germany" in a London story: the
		// place right after the name is the party's, not the story's
		// home.
		c = d.countryAfterIn(next)
	}
	if c == "" {
		c = d.homeCountry()
	}
	l.country, l.sector = c, kb.SectorParty
	e.Country, e.Sector = c, kb.SectorParty
}

// partyOfName reports whether a name's words end in "party of" and a
// country ("Socialist Party of Albania", "Communist Party of the
// Philippines"): the name is a party's, and the country it names
// (countryInName) its country, as "<name> Party" ends in its head. A
// name placed otherwise ("Party of Regions") or going on past the
// country is left to the rules above.
func (d *docState) partyOfName(words []string) bool {
	for k := 1; k+2 < len(words); k++ {
		if words[k] != "party" || words[k+1] != "of" {
			continue
		}
		rest := words[k+2:]
		if rest[0] == "the" {
			rest = rest[1:]
		}
		for _, a := range d.s.kb.LookupNorm(strings.Join(rest, " "), d.date) {
			if a.Type == kb.TypeCountry && a.Country != "" {
				return true
			}
		}
		return false
	}
	return false
}

// partyFrameWords put a party in or out of power right before its name.
var partyFrameWords = map[string]bool{"opposition": true, "ruling": true, "governing": true}

// afterPartyFrame reports whether the token at i follows "the opposition",
// "the ruling" or "the governing", with an optional lower-case "party"
// between ("the opposition party Progressive Slovakia"); "Georgia's
// ruling" is such a frame too.
func (d *docState) afterPartyFrame(i int) bool {
	j := i - 1
	if j >= 0 && d.toks[j].norm == "party" && !d.toks[j].upper {
		j--
	}
	if j < 1 || !partyFrameWords[d.toks[j].norm] {
		return false
	}
	prev := d.toks[j-1].norm
	return prev == "the" || prev == "'s" || prev == "’s"
}

// ledOpposition reports whether the name starting at token i follows "the
// leader of the opposition" (or its chairman, head): a title over a party
// in a country's politics, not over an alliance of no known country.
func (d *docState) ledOpposition(i int) bool {
	return i >= 4 && d.toks[i-1].norm == "opposition" && d.toks[i-2].norm == "the" &&
		d.toks[i-3].norm == "of" && partyLeaderWords[d.toks[i-4].norm]
}

// afterFrameWords returns the token after "opposition", "ruling" or
// "governing" (and an optional lower-case "party") at i, i when none is
// there.
func (d *docState) afterFrameWords(i int) int {
	if i >= len(d.toks) || !partyFrameWords[d.toks[i].norm] {
		return i
	}
	j := i + 1
	if j < len(d.toks) && d.toks[j].norm == "party" && !d.toks[j].upper {
		j++
	}
	return j
}

// countryInName returns the country a run of one to three of the name's
// words names, "" when none does or when two different ones do.
func (d *docState) countryInName(words []string) string {
	found := ""
	for i := range words {
		for j := i + 1; j <= len(words) && j <= i+3; j++ {
			for _, a := range d.s.kb.LookupNorm(strings.Join(words[i:j], " "), d.date) {
				if a.Type != kb.TypeCountry || a.Country == "" {
					continue
				}
				if found != "" && found != a.Country {
					return ""
				}
				found = a.Country
			}
		}
	}
	return found
}

// partyLeaderWords name who leads a party in an apposition before the
// leader's name: "Its leader, Michal Simecka,", "the party's chairman, ...".
var partyLeaderWords = map[string]bool{"leader": true, "chairman": true, "chairwoman": true, "chair": true, "head": true}

// partyLeaders reads a person named in apposition after a party's leader
// referred back to ("Its leader, Michal Simecka, said", "The party's
// chairman, Ann Lee,", "The party leader, ...") as that party's leader
// when the knowledge base does not know the person: the person and the
// role act for the party's country in its sector, not, as a bare "leader"
// would make them, for a government. "its" is the organisation named last
// before it, in that sentence or the one before, which must be a party;
// "the party" is the party named last.
func (d *docState) partyLeaders() {
	ents := d.art.Entities
	for i := range ents {
		e := &ents[i]
		if e.Type != model.EntityPerson || e.Country != "" || !strings.HasPrefix(e.ActorID, "doc:person:") {
			continue
		}
		l := d.entEnd[e.End]
		first := d.tokenAt(e.Start)
		if l == nil || l.id != e.ActorID {
			continue
		}
		p := d.ledOppositionParty(ents, i)
		if p == nil {
			if first < 3 || d.art.Text[d.toks[first-1].start] != ',' || !partyLeaderWords[d.toks[first-2].norm] {
				continue
			}
			role := first - 2
			switch {
			case d.toks[role-1].norm == "its":
				p = d.orgBefore(ents, int(d.toks[role-1].start))
			case d.toks[role-1].norm == "party" && !d.toks[role-1].upper,
				role >= 2 && d.toks[role-1].norm == "'s" && d.toks[role-2].norm == "party" && !d.toks[role-2].upper:
				p = d.partyBefore(ents, i)
			}
		}
		if p == nil || p.sector != kb.SectorParty || p.country == "" {
			continue
		}
		// A leader already read as the opposition's (by a title "leader
		// of the opposition X") keeps that sector and takes the country.
		sector := kb.SectorParty
		if e.Sector == kb.SectorOpposition {
			sector = e.Sector
		}
		l.country, l.sector = p.country, sector
		for k := range ents {
			if ents[k].ActorID == l.id && (ents[k].Type == model.EntityPerson || ents[k].Type == EntityRole) {
				ents[k].Country, ents[k].Sector = l.country, l.sector
			}
		}
	}
}

// ledOppositionParty returns the party the person ents[i] leads by an
// apposition with "the leader of the opposition X" on either side of the
// name: "the leader of the opposition Movement for Renewal, Jean Dupont,"
// or "Jean Dupont, leader of the opposition Movement for Renewal,". nil
// when neither frame is there or X is no party (homeParty).
func (d *docState) ledOppositionParty(ents []model.Entity, i int) *link {
	e := ents[i]
	first := d.tokenAt(e.Start)
	if i > 0 && first >= 1 && d.art.Text[d.toks[first-1].start] == ',' {
		o := ents[i-1]
		if o.Type == model.EntityOrg && d.tokenAt(o.End) == first-1 && d.ledOpposition(d.tokenAt(o.Start)) {
			return d.partyLink(o)
		}
	}
	after := d.tokenAt(e.End)
	if after >= len(d.toks) || d.art.Text[d.toks[after].start] != ',' {
		return nil
	}
	// The title itself ("leader") may be a mention of its own between
	// the name and the party.
	for _, o := range ents[i+1:] {
		start := d.tokenAt(o.Start)
		if start > after+5 {
			break
		}
		if o.Type == model.EntityOrg && d.ledOpposition(start) {
			return d.partyLink(o)
		}
	}
	return nil
}

// partyLink returns the link of the organisation o when it resolved to a
// party, nil otherwise.
func (d *docState) partyLink(o model.Entity) *link {
	if l := d.entEnd[o.End]; l != nil && l.id == o.ActorID && l.sector == kb.SectorParty {
		return l
	}
	return nil
}

// partyTitleWords are the head titles a party's name can stand before
// right ahead of its head's name ("BNP leader Tarique Rahman", "Awami League
// chief ...", "PML-N president ..."). The party's name makes the title the
// party's, not the state's office of that name.
var partyTitleWords = map[string]bool{"leader": true, "chief": true, "president": true, "chairman": true,
	"chairwoman": true, "chairperson": true, "chair": true, "head": true}

// titledPartyHeads gives a person titled by a party ("BNP leader Tarique
// Rahman", "BNP chairman Tarique Rahman") the party's country and sector
// when the knowledge base gives the person no sector of their own: the
// title says the person acts for the party. A person the knowledge base
// places (an office holder, an opposition figure) keeps that sector.
func (d *docState) titledPartyHeads() {
	ents := d.art.Entities
	for i := 1; i < len(ents); i++ {
		e := &ents[i]
		if e.Type != model.EntityPerson || e.Sector != "" {
			continue
		}
		first := d.tokenAt(e.Start)
		if first < 2 || first >= len(d.toks) {
			continue
		}
		start, race := d.partyTitleStart(first)
		if start < 0 {
			continue
		}
		country := ""
		k := i - 1
		if race {
			// "Republican Senate candidate X": the race's body may
			// stand between the party and the title.
			for k >= 0 && ents[k].Type == model.EntityOrg && ents[k].Sector == kb.SectorLegislature && d.tokenAt(ents[k].End) == start {
				start = d.tokenAt(ents[k].Start)
				k--
			}
			start = d.raceWordsBefore(start)
			country = d.usPartyAdjective(start - 1)
		}
		if country == "" {
			if k < 0 {
				continue
			}
			p := &ents[k]
			if p.Type != model.EntityOrg || p.Sector != kb.SectorParty || p.Country == "" || d.tokenAt(p.End) != start {
				continue
			}
			country = p.Country
		}
		if e.Country != "" && e.Country != country {
			continue
		}
		e.Country, e.Sector = country, kb.SectorParty
	}
}

// partyCandidateWords name a party's runner in an election: "Republican
// Senate candidate X", "the Labour nominee X".
var partyCandidateWords = wordSet("candidate nominee challenger")

// raceWords name the election a party's candidate runs in ("presidential
// candidate", "mayoral nominee").
var raceWords = wordSet("presidential senate senatorial congressional gubernatorial mayoral parliamentary " +
	"legislative house leadership")

// partyTitleStart returns the first token of a party title that ends
// right before token first (the name's first): a head's title
// (partyTitleWords, also after "co-": "SPD co-chair X") or a candidate's
// word (partyCandidateWords), which reports race; -1 when none ends there.
func (d *docState) partyTitleStart(first int) (start int, race bool) {
	j := first - 1
	w := d.toks[j].norm
	switch {
	case partyTitleWords[w]:
		if j >= 2 && d.toks[j-2].norm == "co" && d.art.Text[d.toks[j-1].start] == '-' &&
			d.toks[j-1].start == d.toks[j-2].end && d.toks[j].start == d.toks[j-1].end {
			j -= 2
		}
		return j, false
	case partyCandidateWords[w] && !d.toks[j].upper:
		return j, true
	}
	return -1, false
}

// raceWordsBefore returns the first of the lower-case race words
// (raceWords) that end right before token i, i when there are none.
func (d *docState) raceWordsBefore(i int) int {
	for i > 0 && raceWords[d.toks[i-1].norm] && !d.toks[i-1].upper {
		i--
	}
	return i
}

// usPartyAdjective returns "USA" when token j is a capitalised
// "Republican", "Democratic" or "Democrat" and the story is set in the
// United States: there the bare adjective before a candidate names one of
// its two parties. Elsewhere the words name other countries' parties
// ("Republican People's Party"), so it returns "".
func (d *docState) usPartyAdjective(j int) string {
	if j < 0 || !d.toks[j].upper {
		return ""
	}
	switch d.toks[j].norm {
	case "republican", "democratic", "democrat":
		if d.homeCountry() == "USA" {
			return "USA"
		}
	}
	return ""
}

// orgBefore returns the link of the organisation named last before the
// offset off, in its sentence or the one before it; nil when there is
// none.
func (d *docState) orgBefore(ents []model.Entity, off int) *link {
	sent := d.sentenceOf(off)
	for j := len(ents) - 1; j >= 0; j-- {
		o := ents[j]
		if o.End > off || o.Type != model.EntityOrg {
			continue
		}
		if d.sentenceOf(o.Start) < sent-1 {
			return nil
		}
		if l := d.entEnd[o.End]; l != nil && l.id == o.ActorID {
			return l
		}
		return nil
	}
	return nil
}

// genericPartyWords make up party names that many countries' parties bear
// ("Labour Party": Britain's, Ireland's, Nigeria's, Norway's; "Communist
// Party", "Democratic Party", "Workers' Party"): a name of these words
// alone says nothing of its country.
var genericPartyWords = wordSet("labour labor conservative democratic republican liberal communist workers workers' " +
	"socialist nationalist national progressive people's peoples green social democrat democrats christian")

// partyPlurals name a party by its members, as news shortens many
// countries' parties: "the Democrats", "the Social Democrats", "the
// Conservatives", "the Greens". The United States' Democrats and
// Britain's Conservatives hold such names in the knowledge base, but in a
// story from Helsinki "the Social Democrats" (or the "Democrats" a tagger
// cut from it) are Finland's.
var partyPlurals = wordSet("democrats republicans conservatives liberals socialists greens communists nationalists progressives")

// genericPluralParty reports whether a name's normalised words (without
// "the") are generic party words ending in a plural for the party's
// members: "Democrats", "Social Democrats", "Christian Democrats".
func genericPluralParty(words []string) bool {
	if len(words) == 0 || !partyPlurals[words[len(words)-1]] {
		return false
	}
	for _, w := range words[:len(words)-1] {
		if !genericPartyWords[w] {
			return false
		}
	}
	return true
}

// foreignNamesakeParty reports whether the organisation e, whose name is
// a generic party name ending in "party" (genericPartyWords), should not
// take any of the knowledge base's parties of that name in cands: every
// one is of a country other than the dateline's, and the article names
// none of their countries ("Britain's Labour Party"). A story from Dublin
// means Ireland's Labour Party, which the knowledge base lacks, not
// Britain's; left unresolved, the name becomes a party of the home
// country (homeParty). Only the dateline counts, since the home country
// is known only once every name is resolved. So does a generic plural
// name in a datelined story (genericPluralParty: "HELSINKI - The Social
// Democrats won", "Democrats" alone when the tagger cut the name):
// undatelined, a bare "Democrats" keeps the knowledge base's party.
func (d *docState) foreignNamesakeParty(e *model.Entity, cands []*kb.Actor) bool {
	words := strings.Fields(kb.Normalize(cleanName(e.Text)))
	if len(words) > 0 && words[0] == "the" {
		words = words[1:]
	}
	if genericPluralParty(words) {
		if d.datelineCountry() == "" {
			return false
		}
		words = append(words[:len(words):len(words)], "party") // checked below as "<words> party"
	}
	if len(words) < 2 || words[len(words)-1] != "party" {
		return false
	}
	for _, w := range words[:len(words)-1] {
		// The members' plural of a generic plural name ("the
		// Conservatives", "the Liberals") is as generic as its
		// singular: an Oslo story's Conservatives are Norway's.
		if !genericPartyWords[w] && !partyPlurals[w] {
			return false
		}
	}
	dc := d.datelineCountry()
	if dc == "" {
		// Undatelined, only a name of one generic word ("Democratic
		// Party", "Labour Party"): a longer one ("Liberal Democratic
		// Party") is, in the news, nearly always one country's.
		return len(words) == 2 && d.unplacedNamesakeParty(words, cands)
	}
	parties := 0
	for _, a := range cands {
		if a.Type != kb.TypeOrganisation {
			continue
		}
		if a.Sector != kb.SectorParty || a.Country == "" || a.Country == dc || d.mentionsCountryBesideOutlets(a.Country) {
			return false
		}
		parties++
	}
	return parties > 0
}

// unplacedNamesakeParty is foreignNamesakeParty for an article with no
// dateline: "The opposition Democratic Party accused the government" names
// a party that the United States, Italy, Japan and South Korea each have,
// and the knowledge base holding only one of them says nothing of which is
// meant. It takes the knowledge base's party only when the article shows
// that party's country: by name, by nationality, or by any other mention
// the knowledge base places there ("Congress", "Ohio", "Barack Obama");
// otherwise the name is left to be a party of no known country (or of the
// article's home country: homeParty). words is the name without "the".
func (d *docState) unplacedNamesakeParty(words []string, cands []*kb.Actor) bool {
	self := strings.Join(words, " ")
	parties := 0
	for _, a := range cands {
		if a.Type != kb.TypeOrganisation {
			continue
		}
		if a.Sector != kb.SectorParty || a.Country == "" || d.showsCountry(a.Country, self) {
			return false
		}
		parties++
	}
	return parties > 0
}

// showsCountry reports whether the article shows the country cc other than
// through mentions of the name self (normalised): it names the country or
// its nationality, or another mention is of an actor or place of the
// knowledge base in cc that is not a news outlet.
func (d *docState) showsCountry(cc, self string) bool {
	if d.namesCountryAnywhere(cc) || d.namesByDemonym(cc) {
		return true
	}
	for _, l := range d.byID { // the mentions resolved before it
		if l.country == cc && l.sector != kb.SectorMedia && kb.Normalize(l.name) != self {
			return true
		}
	}
	for _, e := range d.art.Entities { // and the names after it
		key := kb.Normalize(cleanName(e.Text))
		if key == "" || key == self || key == "the "+self {
			continue
		}
		for _, a := range d.s.kb.LookupNorm(key, d.date) {
			if a.Country == cc && a.Sector != kb.SectorMedia {
				return true
			}
		}
		if a, ok := d.s.kb.City(key); ok && a.Country == cc {
			return true
		}
	}
	return false
}

// mentionsCountryBesideOutlets is mentionsCountry with the news outlets
// left out: "NAIROBI (Reuters) - Labour Party leader ..." names Britain
// only as the agency's home, which says nothing of the story's parties.
func (d *docState) mentionsCountryBesideOutlets(cc string) bool {
	if d.namesCountryAnywhere(cc) || d.namesByDemonym(cc) {
		return true
	}
	for _, l := range d.byID {
		if l.country == cc && l.sector != kb.SectorMedia {
			return true
		}
	}
	return false
}

// organisedLabour returns the workers' union or federation the article
// names when e is a bare "Labour" ("Labour leader Joe Ajaero said"): in
// a story about a labour congress, news of a country whose Labour party
// the knowledge base does not know as bare "Labour" (Nigeria's goes by
// "Labour Party") writes "Labour" for organised labour, the union, not
// Britain's party. A party called bare "Labour" of the union's own country
// ("Unite ... Labour leader Keir Starmer" in a London story), or of a
// country the article names, keeps the name; so do several unions, which
// leave open which one is meant.
func (d *docState) organisedLabour(e *model.Entity, key string) *link {
	if e.Type != model.EntityOrg || (key != "labour" && key != "labor") {
		return nil
	}
	var union *link
	for _, l := range d.byID {
		if l.sector != kb.SectorLabour || l.typ != kb.TypeOrganisation || l.country == "" {
			continue
		}
		if union != nil && union.id != l.id {
			return nil
		}
		union = l
	}
	if union == nil {
		return nil
	}
	for _, a := range d.s.kb.LookupNorm(key, d.date) {
		if a.Type != kb.TypeOrganisation || a.Sector != kb.SectorParty {
			continue
		}
		if a.Country == union.country || d.mentionsCountryBesideOutlets(a.Country) {
			return nil
		}
	}
	return union
}

// afterPartyHead reports whether the name starting at token i follows a
// lower-case "party" heading its noun phrase: "the Catalan separatist
// party Junts", "Spain's far-right party Vox" (nlp.markPartyHeadNames).
// The head noun says the name is a party's, as "the X party" does.
func (d *docState) afterPartyHead(i int) bool {
	if i < 2 || d.toks[i-1].norm != "party" || d.toks[i-1].upper {
		return false
	}
	for j := i - 2; j >= 0 && j >= i-6; j-- {
		switch d.toks[j].norm {
		case "the", "'s", "’s":
			return true
		case "":
			if d.art.Text[d.toks[j].start] != '-' {
				return false
			}
		}
	}
	return false
}
