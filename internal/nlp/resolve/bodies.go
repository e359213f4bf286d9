package resolve

import (
	"slices"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
)

// Bodies and officials described, not named. A national body written
// without its country ("the civil aviation authority", "the unification
// minister", "the Department of Foreign Affairs") belongs, by the news
// convention, to the country the article is datelined in or wholly about;
// "a spokeswoman" right after a named body speaks for that body.

// homeCountry is the one country the article is set in: the country of its
// wire dateline ("MANILA — ..."), unless another country is named more
// often; without a dateline, the only country the article names, when it
// names it at least twice. "" when there is no such country: no country is
// better than a wrong one.
func (d *docState) homeCountry() string {
	if d.home != nil {
		return *d.home
	}
	home := ""
	d.home = &home
	counts := map[string]int{}
	for _, e := range d.art.Entities {
		if e.Type != model.EntityGPE && e.Type != model.EntityNORP || e.Country == "" {
			continue
		}
		if l := d.entEnd[e.End]; l == nil || l.typ != kb.TypeCountry && l.typ != kb.TypePlace {
			continue
		}
		counts[e.Country]++
	}
	if dateline := d.datelinePlaceCountry(); dateline != "" {
		for c, n := range counts {
			if c != dateline && n > counts[dateline] {
				return home
			}
		}
		// A summit's or talks' host city is where the story was
		// filed, not whose it is (see venueDateline).
		if d.venueDateline(dateline) {
			return home
		}
		home = dateline
		return home
	}
	if len(counts) == 1 {
		for c, n := range counts {
			if n >= 2 {
				home = c
			}
		}
	}
	return home
}

// datelinePlaceCountry is the country of the first place of the wire
// dateline the resolver gave one ("GENEVA (Wire) - " is CHE); "" when
// there is no dateline or its place has no country.
func (d *docState) datelinePlaceCountry() string {
	for _, e := range d.datelineMentions() {
		if e.Type == model.EntityGPE && e.Country != "" {
			return e.Country
		}
	}
	return ""
}

// definiteBody reports whether the role word at token i is read as a
// definite description of one body or office: "the" right before it, or
// before one or two lower-case words that modify it ("the civil aviation
// authority", "the unification minister"), none of them a verb.
func (d *docState) definiteBody(i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		w := d.toks[j]
		if w.norm == "the" {
			return true
		}
		if w.norm == "" || w.upper || glue[w.norm] || !d.modifier(j) || d.verbAt(int(w.start)) {
			return false
		}
		if _, _, ok := d.roleEndingAt(j); ok {
			// "the police unit", "the army command": a role of its own.
			return false
		}
	}
	return false
}

// homeBody resolves a definite government body or generic office with no
// country of its own, described by a lower-case modifier ("the civil
// aviation authority", "the unification minister"), to the government of
// the article's home country. A bare "the agency" or "the spokesman" points
// back to a body or person told before, not to the place; and offices of
// one holder ("the foreign minister") are left alone: which country's is
// meant is too often the other party's. A visitor's ("the visiting trade
// delegation") is another country's. A ministry named by its portfolio
// that speaks or acts ("the foreign ministry said", "the finance ministry
// announced") is the home government's, as the civil aviation authority
// is: one state has one; after a preposition ("met at the foreign
// ministry") it is a place, and then it is left alone (speakingMinistry).
func (d *docState) homeBody(i, end int, phrase string, r kb.RoleInfo, t title) *link {
	if t.visitor || r.Office != "" || r.Sector != kb.SectorGovernment || i == 0 || d.toks[i-1].norm == "the" && !d.speakingMinistry(i, end, phrase) || !d.definiteBody(i) {
		return nil
	}
	if phrase == "central bank" && d.bankNamedBefore(int(d.toks[i].start)) {
		return nil
	}
	c := d.homeCountry()
	if c == "" && d.toks[end].norm == "ministry" && end+1 < len(d.toks) && (orgSays[d.toks[end+1].norm] || ministryActs[d.toks[end+1].norm]) {
		// No home country, but a ministry that speaks right after a
		// country spoke: "Kyiv said ... The defence ministry said".
		first := i
		if phrase == "ministry" && d.defenceMinistryAt(i, phrase) {
			// The tagger leaves "defence" out of the role; the
			// phrase as written starts at it.
			first = i - 1
		}
		c = d.speakingCountryBefore(int(d.toks[first].start))
		if c == "" {
			// "China rejected the report, the foreign ministry said".
			c = d.attributedCountry(first)
		}
	}
	if c == "" {
		return nil
	}
	if d.defenceMinistryAt(i, phrase) {
		// "The defence ministry said": the home country's defence
		// ministry, coded as "Russia's Defence Ministry" is.
		return defenceMinistry(d.s.kb, c)
	}
	if a, ok := d.s.kb.SectorActor(c, r.Sector); ok {
		return fromActor(&a)
	}
	return nil
}

// defenceMinistryAt says the role phrase at token i is a defence ministry:
// the bare "ministry" after "defence" or "defense" (the tagger leaves the
// portfolio word out of the role), or the whole phrase naming one.
func (d *docState) defenceMinistryAt(i int, phrase string) bool {
	if defenceMinistryName(strings.Fields(phrase)) {
		return true
	}
	return phrase == "ministry" && i > 0 && (d.toks[i-1].norm == "defence" || d.toks[i-1].norm == "defense")
}

// speakingCountryBefore returns the country that speaks as the subject of
// the sentence right before the one at byte offset pos ("Kyiv said ...",
// "Ukraine said ..."): the bare portfolio ministry that speaks next ("The
// defence ministry said ...") is that government's, as the story goes on
// with the same side's account. "" when that sentence opens with no
// country or capital followed by a verb of saying.
func (d *docState) speakingCountryBefore(pos int) string {
	sent := d.sentenceOf(pos)
	if sent < 1 || sent-1 >= len(d.art.Sentences) {
		return ""
	}
	opening := d.art.Sentences[sent-1].Start
	for _, e := range d.art.Entities {
		if e.Sentence != sent-1 {
			continue
		}
		if d.tokenAt(e.Start) != d.tokenAt(opening) {
			return ""
		}
		l := d.entEnd[e.End]
		j := d.tokenAt(e.End)
		if l == nil || l.typ != kb.TypeCountry || l.country == "" || j >= len(d.toks) || !orgSays[d.toks[j].norm] {
			return ""
		}
		return l.country
	}
	return ""
}

// attributedCountry returns the country or capital that opens the
// sentence of the ministry at token i as the subject of its first verb,
// when the ministry is the attribution after a comma ("China rejected the
// report, the foreign ministry said"; "New Delhi called the report biased,
// the foreign ministry said"): the ministry gives the subject's own
// account. "" otherwise.
func (d *docState) attributedCountry(i int) string {
	if i < 2 || d.punct(i-2) != "," || d.toks[i-1].norm != "the" {
		return ""
	}
	sent := d.sentenceOf(int(d.toks[i].start))
	if sent < 0 || sent >= len(d.art.Sentences) {
		return ""
	}
	opening := d.tokenAt(d.art.Sentences[sent].Start)
	for _, e := range d.art.Entities {
		if e.Sentence != sent {
			continue
		}
		if d.tokenAt(e.Start) != opening {
			return ""
		}
		l := d.entEnd[e.End]
		j := d.tokenAt(e.End)
		if l == nil || l.typ != kb.TypeCountry || l.country == "" || j >= len(d.toks) || !d.verbAt(int(d.toks[j].start)) {
			return ""
		}
		return l.country
	}
	return ""
}

// ministryActs are the verbs after a ministry that show it speaks or acts
// as the government's voice: orgSays and a ministry's usual acts.
var ministryActs = wordSet("summoned condemned rejected urged accused welcomed criticised criticized dismissed insisted " +
	"called issued")

// onlyBodies are bodies a state has one of, which speak for its government
// when named bare as the subject of a verb of saying or acting, as a
// ministry named by its portfolio does: "the presidency said in a
// statement" in a story from Accra is Ghana's. A state has one central
// bank too: "BANGKOK (Wire) - The central bank said" is Thailand's, as
// "Thailand's central bank" is (but see bankNamedBefore).
var onlyBodies = map[string]bool{"presidency": true, "central bank": true}

// bankNamedBefore says a bank's name (an organisation whose name has
// "bank" or "reserve" in it: "the European Central Bank", "the Federal
// Reserve", "Bank Indonesia") stands in the article before byte offset
// pos: a bare "the central bank" after it points back to that bank, which
// need not be the dateline country's (the ECB in a story from Frankfurt).
func (d *docState) bankNamedBefore(pos int) bool {
	for _, e := range d.art.Entities {
		if e.Start >= pos {
			break
		}
		if e.Type != model.EntityOrg {
			continue
		}
		for _, w := range strings.Fields(kb.Normalize(e.Text)) {
			if w == "bank" || w == "reserve" || w == "fed" {
				return true
			}
		}
	}
	return false
}

// speakingMinistry says whether the role phrase at tokens i..end is a
// ministry named by its portfolio ("foreign ministry", not a bare
// "ministry", which points back to one told before) that is the subject
// of a verb of saying or acting right after it, with "the" before it not
// itself after a preposition: "the foreign ministry said", never "at the
// foreign ministry on Monday".
func (d *docState) speakingMinistry(i, end int, phrase string) bool {
	if (!strings.Contains(phrase, " ") || !strings.HasSuffix(phrase, " ministry")) && !onlyBodies[phrase] || end+1 >= len(d.toks) {
		return false
	}
	if next := d.toks[end+1].norm; !orgSays[next] && !ministryActs[next] {
		return false
	}
	if i >= 2 && (placePreps[d.toks[i-2].norm] || glue[d.toks[i-2].norm]) {
		return false
	}
	return true
}

// stateOutlets are the words for a state's own outlet that name no outlet
// and no country: "state television said", "according to state radio".
var stateOutlets = map[string]bool{"state television": true, "state tv": true, "state radio": true,
	"state media": true, "state broadcaster": true, "state news agency": true}

// stateOutlet resolves a bare state outlet at byte offset pos to the media
// of the country whose official or government the article named last
// before it (a story about Iran's foreign minister quoting "state
// television" quotes Iran's), else of its dateline's country when the
// story names no other (datelineOnly): a state's broadcaster speaks for
// the state the story is about. roleAnts are the role mentions resolved
// so far in this pass.
func (d *docState) stateOutlet(pos, sent int, roleAnts []antecedent) *link {
	country, at := "", -1
	official := func(a antecedent) bool {
		// A counterpart is the other side's ("met his Omani
		// counterpart"), not the state the story is about.
		if strings.HasPrefix(a.phrase, "counterpart") {
			return false
		}
		return a.l != nil && a.l.country != "" && (a.l.sector == kb.SectorGovernment || a.l.typ == kb.TypePerson && len(a.l.offices) > 0)
	}
	atSent := -1
	for i := before(d.antecedents, pos) - 1; i >= 0; i-- {
		if a := d.antecedents[i]; a.sentence < sent-referenceWindow {
			break
		} else if official(a) {
			country, at, atSent = a.l.country, a.pos, a.sentence
			break
		}
	}
	for i := before(roleAnts, pos) - 1; i >= 0; i-- {
		if a := roleAnts[i]; official(a) {
			if a.pos > at {
				country, atSent = a.l.country, a.sentence
			}
			break
		}
	}
	if country != "" && !d.sameParagraph(atSent, sent) && d.officialsOfOthers(country, pos, sent, roleAnts) {
		// "Hungary's trade minister told Reuters ... In a post on X,
		// the Polish prime minister said ... The army had retaken the
		// town, state TV reported.": a story naming officials of
		// several states, the last in an earlier paragraph, does not
		// say whose broadcaster a new paragraph quotes.
		country = ""
	}
	if country == "" {
		country = d.datelineOnly(pos, sent)
	}
	if country == "" {
		return nil
	}
	if a, ok := d.s.kb.SectorActor(country, kb.SectorMedia); ok {
		return fromActor(&a)
	}
	return nil
}

// sameParagraph says sentences a and b are in one paragraph.
func (d *docState) sameParagraph(a, b int) bool {
	ss := d.art.Sentences
	if a < 0 || b < 0 || a >= len(ss) || b >= len(ss) {
		return a == b
	}
	return ss[a].Paragraph == ss[b].Paragraph
}

// officialsOfOthers says the story names, before byte offset pos, an
// official or government of a country other than country (counterparts
// aside, as in stateOutlet).
func (d *docState) officialsOfOthers(country string, pos, sent int, roleAnts []antecedent) bool {
	other := func(a antecedent) bool {
		return !strings.HasPrefix(a.phrase, "counterpart") && a.l != nil && a.l.country != "" && a.l.country != country &&
			(a.l.sector == kb.SectorGovernment || a.l.typ == kb.TypePerson && len(a.l.offices) > 0)
	}
	for i := before(d.antecedents, pos) - 1; i >= 0; i-- {
		if a := d.antecedents[i]; a.sentence < sent-referenceWindow {
			break
		} else if other(a) {
			return true
		}
	}
	for i := before(roleAnts, pos) - 1; i >= 0; i-- {
		if other(roleAnts[i]) {
			return true
		}
	}
	return false
}

// spokesWords speak for a body.
var spokesWords = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true}

// spokesBody returns the body a spokesperson mentioned without one speaks
// for: the one organisation named before it in the same sentence and the
// previous one ("The Department of Foreign Affairs was helping the family,
// a spokeswoman said"). Two bodies there ("the ministry and the Red
// Cross"), or a person named after the body, leave it unresolved: the
// spokesperson could be either's, or that person's. Outlets do not count:
// "Reuters reported" names who told, not who speaks.
func (d *docState) spokesBody(pos, sent int) *link {
	var body *link
	for i := before(d.antecedents, pos) - 1; i >= 0; i-- {
		a := d.antecedents[i]
		if a.sentence < sent-1 {
			break
		}
		switch a.l.typ {
		case kb.TypeOrganisation:
			if a.l.sector == kb.SectorMedia {
				continue
			}
			if body != nil && body.id != a.l.id {
				return nil
			}
			body = a.l
		case kb.TypePerson:
			if body == nil {
				return nil
			}
		}
	}
	return body
}

// homeOrg gives a national government department or electoral body named
// without its country ("the Department of Foreign Affairs", "the Interior
// Ministry", "the Directorate of Criminal Investigations", "the Central
// Election Commission") or a state's high court ("the Constitutional
// Court", see nationalCourt) the article's home country, when the
// knowledge base does not know it.
func (d *docState) homeOrg(e *model.Entity, l *link) {
	if l.country != "" || l.typ != kb.TypeOrganisation || !strings.HasPrefix(l.id, "doc:org:") {
		return
	}
	words := strings.Fields(kb.Normalize(cleanName(e.Text)))
	if len(words) < 2 {
		return
	}
	sector := kb.SectorGovernment
	switch {
	case homeOrgHeads[words[0]] && words[1] == "of":
	case words[len(words)-1] == "ministry":
	case electoralName(words): // "the Central Election Commission", see electoral.go
	case l.sector == kb.SectorJudiciary && (nationalCourt(words) || fieldsCourt(words) || namedCourt(words)):
		// "the Constitutional Court" in a story set in Peru: Peru's,
		// and still a court.
		sector = kb.SectorJudiciary
	default:
		return
	}
	c := d.homeCountry()
	if c == "" && sector == kb.SectorJudiciary || c == "" && electoralName(words) {
		// "WASHINGTON - ... Venezuela ... the Supreme Court", "the
		// National Electoral Council": a state's high court and its
		// electoral body, named bare in a story about another country,
		// are that country's (storyCountry).
		c = d.storyCountry()
	}
	if ic := d.includedCountry(e); ic != "" {
		c = ic
	}
	if c == "" && words[len(words)-1] == "ministry" {
		// "BAGHDAD - ... an Interior Ministry spokesman said" in a story
		// that names Denmark more often than Iraq: a wire report names a
		// foreign ministry with its country ("the Danish Foreign
		// Ministry"), so a capitalised ministry without one is the
		// dateline country's, unless its sentence names another country.
		c = d.datelineCountry()
		for _, o := range d.art.Entities {
			if c == "" {
				break
			}
			if o.Sentence == e.Sentence && o.Country != "" && o.Country != c && (o.Type == model.EntityGPE || o.Type == model.EntityNORP) {
				c = ""
			}
		}
	}
	if c != "" {
		l.country = c
		l.sector = sector
		e.Country, e.Sector = c, sector
	}
}

// includedCountry returns the country of the group a body named without
// its country is listed among ("four Venezuelan officials ... The
// officials, including Supreme Court judge Carmen Rojas,"): right after
// "including", "among them" or "such as", the body is of the country
// named last before it in its sentence or the one before, a demonym or a
// country, not of the article's home. "" when no such word is before the
// body or no country was named.
func (d *docState) includedCountry(e *model.Entity) string {
	i := d.tokenAt(e.Start)
	if i > 0 && d.toks[i-1].norm == "the" {
		i--
	}
	switch {
	case i >= 1 && d.toks[i-1].norm == "including":
	case i >= 2 && d.toks[i-2].norm == "among" && d.toks[i-1].norm == "them":
	case i >= 2 && d.toks[i-2].norm == "such" && d.toks[i-1].norm == "as":
	default:
		return ""
	}
	c := ""
	for _, o := range d.art.Entities {
		if o.Start >= e.Start {
			break
		}
		if o.Sentence < e.Sentence-1 || o.Type != model.EntityGPE && o.Type != model.EntityNORP {
			continue
		}
		if l := d.entEnd[o.End]; l != nil && l.typ == kb.TypeCountry && l.country != "" {
			c = l.country
		}
	}
	return c
}

// homeOrgHeads head a national body's name before "of" and its field:
// "Department of Foreign Affairs", "Directorate of Criminal
// Investigations", "Bureau of Land Management", "Inspectorate of
// Prisons". A state has one of each, so one named without its country is
// the home country's, as a ministry is. "Office" and "Commission" also
// head bodies of cities, firms and international organisations ("Office
// of the High Commissioner") and are left out.
var homeOrgHeads = wordSet("department ministry directorate bureau inspectorate")

// homeUnion gives a workers' union named without its country ("the Trade
// Union Congress") the article's home country: a wire story names a
// foreign union with its country, as it does a party (homeParty).
func (d *docState) homeUnion(e *model.Entity, l *link) {
	if l.country != "" || l.sector != kb.SectorLabour || !strings.HasPrefix(l.id, "doc:org:") {
		return
	}
	if c := d.homeCountry(); c != "" {
		l.country = c
		e.Country, e.Sector = c, kb.SectorLabour
	}
}

// stateBodyHeads head the names of a state's departments and agencies
// ("Philippine Institute of Volcanology and Seismology", "Indonesian
// Disaster Mitigation Agency", "Nepal Electricity Authority"). Words that
// head as many private or civil bodies' names ("Institution", "Society",
// "Foundation", "Council", "Centre", "University") are not listed.
var stateBodyHeads = map[string]bool{"ministry": true, "department": true, "institute": true, "agency": true,
	"authority": true, "commission": true, "bureau": true, "directorate": true}

// schoolFields follow "Institute of" in the names of universities and
// colleges ("Indian Institute of Technology", "... Institute of
// Management"), which teach, not govern.
var schoolFields = map[string]bool{"technology": true, "management": true, "science": true, "engineering": true,
	"medical": true, "medicine": true, "law": true, "business": true, "education": true}

// namedStateBody gives an organisation the knowledge base lacks, whose name
// starts with a country's name or demonym and is headed by a word for a
// state body ("the Philippine Institute of Volcanology and Seismology",
// "the Kenya Wildlife Authority", "the Philippine Ministry of Fisheries"),
// the government sector: such a name is the state's own body's. The
// country must be the one the entity already has. A university ("the
// Philippine University of ..."), a school named as an institute ("Indian
// Institute of Technology") and a name with no country ("the Brookings
// Institution") get nothing. A country's possessive before an electoral
// body or a department is as good as its name inside it.
func (d *docState) namedStateBody(e *model.Entity, l *link) {
	if e.Type != model.EntityOrg || e.Country == "" || e.Sector != "" || l.sector != "" || l.id != e.ActorID || !strings.HasPrefix(l.id, "doc:org:") {
		return
	}
	words := strings.Fields(kb.Normalize(cleanName(e.Text)))
	if len(words) < 2 {
		return
	}
	// The country's words: one or two ("Philippine", "South Korean").
	n := 0
	for k := 1; k <= 2 && k < len(words); k++ {
		key := strings.Join(words[:k], " ")
		if c, ok := d.s.kb.DemonymNorm(key); ok && c == e.Country || d.countryInName(words[:k]) == e.Country {
			n = k
		}
	}
	if n == 0 {
		// "Bangladesh's Election Commission", "Kenya's Independent
		// Electoral and Boundaries Commission", "Ghana's Department of
		// Labour": the country written as the owner of an electoral body
		// or a department (the names homeOrg gives a country when none is
		// written) is as good as one in the name.
		if d.possessiveCountry(e) == e.Country && (electoralName(words) || homeOrgHeads[words[0]] && words[1] == "of" || words[len(words)-1] == "ministry") {
			e.Sector, l.sector = kb.SectorGovernment, kb.SectorGovernment
		}
		return
	}
	// The head: the last word, or the word before the first "of", "for"
	// or "on" ("Institute of Volcanology", "Commission on Elections").
	head, after := words[len(words)-1], ""
	for k := n; k < len(words)-1; k++ {
		if words[k] == "of" || words[k] == "for" || words[k] == "on" {
			head, after = words[k-1], words[k+1]
			break
		}
	}
	if !stateBodyHeads[head] || head == "institute" && schoolFields[after] {
		return
	}
	// "the Kenya Human Rights Commission" is a rights group under a
	// commission's name, and even a country's statutory rights commission
	// is independent of the government it watches (the Paris Principles
	// national rights institutions answer to): a rights commission the
	// knowledge base lacks gets no sector rather than the government's.
	if head == "commission" && slices.Contains(words[n:], "rights") {
		return
	}
	e.Sector, l.sector = kb.SectorGovernment, kb.SectorGovernment
}

// forceWords name a country's armed forces, or one branch of them, without
// saying whose: "the Army", "Navy".
var forceWords = map[string]bool{"army": true, "navy": true, "military": true, "air force": true, "armed forces": true}

// homeForce resolves a bare word for the armed forces the tagger took for
// an organisation's name ("an Army spokesman", "the Army said"). Written
// so, news means the forces of the country the story is in, as it does
// for "army spokesman" in lower case (bodySectors): with a home country
// (dateline or the country named most, homeCountry) it is that country's
// military; without one it names no actor of its own and keep is false,
// and the role word after it still takes the military's sector.
func (d *docState) homeForce(e *model.Entity) (keep bool) {
	// Capitalised, as a name: a lower-case "the navy" the tagger took for
	// one is left as it was.
	name := strings.TrimPrefix(strings.TrimPrefix(cleanName(e.Text), "the "), "The ")
	if !forceWords[kb.Normalize(name)] || name == "" || !unicode.IsUpper([]rune(name)[0]) {
		return true
	}
	l := d.entEnd[e.End]
	if l != nil && l.id != e.ActorID {
		if l.sector == kb.SectorMilitary && l.country != "" {
			d.apply(e, l) // an earlier mention sharing the link resolved it
		}
		return true
	}
	c := d.homeCountry()
	if c == "" {
		return false
	}
	a, ok := d.homeBranch(c, kb.Normalize(name))
	if !ok {
		return false
	}
	// The knowledge base makes up a role actor for a military it does not
	// list; named in the text, the force is an organisation, as a listed
	// one is, so that a role word after it ("Army spokesman") serves it.
	a.Type = kb.TypeOrganisation
	switch {
	case l != nil:
		*l = *fromActor(&a) // every mention sharing the link
	case d.byID[a.ID] != nil:
		l = d.byID[a.ID]
	default:
		l = fromActor(&a)
	}
	d.entEnd[e.End], d.entStart[e.End] = l, e.Start
	d.apply(e, l)
	return true
}

// homeBranch returns the country's branch of its forces the knowledge base
// lists under the country's name and the force word ("Air Force": the
// United States Air Force), else the country's military.
func (d *docState) homeBranch(country, word string) (kb.Actor, bool) {
	k := d.s.kb
	if c, ok := k.Actor(country); ok {
		for _, n := range append([]string{c.Name}, c.Aliases...) {
			for _, a := range k.LookupNorm(kb.Normalize(n)+" "+word, d.date) {
				if a.Country == country && a.Sector == kb.SectorMilitary && a.Type == kb.TypeOrganisation {
					return *a, true
				}
			}
		}
	}
	return k.SectorActor(country, kb.SectorMilitary)
}

// homeOutlet gives a news medium the knowledge base lacks, and whose name
// names no place ("Kompas TV", not "Bangkok Post"), the article's home
// country: a wire story set in one country cites that country's local
// press and broadcasters, while a foreign outlet is usually one the
// knowledge base knows or one written with its country ("Iran's Press TV").
func (d *docState) homeOutlet(e *model.Entity, l *link) {
	if l.country != "" || l.sector != kb.SectorMedia || !strings.HasPrefix(l.id, "doc:org:") {
		return
	}
	// The agency a dateline credits ("LUSAKA (Harbour Wire) -") files from
	// abroad, and a wire or agency is no local outlet: only a newspaper's
	// or a broadcaster's name qualifies.
	if e.Start < d.dateline || !outletName(strings.Fields(kb.Normalize(cleanName(e.Text)))) {
		return
	}
	if c := d.homeCountry(); c != "" {
		l.country = c
		e.Country, e.Sector = c, kb.SectorMedia
	}
}

// homeOffices are the offices whose titles news writes without a country
// for the home country's holder ("Defence Minister Jane Doe", "the Minister
// of Defence said"): a defence minister is reported at home far more often
// than abroad. A foreign minister is not among them: foreign ministers
// travel and meet their counterparts, so the article's country is too often
// the other party's.
var homeOffices = map[string]bool{"defence_minister": true, "finance_minister": true, "central_bank_governor": true}

// ownCountryTitles are titles of an office that only one country's holder
// bears, whatever the article's country: the Chancellor of the Exchequer
// is Britain's finance minister, the Treasury Secretary the United
// States'. Unlike "Secretary of State" (titleCountries) no other
// country's office is written so.
var ownCountryTitles = map[string]string{
	"chancellor of the exchequer": "GBR",
	"treasury secretary":          "USA",
	"secretary of the treasury":   "USA",
}

// centralBankBefore says whether the word at token i names the head of the
// central bank named right before it ("Fed" | "chair").
func (d *docState) centralBankBefore(i int) bool {
	if i < 1 || i >= len(d.toks) || !d.wordRun(i-1, i) {
		return false
	}
	return centralBankHead(d.entEnd[int(d.toks[i-1].end)], d.toks[i].norm)
}

// officeCentralBank is the office key of a central bank's head in
// leaders.tsv.
const officeCentralBank = "central_bank_governor"

// bankHeadWords are the words for the head of a central bank: its
// governor (the Bank of England, the Reserve Bank of India), chair (the
// Federal Reserve) or president (the ECB, the Bundesbank).
var bankHeadWords = map[string]bool{"governor": true, "chair": true, "chairman": true, "chairwoman": true,
	"chairperson": true, "president": true, "head": true, "chief": true}

// centralBankHead says whether the role word w after the organisation org
// names the head of a central bank ("the Fed chair", "ECB President",
// "the RBI governor"): his office is central_bank_governor, whatever the
// role word names alone (a president is the state's). A central bank is
// a body of the government whose name is a bank's (actors.tsv codes
// central banks government, as CAMEO does; commercial banks are business).
// A currency union's central bank (the ECB) is an international body
// (igo) and answers to no state's government; it is one when its name
// says central bank, which the other banks of international bodies (the
// World Bank, whose head is its president) do not.
func centralBankHead(org *link, w string) bool {
	if org == nil || !bankHeadWords[w] || org.typ != kb.TypeOrganisation {
		return false
	}
	words := strings.Fields(kb.Normalize(org.name))
	switch org.sector {
	case kb.SectorGovernment:
		return slices.Contains(words, "bank") || slices.Contains(words, "reserve")
	case kb.SectorIGO:
		return slices.Contains(words, "central") && slices.Contains(words, "bank")
	}
	return false
}

// homeOffice says whether a title is an office of homeOffices with no
// country, body or place of its own, held now, by no visitor ("the
// visiting finance minister" is another country's).
func homeOffice(t title) bool {
	return homeOffices[t.office] && unplacedTitle(t) && !t.visitor
}

// bodyTitle says whether a title names a body of a country's forces
// with no country ("army spokesman", "police chief"): like a defence
// minister's, such a body speaks at home, so the holder is the article's
// home country's.
func bodyTitle(t title) bool {
	return t.body && (t.sector == kb.SectorMilitary || t.sector == kb.SectorPolice) && unplacedTitle(t) && !t.visitor
}

// unplacedTitle says whether a title names no country, body or place of
// its own and is held now.
func unplacedTitle(t title) bool {
	return t.country == "" && t.org == nil && t.place == nil && !t.former
}

// titleCountries are role phrases that are the title of an office in a
// few countries only: "Secretary of State" is the U.S. foreign minister's
// title (Britain's is "Foreign Secretary", and its secretaries of state
// are written with their portfolio: "Secretary of State for Defence";
// "Northern Ireland Secretary of State" names its place). Unlike a
// defence minister's, the office travels, so such a title with no country
// of its own is that country's only when the article fixes it: set there
// (its dateline or home country, see homeCountry) or naming it; else it
// stays unplaced, as a visitor's title would be.
//
// "Foreign Secretary" is Britain's foreign minister; India, Pakistan and
// Bangladesh give the title to the foreign ministry's senior civil servant,
// a different post, so it is Britain's only when the article is set there
// (homeOnlyTitles): an Indian story that mentions Britain keeps its own
// foreign secretary unplaced.
var titleCountries = map[string][]string{"secretary of state": {"USA"}, "foreign secretary": {"GBR"}}

// titleOfficeIn says whether a title that names its country ("India's
// foreign secretary") holds the office roles.tsv gives it there: a title
// of a few countries only (titleCountries) names that office in those
// countries alone. India's, Pakistan's or Nepal's foreign secretary is the
// foreign ministry's senior civil servant, not its minister, and the
// Vatican's secretary of state heads its government, not its diplomacy:
// such a title is the country's government, no holder of the office.
func titleOfficeIn(phrase, country string) bool {
	cs, ok := titleCountries[phrase]
	return !ok || slices.Contains(cs, country)
}

// homeOnlyTitles are titleCountries whose country the article's home
// country alone fixes: another country uses the same words for another
// office, so naming the title's country somewhere in the article does not.
var homeOnlyTitles = map[string]bool{"foreign secretary": true}

// soleTitles are role phrases that one country alone uses for an office:
// "the Taoiseach" is Ireland's prime minister wherever the article is set
// (a Taoiseach visiting London is still Ireland's), so unlike a title of a
// few countries (titleCountries) it needs no country named or set.
var soleTitles = map[string]string{"taoiseach": "IRL"}

// titledCountries returns the countries a title with no country of its own
// may be of (titleCountries), nil for any other title.
func titledCountries(t title) []string {
	if !unplacedTitle(t) {
		return nil
	}
	return titleCountries[t.phrase]
}

// titleCountry returns the country an unplaced title is of in this
// article: for a home office the article's home country; for a title
// only some countries use, the home country when it is one of them, else
// the one of them the article names (as a country, a place, a people, a
// body or a person of it); "" when none fits.
func (d *docState) titleCountry(t title) string {
	if homeOffice(t) || bodyTitle(t) {
		return d.homeCountry()
	}
	if c, ok := soleTitles[t.phrase]; ok && unplacedTitle(t) {
		return c
	}
	cs := titledCountries(t)
	if len(cs) == 0 {
		return ""
	}
	// A visiting Secretary of State is not the home country's.
	if home := d.homeCountry(); home != "" && !t.visitor && slices.Contains(cs, home) {
		return home
	}
	if homeOnlyTitles[t.phrase] {
		return ""
	}
	named := ""
	for _, e := range d.art.Entities {
		if e.Country == "" || !slices.Contains(cs, e.Country) || e.Type == EntityRole {
			continue
		}
		if named != "" && named != e.Country {
			return ""
		}
		named = e.Country
	}
	return named
}

// homeTitle is a person titled by an office with no country (see
// homeTitles), with the title.
type homeTitle struct {
	l    *link
	t    title
	sent int // the sentence of the person's mention
	pos  int // the byte offset of the person's mention
	// lower is set for a state official's title written in lower case
	// before the name ("ministry spokesman Jane Roe"), see
	// lowerStateTitle, or for a capitalised minister's title with no
	// country ("Interior Minister Jane Roe"), see capitalMinisterTitle:
	// either takes the dateline's country (datelineHome).
	lower bool
	// head is set for a capitalised "President" or "Vice President" with
	// no country before the name ("President Ana Quispe"), see
	// capitalPresidentTitle: the dateline's country while the story names
	// no other one before it or in its sentence (datelineOnly).
	head bool
	// impeached is set for a person named as the one impeached
	// (impeachedPerson): the country of the legislature that did it.
	impeached bool
	// appos is set for a person whose role is told in apposition with
	// no country ("Sara Lind, a spokesperson, said"): the dateline's
	// country, as for a lower-case title before the name (datelineHome).
	appos bool
}

// homeTitles gives the persons titled by an office with no country
// ("Minister of Defence Jane Doe", in a U.S. article "Secretary of State
// Jane Doe") the country titleCountry finds for the title; with none they
// keep no country rather than a guess. It runs once every named entity is
// resolved, which homeCountry counts.
func (d *docState) homeTitles() {
	if len(d.homeTitled) == 0 {
		return
	}
	placed := map[*link]bool{}
	var bySentence map[int][]int // for courtCountry, made when first needed
	for _, h := range d.homeTitled {
		if h.l.country != "" {
			continue
		}
		c := d.titleCountry(h.t)
		if c == "" && judicialTitle(h.t) {
			if bySentence == nil {
				bySentence = d.entitiesBySentence()
			}
			c = d.courtCountry(h.sent, bySentence)
		}
		if c == "" && h.t.body {
			c = d.namedBodyCountry(h.pos)
		}
		if c == "" && h.lower && h.t.sector == kb.SectorOpposition {
			c = d.oppositionHome(h.sent)
		}
		if c == "" && (h.lower || h.appos) {
			c = d.datelineHome(h.sent)
		}
		if c == "" && h.lower {
			c = d.namedHomeGovernment(h.pos)
		}
		if c == "" && h.head {
			c = d.datelineOnly(h.pos, h.sent)
		}
		if c == "" && h.impeached {
			c = d.impeachingCountry(h.sent)
		}
		if c != "" {
			h.l.country = c
			placed[h.l] = true
		}
	}
	for i := range d.art.Entities {
		e := &d.art.Entities[i]
		if e.Country != "" || e.ActorID == "" {
			continue
		}
		if l := d.entEnd[e.End]; l != nil && l.id == e.ActorID && placed[l] {
			e.Country = l.country
		}
	}
}

// namedBodyCountry returns the country of the body whose word stands in
// the title before the person's name at byte offset pos ("ministry" in
// "foreign ministry spokesman Ahmed Abu Zeid", "army" in "army spokesman
// Jane Roe") when the article named that body with its country before
// ("Egypt's foreign ministry said ...", "the Israeli army said ..."): the
// story writes the country once and the body's spokesman after without
// it. Bodies of two countries named so ("Egypt's foreign ministry and
// Qatar's foreign ministry") leave it unresolved; "" when none is named.
func (d *docState) namedBodyCountry(pos int) string {
	first := d.tokenAt(pos)
	body := ""
	for k := first - 1; k >= 0 && k >= first-3; k-- {
		w := d.toks[k].norm
		if w == "" || glue[w] {
			break
		}
		if _, ok := bodySectors[w]; ok {
			body, first = w, k
			break
		}
	}
	if body == "" {
		return ""
	}
	country := ""
	for k := 0; k < first; k++ {
		if d.toks[k].norm != body {
			continue
		}
		// The country modifier ends at most two words before the body
		// word: "Egypt's foreign ministry", "the Israeli army".
		c := d.countryModifierBefore(k)
		if c == "" {
			continue
		}
		if country != "" && country != c {
			return ""
		}
		country = c
	}
	return country
}

// countryModifierBefore returns the country of the modifier ending at most
// two words before the token at k ("Egypt's foreign ministry", "the Israeli
// army", "the U.S. government"), skipping capitalised words that name no
// country ("Foreign" in "Egypt's Foreign Ministry"); "" when there is none
// or the modifier is an organisation's or a place's name.
func (d *docState) countryModifierBefore(k int) string {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		w := d.toks[j]
		if w.norm == "" || glue[w.norm] && w.norm != "'s" {
			return ""
		}
		if !w.upper && w.norm != "'s" {
			continue
		}
		c, _, ok := d.countryEndingAt(j)
		if !ok || c.country == "" {
			continue
		}
		if c.org != nil || c.place != nil {
			return ""
		}
		return c.country
	}
	return ""
}

// homeHolder resolves a definite role mention of a home office with no
// country ("the Defence Minister said"), or of a title only some
// countries use ("the Secretary of State said"), to the holder of that
// office in the country titleCountry finds, or its government when the
// knowledge base knows no holder; nil when it finds none.
func (d *docState) homeHolder(t title, r kb.RoleInfo, definite bool) *link {
	if !definite || r.Group {
		return nil
	}
	c := d.titleCountry(t)
	if c == "" {
		return nil
	}
	if a, ok := d.officeHolder(c, r.Office); ok {
		return fromActor(a)
	}
	if a, ok := d.s.kb.SectorActor(c, r.Sector); ok {
		return fromActor(&a)
	}
	return nil
}

// datelineOffices are the offices of a country's leadership that a wire
// story from inside the country writes bare: "DUBLIN (Reuters) - The
// prime minister said" is Ireland's, as "TOKYO - the foreign minister
// told reporters" is Japan's. Unlike homeOffices they travel and meet
// their counterparts, so the dateline fixes the country only while the
// story has named no other country (see datelineHolder).
var datelineOffices = map[string]bool{
	"prime_minister": true, "president": true, "chancellor": true, "foreign_minister": true,
}

// datelineHolder resolves a bare "the <office>" of a head of state or
// government or a foreign minister (datelineOffices) at token i, pos its
// byte offset, to the holder of that office at the article's date in the
// country of its dateline, when that is also its home country and no
// place or people of another country is named before the title or in its
// sentence: "... met Japan's foreign minister. The prime minister said"
// and "SEOUL — The foreign minister flew to Tokyo" may mean either side's,
// and a story with no dateline fixes no country. A word between "the" and
// the title ("the visiting prime minister", "the new chancellor") leaves
// it alone: a visitor is another country's. Titles only some countries
// use (titleCountries: "Secretary of State") keep their own rule.
func (d *docState) datelineHolder(t title, r kb.RoleInfo, i, pos, sent int) *link {
	if r.Group || !datelineOffices[r.Office] || !unplacedTitle(t) || i == 0 || d.toks[i-1].norm != "the" {
		return nil
	}
	if _, ok := titleCountries[t.phrase]; ok {
		return nil
	}
	c := d.datelineOnly(pos, sent)
	if c == "" {
		return nil
	}
	if a, ok := d.officeHolder(c, r.Office); ok {
		return fromActor(a)
	}
	return nil
}

// bareGovernmentWords are the role words that, bare after "the", name a
// country's executive as a whole or one unnamed member or department of
// it: "the government", "the cabinet", "the ministry", "the minister".
var bareGovernmentWords = wordSet("government cabinet ministry minister")

// datelineGovernment resolves a bare "the government", "the cabinet", "the
// ministry" or "the minister" at tokens i..end (pos its byte offset, sent
// its sentence) to the government of the country a wire story was filed
// from: "WARSAW (Reuters) - The minister said ..." is Poland's, as the
// prime minister there is (datelineHolder), while the story has named no
// other country (datelineOnly: "GENEVA - ... Iran's nuclear programme.
// The minister said" may be Iran's). Coreference comes first: roleMentions
// tries the body and the person named before ahead of this default, and a
// minister or ministry the article has named by that word before ("Foreign
// Minister Karim Soliman arrived ... The minister said") leaves the bare
// word to them, as does a visitor, a former holder or a ministry that is
// a place ("talks at the ministry").
func (d *docState) datelineGovernment(t title, r kb.RoleInfo, i, end, pos, sent int) *link {
	if i != end || i == 0 || d.toks[i-1].norm != "the" || r.Sector != kb.SectorGovernment || r.Office != "" ||
		!bareGovernmentWords[d.toks[i].norm] || !unplacedTitle(t) || t.visitor {
		return nil
	}
	word := d.toks[i].norm
	if word == "minister" || word == "ministry" {
		if i >= 2 && (placePreps[d.toks[i-2].norm] || d.toks[i-2].norm == "at" || d.toks[i-2].norm == "near") {
			return nil
		}
		// "minister", "ministers", "ministry", "ministries" before: the
		// bare word may point back to that one.
		stem := strings.TrimSuffix(word, "y")
		for k := 0; k < i; k++ {
			if strings.HasPrefix(d.toks[k].norm, stem) {
				return nil
			}
		}
	}
	c := d.datelineOnly(pos, sent)
	if c == "" {
		return nil
	}
	if a, ok := d.s.kb.SectorActor(c, kb.SectorGovernment); ok {
		return fromActor(&a)
	}
	return nil
}

// juntaModifiers are the lower-case words wire style writes between "the"
// and "junta" without naming whose it is: "the military junta", "the
// ruling junta".
var juntaModifiers = wordSet("military ruling")

// datelineJunta resolves a bare "the junta" (or "the military junta",
// "the ruling junta") at tokens i..end, pos its byte offset, to the armed
// forces of the country a wire story was filed from, as datelineGovernment
// does "the government": "BAMAKO (Wire) - The junta banned political
// meetings" is Mali's military, the rulers a coup put in power. A junta
// rules at home, but a story from elsewhere may be about another
// country's, so the dateline counts only while the story has named no
// other country before it or in its sentence (datelineOnly); a junta
// named before with its country ("Niger's military junta ... The junta")
// is linked to that mention first (sameHeadRole).
func (d *docState) datelineJunta(t title, i, end, pos, sent int) *link {
	if d.toks[end].norm != "junta" || end-i > 1 || !unplacedTitle(t) || t.visitor {
		return nil
	}
	// The modifier may be read with the head ("military" is a role word
	// itself) or stand before it.
	k := i - 1
	if i < end && (!juntaModifiers[d.toks[i].norm] || d.toks[i].upper) {
		return nil
	}
	if i == end && k >= 1 && juntaModifiers[d.toks[k].norm] && !d.toks[k].upper {
		k--
	}
	if k < 0 || d.toks[k].norm != "the" {
		return nil
	}
	c := d.datelineOnly(pos, sent)
	if c == "" {
		return nil
	}
	if a, ok := d.s.kb.SectorActor(c, kb.SectorMilitary); ok {
		return fromActor(&a)
	}
	return nil
}

// datelineOnly returns the country of the article's dateline when that is
// also its home country and no place or people of another country is
// named before byte offset pos or in its sentence sent: a title written
// there without a country is then the dateline country's. "" otherwise.
func (d *docState) datelineOnly(pos, sent int) string {
	c := d.datelineCountry()
	if c == "" || d.homeCountry() != c {
		return ""
	}
	for _, e := range d.art.Entities {
		if e.Start >= pos && e.Sentence != sent || e.Country == "" || e.Country == c || e.Type != model.EntityGPE && e.Type != model.EntityNORP {
			continue
		}
		if l := d.entEnd[e.End]; l != nil && (l.typ == kb.TypeCountry || l.typ == kb.TypePlace) {
			return ""
		}
	}
	return c
}

// datelineHome returns the country of the article's dateline when that is
// also its home country and the sentence sent names no place or people of
// another country: the country of a person whose portfolio title is
// written before the name with no nationality ("Information Minister Jane
// Roe", "police spokesman Jane Roe"). Wire style writes a foreign office
// holder with the nationality ("Tanzanian Interior Minister Jane Roe") or
// the country in apposition ("Jane Roe, Tanzania's interior minister"),
// so other countries named earlier in the story (a deal with the United
// States, talks with the EU) leave the bare title the home country's; a
// foreign place or people in the holder's own sentence may be theirs, so
// it fixes none. Unlike a bare "the president" (datelineHolder), the
// title before a name reads as the home convention. "" otherwise.
func (d *docState) datelineHome(sent int) string {
	c := d.datelineCountry()
	if c == "" || d.homeCountry() != c {
		return ""
	}
	for _, e := range d.art.Entities {
		if e.Sentence != sent || e.Country == "" || e.Country == c || e.Type != model.EntityGPE && e.Type != model.EntityNORP {
			continue
		}
		if l := d.entEnd[e.End]; l != nil && (l.typ == kb.TypeCountry || l.typ == kb.TypePlace) {
			return ""
		}
	}
	return c
}

// lowerStateTitle says whether the title before the person's name at
// byte offset off is a state official's (government, security forces,
// legislature, judiciary) written in lower case right before the name,
// with no country, body or place of its own, held now, by no visitor:
// "ministry spokesman Randhir Jaiswal", "regional prefect Jane Roe". A
// wire story writes a home official so, leaving out the country its
// dateline gives ("NEW DELHI (Reuters) - ... ministry spokesman ...");
// a capitalised title ("Foreign Minister") is left to its own rules. A
// role anyone's organisation has ("spokesman", "official") counts only
// with a state body word before it ("ministry spokesman", not "company
// spokesman"); "visiting" among the title's words makes it no home
// official's, and "former" leaves it to formerStateTitle. The opposition's leader is written so too
// ("opposition leader Cellou Dalein Diallo" under a CONAKRY dateline): a
// domestic title, with the country the dateline gives.
func (d *docState) lowerStateTitle(off int, t title) bool {
	if t.visitor || !unplacedTitle(t) {
		return false
	}
	return d.lowerStateTitleHeld(off, t, false)
}

// lowerStateTitleHeld is lowerStateTitle for a title held now or, with
// former, once ("former prime minister Moussa Mara").
func (d *docState) lowerStateTitleHeld(off int, t title, former bool) bool {
	if !stateSectors[t.sector] && t.sector != kb.SectorOpposition {
		return false
	}
	if anyoneRoles[t.phrase] && !t.body {
		return false
	}
	j := d.tokenAt(off) - 1
	if j < 0 || d.toks[j].norm == "" || d.toks[j].upper {
		return false
	}
	k := j
	for ; k >= 0 && k > j-5 && d.toks[k].norm != "" && !d.toks[k].upper; k-- {
		if w := d.toks[k].norm; formerWords[w] && !former || w == "visiting" {
			return false
		}
	}
	// The word that opens the sentence is capitalised: "Visiting prime
	// minister Jane Roe said" is a visitor all the same.
	return k < 0 || d.toks[k].norm != "visiting"
}

// bareBodyHeads are words for a body that, alone, name none in
// particular: a chamber or a federation is known only by the words before
// it ("Trades Union Congress", "Nigerian Senate").
var bareBodyHeads = wordSet("congress council assembly senate parliament federation confederation league association")

// anyoneRoles are role words whose sector (government, in roles.tsv) is
// only a default: companies, parties and clubs have spokesmen and
// officials too.
var anyoneRoles = wordSet("spokesman spokeswoman spokesperson official officials deputy secretary counterpart negotiator")

// stateSectors are the sectors of a state's own officials.
var stateSectors = map[string]bool{kb.SectorGovernment: true, kb.SectorMilitary: true, kb.SectorPolice: true,
	kb.SectorLegislature: true, kb.SectorJudiciary: true}

// capitalMinisterTitle says whether the title before the person's name at
// byte offset off is a minister's written capitalised with no country,
// body or place of its own, held now, by no visitor: "Interior Minister
// Botche Cande", "Commerce Minister Prince Jane Roe". A wire story writes
// its own country's ministers so under its dateline ("NEW DELHI (Reuters)
// - Commerce Minister Piyush Goyal said"), as it writes its officials'
// lower-case titles (lowerStateTitle); like those it takes the dateline's
// country unless its own sentence names another country (datelineHome).
func (d *docState) capitalMinisterTitle(off int, t title) bool {
	if t.visitor || !unplacedTitle(t) {
		return false
	}
	return d.capitalMinisterTitleHeld(off, t, false)
}

// capitalMinisterTitleHeld is capitalMinisterTitle for a title held now
// or, with former, once ("Former Interior Minister Jane Roe").
func (d *docState) capitalMinisterTitleHeld(off int, t title, former bool) bool {
	// "Opposition Leader Jane Roe" under a dateline is the home
	// opposition's leader, as "opposition leader Jane Roe" in lower case
	// is (lowerStateTitle; oppositionHome places it).
	opposition := t.sector == kb.SectorOpposition
	if !stateSectors[t.sector] && !opposition {
		return false
	}
	j := d.tokenAt(off) - 1
	if o, ok := d.officeBeforeCourtesy(j); ok {
		j = o
	}
	if j < 0 || !d.toks[j].upper {
		return false
	}
	switch w := d.toks[j].norm; {
	case opposition:
		if w != "leader" {
			return false
		}
	case ministerTitles[w] || homeCapitalTitles[w]:
	case j > 0 && d.toks[j-1].upper && homeCapitalPhrases[d.toks[j-1].norm+" "+w]:
	default:
		return false
	}
	for k := j - 1; k >= 0 && k > j-5 && d.toks[k].norm != ""; k-- {
		if w := d.toks[k].norm; formerWords[w] && !former || w == "visiting" || w == "outgoing" {
			return false
		}
	}
	return true
}

// homeCapitalPhrases are two-word capitalised titles of a state's law
// officers that a wire story writes before a home official's name with
// no country, as it writes a minister's ("NAIROBI - Attorney General
// Jane Roe said"): the dateline country's (capitalMinisterTitle). A
// foreign one is written with the nationality.
var homeCapitalPhrases = map[string]bool{"attorney general": true, "solicitor general": true}

// presidentOffices are the offices of a head of state, or his deputy,
// that wire style writes capitalised before a name with no country.
var presidentOffices = map[string]bool{"president": true, "vice_president": true}

// capitalPresidentTitle says whether the title right before the person's
// name at byte offset off is a capitalised "President" or "Vice
// President" of a state with no country, body or place of its own, held
// now, by no visitor: "LIMA (Wire) - Congress voted to remove President
// Ana Quispe" names Peru's president, as "Prime Minister Ana Quispe"
// names its prime minister (capitalMinisterTitle). A foreign head of
// state is written with the nationality ("Kenyan President Jane Roe"),
// so the bare title is the home one; unlike a minister's portfolio the
// office travels, so any other country named before the name or in its
// sentence leaves the person unplaced (datelineOnly, see homeTitles).
// "President" of a body ("Acme President Jane Roe") has the body as org.
func (d *docState) capitalPresidentTitle(off int, t title) bool {
	if t.visitor || !unplacedTitle(t) {
		return false
	}
	return d.capitalPresidentTitleHeld(off, t, false)
}

// formerPresidentTitle is capitalPresidentTitle for a president of the
// past: "WASHINGTON (Wire) - Former President Walter Hague said" names a
// former U.S. president, as "ex-President Joan Mercer" in the same story
// does; the same guard holds (datelineOnly). The person has no sector
// (see resolveEntity).
func (d *docState) formerPresidentTitle(off int, t title) bool {
	if t.visitor || t.country != "" || t.org != nil || t.place != nil {
		return false
	}
	return d.capitalPresidentTitleHeld(off, t, true)
}

// capitalPresidentTitleHeld is capitalPresidentTitle for a title held now
// or, with former, once.
func (d *docState) capitalPresidentTitleHeld(off int, t title, former bool) bool {
	if t.sector != kb.SectorGovernment || !presidentOffices[t.office] {
		return false
	}
	j := d.tokenAt(off) - 1
	if j < 0 || !d.toks[j].upper || d.toks[j].norm != "president" {
		return false
	}
	// "KTDA President Jane Moyo" heads the body the acronym names, not the
	// dateline's state.
	if k := j - 1; k >= 0 && isAcronym(d.art.Text[d.toks[k].start:d.toks[k].end]) {
		return false
	}
	for k := j - 1; k >= 0 && k > j-4 && d.toks[k].norm != ""; k-- {
		if w := d.toks[k].norm; formerWords[w] && !former || w == "visiting" || w == "outgoing" {
			return false
		}
	}
	return true
}

// formerStateTitle says whether the title before the person's name at
// byte offset off is one lowerStateTitle or capitalMinisterTitle accepts
// but held once: "BAMAKO (Reuters) - Former prime minister Moussa Mara
// said". A wire story names its own country's former leaders and
// ministers so, as it names the serving ones; former office-holders
// travel less than serving ones, so the same guard holds: the dateline's
// country unless its own sentence names another country (datelineHome).
func (d *docState) formerStateTitle(off int, t title) bool {
	if t.visitor || t.country != "" || t.org != nil || t.place != nil {
		return false
	}
	return d.lowerStateTitleHeld(off, t, true) || d.capitalMinisterTitleHeld(off, t, true)
}

// homeApposition says whether a role in apposition before its holder's
// name, its head word head and bodyWord set when a word before the head
// names its body ("government spokesman", "interior ministry
// spokesman"), is a home official's title with no country of its own: a
// state official's or the opposition's leader, held now, by no visitor. A
// role anyone's organisation has counts only with its body word (a bare
// "The spokesman, Jane Roe," may be a company's), as in lowerStateTitle.
func (d *docState) homeApposition(t title, head string, bodyWord bool) bool {
	if t.visitor || !unplacedTitle(t) || !stateSectors[t.sector] && t.sector != kb.SectorOpposition {
		return false
	}
	return !anyoneRoles[head] || bodyWord
}
