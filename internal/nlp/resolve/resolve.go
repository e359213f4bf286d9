// Package resolve links the named entities of an article to actors of the
// knowledge base (internal/kb), and adds role mentions ("the Chinese
// leader", "a State Department spokesperson", "the U.S. command") as
// entities of type ROLE, so that quotes and events can use them.
//
// Resolution works per document: an exact alias match in the knowledge base
// (date-filtered by the article's publish date), then document-level links
// (acronyms defined in the text, short forms of names seen earlier, titles
// such as "South Korean President" giving country and sector), and finally a
// document-level id for people the knowledge base does not know.
package resolve

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/nlp/media"
)

// EntityRole is the entity type of role and nominal mentions added by this
// stage ("the Chinese leader", "U.S. officials").
const EntityRole = model.EntityRole

// Stage is the "resolve" pipeline stage. It is safe for concurrent use.
type Stage struct {
	kb  *kb.KB
	now func() time.Time
	// divisionWords: the words that mark a first-level region after its
	// name (divisionWordsOf).
	divisionWords []string
}

// New returns the resolve stage over a loaded knowledge base.
func New(k *kb.KB) *Stage {
	return &Stage{kb: k, now: time.Now, divisionWords: divisionWordsOf(k)}
}

// Name implements pipeline.Stage.
func (s *Stage) Name() string { return "resolve" }

// Process implements pipeline.Stage.
func (s *Stage) Process(ctx context.Context, doc *model.Document) error {
	if doc.Article == nil {
		return nil
	}
	return s.ResolveContext(ctx, doc.Article)
}

// checkEvery is how many entities or tokens the long passes of
// ResolveContext go through between looks at the context: a few
// milliseconds of work, so that a cancelled 10 MB text stops at once while
// a look per token costs nothing measurable.
const checkEvery = 1024

// cancelled says whether the context is done, looking at it only at every
// checkEvery-th step i of a pass, and notes the byte offset pos reached.
func (d *docState) cancelled(i, pos int) bool {
	if i%checkEvery != 0 || d.ctx == nil || d.ctx.Err() == nil {
		return false
	}
	d.stopped, d.stoppedAt = true, pos
	return true
}

// stopError is the error of a resolution stopped by its context: where it
// stopped, for the log of a huge document that did not finish.
func (d *docState) stopError() error {
	return fmt.Errorf("stopped at sentence %d of %d: %w", d.sentenceOf(d.stoppedAt)+1, len(d.art.Sentences), d.ctx.Err())
}

// link is what a mention resolves to.
type link struct {
	id, name, typ, country, sector, qid string
	offices                             []string // offices held at the article's date (persons)
	words                               []string // normalised name words (persons), for short forms
	vessel                              bool     // a ship (see vessel): no body a description refers back to
}

func fromActor(a *kb.Actor) *link {
	return &link{id: a.ID, name: a.Name, typ: a.Type, country: a.Country, sector: a.Sector, qid: a.QID}
}

// docState is the per-article memory of the resolver.
type docState struct {
	ctx       context.Context // see cancelled
	stopped   bool            // a pass stopped on the cancelled context
	stoppedAt int             // the byte offset it reached
	lastAt    map[string]int  // see lastIndex
	s         *Stage
	art       *model.Article
	date      time.Time
	// dated: date is the article's own publication date, not the clock's
	// guess; see officeHolder.
	dated bool
	// formerKB holds the knowledge base's persons the text calls former
	// holders of an office they do not hold at the article's date
	// (formerKBHolder).
	formerKB map[string]bool
	toks     []tok
	aliases  map[string]*link // document-level aliases: acronyms defined in the text
	// universities maps the place a university named in the text is named
	// after ("cambridge" for "the University of Cambridge") to it, for
	// the short form (universityShort).
	universities map[string]*link
	// dateline is the byte length of the wire dateline opening the text
	// (extract.ArticleDatelineLen), read once: it is asked per mention.
	dateline int
	persons  []*link // persons in order of first mention, for short forms
	// personIDs and personsWith index persons by id and by each word of
	// their names (indexes into persons, ascending), so that a mention is
	// not compared with every person of a long article.
	personIDs   map[string]*link
	personsWith map[string][]int
	// acquirers are the starts of one-word person mentions read as
	// companies that take over another (acquirerCompany).
	acquirers map[int]bool
	// orgTails maps the last word of each organisation of several words
	// the knowledge base lacks ("atalanta" of "Operation Atalanta") to
	// it, or to nil when two such organisations end in that word: see
	// orgTail.
	orgTails map[string]*link
	// mentions in text order with what they resolved to, for "counterpart".
	antecedents []antecedent
	// missions are the diplomatic missions named, for "the embassy"
	// (missionBack).
	missions []missionAnt
	// antGen counts insertions into and deletions from antecedents other
	// than at the end; electoral and parliaments index them (nameIndex).
	antGen      int
	electoral   *nameIndex
	parliaments *nameIndex
	entEnd      map[int]*link             // entity End offset -> its link
	entStart    map[int]int               // entity End offset -> its Start
	entStartTok map[int]*model.Entity     // index of an entity's first token -> entity
	entByEnd    map[int]*model.Entity     // entity End offset -> entity, resolved or not
	byID        map[string]*link          // every link applied, for Article.Actors
	roleAt      map[int]*link             // index of a role mention's last token -> its link
	cued        map[string]string         // see cuedActor: name -> the actor its cues chose
	orgCount    map[string]int            // normalised name -> mentions the tagger calls organisations
	home        *string                   // see homeCountry: nil until asked
	hostSeen    map[string]bool           // see hostContext: country -> named other than by its seat
	surnameCC   map[string]bool           // see surnameCountries: nil until asked
	demonymCC   map[string]bool           // see namesByDemonym: nil until asked
	partCC      map[string]bool           // see namesPartOf: nil until asked
	homeTitled  []homeTitle               // see homeTitles: persons titled by an office written without a country
	holders     map[string]*officeHolders // see namedHolder: office -> its holders' mentions; nil until asked
	// sharedRegion maps the name of a region several countries share to
	// the country the text wrote with it ("" after two): see
	// noteSharedRegion; nil until one is written.
	sharedRegion map[string]string
}

type antecedent struct {
	pos      int // byte offset
	sentence int
	l        *link
	office   string // the role's office, if the mention was a role
	phrase   string // the role phrase ("harbour master"), if the mention was a role
	// country is the country the role mention itself named ("the president
	// of the United States"), and qualified says it named the body it
	// belongs to instead ("president of the union"): a later bare "the
	// president" is no longer that person for sure.
	country   string
	qualified bool
}

// analysedEnd is where the text the nlp stage analysed ends: the end of the
// last sentence (nlp analyses no more than nlp.TokenLimit tokens of a text
// and says so in Article.Incomplete), or the whole text when there are no
// sentences. The resolver's tokens beyond it would be no mention's, and a
// text cut there can be megabytes of punctuation, one token a byte.
func analysedEnd(art *model.Article) int {
	if n := len(art.Sentences); n > 0 {
		return min(art.Sentences[n-1].End, len(art.Text))
	}
	return len(art.Text)
}

// Resolve fills Entity.ActorID/Country/Sector, adds ROLE entities and sets
// Article.Actors.
func (s *Stage) Resolve(art *model.Article) {
	_ = s.ResolveContext(context.Background(), art) // never cancelled
}

// ResolveContext is Resolve, stopping with an error wrapping ctx's when ctx
// is done before it finishes; the article is then half resolved, and the
// pipeline drops it with the error.
func (s *Stage) ResolveContext(ctx context.Context, art *model.Article) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	d := &docState{ctx: ctx, s: s, art: art, aliases: map[string]*link{}, entEnd: map[int]*link{}, entStart: map[int]int{},
		entStartTok: map[int]*model.Entity{}, entByEnd: map[int]*model.Entity{}, byID: map[string]*link{},
		dateline: extract.ArticleDatelineLen(art)}
	switch {
	case art.Published != nil && !art.Published.IsZero():
		d.date = *art.Published
		d.dated = true
	case art.ReferenceDate != nil && !art.ReferenceDate.IsZero():
		// No publish date, but a date the text was read against (a file's
		// name, Last-Modified, the capture): closer to the text than
		// today for what a name meant then (the Blue House until 2022,
		// Zaire until 1997), though still no date to name an office's
		// holder by (dated stays false).
		d.date = *art.ReferenceDate
	default:
		d.date = s.now()
	}
	d.toks = tokenize(art.Text[:analysedEnd(art)])
	sort.SliceStable(art.Entities, func(i, j int) bool { return art.Entities[i].Start < art.Entities[j].Start })
	// Role entities from an earlier run are made again below.
	ents := art.Entities[:0]
	for _, e := range art.Entities {
		if e.Type != EntityRole {
			ents = append(ents, e)
		}
	}
	art.Entities = d.splitTitledNames(dropTitles(d.s.kb, art.Text, ents))
	art.Entities = d.splitPairs(art.Entities)
	art.Entities = d.markDatelineAgency(art.Entities)
	art.Entities = d.titledSurnames(art.Entities)
	art.Entities = d.placesBeforeComma(art.Entities)
	d.widenDemonyms(art.Entities)
	d.widenPlaceNames(art.Entities)
	d.widenDescribedBodies(art.Entities)
	d.cutRoleHeads(art.Entities)
	d.widenMissions(art.Entities)
	for i := range art.Entities {
		e := &art.Entities[i]
		d.entStartTok[d.tokenAt(e.Start)] = e
		d.entByEnd[e.End] = e
	}
	for _, e := range art.Entities {
		if e.Type == model.EntityOrg {
			if d.orgCount == nil {
				d.orgCount = map[string]int{}
			}
			d.orgCount[kb.Normalize(cleanName(e.Text))]++
		}
	}
	lang := d.languages(art.Entities)
	for i := range art.Entities {
		e := &art.Entities[i]
		if lang[i] {
			// A language ("speaks French") is no actor; MISC, as the
			// CoNLL guidelines type languages.
			e.Type = model.EntityMisc
			continue
		}
		if d.cancelled(i, e.Start) {
			return d.stopError()
		}
		if l := d.resolveEntity(e); l != nil {
			l = d.bareOrgan(e, l)
			if (e.Type == model.EntityPerson || e.Type == model.EntityNORP) && l.typ == kb.TypeOrganisation && !strings.HasPrefix(l.id, "doc:") {
				// "Fano militiamen", "Wagner mercenaries": a name the
				// tagger took for a person's or a people's that the
				// knowledge base lists as an organisation is that
				// organisation's, and typed so.
				e.Type = model.EntityOrg
			}
			d.apply(e, l)
			d.outOfOfficeTitle(e, l)
			d.entEnd[e.End] = l
			d.entStart[e.End] = e.Start
			d.antecedents = append(d.antecedents, antecedent{pos: e.Start, sentence: e.Sentence, l: l})
			if e.Type == model.EntityOrg {
				d.noteMission(e.Start, e.Sentence, strings.Fields(kb.Normalize(cleanName(e.Text))), l)
			}
		}
	}
	// Mentions of a person resolved before a later mention gave the
	// person's title take it too.
	for i := range art.Entities {
		e := &art.Entities[i]
		if l := d.entEnd[e.End]; l != nil && l.id == e.ActorID && strings.HasPrefix(l.id, "doc:person:") && e.Country == "" && e.Sector == "" {
			e.Country, e.Sector = l.country, l.sector
		}
	}
	d.agencySector(art.Entities)
	d.partyBodies()
	// A government department named without its country is the home
	// country's (see homeOrg).
	dropped := map[int]bool{} // starts of organisations that name no actor (homeForce)
	for i := range art.Entities {
		e := &art.Entities[i]
		if e.Type == model.EntityOrg && e.Country == "" && (e.ActorID == "" || strings.HasPrefix(e.ActorID, "doc:org:")) && !d.homeForce(e) {
			dropped[e.Start] = true
			if l := d.entEnd[e.End]; l != nil {
				d.antecedents = slices.DeleteFunc(d.antecedents, func(a antecedent) bool { return a.l == l })
				d.antecedentsShifted()
			}
			delete(d.entEnd, e.End)
			delete(d.entByEnd, e.End)
			delete(d.entStartTok, d.tokenAt(e.Start))
		}
	}
	for i := range art.Entities {
		e := &art.Entities[i]
		if e.Type == model.EntityOrg && e.Country == "" && strings.HasPrefix(e.ActorID, "doc:org:") {
			if l := d.entEnd[e.End]; l != nil {
				d.pressCuedOutlet(e, l)
				d.homeOrg(e, l)
				d.homeOutlet(e, l)
				d.homeUnion(e, l)
				if l.country != "" { // set by an earlier mention sharing the link
					e.Country, e.Sector = l.country, l.sector
				}
				if b := d.byID[l.id]; b != nil && b != l && b.country == "" {
					b.country, b.sector = l.country, l.sector
				}
			}
		}
	}
	// A state's body the knowledge base lacks, named with its country,
	// is the government's (see namedStateBody).
	for i := range art.Entities {
		e := &art.Entities[i]
		if l := d.entEnd[e.End]; l != nil {
			d.namedStateBody(e, l)
		}
	}
	// A party the knowledge base lacks acts as a party (see homeParty).
	for i := range art.Entities {
		e := &art.Entities[i]
		if e.Type == model.EntityOrg && e.Sector == "" && strings.HasPrefix(e.ActorID, "doc:org:") {
			if l := d.entEnd[e.End]; l != nil && l.id == e.ActorID {
				d.homeParty(e, l)
				if l.sector == kb.SectorParty && e.Sector == "" {
					// A later mention of a party an earlier one placed.
					e.Country, e.Sector = l.country, l.sector
				}
			}
		}
	}
	for i := range art.Entities {
		d.homeChamber(&art.Entities[i])
		d.homeLegislature(&art.Entities[i])
		d.countryLegislature(&art.Entities[i])
		d.homeParliament(&art.Entities[i])
		d.homeSharedBody(&art.Entities[i])
	}
	// After every chamber has its home country (homeChamber): a bare
	// "House" reads the others.
	for i := range art.Entities {
		d.chamberPart(&art.Entities[i])
	}
	d.titledNamesake(art.Entities)
	d.homeTitles()
	d.bodyStaffTitles()
	d.regionsFromContext()
	roles := d.roleMentions()
	if d.stopped {
		return d.stopError()
	}
	roles = append(roles, d.bodyHeadMentions(art.Entities)...)
	roles = append(roles, d.shortHeadMentions(art.Entities, roles)...)
	if len(roles) > 0 {
		art.Entities = append(art.Entities, roles...)
		sort.SliceStable(art.Entities, func(i, j int) bool { return art.Entities[i].Start < art.Entities[j].Start })
		// A role in apposition before a name the knowledge base lacks
		// ("Peru's foreign minister, Carlos Mendoza,") gave the person
		// its country only now (see roleMentions).
		for i := range art.Entities {
			e := &art.Entities[i]
			if e.Type != model.EntityPerson || e.Country != "" {
				continue
			}
			if l := d.entEnd[e.End]; l != nil && l.id == e.ActorID && strings.HasPrefix(l.id, "doc:person:") && l.country != "" {
				e.Country = l.country
				if e.Sector == "" {
					e.Sector = l.sector
				}
			}
		}
	}
	d.partyLeaders()
	d.titledPartyHeads()
	d.bodyPostHolders()
	if len(dropped) > 0 {
		kept := art.Entities[:0]
		for _, e := range art.Entities {
			if e.Type != model.EntityOrg || !dropped[e.Start] {
				kept = append(kept, e)
			}
		}
		art.Entities = kept
	}
	d.datelineOfficesOf()
	d.qualifyGenericBodies()
	d.homePersons()
	d.genders()
	art.DatelineVenue = ""
	if cc := d.datelinePlaceCountry(); d.venueDateline(cc) {
		art.DatelineVenue = cc
	}
	art.Actors = d.actors()
	return nil
}

// genders sets Entity.Gender on every mention of a person whose gender the
// article shows (an honorific or a gendered title next to a mention: "Mrs
// Cole", "spokeswoman Ana Ruiz") or, failing that, whose given name is
// nearly always given to one sex. Evidence that conflicts leaves it unset.
func (d *docState) genders() {
	const conflict = "?"
	byActor := map[string]string{}
	note := func(id, g string) {
		if g == "" {
			return
		}
		switch byActor[id] {
		case "":
			byActor[id] = g
		case g, conflict:
		default:
			byActor[id] = conflict
		}
	}
	ents := d.art.Entities
	for _, e := range ents {
		if e.Type == model.EntityPerson && e.ActorID != "" {
			note(e.ActorID, d.titleGender(e))
		}
	}
	for _, e := range ents {
		if e.Type != model.EntityPerson || e.ActorID == "" || byActor[e.ActorID] != "" {
			continue
		}
		words := strings.Fields(cleanName(e.Text))
		for len(words) > 1 && (honorific[strings.ToLower(strings.TrimSuffix(words[0], "."))] || genderedTitle[strings.ToLower(strings.TrimSuffix(words[0], "."))] != "") {
			words = words[1:]
		}
		if len(words) < 2 || familyFirst[strings.ToLower(words[0])] {
			continue // a lone name may be a family name; "Kim Jong Un" starts with one
		}
		if l := d.byID[e.ActorID]; l != nil && kb.FamilyNameFirst(l.country) {
			continue
		}
		note(e.ActorID, d.s.kb.GivenNameGender(words[0]))
	}
	for i := range ents {
		if g := byActor[ents[i].ActorID]; ents[i].Type == model.EntityPerson && ents[i].ActorID != "" && g != conflict {
			ents[i].Gender = g
		}
	}
}

// titleGender reads the word before a person's mention, or the mention's
// own first word: "Mrs", "Sir", "Queen", "spokeswoman", "actress".
func (d *docState) titleGender(e model.Entity) string {
	first := strings.Fields(e.Text)
	if len(first) > 1 {
		if g := genderedTitle[strings.ToLower(strings.TrimSuffix(first[0], "."))]; g != "" {
			return g
		}
	}
	before := strings.Fields(d.art.Text[max(0, e.Start-40):e.Start])
	if len(before) == 0 {
		return ""
	}
	return genderedTitle[strings.ToLower(strings.Trim(before[len(before)-1], ".,"))]
}

// genderedTitle are honorifics and titles that say a person's gender.
var genderedTitle = map[string]string{
	"mr": kb.GenderMale, "sir": kb.GenderMale, "lord": kb.GenderMale, "king": kb.GenderMale, "prince": kb.GenderMale,
	"spokesman": kb.GenderMale, "chairman": kb.GenderMale, "businessman": kb.GenderMale, "congressman": kb.GenderMale,
	"monsieur": kb.GenderMale, "herr": kb.GenderMale, "señor": kb.GenderMale,
	"mrs": kb.GenderFemale, "ms": kb.GenderFemale, "miss": kb.GenderFemale, "madam": kb.GenderFemale, "dame": kb.GenderFemale,
	"lady": kb.GenderFemale, "queen": kb.GenderFemale, "princess": kb.GenderFemale, "spokeswoman": kb.GenderFemale,
	"chairwoman": kb.GenderFemale, "businesswoman": kb.GenderFemale, "congresswoman": kb.GenderFemale, "actress": kb.GenderFemale,
	"mme": kb.GenderFemale, "madame": kb.GenderFemale, "frau": kb.GenderFemale, "señora": kb.GenderFemale,
}

// familyFirst are common Chinese, Korean and Vietnamese family names, which
// English news writes first ("Moon Jae-in", "Nguyen Phu Trong"): the first
// word of such a name is no given name.
var familyFirst = wordSet("kim lee park choi jung jeong kang cho yoon yun jang lim han oh seo shin kwon hwang ahn yoo hong jeon ko moon son bae baek nam " +
	"wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin luo gao zheng liang xie tang feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao xi " +
	"nguyen tran le pham hoang phan vu vo dang bui do ngo duong ly")

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// bestPerson picks among the known persons of one name ("King Abdullah" of
// Saudi Arabia, 2005-2015, and of Jordan, since 1999): the one of the
// title's country ("Jordan's King Abdullah"), else the one in office at the
// article's date, else the first.
func bestPerson(k *kb.KB, cands []*kb.Actor, country string, date time.Time) *kb.Actor {
	var first, inOffice *kb.Actor
	for _, a := range cands {
		if a.Type != kb.TypePerson {
			continue
		}
		if first == nil {
			first = a
		}
		if country != "" && a.Country == country {
			return a
		}
		if inOffice == nil {
			if _, offices := k.OfficeAt(a.ID, date); len(offices) > 0 {
				inOffice = a
			}
		}
	}
	if inOffice != nil {
		return inOffice
	}
	return first
}

// dropTitles removes entities that are only a title the tagger split from
// the name after it ("Supreme Leader" | "Kim Jong Un", "Secretary of State"
// | "Wendy Sherman"): the title is read again as the person's context.
func dropTitles(k *kb.KB, text string, ents []model.Entity) []model.Entity {
	out := ents[:0]
	for i, e := range ents {
		if i+1 < len(ents) && ents[i+1].Type == model.EntityPerson && ents[i+1].Start-e.End <= 30 {
			// The title and any words of it the tagger left out ("Prime"
			// | Minister | "Shehbaz Sharif").
			if _, ok := k.Role(text[e.Start:ents[i+1].Start]); ok && !partyCasedPhrase(text[e.Start:ents[i+1].Start]) {
				continue
			}
		}
		if e.Type != model.EntityPerson && roleTail(k, text, e) {
			continue
		}
		if e.Type == model.EntityPerson && definiteOffice(k, text, e) {
			continue
		}
		out = append(out, e)
	}
	return out
}

// definiteOffice says a person mention is a one-office title after "the"
// ("the Taoiseach said", "the Chancellor told reporters"): the tagger took
// the capitalised title for a name, yet it names whoever holds the office
// at the article's date. The role finder reads it (and finds that holder);
// left a name, it would stand for a person of the article alone named
// "Taoiseach". A title with no one office ("the Minister") or no article
// before it ("Chancellor Merz") is left to the name readers.
func definiteOffice(k *kb.KB, text string, e model.Entity) bool {
	r, ok := k.Role(e.Text)
	if !ok || r.Office == "" || r.Group {
		return false
	}
	w := lastFields(text[:e.Start], 1)
	return len(w) == 1 && strings.EqualFold(w[0], "the")
}

// roleTail says whether the entity is the last word of a role phrase the
// tagger cut it from: "State" of "Deputy Secretary of State", "Defense" of
// "Secretary of Defense". The role is read by the role finder, not here.
//
// A tail that is a body's name by itself is no fragment: "Parliament" of
// "the speaker of Parliament" is the legislature, which the resolver links
// (the home legislature), whereas "State" or "Defense" alone names nothing.
// Dropped, the body would be lost to the mention, and the capitalised
// "speaker of Parliament" would code otherwise than the lower-case one.
func roleTail(k *kb.KB, text string, e model.Entity) bool {
	before := text[:e.Start]
	if !strings.HasSuffix(before, " of ") {
		return false
	}
	if r, ok := k.Role(e.Text); ok && r.Group {
		return false
	}
	// Up to three words before "of": "Secretary", "Deputy Secretary".
	words := lastFields(before, 4)
	for n := 2; n <= 4 && n <= len(words); n++ {
		phrase := strings.Join(words[len(words)-n:], " ") + " " + e.Text
		if _, ok := k.Role(phrase); ok {
			return true
		}
	}
	return false
}

// lastFields returns the last n words of s, as strings.Fields(s)[len-n:]
// (all of them when there are fewer), without splitting the whole of s:
// roleTail asks for the words before an entity, and splitting all the text
// before each "of" entity was quadratic in time and garbage (a list of
// every word so far, per entity).
func lastFields(s string, n int) []string {
	out := make([]string, n)
	k := n
	end := len(s)
	for k > 0 {
		for end > 0 {
			r, size := utf8.DecodeLastRuneInString(s[:end])
			if !unicode.IsSpace(r) {
				break
			}
			end -= size
		}
		if end == 0 {
			break
		}
		start := end
		for start > 0 {
			r, size := utf8.DecodeLastRuneInString(s[:start])
			if unicode.IsSpace(r) {
				break
			}
			start -= size
		}
		k--
		out[k] = s[start:end]
		end = start
	}
	return out[k:]
}

func (d *docState) apply(e *model.Entity, l *link) {
	// A person of the knowledge base acts for the country of the office
	// held at the article's date, not of the first office the data lists.
	if l.typ == kb.TypePerson && !strings.HasPrefix(l.id, "doc:") {
		if a, ok := d.s.kb.Actor(l.id); ok {
			l.country = d.s.kb.CountryAt(a, d.date)
			// So does the sector: Keir Starmer is the opposition's
			// until 2024-07-05 (a sector set from elsewhere stays).
			if l.sector == a.Sector {
				l.sector = d.s.kb.SectorAt(a, d.date)
			}
			if l.sector == kb.SectorGovernment && d.formerKBHolder(e, l.id) {
				// "Former President Donald Trump said" in a story of
				// 2023, or of no date: no longer in office.
				l.sector = ""
			}
		}
	}
	if _, ok := d.byID[l.id]; !ok {
		d.byID[l.id] = l
	}
	e.ActorID = l.id
	e.Country = l.country
	if e.Sector == "" || l.sector != "" {
		e.Sector = l.sector
	}
	// The knowledge base outranks the tagger on what kind of thing a known
	// name is: no person is left tagged as a place, and no country as a person.
	switch l.typ {
	case kb.TypePerson:
		if e.Type != model.EntityPerson && e.Type != EntityRole {
			e.Type = model.EntityPerson
		}
	case kb.TypeCountry, kb.TypePlace:
		// A country, a city or a state has a government: GPE, as the
		// gazetteer already makes capitals and regions ("Houston" and
		// "Osaka" alike). Places without one (seas, straits, peninsulas:
		// "loc:" ids) keep the tagger's type.
		if e.Type == model.EntityPerson || e.Type == model.EntityLoc && !strings.HasPrefix(l.id, "loc:") ||
			e.Type == model.EntityOrg && l.typ == kb.TypePlace {
			e.Type = model.EntityGPE
		}
	}
}

// tokenAt returns the index of the first token starting at or after byte off.
func (d *docState) tokenAt(off int) int {
	return sort.Search(len(d.toks), func(i int) bool { return int(d.toks[i].start) >= off })
}

// cleanName strips what news wraps around a name: a possessive ("Xi's",
// "Koreas'"), a leading "the" (Normalize drops it) and surrounding quotes.
func cleanName(text string) string {
	text = strings.TrimSpace(text)
	for _, suf := range []string{"'s", "’s", "'S", "'", "’"} {
		if strings.HasSuffix(text, suf) && len(text) > len(suf)+1 {
			text = text[:len(text)-len(suf)]
			break
		}
	}
	return strings.Trim(text, "\"“”")
}

// possessiveEnd reports whether text ends in the clitic "'s".
func possessiveEnd(text string) bool {
	text = strings.TrimSpace(text)
	return strings.HasSuffix(text, "'s") || strings.HasSuffix(text, "’s")
}

// resolveEntity finds the actor of one named mention.
func (d *docState) resolveEntity(e *model.Entity) *link {
	name := cleanName(e.Text)
	if e.Type == model.EntityOrg && name != strings.TrimSpace(e.Text) && possessiveEnd(e.Text) {
		// The tagger keeps "'s" in an organisation's span only when it
		// is part of the name ("Moody's", "McDonald's"): nlp's
		// possessiveNames.
		name = strings.Trim(strings.TrimSpace(e.Text), "\"“”")
	}
	if e.Type == model.EntityPerson {
		name = dropMalayHonour(name)
	}
	key := kb.Normalize(name)
	if key == "" {
		return nil
	}
	if barePartyPlural(e, key) {
		e.Type = model.EntityOrg
	}
	if e.Type == model.EntityLoc && d.possessedLegislature(e, key) {
		e.Type = model.EntityOrg
	}
	if d.acquirerCompany(e, key) {
		e.Type = model.EntityOrg
	}
	if l := d.bareMission(e, key); l != nil {
		// "The British High Commission ... The High Commission said".
		return l
	}
	if d.workTitle(e) {
		// "starred in Batman": a work, neither the Turkish province nor
		// a person of that name.
		e.Type = model.EntityMisc
		return nil
	}
	if l := d.pairedHalf(e, key); l != nil {
		// "the North" in a story on the Koreas.
		e.Type = model.EntityGPE
		return l
	}
	if l := d.agencyNamedBefore(e, name); l != nil {
		e.Type = model.EntityOrg
		d.afterResolve(e, l)
		return l
	}
	// "blocked Cairo Road in Lusaka", "marched down Moscow Avenue": the
	// tagger cut the street's name short; the street is no actor and
	// neither the city it is named after nor its country.
	if l := d.vessel(e, name); l != nil {
		d.afterResolve(e, l)
		return l
	}
	if (e.Type == model.EntityGPE || e.Type == model.EntityLoc) && d.streetAfter(e) {
		e.Type = model.EntityLoc
		return nil
	}
	if l := d.universityShort(e, key); l != nil {
		e.Type = model.EntityOrg
		return l
	}
	if e.Type != model.EntityPerson {
		if l := d.usState(e); l != nil {
			return l
		}
	}
	if !strings.Contains(name, " ") || e.Type != model.EntityPerson {
		if l := d.usTown(e); l != nil {
			return l
		}
		if l := d.placeAbroad(e); l != nil {
			return l
		}
	}
	title := d.titleBefore(e.Start)
	if e.Type != model.EntityPerson {
		// A country's or capital's name in the article's language
		// ("Allemagne", "Pékin" in French): read as its English name.
		// Only for an article in that language (kb.ForeignName).
		if a, ok := d.s.kb.ForeignName(d.art.Language, key); ok {
			if l := d.lookupKey(e, kb.Normalize(a.Name), title); l != nil {
				d.afterResolve(e, l)
				return l
			}
		}
	}
	if l := d.evidenceName(e, key); l != nil {
		d.afterResolve(e, l)
		return l
	}
	if _, ok := d.s.kb.EvidenceName(key); ok && d.theRegion(e) {
		return nil // "across the Amazon": the region, not the company
	}
	if l := d.namedBodyHead(e, key); l != nil {
		d.afterResolve(e, l)
		return l
	}
	if l := d.organisedLabour(e, key); l != nil {
		d.afterResolve(e, l)
		return l
	}
	if l := d.partyBeforeWord(e, key); l != nil {
		d.afterResolve(e, l)
		return l
	}
	if l := d.lookupKey(e, key, title); l != nil {
		d.afterResolve(e, l)
		return l
	}
	// "The U.S.-China Business Council", "the Japan-Korea Friendship
	// Association": a body named after a pair of countries is of neither
	// side; it keeps a name of its own, with no country.
	bilateral := e.Type == model.EntityOrg && d.bilateralName(name)
	// Hyphenated pairs ("U.S.-South Korea", "China-DPRK", "U.S.-led"): the
	// first part that is a country or organisation.
	if strings.ContainsAny(name, "-–") && !bilateral {
		for _, part := range strings.FieldsFunc(name, func(r rune) bool { return r == '-' || r == '–' }) {
			if part == "" || !isUpperStart(part) {
				continue
			}
			for _, a := range d.s.kb.LookupNorm(kb.Normalize(part), d.date) {
				if a.Type == kb.TypeCountry || a.Type == kb.TypeOrganisation {
					return fromActor(a)
				}
			}
		}
	}
	// A title inside the span ("President Joe Biden", "Supreme Leader Kim
	// Jong Un"): drop leading role words and demonyms and retry, keeping them
	// as context.
	words := strings.Fields(key)
	bare := name
	lead := 0 // words of title dropped from the front
	for p := 0; p < len(words)-1 && !bilateral; {
		matched := 0
		if t, ok := d.shortPersonTitle(*e, words, p); ok {
			// "Sen. Leon Marsh", "Rep. Ida Kemp" tagged whole: the
			// short title is the role it stands for.
			title = title.merge(t)
			p++
			lead = p
			bare = dropWords(name, p)
			if l := d.lookupKey(e, strings.Join(words[p:], " "), title); l != nil && !otherCountry(e, l, title) {
				d.afterResolve(e, l)
				return l
			}
			continue
		}
		for n := min(4, len(words)-1-p); n >= 1; n-- {
			if t, ok := d.titleWords(words[p : p+n]); ok {
				if e.Type == model.EntityOrg && t.phrase != "" && p+n == len(words)-1 && bareBodyHeads[words[p+n]] {
					// "Trades Union Congress", "Farmers Union
					// Council": a role's words before one bare word
					// for a body are the body's own name, not a title
					// before the name of "Congress".
					break
				}
				title = title.merge(t)
				matched = n
				break
			}
		}
		if matched == 0 && p+1 < len(words)-1 {
			// One descriptive word before a role word: "Unification
			// Minister", "Finance Minister", "Army Chief".
			for n := min(4, len(words)-2-p); n >= 1; n-- {
				if t, ok := d.titleWords(words[p+1 : p+1+n]); ok && t.sector != "" {
					title = title.merge(t)
					matched = n + 1
					break
				}
			}
		}
		if matched == 0 {
			break
		}
		p += matched
		lead = p
		bare = dropWords(name, p)
		if l := d.lookupKey(e, strings.Join(words[p:], " "), title); l != nil && !otherCountry(e, l, title) {
			d.afterResolve(e, l)
			return l
		} else if l != nil {
			// "The Ukrainian Ministry of Defence": a name the knowledge
			// base gives one country's body but other states' bodies
			// bear too is the body of the nationality written with it.
			if sl := d.nationalSharedBody(strings.Join(words[p:], " "), title.country, l); sl != nil {
				d.afterResolve(e, sl)
				return sl
			}
		}
	}
	if e.Type == model.EntityPerson {
		if o := d.orgTail(e, words, lead, title); o != nil {
			e.Type = model.EntityOrg
			d.afterResolve(e, o)
			return o
		}
		appos := false
		if title.country == "" && title.sector == "" {
			title = d.appositive(e.End)
			appos = title.sector != ""
		}
		if title.country == "" && title.sector == kb.SectorParty && title.body {
			// "party secretary-general Hassan Omar": the officer of the
			// party the story names (partyOfficerCountry).
			title.country = d.partyOfficerCountry(e)
		}
		if a := d.doubleSurnameKB(bare); a != nil {
			l := fromActor(a)
			d.afterResolve(e, l)
			return l
		}
		held := title
		if title.sector != "" && d.formerWordBefore(e) {
			// "Former President Walter Hague", "ex-President Joan
			// Mercer": the office is no longer held, so it gives no
			// sector; the country still follows from the title.
			held.sector = ""
		}
		l := d.newPerson(bare, held)
		lower := d.lowerStateTitle(d.pastRank(e.Start), title) || d.capitalMinisterTitle(e.Start, title) || d.formerStateTitle(e.Start, title) || presidingTitle(title) || d.incomingHomeTitle(e.Start, title)
		head := !lower && (d.capitalPresidentTitle(e.Start, title) || d.formerPresidentTitle(e.Start, title) || title.pressHome)
		impeached := d.impeachedPerson(e)
		// "Sara Lind, a spokesperson, said": an apposition with a role
		// and no country, body or place of its own describes someone of
		// the story's setting, as a title written before the name does
		// (datelineHome).
		appos = appos && unplacedTitle(title) && !title.visitor && d.bareAppositive(e.End)
		// "Otieno Kamau's lawyer Ruth Ama": a role after another person's
		// possessive places the holder as a bare apposition does.
		appos = appos || d.personsRoleBefore(e.Start, title)
		if l.country == "" && (title.pressHome || homeOffice(title) || bodyTitle(title) || titledCountries(title) != nil || judicialTitle(title) || lower || head || impeached || appos) {
			d.homeTitled = append(d.homeTitled, homeTitle{l: l, t: title, sent: e.Sentence, pos: e.Start, lower: lower, head: head, impeached: impeached, appos: appos})
		}
		d.afterResolve(e, l)
		return l
	}
	if e.Type == model.EntityOrg && !strings.Contains(key, " ") && (!d.s.kb.HasAlias(key) || d.otherThanOutlet(e, key)) && d.orgEvidence(e, key) {
		// "Opposition leader Raila Odinga rejected the tally ... Odinga
		// told supporters": the family name of a person named in full
		// before, which the tagger read as an organisation once (its
		// verb, "told", is also a body's), is that person. A name the
		// tagger calls an organisation more than once ("Dell" after
		// "Michael Dell") is the body named after them.
		if d.orgCount[key] < 2 {
			if p := d.shortForm(key); p != nil && len(p.words) >= 2 && p.words[len(p.words)-1] == key {
				e.Type = model.EntityPerson
				d.afterResolve(e, p)
				return p
			}
		}
		// A one-word organisation the knowledge base lacks ("Huawei"),
		// which the article shows is one: a document-level id, so that
		// "the company" after it links to it.
		if p, ok := d.byID["doc:org:"+kb.Slug(name)]; ok {
			return p
		}
		l := &link{id: "doc:org:" + kb.Slug(name), name: name, typ: kb.TypeOrganisation, country: title.country}
		if e.Sector == kb.SectorMedia {
			l.sector = kb.SectorMedia
		} else if a, c, ok := d.namedAgency(e, name); ok && (l.country == "" || l.country == c) {
			// "WARSAW ... state news agency PAP reported": the
			// agency named in apposition is the country's medium.
			if a != nil {
				l = fromActor(a)
			} else {
				l.country, l.sector = c, kb.SectorMedia
			}
		} else if c, sector, ok := d.bodyAcronym(e); ok && l.country == "" {
			// "Turkey's intelligence agency MIT": the acronym names the
			// country's body written before it.
			l.country, l.sector = c, sector
		} else if d.companyCue(e) {
			// "toymaker Hasbro", "Hasbro shares": a company.
			l.sector = kb.SectorBusiness
		}
		d.afterResolve(e, l)
		return l
	}
	if e.Type == model.EntityOrg && (strings.Contains(key, " ") && !d.s.kb.HasAlias(key) || d.foreignNamesakeParty(e, d.s.kb.LookupNorm(key, d.date))) {
		// An unknown organisation named in full gets a document-level id, so
		// that an acronym defined after it ("(HLA)") links to it; so does
		// a generic party name the knowledge base holds only for foreign
		// countries (foreignNamesakeParty).
		l := &link{id: "doc:org:" + kb.Slug(name), name: name, typ: kb.TypeOrganisation}
		if title.country == "" {
			// "India's Supreme Court", "Nigeria's electoral commission".
			if i := d.tokenAt(e.Start) - 1; i >= 1 && d.toks[i].norm == "'s" {
				if c, _, ok := d.countryEndingAt(i); ok && c.org == nil && c.place == nil {
					title.country = c.country
				}
			} else if i >= 0 && d.toks[i].upper {
				// "a Mexican Economy Ministry spokesperson": a
				// nationality the tagger left outside the name.
				if c, ok := d.s.kb.DemonymNorm(d.toks[i].norm); ok {
					title.country = c
				}
			}
		}
		p, seen := d.byID[l.id]
		if seen && title.country != "" && p.country != "" && p.country != title.country && genericBodyName(words[lead:]) {
			// "Kenya's Supreme Court ... Uganda's Supreme Court": a
			// generic name written with another country than before is
			// that country's body (see qualifyGenericBodies).
			l.id = countryBodyID(l.id, title.country)
			p, seen = d.byID[l.id]
		}
		if seen {
			l = p
		} else if sl := d.orgOfCountry(l, words, lead, title); sl != nil {
			l = sl
		} else if outletName(words) || e.Sector == kb.SectorMedia {
			// e.Sector: the tagger read the name as an outlet's ("the
			// newspaper Corriere della Sera").
			d.outlet(l, words, articleLead(name))
		} else if sl := d.countrySportsBody(words); sl != nil && !bilateral {
			l = sl
		} else if c, sector, ok := d.nationalArm(name, words); ok && l.country == "" && !bilateral {
			l.country, l.sector = c, sector
		} else if l.country == "" && !bilateral {
			l.country = d.nameCountry(words, bigCity, articleLead(name))
		}
		if l.sector == "" && courtName(words) {
			// "Kenya's High Court": a court is of the judiciary, so
			// that "the court" after it points back to it.
			l.sector = kb.SectorJudiciary
		} else if l.sector == "" && militaryUnitName(words) {
			// "Russia's 58th Army", "the U.S. Seventh Fleet": a unit of a
			// country's armed forces.
			l.sector = kb.SectorMilitary
		} else if l.sector == "" && l.country != "" && missionName(words) {
			// "the British High Commission", "the U.S. Embassy": a
			// state's mission abroad speaks for its government.
			l.sector = kb.SectorGovernment
			if g := d.missionGovernment(l.country); g != nil {
				l = g
			}
		} else if l.sector == "" && !seen && (d.companyCue(e) || companyName(words)) {
			// "drugmaker Sage Therapeutics", "shares of Atlas Motors".
			l.sector = kb.SectorBusiness
		} else if l.sector == "" && unionName(words) {
			// "the Nigeria Labour Congress", "the Trade Union Congress":
			// workers' unions and their federations are labour; a
			// "Congress" in such a name is no legislature.
			l.sector = kb.SectorLabour
		}
		d.noteOrgTail(words, l)
		d.afterResolve(e, l)
		return l
	}
	return nil
}

// noteOrgTail records the last word of an organisation of several words
// the knowledge base lacks, for orgTail; a word two such organisations end
// in names neither.
func (d *docState) noteOrgTail(words []string, l *link) {
	if len(words) < 2 {
		return
	}
	tail := words[len(words)-1]
	if d.orgTails == nil {
		d.orgTails = map[string]*link{}
	}
	if o, ok := d.orgTails[tail]; ok && o != l {
		d.orgTails[tail] = nil
		return
	}
	d.orgTails[tail] = l
}

// orgTail returns the organisation named earlier in full whose last word
// a one-word mention the tagger read as a person's is: "The European
// Union's naval force, Operation Atalanta, said ... Atalanta said the ship
// was freed", "Goldman Sachs ... Sachs said". News shortens a body's name
// to its distinctive word as it shortens a person's to the surname. A
// person named with that word wins (shortForm), as does any title before
// the mention ("Mr. Sachs", "Minister Sachs"): those say it is a person.
func (d *docState) orgTail(e *model.Entity, words []string, lead int, t title) *link {
	if len(words) != 1 || lead != 0 || t.country != "" || t.sector != "" || t.office != "" || d.titled(e.Start) {
		return nil
	}
	o := d.orgTails[words[0]]
	if o == nil || d.shortForm(words[0]) != nil {
		return nil
	}
	return o
}

// unionName reports whether normalised name words name a workers' union or
// a federation of unions: a word for labour or workers ("Nigeria Labour
// Congress", "Korean Confederation of Trade Unions", "National Union of
// Mineworkers"), or "union" with a federation head ("Trade Union
// Congress", "Union Congress" as the tagger may cut it). A party named so
// ("Labour Party", "Workers' Party") ends in "party" and is left to
// homeParty; "Union" alone heads states and blocs, so it needs a labour word.
func unionName(words []string) bool {
	if len(words) < 2 || words[len(words)-1] == "party" {
		return false
	}
	for _, w := range words {
		switch w {
		case "labour", "labor", "unions", "trades", "workers", "workers'", "mineworkers":
			return true
		}
	}
	if tradeBodyHeads[words[len(words)-1]] || slices.Contains(words, "union") {
		// "Kenya National Union of Teachers", "Kenya Medical
		// Practitioners, Pharmacists and Dentists Union", "Teachers'
		// Association": a body named for the people of a trade organises
		// them as workers. "Union of Concerned Scientists" or "Kenya
		// Medical Association" name no such trade and are left alone.
		for _, w := range words {
			if tradeMembers[strings.TrimSuffix(w, "'")] {
				return true
			}
		}
	}
	if !slices.Contains(words, "union") {
		return false
	}
	switch words[len(words)-1] {
	case "congress", "federation", "confederation":
		return true
	}
	return slices.Contains(words, "trade")
}

// tradeBodyHeads end the names of bodies that, named for a trade's
// people, are their unions: "Nurses' Union", "Teachers' Association",
// "Pilots' Federation", "Doctors' Syndicate".
var tradeBodyHeads = wordSet("union association federation syndicate")

// tradeMembers are the people of trades whose unions news names after
// them. Only waged trades: "bankers", "manufacturers" or "farmers" name
// employers' and owners' bodies, and "scientists" a campaign ("Union of
// Concerned Scientists").
var tradeMembers = wordSet("teachers nurses doctors dentists pharmacists practitioners clinicians physicians " +
	"lecturers academics journalists miners dockworkers seafarers sailors pilots drivers conductors " +
	"railwaymen firefighters midwives employees servants postmen janitors cleaners")

// outletName reports whether normalised name words name a news medium: a
// medium's head last ("Saudi Gazette", "Nairobi Standard") or before "of"
// ("Times of India"), or a broadcaster's word last ("Kompas TV", "Army
// Radio").
func outletName(words []string) bool {
	for i, w := range words {
		if media.Head(w) && (i == len(words)-1 || words[i+1] == "of") {
			return true
		}
	}
	return len(words) >= 2 && broadcastHeads[words[len(words)-1]]
}

// broadcastHeads end a broadcaster's name. They are no media.Head: the
// tagger and the byline reader take a head as proof of an outlet anywhere
// in a name ("TV" in "TV Azteca" and "Radio" in "Radio Free Europe" come
// first), while here an organisation's name, already tagged, ends in one.
var broadcastHeads = map[string]bool{"tv": true, "radio": true, "television": true}

// outlet gives a news medium the knowledge base does not know the media
// sector and, when it has none yet, the country of the place its name
// begins with: a country ("Korea Times"), a capital ("Bangkok Post") or a
// city of the knowledge base's table ("Lagos Tribune").
func (d *docState) outlet(l *link, words []string, article bool) {
	l.sector = kb.SectorMedia
	if l.country == "" {
		l.country = d.nameCountry(words, 0, article)
	}
}

// nameArticles are the articles that begin names in Spanish, French,
// Italian, Portuguese and Arabic transliteration ("La Pampilla", "Le
// Monde", "El Universal", "Al Jazeera", "Los Pinos").
var nameArticles = map[string]bool{"La": true, "Le": true, "Les": true, "El": true, "Al": true, "Los": true, "Las": true, "Il": true, "Lo": true}

// articleLead reports whether name begins with one of nameArticles
// written as an article (capital then lower case): "LA Galaxy" and "L.A.
// Times" begin with the city's abbreviation instead.
func articleLead(name string) bool {
	first, _, _ := strings.Cut(strings.TrimSpace(name), " ")
	return nameArticles[first]
}

// bigCity is the population from which a city's name at the start of an
// organisation's name says where the organisation is ("Lagos State
// Government", "Boston Consulting Group"); smaller cities' names are often
// common words too ("Mobile World Congress", "Nice Systems").
const bigCity = 500000

// nameCountry returns the country of the place an organisation's name
// begins with (normalised words): a country, a capital, or a city of the
// knowledge base's table of at least minPop inhabitants; "" for none.
// article says the name's first word is a Romance or Arabic article as
// written ("La Pampilla", "El Universal", "Al Jazeera"), which alone names
// no place even where it folds to a place's abbreviation ("LA").
func (d *docState) nameCountry(words []string, minPop int, article bool) string {
	k := d.s.kb
	for n := min(3, len(words)-1); n >= 1; n-- {
		if n == 1 && article {
			continue
		}
		if landformWords[words[n]] {
			// "Niger Delta Avengers", "Congo Basin Institute": the name
			// is the river's or its basin's, which crosses borders or
			// lies in another country than the one named like it.
			continue
		}
		key := strings.Join(words[:n], " ")
		cands := k.LookupNorm(key, d.date)
		if a, ok := k.City(key); ok && (len(cands) == 0 || onlyTowns(cands)) {
			// "Lagos" is a city before it is its state.
			if a.Population >= minPop {
				return a.Country
			}
			return ""
		}
		if len(cands) > 0 {
			// A region's name may be a common word elsewhere ("Gulf" is a
			// province of Papua New Guinea): countries and capitals only.
			if a := cands[0]; a.Type == kb.TypeCountry || a.Type == kb.TypePlace && a.Capital {
				return a.Country
			}
			return ""
		}
	}
	return ""
}

// countrySportsBody returns the sports actor of the country a name begins
// with when the rest of the name is a sport's governing body ("Nigeria
// Football Federation", "Ghana Football Association", "Kenya Athletics
// Federation"): a country's federation acts for its sport, not its state,
// as "the Algerian Football Federation" does (orgOfCountry). Only the
// country's own name counts (not a city's or region's: "Lagos Football
// Association" is a local body), and only a role of the sports sector.
// Some federations style themselves sport first, "<Sport> <Country>
// Federation" ("Football Kenya Federation"): the country inside the name,
// the sport and the head around it, is the same body's country.
func (d *docState) countrySportsBody(words []string) *link {
	if l, found := d.countrySportsBodyAt(words, 0); found {
		return l
	}
	if len(words) >= 3 {
		l, _ := d.countrySportsBodyAt(words, 1)
		return l
	}
	return nil
}

// countrySportsBodyAt reads countrySportsBody's country from words[at:]
// and the sports role from the other words; found says a country stood
// there (with a role of another sector, or none, l is nil).
func (d *docState) countrySportsBodyAt(words []string, at int) (l *link, found bool) {
	k := d.s.kb
	for n := min(3, len(words)-at-1); n >= 1; n-- {
		cands := k.LookupNorm(strings.Join(words[at:at+n], " "), d.date)
		if len(cands) == 0 || cands[0].Type != kb.TypeCountry {
			continue
		}
		role := append(append([]string{}, words[:at]...), words[at+n:]...)
		if len(role) == 0 {
			return nil, true
		}
		r, ok := k.RoleNorm(strings.Join(role, " "))
		if !ok || r.Sector != kb.SectorSports || r.Office != "" {
			return nil, true
		}
		if a, ok := k.SectorActor(cands[0].Country, kb.SectorSports); ok {
			return fromActor(&a), true
		}
		return nil, true
	}
	return nil, false
}

// landformWords are the features of physical geography named after a
// river that a country shares its name with ("Niger Delta",
// "Congo Basin", "Gambia River").
var landformWords = map[string]bool{"delta": true, "basin": true, "river": true, "estuary": true}

// otherCountry reports whether l, found for an organisation's name after
// its nationality was dropped, belongs to another country: "Indonesian
// Democratic Party" is not the American "Democratic Party".
func otherCountry(e *model.Entity, l *link, t title) bool {
	return e.Type == model.EntityOrg && t.country != "" && l.country != "" && l.country != t.country
}

// orgOfCountry gives an organisation the knowledge base does not know the
// country its name says: a nationality before it ("Lebanese Armed Forces",
// "Indonesian Democratic Party"; title holds it, lead counts its words) or
// a country or a place below one after "of" ("Election Commission of
// India", "Bank of England"). When the rest of
// the name is a role word of a sector ("armed forces", "army"), the
// country's actor of that sector is returned, as the role alone would
// resolve; otherwise l gets the country and nil is returned.
func (d *docState) orgOfCountry(l *link, words []string, lead int, t title) *link {
	k := d.s.kb
	country, rest := t.country, words[lead:]
	var place *kb.Actor
	afterOf := false
	if country == "" {
		for i := len(words) - 2; i >= 1; i-- {
			if words[i] != "of" {
				continue
			}
			of := words[i+1:]
			if len(of) > 1 && of[0] == "the" {
				// "Armed Forces of the Philippines", "Supreme Court of
				// the United States": the article is not part of the
				// country's name.
				of = of[1:]
			}
			for _, a := range k.LookupNorm(strings.Join(of, " "), d.date) {
				switch {
				case a.Type == kb.TypeCountry:
					country, rest, afterOf = a.Country, words[:i], true
				case a.Type == kb.TypePlace && a.Country != "" && !a.Capital:
					// "Bank of England", "University of Texas",
					// "Government of Punjab".
					country, rest, place = a.Country, words[:i], a
				}
				break
			}
			break
		}
	}
	if country == "" {
		return nil
	}
	if place != nil {
		if r, ok := k.RoleNorm(strings.Join(rest, " ")); ok && localSector[r.Sector] && r.Office == "" {
			a := kb.LocalActor(place.ID, place.Name, place.Country, r.Sector)
			return fromActor(&a)
		}
		l.country = country
		return nil
	}
	r, ok := k.RoleNorm(strings.Join(rest, " "))
	if afterOf && len(rest) == 1 && rest[0] == "bank" {
		// "Bank of Ghana", "Bank of Uganda": the bank named after the
		// state alone is its central bank, a body of the state. The
		// commercial banks so named (Bank of America, Bank of China,
		// Bank of Ireland) are in the knowledge base and never get here.
		r, ok = k.RoleNorm("central bank")
	}
	if defenceMinistryName(rest) {
		// "Russia's Defence Ministry", "the Ukrainian Ministry of
		// Defence": a country's defence ministry commands its forces and
		// speaks for them, an actor of its own (RUS.GOV.MOD where the
		// knowledge base lists it), of the military sector, not the
		// government as a whole.
		if l := defenceMinistry(k, country); l != nil {
			return l
		}
	}
	if !ok && (len(words) >= 3 && (words[0] == "ministry" || words[0] == "department") && words[1] == "of" || len(rest) >= 2 && rest[len(rest)-1] == "ministry") {
		// "Australia's Department of Foreign Affairs and Trade", "the
		// Kenyan Ministry of Lands", "the Armenian Defense Ministry": a
		// country's ministry the knowledge base does not list is its
		// government, as "the ministry" is (the words, as "ministry" may
		// have been read as a title).
		r, ok = k.RoleNorm("ministry")
	}
	if !ok && len(rest) == 1 && rest[0] == "congress" && congressCountries[country] {
		// "the Peruvian Congress", "Mexico's Congress": the legislature
		// of a country whose legislature is called so. "congress" is no
		// role word (a party's congress, India's Congress party), so
		// only a country whose chamber bears the name reads it so.
		r, ok = k.RoleNorm("parliament")
	}
	if ok && kb.NameHead(strings.Join(rest, " ")) {
		// "University of Malaysia": one university, not the country's
		// education sector.
		ok = false
	}
	if ok && r.Sector != "" && r.Office == "" {
		if a, ok := k.SectorActor(country, r.Sector); ok {
			return fromActor(&a)
		}
	}
	l.country = country
	return nil
}

// defenceMinistry returns a country's defence ministry: the knowledge
// base's own body where it lists one (RUS.GOV.MOD, GBR.GOV.MOD), else the
// country's military, since the ministry commands the forces and speaks for
// them (CAMEO codes defence ministries MIL, as the knowledge base's listed
// ones are of the military sector); nil when the country has neither.
// Every path to a defence ministry (a possessive country, a dateline's
// "the defence ministry said") goes through here, so one ministry gets one
// coding however it is named.
func defenceMinistry(k *kb.KB, country string) *link {
	for _, id := range []string{country + ".GOV.MOD", country + ".GOV.MND"} {
		if a, found := k.Actor(id); found {
			return fromActor(a)
		}
	}
	if a, found := k.SectorActor(country, kb.SectorMilitary); found {
		return fromActor(&a)
	}
	return nil
}

// defenceMinistryName reports whether normalised name words name a
// defence ministry: "defence ministry", "ministry of defense", "ministry
// of national defence", "national defense ministry".
func defenceMinistryName(words []string) bool {
	if len(words) > 0 && words[0] == "the" {
		words = words[1:]
	}
	n := len(words)
	if n < 2 || n > 4 {
		return false
	}
	defence := func(w string) bool { return w == "defence" || w == "defense" }
	switch {
	case words[n-1] == "ministry":
		return defence(words[n-2]) && (n == 2 || n == 3 && words[0] == "national")
	case words[0] == "ministry" && words[1] == "of" && n >= 3:
		return defence(words[n-1]) && (n == 3 || words[2] == "national")
	}
	return false
}

// afterResolve records what later mentions may refer back to: a person for
// short forms, and an acronym defined right after the mention ("the
// People's Republic of China (PRC)").
func (d *docState) afterResolve(e *model.Entity, l *link) {
	if l.typ == kb.TypePerson && len(l.words) == 0 {
		l.words = strings.Fields(kb.Normalize(l.name))
		if !strings.HasPrefix(l.id, "doc:") {
			_, l.offices = d.s.kb.OfficeAt(l.id, d.date)
			l.words = append(l.words, d.nicknameWords(l)...)
		}
		d.addPerson(l)
	}
	if l.typ == kb.TypeOrganisation {
		d.noteUniversity(l)
		// "Operation Atalanta ... Atalanta said": news shortens a named
		// operation to its name whether or not the knowledge base knows
		// it (the ones it lacks are noted as they are made).
		if w := strings.Fields(kb.Normalize(e.Text)); len(w) >= 2 && w[0] == "operation" {
			d.noteOrgTail(w, l)
		}
	}
	text := d.art.Text
	i := e.End
	for i < len(text) && text[i] == ' ' {
		i++
	}
	// The agency of a wire dateline ("WARSAW (AP) -") credits the story;
	// it is no acronym of the place before it.
	if lo, _, ok := d.datelineAgency(); ok && i < lo && lo <= i+2 {
		return
	}
	if i < len(text) && text[i] == '(' {
		j := strings.IndexByte(text[i:], ')')
		if j > 1 && j < 12 {
			acr := text[i+1 : i+j]
			if isAcronym(acr) {
				d.aliases[kb.Normalize(acr)] = l
			}
		}
	}
}

func (d *docState) addPerson(l *link) {
	if _, ok := d.personIDs[l.id]; ok {
		return
	}
	if d.personIDs == nil {
		d.personIDs, d.personsWith = map[string]*link{}, map[string][]int{}
	}
	d.personIDs[l.id] = l
	i := len(d.persons)
	d.persons = append(d.persons, l)
	for _, w := range l.words {
		if ps := d.personsWith[w]; len(ps) == 0 || ps[len(ps)-1] != i {
			d.personsWith[w] = append(ps, i)
		}
	}
}

func isAcronym(s string) bool {
	upper := 0
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			upper++
		case r == '.' || r == '-' || r == '&' || (r >= 'a' && r <= 'z'):
		default:
			return false
		}
	}
	return upper >= 2
}

// lookupKey resolves a normalised name: document aliases, the knowledge
// base, then short forms of persons seen earlier.
func (d *docState) lookupKey(e *model.Entity, key string, title title) *link {
	if l, ok := d.aliases[key]; ok {
		return l
	}
	k := d.s.kb
	if l := d.divisionNamed(e, key); l != nil {
		return l
	}
	if e.Type == model.EntityNORP || e.Type == model.EntityMisc {
		c, ok := k.DemonymNorm(key)
		if !ok && (key == "korean" || key == "koreans") && !d.nameGoesOn(e) {
			c, ok = d.korea()
		}
		if ok {
			if a, ok := k.Actor(c); ok {
				return fromActor(a)
			}
		}
	}
	cands := k.LookupNorm(key, d.date)
	if d.otherThanOutlet(e, key) {
		cands = nil
	} else if e.Type == model.EntityOrg && e.Sector == kb.SectorMedia && len(cands) > 1 {
		// A name the knowledge base holds for an outlet and for others:
		// the outlet, as the word before says.
		cands = slices.DeleteFunc(slices.Clone(cands), func(a *kb.Actor) bool { return a.Sector != kb.SectorMedia })
	}
	// "Gulf states", "Balkan nations": before a noun for states the name
	// is a region of the world, and a province of that name (Papua New
	// Guinea's Gulf, Turkmenistan's Balkan) is not meant. Such a phrase
	// is no actor here; a regional group word with a CAMEO region code
	// ("Nordic countries") is coded by the event coder.
	if onlyTowns(cands) && d.statesNounAfter(e) {
		return nil
	}
	// "a tanker seized in the Gulf", "the Pool": a name that stands for
	// an actor only in context (kb.NeedsContext: a province named like a
	// common word) is that actor only when the article has named its
	// country or a state word goes with it ("Delta state", "the Gulf
	// province").
	cands = d.inContext(e, key, cands)
	if e.Type == model.EntityGPE || e.Type == model.EntityLoc {
		// "the former Zaire", "the former Swaziland": the state that
		// went by the name, whatever the name means now.
		if i := d.tokenAt(e.Start); i >= 1 && d.toks[i-1].norm == "former" {
			if a, ok := k.FormerActor(key, d.date); ok {
				return fromActor(a)
			}
		}
		// "Zaire province", "the state of Georgia": a state word with
		// the name makes it the first-level region of that name, not
		// the country the name alone would stand first for.
		if len(cands) > 1 && cands[0].Type == kb.TypeCountry && d.regionMarked(e) {
			for _, a := range cands[1:] {
				if a.Type == kb.TypePlace && !a.Capital && strings.HasPrefix(a.ID, "place:") {
					return fromActor(a)
				}
			}
		}
	}
	// "eastern Congo", "northern Mali": the part of a country the tagger
	// took into the name is still in that country.
	if first, rest, ok := strings.Cut(key, " "); ok && kb.IsRegionWord(first) && len(cands) == 0 && (e.Type == model.EntityGPE || e.Type == model.EntityLoc) {
		if l := d.lookupKey(e, rest, title); l != nil && l.typ == kb.TypeCountry {
			return l
		}
	}
	// "Congo": a name several places share is the one the article's cues
	// point to (kb data/name_cues.tsv), or the one it named in the
	// article's year (data/dated_names.tsv). So is a name several
	// organisations share: "PTI" is Pakistan Tehreek-e-Insaf in a story
	// from Islamabad, the Press Trust of India otherwise.
	if key == "congress" && e.Type == model.EntityOrg && d.partyOfficeAfter(e.End) {
		if a, ok := d.congressPresidency(e); ok {
			return d.fromKB(e, &a)
		}
		if a, ok := d.s.kb.Actor("IND.PTY.INC"); ok {
			return d.fromKB(e, a)
		}
	}
	if a, ok := d.usHouse(e); ok && len(cands) == 0 {
		return d.fromKB(e, a)
	}
	if e.Type == model.EntityGPE || e.Type == model.EntityLoc || e.Type == model.EntityOrg {
		if a := d.cuedActor(key); a != nil {
			return d.fromKB(e, a)
		}
	}
	if (e.Type == model.EntityOrg || e.Type == model.EntityMisc) && e.Sector == "" && len(cands) == 0 &&
		!strings.Contains(key, " ") && d.inOfficeEvident(key, title) {
		// "Biden's national security adviser" with "Biden" tagged as an
		// organisation: a word the knowledge base knows only as the family
		// name of one person in office is that person, when the article
		// gives the evidence a lone family name needs to be the holder's
		// (kb.LoneSurname); without it the name could not link to the
		// holder as a person either, and a common family name ("Castro",
		// "Paz") is as likely a firm's or a town's.
		e.Type = model.EntityPerson
	}
	if e.Type == model.EntityOrg && e.Sector == kb.SectorSports {
		if l := d.nationalTeam(key, cands); l != nil {
			return l
		}
	}
	if e.Type == model.EntityPerson {
		if l := d.doubleSurname(key); l != nil {
			return l
		}
		// For a name the tagger calls a person, a known person or a person
		// seen earlier in the document ("Jordan" after "Michael Jordan")
		// outranks a place of the same name.
		if a := d.heldInYears(e, cands, title); a != nil {
			return fromActor(a)
		}
		if a := bestPerson(k, cands, title.country, d.date); a != nil {
			return fromActor(a)
		}
		if l := d.shortForm(key); l != nil {
			return l
		}
		// "Jordan's King Abdullah": the title's holder at the article's
		// date when the name is part of the holder's ("Abdullah II").
		if title.country != "" && title.office != "" && !title.former {
			if a, ok := k.Holder(title.country, title.office, d.date); ok {
				if words := strings.Fields(key); len(words) <= 2 && containsAll(strings.Fields(kb.Normalize(a.Name)), words) {
					return fromActor(a)
				}
			}
		}
		if !d.titled(e.Start) {
			// The tagger calls a country or an organisation a person
			// now and then; after "Mr." or "Dr." it is right ("Dr.
			// Jordan").
			for _, a := range cands {
				if a.Type == kb.TypeCountry || a.Type == kb.TypeOrganisation {
					return d.fromKB(e, a)
				}
			}
			// "The rebels who seized Goma", "fighting near Sake": a
			// one-word name right after a verb of capture or a
			// preposition of place is the town the knowledge base knows
			// by that name, of any size, when it is no given name and no
			// known person's family name (a person named earlier in the
			// document was taken by shortForm above).
			if !strings.Contains(key, " ") && d.placeSlot(e) && k.GivenNameGender(key) == "" && len(k.Surname(key)) == 0 {
				if a, ok := k.City(key); ok {
					e.Type = model.EntityGPE
					return d.fromKB(e, a)
				}
				// A smaller town there when the article names its
				// country ("fighting near Sake" in a story on Congo).
				if l := d.town(e, key); l != nil {
					e.Type = model.EntityGPE
					return l
				}
			}
		}
		cands = nil
	}
	if e.Type == model.EntityOrg && (len(cands) == 0 || onlyTowns(cands)) && d.captureSlot(e) {
		// "The rebels who seized Goma": what a verb of capture takes is a
		// place, whatever the tagger calls it; no club, team or firm the
		// knowledge base knows by the name is seized or shelled.
		if a, ok := k.City(key); ok {
			e.Type = model.EntityGPE
			return d.fromKB(e, a)
		}
		if len(cands) == 0 {
			if l := d.town(e, key); l != nil {
				e.Type = model.EntityGPE
				return l
			}
		}
	}
	if e.Type == model.EntityOrg && onlyTowns(cands) && !d.roleAfter(e) {
		// An organisation named after a town, county or region is a
		// club or team ("Leeds", "Surrey" in a sports report: the tagger
		// makes them ORG there), not the place.
		cands = nil
	}
	if (e.Type == model.EntityGPE || e.Type == model.EntityLoc) && len(cands) > 0 && d.cityWord(e) {
		// "the city of Herat", "Herat city": the text says it is the
		// city, not the province or state that shares its name.
		if a, ok := d.citySharingName(key); ok {
			// "cutting off the city of Santa Cruz" in a story on Bolivia:
			// the only city the knowledge base knows by the name is in a
			// country the article never names, while a region of that
			// name lies in one it does. The city meant is that region's
			// own (Santa Cruz de la Sierra, which the press shortens), so
			// the region stands for it rather than a foreign namesake.
			if r := d.namedCountrysRegion(a, cands); r != nil {
				return d.fromKB(e, r)
			}
			return d.fromKB(e, a)
		}
	}
	if (e.Type == model.EntityGPE || e.Type == model.EntityLoc) && len(cands) > 0 && d.mayorTitleAfter(e) {
		// "San Jose Mayor Matt Mahan": the city's name fused before a
		// capitalised "Mayor" and a name is the American press's way of
		// naming a mayor (elsewhere "the mayor of San Jose"), so a name a
		// U.S. city shares with another country's capital or region is
		// the U.S. city, unless the article names that other country.
		if a, ok := k.City(key); ok && a.Country == "USA" && cands[0].Country != "USA" && !d.mentionsCountry(cands[0].Country) {
			return d.fromKB(e, a)
		}
	}
	if (e.Type == model.EntityGPE || e.Type == model.EntityLoc) && len(cands) > 0 && !d.stateWord(e) {
		// "Lebanese troops clashed with gunmen in Tripoli": a name another
		// country's capital or region also bears is the city of the
		// country the article is about when it names that country (its
		// name, a nationality word, the dateline) and not theirs.
		if c := d.namedCountrysCity(key, cands); c != nil {
			return d.fromKB(e, c)
		}
	}
	if (e.Type == model.EntityGPE || e.Type == model.EntityLoc) && onlyTowns(cands) {
		// "in Charlotte", "Floods hit Osaka": a city of half a million
		// outranks a parish or prefecture of the same name, and so does a
		// city of a country the article names when the region's is not
		// ("Manchester" in a story about Britain, not the Jamaican parish;
		// "Kent" stays the English county). A name two cities bear
		// ("Kochi": Japan's, India's Cochin) is the city of a country the
		// article names, else the larger (citySharingName).
		a, ok := d.citySharingName(key)
		if !ok {
			// "New York" is the city GeoNames calls "New York City": a
			// city of millions is what its short name means. "Oklahoma"
			// and "Kansas" stay the states.
			if c, found := k.City(key + " city"); found && c.Population >= 5000000 {
				a, ok = c, true
			}
		}
		// Regions of several countries share the name ("Cordoba": Spain's,
		// Colombia's, Argentina's provinces): whichever the knowledge
		// base ranks first, the city of the country the article names
		// stands before them, as it did when a foreign one came first.
		if ok && (a.Population >= 500000 || d.mentionsCountry(a.Country) && (!d.mentionsCountry(cands[0].Country) || cands[0].Country == a.Country && regionsOfSeveralCountries(cands))) && !d.stateWord(e) {
			return d.fromKB(e, a)
		}
	}
	if a := d.pick(e, cands); a != nil {
		l := d.fromKB(e, a)
		if a != cands[0] && a.Type == kb.TypePlace && cands[0].Type == kb.TypeCountry {
			// The region chosen from context stays chosen: "Atlanta,
			// Georgia" ... "Georgia's governor".
			d.aliases[key] = l
		}
		return l
	}
	if e.Type == model.EntityGPE || e.Type == model.EntityLoc || e.Type == model.EntityMisc {
		if l := d.shortForm(key); l != nil {
			return l
		}
	}
	// "North and South Korea", "East and West Germany", "North and South
	// Korean officials": the direction shares the name after it.
	if l := d.sharedName(e, key); l != nil {
		return l
	}
	// "The North" and "the South" in a story about the two Koreas.
	if (e.Type == model.EntityGPE || e.Type == model.EntityLoc) && (key == "north" || key == "south") &&
		d.lastIndex("North Korea") >= 0 && (d.lastIndex("South Korea") >= 0 || d.lastIndex("Seoul") >= 0) {
		code := map[string]string{"north": "PRK", "south": "KOR"}[key]
		if a, ok := k.Actor(code); ok {
			return d.fromKB(e, a)
		}
	}
	// A place the knowledge base does not name: a large city gives at least
	// its country ("shelled Kharkiv" -> Ukraine). A city's name the tagger
	// calls MISC ("Mecca" after "Mecca's Grand Mosque") is the city too.
	if e.Type == model.EntityGPE || e.Type == model.EntityLoc || e.Type == model.EntityMisc {
		if a, ok := d.citySharingName(key); ok && !d.theUnnamedCity(e, key, a) {
			if e.Type == model.EntityMisc {
				e.Type = model.EntityLoc
			}
			return d.fromKB(e, a)
		}
	}
	// A place smaller than the cities' table: a town of the towns' table
	// when the article says which country (see town).
	if e.Type == model.EntityGPE || e.Type == model.EntityLoc {
		if l := d.town(e, key); l != nil {
			return l
		}
		if l := d.datelineTown(e); l != nil {
			return l
		}
	}
	// The tagger calls an unfamiliar one-word name an organisation now and
	// then ("Russian missiles struck Odesa"). Outside a sports report (where
	// a city's name is often its club's) a one-word name that nothing else
	// in the knowledge base holds and that is a large city's is the city,
	// unless a role word follows ("Odesa officials" stays for the resolver's
	// role rules).
	// "Officials met in The Hague": a city whose own name begins with a
	// capitalised "The" reads to the tagger like a body's name ("The
	// Guardian"); the name written whole, "The" in or right before the
	// span, is the city's, of any size.
	if e.Type == model.EntityOrg && e.Sector == "" && len(cands) == 0 && !d.art.Sports && !strings.Contains(key, " ") && !d.roleAfter(e) {
		if a, ok := k.City(key); ok && (a.Population >= bigCity || d.theCityName(e, a)) {
			e.Type = model.EntityGPE
			return d.fromKB(e, a)
		}
	}
	if e.Type == model.EntityPerson {
		// A lone family name with no full name earlier: link it when exactly
		// one known person of that name is in office at the article's date
		// (and agrees with the title's country, if any).
		// "Vice Premier Liu": a deputy's title names no office the
		// family name's bearer must have held (the vice premier is no
		// premier), only a deputy's office.
		deputy, titled := d.deputyTitleBefore(e.Start)
		if deputy {
			title.office = ""
		}
		// "President Ali Bongo" with only "Ali" tagged: a name word
		// right after makes the word a given name, the person one the
		// knowledge base does not know, and no holder whose family name
		// it is (Guyana's Irfaan Ali) is named, unless the two words are
		// the holder's own name.
		next, givenHere := d.nameWordAfter(e)
		ownName := func(a *kb.Actor) bool {
			return !givenHere || strings.Contains(" "+kb.Normalize(a.Name)+" ", " "+key+" "+next+" ")
		}
		if !strings.Contains(key, " ") && !title.former {
			var hit, named, holder *kb.Actor
			n, m, h := 0, 0, 0
			// The office title right before the name, or the country's
			// title ("Bolivia's Paz"), is evidence for a holder; an
			// honorific ("Mr Castro") is not (kb.LoneSurname).
			ev := kb.SurnameEvidence{Office: titled.ok || title.office != "" || title.country != "", Countries: d.surnameCountries()}
			// "President Clinton" in 2010, when Hillary Clinton was
			// Secretary of State: a title naming an office that another
			// bearer of the name held in the same country is his, not the
			// one in another office now (pastHolder finds him). Taiwan's
			// premier Liu Chao-shiuan says nothing of China's "vice-premier
			// Liu".
			var titleHolder *kb.Actor
			if title.office != "" && !deputy {
				titleHolder = d.latestHolder(k.Surname(key), title, d.date.AddDate(0, 0, 1))
			}
			for _, a := range k.Surname(key) {
				c, offices := k.OfficeAt(a.ID, d.date)
				if len(offices) == 0 || (title.country != "" && c != title.country) {
					continue
				}
				if titleHolder != nil && titleHolder.ID != a.ID && titleHolder.Country == c && !slices.Contains(offices, title.office) {
					continue
				}
				if !ownName(a) {
					continue
				}
				// A lone family name is a holder's only with evidence for
				// the holder in the article: the holder's full name
				// anywhere in it, or kb.LoneSurname's.
				if d.nameIndex(a.Name) >= 0 || k.LoneSurname(a, d.date, ev) {
					hit = a
					n++
				}
				// A headline's "Kim" before the body's "Kim Jong Un": the
				// holder named in full later in the document.
				if d.nameIndex(a.Name) >= e.End {
					named = a
					m++
				}
				// Two persons of one family name in office ("Liu" in
				// 2020: China's vice premier and its finance minister):
				// the title says which one, the holder of the office it
				// names (a deputy's title: of a deputy's office).
				if titled.ok && (deputy || titled.role.Office != "") && holdsTitle(k, a, d.date, titled.role, deputy) {
					holder = a
					h++
				}
			}
			if n == 1 {
				return fromActor(hit)
			}
			if m == 1 {
				return fromActor(named)
			}
			if h == 1 {
				return fromActor(holder)
			}
		}
		if !strings.Contains(key, " ") {
			if a := d.pastHolder(e, key, title); a != nil && ownName(a) {
				return fromActor(a)
			}
			// "Mr Castro": an honorific is no evidence that the bearer is
			// the former holder (kb.LoneSurname).
			if a := d.recentHolder(e, key); a != nil && ownName(a) && (d.nameIndex(a.Name) >= 0 || k.LoneSurname(a, d.date, kb.SurnameEvidence{Countries: d.surnameCountries()})) {
				return fromActor(a)
			}
			if a := d.formerLeader(e, key); a != nil && ownName(a) {
				return fromActor(a)
			}
		}
	}
	if c, ok := k.DemonymNorm(key); ok && e.Type != model.EntityPerson {
		if a, ok := k.Actor(c); ok {
			return fromActor(a)
		}
	}
	return nil
}

// nameWordAfter reports whether a capitalised word that continues a
// person's name follows the mention right after a space ("Ali Bongo",
// "Ali Mohamed"), and returns its folded form. A weekday or month ("Paz
// Tuesday") continues no name, and neither does any word of a headline in
// title case ("President Paz Says ..."), where every long word is
// capitalised.
func (d *docState) nameWordAfter(e *model.Entity) (string, bool) {
	j := d.tokenAt(e.End)
	if j >= len(d.toks) || j == 0 {
		return "", false
	}
	t := d.toks[j]
	if !t.upper || t.norm == "" || strings.Contains(t.norm, " ") || int(t.start) != e.End+1 || d.art.Text[e.End] != ' ' || timeNames[t.norm] {
		return "", false
	}
	if d.titleCaseAround(j) {
		return "", false
	}
	return t.norm, true
}

// titleCaseAround reports whether the words around toks[j] up to the
// sentence's ends are all capitalised when longer than three letters: a
// headline written in title case, whose capitals say nothing of names.
func (d *docState) titleCaseAround(j int) bool {
	long := 0
	for _, step := range []int{-1, 1} {
		for i := j + step; i >= 0 && i < len(d.toks); i += step {
			t := d.toks[i]
			if t.norm == "" {
				if w := d.art.Text[t.start:t.end]; w == "." || w == "!" || w == "?" {
					break
				}
				continue
			}
			// A line break ends a headline.
			a, b := i-step, i
			if step < 0 {
				a, b = i, i+1
			}
			if strings.Contains(d.art.Text[d.toks[a].end:d.toks[b].start], "\n") {
				break
			}
			if len(t.norm) <= 3 {
				continue
			}
			if !t.upper {
				return false
			}
			long++
		}
	}
	return long >= 3
}

// timeNames are weekday and month names: "Paz Tuesday" in a dateless lead
// is no longer name.
var timeNames = wordSet("monday tuesday wednesday thursday friday saturday sunday january february march april june july august september october november december")

// roleAfter reports whether a role word follows the mention: "the Texas
// governor", "Lagos police" (there a place the tagger called an
// organisation is the place).
func (d *docState) roleAfter(e *model.Entity) bool {
	j := d.tokenAt(e.End)
	if j >= len(d.toks) {
		return false
	}
	_, _, ok := d.roleStartingAt(j)
	return ok
}

// inOffice returns the one known person in office at the article's date
// whose family name is key, or nil.
func (d *docState) inOffice(key string) *kb.Actor {
	var hit *kb.Actor
	for _, a := range d.s.kb.Surname(key) {
		if _, offices := d.s.kb.OfficeAt(a.ID, d.date); len(offices) == 0 || hit != nil && hit.ID == a.ID {
			continue
		}
		if hit != nil {
			return nil
		}
		hit = a
	}
	return hit
}

// inOfficeEvident reports whether key is the family name of the one known
// person in office at the article's date and the article gives evidence
// for that holder (surnameEvident): the title before the mention, the
// holder's country, the full name, or a family name no one else bears.
func (d *docState) inOfficeEvident(key string, t title) bool {
	a := d.inOffice(key)
	return a != nil && d.surnameEvident(a, d.date, kb.SurnameEvidence{Office: t.office != "" || t.country != "", Countries: d.surnameCountries()})
}

// surnameEvident reports whether the article gives evidence that a family
// name written alone is a's: a's full name anywhere in it, or the evidence
// of kb.LoneSurname at t.
func (d *docState) surnameEvident(a *kb.Actor, t time.Time, ev kb.SurnameEvidence) bool {
	return d.nameIndex(a.Name) >= 0 || d.s.kb.LoneSurname(a, t, ev)
}

// homeNations are the parts of the United Kingdom that field their own
// national teams.
var homeNations = map[string]bool{"england": true, "scotland": true, "wales": true, "northern ireland": true}

// nationalTeam links a country's name that the tagger marked as a team
// (an organisation of the sports sector: a country in a team's slot in a
// sports report, "Sweden beat South Korea 1-0", "Belgium's players") to the
// country's national team: a document-level organisation of the sports
// sector with the country's code, never the state or its government. The
// home nations are teams of the United Kingdom.
func (d *docState) nationalTeam(key string, cands []*kb.Actor) *link {
	for _, a := range cands {
		if a.Type == kb.TypeCountry || homeNations[key] && a.Type == kb.TypePlace && a.Country == "GBR" {
			id := "doc:team:" + a.Country
			if a.Type != kb.TypeCountry {
				id += ":" + kb.Slug(a.Name)
			}
			if l, ok := d.byID[id]; ok {
				return l
			}
			return &link{id: id, name: a.Name + " national team", typ: kb.TypeOrganisation, country: a.Country, sector: kb.SectorSports}
		}
	}
	return nil
}

// fromKB turns a knowledge-base actor into a link, applying metonymy: a
// capital used as an actor ("Pyongyang said", "between Washington and
// Seoul") stands for its country's government, while a capital after a
// locative preposition ("in Pyongyang") stays a place, and so does the
// capital of a wire dateline ("BRUSSELS (Reuters) -"), which says where
// the story was filed, not who acts.
func (d *docState) fromKB(e *model.Entity, a *kb.Actor) *link {
	if a.Capital && !d.locative(e.Start) && !d.nounModifier(e) && !d.inDateline(e) && !d.seatOfCompound(e) {
		if c, ok := d.s.kb.Actor(a.Country); ok {
			l := fromActor(c)
			l.sector = kb.SectorGovernment
			return l
		}
	}
	return fromActor(a)
}

// seatOfCompound reports whether a mention is the place of a compound
// adjective saying where something is seated, "a Kuala Lumpur-based
// analyst", "the Geneva-headquartered group": the place, not its
// government acting (nlp's placeCompounds makes such mentions).
func (d *docState) seatOfCompound(e *model.Entity) bool {
	rest := strings.ToLower(d.art.Text[e.End:min(len(d.art.Text), e.End+len("-headquartered"))])
	return strings.HasPrefix(rest, "-based") || strings.HasPrefix(rest, "-headquartered")
}

// nounModifier reports whether a mention modifies the noun after it, as
// part of a name ("the Paris Agreement", "Beijing Olympics") or after a
// determiner ("a Moscow court", "the Minsk agreements"): there a capital
// is the place the thing is of, not its government acting.
func (d *docState) nounModifier(e *model.Entity) bool {
	j := d.tokenAt(e.End)
	if j >= len(d.toks) || d.toks[j].norm == "" || int(d.toks[j].start) != e.End+1 {
		return false
	}
	p := d.posAt(int(d.toks[j].start))
	if !strings.HasPrefix(p, "NN") {
		return false
	}
	// A building or site named by its city ("Kabul airport", "Sana'a
	// port") is the place, with or without a determiner before it.
	if !d.toks[j].upper && facilityNouns[d.toks[j].norm] {
		return true
	}
	if p == "NNP" || p == "NNPS" {
		_, isEntity := d.entStartTok[j]
		return d.toks[j].upper && !isEntity
	}
	i := d.tokenAt(e.Start) - 1
	return i >= 0 && determiners[d.toks[i].norm]
}

// streetAfter reports whether a capitalised noun for a street or landmark
// follows the mention right after its end (kb.IsStreetNoun).
func (d *docState) streetAfter(e *model.Entity) bool {
	j := d.tokenAt(e.End)
	return j < len(d.toks) && int(d.toks[j].start) == e.End+1 && d.toks[j].upper && kb.IsStreetNoun(d.toks[j].norm)
}

// facilityNouns are the buildings and sites a city's name, written before
// one, says the place of.
var facilityNouns = wordSet("airport airports port harbour harbor seaport airbase station prison jail hospital stadium university")

// determiners before a noun phrase.
var determiners = wordSet("a an the this that these those its his her their our my your")

// stateWord says the mention is marked as the region, not its city:
// "New York State", "the state of New York", "upstate New York".
func (d *docState) stateWord(e *model.Entity) bool {
	i := d.tokenAt(e.Start)
	j := d.tokenAt(e.End)
	if j < len(d.toks) && (d.toks[j].norm == "state" || d.toks[j].norm == "province") {
		return true
	}
	if i >= 1 && (d.toks[i-1].norm == "upstate" || d.toks[i-1].norm == "downstate") {
		return true
	}
	if i >= 2 && d.toks[i-1].norm == "of" && (d.toks[i-2].norm == "state" || d.toks[i-2].norm == "province") {
		return true
	}
	if strings.HasSuffix(kb.Normalize(e.Text), " state") {
		return true
	}
	return false
}

// mayorTitleAfter says a capitalised "Mayor" follows the mention, one
// space after it, and a capitalised name follows the title: "San Jose
// Mayor Matt Mahan".
func (d *docState) mayorTitleAfter(e *model.Entity) bool {
	j := d.tokenAt(e.End)
	if j+1 >= len(d.toks) || int(d.toks[j].start) != e.End+1 {
		return false
	}
	return d.toks[j].norm == "mayor" && d.toks[j].upper && d.toks[j+1].upper && d.adjacent(j, j+1)
}

// cityWord is stateWord for a city: "the city of Herat", "Herat city", a
// lower-case "city" next to the name marking it as the city that a
// province or state of the same name surrounds. A capitalised "City" is
// part of a name ("Kansas City", "Quezon City") the tagger keeps whole.
func (d *docState) cityWord(e *model.Entity) bool {
	i := d.tokenAt(e.Start)
	if i >= 2 && i <= len(d.toks) && d.toks[i-1].norm == "of" && d.toks[i-2].norm == "city" && !d.toks[i-2].upper {
		return true
	}
	j := d.tokenAt(e.End)
	return j < len(d.toks) && d.toks[j].norm == "city" && !d.toks[j].upper
}

// regionMarked is stateWord for a name that is also a country's: "Zaire
// province", "in Niger state.", "the state of Georgia", but not a state
// word that begins a noun phrase of the country ("Niger state television",
// "Mexico state oil company"), which is the state's, not a province.
func (d *docState) regionMarked(e *model.Entity) bool {
	i := d.tokenAt(e.Start)
	if i >= 2 && d.toks[i-1].norm == "of" && (d.toks[i-2].norm == "state" || d.toks[i-2].norm == "province") {
		return true
	}
	j := d.tokenAt(e.End)
	if j >= len(d.toks) || d.toks[j].norm != "state" && d.toks[j].norm != "province" {
		return false
	}
	return d.markerEnds(j)
}

// theUnnamedCity reports whether e, a one-word city name of the knowledge
// base, follows "the" with nothing else saying it is that city: "the
// Delta", "the Valley", "the Cape" are a river's delta, a valley, a cape,
// not Delta in Canada. A city's name takes "the" only when the article is
// part of it ("The Hague", "The Bronx"), so such a reading needs evidence:
// the city's country named in the article, or "city of" before it.
func (d *docState) theUnnamedCity(e *model.Entity, key string, a *kb.Actor) bool {
	if strings.Contains(key, " ") || strings.HasPrefix(kb.Normalize("the "+a.Name), "the the ") ||
		strings.HasPrefix(strings.ToLower(a.Name), "the ") {
		return false
	}
	i := d.tokenAt(e.Start)
	the := strings.HasPrefix(strings.ToLower(strings.TrimSpace(e.Text)), "the ") || i >= 1 && i <= len(d.toks) && d.toks[i-1].norm == "the"
	if !the {
		return false
	}
	if i >= 2 && i <= len(d.toks) && d.toks[i-1].norm == "of" && d.toks[i-2].norm == "city" {
		return false
	}
	// "the Tyumen region", "the Delta police": "the" goes with the noun
	// after the name, which the name only modifies. Without the tagger's
	// reading of a following lower-case word, the name keeps its city.
	if j := d.tokenAt(e.End); j < len(d.toks) && d.toks[j].norm != "" && !d.toks[j].upper {
		if pos := d.posAt(int(d.toks[j].start)); pos == "" || strings.HasPrefix(pos, "NN") {
			return false
		}
	}
	return !d.namesCountry(a.Country) && !d.namesCountryAnywhere(a.Country)
}

// statesNounAfter reports whether a plural noun for states follows the
// mention ("Gulf states", "Baltic nations"; kb.IsStatesNoun).
func (d *docState) statesNounAfter(e *model.Entity) bool {
	j := d.tokenAt(e.End)
	return j < len(d.toks) && kb.IsStatesNoun(d.toks[j].norm)
}

// locative reports whether the word before off is a preposition of place
// or a verb of going to or from a place.
func (d *docState) locative(off int) bool {
	i := d.tokenAt(off) - 1
	if i < 0 {
		return false
	}
	// "in the capital, Nairobi,", "at the port city, Mombasa": a name in
	// apposition to a word for a place, after a preposition of place, is
	// that place ("Kenya's capital, Nairobi, said" is not so read).
	if d.toks[i].norm == "" && i > 0 && placeNouns[d.toks[i-1].norm] && int(d.toks[i].start) < len(d.art.Text) && d.art.Text[int(d.toks[i].start)] == ',' {
		k := i - 2
		for k >= 0 && k >= i-5 && (determiners[d.toks[k].norm] || d.toks[k].norm == "'s" || d.toks[k].upper || placeNouns[d.toks[k].norm]) {
			k--
		}
		return k >= 0 && d.toks[k].norm != "" && d.locative(int(d.toks[k+1].start))
	}
	// "in central Nairobi", "in the capital Conakry", "outside the
	// Guinean capital Conakry": words that only say which part or kind
	// of place the name is stand between the preposition and the name,
	// which is the place all the same.
	if k := d.placeModifiersBefore(i); k < i {
		switch d.toks[k].norm {
		case "in", "at", "near", "outside", "inside", "around", "across", "within", "into", "from", "to", "via", "toward", "towards", "through":
			return true
		}
	}
	switch d.toks[i].norm {
	case "in", "at", "near", "outside", "inside", "around", "across", "within", "into", "from", "to", "via", "toward", "towards", "through":
		return true
	case "visit", "visits", "visited", "visiting", "tour", "tours", "toured", "touring", "reach", "reaches", "reached",
		"reaching", "fled", "flee", "flees", "fleeing", "enter", "enters", "entered", "entering":
		// A capital one goes to or flees is the place: "the prime
		// minister visited Moscow", "troops entered Kyiv". ("Left" is
		// not: "the vote left Washington isolated".)
		return true
	case "of":
		// "the mayor of Madrid", "the streets of Kyiv", "north of Seoul":
		// the city itself, not its country's government.
		return i > 0 && cityNouns[d.toks[i-1].norm]
	}
	return false
}

// placeModifiersBefore walks back from token i, the word right before a
// name, over at most four words that only qualify a place ("central",
// "the capital", "the Guinean capital", "downtown") and returns the index
// of the word before them; i itself when the word at i is none of them.
// A capitalised word counts only before a word for a kind of place (the
// demonym of "the Guinean capital"), and the run must hold a part or kind
// of place, not a determiner alone ("in the Nairobi" is no such phrase).
func (d *docState) placeModifiersBefore(i int) int {
	k := i
	part := false
	for k >= 0 && k > i-4 {
		t := d.toks[k]
		switch {
		case placeNouns[t.norm] || placeParts[t.norm]:
			part = true
		case determiners[t.norm] && part:
		case t.upper && t.norm != "" && k < i && placeNouns[d.toks[k+1].norm]:
		default:
			if !part {
				return i
			}
			return k
		}
		k--
	}
	if !part || k < 0 {
		return i
	}
	return k
}

// placeParts are words before a city's name that say which part of it is
// meant: "in central Nairobi", "across downtown Caracas".
var placeParts = wordSet("central downtown northern southern eastern western northeastern northwestern southeastern southwestern greater suburban inner outer old")

// placeNouns are words for a kind of place that a city's name may stand
// in apposition to: "the capital, Nairobi", "the port city, Mombasa".
var placeNouns = map[string]bool{"capital": true, "city": true, "town": true, "village": true, "port": true}

// cityNouns are words that, before "of", take a city as a place: its
// offices, parts and people.
var cityNouns = map[string]bool{
	"mayor": true, "governor": true, "city": true, "streets": true, "outskirts": true, "suburbs": true,
	"centre": true, "center": true, "heart": true, "residents": true, "people": true, "citizens": true,
	"north": true, "south": true, "east": true, "west": true, "northeast": true, "northwest": true,
	"southeast": true, "southwest": true, "part": true, "parts": true, "districts": true, "district": true,
	"neighbourhoods": true, "neighborhoods": true, "port": true, "airport": true, "university": true,
}

// pick chooses among the candidates of one alias the one that fits the
// tagger's type; the knowledge base's order (countries, organisations,
// persons, capitals, places) breaks ties.
func (d *docState) pick(e *model.Entity, cands []*kb.Actor) *kb.Actor {
	if len(cands) == 0 {
		return nil
	}
	want := func(a *kb.Actor) bool {
		switch e.Type {
		case model.EntityPerson:
			return a.Type == kb.TypePerson
		case model.EntityOrg:
			return a.Type == kb.TypeOrganisation
		case model.EntityGPE, model.EntityLoc:
			return a.Type == kb.TypeCountry || a.Type == kb.TypePlace
		}
		return false
	}
	if e.Type == model.EntityGPE || e.Type == model.EntityLoc {
		if a := d.regionInContext(e, cands); a != nil {
			return a
		}
		// A brand the tagger takes for a place ("fined Meta") is the
		// organisation of that name, not a province of a country the
		// article never names (Meta, a department of Colombia): a
		// province alone, out of its country's context, is the rarer
		// reading. A country, a capital or a city stays the place.
		if o := d.orgOverForeignRegion(cands); o != nil {
			e.Type = model.EntityOrg
			return o
		}
		// "Brussels fined Meta", "Brussels wants London to agree": the
		// capital that hosts an international organisation stands for
		// it, not for its own country's government, unless the article
		// is about that country. "In Brussels" stays the city.
		if o := d.igoForSeat(e, cands); o != nil {
			e.Type = model.EntityOrg
			return o
		}
	}
	if e.Type == model.EntityOrg && d.foreignNamesakeParty(e, cands) {
		return nil
	}
	// Two organisations under one name ("RSF": a press-freedom group and
	// Sudan's Rapid Support Forces): the one of a country the article
	// names.
	if e.Type == model.EntityOrg {
		n := 0
		for _, a := range cands {
			if want(a) {
				n++
			}
		}
		if n > 1 {
			// The dateline's country's first: a Wellington or Oslo
			// story's bare "Labour" is that country's party, as news
			// there writes its own parties' names without the country
			// (a wire agency's own country, named by its credit, must
			// not win).
			if dc := d.datelineCountry(); dc != "" {
				for _, a := range cands {
					if want(a) && a.Country == dc {
						return a
					}
				}
			}
			for _, a := range cands {
				if want(a) && a.Country != "" && d.namesCountry(a.Country) {
					if c, ok := d.s.kb.Actor(a.Country); ok && c.Type == kb.TypeCountry {
						return a
					}
				}
			}
			// "The RSF shelled El Fasher", "RSF fighters entered the
			// Sudanese city": when the name is one state's body or an
			// international one (Sudan's Rapid Support Forces or
			// Reporters Without Borders), the state named anywhere in
			// the article, after the name too, by its name, a
			// nationality word or a place of it the tagger found, says
			// it is the state's. Names of several states' bodies
			// ("Labour") are left to the dateline and the mentions
			// before them: a place abroad the story goes to is no
			// evidence between two states.
			var named *kb.Actor
			for _, a := range cands {
				if !want(a) {
					continue
				}
				c, ok := d.s.kb.Actor(a.Country)
				if !ok || c.Type != kb.TypeCountry {
					continue
				}
				if named != nil {
					named = nil // a second state's body
					break
				}
				named = a
			}
			if named != nil && !d.mentionsCountry(named.Country) && !d.namesPlaceOf(named.Country) {
				named = nil
			}
			if named != nil {
				return named
			}
		}
	}
	if r := d.sharedRegionBefore(e, cands, want); r != nil {
		return r
	}
	// Same-named first-level regions of several countries ("Florida": a
	// US state, a Uruguayan department; "Maryland": a US state, a
	// Liberian county): the knowledge base puts the larger country's
	// first, and the other country written after the name ("Florida,
	// Uruguay") or in the dateline picks that one. A country named
	// elsewhere does not: a hurricane story names Puerto Rico and means
	// the state by "Florida".
	if r := d.regionOfPlacedCountry(e, cands, want); r != nil {
		d.noteSharedRegion(e, r, regionsOfSeveralCountries(cands))
		return r
	}
	for _, a := range cands {
		if want(a) {
			d.noteSharedRegion(e, a, regionsOfSeveralCountries(cands))
			return a
		}
	}
	return cands[0]
}

// noteSharedRegion records the country of a region several countries
// share a name with when the text writes that country with it ("Pakistan's
// Punjab", "Punjab, Pakistan"), for sharedRegionBefore; a name written
// with two countries in one article records none. several says regions of
// more than one country bear the name.
func (d *docState) noteSharedRegion(e *model.Entity, r *kb.Actor, several bool) {
	if !firstLevelRegion(r) || !several {
		return
	}
	if d.ownerCountry(e) != r.Country && d.commaCountry(e) != r.Country {
		return
	}
	key := kb.Normalize(cleanName(e.Text))
	if d.sharedRegion == nil {
		d.sharedRegion = map[string]string{}
	}
	if cc, ok := d.sharedRegion[key]; ok && cc != r.Country {
		d.sharedRegion[key] = ""
		return
	}
	d.sharedRegion[key] = r.Country
}

// sharedRegionBefore returns, for a bare mention of a region name several
// countries share ("Punjab officials said"), the candidate of the country
// an earlier mention in the article was written with ("Pakistan's Punjab
// province"): a story keeps to the one region it placed, whatever its
// dateline, as a reader takes it. nil when no earlier mention placed it,
// or two placed it in different countries, or this one names its own.
func (d *docState) sharedRegionBefore(e *model.Entity, cands []*kb.Actor, want func(*kb.Actor) bool) *kb.Actor {
	cc := d.sharedRegion[kb.Normalize(cleanName(e.Text))]
	if cc == "" || d.ownerCountry(e) != "" || d.commaCountry(e) != "" || !regionsOfSeveralCountries(cands) {
		return nil
	}
	for _, a := range cands {
		if want(a) && firstLevelRegion(a) && a.Country == cc {
			return a
		}
	}
	return nil
}

// regionsOfSeveralCountries reports whether cands hold first-level regions
// of more than one country.
func regionsOfSeveralCountries(cands []*kb.Actor) bool {
	cc := ""
	for _, a := range cands {
		if firstLevelRegion(a) {
			if cc != "" && a.Country != cc {
				return true
			}
			cc = a.Country
		}
	}
	return false
}

// regionOfPlacedCountry returns, when the first wanted candidate is a
// first-level region, another wanted region of another country that the
// text places the mention in: the country written after a comma ("Florida,
// Uruguay"), right before it ("Pakistan's Punjab") or the country of the
// wire dateline. nil otherwise.
func (d *docState) regionOfPlacedCountry(e *model.Entity, cands []*kb.Actor, want func(*kb.Actor) bool) *kb.Actor {
	var first *kb.Actor
	for _, a := range cands {
		if !want(a) {
			continue
		}
		if first == nil {
			if !firstLevelRegion(a) {
				return nil
			}
			first = a
			continue
		}
		if firstLevelRegion(a) && a.Country != first.Country && (d.commaCountry(e) == a.Country || d.datelineCountry() == a.Country || d.ownerCountry(e) == a.Country) {
			return a
		}
	}
	return nil
}

// ownerCountry returns the country written right before the mention as
// its owner or people ("Pakistan's Punjab", "Pakistani Punjab"): the
// region is then that country's, "" when there is none.
func (d *docState) ownerCountry(e *model.Entity) string {
	j := d.tokenAt(e.Start) - 1
	if j < 0 || j+1 >= len(d.toks) || !d.adjacent(j, j+1) {
		return ""
	}
	c, _, ok := d.countryEndingAt(j)
	if !ok || c.org != nil || c.place != nil {
		return ""
	}
	return c.country
}

// commaCountry returns the country of the words after ", " right behind
// the mention ("Florida, Uruguay"), up to three capitalised words; "".
func (d *docState) commaCountry(e *model.Entity) string {
	if e.End+2 >= len(d.art.Text) || d.art.Text[e.End:e.End+2] != ", " {
		return ""
	}
	i := d.tokenAt(e.End + 2)
	if i >= len(d.toks) || int(d.toks[i].start) != e.End+2 {
		return ""
	}
	cc := ""
	for j := i; j < len(d.toks) && j < i+3 && d.toks[j].upper && d.toks[j].norm != ""; j++ {
		if j > i && !d.adjacent(j-1, j) {
			break
		}
		if c := d.whereCountry(d.art.Text[d.toks[i].start:d.toks[j].end]); c != "" {
			cc = c
		}
	}
	return cc
}

// orgOverForeignRegion returns the organisation among cands when the
// only places among them are regions or towns of countries the article
// does not name.
func (d *docState) orgOverForeignRegion(cands []*kb.Actor) *kb.Actor {
	var org *kb.Actor
	for _, a := range cands {
		switch {
		case a.Type == kb.TypeOrganisation:
			if org == nil {
				org = a
			}
		case a.Type == kb.TypeCountry, a.Capital, a.Type == kb.TypePlace && d.namesCountry(a.Country):
			return nil
		}
	}
	return org
}

// igoForSeat returns the international organisation among cands that
// the capital among them stands for (the knowledge base gives the
// organisation the capital's name as an alias: the EU's "Brussels"; see
// seatIGO), when the mention is an actor: not a place something happens
// in ("in Brussels"), not a noun's modifier ("a Brussels court"), not a
// dateline, not the place of a compound ("a Brussels-based group"), and not
// in an article about the capital's own country.
func (d *docState) igoForSeat(e *model.Entity, cands []*kb.Actor) *kb.Actor {
	if d.locative(e.Start) || d.nounModifier(e) || d.inDateline(e) || d.seatOfCompound(e) {
		return nil
	}
	return d.seatIGO(kb.Normalize(cleanName(e.Text)), cands)
}

// theCityName says whether a mention writes a city's name that begins
// with a capitalised "The" in full: "The Hague", in the span or with "The"
// right before it ("The Hague said", where the tagger left "The" out).
func (d *docState) theCityName(e *model.Entity, a *kb.Actor) bool {
	rest, ok := strings.CutPrefix(a.Name, "The ")
	if !ok {
		return false
	}
	name := cleanName(e.Text)
	if name == a.Name {
		return true
	}
	return name == rest && e.Start >= 4 && d.art.Text[e.Start-4:e.Start] == "The "
}

// cuedActor returns the actor a name that several share means in this
// article (kb.KB.Cues), nil for a name with no cues. A period the name is
// dated to that covers the article's date decides first ("Congo" in 1985
// is the Republic of the Congo). Otherwise the one actor whose cues occur
// in the text, and with the cues of none or of several, the first listed:
// news means the Democratic Republic of the Congo, of the Kivus, Kinshasa
// and the peacekeeping missions, by "Congo" far more often, so only an
// article naming the Republic of the Congo or Brazzaville and nothing of
// the DRC means the smaller one.
func (d *docState) cuedActor(key string) *kb.Actor {
	k := d.s.kb
	cues := k.Cues(key)
	if len(cues) == 0 {
		return nil
	}
	if a, ok := k.DatedActor(key, d.date); ok {
		return a
	}
	id, seen := d.cued[key]
	if !seen {
		id = cues[0].Actor
		found := ""
		for n, c := range cues {
			if !d.cueIn(cues, n) {
				continue
			}
			if found != "" {
				found = ""
				break
			}
			found = c.Actor
		}
		if found != "" {
			id = found
		}
		if d.cued == nil {
			d.cued = map[string]string{}
		}
		d.cued[key] = id
	}
	a, _ := k.Actor(id)
	return a
}

// cueIn says whether one of the cues of cues[n] occurs in the article
// other than inside a longer cue of another actor of the name
// ("Republic of Congo" in "Democratic Republic of Congo").
func (d *docState) cueIn(cues []kb.NameCues, n int) bool {
	text := d.art.Text
	for _, c := range cues[n].Cues {
		for from := 0; from < len(text); {
			i := strings.Index(text[from:], c)
			if i < 0 {
				break
			}
			i += from
			if !insideLongerCue(text, i, i+len(c), cues, n) {
				return true
			}
			from = i + 1
		}
	}
	return false
}

// insideLongerCue says whether text[i:j] overlaps an occurrence of a cue
// longer than j-i of an actor other than cues[n].
func insideLongerCue(text string, i, j int, cues []kb.NameCues, n int) bool {
	for m, o := range cues {
		if m == n {
			continue
		}
		for _, c := range o.Cues {
			if len(c) <= j-i {
				continue
			}
			lo, hi := max(0, i-len(c)+1), min(len(text), j+len(c)-1)
			if strings.Contains(text[lo:hi], c) {
				return true
			}
		}
	}
	return false
}

// lastIndex is strings.LastIndex(Text, s), computed once per s: the
// resolver asks it for every mention, and a long article has thousands.
func (d *docState) lastIndex(s string) int {
	if i, ok := d.lastAt[s]; ok {
		return i
	}
	if d.lastAt == nil {
		d.lastAt = map[string]int{}
	}
	i := strings.LastIndex(d.art.Text, s)
	d.lastAt[s] = i
	return i
}

// nameIndex is the byte offset of the last place the article writes name
// in full, as written or with other diacritics and case ("Evika Siliņa"
// for the knowledge base's "Evika Silina"): the knowledge base keeps names
// folded to ASCII and the press writes them either way. -1 when nowhere.
func (d *docState) nameIndex(name string) int {
	if i := d.lastIndex(name); i >= 0 && wordBounded(d.art.Text, i, i+len(name)) {
		return i
	}
	key := "\x00" + name
	if i, ok := d.lastAt[key]; ok {
		return i
	}
	at := -1
	want := kb.Normalize(name)
	if first, _, _ := strings.Cut(want, " "); first != "" {
		for i := range d.toks {
			if d.toks[i].norm != first {
				continue
			}
			// Extend the span a word at a time until its folded text is
			// the name's or longer than it.
			for j := i; j < len(d.toks) && j-i < 8; j++ {
				got := kb.Normalize(d.art.Text[d.toks[i].start:d.toks[j].end])
				if got == want {
					at = int(d.toks[i].start)
					break
				}
				if len(got) > len(want) || !strings.HasPrefix(want, got) {
					break
				}
			}
		}
	}
	if d.lastAt == nil {
		d.lastAt = map[string]int{}
	}
	d.lastAt[key] = at
	return at
}

// wordBounded reports whether text[i:j] starts and ends at word
// boundaries: "Evika Silina" is not written in "Evika Silinamova".
func wordBounded(text string, i, j int) bool {
	if i > 0 {
		if r, _ := utf8.DecodeLastRuneInString(text[:i]); isWordRune(r) {
			return false
		}
	}
	if j < len(text) {
		if r, _ := utf8.DecodeRuneInString(text[j:]); isWordRune(r) {
			return false
		}
	}
	return true
}

// regionsFromContext settles, for the whole article, a name resolved to a
// country that is also a region of another country: "Lawmakers in Georgia
// passed the bill ... Atlanta ... Governor Kemp" is the U.S. state when the
// article names places or actors of that other country at least twice and
// none of the country's own (no Tbilisi, no "Georgian").
func (d *docState) regionsFromContext() {
	ents := d.art.Entities
	done := map[string]bool{}
	for i := range ents {
		e := ents[i]
		l := d.entEnd[e.End]
		if l == nil || l.typ != kb.TypeCountry {
			continue
		}
		// A nationality word ("the Somali president", "Somali troops")
		// names the country's people whatever places the article names;
		// the region of the name is marked by a division word ("the
		// Somali region"), which divisionNamed reads.
		if e.Type == model.EntityNORP {
			continue
		}
		key := kb.Normalize(cleanName(e.Text))
		if done[key] {
			continue
		}
		done[key] = true
		var region *kb.Actor
		for _, a := range d.s.kb.LookupNorm(key, d.date) {
			if a.Type == kb.TypePlace && !a.Capital && a.Country != l.country {
				region = a
				break
			}
		}
		if region == nil {
			continue
		}
		own, other := 0, 0
		for _, o := range ents {
			if kb.Normalize(cleanName(o.Text)) == key {
				continue
			}
			switch o.Country {
			case l.country:
				own++
			case region.Country:
				other++
			}
		}
		if own > 0 || other < 2 || d.readAsCountry(key, region.Country) {
			continue
		}
		rl := fromActor(region)
		for j := range ents {
			if ents[j].ActorID == l.id && kb.Normalize(cleanName(ents[j].Text)) == key {
				d.apply(&ents[j], rl)
				d.entEnd[ents[j].End] = rl
			}
		}
		d.aliases[key] = rl
	}
}

// readAsCountry reports whether some mention of the name key, which is a
// country's and also a region's of country regionCC, is written as the
// country: listed with other countries ("juntas seized power in Niger,
// Burkina Faso and Mali": a list joins things of one kind, and a state of
// Nigeria is not listed with Mali), or called a neighbour ("neighbouring
// Niger"), which among the states of a country says "neighbouring state".
// The article's many places of Nigeria then say where it is written, not
// that its Niger is Niger State.
func (d *docState) readAsCountry(key, regionCC string) bool {
	ents := d.art.Entities
	for i := range ents {
		e := &ents[i]
		if kb.Normalize(cleanName(e.Text)) != key || d.regionMarked(e) {
			continue
		}
		if k := d.tokenAt(e.Start) - 1; k >= 0 && (d.toks[k].norm == "neighbouring" || d.toks[k].norm == "neighboring") {
			return true
		}
		if d.possessiveOfNationalBody(e) {
			return true
		}
		for _, o := range []int{i - 1, i + 1} {
			if o < 0 || o >= len(ents) || ents[o].Sentence != e.Sentence {
				continue
			}
			a, b := &ents[o], e
			if o > i {
				a, b = e, &ents[o]
			}
			if gap := strings.TrimSpace(d.art.Text[a.End:b.Start]); gap != "," && gap != "and" && gap != "or" && gap != ", and" && gap != ", or" {
				continue
			}
			if l := d.entEnd[ents[o].End]; l != nil && l.typ == kb.TypeCountry && l.country != regionCC && kb.Normalize(cleanName(ents[o].Text)) != key {
				return true
			}
		}
	}
	return false
}

// possessiveOfNationalBody reports whether e is written as the owner of a
// body or office only a sovereign state has ("Niger's junta", "Georgia's
// foreign ministry", kb.NationalBodyAt): a region has none of them.
func (d *docState) possessiveOfNationalBody(e *model.Entity) bool {
	j := d.tokenAt(e.End)
	if possessiveEnd(e.Text) {
		j = d.tokenAt(e.Start)
		for j < len(d.toks) && d.toks[j].norm != "'s" {
			j++
		}
	}
	if j >= len(d.toks) || d.toks[j].norm != "'s" {
		return false
	}
	var words []string
	for k := j + 1; k < len(d.toks) && k <= j+3 && d.toks[k].norm != ""; k++ {
		words = append(words, d.toks[k].norm)
	}
	return len(words) > 0 && kb.NationalBodyAt(words)
}

// regionInContext picks, for a name that is a country and also a region of
// another country (Georgia), the region when the text says so: "the state
// of Georgia", a city of that country just before ("Atlanta, Georgia"), or
// a regional office after it ("Georgia Governor Brian Kemp").
func (d *docState) regionInContext(e *model.Entity, cands []*kb.Actor) *kb.Actor {
	if len(cands) < 2 || cands[0].Type != kb.TypeCountry {
		return nil
	}
	before := strings.ToLower(d.art.Text[max(0, e.Start-20):e.Start])
	var prevCountry string
	if e.Start >= 2 && d.art.Text[e.Start-2:e.Start] == ", " {
		if l, ok := d.entEnd[e.Start-2]; ok && l.typ == kb.TypePlace {
			prevCountry = l.country
		}
	}
	// "Georgia Governor Brian Kemp", "the Georgia legislature": offices
	// of a state or province, not of a country.
	regional := false
	if j := d.tokenAt(e.End); j < len(d.toks) {
		switch d.toks[j].norm {
		case "governor", "gov", "legislature", "statehouse":
			regional = true
		}
	}
	for _, a := range cands[1:] {
		if a.Type != kb.TypePlace || a.Country == cands[0].Country {
			continue
		}
		if strings.HasSuffix(before, "state of ") || strings.HasSuffix(before, "province of ") || prevCountry == a.Country || regional {
			return a
		}
	}
	return nil
}

// namesCountry reports whether an entity resolved so far is of country cc.
func (d *docState) namesCountry(cc string) bool {
	for _, l := range d.byID {
		if l.country == cc {
			return true
		}
	}
	return false
}

// inContext drops from cands, the actors the normalised name key of e may
// stand for, those that the name stands for only in context
// (kb.NeedsContext) when the article names no country of theirs and no
// state word goes with the mention.
func (d *docState) inContext(e *model.Entity, key string, cands []*kb.Actor) []*kb.Actor {
	if len(cands) == 0 || d.stateWord(e) {
		return cands
	}
	kept := cands[:0:0]
	for _, a := range cands {
		if !d.s.kb.NeedsContext(key, a.ID) || d.namesCountry(a.Country) || d.namesCountryAnywhere(a.Country) {
			kept = append(kept, a)
		}
	}
	return kept
}

// citySharingName returns the city of the normalised name key (kb.City)
// or, when the name is shared by cities of several countries
// (kb.CitiesNamed: "Kochi", Japan's and India's), the one of a country the
// article names (a mention resolved so far: "the INS Vikrant docked in
// Kochi", the Indian ship; or the country's name anywhere in the text),
// before the most populous.
func (d *docState) citySharingName(key string) (*kb.Actor, bool) {
	cities := d.s.kb.CitiesNamed(key)
	switch len(cities) {
	case 0:
		return nil, false
	case 1:
		return cities[0], true
	}
	for _, c := range cities {
		if d.mentionsCountry(c.Country) {
			return c, true
		}
	}
	return cities[0], true
}

// namedCountrysRegion returns the one region among cands of a country the
// article names (mentionsCountry) when city, the city of the same name,
// is of a country it does not name; nil otherwise, and when regions of
// two named countries bear the name (the text does not decide).
func (d *docState) namedCountrysRegion(city *kb.Actor, cands []*kb.Actor) *kb.Actor {
	if d.mentionsCountry(city.Country) {
		return nil
	}
	var found *kb.Actor
	for _, a := range cands {
		if a.Type != kb.TypePlace || a.Country == "" || a.Country == city.Country || !d.mentionsCountry(a.Country) {
			continue
		}
		if found != nil && found.Country != a.Country {
			return nil
		}
		if found == nil {
			found = a
		}
	}
	return found
}

// namedCountrysCity returns the city named key (kb.CitiesNamed) of a
// country the article names, by a mention resolved so far, its name or a
// nationality word anywhere in the text (mentionsCountry), when it names
// no country of cands, the other actors of that name (Libya's capital for
// "Tripoli" in a story on Lebanon); nil when it names both or neither.
func (d *docState) namedCountrysCity(key string, cands []*kb.Actor) *kb.Actor {
	cities := d.s.kb.CitiesNamed(key)
	if len(cities) < 2 {
		return nil
	}
	for _, a := range cands {
		cc := a.Country
		if a.Type == kb.TypeCountry {
			cc = a.ID
		}
		if cc != "" && d.mentionsCountry(cc) {
			return nil
		}
	}
	var found *kb.Actor
	for _, c := range cities {
		if d.mentionsCountry(c.Country) {
			if found != nil && found.Country != c.Country {
				return nil // two countries named: the text does not decide
			}
			if found == nil {
				found = c
			}
		}
	}
	return found
}

// mentionsCountry reports whether the article names the country cc: a
// mention resolved so far (the dateline's city among them), its name or a
// nationality word of it anywhere in the text.
func (d *docState) mentionsCountry(cc string) bool {
	return d.namesCountry(cc) || d.namesCountryAnywhere(cc) || d.namesByDemonym(cc)
}

// namesPlaceOf reports whether the tagger found a place of the country cc
// anywhere in the article, before or after the mention: a city of
// kb.City ("El Fasher") or a place the knowledge base lists under one
// name alone.
func (d *docState) namesPlaceOf(cc string) bool {
	for i := range d.art.Entities {
		e := &d.art.Entities[i]
		if e.Type != model.EntityGPE && e.Type != model.EntityLoc {
			continue
		}
		key := kb.Normalize(cleanName(e.Text))
		if a, ok := d.s.kb.City(key); ok && a.Country == cc {
			return true
		}
		if cands := d.s.kb.LookupNorm(key, d.date); len(cands) == 1 && cands[0].Type == kb.TypePlace && cands[0].Country == cc {
			return true
		}
	}
	return false
}

// namesByDemonym reports whether a word of the text is a nationality word
// of the country cc ("Lebanese"), wherever it stands.
func (d *docState) namesByDemonym(cc string) bool {
	if d.demonymCC == nil {
		d.demonymCC = map[string]bool{}
		for _, t := range d.toks {
			if t.norm == "" || !t.upper {
				continue
			}
			if c, ok := d.s.kb.DemonymNorm(t.norm); ok {
				d.demonymCC[c] = true
			}
		}
	}
	return d.demonymCC[cc]
}

// namesCountryAnywhere reports whether the article's text names the
// country cc anywhere, before or after the mention ("the Bay region of
// Somalia").
func (d *docState) namesCountryAnywhere(cc string) bool {
	a, ok := d.s.kb.Actor(cc)
	return ok && a.Type == kb.TypeCountry && d.lastIndex(a.Name) >= 0
}

// onlyTowns reports whether cands are all places below a country that are
// not capitals (a capital stands for its government: "Pyongyang said").
func onlyTowns(cands []*kb.Actor) bool {
	for _, a := range cands {
		if a.Type != kb.TypePlace || a.Capital {
			return false
		}
	}
	return len(cands) > 0
}

// shortForm links "Xi", "Moon", "Kim" or "Mr. Biden" to the most recent
// person seen earlier whose name contains all the words.
func (d *docState) shortForm(key string) *link {
	words := strings.Fields(key)
	for len(words) > 1 && honorific[words[0]] {
		words = words[1:]
	}
	if len(words) == 0 || len(words) > 3 {
		return nil
	}
	// Only the persons whose names hold a word of the key can hold them
	// all: look through the fewest, latest first.
	cands := d.personsWith[words[0]]
	for _, w := range words[1:] {
		if ps := d.personsWith[w]; len(ps) < len(cands) {
			cands = ps
		}
	}
	for i := len(cands) - 1; i >= 0; i-- {
		p := d.persons[cands[i]]
		if containsAll(p.words, words) {
			return p
		}
	}
	return nil
}

var honorific = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "miss": true, "sir": true, "madam": true, "comrade": true}

// personTitle are the words that, right before a name, say it is a
// person's: honorifics, and ranks and offices in their short forms.
var personTitle = wordSet("mr mrs ms mx miss messrs dr prof sir dame madam mme comrade monsieur herr frau " +
	"gen lt col maj capt sgt adm brig cpl cmdr rep sen gov pres president senator congressman congresswoman " +
	"mayor governor judge ambassador sheriff chancellor")

// titled reports whether a person's title stands right before off ("Mr.
// Houston", "Dr. Jordan").
func (d *docState) titled(off int) bool {
	i := d.tokenAt(off) - 1
	if i >= 1 && d.toks[i].norm == "" && d.art.Text[int(d.toks[i].start):int(d.toks[i].end)] == "." && int(d.toks[i].start) == int(d.toks[i-1].end) {
		i-- // the tokens keep "Dr." as "Dr" and "."
	}
	return i >= 0 && d.toks[i].upper && personTitle[d.toks[i].norm]
}

func containsAll(have, want []string) bool {
	if len(want) >= len(have) {
		return false
	}
	for _, w := range want {
		found := false
		for _, h := range have {
			if h == w {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// newPerson makes a document-level person for a name the knowledge base
// does not know, with country and sector from its title when there is one.
func (d *docState) newPerson(name string, t title) *link {
	// Drop a leading honorific so "Ms. Jane Doe" and "Jane Doe" agree.
	words := strings.Fields(kb.Normalize(name))
	for len(words) > 1 && honorific[words[0]] {
		words = words[1:]
	}
	id := "doc:person:" + strings.ReplaceAll(strings.ReplaceAll(strings.Join(words, "_"), "'", ""), " ", "_")
	if p, ok := d.personIDs[id]; ok {
		// A title given at a later mention ("Hamdullah Mohib" ...
		// "Afghan Ambassador Hamdullah Mohib") is the person's.
		if p.country == "" && p.sector == "" {
			p.country, p.sector = t.country, t.sector
		}
		return p
	}
	return &link{id: id, name: name, typ: kb.TypePerson, country: t.country, sector: t.sector}
}

// actors lists the distinct actors of the article in order of first mention,
// with mention counts.
func (d *docState) actors() []model.ActorRef {
	var out []model.ActorRef
	pos := map[string]int{}
	for _, e := range d.art.Entities {
		if e.ActorID == "" {
			continue
		}
		if i, ok := pos[e.ActorID]; ok {
			out[i].Mentions++
			continue
		}
		l := d.byID[e.ActorID]
		if l == nil {
			continue
		}
		pos[e.ActorID] = len(out)
		out = append(out, model.ActorRef{ID: l.id, Name: l.name, Type: d.actorType(l), Country: l.country, Sector: d.actorSector(l),
			QID: l.qid, Mentions: 1})
	}
	return out
}

// actorType is the type an actor is listed with: the knowledge base's for
// an actor it holds or makes up, whatever a mention's link was typed for
// the resolver's own use. A sector the knowledge base holds no body for
// is a stand-in role (kb.SectorActor: "KEN.GOV", "KEN.MIL"); a mention
// that names such a body ("the Kenyan embassy", "the Army said") links it
// as an organisation so that a description after it finds it (missionGovernment,
// homeForce), and the actor would otherwise be listed as an organisation
// or a role by which mention came first, and stored (the store keeps the
// first article's type) by which article came first.
func (d *docState) actorType(l *link) string {
	k := d.s.kb
	if a, ok := k.Actor(l.id); ok {
		return a.Type
	}
	if l.country != "" && l.sector != "" {
		if a, ok := k.SectorActor(l.country, l.sector); ok && a.ID == l.id {
			return a.Type
		}
	}
	return l.typ
}

// actorSector is the sector an actor has in its own right: a capital used
// for its government still lists the country without a sector; a person
// has the sector of the article's date (kb.SectorAt).
func (d *docState) actorSector(l *link) string {
	if a, ok := d.s.kb.Actor(l.id); ok {
		if sector := d.s.kb.SectorAt(a, d.date); sector != kb.SectorGovernment || !d.formerKB[l.id] {
			return sector
		}
		return ""
	}
	return l.sector
}

// dropWords removes the first n normalised words from name, keeping the rest
// as written: dropWords("South Korean President Jane Doe", 3) = "Jane Doe".
func dropWords(name string, n int) string {
	fields := strings.Fields(name)
	for i, f := range fields {
		if n <= 0 {
			return strings.Join(fields[i:], " ")
		}
		n -= len(strings.Fields(kb.Normalize(f)))
	}
	return name
}

func isUpperStart(s string) bool {
	for _, r := range s {
		return r >= 'A' && r <= 'Z' || r > 127 && unicode.IsUpper(r)
	}
	return false
}

// widenDemonyms joins to a nationality word the capitalised word the tagger
// left out before it when the two are one demonym or country: "South" +
// "Korean" is "South Korean" (KOR), which "Korean" alone does not say.
// Only a word right before (one space) and in no entity of its own.
func (d *docState) widenDemonyms(ents []model.Entity) {
	k := d.s.kb
	for i := range ents {
		e := &ents[i]
		switch e.Type {
		case model.EntityNORP, model.EntityGPE, model.EntityLoc, model.EntityMisc:
		default:
			continue
		}
		t := d.tokenAt(e.Start) - 1
		if t < 0 || !d.toks[t].upper || d.toks[t].norm == "" || int(d.toks[t].end)+1 != e.Start || d.art.Text[int(d.toks[t].end)] != ' ' {
			continue
		}
		if i > 0 && ents[i-1].End > int(d.toks[t].start) {
			continue
		}
		key := d.toks[t].norm + " " + kb.Normalize(cleanName(e.Text))
		_, ok := k.DemonymNorm(key)
		if !ok {
			for _, a := range k.LookupNorm(key, d.date) {
				ok = ok || a.Type == kb.TypeCountry
			}
		}
		if ok {
			e.Start = int(d.toks[t].start)
			e.Text = d.art.Text[e.Start:e.End]
		}
	}
}

// cutRoleHeads gives back to the role after it the lower-case words the
// tagger took into a name that begins with a nationality: in "the
// Philippine coast guard" it reads "Philippine coast" as one name, yet
// "coast guard" is the role and "Philippine" its country. The entity keeps
// the nationality alone, as a NORP, and the role finder reads the rest. A
// capitalised word ("Korean Air", "Philippine Coast Guard") is a name's and
// stays.
func (d *docState) cutRoleHeads(ents []model.Entity) {
	k := d.s.kb
	for i := range ents {
		e := &ents[i]
		if e.Type == model.EntityPerson || e.Type == model.EntityNORP {
			continue
		}
		first, last := d.tokenAt(e.Start), d.tokenAt(e.End)-1
		for n := 1; n <= 2 && first+n <= last; n++ {
			c := first + n // the first word after the nationality
			if !d.wordRun(first, last) || d.toks[c].upper {
				break
			}
			if _, ok := k.DemonymNorm(d.phrase(first, c-1)); !ok {
				continue
			}
			r, j, ok := d.roleStartingAt(c)
			if !ok || j <= last || r.Office != "" {
				break
			}
			e.End = int(d.toks[c-1].end)
			e.Text = d.art.Text[e.Start:e.End]
			e.Type = model.EntityNORP
			break
		}
	}
}

// nameGoesOn says a capitalised word follows the mention right after one
// space: the tagger cut a longer name ("Korean" of "Korean War", "Korean
// Air", "Korean Peninsula"), which is no nationality.
func (d *docState) nameGoesOn(e *model.Entity) bool {
	t := d.tokenAt(e.End)
	return t < len(d.toks) && d.toks[t].upper && d.toks[t].norm != "" && int(d.toks[t].start) == e.End+1
}

// korea is the country an unqualified "Korean" names in this article: South
// Korea, as in most news ("Korean exporters", "a Korean court"), unless the
// article is about North Korea alone; in an article about both it is
// either (or the peninsula: "Korean reunification") and names none.
func (d *docState) korea() (string, bool) {
	north := d.lastIndex("North Korea") >= 0 || d.lastIndex("Pyongyang") >= 0 || d.lastIndex("DPRK") >= 0
	south := d.lastIndex("South Korea") >= 0 || d.lastIndex("Seoul") >= 0
	switch {
	case north && south:
		return "", false
	case north:
		return "PRK", true
	}
	return "KOR", true
}

// directions are the words that tell countries of one name apart.
var directions = map[string]bool{"north": true, "south": true, "east": true, "west": true}

// sharedName resolves a lone direction coordinated with a direction and a
// name ("North" of "North and South Korea") as that name with its own
// direction, when that is a country or a demonym.
func (d *docState) sharedName(e *model.Entity, key string) *link {
	if !directions[key] {
		return nil
	}
	t := d.tokenAt(e.End)
	if t+1 >= len(d.toks) || d.toks[t].norm != "and" && d.toks[t].norm != "or" {
		return nil
	}
	next, ok := d.entStartTok[t+1]
	if !ok {
		return nil
	}
	words := strings.Fields(kb.Normalize(cleanName(next.Text)))
	if len(words) < 2 || !directions[words[0]] || words[0] == key {
		return nil
	}
	name := key + " " + strings.Join(words[1:], " ")
	k := d.s.kb
	if c, ok := k.DemonymNorm(name); ok {
		if a, ok := k.Actor(c); ok {
			return d.fromKB(e, a)
		}
	}
	for _, a := range k.LookupNorm(name, d.date) {
		if a.Type == kb.TypeCountry {
			return d.fromKB(e, a)
		}
	}
	return nil
}

// orgSays are the verbs after an organisation's name that show it acts as
// one: "Huawei said", "Acme announced".
var orgSays = wordSet("said says announced announces reported reports denied denies confirmed confirms told added " +
	"declined warned stated")

// orgEvidence says the article shows a one-word name the tagger calls an
// organisation is one, beyond one tag: the tagger calls it so at least
// twice, a verb of saying follows it ("Huawei said"), or a definite
// description of a business follows within its sentence or the next ("...
// Huawei ... the company said"). A lone tag on a capitalised word is too
// often a person's or a place's name to give it an actor.
func (d *docState) orgEvidence(e *model.Entity, key string) bool {
	if !isUpperStart(e.Text) || len([]rune(key)) < 3 {
		return false
	}
	if e.Sector == kb.SectorMedia {
		return true // the tagger read it as an outlet: "told the Hill"
	}
	// "the offices of The Citizen": inside a sentence only a name's own
	// article is written with a capital, in the span or right before it
	// (nlp's theOrgNames). At a sentence's start, or after a quotation
	// mark or a dash, any "The" has its capital.
	s := d.tokenAt(e.Start)
	if strings.HasPrefix(e.Text, "The ") {
		s++
	}
	if s >= 2 && d.art.Text[int(d.toks[s-1].start):int(d.toks[s-1].end)] == "The" && (d.toks[s-2].norm != "" || d.punct(s-2) == ",") {
		return true
	}
	if d.orgCount[key] >= 2 || d.isBodyAcronym(e) || d.companyCue(e) {
		// isBodyAcronym: "France's intelligence directorate DGSI", the
		// body noun says what the name is.
		return true
	}
	t := d.tokenAt(e.End)
	if t < len(d.toks) && orgSays[d.toks[t].norm] || d.bodyAppositive(t) {
		return true
	}
	ends := 0
	for k := t; k+1 < len(d.toks) && k-t < 60; k++ {
		if d.sentenceEnd(k) {
			if ends++; ends == 2 {
				break
			}
			continue
		}
		if d.toks[k].norm != "the" {
			continue
		}
		if r, ok := d.s.kb.RoleNorm(d.toks[k+1].norm); ok && r.Sector == kb.SectorBusiness && r.Office == "" {
			return true
		}
	}
	return false
}

// appositiveBodyHeads end an appositive that says what kind of body the name before
// it is: "Gavi, the vaccine alliance,". The tagger's rule (nlp's
// orgAppositive) retypes such a name; the same words are its evidence here.
var appositiveBodyHeads = wordSet("alliance agency organisation organization group company firm body charity coalition " +
	"association federation foundation consortium regulator watchdog lender insurer carrier airline broadcaster " +
	"conglomerate cooperative")

// bodyAppositiveStops end an appositive before its head: "the head of the
// agency" describes a person.
var bodyAppositiveStops = wordSet("of for in at on to from by with as and or but who whom whose which that " +
	"he she his her him they their them it its we our s")

// bodyAppositive reports whether the tokens from t are ", the/a ... HEAD"
// with HEAD in appositiveBodyHeads, at most four words between, and punctuation (or
// the text's end) after the head.
func (d *docState) bodyAppositive(t int) bool {
	if t+2 >= len(d.toks) || d.toks[t].norm != "" || d.art.Text[int(d.toks[t].start):int(d.toks[t].end)] != "," {
		return false
	}
	switch d.toks[t+1].norm {
	case "the", "a", "an":
	default:
		return false
	}
	for k := t + 2; k < len(d.toks) && k <= t+6; k++ {
		n := d.toks[k].norm
		if n == "" || bodyAppositiveStops[n] {
			return false
		}
		if appositiveBodyHeads[n] {
			return k+1 == len(d.toks) || d.toks[k+1].norm == ""
		}
	}
	return false
}

// companyAfter are words that, after a name (or its "'s"), show it names a
// company: "Ford's plant", "Ford shares", "Ford workers". Not "plants":
// "the Amazon's plants" are the forest's.
var companyAfter = wordSet(`shares stock stocks shareholders shareholder chairman chairwoman ceo executive executives
	subsidiary subsidiaries division plant factory factories headquarters board stake stakes
	revenue revenues profit profits earnings workers employees dealers dealership dealerships brand brands
	vehicles cars trucks models products stores warehouse warehouses`)

// evidenceName resolves a one-word name that stands for a company only
// where the text shows a company is meant (kb.EvidenceName: "Ford" is a
// family name as often as the carmaker). The evidence: a word for a company
// right before it ("carmaker Ford", "rival automaker Ford"); a word of a
// company's after it ("Ford's plant", "Ford shares"); the company's full
// name anywhere in the article ("Ford Motor"); another known company in
// the same sentence ("GM sued Ford", "Ford and General Motors"); or a
// mention of the company before it in the article. A person of that name
// the article has named ("Harrison Ford ... Ford said") keeps it, and a
// name with a first name or a personal title is a person's ("Gerald Ford",
// "Mr Ford").
func (d *docState) evidenceName(e *model.Entity, key string) *link {
	a, ok := d.s.kb.EvidenceName(key)
	if !ok || !isUpperStart(cleanName(e.Text)) {
		return nil
	}
	if len(d.personsWith[key]) > 0 {
		return nil
	}
	if d.theRegion(e) {
		return nil
	}
	if l, ok := d.byID[a.ID]; ok {
		return l
	}
	i := d.tokenAt(e.Start) - 1
	if i >= 0 {
		if r, ok := d.s.kb.RoleNorm(d.toks[i].norm); ok {
			if r.Sector != kb.SectorBusiness || !r.Group {
				return nil // "President Ford", "Senator Ford", "actor Ford"
			}
			return fromActor(a)
		}
		if _, ok := shortTitles[d.toks[i].norm]; ok && d.toks[i].upper {
			return nil // "Mr Ford", "Sen. Ford"
		}
	}
	j := d.tokenAt(e.End)
	if j < len(d.toks) && d.toks[j].norm == "'s" {
		j++
	}
	if j < len(d.toks) && companyAfter[d.toks[j].norm] {
		return fromActor(a)
	}
	for _, al := range append([]string{a.Name}, a.Aliases...) {
		if strings.Contains(al, " ") && strings.Contains(d.art.Text, al) {
			return fromActor(a)
		}
	}
	for _, o := range d.art.Entities {
		if o.Sentence != e.Sentence || o.Start == e.Start {
			continue
		}
		if as := d.s.kb.LookupNorm(kb.Normalize(cleanName(o.Text)), d.date); len(as) > 0 && as[0].Type == kb.TypeOrganisation && as[0].Sector == kb.SectorBusiness {
			return fromActor(a)
		}
	}
	return nil
}

// officeHolder returns who held the office in country on the article's
// date, for a role named with no name ("the Chinese president", "the
// French and German foreign ministers"). Only an article whose date is
// known says who that was: an undated one may be years old, and today's
// holder is a guess, so the role stays the office's body (its
// government).
func (d *docState) officeHolder(country, office string) (*kb.Actor, bool) {
	if !d.dated {
		return nil, false
	}
	return d.s.kb.Holder(country, office, d.date)
}

// outgoingHolder returns who "the outgoing president" of a country is at
// the article's date (kb.OutgoingHolder): the one leaving before a
// handover, and the one who left on the day of a handover and the days
// right after it, when the knowledge base already names his successor.
func (d *docState) outgoingHolder(country, office string) (*kb.Actor, bool) {
	if !d.dated {
		return nil, false
	}
	return d.s.kb.OutgoingHolder(country, office, d.date)
}

// placeWords are the prepositions of place ("near Sake"); with the verbs
// of capture ("seized Goma", "overran Kidal") they take a place as their
// object.
var placeWords = map[string]bool{
	"in": true, "near": true, "outside": true, "around": true, "into": true, "toward": true, "towards": true,
}

// captureWords are the verbs of capture among placeWords, with those of
// holding a town taken ("M23 rebels who control Goma", "fighters who hold
// Kidal", "took Bunia"), in the forms a relative clause or a report uses.
var captureWords = map[string]bool{
	"seized": true, "captured": true, "recaptured": true, "retook": true, "overran": true, "stormed": true,
	"besieged": true, "shelled": true, "bombed": true, "entered": true, "encircled": true,
	"seize": true, "seizes": true, "capture": true, "captures": true, "overrun": true, "overruns": true,
	"took": true, "taken": true, "occupied": true, "occupy": true, "occupies": true,
	"control": true, "controls": true, "controlled": true, "hold": true, "holds": true, "held": true,
}

// placeSlot says whether the word right before entity e takes a place: a
// preposition of place or a verb of capture.
func (d *docState) placeSlot(e *model.Entity) bool {
	i := d.tokenAt(e.Start) - 1
	return i >= 0 && (placeWords[d.toks[i].norm] || captureWords[d.toks[i].norm])
}

// captureSlot says whether the word right before entity e is a verb of
// capture ("seized Goma", "shelled Kharkiv"): its object is a place.
func (d *docState) captureSlot(e *model.Entity) bool {
	i := d.tokenAt(e.Start) - 1
	return i >= 0 && captureWords[d.toks[i].norm]
}

// commonDivisionWords are the words news puts after the name of a
// first-level region of any country ("Borno State", "Aleppo province", "the
// Kursk region", "Donetsk Oblast"). Outlets use them interchangeably, so any
// of them finds the region under the form the knowledge base lists
// ("Aleppo Governorate", "Kursk Oblast").
var commonDivisionWords = []string{"state", "province", "region", "oblast", "governorate", "department", "krai"}

// divisionWordsOf lists the division words the resolver reads: the common
// ones, then the knowledge base's (data/region_kinds.tsv: "division",
// "county", "district"). A word of the knowledge base that is not a common
// one marks only the regions of the countries that call theirs so
// (divisionWordFits): "Kisumu County" is Kenya's county, while "Washington
// County" or "Kent County" is no U.S. state or English county.
func divisionWordsOf(k *kb.KB) []string {
	words := slices.Clone(commonDivisionWords)
	for _, w := range k.DivisionKinds() {
		if !slices.Contains(words, w) {
			words = append(words, w)
		}
	}
	return words
}

// divisionWordFits reports whether the division word w can mark region a:
// a common word marks any region, another only those of a country whose
// regions go by it.
func (d *docState) divisionWordFits(w string, a *kb.Actor) bool {
	return slices.Contains(commonDivisionWords, w) || d.s.kb.DivisionKind(a.Country) == w
}

// divisionNamed resolves a place name marked by a division word, inside the
// mention ("Borno State", the tagger's span) or right after it ("the Kursk
// region of Russia", "Aleppo province on Monday"), to the first-level
// region of that name: the word says the region is meant, not the city or
// the people of the name ("Kursk" alone stays the city, "Somali" the
// people). A division word that begins a noun phrase ("Niger state
// television") marks nothing. A name kb.NeedsContext gates ("Delta",
// "Gulf") passes with "state" or "province" only: "the Gulf region" is the
// Persian Gulf. Nil when no region has the name.
//
// A mention the tagger calls an organisation ("Borno State" before
// "Governor", where the state is the governor's body) is the region only
// when its division word is inside it, is the word its country calls its
// regions by (data/region_kinds.tsv), the region is of the dateline's
// country and a government or police office follows (stateOfficeAfter):
// "Ohio State" alone is a university.
func (d *docState) divisionNamed(e *model.Entity, key string) *link {
	org := e.Type == model.EntityOrg
	if e.Type != model.EntityGPE && e.Type != model.EntityLoc && e.Type != model.EntityNORP && !org {
		return nil
	}
	base, word := "", ""
	divisionWords := d.s.divisionWords
	if b, w, ok := cutLast(key); ok && slices.Contains(divisionWords, w) {
		if len(d.s.kb.LookupNorm(key, d.date)) > 0 {
			return nil // a name of its own ("New York State"): the usual way
		}
		base, word = b, w
	} else if j := d.tokenAt(e.End); !org && j < len(d.toks) && slices.Contains(divisionWords, d.toks[j].norm) && d.markerEnds(j) {
		base, word = key, d.toks[j].norm
	}
	if base == "" {
		return nil
	}
	home := ""
	if org {
		if home = d.datelineCountry(); home == "" || !d.stateOfficeAfter(e) {
			return nil
		}
	}
	keys := []string{base}
	for _, w := range divisionWords {
		keys = append(keys, base+" "+w)
	}
	var found *kb.Actor
	several := false
	for _, k := range keys {
		for _, a := range d.s.kb.LookupNorm(k, d.date) {
			if !firstLevelRegion(a) || !d.divisionWordFits(word, a) {
				continue
			}
			if org && (a.Country != home || d.s.kb.DivisionKind(a.Country) != word) {
				continue
			}
			if d.s.kb.NeedsContext(k, a.ID) && word != "state" && word != "province" && !d.namesCountryAnywhere(a.Country) {
				continue
			}
			if found == nil {
				found = a
				continue
			}
			several = several || a.Country != found.Country
			// Regions of two countries with the name ("Punjab
			// province": Pakistan's and India's): the one of the
			// country the text places the mention in, as for a bare
			// name (regionOfPlacedCountry).
			if a.Country != found.Country && (d.commaCountry(e) == a.Country || d.datelineCountry() == a.Country || d.ownerCountry(e) == a.Country) {
				found = a
				break
			}
		}
	}
	if found == nil {
		return nil
	}
	if e.Type == model.EntityNORP || org {
		e.Type = model.EntityGPE
	}
	d.noteSharedRegion(e, found, several)
	return d.fromKB(e, found)
}

// stateOfficeAfter reports whether the word right after the mention is a
// government or police role ("Borno State Governor", "the Borno State
// government", "Lagos State police"): the organisation is then the state
// that holds the office, where "Ohio State" alone or "Ohio State coach" is
// the university.
func (d *docState) stateOfficeAfter(e *model.Entity) bool {
	j := d.tokenAt(e.End)
	if j >= len(d.toks) {
		return false
	}
	r, ok := d.s.kb.RoleNorm(d.toks[j].norm)
	return ok && (r.Sector == "government" || r.Sector == "police")
}

// markerEnds reports whether the division word at token j ends the noun
// phrase, as regionMarked asks of "state": "in Niger state." but not
// "Niger state television".
func (d *docState) markerEnds(j int) bool {
	if j+1 >= len(d.toks) || d.toks[j+1].norm == "" {
		return true
	}
	p := d.posAt(int(d.toks[j+1].start))
	if p == "" {
		// Untagged text: a capitalised or lower-case word after the
		// division word may be the noun it modifies; only a function word
		// ends it.
		return glue[d.toks[j+1].norm] || determiners[d.toks[j+1].norm]
	}
	return !strings.HasPrefix(p, "NN") && !strings.HasPrefix(p, "JJ")
}

// firstLevelRegion reports whether a is a province, state or other
// first-level region of data/regions.tsv ("place:NGA-BO"), not a capital
// ("place:SYC:victoria"), a city or a curated place.
func firstLevelRegion(a *kb.Actor) bool {
	id, ok := strings.CutPrefix(a.ID, "place:")
	return ok && a.Type == kb.TypePlace && len(id) > 4 && id[3] == '-'
}

// cutLast splits the last word off a normalised name.
func cutLast(key string) (string, string, bool) {
	i := strings.LastIndexByte(key, ' ')
	if i < 0 {
		return "", "", false
	}
	return key[:i], key[i+1:], true
}

// surnameCountries returns the countries and international bodies the
// article names by anything but a person's name: a country, a demonym, a
// capital or another place of the country, a body, its dateline. It is the
// evidence of kb.LoneSurname that a lone family name is an office
// holder's ("Paz" in a story from La Paz), read once per article.
func (d *docState) surnameCountries() map[string]bool {
	if d.surnameCC != nil {
		return d.surnameCC
	}
	k := d.s.kb
	d.surnameCC = map[string]bool{}
	for _, e := range d.art.Entities {
		if e.Type == model.EntityPerson || e.Type == EntityRole {
			continue
		}
		key := kb.Normalize(cleanName(e.Text))
		if key == "" {
			continue
		}
		if c, ok := k.DemonymNorm(key); ok {
			d.surnameCC[c] = true
		}
		for _, a := range k.LookupNorm(key, d.date) {
			if a.Type != kb.TypePerson && a.Country != "" && !k.NeedsContext(key, a.ID) {
				d.surnameCC[a.Country] = true
			}
		}
	}
	return d.surnameCC
}

// otherThanOutlet reports whether e, an organisation the tagger read as a
// news medium's ("told radio station RPP", "the newspaper Nation"), has a
// name the knowledge base holds only for actors of other sectors: the word
// before says what the name is, so Nepal's Rastriya Prajatantra Party is
// not meant by Peru's radio station RPP.
func (d *docState) otherThanOutlet(e *model.Entity, key string) bool {
	if e.Type != model.EntityOrg || e.Sector != kb.SectorMedia {
		return false
	}
	cands := d.s.kb.LookupNorm(key, d.date)
	return len(cands) > 0 && !slices.ContainsFunc(cands, func(a *kb.Actor) bool { return a.Sector == kb.SectorMedia })
}
