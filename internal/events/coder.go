package events

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/nlp/clusters"
	"github.com/newsgraph/newsgraph/internal/nlp/timex"
	"github.com/newsgraph/newsgraph/internal/pipeline"
)

// Coder turns sentences into events. It is read-only after New and safe for
// concurrent use.
type Coder struct {
	pats  *Patterns
	cameo CAMEOTable
	kb    *kb.KB
	// places tells a city's name from a word of the same spelling, for
	// cities the tagger leaves untagged (see untaggedCity).
	places *clusters.PlaceWords
}

// Config says where the coder's data comes from.
type Config struct {
	// PatternDirs are user directories of extra pattern files (*.txt),
	// read after the built-in ones.
	PatternDirs []string
	// KB is the actor knowledge base; nil loads the built-in one.
	KB *kb.KB
}

// New loads the patterns, the CAMEO table and the knowledge base.
func New(cfg Config) (*Coder, error) {
	ps, err := LoadPatterns(cfg.PatternDirs...)
	if err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	t, err := LoadCAMEO()
	if err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	k := cfg.KB
	if k == nil {
		if k, err = kb.Load(); err != nil {
			return nil, fmt.Errorf("events: knowledge base: %w", err)
		}
	}
	cl, err := clusters.Default()
	if err != nil {
		return nil, fmt.Errorf("events: word clusters: %w", err)
	}
	return assemble(ps, t, k, newPlaceWords(k, cl))
}

// assemble checks every pattern's CAMEO codes against the table and builds
// the coder from data already loaded. It is apart from New so that a caller
// that swaps only the patterns (the pattern-file fuzz target) need not
// reload the table or rebuild the place words, which cost far more than
// the patterns themselves.
func assemble(ps *Patterns, t CAMEOTable, k *kb.KB, places *clusters.PlaceWords) (*Coder, error) {
	for _, p := range ps.All {
		if _, ok := t.Lookup(p.CAMEO); !ok {
			return nil, fmt.Errorf("events: %s: unknown CAMEO code %q", p.Rule, p.CAMEO)
		}
		if p.IntransCAMEO != "" {
			if _, ok := t.Lookup(p.IntransCAMEO); !ok {
				return nil, fmt.Errorf("events: %s: unknown CAMEO code %q", p.Rule, p.IntransCAMEO)
			}
		}
		if p.CourtCAMEO != "" {
			if _, ok := t.Lookup(p.CourtCAMEO); !ok {
				return nil, fmt.Errorf("events: %s: unknown CAMEO code %q", p.Rule, p.CourtCAMEO)
			}
		}
		if p.PartnerCAMEO != "" {
			if _, ok := t.Lookup(p.PartnerCAMEO); !ok {
				return nil, fmt.Errorf("events: %s: unknown CAMEO code %q", p.Rule, p.PartnerCAMEO)
			}
		}
	}
	return &Coder{pats: ps, cameo: t, kb: k, places: places}, nil
}

// tok is a token with what the coder needs of it.
type tok struct {
	text, low  string
	start, end int
	pos        string
	// report is, for a token of a report told to someone ("told
	// parliament troops would be withdrawn"), one more than the index of
	// the report's first token; 0 elsewhere. See markToldReports.
	report int
}

// articleState is what the coder remembers across the sentences of one
// article.
type articleState struct {
	surnames map[string]mention
	// meetingOffices: the plural heads ("ministers") of offices a state
	// fills once whose holders the article has told meeting one another
	// ("The foreign ministers met in Geneva"), for a bare "the
	// ministers" meeting again later on.
	meetingOffices map[string]bool
	// pairOffices: the plural heads of offices a state fills once whose
	// holders from two named states the article has told meeting ("The
	// foreign ministers of South Africa and Kenya met"), for a bare "the
	// ministers" meeting again later on: they are that pair.
	pairOffices map[string]bool
	// bodies: the international bodies named so far by the head noun of
	// their name ("council" for the UN Security Council), for "the
	// council" later on.
	bodies map[string]mention
	// peopleOf: the plural nouns a demonym has modified so far ("two
	// Chinese engineers"), for "the engineers" later; a mention with no
	// country marks a noun seen with several countries' demonyms.
	peopleOf  map[string]mention
	countries map[string]bool // countries named so far, for "the North" and "the South"
	// named: the countries and bodies the whole article names by a
	// non-person entity the resolver placed, and its dateline's: the
	// evidence a lone family name needs to be an office holder's (see
	// kb.LoneSurname).
	named map[string]bool
	// dateline: the country of the place a wire dateline names ("NAIROBI
	// (Wire) -"), where the story was filed; "" when there is none.
	dateline string
	// hub: the dateline is a regional wire hub's (see hubCities), and
	// about the state such a story names most: the hub's own when the
	// text after the dateline names it at least as often as any other,
	// else the other state it names most (see venueHome); "" without a
	// hub dateline or when two others tie.
	hub   bool
	about string
	// home: the country the article is set in, whose bare "the
	// government" and "the army" a story means: the dateline's, unless the
	// article names another country more often (a story filed from the
	// mediator's capital about Sudan's war names Sudan throughout), as
	// the resolver's homeCountry reads it; "" without a dateline.
	home string
	// opposition: the country whose government the article names beside
	// the opposition (see pairedOpposition), whose the bare opposition
	// is in every sentence naming no country; "" when none is.
	opposition string
	// scene: the one country the article's sentences have named so far,
	// by a country's or a place's name (see noteScene); "-" once two
	// have been named, "" before any.
	scene string
	// rebellion: the country of the rebels named last with one, for
	// rebels named later with none (see noteRebellion).
	rebellion string
	// disaster: the country a natural disaster struck, from the latest
	// sentence naming a hazard ("earthquake", "floods") and one country;
	// nil before any. Aid sent with no recipient named goes there
	// ("Spain sent 80 rescuers" after "An earthquake struck Morocco").
	disaster string
	// hazard: a sentence has named a natural disaster, wherever it
	// struck: bare teams sent after it are relief (pattern option
	// disaster) even when disaster names no country.
	hazard bool
	// missionHost: the country of the latest field mission named with
	// its place ("a peacekeeping mission in Haiti"), for "the mission"
	// in a later sentence; nil before any.
	missionHost *mention
	lastActor   *mention // subject of the latest event, for pronouns
	// lastSubject is the subject of the latest sentence's main clause,
	// nil when it named no actor there: the first choice for a pronoun
	// subject in the next sentence (see mainSubject).
	lastSubject *mention
	// lastPerson is the first person named in the latest sentence that
	// named one, for "he" and "she" when no event gave a subject.
	lastPerson *mention
	lastDate   *model.TimeExpr
	lastPara   int
	events     []*draft
	ref        time.Time
	hasRef     bool
	quotes     quoteIndex
	sports     bool       // the article reads as a sports report (model.Article.Sports)
	sportsNear []bool     // by sentence position: sport told near it (see sportsContext)
	sentPos    int        // position in the article's sentences of the one being coded
	pair       [2]mention // see notePair
	hasPair    bool
	statePair  [2]mention // the last two states named, for "the two countries" (see notePair)
	hasStates  bool
	// stateGroups keeps, by their number (3 to 5), the states the last
	// sentence naming exactly that many named, for "the three countries"
	// (see noteStateGroup).
	stateGroups map[int][]mention
	paragraph   int
	prevDated   bool
	prevVerb    int // first verb trigger coded in the current sentence, -1 if none
	// byKey indexes events[:keyed] by type, source and target, which add
	// and attachDefinite require an earlier event to share, so that one
	// more mention is not compared with every event of the article.
	byKey map[mergeKey][]*draft
	keyed int
}

// notePair remembers the last two actors of different countries a
// sentence names, persons or countries ("Biden spoke with Xi"), for a later
// "the two leaders" (see pairWords). A sentence naming fewer than two
// countries keeps the pair before it.
//
// "The two countries" are the last two states named, even when a person of
// another country was named since ("Pashinyan said the Russian-led
// alliance did not send troops. The two countries fought a war in 2020"):
// statePair keeps them. A country named in an authoring compound
// ("Russian-led", "U.S.-brokered") leads or made something and is no
// party to a pair.
//
// Two parties named together ("China and Japan held talks", "talks between
// Kyiv and Moscow", "U.S.-China talks") are the pair the sentence is about,
// and win over a third party named after them: in "China and Japan held
// talks in Beijing, a French diplomat said" or "... after China and Japan
// held talks in Beijing" the diplomat speaks of the pair and Beijing hosts
// it; neither is one of "the two countries".
func (st *articleState) notePair(toks []tok, ms []mention) {
	var parties []mention
	for _, m := range ms {
		// A country's armed rebels or opposition, named as a group, are
		// a party to talks with its government (see kb.PairSide).
		challenger := m.kind == "organisation" && (m.sector == kb.SectorRebel || m.sector == kb.SectorOpposition)
		if m.country == "" || m.borrowed || len(m.pair) > 0 || !(countryLevel(m.kind) || m.kind == "person" || challenger) {
			continue
		}
		if m.kind == "demonym" && authoredBy(tok{low: strings.ToLower(m.text)}) != "" {
			continue
		}
		parties = append(parties, m)
	}
	// kb.LastPair is the rule the resolver reads "the two sides" with too.
	pairOf := func(a, b int) [2]mention {
		p := [2]mention{parties[a], parties[b]}
		for k := range p {
			p[k].i, p[k].j = -1, -1
		}
		return p
	}
	side := func(k int) string { return kb.PairSide(parties[k].country, parties[k].sector) }
	if a, b, ok := kb.LastPair(len(parties), side); ok {
		st.pair = pairOf(a, b)
		st.hasPair = true
	}
	state := func(k int) string {
		if !countryLevel(parties[k].kind) {
			return ""
		}
		return parties[k].country
	}
	if a, b, ok := kb.LastPair(len(parties), state); ok {
		st.statePair = pairOf(a, b)
		st.hasStates = true
	}
	if a, b, ok := coordinatedPair(toks, parties, side); ok {
		st.pair = pairOf(a, b)
		st.hasPair = true
	}
	if a, b, ok := coordinatedPair(toks, parties, state); ok {
		st.statePair = pairOf(a, b)
		st.hasStates = true
	}
	st.noteStateGroup(parties, state)
	// "Police clashed with protesters in Nairobi. Both sides blamed
	// each other": after a clash the sides are the two who clashed,
	// whatever parties the sentence also named (see clashers).
	if a, b, ok := clashers(toks, ms, len(toks)); ok {
		st.pair = [2]mention{a, b}
		st.hasPair = true
	}
}

// noteStateGroup remembers the states a sentence names when they are three
// to five different ones ("Egypt, Sudan and Ethiopia resumed talks"), for
// a later "the three countries" (see groupPhrase): a count of countries
// refers back to the last sentence that named exactly that many, as "the
// two countries" does to the last two. Each state counts once, at its
// first mention.
func (st *articleState) noteStateGroup(parties []mention, state func(k int) string) {
	var group []mention
	seen := map[string]bool{}
	for k, m := range parties {
		c := state(k)
		if c == "" || seen[c] {
			continue
		}
		seen[c] = true
		m.i, m.j = -1, -1
		group = append(group, m)
	}
	if len(group) < minGroupCount || len(group) > maxGroupCount {
		return
	}
	if st.stateGroups == nil {
		st.stateGroups = map[int][]mention{}
	}
	st.stateGroups[len(group)] = group
}

// coordinatedPair returns the last two parties of different countries
// (country(k) gives a state's, "" for none) joined by "and" or a hyphen
// with nothing else between them: "China and Japan", "between Kyiv and
// Moscow", "U.S.-China".
func coordinatedPair(toks []tok, parties []mention, country func(k int) string) (a, b int, ok bool) {
	for k := len(parties) - 1; k >= 1; k-- {
		x, y := parties[k-1], parties[k]
		cx, cy := country(k-1), country(k)
		if cx == "" || cy == "" || cx == cy || x.j < 0 || y.i < 0 || x.j > y.i || y.i > len(toks) {
			continue
		}
		between := toks[x.j:y.i]
		if len(between) == 1 && (between[0].low == "and" || between[0].low == "-") || len(between) == 0 {
			return k - 1, k, true
		}
	}
	return 0, 0, false
}

// sameKey returns the events of the type, source and target in the order
// they were added. Events are only ever appended to st.events and their
// keys never change: those appended since the last call are indexed here.
func (st *articleState) sameKey(typ, src, tgt string) []*draft {
	if st.byKey == nil {
		st.byKey = map[mergeKey][]*draft{}
	}
	for ; st.keyed < len(st.events); st.keyed++ {
		o := st.events[st.keyed]
		k := mergeKey{o.ev.Type, o.srcKey, o.tgtKey}
		st.byKey[k] = append(st.byKey[k], o)
	}
	return st.byKey[mergeKey{typ, src, tgt}]
}

// draft is an event being built, with the pieces the merge step needs.
type draft struct {
	ev       model.Event
	srcKey   string
	tgtKey   string
	dateEnd  string
	nominal  bool
	definite bool
	// atSeat: the act was told at a government building whose country
	// the sentence does not give ("at the foreign ministry"), the home
	// country's.
	atSeat bool
	// others: the target is borrowed from the object of the verb before
	// "and" for a bare count ("killed five soldiers and wounded 12"): the
	// count is other members of that group, so the act is not the first
	// verb's told again (see elidedObject).
	others bool
	// told holds the (sentence, trigger) of ev.Evidence[:toldN], for add's
	// test that a mention is already evidence (scanning all the evidence of
	// an event told a thousand times made add quadratic).
	told  map[toldKey]bool
	toldN int
}

type mergeKey struct{ typ, src, tgt string }

type toldKey struct {
	sentence int
	trigger  string
}

// hasEvidence says whether a mention in the sentence with the trigger is
// already among the event's evidence. Evidence is only ever appended to,
// so the entries appended since the last call are indexed here.
func (d *draft) hasEvidence(sentence int, trigger string) bool {
	if d.told == nil {
		d.told = map[toldKey]bool{}
	}
	for ; d.toldN < len(d.ev.Evidence); d.toldN++ {
		e := d.ev.Evidence[d.toldN]
		d.told[toldKey{e.Sentence, e.Trigger}] = true
	}
	return d.told[toldKey{sentence, trigger}]
}

// hasSentence says whether the draft has evidence in a sentence. Sentences
// are coded in order, so a mention in it is the latest evidence.
func (d *draft) hasSentence(sentence int) bool {
	n := len(d.ev.Evidence)
	return n > 0 && d.ev.Evidence[n-1].Sentence == sentence
}

// Code codes the events of an article. Sentences, entities and dates are
// used when upstream stages filled them; otherwise the coder splits and
// tokenises itself and finds dates with timex.
func (c *Coder) Code(a *model.Article, ref time.Time, sents []model.Sentence) []model.Event {
	evs, _ := c.CodeContext(context.Background(), a, ref, sents)
	return evs
}

// CodeContext is Code, stopping with an error wrapping ctx's when ctx is
// done: it looks at ctx every few sentences (pipeline.Stopped), so a
// cancelled request stops the coding of a long text, not only the wait.
func (c *Coder) CodeContext(ctx context.Context, a *model.Article, ref time.Time, sents []model.Sentence) ([]model.Event, error) {
	st := &articleState{surnames: map[string]mention{}, countries: map[string]bool{}, ref: ref, hasRef: !ref.IsZero(), quotes: newQuoteIndex(a.Quotes), lastPara: -1, sports: a.Sports}
	if st.sports {
		st.sportsNear = sportsNearby(sents)
	}
	// Each sentence's entities and dates are windows on the article's
	// lists, not copies of them (see sentenceEntities).
	entsBy := newSentenceEntities(a.Text, a.Entities)
	dates := a.Dates
	if dates == nil {
		// Without the timex stage's dates (it leaves an empty list, not
		// nil, when it found none), find them as it does: over
		// the whole text, so that a sentence's yearless dates take the
		// story's year and "the following day" counts from the day
		// before. On a cancelled ctx the dates found so far are
		// dropped along with the rest.
		var err error
		dates, err = timex.Dates(ctx, a.Text, sents, ref, nil)
		if err != nil {
			return nil, fmt.Errorf("dates: %w", err)
		}
	}
	datesBy := newSentenceDates(dates)
	// A wire dateline ("KYIV (Wire) - ") says where the story was filed and
	// by whom; its names are no participants.
	dateline := extract.ArticleDatelineLen(a)
	var datelineAt model.Entity
	for _, e := range a.Entities {
		if e.End <= dateline && e.Country != "" && (e.Type == model.EntityGPE || e.Type == model.EntityLoc) && c.isState(e.Country) {
			st.dateline = e.Country
			datelineAt = e
			break
		}
	}
	st.named = map[string]bool{}
	for _, e := range a.Entities {
		if e.Type != model.EntityPerson && e.Country != "" {
			st.named[e.Country] = true
		}
	}
	if st.dateline != "" {
		st.named[st.dateline] = true
	}
	st.home = c.homeCountry(a.Entities, st.dateline)
	if st.dateline != "" && hubDateline(datelineAt) {
		st.hub, st.about = true, c.venueHome(a.Entities, st.dateline)
		// A hub files local news too ("NAIROBI - Kenyan police said
		// gunmen attacked a village"): a story that names the hub's own
		// state at least as often as any other is about it.
		if local := c.stateMentions(a.Entities, st.dateline, dateline); local > 0 && local >= c.stateMentions(a.Entities, st.about, dateline) {
			st.about = st.dateline
		}
	}
	st.opposition = pairedOpposition(a)
	if st.home == st.dateline && c.courtSeatDateline(a.Entities, datelineAt) {
		st.home = ""
	}
	// A summit or talks host's city is where the story was filed, not
	// whose it is: the resolver decided it (Article.DatelineVenue,
	// resolve's venueDateline); where it did not run, no dateline is a
	// venue.
	if st.home == st.dateline && st.dateline != "" && a.DatelineVenue == st.dateline {
		st.home = c.venueHome(a.Entities, st.dateline)
	}
	lead := -1
	for si, s := range sents {
		if err := pipeline.Stopped(ctx, si, len(sents)); err != nil {
			return nil, err
		}
		ents := entsBy.of(s.Index)
		sentDates := datesBy.of(s.Index)
		if s.Start < dateline {
			s, ents = afterDateline(s, ents, dateline)
			sentDates = datesAfterDateline(sentDates, dateline)
			lead = s.Index
		}
		st.sentPos = si
		c.codeSentence(st, a.Text, s, ents, sentDates)
	}
	toldPlace(st.events, sents, entsBy)
	if lead >= 0 {
		datelinePlace(st.events, lead, datelineAt)
	}
	// Assign ids in order of first mention.
	var out []model.Event
	for _, d := range st.events {
		d.ev.ID = fmt.Sprintf("e%d", len(out)+1)
		out = append(out, d.ev)
	}
	return out, nil
}

// homeCountry is the country an article with a wire dateline is set in:
// the dateline's, unless another state is named more often by the
// article's place and nationality names and its named state bodies (the
// dateline's own name counts for it). The resolver's homeCountry counts
// the same place and nationality names but no bodies (it is still
// resolving them when it asks), and gives no home where another state
// outnumbers the dateline; so where the two differ an actor the resolver
// left without a country takes the coder's home, and none takes another.
// "" when there is no dateline: the coder's scene fallback covers that
// case.
//
// A state's own bodies count because a story is told where its actors
// sit: "WASHINGTON - The U.S. Senate confirmed the ambassador to Israel
// ... the White House" names Israel more often than America, yet the
// Senate and the White House place it in Washington, and a senator it
// names by title alone is American, not Israeli.
func (c *Coder) homeCountry(ents []model.Entity, dateline string) string {
	if dateline == "" {
		return ""
	}
	counts := map[string]int{}
	for _, e := range ents {
		if c.namesState(e) {
			counts[e.Country]++
		}
	}
	home, best := dateline, max(counts[dateline], 1)
	for cc, n := range counts {
		// Ties keep the dateline; among others, the lower code wins
		// a tie so the choice does not depend on map order.
		if n > best || n == best && home != dateline && cc < home {
			home, best = cc, n
		}
	}
	return home
}

// namesState says whether entity e names a state, as homeCountry,
// venueHome and stateMentions count a story's states: a place or a
// nationality of a state, or one of its named bodies.
func (c *Coder) namesState(e model.Entity) bool {
	if e.Country == "" || !c.isState(e.Country) {
		return false
	}
	return e.Type == model.EntityGPE || e.Type == model.EntityNORP || e.Type == model.EntityOrg && stateBody(e.Sector)
}

// courtSeatDateline reports whether the dateline's place is the seat of an
// international court or organisation the article names ("THE HAGUE
// (Wire) - The International Criminal Court issued a warrant for ..."):
// the story was filed where the court sits, and the people tried or
// named there ("Tamba ordered attacks on civilians in Ituri") are not the
// host state's; its country lends them none.
func (c *Coder) courtSeatDateline(ents []model.Entity, dateline model.Entity) bool {
	if c.kb == nil || dateline.ActorID == "" {
		return false
	}
	for _, e := range ents {
		if e.ActorID == "" || e.Type != model.EntityOrg {
			continue
		}
		if p, ok := c.kb.SeatOf(e.ActorID); ok && p.ID == dateline.ActorID {
			return true
		}
	}
	return false
}

// stateBody reports whether an organisation of this sector is an organ of
// its state (a ministry, a legislature, an army, a court, a police force),
// which acts where its state is, unlike a firm or a broadcaster that
// reports from anywhere.
func stateBody(sector string) bool {
	switch sector {
	case kb.SectorGovernment, kb.SectorLegislature, kb.SectorMilitary, kb.SectorJudiciary, kb.SectorPolice:
		return true
	}
	return false
}

// afterDateline drops the tokens and entities of s before byte offset end.
func afterDateline(s model.Sentence, ents []model.Entity, end int) (model.Sentence, []model.Entity) {
	k := 0
	for k < len(s.Tokens) && s.Tokens[k].Start < end {
		k++
	}
	s.Tokens = s.Tokens[k:]
	var kept []model.Entity
	for _, e := range ents {
		if e.Start >= end {
			kept = append(kept, e)
		}
	}
	return s, kept
}

// datesAfterDateline keeps, of a lead sentence's dates, those after its
// dateline when it has any: "YANGON, May 20 (Wire) - Seven villagers were
// killed when a landmine exploded on Sunday" dates the blast to Sunday, the
// dateline's day being when the story was filed. A lead that tells no day
// of its own keeps the dateline's, the day the news is from.
func datesAfterDateline(dates []model.TimeExpr, end int) []model.TimeExpr {
	var kept []model.TimeExpr
	for _, d := range dates {
		if d.Start >= end {
			kept = append(kept, d)
		}
	}
	if len(kept) == 0 {
		return dates
	}
	return kept
}

func toToks(s model.Sentence) []tok {
	ts := make([]tok, 0, len(s.Tokens))
	for _, t := range s.Tokens {
		// Another tokeniser may keep "U.S.-South" or "China-DPRK" whole;
		// split hyphenated pairs of names so each actor can be found.
		if k := strings.IndexByte(t.Text, '-'); k > 0 && k < len(t.Text)-1 && isCap(t.Text) && isCap(t.Text[k+1:]) && t.End-t.Start == len(t.Text) {
			a, b := t.Text[:k], t.Text[k+1:]
			ts = append(ts,
				tok{text: a, low: strings.ToLower(a), start: t.Start, end: t.Start + k, pos: t.POS},
				tok{text: "-", low: "-", start: t.Start + k, end: t.Start + k + 1, pos: "HYPH"},
				tok{text: b, low: strings.ToLower(b), start: t.Start + k + 1, end: t.End, pos: t.POS})
			continue
		}
		// A typographic apostrophe ("Sudan’s envoy", "d’affaires") is the
		// straight one every word list and possessive check is written
		// with, as kb.Normalize folds it for the resolver; the possessive
		// token is checked by its text too, so it is written straight there.
		low := strings.ToLower(strings.ReplaceAll(t.Text, "’", "'"))
		if low == "'s" || low == "'" {
			t.Text = low
		}
		// "baton-charged", "lathicharged": a charge named by what it is
		// made with is the verb "charge" in its bodily sense; the word is
		// matched as the verb, and physicalCharge reads the instrument in
		// its text.
		if v := instrumentChargeVerb(low); v != "" {
			low = v
		}
		if low == "who" && t.Text == "WHO" && !shouted(s.Tokens) {
			// "The WHO said", "WHO chief Tedros warned": in a sentence not
			// written all in capitals, a capitalised WHO is the World Health
			// Organization, not the pronoun that opens a relative clause or
			// a question. Its lower-case form would make every clause check
			// that stops at "who" take the organisation for a subordinate
			// subject.
			low = "w.h.o."
		}
		ts = append(ts, tok{text: t.Text, low: low, start: t.Start, end: t.End, pos: t.POS})
	}
	return ts
}

// shouted says whether a sentence is written all in capitals (a headline
// or a shouted line), where the case of one word tells nothing.
func shouted(ts []model.Token) bool {
	for _, t := range ts {
		if strings.ToUpper(t.Text) != t.Text {
			return false
		}
	}
	return true
}

// trigger is one matched pattern in a sentence.
type trigger struct {
	p        *Pattern
	i, j     int // token span of the whole match
	head     int // token of the first word
	nominal  bool
	passive  bool
	frame    *trigger // the frame verb that governs this trigger, if any
	absorbed []*trigger
	next     int // first token of the next independent trigger, for the object search
	// coordOf: the frame verb this verb is a second predicate of, after
	// the frame's complement ("warned that cases were rising and urged
	// ..."); it shares that verb's subject (mainCoordinate).
	coordOf *trigger
	// roles, when set, are the source and target found by the rule that
	// made the trigger (a trailing speaker accusing the subject of the
	// clause before it), which the search around the verb cannot find.
	roles *[2]group
	// afterVerb: a verb event of the sentence comes before this trigger
	// ("welcomed the statement ... in nuclear talks").
	afterVerb bool
	// relative: the trigger is a participle in a reduced relative on its
	// object noun ("a deal signed by Sudan and South Sudan"); whoever
	// comes before the noun belongs to the main clause.
	relative bool
	// answers: the act this retaliation or revenge is for, coded as an
	// event of its own ("vowed to retaliate for the Israeli attack");
	// answerer is the reverse link, and codedSrc the source the answering
	// trigger was coded with.
	answers, answerer *trigger
	codedSrc          group
	// passiveObj, when above zero, is one past the noun a passive
	// "verb * noun" pattern took as its object ("sanctions" in "sanctions
	// were imposed on Iran by the EU"; see passiveObjectTrigger).
	passiveObj int
}

var determiners = map[string]bool{"the": true, "a": true, "an": true, "this": true, "that": true, "these": true, "those": true,
	"its": true, "their": true, "his": true, "her": true, "our": true, "'s": true, "'": true, "any": true, "no": true, "such": true,
	"new": true, "further": true, "recent": true, "joint": true, "first": true, "latest": true, "another": true}

var verbLeft = map[string]bool{"to": true, "will": true, "would": true, "could": true, "may": true, "might": true, "shall": true,
	"should": true, "must": true, "did": true, "does": true, "do": true, "n't": true, "not": true, "they": true, "we": true,
	"also": true, "had": true, "has": true, "have": true, "was": true, "were": true, "is": true, "are": true, "be": true,
	"been": true, "being": true, "never": true, "he": true, "she": true, "it": true, "who": true, "which": true, "and": true}

var beForms = map[string]bool{"was": true, "were": true, "is": true, "are": true, "be": true, "been": true, "being": true, "got": true, "get": true, "gets": true, "'s": false}

var adverbs = map[string]bool{"also": true, "reportedly": true, "allegedly": true, "routinely": true, "repeatedly": true, "recently": true,
	"already": true, "later": true, "again": true, "still": true, "strongly": true, "formally": true, "publicly": true, "officially": true,
	"jointly": true, "further": true, "previously": true, "once": true, "then": true, "now": true, "quickly": true, "immediately": true,
	"finally": true, "sharply": true, "openly": true, "effectively": true, "just": true, "both": true, "not": false}

// matchTriggers finds pattern matches, longest first at each token.
func (c *Coder) matchTriggers(toks []tok, ms []mention) []*trigger {
	inMention := make([]bool, len(toks))
	for _, m := range ms {
		if m.kind == "pronoun" {
			continue
		}
		for k := m.i; k < m.j; k++ {
			inMention[k] = true
		}
	}
	nameEnds := mentionEnds(toks, ms)
	var out []*trigger
	for i := 0; i < len(toks); i++ {
		if inMention[i] && !(toks[i].low == "support") {
			continue
		}
		cands := c.pats.index[toks[i].low]
		if len(cands) == 0 {
			continue
		}
		var best *trigger
		for _, p := range cands {
			j, ok := matchRest(toks, i+1, p.Words[1:], p.Kind == "noun", nameEnds)
			if !ok {
				continue
			}
			nominal := p.Kind == "noun"
			if !c.posFits(toks, i, nominal) && !adjectiveHead(toks, i, j, nominal) && (nominal || !headlineRoleVerb(toks, ms, i, p.Prep) && !stateSharesVerb(toks, ms, i)) {
				continue
			}
			if p.ToClause && !toClauseAfter(toks, i, j) {
				continue
			}
			// "withdraw * from * treaty" takes a state out of an accord:
			// its first gap holds that state alone ("withdrew Russia
			// from"), never forces or others ("withdraw its troops from
			// eastern Congo if the talks succeed"), see ownstate.go.
			if stateOutPattern(p) && !stateInGap(toks, ms, i+1) {
				continue
			}
			// "students joined the protest": joining or leaving is an event
			// only for an alliance or bloc (blocmembership.go).
			if (blocMembershipPattern(p) || membershipBidPattern(p)) && !blocObject(toks, ms, j) {
				// "the last US troops left Afghanistan": forces leaving a
				// country withdraw from it (forcesleave.go).
				if fp := forcesLeaveObject(toks, ms, p, j); fp != nil {
					p = fp
				} else {
					continue
				}
			}
			// "Hungary withdrew from the International Criminal Court":
			// leaving a bloc, no forces withdrawn (blocwithdrawal.go).
			if bp := blocWithdrawal(toks, ms, p, j); bp != nil {
				p = bp
			}
			// "welcomed the Ghanaian president to Bern": a visit hosted
			// (welcomedvisitor.go).
			if wp := welcomedVisitor(toks, ms, p, j); wp != nil {
				p = wp
			}
			// "will host talks between Russia and Ukraine": the host is the
			// venue; the talks code their parties (hosttalks.go).
			if hostsTalksBetween(toks, p, i, j) {
				continue
			}
			// "suspended aid workers' salaries", "the withdrawal of aid
			// workers": aid that modifies a word for people or bodies
			// ("aid workers", a role) names them, and what is stopped or
			// withdrawn is no aid (a shorter pattern may still fit).
			if p.CAMEO == "162" && j < len(toks) && (toks[j-1].low == "aid" || toks[j-1].low == "assistance") && roleCovers(ms, j) {
				continue
			}
			// "Russia attacks Ukrainian power grid": a headline's present
			// verb that is also an event noun is the verb.
			if best == nil || j-i > best.j-best.i || j-i == best.j-best.i && best.nominal && !nominal && toks[i].pos != "" && (headlineVerb(toks, i) || headlineRoleVerb(toks, ms, i, p.Prep)) {
				best = &trigger{p: p, i: i, j: j, head: i, nominal: nominal}
			}
		}
		byObject := false
		if best == nil {
			best = passiveObjectTrigger(toks, ms, cands, i)
			byObject = best != nil
		}
		// "Sanctions were imposed on Iran by Britain", "Aid to Afghanistan
		// was suspended by the bank": the subject's noun makes the
		// measure's pattern, and the event noun is absorbed into it
		// (passivemeasure.go).
		if best == nil || !best.nominal && best.roles == nil && (len(best.p.Words) == 1 || byObject && !best.p.Recip) {
			if pt, h := passiveMeasureTrigger(toks, ms, cands, i); pt != nil {
				best = pt
				out = slices.DeleteFunc(out, func(u *trigger) bool { return u.nominal && u.i <= h && h < u.j })
			}
		}
		if best == nil {
			continue
		}
		// "imposed sanctions on Iran, targeting eleven tankers": what
		// sanctions cover is not attacked (sanctionsCover).
		if best.p.Type == "ASSAULT" && sanctionsCover(toks, i) {
			continue
		}
		// "a French aid worker", "invasion forces", "protest leaders": an
		// event noun modifying a word for people names those people, not
		// an event.
		if best.nominal && roleStartsAt(ms, best.j) {
			continue
		}
		// "an Egyptian-Qatari ceasefire proposal", "ceasefire talks", "an
		// arrest warrant", "sanctions relief": an event noun modifying a
		// word for a text, a plan or a tool names what that is about, not
		// an event of its own.
		if best.nominal && best.j < len(toks) && aboutNouns[toks[best.j].low] {
			continue
		}
		// "Talks on a Gaza ceasefire have stalled", "negotiations over
		// the withdrawal of troops": the event noun is what the talks
		// are about, not an event (see talksTopic).
		// So is a gerund right after the preposition ("suspended talks on
		// joining the European Union"): nothing was joined.
		if (best.nominal || strings.HasSuffix(toks[i].low, "ing") && i >= 2 && talksTopicPreps[toks[i-1].low]) && talksTopic(toks, i) {
			continue
		}
		// "called the deal a betrayal", "described the accord as a
		// surrender": an agreement named only to be characterised is no
		// act of the one characterising it.
		if best.nominal && best.p.Type == "AGREE" && namedByVerb(toks, i) {
			continue
		}
		// "called the attack a grave provocation", "described the strikes
		// as barbaric": any other event noun named to be characterised
		// (a predicate follows it; "called a general strike" calls one),
		// with no maker told before it, is no act of the one
		// characterising it ("called the Russian invasion a crime" keeps
		// its maker and is coded as Russia's).
		if best.nominal && namedByVerb(toks, i) && !ownedBeforeNoun(toks, i) && characterisedAfter(toks, best.j) {
			continue
		}
		// "Iran was a threat to global security", "remains the greatest
		// threat to the region", "poses a threat to peace", "described
		// Iran as a threat": a threat as the predicate of a copula or of
		// "pose", or named with "as", characterises its subject and is no
		// threat the subject made ("issued a threat" keeps its event).
		if best.nominal && best.p.Type == "THREATEN" && (toks[i].low == "threat" || toks[i].low == "threats") {
			if characterisingThreat(toks, i) {
				continue
			}
		}
		// "clashed in the political arena", "a clash of ideas", "warned
		// of a clash in parliament": a quarrel, no fight or threat of one
		// (figurativeclash.go).
		if best.p.Type == "ASSAULT" && figurativeClash(toks, i) || !best.nominal && (best.p.Type == "THREATEN" || best.p.Intent) && quarrelObject(toks, best.j) {
			continue
		}
		// "Japan denied the move was retaliation", "Beijing said the
		// tariffs were not revenge": retaliation or revenge as the
		// predicate of a copula characterises an act told as its subject
		// (coded, if at all, where it is told) and is no threat of the
		// speaker's or the denier's. "as" is left out: "raised tariffs as
		// retaliation" tells the act itself.
		if best.nominal && best.p.Type == "THREATEN" && retaliationNouns[toks[i].low] {
			if characterisingThreat(toks, i) && !asBefore(toks, i) {
				continue
			}
		}
		// "The government called the uprising a coup attempt": the event
		// noun is what the object is called, told by one who made no such
		// act (the act, if any, is coded where it is told).
		if best.nominal && namingComplement(toks, i) {
			continue
		}
		// "in what President Luis Arce called an attempted coup": the
		// noun names what a free relative "what" is called; the naming
		// verb's subject made no such act (whatNamed).
		if best.nominal && whatNamed(toks, i) {
			continue
		}
		// "was met with protests", "met with criticism": a reaction
		// received, no meeting; the reaction noun is coded by itself.
		if !best.nominal && best.p.Words[0] == "meet" && metWithReaction(toks, i) {
			continue
		}
		// "received India's request for consultations", "received a
		// demand from the union", "received security guarantees": a
		// request or an assurance received is no visit hosted; the noun
		// is coded by itself, as its maker's.
		if !best.nominal && best.p.Words[0] == "receive" && len(best.p.Words) == 1 && receivedRequest(toks, best.j) {
			continue
		}
		// "The Spanish government received the proposal with
		// scepticism", "The proposal was received by the Spanish
		// government", "the request was received on Monday": an idea, a
		// text or news received, or any of the above as the passive's
		// subject, is no visit hosted (receivedthing.go).
		if !best.nominal && best.p.Words[0] == "receive" && len(best.p.Words) == 1 && receivedNoHost(toks, i, best.j) {
			continue
		}
		// "Russia received eight of its citizens in the exchange",
		// "received the bodies of the soldiers": people or remains handed
		// over are the sender's release or return, no visit the receiver
		// hosts; the handover is coded, if at all, as the sender's.
		if !best.nominal && best.p.Words[0] == "receive" && len(best.p.Words) == 1 && receivedHandover(toks, best.j) {
			continue
		}
		// "the gang had received $4 million", "received a ransom", "Kenya
		// received $500 million from the World Bank": money taken in is a
		// payment or a transfer, no visitor hosted.
		if !best.nominal && best.p.Words[0] == "receive" && len(best.p.Words) == 1 && receivedMoney(toks, best.j) {
			// A sum received from a named giver ("Kenya received $500
			// million from the World Bank") is that giver's economic aid
			// (CAMEO 071), coded as "received a loan from the IMF" is; a
			// ransom, a bribe or a wage received is no aid.
			p := c.receivedAidPattern()
			if p == nil || !receivedAidFrom(toks, ms, best.j) {
				continue
			}
			best.p = p
		}
		// "denied him bail pending appeal": a defendant's appeal awaited
		// (pendingAppeal) is no appeal the subject makes.
		if best.nominal && pendingAppeal(toks, i, best.p) {
			continue
		}
		// "abusing its dominance", "abused his office": misuse of a power
		// or a post, no physical abuse.
		if !best.nominal && best.p.Words[0] == "abuse" && abusedPower(toks, best.j) {
			continue
		}
		// "The deal frees Ukraine to export grain", "freed up funds":
		// freeing someone to act, or freeing up means, enables; only a
		// captive is released ("freed the hostages to return home").
		if !best.nominal && (best.p.Words[0] == "free" || best.p.Words[0] == "freed") && len(best.p.Words) == 1 && freedToAct(toks, i, best.j) {
			continue
		}
		// "Troops launched a rescue operation and freed 25 of the
		// children", "freed the hostages from their kidnappers": a rescue
		// frees people from someone else's hands, the holder releasing
		// no one (CAMEO 0841 is the holder's release); no event.
		if !best.nominal && best.p.Type == "RETREAT" && best.p.CAMEO == "0841" && len(best.p.Words) == 1 && rescueContext(toks, i, best.j) {
			continue
		}
		// "the release of detained officials", "freed all jailed
		// journalists": a participle between a quantifier or a
		// preposition and its noun describes the people, who were held
		// before; the subject of the sentence held no one.
		// "in occupied Ukraine": so for a place (participleplace.go).
		if !best.nominal && (attributiveParticiple(toks, i) || participleBeforePlace(toks, ms, i) || participleAfterVerb(toks, ms, i)) {
			continue
		}
		// "Ousted president Jean Mbala has been accused ...": an "-ed"
		// form opening the sentence straight before its noun has no
		// subject and describes that noun (initialParticiple).
		if !best.nominal && initialParticiple(toks, i, best.j) {
			continue
		}
		// "declined to comment when asked by reporters", "a journalist
		// asked the minister": a question from the press at a briefing
		// asks nothing of a state; the reporters are the audience of
		// what is said, no party to an event.
		if !best.nominal && best.p.Words[0] == "ask" && len(best.p.Words) == 1 && pressQuestion(toks, i, best.j) {
			continue
		}
		// "Germany asked whether Poland would send troops": "ask" right
		// before "whether" or "if" puts a question to no one named and
		// asks no act of anyone; the state after it is inside the
		// question, no addressee.
		if !best.nominal && best.p.Words[0] == "ask" && len(best.p.Words) == 1 && best.j < len(toks) && (toks[best.j].low == "whether" || toks[best.j].low == "if") {
			continue
		}
		if !best.nominal {
			best.passive = isPassive(toks, i) || chargeWithoutObject(toks, best) || phrasalPassive(toks, best)
		}
		// "a statement released by the embassy", "The report was released
		// on Monday": a passive's subject is its object, so the patterns
		// that make releasing a text no event ("release * statement")
		// hold for the noun before the verb too.
		if best.passive && len(best.p.Words) == 1 && neutralPassiveObject(toks, cands, i) {
			continue
		}
		// "issued a joint statement released in Paris": an "-ed" form right
		// after such a noun is a reduced relative even with no "by" to tell
		// the passive, and a text is never what releases captives. Only the
		// adjacent noun counts: in "Iran, in a statement, released two
		// hostages" the comma ends the aside and Iran is the subject.
		if !best.nominal && len(best.p.Words) == 1 && i > 0 && strings.HasSuffix(toks[i].low, "ed") &&
			toks[i-1].low != "," && neutralPassiveObject(toks, cands, i) {
			continue
		}
		// "staged a hunger strike in protest against ...": an act that is
		// a protest already is the one protest "in protest" tells of.
		if inProtest(toks, best) && slices.ContainsFunc(out, func(u *trigger) bool { return u.p.Type == "PROTEST" }) {
			continue
		}
		out = append(out, best)
		i = best.j - 1
	}
	return out
}

// receivedNouns name a request, an appeal or a demand made of someone, or
// an assurance or a permission given to someone ("until it received
// security guarantees", "received approval from the regulator"): words
// that reach the subject, no visitor it hosts.
var receivedNouns = map[string]bool{"request": true, "requests": true, "appeal": true, "appeals": true, "demand": true, "demands": true,
	"plea": true, "pleas": true, "petition": true, "petitions": true,
	"guarantee": true, "guarantees": true, "assurance": true, "assurances": true, "pledge": true, "pledges": true,
	"promise": true, "promises": true, "commitment": true, "commitments": true, "permission": true,
	"approval": true, "clearance": true,
	// "Any unfriendly step will receive a firm reply", "the plan received
	// a cool response": an answer or a reaction reaches the subject; no
	// one is hosted.
	"reply": true, "replies": true, "response": true, "responses": true, "answer": true, "answers": true,
	"reaction": true, "reactions": true, "rebuff": true, "backlash": true,
	// "The electoral commission received the registration papers of the
	// new party", "received 40 complaints", "received his nomination
	// papers": what is filed with a body is handed in on paper; the body
	// processes it and hosts no one.
	"papers": true, "documents": true, "application": true, "applications": true, "complaint": true, "complaints": true,
	"nomination": true, "nominations": true, "submission": true, "submissions": true, "filing": true, "filings": true,
	// "is receiving treatment at a private hospital", "received medical
	// care in Beirut": the wounded are treated where they lie; the
	// hospital hosts no visit.
	"treatment": true, "treatments": true, "care": true, "attention": true, "therapy": true,
	// "received the Nobel Peace Prize in Oslo": an honour reaches its
	// laureate; the ceremony is no visit hosted by the laureate.
	"prize": true, "prizes": true, "award": true, "awards": true, "medal": true, "medals": true, "honour": true, "honor": true}

// receivedRequest says whether the object after a verb of receiving ending
// at j is a request ("received India's request", "received a formal
// appeal from Kyiv", "received security guarantees").
func receivedRequest(toks []tok, j int) bool {
	return receivedNounAfter(toks, j, receivedNouns)
}

// receivedNounAfter says whether a noun of nouns heads the object after a
// verb of receiving ending at j: only determiners, names, possessives,
// modifiers and noun modifiers come before it.
func receivedNounAfter(toks []tok, j int, nouns map[string]bool) bool {
	for q := j; q < len(toks) && q <= j+6; q++ {
		l := toks[q].low
		if nouns[l] {
			return true
		}
		if !(determiners[l] || l == "'s" || l == "'" || isCap(toks[q].text) && !isPunct(l) || modifierWord(toks[q]) || quantityWord(l) || toks[q].pos == "NN") {
			return false
		}
	}
	return false
}

// handedOverNouns name people held and handed over, or the dead returned:
// what a state receives in an exchange or a repatriation, never a visitor.
var handedOverNouns = map[string]bool{"prisoner": true, "prisoners": true, "detainee": true, "detainees": true,
	"hostage": true, "hostages": true, "captive": true, "captives": true, "citizens": true, "nationals": true,
	"body": true, "bodies": true, "remains": true, "pows": true, "deportees": true, "returnees": true}

// receivedHandover says whether the object after a verb of receiving
// ending at j is people held or dead handed over ("received eight of its
// citizens", "received the bodies of two soldiers", "received 55
// prisoners"): determiners, numbers, possessives, modifiers and a
// partitive "of" may come before the noun.
func receivedHandover(toks []tok, j int) bool {
	for q := j; q < len(toks) && q <= j+6; q++ {
		l := toks[q].low
		if handedOverNouns[l] {
			return true
		}
		if !(determiners[l] || l == "'s" || l == "'" || l == "of" || l == "its" || l == "their" || l == "his" || l == "her" ||
			modifierWord(toks[q]) || quantityWord(l) || toks[q].pos == "CD") {
			return false
		}
	}
	return false
}

// moneyNouns name money paid over, whatever its sum: what a receiver takes
// in, never a visitor.
var moneyNouns = map[string]bool{"ransom": true, "ransoms": true, "payment": true, "payments": true, "money": true,
	"funds": true, "cash": true, "compensation": true, "bribe": true, "bribes": true, "kickbacks": true,
	"donation": true, "donations": true, "salary": true, "salaries": true, "wages": true, "remittances": true}

// unpaidAidNouns name money received that is owed, extorted or earned,
// never aid, whoever pays it ("votes" are no money, but "received 2
// million votes from the diaspora" shares the shape).
var unpaidAidNouns = map[string]bool{"ransom": true, "ransoms": true, "payment": true, "payments": true,
	"compensation": true, "bribe": true, "bribes": true, "kickbacks": true, "salary": true, "salaries": true,
	"wages": true, "remittances": true, "fees": true, "fee": true, "royalties": true, "revenue": true,
	"revenues": true, "damages": true, "settlement": true, "fine": true, "fines": true, "votes": true}

// receivedAidFrom says whether the money received after a verb ending at
// j is a transfer from an actor named right after "from" ("$500 million
// from the World Bank"), with no word calling it a ransom, a payment or
// earnings on the way.
func receivedAidFrom(toks []tok, ms []mention, j int) bool {
	for q := j; q < len(toks) && q <= j+10; q++ {
		l := toks[q].low
		if unpaidAidNouns[l] {
			return false
		}
		if l == "from" {
			k := q + 1
			if k < len(toks) && toks[k].low == "the" {
				k++
			}
			for _, m := range ms {
				if m.i == k && m.kind != "pronoun" && m.kind != "place" && m.kind != "role" && m.country != "" {
					// "received $4 million from Qatar as ransom": what
					// the sum is called may follow the giver.
					for r := m.j; r < len(toks) && r < m.j+6 && !isPunct(toks[r].low) && !finiteVerb(toks[r]); r++ {
						if unpaidAidNouns[toks[r].low] {
							return false
						}
					}
					return true
				}
			}
			return false
		}
		if isPunct(l) && l != "$" && !currency(l) || finiteVerb(toks[q]) {
			return false
		}
	}
	return false
}

// receivedAidPattern is the built-in pattern for economic aid received
// from a giver ("receive * loan", AID 071, from), which a sum received
// from a named giver is coded by.
func (c *Coder) receivedAidPattern() *Pattern {
	for _, p := range c.pats.index["receive"] {
		if p.Type == "AID" && p.CAMEO == "071" && p.From {
			return p
		}
	}
	return nil
}

// receivedMoney says whether the object after a verb of receiving ending
// at j is money: a sum with its currency ("$4 million", "3 billion
// dollars") or a money noun ("a ransom", "an undisclosed payment"). Only
// determiners, numbers, possessives and modifiers come before it; a bare
// count ("received 2 million visitors") names no money.
func receivedMoney(toks []tok, j int) bool {
	for q := j; q < len(toks) && q <= j+6; q++ {
		l := toks[q].low
		if currency(l) || moneyUnits[l] || moneyNouns[l] {
			return true
		}
		if !(determiners[l] || l == "'s" || l == "'" || l == "its" || l == "their" || l == "his" || l == "her" ||
			modifierWord(toks[q]) || quantityWord(l) || toks[q].pos == "CD") {
			return false
		}
	}
	return false
}

// attributiveParticiple says whether the "-ed" form at i modifies the
// noun right after it, coming after a preposition or a quantifier ("of
// detained officials", "all jailed journalists", "any seized assets"),
// where no clause can begin with a verb. A verb after a name or a noun has
// a subject ("Police detained protesters") and is no such modifier.
func attributiveParticiple(toks []tok, i int) bool {
	if i == 0 || i+1 >= len(toks) {
		return false
	}
	w := toks[i].low
	if !strings.HasSuffix(w, "ed") && !irregularParticiple[w] {
		return false
	}
	// "Six jailed Egyptian activists", "the detained journalists": after
	// a numeral or a determiner a noun phrase has begun, and the "-ed"
	// form inside it is no verb.
	// "the newly elected president", "Yemen's internationally recognised
	// government": an adverb of manner in "-ly" may stand between the
	// determiner and the participle it grades.
	l := i - 1
	for l > 0 && gradingAdverb(toks[l]) {
		l--
	}
	left := toks[l]
	// "Yemen's recognised government", "Russia's detained journalists":
	// a possessive opens the noun phrase as a determiner does. After a
	// pronoun "'s" is "is" or "has" ("he's detained"), a verb.
	possessor := possessiveAt(toks, l) && l > 0 && toks[l-1].pos != "PRP"
	// "cut the country to \"restricted default\"", "labelled it a \"banned
	// group\"": an opening quote mark between the preposition or
	// determiner and the "-ed" form cites a term, the noun phrase going
	// on inside the quotes. After "to" only a regular "-ed" form counts,
	// since "to \"cut\"" may still be an infinitive.
	citedAfterPrep := false
	if l == i-1 && (left.low == "\"" || left.low == "\u201c") && i >= 2 {
		left = toks[i-2]
		if left.low == "to" || left.low == "into" || left.low == "as" {
			if !strings.HasSuffix(w, "ed") {
				return false
			}
			citedAfterPrep = true
		}
	}
	if !citedAfterPrep && !possessor && !attributiveLeft[left.low] && left.pos != "CD" && !attributiveDeterminers[left.low] {
		return false
	}
	next := toks[i+1]
	if strings.HasPrefix(next.pos, "NN") && !isCap(next.text) {
		return true
	}
	// "of jailed Egyptian activists": a nationality may come between.
	return isCap(next.text) && (next.pos == "JJ" || next.pos == "NNP" || next.pos == "NNPS") && i+2 < len(toks) &&
		strings.HasPrefix(toks[i+2].pos, "NN") && !isCap(toks[i+2].text)
}

// gradingAdverb says whether t is an adverb in "-ly" that may grade a
// participle ("internationally", "recently", "newly"). The tagger often
// reads such words as nouns, so the suffix decides, less the nouns in
// "-ly" ("the rally organised by", "the daily owned by").
func gradingAdverb(t tok) bool {
	if isCap(t.text) || !strings.HasSuffix(t.low, "ly") || len(t.low) < 5 || lyNouns[t.low] {
		return false
	}
	return t.pos == "RB" || strings.HasPrefix(t.pos, "NN") || strings.HasPrefix(t.pos, "JJ")
}

// lyNouns are nouns (or adjectives used as nouns) ending in "-ly".
var lyNouns = map[string]bool{"family": true, "assembly": true, "supply": true, "monopoly": true, "anomaly": true,
	"rally": true, "reply": true, "tally": true, "bully": true, "folly": true, "homily": true, "ally": true,
	"daily": true, "weekly": true, "monthly": true, "quarterly": true, "yearly": true, "july": true, "italy": true}

// pressNouns name reporters, who put questions at a briefing.
var pressNouns = map[string]bool{"reporter": true, "reporters": true, "journalist": true, "journalists": true,
	"correspondent": true, "correspondents": true, "newsmen": true}

// pressQuestion says whether the verb of asking from token i to j is put
// by the press: its agent after "by" ("asked by reporters", "asked by a
// journalist") or its subject right before it ("reporters asked", "a
// correspondent asked") is a press noun.
func pressQuestion(toks []tok, i, j int) bool {
	if i > 0 && pressNouns[toks[i-1].low] {
		return true
	}
	if j >= len(toks) || toks[j].low != "by" {
		return false
	}
	q := j + 1
	// "asked by a group of journalists": a collective noun and "of"
	// come before the press noun.
	for q < len(toks) && (determiners[toks[q].low] || modifierWord(toks[q]) || pressCollectives[toks[q].low] || toks[q].low == "of") {
		q++
	}
	return q < len(toks) && pressNouns[toks[q].low]
}

// pressCollectives gather reporters: "a group of journalists", "the
// press pool", "a team of correspondents".
var pressCollectives = map[string]bool{"group": true, "team": true, "pool": true, "crowd": true, "number": true}

// attributiveDeterminers open a noun phrase, so an "-ed" form right after
// one modifies the noun that follows ("the jailed activists", "their
// detained leader").
var attributiveDeterminers = map[string]bool{"the": true, "a": true, "an": true, "these": true, "those": true,
	"their": true, "its": true, "his": true, "her": true, "our": true}

// attributiveLeft are the words after which an "-ed" form before a noun is
// an adjective: prepositions that take a noun phrase and quantifiers.
var attributiveLeft = map[string]bool{"of": true, "for": true, "with": true, "about": true, "against": true, "on": true,
	"into": true, "over": true, "from": true, "by": true, "among": true, "without": true,
	"all": true, "any": true, "some": true, "many": true, "several": true, "other": true, "more": true, "no": true}

// neutralPassiveObject says whether the noun a passive verb at i
// follows ("statement" in "a statement released by", "report" in "the
// report was released") is the object of one of the verb's no-event
// patterns, "verb * noun" of type "-", in cands.
func neutralPassiveObject(toks []tok, cands []*Pattern, i int) bool {
	k := i - 1
	for k >= 0 && (beForms[toks[k].low] || adverbs[toks[k].low] || toks[k].low == "not" || toks[k].low == ",") {
		k--
	}
	if k < 0 {
		return false
	}
	noun := toks[k].low
	for _, p := range cands {
		if p.Type != "-" || len(p.Words) != 3 || p.Words[1] != "*" {
			continue
		}
		if w := p.Words[2]; noun == w || noun == w+"s" || noun == w+"es" {
			return true
		}
	}
	return false
}

// passiveObjectTrigger matches a "verb * noun" pattern in cands whose
// noun is the subject of the verb at i told in the passive with its agent
// right after it: "The deal was signed by Sudan and South Sudan" is
// "Sudan and South Sudan signed the deal". The agent is required: with
// none ("the deal was signed in Doha") the pattern's doer is unsaid and a
// venue would stand in for it. It returns nil when nothing matches.
func passiveObjectTrigger(toks []tok, ms []mention, cands []*Pattern, i int) *trigger {
	if i+1 >= len(toks) || !isPassive(toks, i) {
		return nil
	}
	// "The treaty was signed in Doha by Sudan and South Sudan",
	// "weapons were delivered to Ukraine by Germany": phrases the active
	// verb would take after its object may stand before the agent
	// (passiveAgent, the search passiveMeasureTrigger makes too). Right
	// after the participle, "by" is enough: the role search finds who.
	if toks[i+1].low != "by" {
		if mi, _ := passiveAgent(toks, ms, i); mi < 0 {
			return nil
		}
	}
	k := i - 1
	for k >= 0 && (beForms[toks[k].low] || adverbs[toks[k].low]) {
		k--
	}
	if k < 0 {
		return nil
	}
	// "A deal signed by Sudan and South Sudan took effect": a reduced
	// relative tells the same signing as the full passive, on the noun
	// right before the participle, when that noun heads a noun phrase a
	// determiner or a modifier opens ("a deal", "the peace accord").
	if k == i-1 && !reducedRelativeHead(toks, k) {
		return nil
	}
	// The pattern's object after its gap, one word or several ("verb *
	// tear gas"), ends the noun phrase before the auxiliary; the longest
	// such object wins.
	var best *Pattern
	for _, p := range cands {
		if p.Kind != "verb" || p.Type == "-" || len(p.Words) < 3 || p.Words[1] != "*" || slices.Contains(p.Words[2:], "*") {
			continue
		}
		obj := p.Words[2:]
		first := k - len(obj) + 1
		if first < 0 || first >= i {
			continue
		}
		fits := true
		for x, w := range obj {
			l := toks[first+x].low
			if x == len(obj)-1 {
				fits = fits && (l == w || l == w+"s" || l == w+"es")
			} else {
				fits = fits && l == w
			}
		}
		if fits && (best == nil || len(obj) > len(best.Words)-2) {
			best = p
		}
	}
	if best == nil {
		return nil
	}
	return &trigger{p: best, i: i, j: i + 1, head: i, relative: k == i-1, passiveObj: k + 1}
}

// reducedRelativeHead says whether token k, right before a participle,
// is a common noun heading a noun phrase that a determiner, possessive or
// number opens within three words ("a deal", "the 2020 peace accord",
// "Sudan's ceasefire agreement"), so that the participle after it is a
// reduced relative on it.
func reducedRelativeHead(toks []tok, k int) bool {
	if p := toks[k].pos; p != "NN" && p != "NNS" {
		return false
	}
	for q := k - 1; q >= 0 && q >= k-4; q-- {
		l := toks[q].low
		if determiners[l] || toks[q].pos == "PRP$" || toks[q].pos == "POS" || toks[q].pos == "CD" {
			return true
		}
		if p := toks[q].pos; p != "NN" && p != "NNS" && p != "JJ" && p != "NNP" && p != "HYPH" {
			return false
		}
	}
	return false
}

// freedToAct says whether the words around "free" (tokens i to j) tell
// an enabling rather than a release: "up" ("freed up funds"), or an object
// that is no captive followed by "to" and a bare verb ("frees Ukraine to
// export grain", "freed the central bank to cut rates"); in the passive,
// a subject that is no captive freed to do something ("Ukraine was freed
// to export grain"). A captive freed to go home is still released.
func freedToAct(toks []tok, i, j int) bool {
	if j < len(toks) && toks[j].low == "up" {
		return true
	}
	if j+1 < len(toks) && toks[j].low == "to" && toks[j+1].pos == "VB" && isPassive(toks, i) {
		for k := i - 1; k >= 0 && k >= i-6; k-- {
			if captiveNouns[strings.TrimSuffix(toks[k].low, "s")] {
				return false
			}
			if isPunct(toks[k].text) {
				break
			}
		}
		return true
	}
	for k := j; k < len(toks) && k < j+7; k++ {
		l := toks[k].low
		if captiveNouns[strings.TrimSuffix(l, "s")] {
			return false
		}
		if l == "to" && k > j && k+1 < len(toks) && toks[k+1].pos == "VB" {
			return true
		}
		if isPunct(toks[k].text) {
			return false
		}
	}
	return false
}

// captiveNouns name people held, whom freeing releases (without a plural
// "s").
var captiveNouns = map[string]bool{"prisoner": true, "hostage": true, "detainee": true, "captive": true, "inmate": true,
	"abductee": true, "crew": true, "sailor": true, "soldier": true, "journalist": true,
	"activist": true, "citizen": true, "national": true, "fishermen": true, "fisherman": true}

// abusedPower says whether the object after token j is a power, post or
// trust one holds ("its dominance", "his position", "their market power"),
// which can be abused only figuratively.
func abusedPower(toks []tok, j int) bool {
	for k := j; k < len(toks) && k < j+4; k++ {
		l := toks[k].low
		if powerNouns[l] {
			return true
		}
		if isPunct(toks[k].text) || objPreps[l] || locPreps[l] {
			return false
		}
	}
	return false
}

var powerNouns = map[string]bool{"dominance": true, "power": true, "powers": true, "position": true, "authority": true,
	"office": true, "trust": true, "privilege": true, "privileges": true, "mandate": true, "discretion": true,
	"monopoly": true, "status": true, "influence": true, "dominant": true}

// aboutNouns, after an event noun, make it a modifier ("ceasefire
// proposal", "arrest warrant", "sanctions relief", "attack helicopters").
// A court's hearing is named by the matter it hears ("their appeal
// hearing", "an extradition hearing"): a session of a court, no appeal
// made or extradition carried out.
var aboutNouns = map[string]bool{"hearing": true, "hearings": true, "proposal": true, "proposals": true, "plan": true, "plans": true, "talks": true,
	"negotiations": true, "deal": true, "agreement": true, "accord": true, "terms": true, "draft": true, "text": true,
	"resolution": true, "framework": true, "bid": true, "offer": true, "deadline": true, "warrant": true, "warrants": true,
	"line": true, "lines": true, "relief": true, "regime": true, "helicopter": true, "helicopters": true, "submarine": true,
	"submarines": true, "agenda": true, "law": true, "laws": true, "bill": true, "policy": true, "monitors": true}

// roleCovers says whether a role mention ("aid workers") spans token k.
func roleCovers(ms []mention, k int) bool {
	for _, m := range ms {
		if m.kind == "role" && m.i <= k && k < m.j {
			return true
		}
	}
	return false
}

// roleStartsAt says whether a role mention ("worker", "forces") starts at
// token k.
func roleStartsAt(ms []mention, k int) bool {
	for _, m := range ms {
		if m.i == k && m.kind == "role" {
			return true
		}
	}
	return false
}

// mandativeVerb says whether the bare form at i, which the tagger read as
// a noun, is the verb of a that-clause after its subject noun phrase and
// before the start of its object: "demanded that the army stop its
// attacks", "urged that the rebels halt the offensive". A demand or an
// appeal takes such a bare (subjunctive) verb, and a noun does not stand
// between a noun phrase and a determiner or possessive opening another.
func mandativeVerb(toks []tok, i int) bool {
	if i < 2 || i+1 >= len(toks) {
		return false
	}
	// The tagger may also read the subject's plural head as an adjective
	// ("the militias/JJ stop the violence") or the verb as a preposition
	// ("both sides end/IN the fighting"): such a reading counts only after
	// a verb of demanding and before the object's start, where no
	// adjective or preposition would stand.
	strict := strings.HasPrefix(toks[i-1].pos, "NN") && strings.HasPrefix(toks[i].pos, "NN")
	if !strict && !(toks[i-1].pos == "JJ" && strings.HasSuffix(toks[i-1].low, "s") || strings.HasPrefix(toks[i-1].pos, "NN")) {
		return false
	}
	// A bare plural object ("halt attacks") may also be the second half
	// of a compound noun ("the army supply lines"): it counts only after a
	// verb of demanding, whose clause wants a verb.
	n := toks[i+1]
	objectStart := n.pos == "PRP$" || n.pos == "DT" && determiners[n.low]
	if !objectStart && n.pos != "NNS" {
		return false
	}
	for k := i - 1; k >= 0; k-- {
		switch t := toks[k]; {
		case t.low == "that":
			head := k > 0 && mandativeHeads[toks[k-1].low]
			return k < i-1 && (objectStart && strict || head)
		case strings.HasPrefix(t.pos, "NN"), t.pos == "JJ", t.pos == "DT", t.pos == "PRP$", t.pos == "CD", t.low == "'s":
			continue
		case t.low == "and" && k < i-1 && k > 0:
			// "urged that the army and the RSF end the fighting": a
			// subject of two sides joined.
			continue
		default:
			return false
		}
	}
	return false
}

// mandativeHeads are the verbs of demanding or urging that take a
// that-clause with a bare verb ("demanded that the army halt attacks").
var mandativeHeads = map[string]bool{"demanded": true, "demands": true, "demand": true, "urged": true, "urges": true, "urge": true,
	"insisted": true, "insists": true, "insist": true, "asked": true, "requested": true, "proposed": true, "recommended": true}

// hasWord says whether a token of the sentence is the lower-case word w.
func hasWord(toks []tok, w string) bool {
	for _, t := range toks {
		if t.low == w {
			return true
		}
	}
	return false
}

// demandPattern codes "X said Y must VERB" when VERB is no event of its own
// ("China must drop barriers"): X demands that Y act (CAMEO 10).
var demandPattern = &Pattern{Kind: "verb", Phrase: "must", Words: []string{"must"}, Type: "REQUEST", CAMEO: "100", Rule: "coder: reported obligation (must)"}

// demandTriggers adds a demandPattern trigger on the verb after each "must"
// whose subject is an actor, in a clause reported by someone who spoke
// before it; a verb that is already a trigger is left to its own pattern,
// which the obligation rule turns into a demand.
func demandTriggers(toks []tok, ms []mention, trigs []*trigger, reportAt int) []*trigger {
	if reportAt < 0 {
		return trigs
	}
	added := false
	for k := reportAt + 1; k+1 < len(toks); k++ {
		if toks[k].low != "must" {
			continue
		}
		v := k + 1
		if toks[v].low == "not" || toks[v].low == "also" || toks[v].low == "now" || toks[v].low == "immediately" {
			v++
		}
		if v >= len(toks) || isPunct(toks[v].text) || isCap(toks[v].text) || toks[v].low == "be" || toks[v].low == "have" {
			continue // "must be lifted", "must have known": no actor is asked to act
		}
		if p := toks[v].pos; p != "" && p != "VB" {
			continue
		}
		subj := false
		for _, m := range ms {
			if m.j <= k && m.j >= k-1 && usable(m) && m.kind != "pronoun" {
				subj = true
			}
		}
		taken := false
		for _, t := range trigs {
			if t.i > k && t.i <= v+3 {
				taken = true
			}
		}
		if subj && !taken {
			trigs = append(trigs, &trigger{p: demandPattern, i: v, j: v + 1, head: v})
			added = true
		}
	}
	if added {
		sort.SliceStable(trigs, func(a, b int) bool { return trigs[a].i < trigs[b].i })
	}
	return trigs
}

// armedActor says whether an actor can carry out air or missile strikes: a
// country or its capital, armed forces, police, rebels, an international
// organisation (NATO).
func armedActor(m mention) bool {
	switch m.sector {
	case "military", "police", "rebel", "igo":
		return true
	case "":
		return m.kind == "country" || m.kind == "capital"
	}
	return false
}

// stateDemonymStrike says whether the strike noun at t is named by a
// state's demonym right before it, its source ("an Israeli strike").
func stateDemonymStrike(src group, t *trigger) bool {
	return t.nominal && len(src) > 0 && src[0].kind == "demonym" && src[0].sector == "" && src[0].j == t.i
}

// strikeOn says whether "on" or "against" right after a strike noun names a
// place or an armed group ("strikes on Gaza", "strikes against Houthi
// targets"), not a day ("a strike on Monday") or a cause.
func strikeOn(toks []tok, ms []mention, j int) bool {
	if j >= len(toks) || toks[j].low != "on" && toks[j].low != "against" {
		return false
	}
	mi := mentionAt(toks, ms, j+1, 2)
	if mi < 0 {
		return false
	}
	m := ms[mi]
	return m.kind == kb.TypePlace || m.kind == "capital" || (m.kind == "country" || m.kind == "demonym") && toks[j].low == "on" || m.sector == "rebel" || m.sector == "military"
}

// popular says whether an actor is people rather than an institution:
// a nationality in the plural ("Kenyans"), civilians, protesters, the
// opposition, and the groups of society CAMEO codes apart from civilians
// (workers, refugees, the faithful, students, doctors, farmers,
// environmentalists), who "protest" in the street as civilians do.
func popular(m mention) bool {
	switch m.sector {
	case kb.SectorCivilian, kb.SectorProtester, kb.SectorOpposition, kb.SectorLabour, kb.SectorRefugee, kb.SectorReligion,
		kb.SectorEducation, kb.SectorHealth, kb.SectorAgriculture, kb.SectorEnvironment:
		return true
	}
	return m.kind == "demonym" && strings.HasSuffix(m.text, "s") && m.sector == ""
}

// possessed gives a country to the roles of g owned by "its" or "their";
// it returns a copy when it changes anything (g may be the reporter's).
// Air defences with no country named are the speaker's own ("Russia's
// defence ministry said air defences shot down 12 drones", "Air defences
// downed 20 drones, Ukraine's air force said"): a state reports what its
// own air defences intercept over its territory, whichever side of the
// clause it speaks from.
func possessed(toks []tok, ms []mention, g group, reporter *group, reportAt int) group {
	copied := false
	for x := range g {
		// A pronoun's antecedent from an earlier sentence (st.lastActor:
		// "They agreed ...") keeps that sentence's token positions, which
		// may lie past this sentence's end.
		if g[x].kind != "role" || g[x].country != "" || g[x].i < 0 || g[x].i > len(toks) {
			continue
		}
		if airDefence(toks, g[x]) && reporter != nil && len(*reporter) > 0 && reportAt >= 0 && (*reporter)[0].country != "" {
			if !copied {
				g = append(group(nil), g...)
				copied = true
			}
			g[x].country = (*reporter)[0].country
			continue
		}
		// "Sri Lanka signed a deal with its official lenders": a
		// borrower's creditors are others, of no country the owner gives.
		if g[x].i == 0 || (toks[g[x].i-1].low != "its" && toks[g[x].i-1].low != "their") || creditorRole(toks, g[x]) {
			continue
		}
		if !copied {
			g = append(group(nil), g...)
			copied = true
		}
		m := &g[x]
		if reporter != nil && len(*reporter) > 0 && reportAt >= 0 && reportAt < m.i && (*reporter)[0].country != "" {
			m.country = (*reporter)[0].country
			continue
		}
		for q := len(ms) - 1; q >= 0; q-- {
			if ms[q].j <= m.i-1 && ms[q].country != "" && ms[q].kind != "pronoun" {
				m.country = ms[q].country
				break
			}
		}
	}
	return g
}

// innerPrepTarget returns the actor named right after the target's
// preposition when trigger t's pattern spells that preposition before a
// gap ("take * dispute with * to"): the party inside the match. It returns
// nil for a pattern with no such word or no actor there.
func innerPrepTarget(toks []tok, ms []mention, t *trigger) group {
	words := t.p.Words
	inner := false
	for w := 0; w+1 < len(words); w++ {
		if words[w+1] == "*" && prepMatch(t.p.Prep, words[w]) {
			inner = true
		}
	}
	if !inner {
		return nil
	}
	for q := t.i; q < t.j && q < len(toks); q++ {
		if prepMatch(t.p.Prep, toks[q].low) {
			if mi := mentionAt(toks, ms, q+1, 2); mi >= 0 && ms[mi].j <= t.j {
				return groupAt(toks, ms, mi)
			}
			return nil
		}
	}
	return nil
}

// creditorWords name those money is owed to.
var creditorWords = map[string]bool{"creditor": true, "creditors": true, "bondholder": true, "bondholders": true, "lenders": true}

// creditorRole says whether role mention m is a borrower's creditors
// ("its lenders", "official creditors", "bondholders"), by its head word.
// A lender in the singular, or ranked ("Kenya's largest lender", "the
// country's biggest lenders"), is a bank of that country, not its
// creditor.
func creditorRole(toks []tok, m mention) bool {
	if m.kind != "role" || m.j <= 0 || m.j > len(toks) || !creditorWords[toks[m.j-1].low] {
		return false
	}
	if toks[m.j-1].low == "lenders" {
		for k := m.j - 2; k >= 0 && k >= m.j-3; k-- {
			if l := toks[k].low; strings.HasSuffix(l, "est") || l == "top" || l == "leading" || l == "major" {
				return false
			}
		}
	}
	return true
}

// holderNouns head a noun phrase naming those who hold, own or lend on a
// thing ("holders of Zambia's Eurobonds", "creditors of Sri Lanka"):
// the actor named after "of" is the thing's issuer or the borrower, not
// one of them.
var holderNouns = map[string]bool{"holders": true, "holder": true, "owners": true, "bondholders": true, "creditors": true,
	"lenders": true, "investors": true, "buyers": true, "shareholders": true}

// heldBy says whether the "of" before token i (within three tokens,
// where prepBefore finds it) follows a holder noun: "holders of the
// Zambian bonds".
func heldBy(toks []tok, i int) bool {
	for k := i - 1; k >= 1 && k >= i-3; k-- {
		if toks[k].low == "of" {
			return holderNouns[toks[k-1].low]
		}
	}
	return false
}

// subjectOwner says whether m owns a mention of src, named as its
// possessor right before it: "China's" in "China's Export-Import Bank".
func subjectOwner(toks []tok, m mention, src group) bool {
	if m.j < 0 || m.j >= len(toks) || (toks[m.j].low != "'s" && toks[m.j].low != "'") {
		return false
	}
	for _, s := range src {
		if s.i <= m.j || s.i > m.j+4 {
			continue
		}
		owned := true
		for _, w := range toks[m.j+1 : s.i] {
			if isPunct(w.text) && w.text != "-" || verbLike(w) {
				owned = false
				break
			}
		}
		if owned {
			return true
		}
	}
	return false
}

// airDefence says whether role mention m is a state's air defences ("air
// defences", "air defense systems", "air defence units").
func airDefence(toks []tok, m mention) bool {
	if m.sector != kb.SectorMilitary {
		return false
	}
	for k := m.i; k+1 < m.j && k+1 < len(toks); k++ {
		if toks[k].low == "air" && (toks[k+1].low == "defence" || toks[k+1].low == "defense" || toks[k+1].low == "defences" || toks[k+1].low == "defenses") {
			return true
		}
	}
	return false
}

// currency says whether a token is a currency sign ("a $500 million loan").
// aidNouns name aid itself, not what it is made of.
var aidNouns = map[string]bool{"aid": true, "assistance": true, "relief": true, "support": true}

// sumOfAid says whether the object of a verb at i, through a sum, names
// aid or a form of it ("500 million euros in military aid", "a $60 billion
// aid package", "a loan of 800 million dollars"), not the sum's units
// alone ("a 500 million euro budget").
func sumOfAid(toks []tok, i int) bool {
	_, end := givenObject(toks, i+1)
	for q := i + 1; q < end && q < len(toks); q++ {
		l := toks[q].low
		if aidNouns[l] || givenKinds[l] != "" && !moneyUnits[l] && !currency(l) && !multipliers[l] && l != "trillion" {
			return true
		}
	}
	return false
}

// harmedPlace gives the country of the place a passive harm names after
// its verb at j, before or after the attack that is its agent, ending at
// agentEnd ("killed by Russian shelling in Kharkiv", "killed in Kharkiv
// by Russian shelling"), or "" when none is named: the nationality of the
// attack is the attacker's (see attackerMention), no evidence of the
// victims', who take their country from the place or from nothing.
func harmedPlace(toks []tok, ms []mention, j, agentEnd int) string {
	for _, m := range ms {
		if m.i < j || m.i > agentEnd+6 || m.country == "" || m.borrowed || attackerMention(toks, m) || borderWord(toks, m) {
			continue
		}
		if (m.kind == kb.TypePlace || countryLevel(m.kind)) && m.i > 0 && (toks[m.i-1].low == "in" || toks[m.i-1].low == "near" || toks[m.i-1].low == "outside") {
			return m.country
		}
	}
	return ""
}

// moneySpan says whether the tokens from i to the one after j name a
// currency ("20 million euros", "$5 billion").
func moneySpan(toks []tok, i, j int) bool {
	for q := max(i, 0); q <= j && q < len(toks); q++ {
		if currency(toks[q].low) || moneyUnits[toks[q].low] {
			return true
		}
	}
	return false
}

func currency(s string) bool {
	switch s {
	case "$", "€", "£", "¥", "US$":
		return true
	}
	return false
}

// hazardParticiple says whether the participle clause at i (", killing 12
// people") hangs on a main clause whose subject is a hazard or a condition
// ("A typhoon hit the Philippines, killing 12 people"), or whose verb tells
// a vessel, vehicle or structure failing by itself ("A bridge collapsed in
// Genoa, killing 12 people", "a ferry capsized off Sulawesi, killing 43"):
// no one did that harm either. A participle joined to such a one by "and"
// or "or" hangs on the same clause ("..., killing 40 people and injuring
// 300").
func hazardParticiple(toks []tok, i int) bool {
	if i > 1 && (toks[i-1].low == "and" || toks[i-1].low == "or") && strings.HasSuffix(toks[i].low, "ing") {
		for k := i - 2; k > 0 && k >= i-12; k-- {
			l := toks[k].low
			if l == "," || l == ";" || l == "and" || l == "or" {
				return false
			}
			if strings.HasSuffix(l, "ing") && toks[k-1].low == "," {
				return hazardParticiple(toks, k)
			}
		}
		return false
	}
	if i == 0 || toks[i-1].low != "," || !strings.HasSuffix(toks[i].low, "ing") {
		return false
	}
	for k := 0; k < i; k++ {
		if p := toks[k].pos; strings.HasPrefix(p, "VB") || p == "MD" {
			return accidentVerbs[toks[k].low] && !weaponBefore(toks, k) && selfFailure(toks, k+1)
		}
		if hazards[toks[k].low] || conditions[toks[k].low] {
			return true
		}
	}
	return false
}

// selfFailure says whether the accident verb before token k is used
// intransitively, telling its subject failing ("the bridge collapsed in
// Genoa", "the bus plunged into a gorge"), not acting on an object ("the
// navy sank a rebel boat", "protesters toppled the statue") nor driven
// into people ("a truck plunged into a crowd"), which may be an attack.
func selfFailure(toks []tok, k int) bool {
	if k >= len(toks) {
		return true
	}
	if l := toks[k].low; determiners[l] || toks[k].pos == "PRP" || toks[k].pos == "PRP$" || strings.HasPrefix(toks[k].pos, "NN") || toks[k].pos == "CD" {
		return false
	}
	if toks[k].low == "into" {
		for m := k + 1; m < len(toks) && m <= k+4; m++ {
			if crowdNouns[toks[m].low] {
				return false
			}
			if isPunct(toks[m].low) {
				break
			}
		}
	}
	return true
}

// weaponBefore says whether a weapon stands in the subject before the
// accident verb at k: "a missile crashed into an apartment block, killing
// two" tells a strike, whoever fired it, not a structure failing.
func weaponBefore(toks []tok, k int) bool {
	for m := 0; m < k; m++ {
		if weaponNouns[toks[m].low] || weaponNouns[strings.TrimSuffix(toks[m].low, "s")] {
			return true
		}
	}
	return false
}

// crowdNouns name people gathered in the open, whom a vehicle driven
// into them may have been aimed at.
var crowdNouns = map[string]bool{"crowd": true, "crowds": true, "people": true, "pedestrians": true, "protesters": true,
	"demonstrators": true, "shoppers": true, "worshippers": true, "market": true, "marketplace": true, "rally": true, "parade": true}

// accidentCause says whether the clause from token j on ("when a ferry
// capsized off Sulawesi", "after their helicopter crashed") opens with a
// conjunction of time or cause whose first verb tells an accident: a vessel,
// vehicle or structure failing, which no one does to anyone. A clause whose
// first verb is an act ("when rebels shot down the helicopter", "after a
// bomb exploded") does not count: those are attacks.
func accidentCause(toks []tok, j int) bool {
	k := j
	// "were killed late on Tuesday when ...": a date may come between.
	for k < len(toks) && k < j+4 && (adverbs[toks[k].low] || timeWords[toks[k].low] || toks[k].low == "on") {
		k++
	}
	if k >= len(toks) || !(toks[k].low == "when" || toks[k].low == "after" || toks[k].low == "as") {
		return false
	}
	for m := k + 1; m < len(toks) && m <= k+8; m++ {
		l := toks[m].low
		if l == "," || l == ";" || l == "." {
			return false
		}
		if accidentVerbs[l] {
			return true
		}
		// "an overcrowded ferry": a participle after a determiner
		// describes the subject.
		if determiners[toks[m-1].low] {
			continue
		}
		if strings.HasPrefix(toks[m].pos, "VB") || toks[m].pos == "MD" {
			return false
		}
	}
	return false
}

// accidentNouns name harm no one inflicts: a crowd crushing itself, a
// vehicle or structure failing, a fire. Blasts and gunfire are not here:
// those are attacks until told otherwise.
var accidentNouns = map[string]bool{"stampede": true, "stampedes": true, "crush": true, "crash": true, "crashes": true,
	"accident": true, "accidents": true, "collision": true, "derailment": true, "capsizing": true, "sinking": true,
	"collapse": true, "fire": true, "blaze": true}

// harmedInAccident says whether the harm verb of t is a participle of
// being killed or hurt whose cause, right after it, is "in" an accident
// or hazard ("were killed in a stampede", "and 60 injured in a bus
// crash", "died in floods"), not an attack ("killed in Israeli fire",
// "killed in a fire set by militants"). The participle is passive or
// follows a bare number ("and more than 60 injured"), as a coordinated
// passive drops its auxiliary.
func harmedInAccident(toks []tok, t *trigger) bool {
	if t.i >= len(toks) || !woundedBy[toks[t.i].low] || t.j != t.i+1 {
		return false
	}
	if !t.passive && !(t.i > 0 && (toks[t.i-1].pos == "CD" || toks[t.i-1].low == "others" || toks[t.i-1].low == "dozens" || toks[t.i-1].low == "hundreds" || toks[t.i-1].low == "scores")) {
		return false
	}
	k := t.j
	// "were killed and more than 60 injured in a stampede": the cause
	// after the second participle is the first one's too.
	if k < len(toks) && toks[k].low == "and" {
		for q := k + 1; q < len(toks) && q <= k+5; q++ {
			if woundedBy[toks[q].low] {
				k = q + 1
				break
			}
			if isPunct(toks[q].low) || finiteVerb(toks[q]) {
				break
			}
		}
	}
	for k < len(toks) && k < t.j+4 && (adverbs[toks[k].low] || timeWords[toks[k].low] || toks[k].low == "on") {
		k++
	}
	// "were killed by a falling tree", "struck by lightning": a thing or
	// a hazard as the agent is no one acting either.
	if k < len(toks) && toks[k].low == "by" {
		head := byCauseHead(toks, k)
		return head >= 0 && (inanimateCauses[toks[head].low] || accidentNouns[toks[head].low] || hazards[toks[head].low] || hazardNouns[toks[head].low])
	}
	if k >= len(toks) || toks[k].low != "in" {
		return false
	}
	for m := k + 1; m < len(toks) && m <= k+4; m++ {
		l := toks[m].low
		if isPunct(l) || toks[m].pos == "IN" || isCap(toks[m].text) {
			return false
		}
		if accidentNouns[l] || hazards[l] || hazardNouns[l] {
			// "a fire set by militants", "a crash caused by a drone":
			// an agent named after the cause makes it an act.
			for q := m + 1; q < len(toks) && q <= m+3; q++ {
				if toks[q].low == "by" || toks[q].low == "from" {
					return false
				}
			}
			return true
		}
	}
	return false
}

// inanimateCauses are things that harm people without anyone wielding
// them: what falls or gives way, a vehicle or a current, with nobody told
// to have used it ("killed by a falling tree", "hit by a bus").
var inanimateCauses = map[string]bool{"tree": true, "trees": true, "branch": true, "wall": true, "walls": true,
	"roof": true, "ceiling": true, "debris": true, "rock": true, "rocks": true, "boulder": true, "boulders": true,
	"building": true, "structure": true, "pylon": true, "vehicle": true, "car": true, "truck": true, "lorry": true,
	"bus": true, "train": true, "minibus": true, "tanker": true, "wave": true, "waves": true, "current": true,
	"currents": true, "mudslide": true, "rockfall": true, "electrocution": true, "cable": true}

// weaponCauses are the arms and attacks that harm without their user
// named ("killed by a roadside bomb"): an attack, but the place it
// happened in did not carry it out.
var weaponCauses = map[string]bool{"bomb": true, "bombs": true, "mine": true, "mines": true, "landmine": true,
	"landmines": true, "device": true, "explosive": true, "explosives": true, "explosion": true, "blast": true,
	"bullet": true, "bullets": true, "shell": true, "rocket": true, "missile": true, "drone": true, "grenade": true,
	"gunfire": true}

// byCauseHead gives the head noun of the phrase after the "by" at k that
// names a cause as a common noun ("by a falling tree", "by lightning"),
// or -1 for a name ("by Russian shelling" is the attacker's), for a noun
// modifying another ("by a car bomb" is the bomb), or for a cause that
// itself names an agent after it ("a truck driven by a soldier").
func byCauseHead(toks []tok, k int) int {
	for m := k + 1; m < len(toks) && m <= k+5; m++ {
		l := toks[m].low
		if isPunct(l) || toks[m].pos == "IN" || isCap(toks[m].text) {
			return -1
		}
		if !(strings.HasPrefix(toks[m].pos, "NN") || inanimateCauses[l] || weaponCauses[l] || hazards[l] || accidentNouns[l]) {
			continue
		}
		if m+1 < len(toks) && (strings.HasPrefix(toks[m+1].pos, "NN") && !isCap(toks[m+1].text) || toks[m+1].low == "of") {
			continue
		}
		for q := m + 1; q < len(toks) && q <= m+3; q++ {
			if toks[q].low == "by" || toks[q].low == "from" {
				return -1
			}
		}
		return m
	}
	return -1
}

// thingAgent says whether the passive verb ending at j has a "by" phrase
// naming a thing rather than an actor ("killed by a falling tree", "by a
// roadside bomb"): the place named after it is then only where.
func thingAgent(toks []tok, j int) bool {
	k := j
	for k < len(toks) && k < j+4 && (adverbs[toks[k].low] || timeWords[toks[k].low]) {
		k++
	}
	if k >= len(toks) || toks[k].low != "by" {
		return false
	}
	head := byCauseHead(toks, k)
	if head < 0 {
		return false
	}
	l := toks[head].low
	return inanimateCauses[l] || weaponCauses[l] || attackNouns[l] || accidentNouns[l] || hazards[l] || hazardNouns[l]
}

// namedHazards are the hazards weather services give names to, which
// follow the noun: "Storm Boris", "Hurricane Milton", "Cyclone Freddy".
var namedHazards = map[string]bool{"storm": true, "hurricane": true, "typhoon": true, "cyclone": true}

// accidentVerbs tell a vessel, vehicle or structure failing: "the ferry
// capsized", "the bus plunged into a gorge", "the bridge collapsed".
var accidentVerbs = map[string]bool{"capsized": true, "capsised": true, "sank": true, "overturned": true, "crashed": true,
	"derailed": true, "collapsed": true, "plunged": true, "collided": true, "toppled": true, "caved": true}

// hazardSubject says whether the verb at i has a natural hazard, an
// accident or a condition as its subject ("the earthquake killed", "a fire
// destroyed", "tensions returned").
func hazardSubject(toks []tok, i int) bool {
	relative := false
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		l := toks[k].low
		// "Cholera has killed 200 people": an epidemic named by its
		// disease kills as "the virus" does.
		if hazards[l] || diseaseNouns[l] || conditions[l] || pestMass(toks, k) {
			return true
		}
		// "Hurricane Milton killed 20 people", "Typhoon Yagi struck
		// Vietnam": a storm's given name after its noun is the hazard.
		if k > 0 && isCap(toks[k].text) && namedHazards[toks[k-1].low] {
			return true
		}
		// "floods that killed 1,000 people", "a storm which destroyed
		// homes": a relative pronoun stands for the hazard before it.
		if (l == "that" || l == "which") && !relative {
			relative = true
			continue
		}
		if !adverbs[l] && l != "also" && l != "have" && l != "has" && l != "had" && l != "reportedly" && !beAux[l] {
			return hazardCausedBy(toks, i)
		}
	}
	return false
}

// hazardCoordinate says whether the verb at i is joined by "and" or "or"
// (or by a comma in a list of verbs) to an earlier verb of the same clause
// whose subject is a hazard: "Cyclone Idai killed 600 people and destroyed
// homes", "the earthquake killed 2,000 people, injured 5,000 and flattened
// villages". The later verb shares that subject, so it is no one's act
// either, whatever actor the clause before it names.
func hazardCoordinate(toks []tok, i int) bool {
	if i < 2 || !(toks[i-1].low == "and" || toks[i-1].low == "or" || toks[i-1].low == ",") {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-15; k-- {
		l := toks[k].low
		if l == ";" || l == "." || l == "that" || l == "which" || l == "who" || reportWords[l] {
			return false
		}
		if p := toks[k].pos; p == "VBD" || p == "VBZ" || p == "VBP" || p == "VBN" {
			return hazardSubject(toks, k) || hazardCoordinate(toks, k)
		}
	}
	return false
}

// hazardCausedBy says whether the subject of the verb at i is a hazard
// that a participle phrase of its cause follows: "Floods caused by days of
// torrential rain have killed 140 people", "landslides triggered by the
// storm buried villages". The phrase only tells where the hazard came
// from; the hazard is still the subject and no one acted.
func hazardCausedBy(toks []tok, i int) bool {
	for k := i - 1; k >= 2 && k >= i-12; k-- {
		l := toks[k].low
		if leftStop[l] || l == "," || l == ";" || l == "that" || l == "which" || l == "who" || reportWords[l] {
			return false
		}
		if l != "by" {
			continue
		}
		p := toks[k-1]
		if p.pos != "VBN" && !strings.HasSuffix(p.low, "ed") {
			return false
		}
		return hazards[toks[k-2].low] || hazardNouns[toks[k-2].low]
	}
	return false
}

// pests are the crop pests whose outbreaks are told as a natural hazard
// ("locusts destroyed crops", "armyworms ravaged maize fields"): what they
// destroy no one destroyed.
var pests = map[string]bool{"locust": true, "locusts": true, "grasshoppers": true, "armyworm": true, "armyworms": true,
	"caterpillars": true, "insects": true, "pests": true}

// pestMasses head a noun phrase naming pests in numbers.
var pestMasses = map[string]bool{"swarm": true, "swarms": true, "plague": true, "plagues": true, "infestation": true,
	"infestations": true, "invasion": true, "outbreak": true}

// pestMass says whether toks[k] names pests as a subject: a pest noun
// itself ("the locusts destroyed"), or a swarm, plague or infestation of
// pests before or after it ("desert locust swarms destroyed", "a swarm of
// locusts destroyed"). A swarm of anything else ("drone swarms
// destroyed two tanks") is someone's weapon and stays an act.
func pestMass(toks []tok, k int) bool {
	if pests[toks[k].low] {
		return true
	}
	if !pestMasses[toks[k].low] {
		return false
	}
	return k > 0 && pests[toks[k-1].low] || k+2 < len(toks) && toks[k+1].low == "of" && pests[toks[k+2].low]
}

// conditionSubject says whether the word right before the verb at i
// (past adverbs and auxiliaries) is a condition noun ("tensions returned",
// "calm has returned") that no name or demonym modifies: no one's act.
func conditionSubject(toks []tok, i int) bool {
	k := i - 1
	for k >= 0 && (adverbs[toks[k].low] || beAux[toks[k].low] || toks[k].low == "has" || toks[k].low == "have" || toks[k].low == "had") {
		k--
	}
	if k < 0 || !conditions[toks[k].low] {
		return false
	}
	if k == 0 {
		return true
	}
	p := toks[k-1]
	return !(isCap(p.text) && !isPunct(p.text) && k-1 > 0) && p.low != "'s" && !strings.HasPrefix(p.pos, "NNP") && p.pos != "JJ"
}

var hazards = map[string]bool{"earthquake": true, "earthquakes": true, "quake": true, "tsunami": true, "flood": true, "floods": true,
	"flooding": true, "storm": true, "storms": true, "hurricane": true, "typhoon": true, "cyclone": true, "tornado": true,
	"landslide": true, "landslides": true, "avalanche": true, "blaze": true, "wildfire": true, "wildfires": true, "fire": true,
	"heatwave": true, "drought": true, "rains": true, "disease": true, "virus": true, "outbreak": true, "epidemic": true,
	"pandemic": true, "crash": true, "accident": true, "collapse": true, "eruption": true, "lightning": true}

// alertHazards name natural and public-health hazards a public alert is
// raised over, besides hazardNouns, and the sciences of the agencies that
// watch them: "the alert level for the volcano", "the volcanology agency
// raised the alert level for Mount Semeru".
var alertHazards = map[string]bool{"volcano": true, "volcanoes": true, "volcanic": true, "storm": true, "storms": true,
	"tornado": true, "heatwave": true, "rains": true, "rainfall": true, "weather": true, "outbreak": true, "epidemic": true,
	"pandemic": true, "volcanology": true, "vulcanology": true, "seismology": true, "meteorological": true,
	"meteorology": true}

// hazardSentence says whether a sentence names a natural or public-health
// hazard (hazardNouns, alertHazards).
func hazardSentence(toks []tok) bool {
	for _, t := range toks {
		if hazardNouns[t.low] || alertHazards[t.low] {
			return true
		}
	}
	return false
}

// fieldMissionWords name a body's field presence in a country.
var fieldMissionWords = map[string]bool{"mission": true, "missions": true, "operation": true, "force": true, "forces": true,
	"contingent": true, "deployment": true}

// missionHost gives the country of "in X" after a target that is an
// international body naming a mission ("a UN mission in Haiti", "the EU
// training mission in Mali"), or nil.
func missionHost(toks []tok, ms []mention, tgt group) group {
	if len(tgt) != 1 || tgt[0].i < 0 || tgt[0].sector != "igo" {
		return nil
	}
	k := tgt[0].j
	for n := 0; n < 3 && k < len(toks) && !fieldMissionWords[toks[k].low]; n++ {
		// "a UN peacekeeping mission", "the UN-backed mission".
		if l := toks[k].low; !(l == "-" || l == "led" || l == "backed" || l == "mandated" || l == "peacekeeping" || l == "training" || l == "stabilisation" || l == "stabilization" || l == "security") {
			return nil
		}
		k++
	}
	if k+1 >= len(toks) || !fieldMissionWords[toks[k].low] || toks[k+1].low != "in" {
		return nil
	}
	for _, m := range ms {
		if m.i == k+2 && m.country != "" && (m.kind == "country" || m.kind == "place") {
			return group{m}
		}
	}
	return nil
}

// noteMission remembers the host country of a field mission a sentence
// names with its place ("a peacekeeping mission in Haiti", "the UN
// mission in South Sudan"), for "the mission" in a later sentence (see
// definiteMissionAfter). A later mission named in another country
// replaces it.
func (st *articleState) noteMission(toks []tok, ms []mention) {
	for k := 0; k+2 < len(toks); k++ {
		if l := toks[k].low; l != "mission" && l != "missions" || toks[k+1].low != "in" {
			continue
		}
		for _, m := range ms {
			if m.i == k+2 && m.country != "" && (m.kind == "country" || m.kind == "place") {
				host := m
				st.missionHost = &host
				break
			}
		}
	}
}

// definiteMissionAfter says whether a definite "the mission" (with up to
// two modifiers: "the peacekeeping mission", "the UN mission") follows
// the verb trigger t within its clause ("pledged 300 troops to the
// mission", "withdrew its contingent from the mission"): a mission
// already named, whose host the article state holds.
func definiteMissionAfter(toks []tok, t *trigger) bool {
	end := min(len(toks), t.j+10)
	if t.next > t.j && t.next < end {
		end = t.next
	}
	for k := t.j; k < end; k++ {
		l := toks[k].low
		if l == "." || l == ";" || l == "," {
			return false
		}
		if l != "the" && l != "this" && l != "that" {
			continue
		}
		for q := k + 1; q < end && q <= k+3; q++ {
			if toks[q].low == "mission" {
				return q+1 >= len(toks) || toks[q+1].low != "in" && toks[q+1].low != "of" && toks[q+1].low != "to"
			}
		}
	}
	return false
}

// missionPlaceAfter gives the country of "in X" after a "the mission"
// (with up to three modifiers: "the peacekeeping mission in Haiti", "the
// UN-backed security mission in Haiti") following the verb trigger t
// within its clause, or nil: the mission's host country.
func missionPlaceAfter(toks []tok, ms []mention, t *trigger) group {
	end := min(len(toks), t.j+10)
	if t.next > t.j && t.next < end {
		end = t.next
	}
	for k := t.j; k < end; k++ {
		l := toks[k].low
		if l == "." || l == ";" || l == "," {
			return nil
		}
		if l != "the" && l != "a" && l != "its" && l != "their" {
			continue
		}
		for q := k + 1; q < end && q <= k+4; q++ {
			if toks[q].low != "mission" {
				continue
			}
			if q+2 >= len(toks) || toks[q+1].low != "in" {
				return nil
			}
			for _, m := range ms {
				if m.i == q+2 && m.country != "" && (m.kind == "country" || m.kind == "place") {
					return group{m}
				}
			}
			return nil
		}
	}
	return nil
}

// attackSubjectGap says whether the tokens from j to i, between an attack
// noun and the verb of attacking after it, still leave the noun that
// verb's subject: adverbs, words for the day ("strikes overnight
// killed") and one phrase telling where or on whom ("strikes on Gaza
// killed", "shelling in Kharkiv wounded"). Punctuation, a conjunction, a
// relative pronoun or another verb opens a clause of its own.
func attackSubjectGap(toks []tok, j, i int) bool {
	inPhrase := false
	for _, g := range toks[j:i] {
		switch {
		case adverbs[g.low] || dayWords[g.low]:
		case !inPhrase && (g.low == "on" || g.low == "in" || g.low == "against" || g.low == "near"):
			inPhrase = true
		case inPhrase && !isPunct(g.low) && g.low != "and" && g.low != "or" && g.low != "that" && g.low != "which" &&
			g.low != "who" && !finiteVerb(g) && !reportWords[g.low]:
		default:
			return false
		}
	}
	return true
}

// attackRelativeCoded says whether the verb at i opens a relative clause
// (", which killed", "that had wounded") on an attack noun that is the
// trigger of an ASSAULT already coded in sentence si.
func attackRelativeCoded(st *articleState, si int, toks []tok, i int) bool {
	k := i - 1
	for k >= 0 && (adverbs[toks[k].low] || toks[k].low == "had" || toks[k].low == "has" || toks[k].low == "have") {
		k--
	}
	if k < 1 || toks[k].low != "which" && toks[k].low != "that" {
		return false
	}
	k--
	if toks[k].low == "," {
		k--
	}
	if k < 0 || !(attackNouns[toks[k].low] || blastNouns[toks[k].low]) {
		return false
	}
	for _, d := range st.events {
		if d.ev.Type == "ASSAULT" && d.hasEvidence(si, toks[k].text) {
			return true
		}
	}
	return false
}

// blastNouns are attacks named by what went off or what was done, besides
// attackNouns.
var blastNouns = map[string]bool{"blast": true, "blasts": true, "explosion": true, "explosions": true, "ambush": true,
	"assault": true, "shooting": true, "shootings": true, "massacre": true, "offensive": true, "bombing": true}

// warnedObject returns the first token of what a "warn" pattern ending
// at j warns of: right after "warn of", after the "about" or "of" that
// follows a bare "warn", else past the end (nothing).
func warnedObject(toks []tok, p *Pattern, j int) int {
	switch {
	case len(p.Words) == 2 && p.Words[1] == "of":
		return j
	case len(p.Words) == 1 && j < len(toks) && (toks[j].low == "about" || toks[j].low == "of"):
		return j + 1
	}
	return len(toks)
}

// hazardWarned says whether the noun phrase from token i (the object of
// "warn of" or "warn about") is headed by a natural, public-health or
// economic hazard: "a new outbreak", "famine in the north", "severe
// shortages of fuel".
func hazardWarned(toks []tok, i int) bool {
	for k := i; k < len(toks) && k < i+5; k++ {
		l := toks[k].low
		if hazards[l] || hazardNouns[l] || alertHazards[l] || warnedHazards[l] {
			return true
		}
		if isPunct(l) || toks[k].pos == "IN" || objPreps[l] || locPreps[l] || finiteVerb(toks[k]) {
			return false
		}
	}
	return false
}

// warnedHazards are hazards warned of besides natural disasters: want,
// sickness and economic harm that no actor inflicts on purpose.
var warnedHazards = map[string]bool{"famine": true, "starvation": true, "hunger": true, "shortage": true, "shortages": true,
	"cholera": true, "measles": true, "malaria": true, "mpox": true, "contagion": true, "infections": true, "recession": true,
	"inflation": true, "blackouts": true}

var beAux = map[string]bool{"is": true, "are": true, "was": true, "were": true, "been": true, "be": true}

// conditions are states of affairs, not actors: "tensions returned", "calm
// returned to the streets", "violence spread" report no one's act.
var conditions = map[string]bool{"tension": true, "tensions": true, "calm": true, "peace": true, "normality": true, "normalcy": true,
	"stability": true, "quiet": true, "violence": true, "unrest": true, "prices": true, "inflation": true, "fears": true,
	"hopes": true, "confidence": true, "electricity": true, "power": true, "traffic": true, "life": true, "trade": true,
	// Texts and markets act only in metaphor: "the bill fought its way
	// through parliament", "inflation is killing budgets".
	"bill": true, "legislation": true, "law": true, "measure": true, "budget": true, "economy": true, "markets": true,
	"shares": true, "stocks": true, "currency": true}

// onlyVerb lists irregular verb forms that are never nouns, for when the
// tagger still calls one a noun ("jets struck/NN targets").
// "froze" and "lent" the tagger may even call a preposition or a noun
// ("Britain froze/IN Russian assets").
var onlyVerb = map[string]bool{"struck": true, "fought": true, "sought": true, "withdrew": true, "overran": true, "forbade": true,
	"froze": true, "unfroze": true, "lent": true, "forgave": true,
	// "stole" the scarf is too rare in news to count.
	"stole": true, "flew": true}

// lowerOnlyVerb lists verb forms that are never nouns when written in
// lower case, for when the tagger calls one a noun after a name ("The
// EU met/NN with Turkey"); capitalised, "Met" may name the police or the
// opera, so the word's own spelling is checked, not its lower-case form.
var lowerOnlyVerb = map[string]bool{"met": true, "held": true, "sent": true}

// directObject says whether a noun phrase follows the verb ending before
// token j: "struck targets", "struck the capital" but not "struck on
// Monday", "struck for higher pay", "struck." .
func directObject(toks []tok, j int) bool {
	for j < len(toks) && adverbs[toks[j].low] {
		j++
	}
	if j >= len(toks) {
		return false
	}
	l := toks[j].low
	if isPunct(toks[j].text) || objPreps[l] || locPreps[l] || adjunctPreps[l] || rightStop[l] || leftStop[l] || timeWords[l] ||
		l == "and" || l == "or" || l == "to" || l == "for" || l == "over" || l == "again" || l == "back" {
		return false
	}
	// "a target southwest of Baghdad", "struck 20 km north of the
	// capital": a distance and direction is an adjunct of place.
	return !compassPhrase(toks, j)
}

// borderWord says whether a place mention names a border ("near the
// Afghan border", "along the Lebanese frontier"): a border has two sides,
// so people acted on near it are not of its country for that alone
// ("Pakistan arrested a militant commander near the Afghan border").
func borderWord(toks []tok, m mention) bool {
	if m.j >= len(toks) {
		return false
	}
	switch toks[m.j].low {
	case "border", "borders", "frontier", "boundary":
		return true
	}
	return false
}

// borderForce are the event types of force used or postured that, told
// near a border, are aimed at the state across it.
var borderForce = map[string]bool{"ASSAULT": true, "MOBILIZE": true, "THREATEN": true}

// besideBorder says whether mention m names a border ("the Somali
// border") in a phrase of where something happened beside or along it
// ("near the Somali border", "along the Afghan frontier", "at the
// Lebanese border").
func besideBorder(toks []tok, m mention) bool {
	if !borderWord(toks, m) {
		return false
	}
	switch prepBefore(toks, m.i) {
	case "near", "along", "at", "on", "across", "by", "outside", "inside", "within", "around", "close":
		return true
	}
	return false
}

// borderWithPrep returns, for a mention named as the other side of a
// border ("to the border with Somalia", "towards its frontier with
// Somalia"), the preposition before the border noun: troops sent to a
// border with a state are sent at that state, as troops sent "to the
// Somali border" are. It returns "" for any other mention.
func borderWithPrep(toks []tok, i int) string {
	if i < 3 || i > len(toks) || toks[i-1].low != "with" {
		return ""
	}
	switch toks[i-2].low {
	case "border", "borders", "frontier", "boundary":
		return prepBefore(toks, i-2)
	}
	return ""
}

// dayWords name a day without a preposition ("met today", "struck
// overnight").
var dayWords = map[string]bool{"today": true, "yesterday": true, "tonight": true, "overnight": true}

var timeWords = map[string]bool{"today": true, "yesterday": true, "tomorrow": true, "tonight": true, "overnight": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"last": true, "next": true, "this": true, "early": true, "late": true, "earlier": true, "later": true}

// adjectiveHead accepts a multi-word noun pattern that opens with an
// adjective ("ethnic cleansing", "military drills"): the tagger rightly
// calls its first word JJ, and the noun is the last word.
func adjectiveHead(toks []tok, i, j int, nominal bool) bool {
	if !nominal || j-i < 2 || toks[i].pos != "JJ" {
		return false
	}
	return strings.HasPrefix(toks[j-1].pos, "NN") || toks[j-1].pos == "VBG"
}

// posFits decides whether the token at i is used as a verb or a noun, with
// the tagger's tags when present and word-order cues otherwise.
func (c *Coder) posFits(toks []tok, i int, nominal bool) bool {
	// "the fighting will of the KPA", "its fighting capacity": an -ing
	// noun before the noun it modifies names no event.
	if nominal && ingNounModifier(toks, i) {
		return false
	}
	// The tagger may read the same -ing form as a verb ("fighting/VBG
	// will/MD of"): before "will" used as a noun or a noun of quality
	// that no act takes as its object ("fighting spirit", "striking
	// power"), it is a modifier for the verb reading too.
	if !nominal && strings.HasSuffix(toks[i].low, "ing") && i+1 < len(toks) && (toks[i+1].low == "will" || abstractQualities[toks[i+1].low]) && ingNounModifier(toks, i) {
		return false
	}
	// "said fighting between the army and the RSF continued": an -ing form
	// right before "between" names the event whose parties follow, a noun
	// whatever the tagger says; read as a verb it took the speaker as
	// the one fighting.
	if strings.HasSuffix(toks[i].low, "ing") && i+1 < len(toks) && toks[i+1].low == "between" {
		// "Oman is mediating between ...": a progressive's verb
		// (progressive.go).
		if progressiveAfterBe(toks, i) {
			return !nominal
		}
		return nominal
	}
	// "closed their shops in protest/JJS against": the idiom's noun,
	// whatever the tagger says.
	if nominal && toks[i].low == "protest" && i > 0 && toks[i-1].low == "in" {
		return true
	}
	if p := toks[i].pos; p != "" {
		// After an article or possessive a word is a noun, whatever the
		// tagger says ("the meeting ended").
		if i > 0 && (toks[i-1].low == "the" || toks[i-1].low == "a" || toks[i-1].low == "an" || toks[i-1].low == "its" || toks[i-1].low == "their" || toks[i-1].low == "our" || toks[i-1].low == "his" || toks[i-1].low == "her" || toks[i-1].low == "'s") {
			return nominal
		}
		// "held a mass rally", "organised a mass protest": "mass" after
		// an article is an adjective and the word after it the noun it
		// modifies; the tagger reads "rally" there as a verb.
		if i > 1 && toks[i-1].low == "mass" && determiners[toks[i-2].low] {
			return nominal
		}
		// "walked out of the WTO meeting": see meetingIngNoun.
		if meetingIngNoun(toks, i) {
			return nominal
		}
		// "the next EU aid package", "a US arms supply deal": a bare
		// verb form between a determiner (with its modifiers) and a
		// common noun is a noun modifying that noun, whatever the tagger
		// says; no finite verb stands inside a noun phrase.
		if !nominal && (compoundModifier(toks, i) || ingCompoundModifier(toks, i)) {
			return false
		}
		// "..., rescue officials said", "aid workers say": a bare verb form
		// opening a clause before a common noun and that noun's finite verb
		// modifies the noun, the subject of the clause; a verb there would
		// have no subject of its own.
		if !nominal && clauseSubjectModifier(toks, i) {
			return false
		}
		// "Alibaba shares closed at $185", "Israeli strikes killed 12": an
		// -s form right after its modifier and right before a finite verb
		// is the plural head of the subject, since a verb there would be
		// followed by a second finite verb with nothing in between.
		if !nominal && pluralSubjectHead(toks, i) {
			return false
		}
		// "the Israeli strike on Syria", "a Russian attack": after an
		// article, a singular nationality adjective modifies a noun; the
		// tagger may read it as a proper-noun subject and the noun as a
		// present-tense verb. Plural-capable demonyms ("the French",
		// "the Chinese") can head a noun phrase and are left alone.
		if c.nationalityAdjective(toks, i) {
			return nominal
		}
		// "plans to sanction Iranian officials", "refused to ban": a bare
		// singular form right after a finite verb's "to" and before an
		// object is the infinitive, though the tagger calls it a noun.
		if p == "NN" && !nominal && i >= 2 && toks[i-1].pos == "TO" && finiteVerb(toks[i-2]) && i+1 < len(toks) && !isPunct(toks[i+1].text) && !objPreps[toks[i+1].low] {
			return true
		}
		if !nominal && (p == "NN" || p == "NNS") && headlineVerb(toks, i) {
			return true
		}
		if !nominal && (p == "NN" || p == "IN") && mandativeVerb(toks, i) {
			return true
		}
		if !nominal && (mistaggedPrepVerb(toks, i) || mistaggedPastVerb(toks, i)) {
			return true
		}
		// "Police shot three students", "soldiers shot dead two
		// protesters": "shot" is also a noun (or an adjective, "shot
		// dead" read as one), but after a subject noun
		// phrase and before an object it is the verb (a noun "shot" takes
		// a determiner, which the rule above reads).
		// So after a subject's non-restrictive relative clause: "The
		// attackers, who arrived on motorcycles, shot dead a guard".
		if !nominal && (p == "NN" || p == "JJ") && toks[i].low == "shot" && i > 0 && (toks[i-1].pos == "NNS" || toks[i-1].pos == "NNP" || toks[i-1].pos == "NNPS" || toks[i-1].low == "police" || closesSubjectRelative(toks, i-1)) &&
			i+1 < len(toks) && (determiners[toks[i+1].low] || toks[i+1].pos == "CD" || toks[i+1].pos == "NNS" || toks[i+1].low == "dead") {
			return true
		}
		if nominal {
			// "fighting units", "ruling party": an -ing form right before a
			// common noun modifies it.
			if strings.HasSuffix(toks[i].low, "ing") && i+1 < len(toks) && (toks[i+1].pos == "NN" || toks[i+1].pos == "NNS") {
				return false
			}
			return strings.HasPrefix(p, "NN")
		}
		// "Kenyan fighting units", "a ruling party": an -ing form between a
		// modifier and a common noun modifies the noun.
		if strings.HasSuffix(toks[i].low, "ing") && i > 0 && i+1 < len(toks) && (toks[i+1].pos == "NN" || toks[i+1].pos == "NNS") {
			if pp := toks[i-1].pos; determiners[toks[i-1].low] || pp == "JJ" || pp == "PRP$" || pp == "NNPS" || pp == "NNP" && isCap(toks[i-1].text) && !isCap(toks[i].text) {
				return false
			}
		}
		return strings.HasPrefix(p, "VB") || p == "JJ" && strings.HasSuffix(toks[i].low, "ed") || onlyVerb[toks[i].low] || lowerOnlyVerb[toks[i].text]
	}
	prev := ""
	if i > 0 {
		prev = toks[i-1].low
	}
	next := ""
	if i+1 < len(toks) {
		next = toks[i+1].low
	}
	if ingModifier(toks, i) {
		return false
	}
	if nominal {
		if verbLeft[prev] && prev != "and" {
			return false
		}
		// "Kim Rallies Army": a capitalised noun inside a sentence is a
		// headline verb or part of a name.
		if i > 0 && isCap(toks[i].text) {
			return false
		}
		return true
	}
	if determiners[prev] && prev != "that" {
		return false
	}

	// "the Canadian Press", "Kim Rallies Army": a capitalised word among
	// capitalised words is part of a name or a headline.
	if i > 0 && isCap(toks[i].text) && (isCap(toks[i-1].text) || i+1 < len(toks) && isCap(toks[i+1].text)) {
		return false
	}
	if (prev == "by" || prev == "of" || prev == "for" || prev == "with" || prev == "from") && !strings.HasSuffix(toks[i].low, "ing") {
		return false
	}
	// "a fresh offer", "a US offer", "the two demands": a determiner and a
	// modifier make a noun.
	if i >= 2 && determiners[toks[i-2].low] && toks[i-2].low != "that" && (modifierWord(toks[i-1]) || acronym(toks[i-1].text) || quantityWord(toks[i-1].low)) && !strings.HasSuffix(toks[i].low, "ed") {
		return false
	}
	if next == "of" && (prev == "" || isCap(toks[i].text)) {
		return false
	}
	// Sentence-initial capitalised verb forms are headlines or nouns ("Talks").
	return true
}

// nationalityAdjective says whether the bare word at i follows an article
// and a singular nationality adjective ("the Israeli strike"): such a
// demonym ("Israeli", "Russian", "Iraqi") cannot be a plural subject, so
// the word after it is a noun. Demonyms that also name the people ("the
// French", "the Chinese", "the Swiss") are excluded.
func (c *Coder) nationalityAdjective(toks []tok, i int) bool {
	if c.kb == nil || i < 2 {
		return false
	}
	// "any Israeli strike", "another Russian attack": determiners that
	// only a noun phrase takes, as the articles.
	switch toks[i-2].low {
	case "the", "a", "an", "any", "another", "every", "each", "no":
	default:
		return false
	}
	w := toks[i-1]
	if !isCap(w.text) || !(strings.HasSuffix(w.low, "an") || strings.HasSuffix(w.low, "i")) {
		return false
	}
	if _, ok := c.kb.Demonym(w.text); !ok {
		return false
	}
	// A bare form only: "the Iranian said" is not at issue, and "-s"
	// or "-ed" forms after it are verbs of an elliptic subject.
	l := toks[i].low
	return !strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "ed") && !strings.HasSuffix(l, "ing")
}

// compoundModifier says whether the uninflected word at i (no -ed, -ing or
// -s) sits inside a noun phrase opened by an article or a possessive within
// the three words before it, with only modifiers and names between, and
// right before a common noun: "the next EU aid package".
func compoundModifier(toks []tok, i int) bool {
	w := toks[i].low
	if i+1 >= len(toks) || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "s") {
		return false
	}
	if n := toks[i+1]; n.pos != "NN" && n.pos != "NNS" {
		return false
	}
	for q := i - 1; q >= 0 && q >= i-3; q-- {
		t := toks[q]
		switch t.low {
		case "the", "a", "an", "its", "their", "his", "her", "our", "'s":
			return q < i-1 && !theNameSubject(toks, q, i)
		}
		if !(t.pos == "JJ" || t.pos == "NNP" || t.pos == "CD" || acronym(t.text)) {
			return false
		}
	}
	return false
}

// theNameSubject says whether toks[q:i] are a sentence's opening "The"
// and a proper name only ("The Gambia", "The Netherlands"), with the word
// at i a simple past the tagger read as the name's verb: "The Gambia
// cut/VBD ties with Taiwan". Such a name is the subject, not a modifier of
// a compound ("the EU aid package" has a noun or a bare form at i, and
// the tagger leaves a compound's word a noun when a finite verb follows).
func theNameSubject(toks []tok, q, i int) bool {
	if q != 0 || toks[q].text != "The" || toks[i].pos != "VBD" {
		return false
	}
	for k := q + 1; k < i; k++ {
		if p := toks[k].pos; p != "NNP" && p != "NNPS" || !isCap(toks[k].text) {
			return false
		}
	}
	return true
}

// ingCompoundModifier says whether the -ing form at i sits inside a
// possessed noun phrase with an amount or modifiers before it and a common
// noun after it: "Kenya's $3.6 billion lending programme", "its new
// training mission". A possessor opens a noun phrase, so the form
// modifies the noun that ends it and no verb stands there; "China's
// lending to Africa" (no noun after it) stays for the verb reading.
func ingCompoundModifier(toks []tok, i int) bool {
	if !strings.HasSuffix(toks[i].low, "ing") || i+1 >= len(toks) {
		return false
	}
	if n := toks[i+1]; n.pos != "NN" && n.pos != "NNS" || isCap(n.text) {
		return false
	}
	for q := i - 1; q >= 0 && q >= i-5; q-- {
		t := toks[q]
		switch t.low {
		case "its", "their", "his", "her", "our", "'s":
			return q < i-1
		}
		if !(t.pos == "JJ" || t.pos == "CD" || t.low == "$" || t.low == "\u20ac" || t.low == "\u00a3" || quantityWord(t.low)) {
			return false
		}
	}
	return false
}

// permitVerbs give their object leave to act ("allowed refugees to
// return", "permits ships to dock").
var permitVerbs = map[string]bool{}

func init() {
	for _, v := range []string{"allow", "permit", "enable", "let"} {
		for _, f := range verbForms(v) {
			permitVerbs[f] = true
		}
	}
}

// infinitiveAfterObject returns the "to" of an infinitive that follows a
// short object noun phrase starting at j ("aid trucks to travel", "the
// refugees to return"), else -1.
func infinitiveAfterObject(toks []tok, j int) int {
	for q := j; q < len(toks) && q <= j+6; q++ {
		t := toks[q]
		if t.low == "to" {
			if q > j && q+1 < len(toks) && (toks[q+1].pos == "VB" || toks[q+1].pos == "" && !isCap(toks[q+1].text) && !determiners[toks[q+1].low]) {
				return q
			}
			return -1
		}
		if isPunct(t.low) && t.low != "-" && t.low != "'s" || finiteVerb(t) {
			return -1
		}
	}
	return -1
}

// clauseSubjectModifier says whether the bare verb form at i opens a
// clause (sentence start or after a comma or semicolon) and is followed by a
// common noun and then a finite verb: "rescue officials said", "relief
// workers have", where the form can only modify the noun.
func clauseSubjectModifier(toks []tok, i int) bool {
	w := toks[i].low
	if i+2 >= len(toks) || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "s") {
		return false
	}
	if i > 0 && toks[i-1].low != "," && toks[i-1].low != ";" {
		return false
	}
	if n := toks[i+1]; n.pos != "NN" && n.pos != "NNS" {
		return false
	}
	v := toks[i+2].pos
	return v == "VBD" || v == "VBZ" || v == "VBP" || v == "MD"
}

// pluralSubjectHead says whether the -s form at i, read as a verb, is the
// plural noun heading a subject: it follows a name or modifier ("Alibaba
// shares", "US sanctions", "Israeli strikes") and comes right before a
// finite verb ("closed", "fell", "have", "will"). A past form before a noun
// is a participle modifying that noun and may be the verb's object ("Iran
// backs armed groups"), so it does not count. Verbs taking a clause
// keep their reading: a headline drops the clause's subject ("Russia says
// downed five drones").
func pluralSubjectHead(toks []tok, i int) bool {
	w := toks[i].low
	if i == 0 || i+1 >= len(toks) || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || clauseTakingS[w] {
		return false
	}
	if p := toks[i].pos; p != "VBZ" && p != "NNS" {
		return false
	}
	if pp := toks[i-1].pos; pp != "NNP" && pp != "NNPS" && pp != "NN" && pp != "JJ" {
		return false
	}
	n := toks[i+1]
	switch {
	case n.pos == "MD" || n.low == "were" || n.low == "are" || n.low == "have" || n.low == "had" || marketMoves[n.low]:
		// After an -s form read as a verb the tagger often misreads the
		// next word too ("shares/VBZ rose/NN", "fell/NN", "slid/JJ"): a
		// verb of a price's movement is the finite verb whatever its tag.
		return true
	case n.pos != "VBD" && n.pos != "VBN":
		// The tagger may call the past form a participle ("shares
		// closed/VBN"); no participle follows an -s verb without an
		// auxiliary, so it is the finite verb all the same.
		return false
	}
	if i+2 < len(toks) {
		switch toks[i+2].pos {
		case "NN", "NNS", "NNP", "NNPS", "JJ", "DT", "PRP$", "PRP":
			return false
		}
	}
	return true
}

// marketMoves are past forms telling how a price, a share or a figure
// moved or where it ended ("shares closed at", "exports fell", "stocks
// slid"): what they follow is their subject.
var marketMoves = map[string]bool{"closed": true, "opened": true, "ended": true, "finished": true, "traded": true, "rose": true,
	"fell": true, "jumped": true, "slid": true, "gained": true, "dropped": true, "climbed": true, "tumbled": true, "surged": true,
	"plunged": true, "slumped": true, "soared": true, "sank": true, "dipped": true, "rallied": true, "edged": true, "declined": true,
	"advanced": true, "slipped": true, "retreated": true, "rebounded": true, "plummeted": true, "spiked": true, "eased": true}

// clauseTakingS are -s forms of verbs taking a clause, whose subject a
// headline may drop after them ("Russia says downed five drones", "Kyiv
// claims struck a base").
var clauseTakingS = map[string]bool{"says": true, "claims": true, "denies": true, "admits": true, "confirms": true,
	"reports": true, "insists": true, "warns": true, "believes": true, "thinks": true, "hopes": true, "fears": true,
	"announces": true, "alleges": true, "accuses": true}

// ingNounModifier says whether the -ing form at i modifies the common noun
// after it ("the fighting will of", "the fighting spirit", "a meeting
// room"), with the tagger's tags when present. "will" before no verb is
// the noun ("the fighting will of the army", not "the fighting will
// continue"). A head that names an operation keeps the event ("a bombing
// campaign", "shelling attacks").
func ingNounModifier(toks []tok, i int) bool {
	if !strings.HasSuffix(toks[i].low, "ing") || i+1 >= len(toks) {
		return false
	}
	n := toks[i+1]
	if operationHeads[n.low] {
		return false
	}
	if n.low == "will" {
		if i+2 >= len(toks) {
			return true
		}
		a := toks[i+2]
		if strings.HasPrefix(a.pos, "VB") || a.pos == "RB" || verbLeft[a.low] || adverbs[a.low] {
			return false
		}
		return a.pos != "" || isPunct(a.text) || objPreps[a.low] || a.low == "and"
	}
	if n.pos != "" {
		return n.pos == "NN" || n.pos == "NNS"
	}
	return qualityNouns[n.low]
}

// operationHeads are nouns an -ing event noun may modify and still name
// the event ("a bombing campaign", "fighting raged").
var operationHeads = map[string]bool{"campaign": true, "campaigns": true, "raid": true, "raids": true, "operation": true,
	"operations": true, "attack": true, "attacks": true, "spree": true, "mission": true, "missions": true, "run": true,
	"runs": true, "sorties": true, "offensive": true, "blitz": true, "wave": true}

// qualityNouns are nouns an -ing word commonly modifies without naming an
// event, for text without tags ("fighting spirit", "meeting room").
var qualityNouns = map[string]bool{"will": true, "spirit": true, "capacity": true, "capability": true, "capabilities": true,
	"ability": true, "strength": true, "power": true, "morale": true, "readiness": true, "efficiency": true, "skills": true,
	"force": true, "forces": true, "unit": true, "units": true, "men": true, "season": true, "room": true, "hall": true,
	"venue": true, "place": true, "point": true, "fit": true, "trim": true, "chance": true}

// abstractQualities are the qualityNouns that name a faculty, never a
// party or a thing acted on: after an -ing form they are its head noun
// under either tag ("fighting spirit"), where "fighting forces" may be
// fighting the forces.
var abstractQualities = map[string]bool{"spirit": true, "capacity": true, "capability": true, "capabilities": true,
	"ability": true, "strength": true, "morale": true, "readiness": true, "efficiency": true, "skills": true, "chance": true}

// ingModifier says, without tags, whether an -ing form sits between a name
// or demonym and a common noun ("Kenyan fighting units"), modifying it.
func ingModifier(toks []tok, i int) bool {
	if !strings.HasSuffix(toks[i].low, "ing") || i == 0 || i+1 >= len(toks) || !isCap(toks[i-1].text) || isPunct(toks[i-1].text) || determiners[toks[i-1].low] || isCap(toks[i].text) {
		return false
	}
	n := toks[i+1]
	return !isCap(n.text) && !isPunct(n.text) && !determiners[n.low] && !objPreps[n.low] && !locPreps[n.low] &&
		!verbLeft[n.low] && !pronouns[n.low] && !quantityWord(n.low) && !rightStop[n.low] && !leftStop[n.low]
}

func isPassive(toks []tok, i int) bool {
	w := toks[i].low
	participle := strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || strings.HasSuffix(w, "ht") || irregularParticiple[w]
	if !participle {
		return false
	}
	// "is opposed to", "was committed to": a stative adjective whose
	// subject holds the attitude, not a passive.
	if statives[w] && i+1 < len(toks) && toks[i+1].low == "to" {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		l := toks[k].low
		if beForms[l] {
			return true
		}
		if !adverbs[l] && l != "n't" && l != "not" && l != "never" {
			break
		}
	}
	// Reduced relative: "the drills criticised by X", "process supported by Y".
	// "talked by phone", "met by video link": a means after "by" is no
	// agent.
	if i+1 < len(toks) && toks[i+1].low == "by" && !(i+2 < len(toks) && byMeans[toks[i+2].low]) {
		return true
	}
	if i+2 < len(toks) && adverbs[toks[i+1].low] && toks[i+2].low == "by" {
		return true
	}
	return gappedPassive(toks, i)
}

// gappedPassive says whether the participle at i is the second of two
// passives sharing one auxiliary, with a count for its own subject: "five
// soldiers were killed and 12 (were) wounded", "and 12 others wounded".
//
// A count told by a word ("and dozens wounded", "and scores more
// injured") is a count as well. A participle of a verb that orders or
// asks someone to act, with no subject of its own and its "to" straight
// after it, shares the passive before it too: "was declared persona non
// grata and ordered to leave" (an active "ordered" would have its object
// before the "to": "and ordered troops to leave").
func gappedPassive(toks []tok, i int) bool {
	if i >= 3 && toks[i-1].low == "and" && orderedToVerbs[toks[i].low] && i+1 < len(toks) && toks[i+1].low == "to" {
		for k := i - 2; k > 0 && k >= i-8; k-- {
			if clauseBreak(toks[k].low) {
				return false
			}
			if isPassive(toks, k) {
				return true
			}
		}
		return false
	}
	// "was convicted and sentenced to life", "were arrested and charged
	// with fraud": a participle joined by "and" to a passive right before
	// it, with no object of its own, shares that passive's auxiliary (an
	// active one takes its object: "arrested and charged him").
	if i >= 3 && toks[i-1].low == "and" && !speakerActs[toks[i].low] && !(infinitiveAfter(toks, i+1) && !sentToVerbs[toks[i].low]) && isPassive(toks, i-2) && !directObject(toks, i+1) {
		return true
	}
	k := i - 1
	if k >= 0 && (toks[k].low == "others" || toks[k].low == "more" || toks[k].low == "people") {
		k--
	} else if n := gappedSubjectNoun(toks, i); n > 0 {
		// "17 officers had been injured and 24 protesters arrested":
		// the count names what it counts, and the participle ends the
		// clause (an active verb would take an object: "and 24
		// protesters attacked the base").
		k -= n
	}
	if k < 2 || !(toks[k].pos == "CD" || gappedCounts[toks[k].low]) || (toks[k-1].low != "and" && toks[k-1].low != ",") {
		return false
	}
	return toks[k-2].pos == "VBN" && isPassive(toks, k-2)
}

// gappedSubjectNoun returns how many words (one or two: a plural noun,
// perhaps after an adjective or "of") stand between a count and the participle
// at i in a gapped passive ("and 24 protesters arrested", "and 40 student
// demonstrators detained"), when the participle ends its clause: nothing,
// a punctuation mark or a preposition after it. 0 otherwise.
func gappedSubjectNoun(toks []tok, i int) int {
	if i+1 < len(toks) {
		n := toks[i+1]
		if !isPunct(n.text) && n.pos != "IN" && n.pos != "TO" {
			return 0
		}
	}
	k := i - 1
	if k < 1 || toks[k].pos != "NNS" || isCap(toks[k].text) {
		return 0
	}
	if toks[k-1].pos == "CD" || gappedCounts[toks[k-1].low] {
		return 1
	}
	// "and dozens of protesters arrested": the count word before "of"
	// is the count.
	if toks[k-1].low == "of" && k >= 2 && gappedCounts[toks[k-2].low] {
		return 2
	}
	if (toks[k-1].pos == "JJ" || toks[k-1].pos == "NN") && !isCap(toks[k-1].text) && k >= 2 &&
		(toks[k-2].pos == "CD" || gappedCounts[toks[k-2].low]) {
		return 2
	}
	return 0
}

// gappedCounts tell a count without a figure, as the subject of a gapped
// passive ("and dozens wounded").
var gappedCounts = map[string]bool{"dozens": true, "scores": true, "hundreds": true, "thousands": true, "several": true, "many": true}

// orderedToVerbs take their object before a "to" when active ("ordered the
// envoy to leave") and have the "to" straight after them only as a
// passive ("was ordered to leave").
var orderedToVerbs = map[string]bool{"ordered": true, "told": true, "asked": true, "forced": true, "instructed": true,
	"directed": true, "compelled": true, "urged": true, "required": true}

// clauseBreak says whether a word ends the clause a participle's auxiliary
// would be shared across.
func clauseBreak(l string) bool {
	switch l {
	case ",", ";", ":", "who", "which", "that", "but", "after", "before", "when", "while", "because", "as":
		return true
	}
	return false
}

// byMeans are the means of contact "by" may name after a verb: "talked by
// phone", "met by video link".
var byMeans = map[string]bool{"phone": true, "telephone": true, "video": true, "videoconference": true, "videolink": true,
	"letter": true, "email": true, "e-mail": true, "mail": true, "post": true}

// nameInGap returns a run of two or more capitalised words between i and
// j that no mention covers, as a person's name, or nil.
func nameInGap(toks []tok, ms []mention, i, j int) group {
	for k := i; k < j; k++ {
		if !isCap(toks[k].text) || isPunct(toks[k].text) || determiners[toks[k].low] {
			continue
		}
		e := k
		for e < j && isCap(toks[e].text) && !isPunct(toks[e].text) {
			e++
		}
		if e-k >= 2 && !overlapsAny(ms, k) && !overlapsAny(ms, e-1) {
			return group{mention{i: k, j: e, text: spanText(toks, k, e), kind: "name"}}
		}
		k = e
	}
	return nil
}

// warshipWords are military vessels named after a country's demonym.
var warshipWords = map[string]bool{"warship": true, "warships": true, "frigate": true, "frigates": true, "destroyer": true,
	"destroyers": true, "submarine": true, "submarines": true}

var statives = map[string]bool{"opposed": true, "committed": true, "determined": true, "dedicated": true, "devoted": true}

var irregularParticiple = map[string]bool{"met": true, "held": true, "sent": true, "shot": true, "struck": true, "fought": true, "cut": true, "set": true, "led": true, "freed": true, "seen": true, "flown": true, "hit": true, "found": true, "put": true}

// matchRest matches the words after the first from token k; "*" allows a
// gap of up to four tokens. It returns the end of the match.
func matchRest(toks []tok, k int, words []string, nominal bool, nameEnds []int) (int, bool) {
	for wi := 0; wi < len(words); wi++ {
		w := words[wi]
		if w == "*" {
			if wi+1 >= len(words) {
				return k, true
			}
			nextW := words[wi+1]
			found := false
			quoted := false
			limit := 4
			for g := 0; g <= limit && k+g < len(toks); g++ {
				// A name is one word of the gap however many tokens it
				// has: "wished Kim and his Workers' Party of Korea well"
				// has four.
				if n := gapName(toks, nameEnds, k+g, nextW); n > 0 {
					limit += n
					g += n
					continue
				}
				// Coordinated modifiers of one head noun ("the land and air
				// borders", "its northern and eastern regions") are one
				// object however many there are: the conjunction and the
				// modifier after it do not count against the gap.
				if coordModifier(toks, k+g, g) && limit < 8 {
					limit += 2
				}
				// A possessor and its marker stand where an article would
				// ("handed Sudan's charge d'affaires a protest note" as
				// "handed the charge d'affaires a protest note"): the
				// marker does not count against the gap.
				if toks[k+g].low == "'s" && g > 0 && limit < 6 {
					limit++
				}
				// A noun compound's inner modifier ("the UN human rights
				// envoy", "the state security court") belongs to one head
				// noun, as an adjective does: the middle of a run of three
				// lower-case nominals does not count against the gap.
				if compoundInner(toks, k+g, g) && limit < 6 {
					limit++
				}
				// Quotation marks around the object ("lodged \"stern
				// representations\" with Tokyo") quote the words the
				// actor used for it: they belong to the object and do
				// not count against the gap, where a quote left open
				// (a quoted clause) still ends it.
				if quoteMark(toks[k+g].text) && quotedObject(toks, k+g, k) {
					limit++
					quoted = !quoted
					continue
				}
				// A hyphen inside one word that toToks split ("the
				// Anti-Ballistic Missile Treaty", "Intermediate-Range") joins
				// the word's halves: they count as the one word they are.
				if toks[k+g].low == "-" && g > 0 && k+g+1 < len(toks) && toks[k+g-1].end == toks[k+g].start && toks[k+g].end == toks[k+g+1].start && limit < 8 {
					limit += 2
				}
				// An acronym in brackets right before the pattern's next
				// word glosses the name it follows ("the Intermediate-Range
				// Nuclear Forces (INF) Treaty"): it adds nothing to the gap.
				if toks[k+g].text == "(" && g > 0 && k+g+3 < len(toks) && toks[k+g+2].text == ")" && acronym(toks[k+g+1].text) && wordEq(toks[k+g+3].low, nextW, wi+1 == len(words)-1) {
					limit += 3
					g += 2
					continue
				}
				// "received the first batch of K2 tanks": a noun of
				// quantity and its "of" stand where a number would and do
				// not count against the gap (quantityOf).
				if quantityOf(toks, k+g, g) && limit < 7 {
					limit += 2
				}
				// A sum of money is one word of the gap ("forgave $1
				// billion of Cuba's debt"; see moneySum).
				if n := moneySum(toks, k+g, nextW); n > 0 && limit < 8 {
					limit += n
					g += n
					continue
				}
				// A possessive belongs to the object ("closed the country's
				// borders"), as does a percent sign after its number ("imposed
				// 25% tariffs" as "imposed 25 percent tariffs"); other
				// punctuation ends it.
				if isPunct(toks[k+g].text) && toks[k+g].text != "-" && toks[k+g].low != "'s" && toks[k+g].low != "'" && !currency(toks[k+g].text) && !percentSign(toks, k+g) {
					break
				}
				// The gap is the verb's object ("fire rockets on"); a
				// preposition in it starts another phrase ("fired at it
				// from Syria on Monday").
				// Nor does a time adjunct belong to it: "pulled out of
				// Syria after the agreement" pulls out of Syria, not of
				// the agreement.
				if l := toks[k+g].low; l != "of" && l != nextW && (objPreps[l] || locPreps[l] || l == "from" || adjunctPreps[l]) {
					break
				}
				// "fired tear gas on Monday": a final preposition before a
				// time word dates the act and names no target.
				if wi+1 == len(words)-1 && toks[k+g].low == nextW && (objPreps[nextW] || locPreps[nextW]) && k+g+1 < len(toks) && timeWords[toks[k+g+1].low] {
					break
				}
				if wordEq(toks[k+g].low, nextW, wi+1 == len(words)-1) {
					// "exchanged prisoners' lists": a final noun that is
					// a possessor is no head of the object, the noun after
					// its marker is (lists, not prisoners, change hands).
					if wi+1 == len(words)-1 && possessorOfNoun(toks, k+g) {
						break
					}
					k = k + g + 1
					// The closing mark of a quoted object ends with it.
					if quoted && k < len(toks) && quoteMark(toks[k].text) {
						k++
					}
					wi++
					found = true
					break
				}
			}
			if !found {
				return 0, false
			}
			continue
		}
		if k >= len(toks) || !wordEq(toks[k].low, w, wi == len(words)-1 && len(words) > 0) {
			return 0, false
		}
		k++
	}
	return k, true
}

// possessorOfNoun reports whether the word at i is marked as a possessor
// ("prisoners' lists", "the tanker's crew") of a lower-case noun after it.
func possessorOfNoun(toks []tok, i int) bool {
	if n := wordAt(toks, i+1); n != "'s" && n != "'" {
		return false
	}
	return i+2 < len(toks) && headNoun(toks[i+2]) && !isPunct(toks[i+2].text) && toks[i+2].text == toks[i+2].low
}

// prepObject returns the first token of the named place that is the
// object of trigger t's target preposition ("sailed through the Taiwan
// Strait"), or -1 when the object is no capitalised name.
func prepObject(toks []tok, t *trigger) int {
	k := t.j
	preps := strings.Split(t.p.Prep, "|")
	last := t.p.Words[len(t.p.Words)-1]
	if !slices.Contains(preps, last) {
		if k >= len(toks) || !slices.Contains(preps, toks[k].low) {
			return -1
		}
		k++
	}
	if k < len(toks) && toks[k].low == "the" {
		k++
	}
	if k < len(toks) && isCap(toks[k].text) {
		return k
	}
	return -1
}

// movedToUnnamedPlace says whether a direction phrase ("to the area",
// "into the region") follows trigger t's object in its clause: a
// preposition of motion whose object is a common noun, not an
// infinitive ("deployed police to help") nor a capitalised name.
func movedToUnnamedPlace(toks []tok, t *trigger) bool {
	end := min(t.next, t.j+8, len(toks))
	for k := t.j; k < end; k++ {
		switch toks[k].low {
		case ",", ";", "and", "but", "who", "which", "that":
			return false
		case "to", "into", "toward", "towards":
			k++
			for k < end && (toks[k].low == "the" || toks[k].low == "a" || toks[k].low == "an") {
				k++
			}
			// "to the capital" is the mover's own capital.
			return k < end && strings.HasPrefix(toks[k].pos, "NN") && !isCap(toks[k].text) && toks[k].low != "capital"
		}
	}
	return false
}

// prepPresent says whether trigger t's target preposition follows it
// ("sailed through the strait"), whatever its object.
func prepPresent(toks []tok, t *trigger) bool {
	preps := strings.Split(t.p.Prep, "|")
	if slices.Contains(preps, t.p.Words[len(t.p.Words)-1]) {
		return true
	}
	return t.j < len(toks) && slices.Contains(preps, toks[t.j].low)
}

// waterBodies are the heads of named waters that take a country's name.
var waterBodies = map[string]bool{"strait": true, "straits": true, "sea": true, "gulf": true, "channel": true}

// waterBody returns the name before the head of a named water starting at
// k ("Taiwan" of "Taiwan Strait"): capitalised words, then the head.
func waterBody(toks []tok, k int) (string, bool) {
	var words []string
	for i := k; i < len(toks) && isCap(toks[i].text); i++ {
		if waterBodies[toks[i].low] {
			return strings.Join(words, " "), len(words) > 0
		}
		words = append(words, toks[i].text)
	}
	return "", false
}

// coordModifier reports whether toks[i] is "and" or "or" joining two
// lower-case adjectives or nouns inside a gap (g > 0: something precedes
// it), as in "land and air borders". Capitalised words are left out: "Israel
// and Hamas" coordinates actors, not modifiers of one object.
// compoundInner reports whether token i, the gap's token g, is the middle
// of three lower-case nominals (adjective or noun) in a row inside the gap.
func compoundInner(toks []tok, i, g int) bool {
	if g == 0 || i+1 >= len(toks) {
		return false
	}
	// An envoy word is never a verb, whatever the tagger says ("the UN
	// human rights envoy" may come tagged envoy/VBP).
	nominal := func(t tok) bool {
		return t.text == t.low && (strings.HasPrefix(t.pos, "JJ") || strings.HasPrefix(t.pos, "NN") || envoyWords[t.low])
	}
	return nominal(toks[i-1]) && nominal(toks[i]) && nominal(toks[i+1])
}

// quoteMark says whether text is a double quotation mark, straight or
// curly.
func quoteMark(text string) bool {
	switch text {
	case `"`, "“", "”", "„", "``", "''":
		return true
	}
	return false
}

// quotedObject says whether the quotation mark at q, inside a gap that
// starts at start, is one of a pair enclosing a short run of words with
// no other punctuation (`"stern representations"`): an opening mark
// closed within five words, or the closing mark of one opened in the gap.
func quotedObject(toks []tok, q, start int) bool {
	for k := q - 1; k >= start; k-- {
		if quoteMark(toks[k].text) {
			return true
		}
		if isPunct(toks[k].text) && toks[k].low != "'s" {
			break
		}
	}
	for k := q + 1; k < len(toks) && k <= q+6; k++ {
		if quoteMark(toks[k].text) {
			return k > q+1
		}
		if isPunct(toks[k].text) && toks[k].low != "'s" {
			return false
		}
	}
	return false
}

func coordModifier(toks []tok, i, g int) bool {
	if g == 0 || i+1 >= len(toks) || (toks[i].low != "and" && toks[i].low != "or") {
		return false
	}
	mod := func(t tok) bool {
		return t.text == t.low && (strings.HasPrefix(t.pos, "JJ") || strings.HasPrefix(t.pos, "NN"))
	}
	return mod(toks[i-1]) && mod(toks[i+1])
}

func wordEq(tokLow, w string, plural bool) bool {
	if tokLow == w {
		return true
	}
	if plural {
		for _, f := range nounForms(w) {
			if f == tokLow {
				return true
			}
		}
	}
	return false
}

// Clause boundaries for the subject search (leftwards) and the object
// search (rightwards).
var leftStop = map[string]bool{";": true, ":": true, "\"": true, "\u201c": true, "\u201d": true, "(": true, ")": true, "--": true, "\u2014": true,
	"that": true, "because": true, "although": true, "though": true, "while": true, "whereas": true, "but": true, "if": true,
	"when": true, "after": true, "before": true, "since": true, "unless": true, "whether": true}

var rightStop = map[string]bool{";": true, ":": true, "\"": true, "\u201c": true, "\u201d": true, "--": true, "\u2014": true,
	"which": true, "who": true, "whom": true, "whose": true, "because": true, "although": true, "though": true, "while": true,
	"whereas": true, "but": true, "when": true, "if": true, "unless": true, "as": true, "after": true, "before": true, "where": true}

// relativePronoun are the pronouns that open a clause about the noun before them.
var relativePronoun = map[string]bool{"who": true, "whom": true, "whose": true, "which": true}

var locPreps = map[string]bool{"in": true, "at": true, "near": true, "inside": true, "outside": true, "across": true, "throughout": true, "through": true,
	"around": true, "within": true, "along": true, "over": true, "into": true, "toward": true, "towards": true, "via": true}

var objPreps = map[string]bool{"with": true, "to": true, "on": true, "against": true, "for": true, "about": true, "of": true, "by": true,
	"between": true, "among": true, "upon": true, "under": true, "amid": true, "despite": true, "without": true}

// prepBefore returns the preposition directly before token i, skipping
// determiners and adjectives ("in the capital", "with the U.S.").
func prepBefore(toks []tok, i int) string {
	if p := appositivePlacePrep(toks, i); p != "" {
		return p
	}
	if p := placeKindPrep(toks, i); p != "" {
		return p
	}
	if p := coastOfPrep(toks, i); p != "" {
		return p
	}
	if p := compassOfPrep(toks, i); p != "" {
		return p
	}
	// "along the Kenya-South Sudan border", "on the Kenya-Somalia
	// border": the second name of a hyphenated pair stands in the
	// phrase of the first, and takes the preposition before it.
	if i >= 2 && (toks[i-1].low == "-" || toks[i-1].low == "\u2013") && isCap(toks[i-2].text) {
		k := i - 2
		for k > 0 && isCap(toks[k-1].text) && !isPunct(toks[k-1].low) && k > i-5 {
			k--
		}
		if p := prepBefore(toks, k); p != "" {
			return p
		}
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		l := toks[k].low
		// "About 200 protesters", "around 3,000 troops", "over 50
		// people": before a number the word says how many, and governs
		// nothing. A small count spelled out is exact, and the word
		// before it a preposition: "complained over two Israeli raids".
		if (l == "about" || l == "around" || l == "over" || l == "under") && k+1 < i && numeral(toks[k+1]) && approximateCount(toks, k+1) {
			continue
		}
		if locPreps[l] || objPreps[l] {
			return l
		}
		if l == "that" || len(l) == 4 && l[0] >= '1' && l[0] <= '2' && isNumber(l) || timeNames[l] {
			// A complementiser opens a clause; "In 1979 Egypt", "On
			// Tuesday Okafor", "On July 27 Kim": the preposition takes the
			// date, and the name after it is the subject.
			return ""
		}
		if !(determiners[l] || l == "both" || isCap(toks[k].text) && !isPunct(l) || modifierWord(toks[k])) {
			return ""
		}
	}
	return ""
}

// listedPlacePrep returns the preposition of place that governs the name
// at i as a later member of a list of names ("officials in Jabalia, Khan
// Younis and Rafah said", "officials in Gaza and Israel accused"), and
// the preposition's index: the preposition before the first member
// governs them all, so no member is the subject, which is the noun the
// phrase modifies. A preposition opening its clause or inside a
// predicate is left out (see subjectModifier: "In Geneva, Russia and
// China accused": the comma ends the fronted phrase and the names after
// it are the subject), and so is ", and", which in
// wire style, without serial commas, joins clauses ("rallied in Paris,
// and Macron said"); a member after a comma is one only where the list
// goes on to its "and" ("met in Geneva, Russia said" has none).
func listedPlacePrep(toks []tok, i int) (string, int) {
	k := i - 1
	for k >= 0 && determiners[toks[k].low] && toks[k].low != "'s" {
		k--
	}
	if k < 1 {
		return "", -1
	}
	switch l := toks[k].low; {
	case nameCoordinator(l):
		if toks[k-1].low == "," {
			return "", -1
		}
	case l == ",":
		if !listGoesOn(toks, i) {
			return "", -1
		}
	default:
		return "", -1
	}
	// "After talks in Geneva, Iran and Russia agreed": the comma that
	// closes a fronted phrase ends its list (frontedmeeting.go).
	fronted := frontedPlaceEnd(toks)
	if k == fronted {
		return "", -1
	}
	for k--; k >= 0; k-- {
		l := toks[k].low
		switch {
		case l == "," && k == fronted:
			return "", -1
		case l == ",":
			continue
		case locPreps[l]:
			if !isCap(toks[k+1].text) && !determiners[toks[k+1].low] || !subjectModifier(toks, k) {
				return "", -1
			}
			return l, k
		case isCap(toks[k].text) && !isPunct(l) || determiners[l] && l != "'s" || compassWord(toks[k]):
			continue
		default:
			return "", -1
		}
	}
	return "", -1
}

// subjectModifier says whether the preposition at k can open a phrase
// that modifies its clause's subject: the clause has a noun before it and
// no verb yet. "Israel struck targets in Gaza and Hezbollah fired" puts
// the phrase in the first predicate, which "and" ends; "On Monday in
// Geneva, Iran and the United States agreed" fronts it with nothing but
// adjuncts before it.
func subjectModifier(toks []tok, k int) bool {
	noun := false
	for b := k - 1; b >= 0 && !clauseOpeners[toks[b].low]; b-- {
		l := toks[b].low
		if toks[b].pos == "MD" || !isCap(toks[b].text) && (verbLike(toks[b]) || irregularPast[l]) {
			return false // "struck" is often tagged NN: see verbBefore
		}
		if !(locPreps[l] || objPreps[l] || determiners[l] || timeNames[l] || dayWords[l] || isNumber(l) || isPunct(l)) {
			noun = true
		}
	}
	return noun
}

// listGoesOn says whether the names from i on continue a list to its
// last member after "and" or "or" ("Khan Younis and Rafah", "Khan Younis,
// Rafah and Jabalia").
func listGoesOn(toks []tok, i int) bool {
	for k := i; k+1 < len(toks); k++ {
		l := toks[k].low
		switch {
		case nameCoordinator(l):
			return toks[k-1].low != "," && (isCap(toks[k+1].text) || determiners[toks[k+1].low])
		case l == "," || isCap(toks[k].text) && !isPunct(l) || determiners[l] && l != "'s":
			continue
		default:
			return false
		}
	}
	return false
}

// nameCoordinator says whether l joins the last member of a list.
func nameCoordinator(l string) bool { return l == "and" || l == "or" }

// placeKindPrep returns the preposition of place before a name given with
// its kind of place ("in the capital city of Nairobi", "in the capital
// Nairobi", "near the Syrian town of Qamishli"): the name is the venue
// the preposition governs, as namedPlaceAt reads it for the location,
// and so no party to the event. A possessive ("the capital's mayor") or
// any other word between breaks the phrase.
func placeKindPrep(toks []tok, i int) string {
	if i < 2 || i >= len(toks) || !isCap(toks[i].text) {
		return ""
	}
	k := i - 1
	if toks[k].low == "of" {
		k--
	}
	if k < 1 || !placeKindNouns[toks[k].low] {
		return ""
	}
	if toks[k].low == "city" && toks[k-1].low == "capital" {
		k-- // "the capital city of Nairobi"
	}
	for b := k - 1; b >= 0 && b >= k-4; b-- {
		l := toks[b].low
		if locPreps[l] {
			return l
		}
		if !(determiners[l] && l != "'s" && l != "'" || compassWord(toks[b]) || isCap(toks[b].text) && !isPunct(l)) {
			return ""
		}
	}
	return ""
}

// locatorPrep returns the preposition of "in Portland, Maine," for the
// state or country mention ms[mi] set off by commas after a place: news
// locates a city by the state or country it lies in, and that name is part
// of the place phrase the preposition governs ("Police in Portland, Maine,
// arrested ..."), not a subject. The closing comma is required: without it
// the name may open the clause ("In Brussels, Germany pushed for ...").
func locatorPrep(toks []tok, ms []mention, mi int) string {
	if mi == 0 {
		return ""
	}
	m, place := ms[mi], ms[mi-1]
	if m.i < 2 || toks[m.i-1].low != "," || place.j != m.i-1 || place.kind != kb.TypePlace && !countryLevel(place.kind) ||
		m.kind != kb.TypePlace && !countryLevel(m.kind) {
		return ""
	}
	end := m.j
	if end < len(toks) && toks[end].low == "." {
		end++ // "Portland, Maine." written "Ga.", "Mass." with the period apart
	}
	if end >= len(toks) || toks[end].low != "," {
		return ""
	}
	if p := prepBefore(toks, place.i); locPreps[p] {
		return p
	}
	return ""
}

// placeNouns name a kind of place a name may stand in apposition to:
// "in the capital, Nairobi", "at the port city, Mombasa".
var placeNouns = map[string]bool{"capital": true, "city": true, "town": true, "village": true, "port": true}

// appositivePlacePrep returns the preposition of "in the capital, Nairobi"
// for the name at token i: a name set off by a comma after a place noun
// is that place, governed by the place noun's preposition. A possessor
// ("in the capital, Kenya's president said") is no such name.
func appositivePlacePrep(toks []tok, i int) string {
	if i < 3 || i >= len(toks) || toks[i-1].low != "," || !placeNouns[toks[i-2].low] || !isCap(toks[i].text) {
		return ""
	}
	k := i
	for k < len(toks) && isCap(toks[k].text) && !isPunct(toks[k].low) {
		k++
	}
	if k < len(toks) && toks[k].low == "'s" {
		return ""
	}
	for b := i - 3; b >= 0 && b >= i-6; b-- {
		l := toks[b].low
		if locPreps[l] {
			return l
		}
		if !(determiners[l] || l == "'s" || isCap(toks[b].text) && !isPunct(l) || modifierWord(toks[b]) || l == "port") {
			return ""
		}
	}
	return ""
}

// sponsoredHead says whether the mention at token i is the sponsor of a
// subject that names no actor: "Hackers linked to Russia", "gunmen backed
// by Iran" — the act is coded to the sponsor, as CAMEO codes state-linked
// actors. "Rebels backed by Rwanda" are an actor of their own and are
// not passed over.
func sponsoredHead(toks []tok, ms []mention, i int) bool {
	// The sponsor may follow an article: "backed by the Chinese
	// government", "linked to the Russian military".
	for i > 0 && (toks[i-1].low == "the" || toks[i-1].low == "a" || toks[i-1].low == "an") {
		i--
	}
	if i < 3 {
		return false
	}
	switch toks[i-2].low + " " + toks[i-1].low {
	case "linked to", "tied to", "connected to", "backed by", "sponsored by", "funded by", "directed by":
	default:
		return false
	}
	// The head right before: a common noun that is no mention, opening the
	// sentence after determiners, modifiers or "a group of".
	h := i - 3
	if !headNoun(toks[h]) && !isCap(toks[h].text) {
		return false
	}
	for _, m := range ms {
		if m.i <= h && h < m.j {
			return false
		}
	}
	// "A group of hackers linked to Russia"; a reported clause opens
	// after its speech verb ("Microsoft said a group linked to China had
	// breached ...").
	for k := h - 1; k >= 0; k-- {
		if reportWords[toks[k].low] || toks[k].low == "that" {
			break
		}
		if !(determiners[toks[k].low] || modifierWord(toks[k]) || toks[k].low == "of" || headNoun(toks[k])) {
			return false
		}
	}
	return true
}

// timeNames are weekday and month names, which end a preposition's phrase
// before a name ("On Tuesday Okafor criticised").
var timeNames = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "january": true, "february": true, "march": true, "april": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true}

// modifierWord says whether a lower-case token can sit between a
// preposition and its noun ("from neighboring Lebanon", "to war-torn
// Mozambique"): an adjective-like word, not a verb, conjunction or pronoun.
func modifierWord(t tok) bool {
	if t.pos != "" {
		return t.pos == "JJ" || t.pos == "VBN" || t.pos == "VBG" || t.pos == "CD"
	}
	l := t.low
	if isCap(t.text) || isPunct(l) || verbLeft[l] || clauseLeft[l] || l == "or" || reportWords[l] {
		return false
	}
	return strings.HasSuffix(l, "ing") || strings.HasSuffix(l, "ern") || strings.HasSuffix(l, "ed") ||
		strings.HasSuffix(l, "al") || strings.HasSuffix(l, "ese") || strings.HasSuffix(l, "an") ||
		strings.Contains(l, "-") || l == "neighboring" || l == "neighbouring" || l == "northern" || l == "southern"
}

// group is a set of coordinated mentions ("Washington and Seoul").
type group []mention

// headlineList says whether a group joined by commas alone is a
// headline's list: headlines drop "and" ("Egypt, Qatar urge Israel, Hamas
// to accept ceasefire"). A headline ends with no full stop; the members
// are states or known bodies of different countries, so an appositive
// ("Ruto, Kenya's president") is no list.
func headlineList(toks []tok, g group) bool {
	if len(g) < 2 || len(toks) == 0 {
		return false
	}
	switch toks[len(toks)-1].low {
	case ".", "!", "?", "\"", "'", "”":
		return false
	}
	seen := map[string]bool{}
	for _, m := range g {
		if !(countryLevel(m.kind) || m.kind == "organisation" && m.actorID != "" && !strings.HasPrefix(m.actorID, "doc:")) || m.country == "" || seen[m.country] {
			return false
		}
		seen[m.country] = true
	}
	return true
}

// appositionEnds says whether an appositive name ending before token k is
// closed there: by a comma, a parenthesis, the sentence's end or a finite
// verb, not by "and" ("his counterpart, Kihara and ...", a list).
func appositionEnds(toks []tok, k int) bool {
	if k >= len(toks) {
		return true
	}
	switch toks[k].low {
	case ",", ")", ".", ";", ":", "--", "\u2014":
		return true
	}
	return finiteVerb(toks[k])
}

// finiteVerbBefore says whether a finite verb stands before token k: a
// clause has begun, so a noun at k is no sentence subject.
func finiteVerbBefore(toks []tok, k int) bool {
	for q := 0; q < k && q < len(toks); q++ {
		if finiteVerb(toks[q]) {
			return true
		}
	}
	return false
}

// verbBefore says whether a verb of any form stands before token k: by
// its tag, or an irregular past form the tagger may read as a noun
// ("Israel struck Hamas targets in Gaza" has "struck" tagged NN).
func verbBefore(toks []tok, k int) bool {
	for q := 0; q < k && q < len(toks); q++ {
		if !isCap(toks[q].text) && (verbLike(toks[q]) || irregularPast[toks[q].low]) {
			return true
		}
	}
	return false
}

// irregularPast are past forms, no nouns, that a tagger may still tag as
// nouns in a headline-like clause.
var irregularPast = map[string]bool{"struck": true, "fought": true, "shot": true, "sent": true, "held": true, "met": true,
	"led": true, "won": true, "took": true, "began": true, "drew": true, "seized": true, "overran": true}

// groupAt extends mention index mi into its coordination: neighbours joined
// by "and", "or", ",", "-" or "/".
// conditionParty returns the actor opening the "if" or "unless" clause
// within 15 tokens after token j ("unless Israel rescinded ..."), when it
// is not the source itself; nil when there is none.
func conditionParty(toks []tok, ms []mention, j int, src group) group {
	for q := j; q < len(toks) && q < j+15; q++ {
		if l := toks[q].low; l == ";" || l == "\"" {
			break
		}
		if l := toks[q].low; l == "unless" || l == "if" {
			if mi := mentionAt(toks, ms, q+1, 2); mi >= 0 && !sameGroup(group{ms[mi]}, src) {
				return groupAt(toks, ms, mi)
			}
			break
		}
	}
	return nil
}

func groupAt(toks []tok, ms []mention, mi int) group {
	g := group{ms[mi]}
	var joins []bool // per join in g: true when it has a conjunction
	conj := func(a, b mention) bool {
		for _, t := range toks[a.j:b.i] {
			switch t.low {
			case "and", "or", "&", "-", "/", "\u2013", "nor":
				return true
			}
		}
		return false
	}
	joinable := func(a, b mention) bool {
		// "met in Cairo, and both sides pledged": a pair phrase stands
		// for the two it names, never a member of a list ("both" before
		// its head is no list word here).
		if len(a.pair) > 0 || len(b.pair) > 0 {
			return false
		}
		gap := toks[a.j:b.i]
		// "arrested Somali smugglers and Ethiopian officials condemned
		// ...": a phrase with a verb of its own after it starts a new
		// clause.
		ownVerb := func() bool {
			k := b.j
			for k < len(toks) && k < b.j+2 && headNoun(toks[k]) {
				k++
			}
			return k < len(toks) && (finiteVerb(toks[k]) || toks[k].pos == "" && !isPunct(toks[k].text) && !objPreps[toks[k].low] && !locPreps[toks[k].low] && !rightStop[toks[k].low] && !timeWords[toks[k].low])
		}
		// "imposed restrictions on Rwanda, and the United States said
		// ...": a comma before "and" or "but" joins two names as a list
		// only in a list of three or more ("Russia, China, and Iran
		// signed"); after a name no comma precedes, it and a phrase with
		// a verb of its own open a second clause.
		if commaConjClause(toks, a, gap) && ownVerb() {
			return false
		}
		// "two Iranian nationals and a Turkish citizen": the common noun a
		// demonym modifies belongs to its phrase, not to the gap.
		if a.kind == "demonym" {
			h := 0
			for h < len(gap) && h < 2 && headNoun(gap[h]) {
				h++
			}
			if h > 0 && h < len(gap) {
				gap = gap[h:]
				if ownVerb() {
					return false
				}
			}
		}
		// "Kenya arrested Somali smugglers and Ethiopian officials
		// condemned ...", "Russia attacked Ukraine and Poland condemned
		// the strike": so does one after the object of a verb when the
		// object's role word is its own head noun or the object is a
		// name; a subject ("police and soldiers fought") or a reported
		// clause's subject ("said police and soldiers fought") is not
		// cut. Without a verb of its own after it ("attacked Ukraine and
		// Poland on Monday") the phrase is still a second object. Nor is
		// a pair of names before a modal cut ("warned Ukraine and Poland
		// would pay"): both are the subject of the verb's clause.
		named := a.kind == "country" || a.kind == "capital" || a.kind == "organisation" || a.kind == "person" || a.kind == "name"
		if named && b.j < len(toks) && toks[b.j].pos == "MD" {
			named = false
		}
		if (a.kind == "role" || a.kind == "demonym" && a.sector != "" || named) && len(gap) == 1 && (gap[0].low == "and" || gap[0].low == "or") && a.i > 0 && verbLike(toks[a.i-1]) && !reportWords[toks[a.i-1].low] && !thatReportWords[toks[a.i-1].low] && ownVerb() {
			return false
		}
		// "Israel struck Hamas targets in Gaza and Hezbollah fired rockets
		// at northern Israel": a place that is the object of a locative
		// preposition after a verb says where that clause happened; the
		// name after "and" with a verb of its own opens the next clause
		// alone. ("Fighters from Hamas and Hezbollah fired": "from" is no
		// locative preposition and no verb comes before it.)
		if placeKind(a.kind) && len(gap) == 1 && gap[0].low == "and" && locPreps[prepBefore(toks, a.i)] && verbBefore(toks, a.i) && ownVerb() {
			return false
		}
		// "Ethiopia and Tigrayan rebels": a capitalised word the knowledge
		// base does not know, right before a role word, modifies it.
		if b.kind == "role" {
			for len(gap) > 1 && isCap(gap[len(gap)-1].text) && !isPunct(gap[len(gap)-1].text) {
				gap = gap[:len(gap)-1]
			}
		}
		if len(gap) == 0 || len(gap) > 3 {
			return false
		}
		hasConj, commas, articles, adjectives := false, 0, 0, 0
		for _, t := range gap {
			// "Sudan's army and the paramilitary Rapid Support Forces": a
			// lower-case adjective on a named organisation that is the next
			// conjunct is part of its phrase, not a word that ends the
			// list. (Before a demonym it is more often a quantifier or a
			// contrast, "and many European states", "and other Arab
			// governments", that makes another phrase.)
			// An ideology word in -ist ("the leftist National Liberation
			// Army", "the separatist ...") is such an adjective too, though
			// the tagger, which also knows it as a noun, may not say so.
			if (strings.HasPrefix(t.pos, "JJ") || ideologyWord(t.low)) && !isCap(t.text) && b.kind == "organisation" {
				adjectives++
				continue
			}
			switch t.low {
			case "and", "or", "&", "-", "/", "\u2013", "nor":
				hasConj = true
			case ",":
				commas++
			case "the":
				articles++
			case "a", "an", "both", "as", "well", "former", "then", "its", "their", "his", "her", "our":
			default:
				return false
			}
		}
		// "Russia, the United States and China": a list member's own
		// article after the comma ("the United States") keeps the comma a
		// list separator; whether the list is one (a conjunction follows)
		// or an apposition is settled below.
		// "In Geneva, the United States and Russia agreed": a place
		// fronted with its preposition at the sentence's start is an
		// adjunct, no list member.
		if adjectives > 0 {
			return hasConj
		}
		return hasConj || commas == 1 && commas+articles == len(gap) && !frontedPlace(toks, a)
	}
	for k := mi - 1; k >= 0; k-- {
		if ms[k].kind == "pronoun" || !joinable(ms[k], g[0]) {
			break
		}
		joins = append([]bool{conj(ms[k], g[0])}, joins...)
		g = append(group{ms[k]}, g...)
	}
	for k := mi + 1; k < len(ms); k++ {
		if ms[k].kind == "pronoun" || !joinable(g[len(g)-1], ms[k]) {
			break
		}
		joins = append(joins, conj(g[len(g)-1], ms[k]))
		g = append(g, ms[k])
	}
	// "his Japanese counterpart, Minoru Kihara,": a role named by the
	// person in apposition after it is that person, who stands in its
	// place (with the role's country and sector if the name has none).
	self := ms[mi].i // where the mention itself begins, or its stand-in
	for q := 0; q+1 < len(g); q++ {
		m, n := g[q], g[q+1]
		if (m.kind != "role" && m.kind != "demonym") || n.kind != "person" || n.i != m.j+1 || toks[m.j].low != "," || !appositionEnds(toks, n.j) {
			continue
		}
		// "an attack that killed 10 people, Foreign Minister Hayashi
		// said": a name closed by a report verb after a clause of its own
		// is the speaker of a trailing attribution, not an appositive of
		// the clause's last noun. At the head of the sentence it still is
		// one ("Lebanon's prime minister, Najib Mikati said").
		if n.j < len(toks) && reportWords[toks[n.j].low] && finiteVerbBefore(toks, m.i) {
			continue
		}
		if n.country == "" {
			n.country = m.country
		}
		if n.sector == "" {
			n.sector = m.sector
		}
		if m.i == self {
			self = n.i
		}
		g = append(append(g[:q:q], n), g[q+2:]...)
		joins = append(joins[:q:q], joins[q+1:]...)
	}
	// A list ends with a conjunction ("A, B and C"); members joined only by
	// commas after the last conjunction belong to another phrase, and a
	// group with no conjunction at all is an appositive or a new clause.
	last := -1
	for q, c := range joins {
		if c {
			last = q
		}
	}
	if last < 0 && headlineList(toks, g) {
		last = len(joins) - 1
	}
	if last < 0 {
		// Keep the mention itself (plus an appositive of the same country,
		// dropped below).
		var keep group
		for q, m := range g {
			if m.i == self || q > 0 && g[q-1].i == self && m.country == ms[mi].country {
				keep = append(keep, m)
			}
		}
		g = keep
	} else {
		g = g[:last+2]
		// Leading comma-only joins before the list start are fine ("A, B
		// and C"), but only if the mention itself is inside the kept span.
	}
	if len(g) == 0 {
		g = group{ms[mi]}
	}
	// Appositives: "Kim Jong Un, North Korea's leader," names one actor; a
	// comma-joined neighbour of the same country is dropped. Only a group
	// with an explicit conjunction keeps same-country members.
	// Members joined by a conjunction stay when they are different actors
	// of one country: "Sudan's army and the Rapid Support Forces".
	if len(g) > 1 {
		var out group
		seen := map[string]bool{}
		for q, m := range g {
			k := m.country
			if k == "" {
				k = m.key()
			}
			if q > 0 && last >= 0 && q-1 < len(joins) && joins[q-1] && !seen[m.key()] {
				k = m.key()
			}
			if seen[k] {
				continue
			}
			seen[k], seen[m.key()] = true, true
			out = append(out, m)
		}
		g = out
	}
	// A bare role word without country adds nothing next to real actors.
	if len(g) > 1 {
		var out group
		for _, m := range g {
			if m.kind == "role" && m.country == "" {
				continue
			}
			out = append(out, m)
		}
		if len(out) > 0 {
			g = out
		}
	}
	// "the two leaders": the pair named before stands in the phrase's
	// place, as the states named before do for "the three countries".
	if len(g) == 1 && len(g[0].pair) >= 2 {
		g = append(group(nil), g[0].pair...)
	}
	return g
}

// ownCountryTrip says whether a visit's target is only a place, or the
// bare country standing in for one, of its visitor's own country, or
// none at all: a journey at home, with no host. A visitor whose country
// was only borrowed from the sentence (see dropBorrowed) may have it
// from the very place visited, and proves nothing unless the dateline's
// country is that one too.
func ownCountryTrip(src, tgt group, dateline string) bool {
	if len(src) == 0 || src[0].country == "" || src[0].abroad || src[0].borrowed && src[0].country != dateline {
		return false
	}
	for _, m := range tgt {
		if m.country != src[0].country || m.sector != "" {
			return false
		}
		if !placeKind(m.kind) && !m.where && m.kind != "city" {
			return false
		}
	}
	return true
}

// executorSubject says whether a warning's target is the subject of its
// complement clause ("warned that the unions would resume the strike")
// acting through a modal and a verb that does something to someone, not
// one that undergoes the consequence held out ("would pay a heavy
// price", "would face consequences", "would be punished"): such a
// subject carries the threat out and is the warner's side.
func executorSubject(toks []tok, t *trigger, tgt group) bool {
	if len(tgt) == 0 || t.j >= len(toks) {
		return false
	}
	from := t.j
	if toks[from].low == "that" {
		from++
	}
	for from < len(toks) && determiners[toks[from].low] {
		from++
	}
	if tgt[0].i != from {
		return false
	}
	q := tgt[len(tgt)-1].j
	if q+1 >= len(toks) || !modalWords[toks[q].low] {
		return false
	}
	v := toks[q+1].low
	if v == "not" || v == "never" {
		return false
	}
	return !sufferedConsequences[v]
}

// sufferedConsequences are verbs after a modal whose subject undergoes
// what a warning holds out rather than doing it: "would pay", "will
// face", "would be", "would regret".
var sufferedConsequences = map[string]bool{"pay": true, "face": true, "suffer": true, "bear": true, "be": true, "regret": true,
	"receive": true, "get": true, "have": true, "lose": true, "feel": true, "see": true, "meet": true}

// ownHarmWarning says whether a warning's target, the subject of its
// "that" clause, is of the warner's own country and no side that could be
// coerced or opposed there: a place, the economy, business, farmers or
// other civilians.
func ownHarmWarning(toks []tok, t *trigger, src, tgt group) bool {
	if len(src) == 0 || len(tgt) == 0 || src[0].country == "" || t.j >= len(toks) || toks[t.j].low != "that" {
		return false
	}
	for _, m := range tgt {
		if m.country != src[0].country || m.i < t.j {
			return false
		}
		switch m.sector {
		case "", kb.SectorBusiness, kb.SectorCivilian, kb.SectorAgriculture, kb.SectorLabour, kb.SectorHealth, kb.SectorEducation, kb.SectorEnvironment:
		default:
			return false
		}
		if m.sector == "" && !m.where && m.kind != kb.TypePlace && m.kind != "demonym" && !strings.HasPrefix(m.actorID, "place:") {
			return false
		}
	}
	return true
}

// forecastWarning says whether the "that" clause after a warning verb at
// t has a subject that names no actor and is no pronoun ("warned that
// households would feel the strain", "that prices would rise"): the
// warning forecasts, it threatens no one.
func forecastWarning(toks []tok, ms []mention, t *trigger) bool {
	th := warnedThat(toks, t.j)
	if th < 0 {
		return false
	}
	from := th + 1
	q := from
	// "warned on Thursday that measles cases were rising": the tagger
	// may read a plural noun opening the clause as a verb ("measles"
	// VBZ before "cases"); a clause has its subject first, so a
	// present verb there followed by a noun is that noun's modifier.
	if from+1 < len(toks) && toks[from].pos == "VBZ" && strings.HasPrefix(toks[from+1].pos, "NN") {
		q++
	}
	for q < len(toks) && q < from+8 && !finiteVerb(toks[q]) {
		l := toks[q].low
		if toks[q].pos == "PRP" || objPronouns[l] || l == "," || l == "if" || l == "unless" || l == "when" {
			return false
		}
		q++
	}
	if q == from || q >= len(toks) || !finiteVerb(toks[q]) {
		return false
	}
	for _, m := range ms {
		if m.i >= from && m.i < q {
			// "warned that a cholera outbreak in Sudan was spreading":
			// the land a hazard or trend is in, after the clause's
			// first noun, is where it happens, not who acts; the
			// subject still names no actor (as in plightWarning).
			if m.i > from && hazardPlace(toks, m) {
				continue
			}
			// "warned that Egypt's debt could become unsustainable": a
			// possessor whose thing names no actor (no mention covers
			// it) is whose trend it is, not who acts.
			if possessedThing(toks, ms, m, q) || forecastSubjectTail(toks, m, from) {
				continue
			}
			return false
		}
	}
	return true
}

// possessedThing says whether mention m is a possessor ("Egypt's") whose
// possessed noun, up to the clause verb at q, is a lower-case word no
// mention covers ("Egypt's debt", "Kenya's maize harvest"), as against
// "Israel's army", which the resolver names as an actor.
func possessedThing(toks []tok, ms []mention, m mention, q int) bool {
	if m.j >= q || toks[m.j].low != "'s" || m.j+1 >= q {
		return false
	}
	for k := m.j + 1; k < q; k++ {
		if isCap(toks[k].text) || isPunct(toks[k].text) {
			return false
		}
		for _, o := range ms {
			if o.i <= k && k < o.j {
				return false
			}
		}
	}
	return true
}

// warnedThat returns the index of the "that" opening a warning's clause
// at j, past a time adjunct between ("warned on Friday that ..."), or -1.
func warnedThat(toks []tok, j int) int {
	for k := j; k < len(toks) && k < j+5; k++ {
		l := toks[k].low
		switch {
		case l == "that":
			return k
		case l == "on" || l == "late" || l == "early" || l == "again" || l == "also" || l == "the" || timeNoun(l) || isNumber(l):
		default:
			return -1
		}
	}
	return -1
}

// hazardPlace says whether mention m is a country or place governed by
// "in" or "across" ("an outbreak in Sudan", "floods across Pakistan").
func hazardPlace(toks []tok, m mention) bool {
	if pr := prepBefore(toks, m.i); pr != "in" && pr != "across" {
		return false
	}
	return m.kind == "place" || m.kind == "country" || m.where || strings.HasPrefix(m.actorID, "place:")
}

// plightVerbs tell what befalls their subject: a hardship faced or
// risked ("faced severe hunger", "risk starvation") or, after a modal,
// suffered ("could die", "would go hungry").
var plightVerbs = map[string]bool{"face": true, "faces": true, "faced": true, "risk": true, "risks": true, "risked": true,
	"die": true, "starve": true, "perish": true, "suffer": true, "go": true}

// plightWarning says whether the "that" clause after a warning verb at t
// has for its subject only civilians or refugees, with no actor of their
// own, and for its verb a plight they face ("warned that 13 million
// people faced severe hunger", "that refugees could starve"), no penalty
// ("would face arrest").
func plightWarning(toks []tok, ms []mention, t *trigger) bool {
	th := warnedThat(toks, t.j)
	if th < 0 {
		return false
	}
	from := th + 1
	q := from
	// The tagger may read "faced" after a plural noun as a participle.
	for q < len(toks) && q < from+8 && !finiteVerb(toks[q]) && !(plightVerbs[toks[q].low] && strings.HasPrefix(toks[q].pos, "VB")) {
		q++
	}
	if q == from || q >= len(toks) || q == from+8 {
		return false
	}
	subj := 0
	for _, m := range ms {
		if m.i < from || m.i >= q {
			continue
		}
		// "children in Gaza": a place where they are is no subject.
		if pr := prepBefore(toks, m.i); (pr == "in" || pr == "of" || pr == "across") && m.j <= q {
			if m.kind == "place" || m.kind == "country" || m.where || strings.HasPrefix(m.actorID, "place:") {
				continue
			}
		}
		if m.sector != kb.SectorCivilian && m.sector != kb.SectorRefugee {
			return false
		}
		subj++
	}
	if subj == 0 {
		return false
	}
	v := q
	if pastModals[toks[v].low] || toks[v].low == "will" || toks[v].low == "may" || toks[v].low == "can" {
		v++
	}
	if v >= len(toks) || !plightVerbs[toks[v].low] {
		return false
	}
	for k := v + 1; k < len(toks) && k <= v+4; k++ {
		if penaltyNouns[toks[k].low] || isPunct(toks[k].low) {
			return !penaltyNouns[toks[k].low]
		}
	}
	return true
}

// chargeBefore says whether a charge ("of shelling", "for the attack",
// "over the killings") opens between tokens from and to: words after it
// are about the act charged, not the accusation.
// besidePlace says whether mention m is governed by a preposition that
// tells the spot of an act rather than the land it happened in: beside
// something ("outside parliament", "near Mombasa"), or at or inside a
// building or body ("at parliament", "inside the embassy"). A country or
// city after "at" or "inside" is still the land ("inside Syria").
func besidePlace(toks []tok, m mention) bool {
	switch prepBefore(toks, m.i) {
	case "outside", "near", "beside", "opposite", "behind", "around":
		return true
	case "at", "inside":
		return m.kind != "place" && m.kind != "country"
	}
	return false
}

func chargeBefore(toks []tok, from, to int) bool {
	for q := from; q < to && q < len(toks); q++ {
		switch toks[q].low {
		case "of", "for", "over":
			return true
		}
	}
	return false
}

// ideologyWord says whether a word names a political stance by its -ist
// ending ("leftist", "separatist", "jihadist", "nationalist"): before a
// named organisation it qualifies the name as an adjective does.
func ideologyWord(low string) bool {
	return len(low) > 5 && strings.HasSuffix(low, "ist") && !strings.ContainsAny(low, "0123456789")
}

// frontedPlace says whether mention m is the object of a preposition of
// place that opens the sentence: "In Geneva, ...", "At the summit in Oslo,
// ...".
func frontedPlace(toks []tok, m mention) bool {
	// "On Monday in Geneva, ...", "In the Swiss city of Geneva, ...": a
	// name inside a fronted place phrase is part of it.
	if comma := frontedPlaceEnd(toks); comma > 0 && m.j <= comma {
		return true
	}
	p := prepBefore(toks, m.i)
	if !locPreps[p] {
		return false
	}
	for k := 0; k < m.i; k++ {
		if toks[k].low == p {
			return k == 0
		}
	}
	return false
}

// frontedPlaceEnd returns the comma that closes a place phrase opening
// the sentence, or -1: "In Geneva,", "On Monday in Geneva,", "In Geneva
// on Monday,", "In the Swiss city of Geneva,". The phrase holds only
// prepositions of place and time, dates and names (with an article and
// "city of"); "In response to the attack in Kabul," is no place phrase
// (the place is the attack's), nor is "In a statement,".
func frontedPlaceEnd(toks []tok) int {
	// "After talks in Geneva, ...": a meeting's place (frontedmeeting.go).
	if k := frontedMeetingEnd(toks); k > 0 {
		return k
	}
	if len(toks) == 0 || !(toks[0].low == "in" || toks[0].low == "at" || toks[0].low == "on") {
		return -1
	}
	place := false
	for k, t := range toks {
		l := t.low
		switch {
		case l == ",":
			if !place {
				return -1
			}
			return k
		case k > 12:
			return -1
		case l == "in" || l == "at":
			place = place || k+1 < len(toks) && (isCap(toks[k+1].text) || toks[k+1].low == "the")
		case l == "on" || l == "the" || l == "of" || l == "city" || l == "capital" || l == "'s" || timeWords[l] || timeNames[l]:
		case l[0] >= '0' && l[0] <= '9':
		case isCap(t.text) && !isPunct(l):
		default:
			return -1
		}
	}
	return -1
}

// frontedVenue returns the place a fronted place phrase names ("In
// Geneva, Iran and the US agreed ...") as the place of an event told in
// the clause it opens: after its comma, before any report verb ("In
// Geneva, the envoy said Iran would ..." places the saying, not what was
// said) or clause break.
func (c *Coder) frontedVenue(toks []tok, ms []mention, t *trigger, src, tgt group) *mention {
	comma := frontedPlaceEnd(toks)
	if comma < 0 || t.i <= comma {
		return nil
	}
	for q := comma + 1; q < t.i; q++ {
		l := toks[q].low
		if reportWords[l] || rightStop[l] || l == ";" || l == "," && q+1 < len(toks) && (toks[q+1].low == "and" || toks[q+1].low == "but") {
			return nil
		}
	}
	var place *mention
	for mi := range ms {
		m := ms[mi]
		if m.j > comma {
			break
		}
		if p := prepBefore(toks, m.i); p == "in" || p == "at" || p == "of" && m.i >= 2 && (toks[m.i-2].low == "city" || toks[m.i-2].low == "capital") {
			if v := placeVenue(m, src, tgt); v != nil {
				place = v
			}
		}
	}
	if place == nil {
		// "In Antwerp, EU ministers agreed ...": a city the tagger left
		// untagged (see untaggedCity).
		for q := 0; q+1 < comma; q++ {
			if l := toks[q].low; l == "in" || l == "at" {
				if m := c.untaggedCity(toks, ms, q+1, nil); m != nil {
					place = m
				}
			}
		}
	}
	return place
}

// subjectVenue returns the place inside the subject of a verb event, "X in
// <place>" right before the verb ("Police in Jericho arrested three men",
// "Ethnic Albanians in south Serbia protested"): the group is named by
// where it is, and that is where it acts. The place may follow a
// determiner, a compass word or a kind of place ("in the town of Rafah");
// a place the tagger left untagged is taken as venueAfter's fallback
// takes it (untaggedCity).
func (c *Coder) subjectVenue(toks []tok, ms []mention, t *trigger) *mention {
	if t.nominal || t.passive || t.i < 3 {
		return nil
	}
	end := t.i // the place ends right before the verb, or before adverbs
	for end > 0 && (adverbs[toks[end-1].low] || verbLeft[toks[end-1].low] && toks[end-1].low != "and") {
		end--
	}
	for q := end - 2; q >= 1 && q >= end-7; q-- {
		if toks[q].low != "in" {
			continue
		}
		// The word before "in" heads the subject: a noun or a name, not
		// a verb ("arrested in Tyre" is the verb's place, found before).
		if prev := toks[q-1]; !(headNoun(prev) || strings.HasPrefix(prev.pos, "NN") || isCap(prev.text) && !isPunct(prev.low)) {
			return nil
		}
		var m *mention
		if ni := namedPlaceAt(toks, ms, q+1); ni >= 0 {
			m = &ms[ni]
		} else {
			for k := q + 1; k < end && m == nil; k++ {
				if mi := mentionAt(toks, ms, k, 0); mi >= 0 {
					m = &ms[mi]
				} else if u := c.untaggedCity(toks, ms, k, nil); u != nil {
					m = u
				} else if !determiners[toks[k].low] && !compassWord(toks[k]) {
					break
				}
			}
		}
		if m == nil || m.j != end || m.i <= q {
			return nil
		}
		if !(countryLevel(m.kind) || m.kind == kb.TypePlace) || m.country == "" && m.actorID == "" {
			return nil
		}
		v := *m
		return &v
	}
	return nil
}

// headNoun says whether a token is a common noun that can head a phrase a
// demonym modifies ("Iranian nationals"): by its tag, or without tags a
// lower-case word that is no function word.
func headNoun(t tok) bool {
	if t.pos != "" {
		return t.pos == "NN" || t.pos == "NNS"
	}
	l := t.low
	if isCap(t.text) || isPunct(l) || determiners[l] || verbLeft[l] || objPreps[l] || locPreps[l] || leftStop[l] || rightStop[l] ||
		reportWords[l] || l == "or" || l == "nor" || l == "from" || strings.HasSuffix(l, "ed") || strings.HasSuffix(l, "ing") {
		return false
	}
	return true
}

// usable says whether a mention can be an event participant.
func usable(m mention) bool {
	if m.kind == kb.TypePlace && m.country == "" {
		return false // a shared sea or a contested region is where, not who
	}
	return m.kind != "pronoun" && (m.country != "" || m.actorID != "" || m.kind == "name" || m.kind == "role")
}

// subjectOf finds the source group left of token i within the clause. When
// the subject's head is not an actor ("a camp for Congolese refugees"), the
// actor inside it is taken.
func subjectOf(toks []tok, ms []mention, i, floor int, st *articleState, reporter *group) (group, bool) {
	if g, ok := subjectOf1(toks, ms, i, floor, st, reporter, false); ok {
		return g, true
	}
	return subjectOf1(toks, ms, i, floor, st, reporter, true)
}

// senderSubject is the subject of the verb of sending at i that a purpose
// clause hangs from ("Australia sent soldiers to help"), or nothing when
// there is no such verb (i <= 0): subjectOf is not asked about a verb that
// is not there.
func senderSubject(toks []tok, ms []mention, i, floor int, st *articleState, reporter *group) (group, bool) {
	if i <= 0 {
		return group{}, false
	}
	return subjectOf(toks, ms, i, floor, st, reporter)
}

// bareQuantifiers are quantifiers that can stand alone as a clause's
// subject for an unnamed part of some group ("many have voiced concern",
// "some fled", "others stayed").
var bareQuantifiers = map[string]bool{"many": true, "some": true, "others": true, "most": true, "few": true, "several": true}

// clauseOpeners are the words and marks after which a new clause, and so
// its subject, begins. Not "and": "Russia and others have criticized"
// coordinates the subject itself.
var clauseOpeners = map[string]bool{",": true, ";": true, ":": true, "but": true, "while": true, "whereas": true,
	"though": true, "although": true, "because": true, "since": true, "as": true, "that": true}

// perfectAux are the auxiliaries of the perfect, which may stand between
// "and" and a coordinated predicate's participle ("and has accused").
var perfectAux = map[string]bool{"has": true, "have": true, "had": true}

// coordAux are the modals and auxiliaries (and "not") that may stand
// between a coordinating conjunction and a predicate's verb.
var coordAux = map[string]bool{"could": true, "would": true, "may": true, "might": true, "will": true, "shall": true,
	"should": true, "must": true, "can": true, "did": true, "does": true, "do": true, "not": true, "never": true}

// standIn puts an actor remembered from an earlier sentence (the subject
// of the latest event, the person named last) in the place of the word that
// refers to it in this one: "They" in "They agreed to meet again". The
// remembered mention keeps who it is (actor, country, sector, text) but
// takes the referring word's token span, because every position check
// downstream (the word before a role for "its"/"their", the word after a
// subject, the clause a subject stands in) reads this sentence's tokens;
// the earlier sentence's positions would read some other word here, or
// run past this sentence's end. Mentions already re-anchored this way:
// a lone surname and "the council" (see bodyAnaphora); the pair for "the
// two leaders" has no position at all (see notePair).
func standIn(remembered, at mention) mention {
	remembered.i, remembered.j = at.i, at.j
	return remembered
}

// possessedAfter returns the index of the actor right after mention q's
// possessive "'s" ("Iran's Revolutionary Guards"), or -1.
func possessedAfter(toks []tok, ms []mention, q int) int {
	if wordAt(toks, ms[q].j) != "'s" {
		return -1
	}
	for h := range ms {
		if ms[h].i == ms[q].j+1 && usable(ms[h]) && ms[h].kind != "pronoun" {
			return h
		}
	}
	return -1
}

func subjectOf1(toks []tok, ms []mention, i, floor int, st *articleState, reporter *group, anyPrep bool) (group, bool) {
	// "Negotiators persuaded him to release the passengers": the object
	// of a verb of causing does the act, not the verb's subject; an
	// object the knowledge base cannot name leaves no source rather than
	// lend the persuader's.
	if c := causedObjectVerb(toks, i); c >= floor {
		floor = c + 1
	}
	k := i - 1
	// Coordinated predicate: "... and vowed to ..." shares the subject of
	// the clause it joins.
	kk := k
	// Modals and auxiliaries between "and" and the verb keep the
	// predicate coordinated: "criticized Mali and could criticize Niger".
	// So does a perfect's auxiliary: "is one of the fiercest critics of
	// China's claims and has accused Beijing": the subject of "has
	// accused" is that of "is", not a possessor inside its complement.
	for kk >= 0 && (adverbs[toks[kk].low] || toks[kk].low == "also" || coordAux[toks[kk].low] || perfectAux[toks[kk].low]) {
		kk--
	}
	// "and in 2021 expelled two diplomats": a time adjunct fronted in
	// the coordinated predicate stands between "and" and its verb.
	if a := timedConjunct(toks, kk); a >= 0 {
		kk = a
	}
	// "Though the government tried to reassure the Chinese public, many
	// have voiced concerns": a quantifier standing alone as the subject
	// ("many", "some", "others") is an unnamed part of some public, and
	// the overt subject of its clause; no actor of an earlier clause
	// acts for it. The event keeps no source rather than borrow one, as
	// for any subject the knowledge base cannot name: PLOVER codes a
	// source only where it is identifiable, and a coded "China accuses
	// China" would misstate a domestic complaint as the state's act.
	if kk >= 0 && bareQuantifiers[toks[kk].low] && (kk == 0 || clauseOpeners[toks[kk-1].low]) {
		return nil, false
	}
	// A participial adjunct (", killing three people") shares the subject
	// of the main clause: the sentence's first actor outside a phrase.
	// So does one right after a time adjunct: "marched through Belgrade on
	// Saturday demanding ...".
	// "Hundreds of protesters stormed the embassy, setting fire to ...":
	// the "of" after a crowd's size counts the subject and governs no
	// phrase, so the counted people are still the main clause's subject.
	// "gathered outside the Congress in Lima demanding new elections":
	// places between the verb and the participle are no doers of it.
	if v := placedParticiple(toks, ms, i); v >= 0 {
		k = v
	}
	if k >= 0 && (toks[k].low == "," || timeNames[toks[k].low] || dayWords[toks[k].low] || k < i-1 && placedParticiple(toks, ms, i) == k) && strings.HasSuffix(toks[i].low, "ing") && (toks[i].pos == "" || toks[i].pos == "VBG") {
		for q := range ms {
			if ms[q].j <= k && ms[q].i >= floor && usable(ms[q]) && ms[q].kind != "pronoun" && (prepBefore(toks, ms[q].i) == "" || ms[q].i > 0 && toks[ms[q].i-1].low == "of" && countWord(toks, ms[q].i-1)) {
				// "An air strike hit the main hospital in Gaza City,
				// killing 12": the first actor is the main verb's direct
				// object, struck, and the subject that kills stands
				// before that verb naming no actor. The struck place is
				// no agent; the event keeps no source rather than borrow
				// the object (as for a coordinated predicate, below).
				if verbObject(toks, nounPhraseOpen(toks, ms[q].i)) {
					return nil, false
				}
				// "Iran's Revolutionary Guards seized a tanker,
				// accusing it of smuggling": a possessor is not the
				// subject; the actor it owns is.
				if h := possessedAfter(toks, ms, q); h >= 0 && ms[h].j <= k {
					q = h
				}
				// "Ukraine accused Russia of shelling Kharkiv, killing
				// three civilians": the participle goes on the act
				// charged, whose doer is the accused, not the accuser.
				if a := accusedDoer(toks, ms, ms[q].j, k); a >= 0 {
					q = a
				}
				return groupAt(toks, ms, q), true
			}
		}
	}
	// "The UN envoy left Tripoli without meeting the prime minister": a
	// gerund after "without" has the main clause's subject, never the
	// main verb's object (a capital read as its government) before it.
	// Only within one clause: with punctuation or a clause opener ("if
	// they pull it off without burning stubble") between the subject and
	// "without", the search below decides as before.
	// So does one after "after", "before", "since", "while", "when",
	// "upon" or "by" ("Police fired tear gas after arresting three
	// activists", "hours after placing the president under house arrest").
	if k == i-1 && k > floor && gerundPreps[toks[k].low] && strings.HasSuffix(toks[i].low, "ing") {
		for q := range ms {
			if ms[q].j <= k && ms[q].i >= floor && usable(ms[q]) && ms[q].kind != "pronoun" && prepBefore(toks, ms[q].i) == "" {
				if !oneClause(toks, ms[q].j, k) {
					break
				}
				if verbObject(toks, nounPhraseOpen(toks, ms[q].i)) {
					return nil, false
				}
				return groupAt(toks, ms, q), true
			}
		}
	}
	coordVP := kk >= 0 && (toks[kk].low == "and" || toks[kk].low == "but" || toks[kk].low == "or") && kk > 0 && !isCap(toks[kk+1].text)
	if coordVP && kk > 0 && toks[kk-1].low == "," {
		// ", and vowed to ...": the predicate joins the main clause, whose
		// subject is the first actor of the sentence.
		for q := range ms {
			if ms[q].j <= kk && usable(ms[q]) && prepBefore(toks, ms[q].i) == "" {
				return groupAt(toks, ms, q), true
			}
		}
	}
	// "dispersed demonstrators who threw stones and set fire to a post":
	// a predicate joined to a subject relative clause's is the
	// antecedent's, not the main clause's subject's (relativeconjunct.go).
	if coordVP {
		if q := relativeConjunct(toks, ms, kk, i); q >= 0 {
			return groupAt(toks, ms, q), true
		}
	}
	// "The rebels, who seized Goma last month, attacked ...": the actors of
	// a relative clause set off by commas before the verb are not its
	// subject; the clause's antecedent is.
	// "Diop told the council the mission had failed and demanded its
	// withdrawal": after a report whose clause is backshifted ("had
	// failed"), a simple past joined by "and" is back at the speaker's
	// own level, as the report verb is: the speaker is its subject, and
	// the reported clause no part of its clause.
	reported, reportedEnd := -1, -1
	if coordVP {
		reported = speakerConjunct(toks, ms, i)
		reportedEnd = kk
	}
	if reported < 0 {
		reportedEnd = -1
	}
	relOpen, relClose := relativeBefore(toks, i)
	if relOpen >= 0 && appositive(toks, relOpen, relClose) && !knownAntecedent(ms, relOpen) {
		// "Kenzo Oshima, the UN relief coordinator, demanded": a person
		// the knowledge base places nowhere is best told by the office
		// the apposition names; the apposition is then the subject.
		relOpen, relClose = -1, -1
	}
	if relOpen < 0 && !coordVP {
		relOpen, relClose = restrictiveRelative(toks, i)
	}
	if relOpen < 0 && !coordVP {
		// "paramilitaries blamed for the killing of aid workers
		// withdrew": the ones charged, not the victims, withdrew.
		relOpen, relClose = chargedRelative(toks, i)
	}
	if relOpen < 0 && !coordVP {
		// "a strike on a school sheltering displaced families killed":
		// the people the participle acts on are not the subject.
		relOpen, relClose = participleRelative(toks, i)
	}
	listFrom, listTo := -1, -1 // a list of places skipped (see listedPlacePrep)
	pronounAfter := false      // a pronoun subject met, right of the mentions still to see
	for mi := len(ms) - 1; mi >= 0; mi-- {
		m := ms[mi]
		if m.j > i || m.i < floor {
			continue
		}
		if relOpen >= 0 && m.i > relOpen && m.j <= relClose {
			continue
		}
		if reported >= 0 && m.i > reported && m.j <= reportedEnd {
			continue
		}
		if comparedWith(toks, m.i, i) {
			continue // "Russia, like China, rejected": China is only compared
		}
		// Stop at a clause boundary between the mention and the trigger.
		blocked := false
		q0 := m.j
		if q0 < i && toks[q0].low == ")" && m.i > 0 && toks[m.i-1].low == "(" {
			q0++ // the acronym in "the Asia-Pacific Economic Cooperation (APEC) forum"
		}
		for q := q0; q < i; q++ {
			l := toks[q].low
			if q == listFrom && m.j <= listFrom {
				q = listTo - 1 // the list of places the preposition governs
				continue
			}
			if q == relOpen && m.j <= relOpen {
				q = relClose // the relative clause is the antecedent's
				continue
			}
			if q == reported && m.j <= reported {
				q = reportedEnd // the reported clause is the speaker's
				continue
			}
			if l == "(" {
				// A short parenthetical between subject and verb does not
				// end the clause: "APEC (Asia-Pacific ...) has agreed".
				if e := closeParen(toks, q, 8); e > q && e < i {
					q = e
					continue
				}
			}
			if (l == "like" || l == "unlike") && q > 0 && toks[q-1].low == "," {
				// A comparison set off by commas does not end the clause:
				// "Russia, like the Soviet Union before it, rejected".
				if e := closingComma(toks, q, i); e > 0 {
					q = e
					continue
				}
			}
			if l == "whether" && q+2 == i && toks[q+1].low == "to" {
				// "Kenya is weighing whether to send troops": the
				// infinitive's doer is the subject who weighs it.
				continue
			}
			if q == i-1 && (l == "\"" || l == "\u201c") {
				// A quotation opening at the verb is the subject's own
				// words: `And he "called for ...`.
				continue
			}
			// "the rebels had called the deal \"a betrayal\" and accused":
			// a word or two quoted inside the predicate joined by "and"
			// ends no clause (see quotedWordsOpen).
			if coordVP && (l == "\"" || l == "\u201c") {
				if c := quotedWordsClose(toks, q, i); c > q {
					q = c
					continue
				}
			}
			// "did not attend the summit but did meet Modi": the "but"
			// that joins this predicate to the clause before shares that
			// clause's subject; it ends no clause here.
			if coordVP && q == kk {
				continue
			}
			if leftStop[l] || reportWords[l] && q < i-1 && !passiveReport(toks, q) {
				blocked = true
				break
			}
			if l == "who" || l == "which" {
				// Relative clause: its subject is the antecedent right before.
				if q-1 >= m.j && toks[q-1].low == "," || q == m.j {
					continue
				}
				blocked = true
				break
			}
		}
		if blocked {
			break
		}
		// "Perera told parliament it would help the country move on": the
		// one told is no subject of the clause reported to it, whose own
		// subject ("it") stands between; an "it" left without antecedent
		// is not made the audience's by default.
		if m.kind != "pronoun" && pronounAfter && toldAddressee(toks, m) {
			continue
		}
		if m.kind == "pronoun" {
			pronounAfter = true
			// "Prosecutors said he discussed a plan": a pronoun that
			// cannot stand for the speaker is someone else.
			//
			// "\"They were freed unharmed,\" the minister said": a
			// speaker quoted in direct speech calls himself "I" or
			// "we", so a third-person pronoun inside the quotation is
			// someone else.
			if q := trailingReportAntecedent(toks, ms, mi, reporter); q >= 0 {
				return groupAt(toks, ms, q), true
			}
			if reporter != nil && len(*reporter) > 0 && !pronounMismatch(m.text, (*reporter)[0]) && !quotedOther(toks, m, (*reporter)[0]) {
				return *reporter, true
			}
			// The nearest earlier actor of the sentence that fits the
			// pronoun: "it" a country or organisation, "he"/"she" a person.
			thingFrom := floor
			for q := mi - 1; q >= 0; q-- {
				a := ms[q]
				if !usable(a) || a.kind == "pronoun" {
					continue
				}
				switch m.text {
				case "it", "It":
					if a.kind == "person" || a.kind == "name" {
						continue
					}
					// "telling parliament it would help": the one told
					// hears the claim; the speaker or the thing spoken of
					// is "it", never the audience.
					if toldAddressee(toks, a) {
						continue
					}
					// "defended the measure, telling parliament it would
					// help the country move on": a thing named between
					// the actor and "it" is its nearer antecedent, and a
					// thing acts for no one.
					if thingBetween(toks, ms, a.j, m.i) {
						return nil, true
					}
				case "he", "He", "she", "She":
					if a.kind != "person" && a.kind != "name" && a.kind != "role" || pluralRole(a) {
						continue
					}
				case "they", "They", "we", "We":
					if !fitsPronoun("they", a) {
						continue
					}
				}
				return groupAt(toks, ms, q), true
			}
			if (m.text == "it" || m.text == "It") && thingBetween(toks, ms, max(thingFrom, 0), m.i) {
				return nil, true
			}
			// "\"This attack is unacceptable,\" the minister said. \"We
			// demand an apology.\"": a "we" inside the words of a direct
			// quote is its speaker's side, whoever the article named last.
			if m.text == "we" || m.text == "We" {
				if sp, ok := st.quotedSpeaker(toks[m.i].start); ok {
					return group{standIn(sp, m)}, true
				}
			}
			if cands := st.antecedents(strings.ToLower(m.text)); len(cands) > 0 {
				return group{standIn(cands[0], m)}, true
			}
			continue
		}
		// "The Red Cross met Kenyan officials, and both countries
		// agreed": a pair phrase standing as the verb's own subject names
		// two parties the article never named; the event keeps no source
		// rather than borrow the actor named before it.
		if m.kind == "pair" && pairSubject(toks, m, i) {
			return nil, true
		}
		if !usable(m) {
			continue
		}
		p := prepBefore(toks, m.i)
		if p == "" {
			if lp, at := listedPlacePrep(toks, m.i); lp != "" {
				// The list's commas are inside the phrase, no clause
				// boundary for the noun it modifies.
				p, listFrom, listTo = lp, at, m.j
			}
		}
		if p == "" {
			p = locatorPrep(toks, ms, mi)
		}
		if p != "" && p != "of" && !(anyPrep && (p == "for" || p == "from" || p == "with")) && !sponsoredHead(toks, ms, m.i) && !relativeAntecedent(toks, m, i) {
			continue
		}
		// "talks with Washington will resume": the party the talks are
		// held with is their counterpart, not the one who resumes them.
		if p == "with" && withCounterpart(toks, m.i) {
			continue
		}
		// "Holders of Zambia's Eurobonds rejected the proposal": the
		// holders are the subject, the issuer they hold or lend on is not.
		if p == "of" && heldBy(toks, m.i) {
			continue
		}
		// "The Emir of Qatar received ...": the head before "of" is the
		// subject when it is a role of that country.
		if p == "of" && mi > 0 && ms[mi-1].j == m.i-1 && ms[mi-1].kind == "role" && ms[mi-1].country == m.country {
			m = ms[mi-1]
			mi--
		}
		// "Senator Mark Duvall of Ohio criticized ...": a person "of" a
		// place or country is the subject; the place only tells where the
		// person is from, and gives a person the resolver found no
		// country for that place's country.
		if p == "of" && !coordVP && mi > 0 && ms[mi-1].j == m.i-1 && (ms[mi-1].kind == "person" || ms[mi-1].kind == "name") && (m.kind == kb.TypePlace || countryLevel(m.kind)) && m.country != "" {
			per := ms[mi-1]
			if per.country == "" {
				per.country = m.country
			}
			return group{per}, true
		}
		if coordVP {
			// Take the leftmost actor group of the clause: the shared subject.
			// Not past a report verb: "Mali said the rebels had seized
			// the town and demanded a ransom" joins "demanded" inside
			// the reported clause, whose subject is the rebels; the
			// speaker is the subject of the report verb only.
			first := -1
			for q := 0; q <= mi; q++ {
				if usable(ms[q]) && prepBefore(toks, ms[q].i) == "" && !reportBetween(toks, ms[q].j, ms[mi].i) {
					first = q
					break
				}
			}
			// "The blast killed three Afghan policemen and wounded seven
			// others": the leftmost actor is the first verb's direct
			// object, and the subject the two verbs share stands before
			// that verb, naming no actor; the victims did not wound
			// anyone. The event keeps no source rather than borrow the
			// object.
			if first >= 0 && verbObject(toks, ms[first].i) {
				return nil, false
			}
			// "China said it would take measures to protect its
			// companies and would launch an investigation": the object
			// of a bare verb after "to" or a modal, nearest the "and",
			// is no subject of the predicate it joins; the subject
			// stands further left ("it").
			if first == mi && bareVerbObject(toks, ms[mi].i) {
				continue
			}
			if first >= 0 {
				return groupAt(toks, ms, first), true
			}
		}
		return groupAt(toks, ms, mi), true
	}
	return nil, false
}

// bareVerbObject says whether the noun phrase holding token i is the
// direct object of a verb in its bare form after "to" or a modal ("to
// protect its companies", "would defend its farmers"): only determiners,
// numbers and modifiers stand between.
func bareVerbObject(toks []tok, i int) bool {
	k := nounPhraseOpen(toks, i) - 1
	for k >= 0 && (determiners[toks[k].low] || toks[k].pos == "CD" || toks[k].pos == "JJ") {
		k--
	}
	if k < 1 || toks[k].pos != "VB" || beForms[toks[k].low] || perfectAux[toks[k].low] || coordAux[toks[k].low] {
		return false
	}
	switch toks[k-1].low {
	case "to", "will", "would", "could", "can", "may", "might", "shall", "should", "must":
		return true
	}
	return false
}

// verbObject says whether the noun phrase opening at token i is the
// direct object of an active verb right before it ("killed three Afghan
// policemen", "shelled the Ukrainian town"): only determiners, numbers
// and modifiers stand between. A report verb's noun ("said rebels ...",
// "told reporters") and a form of "be" or "have" take no such object.
func verbObject(toks []tok, i int) bool {
	k := i - 1
	for k >= 0 && (determiners[toks[k].low] || toks[k].pos == "CD" || toks[k].pos == "JJ") {
		k--
	}
	if k < 0 {
		return false
	}
	v := toks[k]
	// The tagger may read the past tense after a plural noun as a
	// participle ("The air strikes killed/VBN four civilians"); an
	// amount or a determined noun after it makes it a past tense.
	if v.pos != "VBD" && v.pos != "VBZ" && v.pos != "VBP" && !pastWithObject(toks, k) {
		return false
	}
	return !reportWords[v.low] && !beForms[v.low] && !perfectAux[v.low] && !coordAux[v.low]
}

// reportBetween says whether an active report verb ("said", "told")
// stands between tokens a and b: a subject before it is the speaker's,
// not that of the clause reported after it.
func reportBetween(toks []tok, a, b int) bool {
	for q := a; q < b && q < len(toks); q++ {
		if reportWords[toks[q].low] && toks[q].low != "according" && !passiveReport(toks, q) {
			return true
		}
	}
	return false
}

// speakerConjunct returns the report verb whose own clause the verb at
// token i joins with "and" past a backshifted reported clause (see
// backshiftedReport), or -1. The reported clause's subject must be no
// actor: "said the rebels had seized the town and demanded a ransom" may
// as well tell of the rebels' demand.
func speakerConjunct(toks []tok, ms []mention, i int) int {
	kk := i - 1
	for kk >= 0 && (adverbs[toks[kk].low] || toks[kk].low == "also" || coordAux[toks[kk].low]) {
		kk--
	}
	if kk < 1 || i >= len(toks) || toks[kk].low != "and" {
		return -1
	}
	r, modal := backshiftedReport(toks, kk, i)
	if r < 0 {
		// "KCNA said the test was routine and warned that Washington
		// would pay a price": an act done by speaking, joined to a
		// report whose clause names no actor (the check below), is the
		// speaker's second act; a test or a deal warns nobody.
		r, modal = speechActReport(toks, kk, i), false
	}
	if r < 0 {
		return -1
	}
	// "said India would buy 26 jets and invited French companies to
	// invest": a verb in the simple past cannot share the reported
	// clause's modal ("would ... and invite"), so it is the speaker's
	// whoever that clause's subject is.
	if modal {
		return r
	}
	// Only the reported clause's subject could share the verb after
	// "and"; its objects never do ("said the strike killed five people
	// and condemned the attack": the people condemned nothing).
	subjEnd := kk
	for q := r + 1; q < kk; q++ {
		if p := toks[q].pos; p == "VBD" || p == "VBZ" || p == "VBP" || p == "MD" {
			subjEnd = q
			break
		}
	}
	// "The report said soldiers had killed 60 villagers and called on the
	// president to open an inquiry": a text says and calls on; an appeal
	// to someone to act, joined to what a report, a statement or a letter
	// said, is the text's own second act, as "said ... and called on" is
	// the common pair of a published document's findings and demand.
	if conduitSpeaker(toks, r) && appealWithObject(toks, i) {
		return r
	}
	// "Amnesty said dozens of protesters were still in custody and urged
	// Iran to release them", "HRW said militias killed 30 civilians and
	// urged Sudan to investigate": a clause that tells a state or what was
	// done to its subject describes no agent who goes on to appeal, and
	// one who did a deed asks nobody to investigate or punish it; the
	// appeal to a third party is the speaker's.
	if appealWithObject(toks, i) && (reportedState(toks, r, kk) || accountabilityAppeal(toks, i)) {
		return r
	}
	for _, m := range ms {
		// The one told ("told the council") is no subject of the clause.
		if m.i > r && m.j <= subjEnd && usable(m) && !(toks[r].low == "told" && addresseeAt(toks, r, m.i)) {
			return -1
		}
	}
	return r
}

// stateVerbs tell where or how their subject stays, not what it does.
var stateVerbs = map[string]bool{"remained": true, "remain": true, "remains": true, "stayed": true, "stay": true, "stays": true}

// reportedState says whether the clause reported between the report verb
// at r and the "and" at kk is one of state or a passive ("remained in
// jail", "were still in custody", "had been detained"): its subject
// undergoes or stays, it does not act. Its first verb decides; the
// tagger may read "remained" after a plural noun as a participle.
func reportedState(toks []tok, r, kk int) bool {
	for v := r + 1; v < kk; v++ {
		l, p := toks[v].low, toks[v].pos
		if stateVerbs[l] {
			return true
		}
		if p != "VBD" && p != "VBZ" && p != "VBP" && p != "MD" {
			continue
		}
		if perfectAux[l] && v+1 < kk && toks[v+1].low == "been" {
			v++
		} else if !beForms[l] || l == "got" || l == "get" || l == "gets" {
			return false
		}
		// A progressive ("were regrouping") tells what the subject is
		// doing, not a state.
		n := v + 1
		for n < kk && adverbs[toks[n].low] {
			n++
		}
		return n >= kk || toks[n].pos != "VBG"
	}
	return false
}

// accountabilityVerbs ask for a deed to be looked into or punished.
var accountabilityVerbs = map[string]bool{"investigate": true, "probe": true, "prosecute": true, "punish": true}

// accountabilityAppeal says whether the appeal at token i asks its
// addressee to investigate or punish ("urged Sudan to investigate",
// "called on the authorities to prosecute those responsible").
func accountabilityAppeal(toks []tok, i int) bool {
	for k := i + 1; k+1 < len(toks) && k <= i+8; k++ {
		l := toks[k].low
		if l == "," || l == "." || l == "and" || l == "that" {
			return false
		}
		if l == "to" {
			return accountabilityVerbs[toks[k+1].low]
		}
	}
	return false
}

// conduitSpeaker says whether the report verb at r has a text for its
// subject ("the report said", "the statement, issued on Monday, said"):
// a conduit noun right before it or before a comma-bounded phrase that
// ends right before it.
func conduitSpeaker(toks []tok, r int) bool {
	q := r - 1
	if q > 0 && toks[q].low == "," {
		q--
		for q > 0 && toks[q].low != "," && r-q < 10 {
			q--
		}
		if toks[q].low != "," {
			return false
		}
		q--
	}
	return q >= 0 && conduitNouns[toks[q].low]
}

// appealWithObject says whether the verb at i is an appeal to someone
// named after it ("called on the president", "urged Kiir", "appealed to
// donors").
func appealWithObject(toks []tok, i int) bool {
	if i+2 >= len(toks) {
		return false
	}
	j := i + 1
	switch toks[i].low {
	case "called":
		if toks[j].low != "on" && toks[j].low != "upon" {
			return false
		}
		j++
	case "appealed":
		if toks[j].low != "to" {
			return false
		}
		j++
	case "urged":
	default:
		return false
	}
	return j < len(toks) && (determiners[toks[j].low] || isCap(toks[j].text))
}

// tellingParticiples open an adjunct addressed to an audience: "...,
// telling parliament", "..., assuring lawmakers".
var tellingParticiples = map[string]bool{"telling": true, "informing": true, "assuring": true, "reassuring": true}

// toldAddressee says whether mention a is the one told by a verb of
// telling right before it ("telling parliament", "told the council").
func toldAddressee(toks []tok, a mention) bool {
	for k := a.i - 1; k >= 0 && k >= a.i-4; k-- {
		switch l := toks[k].low; {
		case l == "told" || l == "telling" || l == "tell" || l == "tells" || l == "informed" || l == "informing" ||
			l == "assured" || l == "assuring" || l == "reassured" || l == "reassuring":
			return true
		case !determiners[l] && !modifierWord(toks[k]):
			return false
		}
	}
	return false
}

// addresseeAt says whether the mention at token i is the object of the
// report verb "told" at token r: "told the council", "told reporters".
func addresseeAt(toks []tok, r, i int) bool {
	for k := r + 1; k < i; k++ {
		if !determiners[toks[k].low] && !modifierWord(toks[k]) {
			return false
		}
	}
	return true
}

// backshiftedReport finds the report verb ("said", "told") before the
// "and" at token and that joins a simple past verb at token i to the
// report's clause rather than to the clause reported: the reported clause
// between them is backshifted to the past perfect ("told the council the
// mission had failed and demanded ...") while the verb at i is in the
// simple past, as the report verb is. A reported clause whose verb is a
// past modal and a bare verb ("said India would buy jets and invited")
// is backshifted too, and the simple past after "and" cannot share its
// modal: modal says so. It returns the report verb's index, or -1.
func backshiftedReport(toks []tok, and, i int) (int, bool) {
	// The tagger may read the simple past after "and" as a participle
	// ("and invited"); only a modal clause, which no participle can share
	// without "have" or "be", lets it be the speaker's.
	if toks[i].pos != "VBD" && toks[i].pos != "VBN" || toks[and].low != "and" {
		return -1, false
	}
	perfect, modal := false, false
	for q := and - 1; q >= 0 && q >= and-20; q-- {
		l := toks[q].low
		if reportWords[l] && l != "according" && l != "quoted" && !passiveReport(toks, q) {
			if !perfect && !modal || toks[i].pos == "VBN" && (perfect || !modal) {
				return -1, false
			}
			return q, modal && !perfect
		}
		if l == "had" && q+1 < and && toks[q+1].pos == "VBN" {
			perfect = true
			continue
		}
		if pastModals[l] && q+1 < and && toks[q+1].pos == "VB" && !auxVerbs[toks[q+1].low] {
			modal = true
			continue
		}
		// A word or two the speaker is quoted using ("said the rebels had
		// called the deal \"a betrayal\" and accused") is still the plain
		// reported clause, as for a speech act (speechActReport).
		if o := quotedWordsOpen(toks, q); o >= 0 {
			q = o
			continue
		}
		// Only a plain clause may stand between: another conjunction,
		// quotation or clause of its own keeps the verb out of reach.
		if leftStop[l] && l != "that" || l == "," || l == "and" || l == "or" || l == "who" || l == "which" {
			return -1, false
		}
		// A simple past in the reported clause ("said the mission failed
		// and demanded") is not backshifted; the verb may be its own.
		if toks[q].pos == "VBD" && l != "had" {
			return -1, false
		}
	}
	return -1, false
}

// speechActVerbs are acts done by speaking, in the simple past, that a
// speaker adds to a report with "and": "said ... and warned", "and urged",
// "and accused".
var speechActVerbs = map[string]bool{"warned": true, "urged": true, "accused": true, "called": true, "demanded": true,
	"vowed": true, "threatened": true, "denied": true, "condemned": true, "criticised": true, "criticized": true,
	"rejected": true, "appealed": true, "pledged": true, "promised": true, "blamed": true, "praised": true,
	"welcomed": true, "insisted": true, "pressed": true, "cautioned": true, "thanked": true}

// speechActReport finds the report verb ("said", "told") before the "and"
// at token and that a speech act at token i ("warned", "urged") is
// coordinated with, across a plain reported clause: no other conjunction,
// comma, relative or quotation between. It returns the report verb's
// index, or -1. The caller checks that the reported clause names no actor
// who could have spoken instead ("said the rebels attacked and warned").
func speechActReport(toks []tok, and, i int) int {
	if !speechActVerbs[toks[i].low] || toks[and].low != "and" {
		return -1
	}
	for q := and - 1; q >= 0 && q >= and-20; q-- {
		l := toks[q].low
		if reportWords[l] && l != "according" && l != "quoted" && !passiveReport(toks, q) {
			return q
		}
		// A word or two the speaker is quoted using inside the reported
		// clause ("said the sanctions were \"blackmail\" and accused") is
		// still that plain clause; a longer quotation is speech of its own.
		if o := quotedWordsOpen(toks, q); o >= 0 {
			q = o
			continue
		}
		if leftStop[l] && l != "that" || l == "," || l == "and" || l == "or" || l == "who" || l == "which" || l == "\"" || l == "\u201c" || l == "\u201d" {
			return -1
		}
	}
	return -1
}

// maxQuotedWords is the longest quotation inside a reported clause that
// quotedWordsOpen takes for the speaker's own word ("blackmail", "a
// declaration of war") rather than a quoted sentence.
const maxQuotedWords = 4

// quotedWordsOpen returns the index of the opening mark of a short
// quotation whose closing mark is token q ("were \"blackmail\""), with only
// words between them and a word right before the opening, or -1.
func quotedWordsOpen(toks []tok, q int) int {
	closing := map[string]bool{"\"": true, "\u201d": true}
	if q < 2 || !closing[toks[q].low] {
		return -1
	}
	for o := q - 1; o >= 1 && o >= q-maxQuotedWords-1; o-- {
		l := toks[o].low
		if l == "\"" || l == "\u201c" {
			if o == q-1 || isPunct(toks[o-1].low) {
				return -1
			}
			return o
		}
		if isPunct(l) && l != "-" && l != "'s" {
			return -1
		}
	}
	return -1
}

// quotedWordsClose returns the closing mark, before token end, of the
// short quotation that opens at token o (the closing counterpart of
// quotedWordsOpen), or -1.
func quotedWordsClose(toks []tok, o, end int) int {
	for c := o + 2; c < end && c <= o+maxQuotedWords+1; c++ {
		if quotedWordsOpen(toks, c) == o {
			return c
		}
	}
	return -1
}

// pastModals are the modals a reported future or possibility is
// backshifted to ("said it would", "said they could").
var pastModals = map[string]bool{"would": true, "could": true, "might": true, "should": true}

// auxVerbs after a modal take a participle of their own ("would be
// built and delivered", "would have bought and invited"), which a
// participle after "and" may share.
var auxVerbs = map[string]bool{"be": true, "have": true, "get": true}

// talkNouns are meetings and relations held with a counterpart.
var talkNouns = map[string]bool{"talks": true, "negotiations": true, "dialogue": true, "contacts": true, "relations": true,
	"ties": true, "meeting": true, "meetings": true, "summit": true, "consultations": true, "cooperation": true}

// withCounterpart says whether the mention at token i follows "with" after
// a word for talks or relations ("talks with Washington", "relations with
// the new government").
func withCounterpart(toks []tok, i int) bool {
	k := i - 1
	for k >= 0 && determiners[toks[k].low] {
		k--
	}
	return k >= 1 && toks[k].low == "with" && talkNouns[toks[k-1].low]
}

// comparedWith says whether the mention at token i, before a trigger at
// token trig, is inside a "like" or "unlike" phrase ("Russia, like the
// Soviet Union before it, rejected ..."): an actor the subject is compared
// with, not the subject. The antecedent of a relative clause ("Unlike China,
// which rejected ...") is the subject of that clause.
func comparedWith(toks []tok, i, trig int) bool {
	for k := i + 1; k < trig; k++ {
		if l := toks[k].low; l == "who" || l == "which" || l == "that" {
			return false
		}
	}
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		switch l := toks[k].low; {
		case l == "like" || l == "unlike":
			return true
		case l == "," || leftStop[l] && l != "before" && l != "after" || verbLike(toks[k]):
			return false // "before" may end the phrase: "like the Soviet Union before it"
		}
	}
	return false
}

// relativeBefore finds a non-restrictive relative clause ("X, who seized
// Goma last month, attacked ...") or an appositive noun phrase ("France,
// one of Ukraine's main backers, sent ...") that ends with a comma before
// the verb at token i, with only auxiliaries and adverbs between: it
// returns the indices of the opening and closing commas, or -1, -1. Either
// describes the noun before it, which stays the verb's subject.
func relativeBefore(toks []tok, i int) (int, int) {
	k := i - 1
	for k >= 0 && (adverbs[toks[k].low] || auxiliaries[toks[k].low]) {
		k--
	}
	if k < 2 || toks[k].low != "," {
		return -1, -1
	}
	for q := k - 1; q >= 1 && q >= k-25; q-- {
		switch l := toks[q].low; l {
		case ";", ":", "\"", "\u201c", "\u201d", "(", ")":
			return -1, -1
		case "who", "whom", "whose", "which":
			if toks[q-1].low == "," {
				return q - 1, k
			}
			return -1, -1
		case ",":
			if appositive(toks, q, k) || datedAdjunct(toks, q, k) || clauseAdjunct(toks, q, k) || agentAside(toks, q, k) {
				return q, k
			}
			return -1, -1
		}
	}
	return -1, -1
}

// datedAdjuncts are the prepositions of time that, inside a phrase set off
// by commas after a noun, govern a date or an event and open no clause:
// "The junta, in power since 2020,", "The army, at war with the RSF since
// April,".
var datedAdjuncts = map[string]bool{"since": true, "after": true, "before": true, "until": true}

// datedAdjunct says whether the tokens between the commas at open and
// close are a verbless phrase describing the noun right before open that
// holds a preposition of time governing a noun phrase ("in power since
// 2020", "led by General Amadou Diallo since a 2021 coup"): the comma after
// it closes a description of the subject, not a subordinate clause, so
// the verb after it is the main one and the noun its subject. A clause
// ("since it seized power") has a finite verb and is no such phrase.
func datedAdjunct(toks []tok, open, close int) bool {
	if open < 1 || close-open < 3 || close-open > 16 {
		return false
	}
	before := toks[open-1]
	if !isCap(before.text) && !strings.HasPrefix(before.pos, "NN") {
		return false
	}
	dated := false
	for q := open + 1; q < close; q++ {
		t := toks[q]
		switch t.low {
		case "and", "or", "but", "who", "whom", "whose", "which", "that", "when", "where", "while", "because", "as", "if":
			return false
		}
		// "led by": a past form before its agent is a participle.
		if (finiteVerb(t) || t.pos == "" && verbLike(t)) && !(q+1 < close && toks[q+1].low == "by") {
			return false
		}
		if datedAdjuncts[t.low] && q+1 < close {
			n := toks[q+1]
			if determiners[n.low] || isCap(n.text) || n.pos == "CD" || n.low != "" && n.low[0] >= '0' && n.low[0] <= '9' {
				dated = true
			}
			// A bare noun phrase: "in power until elections in 2026",
			// "in office since independence" ("since taking office" is
			// a gerund, no noun).
			if strings.HasPrefix(n.pos, "NN") && n.low == n.text || n.pos == "JJ" && q+2 < close && strings.HasPrefix(toks[q+2].pos, "NN") {
				dated = true
			}
		}
	}
	return dated
}

// knownAntecedent says whether the noun before the comma at open is an
// actor with a country, which an apposition only describes: "France, one
// of Ukraine's backers", not "Kenzo Oshima, the UN relief coordinator" (a
// person known only to the article, whose office is what tells who acts).
func knownAntecedent(ms []mention, open int) bool {
	for _, m := range ms {
		if m.j == open && usable(m) && m.country != "" {
			return true
		}
	}
	return false
}

// appositiveOpeners begin a noun phrase that renames the noun before it:
// "one of the main supporters of Ukraine", "a close ally of Russia", "the
// bloc's biggest donor", "its neighbour", "home to ...".
var appositiveOpeners = map[string]bool{"a": true, "an": true, "the": true, "one": true, "its": true, "their": true,
	"his": true, "her": true, "long": true, "once": true, "home": true}

// appositive says whether the tokens between the commas at open and close
// are a noun phrase renaming the noun right before open: it opens with an
// article, "one of", a possessive or a possessor name ("Ukraine's biggest
// backer"), has no verb and no conjunction, and follows a name or a noun.
// A verb or "and" inside would make it a clause or a list ("Iran, the US
// and Britain").
func appositive(toks []tok, open, close int) bool {
	if open < 1 || close-open < 3 || close-open > 16 {
		return false
	}
	before := toks[open-1]
	if !isCap(before.text) && !strings.HasPrefix(before.pos, "NN") {
		return false
	}
	first := toks[open+1]
	switch {
	case appositiveOpeners[first.low]:
		if first.low == "one" && toks[open+2].low != "of" {
			return false
		}
	case isCap(first.text) && (toks[open+2].low == "'s" || toks[open+2].low == "'"):
	case bareOfficeOf(toks, open+1):
	default:
		return false
	}
	for q := open + 1; q < close; q++ {
		t := toks[q]
		if t.low == "and" || t.low == "or" || t.low == "but" {
			return false
		}
		// A participle may modify the noun ("a country long seen as"), but
		// a finite verb makes a clause: "Russia, the ministry said,".
		if finiteVerb(t) || t.pos == "" && verbLike(t) {
			return false
		}
	}
	return true
}

// bareOfficeOf says whether an office noun without an article opens at
// token k and is followed by "of" or "for" ("Jean Dupont, leader of the
// opposition Movement for Renewal,", "Ali Hassan, former head of the
// union,", "spokesman for the rebels"): wire style drops the article
// before a person's office, which still renames the person before it; the
// body after "of" is his affiliation, not the one who acts.
func bareOfficeOf(toks []tok, k int) bool {
	if k < len(toks) && officeModifiers[toks[k].low] {
		k++
	}
	if k+1 >= len(toks) || isCap(toks[k].text) || !strings.HasPrefix(toks[k].pos, "NN") {
		return false
	}
	return toks[k+1].low == "of" || toks[k+1].low == "for"
}

// officeModifiers may stand before a bare office noun ("former head of").
var officeModifiers = map[string]bool{"former": true, "acting": true, "deputy": true, "interim": true, "longtime": true, "veteran": true}

// auxiliaries may stand between a subject and its verb.
var auxiliaries = map[string]bool{"has": true, "have": true, "had": true, "was": true, "were": true, "is": true, "are": true,
	"will": true, "would": true, "could": true, "may": true, "might": true, "can": true, "did": true, "does": true, "do": true}

// comparisonBefore returns the index of the comma opening a comparison
// that ends with a comma right before token i (", like China," or ",
// unlike the Soviet Union before it,"), or -1.
func comparisonBefore(toks []tok, i int) int {
	if i < 1 || toks[i-1].low != "," {
		return -1
	}
	for k := i - 2; k >= 1 && k >= i-12; k-- {
		switch toks[k].low {
		case ",", ";", ":":
			return -1
		case "like", "unlike":
			if toks[k-1].low == "," {
				return k - 1
			}
			return -1
		}
	}
	return -1
}

// closingComma returns the index of the comma that closes a phrase opened
// at q, before token limit and within ten tokens, or -1.
func closingComma(toks []tok, q, limit int) int {
	for e := q + 1; e < limit && e <= q+10; e++ {
		switch toks[e].low {
		case ",":
			return e
		case ";", ":", "(", ")":
			return -1
		}
	}
	return -1
}

// closeParen returns the index of the ")" closing the "(" at q within max
// tokens, or -1.
func closeParen(toks []tok, q, max int) int {
	for e := q + 1; e < len(toks) && e <= q+max; e++ {
		switch toks[e].low {
		case ")":
			return e
		case "(":
			return -1
		}
	}
	return -1
}

// prepMatch says whether preposition w is one a pattern's target option
// names: "about", or one of "about|over".
func prepMatch(spec, w string) bool {
	if spec == "" || w == "" {
		return false
	}
	for spec != "" {
		var p string
		p, spec, _ = strings.Cut(spec, "|")
		if p == w {
			return true
		}
	}
	return false
}

// phraseEndsWithPrep says whether the pattern's phrase ends with the
// preposition that governs the mention at token i: "Chile and Colombia
// would work with the Peruvian government" names the partner after the
// phrase's own "with", as a target= preposition would, so the subjects
// act on it, not on each other.
func phraseEndsWithPrep(p *Pattern, toks []tok, i int) bool {
	if len(p.Words) < 2 {
		return false
	}
	last := p.Words[len(p.Words)-1]
	return (locPreps[last] || objPreps[last]) && prepBefore(toks, i) == last
}

// secondPredicate says whether the past participle at k, right after
// "and", is the past tense of a second predicate of the clause's subject
// ("would cooperate with the lenders and named Kwame Mensah as
// governor"), which the tagger may read as a participle: it is followed
// by the start of its object, a determiner, a possessive or a named
// person. A participle before a bare noun ("and wounded soldiers", "and
// armed militias") modifies that noun, so it is left to the noun phrase.
func secondPredicate(toks []tok, ms []mention, k int) bool {
	if k+1 >= len(toks) || toks[k].pos != "VBN" || isCap(toks[k].text) {
		return false
	}
	switch n := toks[k+1]; {
	case n.pos == "DT" && determiners[n.low], n.pos == "PRP$":
		return true
	case n.pos == "NNP":
		// The resolver may leave a given name out of the person's
		// mention ("Kwame Mensah" read as "Mensah").
		for _, m := range ms {
			if m.kind != "person" || m.i < k+1 || m.i > k+3 {
				continue
			}
			named := true
			for q := k + 1; q < m.i; q++ {
				named = named && toks[q].pos == "NNP"
			}
			return named
		}
	}
	return false
}

// beingAdjunctHost returns the verb of the clause that a passive
// participle at i after "before being", "after being", "without being" or
// "upon being" hangs from ("was questioned for six hours before being
// charged"), or -1: the participle has no subject of its own, and the
// clause's subject is the one acted on.
func beingAdjunctHost(toks []tok, i, floor int) int {
	k := i - 1
	for k > floor && (adverbs[toks[k].low] || gradingAdverb(toks[k])) {
		k--
	}
	if k-1 <= floor || toks[k].low != "being" {
		return -1
	}
	switch toks[k-1].low {
	case "before", "after", "without", "upon":
	default:
		return -1
	}
	for v := k - 2; v > floor; v-- {
		l := toks[v].low
		if l == "," || l == ";" || l == "that" {
			return -1
		}
		if strings.HasPrefix(toks[v].pos, "VB") {
			return v
		}
	}
	return -1
}

// possessorNotPlace says whether place mention m, the object of the
// preposition p, is the possessor of a thing that is no place: "severed
// ties over Rabat's position on Western Sahara" names the government
// holding the position, not where the act was. After a preposition that
// also tells a topic or a direction ("over", "into", "toward") a
// possessive names a place only when what it owns is one ("into Poland's
// airspace", "over Kyiv's outskirts").
func possessorNotPlace(toks []tok, m mention, p string) bool {
	if !aboutOrToward[p] || !possessiveAt(toks, m.j) {
		return false
	}
	for q := m.j + 1; q < len(toks) && q <= m.j+3; q++ {
		t := toks[q]
		if isCap(t.text) || !(strings.HasPrefix(t.pos, "NN") || strings.HasPrefix(t.pos, "JJ")) {
			return false
		}
		if strings.HasPrefix(t.pos, "NN") && (q+1 >= len(toks) || !strings.HasPrefix(toks[q+1].pos, "NN")) {
			return !demonymPlaceNouns[t.low] && !placeKindNouns[t.low] && !missionWords[t.low] && !possessedSites[t.low]
		}
	}
	return false
}

// aboutOrToward are the prepositions of place that also tell what an act
// is about or where it heads.
var aboutOrToward = map[string]bool{"over": true, "into": true, "toward": true, "towards": true}

// possessedSites are places a city or country owns that no place list
// above names ("Kyiv's outskirts", "Rabat's airport").
var possessedSites = map[string]bool{"outskirts": true, "airport": true, "streets": true, "centre": true, "center": true,
	"suburbs": true, "skies": true, "sky": true, "harbour": true, "harbor": true, "waters": true, "heart": true}

// objectAfter finds the first actor group right of token j within the
// clause; prep, if set, prefers the object of that preposition. It also
// returns the first locative actor seen.
func objectAfter(toks []tok, ms []mention, j, limit int, prep string) (group, *mention) {
	end := len(toks)
	for q := j; q < len(toks); q++ {
		l := toks[q].low
		// "denounced as an ugly crime X's ...": "as" right after the verb
		// opens its predicative complement, not a clause.
		// "banned grain imports as the leaders of Ukraine and Hungary met"
		// is an "as" clause of time, with a finite verb (asClause).
		if l == "as" && q == j && !asClause(toks, q) {
			continue
		}
		// "threatened to take "stern action" against Seoul": a few quoted
		// words inside the clause do not end it.
		if e := scareQuote(toks, q); e > q {
			q = e
			continue
		}
		// "attacked the border post in what the Kenyan government termed
		// an invasion": the one naming the act is not acted on.
		if q > j && namingWhat(toks, q) {
			end = q
			break
		}
		// "did not lift the curfew despite calls from church leaders":
		// a concessive or circumstantial adjunct holds no object.
		if (l == "despite" || l == "amid") && q > j && !prepMatch(prep, l) {
			end = q
			break
		}
		// "imposed sanctions on the tanker's owner for allegedly shipping
		// Iranian crude to China": "for" and a gerund give the reason for
		// the act; the one acted on comes before it, and a party inside
		// the reason is whom the reason's own act concerns.
		if q > j && reasonClause(toks, q) && !prepMatch(prep, "for") {
			end = q
			break
		}
		// "indicted the senator, accusing him of taking bribes from a
		// construction firm": after a pronoun object, "of" and a gerund
		// tell the charge; a party inside it is no one accused (the
		// pronoun is, found below).
		if q > j && l == "of" && q+1 < len(toks) && gerund(toks[q+1]) && objPronouns[toks[q-1].low] {
			end = q
			break
		}
		// "fought a six-week war in 2020 that ended with a Russian-brokered
		// deal": a relative clause on the object tells of that thing; its
		// own "with" or object is no partner of the main verb.
		// "shelled its positions overnight, a charge Yerevan denied": a
		// comment on the whole clause set off by a comma names who
		// answers it, not whom the act struck.
		if l == "," && q > j && q+2 < len(toks) && (toks[q+1].low == "a" || toks[q+1].low == "an") && clauseComments[toks[q+2].low] {
			end = q
			break
		}
		// "held talks by telephone on Tuesday, with Wang Yi urging
		// Washington to ...": "with" and a participle after a comma
		// open an absolute clause whose noun is the participle's
		// subject, not the partner of the main verb.
		if l == "," && q > j && absoluteWith(toks, q+1) {
			end = q
			break
		}
		// "defended the measure, telling parliament it would help":
		// a participle of telling after a comma opens an adjunct whose
		// object is the audience told, not the one the main verb acts on.
		if l == "," && q > j && q+1 < len(toks) && tellingParticiples[toks[q+1].low] {
			end = q
			break
		}
		if (l == "that" || l == "which") && q > j && q+1 < len(toks) && (strings.HasPrefix(toks[q-1].pos, "NN") && !strings.HasPrefix(toks[q-1].pos, "NNP") || toks[q-1].pos == "CD") && (finiteVerb(toks[q+1]) || adverbs[toks[q+1].low]) {
			end = q
			break
		}
		// "Germany pledged 6 billion euros and Japan promised $5 billion":
		// a conjunction that opens a clause with its own subject and verb
		// ends the clause without a comma too; that subject is the second
		// clause's actor, not an object of the first.
		if coordinatedClause(toks, q) {
			end = q
			break
		}
		// "would cooperate with the Fund and appointed Koech as acting
		// governor": "and" before a finite verb opens a second predicate
		// of the same subject; its object is no party of the first verb.
		if l == "and" && q > j && q+1 < len(toks) && (finiteVerb(toks[q+1]) && toks[q+1].pos != "" || secondPredicate(toks, ms, q+1)) {
			end = q
			break
		}
		if rightStop[l] || (reportWords[l] && q > j) || (l == "," && q+1 < len(toks) && (rightStop[toks[q+1].low] || coordinatedClause(toks, q+1) || bareSubjectClause(toks, q+1))) {
			end = q
			if reportWords[l] {
				// ", Portuguese President Mario Soares said", ", a member
				// of the team trying to broker a pact has said": the
				// speaker of a trailing attribution is not the object.
				for b := q - 1; b >= j && b >= q-attributionSpan; b-- {
					if toks[b].low == "," {
						end = b
						break
					}
				}
			}
			break
		}
	}
	if limit >= 0 && j+limit < end {
		end = j + limit
	}
	var loc *mention
	var firstObj = -1
	var prepObj = -1
	var agentObj = -1 // "calls by X", "an offer from X": the nominal's agent
	for mi, m := range ms {
		if m.i < j || m.i >= end || !usable(m) {
			continue
		}
		p := prepBefore(toks, m.i)
		// "hijacked during a flight from Alexandria to Cairo": the ends
		// of a journey the object was on are no party to the act. An
		// armed force is no journey's end: "seized a border crossing
		// from Pakistani forces" names the crossing's holder.
		if journeyEnd(toks, j, m.i) && m.sector != kb.SectorMilitary && m.sector != kb.SectorPolice && m.sector != kb.SectorRebel {
			continue
		}
		// "expelled 222 political prisoners to the United States": the
		// country the people were sent to is no party (sentaway.go).
		if sentAwayDestination(toks, j, m.i) {
			continue
		}
		if prepMatch(prep, p) && prepObj < 0 {
			prepObj = mi
		}
		// "fired tear gas at students": a pattern ending in its own
		// preposition ("fire tear gas at") has its object right after
		// it; that is no place.
		if locPreps[p] && !prepMatch(prep, p) && !(j > 0 && toks[j-1].low == p && determinersOnly(toks[j:m.i])) {
			if loc == nil && !possessorNotPlace(toks, m, p) {
				mm := m
				loc = &mm
			}
			continue
		}
		// "rescued 12 hostages held by Boko Haram": the agent of a
		// participle of captivity after the object is its captor, who
		// only describes the captives; the act is done to them.
		if p == "by" && !prepMatch(prep, p) && captorAgent(toks, m.i) {
			continue
		}
		// "rejected a request by Azerbaijan for measures against
		// Armenia", "accepted an offer by Japan to train its coast
		// guard": the author of a proposal the verb answers is whom the
		// answer goes to, not a party the proposal names after it.
		if (p == "by" || p == "from") && prep == "" && firstObj < 0 && prepObj < 0 && proposalAuthor(toks, j, m.i) {
			firstObj = mi
			continue
		}
		if (p == "by" || p == "from") && !prepMatch(prep, p) {
			if agentObj < 0 {
				agentObj = mi
			}
			continue
		}
		if (p == "for" || p == "about") && !prepMatch(prep, p) {
			continue
		}
		// "released 20 hostages under a U.S.-brokered plan", "freed
		// prisoners under an agreement with Hamas": what an act is done
		// under (a plan, a deal, a law, someone's supervision) is its
		// framework, never whom it is done to.
		if underFramework(toks, m.i) && !prepMatch(prep, "under") {
			continue
		}
		// "the presence of foreign troops against the will of the Malian
		// people": whose will or consent an act defies or follows is no
		// party the act is done to.
		if consentHolder(toks, m.i) {
			continue
		}
		if prep != "" && topicPreps[p] && !prepMatch(prep, p) {
			// "share data on North Korean missile launches": what a
			// pattern that names its partner's preposition ("share with")
			// is about is not its partner.
			continue
		}
		// A later actor with a country of its own is preferred to a bare
		// role, but not one inside a participle clause on that role
		// ("fired tear gas at students demanding the resignation of the
		// minister": the students were fired at, not the minister), nor
		// the far side of a border the act happened at or headed for
		// ("kidnapped 23 miners near the border with Mali"): that tells
		// where, as "near Mali" would, and the role is the one acted on.
		if firstObj < 0 || !hasReal(group{ms[firstObj]}) && hasReal(group{m}) && !participleAfterGroup(toks, group{ms[firstObj]}) && !locPreps[borderWithPrep(toks, m.i)] {
			firstObj = mi
		}
	}
	switch {
	case prepObj >= 0:
		return groupAt(toks, ms, prepObj), loc
	case firstObj >= 0:
		return groupAt(toks, ms, firstObj), loc
	case agentObj >= 0:
		return groupAt(toks, ms, agentObj), loc
	}
	return nil, loc
}

// proposalNouns are what one party puts to another to accept or refuse.
var proposalNouns = map[string]bool{"request": true, "requests": true, "bid": true, "bids": true, "proposal": true,
	"proposals": true, "offer": true, "offers": true, "appeal": true, "appeals": true, "demand": true, "demands": true,
	"call": true, "calls": true, "plea": true, "pleas": true, "application": true, "motion": true, "petition": true,
	"draft": true, "resolution": true, "initiative": true}

// proposalAuthor says whether the mention at i follows "by" or "from"
// right after a proposal noun that heads the direct object starting at j
// ("a request by Azerbaijan", "the Russian-drafted proposal from Moscow",
// at most four words from the object's start): the proposal's author.
// A "by" after a participle ("the request, backed by France") names the
// participle's agent and is not counted.
func proposalAuthor(toks []tok, j, i int) bool {
	if i < 2 || i-2 < j || i-2 > j+4 {
		return false
	}
	return proposalNouns[toks[i-2].low] && (toks[i-1].low == "by" || toks[i-1].low == "from")
}

// captivityParticiples hold someone captive: "hostages held by", "villagers
// abducted by", "soldiers captured by".
var captivityParticiples = map[string]bool{"held": true, "kidnapped": true, "abducted": true, "captured": true,
	"seized": true, "taken": true, "detained": true, "imprisoned": true}

// captorAgent says whether the mention at token i is the agent of a
// participle of captivity right before "by" ("held by Boko Haram",
// "held hostage by the group", "kidnapped last year by gunmen").
func captorAgent(toks []tok, i int) bool {
	k := i - 1
	for k >= 0 && determiners[toks[k].low] {
		k--
	}
	if k < 1 || toks[k].low != "by" {
		return false
	}
	for b := k - 1; b >= 0 && b >= k-3; b-- {
		l := toks[b].low
		if captivityParticiples[l] {
			return true
		}
		if isPunct(l) || !(l == "hostage" || l == "captive" || l == "prisoner" || toks[b].pos == "NN" || toks[b].pos == "RB" || toks[b].pos == "CD" || toks[b].pos == "JJ") {
			return false
		}
	}
	return false
}

// victimGap says whether a pattern's gap holds the people its act is
// done to, made into what the pattern's last word names ("take *
// hostage", "use * as human shields"), rather than a thing someone owns.
func victimGap(p *Pattern) bool {
	if len(p.Words) < 3 || p.Words[1] != "*" {
		return false
	}
	switch p.Words[len(p.Words)-1] {
	case "hostage", "hostages", "shields":
		return true
	}
	return false
}

// journeyWords name a journey or a vehicle's course, whose "from" and
// "to" give its origin and destination: "a flight from Alexandria to
// Cairo", "a bus travelling to Kandahar", "a tanker bound for Kenya".
var journeyWords = map[string]bool{"flight": true, "flights": true, "route": true, "journey": true, "trip": true, "voyage": true,
	"travelling": true, "traveling": true, "sailing": true, "flying": true, "driving": true, "heading": true, "headed": true,
	"bound": true, "en": true, "way": true, "passage": true, "crossing": true}

// journeyEnd says whether the mention at token i, right of the trigger's
// end j, is the origin or destination of a journey told after the
// trigger ("seized a tanker sailing from Oman to Kenya"). A journey word
// at or before the trigger is the event's own ("Modi's trip to
// Washington" is a visit to it), so only one at j or after counts.
func journeyEnd(toks []tok, j, i int) bool {
	k := i - 1
	for k >= 0 && determiners[toks[k].low] {
		k--
	}
	if k < 1 {
		return false
	}
	w := -1
	switch toks[k].low {
	case "from":
		w = k - 1
		if haltedJourneyOrigin(toks, j, w) {
			return false
		}
	case "for":
		if toks[k-1].low == "bound" {
			w = k - 1
		}
	case "to":
		w = k - 1
		// "suspended flights to Rwanda": the destination of traffic cut
		// is the measure's target, as the origin is (haltedjourney.go).
		if haltedJourneyOrigin(toks, j, w) {
			return false
		}
		if !journeyWords[toks[w].low] && toks[w].low != "route" {
			// "from Alexandria to Cairo": the journey word is before
			// the origin.
			for f := k - 1; f >= j && f >= k-5; f-- {
				if toks[f].low == "from" {
					w = f - 1
					break
				}
				if isPunct(toks[f].text) || finiteVerb(toks[f]) {
					break
				}
			}
		}
	}
	if w < j {
		return false
	}
	if toks[w].low == "route" && w > 0 && toks[w-1].low == "en" {
		return true
	}
	return journeyWords[toks[w].low]
}

// determinersOnly says whether every token of ts is a determiner.
func determinersOnly(ts []tok) bool {
	for _, t := range ts {
		if !determiners[t.low] {
			return false
		}
	}
	return true
}

// underFramework says whether the mention at token i stands in an
// "under ..." phrase ("under a U.S.-brokered plan", "under the truce
// agreement with Hamas", "under Egyptian supervision"): "under" before it
// with only determiners, names, modifiers and nouns of the phrase
// between, or the object of "with" or "between" in such a phrase. "under
// 50 people" is a count, not a phrase.
func underFramework(toks []tok, i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		l := toks[k].low
		if l == "under" {
			return !(k+1 < len(toks) && numeral(toks[k+1]))
		}
		if l != "under" && referenceFrame(toks, k) {
			return true
		}
		if isPunct(l) && l != "-" || finiteVerb(toks[k]) || locPreps[l] || objPreps[l] && l != "with" && l != "between" && l != "of" || l == "and" && k < i-1 {
			return false
		}
	}
	return false
}

// consentHolder says whether the mention at token i owns a will, wish or
// consent ("against the will of the Malian people", "without the consent
// of Baghdad", "in line with the wishes of the Afghan people"). "The
// approval of X" is not among them: it is as often X approved.
func consentHolder(toks []tok, i int) bool {
	k := i - 1
	for k >= 0 && determiners[toks[k].low] {
		k--
	}
	if k < 1 || toks[k].low != "of" {
		return false
	}
	switch toks[k-1].low {
	case "will", "wishes", "consent":
		return k-2 >= 0 && toks[k-2].low == "the"
	}
	return false
}

// clauseComments head a noun phrase set off after a clause that comments
// on the whole of it: ", a charge Yerevan denied", ", a claim Moscow
// rejected", ", a move Seoul condemned".
var clauseComments = map[string]bool{"charge": true, "claim": true, "accusation": true, "allegation": true, "move": true,
	"decision": true, "step": true, "report": true, "statement": true, "version": true}

// coordinatedClause says whether toks[k] is "and" or "but" opening a
// clause with a subject of its own ("sent tents and food, and India
// offered to help"; "warned that ..., and the United Nations launched an
// appeal"): the first clause's object ends before it. A subject is a name,
// a pronoun or a determiner's noun phrase, followed within a few words by
// a finite verb with no preposition or punctuation between.
func coordinatedClause(toks []tok, k int) bool {
	if k >= len(toks) || toks[k].low != "and" && toks[k].low != "but" {
		return false
	}
	// "and in 2016 its coast guard sank a vessel", "and on Monday
	// Chile recalled its envoy": a time adjunct fronted in the second
	// clause comes before its subject.
	q := frontedTimeEnd(toks, k+1)
	// "and both sides agreed": a pair phrase opening with "both" is a
	// subject as "the two sides" is.
	if q >= len(toks) || !(isCap(toks[q].text) && !isPunct(toks[q].text) || determiners[toks[q].low] || pronouns[toks[q].low] || pairPhraseBefore(toks, q+2) == q || bareNounSubject(toks, q)) {
		return false
	}
	// The verb right after a pair phrase is the clause's own, whatever
	// its tag ("and both sides pledged/VBN to ...": see coordinatedVerb).
	pairVerb := -1
	if pairPhraseBefore(toks, q+2) == q {
		pairVerb = q + 2
	} else if pairPhraseBefore(toks, q+3) == q {
		pairVerb = q + 3
	}
	limit := q + 6
	for e := q + 1; e < len(toks) && e <= limit; e++ {
		if finiteVerb(toks[e]) || pastWithObject(toks, e) || e == pairVerb && pairVerbTag(toks[e].pos) && strings.HasSuffix(toks[e].low, "ed") {
			return true
		}
		// "voted against the law, and Italy, Romania and Bulgaria
		// abstained": a subject listing names with commas up to its
		// "and" is one subject still; each comma lets it run on.
		if toks[e].low == "," && isCap(toks[q].text) && listGoesOn(toks, e+1) {
			limit += 2
			continue
		}
		if isPunct(toks[e].text) || objPreps[toks[e].low] || locPreps[toks[e].low] || toks[e].low == "of" {
			return false
		}
	}
	return false
}

// frontedTimeEnd returns the token after a time adjunct that opens a
// clause at q ("in 2016", "on Monday", "in March 2016", "on 15 October",
// "last year", "earlier this month"), a comma after it included, or q
// when no such adjunct starts there. The adjunct must hold a time noun or
// a year: "in the capital" is no time.
func frontedTimeEnd(toks []tok, q int) int {
	e := q
	switch {
	case e >= len(toks):
		return q
	case toks[e].low == "in" || toks[e].low == "on":
		e++
		for e < len(toks) && (toks[e].low == "the" || toks[e].low == "early" || toks[e].low == "late") {
			e++
		}
	case timeWords[toks[e].low] && !timeNoun(toks[e].low):
		// "last year", "earlier this month"; a bare weekday is left
		// out ("and Monday's talks").
		e++
	default:
		return q
	}
	timed := false
	for ; e < len(toks); e++ {
		l := toks[e].low
		switch {
		case timeNoun(l) || len(l) == 4 && isNumber(l):
			timed = true
		case isNumber(l) || l == "this" || l == "that" || l == "of":
		default:
			if !timed {
				return q
			}
			if l == "," {
				e++
			}
			return e
		}
	}
	return q
}

// clauseSpeechVerbs are verbs of saying beyond reportWords whose subject
// after ", and" is a speaker: "aid agencies warned", "analysts cautioned".
var clauseSpeechVerbs = map[string]bool{"warned": true, "warn": true, "warns": true, "cautioned": true, "urged": true,
	"insisted": true, "argued": true, "stressed": true, "predicted": true, "estimated": true, "complained": true}

// bareSubjectClause says whether ", and" at k opens a clause on a bare
// plural subject that speaks ("had asked for $3.2 billion, and aid
// agencies warned"): nouns and adjectives, then a verb of saying. Its
// subject is a speaker, no object of the first verb. (coordinatedClause
// covers names and determined subjects.) Other verbs are left out: "will
// withdraw from rebel-held areas, and rebel fighters will be integrated"
// names in the second clause the side the first acts on, which the coder
// does not yet read from "rebel-held".
func bareSubjectClause(toks []tok, k int) bool {
	if k >= len(toks) || toks[k].low != "and" && toks[k].low != "but" {
		return false
	}
	for e := k + 1; e < len(toks) && e <= k+5; e++ {
		p := toks[e].pos
		if e > k+1 && finiteVerb(toks[e]) && !strings.HasPrefix(p, "NN") {
			return reportWords[toks[e].low] || clauseSpeechVerbs[toks[e].low]
		}
		if !strings.HasPrefix(p, "NN") && !strings.HasPrefix(p, "JJ") || isCap(toks[e].text) {
			return false
		}
	}
	return false
}

// pastWithObject says whether the -ed word at e, which a tagger may read
// as a participle after a name ("aid and Japan promised $5 billion"), is
// a past tense: an amount or a determined noun right after it is its
// direct object, which a passive participle with no auxiliary lacks.
func pastWithObject(toks []tok, e int) bool {
	if toks[e].pos != "VBN" || !strings.HasSuffix(toks[e].low, "ed") || e+1 >= len(toks) {
		return false
	}
	n := toks[e+1]
	if n.low == "$" || n.low == "\u20ac" || n.low == "\u00a3" || n.pos == "CD" || determiners[n.low] && n.low != "the" {
		return true
	}
	// "and Hezbollah fired rockets at northern Israel": a bare plural
	// noun and a preposition of direction after it are an object and its
	// goal, which a participle on the name ("Hezbollah fired from its
	// posts") does not take.
	return n.pos == "NNS" && !isCap(n.text) && e+2 < len(toks) && directionPreps[toks[e+2].low]
}

// openSpaces are where a shot or missile lands with no one to hit.
var openSpaces = map[string]bool{"air": true, "sky": true, "sea": true, "ocean": true, "waters": true, "water": true}

// openSpaceAfter says whether the noun phrase from k ends in an open space
// ("the air", "the Yellow Sea", "the sea off its east coast", "the Sea of
// Japan"): its head is the last word before a preposition, a verb or
// punctuation. "Israel's Red Sea port" is a place with people in it.
func openSpaceAfter(toks []tok, k int) bool {
	head := ""
	for e := k; e < len(toks) && e < k+6; e++ {
		x := toks[e]
		if isPunct(x.text) && x.low != "'s" || strings.HasPrefix(x.pos, "IN") || x.pos == "TO" || strings.HasPrefix(x.pos, "VB") || x.pos == "CC" || x.pos == "WDT" {
			break
		}
		head = x.low
	}
	return openSpaces[head]
}

// directionPreps name where an act is aimed: "fired rockets at",
// "launched drones into", "sent troops toward".
var directionPreps = map[string]bool{"at": true, "on": true, "into": true, "toward": true, "towards": true, "across": true, "against": true}

// coordinatedVerb says whether verb trigger t is the verb of a clause
// coordinated after another, right after its own subject: "Sweden pledged
// new aid and Japan promised $2 billion". The tagger may read the verb as
// a participle modifying the name; the clause is a main clause.
//
// A pair phrase may stand as that subject ("Israel and Hamas met in Cairo,
// and both sides agreed to extend the truce"): it takes up the two the
// first clause named, and its verb is as much a main clause's.
func coordinatedVerb(toks []tok, t *trigger) bool {
	if t.nominal {
		return false
	}
	pairFrom := pairPhraseBefore(toks, t.i)
	for k := t.i - 1; k >= 1 && k >= t.i-4; k-- {
		if l := toks[k].low; l == "and" || l == "but" {
			// After a pair phrase the tagger's participle ("both sides
			// pledged/VBN to ...") is the clause's verb: the pair, taken
			// up from the first clause, is modified by no participle.
			pairVerb := pairFrom == k+1 && pairVerbTag(toks[t.i].pos) && strings.HasSuffix(toks[t.i].low, "ed")
			return k < t.i-1 && coordinatedClause(toks, k) && (finiteVerb(toks[t.i]) || pastWithObject(toks, t.i) || pairVerb)
		}
		// "and in 2021 Peru expelled two diplomats": a time adjunct
		// fronted before the second clause's subject.
		if a := timedConjunct(toks, k); a >= 0 && k < t.i-1 {
			return coordinatedClause(toks, a) && (finiteVerb(toks[t.i]) || pastWithObject(toks, t.i))
		}
		if (!isCap(toks[k].text) && (pairFrom < 0 || k < pairFrom)) || isPunct(toks[k].text) {
			return false
		}
	}
	return false
}

// pairVerbTag says whether a tag the tagger gives an -ed verb right after
// a pair phrase may be that clause's finite verb: a participle ("both
// sides pledged/VBN to") or, after "the two countries", an adjective
// ("pledged/JJ"), the tagger reading the phrase as a noun it describes.
func pairVerbTag(pos string) bool {
	return pos == "VBN" || pos == "JJ"
}

// pairPhraseBefore returns where a pair phrase ending right before token i
// opens ("both sides", "the two parties"), or -1.
func pairPhraseBefore(toks []tok, i int) int {
	if i < 2 || i > len(toks) {
		return -1
	}
	if toks[i-2].low == "both" && kb.PairPhrase([]string{"both", toks[i-1].low}, 1) {
		return i - 2
	}
	if i >= 3 && kb.PairPhrase([]string{toks[i-3].low, toks[i-2].low, toks[i-1].low}, 2) {
		return i - 3
	}
	return -1
}

// scareQuote returns the index of the closing quote when toks[q] opens a
// short quotation inside a clause ("take "stern action" against"): after a
// lower-case word, closed within five words with no punctuation between.
// Otherwise it returns -1.
func scareQuote(toks []tok, q int) int {
	if q == 0 || (toks[q].text != "\"" && toks[q].text != "\u201c") {
		return -1
	}
	if p := toks[q-1].text; isPunct(p) || isCap(p) {
		return -1
	}
	for e := q + 1; e < len(toks) && e <= q+6; e++ {
		switch toks[e].text {
		case "\"", "\u201d":
			if e == q+1 {
				return -1
			}
			return e
		}
		if isPunct(toks[e].text) {
			return -1
		}
	}
	return -1
}

// topicPreps introduce what something is about ("data on", "talks over").
var topicPreps = map[string]bool{"on": true, "over": true, "regarding": true, "concerning": true}

// attributionSpan is how far back from a trailing report verb the comma
// that opens its speaker phrase is looked for.
const attributionSpan = 15

var reportWords = map[string]bool{"said": true, "says": true, "told": true, "reported": true, "announced": true, "confirmed": true,
	"stated": true, "claimed": true, "added": true, "noted": true, "according": true, "quoted": true, "wrote": true, "say": true}

// conduitParticiples are the participles of passing on a text another
// wrote: "a statement carried by SPA", "remarks broadcast by state
// television". Their "by" names an outlet, never the doer of what the
// text tells.
var conduitParticiples = map[string]bool{"carried": true, "published": true, "broadcast": true, "aired": true, "relayed": true,
	"cited": true, "posted": true, "circulated": true, "reprinted": true, "televised": true}

// thatReportWords report speech only with a "that" clause: "declared that
// China must ..." is reported, "declared a ceasefire" is an event.
var thatReportWords = map[string]bool{"declared": true, "insisted": true, "argued": true, "stressed": true, "emphasized": true,
	"emphasised": true, "asserted": true, "maintained": true, "explained": true, "acknowledged": true}

// trailingReportWords attribute what comes before them when they end the
// sentence after the speaker (", its foreign minister warned.").
var trailingReportWords = map[string]bool{"warned": true, "cautioned": true, "stressed": true, "insisted": true,
	"argued": true, "explained": true, "tweeted": true, "posted": true, "wrote": true, "added": true, "noted": true}

// trailingReport says whether toks[k] is a speech verb that closes the
// sentence after a comma and its speaker: "X may veto the package, its
// foreign minister warned."
func trailingReport(toks []tok, k int) bool {
	if !trailingReportWords[toks[k].low] || !closesSentence(toks, k) {
		return false
	}
	for q := k - 1; q >= 0 && q >= k-6; q-- {
		if toks[q].low == "," {
			return q < k-1
		}
		if isPunct(toks[q].text) && toks[q].text != "'s" {
			return false
		}
	}
	return false
}

// closingTimeWords may follow a closing report verb as its time ("...,
// Russia said on Monday.", "..., the ministry said late on Tuesday."):
// the attribution still ends the sentence.
var closingTimeWords = map[string]bool{"on": true, "morning": true, "afternoon": true, "evening": true, "night": true, "week": true}

// closingReportTime says whether date d is the time of a report verb
// that closes the sentence after trigger t ("Niger did not sign the pact,
// its foreign minister said on Thursday."): it dates the report, not what
// the clause tells (model.Event.DatedBy).
func closingReportTime(toks []tok, t *trigger, d *model.TimeExpr) bool {
	for k := t.j; k < len(toks) && toks[k].end <= d.Start; k++ {
		if !reportWords[toks[k].low] && !trailingReportWords[toks[k].low] {
			continue
		}
		// The date must stand in the report's own time phrase, not in a
		// participle clause after it (", citing Tuesday's attack"),
		// which may date something else.
		if e := closingEnd(toks, k); e == len(toks) || e >= 0 && d.End <= toks[e].start {
			return true
		}
	}
	return false
}

// closesSentence says whether the report verb at k ends the sentence,
// followed by nothing but closing punctuation and at most a short time
// phrase ("said on Monday.", "warned late on Tuesday."), or by a
// participle clause hung on the report (see closingEnd).
func closesSentence(toks []tok, k int) bool {
	return closingEnd(toks, k) >= 0
}

// closingEnd returns where the closing report at k ends: len(toks) when
// nothing but closing punctuation and at most a short time phrase follow
// it, the index of the comma before a participle clause that goes on with
// the report ("the ministry said on Tuesday, adding that talks would
// resume", "..., citing a statement"), or -1 when the verb closes nothing.
// The participle's subject is the speaker, so what came before the
// attribution is still the report, as it is without the clause.
func closingEnd(toks []tok, k int) int {
	timed := 0
	for q := k + 1; q < len(toks); q++ {
		if toks[q].text == "," {
			if q+1 < len(toks) && reportParticiple(toks[q+1]) {
				return q
			}
			return -1
		}
		if isPunct(toks[q].text) {
			continue
		}
		if timed++; timed > 4 || !timeWords[toks[q].low] && !closingTimeWords[toks[q].low] {
			return -1
		}
	}
	return len(toks)
}

// reportParticiple says whether w opens a participle clause: an "-ing"
// verb ("adding", "citing", "blaming"), not an "-ing" preposition
// ("during", "following", "including") that opens a phrase of the
// report's own. Text the tagger has not seen has no tag to ask.
func reportParticiple(w tok) bool {
	return (w.pos == "" || w.pos == "VBG") && strings.HasSuffix(w.low, "ing") && !prepositionWords[w.low]
}

// closingSpeaker says whether m is the speaker of a closing attribution
// after the trigger t ("..., diplomats said.", "..., the ministry said"):
// m lies between the comma that ends the reported clause and the report
// verb at reportAt that ends the sentence.
func closingSpeaker(toks []tok, m mention, t *trigger, reportAt int) bool {
	if reportAt < 0 || reportAt <= t.j || m.i <= t.j || m.j > reportAt || !reportWords[toks[reportAt].low] && !trailingReportWords[toks[reportAt].low] {
		return false
	}
	if !closesSentence(toks, reportAt) {
		return false
	}
	return commaOpensSpeaker(toks, m, t)
}

// commaOpensSpeaker says whether a comma after the trigger t opens the
// phrase of m, with nothing but determiners, adjectives and nouns between
// them ("..., the Kenyan ministry said"): m then begins a closing
// attribution, not the reported clause's own object.
func commaOpensSpeaker(toks []tok, m mention, t *trigger) bool {
	for q := m.i - 1; q > t.j; q-- {
		if toks[q].low == "," {
			return true
		}
		if isPunct(toks[q].text) && toks[q].text != "'s" || !(determiners[toks[q].low] || strings.HasPrefix(toks[q].pos, "JJ") || strings.HasPrefix(toks[q].pos, "NN")) {
			return false
		}
	}
	return false
}

// thatFollows says whether "that" opens a clause within three tokens after
// k ("declared Tuesday that").
func thatFollows(toks []tok, k int) bool {
	for q := k + 1; q < len(toks) && q <= k+3; q++ {
		if toks[q].low == "that" {
			return true
		}
	}
	return false
}

// afterWord returns the mention index that starts right after token k
// (skipping determiners), or -1.
// sharedPlaceAt returns the index of a place the knowledge base holds
// without a country at token k, after at most a "the" ("in the Gulf of
// Oman"), or -1. Such a place is no actor (see usable), but it is where
// an act happened.
func sharedPlaceAt(toks []tok, ms []mention, k int) int {
	if k < len(toks) && toks[k].low == "the" {
		k++
	}
	for mi, m := range ms {
		if m.i == k && m.kind == kb.TypePlace && m.country == "" && m.actorID != "" {
			return mi
		}
	}
	return -1
}

func mentionAt(toks []tok, ms []mention, k, maxSkip int) int {
	for skip := 0; skip <= maxSkip && k+skip < len(toks); skip++ {
		for mi, m := range ms {
			if m.i == k+skip && usable(m) {
				return mi
			}
		}
		l := toks[k+skip].low
		if !determiners[l] && l != "both" && !quantityWord(l) && !compassWord(toks[k+skip]) {
			return -1
		}
	}
	return -1
}

var durationRE = regexp.MustCompile(`(?i)^(?:[0-9]+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|several|a few)[ -](?:day|week|month|year|decade)s?$`)

// pastVerb reports whether the verb at i is in a past form: a simple past,
// or a participle not governed by a future or infinitive auxiliary ("was
// held" and "has met" are past; "will be held", "to be met" are not). A bare
// participle is usually a simple past the tagger read as one ("Kihara, met
// in Seoul").
// promiseStems begin the words for undertaking to do something later:
// "pledging to", "a promise to", "vowing to", "agreeing to".
var promiseStems = []string{"pledg", "promis", "vow", "commit", "undertak", "agree", "offer"}

// promisedDate says whether the date d stands in the infinitive a promise
// at the trigger's head governs ("pledging to hold talks in June"), so
// dates the promised act, not the promise. A promise in the future tense
// itself ("will pledge to ... in June") is left to the tense.
func promisedDate(toks []tok, t *trigger, d *model.TimeExpr) bool {
	h := t.head
	if h+1 >= len(toks) || toks[h+1].low != "to" || d.Start < toks[h+1].end {
		return false
	}
	promise := false
	for _, p := range promiseStems {
		if strings.HasPrefix(toks[h].low, p) {
			promise = true
			break
		}
	}
	if !promise {
		return false
	}
	for k := h - 1; k >= 0 && k >= h-3; k-- {
		switch toks[k].low {
		case "will", "would", "shall", "'ll":
			return false
		}
	}
	// The infinitive's clause runs to the next clause break; a date after
	// one ("pledging to hold talks, officials said on Monday") is another
	// clause's.
	for q := h + 2; q < len(toks) && toks[q].start < d.Start; q++ {
		if l := toks[q].low; l == "," || l == ";" || l == ":" || l == "but" {
			return false
		}
	}
	return true
}

func pastVerb(toks []tok, i int) bool {
	switch toks[i].pos {
	case "VBD":
		return true
	case "VBN":
		for k := i - 1; k >= 0 && k >= i-3; k-- {
			switch toks[k].low {
			case "will", "would", "shall", "'ll", "to", "be", "must", "should", "may", "might", "can", "could":
				return false
			}
		}
		return true
	}
	return false
}

// temporalOpeners open a clause or phrase set at another time than the
// clause it depends on: "suspended Niger after the military seized power in
// July" did not happen in July.
// "Since" is left out: "has occupied Crimea since 2014" spans from then.
var temporalOpeners = map[string]bool{"after": true, "before": true, "until": true, "following": true}

// comparedSince says the date at token k, after the trigger (which ends at
// token j), closes a comparison: "met in Nairobi, the first
// summit between the neighbours since 2024", "the highest toll since 2014".
// The date bounds the span the event is the first or the most of; the event
// itself is now, not then. A plain "since" ("has held since November") keeps
// its date: there it spans the act.
func comparedSince(toks []tok, j, k int) bool {
	q := k - 1
	if q > 0 && determiners[toks[q].low] {
		q-- // "since the 2019 election"
	}
	if q < j || toks[q].low != "since" {
		return false
	}
	// The superlative may stand before the trigger too, when the trigger is
	// the compared noun itself ("the deadliest assault ... since 2019").
	for p := q - 1; p >= 0 && p >= q-8; p-- {
		l := toks[p].low
		if l == ";" || l == "and" || l == "but" {
			return false
		}
		// A superlative, whatever the tagger made of it ("deadliest" is
		// often read as a plain adjective).
		superlative := toks[p].pos == "JJS" || toks[p].pos == "RBS" || (toks[p].pos == "" || strings.HasPrefix(toks[p].pos, "JJ")) && len(l) > 5 && strings.HasSuffix(l, "est")
		if l == "first" || l == "most" || l == "worst" || l == "best" || superlative {
			return true
		}
	}
	return false
}

// threatCopulas are the verbs whose predicate noun characterises their
// subject: "was a threat", "remains a threat", "poses a threat".
var threatCopulas = map[string]bool{"is": true, "was": true, "are": true, "were": true, "be": true, "been": true, "being": true,
	"remain": true, "remains": true, "remained": true, "become": true, "becomes": true, "became": true,
	"pose": true, "poses": true, "posed": true, "posing": true, "as": true, "constitute": true, "constitutes": true, "constituted": true}

// retaliationNouns name a response in kind, which a copula may predicate of
// an act ("the move was retaliation").
var retaliationNouns = map[string]bool{"retaliation": true, "revenge": true, "reprisal": true, "reprisals": true}

// asBefore says an "as" stands among the determiners and modifiers right
// before the noun at i ("as a retaliation", "as swift retaliation").
func asBefore(toks []tok, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		l := toks[k].low
		if l == "as" {
			return true
		}
		if !(determiners[l] || strings.HasPrefix(toks[k].pos, "JJ") || strings.HasPrefix(toks[k].pos, "RB")) {
			return false
		}
	}
	return false
}

// characterisingThreat says the threat noun at token i is the predicate of
// a copula, of "pose" or "constitute", or follows "as" ("seen as a
// threat"), past its determiners, adjectives and adverbs ("the greatest
// threat", "a serious and growing threat").
func characterisingThreat(toks []tok, i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		l := toks[k].low
		if threatCopulas[l] {
			return true
		}
		pos := toks[k].pos
		if determiners[l] || l == "and" || l == "no" || l == "not" || l == "more" || l == "less" || l == "still" || l == "also" || l == "real" || l == "direct" ||
			strings.HasPrefix(pos, "JJ") || strings.HasPrefix(pos, "RB") || l == "security" || l == "national" {
			continue
		}
		return false
	}
	return false
}

// sinceSpan says the date d opens a span with "since" ("since 2017",
// "since the 2019 election"), which runs to the report's time.
func sinceSpan(toks []tok, d *model.TimeExpr) bool {
	if strings.HasPrefix(strings.ToLower(d.Text), "since ") {
		return true
	}
	for q := len(toks) - 1; q >= 0; q-- {
		if toks[q].start >= d.Start {
			continue
		}
		if determiners[toks[q].low] && q > 0 {
			q--
		}
		return toks[q].low == "since"
	}
	return false
}

// otherTimes drops the dates that tell when something else happened: a date
// in a clause or phrase opened by "after", "before", "until" or "following"
// (after the trigger, or before it across a comma), and a year that only
// modifies a noun ("the 2020 election", "its 2015 nuclear deal") unless
// that noun is the trigger itself ("the 2014 coup"). It returns dates itself
// when it drops nothing.
// timePreps lead a phrase that may say when the clause before it happened:
// "met in the 2018 summit", "at the 2019 talks".
var timePreps = map[string]bool{"in": true, "at": true, "during": true}

// inAsideRelative says whether token k stands in a non-restrictive
// relative clause (", which ... ,", ", who ... ,") that does not hold the
// trigger: "The African Union, which has mediated the talks since 2020,
// urged ...": the clause describes its noun, and its time dates that
// description, not the main clause's act.
func inAsideRelative(toks []tok, k int, t *trigger) bool {
	l := k - 1
	for l >= 0 && toks[l].low != "," && toks[l].low != ";" {
		l--
	}
	if l < 0 || toks[l].low != "," || l+1 >= k {
		return false
	}
	switch toks[l+1].low {
	case "which", "who", "whose", "whom":
	default:
		return false
	}
	r := k + 1
	for r < len(toks) && toks[r].low != "," && toks[r].low != ";" {
		r++
	}
	return t.i < l || t.i > r
}

// inRestrictiveRelative says whether token k, after the trigger (which
// ends at token j), lies in a relative clause on a noun of the trigger's
// own clause: "arrested an engineer who had inspected the bridge last
// year", "expelled the diplomat who organised the protest on Friday". The
// clause's verb has the date; the main act's is not told there. A comma
// between the pronoun and the date closes that clause first.
func inRestrictiveRelative(toks []tok, j, k int) bool {
	for q := k - 1; q >= j; q-- {
		l := toks[q].low
		if l == "," || l == ";" || l == ":" {
			return false
		}
		if relativePronoun[l] && q > j && q+1 < k && verbAfterPronoun(toks, q+1, k) {
			return true
		}
	}
	return false
}

// triggerNounRelative says whether token k lies in a relative clause that
// opens right after a trigger ending in its own object noun: "ended a
// strike that began in February", "lifted a curfew which was imposed last
// month". The clause's date is the noun's (when the strike began), not
// the trigger's act's, which takes the sentence's other time (a closing
// "said on Tuesday") or none. inRestrictiveRelative reads a pronoun after
// the trigger; this one reads the pronoun that ends it, "that" included,
// which after a verb ("warned that") opens a complement instead.
func triggerNounRelative(toks []tok, t *trigger, k int) bool {
	q := t.j
	if q <= t.head || q+1 >= k || q >= len(toks) || !strings.HasPrefix(toks[q-1].pos, "NN") {
		return false
	}
	if l := toks[q].low; l != "that" && !relativePronoun[l] {
		return false
	}
	for m := q + 1; m < k; m++ {
		if l := toks[m].low; l == "," || l == ";" || l == ":" {
			return false
		}
	}
	return verbAfterPronoun(toks, q+1, k)
}

// verbAfterPronoun says whether a verb (or auxiliary) stands among the
// first tokens from q up to k, so the pronoun before q opens a clause
// of its own ("who had inspected", "which Kenya hosted"), not a question
// word in an object ("asked which day").
func verbAfterPronoun(toks []tok, q, k int) bool {
	for m := q; m < k && m <= q+3; m++ {
		if finiteVerb(toks[m]) || toks[m].pos == "MD" {
			return true
		}
	}
	return false
}

// secondPredicateInfinitive says whether token k lies inside the
// infinitive of a second predicate coordinated after the trigger's, which
// ends at token j: "rejected the decision and called on its supporters to
// protest in Lagos on Friday". A date there is when the act the second
// verb asks for, plans or promises is to happen, not when the first
// verb's act did (nor, see demandedDate, when the second's did).
func secondPredicateInfinitive(toks []tok, j, k int) bool {
	second := false
	for q := j; q < k && q+1 < len(toks); q++ {
		l := toks[q].low
		switch {
		case l == ";" || l == ":" || l == "," && !second:
			return false
		case l == "and" && !second && (finiteVerb(toks[q+1]) || toks[q+1].pos == "VBN"):
			second = true
		case second && l == "to" && q+1 < k && !determiners[toks[q+1].low] && !isCap(toks[q+1].text):
			// The infinitive opens: nothing but its own words up to k.
			for r := q + 1; r < k; r++ {
				if isPunct(toks[r].text) && toks[r].low != "-" {
					return false
				}
			}
			return true
		}
	}
	return false
}

func otherTimes(toks []tok, t *trigger, dates []model.TimeExpr, lo, hi int) []model.TimeExpr {
	if len(dates) == 0 {
		return dates
	}
	drop := func(d *model.TimeExpr) bool {
		k := sort.Search(len(toks), func(q int) bool { return toks[q].end > d.Start })
		if k >= len(toks) {
			return false
		}
		// A year as a noun modifier: "the 2020 election". Not when the
		// phrase says when the trigger's clause happened: "met in the
		// 2018 summit", "clashed during the 2019 protests".
		if len(d.Text) == 4 && isNumber(d.Text) && k > 0 && k+1 < len(toks) && (determiners[toks[k-1].low] || toks[k-1].low == "'s") &&
			!isCap(toks[k+1].text) && !isPunct(toks[k+1].text) && !(t.nominal && t.i > k && t.i <= k+3) && !frontedTimeFrame(toks, k, t) &&
			!(k >= 2 && k-2 >= t.j && timePreps[toks[k-2].low] && toks[k-1].low != "'s" && !commaBetween(toks, t.j, k) && !verbBetween(toks, t.j, k-2)) {
			return true
		}
		if inAsideRelative(toks, k, t) {
			return true
		}
		// "The junta, in power since 2020, banned meetings on Tuesday":
		// the date in a phrase describing the subject is its own, not
		// the main verb's (see datedAdjunct).
		if open, close := relativeBefore(toks, t.i); open >= 0 && open < k && k < close && !t.nominal && (datedAdjunct(toks, open, close) || clauseAdjunct(toks, open, close)) {
			return true
		}
		if whenAnchor(toks, d, t) {
			// "did not settle the dispute until March 2023, when they
			// agreed": the clause hangs on the date itself, whatever
			// opened the phrase the date stands in.
			return false
		}
		if k >= t.j {
			// After the trigger: "suspended Niger after the coup in July".
			// Not the day of a closing attribution, which an opener's
			// phrase does not reach ("imposed a curfew until March, the
			// police said on Tuesday").
			for q := t.j; q < k; q++ {
				if temporalOpeners[toks[q].low] {
					return !closingReportTime(toks, t, d)
				}
			}
			if comparedSince(toks, t.j, k) {
				return true
			}
			if secondPredicateInfinitive(toks, t.j, k) {
				return true
			}
			if inRestrictiveRelative(toks, t.j, k) {
				return true
			}
			if !t.nominal && triggerNounRelative(toks, t, k) {
				return true
			}
			return false
		}
		if d.Start >= lo && d.Start < hi && !commaBetween(toks, k, t.i) {
			return false
		}
		// Before it, in a phrase that opens with one: "After the military
		// seized power in July, the AU suspended Niger".
		for q := k - 1; q >= 0; q-- {
			if l := toks[q].low; l == "," || l == ";" {
				return false
			} else if temporalOpeners[l] {
				return true
			}
		}
		return false
	}
	var out []model.TimeExpr
	for i := range dates {
		if drop(&dates[i]) {
			if out == nil {
				out = append(make([]model.TimeExpr, 0, len(dates)), dates[:i]...)
			}
			continue
		}
		if out != nil {
			out = append(out, dates[i])
		}
	}
	if out == nil {
		return dates
	}
	return out
}

// whenOpeners open a clause that tells what happened at the time named
// just before them: "in March 2023, when they agreed", "on Monday, as
// talks resumed".
var whenOpeners = map[string]bool{"when": true, "as": true}

// whenAnchor says whether the trigger stands in a clause opened by ",
// when" or ", as" right after the date d, with no other clause break
// between: that clause is set at d ("until March 2023, when they agreed
// to restore ties" dates the agreement to March 2023).
func whenAnchor(toks []tok, d *model.TimeExpr, t *trigger) bool {
	e := sort.Search(len(toks), func(q int) bool { return toks[q].start >= d.End })
	if e+2 > t.i || e+1 >= len(toks) || toks[e].low != "," || !whenOpeners[toks[e+1].low] {
		return false
	}
	for q := e + 2; q < t.i; q++ {
		if l := toks[q].low; l == "," || l == ";" || l == ":" || l == "but" || temporalOpeners[l] {
			return false
		}
	}
	return true
}

// whenAnchored returns the date whose ", when" clause holds the trigger,
// or nil.
func whenAnchored(toks []tok, t *trigger, dates []model.TimeExpr) *model.TimeExpr {
	for i := range dates {
		if whenAnchor(toks, &dates[i], t) {
			return &dates[i]
		}
	}
	return nil
}

// commaBetween says whether a comma lies between tokens i and j.
// verbBetween says a verb, or a preposition opening a complement of its
// own, stands in toks[i:j]: a phrase after it belongs there, not to the
// trigger ("accused Uganda of meddling in the 2020 election"). Untagged
// tokens count a lower-case -ing form as a verb.
func verbBetween(toks []tok, i, j int) bool {
	for k := i; k < j && k < len(toks); k++ {
		w := toks[k]
		switch {
		case strings.HasPrefix(w.pos, "VB"):
			return true
		case w.pos == "" && len(w.low) > 4 && strings.HasSuffix(w.low, "ing") && w.text == w.low:
			return true
		}
		switch w.low {
		case "of", "to", "for", "about", "against", "over":
			return true
		}
	}
	return false
}

func commaBetween(toks []tok, i, j int) bool {
	for k := i + 1; k < j; k++ {
		if toks[k].low == "," {
			return true
		}
	}
	return false
}

// contrastBetween says whether "but", "yet" or a semicolon separates the
// byte offsets a and b: what follows is another clause, not an adjunct.
func contrastBetween(toks []tok, a, b int) bool {
	if a > b {
		a, b = b, a
	}
	for _, t := range toks {
		if t.start > a && t.end <= b && (t.low == "but" || t.low == "yet" || t.low == ";") {
			return true
		}
	}
	return false
}

// dayOf is a time expression as events are dated: to the day at finest. A
// clock time ("at 3 p.m. on Tuesday") dates its event to its day, as the
// store merges and files events by day.
func dayOf(d model.TimeExpr) model.TimeExpr {
	cut := func(v string) string {
		if hasClock(v) {
			return v[:len("2006-01-02")]
		}
		return v
	}
	if d.Precision == model.PrecisionMinute || d.Precision == model.PrecisionHour {
		d.Precision = model.PrecisionDay
	}
	d.Value, d.EndValue = cut(d.Value), cut(d.EndValue)
	return d
}

// hasClock says a date value has a time of day after its day
// ("2021-07-27T15:00").
func hasClock(v string) bool {
	return len(v) > len("2006-01-02") && v[len("2006-01-02")] == 'T'
}

// pickDate chooses the time expression for a trigger at byte offset off:
// the nearest one inside the trigger's clause [lo, hi), else the nearest in
// the sentence.
func pickDate(dates []model.TimeExpr, off, lo, hi int) *model.TimeExpr {
	var best *model.TimeExpr
	bestScore := 0
	for i := range dates {
		d := &dates[i]
		dist := d.Start - off
		if dist < 0 {
			dist = -dist
		}
		// "after 14 months of silence" is a duration, not when it happened.
		if durationRE.MatchString(d.Text) {
			dist += 400
		}
		if d.Start < lo || d.Start >= hi {
			dist += 200
		}
		if best == nil || dist < bestScore {
			best, bestScore = d, dist
		}
	}
	return best
}

// notAhead keeps the dates that are not in the future of the publish date
// (nil when none is left).
func notAhead(dates []model.TimeExpr) []model.TimeExpr {
	var out []model.TimeExpr
	for _, d := range dates {
		if d.Relation != "future" {
			out = append(out, d)
		}
	}
	return out
}

// untilDate says the date d of text is the end of a period, opened by
// "until" or "till" in its text or right before it ("until March", "will
// last until March").
func untilDate(text string, d *model.TimeExpr) bool {
	w := strings.ToLower(d.Text)
	if strings.HasPrefix(w, "until ") || strings.HasPrefix(w, "till ") {
		return true
	}
	before := strings.Fields(strings.ToLower(text[:d.Start]))
	return len(before) > 0 && (before[len(before)-1] == "until" || before[len(before)-1] == "till")
}

// countWords are the small counts written out in "two years after".
var countWords = map[string]int{"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}

// shiftedDate dates the event at token i of a clause that opens with "N
// years (months, weeks, days) after" or "before", right after the date d
// ("in 2022, two years after they severed relations": 2020). The precision
// is the coarser of d's and the unit's; ok is false when no such clause
// lies between d and the event.
// shiftLeads may stand before the count of a "two days after" clause:
// the comma setting it off and the hedges on the count.
var shiftLeads = map[string]bool{",": true, "about": true, "some": true, "nearly": true, "almost": true,
	"just": true, "only": true, "barely": true}

// shiftPhrase reads "N units after|before" at token k, ending before token
// i (the event): the count and the direction to shift the main date by
// (after: back, before: forward).
func shiftPhrase(toks []tok, k, i int) (int, int, bool) {
	if k < 0 || k+3 > i {
		return 0, 0, false
	}
	n, ok := countWords[toks[k].low]
	if !ok {
		if x, err := strconv.Atoi(toks[k].low); err == nil && x > 0 && x < 200 {
			n, ok = x, true
		}
	}
	if !ok {
		return 0, 0, false
	}
	switch strings.TrimSuffix(toks[k+1].low, "s") {
	case "year", "month", "week", "day", "decade":
	default:
		return 0, 0, false
	}
	switch toks[k+2].low {
	case "after":
		return n, -1, true
	case "before":
		return n, 1, true
	}
	return 0, 0, false
}

// shiftClauseStart finds, between token from (just after the main
// clause's date) and the event at token i, a "N units after|before"
// phrase set off by a comma that opens the clause holding the event: the
// phrase's count token, or -1. Only the clause right before the event
// counts: a further comma, semicolon or conjunction between the phrase and
// the event leaves the event outside it.
func shiftClauseStart(toks []tok, from, i int) int {
	for k := i - 3; k >= from; k-- {
		l := toks[k+2].low
		if k+3 <= i-1 {
			switch toks[k+3].low {
			case ",", ";", ":", "and", "but", "while", "as", "which", "who":
				return -1
			}
		}
		if l != "after" && l != "before" {
			continue
		}
		if _, _, ok := shiftPhrase(toks, k, i); !ok {
			return -1
		}
		p := k - 1
		for p >= from && p > 0 && shiftLeads[toks[p].low] && toks[p].low != "," {
			p--
		}
		if p >= from && toks[p].low == "," {
			return k
		}
		return -1
	}
	return -1
}

func shiftedDate(toks []tok, d *model.TimeExpr, i int) (string, string, bool) {
	if d == nil || d.EndValue != "" || d.Relation == "future" {
		return "", "", false
	}
	k := 0
	for k < len(toks) && toks[k].start < d.End {
		k++
	}
	if k >= i {
		return "", "", false
	}
	for k < i && shiftLeads[toks[k].low] {
		k++
	}
	n, sign, ok := shiftPhrase(toks, k, i)
	if !ok {
		// "Russia on Wednesday banned 25 British officials, a day after
		// London sanctioned Russian prison officials": the date stands
		// inside the main clause, and the appended ", a day after" clause
		// holding the event is measured from it all the same.
		k = shiftClauseStart(toks, k, i)
		if k < 0 {
			return "", "", false
		}
		n, sign, _ = shiftPhrase(toks, k, i)
	}
	t, err := time.Parse("2006-01-02", (d.Value + "-01-01")[:10])
	if len(d.Value) == 7 {
		t, err = time.Parse("2006-01", d.Value)
	} else if len(d.Value) == 10 {
		t, err = time.Parse("2006-01-02", d.Value)
	}
	if err != nil {
		return "", "", false
	}
	prec := d.Precision
	switch strings.TrimSuffix(toks[k+1].low, "s") {
	case "year":
		t = t.AddDate(sign*n, 0, 0)
	case "decade":
		t = t.AddDate(sign*10*n, 0, 0)
	case "month":
		if prec == model.PrecisionYear {
			return "", "", false
		}
		t = t.AddDate(0, sign*n, 0)
	case "week", "day":
		if prec != model.PrecisionDay {
			return "", "", false
		}
		days := n
		if strings.HasPrefix(toks[k+1].low, "week") {
			days = 7 * n
		}
		t = t.AddDate(0, 0, sign*days)
	default:
		return "", "", false
	}
	// "on Monday, seven years after they severed ties": years counted
	// back from a day tell the year, not the day (months the month).
	switch strings.TrimSuffix(toks[k+1].low, "s") {
	case "year", "decade":
		prec = model.PrecisionYear
	case "month":
		if prec == model.PrecisionDay {
			prec = model.PrecisionMonth
		}
	}
	switch prec {
	case model.PrecisionYear:
		return t.Format("2006"), prec, true
	case model.PrecisionMonth:
		return t.Format("2006-01"), prec, true
	}
	return t.Format("2006-01-02"), prec, true
}

func (c *Coder) codeSentence(st *articleState, text string, s model.Sentence, ents []model.Entity, dates []model.TimeExpr) {
	toks := toToks(s)
	if len(toks) == 0 {
		return
	}
	markToldReports(c.kb, toks, st.quotes, ents)
	at := st.ref
	if !st.hasRef {
		at = time.Time{}
	}
	// Dates in the sentence also pick which office holders are meant.
	ms := c.findMentions(toks, ents, at, st)
	ms = bodyAnaphora(toks, ms, st)
	ms = demonymAnaphora(toks, ms, st)
	c.attackOnPlaceVictims(toks, ms)
	st.noteDisaster(toks, ms, s.Paragraph != st.lastPara)
	st.noteMission(toks, ms)
	defer func() {
		for _, m := range ms {
			if m.kind == "person" {
				st.lastPerson = &m
				break
			}
		}
		st.lastSubject = mainSubject(toks, ms, st)
		st.notePair(toks, ms)
		st.noteRebellion(ms)
		st.noteScene(ms)
	}()
	trigs := c.matchTriggers(toks, ms)
	// "froze the assets in response to US sanctions", "in line with EU
	// sanctions": a measure named as what a verb's act answers or follows
	// is a reference, no new event (referencedMeasure).
	trigs = slices.DeleteFunc(trigs, func(t *trigger) bool { return referencedMeasure(toks, trigs, t) })
	// "Ghana sent a delegation to negotiate with Togo": a delegation sent
	// to act is no visit; the act it was sent for is the sender's (see
	// sentToAct), which a trigger on "sent" would make subordinate.
	// "Kenya sent a delegation to Juba on Monday to discuss the deal" is
	// the same: the purpose is the event, intended.
	sentFor := slices.ContainsFunc(trigs, func(t *trigger) bool { return sentToAct(toks, t) })
	trigs = slices.DeleteFunc(trigs, func(t *trigger) bool {
		return delegationVisit(t.p) && (sentFor || wordAt(toks, t.j) == "to" && infinitiveAt(toks, t.j+1))
	})
	if s.Paragraph != st.lastPara {
		st.lastDate = nil
		st.lastPara = s.Paragraph
	}
	// Historical background carries over within a paragraph: a sentence
	// without a date of its own that follows one dated to an earlier year.
	carried := st.lastDate
	if len(dates) > 0 {
		st.lastDate = nil
		for i := range dates {
			d := dates[i]
			if d.Relation == "past" && d.Precision == model.PrecisionYear && st.hasRef && d.Value < st.ref.Format("2006") {
				st.lastDate = &d
			}
		}
	}
	// Most sentences have no trigger and no "must" that could add one:
	// they are done before the speaker is looked for. A hostile act noun
	// that codes no event may still be the supposed act of a riposte
	// ("said any incursion would be met with force").
	if len(trigs) == 0 && !hasWord(toks, "must") && !hasHostileActNoun(toks) {
		return
	}
	// Reported speech: the speaker of the sentence.
	reporter, reportAt := c.reporter(toks, ms)
	reporter = c.markOfficeHolder(toks, reporter)
	if reportAt >= 0 && trailingReport(toks, reportAt) {
		// ", its foreign minister warned.": the warning is the clause
		// before, not an event of its own.
		kept := trigs[:0]
		for _, t := range trigs {
			if t.i != reportAt {
				kept = append(kept, t)
			}
		}
		trigs = kept
	}
	trigs = demandTriggers(toks, ms, trigs, reportAt)
	trigs = withoutStruckByAttack(toks, ms, trigs)
	trigs = withoutBrokerParticiple(toks, ms, trigs)
	if len(trigs) == 0 {
		if t := riposteThreat(toks, ms, trigs, reporter, reportAt); t != nil {
			c.codeTrigger(st, text, s, toks, ms, t, dates, carried, reporter, reportAt)
		}
		return
	}

	// Frames: a frame verb absorbs a following trigger in its complement.
	for ti, t := range trigs {
		if !t.p.Frame || t.frame != nil {
			continue
		}
		for _, u := range trigs[ti+1:] {
			if frameDistance(toks, t.j, u.i) > 8 {
				// "agreed to set up joint patrols along the border and to
				// meet again in May": a second "to" complement joined by
				// "and" belongs to the frame however long the first is.
				if coordinatedComplement(toks, t, u) {
					u.frame = t
					t.absorbed = append(t.absorbed, u)
				}
				break
			}
			gap := toks[t.j:u.i]
			linked := false
			blocked := false
			for _, g := range gap {
				if g.low == "to" || g.low == "that" || g.low == "for" || g.low == "on" {
					linked = true
				}
				if g.low == ";" || g.low == "\"" || g.low == "but" || g.low == "which" || g.low == "who" {
					blocked = true
				}
			}
			if len(gap) == 0 && u.nominal {
				linked = true
			}
			// "pledged money to Turkey after the earthquake killed 2,000
			// people": an adverbial clause of time or cause opens after
			// the frame's complement; what happens in it is not what was
			// pledged or warned of. "promised that after the vote it would
			// withdraw" fronts the clause inside the complement and stays.
			if adverbialClauseGap(gap) || newClauseGap(gap) {
				blocked = true
			}
			// "Iran warned it will retaliate": a complement clause may
			// open without "that", on a pronoun subject and a modal.
			if pronounModalClause(gap) {
				linked = true
			}
			// "promised the government would send aid": a promise's
			// clause opens without "that" on a noun subject as often
			// (see nounModalClause), and is the same one event.
			if t.p.Intent && !t.nominal && nounModalClause(gap) {
				linked = true
			}
			// "asked Britain to act, accusing London of delays": a
			// participle after a comma opens an adjunct of the main
			// clause, not the frame's complement.
			if !u.nominal && u.i > t.j && toks[u.i-1].low == "," && strings.HasSuffix(toks[u.i].low, "ing") {
				blocked = true
			}
			if agentParticipleOnNoun(toks, u) {
				blocked = true
			}
			// "pledged $7 billion for Syria at a conference in
			// Brussels": a meeting noun after "at" is where the frame's
			// act was done, not what was promised or agreed.
			if u.nominal && atVenueNoun(toks, u.i) {
				blocked = true
			}
			if linked && !blocked && mainCoordinate(toks, ms, t.j, u) {
				blocked = true
				u.coordOf = t
			}
			if !linked || blocked {
				continue
			}
			// "vowed to retaliate for the Israeli attack": the attack the
			// answer is for took place (presupposedAct) and is coded as
			// the act it is, not as part of the vow.
			if u.nominal && len(t.absorbed) > 0 && answeredAct(toks, u) && presupposedAct(toks, u, t.i) {
				continue
			}
			u.frame = t
			t.absorbed = append(t.absorbed, u)
			// "and" joins a second complement: "vowed to defend and develop".
			continue
		}
	}
	// A nominal event that is the object of a verb event is part of it:
	// "signed an agreement", "lifted the blockade", "demanded a truce".
	for ui, u := range trigs {
		if u.frame != nil || !u.nominal {
			continue
		}
		// "did not attend the talks between Russia and Ukraine": an event
		// noun naming its own parties is an event of theirs, presupposed
		// whatever the verb says of it.
		if presupposedBetween(toks, u) {
			continue
		}
		// "vowed revenge for the Turkish strike": the strike the revenge
		// is for took place and is coded as the act it is (as after
		// "vowed to retaliate for", above), not as the vow's object.
		if answeredAct(toks, u) && presupposedAct(toks, u, max(0, u.i-7)) {
			continue
		}
		for k := ui - 1; k >= 0; k-- {
			t := trigs[k]
			if t.frame != nil {
				continue
			}
			if t.nominal || u.i-t.j > 5 {
				break
			}
			// A clause opener or "amid" ends the object: in "fired tear
			// gas as protests spread" the protests are no object. A
			// currency sign is part of an amount, no punctuation: in
			// "received $500 million in loans" the loans are the object.
			blocked := false
			for _, g := range toks[t.j:u.i] {
				if isPunct(g.low) && g.low != "'s" && g.low != "'" && !currency(g.low) || g.low == "and" || g.low == "to" || g.low == "that" || reportWords[g.low] ||
					rightStop[g.low] || g.low == "amid" || g.low == "despite" {
					blocked = true
				}
			}
			if !blocked {
				u.frame = t
				t.absorbed = append(t.absorbed, u)
			}
			break
		}
	}
	// "Israeli air strikes pounded Gaza City", "Russian missile strikes
	// hit Odesa": an attack noun that is the subject of a verb of
	// attacking is that verb's attack, told once; the verb names what it
	// hit.
	// A strike noun still typed as a walkout is the same air strike when
	// a verb of harm follows it ("Israeli strikes killed 12 people"):
	// walkouts kill no one, and the noun is coded ASSAULT later for the
	// same reason (strikeHarms). Between the noun and the verb stand
	// only what attackSubjectGap lets through.
	for ui, u := range trigs {
		if u.frame != nil || !u.nominal || ui+1 >= len(trigs) {
			continue
		}
		t := trigs[ui+1]
		if u.p.Type != "ASSAULT" && !(u.p.Type == "PROTEST" && u.p.Words[0] == "strike" && harmVerbs[toks[t.i].low]) {
			continue
		}
		if t.nominal || t.passive || t.frame != nil || t.p.Type != "ASSAULT" || t.i < u.j || t.i-u.j > 6 {
			continue
		}
		if attackSubjectGap(toks, u.j, t.i) {
			u.frame = t
			t.absorbed = append(t.absorbed, u)
		}
	}
	// A nominal event that is the subject of a passive agreement is the
	// thing agreed: "a ceasefire between Armenia and Azerbaijan was
	// agreed", "a truce was endorsed". Only be-forms, the noun's own
	// phrase and adverbs stand between. (Protests that "were crushed" are
	// still protests: other verbs absorb nothing this way.)
	for ui, u := range trigs {
		if u.frame != nil || !u.nominal {
			continue
		}
		for _, t := range trigs[ui+1:] {
			// "Sanctions were imposed on Iran by the EU": the noun a
			// passive "verb * noun" pattern took as its object is that
			// verb's event, told once, whatever its type.
			if !t.nominal && t.frame == nil && t.passiveObj > 0 && u.i < t.passiveObj && t.passiveObj <= u.j {
				u.frame = t
				t.absorbed = append(t.absorbed, u)
				break
			}
			if t.nominal || !t.passive || t.frame != nil || t.i-u.j > 8 || !(t.p.Type == "AGREE" || t.p.Type == "SUPPORT") {
				break
			}
			blocked := false
			for _, g := range toks[u.j:t.i] {
				if isPunct(g.low) || g.low == "that" || g.low == "which" || g.low == "who" || reportWords[g.low] || finiteVerb(g) && !beForms[g.low] {
					blocked = true
				}
			}
			if !blocked {
				u.frame = t
				t.absorbed = append(t.absorbed, u)
			}
			break
		}
	}
	// Purpose and complement clauses: "to VERB" or "of VERBing" after an
	// event belongs to that event ("sent troops to help", "accused X of
	// violating"); it is not reported as an event of its own.
	for ui, u := range trigs {
		if u.frame != nil || u.nominal || u.i == 0 {
			continue
		}
		prev := toks[u.i-1].low
		ing := strings.HasSuffix(toks[u.i].low, "ing")
		// "a call for its forces to be deployed": a passive infinitive too.
		if prev == "be" && u.i >= 2 && toks[u.i-2].low == "to" {
			prev = "to"
		}
		// "barred women from attending", "stopped them from leaving".
		if !(prev == "to" || ing && (prev == "of" || prev == "for" || prev == "in" || prev == "from")) {
			continue
		}
		for k := ui - 1; k >= 0; k-- {
			t := trigs[k]
			if u.i-t.j > 10 {
				break
			}
			// A phrase that is no event ("wants to") governs nothing:
			// the complement is coded on its own.
			blocked := t.p.Type == "-" && t.j == u.i
			for _, g := range toks[t.j:u.i] {
				if g.low == ";" || g.low == "\"" || g.low == "which" || g.low == "who" || g.low == "but" || reportWords[g.low] {
					blocked = true
				}
			}
			if !blocked {
				// Chains ("agreed ... to cooperate to encourage ... to
				// return") belong to the outermost event.
				root := t
				for root.frame != nil {
					root = root.frame
				}
				u.frame = root
				root.absorbed = append(root.absorbed, u)
			}
			break
		}
	}
	absorbCoordinatedComplements(toks, trigs)
	absorbLegalComplements(toks, trigs)
	st.prevVerb = -1
	// The object of a predicate is looked for before the next predicate:
	// "welcomed the move and urged Khartoum to ..." gives "welcomed" no
	// object.
	for ti, t := range trigs {
		t.next = len(toks)
		last := t
		for _, u := range t.absorbed {
			if u.j > last.j {
				last = u
			}
		}
		for _, u := range trigs[ti+1:] {
			if u.frame == nil && u.i >= last.j && !u.nominal && u.i > 0 {
				// Only a coordinated predicate closes the object search;
				// a modal or auxiliary may stand between the conjunction
				// and its verb ("regretted the decision and would ask
				// FIFA to review it": FIFA is asked, not regretted).
				k := u.i - 1
				for k > 0 && (adverbs[toks[k].low] || coordAux[toks[k].low] || perfectAux[toks[k].low]) {
					k--
				}
				if l := toks[k].low; l == "and" || l == "but" || l == "then" {
					t.next = k
					break
				}
			}
		}
	}
	linkAnswers(toks, trigs)
	seenVerb := false
	for _, t := range trigs {
		t.afterVerb = seenVerb
		if t.frame == nil && !t.nominal && t.p.Type != "-" {
			seenVerb = true
		}
	}
	for _, t := range trigs {
		if t.frame == nil {
			st.answeredClaim(c.pats, toks, ms, t)
		}
		if t.frame != nil || t.p.Type == "-" {
			continue // absorbed, or a phrase that is no event ("declined to comment")
		}
		if participleAgentNominal(toks, t) {
			continue // "civilians wounded by Russian shelling" (see participleAgentNominal)
		}
		if roles, p := trailingAccusation(toks, ms, t); p != nil {
			t.roles, t.p = roles, p // ", a rights group charged." (see trailingAccusation)
		}
		if p := physicalCharge(toks, t); p != nil {
			t.p = p // "riot police charged the crowd" (see physicalCharge)
		}
		c.codeTrigger(st, text, s, toks, ms, t, dates, carried, reporter, reportAt)
	}
	if t := c.behindAccusation(toks, ms, trigs, reporter, reportAt); t != nil {
		c.codeTrigger(st, text, s, toks, ms, t, dates, carried, reporter, reportAt)
	}
	if t := riposteThreat(toks, ms, trigs, reporter, reportAt); t != nil {
		c.codeTrigger(st, text, s, toks, ms, t, dates, carried, reporter, reportAt)
	}
}

// ripostePatterns code a speaker's saying that any hostile act against it
// would be met with force (CAMEO 138, a threat of military force) or a
// response, retaliation or reprisals (130): the speaker threatens whoever
// would act.
var ripostePatterns = map[bool]*Pattern{
	true:  {Kind: "verb", Phrase: "say * met with force", Words: []string{"said"}, Type: "THREATEN", CAMEO: "138"},
	false: {Kind: "verb", Phrase: "say * met with", Words: []string{"said"}, Type: "THREATEN", CAMEO: "130"},
}

// riposteNouns name the answer a speaker promises to a hostile act.
var riposteNouns = map[string]bool{"force": true, "response": true, "retaliation": true, "reprisal": true, "reprisals": true}

// hostileNounTypes are the types of an event noun whose maker a riposte
// threatens.
var hostileNounTypes = map[string]bool{"ASSAULT": true, "COERCE": true, "MOBILIZE": true, "SANCTION": true, "THREATEN": true}

// attackStrike says whether the strike noun of t, a walkout by its
// pattern, is an attack: a state's demonym right before it ("any Israeli
// strike") or a target after it ("strikes on Gaza").
func attackStrike(toks []tok, ms []mention, t *trigger) bool {
	if t.p.Type != "PROTEST" || t.p.Words[0] != "strike" {
		return false
	}
	for _, m := range ms {
		if m.kind == "demonym" && m.sector == "" && m.j == t.i {
			return true
		}
	}
	return strikeOn(toks, ms, t.j)
}

// riposteThreat finds "Iran said any Israeli strike on its sites would be
// met with force": the reported clause's subject is a hostile event noun
// under "any", a supposition (see anyBeforeNoun), and its predicate is a
// riposte to come. The act is the speaker's threat against the act's
// maker; it returns a trigger on the report verb whose object search ends
// at the event noun, so that the maker named before it is the target. nil
// when the sentence says no such thing.
func riposteThreat(toks []tok, ms []mention, trigs []*trigger, reporter *group, reportAt int) *trigger {
	if reporter == nil || reportAt < 0 || !reportWords[toks[reportAt].low] || toks[reportAt].low == "according" {
		return nil
	}
	start := reportAt + 1
	if start < len(toks) && toks[start].low == "that" {
		start++
	}
	if start < len(toks) && speakerPronouns[toks[start].low] {
		return ownRiposte(toks, ms, trigs, reporter, reportAt, start)
	}
	if start >= len(toks) || toks[start].low != "any" {
		return nil
	}
	act := supposedAct(toks, ms, trigs, start)
	if act == nil {
		return nil
	}
	for k := act.j; k+4 < len(toks) && k <= act.j+10; k++ {
		l := toks[k].low
		if l == ";" || l == ":" || l == "\"" || l == "," || reportWords[l] {
			return nil
		}
		if l != "would" && l != "will" && l != "'ll" {
			continue
		}
		if toks[k+1].low != "be" || toks[k+2].low != "met" || toks[k+3].low != "with" {
			return nil
		}
		force := false
		for q := k + 4; q < len(toks) && q <= k+7; q++ {
			// "a swift military response" promises force as surely as
			// "force" itself.
			force = force || forceWords[toks[q].low]
			if riposteNouns[toks[q].low] {
				t := &trigger{p: ripostePatterns[force], i: reportAt, j: reportAt + 1, head: reportAt, next: act.i}
				if act.p == nil && !mentionBetween(ms, start, act.i) {
					// "any provocation by South Korea": the maker follows
					// a hostile act noun that codes no event of its own.
					if tgt := agentAfter(toks, ms, act.j, k); len(tgt) > 0 {
						t.roles = &[2]group{*reporter, tgt}
					}
				}
				return t
			}
			if !determiners[toks[q].low] && !modifierWord(toks[q]) && !riposteAdjunct(toks[q]) {
				return nil
			}
		}
		return nil
	}
	return nil
}

// supposedAct is the hostile event noun supposed under the "any" at
// token at ("any Israeli strike", "any new sanctions", "any incursion"),
// or nil. A hostile act noun that codes no event of its own (see
// hostileActNouns) stands as a trigger spanning the noun alone.
func supposedAct(toks []tok, ms []mention, trigs []*trigger, at int) *trigger {
	for _, u := range trigs {
		if u.nominal && u.i > at && u.i <= at+5 && (hostileNounTypes[u.p.Type] || attackStrike(toks, ms, u)) && anyBeforeNoun(toks, u.i) {
			return u
		}
	}
	for k := at + 1; k < len(toks) && k <= at+5; k++ {
		if hostileActNouns[toks[k].low] && strings.HasPrefix(toks[k].pos, "NN") && anyBeforeNoun(toks, k) {
			return &trigger{i: k, j: k + 1, head: k, nominal: true}
		}
	}
	return nil
}

// mentionBetween says whether a mention lies within tokens [i, j).
func mentionBetween(ms []mention, i, j int) bool {
	return slices.ContainsFunc(ms, func(m mention) bool { return m.i >= i && m.j <= j })
}

// hasHostileActNoun says whether a hostile act noun stands in toks.
func hasHostileActNoun(toks []tok) bool {
	return slices.ContainsFunc(toks, func(t tok) bool { return hostileActNouns[t.low] })
}

// hostileActNouns name a hostile act that no event pattern codes, since
// outside a supposition they tell no act of their own ("condemned the
// incursion" is the condemnation; "a provocation" is a name for another
// act), but that a speaker threatens to answer as surely as an attack:
// "any incursion into its airspace would be met with force".
var hostileActNouns = map[string]bool{
	"incursion": true, "incursions": true, "intrusion": true, "intrusions": true,
	"provocation": true, "provocations": true, "aggression": true,
	"violation": true, "violations": true, "infiltration": true,
	"encroachment": true, "encroachments": true,
}

// speakerPronouns stand for the speaker of a report as the subject of its
// reported clause ("Iran said it would respond").
var speakerPronouns = map[string]bool{"it": true, "they": true, "we": true}

// riposteVerbs name a speaker's own answer to an act it supposes.
var riposteVerbs = map[string]bool{"respond": true, "retaliate": true, "react": true, "reply": true}

// forceWords in a promised answer make it a threat of military force.
var forceWords = map[string]bool{"force": true, "militarily": true, "forcefully": true, "military": true}

// ownRiposte finds "Iran said it would respond with force to any Israeli
// strike": the speaker says that it will answer a hostile act it supposes
// (under "any"), which is the same threat as saying that the act would be
// met with force (CAMEO 138 with force named, else 130) against the act's
// maker, when one is named ("any Israeli strike", "any attack by Israel").
// at is the pronoun that opens the reported clause. nil when the sentence
// says no such thing: the answer to an act that happened ("it would
// respond to the attack") is no supposition.
func ownRiposte(toks []tok, ms []mention, trigs []*trigger, reporter *group, reportAt, at int) *trigger {
	k := at + 1
	if k >= len(toks) || (toks[k].low != "would" && toks[k].low != "will" && toks[k].low != "'ll") {
		return nil
	}
	k++
	// "would not hesitate to respond", "will respond firmly".
	if k+2 < len(toks) && toks[k].low == "not" && toks[k+1].low == "hesitate" && toks[k+2].low == "to" {
		k += 3
	}
	for k < len(toks) && strings.HasSuffix(toks[k].low, "ly") && toks[k].pos == "RB" {
		k++
	}
	if k >= len(toks) || !riposteVerbs[toks[k].low] {
		return nil
	}
	for _, u := range trigs {
		if u.i == k && u.p.Type != "-" {
			return nil // the verb codes its own event ("retaliate" is a threat already)
		}
	}
	force := false
	for q := k + 1; q < len(toks) && q <= k+8; q++ {
		l := toks[q].low
		if forceWords[l] {
			force = true
		}
		if (l == "to" || l == "against") && q+1 < len(toks) && toks[q+1].low == "any" {
			act := supposedAct(toks, ms, trigs, q+1)
			if act == nil {
				return nil
			}
			var tgt group
			for _, m := range ms {
				if m.i > q+1 && m.j <= act.i {
					tgt = append(tgt, m)
				}
			}
			if len(tgt) == 0 {
				tgt = agentAfter(toks, ms, act.j, len(toks))
			}
			return &trigger{p: ripostePatterns[force], i: reportAt, j: reportAt + 1, head: reportAt, next: reportAt + 1, roles: &[2]group{*reporter, tgt}}
		}
		if l != "with" && !forceWords[l] && !determiners[l] && !modifierWord(toks[q]) && !riposteAdjunct(toks[q]) {
			return nil
		}
	}
	return nil
}

// riposteAdjunct says whether t may stand before a riposte noun as its
// modifier though the tagger did not read it as an adjective: "a firm
// response" is often tagged as the noun "firm" (a company), "a military
// response" as a noun adjunct. A lower-case word that is no verb,
// preposition or conjunction is such a modifier; "met with criticism and
// a response" or "met with sanctions in response" stop at "and" and "in".
func riposteAdjunct(t tok) bool {
	if t.text == "" || isCap(t.text) || isPunct(t.low) || reportWords[t.low] {
		return false
	}
	switch {
	case strings.HasPrefix(t.pos, "VB") && t.pos != "VBN" && t.pos != "VBG", t.pos == "MD", t.pos == "IN", t.pos == "CC", t.pos == "TO":
		return false
	}
	for _, r := range t.low {
		if (r < 'a' || r > 'z') && r != '-' {
			return false
		}
	}
	return true
}

// newSubjectBetween says whether a noun phrase opened by a determiner
// after a comma stands between tokens i and k (", the judiciary said").
func newSubjectBetween(toks []tok, i, k int) bool {
	for q := i; q+1 < k; q++ {
		if toks[q].low == "," && (toks[q+1].low == "the" || toks[q+1].low == "a" || toks[q+1].low == "an") {
			return true
		}
	}
	return false
}

// coordinatedComplement says whether trigger u is a second infinitive
// complement of the frame verb t: t's own "to" complement opens within
// three words after it ("agreed on Tuesday to"), u follows "and to" (or
// ", and to") within the same clause, and nothing between opens another
// clause, a quote or a report. Such a complement shares the frame's
// subject and modality ("agreed to X and to meet again": the meeting is
// agreed, not held).
//
// A bare verb right after "and" shares the first complement's "to"
// ("ordered the doctors' union on Tuesday to suspend the strike and return
// to talks": the return is ordered too). The frame's object may then stand
// before that "to", up to eight words without punctuation.
func coordinatedComplement(toks []tok, t, u *trigger) bool {
	if u.nominal || u.i < 2 || u.i-t.j > 30 {
		return false
	}
	and := u.i - 2
	reach := 3
	switch {
	case toks[u.i-1].low == "to" && toks[u.i-2].low == "and":
	case toks[u.i-1].low == "and" && toks[u.i].pos == "VB":
		and, reach = u.i-1, 8
	default:
		return false
	}
	opens := false
	for k := t.j; k < len(toks) && k <= t.j+reach && k < and; k++ {
		if toks[k].low == "to" && infinitiveAt(toks, k+1) {
			opens = true
			break
		}
		if isPunct(toks[k].low) && toks[k].low != "'" && toks[k].low != "'s" {
			break
		}
	}
	if !opens {
		return false
	}
	for _, g := range toks[t.j:and] {
		switch g.low {
		case ";", ":", "\"", "but", "which", "who", "while", "whereas", "although", "though", "after", "before", "because":
			return false
		}
		if reportWords[g.low] {
			return false
		}
	}
	return true
}

// behindPattern codes a speaker's saying that a party was behind an act of
// violence: an accusation (CAMEO 112) by the speaker of that party.
var behindPattern = &Pattern{Kind: "verb", Phrase: "say * behind", Words: []string{"said"}, Type: "ACCUSE", CAMEO: "112"}

// behindAccusation finds "Ukraine said Russia was behind the attacks":
// the speaker of a report verb saying that an actor was behind an act of
// violence named by a noun accuses that actor. It returns a trigger on the
// report verb whose object search ends at "behind", so that the actor is
// the target; nil when the sentence says no such thing. "Russia was
// behind the attacks" said by no one stays background (the attacks told
// before), and so does a denial ("was not behind").
func (c *Coder) behindAccusation(toks []tok, ms []mention, trigs []*trigger, reporter *group, reportAt int) *trigger {
	if reporter == nil || reportAt < 0 || !reportWords[toks[reportAt].low] || toks[reportAt].low == "according" {
		return nil
	}
	if t := c.behindTrailing(toks, ms, trigs, reporter, reportAt); t != nil {
		return t
	}
	for k := reportAt + 2; k < len(toks) && k <= reportAt+12; k++ {
		l := toks[k].low
		if l == ";" || l == ":" || l == "\"" || l == "(" || reportWords[l] && k > reportAt {
			return nil
		}
		if l != "behind" {
			continue
		}
		b := k - 1
		if b > reportAt && (toks[b].low == "also" || toks[b].low == "been") {
			b--
		}
		if b <= reportAt || !behindBe[toks[b].low] {
			return nil
		}
		// The actor right before the verb, after the report verb (and
		// an optional "that").
		mi := -1
		for x := range ms {
			if ms[x].j == b && ms[x].i > reportAt && usable(ms[x]) && hasReal(group{ms[x]}) {
				mi = x
			}
		}
		if mi < 0 || !c.behindAct(toks, ms, trigs, k) {
			return nil
		}
		// The actor opens the reported clause ("said Russia was",
		// "said that Russia was"), or a clause of belief or evidence
		// inside it ("said it had evidence that Russia was", "said it
		// believed Russia was"); one that is denied ("had no evidence
		// that") accuses no one.
		start := reportAt + 1
		if toks[start].low == "that" {
			start++
		}
		if ms[mi].i != start {
			o := toks[ms[mi].i-1].low
			if !beliefOpeners[o] || o == "that" && (ms[mi].i < 2 || !beliefOpeners[toks[ms[mi].i-2].low]) {
				return nil
			}
			for _, g := range toks[reportAt+1 : ms[mi].i] {
				if g.low == "no" || g.low == "not" || g.low == "n't" || g.low == "never" || isPunct(g.text) {
					return nil
				}
			}
		}
		return &trigger{p: behindPattern, i: reportAt, j: reportAt + 1, head: reportAt, next: k}
	}
	return nil
}

// behindAct says whether "behind" at toks[k] is followed by an act of
// violence: a violence noun ("the attacks", "Friday's bombing") or a
// violence noun phrase the patterns know ("the drone strikes").
func (c *Coder) behindAct(toks []tok, ms []mention, trigs []*trigger, k int) bool {
	return c.assaultObject(toks, ms, k+1) || slices.ContainsFunc(trigs, func(u *trigger) bool {
		return u.nominal && u.p.Type == "ASSAULT" && u.i > k && u.i <= k+4 && !slices.ContainsFunc(toks[k+1:u.i], func(g tok) bool { return isPunct(g.text) && g.low != "'s" })
	})
}

// behindTrailing finds the speaker told after the clause: "Russia was
// behind the attacks, Ukraine said" accuses Russia as "Ukraine said Russia
// was behind the attacks" does. The clause must open the sentence with the
// actor and end at the comma before the speaker (or before an inverted
// "said Ukraine"); a denial ("was not behind") places no one behind the
// act and accuses no one.
func (c *Coder) behindTrailing(toks []tok, ms []mention, trigs []*trigger, reporter *group, reportAt int) *trigger {
	end := reportAt // the comma that closes the reported clause
	for _, m := range *reporter {
		end = min(end, m.i)
	}
	end--
	if end < 3 || toks[end].low != "," {
		return nil
	}
	// "The report said Russia was behind the attacks, Ukraine said": a
	// report, statement or document that names no author only carries
	// the claim; the speaker after the clause makes it.
	start := conduitClause(toks, ms, end)
	for k := start + 2; k < end; k++ {
		l := toks[k].low
		if l == ";" || l == ":" || l == "\"" || l == "(" || reportWords[l] {
			return nil
		}
		if l != "behind" {
			continue
		}
		b := k - 1
		if toks[b].low == "also" || toks[b].low == "been" {
			b--
		}
		if b < 1 || !behindBe[toks[b].low] || !c.behindAct(toks, ms, trigs, k) {
			return nil
		}
		for x := range ms {
			if ms[x].i == start && ms[x].j == b && usable(ms[x]) && hasReal(group{ms[x]}) {
				tgt := groupAt(toks, ms, x)
				if sameGroup(tgt, *reporter) {
					return nil
				}
				return &trigger{p: behindPattern, i: reportAt, j: reportAt + 1, head: reportAt, next: reportAt + 1, roles: &[2]group{*reporter, tgt}}
			}
		}
		return nil
	}
	return nil
}

// conduitClause returns where the clause reported by an authorless
// document opens ("The report said (that) Russia ...", "A leaked
// memo stated that ..."): a subject of words for a text that names no
// actor, then a report verb, within the first tokens before end. It
// returns 0 when the sentence opens otherwise.
func conduitClause(toks []tok, ms []mention, end int) int {
	for k := 1; k < end && k <= 5; k++ {
		if !reportWords[toks[k].low] || toks[k].low == "according" {
			if isPunct(toks[k].text) {
				return 0
			}
			continue
		}
		if !conduitNouns[toks[k-1].low] || slices.ContainsFunc(ms, func(m mention) bool { return m.i < k }) {
			return 0
		}
		if k+1 < end && toks[k+1].low == "that" {
			return k + 2
		}
		return k + 1
	}
	return 0
}

// conduitNouns are texts that carry a claim made by someone else: "the
// report said", "a statement said", "the document said".
var conduitNouns = map[string]bool{"report": true, "statement": true, "document": true, "memo": true, "letter": true,
	"study": true, "dossier": true, "assessment": true, "findings": true, "investigation": true, "inquiry": true, "review": true,
	"analysis": true, "briefing": true, "paper": true, "filing": true}

// beliefOpeners are the words right before the subject of a clause of
// belief or evidence inside a report ("believed Russia was", "evidence
// that Russia was"); "that" counts only after one of the others ("the
// report that Russia was behind ... was false" asserts nothing).
var beliefOpeners = map[string]bool{"that": true, "believed": true, "believes": true, "suspected": true, "suspects": true, "thinks": true,
	"thought": true, "evidence": true, "proof": true, "concluded": true, "found": true, "determined": true}

// locatedSpeaker reads a place at ms[mi] right before a report verb that
// follows "in", "at" or "inside" after the phrase it locates ("Officials
// in Brussels said", "the US embassy in Kabul said"): the place says where
// the speaker is, not who speaks. It returns the mention heading the
// phrase (its head, or the modifier of a common-noun head: "US" in "the
// US embassy"), and -1 when the place is not so located or no actor heads
// the phrase ("Witnesses in Gaza said": there the place stays the
// speaker, as before, for want of a better one; dropping the speaker
// made the demand in the reported clause the reported party's own act).
func locatedSpeaker(toks []tok, ms []mention, mi int) int {
	m := ms[mi]
	if m.kind != kb.TypePlace && !countryLevel(m.kind) {
		return -1
	}
	p := prepBefore(toks, m.i)
	if p != "in" && p != "at" && p != "inside" {
		return -1
	}
	q := m.i - 1
	for q >= 0 && toks[q].low != p {
		q--
	}
	if q < 1 {
		return -1 // "In Kabul, the Taliban said": a fronted place
	}
	// Common nouns heading the phrase before the preposition, not inside
	// a mention: "embassy" in "the US embassy in Kabul".
	k, nouns := q-1, 0
	for k >= 0 && nouns < 2 && strings.HasPrefix(toks[k].pos, "NN") && !isCap(toks[k].text) && (mi == 0 || ms[mi-1].j <= k) {
		k--
		nouns++
	}
	if mi > 0 {
		if h := ms[mi-1]; h.j == k+1 && usable(h) {
			return mi - 1
		}
	}
	return -1
}

// behindBe are the verb forms of "X was behind ...", "X has been behind
// ...": said of a party, they place it behind what was done.
var behindBe = map[string]bool{"was": true, "were": true, "is": true, "are": true, "has": true, "have": true, "had": true}

// reporter finds who the sentence is attributed to: the subject of "said",
// "told", "reported", "announced", or the object of "according to".
func (c *Coder) reporter(toks []tok, ms []mention) (*group, int) {
	// A trailing report verb closes the sentence (trailingReport): only
	// a short time phrase ("warned on Monday.") or a participle clause
	// going on with the report ("warned, adding that ...") may follow it.
	for k, t := range toks {
		if !reportWords[t.low] && !(thatReportWords[t.low] && thatFollows(toks, k)) && !trailingReport(toks, k) {
			continue
		}
		if t.low == "according" {
			if k+1 < len(toks) && toks[k+1].low == "to" {
				if mi := mentionAt(toks, ms, k+2, 1); mi >= 0 {
					g := groupAt(toks, ms, mi)
					return &g, k
				}
			}
			continue
		}
		// "Armenia, which has long relied on Russia, said": the speaker is
		// the antecedent of a relative clause closed right before the verb.
		if open, _ := relativeBefore(toks, k); open >= 0 {
			for mi := len(ms) - 1; mi >= 0; mi-- {
				if m := ms[mi]; m.j <= open && open-m.j <= 1 && usable(m) {
					g := groupAt(toks, ms, mi)
					return &g, k
				}
			}
		}
		// "The rebels who seized Goma said": nor is a name inside a
		// relative clause with no commas the speaker; the noun the clause
		// modifies is.
		if open, _ := restrictiveRelative(toks, k); open >= 0 {
			for mi := len(ms) - 1; mi >= 0; mi-- {
				if m := ms[mi]; m.j <= open && open-m.j <= 1 && usable(m) {
					g := groupAt(toks, ms, mi)
					return &g, k
				}
			}
		}
		// "X accused Y of arming Z and said ...": a coordinated report
		// verb shares the sentence's subject; the actor right before
		// "and" ends the first predicate's object.
		if k >= 2 && toks[k-1].low == "and" {
			for mi := range ms {
				if ms[mi].j < k && usable(ms[mi]) && prepBefore(toks, ms[mi].i) == "" {
					g := groupAt(toks, ms, mi)
					return &g, k
				}
			}
		}
		// Subject: the nearest actor left within a few tokens, or right
		// after an inverted "said".
		for mi := len(ms) - 1; mi >= 0; mi-- {
			m := ms[mi]
			if m.j <= k && k-m.j <= 3 && usable(m) {
				// "... spying for Israel, the judiciary said": a subject
				// opened by a determiner after a comma is the speaker,
				// though no actor; the name before the comma ends the
				// reported clause.
				if newSubjectBetween(toks, m.j, k) {
					break
				}
				if h := locatedSpeaker(toks, ms, mi); h >= 0 {
					mi = h
				}
				g := groupAt(toks, ms, mi)
				return &g, k
			}
		}
		// An inverted speaker follows the quote or clause it reports
		// (", said Kenya"). After a subject that names no actor ("The
		// report said Russia was ..."), the name after the verb opens the
		// reported clause and is no speaker: a later report verb may
		// still name one (", Ukraine said").
		if k > 0 && !isPunct(toks[k-1].text) {
			continue
		}
		if mi := mentionAt(toks, ms, k+1, 1); mi >= 0 {
			g := groupAt(toks, ms, mi)
			return &g, k
		}
	}
	return nil, -1
}

func (c *Coder) codeTrigger(st *articleState, text string, s model.Sentence, toks []tok, ms []mention, t *trigger, dates []model.TimeExpr, carried *model.TimeExpr, reporter *group, reportAt int) {
	p := t.p
	typ, code := p.Type, p.CAMEO
	// "Asked whether Beijing would retaliate, the envoy said no": an act
	// put as a question is asserted by no one (see questionedAct).
	if questionedAct(toks, t) || undecidedAct(toks, t) {
		return
	}
	// "the Fukushima water release": see thingReleased.
	if code == "0841" && thingReleased(toks, ms, t) {
		return
	}
	if !t.nominal && len(p.Words) == 1 && p.Words[0] == "meet" && c.thingPronoun(toks, ms, t) {
		// "We face the same threats and will meet them together": met
		// threats, demands or targets are no meeting, as "meet * targets"
		// in the patterns.
		return
	}
	// "The deal allows Budapest to store gas", "signed an accord allowing
	// ...": an accord's terms are no concession (see instrumentPermit).
	// So are inspectors an accord would allow in (086, security.txt).
	if (p.Type == "CONCEDE" || p.CAMEO == "086") && instrumentPermit(toks, t) {
		return
	}
	if p.IntransType != "" && !t.nominal && !t.passive && !directObject(toks, t.j) {
		typ, code = p.IntransType, p.IntransCAMEO
	}
	// "Japan's Nikkei declined 0.3%", "shares declined sharply": a value
	// that falls refuses nothing (valuedecline.go).
	if !t.nominal && len(p.Words) == 1 && p.Words[0] == "decline" && valueDecline(toks, t) {
		return
	}
	// "gave the envoy 72 hours to leave Moldovan territory": time given to
	// leave a country is an expulsion (see expulsionLeaveTerms).
	if expulsionLeaveTerms(toks, ms, t) {
		typ, code = "SANCTION", "166"
	}
	// "Police raided the presidential office": a search by law, not force
	// (see searchRaid).
	searched := searchRaid(toks, ms, t)
	if searched || companySearchRaid(toks, ms, t) {
		typ, code = "COERCE", "170"
	}
	// "Gunmen seized the engineers": people seized are abducted (CAMEO
	// 181), not property confiscated (171); see seizedPeople.
	if !t.nominal && code == "171" && len(p.Words) == 1 && p.Words[0] == "seize" && c.seizedPeople(toks, ms, t) {
		typ, code = "ASSAULT", "181"
	}
	// "Iran released the seized tanker": a craft let go is property
	// returned (0842), not persons (see releasedVessel).
	if !t.nominal && code == "0841" && len(p.Words) == 1 && releasedVessel(toks, t) {
		code = "0842"
	}
	// "fired shots into the air", "fired two missiles into the sea":
	// warning shots and missiles splashing down hit no one; like missiles
	// fired at no one they are a show of force.
	if !t.nominal && p.Type == "ASSAULT" && p.Words[len(p.Words)-1] == "into" && openSpaceAfter(toks, t.j) {
		typ, code = "MOBILIZE", "150"
		// "fired shots into the air to disperse protesters": shots fired
		// to break up a crowd are crowd control, violent repression (CAMEO
		// 175) aimed at the crowd, as "fired tear gas to disperse" is.
		if disperseAfter(toks, t.j) {
			typ, code = "ASSAULT", "175"
		}
	}
	// The embedded event decides the type of an intent verb.
	var emb *trigger
	if len(t.absorbed) > 0 && p.Frame {
		emb = t.absorbed[0]
	}
	// "developing the ability to strike", "capabilities for making a
	// preemptive attack": what an actor is able to do is not done.
	if capabilityOf(toks, t) || emb != nil && capabilityOf(toks, emb) {
		return
	}
	// "vowed to keep fighting for a fair vote", "the fight against
	// corruption": a political struggle is no violence, nor is a vow to
	// wage one a threat or an intent to cooperate.
	if politicalStruggle(toks, t) || emb != nil && politicalStruggle(toks, emb) {
		return
	}
	// "sought to ease a severe shortage of foreign currency": easing a
	// condition is no concession to anyone, nor is a bid to ease one an
	// intent to yield (see easedMeasures).
	if easedCondition(toks, t) || emb != nil && easedCondition(toks, emb) {
		return
	}
	// "providing the peoples of the two countries with happiness", "will
	// bring peace and prosperity to the region": abstract goods wished on
	// someone are no aid given or promised (see abstractGift).
	if p.Type == "AID" && !t.nominal && abstractGift(toks, t.j) || emb != nil && emb.p.Type == "AID" && !emb.nominal && abstractGift(toks, emb.j) {
		return
	}
	// "two million people still needed food aid", "communities in need
	// of aid": aid needed, required or lacked is aid not (yet) given;
	// the needy are no donor, and no one is named giving it.
	if p.Type == "AID" && t.nominal && len(t.absorbed) == 0 && neededAid(toks, t.i) {
		return
	}
	// "sent 2 million letters to voters", "released 2 million barrels": a
	// sum sent or released is aid only when it is money, a currency named
	// with it.
	if p.Type == "AID" && !t.nominal && (p.Words[0] == "send" || p.Words[0] == "release") && (p.Words[len(p.Words)-1] == "million" || p.Words[len(p.Words)-1] == "billion") && !moneySpan(toks, t.i, t.j) {
		return
	}
	// "gave 1 million refugees shelter", "gave 2 million people access to
	// water": a count given is no sum of money unless a currency names it;
	// a count of aid goods ("gave 2 million doses to Ukraine") is aid still,
	// of the kind the goods name.
	if p.Type == "AID" && !t.nominal && p.Words[0] == "give" && (p.Words[len(p.Words)-1] == "million" || p.Words[len(p.Words)-1] == "billion") && !moneySpan(toks, t.i, t.j) && !sumOfAid(toks, t.i) {
		return
	}
	// "approved a 2 billion euro budget": a sum approved, allocated or
	// earmarked is aid only when an aid noun follows it.
	if p.Type == "AID" && !t.nominal && (p.Words[0] == "approve" || p.Words[0] == "allocate" || p.Words[0] == "earmark") &&
		(p.Words[len(p.Words)-1] == "million" || p.Words[len(p.Words)-1] == "billion") && !sumOfAid(toks, t.i) {
		return
	}
	// "gave 500 million euros in military aid", "sent military aid": the
	// kind the object names decides the aid's code (CAMEO 071-074), over
	// the verb's default ("send aid" humanitarian, "give * million"
	// economic), as it does for aid promised (03x).
	if typ == "AID" && !t.nominal && (code == "070" || code == "071" || code == "072" || code == "073") {
		if gc, _ := givenObject(toks, t.i+1); len(gc) == 4 && strings.HasPrefix(gc, "033") {
			code = "07" + gc[3:]
		}
	}
	// "vowed not to yield any territory": a vow not to cooperate is a
	// refusal (REJECT 120), a vow not to attack a pledge of restraint
	// (AGREE 030).
	// "had pledged not to stand in any election": see pledgedNoCandidacy.
	if p.Intent && !t.nominal && pledgedNoCandidacy(toks, t.j) {
		return
	}
	intentNot := p.Intent && emb != nil && emb.i >= 2 && toks[emb.i-1].low == "to" && (toks[emb.i-2].low == "not" || toks[emb.i-2].low == "never")
	if intentNot {
		ee, _ := c.cameo.Lookup(emb.p.CAMEO)
		if cooperative(ee.QuadClass) {
			typ, code = "REJECT", refusedCode(emb.p.Type)
		} else {
			typ, code = "AGREE", "030"
		}
	} else if p.Intent && emb != nil {
		ee, _ := c.cameo.Lookup(emb.p.CAMEO)
		if cooperative(ee.QuadClass) {
			typ, code = "AGREE", "030"
			switch emb.p.Type {
			case "CONSULT":
				code = "036"
			case "AID":
				// "pledged to send weapons" (072) is 0332; "vowed to
				// provide loans", aid of no kind by its verb, takes the
				// kind its object names.
				code = intentAidCode(emb.p.CAMEO)
				if gc, _ := givenObject(toks, emb.j); code == "033" && givenRank(gc) > givenRank(code) {
					code = gc
				}
				// "pledged $500 million to help Lebanon": the sum
				// pledged names the aid's kind too.
				if gc, _ := givenObject(toks, t.j); code == "033" && givenRank(gc) > givenRank(code) {
					code = gc
				}
			case "COOPERATE":
				code = "031"
			case "SUPPORT":
				// "vowed to support Ukraine" as "will support" (032).
				code = "032"
			case "CONCEDE", "RETREAT":
				// "promised to meet the teachers' demands", "vowed to
				// withdraw": an intent to yield (035), as "will withdraw".
				code = "035"
			}
			// "pledged 10 million euros on Monday to support the
			// response": a sum or aid named as the promise's object,
			// before the infinitive, is what is promised; the
			// infinitive tells what it is for (033x, not 030-032).
			if p.Given && (code == "030" || code == "031" || code == "032") {
				if gc, ge := givenObject(toks, t.j); gc != "" && ge <= emb.i && givenRank(gc) > givenRank(code) {
					code = gc
				}
			}
		} else if emb.p.Mode == "investigate" {
			// "pledged to investigate the killing", "promised an
			// inquiry": an investigation promised is one intended, no
			// threat (CAMEO has no threat to investigate).
			typ, code = emb.p.Type, emb.p.CAMEO
		} else if appealOfDecision(emb.p) {
			// "vowed to appeal the decision", "pledged to challenge the
			// ruling": a legal challenge promised is the rejection of
			// that decision intended (CAMEO 120, as "will appeal"), not
			// a threat: taking a ruling to a higher court coerces no one.
			typ, code = emb.p.Type, emb.p.CAMEO
		} else if emb.p.Type == "MOBILIZE" && p.Given && p.Words[0] != "vow" && forcesSentTo(toks, ms, emb) {
			// "pledged to send troops to Mali": forces promised to a
			// state are protection offered (CAMEO 0334), not a show of
			// force.
			typ, code = "AGREE", "0334"
		} else {
			typ, code = "THREATEN", "130"
			if emb.p.Type == "ASSAULT" {
				code = "138"
			}
			if tc := threatCode(embeddedCAMEO(toks, emb)); tc != "" {
				code = tc
			}
		}
	}
	// "vowed Israel would pay a heavy price", "promised that the
	// attackers would regret it": a vow of what another will suffer is a
	// threat to them (CAMEO 130), as the same warning is; they are the
	// clause subject the target search keeps for threats (see vowedPenalty).
	if p.Intent && emb == nil && !t.nominal && typ == "AGREE" && vowedPenalty(toks, ms, t) {
		typ, code = "THREATEN", "130"
	}
	// "agreed to hold talks next week", "offered to resume negotiations":
	// agreeing or offering to meet is an intent to meet or negotiate
	// (CAMEO 036), as "agreed to meet" is; to mediate, an intent to
	// mediate (039).
	if typ == "AGREE" && code == "030" && p.Frame && !p.Intent && emb != nil && emb.p.Type == "CONSULT" {
		code = "036"
		if emb.p.CAMEO == "045" {
			code = "039"
		}
	}
	// "refused to extradite", "declined to send aid": a refusal is coded
	// by what is refused (CAMEO 121 material cooperation, 122 aid, 124 a
	// concession, 125 talks), as "will not extradite" is below.
	if typ == "REJECT" && code == "120" && p.Frame && !p.Intent && emb != nil {
		code = refusedCode(emb.p.Type)
	}
	// "called for his immediate release", "urged Uganda to free him",
	// "demanded the release of the hostages": an appeal or a demand for
	// someone's release is CAMEO's appeal (0253) or demand (1053) for the
	// release of persons, not a request of no kind.
	if typ == "REQUEST" && p.Frame && emb != nil && emb.p.CAMEO == "0841" {
		switch code {
		case "020", "025":
			code = "0253"
		case "100", "105":
			code = "1053"
		}
	}
	// "urged both sides to halt attacks", "demanded that the army declare
	// a ceasefire": an appeal or a demand that fighting be de-escalated is
	// CAMEO's appeal (0256) or demand (1056) for de-escalation of military
	// engagement, not a request of no kind.
	if typ == "REQUEST" && p.Frame && emb != nil && strings.HasPrefix(emb.p.CAMEO, "087") {
		switch code {
		case "020", "025":
			code = "0256"
		case "100", "105":
			code = "1056"
		}
	}
	// "pledged more support for Kyiv", "committed $2 billion to Ukraine":
	// what a promise gives decides its 03x code, and the one it is for is
	// its target (below). A verb that promises only with such an object
	// ("committed atrocities") is no event without one.
	givenEnd := -1
	if p.Given && typ == "AGREE" && !t.nominal && !t.passive && (emb == nil || emb.nominal) {
		if gc, ge := givenObject(toks, t.j); gc != "" {
			code, givenEnd = gc, ge
		}
	}
	// "offered to send troops to Mali", "offered to provide loans": an
	// offer of forces or aid is coded as a pledge of them (above).
	if p.Given && !p.Intent && typ == "AGREE" && emb != nil && !emb.nominal {
		switch {
		case emb.p.Type == "MOBILIZE" && forcesSentTo(toks, ms, emb):
			code = "0334"
		case emb.p.Type == "AID":
			code = intentAidCode(emb.p.CAMEO)
			if gc, _ := givenObject(toks, emb.j); code == "033" && givenRank(gc) > givenRank(code) {
				code = gc
			}
		}
	}
	if p.GivenOnly && givenEnd < 0 {
		return
	}
	// "threatened sanctions", "threatened to invade": a threat whose act is
	// named takes CAMEO's code for threatening that act.
	// Only "threaten" says its subject will do the act: "warned that police
	// will not tolerate rallies" threatens no rally. "Threatened a strike"
	// may be a walkout or an air strike, and keeps the general code.
	// A warning that the warner itself will act ("warned it will
	// retaliate", "warned that it would impose sanctions") says so too: the
	// complement's subject is a pronoun for the warner.
	selfWarning := false
	if p.Words[0] == "warn" && emb != nil && !emb.nominal && emb.i > t.j {
		from := t.j
		if toks[from].low == "that" {
			from++
		}
		selfWarning = pronounModalClause(toks[from:emb.i])
	}
	if p.Type == "THREATEN" && (p.Words[0] == "threaten" || selfWarning) && p.Frame && emb != nil && code == "130" && emb.p.Words[0] != "strike" {
		if tc := threatCode(embeddedCAMEO(toks, emb)); tc != "" {
			code = tc
		}
	}
	// "Brussels threatened counter-tariffs on American whiskey",
	// "threatened retaliatory duties": a trade measure threatened is a
	// threat of sanctions (CAMEO 1312), as "threatened sanctions" is,
	// though tariffs and duties are no event nouns of their own.
	if p.Type == "THREATEN" && p.Words[0] == "threaten" && !t.nominal && code == "130" && emb == nil && tradeMeasureAt(toks, t.j) {
		code = "1312"
	}
	// "ordered the expulsion of the ambassador", "ordered the arrest of":
	// an authority that orders a coercive act or a withdrawal as its object
	// does it through its agents (no one is asked, as in "ordered X to
	// leave"). So with an investigation ("ordered an independent
	// inquiry into the killing"): the authority investigates (CAMEO 09),
	// as when it opens or launches one; it demands nothing of anyone.
	if p.Words[0] == "order" && len(p.Words) == 1 && emb != nil && emb.nominal && emb.i > t.j && determiners[toks[t.j].low] {
		switch {
		case emb.i == t.j+1 && (emb.p.Type == "SANCTION" || emb.p.Type == "COERCE" || emb.p.Type == "RETREAT" || emb.p.Type == "ASSAULT" || emb.p.Type == "MOBILIZE"):
			typ, code = emb.p.Type, emb.p.CAMEO
		case emb.p.Mode == "investigate" && modifiersOnly(toks, t.j+1, emb.i):
			typ, code = emb.p.Type, emb.p.CAMEO
		}
	}
	// "The government ordered the closure of all schools", "ordered a
	// curfew in the capital": a state body ordering a closure, a ban or a
	// curfew imposes it through its agents, as "banned rallies" and
	// "imposed a curfew" do (CAMEO 172, 1723); no one is asked anything.
	// Whether it acts at home is told once the actors are known (below).
	orderedRestriction := false
	if p.Words[0] == "order" && len(p.Words) == 1 && typ == "REQUEST" && (emb == nil || emb.i > t.j+1) {
		if rc := orderedRestrictionCode(toks, t.j); rc != "" {
			typ, code, orderedRestriction = "COERCE", rc, true
		}
	}
	// "Lawmakers toppled the government in a no-confidence vote": a
	// government removed by the legislature's vote is censured (CAMEO
	// 111), not overthrown by force.
	if !t.nominal && typ == "COERCE" && code == "170" && censureVoteAfter(toks, t.j) {
		typ, code = "ACCUSE", "111"
	}
	// "Thousands held a rally in support of the president": a rally for
	// the state's leaders is no protest (see rallyForGovernment).
	if typ == "PROTEST" && (code == "140" || code == "141") && rallyForGovernment(toks, ms, t.j) {
		return
	}
	// "'Cutting off the internet and jailing reporters will not silence
	// us,'": a gerund phrase as a clause's subject names a kind of act,
	// done by no one (see gerundSubject).
	if gerundSubject(toks, t) {
		return
	}
	// Clause floor: sources are looked for after the last report verb
	// before the trigger ("X said Y would ...").
	floor := 0
	if reportAt >= 0 && reportAt < t.i {
		floor = reportAt + 1
	}
	// "Diop told the council the mission had failed and demanded ...":
	// the verb joined to the report verb's own clause is no part of what
	// was reported; its subject is the speaker's.
	if floor > 0 && !t.nominal && speakerConjunct(toks, ms, t.i) == reportAt {
		floor = 0
	}
	// "The minister told parliament troops would be withdrawn": the
	// report's subject is in the report, not the one told. Whether the
	// report has an overt subject of its own, which decides if the
	// speaker acts when none is found, is still read from the report
	// verb on: "told parliament it would help" keeps no source, as
	// before (see the probes on the one told).
	reportFloor := floor
	if floor > 0 {
		floor = toldReportFloor(toks, floor, t.i)
	}
	var src, tgt group
	var nomAgent group // the agent of an attack noun that is the subject (nominalAgentSubject)
	var loc *mention
	byAgent := false // a passive's "by" phrase was found
	// "targeted civilians", "targeted bases": an attack on things whose
	// owner the sentence does not name (see below).
	ownerless := false
	// "released five Armenian soldiers captured during the fighting",
	// "figures jailed after the election": a past participle after the main
	// verb that modifies the actor before it is passive; that actor
	// suffered the event.
	if !t.nominal && !t.passive && !strings.HasSuffix(toks[t.i].low, "ing") && (toks[t.i].pos == "" || toks[t.i].pos == "VBN") &&
		reducedRelative(toks, t, st.prevVerb) && !clauseOpenedBetween(toks, st.prevVerb, t.i) && !objectOpens(toks, t.j) ||
		agentlessSubjectRelative(toks, t) {
		for _, m := range ms {
			// The actor may modify a head noun: "opposition figures jailed".
			if (m.j == t.i || m.j == t.i-1 && headNoun(toks[t.i-1])) && usable(m) {
				t.passive = true
				break
			}
		}
	}
	// "brought the number of prisoners freed with its help to 4,000": a
	// verb of release always takes its captives as object, so with none
	// after it, its participle right after a word for captives is passive
	// and the word names the released, whoever the sentence names. (The
	// tagger often reads such a participle as a past tense.)
	if !t.nominal && !t.passive && t.i > 0 && (toks[t.i].pos == "" || toks[t.i].pos == "VBN" || toks[t.i].pos == "VBD") && releaseVerbs[p.Words[0]] && len(p.Words) == 1 &&
		!isCap(toks[t.i-1].text) && captiveNouns[strings.TrimSuffix(toks[t.i-1].low, "s")] && !objectOpens(toks, t.j) {
		t.passive = true
	}
	switch {
	case t.nominal:
		src, tgt, loc = c.nominalRoles(toks, ms, t)
		// "a strike on Iranian nuclear sites": what a strike is on is
		// its target (and makes it an air strike, below).
		if len(tgt) == 0 && p.Words[0] == "strike" && strikeOn(toks, ms, t.j) {
			tgt = groupAt(toks, ms, mentionAt(toks, ms, t.j+1, 2))
		}
		// "Gaza was hit by Israeli air strikes": an attack that is the
		// agent of a passive verb of striking hit that verb's subject.
		if len(tgt) == 0 && p.Type == "ASSAULT" {
			if mi := struckBySubject(toks, ms, t); mi >= 0 {
				tgt = groupAt(toks, ms, mi)
			}
		}
		// "Chad's army repelled an attack by Boko Haram": an attack
		// repelled was made on the one who repelled it, when the noun
		// names no other target (repelled.go).
		if len(tgt) == 0 && p.Type == "ASSAULT" {
			if v := repelledAttackVerb(toks, ms, t); v >= 0 {
				if g, ok := subjectOf(toks, ms, v, floor, st, reporter); ok && hasReal(g) && !sameGroup(g, src) {
					tgt = g
				}
			}
		}
		// "The attack on the checkpoint was carried out by Islamic State
		// militants": the agent of carrying the act out did it.
		if len(src) == 0 && p.Type == "ASSAULT" {
			if mi := carriedOutBy(toks, ms, t); mi >= 0 && !sameGroup(groupAt(toks, ms, mi), tgt) {
				src = groupAt(toks, ms, mi)
			}
		}
		// "its demand that Israel ease restrictions": the embedded clause's
		// subject is the target; the possessor's referent is the source.
		if emb != nil && len(tgt) == 0 {
			if g, ok := subjectOf(toks, ms, emb.i, t.j, st, nil); ok {
				tgt = g
			}
		}
		// "The Pentagon announced a new weapons package for Ukraine": what
		// an actor announces without naming another source is its own.
		if len(src) == 0 && reporter != nil && reportAt >= 0 && reportAt < t.i && (toks[reportAt].low == "announced" || toks[reportAt].low == "announces") {
			src = *reporter
		}
		// "Two students were hurt in clashes with police": the side the
		// harmed fought hurt them (fightingwith.go).
		if len(src) == 0 && len(tgt) > 0 && p.Type == "ASSAULT" && prepBefore(toks, tgt[0].i) == "with" {
			if v := harmedInCombat(toks, t); v >= 0 {
				if g, ok := subjectOf(toks, ms, v, floor, st, reporter); ok && len(g) > 0 && !sameGroup(g, tgt) {
					src, tgt = tgt, g
				}
			} else if mi := combatLeftHarmed(toks, ms, t); mi >= 0 {
				// "Clashes with police in Dhaka left two students hurt".
				if g := groupAt(toks, ms, mi); !sameGroup(g, tgt) {
					src, tgt = tgt, g
				}
			}
		}
		// "Ukraine said talks with Britain would resume": a two-sided act
		// told with its partner alone ("talks with Britain") has the
		// speaker as its other side, as "Ukraine will resume talks with
		// Britain" does; kept sourceless, it would be Britain's talks with
		// no one. A reporting outlet or a speaker the sentence cannot place
		// is no party.
		if len(src) == 0 && p.Recip && len(tgt) > 0 && reporter != nil && reportAt >= 0 && (reportAt < t.i || reportAt >= t.j) &&
			prepMatch(p.Prep, prepBefore(toks, tgt[0].i)) && hasReal(*reporter) && (*reporter)[0].sector != kb.SectorMedia && !sameGroup(*reporter, tgt) {
			src = *reporter
		}
		if len(src) == 0 {
			// "its offensive", "its ground offensive": the possessor acts.
			q := t.i - 1
			for q > 0 && t.i-q <= 2 && !isCap(toks[q].text) && headNoun(toks[q]) {
				q--
			}
			if q >= 0 && (toks[q].low == "its" || toks[q].low == "their" || toks[q].low == "his" || toks[q].low == "her") {
				if g, ok := subjectOf(toks, ms, q, 0, st, reporter); ok {
					src = g
				}
			}
		}
		// "Shopkeepers shut their shops in protest against new taxes",
		// "walked out in protest": "in protest" makes the clause's act
		// its subject's protest.
		if len(src) == 0 && inProtest(toks, t) {
			// The subject of the verb the adjunct belongs to, not an actor
			// in its object ("burned an effigy of the prime minister in
			// protest").
			v := t.i - 1
			for v > floor && !finiteVerb(toks[v]) {
				v--
			}
			if g, ok := subjectOf(toks, ms, v, floor, st, reporter); ok {
				src = g
			}
		}
		// "Vucic accused foreign intelligence services of organising the
		// demonstrations": an act named in a charge's gerund complement
		// is the accused's, never the accuser's (see chargeComplementVerb).
		if v := chargeComplementVerb(toks, t.i); v >= 0 && len(src) > 0 && src[0].i >= 0 && src[0].i < v {
			src = nil
		}
	case t.passive:
		// "X was attacked by Y": Y acts on X.
		for q := t.j; q < len(toks) && q < t.j+14; q++ {
			if rightStop[toks[q].low] && toks[q].low != "as" || toks[q].low == ";" {
				break // "criticized as provocative by X" goes on past "as"
			}
			// "No one was killed in the attack, the ministry said in a
			// statement carried by the news agency SPA": a "by" after the
			// report of the clause, or after a participle that carries a
			// text ("carried by", "published by"), names who spoke or
			// passed the words on, not who acted ("the ministry said, by
			// a missile" still reads on). "claimed" is left out: "killed
			// in an attack claimed by X" names the attacker.
			if q > t.j && (reportWords[toks[q].low] && toks[q].low != "claimed" && !(q+1 < len(toks) && toks[q+1].low == ",") ||
				conduitParticiples[toks[q].low] && q+1 < len(toks) && toks[q+1].low == "by") {
				break
			}
			// "was arrested in December and was charged by prosecutors":
			// the repeated auxiliary opens another predicate, whose agent
			// that "by" names.
			if q > t.j && repeatedAuxiliary(toks, q) {
				break
			}
			// "by signing the deal" is the means; "by King Felipe", "by
			// Beijing" name the agent though they end in "-ing".
			if toks[q].low == "by" && !(q+1 < len(toks) && strings.HasSuffix(toks[q+1].low, "ing") && !isCap(toks[q+1].text)) {
				byAgent = true
				if mi := mentionAt(toks, ms, q+1, 2); mi >= 0 {
					src = groupAt(toks, ms, mi)
				} else {
					// "by the Koreas themselves, but by China and the U.S."
					g, _ := objectAfter(toks, ms, q+1, 12, "")
					src = g
				}
				break
			}
		}
		if reducedThingParticiple(toks, ms, t) {
			// "passed a bill supported by the Socialists": the bill
			// was supported, not the parliament (reducedThingParticiple).
		} else if objectAgentParticiple(toks, ms, t) {
			// "urged donors to rebuild villages shelled by rebels": the
			// villages were shelled, not the UN (objectparticiple.go).
		} else if g, ok := subjectOf(toks, ms, t.i, floor, st, reporter); ok && !expectedPassive(toks, g, t.i) && !unnamedPassiveSubject(toks, ms, t.i, g) {
			tgt = g
		} else if v := beingAdjunctHost(toks, t.i, floor); v >= 0 {
			// "Lowe was questioned for six hours before being charged":
			// the passive participle of a temporal adjunct has the
			// subject of the clause it hangs from.
			if g, ok := subjectOf(toks, ms, v, floor, st, reporter); ok && !expectedPassive(toks, g, v) {
				tgt = g
			}
		}
		// "The ICJ ordered Israel to halt its offensive, granting
		// measures requested by South Africa": a request named by what
		// was asked for ("measures requested by") is made to whoever
		// rules on it, and a court the sentence names rules on what it
		// grants or rejects; the party the ruling binds was not asked.
		if p.Type == "REQUEST" && len(src) > 0 && thingBefore(toks, ms, t.i) {
			if k := courtBefore(ms, t.i, floor); k >= 0 {
				tgt = groupAt(toks, ms, k)
			}
		}
		if r := passiveRecipient(toks, ms, t.j, p.Prep, tgt, src); r != nil {
			tgt = r
		}
		// "Sanctions were imposed on Iran by the EU": a passive "verb *
		// noun" pattern's subject is the thing acted with, no actor; the
		// one acted on follows the pattern's preposition.
		if t.passiveObj > 0 && !hasReal(tgt) {
			if g := passiveObjectTarget(toks, ms, t, src); g != nil {
				tgt = g
			}
		}
		if len(src) == 0 {
			_, loc = objectAfter(toks, ms, t.j, 8, "")
			// "a mortar bomb was fired at it from the Gaza Strip", "aid
			// was flown in from Japan": without a by-agent, where it came
			// from acted.
			for q := t.j; q < len(toks) && q < t.j+8; q++ {
				if rightStop[toks[q].low] || toks[q].low == ";" || toks[q].low == "," {
					break
				}
				if toks[q].low == "from" {
					if mi := mentionAt(toks, ms, q+1, 2); mi >= 0 && ms[mi].country != "" {
						src = groupAt(toks, ms, mi)
					}
					break
				}
			}
		}
		// "Police said 23 protesters were arrested": with no agent, a
		// speaker that is the body whose office the act is (police,
		// soldiers, a government, prosecutors arresting, deporting or
		// restricting) tells its own act.
		// A state body speaking of an act in another state's land (a
		// State Department spokesman on detentions in a Nairobi story)
		// reports it and did not do it: its office is at home.
		if len(src) == 0 && !byAgent && reporter != nil && speakerDoesAct(*reporter, tgt, p) && !speakerAbroad(*reporter, st.home, loc) {
			src = *reporter
		}
		// "Servicemen released from captivity were being flown to
		// Moscow", "the wounded were taken to Kyiv": people carried to
		// a place make no visit, and whoever carried them is unsaid. A
		// visit told in the passive names its visitor ("Kyiv was
		// visited by Blinken").
		if p.CAMEO == "042" && !byAgent {
			return
		}
		// "Talks between Serbia and Kosovo were suspended": see
		// passiveTalksParties. "... suspended by the EU" targets the
		// parties the talks were between.
		if p.Type == "SANCTION" || p.Type == "CONCEDE" {
			if parties, ok := passiveTalksParties(toks, ms, t.i); ok {
				if !byAgent {
					return
				}
				if !hasReal(tgt) && parties != nil {
					tgt = parties
				}
			}
		}
		// A pattern for one sector's acts needs an agent of that sector in
		// the passive too, as its subject in the active: "protesters were
		// crushed by riot police" is repression, "traders were crushed by
		// a falling tree in Lagos" (the place is no agent) and "were
		// crushed" with no agent are not.
		src = armedVesselSide(toks, p, src, t.i)
		if p.Sector != "" && !(len(src) > 0 && prepMatch(p.Sector, src[0].sector)) {
			return
		}
	default:
		sendAt := sendPurposeVerb(toks, t)
		if g := nominalAgentSubject(toks, ms, t, floor); g != nil {
			// "An attack by Islamic State fighters killed six soldiers":
			// the attack's agent did the killing.
			src, nomAgent = g, g
		} else if g, ok := participleSubject(toks, ms, t, st.prevVerb); ok {
			// "fired tear gas at students demanding reforms": the students
			// demand.
			src = g
		} else if g, ok := senderSubject(toks, ms, sendAt, floor, st, reporter); ok {
			// "Australia sent soldiers to help with the search": the
			// sender helps, by the soldiers it sent.
			src = g
		} else if g, ok := coordSubject(toks, ms, t, floor, st, reporter); ok {
			// "The CDC warned that measles cases were rising and urged
			// travellers to get vaccinated": the warner urged.
			src = g
		} else if reporter != nil && reportAt >= 0 && reportAt < t.i && t.frame == nil && mainCoordinate(toks, ms, reportAt+1, t) {
			// "The United States said the ban violated Mexico's
			// commitments and requested consultations": the speaker
			// requested, not an actor named inside the report.
			src = *reporter
		} else if g, ok := subjectOf(toks, ms, t.i, floor, st, reporter); ok {
			src = g
		} else if reportFloor > 0 && reporter != nil && !overtSubject(toks, reportFloor, t.i) && !c.pronounDisagrees(toks, t.i, reportFloor, *reporter) {
			src = *reporter
		} else if reportFloor > 0 && reporter != nil && ownAgentsSubject(toks, reportFloor, t.i) && bodyDetains(*reporter, p) {
			// "The anti-graft commission said investigators detained
			// X": a body's bare investigators or officers, unnamed, are
			// its own, and it is the one that detained.
			src = *reporter
		}
		end := t.j
		prep := p.Prep
		if emb != nil {
			end = emb.j
			if emb.p.Prep != "" {
				prep = emb.p.Prep
			}
		}
		if givenEnd >= 0 {
			end, prep = max(end, givenEnd), "to|for"
		}
		// A direct object right after the verb is the target of frame verbs
		// ("urged Iran to ..."); otherwise look after the complement.
		// A direct object that is the source's own people or forces ("Britain
		// mobilized army reservists") is not the target when another actor
		// follows.
		// Coordinated subjects share their means: "Kenya and Uganda
		// deployed troops" moves both countries' troops, whichever of them
		// the troops took their country from.
		mi := mentionAt(toks, ms, t.j, 2)
		ownSide := mi >= 0 && ms[mi].country != "" && (ms[mi].kind == "role" || ms[mi].sector != "" && ms[mi].kind != "person") && slices.ContainsFunc(src, func(m mention) bool { return m.country == ms[mi].country })
		// "Pakistan deployed paramilitary forces", "India mobilized
		// reserve troops": forces of no named country that a state moves
		// are its own, the means of the act and not its target.
		// A promise to move forces ("pledged to deploy 300 troops in
		// Estonia") moves them as the deployment itself does: the troops
		// are the thing promised, the host state is the one it concerns.
		mobilizing := typ == "MOBILIZE" || emb != nil && !emb.nominal && emb.p.Type == "MOBILIZE"
		if mobilizing && !ownSide && len(src) > 0 && src[0].country != "" {
			if oi := forceObject(toks, ms, t.j, src); oi >= 0 {
				mi, ownSide = oi, true
			}
		}
		// "Israel withdrew troops from southern Gaza": the forces a state
		// pulls out are its own, as those it deploys are; the place
		// after "from" is the target (see withdrawnForces).
		withdrawing := typ == "RETREAT" && p.Mode == "withdraw" && !t.nominal
		if withdrawing && !ownSide {
			if oi := withdrawnForces(toks, ms, t.j, src); oi >= 0 {
				mi, ownSide = oi, true
			}
		}
		// "Tinubu ordered fighter jets to patrol Benin's airspace",
		// "Putin ordered troops to attack": an order to the source's own
		// forces is given to them; whom the ordered act concerns is no
		// one the order is made of.
		var ordered group
		if commandVerbs[p.Words[0]] && emb != nil && len(src) > 0 {
			home := src[0].country
			if oi := forceObject(toks, ms, t.j, src); oi >= 0 {
				o := ms[oi]
				if o.country == "" && home != "" {
					o.country, o.borrowed = home, true
				}
				ordered = group{o}
			} else if k := platformObject(toks, t.j, emb.i); k >= 0 {
				ordered = group{mention{i: k, j: k + 1, text: toks[k].text, country: home, sector: kb.SectorMilitary, kind: "role", borrowed: home != ""}}
			}
		}
		// "Bolsonaro called on supporters to protest": a leader's appeal
		// to his own followers is made of them, not of a state the
		// protest is in or against.
		if ordered == nil && typ == "REQUEST" && emb != nil && mi >= 0 && ms[mi].j > 0 && followerWords[toks[ms[mi].j-1].low] {
			ordered = group{ms[mi]}
		}
		var gapTgt, addressed group
		if emb != nil && emb.i > t.j {
			// "offered its troops to Lebanon to help": the target sits
			// between the frame verb and its complement.
			if g, _ := objectAfter(toks, ms, t.j, emb.i-t.j, ""); hasReal(g) {
				gapTgt = g
			} else if typ == "REQUEST" && addressedForce(g) {
				addressed = g
			}
			if emb.nominal {
				// "agreed to US mediation": the nominal's own actor.
				// Not when that actor is the frame's own subject, reached
				// through a light verb ("threatened to hold a strike").
				if s2, _, _ := c.nominalRoles(toks, ms, emb); hasReal(s2) && !sameGroup(s2, src) {
					gapTgt = s2
				}
			}
		}
		direct := false
		// "blocked a European Union statement": the owner named inside
		// the object is the target of a pattern that says so.
		var owner group
		// "refused to meet the teachers' demands": a frame verb's
		// complement that names its owner in its gap ("meet * demands")
		// gives the target as it would alone ("met the teachers'
		// demands").
		ownerPat, ownerI, ownerJ := p, t.i, t.j
		if !p.Owner && emb != nil && !emb.nominal && emb.p.Owner {
			ownerPat, ownerI, ownerJ = emb.p, emb.i, emb.j
		}
		if ownerPat.Owner {
			for oi := range ms {
				// "received EU monitors": the resolver reads the
				// body and its people as one mention ending on the
				// pattern's noun, which names the sender all the same.
				inGap := ms[oi].j < ownerJ || ms[oi].j == ownerJ && ms[oi].i < ownerJ-1 && agentNouns[toks[ownerJ-1].low]
				// "expelled thousands of Afghan refugees": the people
				// a mass expulsion names are one mention ending on the
				// pattern's noun, and their nationality is the target.
				inGap = inGap || ms[oi].j == ownerJ && ms[oi].i < ownerJ-1 && ownerPat.CAMEO == "201"
				// "shut down the Polish consulate": the resolver reads
				// a nationality and a diplomatic post as that state's
				// government, one mention ending on the pattern's noun,
				// and the state whose post is closed is the target.
				inGap = inGap || ms[oi].j == ownerJ && ms[oi].i < ownerJ-1 && diplomaticPosts[toks[ownerJ-1].low]
				// "pulled out of the Geneva talks with X": a city in
				// the gap of a walk-out is where the meeting is held, no
				// owner of it (the host of "the WTO meeting" is).
				if ownerPat.Type == "SANCTION" && ownerPat.CAMEO == "164" && (ms[oi].kind == kb.TypePlace || ms[oi].kind == "capital" || strings.HasPrefix(ms[oi].actorID, "city:")) {
					continue
				}
				if ms[oi].i > ownerI && inGap && usable(ms[oi]) && hasReal(group{ms[oi]}) {
					owner = groupAt(toks, ms, oi)
					break
				}
			}
			// "placed Aung San Suu Kyi under house arrest": only a person
			// is arrested, so a run of capitalised words in the gap that
			// no actor covers (a name the knowledge base lacks, which the
			// tagger may even take for a place) is a person's.
			if owner == nil && ownerPat.Type == "COERCE" && ownerPat.CAMEO == "173" {
				owner = nameInGap(toks, ms, ownerI+1, ownerJ)
			}
			// "gave the junta one week to restore the president": the
			// one an ultimatum is given to is in the gap even where no
			// country is known for it; the one named in its condition
			// is not its target.
			if owner == nil && ownerPat.Type == "THREATEN" {
				for oi := range ms {
					if ms[oi].i > ownerI && ms[oi].j < ownerJ && usable(ms[oi]) {
						owner = groupAt(toks, ms, oi)
						break
					}
				}
			}
			// "ordered the diplomat to leave the country": an envoy sent
			// away is another state's (orderedOutEnvoy), named by no
			// country, and still the one expelled.
			if owner == nil && ownerPat.Type == "SANCTION" && expulsionCode(ownerPat.CAMEO) {
				for oi := range ms {
					if ms[oi].i > ownerI && ms[oi].j <= ownerJ && usable(ms[oi]) && ms[oi].abroad && envoyMention(toks, ms[oi]) {
						owner = groupAt(toks, ms, oi)
						break
					}
				}
			}
		}
		// "took 23 miners hostage", "used villagers as human shields":
		// where the gap holds the people the act turns into hostages or
		// shields, they are its target though no country is known for
		// them (the source's or the dateline's may be lent later).
		if ownerPat.Owner && owner == nil && ownerPat.Type == "ASSAULT" && victimGap(ownerPat) {
			for oi := range ms {
				if ms[oi].i > ownerI && ms[oi].j <= ownerJ && usable(ms[oi]) && toks[ms[oi].i].low != ownerPat.Words[len(ownerPat.Words)-1] {
					owner = groupAt(toks, ms, oi)
					break
				}
			}
		}
		if ownerPat.Owner && owner == nil && ownerPat.Type == "ASSAULT" {
			ownerless = true
		}
		if owner != nil {
			tgt, direct = owner, true
		} else if ordered != nil {
			tgt, direct = ordered, true
		} else if mi >= 0 && prepBefore(toks, ms[mi].i) == "" && domesticObject(ms[mi], src) && !(ownSide && (typ == "MOBILIZE" || withdrawing)) && !(typ == "ASSAULT" && attackedFacility(toks, ms[mi])) {
			// "The Dutch court ordered the government to halt exports to
			// Israel": a court, the police or the army acting on a bare
			// group of people or an institution acts within its country.
			// Not where the forces were sent abroad to act ("sent troops
			// to Mozambique to help fight insurgents"): there the people
			// acted on are the destination's (see purposeDestination).
			o := ms[mi]
			o.country, o.borrowed = src[0].country, true
			// "ordered residents of the southern suburbs of Beirut to
			// evacuate": people of a place are its country's.
			if w := dwellersPlace(toks, ms, o); w != "" {
				o.country = w
			}
			if w := purposeDestination(toks, ms, t); w != "" {
				o.country = w
			}
			// "shelled Armenian army positions, killing three
			// soldiers": the victims are the attacked side's.
			if w := attackedSide(toks, ms, t, src); w != "" {
				o.country = w
			}
			// "An attack by Russian forces on a Ukrainian village killed
			// six civilians": see nominalVictimCountry.
			if nomAgent != nil && sameGroup(src, nomAgent) {
				if w := nominalVictimCountry(toks, ms, t, nomAgent); w != "" {
					o.country = w
				}
			}
			// "Chinese coast guard vessels boarded the Philippine fishing
			// boats, detaining 21 fishermen": people taken from ships are
			// their ships' people, which cross borders; the flag the
			// sentence gives the craft is theirs, and with none given the
			// seizer's country is a guess (see seizedCraft).
			if cc, ok := craftCountry(toks, ms, src); ok {
				o.country, o.borrowed = cc, cc != ""
			}
			tgt, direct = group{o}, true
		} else if mi >= 0 && prepBefore(toks, ms[mi].i) == "" && hasReal(group{ms[mi]}) && !ownSide {
			tgt = groupAt(toks, ms, mi)
			direct = true
			if r := recipientAfter(toks, ms, mi, t.next, prep, src); r != nil {
				tgt = r
			}
		} else if gapTgt != nil && (!(len(src) > 0 && gapTgt[0].country == src[0].country && gapTgt[0].kind == "role") || typ == "REQUEST" && appealToGovernment(gapTgt, src)) {
			tgt = gapTgt
		} else if mi >= 0 && prepBefore(toks, ms[mi].i) == "" && !ownSide && chargedPhraseAt(toks, ms[mi].j) {
			// "Britain fined two firms accused of shipping oil to Syria":
			// the object is the firms, whoever has no country; the
			// charge after them says what they did, and a destination or
			// party inside it is neither their country nor the one acted
			// on.
			tgt, direct = groupAt(toks, ms, mi), true
		} else {
			lim := min(14, t.next-end)
			// "Kenyan police arrested a blogger accusing the governor of
			// fraud": a person arrested or deported is the noun phrase
			// right after the verb; a participle clause after it says
			// what that person did, and an actor inside it is no target.
			if typ == "COERCE" && (code == "173" || code == "174") && !p.Owner {
				if k := participleAfterObject(toks, ms, t.j); k > end && k-end < lim {
					lim = k - end
				}
			}
			// "The agreement allows aid trucks to travel from Chad": a
			// verb of allowing acts on its object, who is to do the act
			// of the infinitive after it; a party inside that act (where
			// the trucks travel from) is not the one allowed.
			if len(p.Words) == 1 && !t.nominal && !t.passive && permitVerbs[toks[t.i].low] {
				if k := infinitiveAfterObject(toks, t.j); k > end && k-end < lim {
					lim = k - end
				}
			}
			// "Guinea's junta, which seized power in 2021, released the
			// former president": a relative clause set off by commas ends
			// at its closing comma.
			if inRelative(toks, t.i) || inFrontedClause(toks, t.i) {
				for q := end; q < end+lim && q < len(toks); q++ {
					if toks[q].low == "," {
						lim = q - end
						break
					}
				}
			}
			// "A jet hijacked on Tuesday during a flight was diverted to
			// Cyprus": a participle on the sentence's subject ends at the
			// main verb; what that verb is done to is the main clause's.
			if subjectParticiple(toks, t) || presentSubjectParticiple(toks, t) >= 0 {
				for q := end; q < end+lim && q < len(toks); q++ {
					if finiteVerb(toks[q]) && !isCap(toks[q].text) || auxiliaries[toks[q].low] {
						lim = q - end
						break
					}
				}
			}
			// "Germany pledged 300 troops": what a promise gives is
			// no target (its forces or its money are the promise, not
			// one it is made to); with no one named after "to" or
			// "for", the promise has none.
			given := func(g group) bool {
				return givenEnd >= 0 && len(g) > 0 && g[0].i >= t.j && g[0].j <= givenEnd
			}
			tgt, loc = objectAfter(toks, ms, end, lim, prep)
			// "Police fired tear gas at students demanding the
			// resignation of the minister": a participle clause after
			// the object tells what the object was doing; the one acted
			// on is the object, an actor inside the clause is not.
			if participleAfterGroup(toks, tgt) && (!hasReal(tgt) || ownSide && typ != "MOBILIZE") {
				// keep the object
			} else if !hasReal(tgt) || ownSide {
				// A bare role as direct object ("mobilized army reservists
				// for a war against Iraq") yields to a real actor later.
				if g, l2 := objectAfter(toks, ms, t.j, min(lim+end-t.j, t.next-t.j), "against"); hasReal(g) && !(ownSide && (mobilizing || withdrawing) && sameGroup(g, group{ms[mi]})) && !embeddedTheme(emb, g) && !given(g) {
					tgt, loc = g, l2
				} else if ownSide && withdrawing {
					// Troops a state pulls out are what it moves; the
					// place or side they leave, after "from" or "out
					// of", is the target (see withdrawnForces).
					tgt = nil
					if g, l2 := objectAfter(toks, ms, ms[mi].j, min(lim+end-ms[mi].j, t.next-ms[mi].j), "from|of"); hasReal(g) && g[0].i > ms[mi].i && !sameGroup(g, group{ms[mi]}) {
						tgt, loc = g, l2
					}
				} else if ownSide && mobilizing {
					// Troops a country deploys are what it moves, never
					// whom it moves them against; where it moves them
					// ("deployed troops to Somalia") is. Troops placed
					// along, near or at a border with a state face that
					// state as troops sent to it do ("deployed troops
					// along the border with Somalia"): a border is a
					// front, where a town is not.
					tgt = nil
					if g, l2 := objectAfter(toks, ms, ms[mi].j, min(lim+end-ms[mi].j, t.next-ms[mi].j), "to|into|toward|towards"); hasReal(g) && g[0].i > ms[mi].i && (prepMatch("to|into|toward|towards", prepBefore(toks, g[0].i)) || prepMatch("to|into|toward|towards|along|near|at|on|across", borderWithPrep(toks, g[0].i))) && !sameGroup(g, group{ms[mi]}) {
						tgt, loc = g, l2
					}
				} else if mi >= 0 && prepBefore(toks, ms[mi].i) == "" && !given(group{ms[mi]}) {
					tgt = groupAt(toks, ms, mi)
				}
			}
		}
		// "called on its supporters to protest in Lagos and Abuja": a
		// request that names whom it asks, then what they are to do, is
		// not made of the places where they are to do it (askedBefore).
		if !direct && len(tgt) > 0 && askedPlace(toks, typ, t, emb, tgt[0]) {
			tgt = nil
		}
		// "urged the army to halt air strikes on Omdurman", "called on
		// the rebels to stop their attacks on civilians": the armed body
		// asked to act is the request's target though no country is told
		// for it; the place or the victims of the act asked for are no
		// party to the request.
		if addressed != nil && !direct && (len(tgt) == 0 || tgt[0].i > emb.i) {
			tgt = addressed
		}
		// "discussed a plan to assassinate Lula": who talks with whom is
		// named as the object or after "with"; an actor in an infinitive
		// inside the object is what the talk is about, the target of
		// that verb and no party.
		if p.Recip && p.Prep == "with" && !direct && len(tgt) > 0 && tgt[0].i > t.j && prepBefore(toks, tgt[0].i) != "with" && infinitiveBetween(toks, t.j, tgt[0].i) {
			tgt = nil
		}
		// "shipped ammunition to Ukraine to help repel a Russian
		// offensive": help given to oppose something names, after its
		// bare infinitive, the adversary, not the one helped; with no
		// one named between "help" and that verb, the help has no
		// target.
		if helpAgainst(toks, t) && len(tgt) > 0 && tgt[0].i > t.j {
			tgt = nil
		}
		// "offered to help Europe replace Russian oil": the one helped
		// is the object of "help"; a nationality inside the helped act's
		// own object is no party to the help (helpedActVerb).
		if v := helpedActVerb(toks, helpTrigger(t, emb)); v >= 0 && len(tgt) > 0 && tgt[0].i > v {
			tgt = nil
		}
		// "insisted Russia would not win the war", "promised on Monday
		// Argentina would get cheaper gas": an actor opening the clause
		// a verb reports is what the report is about, not whom it is
		// made to (reportedSubject); threats and accusations keep theirs.
		if !t.nominal && !t.passive && t.roles == nil && clauseSubjectTarget(typ) && reportedSubject(toks, t, typ == "REQUEST" || mandativeHeads[toks[t.head].low], tgt) {
			tgt = nil
		}
		// "vowed that Kenya would retaliate against Somalia", "vowed the
		// army would attack al-Shabaab": the source's own state or forces
		// opening the vowed clause are who will carry the threat out, not
		// whom it is aimed at; that is the one the clause's act names
		// after them, if any (see ownClauseSubject).
		if p.Intent && typ == "THREATEN" && emb != nil && !t.nominal && !t.passive && t.roles == nil && reportedSubject(toks, t, false, tgt) && ownClauseSubject(src, tgt) {
			end := tgt[len(tgt)-1].j
			tgt = nil
			if g, _ := objectAfter(toks, ms, end, max(0, t.next-end), "against"); hasReal(g) && !ownClauseSubject(src, g) {
				tgt = g
			}
		}
		// "Italy pledged to keep its embassy open": the source's own
		// embassy is no target of its own government; the host is.
		if len(tgt) == 1 && p.Type != "ASSAULT" {
			if own, h := ownMission(toks, ms, tgt[0], src); own {
				tgt = nil
				if h >= 0 {
					tgt = groupAt(toks, ms, h)
				}
			}
		}
		// "A Kenyan court condemned the man to death", "police arrested
		// two women": a person the article does not name is still the
		// one acted on. With no country of their own, they are placed
		// below as any bare role is (the domestic convention).
		if len(tgt) == 0 && owner == nil && !p.Seen {
			m := unknownPerson(toks, ms, t.j)
			// "A court remanded two suspects in custody": a phrase whose
			// gap holds the one acted on ("remand * in custody") names
			// the person there.
			if m == nil && p.Owner && !t.nominal && len(p.Words) > 2 && p.Words[1] == "*" {
				if g := unknownPerson(toks, ms, t.i+1); g != nil && g.j < t.j {
					m = g
				}
			}
			if m != nil {
				tgt, direct = group{*m}, true
			}
		}
		// "Taiwan detected 22 Chinese aircraft": the owner of what was
		// seen acts on whoever saw it.
		// Aircraft nobody is named as owning ("police spotted drones over
		// the airport") show no one's force: no event.
		if p.Seen {
			src, tgt, loc = owner, src, nil
			if len(owner) == 0 {
				src, tgt = nil, nil
			}
		}
		if p.Recip && len(src) > 1 && len(tgt) > 0 && !direct && !prepMatch(prep, prepBefore(toks, tgt[0].i)) && !phraseEndsWithPrep(p, toks, tgt[0].i) {
			// "X and Y agreed ... on Z": coordinated subjects act on each other.
			tgt = nil
		}
		// "Serbia and Kosovo accused each other", "shelled one another's
		// positions": a reciprocal object makes the subjects each other's
		// targets, whatever the verb.
		if len(src) > 1 && reciprocalObject(toks, t.j) {
			tgt = src
		}
		// "Sri Lanka received a bailout from the IMF": the giver, after
		// "from", acts on the subject. A giving verb used as a noun and
		// followed by "from" names its giver there the same way: "won
		// further funding from the IMF", "a step that unlocks financing
		// from China" is the IMF or China giving, not the subject.
		if p.From || givingNounFrom(toks, t) {
			var giver group
			for q := t.j; q < len(toks) && q < t.j+8; q++ {
				if rightStop[toks[q].low] || toks[q].low == ";" || toks[q].low == "," {
					break
				}
				if toks[q].low == "from" {
					if mi := mentionAt(toks, ms, q+1, 2); mi >= 0 {
						giver = groupAt(toks, ms, mi)
					}
					break
				}
			}
			// "bought American weapons": a seller named in the gap (see
			// armsSeller).
			giver, ok := armsSeller(toks, ms, t, giver, owner)
			if !ok {
				return
			}
			src, tgt, loc = giver, src, nil
		}
		// A pattern for one sector's acts gives nothing for another's
		// subject. Warships are the military's: "Chinese warships" is a
		// demonym before a vessel word the role table does not hold (it
		// would turn "Chinese warships patrolled the sea" into China acting
		// on itself).
		// So are weapons: "Russian drones hit Kharkiv", "Israeli air
		// strikes pounded Gaza" are the nationality's armed forces acting.
		src = armedVesselSide(toks, p, src, t.i)
		// "sector=military|rebel" names either, as target=P|Q does.
		if p.Sector != "" && !(len(src) > 0 && prepMatch(p.Sector, src[0].sector)) {
			src, tgt, loc = nil, nil, nil
		}
	}
	// "Soldiers from Kinshasa attacked ...": the forces, not the capital
	// they come from, act (see forceFromPlace).
	if !t.nominal && !t.passive {
		src = forceFromPlace(toks, ms, src)
	}
	// "Having met his counterpart, Macron announced ...", "Backed by
	// Russia, the rebels attacked ...": a fronted participle clause shares
	// the main clause's subject (see frontedClauseEnd).
	if comma := frontedClauseEnd(toks, t); comma >= 0 && t.roles == nil {
		if g, ok := frontedSubject(toks, ms, comma); ok {
			if t.passive && !hasReal(tgt) && !sameGroup(g, src) {
				tgt = g
			} else if !t.passive && !hasReal(src) {
				// "Having met his counterpart, Macron ...": the possessor's
				// counterpart, taken for the subject itself, is another.
				src = g
				tgt = otherThanSubject(tgt, g)
			}
		}
	}
	if !t.nominal && !t.passive && t.roles == nil {
		if ri, pi := objectRelative(toks, ms, t.i); ri >= 0 {
			// "sanctioned four Iranian officials it accused of supplying
			// drones": the clause's pronoun subject is the main clause's
			// subject, and the noun it is on is what the verb acts on.
			src = nil
			if g, ok := governorSubject(toks, ms, ms[ri].i, st); ok && len(g) > 0 && g[0].j <= ms[ri].i && fitsPronoun(toks[pi].low, g[0]) {
				src = g
			}
			tgt = groupAt(toks, ms, ri)
		}
	}
	if t.roles != nil {
		src, tgt, loc = t.roles[0], t.roles[1], nil
	}
	// "Protesters gathered outside the parliament": a crowd coming
	// together is a demonstration only in a protest context; "leaders
	// gathered in Rome for talks" is none. "Hundreds massed outside the
	// embassy" is such a crowd too, where troops that mass stay MOBILIZE.
	if p.Crowd && !crowdProtest(toks, t, src) {
		return
	}
	// "sent envoys to the capital": see bareCapitalVisited.
	if len(tgt) == 0 && typ == "CONSULT" {
		tgt = bareCapitalVisited(st, toks, t, src)
	}
	// "Ethiopia will send a delegation to Mombasa": a delegation sent to a
	// place visits its country there (CAMEO 042). Sent "to negotiate", it
	// is sent to act, which the embedded act codes (see sentToAct).
	if delegationVisit(p) {
		if len(tgt) == 0 {
			return
		}
		if len(tgt) == 1 && tgt[0].kind == kb.TypePlace && tgt[0].country != "" && c.kb != nil {
			if a, ok := c.kb.Actor(tgt[0].country); ok && a.Type == kb.TypeCountry {
				place := tgt[0]
				loc = &place
				tgt = group{mention{i: -1, j: -1, text: a.Name, actorID: a.ID, country: a.Country, kind: "country"}}
			}
		}
	}
	// An alert raised over a natural hazard is a warning to the public,
	// no force posture: "The volcanology institute raised the alert level
	// to 4", "Residents were put on alert as the typhoon neared". Only
	// security forces keep an alert status in an article about a disaster
	// ("Troops were put on alert after the quake"); in a sentence that
	// names the hazard itself no one does.
	if typ == "MOBILIZE" && (code == "151" || code == "152") && (hazardSentence(toks) || st.hazard && !securityForces(src)) {
		return
	}
	// "Canada pledged troops for a UN mission in Haiti": a body's mission
	// is the framework the act goes through; the state the mission is in
	// is the one the act concerns.
	if h := missionHost(toks, ms, tgt); h != nil {
		tgt = h
	}
	// "The UN set up a peacekeeping mission in Haiti. Japan pledged 300
	// troops to the mission": the mission named before is in its host
	// country, which the act concerns as above.
	// So does "Kenya withdrew its troops from the mission": the forces
	// withdrawn are the withdrawer's own (ownWithdrawn), no target, and
	// the mission they leave stands for its host as one it joins does.
	// "Kenya withdrew its troops from the peacekeeping mission in Haiti",
	// with no body named before the mission: the place given is its host.
	if len(tgt) == 0 || ownWithdrawnOnly(toks, tgt) {
		if h := missionPlaceAfter(toks, ms, t); h != nil {
			tgt = h
		}
	}
	// "Kenya's ruling party expelled the lawmaker": a party disciplining
	// its own member is no expulsion (partyexpel.go).
	if typ == "SANCTION" && expulsionCode(code) && partyDiscipline(src, tgt) {
		return
	}
	if (len(tgt) == 0 || ownWithdrawnOnly(toks, tgt)) && st.missionHost != nil && !t.nominal && definiteMissionAfter(toks, t) && !slices.ContainsFunc(src, func(m mention) bool { return m.key() == st.missionHost.key() }) {
		tgt = group{*st.missionHost}
	}
	// "Islamic State claimed responsibility for the bombing, which killed
	// 12 people": a relative clause on an attack noun the sentence has
	// already coded tells that attack's toll; it is no second attack, and
	// its subject is the attack, not an actor.
	if typ == "ASSAULT" && !t.nominal && attackRelativeCoded(st, s.Index, toks, t.i) {
		return
	}
	// "Tedros warned of a new outbreak", "aid agencies warned of famine":
	// a warning of a hazard alerts the public to it and threatens no one.
	// A warning of what someone may do ("warned of retaliation") stays a
	// threat.
	if code == "130" && len(tgt) == 0 && p.Words[0] == "warn" && hazardWarned(toks, warnedObject(toks, p, t.j)) {
		return
	}
	// "Britain and Qatar also dispatched teams": teams are relief only
	// after a disaster; aid with no recipient named goes to the country
	// the disaster struck, when the giver is another one.
	if p.Disaster && !st.hazard {
		return
	}
	if (typ == "AID" || reliefPledge(typ, code, toks, t)) && len(tgt) == 0 && st.disaster != "" && len(src) > 0 && src[0].country != "" && src[0].country != st.disaster && c.kb != nil {
		if a, ok := c.kb.Actor(st.disaster); ok && a.Type == kb.TypeCountry {
			tgt = group{mention{i: -1, j: -1, text: a.Name, actorID: a.ID, country: a.Country, kind: "country"}}
		}
	}
	// Forces sent "to help" another country are lent to it, not shown
	// against it: "Kenya sent police officers to Haiti to help restore
	// order" is military protection (CAMEO 074), after a disaster relief
	// (073). A deployment with no such purpose stays MOBILIZE.
	if typ == "MOBILIZE" && (code == "153" || code == "154") && !t.nominal && helpPurpose(toks, t) &&
		!(len(tgt) > 0 && len(src) > 0 && tgt[0].country != "" && tgt[0].country == src[0].country) {
		typ, code = "AID", "074"
		if st.hazard {
			code = "073"
		}
	}
	// "Peru's Congress voted to remove the president from office",
	// "Parliament voted to dismiss the government": a legislature that
	// removes a leader or government does so by a vote, its formal
	// censure of them, the same act as a vote of no confidence and an
	// impeachment (CAMEO 111; PLOVER ACCUSE). It refuses nothing proposed
	// (REJECT) and uses no force (a coup, COERCE 170); a president
	// dismissing a minister is no event (below).
	if !t.nominal && len(src) > 0 && src[0].sector == kb.SectorLegislature &&
		(len(tgt) > 0 && tgt[0].sector == kb.SectorGovernment || removedOffice[p.Words[len(p.Words)-1]]) &&
		removalWords[p.Words[0]] && (typ == "REJECT" || typ == "COERCE" && code == "170") {
		typ, code = "ACCUSE", "111"
	}

	// "Kishida told reporters the launch violates Security Council
	// resolutions": a speaker saying an act (no actor) breaks a law or
	// resolution accuses whoever made it (CAMEO 112); the act defies
	// nothing of its own, so no REJECT at the body whose resolutions
	// they are. Its maker is not named in the clause and is no target.
	if typ == "REJECT" && code == "128" && !t.nominal && len(src) == 0 && len(p.Words) == 1 && violationVerbs[p.Words[0]] &&
		reporter != nil && reportAt >= 0 && reportAt < t.i && actSubject(toks, t.i) {
		typ, code = "ACCUSE", "112"
		src, tgt = *reporter, nil
		// "said the ban violated Mexico's trade commitments": the party
		// bound by what was broken made the act.
		if m, ok := bindingOwner(toks, ms, t.j); ok && !slices.ContainsFunc(src, func(r mention) bool { return r.country == m.country }) {
			tgt = group{m}
		}
	}
	// "The rivals agreed to a truce, Kenyan officials said, after months
	// of fighting": the speakers of an inverted report are no party to
	// the act its adjunct tells (reportadjunct.go); with no party left the
	// act is not coded.
	if reporter != nil && reportAdjunct(toks, t, reportAt) {
		src, tgt = withoutGroup(src, *reporter), withoutGroup(tgt, *reporter)
		if len(src) == 0 && len(tgt) == 0 {
			return
		}
	}
	// "... violated Mexico's trade commitments and requested
	// consultations": the speaker's request, with no one named, is made
	// of the party the same report says broke its commitments.
	if typ == "REQUEST" && !t.nominal && len(tgt) == 0 && len(src) > 0 && reporter != nil && reportAt >= 0 && reportAt < t.i && t.frame == nil &&
		sameGroup(src, *reporter) && mainCoordinate(toks, ms, reportAt+1, t) {
		for k := reportAt + 1; k < t.i; k++ {
			if m, ok := bindingOwner(toks, ms, k+1); ok && violationForm(toks[k].low) && !slices.ContainsFunc(src, func(r mention) bool { return r.country == m.country }) {
				tgt = group{m}
				break
			}
		}
	}
	// "President John Mahama dismissed central bank governor Ernest
	// Addison": dismissing an office holder from office turns down no
	// claim or proposal (every REJECT code refuses something put
	// forward), and neither CAMEO nor PLOVER has a code for appointing or
	// sacking one's own officials, so there is no event. A legislature's
	// removal was censure (above); "dismissed the minister's claims" has
	// its own patterns, and "dismissed an appeal from President X"
	// refuses the appeal, whose author is the target.
	if typ == "REJECT" && !t.nominal && p.Words[0] == "dismiss" && len(p.Words) == 1 && len(tgt) > 0 && officeHolder(toks, tgt[0]) && objectRightAfter(toks, t.j, tgt[0].i) {
		return
	}
	if typ == "MOBILIZE" && !t.nominal && p.Words[0] == "mass" && len(p.Words) == 1 && !securityForces(src) && !(len(src) > 0 && src[0].sector == kb.SectorRebel) && crowdProtest(toks, t, src) {
		typ, code = "PROTEST", "141"
		if len(tgt) > 0 && !againstBefore(toks, t.j, tgt[0].i) {
			tgt = nil
		}
	}
	// A strike (labour or hunger) takes no object: "Dockworkers in Chile
	// went on strike, halting exports to China", "Teachers in Kenya went on
	// strike over pay, following a walkout in Uganda", "Port workers went
	// on strike over Chinese investment" name no one struck against. Only
	// "against X" (or a purpose clause, below) names its target; with
	// none, the domestic convention below makes the strikers' own country
	// the target, and a place elsewhere in the sentence is not where they
	// struck unless it is their own country.
	// A boycott shares CAMEO 143 but does take an object ("Kuwait
	// boycotted Danish goods"), so only strike wording is meant here.
	if !t.nominal && typ == "PROTEST" && (code == "143" || code == "142") && !p.Owner && !strings.HasPrefix(toks[t.head].low, "boycott") {
		if len(tgt) > 0 && !againstBefore(toks, t.j, tgt[0].i) {
			tgt = nil
		}
		if loc != nil && len(src) > 0 && src[0].country != "" && loc.country != src[0].country {
			loc = nil
		}
	}
	// A purpose clause names the target the main event lacks: "began a
	// hunger strike to protest against Sweden's decision". Coordinated
	// subjects of a reciprocal event act on each other instead ("Saudi
	// Arabia and Iran agreed to restore ties in a deal brokered by China").
	// Not for forces moved: "deployed troops to the border in order to
	// prevent rebels from crossing" moves them to a place; whom the
	// purpose concerns is what the deployment is for, coded as that
	// intended act, and no target of the move.
	if len(tgt) == 0 && len(src) > 0 && !(p.Recip && len(src) > 1) && typ != "MOBILIZE" {
		for _, u := range t.absorbed {
			if u.nominal {
				continue
			}
			if g, _ := objectAfter(toks, ms, u.j, 10, u.p.Prep); hasReal(g) && !askedPlace(toks, typ, t, emb, g[0]) {
				// "offered to help Europe replace Russian oil": not
				// an actor in the helped act's object (helpedActVerb).
				if v := helpedActVerb(toks, u); v >= 0 && g[0].i > v {
					break
				}
				tgt = g
				break
			}
		}
	}
	// A pronoun object ("fired at it", "expelled them") refers back: to
	// the speaker of the sentence, else the nearest actor before the
	// trigger that is not the source.
	// personObject: the object is "him" or "her" with no antecedent;
	// speakerOwner: the one whose lawyer or family reports the act, who
	// is that pronoun (set in after the closing speaker is dropped below).
	personObject := false
	var speakerOwner *mention
	if len(tgt) == 0 && len(src) > 0 && !t.nominal {
		q := t.j
		if q < len(toks) && objPreps[toks[q].low] {
			q++
		}
		// "summoned the envoy and handed him a protest note": a pattern
		// whose gap names the one acted on (owner) has its pronoun
		// object inside the gap, right after the verb.
		if p.Owner && t.i+1 < t.j && toks[t.i+1].low != "it" && objPronouns[toks[t.i+1].low] {
			q = t.i + 1
		}
		// "opened fire on its positions": the possessor is the target.
		// "Moscow would not halt its offensive", "suspended their aid":
		// an act or event the possessor does is the subject's own, and
		// names no one acted on.
		if q < len(toks) && (objPronouns[toks[q].low] || toks[q].low == "its" || toks[q].low == "their") && !((toks[q].low == "its" || toks[q].low == "their") && c.ownActObject(toks, q)) {
			// "Peskov said Moscow opened fire on its positions": "its"
			// stands for no person.
			if reporter != nil && reportAt >= 0 && reportAt < t.i && !sameGroup(*reporter, src) && !(toks[q].low == "its" && c.allPersons(toks, *reporter)) {
				tgt = *reporter
			} else {
				for mi := len(ms) - 1; mi >= 0; mi-- {
					if m := ms[mi]; m.j <= t.i && usable(m) && (m.country != "" || m.actorID != "") && !sameGroup(group{m}, src) && !(toks[q].low == "its" && c.onePerson(toks, m)) && c.objectPronounFits(toks[q].low, m) && !personPronounCountry(toks, q, m) {
						// "Unlike China, which rejected the plan, Russia
						// accepted it": a thing named in between is the
						// nearer antecedent of "it".
						if toks[q].low == "it" && thingBetween(toks, ms, m.j, t.i) {
							break
						}
						tgt = groupAt(toks, ms, mi)
						break
					}
				}
				// "ordered him to be held pending trial, the journalist's
				// lawyer said": with no person before it, "him" or "her"
				// is the one whose lawyer, family or spokesperson reports
				// the act. Failing that, the pronoun names a person the
				// sentence does not give, never the country the domestic
				// convention below would put in its place.
				if len(tgt) == 0 && (toks[q].low == "him" || toks[q].low == "her") {
					personObject = true
					if m, ok := c.speakerPossessor(toks, ms, t.j); ok && !sameGroup(group{m}, src) {
						speakerOwner = &m
					} else if st != nil {
						// "Journalist Ahmet Yilmaz wrote about corruption.
						// Police detained him": the person the previous
						// sentences made the centre.
						for _, a := range st.antecedents("he") {
							if !sameGroup(group{a}, src) {
								a.i, a.j = -1, -1
								tgt = group{a}
								break
							}
						}
					}
				}
			}
		}
	}
	// An ultimatum names its target in the condition: "threatened to
	// strike unless Israel rescinded ...".
	if len(tgt) == 0 && len(src) > 0 && (typ == "THREATEN" || p.Type == "THREATEN") {
		if ct := conditionParty(toks, ms, t.j, src); len(ct) > 0 {
			tgt = ct
		}
	}
	// A participle clause happens where its main clause does: "shelled a
	// market in Kyiv, killing four people".
	if loc == nil && !t.nominal && t.i > 0 && toks[t.i-1].low == "," && strings.HasSuffix(toks[t.i].low, "ing") {
		for q := len(ms) - 1; q >= 0; q-- {
			if m := ms[q]; m.j <= t.i && m.country != "" && locPreps[prepBefore(toks, m.i)] {
				loc = &ms[q]
				break
			}
		}
	}
	// "Chad welcomed the agreement signed by Sudan and South Sudan": the
	// signers of a reduced relative act with each other, not with the
	// main clause's actors before the noun.
	if t.relative {
		tgt = slices.DeleteFunc(slices.Clone(tgt), func(m mention) bool { return m.j <= t.i })
	}
	// "A ceasefire between Armenia and Azerbaijan was agreed": with no
	// agent, the parties the thing agreed was between agreed it, with
	// each other.
	if p.Recip && t.passive && len(src) == 0 && len(tgt) > 1 {
		k := tgt[0].i - 1
		for k >= 0 && determiners[toks[k].low] {
			k--
		}
		if k >= 0 && toks[k].low == "between" {
			src = tgt
		}
	}
	// "was arrested in Lebanon": with no "by" agent, the place acted.
	// Not the scene of what someone is accused of ("Russia was accused of
	// shelling civilians in Kharkiv"): the place after the charge is where
	// the accused act happened, and the unnamed accuser is no place.
	// Not a place told as the spot beside which it happened ("arrested
	// outside parliament", "detained near the border"), nor a building
	// or body it happened at ("held at the embassy"): that is where,
	// and says nothing of who.
	// Nor after a "by" that names a thing ("killed by a falling tree in
	// Lagos", "by a roadside bomb in Kabul"): the agent was told, and it
	// is not the place; so too with the place first ("killed in Kabul by
	// a roadside bomb", thingAgentAfterPlace).
	// Nor where a force was deployed or stationed ("MONUSCO, which has been
	// deployed in Congo since 1999", "Kenyan police were deployed in
	// Haiti"): the place is where the force is, not who sent it; the force
	// deployed is the one mobilised there (see deployedForce).
	if t.passive && len(src) == 0 && typ == "MOBILIZE" && deployedForce(toks, p, t, tgt, loc) {
		src, tgt = tgt, group{*loc}
		loc = nil
	}
	// "Iranian troops were deployed to the border": with no deployer
	// named, the force deployed is its own state's, which moved it; the
	// troops are no target (deployedOwnForce).
	// "India's army was placed on high alert": likewise the state put
	// its own force on alert (alertedOwnForce).
	// As in the active "India placed its army on high alert", the state
	// alerting its own force has no target (noDomestic below).
	alertedOwn := t.passive && len(src) == 0 && !byAgent && alertedOwnForce(p, tgt)
	if alertedOwn {
		src, tgt = tgt, nil
	}
	if t.passive && len(src) == 0 && !byAgent && typ == "MOBILIZE" && deployedOwnForce(toks, p, t, tgt) {
		src, tgt = tgt, nil
		if loc != nil && loc.country != "" && loc.i >= t.j && loc.country != src[0].country {
			tgt = group{*loc}
			loc = nil
		} else if g, _ := objectAfter(toks, ms, t.j, 8, ""); len(g) == 1 && g[0].country != "" && g[0].country != src[0].country && prepBefore(toks, g[0].i) == "to" {
			// "were deployed to Belarus": where the force was sent.
			tgt = g
		}
	}
	// "Two soldiers were killed in fighting with Hezbollah in Lebanon":
	// the side the victims fought is the agent; the place keeps standing
	// in only when no side is named (fightingwith.go).
	if t.passive && len(src) == 0 && !byAgent && typ == "ASSAULT" {
		if g := fightingWithSide(toks, ms, t); len(g) > 0 && !sameGroup(g, tgt) {
			src = g
		}
	}
	// "Several villagers were hurt during fighting with the army": the
	// gerund read as a verb finds the harmed as its subject and the side
	// they fought as its "with" partner; that side hurt them, as with the
	// noun "clashes" (fightingwith.go).
	if !t.nominal && typ == "ASSAULT" && len(tgt) > 0 && prepBefore(toks, tgt[0].i) == "with" {
		if v := harmedInCombat(toks, t); v >= 0 && len(src) > 0 {
			if g, ok := subjectOf(toks, ms, v, floor, st, reporter); ok && len(g) > 0 && !sameGroup(g, tgt) {
				src, tgt = tgt, g
			}
		} else if mi := combatLeftHarmed(toks, ms, t); mi >= 0 && len(src) == 0 {
			// "Fighting with the army left three villagers dead".
			if g := groupAt(toks, ms, mi); !sameGroup(g, tgt) {
				src, tgt = tgt, g
			}
		}
	}
	// The place stands in for want of an agent, as a scene: a capital
	// there ("was shot dead in Maputo") stays the city, as one named
	// as the target for want of a party does, not its government.
	// A by-phrase names the agent even when it is no actor the coder
	// knows ("freed by their captors in Mali"): the place after it is
	// where, never who.
	// Not a meeting's or a signing's venue ("The bid was discussed in
	// Brussels", "the deal was signed in Doha"): talks held somewhere
	// are no act of the host city (venueOf, as for the target below).
	if t.passive && len(src) == 0 && !byAgent && loc != nil && loc.country != "" && !(typ == "ACCUSE" && chargeBefore(toks, t.j, loc.i)) && !besidePlace(toks, *loc) && !thingAgent(toks, t.j) && !thingAgentAfterPlace(toks, t.j, *loc) && !venueOf(toks, t, typ, code, *loc) {
		where := *loc
		where.where = true
		src = group{where}
		loc = nil
	}
	// "The diplomat was given 72 hours to leave Moldovan territory",
	// "CHISINAU - The Russian diplomat was expelled": an agentless
	// expulsion is by the country to be left, else by the dateline's when
	// the one expelled is foreign to it (see expellingState). Whoever is
	// expelled is not of the expelling state for want of a country of
	// their own.
	if t.passive && len(src) == 0 && !byAgent && typ == "SANCTION" && expulsionCode(code) {
		if m, ok := c.expellingState(toks, ms, t, tgt, st.dateline); ok {
			src = group{m}
			tgt = slices.Clone(tgt)
			for k := range tgt {
				if tgt[k].borrowed && tgt[k].country == m.country {
					tgt[k].country, tgt[k].borrowed = "", false
				}
			}
		}
	}
	// "The Russian ambassador was summoned to the Polish foreign
	// ministry": an agentless summons is by the host (protestsummons.go).
	if t.passive && len(src) == 0 && !byAgent && typ == "CONSULT" {
		if m, ok := c.summoningState(toks, ms, t, tgt, st.dateline); ok {
			src = group{m}
		}
	}
	// A place named in the clause is the target when nothing else is: "lifted
	// the curfew in Montenegro", "arrived in Amman".
	// A place introduced by its kind ("in the eastern city of Lublin",
	// "in the town of Rafah") is told as the setting of the act, as
	// namedPlaceAt reads it for the location. In the source's own country
	// it is no party, and the domestic default below gives that country;
	// it still stands in where people go to it ("arrived in the capital,
	// Nairobi") or where it is another country's ("raided homes in the
	// town of Jenin" acts on the Palestinians).
	// Not a border the act happened beside ("arrested the fugitive near
	// the Somali border"): a border has two sides, and the country named
	// for it says where, not who was acted on; one moved to ("sent troops
	// to the Somali border") is still faced. Force used or massed near a
	// border ("jets struck targets near the Lebanese border", "massed
	// troops along the border") reaches or faces across it, at the other
	// side.
	// Not the forum a ruling is taken to ("said it would appeal the
	// ruling in the Supreme Court", "before the tribunal"): the ruling
	// rejected is its author's, named in the gap ("the High Court's
	// ruling") or not at all.
	// So for one vowed ("vowed to appeal the decision in the Supreme
	// Court"), whose pattern is the vow's.
	forum := (p.Owner || emb != nil && appealOfDecision(emb.p)) && typ == "REJECT" && loc != nil && loc.i >= t.j && forumPreps[prepBefore(toks, loc.i)]
	if len(tgt) == 0 && loc != nil && len(src) > 0 && loc.country != "" && !p.Recip && !forum && !venueOf(toks, t, typ, code, *loc) && !(!borderForce[typ] && besideBorder(toks, *loc)) && !assaultBesideBorder(toks, typ, *loc) &&
		!(typ != "CONSULT" && loc.country == src[0].country && placeKindBefore(toks, loc.i) && !destinationPlace(toks, *loc)) &&
		!askedPlace(toks, typ, t, emb, *loc) && !offshore(toks, loc.i) && !permittedActPlace(toks, t, *loc, src) {
		where := *loc
		where.where = true
		tgt = group{where}
		// "Iranian forces seized her in Tehran", "arrested two students
		// in Kaduna": with people acted on, the place is where they were
		// taken, not a party; those people are the place's country's (the
		// domestic reading of an unnamed person), and the place stays the
		// event's location.
		// "Militants attacked a base near Gao", "wounded 12 outside
		// Mopti": a town after a preposition of nearness tells where the
		// act happened beside, not whom it struck; the ones struck are
		// the people or post there, of the town's country, and the town
		// is no actor. A state or body there ("outside the Kenyan
		// parliament") may still be the one acted on.
		beside := false
		if c.kb != nil && besidePlace(toks, *loc) {
			a, ok := c.kb.Actor(loc.actorID)
			beside = loc.kind == kb.TypePlace || ok && a.Type == kb.TypePlace
		}
		if c.kb != nil && (c.seizedPeople(toks, ms, t) || beside) {
			if a, ok := c.kb.Actor(loc.country); ok && a.Type == kb.TypeCountry && a.ID != loc.actorID {
				tgt = group{mention{i: -1, j: -1, text: a.Name, actorID: a.ID, country: a.Country, kind: "country", borrowed: true}}
			}
		}
	}
	// Reciprocal predicates: "X and Y met" — each is the other's partner.
	// "Ministers met in Paris to discuss Iran", "talks on Syria": what a
	// meeting is about is no party to it. A topic that is also a
	// participant is named as one ("met Iran to discuss Iran's programme")
	// and is found before the topic.
	if typ == "CONSULT" && len(tgt) > 0 && topicOf(toks, t, tgt[0]) {
		tgt = nil
	}
	// "Egypt condemned the attack without naming Israel": a party the
	// source pointedly leaves unnamed is, by the sentence's own word, not
	// the one the act is aimed at.
	if len(tgt) > 0 && withheldName(toks, tgt[0]) {
		tgt = nil
	}
	// "Japan and South Korea pledged to hold talks", "vowed to sign a
	// peace deal": partners of the meeting or accord an intent is about
	// are each other's partners in it.
	// "Tokyo and Washington pledged to deepen their alliance": a pledge
	// on the partners' own relation is made to each other (see jointBond).
	if (p.Recip || emb != nil && emb.p.Recip && jointAccordTypes[emb.p.Type] || p.Intent && typ == "AGREE" && jointBond(toks, t)) && len(tgt) == 0 && len(src) > 1 {
		tgt = src
	}
	// "Nakatani and his South Korean counterpart pledged to hold joint
	// exercises", "Japan vowed to hold drills with the Philippines": an
	// act that partners make together (exercises held jointly are
	// COOPERATE, see PartnerType) promised by them is an intent to
	// cooperate materially (AGREE 031) between them, not a show of force
	// threatened: the partners are each other's targets.
	if p.Intent && emb != nil && emb.p.PartnerType == "COOPERATE" && emb.p.Recip && typ == "THREATEN" {
		if len(tgt) == 0 && len(src) > 1 {
			tgt = src
		}
		if partnered(toks, emb, src, tgt) {
			typ, code = "AGREE", "031"
		}
	}
	// A reciprocal predicate with one party named has an implicit partner:
	// the other actor of the sentence, if there is exactly one kind of it,
	// other than the meeting's venue or topic.
	// Prosecutors, police or reporters who tell of talks ("Prosecutors
	// said he discussed a plan") investigate or report them and are no
	// partner to them (a government announcing talks may be one).
	if p.Recip && len(tgt) == 0 && len(src) > 0 {
		// "Companies blacklisted by Washington resumed operations": the
		// agent of a participle on the subject says what was done to it
		// and is no partner of the subject's act.
		// "China's Export-Import Bank, Zambia's largest creditor, agreed
		// to the terms": the subject's owner and the actors inside an
		// appositive renaming it describe the subject (whose bank, whose
		// creditor) and are no partner.
		appOpen, appClose := relativeBefore(toks, t.i)
		if appOpen >= 0 && !appositive(toks, appOpen, appClose) {
			appOpen, appClose = -1, -1
		}
		// "Leaders meeting at a summit suspended Niger": the main verb's
		// object is no meeting partner.
		mainVerb := presentSubjectParticiple(toks, t)
		tgt = otherActor(toks, ms, src, t.next, func(m mention) bool {
			return t.relative && m.j <= t.i || reactorOf(toks, t, m) || mainVerb >= 0 && m.i > mainVerb || appOpen >= 0 && m.i > appOpen && m.j <= appClose || subjectOwner(toks, m, src) || passiveAgentMention(toks, ms, slices.IndexFunc(ms, func(o mention) bool { return o.i == m.i && o.j == m.j })) || venueOf(toks, t, typ, code, m) || typ == "CONSULT" && topicOf(toks, t, m) || meetingVenue(toks, t.j, m) ||
				typ == "CONSULT" && reporter != nil && reportAt >= 0 && reportAt < t.i && m.j <= reportAt && sameGroup(group{m}, *reporter) && observerSectors[m.sector]
		})
	}
	// "While the remarks appeared to disparage the drills": the words
	// reported last are their speaker's act.
	if len(src) == 0 && !t.nominal && !t.passive && speechSubject(toks, t.i) {
		if m, ok := st.lastSpeaker(s.Start); ok && !sameGroup(group{m}, tgt) {
			src = group{m}
		}
	}
	// "Japanese fishing groups warned that exporters in Hokkaido would
	// lose billions of yen": a warning of harm to the warner's own people
	// or places, with no act anyone will do named, is concern voiced for
	// them, no threat against them. A warning to the state's own
	// opponents ("warned that protesters would face arrest") still is.
	// "Police warned that anyone who joined the march would face
	// arrest": the people a warning promises a penalty, named by what
	// they might do, are its target, of the warner's country (see
	// warnedAddressees); such a warning is a threat, no forecast.
	if typ == "THREATEN" && p.Words[0] == "warn" && !t.nominal {
		if g, ok := warnedOwnSide(toks, ms, t, src, tgt); ok {
			tgt = g
		}
	}
	// "Ajaero warned that the unions would resume the strike if the
	// government failed to implement the deal": the clause's subject is
	// who would carry the threat out, the warner's side; the threatened
	// party is the one whose act the condition names.
	if typ == "THREATEN" && p.Words[0] == "warn" && !t.nominal && len(src) > 0 && executorSubject(toks, t, tgt) {
		if ct := conditionParty(toks, ms, tgt[len(tgt)-1].j, src); len(ct) > 0 && ct[0].kind != "pronoun" && !sameGroup(ct, tgt) {
			tgt = ct
		}
	}
	addressed := false
	if typ == "THREATEN" && p.Words[0] == "warn" && emb == nil && len(tgt) == 0 && len(src) > 0 {
		if m := warnedAddressees(toks, ms, t, src[0].country); m != nil {
			tgt, addressed = group{*m}, true
		}
	}
	if typ == "THREATEN" && p.Words[0] == "warn" && emb == nil && !t.nominal && !addressed && ownHarmWarning(toks, t, src, tgt) {
		return
	}
	// "The minister warned that households would feel the strain": a
	// warning whose clause has no actor for a subject forecasts what
	// will happen; nobody is threatened with an act of the speaker's
	// side ("warned that it would retaliate" names one and is embedded;
	// "warned that Israel would pay a heavy price" names its target).
	if typ == "THREATEN" && p.Words[0] == "warn" && emb == nil && !t.nominal && !addressed && forecastWarning(toks, ms, t) {
		return
	}
	// "warned that Russian troops could cross the border": a rival's act
	// forecast, no threat by the warner (see rivalActWarning).
	if typ == "THREATEN" && p.Words[0] == "warn" && !t.nominal && !addressed && rivalActWarning(toks, t, src, tgt) {
		return
	}
	// "Aid groups warned that famine could hit parts of Somalia": a
	// hazard striking in the warned clause is a forecast too, though its
	// verb is one the coder knows as an act (see hazardForecast).
	if typ == "THREATEN" && p.Words[0] == "warn" && emb != nil && !t.nominal && !addressed && hazardForecast(toks, t, emb) && forecastWarning(toks, ms, t) {
		return
	}
	// "The WFP warned that funding was running short": aid or funds
	// told to run out are forecast, no one's act (see fateForecast).
	if typ == "THREATEN" && p.Words[0] == "warn" && emb != nil && !t.nominal && !addressed && fateForecast(toks, t, emb) && forecastWarning(toks, ms, t) {
		return
	}
	// "The World Food Programme warned that 13 million people faced
	// severe hunger": a warning of a plight that civilians or refugees
	// face, with no act of the warner's named, is concern voiced for them,
	// no threat (the coder has no pessimistic-comment code, so no event).
	// A penalty they would face ("would face arrest") still threatens.
	if typ == "THREATEN" && p.Words[0] == "warn" && emb == nil && !t.nominal && !addressed && plightWarning(toks, ms, t) {
		return
	}
	// "KINSHASA - Gunmen backed by Rwanda attacked a village": a proxy
	// keeps no country of its own (its backer's is not its), but what it
	// attacked or seized with none named is in the story's country, as it
	// would be for gunmen named with no backer.
	proxyScene := false
	if len(tgt) == 0 && (typ == "ASSAULT" || typ == "COERCE") && len(src) > 0 && c.kb != nil && st.dateline != "" && sponsoredProxy(toks, src[0]) &&
		onlySponsorsNamed(toks, ms, st.dateline, t.i, reportAt) && !c.foreignReporter(reporter, st.dateline) {
		if a, ok := c.kb.Actor(st.dateline); ok && a.Type == kb.TypeCountry {
			tgt = group{mention{i: -1, j: -1, text: a.Name, actorID: a.ID, country: a.Country, kind: "country", borrowed: true}}
			proxyScene = true
		}
	}
	// An event needs a side that can be placed (a country, a known actor or
	// a named person): with roles alone ("Soldiers blocked the main road",
	// "the government faced protests") there is none. PLOVER allows an
	// actor with no country, but the store merges such a side by its text,
	// so "police" of unrelated articles would become one actor and their
	// events one event; coding them also cost the PLOVER dev split four
	// false positives and no hit.
	if !hasReal(src) && !hasReal(tgt) {
		src, tgt = nil, nil
	}
	src = dropBorrowed(toks, t, src, tgt)
	// "BAMAKO (Wire) - The army regained control of Kidal": a bare "the
	// army" a wire story names is the military of the country it was
	// filed from, as its bare "the government" is; a foreign army is named
	// by its country. The sentence's own country, which the army could
	// borrow, is dropped above when the army acts on it.
	if st.home != "" && c.isState(st.home) {
		for k := range src {
			if bareArmy(toks, src[k]) {
				src[k].country, src[k].borrowed = st.home, true
			}
		}
	}
	// "ATHENS - The coast guard turned back the migrants", "Greece would
	// not allow the refugees to land": migrants, refugees and asylum
	// seekers a state or its forces act on are in a country not theirs,
	// so the actor's country, lent to them as the sentence's or the
	// story's, is no evidence of theirs; a nationality says it ("Afghan
	// migrants"). As actors they keep what they were lent.
	if len(src) > 0 && src[0].country != "" {
		for k := range tgt {
			if tgt[k].borrowed && tgt[k].country == src[0].country && uprootedMention(toks, tgt[k]) {
				tgt[k].country, tgt[k].borrowed = "", false
			}
		}
	}
	// "Britain imposed sanctions on four shipping companies":
	// sanctions, embargoes and tariffs (CAMEO 163) are laid on another
	// country's firms and people; a state does not sanction its own, so
	// the sanctioning state's country, lent as the sentence's only one,
	// is not the target's (nor is it by the domestic convention below).
	// A place named with them still is ("companies in Dubai").
	if code == "163" && len(src) > 0 && src[0].country != "" {
		for k := range tgt {
			if tgt[k].borrowed && tgt[k].country == src[0].country {
				tgt[k].country, tgt[k].borrowed = "", false
			}
		}
	}
	// "Chinese coast guard vessels boarded the boats, detaining 21
	// fishermen": people seized or attacked on ships are their ships'
	// people, not the seizer's by being the sentence's only country (see
	// craftCountry).
	if (typ == "COERCE" || typ == "ASSAULT") && len(src) > 0 && src[0].country != "" {
		if cc, ok := craftCountry(toks, ms, src); ok {
			for k := range tgt {
				if tgt[k].borrowed && tgt[k].kind == "role" && tgt[k].country == src[0].country {
					tgt[k].country, tgt[k].borrowed = cc, cc != ""
				}
			}
		}
	}
	// "We want the crew to be released": an appeal for people to be
	// freed by no one named is made to whoever holds them; those to be
	// freed are what is asked for, not whom it is asked of ("urged Iran
	// to free the crew" names Iran).
	if typ == "REQUEST" && (code == "0253" || code == "1053") && emb != nil && emb.passive && len(tgt) > 0 && tgt[0].i >= t.j && tgt[0].j <= emb.i && expectedPassive(toks, src, emb.i) {
		tgt = nil
	}
	// "expects the crew to be released", "called for the passengers to
	// be freed": whatever is done to a ship's or an aircraft's people,
	// they are of the flag the sentence gives the craft, not of the
	// sentence's only country by default. A rescue is the exception: a
	// coast guard rescues its own country's fishermen and crews at home.
	for k := range tgt {
		if typ != "AID" && tgt[k].borrowed && tgt[k].kind == "role" && seafarerMention(toks, tgt[k]) {
			if cc, ok := craftCountry(toks, ms, src); ok {
				tgt[k].country, tgt[k].borrowed = cc, cc != ""
			}
		}
	}
	// Domestic events: a target named only by a role or a name ("rebels",
	// "students", "President Gbagbo") is, without other evidence, in the
	// source's country — the coding convention of CAMEO and PLOVER.
	// Where the event happened is better evidence: "Russian missiles struck
	// a block in Kharkiv, killing four people" — people of Ukraine.
	// "KYIV - A Russian drone strike killed four people": the victims of
	// an attack told by its nationality are not the attacker's for being
	// the sentence's only country (see attackSubject); the domestic
	// default below gives them the dateline's.
	if typ == "ASSAULT" && !t.passive && !t.nominal && len(src) > 0 && src[0].country != "" && (loc == nil || loc.country == "") && attackSubject(toks, src[0], t) {
		for k := range tgt {
			if tgt[k].borrowed && tgt[k].kind == "role" && tgt[k].country == src[0].country {
				tgt[k].country, tgt[k].borrowed = "", false
			}
		}
	}
	if len(src) > 0 && src[0].country != "" && (loc != nil && loc.country != "" || !c.foreignReporter(reporter, src[0].country) && c.isState(src[0].country)) {
		// Not when a speaker of another country tells it: in "Russian
		// missiles struck Odesa, killing four people, Ukrainian officials
		// said" the people are not Russia's.
		home := src[0].country
		// "Three civilians were killed by Russian shelling in Kharkiv":
		// the nationality of the attack that harmed the passive's subject
		// is the attacker's (see attackerMention), no evidence of the
		// victims'; a place named after it gives theirs, and with none
		// they have no country from the attacker.
		if nomAgent != nil && sameGroup(src, nomAgent) && (loc == nil || loc.country == "" || loc.country == src[0].country) {
			// "An attack by Russian forces on a Ukrainian village killed
			// six civilians": the victims are the attacked side's, named
			// in the attack noun's phrase, never the attacker's (see
			// nominalVictimCountry).
			home = nominalVictimCountry(toks, ms, t, nomAgent)
			if cc := c.unnamedPlaceState(st, toks, ms, loc, src); home == "" && cc != src[0].country {
				home = cc
			}
		} else if t.passive && (loc == nil || loc.country == "") && attackerMention(toks, src[0]) {
			home = harmedPlace(toks, ms, t.j, src[0].j)
		} else if loc != nil && loc.country != "" && !borderWord(toks, *loc) {
			home = loc.country
		} else if w := attackedPlace(toks, ms, t, src); w != "" {
			home = w
		} else if w := attackedSide(toks, ms, t, src); w != "" {
			home = w
		} else if w := purposeDestination(toks, ms, t); w != "" {
			// "Rwanda sent troops to Mozambique to help fight
			// insurgents": the insurgents are where the troops went.
			home = w
		} else if typ == "ASSAULT" && !t.passive && !t.nominal && attackSubject(toks, src[0], t) {
			// "A Russian drone strike killed four people": see
			// attackSubject.
			home = ""
			if cc := c.unnamedPlaceState(st, toks, ms, loc, src); cc != src[0].country {
				home = cc
			}
		}
		// "The Dutch embassy in Nairobi accused the police of using
		// excessive force": a state's embassy or consulate stands in its
		// host country and speaks of what happens there, so the police
		// it accuses are the host's (the city it is "in", else the
		// story's dateline), never the mission's own state; with neither
		// named they are nobody's.
		if home == src[0].country && missionMention(toks, src[0]) {
			home = ""
			if h := hostPlace(toks, ms, src[0].j); h != nil && h.country != src[0].country {
				home = h.country
			} else if st.dateline != "" && st.dateline != src[0].country && c.isState(st.dateline) {
				home = st.dateline
			}
		}
		// "Colombian negotiators met rebel leaders in Havana": the venue
		// of talks with rebels is not where they fight, and whom a state
		// meets need not be its own rebels (envoys meet others'); they
		// stay unplaced.
		talksVenue := loc != nil && conflictTalksVenue(toks, ms, *loc)
		for k := range tgt {
			if talksVenue && tgt[k].sector == kb.SectorRebel {
				continue
			}
			// "Russia's appeal to the court was rejected": a state is a
			// party before a court it brings a case to, and states go to
			// international and foreign courts; the court is not its own
			// by default (see courtBroughtTo). A party within the state
			// ("Kenya's opposition appealed to the court") goes to its
			// own.
			if countryLevel(src[0].kind) && src[0].sector == "" && home == src[0].country && courtBroughtTo(toks, tgt[k]) {
				continue
			}
			// "expel foreign journalists": no one of the home country.
			if tgt[k].i > 0 && toks[tgt[k].i-1].low == "foreign" {
				continue
			}
			// "Navalny's widow urged Western leaders to act": world,
			// Western or regional leaders are no one state's, and not
			// the appellant's for lack of another (see bareLeaders).
			if q := bareLeaders(toks, tgt[k]); q != "" && q != "bare" {
				continue
			}
			// "Greece would not allow the migrants to land": migrants,
			// refugees and asylum seekers acted on are in a country not
			// theirs, the actor's or the scene's (see uprootedMention).
			if tgt[k].country == "" && uprootedMention(toks, tgt[k]) {
				continue
			}
			// "boarded the boats, detaining 21 fishermen": people taken
			// from ships whose flag the sentence does not give are no
			// more the seizer's than the ships are (see craftCountry).
			// A ship's crew or passengers, whatever is done to them
			// ("called for the crew to be released"), are no more the
			// actor's people for being the sentence's only country; a
			// rescue is the exception, a coast guard's work at home.
			if _, ok := craftCountry(toks, ms, src); ok && home == src[0].country && tgt[k].kind == "role" && (typ == "COERCE" || typ == "ASSAULT" || typ != "AID" && seafarerMention(toks, tgt[k])) {
				continue
			}
			// "summoned the ambassador": another state's envoy (see
			// summonedEnvoy), whose state nothing here names.
			if tgt[k].abroad && envoyMention(toks, tgt[k]) {
				continue
			}
			// "France condemned the government's new law": a state
			// acting on a bare "the government" acts on another's
			// (see actedOnByState), which nothing here names.
			if bareGovernment(toks, tgt[k]) && !src[0].borrowed && (src[0].kind == "country" || src[0].kind == "capital") {
				continue
			}
			// "The United States sanctioned three companies": see
			// foreignSanction.
			if code == "163" && home == src[0].country {
				continue
			}
			// "Two firms sanctioned by the United States": the state
			// acting on a noun through a participle is no evidence the
			// noun is its own (see passiveAgentAt).
			if a := passiveAgentAt(toks, ms, tgt[k].j); tgt[k].i >= 0 && a >= 0 && ms[a].country == home {
				continue
			}
			// "Russian forces shelled the hospital": a facility an armed
			// attack struck is where it fell, as for a town named by a
			// common noun (see unnamedPlaceObject): the story's country
			// when a dateline gives one, never the attacker's by default.
			if typ == "ASSAULT" && home == src[0].country && !retakeVerbs[p.Words[0]] && attackedFacility(toks, tgt[k]) {
				if tgt[k].country == "" || tgt[k].borrowed {
					tgt[k].country, tgt[k].borrowed = "", false
					// Not a hub's dateline: see unnamedPlaceState.
					if cc := c.unnamedPlaceState(st, toks, ms, loc, src); cc != "" {
						tgt[k].country, tgt[k].borrowed = cc, true
					}
				}
				continue
			}
			// "The ministry received a formal demand for compensation
			// from Germany": what a state sends is received by another
			// party, so the receiver is not the sender's by the
			// domestic convention (see sentBy); it stays unplaced.
			if home == src[0].country && sentBy(toks, src[0]) {
				continue
			}
			// "its forces had struck military targets": armed forces
			// do not attack their own side's, so military targets the
			// domestic default would give the attacker's country are
			// the other side's where the article names one (see
			// otherSide), else of no country. A place in the attacker's
			// own country ("struck military targets in Darfur", a civil
			// war) keeps the default.
			if typ == "ASSAULT" && home == src[0].country && (loc == nil || loc.country != home) && src[0].sector == kb.SectorMilitary && tgt[k].kind == "role" && tgt[k].sector == kb.SectorMilitary && !sameGroup(group{tgt[k]}, src) &&
				(tgt[k].country == "" || tgt[k].borrowed && tgt[k].country == src[0].country) {
				cc := c.otherSide(st, src[0].country)
				tgt[k].country, tgt[k].borrowed = cc, cc != ""
				continue
			}
			// "Sri Lanka reached a deal with private lenders": a
			// borrower's creditors are no people of its own country.
			if home != "" && tgt[k].country == "" && (tgt[k].kind == "role" || tgt[k].kind == "name") && !creditorRole(toks, tgt[k]) && !counterpartRole(toks, tgt[k]) {
				tgt[k].country = home
			}
		}
	}
	// "its forces", "their troops": a role owned by a pronoun belongs to the
	// speaker ("the Russian defence ministry said its forces had ...") or
	// to the nearest earlier actor with a country.
	// "Serbia threatened to withdraw its ambassador", "recalled their
	// envoys": an actor's own envoy is the instrument of the act, never its
	// target; with no counterpart named the act has no target (not even
	// the domestic default below).
	ownEnvoyOnly := false
	if len(tgt) > 0 {
		kept := tgt[:0:0]
		for _, m := range tgt {
			if !ownEnvoy(toks, m) && !ownWithdrawn(toks, m) {
				kept = append(kept, m)
			}
		}
		if len(kept) < len(tgt) {
			tgt, ownEnvoyOnly = kept, len(kept) == 0
		}
	} else if !t.nominal {
		ownEnvoyOnly = ownEnvoyObject(toks, t)
	}
	// "Russia denied that its jets had bombed a hospital": arms owned by
	// a pronoun are that owner's forces (see possessiveWeaponSubject).
	if len(src) == 0 {
		if m, ok := possessiveWeaponSubject(toks, t, floor); ok {
			if g := possessed(toks, ms, group{m}, reporter, reportAt); g[0].country != "" {
				// "the rebels said their drones attacked": an armed
				// group's arms are the group's, of its sector.
				if o := pronounOwner(toks, ms, m, reporter, reportAt); o != nil && o.country == g[0].country && (o.sector == kb.SectorRebel || o.sector == kb.SectorPolice) {
					g[0].sector = o.sector
					// "Houthi rebels said their missiles struck": a named
					// armed group's arms are that group acting, not some
					// rebels of its country.
					if o.sector == kb.SectorRebel && o.actorID != "" {
						g[0].actorID = o.actorID
					}
				}
				src = g
			}
		}
	}
	src = possessed(toks, ms, src, reporter, reportAt)
	tgt = possessed(toks, ms, tgt, reporter, reportAt)
	src = policeOfficers(toks, src, code, reporter)
	// A government no country in the sentence, the dateline or the
	// domestic convention placed is nobody's: the store would merge it by
	// its text with every other unplaced government, so it is no target.
	tgt = slices.DeleteFunc(tgt, func(m mention) bool { return bareGovernment(toks, m) })
	// "EU foreign ministers will meet next week to discuss sanctions,
	// diplomats said": the speaker of a closing attribution only tells of
	// the act; whoever the act is done to is named in the clause reported.
	// So is the speaker of a closing accusation ("Police have tortured
	// detainees, Amnesty charged.").
	tgt = slices.DeleteFunc(tgt, func(m mention) bool { return closingSpeaker(toks, m, t, reportAt) || closingAccuser(toks, m, t) })
	if len(tgt) == 0 && speakerOwner != nil {
		tgt = group{*speakerOwner}
	}
	// "reached a deal with its official creditors": creditors no
	// country places are no more an actor than an unplaced government
	// (the store would merge them by their text across articles).
	tgt = slices.DeleteFunc(tgt, func(m mention) bool { return m.country == "" && creditorRole(toks, m) })
	src = slices.DeleteFunc(src, func(m mention) bool { return m.country == "" && creditorRole(toks, m) })
	// "Nigerian jets struck the rebels at the request of Benin's
	// government": whoever asked for the act is no one it is done to.
	tgt = slices.DeleteFunc(tgt, func(m mention) bool { return requestedBy(toks, m) })
	// "Protesters set fire to the French embassy in Niamey": people named
	// only by their role act where the event happens.
	// "Protesters rallied outside the French embassy in Niamey": a
	// foreign state's mission stands in the host country, named after
	// it, so the protesters are of Niger, not of France; with no host
	// named they take no country from the mission. Where people arrive
	// or are flown ("journalists arrived in Paris") is where they go, not
	// where they act from (see destinationPlace).
	// Holders of once-per-state offices meeting one another ("the
	// ministers will meet again in South Africa" after "the foreign
	// ministers met") come from several countries, not the venue's.
	// Leaders no word places ("Leaders condemned the coup in Niger",
	// "world leaders") react to an act from several states: where the
	// act happened is not theirs (see bareLeaders), nor is it "Western
	// governments'" (supranationalPlural).
	if len(src) == 1 && src[0].kind == "role" && src[0].country == "" && !src[0].abroad && loc != nil && loc.country != "" && !destinationPlace(toks, *loc) && !reciprocalMeeters(toks, src[0], st) && bareLeaders(toks, src[0]) == "" && !supranationalPlural(toks, src[0]) {
		where := loc
		if missionWords[wordAt(toks, loc.j)] {
			where = hostPlace(toks, ms, loc.j+1)
		} else if missionMention(toks, *loc) {
			where = hostPlace(toks, ms, loc.j)
		} else if orgAsPlace(*loc) {
			// "Farmers protested outside the European Commission in
			// Brussels": a body named for its building lends the people
			// gathered at it no country of its own (an international
			// body's is none); they are of the place it stands in, as
			// the event's location reads it.
			if where = hostPlace(toks, ms, loc.j); where == nil {
				where = c.occupantPlace(*loc)
			}
		}
		if where != nil && where.country != "" {
			src = group{src[0]}
			src[0].country = where.country
		}
	}
	// "Governor Abdusakur Tan II was travelling to a flood-hit town",
	// "the governor travelled to Jolo": a trip to a place of the
	// traveller's own country is hosted by no other actor, and a visit
	// (CAMEO 042) is one made to a host. A place stands in for a host
	// only abroad ("visited Moscow"); a named body at home ("visited the
	// flood victims", "travelled to meet the rebels") stays a party.
	if code == "042" && ownCountryTrip(src, tgt, st.dateline) {
		return
	}
	// "Most of those arriving in Adre were women and children", "Sudanese
	// refugees arrived in Adre": people fleeing or moving who reach a
	// place visit no one (see uprootedArrival).
	if code == "042" && !t.nominal && uprootedArrival(toks, t, src) {
		return
	}
	// "The doses arrived at Jakarta's airport", "the first shipment of
	// vaccines reached Lagos": goods arriving somewhere visit no one (see
	// goodsArrival).
	if code == "042" && !t.nominal && goodsArrival(toks, t) {
		return
	}
	// "Rescue teams from Greece and Azerbaijan arrived in Malatya",
	// "Greek rescuers reached Antakya": a rescue or relief team arriving
	// in a place of another country is help sent to it (CAMEO 073); the
	// place stays the target, of the stricken country.
	if typ == "CONSULT" && code == "042" && !t.nominal && len(src) > 0 && len(tgt) > 0 && tgt[0].country != "" &&
		tgt[0].country != src[0].country && reliefTeamSubject(toks, t) {
		typ, code = "AID", "073"
	}
	// "The band visited Japan", "Chinese investors visited the factory":
	// a meeting or visit with no political actor on the travelling side
	// consults no one (see nonPoliticalMeeting).
	if typ == "CONSULT" && nonPoliticalMeeting(toks, ms, t, src, tgt) {
		return
	}
	// Domestic default: an actor within a country (its government, police,
	// opposition, rebels, a named person) that acts on no named target, in a
	// sentence naming no other country, acts within its own country — the
	// PLOVER/CAMEO convention of coding domestic events with the source's
	// country as target ("the opposition postponed its demonstration in
	// Baku"; "opposition leaders met" with no partner named is a domestic
	// meeting). A country acting on itself is not coded this way; a
	// demonym with a sector ("Bolivian opposition leaders") is an actor
	// within it.
	// "Sweden beat South Korea 1-0", "Belgium's players celebrated": a
	// national team (the resolver's sports sector) doing anything, or having
	// anything done to it by no one else, is sport, not politics. Fans or
	// police attacking a team still act.
	// An international governing body (IOC, FIFA) is an organisation
	// acting on a country's sport, no team (sportsbody.go).
	// Force on a team by an unnamed attacker ("Hooligans attacked a bus
	// carrying Turkey's players") is no play, though no actor does it:
	// harm told in the sentence, or an object of no play, keeps it coded
	// as an attack on the team (never on its state).
	if teamsOnly(src) && !c.governedSport(src) || len(src) == 0 && teamsOnly(tgt) && !teamAttacked(toks, t, p) {
		return
	}
	// "Microsoft agreed to acquire Frontier Studios", "Shell rejected a
	// takeover bid from BP": companies buying, merging with or selling to
	// one another trade, and no state acts. A company agreeing to supply
	// a state, or a government buying a stake, still codes.
	if (typ == "AGREE" || typ == "REJECT") && businessOnly(src) && (len(tgt) == 0 || businessOnly(tgt)) && dealClause(toks, t) {
		return
	}
	// "spoke to his Japanese counterpart" is a conversation; "spoke to
	// reporters", "to a crowd of supporters", "to the nation", "to
	// parliament" addresses an audience, a statement and no consultation.
	// Only a person or one office holder is spoken "to" in conversation.
	if typ == "CONSULT" && !t.nominal && spokenTo(p) && !c.conversationPartners(toks, tgt) {
		return
	}
	// "spoke to his counterpart by telephone", "talked with Macron over
	// the phone": a conversation held by phone is a call (CAMEO 041).
	if typ == "CONSULT" && code == "040" && !t.nominal && (p.Words[0] == "talk" || p.Words[0] == "speak") && byPhoneAfter(toks, t.j, t.next) {
		code = "041"
	}
	// "The president spoke with reporters", "talked with the BBC":
	// talking to the press is a public statement (CAMEO 01), not a
	// consultation with the press.
	if typ == "CONSULT" && !t.nominal && (p.Words[0] == "talk" || p.Words[0] == "speak") && len(tgt) > 0 &&
		!slices.ContainsFunc(tgt, func(m mention) bool { return m.sector != kb.SectorMedia }) {
		return
	}
	// "sparking protests in Dakar", "riots broke out in Nairobi": street
	// protests named by no protester are the people of the place where they
	// happen (the civilian sector of its country), as "thousands protested
	// in Dakar" is; so are protests an actor "faced in Nairobi" (the
	// actor, read by nominalRoles, is their target). Strikes are left
	// out: "strikes in Gaza" may be air strikes; so are boycotts, which a
	// state may call.
	// "Kenyan students threw stones during protests against the tax law":
	// the people acting in a protest are its protesters, and the protest is
	// what the sentence reports (see protestAdjunctSubject).
	protestAdjunct := false
	if len(src) == 0 && typ == "PROTEST" {
		if g := c.protestAdjunctSubject(toks, ms, t); len(g) > 0 {
			src, protestAdjunct = g, true
		}
	}
	if len(src) == 0 && (len(tgt) == 0 || facedVerb(toks, t.i) >= 0) && t.nominal && typ == "PROTEST" && streetProtest[t.p.Words[0]] && loc != nil && loc.country != "" && c.kb != nil {
		if a, ok := c.kb.SectorActor(loc.country, kb.SectorCivilian); ok {
			src = group{mention{i: -1, j: -1, text: a.Name, actorID: a.ID, country: a.Country, sector: a.Sector, kind: "role"}}
		}
	}
	// "'We will never accept this,' the spokesperson said of the U.S.
	// tariffs": what a quoted act is said of names its target.
	if len(tgt) == 0 && len(src) > 0 && reportAt > t.i && reportAt+2 < len(toks) && reportWords[toks[reportAt].low] && (toks[reportAt+1].low == "of" || toks[reportAt+1].low == "about") {
		if mi := mentionAt(toks, ms, reportAt+2, 2); mi >= 0 && usable(ms[mi]) && ms[mi].country != "" && ms[mi].country != src[0].country {
			tgt = groupAt(toks, ms, mi)
		}
	}
	// "Chinese warships sailed through the Taiwan Strait": a show of force
	// aimed at a named place that names no country of its own is not the
	// source acting within its own country. A strait or sea named after a
	// country ("the Taiwan Strait", "the Korea Strait") is that country's
	// approach and gives it as target; one named otherwise ("the South
	// China Sea", "the Tsushima Strait"), or after the source's own country,
	// gives none.
	// A transit through waters no capitalised name gives ("sailed
	// through the strait", "through international waters") is no more
	// the source's act on its own country: a navy passing through is
	// abroad, and whose waters they are the sentence does not say.
	noDomestic := personObject || alertedOwn
	// "Hungary blocked a package of sanctions against Russia": blocking a
	// measure refuses it, not the one it is aimed at; "Senators blocked a
	// bill": a bill with no author named is neither the country's nor its
	// government's (billstance.go).
	if blockedMeasureTarget(toks, t, typ, tgt) {
		tgt, noDomestic = nil, true
	}
	if len(tgt) == 0 && refusedBill(toks, t, typ) {
		noDomestic = true
	}
	// "passed a bill supported by the Socialists": the thing supported
	// is no actor, and the supporter's own country, which the domestic
	// convention below would give, is not what it backed.
	if t.passive && len(tgt) == 0 && reducedThingParticiple(toks, ms, t) {
		noDomestic = true
	}
	if len(tgt) == 0 && len(src) > 0 && typ == "MOBILIZE" && t.p.Prep != "" && prepPresent(toks, t) {
		noDomestic = true
	}
	// Waters patrolled as the verb's object ("patrolled the South China
	// Sea") are where the force went, as waters sailed through are.
	if len(tgt) == 0 && len(src) > 0 && typ == "MOBILIZE" && (t.p.Prep != "" || !t.nominal && !t.passive) {
		k := -1
		if t.p.Prep != "" {
			k = prepObject(toks, t)
		} else if t.j+1 < len(toks) && toks[t.j].low == "the" {
			if _, ok := waterBody(toks, t.j+1); ok {
				k = t.j + 1
			}
		}
		if k >= 0 {
			noDomestic = true
			if name, ok := waterBody(toks, k); ok && c.kb != nil {
				for _, a := range c.kb.Lookup(name, time.Time{}) {
					if a.Type == kb.TypeCountry && a.Country != "" && a.Country != src[0].country {
						tgt = group{mention{i: -1, j: -1, text: a.Name, actorID: a.ID, country: a.Country, kind: "country"}}
					}
					break
				}
			}
		}
	}
	// "The navy deployed two patrol ships to the area", "sent troops into
	// the region": forces moved to a place the sentence names by no
	// country go somewhere whose owner it does not say; the mover's own
	// country is a guess, as for a transit through unnamed waters.
	if len(tgt) == 0 && len(src) > 0 && typ == "MOBILIZE" && !t.nominal && movedToUnnamedPlace(toks, t) {
		noDomestic = true
	}
	// "Clerics in Pakistan condemned the attack": a violent act condemned
	// is no party, and whoever did it is not named; the condemners' own
	// country is not what they condemn.
	// "European leaders condemned the attack on Kyiv": the place or people
	// attacked are the act's victims, not whom the condemnation accuses;
	// the doer, when named after "by", is ("the attack on Kyiv by Russian
	// forces"), as a doer named before the act is ("the Israeli strike on
	// Syria", which assaultObject does not take for an unattributed act).
	// Where the act struck ("the bombing in Lahore") is its place, not
	// the condemnation's.
	// "condemned the arrests in Pristina": an act of force short of
	// violence (arrests, a blockade) is read the same way when what
	// follows it is its place; the place is where the police or troops
	// acted, not whom the condemnation names. People "of" it ("the arrest
	// of two Turkish journalists") stay the target as before.
	// "shelled towns near the border with Turkey", "attacked a ship off
	// the Yemeni coast": the far side of a border, or the land off which
	// it happened, locates what was struck (assaultBesideBorder).
	if typ == "ASSAULT" && len(tgt) > 0 && tgt[0].i > t.j && locatingSide(toks, tgt) {
		tgt, noDomestic = nil, true
	}
	condemnedAct := typ == "ACCUSE" && !t.nominal && (c.assaultObject(toks, ms, t.j) ||
		c.coerciveObject(toks, ms, t.j) && !(len(tgt) > 0 && tgt[0].i > t.j && !locPreps[prepBefore(toks, tgt[0].i)]))
	if condemnedAct && len(tgt) > 0 && tgt[0].i > t.j && victimPreps[prepBefore(toks, tgt[0].i)] {
		tgt = agentAfter(toks, ms, t.j, t.next)
	}
	if condemnedAct && len(tgt) == 0 {
		noDomestic = true
	}
	// "Ukraine's military denied targeting civilians", "the rebels
	// targeted army bases": people or things attacked whose owner is not
	// named may be anyone's, across a front line as often as at home; the
	// attacker's own country is a guess, so there is no target (a place
	// named after them, "civilians in Kharkiv", still gives one).
	if ownerless && len(tgt) == 0 {
		noDomestic = true
	}
	// "The Dutch government imposed export controls on lithography
	// machines", "raised tariffs on steel": a trade restriction on goods
	// (CAMEO 163) with no country named falls on foreign buyers or
	// sellers the sentence does not name, never on the restricting
	// country itself, so there is no target.
	if len(tgt) == 0 && typ == "SANCTION" && code == "163" {
		noDomestic = true
	}
	// "Iran's Revolutionary Guards seized an oil tanker": a ship or an
	// aircraft seized is no more the seizer's country's (see seizedCraft).
	if len(tgt) == 0 && typ == "COERCE" && code == "171" && seizedCraft(toks, t) {
		noDomestic = true
	}
	// "Houthi rebels said their missiles struck a ship in the Red Sea",
	// "the jets bombed a tanker": a ship or an aircraft attacked with no
	// flag named is anyone's, no more the attacker's country than one
	// seized is.
	if len(tgt) == 0 && typ == "ASSAULT" && seizedCraft(toks, t) {
		noDomestic = true
	}
	// "The navy fired on a smuggling boat off the coast of Gujarat": a
	// vessel acted on at sea with no owner named may be anyone's, the
	// actor's own country no likelier than another's.
	if len(tgt) == 0 && loc != nil && offshore(toks, loc.i) {
		noDomestic = true
	}
	// "The bill was passed over the objections of the opposition": what
	// was objected to is the act the phrase qualifies, whose doer, when
	// unnamed, is not the objector's own country (see overridingVerb).
	if len(tgt) == 0 && t.nominal && typ == "REJECT" && p.Words[0] == "objection" && overridingVerb(toks, t.i) >= 0 {
		noDomestic = true
	}
	// "The State Department criticised the plan", "a Japanese lawmaker
	// denounced the decision": a thing criticised whose owner is not
	// named ("Japan's plan" names one) may be anyone's, often another
	// country's; the critic's own country is a guess, so there is no
	// target.
	if len(tgt) == 0 && typ == "ACCUSE" && !t.nominal && (code == "111" || code == "110") && thingObject(toks, ms, gapObjectAt(p, t)) {
		noDomestic = true
	}
	// "Opposition leader Kalonzo Musyoka welcomed the new party",
	// "praised the ruling": a thing welcomed or praised whose owner is not
	// named is no more the praiser's own country than a thing criticised
	// is; whoever founded, decided or proposed it is left unsaid, so there
	// is no target (a named owner, "Gachagua's new party", still is one).
	if len(tgt) == 0 && typ == "SUPPORT" && !t.nominal && code == "051" && thingObject(toks, ms, t.j) {
		noDomestic = true
	}
	// "The company said it would appeal the ruling": the ruling appealed
	// is its author's, named in the gap ("the High Court's ruling") or not
	// at all; the appellant's own country is no party (see forum above).
	if len(tgt) == 0 && (p.Owner && appealOfDecision(p) || emb != nil && emb.p.Owner && appealOfDecision(emb.p)) {
		noDomestic = true
	}
	// "Thousands of protesters gathered in Basra on Monday. Police fired
	// tear gas at them": "them" acted on is the crowd the previous
	// sentence was about, never a place or a country, and the act happened
	// where that crowd was (the story moved there from the dateline).
	if len(tgt) == 0 && len(src) > 0 && !t.nominal && !t.passive && pluralObjectPronoun(toks, t) {
		if crowd := st.pluralAntecedent(src[0]); crowd != nil {
			tgt = group{standIn(*crowd, mention{i: -1, j: -1})}
			if d := st.latestBy(*crowd); loc == nil && d != nil && d.ev.Location != nil {
				l := d.ev.Location
				loc = &mention{i: -1, j: -1, text: l.Text, actorID: l.ActorID, country: l.Country, sector: l.Sector, kind: kb.TypePlace}
			}
		}
	}
	// "Iran condemned the sanctions as illegal", "Hamas rejected the
	// proposal": a reaction to an act named by a definite noun is aimed at
	// whoever the article told did it, the nearest earlier event of that
	// kind ("The United States imposed sanctions on ..."). With none told,
	// the act is anyone's, and the reacting side's own country is a guess.
	// "welcomed the decision by Saudi Arabia to restore ties with Syria":
	// the doer of the act a reaction answers is its target (actby.go).
	if len(src) > 0 && reactionTypes[typ] && !t.nominal && !t.passive && t.roles == nil {
		if g := actByTarget(toks, ms, gapObjectAt(p, t)); g != nil && g[0].country != src[0].country {
			tgt = g
		}
	}
	if len(tgt) == 0 && len(src) > 0 && reactionTypes[typ] && !t.nominal && !t.passive {
		if types, ok := referredAct(toks, ms, gapObjectAt(p, t)); ok {
			if d := st.referredEvent(types, s.Index, src[0].country, src[0].sector); d != nil {
				tgt = group{referredSource(d)}
			} else if typ == "REJECT" && slices.Equal(types, claimActTypes) {
				// "Indonesia rejected the complaint" with no complaint
				// told: a charge nobody in the article made, whose
				// rejection is a denial (016) as "rejected the
				// allegations" is, no event (see answeredClaim).
				return
			} else {
				noDomestic = true
			}
		}
	}
	// "vowed to investigate the killing of Ugandan traders", "an inquiry
	// into the shooting of protesters": an investigation of an act of
	// violence is aimed at whoever did it, named after "by" ("the killing
	// of traders by police"), not at its victims; with no doer named it
	// has no target.
	if typ == "ACCUSE" && (p.Mode == "investigate" || emb != nil && emb.p.Mode == "investigate") {
		start := t.j
		if emb != nil && emb.j > start {
			start = emb.j
		}
		if start < len(toks) && (toks[start].low == "into" || toks[start].low == "of") {
			start++
		}
		if c.assaultObject(toks, ms, start) {
			if len(tgt) > 0 && tgt[0].i >= start && victimPreps[prepBefore(toks, tgt[0].i)] {
				tgt = agentAfter(toks, ms, start, t.next)
			}
			if len(tgt) == 0 {
				noDomestic = true
			}
		}
	}
	// "Tokyo would file a complaint with the World Trade Organization",
	// "lodged a complaint with the UN Security Council": an international
	// body or a court a complaint is lodged with is its forum, not the one
	// complained of, who is named after "against", "over" or "about" or not
	// at all. (A state it is lodged with is its target: "lodged a protest
	// with Japan".)
	if typ == "ACCUSE" && !t.nominal && p.Prep != "" && !prepMatch(p.Prep, "with") && len(tgt) > 0 && tgt[0].i >= t.j &&
		(tgt[0].sector == "igo" || tgt[0].sector == "judiciary") && prepBefore(toks, tgt[0].i) == "with" {
		tgt = nil
		noDomestic = true
	}
	// "Egypt took the dispute with Ethiopia to the UN Security Council":
	// a pattern that spells its target's preposition before a gap names
	// the other party inside the match, and the body after it is the
	// forum, not the one acted against.
	if !t.nominal && p.Prep != "" {
		if g := innerPrepTarget(toks, ms, t); len(g) > 0 {
			tgt = g
		}
	}
	// "Britain gave Ukraine 20 million pounds", "Japan sent Kyiv
	// weapons": a verb of giving whose pattern names the thing given after
	// a gap takes the recipient as first object, as "sent Sudan a request"
	// does for an event noun; with no "to" phrase it is the target.
	if len(tgt) == 0 && !t.nominal && !t.passive && prepMatch(p.Prep, "to") {
		if g := firstObjectRecipient(toks, ms, t); len(g) > 0 && !sameGroup(g, src) {
			tgt = g
		}
	}
	// "issued a flood warning": a phrase that is an event only as
	// addressed to someone names no one here (see Pattern.Addressee).
	if p.Addressee && len(tgt) == 0 {
		return
	}
	// "accused the group of using civilians as human shields": the one
	// accused is the object before "of"; an actor inside the of-clause is
	// whom or what the accused is said to have acted on, not the accused.
	// With no actor named before "of" (a description like "the group"),
	// the target is unknown.
	if typ == "ACCUSE" && !t.nominal && !t.passive && p.Words[0] == "accuse" && len(tgt) > 0 {
		if q := accusedOf(toks, t.j); q > t.j && tgt[0].i > q {
			tgt = nil
			noDomestic = true
		}
	}
	// "Wang rejected the criticism, saying Beijing was acting lawfully": a
	// participle of speech after a comma tells what the subject said about
	// its act. The subject's own side named there is the subject speaking
	// of itself, not the act's object. (Another side named there often is:
	// "condemned the sanctions, saying Washington wants to isolate Moscow".)
	if len(tgt) > 0 && len(src) > 0 && tgt[0].i > t.j && src[0].country != "" && tgt[0].country == src[0].country {
		if q := speechParticipleAt(toks, t.j, tgt[0].i); q >= 0 {
			tgt = nil
			noDomestic = true
		}
	}
	// "Ministers met in Paris on Monday": a meeting's venue is no party
	// to it, so a country that officials take only from the venue (the
	// sentence's only country, borrowed) is a guess at who they are, not
	// evidence of a meeting within that country: ministers, envoys and
	// delegates travel to meet. People of a country's own politics
	// ("opposition leaders met in Harare") still meet at home.
	if len(tgt) == 0 && len(src) > 0 && src[0].borrowed && src[0].sector == kb.SectorGovernment && loc != nil && loc.country == src[0].country && venueOf(toks, t, typ, code, *loc) {
		noDomestic = true
	}
	// So too with the place told on the officials ("Officials in the
	// capital Conakry met on Tuesday", "Ministers in Bamako held talks"):
	// where they are names no partner of theirs, their own country no
	// more than their capital.
	if len(tgt) == 0 && len(src) > 0 && src[0].sector == kb.SectorGovernment && typ == "CONSULT" && p.Recip && !t.nominal && subjectPlaced(toks, ms, src[0], t.i) {
		noDomestic = true
	}
	// "\"We are committed to silencing the guns,\" army spokesman Nabil
	// Abdallah told reporters" under a KHARTOUM dateline: a commitment by
	// someone whose country only the dateline or the story lends names no
	// counterpart; its own country is no party the sentence gave.
	if len(tgt) == 0 && typ == "AGREE" && len(src) > 0 && src[0].borrowed && !namesCountry(ms, src[0].country) {
		noDomestic = true
	}
	// "The hostages were released by Hamas", "prisoners freed with its
	// help": captives told of in the passive, of no country named, are
	// whoever's the captor held, as often foreigners as its own people;
	// the releaser's country is no guess at them.
	if t.passive && typ == "RETREAT" && strings.HasPrefix(code, "084") {
		noDomestic = true
	}
	// "KADUNA, Nigeria - Kidnappers freed 25 of the children": captives a
	// non-state captor releases, named by no actor, are the people it held,
	// not its country; a state freeing prisoners ("the government freed
	// 200 prisoners") releases its own and keeps the domestic target.
	if len(tgt) == 0 && typ == "RETREAT" && strings.HasPrefix(code, "084") && !t.nominal && len(src) > 0 && !stateSector(src[0].sector) &&
		!(countryLevel(src[0].kind) && src[0].sector == "") && unnamedPeopleObject(toks, ms, t.j) {
		noDomestic = true
	}
	// "Soldiers freed four tourists who had been kidnapped": people the
	// object calls visitors or foreigners are by that word not the
	// releaser's own, even when a state frees them; with no nationality
	// written they are of no country the sentence gives.
	if len(tgt) == 0 && typ == "RETREAT" && strings.HasPrefix(code, "084") && !t.nominal && outsiderPeopleObject(toks, ms, t.j) {
		noDomestic = true
	}
	// "Hezbollah fired rockets on Sunday": rockets or shells fired at no one
	// named were fired across a front line as often as not; the firer's
	// own country is no guess at where they fell.
	if len(tgt) == 0 && typ == "ASSAULT" && !t.nominal && p.Words[0] == "fire" && firedWeapons[p.Words[len(p.Words)-1]] {
		noDomestic = true
	}
	implicitTgt := proxyScene
	// "KYIV (Wire) - Russian forces shelled the town overnight": a town,
	// village or area an armed attack hit, named by no name, is in the
	// country the story was filed from; it is not the attacker's (forces
	// shell the other side's towns as often as their own), so with no
	// dateline it is nobody's and the domestic convention below is no
	// guess at it. A story filed from the attacker's own country ("YANGON -
	// The military bombed a village") keeps its attack at home. Retaking
	// or recapturing a place is taking back one's own ("Ukrainian forces
	// retook the village"): the convention holds there.
	// A place the sentence names for the act, or the country the story
	// is about, comes before the dateline, and a hub's dateline ("LONDON
	// - Rebels shelled the town") places nothing (see unnamedPlaceState).
	// "killed five soldiers and wounded 12": see elidedObject.
	othersOfTarget := false
	if len(tgt) == 0 && len(src) > 0 {
		tgt = elidedObject(toks, ms, t)
		othersOfTarget = len(tgt) > 0
	}
	unnamedScene := false
	if len(tgt) == 0 && typ == "ASSAULT" && !t.nominal && !t.passive && len(src) > 0 && !retakeVerbs[p.Words[0]] && unnamedPlaceObject(toks, ms, t.j) {
		unnamedScene = true
		if cc := c.unnamedPlaceState(st, toks, ms, loc, src); cc != "" && c.kb != nil {
			if a, ok := c.kb.Actor(cc); ok && a.Type == kb.TypeCountry {
				tgt = group{mention{i: -1, j: -1, text: a.Name, actorID: a.ID, country: a.Country, kind: "country", borrowed: true}}
				implicitTgt = true
			}
		}
	}
	// "The kidnappers contacted parents and demanded a ransom": a ransom
	// is asked of the captives' families or employers, whoever the story
	// names, not of the captors' country; with no one named the demand
	// has no target.
	if len(tgt) == 0 && typ == "REQUEST" && !t.nominal && ransomDemand(toks, t.j) {
		noDomestic = true
	}
	// "Sudan's ambassador walked out of the chamber before the vote": a
	// walkout is aimed at the meeting or body walked out of, whoever
	// holds it; with none named it has no target, and the walker's own
	// country, the one the domestic convention below would give, is the
	// one side it never protests against.
	if len(tgt) == 0 && typ == "SANCTION" && len(p.Words) >= 2 && (p.Words[0] == "walk" || p.Words[0] == "storm") && p.Words[1] == "out" {
		noDomestic = true
	}
	// "Lawmakers passed an amnesty bill": an amnesty forgives a class of
	// people (rebels, deserters, tax evaders, exiles), whoever the story
	// names after "to" or "for"; with none named it forgives no one the
	// sentence gives, and the legislature's own country, which the
	// domestic convention below would give, is the state forgiving, not
	// the forgiven.
	if len(tgt) == 0 && code == "081" && slices.Contains(p.Words, "amnesty") {
		noDomestic = true
	}
	// "The RSF said it would cooperate with an independent inquiry":
	// cooperation with an inquiry is with the body holding it; with none
	// named it has no target, and the cooperator's own country, which the
	// domestic convention below would give, is no party the sentence names.
	if len(tgt) == 0 && (typ == "COOPERATE" || typ == "AGREE") && withInquiry(toks, t.j) {
		noDomestic = true
	}
	// "accused foreign intelligence services of organising the
	// protests", "expelled foreign agents": an object said to be foreign
	// is of no country the sentence names, and the one country the
	// domestic convention below would give is the one it is not.
	if len(tgt) == 0 && !t.nominal && !t.passive && foreignObject(toks, t.j) {
		noDomestic = true
	}
	// "China's foreign ministry condemned what it called an unjust
	// claim": see ownWordsObject.
	if len(tgt) == 0 && !t.nominal && !t.passive && ownWordsObject(toks, t.j) {
		noDomestic = true
	}
	// "Ukraine's military said it had shot down 60 of the drones": what is
	// shot down or intercepted comes at the shooter from the air, launched
	// by the other side as a rule; with its owner unnamed the shooter's
	// own country is the one side it is not.
	if len(tgt) == 0 && typ == "ASSAULT" && !t.nominal && !t.passive && len(p.Words) > 0 && (p.Words[0] == "intercept" || p.Words[0] == "shoot" && len(p.Words) > 1 && p.Words[1] == "down") {
		noDomestic = true
	}
	// "Gunmen hijacked a flight to Cairo": a source whose country was
	// only borrowed from the ends of a journey the object was on is
	// placed by no party to the act (journeyEnd), and the domestic
	// default below would make that journey's end the target; the
	// passengers, crew or owners are, and the sentence names none. A
	// story filed from that country ("KABUL - Gunmen attacked a bus
	// travelling to Kandahar") keeps its attack at home.
	if len(tgt) == 0 && !t.nominal && len(src) > 0 && src[0].borrowed && src[0].country != st.dateline && journeyEndsOnly(toks, ms, t.j, src[0].country) {
		noDomestic = true
	}
	// "LONDON (Wire) - Okoro said the talks would resume": a person the
	// article alone names, with no title or body, carries a country only
	// because the resolver lent a quoted name the dateline's (its
	// homePersons); with no country named in the sentence beside them,
	// the domestic default would make the dateline both sides of the act.
	if len(tgt) == 0 && len(src) > 0 && untitledPerson(src[0]) && !namesCountryBesides(ms, src[0]) {
		noDomestic = true
	}
	domesticTgt := false // the target is the domestic default's
	if len(tgt) == 0 && !noDomestic && !ownEnvoyOnly && !unnamedScene && len(src) > 0 && !(countryLevel(src[0].kind) && (src[0].sector == "" || src[0].kind == "capital")) && src[0].kind != kb.TypePlace && src[0].country != "" && c.kb != nil && oneCountry(toks, ms, src[0].country, t.i, reportAt) && !c.foreignReporter(reporter, src[0].country) {
		if a, ok := c.kb.Actor(src[0].country); ok && a.Type == kb.TypeCountry {
			tgt = group{mention{i: -1, j: -1, text: a.Name, actorID: a.ID, country: a.Country, kind: "country"}}
			implicitTgt, domesticTgt = true, true
		}
		// "The opposition Progressive Slovakia party demanded an early
		// election", "protesters called for the cabinet's resignation":
		// what only a government can grant (calling an election, stepping
		// down) is asked of the country's government, not of the country
		// the party itself belongs to.
		if implicitTgt && typ == "REQUEST" && !t.nominal && src[0].sector != kb.SectorGovernment && governmentDemand(toks, t.j) {
			if a, ok := c.kb.SectorActor(src[0].country, kb.SectorGovernment); ok {
				tgt = group{mention{i: -1, j: -1, text: a.Name, actorID: a.ID, country: a.Country, sector: a.Sector, kind: "role"}}
			}
		}
		// "Unions in Argentina called a general strike against the
		// reforms": a protest against a measure only a government enacts
		// is against that government, not the protesters' country; so is
		// a general strike with no target named ("Unions in Argentina
		// called a general strike").
		if implicitTgt && typ == "PROTEST" && src[0].sector != kb.SectorGovernment && (againstGovernmentMeasure(toks, t.j) || generalStrike(toks, t)) {
			if a, ok := c.kb.SectorActor(src[0].country, kb.SectorGovernment); ok && a.Sector == kb.SectorGovernment {
				tgt = group{mention{i: -1, j: -1, text: a.Name, actorID: a.ID, country: a.Country, sector: a.Sector, kind: "role"}}
			}
		}
		// "Workers at Samsung Electronics began a strike": a strike by a
		// company's workers with no one named is against their employer.
		if implicitTgt && typ == "PROTEST" && len(tgt) == 1 && tgt[0].kind == "country" {
			if e, ok := workersEmployer(toks, ms, src); ok {
				tgt = group{e}
			}
		}
		// "The Dutch parliament voted against the budget", "lawmakers
		// approved the bill": what a legislature votes on, backs, rejects
		// or asks for with no one named is put to it by, or asked of, its
		// country's government (CAMEO 120 against the government whose
		// budget it turns down), never the whole country acting on itself.
		if implicitTgt && stanceTypes[typ] && nationalLegislatureOnly(src) {
			if a, ok := c.kb.SectorActor(src[0].country, kb.SectorGovernment); ok && a.Sector == kb.SectorGovernment {
				tgt = group{mention{i: -1, j: -1, text: a.Name, actorID: a.ID, country: a.Country, sector: a.Sector, kind: "role"}}
			}
		}
	}
	// "Egypt allowed fuel trucks to enter Gaza": see permittedDestination.
	if typ == "CONCEDE" && (len(tgt) == 0 || goodsOwnerTarget(toks, ms, tgt, t)) {
		if d := permittedDestination(toks, ms, p, t); d != nil || len(tgt) == 0 {
			tgt = d
		}
	}
	// "Migrants were deported by Mexico to Guatemala": see
	// passiveSentHome.
	if cc := passiveSentHome(toks, ms, t, tgt); cc != "" {
		tgt[0].country = cc
	}
	// An airline halting its flights, or a company cancelling its own
	// plans, is no state event; a thing charged ("charging mat") is no
	// one accused, nor is a fact recognised ("recognises that ...") a
	// state, nor a bargain ("Black Friday deals") an agreement (see
	// airlineHalt, businessCancel, businessSuspension, thingCharged, acknowledgedRecognition,
	// shoppingDeal; "Welcome to ..." greets the reader, greetingWelcome;
	// "tensions eased" eases nothing, easedItself; "fighting resumed" is
	// no cooperation, strifeResumed; "condemned what it called a coup"
	// accuses once, freeRelativeNaming).
	// "asked reporters whether ...", "... the minister asked": a question
	// put, no appeal (askedQuestion).
	if askedQuestion(toks, t) {
		return
	}
	if typ == "SANCTION" && airlineHalt(toks, t, src) || businessCancel(p, t, src) || businessSuspension(p, t, src) || thingCharged(toks, ms, p, t) || acknowledgedRecognition(toks, p, t) || shoppingDeal(toks, t) || greetingWelcome(toks, t) || easedItself(toks, p, t) || strifeResumed(toks, p, t) || freeRelativeNaming(toks, p, t) {
		return
	}
	// "were added to the British sanctions list": the list's owner acts
	// (see sanctionsListOwner).
	if len(src) == 0 {
		if g := sanctionsListOwner(toks, ms, t); g != nil {
			src = g
		}
	}
	// "deposited $3 billion in Egypt's central bank": the bank's state
	// (see centralBankOwner).
	if len(tgt) == 0 {
		if g := centralBankOwner(ms, t); g != nil {
			tgt = g
		}
	}
	// A company leaving a market, aircraft sold by no state, help that
	// eases another's act outside politics, a company's own project
	// cancelled or product released, things provided by no political
	// giver, or a private person coming back, are no state event (see
	// companyExit, nonStateSeller, facilitatingHelp, companyOwnAct,
	// nonPoliticalProvider, privateReturn).
	if companyExit(toks, t, typ, code, src, tgt) || nonStateSeller(p, src, tgt) || facilitatingHelp(toks, t, typ, code, src, tgt) || companyOwnAct(t, typ, code, src, tgt) || nonPoliticalProvider(toks, t, typ, code, src) || privateReturn(toks, t, typ, code, src) {
		return
	}
	// A state of emergency over floods, drought or an epidemic is a
	// disaster declaration, no coercion (see hazardEmergency).
	if hazardEmergency(toks, p.Words, code) {
		return
	}
	// "Bayer agreed to pay $10 billion to settle the lawsuits", "Shell
	// signed a deal with a local consortium": a company agreeing or
	// signing with no state or party named deals with other companies or
	// claimants; the domestic convention would make its own country its
	// partner, a state event the sentence does not tell. A company
	// agreeing with a government named still codes, and so does a
	// company's pledge of aid or relief (AGREE 033x: "Shell pledged 10
	// million dollars in relief"), which is no deal.
	if domesticTgt && businessOnly(src) && (typ == "AGREE" && code == "030" || typ == "SUPPORT" && code == "057") {
		return
	}
	// "Guinea's government shut down mobile internet across the country",
	// "Iran cut off internet access": a restriction of political freedoms
	// (CAMEO 1721) with no one named restricts the country's people (its
	// press, when newspapers are shut), not its state; a state doing so
	// acts on them too, where the domestic default above leaves a country
	// acting alone without a target.
	//
	// "Authorities blocked access to social media in the Amhara region",
	// "cut internet services in Islamabad": a place after "in", "across"
	// or "throughout" is where the restriction holds, not who it falls on;
	// the people there are restricted, the place's country's civilians.
	restrictedIn := code == "1721" && !noDomestic && !implicitTgt && len(tgt) == 1 && tgt[0].i > t.i && tgt[0].country != "" && (countryLevel(tgt[0].kind) || tgt[0].kind == kb.TypePlace) && placePreps[prepBefore(toks, tgt[0].i)]
	if code == "1721" && !noDomestic && len(src) > 0 && src[0].country != "" && c.kb != nil && (implicitTgt && len(tgt) == 1 && tgt[0].country == src[0].country || len(tgt) == 0 && countryLevel(src[0].kind) && oneCountry(toks, ms, src[0].country, t.i, reportAt) || restrictedIn) {
		sector := kb.SectorCivilian
		if newsOutletWords[p.Words[len(p.Words)-1]] {
			sector = kb.SectorMedia
		}
		cc := src[0].country
		if restrictedIn {
			cc = tgt[0].country
		}
		// "banned the opposition's newspaper", "shut down an opposition
		// newspaper": the owner named in the gap by its role, with no
		// actor of its own, is the country's opposition.
		if p.Owner && gapWord(toks, t.i+1, t.j, "opposition") {
			sector = kb.SectorOpposition
		}
		if a, ok := c.kb.SectorActor(cc, sector); ok {
			tgt = group{mention{i: -1, j: -1, text: a.Name, actorID: a.ID, country: a.Country, sector: a.Sector, kind: "role"}}
			implicitTgt = true
		}
	}
	// "KINSHASA - Gunmen backed by Rwanda attacked a village": a proxy
	// keeps no country of its own (its backer's is not its), but what it
	// acted on with none named is in the story's country, as it would be
	// for gunmen named with no backer.
	// "blocked a bill that they had demanded for months": the object's
	// history, no request made now (billstance.go).
	if objectRelativeRequest(toks, t, typ) {
		return
	}
	if t.nominal && endedNominal(toks, t) {
		return
	}
	// "Demand from China had recovered", "demand for oil rose sharply":
	// demand that rises, falls or recovers is a market's, asked of no one.
	// "Ukraine renewed its demand for air defence" still asks.
	if t.nominal && p.Type == "REQUEST" && marketDemand(toks, t) {
		return
	}
	// "Brazil will host Germany in a friendly", "Spain crushed Italy 3-0":
	// national sides meeting or beating each other at sport do nothing
	// political. Police or fans attacking someone at a match still do.
	// In a sports report the fixture need not be named in the sentence:
	// "France will host Brazil at the Stade de France on Saturday" is a
	// match there. Only hosting, meeting, visiting and beating are read so;
	// "Russia invaded Ukraine" stays an invasion in any article.
	// A sports word in the sentence does not make every act of force a
	// match: "Russia attacked Ukraine during the World Cup" and "invaded
	// weeks after the Olympics" stay attacks; only sport's own verbs,
	// and force spent on an object of play, are read so (sportsplay.go).
	// "France and England will clash at Twickenham Park on Saturday": two
	// sides that will meet at a park named as the venue play a fixture
	// there; a park is a venue only for such a future meeting of sides,
	// "clashed in Gezi Park" being a fight (venuePark).
	if (p.Type == "CONSULT" || p.Type == "ASSAULT" && fixtureForce(toks, t, p)) && (sportsFixture(toks, t) || st.sportsReport(toks, t) && matchVerbs[p.Words[0]] || !t.nominal && intentCue(toks, t.i) == "intent" && venuePark(toks, t)) && allSides(src) && allSides(tgt) {
		return
	}
	// "Petrov beat the Spaniard 6-3 6-4", "Halvorsen beat the Indian in
	// the tiebreak": a player beating a player (a person, or one named by
	// nationality) in a match or a sports report wins a game. An officer,
	// a soldier or a crowd beating someone still assaults them.
	if p.Type == "ASSAULT" && p.Words[0] == "beat" && (sportsFixture(toks, t) || st.sportsReport(toks, t)) && players(src) && players(tgt) {
		return
	}
	// "Arsenal attacked relentlessly", "the Welsh pack attacked England's
	// line": in a sports report a side attacking with no object, or
	// attacking a line, a defence or a goal, plays; soldiers, police or a
	// crowd attacking someone still assault them (playAttack).
	if p.Type == "ASSAULT" && (st.sportsContext(toks, t) || sportsFixture(toks, t)) && playAttack(toks, t) && !forceSide(src) {
		return
	}
	// "Brazil crushed Argentina 3-0", "Germany fought back", "Japan seized
	// the lead", "Ghana conceded twice": sport told in the words of war or
	// of yielding, between teams or players (sportsplay.go). Police,
	// soldiers or a crowd, and a sentence telling of deaths or bombs,
	// keep their events.
	if sportsPlay(st, toks, t, p, code, src, tgt) {
		return
	}
	// Non-political news (nonpolitical.go): "Apple launched its iPhone,
	// promising longer battery life" is no pledge; "the NIH funded the
	// research" and "the British Museum lent 40 objects to ..." are no aid;
	// thanking or apologising to fans, customers or readers is no support;
	// an ambassador at a rally abroad is a guest, no protester.
	named := len(tgt) > 0 && !implicitTgt
	// An appeal, offer, permission, apology, help or release with no
	// political actor on either side is private news (privateSides).
	if privateSides(toks, t, typ, code, src, tgt, named) {
		return
	}
	// A state's body funding another of its national organs spends its
	// own budget (ownbudget.go).
	if ownBudget(typ, src, tgt) {
		return
	}
	// A state freezing or suspending its own rules, prices or taxes, and
	// a league banning a player for games, sanction no one (ownmeasure.go).
	if ownMeasureHalted(toks, t, typ, src, tgt, named) || sportsSuspension(toks, t, typ) {
		return
	}
	if typ == "AGREE" && productPromise(toks, t, src, named) || p.Type == "AID" && (fundedResearch(toks, t, named) || lentObjects(toks, t)) ||
		p.Type == "SUPPORT" && thanksOrApology(p) && (audienceOnly(tgt) || !named && audienceObject(toks, t)) || p.Type == "PROTEST" && (rallyAbroad(toks, t, src, tgt) || rallyOthers(toks, t)) {
		return
	}
	// "Norway will host the next championship in 2026": a place staging
	// a contest, Games or festival meets no one (hostedContest).
	if hostedContest(toks, t) {
		return
	}
	// "Macron attended the World Cup final in Qatar": a spectator at a
	// match, final or race meets no one (sportsbody.go).
	if p.Type == "CONSULT" && attendedFixture(toks, t) {
		return
	}
	// "Kentucky Democrats beat incumbent Gov. Jane Roe", "the senator beat
	// her challenger in the primary": beating someone in a sentence about
	// an election or an incumbent wins a vote. Police, soldiers, rebels or
	// criminals beating someone still assault them.
	if p.Type == "ASSAULT" && p.Words[0] == "beat" && !t.passive && !t.nominal && electionSentence(toks) && !forceSide(src) {
		return
	}
	// "An earthquake killed 300 people", "floods destroyed homes": harm
	// done by nature or an accident is no one's act, nor is a second harm
	// the same hazard did ("... killed 600 people and destroyed homes").
	if len(src) == 0 && !t.nominal && !t.passive && (hazardSubject(toks, t.i) || hazardRelative(toks, t.i)) || !t.nominal && hazardParticiple(toks, t.i) || !t.nominal && !t.passive && hazardCoordinate(toks, t.i) {
		return
	}
	// "43 people were killed when a ferry capsized", "miners were killed
	// after a mine collapsed": a passive harm with no agent whose cause
	// the clause after it tells as an accident is no one's act either.
	if len(src) == 0 && t.passive && accidentCause(toks, t.j) {
		return
	}
	// "31 pilgrims were killed in a stampede at the festival", "more
	// than 60 injured in a bus crash in Punjab": a harm whose cause phrase
	// is an accident or a natural hazard is no one's act, whatever place
	// the sentence names after it.
	if !t.nominal && harmedInAccident(toks, t) {
		return
	}
	// "Cyclone Belna made landfall ... At least 14 people were killed,
	// officials said": a toll told with no cause after the article named a
	// natural hazard is that hazard's (see hazardToll).
	if typ == "ASSAULT" && hazardToll(st, toks, ms, t, src, tgt, reporter) {
		return
	}
	// "..., and tensions returned": a state of affairs as the verb's own
	// subject acts on no one, whoever an earlier clause named.
	if !t.nominal && !t.passive && conditionSubject(toks, t.i) {
		return
	}
	if len(src) == 0 && len(tgt) == 0 {
		if t.nominal && t.i > 0 && (toks[t.i-1].low == "the" || toks[t.i-1].low == "this") {
			c.attachDefinite(st, s, toks, t, dates)
		}
		// "The 2018 and 2019 summits failed to produce any agreement":
		// the meetings told before did not bring one.
		if t.nominal && p.Type == "CONSULT" && failedAgreement(toks, t.j) {
			if prev := st.lastMeeting(s.Index); prev != nil {
				lo, hi := clauseBounds(toks, t)
				evi := model.Evidence{Sentence: s.Index, Text: s.Text, Start: s.Start, End: s.End, Trigger: text[toks[t.i].start:toks[t.j-1].end], Rule: p.Rule + " (failed to agree)"}
				c.addFailedAgreementOf(st, prev, pickDate(dates, toks[t.head].start, lo, hi), evi)
			}
		}
		return
	}
	// "refugees fleeing the fighting in Darfur": what people flee is no
	// act of theirs, and the sentence does not say whose it is.
	if t.nominal && fledFrom(toks, t.i) {
		return
	}
	// "The government foiled a coup attempt", "troops repelled an attack
	// on the base", "police thwarted a plot to bomb the embassy": the
	// subject stopped the act, it did not commit it, and the sentence
	// names no one who did.
	if preventedAct(toks, t) {
		return
	}
	// "to protect them and prevent a civil war", "avert a famine": a
	// state of affairs prevented is no actor stopped from acting (see
	// abstractHarms).
	if !t.nominal && code == "172" && preventVerbs[toks[t.head].low] && abstractHarmObject(toks, t) {
		return
	}
	// "The junta suspended all rallies", "ordered the suspension of all
	// demonstrations": the authorities stopping others' gatherings
	// restrict political freedoms as a ban on them does (COERCE 172, the
	// code "banned all rallies" takes), not relations reduced (160).
	// Protesters or a party suspending their own rallies call them off,
	// a concession (082, as "suspended their protest").
	if typ == "SANCTION" && code == "160" && (suspendedGatherings(toks, t) || emb != nil && suspendedGatherings(toks, emb)) {
		typ, code = "COERCE", "172"
		if len(src) > 0 && prepMatch(ownGatheringSectors, src[0].sector) {
			typ, code = "CONCEDE", "082"
		}
	}
	// "Talks with Britain would resume next week", "negotiations
	// resumed on Monday": talks that resume are talks held again (CONSULT
	// 046, as "resumed talks" is), not some cooperation resumed.
	if !t.nominal && typ == "COOPERATE" && t.p.Words[0] == "resume" && len(t.p.Words) == 1 && talksSubject(toks, t.i) {
		typ, code = "CONSULT", "046"
	}
	// "Ottawa would retaliate with counter-tariffs": retaliation by a
	// trade measure is a sanction (see retaliationInKind), which a
	// "would" below makes a threat of sanctions (1312), not of force.
	if typ == "ASSAULT" && retaliationInKind(toks, t) {
		typ, code = "SANCTION", "163"
	}
	// Polarity and modality.
	polarity, modality := c.cues(toks, t, emb)
	// A vow of refusal is a rejection now, as "refused to" is.
	if p.Intent && !(intentNot && typ == "REJECT") || p.GivenOnly {
		modality = "intended"
	}
	// An offer states what the offerer would do if taken up ("offered
	// to mediate", "offered two patrol boats"): nothing has been done yet.
	if !t.nominal && p.Words[0] == "offer" && typ == "AGREE" {
		modality = "intended"
	}
	// "Ghana sent a delegation to negotiate with Togo": the envoys' task
	// is intended; only the sending happened. Talks intended are the
	// sender's, not yet both parties' (see the two-way talks below).
	if modality == "actual" && sentToAct(toks, t) {
		modality = "intended"
	}
	// "demanding a U.N. force to protect them and prevent attacks", "in
	// order to stop the fighting": an infinitive of purpose, or one that
	// completes a noun, states an aim, not an act done (see
	// embeddedInfinitive).
	if modality == "actual" && !t.nominal && embeddedInfinitive(toks, t) {
		modality = "intended"
	}
	// CAMEO codes a stated intention by its kind: "will provide aid" is an
	// expression of intent to cooperate (AGREE, 03x), "will attack" a threat
	// (THREATEN, 13x). A planned exercise or strike keeps its type.
	converted := false
	legalAction := typ == "ACCUSE" && code == "115"
	// "The acquisition would have allowed Booking to expand", "had the
	// deal gone ahead": what would have been done asserts nothing, no
	// promise or threat as "would allow" is (see counterfactualPerfect);
	// nor does an act put up for decision ("has not decided whether it
	// will sign", see deliberatedAct).
	unreal := !t.nominal && (counterfactualPerfect(toks, t.i) || invertedConditional(toks, t.i) || proposedTerm(toks, t.i) || deliberatedAct(toks, t))
	if !t.nominal && !unreal {
		cue := intentCue(toks, t.i)
		// "was ready to send aircraft to carry relief goods": aid that a
		// sending is for is what is sent, as intended as the sending
		// itself. (Envoys sent "to negotiate" keep their talks' type:
		// see sentToAct.)
		if sv := sendPurposeVerb(toks, t); cue == "" && typ == "AID" && sv >= 0 {
			cue = intentCue(toks, sv)
		}
		if cue != "" {
			switch typ {
			case "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT":
				code = map[string]string{"CONSULT": "036", "SUPPORT": "032", "COOPERATE": "031", "AID": intentAidCode(code), "CONCEDE": "035", "RETREAT": "035"}[typ]
				if gc, _ := givenObject(toks, t.j); code == "033" && givenRank(gc) > givenRank(code) {
					code = gc // "will provide loans"
				}
				typ, converted = "AGREE", true
			case "ASSAULT", "COERCE", "SANCTION", "PROTEST":
				tc := threatCode(code)
				if tc == "" {
					tc = map[string]string{"ASSAULT": "138", "COERCE": "137", "SANCTION": "131", "PROTEST": "133"}[typ]
				}
				typ, code, converted = "THREATEN", tc, true
			}
			// "will withdraw ... unless", "may halt ... if": a conditional
			// intention is a threat or an ultimatum. Aid promised on a
			// condition ("willing to send material to help defend Saudi
			// Arabia if it is attacked") is still a promise of aid.
			if conditionalAfter(toks, t.j) && typ != "THREATEN" && polarity == "asserted" && !strings.HasPrefix(code, "033") && !conditionalOffer(toks, t.j, p.Type) {
				typ, code, converted = "THREATEN", "139", true
			}
			if converted {
				modality = "intended"
				if cue == "plan" {
					modality = "planned"
				}
			}
		}
	}
	// "The company said it would appeal the ruling": a refusal announced
	// for later is stated intent, coded as "vowed to appeal" is (REJECT,
	// intended); CAMEO has no 03x or 13x code it could turn into. Under a
	// condition it stays a threat (below).
	if !t.nominal && !converted && typ == "REJECT" && polarity == "asserted" && modality == "hypothetical" && reportedWould(toks, t.i) && !conditionalAfter(toks, t.j) {
		modality = "intended"
	}
	// "may halt its mediation if ...", "could impose sanctions unless ...":
	// a hostile step held out on a condition is a threat (CAMEO 139).
	if !t.nominal && !converted && polarity == "asserted" && typ != "THREATEN" && modalBefore(toks, t.i) && conditionalAfter(toks, t.j) {
		switch typ {
		case "SANCTION", "COERCE", "ASSAULT", "REJECT", "PROTEST", "MOBILIZE":
			typ, code, modality = "THREATEN", "139", "intended"
		}
	}
	// "would take the dispute to the Security Council if Ethiopia began a
	// new filling": a legal action held out on a condition threatens the
	// party whose act the condition names; the court or body it would be
	// brought to is only the forum.
	if legalAction && typ == "THREATEN" && len(src) > 0 {
		if ct := conditionParty(toks, ms, t.j, src); len(ct) > 0 {
			tgt = ct
		}
	}
	// Refusal: a negated intention to cooperate ("will not accept", "would
	// not meet", "refused to release") is a rejection (REJECT, 12x), asserted.
	// Ruling an act out ("ruled out sending troops to Ukraine", "ruled out
	// talks") refuses it too. A refused material act, hostile as well as
	// cooperative ("will not send troops", "ruled out sanctions"), is also
	// the actor's rejection towards the would-be target, as the PLOVER gold
	// codes "refused to deploy peacekeepers" and "refusing to lift the
	// curfew"; CAMEO has no specific 12x code for refusing a hostile act,
	// so it is the general 120.
	refusal := false
	if polarity == "negated" && !unreal && (!t.nominal && refusalCue(toks, t.i) || ruledOutBefore(toks, t.i)) {
		rc, ok := refusedCodes[p.Type]
		if !ok {
			if e, found := c.cameo.Lookup(p.CAMEO); found && e.QuadClass == 4 {
				rc, ok = "120", true
			}
		}
		if ok {
			typ, code, polarity, modality = "REJECT", rc, "asserted", "actual"
			refusal = true
		}
	}
	if unreal {
		modality = "hypothetical"
	}
	// "Hamas said it would not accept any deal", "The Houthis vowed to
	// retaliate": a non-state armed group rejects or threatens the side it
	// fights, a state or a force the story names, never its own country
	// by default; with no one named there is no target. The type is the
	// one the intention and refusal rules above gave. A threat whose act
	// names what it is aimed at ("threatened new attacks on oil
	// pipelines") keeps the default: the thing attacked is in the one
	// country the sentence names.
	if domesticTgt && (typ == "REJECT" || typ == "THREATEN" && !threatAimed(toks, t, emb)) && armedGroupOnly(src) {
		tgt, implicitTgt = nil, false
	}
	// "did not attend the talks between Russia and Ukraine": what is
	// denied is the subject's part in an event of others, who are named
	// as its parties; it is no negated event with them (the talks are
	// coded by their noun, asserted).
	if polarity == "negated" && !t.nominal && objectBetween(toks, t) {
		return
	}
	// "Thousands of Kenyans protested against tax increases": people in
	// the street demonstrate (PROTEST 141); a government that protests
	// complains officially (ACCUSE 114).
	if typ == "ACCUSE" && code == "114" && t.p.Words[0] == "protest" && len(src) > 0 && popular(src[0]) {
		typ, code = "PROTEST", "141"
	}
	// "Israel's strikes on Gaza", "strikes by the army", "strikes on
	// Hamas positions": strikes by a state or armed forces, or on a place
	// or an armed group, are air strikes (ASSAULT 195), not a walkout.
	// "any Israeli strike", "a U.S. strike": a state's demonym right
	// before the noun names the state's forces striking; a walkout is
	// named by its workers, trade or cause ("a rail strike", "a general
	// strike", "dockworkers' strike").
	// "Russia called a general strike", "a nationwide strike": a strike
	// named general, nationwide or of labour is a walkout whoever calls
	// it (walkoutStrike).
	if typ == "PROTEST" && code == "143" && t.p.Words[0] == "strike" && stateDemonymStrike(src, t) && !walkoutStrike(toks, t) {
		typ, code = "ASSAULT", "195"
	}
	if typ == "PROTEST" && t.nominal && t.p.Words[0] == "strike" && !walkoutStrike(toks, t) && (len(src) > 0 && armedActor(src[0]) || strikeOn(toks, ms, t.j) || strikeHarms(toks, t.j)) {
		typ, code = "ASSAULT", "195"
		if strikeOn(toks, ms, t.j) && implicitTgt {
			tgt, implicitTgt = groupAt(toks, ms, mentionAt(toks, ms, t.j+1, 2)), false
		}
	}
	// "The Philippines protested after a Chinese vessel fired ...",
	// "Beijing protested over the visit": a state or its government
	// protesting complains officially (CAMEO 114, ACCUSE); people protest
	// in the street (140). With no "against" object, the one the
	// complaint is about is the actor of the "after" or "over" phrase.
	if typ == "PROTEST" && code == "140" && !t.nominal && t.p.Words[0] == "protest" && len(src) == 1 && stateSide(src[0]) {
		typ, code = "ACCUSE", "114"
		if len(tgt) == 0 || sameGroup(tgt, src) {
			tgt = causeActor(toks, ms, t.j, src[0].country)
		}
	}
	// "Soldiers blocked the main road", "police blocked access to the
	// square": security forces blocking a way restrict movement (COERCE,
	// CAMEO 191); an obstruction (PROTEST 144) is done by civilians. So
	// does a state blocking a crossing or a port ("Israel blocked the
	// Rafah crossing", blockedWay).
	if typ == "PROTEST" && code == "144" && (securityForces(src) || !t.nominal && len(src) == 1 && stateSide(src[0]) && blockedWay(toks, t)) {
		typ, code = "COERCE", "191"
	}
	// "Polish farmers blockaded border crossings": a blockade by people
	// in the street is their protest (PROTEST 144), as blocking is.
	if typ == "COERCE" && code == "191" && !t.nominal && t.p.Words[0] == "blockade" && len(src) > 0 && popular(src[0]) {
		typ, code = "PROTEST", "144"
	}
	// "Protesters torched a police station", "the building was
	// demolished by protesters": property damaged or destroyed by
	// protesters is a violent protest (CAMEO 145, "protest violently,
	// riot"), the protest being what they do, not a seizure (171) or
	// destruction (1712) by an armed actor.
	if (code == "171" || code == "1712") && len(src) > 0 && !slices.ContainsFunc(src, func(m mention) bool { return m.sector != kb.SectorProtester }) {
		typ, code = "PROTEST", "145"
	}
	// "Protesters stormed the parliament building": a crowd forcing its
	// way into a building is a riot (CAMEO 145), not an armed assault
	// (190), as property they damage is; troops storming a town keep 190.
	if code == "190" && !t.nominal && (p.Words[0] == "storm" || p.Words[0] == "invade") && len(src) > 0 &&
		!slices.ContainsFunc(src, func(m mention) bool { return m.sector != kb.SectorProtester }) {
		typ, code = "PROTEST", "145"
	}
	// "Rebels seized the town of Masisi": a place an armed force takes is
	// captured, as "captured the city" is (ASSAULT 190), not property
	// seized (see territoryTaken).
	if code == "171" && len(p.Words) == 1 && p.Words[0] == "seize" && territoryTaken(toks, ms, t, src, tgt) {
		typ, code = "ASSAULT", "190"
	}
	// "Rebels captured the town of Goma": the place taken is where the
	// fighting was, and its holder the target (see takenPlaceRoles).
	if typ == "ASSAULT" && code == "190" {
		if g, place, ok := c.takenPlaceRoles(toks, ms, t, src, tgt); ok {
			tgt, loc, implicitTgt = g, place, false
		}
	}
	// An ordered closure, ban or curfew (above) restricts the orderer's
	// own country only when a state body orders it and no other country
	// is its object: "ordered the closure of the border with Iran" acts
	// on Iran and stays the order it was.
	if orderedRestriction && (len(src) == 0 || !stateSector(src[0].sector) || src[0].country == "" ||
		slices.ContainsFunc(tgt, func(m mention) bool { return m.country != src[0].country })) {
		typ, code = "REQUEST", "100"
	}
	// "A Paris court fined the bank": a penalty a court imposes comes with
	// a verdict, finding the fined liable (CAMEO 116); imposed by a
	// regulator or a government it is an administrative sanction (172).
	if p.CourtType != "" && typ == p.Type && len(src) > 0 && src[0].sector == kb.SectorJudiciary {
		typ, code = p.CourtType, p.CourtCAMEO
	}
	// "The European Commission blocked the merger": a state body's or a
	// country's veto of a company's deal is an administrative sanction.
	if p.StateType != "" && typ == p.Type && len(src) > 0 && sanctioningBody(src[0]) {
		typ, code = p.StateType, p.StateCAMEO
	}
	// "X said Y must withdraw": X demands that Y act (REQUEST, 10x).
	if !t.nominal && obligationCue(toks, t.i) && len(src) > 0 && (reporter == nil || reportAt < 0 || reportAt > t.i) {
		// "issued a reminder to Iraq that it must cooperate": the main
		// subject, before "that", is the one demanding.
		for q := t.i - 1; q > 0; q-- {
			if toks[q].low == "that" {
				for mi := range ms {
					if ms[mi].j <= q && usable(ms[mi]) && ms[mi].kind != "pronoun" && prepBefore(toks, ms[mi].i) == "" {
						g := groupAt(toks, ms, mi)
						reporter, reportAt = &g, q
						break
					}
				}
				break
			}
		}
	}
	if !t.nominal && obligationCue(toks, t.i) && reporter != nil && reportAt >= 0 && reportAt < t.i && len(src) > 0 {
		code = map[string]string{"CONSULT": "106", "AID": "103", "COOPERATE": "101", "RETREAT": "105", "CONCEDE": "105", "AGREE": "107"}[p.Type]
		if code == "" {
			code = "100"
		}
		typ, tgt, src = "REQUEST", src, *reporter
		modality = "actual"
	}
	// "The United States and South Korea will hold joint drills": exercises
	// with a partner are military cooperation between the partners, not a
	// show of force at each other (see partnered).
	if p.PartnerType != "" && typ == p.Type && partnered(toks, t, src, tgt) {
		typ, code = p.PartnerType, p.PartnerCAMEO
		src, tgt = partnerSides(src, tgt)
	}
	// "U.S. Forces Korea vowed to stay prepared to fight": a state's own
	// forces vowing to fight threaten no one by the domestic default (see
	// selfThreat); said as readiness, with no one named, it is a statement
	// of posture and no threat at all.
	if act := threatenedAct(emb, t); typ == "THREATEN" && selfThreat(act, src, implicitTgt) {
		tgt, implicitTgt = nil, false
		if readinessBefore(toks, act.i) {
			return
		}
	}
	// "The U.S. military withdrew its personnel from the base": a state's
	// own organs pulling back or standing down act on no one named, and
	// the domestic default would make the state its own target (see
	// ownPosture).
	if implicitTgt && ownStateOnly(src, tgt) && ownPosture(typ, code, src) {
		tgt, implicitTgt = nil, false
	}
	// "Putin withdrew Russia from the treaty": a leader taking his own
	// state out of an accord acts through it, not on it (ownstate.go).
	if ownStateWithdrawn(toks, ms, t, src, tgt) {
		tgt, implicitTgt = nil, false
	}
	// "The gas company supplied the city with fuel": a business
	// supplying customers trades, it gives no aid (commercialsupply.go).
	if commercialSupply(toks, t, src) {
		return
	}
	// "KHARTOUM - Soldiers raided a village in the north", "the army
	// shelled a market": a state's own forces attacking a place people
	// live in, with no one named, act on the people of that place (the
	// country's civilians, as "attacked a village, killing 12 people"
	// is), not on the state they serve.
	if implicitTgt && ownStateOnly(src, tgt) && (typ == "ASSAULT" || code == "1712") && !t.nominal && inhabitedObject(toks, t.j) && c.kb != nil {
		if a, ok := c.kb.SectorActor(src[0].country, kb.SectorCivilian); ok {
			tgt = group{mention{i: -1, j: -1, text: a.Name, actorID: a.ID, country: a.Country, sector: a.Sector, kind: "role"}}
		}
	}
	// "Venezuela's foreign minister rejected the measures", "Chad's
	// government appealed for help", "Petro welcomed the release": a
	// government accepting, backing, rejecting or asking with no one named
	// answers a counterpart left unsaid (another state, donors, whoever
	// imposed the measures), not its own country. The domestic default
	// stays for acts on the country's people (arrests, bans, curfews) and
	// for a city's or region's officials, who deal with their residents.
	if implicitTgt && nationalGovernmentOnly(src) && stanceTypes[typ] {
		tgt, implicitTgt = nil, false
	}
	// "The army is ready to defend the country": a state's own forces
	// defending or protecting it do their duty; no event toward it.
	if defendsOwnState(threatenedAct(emb, t), src, tgt) {
		return
	}
	// "pledged to combat corruption", "vowed to fight the spread of the
	// virus": a vow against what names no one is nobody's threat (see
	// struggleWithNoAdversary). "combat" itself, vowed or not, acts on
	// people only when it names them ("measures to combat inflation").
	if act := threatenedAct(emb, t); p.Intent && emb != nil && struggleWithNoAdversary(toks, act, tgt, implicitTgt) {
		return
	}
	// "London has been fighting dirty air", "Kenya is battling a
	// drought": a struggle done, not only vowed, against what names no
	// one is no attack either.
	if emb == nil && typ == "ASSAULT" && struggleWithNoAdversary(toks, t, tgt, implicitTgt) && !warFought(toks, t) {
		return
	}
	// "vowed to crush the rebellion", "pledged to crack down on
	// corruption", "vowed to root out graft": a vow to put down an ill or
	// an uprising names nobody threatened and nobody pledged to, as a vow
	// to fight one does (see subduedIll); "vowed to crush the rebels"
	// names them and stays a threat.
	if p.Intent && !t.nominal && (len(tgt) == 0 || implicitTgt) {
		if k, ok := vowedSubdueAt(toks, t); ok && subduedIll(toks, k) {
			return
		}
	}
	// "vowed to defeat Boko Haram", "pledged to wipe out the insurgents":
	// a vow to defeat or wipe out an armed group, which no verb pattern
	// codes, is a threat of force against it (CAMEO 1384, as "vowed to
	// fight" them), not a pledge to it; "defeat the bill" or "the
	// opposition" name no armed group and stay as they were.
	if p.Intent && !t.nominal && emb == nil && typ == "AGREE" && code == "030" && polarity == "asserted" && !implicitTgt && armedGroupOnly(tgt) {
		if k, ok := vowedSubdueAt(toks, t); ok && tgt[0].i >= k {
			typ, code = "THREATEN", "1384"
		}
	}
	// "To combat this, the Punjab government enacted a law": combating
	// outside a vow is an attack only when told as done to those it names
	// after the verb; a purpose ("to combat") or a subject it names is no
	// one attacked.
	if emb == nil && !t.nominal && p.Words[0] == "combat" && (t.i > 0 && toks[t.i-1].low == "to" || len(tgt) == 0 || implicitTgt || tgt[0].i < t.j) {
		return
	}
	// "We will defend our steel industry", "the ministry defended its
	// decision": standing up for one's own backs no one else (see
	// defendsOwnThing); a target left to the domestic default is no one
	// named either.
	if (len(tgt) == 0 || implicitTgt) && defendsOwnThing(toks, threatenedAct(emb, t)) {
		return
	}
	// "India vowed to protect its farmers": the possessive says the
	// people or sector defended are the subject's own country's, whom a
	// state owes protection; no agreement with or backing of another.
	if (defendsOwnThing(toks, threatenedAct(emb, t)) || emb == nil && vowsOwnDefence(toks, t)) && (len(tgt) == 0 || implicitTgt || ownPeopleOnly(src, tgt)) {
		return
	}
	// "a war that ended with a Russian-brokered deal": the broker
	// mediated (CONSULT 045, coded below) and is no party to the deal.
	broker, brokerFrom, brokered := brokerAt(toks, ms, t)
	var brokeredFor group
	if brokered {
		src, tgt = withoutBroker(src, broker), withoutBroker(tgt, broker)
		brokeredFor = brokeredParties(src, tgt)
	}
	// "signed a peace deal after talks hosted by Qatar": the host of the
	// talks is no party to what the sides agreed or signed there. Other
	// acts may well be aimed at the host ("boycotted the conference
	// hosted by Saudi Arabia").
	// Nor do the sides who met or negotiated at such talks meet the host
	// ("met for talks hosted by Qatar"): the host's act is its own
	// hosting or mediation (043, 045), coded by the participle.
	if hosts := hostedTalksAgents(toks, ms, t); len(hosts) > 0 && (typ == "AGREE" || code == "057" || typ == "CONSULT" && code != "043" && code != "045") {
		src, tgt = withoutBroker(src, hosts), withoutBroker(tgt, hosts)
	}
	// "Police arrested two of Modi's associates": people named by a
	// possessive are the ones acted on, not the one they belong to (see
	// possessedTarget).
	for gi, m := range tgt {
		if pm, ok := possessedTarget(toks, ms, m); ok {
			tgt = slices.Clone(tgt)
			tgt[gi] = pm
		}
	}
	// "Tan's family asked the public to pray": the same people as the
	// subject are the ones who act, not the one they belong to, who may
	// be dead, held or absent.
	for gi, m := range src {
		if pm, ok := possessedTarget(toks, ms, m); ok {
			src = slices.Clone(src)
			src[gi] = pm
		}
	}
	// "Leaders meeting at an emergency ECOWAS summit": members who took
	// the bloc of their summit meet one another, not the bloc they meet
	// as; which members, the sentence does not say.
	if typ == "CONSULT" && blocOfMembers(src, tgt) {
		tgt = nil
	}
	ev := model.Event{Type: typ, CAMEO: code, Polarity: polarity, Modality: modality}
	if e, ok := c.cameo.Lookup(code); ok {
		ev.Goldstein, ev.QuadClass = e.Goldstein, e.QuadClass
		ev.Mode, ev.Context = e.Mode, e.Context
	}
	if p.Mode != "" {
		ev.Mode = p.Mode
	}
	if p.Context != nil {
		ev.Context = p.Context
	}
	// Property taken or damaged by hackers is hacking (cyberagent.go).
	if code == "171" && hackerSource(toks, src, t.i) {
		ev.Context = []string{"cyber"}
	}
	// "Kenya's foreign minister met his Ugandan counterpart in Paris on
	// Monday": a clause whose target is its direct object still happens
	// at the place named after it. Only the event's location is filled:
	// the coding above read no place in such a clause, so nothing coded
	// changes.
	// "fired tear gas at protesters in Kampala": people "at" whom an act
	// is aimed are its target, not its place; nor is a company ("went on
	// strike at Ford's plant in Michigan").
	// "rallied outside the prime minister's office", "met at the foreign
	// ministry": a body or an office holder named as an actor stands for
	// a building, in a city the sentence or the dateline gives; the
	// location is a place, never a role.
	if loc != nil && (loc.kind == "person" || loc.kind == "pronoun" || loc.sector == kb.SectorBusiness || loc.kind == "role") {
		loc = nil
	}
	if condemnedAct && loc != nil && loc.i > t.j {
		loc = nil
	}
	// "fired water cannon at a Philippine supply boat near the Philippine
	// coast": the one an act is aimed "at" is its target, not also its
	// place; the place is looked for after it.
	// A demonym that is both target and place ("shelled villages along
	// the Syrian border") stays the place.
	if loc != nil && loc.kind == "demonym" && !demonymPlaceHead(toks, *loc) && slices.ContainsFunc(tgt, func(m mention) bool { return m.i == loc.i && m.j == loc.j }) {
		loc = nil
	}
	// "were killed by a roadside bomb near the town of Samarra": a
	// passive names its place after the verb as an active clause does
	// (venueAfter stops at the first place a passive names).
	if loc == nil && !t.nominal && !condemnedAct {
		loc = venueAfter(toks, ms, t, src, tgt)
		if loc == nil {
			// "EU ministers will meet in Antwerp": a city the tagger
			// left untagged.
			loc = c.untaggedVenue(toks, ms, t, ownCountries(ms, st.home))
		}
	}
	if loc == nil && !condemnedAct {
		loc = c.frontedVenue(toks, ms, t, src, tgt)
	}
	if loc == nil && !condemnedAct {
		loc = c.subjectVenue(toks, ms, t)
	}
	if loc == nil && typ == "ASSAULT" {
		loc = whenClauseVenue(toks, ms, t, src, tgt)
	}
	// "met Li at the foreign ministry", "at the White House": a
	// government building is in its country's capital when it names its
	// country; otherwise it is the home country's, and the dateline may
	// place the act though a foreign party took part (see datelinePlace).
	atSeat := false
	if (loc == nil || loc.kind == "demonym") && !condemnedAct {
		if b, own, ok := seatVenue(toks, ms, t, src, tgt); ok && (loc == nil || loc.i == b.i) {
			if !own {
				atSeat = true
			} else if c.kb != nil {
				if a, ok := c.kb.CapitalOf(b.country); ok {
					capital := mention{i: b.i, j: b.j, text: a.Name, actorID: a.ID, country: a.Country, kind: "capital"}
					loc = &capital
				}
			}
		}
	}
	// "met in the Kenyan capital", "rallied in Kenya's capital": the
	// place is the capital city, not the country's name.
	if loc != nil && c.kb != nil && (loc.kind == "demonym" || loc.kind == "country") {
		k := loc.j
		if wordAt(toks, k) == "'s" {
			k++
		}
		// "in East Timor's capital Dili": a name right after the
		// capital, a place of the same country, is the capital as the
		// story names it.
		if named := capitalNamed(toks, ms, k, loc.country); wordAt(toks, k) == "capital" && named != nil {
			// A capital mention stands for its government as an actor;
			// as a place it is the city.
			if a, ok := c.kb.CapitalOf(loc.country); ok && named.kind == "capital" {
				named = &mention{i: named.i, j: named.j, text: named.text, actorID: a.ID, country: a.Country, kind: "capital"}
			}
			loc = named
		} else if wordAt(toks, k) == "capital" && capitalEnds(toks, k+1) {
			if a, ok := c.kb.CapitalOf(loc.country); ok {
				capital := mention{i: loc.i, j: k + 1, text: a.Name, actorID: a.ID, country: a.Country, kind: "capital"}
				loc = &capital
			}
		}
	}
	// "in Myanmar's western Rakhine state", "in Ukraine's Kharkiv region":
	// a place of the country named after its possessive is where the act
	// was, the country only the one it lies in.
	if loc != nil && loc.kind == kb.TypeCountry {
		loc = possessedRegion(toks, ms, loc)
	}
	// "along the Ethiopian border", "off the Syrian coast": a demonym
	// modifying a place noun is where the event is, in that country; the
	// location reads as the phrase, never the bare adjective.
	if loc != nil && loc.kind == "demonym" {
		loc = c.demonymPlace(toks, ms, *loc)
	} else if loc != nil && missionMention(toks, *loc) {
		// "outside the Russian embassy in Tbilisi" (the mission one
		// organisation): the host place named after it is where.
		if h := hostPlace(toks, ms, loc.j); h != nil {
			out := *h
			loc = &out
		}
	} else if loc != nil && orgAsPlace(*loc) {
		// "gathered outside the Defense Ministry in Seoul": a body
		// named for its building is an occupant, not a place; the place
		// named after it is where, else the occupant's country if it
		// has one, else no place at all.
		if h := hostPlace(toks, ms, loc.j); h != nil {
			out := *h
			loc = &out
		} else {
			loc = c.occupantPlace(*loc)
		}
	}
	if loc != nil {
		a := loc.actor()
		ev.Location = &a
	}
	// Date.
	dateEnd := ""
	off := toks[t.head].start
	lo, hi := clauseBounds(toks, t)
	kept := complementDeadlines(toks, t, otherTimes(toks, t, dates, lo, hi))
	d := pickDate(kept, off, ownPredicateStart(toks, t, kept, lo, hi), hi)
	if w := whenAnchored(toks, t, kept); w != nil && (d == nil || d.Start < lo || d.Start >= hi) {
		// Unless the clause names a date of its own, the date it hangs
		// on dates it, though it stands outside the clause.
		d = w
	}
	if d != nil && (d.Start < lo || d.Start >= hi) && d.Relation == "future" && timex.TenseAround(tenseText(text, toks, t, lo, hi), toks[t.head].start-lo, toks[t.j-1].end-lo) != timex.TenseFuture {
		d = nil // "next month's drills ... as such drills are criticised"
	}
	if d != nil && d.Relation == "future" && d.Start >= toks[t.j-1].end && d.Start >= lo && d.Start < hi {
		// "voiced criticism of Chinese plans on Monday": the date was read
		// as future only for the plan named in the event's object; the
		// clause without it is in the past.
		at, end := toks[t.head].start-lo, toks[t.j-1].end-lo
		if timex.TenseAround(tenseText(text, toks, t, lo, hi), at, end) == timex.TensePast && timex.TenseAround(text[lo:hi], at, end) != timex.TensePast {
			d = nil
		}
	}
	var objectDate *model.TimeExpr
	if d != nil && d.Relation == "future" && !t.nominal && plannedForObject(toks, t, d) {
		// "disparaged the exercises planned for next month", "criticised
		// talks scheduled for June": the date is the planned thing's,
		// given by a participle after the object, not the event's.
		objectDate, d = d, nil
	}
	if d != nil && d.Relation == "future" && !t.nominal && pastVerb(toks, t.head) {
		// A verb in the past did not happen after the report: "met in
		// Seoul ... and agreed to hold talks in June" dates the talks, not
		// the meeting.
		if untilDate(text, d) {
			// "imposed a curfew until March, the police said on
			// Tuesday": the end of the period the act set is no date
			// of the act; another date of the sentence not ahead of
			// the report (here the report's) may date it.
			d = pickDate(notAhead(kept), off, ownPredicateStart(toks, t, kept, lo, hi), hi)
		} else {
			d = nil
		}
	}
	if p.Type == "REQUEST" && demandedDate(toks, t, d) {
		// "called on his cadre to relive the spirit of the war today":
		// the date is the demanded act's (see demandedDate).
		d = nil
	}
	if accusedActDate(toks, t, d) {
		// "accused the army of shelling a market last week": the date is
		// the accused act's (see accusedActDate).
		d = nil
	}
	promised := d != nil && d.Relation == "future" && promisedDate(toks, t, d)
	if promised {
		// "signed a statement pledging to hold the next round of talks
		// in June": June is when the talks are to be held; the pledge is
		// made now and is dated like any report (the pledged act, if
		// coded, keeps June).
		d = nil
	}
	if d != nil && modality == "hypothetical" && (d.Start < lo || d.Start >= hi) && contrastBetween(toks, off, d.Start) {
		// "Russia may attack Ukraine but did meet Turkish officials on
		// Monday": Monday dates the meeting in the contrasted clause; a
		// possible attack has no date of its own.
		d = nil
	}
	if refusal && d != nil && d.Relation == "future" {
		// "will not attend the summit next week", "ruled out talks next
		// month": the future date is when the refused act would have been;
		// the refusal itself is said now.
		d = nil
	}
	if d != nil && polarity == "negated" && sinceSpan(toks, d) {
		// "has not agreed on any new measures since 2017": the span runs
		// from 2017 to the report and the negation covers all of it; no
		// agreement is dated 2017, nor is the denied one.
		d = nil
	}
	anterior := false
	if d != nil && (d.Start < lo || d.Start >= hi) && anteriorClause(toks, t) {
		if _, _, ok := shiftedDate(toks, d, t.i); !ok {
			// "recalled its ambassador on Tuesday after a border guard was
			// shot dead": what an "after" clause tells happened before the
			// main clause's date, not on it. With no date of its own it is
			// left undated here (a later sentence of the story may date it).
			d, anterior = nil, true
		}
	}
	if d != nil && d.Base != "" && off > d.Start {
		// Inside "the 68th anniversary of X": X happened at the base date.
		ev.Date, ev.Precision, ev.Relation = d.Base, precisionOf(d.Base), "past"
	} else if v, prec, ok := shiftedDate(toks, d, t.i); ok {
		// "restored ties in 2022, two years after they severed relations":
		// the clause's event is dated from the main clause's date.
		ev.Date, ev.Precision, ev.Relation = v, prec, "past"
	} else if d != nil {
		ev.Date, ev.Precision, ev.Relation = d.Value, d.Precision, d.Relation
		if closingReportTime(toks, t, d) {
			ev.DatedBy = model.DatedByReport
		}
		if d.EndValue != "" {
			dateEnd = d.EndValue
			// "next week", "March 17-23": the span of days is kept
			// beside the month it is widened to below.
			if d.Precision == model.PrecisionDay && len(d.Value) == 10 && len(d.EndValue) == 10 && !sinceSpan(toks, d) {
				ev.DateFrom, ev.DateTo = d.Value, d.EndValue
			}
			// A range: keep the precision both ends share.
			if d.Precision == model.PrecisionDay && len(d.EndValue) == 10 && d.EndValue[:7] == d.Value[:7] && !sinceSpan(toks, d) {
				ev.Date, ev.Precision = d.Value[:7], model.PrecisionMonth
				dateEnd = d.EndValue
			}
		}
	} else if carried != nil && !anterior {
		ev.Date, ev.Precision, ev.Relation = carried.Value, carried.Precision, "past"
		dateEnd = carried.EndValue
	} else if st.hasRef {
		// The tense of the trigger's own predicate: in "are negotiating
		// and may sign a deal", "may" is the signing's.
		end := s.End
		if c := coordinationEnd(toks, t); c >= 0 {
			end = c
		}
		// "drills may prove a test, as such drills are routinely
		// criticised": an adverbial clause set off by a comma has a tense
		// of its own; the main clause's modal is not the criticism's.
		begin := max(s.Start, setOffClauseStart(toks, t))
		around := tenseText(text, toks, t, begin, end)
		if objectDate != nil && objectDate.Start >= begin && objectDate.End <= end {
			// Nor does the object's date tell the act's tense.
			around = around[:objectDate.Start-begin] + strings.Repeat(" ", objectDate.End-objectDate.Start) + around[objectDate.End-begin:]
		}
		around = blankGapPlans(around, toks, t, begin)
		tense := timex.TenseAround(around, toks[t.head].start-begin, toks[t.j-1].end-begin)
		switch {
		case (tense == timex.TenseFuture || modality == "planned") && !refusal && !promised && !presupposedAct(toks, t, max(-1, t.i-9)):
			// "will not send troops" is in the future tense, but the
			// refusal is a present act, asserted now: it is dated like
			// any undated report, below; so is a promise whose promised
			// act alone had a date.
			ev.Relation = "future"
		default:
			// Undated news is recent, but nothing says how recent: the
			// event has no date of its own, and the store files it under
			// its report's day (merge.EventDay), where a report that does
			// date it may join and sharpen it. Dating it to the publish
			// month instead filed "Iran condemned the sanctions", told
			// under a dateline of November 27, as an event known only to
			// November, listed after every dated event of that month.
			ev.Relation = "past"
		}
	}
	if ev.Relation == "future" && ev.Modality == "actual" {
		ev.Modality = "planned"
	}
	// Attribution: a quote covering the trigger, else the sentence's reporter.
	if q := quoteAt(st.quotes, off); q != nil && q.Speaker != nil {
		sp := *q.Speaker
		ev.Attribution = &sp
	} else if reporter != nil && reportAt >= 0 && (reportAt < t.i || reportAt >= t.j) {
		r := (*reporter)[0]
		same := false
		for _, m := range src {
			if m.key() == r.key() {
				same = true
			}
		}
		if !same || reportAt > t.i {
			ev.Attribution = &model.Speaker{Text: r.text, ActorID: r.actorID, Country: r.country, Sector: r.sector}
		}
	}
	// Only a main-clause verb is the sentence's main verb: in "Unlike China,
	// which rejected the plan, Russia accepted it" the relative clause's
	// "rejected" does not make "accepted" a participle modifying "Russia".
	bg := background(toks, t)
	// Nor is a present participle on the subject ("Leaders meeting at a
	// summit condemned the coup"): the verb after it is.
	// Nor is the participle of a fronted clause ("Condemning the coup, the
	// union suspended Niger"): the verb after its comma is.
	if !t.nominal && !t.passive && st.prevVerb < 0 && !bg && presentSubjectParticiple(toks, t) < 0 && frontedClauseEnd(toks, t) < 0 {
		st.prevVerb = t.i
	}
	trigText := text[toks[t.i].start:toks[t.j-1].end]
	if emb != nil {
		trigText += " ... " + text[toks[emb.i].start:toks[emb.j-1].end]
	}
	evi := model.Evidence{Sentence: s.Index, Text: s.Text, Start: s.Start, End: s.End, Trigger: trigText, Rule: p.Rule}
	conf := 0.4
	if len(src) > 0 {
		conf += 0.25
	}
	if len(tgt) > 0 && !implicitTgt {
		conf += 0.25
	}
	if toks[t.head].pos != "" {
		conf += 0.1
	}
	if modality == "hypothetical" {
		conf -= 0.2
	}
	// "Officers tried to seize power", "an attempt to kill the governor":
	// an attempt is an act taken and is coded as the act (see
	// embeddedInfinitive), but whether it came off is left open. The model
	// has no modality for an attempt, so it is marked by a lower
	// confidence that keeps it a main-clause event.
	if attemptedAct(toks, t) {
		conf *= attemptFactor
	}
	// "Tehran might want Baghdad to expel them", "Kyiv may wish Berlin to
	// send more": a request made by a wish is only a request when the
	// wish is stated; a wish the writer supposes with "may", "might" or
	// "could" was asked of no one. Kept as a background reference.
	if !t.nominal && typ == "REQUEST" && supposedWish(toks, t) {
		conf *= 0.5
	}
	// Background: an event told in a subordinate clause ("who attacked",
	// "after X expelled them", ", killing one") is less likely to be what the
	// sentence reports; it is kept with half the confidence.
	// The main verb need not be an event of its own: "Thirty-eight
	// countries voted against the resolution condemning Israel". Only an
	// -ing form with an object of its own is taken for a participle here:
	// one with none after a noun is a noun ("were killed in Israeli tank
	// shelling in the east"), and an -ed form after a noun may be a
	// clause's own verb (", a rights group protested on Wednesday").
	mainVerb := st.prevVerb
	if (mainVerb < 0 || mainVerb >= t.i) && strings.HasSuffix(toks[t.i].low, "ing") && directObject(toks, t.j) {
		mainVerb = firstFiniteVerb(toks, t.i)
	}
	if (bg && !accusingAdjunct(toks, t, mainVerb) && !protestAdjunct) || (reducedRelative(toks, t, mainVerb) && !adoptedText(toks, t) && !coordinatedVerb(toks, t) && !hostOfReportedTalks(toks, t, mainVerb) && !gerundComplement(toks, t)) || subjectRelative(toks, t) || agentlessSubjectRelative(toks, t) || chargedSubject(toks, t) || allegedAct(toks, t) && !deniedClause(toks, t.i) {
		if datedSubjectAdjunct(toks, t, d) {
			// "Li Qiang, meeting Sanae Takaichi on Tuesday, said ...":
			// a dated act told in passing (see datedSubjectAdjunct).
			conf *= datedAdjunctFactor
		} else {
			// Below the 0.5 that separates main-clause events.
			conf *= 0.45
		}
	}
	// "a hacking group backed by the Chinese government breached ...": the
	// backing describes the group the sentence is about; with no actor
	// for the group it is no support given to anyone.
	if typ == "SUPPORT" && len(tgt) == 0 && sponsorParticiples[toks[t.i].low] && subjectRelative(toks, t) {
		return
	}
	src = otherAntecedent(ms, st, src, tgt)
	// Telephone calls and talks are two-way: CAMEO codes "X telephoned Y"
	// (041) as two reciprocal events with the actors reversed, and the
	// PLOVER gold records mark both parties of "held talks with" and
	// "renewed negotiations" (046) as source and target alike. A meeting,
	// a visit or a summons (040, 042, 043) is told one way round: the
	// same gold codes "held their first meeting with President Obama"
	// from the visitors to the host only. The store keeps the two
	// directions of a symmetric type as one event with one mention per
	// sentence (internal/merge EventKey). Only talks that took place are
	// both parties' acts: an intention or offer to talk ("would send a
	// delegation to negotiate with") is the one party's.
	if typ == "CONSULT" && (code == "041" || code == "046") && modality == "actual" && !t.nominal && len(src) == 1 && len(tgt) == 1 && !implicitTgt &&
		src[0].text != "" && tgt[0].text != "" && src[0].key() != tgt[0].key() && hasReal(src) && hasReal(tgt) {
		both := group{src[0], tgt[0]}
		src, tgt = both, both
	}
	// Fire, strikes, threats or accusations traded or exchanged go both
	// ways by the verb's meaning: "Israeli forces exchanged fire with
	// Hezbollah" is each side's act against the other, as "X and Y
	// exchanged fire" already is through the coordinated subjects.
	if p.Recip && !t.nominal && (p.Words[0] == "exchange" || p.Words[0] == "trade") && modality == "actual" && len(src) == 1 && len(tgt) == 1 && !implicitTgt &&
		src[0].text != "" && tgt[0].text != "" && src[0].key() != tgt[0].key() && hasReal(src) && hasReal(tgt) && (typ == "ASSAULT" || typ == "THREATEN" || typ == "ACCUSE") {
		both := group{src[0], tgt[0]}
		src, tgt = both, both
	}
	// "Iran vowed to retaliate for the Israeli attack on its consulate":
	// the retaliation is aimed at the attack's maker, and the attack,
	// told by the side answering it, was made on that side unless the
	// sentence names another target.
	// A target found inside the answered act's phrase ("for the Hamas
	// attack on Kfar Aza") is that act's target, not the retaliation's.
	if t.answers != nil {
		maker, _, _ := c.nominalRoles(toks, ms, t.answers)
		var aimed group
		for _, m := range maker {
			if m.text != "" && !inGroup(src, m) {
				aimed = append(aimed, m)
			}
		}
		inside := len(tgt) > 0
		for _, m := range tgt {
			if m.i < t.answers.i {
				inside = false
			}
		}
		if len(aimed) > 0 && (len(tgt) == 0 || inside) {
			tgt = namedAimed(ms, t, aimed)
		}
	}
	if t.answerer != nil && len(tgt) == 0 {
		for _, m := range t.answerer.codedSrc {
			if m.text != "" && !inGroup(src, m) {
				tgt = append(tgt, m)
			}
		}
	}
	if searched {
		tgt = countryBody(tgt, kb.SectorGovernment)
	}
	// "Lawmakers toppled the government", "the army ousted the
	// president", "toppled the government in a coup": the office the
	// matched phrase names is the one removed, so
	// its country's government is the target, not the bare country the
	// gap leaves (the country of a head of state's office is its
	// government's, as in a search raid's).
	if !t.nominal && removalWords[p.Words[0]] && slices.ContainsFunc(toks[t.i+1:t.j], func(k tok) bool { return removedOffice[k.low] }) &&
		(typ == "ACCUSE" && code == "111" || typ == "COERCE" && code == "170") {
		tgt = countryBody(tgt, kb.SectorGovernment)
	}
	// "The BBC suspended its radio service in Persian": an outlet closing
	// or suspending its own service decides its business; press freedom
	// (CAMEO 1721) is restricted by the state or an armed group.
	if code == "1721" && len(src) > 0 && !slices.ContainsFunc(src, func(m mention) bool { return m.sector != kb.SectorMedia }) {
		return
	}
	// "The president dissolved parliament": the legislature of the
	// country is the one shut, and a dissolution calling an election is
	// no event (see routineDissolution).
	if !t.nominal && p.Words[0] == "dissolve" && code == "172" && legislatureWords[p.Words[len(p.Words)-1]] {
		if routineDissolution(toks, t.j) {
			return
		}
		tgt = countryBody(tgt, kb.SectorLegislature)
	}
	t.codedSrc = src
	// One event per source-target pair.
	if len(src) == 0 {
		src = group{mention{}}
	}
	if len(tgt) == 0 {
		tgt = group{mention{}}
	}
	// "the ceasefire between X and Y collapsed", "the truce broke down":
	// a settlement that is the subject of its own breaking down is no act
	// of its parties, neither a retreat nor an agreement; its broker's
	// mediation, told before, still stands (see addMediation below).
	if t.nominal && settledNouns[toks[t.j-1].low] && brokeDown(toks, t.j) {
		src, tgt = group{mention{}}, group{mention{}}
	}
	// "Talks between X and Y stalled on Tuesday": the talks coming to a
	// halt on their own is no consultation held that day, nor an act of
	// either side (see talksHalted).
	// So too talks suspended or called off in the passive (talksCalledOff).
	if t.nominal && t.p.Type == "CONSULT" && talksNouns[toks[t.j-1].low] && (talksHalted(toks, t.j) || talksCalledOff(toks, t.j)) {
		src, tgt = group{mention{}}, group{mention{}}
	}
	if hostOfFailedTalks(toks, t) {
		src, tgt = group{mention{}}, group{mention{}}
	}
	for _, a := range src {
		for _, b := range tgt {
			if a.text != "" && b.text != "" && a.key() == b.key() {
				continue
			}
			if a.text != "" && b.text != "" && a.country != "" && a.country == b.country && a.sector == b.sector && len(tgt) > 1 && (countryLevel(a.kind) || countryLevel(b.kind)) {
				continue // "X and its neighbour Y": not X acting on itself
			}
			// "Xi vowed to fortify the bond between China and the DPRK",
			// "defend the China-DPRK relations": of the parties to a tie,
			// the source's own country is its side, not its target.
			if a.text != "" && b.text != "" && a.country != "" && b.country == a.country && b.sector == "" && countryLevel(b.kind) && otherCountryIn(tgt, a.country) {
				continue
			}
			e := ev
			e.Source, e.Target = []model.EventActor{}, []model.EventActor{}
			if a.text != "" {
				e.Source = []model.EventActor{c.eventActor(a)}
			}
			if b.text != "" {
				e.Target = []model.EventActor{c.eventActor(b)}
			}
			if len(e.Source) == 0 && len(e.Target) == 0 {
				continue
			}
			e.Confidence = conf
			e.Evidence = []model.Evidence{evi}
			c.add(st, &draft{ev: e, srcKey: a.mergeKey(), tgtKey: b.mergeKey(), dateEnd: dateEnd, nominal: t.nominal, atSeat: atSeat, others: othersOfTarget})
			// "China summoned the Japanese ambassador to protest against
			// the release": the complaint is made to the envoy met, by the
			// one who met him; it is an event of its own (an official
			// complaint, CAMEO 11x), not only the meeting's purpose.
			if u := complaintPurpose(toks, t, typ); u != nil && a.text != "" && b.text != "" {
				cc := "114"
				if u.p.Type == "ACCUSE" {
					cc = u.p.CAMEO
				}
				ce := e
				ce.Type, ce.CAMEO = "ACCUSE", cc
				if x, ok := c.cameo.Lookup(cc); ok {
					ce.Goldstein, ce.QuadClass, ce.Mode, ce.Context = x.Goldstein, x.QuadClass, x.Mode, x.Context
				}
				cevi := evi
				cevi.Trigger, cevi.Rule = text[toks[t.i].start:toks[t.j-1].end]+" ... "+text[toks[u.i].start:toks[u.j-1].end], u.p.Rule
				ce.Evidence = []model.Evidence{cevi}
				c.add(st, &draft{ev: ce, srcKey: a.mergeKey(), tgtKey: b.mergeKey(), dateEnd: dateEnd})
			} else {
				// "summoned the Russian ambassador over the detention"
				// (protestsummons.go).
				c.addSummonsProtest(st, e, evi, text, toks, t, typ, a, b, dateEnd)
			}
			// "Israel said a mortar bomb was fired at it from Gaza",
			// "Ukraine said Russian drones struck its power grid": a side
			// telling that it was attacked by another accuses that other
			// of the attack (CAMEO 112) as well as reporting it.
			if r, ok := victimSpeaker(toks, t, typ, polarity, modality, conf, reporter, reportAt, a, b); ok {
				ae := e
				ae.Type, ae.CAMEO = "ACCUSE", "112"
				if x, ok := c.cameo.Lookup("112"); ok {
					ae.Goldstein, ae.QuadClass, ae.Mode, ae.Context = x.Goldstein, x.QuadClass, x.Mode, x.Context
				}
				ae.Source, ae.Target = []model.EventActor{c.eventActor(r)}, []model.EventActor{c.eventActor(a)}
				aevi := evi
				aevi.Trigger = text[toks[reportAt].start:toks[reportAt].end] + " ... " + trigText
				ae.Evidence = []model.Evidence{aevi}
				c.add(st, &draft{ev: ae, srcKey: r.mergeKey(), tgtKey: a.mergeKey(), dateEnd: dateEnd})
			}
		}
	}
	if brokered {
		for _, b := range broker {
			c.addMediation(st, ev, b, brokeredFor, evi, text[toks[min(brokerFrom, b.i)].start:toks[b.j-1].end], conf, dateEnd)
		}
	}
	// "Talks between Serbia and Kosovo failed to produce a deal": the
	// talks took place, the agreement did not.
	if t.nominal && typ == "CONSULT" && polarity == "asserted" && failedAgreement(toks, t.j) {
		c.addFailedAgreement(st, ev, brokeredParties(src, tgt), evi, conf, dateEnd)
	}
	if len(src) > 0 && src[0].text != "" {
		m := src[0]
		st.lastActor = &m
	}
}

// victimSpeaker finds the speaker of a report who is the victim of the
// attack reported: the sentence's reporter names an actor of target b's
// country, and source a is of another country. The attack must be a
// main-clause verb told as actual and asserted; an attack the speaker's
// own side made ("said it struck rebel positions") or one between others
// ("Britain said Russia attacked Ukraine") is a report, not a complaint.
func victimSpeaker(toks []tok, t *trigger, typ, polarity, modality string, conf float64, reporter *group, reportAt int, a, b mention) (mention, bool) {
	if typ != "ASSAULT" || t.nominal || polarity != "asserted" || modality != "actual" || conf < 0.5 || reporter == nil || reportAt < 0 || reportAt == t.i {
		return mention{}, false
	}
	if !reportWords[toks[reportAt].low] || toks[reportAt].low == "according" {
		return mention{}, false
	}
	if a.text == "" || b.text == "" || a.country == "" || b.country == "" || a.country == b.country || !hasReal(group{a}) {
		return mention{}, false
	}
	// "Israeli tanks fired on houses in Jericho, witnesses said": people
	// who saw an act tell what happened; they speak for no side, and
	// their account charges no one, whatever place they are in.
	if eyewitnessSpeaker(toks, reportAt) {
		return mention{}, false
	}
	for _, r := range *reporter {
		// "... killed 14 people in a cattle raid, police said": the
		// police are the routine source of a crime's facts, their
		// report an account of it, not their side's charge against
		// the attacker's.
		if r.sector == kb.SectorPolice {
			continue
		}
		// "Russia attacked Kharkiv with drones overnight, Ukrainian
		// officials said": unnamed officials are the wire's routine
		// source for what happened, as the police are for a crime; their
		// account charges no one. A state, a ministry or an office holder
		// telling it ("Ukraine said", "Ukraine's defence ministry said")
		// speaks for its side and still accuses.
		if routineOfficials(r) {
			continue
		}
		if r.text != "" && r.country == b.country && hasReal(group{r}) {
			return r, true
		}
	}
	return mention{}, false
}

// eyewitnessWords name people who tell what they saw or lived through,
// not a side: "witnesses said", "residents told Reuters".
var eyewitnessWords = map[string]bool{"witness": true, "witnesses": true, "eyewitness": true, "eyewitnesses": true,
	"resident": true, "residents": true, "villager": true, "villagers": true, "locals": true, "onlookers": true,
	"bystanders": true, "passers-by": true, "survivors": true, "survivor": true}

// eyewitnessSpeaker says whether the speaker of the report verb at
// reportAt is headed by an eyewitness word: the noun phrase right before
// it (", witnesses said", "Residents in the town said") or right after it
// ("said a witness", "said residents").
func eyewitnessSpeaker(toks []tok, reportAt int) bool {
	for k := reportAt - 1; k >= 0 && k >= reportAt-6; k-- {
		l := toks[k].low
		if eyewitnessWords[l] {
			return true
		}
		if isPunct(l) || finiteVerb(toks[k]) || l == "that" {
			break
		}
	}
	for k := reportAt + 1; k < len(toks) && k <= reportAt+3; k++ {
		l := toks[k].low
		if eyewitnessWords[l] {
			return true
		}
		if !(determiners[l] || numeral(toks[k]) || modifierWord(toks[k])) {
			break
		}
	}
	return false
}

// plannedParticiples, after an object noun, say when that thing is
// planned: "the exercises planned for next month", "talks scheduled for
// June", "the vote due on Sunday".
var plannedParticiples = map[string]bool{"planned": true, "scheduled": true, "slated": true, "set": true, "due": true, "expected": true}

// plannedForObject says whether the future date d comes after the trigger
// and is governed by a participle of planning that follows a noun ("the
// exercises planned for next month"): the date of the object, not of the
// trigger's act.
func plannedForObject(toks []tok, t *trigger, d *model.TimeExpr) bool {
	k := -1
	for q := t.j; q < len(toks); q++ {
		if toks[q].start >= d.Start {
			k = q
			break
		}
	}
	if k < 0 {
		return false
	}
	p := k - 1
	if p >= 0 && (toks[p].low == "for" || toks[p].low == "in" || toks[p].low == "on" || toks[p].low == "to") {
		p--
	}
	if p <= t.j || !plannedParticiples[toks[p].low] {
		return false
	}
	return nounBefore(toks, p)
}

// nounBefore says whether the word before token k ends a noun phrase: a
// common noun, or a plural the tagger read as a verb ("drills/VBZ
// planned").
func nounBefore(toks []tok, k int) bool {
	if k < 1 {
		return false
	}
	prev := toks[k-1]
	switch prev.pos {
	case "NN", "NNS":
		return true
	case "VBZ":
		// Only ever asked before a participle of planning: "exercises
		// planned" is no finite verb followed by its participle.
		return strings.HasSuffix(prev.low, "s")
	case "":
		return !isPunct(prev.text) && !verbLike(prev)
	}
	return false
}

// setOffSubordinators open an adverbial clause: ", as such drills are
// criticised", ", because talks failed".
var setOffSubordinators = map[string]bool{"as": true, "because": true, "while": true, "although": true, "though": true, "whereas": true, "since": true}

// setOffClauseStart returns the byte offset where an adverbial clause set
// off by a comma and holding the trigger begins (", as such activities are
// routinely criticized"), or -1 when the trigger is in none.
func setOffClauseStart(toks []tok, t *trigger) int {
	for k := t.i - 1; k >= 1; k-- {
		l := toks[k].low
		if l == "," || l == ";" || l == ":" {
			return -1
		}
		if setOffSubordinators[l] && toks[k-1].low == "," {
			return toks[k].start
		}
	}
	return -1
}

// pluralRole says whether m is a role named by a plural noun ("hostile
// forces", "officials"): no antecedent for "he" or "she".
func pluralRole(m mention) bool {
	if m.kind != "role" {
		return false
	}
	f := strings.Fields(strings.ToLower(m.text))
	if len(f) == 0 {
		return false
	}
	w := f[len(f)-1]
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us")
}

// otherCountryIn says whether a member of g is of a country other than cc.
func otherCountryIn(g group, cc string) bool {
	return slices.ContainsFunc(g, func(m mention) bool { return m.country != "" && m.country != cc })
}

// inProtest says whether the protest noun t is the bare "in protest" of
// a manner adjunct ("shut their shops in protest"), not a place ("in the
// protests", "in protests across the country").
func inProtest(toks []tok, t *trigger) bool {
	return t.p.Type == "PROTEST" && t.p.Words[0] == "protest" && t.j-t.i == 1 && t.i > 0 && toks[t.i-1].low == "in" && toks[t.i].low == "protest"
}

// topicOf says whether the actor m after the event t is what the event
// is about rather than a party to it: the nearest linking word before m
// is a form of "discuss" ("met to discuss Iran", "discussed Iran") or a
// preposition of topic ("talks on Syria", "met over the crisis in Sudan",
// "a meeting about Iran"). "met with Iran on Monday" names a party: the
// nearest linking word before Iran is "with".
func topicOf(toks []tok, t *trigger, m mention) bool {
	if m.i < t.j || m.i > len(toks) {
		return false
	}
	for k := m.i - 1; k >= t.i; k-- {
		l := toks[k].low
		if strings.HasPrefix(l, "discuss") || l == "about" || topicPreps[l] {
			return true
		}
		// "discussed a plan to assassinate Lula": an actor of an
		// infinitive inside what is talked over is part of the topic.
		if k > t.j && k > 0 && toks[k-1].low == "to" && toks[k].pos == "VB" && t.p.Recip && t.p.Prep == "with" {
			return true
		}
		// "discussed the threat from North Korea": "from" right after a
		// common noun tells where the topic comes from, part of the topic
		// still; "met with officials from Iran" is stopped by "with".
		// A place the topic is in ("a summit on the unrest in Iran") is
		// left to name the country concerned, as the PETRARCH coding
		// convention does.
		if l == "from" && k > t.j && commonNoun(toks[k-1]) {
			continue
		}
		// "discussed the risks posed by Iran"
		if l == "by" && k > t.j+1 && toks[k-1].low == "posed" && commonNoun(toks[k-2]) || l == "posed" && k+1 < len(toks) && toks[k+1].low == "by" {
			continue
		}
		if isPunct(toks[k].text) && l != "'s" && l != "'" || objPreps[l] || locPreps[l] || l == "to" || l == "and" || l == "with" || verbLike(toks[k]) {
			return false
		}
	}
	return false
}

// crowdProtest says whether people who gathered (t) did so in protest:
// protesters gathered, they gathered "to protest" or "in protest", or
// outside an embassy or a seat of government ("outside the parliament",
// "in front of the interior ministry") unless another purpose is given
// ("to celebrate", "to pay tribute"). A place alone ("gathered in
// Rome") or a purpose of another kind ("for the funeral", "for talks")
// is no protest.
func crowdProtest(toks []tok, t *trigger, src group) bool {
	// "gathered evidence", "assembled a coalition": a verb with an object
	// gathers things, not people.
	if !t.passive && directObject(toks, t.j) {
		return false
	}
	if len(src) > 0 && src[0].sector == kb.SectorProtester {
		return true
	}
	place := false
	for k := t.j; k < len(toks) && k < t.j+16; k++ {
		l := toks[k].low
		if l == ";" || l == "but" || l == "which" || l == "who" || l == "while" || l == "after" || l == "as" || reportWords[l] {
			break
		}
		next := wordAt(toks, k+1)
		switch {
		case l == "in" && (next == "protest" || next == "defiance"), l == "to" && crowdPurpose[next]:
			return true
		case l == "for" && protestNounAfter(toks, k+1):
			// "gathered in Nairobi for a rally against tax increases",
			// "converged on Lagos for a mass protest".
			return true
		case l == "to" && otherPurpose[next], l == "for" || l == "awaiting" || l == "mourning":
			return false
		case l == "outside" || l == "in" && next == "front" || l == "at" && next == "the" && wordAt(toks, k+2) == "gates":
			for q := k + 1; q < len(toks) && q < k+7; q++ {
				if isPunct(toks[q].text) {
					break
				}
				if seatWords[toks[q].low] {
					place = true
					break
				}
			}
		}
	}
	return place
}

// protestNounAfter says whether a protest noun ("rally", "protest",
// "demonstration", "march", "sit-in") heads the phrase at k, after up to
// three determiners or modifiers ("a mass rally", "the planned march").
func protestNounAfter(toks []tok, k int) bool {
	for q := k; q < len(toks) && q < k+4; q++ {
		l := toks[q].low
		switch l {
		case "rally", "rallies", "protest", "protests", "demonstration", "demonstrations", "march", "marches", "sit-in", "sit-ins":
			return true
		}
		// "a mass rally", "a peace march": a noun may modify it too.
		if !(determiners[l] || modifierWord(toks[q]) || toks[q].pos == "NN") || isCap(toks[q].text) && q > k {
			return false
		}
	}
	return false
}

// crowdPurpose are the verbs after "to" that make a gathering a protest.
var crowdPurpose = map[string]bool{"protest": true, "demonstrate": true, "rally": true, "march": true, "denounce": true}

// otherPurpose are the verbs after "to" that give a crowd another reason
// to be there.
var otherPurpose = map[string]bool{"celebrate": true, "mourn": true, "pay": true, "watch": true, "welcome": true, "greet": true,
	"await": true, "pray": true, "hear": true, "see": true, "vote": true, "remember": true, "honour": true, "honor": true, "commemorate": true}

// seatWords name embassies and seats of government, outside which a crowd
// gathers to be heard by those inside.
var seatWords = map[string]bool{"embassy": true, "embassies": true, "consulate": true, "parliament": true, "legislature": true,
	"ministry": true, "palace": true, "kremlin": true, "capitol": true, "senate": true, "congress": true, "headquarters": true,
	"offices": true, "residence": true, "commission": true, "mission": true, "assembly": true, "city hall": true, "hall": true}

// streetProtest are the protest nouns that name people in the street.
var streetProtest = map[string]bool{"protest": true, "demonstration": true, "sit-in": true, "rally": true, "riot": true}

// complaintPurpose finds the complaint a meeting is called for: a "to
// protest", "to complain", "to lodge a protest" clause absorbed by a verbal
// CONSULT event ("summoned the ambassador to protest"). Other events keep
// their purpose as the purpose only: people who "marched to protest"
// complain to no one they met.
func complaintPurpose(toks []tok, t *trigger, typ string) *trigger {
	if t.nominal || typ != "CONSULT" || t.p.Type != "CONSULT" {
		return nil
	}
	for _, u := range t.absorbed {
		if u.nominal || u.i == 0 || toks[u.i-1].low != "to" {
			continue
		}
		if u.p.Type == "ACCUSE" || u.p.Words[0] == "protest" {
			return u
		}
	}
	return nil
}

// walkoutWords, right before a strike noun, name a walkout and never an air
// strike: "a general strike", "a nationwide strike", "a labour strike".
var walkoutWords = map[string]bool{"general": true, "nationwide": true, "labour": true, "labor": true}

// walkoutStrike says whether the strike noun at t is named a walkout by
// the word before it, past a span of time ("a 24-hour general strike",
// "a two-day nationwide strike").
func walkoutStrike(toks []tok, t *trigger) bool {
	return t.nominal && t.i > 0 && walkoutWords[toks[t.i-1].low]
}

// harmVerbs are what an air strike does and a walkout does not.
var harmVerbs = map[string]bool{"killed": true, "kill": true, "kills": true, "wounded": true, "injured": true, "destroyed": true,
	"damaged": true, "flattened": true, "levelled": true, "leveled": true}

// strikeHarms says whether the strikes ending before token j kill, wound
// or destroy ("Israeli strikes killed dozens"): air strikes.
func strikeHarms(toks []tok, j int) bool {
	for j < len(toks) && (adverbs[toks[j].low] || dayWords[toks[j].low] || toks[j].low == "have" || toks[j].low == "had") {
		j++
	}
	return j < len(toks) && harmVerbs[toks[j].low]
}

// attackedPlace gives the country of the place a violent verb's subject
// names as struck or fought in ("Israel's strikes on Gaza killed dozens",
// "the offensive in Kharkiv wounded 20"): the victims are of that place,
// not of the attacker. "" when the subject names none, or only the
// source's own country.
func attackedPlace(toks []tok, ms []mention, t *trigger, src group) string {
	if t.nominal || t.p.Type != "ASSAULT" || len(src) == 0 {
		return ""
	}
	for mi := len(ms) - 1; mi >= 0; mi-- {
		m := ms[mi]
		if m.j > t.i {
			continue
		}
		if m.j < src[0].i || commaBetween(toks, m.j-1, t.i) {
			break
		}
		if p := prepBefore(toks, m.i); (p == "on" || p == "in") && (countryLevel(m.kind) || m.kind == kb.TypePlace) && m.country != "" && m.country != src[0].country {
			return m.country
		}
	}
	return ""
}

// attackedSide returns the country of the side a participial adjunct's
// victims belong to: "Azerbaijani forces shelled Armenian army positions,
// killing three soldiers" kills Armenian soldiers, the attacked side's,
// never the attacker's. It is the country of the last actor of another
// country than the attacker's between the attacker and the comma before
// the participle, named as the main clause's object (no preposition
// before it) or after "on", "at" or "against", looking past a place it
// lies in or near; "with" or "from" name helpers and origins, no
// attacked side.
func attackedSide(toks []tok, ms []mention, t *trigger, src group) string {
	if t.nominal || t.p.Type != "ASSAULT" || len(src) == 0 || t.i < 2 || toks[t.i-1].low != "," || !strings.HasSuffix(toks[t.i].low, "ing") {
		return ""
	}
	for mi := len(ms) - 1; mi >= 0; mi-- {
		m := ms[mi]
		if m.j > t.i-1 {
			continue
		}
		if m.i < src[0].j {
			break
		}
		if m.country == "" || m.borrowed || m.country == src[0].country || sameGroup(group{m}, src) {
			continue
		}
		switch prepBefore(toks, m.i) {
		case "", "on", "at", "against":
			return m.country
		case "of":
			// "shelled the city of Kharkiv": the place named after its
			// kind is the object itself; so is the object of a gerund
			// after "of" ("accused Russia of shelling Kharkiv").
			if (m.kind == kb.TypePlace || countryLevel(m.kind)) && m.i >= 2 && (placeKindNouns[toks[m.i-2].low] && toks[m.i-1].low == "of" || gerund(toks[m.i-1]) && toks[m.i-2].low == "of") {
				return m.country
			}
		case "near", "in", "outside":
			// "shelled Ukrainian positions near Bakhmut": where the
			// object lies, not yet the object.
			if m.kind == kb.TypePlace || countryLevel(m.kind) {
				continue
			}
		}
		return ""
	}
	return ""
}

// thingObject says whether the direct object after token j is a thing
// named by a common noun with no actor in it or before it ("the plan", "a
// new policy", "the decision to close the border"): a definite or
// indefinite article, then words up to the end of the phrase (a
// preposition, a punctuation mark, "to" or "that"), none of them in a
// mention. A possessive pronoun ("its plan") points to an owner and is not
// such a thing.
func thingObject(toks []tok, ms []mention, j int) bool {
	if j >= len(toks) {
		return false
	}
	switch toks[j].low {
	case "the", "a", "an", "this", "that", "these", "those":
	default:
		return false
	}
	n := 0
	for k := j + 1; k < len(toks); k++ {
		l := toks[k].low
		if isPunct(toks[k].text) || objPreps[l] || locPreps[l] || l == "of" || l == "that" || l == "and" || l == "over" || l == "as" || l == "which" {
			break
		}
		if overlapsAny(ms, k) {
			return false
		}
		n++
	}
	return n > 0
}

// unknownPerson returns the direct object starting at token j when it
// names people the article does not identify ("the man", "a 23-year-old
// woman", "two teenagers", "the suspect"): a role of the civilian sector
// with no country yet, the noun phrase without its determiner as its text.
// A person whose relative is meant ("the man's brother") or who is the
// first of a compound ("the man accused of") is left alone: only a head
// noun at the end of its phrase counts. It returns nil otherwise.
func unknownPerson(toks []tok, ms []mention, j int) *mention {
	first := -1
	for k := j; k < len(toks) && k < j+5; k++ {
		l := toks[k].low
		if overlapsAny(ms, k) {
			return nil
		}
		// "The army freed three foreign engineers": people a word calls
		// outsiders are no civilians of the country where they are
		// acted on, and the article names no country of theirs.
		if outsiderPeopleWords[l] {
			return nil
		}
		if personNouns[l] || tradeNouns[l] {
			if k+1 < len(toks) {
				n := toks[k+1]
				if n.low == "'s" || n.low == "'" || headNoun(n) && !isPunct(n.text) && !objPreps[n.low] && !locPreps[n.low] && n.pos != "" {
					return nil
				}
			}
			if first < 0 {
				first = k
			}
			return &mention{i: k, j: k + 1, text: spanText(toks, first, k+1), sector: kb.SectorCivilian, kind: "role"}
		}
		switch {
		case k == j && (determiners[l] || l == "another"):
			continue
		case numeral(toks[k]) || strings.Contains(l, "-year-old") || toks[k].pos == "JJ" && !isCap(toks[k].text):
			if first < 0 {
				first = k
			}
			continue
		}
		return nil
	}
	return nil
}

// participleAfterObject returns the index of the participle that opens a
// reduced relative clause right after a direct object starting at token
// j that names no actor ("a blogger accusing the governor", "two men
// suspected of ..."): a determiner or number, at most three lower-case
// modifiers and a common noun head, then a word in -ing or a charge
// participle ("accused of"). It returns -1 otherwise.
func participleAfterObject(toks []tok, ms []mention, j int) int {
	if j >= len(toks) || !(determiners[toks[j].low] || toks[j].low == "another" || numeral(toks[j])) {
		return -1
	}
	for k := j + 1; k < len(toks) && k <= j+4; k++ {
		t := toks[k]
		if overlapsAny(ms, k) || isCap(t.text) || isPunct(t.text) || objPreps[t.low] || locPreps[t.low] || t.low == "of" || t.low == "and" || t.low == "or" {
			return -1
		}
		if k == j+1 || !strings.HasPrefix(toks[k-1].pos, "NN") {
			continue
		}
		// "turned back a boat carrying 80 migrants": what a vessel
		// carries is what the act is done to.
		if carryingWords[t.low] {
			return -1
		}
		if strings.HasSuffix(t.low, "ing") && t.pos == "VBG" || chargedPhraseAt(toks, k) {
			return k
		}
	}
	return -1
}

// participleAfterGroup says whether the last mention of g is followed
// right away by a participle in -ing that opens a reduced relative clause
// on it ("students demanding the resignation", "protesters calling for").
// What a carrier carries is what an act on it concerns, so "a boat
// carrying migrants" is left out.
func participleAfterGroup(toks []tok, g group) bool {
	if len(g) == 0 {
		return false
	}
	j := g[len(g)-1].j
	if j <= 0 || j >= len(toks) {
		return false
	}
	t := toks[j]
	return t.pos == "VBG" && strings.HasSuffix(t.low, "ing") && !carryingWords[t.low]
}

// carryingWords are participles of carrying: the things or people carried
// are what an act on the carrier concerns.
var carryingWords = map[string]bool{"carrying": true, "transporting": true, "ferrying": true}

// personNouns are words for people that name no office, trade or side:
// a person acted on by them is otherwise unknown.
var personNouns = map[string]bool{"man": true, "men": true, "woman": true, "women": true, "boy": true, "boys": true,
	"girl": true, "girls": true, "teenager": true, "teenagers": true, "youth": true, "youths": true, "person": true,
	"persons": true, "individual": true, "individuals": true, "suspect": true, "suspects": true, "couple": true}

// tradeNouns are trades and professions the knowledge base gives no
// sector (an engineer, an accountant): one of them acted on ("police
// arrested an engineer who had inspected the bridge") is a person the
// article does not identify, as "a man" is, not the country. They are
// read only as a verb's object here: as role words everywhere they would
// change who is seized (see seizedPeopleNouns) and whom a later "the
// engineers" stands for.
var tradeNouns = map[string]bool{"engineer": true, "engineers": true, "architect": true, "architects": true,
	"accountant": true, "accountants": true, "mechanic": true, "mechanics": true, "electrician": true,
	"electricians": true, "technician": true, "technicians": true}

// forceSectors are the sectors of armed forces a state or a group moves:
// its army, police and fighters.
var forceSectors = map[string]bool{kb.SectorMilitary: true, kb.SectorPolice: true, kb.SectorRebel: true}

// forceObject returns the index of the mention of armed forces that is
// the direct object starting at token k ("deployed paramilitary forces",
// "mobilized 5,000 reserve troops"), past determiners, numbers and
// lower-case modifiers, when they are of no country or of a country of src: the
// source's own forces. It returns -1 otherwise.
func forceObject(toks []tok, ms []mention, k int, src group) int {
	for q := k; q < len(toks) && q < k+4; q++ {
		for mi, m := range ms {
			if m.i != q {
				continue
			}
			if m.kind == "role" && forceSectors[m.sector] && (m.country == "" || m.borrowed || slices.ContainsFunc(src, func(s mention) bool { return s.country == m.country })) {
				return mi
			}
			return -1
		}
		l := toks[q].low
		// Modifiers of the forces' noun, whatever the tagger made of them
		// ("reserve/VB troops"): lower-case words, no preposition or
		// conjunction.
		modifier := !isCap(toks[q].text) && !isPunct(l) && !locPreps[l] && !objPreps[l] && !rightStop[l] && !leftStop[l] && l != "and" && l != "or" && l != "from"
		if !(determiners[l] || quantityWord(l) || isNumber(l) || modifier) {
			return -1
		}
	}
	return -1
}

// infinitiveBetween says whether "to" and a bare verb stand between
// tokens i and j.
func infinitiveBetween(toks []tok, i, j int) bool {
	for q := max(i, 0); q+1 < j && q+1 < len(toks); q++ {
		if toks[q].low == "to" && toks[q+1].pos == "VB" {
			return true
		}
	}
	return false
}

// trailingReportAntecedent returns the mention a "he" or "she" at ms[mi]
// stands for when its sentence names its speaker only after the clause
// ("The party expelled Nyoro after he criticised the budget, Omar said"):
// the reported clause is told as narration, so a person it names before
// the pronoun is its nearer antecedent, not the speaker named later. It
// returns -1 when the speaker comes first or no earlier person fits.
func trailingReportAntecedent(toks []tok, ms []mention, mi int, reporter *group) int {
	m := ms[mi]
	switch m.text {
	case "he", "He", "she", "She":
	default:
		return -1
	}
	if reporter == nil || len(*reporter) == 0 || (*reporter)[0].i <= m.i {
		return -1
	}
	for q := mi - 1; q >= 0; q-- {
		a := ms[q]
		// Only a named person: a role before the pronoun may be a body's
		// ("the party's executive committee") as easily as an office
		// holder's, and then the speaker stays the better reading.
		if !usable(a) || a.kind != "person" && a.kind != "name" || toldAddressee(toks, a) {
			continue
		}
		return q
	}
	return -1
}

// pronounMismatch says whether the pronoun can not stand for a: "he" or
// "she" for a body, a country or a plural role, "it" for a person.
func pronounMismatch(pronoun string, a mention) bool {
	switch strings.ToLower(pronoun) {
	case "he", "she":
		return !a.officeHolder && (a.kind != "person" && a.kind != "name" && a.kind != "role" || pluralRole(a))
	case "it":
		return a.kind == "person" || a.kind == "name"
	}
	return false
}

// quotedOther says whether third-person pronoun m lies inside a direct
// quotation that speaker r, named outside it, is quoted as saying: an odd
// number of quotation marks stands before m and an even number before r.
func quotedOther(toks []tok, m, r mention) bool {
	switch strings.ToLower(m.text) {
	case "he", "she", "it", "they":
	default:
		return false
	}
	if m.i < 0 || m.i > len(toks) || r.i < 0 || r.i > len(toks) {
		return false
	}
	marks := func(end int) int {
		n := 0
		for _, t := range toks[:end] {
			if t.low == "\"" || t.low == "\u201c" || t.low == "\u201d" {
				n++
			}
		}
		return n
	}
	return marks(m.i)%2 == 1 && marks(r.i)%2 == 0
}

// pronounDisagrees says whether the subject of the verb at i, after the
// report's floor, is a personal pronoun that cannot stand for the
// speaker g: "he" or "she" for a group or body ("Prosecutors said he
// discussed a plan"), "they" for one person. The speaker is then not the
// one who acts.
func (c *Coder) pronounDisagrees(toks []tok, i, floor int, g group) bool {
	for q := i - 1; q >= floor && q >= i-3; q-- {
		switch toks[q].low {
		case "he", "she":
			return !c.allPersons(toks, g)
		case "they":
			return c.allPersons(toks, g)
		}
		if l := toks[q].low; !adverbs[l] && !modalWords[l] && !auxWords[l] && !beForms[l] && l != "not" && l != "never" && l != "did" && l != "does" {
			return false
		}
	}
	return false
}

// newClauseGap says whether the gap between a frame verb and a later
// trigger holds ", and" or ", but" with no "to" or "that" after it:
// "had asked for $3.2 billion, and aid agencies warned" joins a new
// clause with a subject of its own, whose verb is no part of the frame's
// complement; "agreed to cut tariffs, and to meet again" keeps its second
// complement.
func newClauseGap(gap []tok) bool {
	for k := 0; k+1 < len(gap); k++ {
		if gap[k].low != "," || gap[k+1].low != "and" && gap[k+1].low != "but" {
			continue
		}
		rest := gap[k+2:]
		if len(rest) == 0 {
			return false
		}
		for _, g := range rest {
			if g.low == "to" || g.low == "that" {
				return false
			}
		}
		return true
	}
	return false
}

// adverbialOpeners open an adverbial clause of time, cause or contrast
// whose event is told as having happened. "before" and "until" are left
// out: "must agree to changes before they demobilize" tells an act not
// yet done, a condition of the frame's, no event of its own.
var adverbialOpeners = map[string]bool{"after": true, "when": true, "because": true, "while": true, "since": true,
	"although": true, "though": true, "whereas": true, "as": true}

// adverbialClauseGap says whether the gap between a frame verb and a later
// trigger holds the opener of an adverbial clause that is not fronted
// inside a "that" complement. "as" counts only as a clause opener, not in
// "as much as", "as part of" or "such as".
func adverbialClauseGap(gap []tok) bool {
	for k, g := range gap {
		if !adverbialOpeners[g.low] {
			continue
		}
		if k > 0 && (gap[k-1].low == "that" || gap[k-1].low == "," && k > 1 && gap[k-2].low == "that") {
			continue
		}
		if g.low == "as" {
			if k > 0 && (gap[k-1].low == "as" || gap[k-1].low == "such" || gap[k-1].low == "so") {
				continue
			}
			if k+1 < len(gap) {
				switch gap[k+1].low {
				case "much", "many", "well", "part", "soon", "long", "little", "few", "far", "a", "an", "the", "such", "if", "of", "to":
					// "as a gesture", "to serve as the mediator": a role or
					// an amount, no clause.
					continue
				}
			}
		}
		return true
	}
	return false
}

// pronounModalClause says whether the words gap open a clause on a
// subject pronoun and a modal and nothing else ("it will", "they would"):
// a complement clause without "that" ("warned it will retaliate"). A
// negation ("it would not") is no act announced.
func pronounModalClause(gap []tok) bool {
	return len(gap) == 2 && pronouns[gap[0].low] && (gap[1].low == "will" || gap[1].low == "would" || gap[1].low == "'ll" || gap[1].low == "shall")
}

// modalWords may stand between a subject and its verb.
var modalWords = map[string]bool{"will": true, "would": true, "could": true, "can": true, "may": true, "might": true,
	"must": true, "should": true, "shall": true}

// requestedBy says whether m names who asked for the act: "at the request
// of the government", "at Benin's request", "at the invitation of Kyiv",
// "at the behest of Moscow".
func requestedBy(toks []tok, m mention) bool {
	if m.i < 0 || m.j > len(toks) {
		return false
	}
	k := m.i - 1
	for k >= 0 && determiners[toks[k].low] {
		k--
	}
	if k >= 3 && toks[k].low == "of" && requestNouns[toks[k-1].low] && toks[k-2].low == "the" && atOn(toks[k-3].low) {
		return true
	}
	if m.j+1 < len(toks) && (toks[m.j].low == "'s" || toks[m.j].low == "'") && requestNouns[toks[m.j+1].low] {
		return k >= 0 && atOn(toks[k].low)
	}
	return false
}

// requestNouns name a request that an act answers ("at the request of").
var requestNouns = map[string]bool{"request": true, "invitation": true, "behest": true, "urging": true, "instigation": true, "initiative": true}

func atOn(w string) bool { return w == "at" || w == "on" || w == "upon" }

// observerSectors are the sectors of those who investigate or report
// what others do: their account of talks makes them no party to them.
var observerSectors = map[string]bool{kb.SectorJudiciary: true, kb.SectorPolice: true, kb.SectorMedia: true}

// commandVerbs give orders: their object is whom the order is given to.
var commandVerbs = map[string]bool{"order": true, "instruct": true, "command": true, "direct": true}

// platformNouns are weapons that carry their crews, ordered about as
// forces are ("ordered fighter jets to patrol").
var platformNouns = map[string]bool{"jets": true, "warplanes": true, "aircraft": true, "warships": true,
	"drones": true, "helicopters": true, "gunships": true, "bombers": true, "gunboats": true, "submarines": true, "tanks": true}

// platformObject returns the token of a platform noun heading the direct
// object from token k up to the complement at end, past determiners,
// numbers and lower-case modifiers ("ordered two fighter jets to
// patrol"), or -1.
func platformObject(toks []tok, k, end int) int {
	for q := k; q < len(toks) && q < end && q < k+4; q++ {
		l := toks[q].low
		if platformNouns[l] {
			return q
		}
		if isCap(toks[q].text) || isPunct(l) || locPreps[l] || objPreps[l] || rightStop[l] || leftStop[l] {
			return -1
		}
	}
	return -1
}

// domesticObject says whether a direct object is a bare role ("the
// government", "protesters") acted on by an institution of a country other
// than its government (a court, the police, the army, parliament), which
// acts within its country. A government's or a country's object may be
// another country's people.
func domesticObject(o mention, src group) bool {
	if o.kind != "role" || o.country != "" || o.sector == "" || len(src) != 1 || src[0].country == "" {
		return false
	}
	switch src[0].sector {
	case "judiciary", "police", "military", "legislature":
		return true
	}
	return false
}

// inFrontedClause says whether the verb at token i is in a subordinate
// clause that opens the sentence ("After the military seized power in
// July, the AU suspended Niger"): such a clause ends at its comma.
func inFrontedClause(toks []tok, i int) bool {
	for k := i - 1; k >= 0; k-- {
		l := toks[k].low
		if l == "," || leftStop[l] && !subordinators[l] || reportWords[l] {
			return false
		}
		if subordinators[l] && l != "who" && l != "which" && l != "whom" && l != "whose" {
			return k == 0
		}
	}
	return false
}

// inRelative says whether the verb at token i is in a non-restrictive
// relative clause (", which rejected", ", who had earlier said"): "who" or
// "which" after a comma, with no other comma or clause boundary between.
func inRelative(toks []tok, i int) bool {
	for k := i - 1; k >= 1 && k >= i-8; k-- {
		switch l := toks[k].low; {
		case l == "who" || l == "which":
			return toks[k-1].low == ","
		case l == "," || leftStop[l] || rightStop[l] || reportWords[l]:
			return false
		}
	}
	return false
}

// thingPronoun says whether the object right after the trigger is "them"
// or "it" and the nearest noun before the trigger that could be its
// antecedent is a thing, not an actor: a lower-case common noun of the
// pronoun's number outside every mention and no role word ("face the
// same threats, and we will meet them").
func (c *Coder) thingPronoun(toks []tok, ms []mention, t *trigger) bool {
	if t.j >= len(toks) || (toks[t.j].low != "them" && toks[t.j].low != "it") {
		return false
	}
	plural := toks[t.j].low == "them"
	// The trigger's own subject, right before it but for auxiliaries and
	// adverbs ("and their leaders will meet them"), is no antecedent.
	subject := true
	for k := t.i - 1; k >= 0; k-- {
		if mi := slices.IndexFunc(ms, func(m mention) bool { return m.i <= k && k < m.j }); mi >= 0 {
			if ms[mi].kind != "pronoun" && !subject {
				return false // an actor is nearer
			}
			k = ms[mi].i
			subject = false
			continue
		}
		w := toks[k]
		if subject && (w.pos == "MD" || strings.HasPrefix(w.pos, "VB") || strings.HasPrefix(w.pos, "RB")) {
			continue
		}
		subject = false
		if isCap(w.text) || !strings.HasPrefix(w.pos, "NN") {
			continue
		}
		if plural != (w.pos == "NNS") {
			continue
		}
		if c.kb != nil {
			if _, role := c.kb.RoleNorm(kb.Normalize(w.low)); role {
				return false
			}
		}
		return true
	}
	return false
}

// thingBetween says whether a noun phrase that is no actor ("the plan", "a
// new proposal") opens between tokens i and j: a determiner before a
// lower-case word outside every mention.
func thingBetween(toks []tok, ms []mention, i, j int) bool {
	for k := i; k+1 < j; k++ {
		switch toks[k].low {
		case "the", "a", "an", "this", "its", "their":
		default:
			continue
		}
		n := toks[k+1]
		if !isCap(n.text) && !isPunct(n.text) && !overlapsAny(ms, k+1) && (n.pos == "" || strings.HasPrefix(n.pos, "NN") || n.pos == "JJ") {
			return true
		}
	}
	return false
}

// sportsFixture says whether the clause of a trigger tells of a sports
// fixture: a fixture noun ("in a friendly", "a World Cup qualifier", "the
// semifinal"), a competition ("at the Olympics", "the Asian Cup"), a
// sport, or a score ("7-1"). Teams in such text are recognised upstream
// (nlp/sports.go); national sides keep their country's name, so the coder
// looks at the clause itself.
func sportsFixture(toks []tok, t *trigger) bool {
	lo, hi, _ := sportsBounds(toks, t)
	for k, tk := range toks {
		if tk.start < lo || tk.start >= hi {
			continue
		}
		l := tk.low
		switch {
		case fixtureWords[l]:
			return true
		case l == "friendly" || l == "friendlies":
			// The noun: "in a friendly", "a friendly on Sunday", not "a
			// friendly visit".
			if k > 0 && (determiners[toks[k-1].low] || toks[k-1].low == "two") && (k+1 == len(toks) || !strings.HasPrefix(toks[k+1].pos, "NN") && (toks[k+1].pos != "" || isPunct(toks[k+1].text) || objPreps[toks[k+1].low] || locPreps[toks[k+1].low] || timeWords[toks[k+1].low])) {
				return true
			}
		case (tk.text == "Cup" || tk.text == "Olympics" || tk.text == "Olympic") && k > 0:
			return true
		case tk.text == "Arena" && k > 0 && isCap(toks[k-1].text) && !isPunct(toks[k-1].text):
			// "the Wembley Arena", "at Lusail Arena": a named ground; "the
			// political arena" is lower-case.
			return true
		case scoreRE.MatchString(tk.text) && k > 0 && !isPunct(toks[k-1].text):
			return true
		case tk.text == "Test" && k+1 < len(toks) && (toks[k+1].low == "series" || toks[k+1].low == "match"):
			return true // cricket
		case countedFixture(toks, k):
			return true // "a three-Test series", "five Tests", "a T20 series"
		case (l == "match" || l == "game") && k >= 2 && determiners[toks[k-1].low] && (toks[k-2].low == "in" || toks[k-2].low == "for" || toks[k-2].low == "at"):
			return true // "host Germany in a match", not "war games"
		}
	}
	return false
}

// matchVerbs are the first words of the event patterns that, between two
// sides in a sports report, tell of a match.
var matchVerbs = map[string]bool{"host": true, "meet": true, "visit": true, "receive": true, "beat": true}

// fixtureWords name a sports fixture, competition or sport.
var fixtureWords = map[string]bool{"qualifier": true, "qualifiers": true, "semifinal": true, "semifinals": true,
	"semi-final": true, "semi-finals": true, "quarterfinal": true, "quarterfinals": true, "quarter-final": true,
	"quarter-finals": true, "playoff": true, "playoffs": true, "play-off": true, "play-offs": true, "soccer": true,
	"football": true, "cricket": true, "rugby": true, "basketball": true, "volleyball": true, "hockey": true,
	"baseball": true, "handball": true, "tennis": true, "stadium": true, "tournament": true, "scoreline": true,
	"penalties": true, "kickoff": true, "kick-off": true, "innings": true, "wickets": true, "goalless": true,
	"tiebreak": true, "tie-break": true, "tiebreaker": true,
	// Grounds named in the language of their country ("the Stade de
	// France", "Estadio Azteca"): in English news these words are only
	// names of stadiums.
	"stade": true, "stadio": true, "estadio": true, "stadion": true, "stadiums": true}

// scoreRE matches a score: "7-1", "2-2", "3–0".
var scoreRE = regexp.MustCompile(`^[0-9]{1,2}[-–][0-9]{1,2}$`)

// allSides says whether every actor of g may be a team: a country, its
// capital, a place, a bare name or a national team the resolver found — no
// office, force, person or people ("Russian fans").
func allSides(g group) bool {
	for _, m := range g {
		switch {
		case m.sector != "" && m.sector != kb.SectorSports || m.kind == "person" || m.kind == "role" || m.kind == "pronoun" || m.kind == "demonym":
			return false
		}
	}
	return true
}

// players says whether g names actors and every one may be a player or a
// team: a person, a demonym ("the Spaniard") or what allSides takes, with
// no sector but sport.
func players(g group) bool {
	for _, m := range g {
		if m.sector != "" && m.sector != kb.SectorSports || m.kind == "role" {
			return false
		}
	}
	return len(g) > 0
}

// marketDemand says whether a nominal "demand" is a market's: a verb of
// market movement follows it in its clause, within eight words.
func marketDemand(toks []tok, t *trigger) bool {
	if t.head >= len(toks) || toks[t.head].low != "demand" {
		return false
	}
	// "Iran's demand ... grew more urgent": a demand someone owns is asked.
	if t.head > 0 && ownerWords[toks[t.head-1].low] {
		return false
	}
	_, hi := clauseBounds(toks, t)
	for k := t.j; k < len(toks) && k <= t.head+8 && toks[k].start < hi; k++ {
		if marketMoves[toks[k].low] || demandMoves[toks[k].low] {
			return true
		}
	}
	return false
}

// ownerWords own the noun after them.
var ownerWords = map[string]bool{"'s": true, "'": true, "its": true, "their": true, "his": true, "her": true, "our": true, "my": true, "your": true}

// demandMoves are further verbs of a market's demand rising, falling or
// holding, beside marketMoves.
var demandMoves = map[string]bool{"rises": true, "risen": true, "falls": true, "fallen": true,
	"recovered": true, "recovers": true, "slowed": true, "slows": true, "grew": true, "grows": true, "grown": true,
	"weakened": true, "softened": true, "increased": true, "outstripped": true, "outpaced": true, "stalled": true}

// businessOnly says whether g names actors and all are companies.
func businessOnly(g group) bool {
	for _, m := range g {
		if m.sector != kb.SectorBusiness {
			return false
		}
	}
	return len(g) > 0
}

// dealClause says whether the clause of a trigger names a company deal: a
// purchase, takeover, merger or sale.
func dealClause(toks []tok, t *trigger) bool {
	lo, hi := clauseBounds(toks, t)
	for _, tk := range toks {
		if tk.start >= lo && tk.start < hi && dealWords[tk.low] {
			return true
		}
	}
	return false
}

// dealWords name a company deal.
var dealWords = map[string]bool{"acquire": true, "acquires": true, "acquired": true, "acquiring": true,
	"acquisition": true, "buy": true, "buys": true, "bought": true, "buying": true, "buyout": true,
	"purchase": true, "takeover": true, "take-over": true, "merger": true, "merge": true, "merging": true,
	"sell": true, "sale": true, "stake": true}

// teamsOnly says whether g names actors and all are sports teams.
func teamsOnly(g group) bool {
	for _, m := range g {
		if m.sector != kb.SectorSports {
			return false
		}
	}
	return len(g) > 0
}

var clauseLeft = map[string]bool{";": true, ":": true, "as": true, "because": true, "while": true, "but": true, "although": true,
	"when": true, "after": true, "before": true, "that": true, "which": true, "who": true, "whereas": true, "if": true}

// clauseBounds returns the byte range of the clause around a trigger.
func clauseBounds(toks []tok, t *trigger) (int, int) {
	lo, hi := toks[0].start, toks[len(toks)-1].end
	for k := t.i - 1; k >= 0; k-- {
		if clauseLeft[toks[k].low] {
			lo = toks[k].start
			break
		}
	}
	for k := t.j; k < len(toks); k++ {
		if rightStop[toks[k].low] || toks[k].low == "however" {
			hi = toks[k].start
			break
		}
		// "continue to negotiate and could finalize a deal next month":
		// a coordinated verb phrase with its own modal, auxiliary or
		// finite verb is a clause of its own, with its own date.
		if (toks[k].low == "and" || toks[k].low == "or") && newPredicate(toks, k+1) {
			hi = toks[k].start
			break
		}
	}
	return lo, hi
}

// anteriorClause says whether the verb trigger t stands in a clause
// opened by "after" or "following" ("recalled its envoy on Tuesday after a
// guard was shot"): its event came before the clause it hangs on, so that
// clause's date is not its own. A comma between the opener and the trigger
// closes the clause ("After the talks, the army shelled the town").
func anteriorClause(toks []tok, t *trigger) bool {
	if t.nominal {
		return false
	}
	for k := t.i - 1; k >= 0; k-- {
		l := toks[k].low
		switch {
		case l == "after":
			// "two months after", "hours after", "shortly after": a span
			// measured from the main clause's date (see shiftedDate) or
			// too short to leave its day.
			return k == 0 || !nearAfterWords[strings.TrimSuffix(toks[k-1].low, "s")]
		case l == "following":
			return k == 0 || !determiners[toks[k-1].low]
		case l == ",", clauseLeft[l], rightStop[l]:
			return false
		}
	}
	return false
}

// nearAfterWords before "after" measure the "after" clause from the main
// clause's date or keep it on that date: "two months after", "hours
// after", "shortly after", "just after", "soon after".
var nearAfterWords = map[string]bool{"day": true, "week": true, "month": true, "year": true, "decade": true, "hour": true,
	"minute": true, "moment": true, "shortly": true, "soon": true, "just": true, "right": true, "immediately": true}

// ownPredicateStart returns where the date of verb trigger t is looked
// for on its left: a predicate coordinated after another with a date of
// its own ("struck Khost on Sunday and shelled Paktika on Monday") is
// dated by that date, not by the first predicate's, which lies nearer
// but before the "and" that opens it. With no date right of the "and",
// the first predicate's date is shared and lo is kept.
func ownPredicateStart(toks []tok, t *trigger, dates []model.TimeExpr, lo, hi int) int {
	if t.nominal {
		return lo
	}
	k := t.i - 1
	for ; k > 0 && predicateAdverbs[toks[k].low]; k-- {
	}
	if k <= 0 || (toks[k].low != "and" && toks[k].low != "or") || !newPredicate(toks, k+1) || toks[k].start <= lo {
		return lo
	}
	for _, d := range dates {
		if d.Start >= toks[t.i].start && d.Start < hi {
			return toks[k].start
		}
	}
	return lo
}

// coordinationEnd returns the byte offset where a coordinated predicate
// of its own begins after the trigger ("and could finalize"), or -1.
func coordinationEnd(toks []tok, t *trigger) int {
	for k := t.j; k < len(toks); k++ {
		if rightStop[toks[k].low] {
			return -1
		}
		if (toks[k].low == "and" || toks[k].low == "or") && newPredicate(toks, k+1) {
			return toks[k].start
		}
	}
	return -1
}

// speakerActs are past-tense acts of a speaker that a report coordinates
// with its reporting verb: "said ... and urged", "told reporters ... and
// called on".
var speakerActs = map[string]bool{"urged": true, "called": true, "appealed": true, "asked": true, "demanded": true,
	"welcomed": true, "praised": true, "condemned": true, "criticised": true, "criticized": true, "warned": true,
	"added": true, "vowed": true, "pledged": true, "promised": true, "accused": true, "invited": true}

// reportedBefore says whether a reporting verb ("said", "told") opens
// the sentence's clause before token k and a "that" or a bare clause
// follows it: the words up to k are what was reported.
func reportedBefore(toks []tok, k int) bool {
	for j := k - 1; j >= 0; j-- {
		l := toks[j].low
		if l == "." || l == ";" || l == "\"" {
			return false
		}
		if reportWords[l] && l != "according" && l != "quoted" {
			return true
		}
	}
	return false
}

// coordinatedPastVerb says whether the word after "and" at k is a past verb
// coordinated with a finite past verb before it that has an object between
// it and "and": "denied the accusations and promised", "rejected the
// report and pledged". A participle sharing an auxiliary ("had not arrested
// the man and charged him", "was not arrested and charged") or a
// coordinated object ("denied attacking and looting") is no such verb.
func coordinatedPastVerb(toks []tok, k int) bool {
	if k+1 >= len(toks) || k < 2 {
		return false
	}
	next := toks[k+1]
	if !strings.HasSuffix(next.low, "ed") || next.pos != "VBN" && next.pos != "VBD" && next.pos != "JJ" {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		tk := toks[j]
		if isPunct(tk.text) || leftStop[tk.low] || tk.low == "that" || tk.low == "and" || tk.low == "or" {
			return false
		}
		if !strings.HasPrefix(tk.pos, "VB") && tk.pos != "MD" {
			continue
		}
		// the verb before must be finite and past, must not be an auxiliary
		// or follow one, and must have an object before "and".
		if tk.pos != "VBD" || j == k-1 || auxWords[tk.low] || tk.low == "did" {
			return false
		}
		if j > 0 && (auxWords[toks[j-1].low] || modalWords[toks[j-1].low]) {
			return false
		}
		return true
	}
	return false
}

// negatedPassiveBefore says whether a negated passive ends right before
// token k: "was not invited", "were never consulted", "had not been told".
func negatedPassiveBefore(toks []tok, k int) bool {
	if k < 3 {
		return false
	}
	p := toks[k-1]
	if p.pos != "VBN" && !(p.pos == "JJ" || p.pos == "VBD") || !strings.HasSuffix(p.low, "ed") && p.pos != "VBN" {
		return false
	}
	q := k - 2
	if toks[q].low == "been" {
		q--
	}
	if q < 1 || toks[q].low != "not" && toks[q].low != "never" && toks[q].low != "n't" {
		return false
	}
	switch toks[q-1].low {
	case "was", "were", "is", "are", "been", "has", "have", "had":
		return true
	}
	return false
}

// predicateAdverbs may stand between a conjunction and the verb it
// coordinates: "and has already signed", "and then met".
var predicateAdverbs = map[string]bool{"already": true, "also": true, "then": true, "later": true, "now": true,
	"still": true, "since": true, "subsequently": true, "eventually": true, "meanwhile": true}

// predicateOpeners open a verb phrase of their own after a conjunction:
// "and has signed", "and did meet", "and could finalize".
var predicateOpeners = map[string]bool{"has": true, "have": true, "had": true, "is": true, "are": true, "was": true, "were": true,
	"did": true, "does": true, "do": true, "could": true, "can": true, "may": true, "might": true, "will": true,
	"would": true, "shall": true, "should": true, "must": true, "'ll": true, "wo": true, "ca": true}

// newPredicate says whether the words from token k, after "and" or "but",
// open a predicate of their own, which carries its own tense, modality
// and negation: a modal or an auxiliary, or a finite verb, possibly after
// an adverb ("and has already sent", "and could finalize", "but met").
// A bare verb ("could finalize a deal and sign it") shares the modal
// before the conjunction, and a name ("met Japan and South Korea") is
// a coordinated object.
func newPredicate(toks []tok, k int) bool {
	for ; k < len(toks) && predicateAdverbs[toks[k].low]; k++ {
	}
	if k >= len(toks) || isCap(toks[k].text) {
		return false
	}
	return predicateOpeners[toks[k].low] || toks[k].pos == "VBD" || toks[k].pos == "VBZ"
}

var subordinators = map[string]bool{"who": true, "whom": true, "whose": true, "which": true, "when": true, "where": true,
	"after": true, "before": true, "because": true, "while": true, "although": true, "though": true, "if": true,
	"unless": true, "as": true, "whereas": true, "until": true, "since": true, "once": true, "whether": true}

// background says whether a trigger sits in a subordinate clause, a
// participial adjunct, or a clause a noun or a purpose embeds (see
// embeddedClause).
func background(toks []tok, t *trigger) bool {
	if subjectParticiple(toks, t) || embeddedClause(toks, t) {
		return true
	}
	if t.i > 0 && toks[t.i-1].low == "," && strings.HasSuffix(toks[t.i].low, "ing") && !t.nominal {
		return true
	}
	// Inside a participial adjunct: ", saying he must resign", ", killing
	// one and arresting 12".
	for k := t.i - 1; k >= 1 && k >= t.i-8; k-- {
		l := toks[k].low
		if l == ";" || l == ":" || l == "\"" || l == "(" {
			break
		}
		if toks[k-1].low == "," && strings.HasSuffix(l, "ing") && (toks[k].pos == "" || toks[k].pos == "VBG") {
			// "postponed the election, sparking protests in Dakar": the
			// protest a result participle names as its object happened,
			// by people other than the subject; it is reported, not
			// referred to. ("raided the mosque, sparking clashes" retells
			// the raid.)
			if t.nominal && t.p.Type == "PROTEST" && resultParticiples[l] && t.i-k <= 3 {
				return false
			}
			return true
		}
	}
	// "a helicopter that was captured": a relative clause.
	if t.passive && t.i >= 2 && (toks[t.i-2].low == "that" || t.i >= 3 && toks[t.i-3].low == "that") {
		return true
	}
	if addressedGathering(toks, t) {
		return true
	}
	// A nominal event inside a prepositional phrase ("in retaliation for an
	// air raid", "following the invasions", "over two air raids") is a
	// reference to another event, not the one reported. Not the clash
	// people were hurt in ("were hurt during clashes with police"): the
	// harm the sentence reports is the clash's own (harmedInCombat).
	if t.nominal && harmedInCombat(toks, t) < 0 {
		// Six words back: "in Ethiopian - Eritrean border talks".
		for k := t.i - 1; k >= 0 && k >= t.i-6; k-- {
			l := toks[k].low
			// "claimed responsibility for the bombing": the claim
			// reports the attack as its claimant's own act.
			if claimVerb(toks, k) >= 0 {
				break
			}
			if l == "for" && answeredAct(toks, t) {
				break
			}
			// "froze the assets in line with EU sanctions", "under UN
			// sanctions", "as part of the deal": a measure an act
			// follows is its framework, told as a reference.
			if referenceFrame(toks, k) {
				return true
			}
			switch l {
			case "for", "following", "after", "over", "during", "since", "despite", "amid", "against", "about", "before", "behind":
				// "behind": who was behind the attacks is said of
				// attacks already told.
				return true
			case "in", "to", "of", "on":
				// After a verb event these attach to it or its object:
				// "opposed to French mediation in peace negotiations",
				// "refused to adhere to interim peace deals".
				if t.afterVerb {
					return true
				}
			}
			// A noun before the event noun is a compound's first part
			// ("in the border talks", "to interim peace deals").
			// A hyphen joins two names ("U.S.-Soviet talks").
			hyphen := l == "-" && k > 0 && isCap(toks[k-1].text) && isCap(toks[k+1].text)
			if !(determiners[l] || modifierWord(toks[k]) || isCap(toks[k].text) || quantityWord(l) || l == "'s" || headNoun(toks[k]) || hyphen) {
				break
			}
		}
	}
	comma := -1 // nearest comma before the trigger
	from := t.i - 1
	if open := comparisonBefore(toks, t.i); open >= 0 {
		// "Russia, like the Soviet Union before it, rejected": the
		// comparison is no subordinate clause.
		from = open - 1
	}
	if open, _ := relativeBefore(toks, t.i); open >= 0 && !t.nominal {
		// "Kenyan police, who were deployed after clashes, arrested ...":
		// the verb after the relative clause is the main one.
		from = open - 1
	} else if open, _ := restrictiveRelative(toks, t.i); open >= 0 && !t.nominal {
		// "Syrian rebels who attacked a checkpoint withdrew": so is the
		// verb after a relative clause with no commas.
		from = open - 1
	}
	for k := from; k >= 0 && k >= t.i-12; k-- {
		l := toks[k].low
		if l == "," && comma < 0 {
			comma = k
		}
		if subordinators[l] {
			// "Kenya is weighing whether to send troops": an act put up
			// for decision is the sentence's news, as "is considering
			// sending troops" is; coded as a supposition (question.go).
			if l == "whether" && deliberated(toks, k) {
				return false
			}
			// "After the talks collapsed, Iran expelled ...", "Ruto, who
			// arrived on Monday, held talks ...": the comma closes the
			// subordinate clause, and the trigger is in the main one.
			if comma > k+1 && (k == 0 || toks[k-1].low == ",") && !t.nominal && !strings.HasSuffix(toks[t.i].low, "ing") {
				return false
			}
			// "since" and "as" before a date or a noun phrase are
			// prepositions, not clause openers; require a verb-like trigger
			// within a few words.
			// A longer subject is still a clause when only a noun phrase
			// stands between the word and the trigger verb ("as the leaders
			// of the two countries sought to ease tensions").
			if (l == "since" || l == "as" || l == "after" || l == "before" || l == "until") && t.i-k > 6 {
				return !t.nominal && clauseSubjectSpan(toks, k+1, t.i)
			}
			return true
		}
		if l == ";" || l == ":" || l == "\"" || reportWords[l] || l == "that" {
			return false
		}
	}
	return false
}

// clauseAux are the auxiliaries and modals that may stand between a
// clause's subject and its verb.
var clauseAux = map[string]bool{"had": true, "has": true, "have": true, "was": true, "were": true, "is": true, "are": true,
	"would": true, "will": true, "could": true, "might": true, "may": true, "did": true, "not": true, "also": true}

// clauseSubjectSpan says whether toks[from:to] is a noun phrase, possibly
// followed by auxiliaries, so that the verb at to is its predicate: a
// determiner or a name opens it, and it holds only noun-phrase words
// (modifiers, nouns, names, numbers, "of", possessives, "and" before a
// name). No comma, other conjunction or other verb may stand in it: "as
// foreign minister and attacked" is no clause.
func clauseSubjectSpan(toks []tok, from, to int) bool {
	if from >= to || to > len(toks) {
		return false
	}
	if first := toks[from]; !determiners[first.low] && !isCap(first.text) && !quantityWord(first.low) {
		return false
	}
	aux := false
	for k := from; k < to; k++ {
		t := toks[k]
		switch {
		case clauseAux[t.low]:
			aux = true
		case aux:
			return false // a noun-phrase word after an auxiliary
		case determiners[t.low] || t.low == "of" || t.low == "'s" || t.low == "'" || quantityWord(t.low) || isCap(t.text) && !isPunct(t.low):
		case t.low == "and" && k+1 < to && isCap(toks[k+1].text):
			// "the leaders of Ukraine and Hungary": names joined.
		case t.pos != "" && (t.pos == "JJ" || t.pos == "NN" || t.pos == "NNS" || t.pos == "CD"):
		case t.pos == "" && (modifierWord(t) || headNoun(t)):
		default:
			return false
		}
	}
	return true
}

// stateSide says whether m is a state acting as such: a country or its
// capital by name, or its government ("Manila protested"), not its people
// ("Filipinos protested").
func stateSide(m mention) bool {
	return (m.kind == "country" || m.kind == "capital") && m.sector == "" || m.sector == kb.SectorGovernment
}

// causeActor returns the first actor of another country than cc in an
// "after" or "over" phrase following token j, within the clause: "protested
// after a Chinese vessel fired a water cannon", "protested over Japan's
// visit".
func causeActor(toks []tok, ms []mention, j int, cc string) group {
	for q := j; q < len(toks) && q < j+3; q++ {
		l := toks[q].low
		if l != "after" && l != "over" {
			if dayWords[l] || timeNames[l] || l == "on" || l == "strongly" || l == "formally" {
				continue
			}
			return nil
		}
		for mi, m := range ms {
			if m.i <= q || !usable(m) || m.country == "" || m.country == cc {
				continue
			}
			for k := q + 1; k < m.i; k++ {
				if toks[k].low == ";" || toks[k].low == "," && k+1 < len(toks) && rightStop[toks[k+1].low] {
					return nil
				}
			}
			return groupAt(toks, ms, mi)
		}
		return nil
	}
	return nil
}

// adoptingVerbs adopt a text as a body's own.
var adoptingVerbs = map[string]bool{"adopted": true, "adopts": true, "adopt": true, "passed": true, "passes": true, "pass": true,
	"approved": true, "approves": true, "approve": true, "issued": true, "issues": true, "issue": true}

// adoptedTexts are the texts whose content a body adopts as its own act.
var adoptedTexts = map[string]bool{"resolution": true, "resolutions": true, "motion": true, "declaration": true, "statement": true}

// adoptedText says whether trigger t is the participle of a text its
// subject adopts: "The Security Council adopted a resolution demanding a
// ceasefire", "the assembly passed a motion condemning Russia". What the
// text demands the body demands: the main event, not a modifier's.
func adoptedText(toks []tok, t *trigger) bool {
	if t.nominal || t.i < 2 || !strings.HasSuffix(toks[t.i].low, "ing") || !adoptedTexts[toks[t.i-1].low] {
		return false
	}
	for q := t.i - 2; q >= 0 && q >= t.i-5; q-- {
		l := toks[q].low
		if adoptingVerbs[l] {
			return true
		}
		if !(determiners[l] || modifierWord(toks[q]) || adverbs[l] || l == "unanimously") {
			return false
		}
	}
	return false
}

// gatheringNouns name a gathering a speaker may address.
var gatheringNouns = map[string]bool{"rally": true, "rallies": true, "demonstration": true, "demonstrations": true,
	"protest": true, "protests": true, "march": true, "marches": true, "vigil": true, "vigils": true, "sit-in": true}

// speechVerbs say something to an audience, at a gathering or to it
// ("said at a rally", "spoke to a rally", "told supporters at a rally").
var speechVerbs = map[string]bool{"said": true, "says": true, "say": true, "saying": true, "spoke": true, "speak": true,
	"speaks": true, "speaking": true, "talked": true, "declared": true, "vowed": true, "pledged": true, "promised": true,
	"announced": true, "insisted": true, "addressing": true, "address": true, "addresses": true}

// addressedGathering says whether the nominal trigger t names a gathering
// that a speaker addresses: the object of a verb of telling ("told a
// rally", "addressed a demonstration") or the place or audience of a
// speech ("said at a rally", "spoke to a protest", "told supporters at a
// campaign rally"). The speech is what the sentence reports; the rally is
// its setting, and the speaker no protester.
func addressedGathering(toks []tok, t *trigger) bool {
	if !t.nominal || t.j < 1 || !gatheringNouns[toks[t.j-1].low] {
		return false
	}
	npWord := func(k int) bool {
		l := toks[k].low
		return determiners[l] || l == "'s" || modifierWord(toks[k]) || headNoun(toks[k]) || isCap(toks[k].text) && !isPunct(l)
	}
	// "addressed a rally", "told a demonstration", "is to address a
	// rally" (a verb of telling; not "announced a rally", which calls
	// one).
	tells := func(l string) bool {
		return audienceVerbs[l] || l == "address" || l == "addresses" || l == "addressing"
	}
	k := t.i - 1
	for k >= 0 && k >= t.i-4 && npWord(k) && !tells(toks[k].low) {
		k--
	}
	if k < 0 {
		return false
	}
	if tells(toks[k].low) {
		return true
	}
	if l := toks[k].low; l != "at" && l != "to" && l != "before" {
		return false
	}
	// An audience may stand between the verb and "at": "told supporters
	// at a rally", "told thousands of his supporters at a rally".
	for q := k - 1; q >= 0 && q >= k-5; q-- {
		l := toks[q].low
		if speechVerbs[l] || audienceVerbs[l] {
			return true
		}
		if !(npWord(q) || l == "of" || quantityWord(l) && l != "at" && l != "to") || toks[k].low == "to" {
			return false
		}
	}
	return false
}

// resultParticiples open an adjunct naming what the main clause's act
// caused ("..., sparking protests", "..., triggering clashes").
var resultParticiples = map[string]bool{"sparking": true, "triggering": true, "prompting": true, "provoking": true,
	"igniting": true}

// objectOpens says whether a direct object or a "that" clause starts at
// token j: a determiner, a pronoun, a name or a number. A passive participle
// takes none ("captured during the fighting"); a finite verb may ("a report
// released Tuesday alleged that ...").
func objectOpens(toks []tok, j int) bool {
	if j >= len(toks) {
		return false
	}
	l := toks[j].low
	return l == "that" || determiners[l] && l != "'s" || objPronouns[l] || isCap(toks[j].text) || isNumber(l) || quantityWord(l) ||
		l == "$" || l == "\u20ac" || l == "\u00a3" // "promised $5 billion": an amount
}

// clauseOpenedBetween says whether a subordinate clause opens between
// tokens i and j ("declared a state of emergency after Peruvian troops
// shelled the border"): a verb after its opener is finite.
func clauseOpenedBetween(toks []tok, i, j int) bool {
	for k := i + 1; k < j; k++ {
		if l := toks[k].low; subordinators[l] || l == "that" || l == ";" {
			return true
		}
	}
	return false
}

// reducedRelative says whether a participle trigger modifies a noun after
// the sentence's main verb: "refugees ordered out of Nigeria", "weapons
// seized last year", "demonstrators demanding reforms".
func reducedRelative(toks []tok, t *trigger, mainVerb int) bool {
	if t.nominal || mainVerb < 0 || mainVerb >= t.i || t.i == 0 {
		return false
	}
	w := toks[t.i].low
	if !(strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || irregularParticiple[w]) {
		return false
	}
	prev := toks[t.i-1]
	if isPunct(prev.text) || verbLeft[prev.low] || adverbs[prev.low] || determiners[prev.low] || objPreps[prev.low] || locPreps[prev.low] {
		return false
	}
	// "began withdrawing its troops": the act itself (aspectual.go).
	if phaseComplement(toks, t.i) {
		return false
	}
	// "and in 2021 expelled two diplomats": the date ends a fronted
	// adjunct of a coordinated predicate, no noun the verb modifies.
	return timedConjunct(toks, t.i-1) < 0
}

// firstFiniteVerb is the first tagged finite verb before token i, or -1.
func firstFiniteVerb(toks []tok, i int) int {
	for k := 0; k < i && k < len(toks); k++ {
		if finiteVerb(toks[k]) && toks[k].pos != "MD" {
			return k
		}
	}
	return -1
}

// subjectRelative says whether a past participle with its agent modifies
// the subject before the main verb: "Gunmen backed by Iran attacked a
// convoy", "militias funded by the Gulf states seized the port". The
// sentence reports the attack; the backing is what it says of the gunmen.
// A finite verb must follow the agent phrase within the clause, or the
// participle is the verb itself ("Rebels backed by Rwanda" as a headline).
func subjectRelative(toks []tok, t *trigger) bool {
	if t.nominal || t.i == 0 || t.j >= len(toks) || toks[t.j].low != "by" {
		return false
	}
	w := toks[t.i].low
	if !(strings.HasSuffix(w, "ed") || irregularParticiple[w]) || t.i+1 != t.j {
		return false
	}
	prev := toks[t.i-1]
	if !(headNoun(prev) || isCap(prev.text) && !isPunct(prev.low)) || verbLeft[prev.low] || beForms[prev.low] || adverbs[prev.low] {
		return false
	}
	for k := t.j + 1; k < len(toks) && k <= t.j+8; k++ {
		l := toks[k].low
		if isPunct(l) || subordinators[l] || l == "that" || l == "and" {
			return false
		}
		if finiteVerb(toks[k]) && !isCap(toks[k].text) {
			return true
		}
		// The tagger may take the main verb after the agent for a second
		// participle ("hackers backed by the Chinese government breached
		// email accounts"); a passive participle has no direct object, so
		// an -ed verb with one is the clause's own.
		if toks[k].pos == "VBN" && strings.HasSuffix(toks[k].low, "ed") && !isCap(toks[k].text) && directObject(toks, k+1) {
			return true
		}
	}
	return false
}

// agentlessSubjectRelative says whether a past participle with no agent
// and no object modifies the subject of a clause whose own verb follows
// its time or place adjunct: "protesters arrested in October remained in
// detention", "journalists detained last year were freed". The noun before
// it suffered the act, told in passing; the clause reports what followed.
// (subjectRelative covers the participle with a "by" agent.) An -ed verb
// with an object ("police arrested three men") or with no finite verb
// after its adjuncts ("Rebels attacked on Monday.") is the clause's own.
func agentlessSubjectRelative(toks []tok, t *trigger) bool {
	if t.nominal || t.i == 0 || t.j != t.i+1 || t.j >= len(toks) {
		return false
	}
	w := toks[t.i].low
	if p := toks[t.i].pos; p != "" && p != "VBN" && p != "VBD" {
		return false
	}
	if !(strings.HasSuffix(w, "ed") || irregularParticiple[w]) || !headNoun(toks[t.i-1]) || objectOpens(toks, t.j) {
		return false
	}
	// Only an adjunct may come between: "arrested in October 2022",
	// "detained last year", "jailed during the protests".
	if l := toks[t.j].low; !locPreps[l] && !adjunctPreps[l] && !timeWords[l] && l != "on" && l != "last" && l != "earlier" {
		return false
	}
	for k := t.j + 1; k < len(toks) && k <= t.j+8; k++ {
		l := toks[k].low
		if isPunct(l) || subordinators[l] || l == "that" || l == "and" || l == "or" {
			return false
		}
		// A word a determiner or an adjective opens is a noun's modifier
		// ("the disputed election"), no verb.
		if isCap(toks[k].text) || determiners[toks[k-1].low] || toks[k-1].pos == "JJ" {
			continue
		}
		// The clause's verb is "be", "have", a modal or a verb of staying
		// (which the tagger may take for a second participle: "journalists
		// detained last year remained in prison"), or a verb with a direct
		// object. An -ed form with none may be another participle on a
		// noun after the first one's adjunct ("arrested on Monday five
		// Ugandans accused of smuggling").
		if beForms[l] || perfectAux[l] || toks[k].pos == "MD" || stayVerbs[l] ||
			(finiteVerb(toks[k]) || toks[k].pos == "VBN" && strings.HasSuffix(l, "ed")) && directObject(toks, k+1) {
			return true
		}
	}
	return false
}

// stayVerbs tell that a state went on: after a participle's adjuncts they
// are the clause's own verb, whatever the tagger makes of them.
var stayVerbs = map[string]bool{"remain": true, "remains": true, "remained": true, "stay": true, "stays": true, "stayed": true}

// overtSubject says whether the reported clause from token floor to the
// verb at token i has a subject of its own that names no actor ("Microsoft
// said a hacking group breached ...", "the ministry said gunmen
// attacked"): a common noun outside a prepositional or time phrase. Such
// a clause tells another's act, so its speaker is not its source; a
// clause with no subject before its verb is the speaker's own.
func overtSubject(toks []tok, floor, i int) bool {
	for k := floor; k < i && k < len(toks); k++ {
		l := toks[k].low
		if l == "that" || determiners[l] || adverbs[l] || toks[k].pos == "JJ" || toks[k].pos == "VBG" {
			continue
		}
		if objPreps[l] || locPreps[l] || adjunctPreps[l] || l == "on" || l == "in" || l == "at" || l == "," {
			return false // "said on Monday ...": an adjunct of the report verb comes first
		}
		if talkNouns[l] {
			// "said talks with Britain would resume": talks told with
			// their partner alone are the speaker's own.
			return false
		}
		if headNoun(toks[k]) && !timeWords[l] && !timeNoun(l) {
			return true
		}
	}
	return false
}

// frameDistance is the number of words from token i to token j that
// stand between a frame verb and its complement, a name of several words
// counting as one and a bracketed aside as none: "pressured workers of the
// United Bus Company of Tehran (the bus union) to cancel the strike" is as
// near its complement as "pressured workers of the company to cancel".
// A day adjunct of the frame verb counts as none too: "ordered the union
// on Tuesday to suspend the strike and return to talks" orders the return
// as "ordered the union to suspend the strike and return" does.
func frameDistance(toks []tok, i, j int) int {
	n, depth := 0, 0
	for k := i; k < j && k < len(toks); k++ {
		switch l := toks[k].low; {
		case dayAdjunctWord(toks, k):
		case l == "(":
			depth++
		case l == ")":
			if depth > 0 {
				depth--
			}
		case depth > 0:
		case k > i && isCap(toks[k].text) && isCap(toks[k-1].text) && !isPunct(l) && !isPunct(toks[k-1].low):
		default:
			n++
		}
	}
	return n
}

// dayAdjunctWord says whether token k belongs to a day adjunct: a
// weekday ("Tuesday"), or the "on", "last" or "next" before one ("on
// Tuesday", "last Friday"). Months and spans are left out: "in May" may be
// the modal, "the week" an object.
func dayAdjunctWord(toks []tok, k int) bool {
	day := func(q int) bool { return q < len(toks) && weekdays[toks[q].low] && isCap(toks[q].text) }
	switch toks[k].low {
	case "on", "last", "next":
		return day(k + 1)
	}
	return day(k)
}

// weekdays are the names of the days of the week, lower-case.
var weekdays = wordSet("monday tuesday wednesday thursday friday saturday sunday")

// subjectParticiple says whether a past participle trigger modifies a noun
// before the sentence's main verb, with or without an agent: "A report
// released on Tuesday accused Uganda ...", "The activists imprisoned for
// protesting were released ...", and in a fronted phrase "In a letter
// handed over to the UN on Monday, Kenya said ...". The participle's own
// event is what the sentence says of the noun, not what it reports. The
// tagger often takes such a participle for a past tense, so the form is
// read from the words: an "-ed" (or irregular participle) form right
// after a noun, with no finite verb before it and no direct object after
// it (a passive participle takes none: "released on Tuesday", where the
// main verb "Kenya arrested five Ugandans" has one), and a verb that
// follows in the same clause (past the comma that closes a fronted
// phrase) to be the main one.
func subjectParticiple(toks []tok, t *trigger) bool {
	if t.nominal || t.passive || t.i == 0 || t.j >= len(toks) {
		return false
	}
	w := toks[t.i].low
	if !(strings.HasSuffix(w, "ed") || irregularParticiple[w]) || !(toks[t.i].pos == "VBN" || toks[t.i].pos == "VBD") {
		return false
	}
	prev := toks[t.i-1]
	if !(headNoun(prev) || isCap(prev.text) && !isPunct(prev.low)) || verbLeft[prev.low] || beForms[prev.low] || adverbs[prev.low] {
		return false
	}
	if toks[t.j].low != "from" && directObject(toks, t.j) {
		return false
	}
	for k := 0; k < t.i; k++ {
		if finiteVerb(toks[k]) || subordinators[toks[k].low] || toks[k].low == "that" {
			return false
		}
	}
	fronted := objPreps[toks[0].low] || locPreps[toks[0].low]
	for k := t.j; k < len(toks); k++ {
		l := toks[k].low
		if l == "," && fronted {
			fronted = false // the fronted phrase ends here; the main clause follows
			continue
		}
		if isPunct(l) || subordinators[l] || l == "that" || l == "and" || l == "or" || l == "but" {
			return false
		}
		if isCap(toks[k].text) {
			continue
		}
		if toks[k].pos == "VB" || strings.HasPrefix(toks[k].pos, "VB") && toks[k-1].low == "to" {
			// An infinitive: the trigger is the verb it depends on
			// ("agreed on Tuesday to reopen crossings closed since ...").
			return false
		}
		// A later verb is the main one when it is a modal or an
		// auxiliary ("were released"), or has an object or a "that"
		// clause ("accused Uganda", "alleged that"); one with neither
		// may be another participle ("five Ugandans accused of
		// smuggling"), and the tagger may have taken a main verb for a
		// participle.
		// Such a verb follows a noun, not a determiner or a preposition
		// ("against the disputed election result").
		afterNoun := headNoun(toks[k-1]) || isCap(toks[k-1].text) && !isPunct(toks[k-1].low)
		main := toks[k].pos == "MD" || beForms[toks[k].low] || toks[k].low == "has" || toks[k].low == "have" || toks[k].low == "had" ||
			afterNoun && (directObject(toks, k+1) || wordAt(toks, k+1) == "that")
		switch toks[k].pos {
		case "VBD", "MD", "VBN":
			if main {
				return true
			}
		case "VBZ", "VBP":
			// A present tense agrees with the noun the participle
			// follows; a plural noun tagged VBZ ("in protest at fee
			// increases") is no verb of it.
			if main && (toks[k].pos == "VBZ") == (prev.pos == "NN" || prev.pos == "NNP") {
				return true
			}
		}
	}
	return false
}

// participleSubject returns the noun an active participle after the main
// verb modifies ("students demanding reforms", "protesters calling for his
// resignation"): the actor ending right before it.
func participleSubject(toks []tok, ms []mention, t *trigger, mainVerb int) (group, bool) {
	// "The navy blocked a ship carrying supplies to Gaza": the cargo is
	// the ship's, whoever sent it, not the act of the one who stopped it.
	// A sender's vessel still carries the sender's aid ("Turkey sent a
	// ship carrying supplies").
	if !t.nominal && !t.passive && carryingWords[toks[t.i].low] {
		for d := t.i - 1; d >= 1 && d >= t.i-5; d-- {
			l := toks[d].low
			if overlapsAny(ms, d) || isPunct(l) || !(determiners[l] || numeral(toks[d]) || modifierWord(toks[d]) || strings.HasPrefix(toks[d].pos, "NN")) {
				break
			}
			if (determiners[l] || numeral(toks[d])) && strings.HasPrefix(toks[d-1].pos, "VB") {
				if dispatchVerbs[toks[d-1].low] {
					return nil, false
				}
				return nil, true
			}
		}
	}
	if t.nominal || t.passive || !reducedRelative(toks, t, mainVerb) || !strings.HasSuffix(toks[t.i].low, "ing") {
		return nil, false
	}
	// "gathered outside the Congress in Lima demanding new elections":
	// a place told with a preposition of place does not demand; the noun
	// before it does, else the clause's subject (placedparticiple.go).
	if q := placedNoun(toks, ms, t.i); q >= 0 {
		return groupAt(toks, ms, q), true
	}
	if placedParticiple(toks, ms, t.i) >= 0 {
		return nil, false
	}
	for mi, m := range ms {
		if m.j == t.i && usable(m) {
			return groupAt(toks, ms, mi), true
		}
	}
	// "arrested a blogger accusing the governor of fraud": the one who
	// accuses is the object the participle follows, a person named by
	// no actor; the subject of the main verb does not accuse.
	for d := t.i - 2; d >= 1 && d >= t.i-5; d-- {
		if participleAfterObject(toks, ms, d) == t.i && strings.HasPrefix(toks[d-1].pos, "VB") {
			return nil, true
		}
	}
	return nil, false
}

// dispatchVerbs send or provide a carrier with its cargo: the aid a
// vessel or convoy they send carries is their subject's.
var dispatchVerbs = map[string]bool{}

func init() {
	for _, v := range []string{"send", "dispatch", "deliver", "ship", "launch", "load", "charter", "organise", "organize",
		"fund", "provide", "donate", "deploy", "fly", "escort"} {
		for _, f := range verbForms(v) {
			dispatchVerbs[f] = true
		}
	}
}

// endVerbs stop what their object names: "efforts to end the fighting",
// "halted the attacks" report no fighting or attack.
var endVerbs = map[string]bool{}

func init() {
	for _, v := range []string{"end", "halt", "stop", "cease"} {
		for _, f := range verbForms(v) {
			endVerbs[f] = true
		}
	}
}

// endedNominal says whether a nominal event is the object of a verb that
// ends it ("to end the fighting"), possibly with determiners or modifiers
// between.
func endedNominal(toks []tok, t *trigger) bool {
	for k := t.i - 1; k >= 0 && k >= t.i-4; k-- {
		l := toks[k].low
		if endVerbs[l] {
			return true
		}
		if !(determiners[l] || modifierWord(toks[k]) || quantityWord(l) || l == "'s") {
			return false
		}
	}
	return false
}

// reciprocalObject says whether "each other" or "one another" is the
// object of the verb ending before token j, directly or after a
// preposition ("clashed with each other").
func reciprocalObject(toks []tok, j int) bool {
	for k := j; k+1 < len(toks) && k <= j+1; k++ {
		a, b := toks[k].low, toks[k+1].low
		if a == "each" && (b == "other" || b == "other's") || a == "one" && (b == "another" || b == "another's") {
			return true
		}
		if !objPreps[a] && !adverbs[a] {
			return false
		}
	}
	return false
}

// objectPronounFits says whether m can be what the object pronoun p
// (lower case) stands for: "him" and "her" are one person, never the
// town or country named beside the subject ("A magistrate in Nairobi
// released him", "A court in Ankara ordered him to surrender his
// passport": Nairobi and Ankara are where the act is, not who it is done
// to), and "them" or "us" are people or bodies, not a town ("Police in
// Lagos arrested them"). "it" may stand for a place ("encircled Goma and
// shelled it").
func (c *Coder) objectPronounFits(p string, m mention) bool {
	switch p {
	case "him", "her":
		return !c.town(m) && !pluralRole(m)
	case "them", "us":
		return !c.town(m)
	}
	return true
}

// town says whether m names a town or region, a capital included: the
// tagger calls cities GPEs like countries, so the knowledge base's type
// of the actor decides for those.
func (c *Coder) town(m mention) bool {
	if m.kind == "place" || m.kind == "capital" {
		return true
	}
	if m.kind != "country" || m.actorID == "" {
		return false
	}
	a, ok := c.kb.Actor(m.actorID)
	return ok && a.Type == kb.TypePlace
}

var objPronouns = map[string]bool{"it": true, "them": true, "him": true, "her": true, "us": true}

// sameGroup says whether two groups share an actor.
func sameGroup(a, b group) bool {
	for _, x := range a {
		for _, y := range b {
			if x.mergeKey() == y.mergeKey() {
				return true
			}
		}
	}
	return false
}

// oneCountry says whether every actor mention of the sentence that has a
// country has country cc; at is the trigger.
// The speaker of the sentence's attribution ("X said ...", "..., Thai
// police said") is not a participant and is not counted.
func oneCountry(toks []tok, ms []mention, cc string, at, reportAt int) bool {
	lo, hi := 0, len(toks)
	switch {
	case reportAt > at:
		hi = reportAt
		for b := reportAt - 1; b > at && b >= reportAt-attributionSpan; b-- {
			if toks[b].low == "," {
				hi = b
				break
			}
		}
	case reportAt >= 0 && toks[reportAt].low != "according":
		// "X said (that) ...": the speaker is before the report word.
		lo = reportAt + 1
	}
	for _, m := range ms {
		if m.i < lo || m.j > hi {
			continue
		}
		if m.kind != "pronoun" && m.country != "" && m.country != cc {
			return false
		}
	}
	return true
}

// foreignReporter says whether the speaker of the sentence is of another
// country than cc: "Russian forces withdrew from the village, Ukraine's army
// said" is no event within Russia.
func (c *Coder) foreignReporter(reporter *group, cc string) bool {
	if reporter == nil || c.kb == nil {
		return false
	}
	for _, m := range *reporter {
		if m.country == "" || m.country == cc || m.borrowed {
			continue
		}
		// A state's speaker, not an international body's ("the UN said").
		if a, ok := c.kb.Actor(m.country); ok && a.Type == kb.TypeCountry {
			return true
		}
	}
	return false
}

// isState says whether a country code is a state's, not an international
// organisation's (the African Union has no people of its own: in "the AU
// welcomed the deal signed by Tigrayan rebels" the rebels are not the AU's).
func (c *Coder) isState(cc string) bool {
	if c.kb == nil {
		return true
	}
	a, ok := c.kb.Actor(cc)
	return !ok || a.Type == kb.TypeCountry
}

// appealToGovernment says whether an appeal's addressee g is its
// country's government and the appealing side src is not ("the
// opposition called on the president to declare a state of emergency",
// "rights groups urged the government to ..."): a body of the same
// country is no own side of the speaker when it governs and the speaker
// does not; the request is made to it.
func appealToGovernment(g, src group) bool {
	return len(g) > 0 && len(src) > 0 && g[0].sector == kb.SectorGovernment && src[0].sector != kb.SectorGovernment && src[0].kind != "pronoun"
}

// hasReal says whether a group names an actor we can place: a country, a
// known actor or a named person, not only a role word ("officials").
// addressedForce says whether a group names an armed or governing body by
// its kind alone ("the army", "the rebels", "the militants"): a party one
// can ask to act though no country is told for it.
func addressedForce(g group) bool {
	return slices.ContainsFunc(g, func(m mention) bool { return m.kind == "role" && m.sector != "" })
}

func hasReal(g group) bool {
	for _, m := range g {
		if m.country != "" || m.actorID != "" || m.kind == "name" {
			return true
		}
	}
	return false
}

// againstBefore says whether "against" opens the phrase holding token k,
// after the trigger ending at j and with no punctuation between: "went on
// strike against Ford and General Motors".
func againstBefore(toks []tok, j, k int) bool {
	for q := k - 1; q >= j && q >= 0; q-- {
		if toks[q].low == "against" {
			return true
		}
		if isPunct(toks[q].text) || objPreps[toks[q].low] || locPreps[toks[q].low] {
			return false
		}
	}
	return false
}

// otherActor returns the actors of the sentence that are not in g, when
// they are all of one country: the implicit partner of a reciprocal event.
// Only actors before the next coordinated predicate (limit) and outside
// relative clauses count: "X met Sunday and decided to bar Y" has no
// partner Y. The place where the event was held (a meeting's "in
// Brussels"; see venueOf) is no partner.
func otherActor(toks []tok, ms []mention, g group, limit int, venue func(mention) bool) group {
	for k := 0; k < len(toks) && k < limit; k++ {
		switch toks[k].low {
		case "that", "which", "who", "whom", "whose":
			if k > 0 && (g[0].i < 0 || g[0].j <= k) {
				limit = k
			}
		}
	}
	in := map[string]bool{}
	cs := map[string]bool{}
	for _, m := range g {
		in[m.key()] = true
		cs[m.country] = true
	}
	var out group
	country := ""
	for _, m := range ms {
		if !usable(m) || in[m.key()] || m.country == "" || cs[m.country] {
			continue
		}
		if m.i >= limit {
			break
		}
		// "The UN Security Council met in New York", "NATO ministers met
		// in Brussels": where a meeting is held names its venue, not a
		// party to it. Other acts may be aimed at a place ("drills around
		// Taiwan", "agreed to set up a centre in Tokyo").
		if venue != nil && venue(m) {
			continue
		}
		if country != "" && m.country != country {
			return nil
		}
		country = m.country
		if len(out) == 0 {
			out = append(out, m)
		}
	}
	return out
}

// assaultObject says whether the direct object after token j is an act of
// violence named by a noun ("the attack", "Friday's bombing", "the
// killings") with no actor named before it.
func (c *Coder) assaultObject(toks []tok, ms []mention, j int) bool {
	return c.actNounObject(toks, ms, j, func(p *Pattern) bool { return p.Type == "ASSAULT" }, c.violentGerund)
}

// coerciveObject says whether the words from j begin a noun phrase naming
// an act of force short of violence ("the arrests", "the blockade"), as
// assaultObject does for violent acts. A coup is left out: "the coup in
// Niger" names the state it overthrew, which a condemnation of it names too.
func (c *Coder) coerciveObject(toks []tok, ms []mention, j int) bool {
	return c.actNounObject(toks, ms, j, func(p *Pattern) bool {
		return p.Type == "COERCE" && !strings.HasPrefix(p.CAMEO, "170")
	}, nil)
}

// actNounObject says whether one of the first four words from j, before
// any punctuation, preposition, "and" or actor, is the one-word noun of a
// pattern that kind accepts (noun patterns match their plural too: "the
// killings", "the arrests"), or a word also (when given) accepts.
func (c *Coder) actNounObject(toks []tok, ms []mention, j int, kind func(*Pattern) bool, also func(string) bool) bool {
	for k := j; k < len(toks) && k < j+4; k++ {
		l := toks[k].low
		if isPunct(toks[k].text) && l != "'s" || objPreps[l] || locPreps[l] || l == "of" || l == "and" {
			return false
		}
		if overlapsAny(ms, k) {
			return false
		}
		for _, w := range []string{l, strings.TrimSuffix(l, "s")} {
			for _, p := range c.pats.index[w] {
				if p.Kind == "noun" && len(p.Words) == 1 && kind(p) {
					return true
				}
			}
		}
		if also != nil && also(l) {
			return true
		}
	}
	return false
}

// violentGerund says whether a word is the -ing noun of a one-word
// violence verb ("the killing", "the killings", "the shooting" of kill,
// shoot): an act of violence named as a thing, as "the attack" is.
func (c *Coder) violentGerund(l string) bool {
	l = strings.TrimSuffix(l, "s")
	if violentActNouns[l] {
		return true
	}
	if !strings.HasSuffix(l, "ing") {
		return false
	}
	// The index holds a verb's inflected forms, its -ing form among them.
	for _, p := range c.pats.index[l] {
		if p.Kind == "verb" && p.Type == "ASSAULT" && len(p.Words) == 1 {
			return true
		}
	}
	return false
}

// victimPreps introduce whom or where a violent act struck: "the attack on
// Kyiv", "the strike against the convoy", "the bombing in Lahore", "the
// killing of Afghan refugees" (a violent act's "of" names whom it struck;
// its doer comes after "by" or before the noun).
var victimPreps = map[string]bool{"on": true, "against": true, "in": true, "at": true, "upon": true, "of": true}

// thingBefore says whether the participle at token i modifies a word that
// names no actor ("measures requested by", "the extradition sought by"):
// no mention ends right before it.
func thingBefore(toks []tok, ms []mention, i int) bool {
	if i < 1 || isPunct(toks[i-1].text) || !strings.HasPrefix(toks[i-1].pos, "NN") {
		return false
	}
	for _, m := range ms {
		if m.j == i {
			return false
		}
	}
	return true
}

// courtBefore returns the first court or tribunal the sentence names
// before token i and at or after floor ("The International Court of
// Justice", "the court"), or -1.
func courtBefore(ms []mention, i, floor int) int {
	for k, m := range ms {
		if m.i >= floor && m.j <= i && m.sector == kb.SectorJudiciary && usable(m) && m.kind != "pronoun" {
			return k
		}
	}
	return -1
}

// agentAfter returns the actor named after "by" in the clause after token j
// (before token next, the next trigger, when it is set): the doer of a
// passive nominal ("the attack on Kyiv by Russian forces"). It returns nil
// when none is named.
func agentAfter(toks []tok, ms []mention, j, next int) group {
	end := len(toks)
	if next > j && next < end {
		end = next
	}
	for mi, m := range ms {
		if m.i < j || m.i >= end || !usable(m) {
			continue
		}
		stop := false
		for q := j; q < m.i; q++ {
			if rightStop[toks[q].low] || toks[q].low == "," {
				stop = true
				break
			}
		}
		if stop {
			break
		}
		if prepBefore(toks, m.i) == "by" {
			return groupAt(toks, ms, mi)
		}
	}
	return nil
}

// askedPlace says whether m is a place inside the infinitive of what a
// request asks those it names to do ("called on its supporters to protest
// in Lagos and Abuja"): where the asked-for act is to happen, not a party
// the request is made of (askedBefore).
func askedPlace(toks []tok, typ string, t, emb *trigger, m mention) bool {
	return typ == "REQUEST" && emb != nil && m.i > emb.i && prepMatch("in|at", prepBefore(toks, m.i)) && askedBefore(toks, t.j, emb.i)
}

// askedBefore says whether a request names whom it asks between its verb
// (ending at token j) and the infinitive of what they are to do (its verb
// at token v, or a noun after a light verb): "called on its supporters
// to protest", "urged the government to lift the curfew". A place inside that infinitive ("to
// protest in Lagos") is where the asked-for act is to happen, not a
// party the request is made of, even when those asked are no actor.
func askedBefore(toks []tok, j, v int) bool {
	// The infinitive's "to" may stand before a light verb and its
	// determiner ("to stage protests", "to hold a rally").
	to := v - 1
	for to > j && to >= v-3 && to < len(toks) && toks[to].low != "to" {
		to--
	}
	if to <= j || to >= len(toks) || toks[to].low != "to" {
		return false
	}
	for q := j; q < to; q++ {
		if isPunct(toks[q].text) || finiteVerb(toks[q]) {
			return false
		}
		if strings.HasPrefix(toks[q].pos, "NN") || toks[q].pos == "PRP" {
			return true
		}
	}
	return false
}

// eventActor is the event's party for mention m. A country's name or
// demonym with a sector word other than its government's ("Turkish
// police", "Israeli military", "Kenyan journalists") is that sector's
// actor, TUR.COP, ISR.MIL (kb.SectorActor; CAMEO's TURCOP, ISRMIL), as the
// resolver links a sector word the sentence places ("police in Istanbul":
// TUR.COP). With the country's own id it was the country itself to the
// store (its actor page, the sector filter, which reads the actor's
// sector) and to merging. A government word the resolver made the
// country's government ("Iranian officials", "the Kenyan government":
// IRN.GOV, KEN.GOV, see mergeMentions) keeps that id; a government mention
// with the country's own id ("Tehran" as its government) keeps the
// country's: merging matches both with "Iran" as one state acting
// (internal/merge party.generic, party.state).
//
// The resolver reads a capital after a preposition or a verb of going as
// the city ("sent aid to Kyiv", "flew to Kyiv"). Named as a party it
// stands for its country's government all the same, as CAMEO codes it and
// as "Beijing said" and "attacked Kyiv" already are. A
// place that stands in as the target only for want of a party ("arrived
// in Amman", "gathered in the capital, Nairobi") stays the city.
func (c *Coder) eventActor(m mention) model.EventActor {
	a := m.actor()
	if c.kb != nil && m.kind == "capital" && !m.where && a.ActorID != "" {
		if k, ok := c.kb.Actor(a.ActorID); ok && k.Type == kb.TypePlace && k.Capital && k.Country != "" {
			if ctry, ok := c.kb.Actor(k.Country); ok && ctry.Type == kb.TypeCountry {
				a.ActorID, a.Country = ctry.ID, ctry.Country
				if a.Sector == "" {
					a.Sector = kb.SectorGovernment
				}
			}
		}
	}
	if la, ok := c.localSectorActor(m, a); ok {
		a.ActorID = la
		return a
	}
	if c.kb == nil || a.Sector == "" || a.Sector == kb.SectorGovernment || a.ActorID == "" || a.ActorID != a.Country {
		return a
	}
	if k, ok := c.kb.Actor(a.ActorID); !ok || k.Type != kb.TypeCountry {
		return a
	}
	if sa, ok := c.kb.SectorActor(a.Country, a.Sector); ok && sa.ID != a.ActorID {
		a.ActorID = sa.ID
	}
	return a
}

// localSectorActor gives the id of the sector of a region or city that a
// party names with a sector word ("Texas officials", "Texas police"):
// place:USA-TX.GOV, as the resolver links the role and as "the governor
// of Texas" already is, not the place itself (the state as territory).
// Unlike a country, whose government keeps the country's id (see
// eventActor), a region's officials are not the region: merging and the
// store's actor pages would otherwise file them with every event the
// region is only the scene of. A place named as the scene (m.where) or
// without a sector stays the place.
func (c *Coder) localSectorActor(m mention, a model.EventActor) (string, bool) {
	if c.kb == nil || m.where || a.Sector == "" || a.ActorID == "" || strings.Contains(a.ActorID[strings.LastIndex(a.ActorID, ":")+1:], ".") {
		return "", false
	}
	k, ok := c.kb.Actor(a.ActorID)
	if !ok || k.Type != kb.TypePlace {
		return "", false
	}
	return kb.LocalActor(k.ID, k.Name, k.Country, a.Sector).ID, true
}

// capitalEnds says whether the noun phrase "the Kenyan capital" ends
// before token k: at punctuation, the end, "city", a preposition, a
// conjunction or a time word; "Uganda's capital markets" goes on.
func capitalEnds(toks []tok, k int) bool {
	l := wordAt(toks, k)
	switch l {
	case "", "city", "and", "or", "but", "after", "before", "as", "where", "when", "while", "since", "until", "last", "this", "next", "early", "late":
		return true
	}
	return isPunct(toks[k].text) || locPreps[l] || objPreps[l] || timeNames[l]
}

// venueAfter returns the place a clause names right after its verb and
// object with a preposition of place ("met his counterpart in Paris on
// Monday", "arrested three journalists in Nairobi"), when it is a place,
// a capital or a country and none of the event's parties; else nil. A
// complement ("accused Uganda of backing rebels in Congo", "urged Iran
// to free prisoners in Tehran"), a clause or a list ends the search: a
// place there is where that other act happens.
func venueAfter(toks []tok, ms []mention, t *trigger, src, tgt group) *mention {
	for q := t.j; q < len(toks) && q < t.next && q < t.j+24; q++ {
		// The object's own words ("supporters of the opposition
		// leader") are passed over.
		if end, found := objectEnd(tgt, q); found {
			q = end - 1
			continue
		}
		l := toks[q].low
		if l == "," && appositivePlacePrep(toks, q+1) != "" {
			// "in the capital, Nairobi": the name is the place.
			if mi := mentionAt(toks, ms, q+1, 0); mi >= 0 {
				return placeVenue(ms[mi], src, tgt)
			}
		}
		if venueBreak(toks[q]) {
			return nil
		}
		switch l {
		case "of", "and":
			// "a workshop involving commanders and political officers of
			// the army at the party's offices in Pyongyang": a longer
			// object runs on to the place, not a new clause.
			if !objectRunsToPlace(toks, q+1, min(len(toks), t.next, t.j+24)) {
				return nil
			}
			continue
		case "to", "that", "which", "who", "whom", "whose", "or", "but", "after", "before", "while", "because", "as", "if", "unless":
			return nil
		}
		if !locPreps[l] {
			continue
		}
		// "in the capital Kabul", "outside of the Iraqi city of Basra":
		// the name after the kind of place is the place.
		if ni := namedPlaceAt(toks, ms, q+1); ni >= 0 {
			if v := placeVenue(ms[ni], src, tgt); v != nil {
				return v
			}
			if t.passive {
				return passivePlace(ms[ni])
			}
		}
		mi := mentionAt(toks, ms, q+1, 2)
		if mi < 0 {
			mi = sharedPlaceAt(toks, ms, q+1)
		}
		if mi < 0 {
			continue
		}
		if possessorNotPlace(toks, ms[mi], l) {
			q = ms[mi].j - 1
			continue
		}
		if v := placeVenue(ms[mi], src, tgt); v != nil {
			return v
		}
		// "were arrested in Nairobi for reporting on protests in
		// Kampala": a passive whose agent was read from the place after
		// it (see passivePlace) has that place, not a later one, which
		// belongs to whatever the clause goes on to tell.
		if t.passive {
			return passivePlace(ms[mi])
		}
		// "at Ford's plant in Michigan": past a party or a body to the
		// place after it.
		q = ms[mi].j - 1
	}
	return nil
}

// placeVenue returns m as an event's place when it is a place, a capital
// or a country with a country code and none of the event's parties. A
// place the knowledge base holds without a country ("the Gulf of Oman",
// "the Strait of Hormuz", "the South China Sea") is a place all the same:
// a sea or a strait no one state owns is where ships are seized or struck.
func placeVenue(m mention, src, tgt group) *mention {
	if m.country == "" && !(m.kind == kb.TypePlace && m.actorID != "") || !(countryLevel(m.kind) || m.kind == kb.TypePlace) || isParty(m, src, tgt) {
		return nil
	}
	return &m
}

// venueOf says whether a place is only where a meeting or an agreement
// was held: "Arab League ministers convened in Cairo", "OPEC ministers
// agreed in Vienna to cut output". For a meeting (CONSULT other than a
// visit, 042, and attending, 044, which takes the attender to the host's
// place as a visit does; hosting, 043, is at home) any place after "in" or "at" is
// its venue; for an agreement only one right after the
// verb, before what was agreed ("agreed to set up a centre in Tokyo" aims
// at Tokyo).
func venueOf(toks []tok, t *trigger, typ, code string, loc mention) bool {
	if channelPlace(toks, loc) {
		return true
	}
	if t.nominal {
		return false
	}
	if p := prepBefore(toks, loc.i); p != "in" && p != "at" {
		return false
	}
	switch typ {
	case "CONSULT":
		// "Spain received the delegation in Madrid", "Kenya hosted the
		// talks in Nairobi": a host receives at home, so the place is
		// where, never the guest.
		return code != "042" && code != "044"
	case "AGREE":
		k := t.j
		for k < len(toks) && adverbs[toks[k].low] {
			k++
		}
		if k < len(toks) && (toks[k].low == "in" || toks[k].low == "at") && loc.i <= k+3 {
			return true
		}
		// "Iran agreed to the plan in Paris", "In Doha, Israel agreed to
		// a truce" (agreedvenue.go).
		if agreedThingVenue(toks, t, loc) || frontedPlace(toks, loc) {
			return true
		}
	case "SUPPORT":
		// "signed a peace deal in Pretoria": a document is signed at a
		// ceremony somewhere, and a city after "in" or "at" is where; the
		// partner is named with "with" or as a coordinated subject. A
		// country there may still be what the deal is about ("signed a
		// deal on investment in Kenya"), so only a city counts.
		if code == "057" && (loc.kind == "capital" || loc.kind == kb.TypePlace) {
			return true
		}
	}
	// "pledging to hold talks in Tokyo", "agreed to meet again in Addis
	// Ababa", "called for talks in Geneva": a place after a meeting the
	// event is about is where that meeting is to be held, whatever the
	// outer event is.
	return slices.ContainsFunc(t.absorbed, func(u *trigger) bool {
		return u.p.Type == "CONSULT" && u.p.CAMEO != "042" && u.p.CAMEO != "043" && u.p.CAMEO != "044" && loc.i >= u.j
	})
}

// channelPlace says whether m is the place of the channel an act goes
// through ("lodged a protest through diplomatic channels in Beijing",
// "conveyed the message via channels in New York"): states without
// relations pass messages through embassies in a third capital, so the
// place is where the message was handed over, not whom it is addressed to.
func channelPlace(toks []tok, m mention) bool {
	k := m.i - 1
	for k >= 0 && (toks[k].low == "the" || toks[k].pos == "DT") {
		k--
	}
	if k < 1 || toks[k].low != "in" && toks[k].low != "at" || toks[k-1].low != "channels" && toks[k-1].low != "channel" {
		return false
	}
	for b := k - 2; b >= 0 && b >= k-5; b-- {
		switch toks[b].low {
		case "through", "via":
			return true
		case ",", ";":
			return false
		}
	}
	return false
}

// meetingVenue says whether m is a city named after "in" or "at" past a
// word for a meeting after token from ("signed a declaration pledging to
// hold talks in Kuala Lumpur"): where the meeting is held, never the
// partner a reciprocal act implies. A city after anything else may be
// what is agreed aims at ("agreed to set up a research centre in Tokyo").
func meetingVenue(toks []tok, from int, m mention) bool {
	if p := prepBefore(toks, m.i); p != "in" && p != "at" || m.kind != "capital" && m.kind != kb.TypePlace {
		return false
	}
	for k := from; k < m.i && k < len(toks); k++ {
		if meetingWords[toks[k].low] {
			return true
		}
	}
	return false
}

// governmentDemands are what a demand asks only a government to do: call
// an election, resign, face a confidence vote.
var governmentDemands = map[string]bool{"election": true, "elections": true, "poll": true, "polls": true, "resignation": true, "resign": true, "no-confidence": true, "step": true}

// governmentDemand says whether the clause after a request trigger ending
// at j asks for something only a government grants ("demanded an early
// election", "called on the cabinet to resign"). It stops at the clause's
// end.
func governmentDemand(toks []tok, j int) bool {
	for k := j; k < len(toks) && k < j+8; k++ {
		l := toks[k].low
		if l == "," || l == ";" || l == "." || l == "after" || l == "because" || l == "while" || l == "as" {
			return false
		}
		if governmentDemands[l] && (l != "step" || k+1 < len(toks) && toks[k+1].low == "down") {
			return true
		}
	}
	return false
}

// placePreps introduce where something happens, not whom it is done to.
var placePreps = map[string]bool{"in": true, "across": true, "throughout": true}

// gapWord says whether toks[i:j] holds the word w (lower case), bare or
// possessive ("opposition's").
func gapWord(toks []tok, i, j int, w string) bool {
	for k := max(i, 0); k < j && k < len(toks); k++ {
		if toks[k].low == w || toks[k].low == w+"'s" {
			return true
		}
	}
	return false
}

func countryLevel(kind string) bool {
	return kind == "country" || kind == "demonym" || kind == "capital"
}

// quoteIndex holds the article's quotes and finds the first one holding an
// offset in logarithmic time: a long text has tens of thousands of quotes
// and as many events (a linear scan per event was an eighth of the run time
// on 7 MB of quote-dense text).
type quoteIndex struct {
	qs []model.Quote
	// maxEnd[i] is the largest End among qs[:i+1]; nil when qs are not in
	// order of Start, and quoteAt scans.
	maxEnd []int
}

func newQuoteIndex(qs []model.Quote) quoteIndex {
	x := quoteIndex{qs: qs}
	maxEnd := make([]int, len(qs))
	for i, q := range qs {
		if i > 0 && q.Start < qs[i-1].Start {
			return x
		}
		maxEnd[i] = q.End
		if i > 0 && maxEnd[i-1] > q.End {
			maxEnd[i] = maxEnd[i-1]
		}
	}
	x.maxEnd = maxEnd
	return x
}

// quoteAt returns the first quote (in the article's order) holding byte
// offset off, or nil.
func quoteAt(x quoteIndex, off int) *model.Quote {
	qs := x.qs
	if x.maxEnd == nil {
		for i := range qs {
			if qs[i].Start <= off && off < qs[i].End {
				return &qs[i]
			}
		}
		return nil
	}
	// Sorted by Start: every quote before the first whose End passes off
	// ends at or before off, and every quote after it starts no earlier.
	i := sort.Search(len(qs), func(i int) bool { return x.maxEnd[i] > off })
	if i < len(qs) && qs[i].Start <= off && off < qs[i].End {
		return &qs[i]
	}
	return nil
}

// nominalRoles finds the participants of a nominal event: "talks between X
// and Y", "X's visit to Y", "U.S.-South Korea drills", "drills by X".
// relationNouns name a state or side by its relation to another ("Beijing's
// neighbour", "Moscow's allies"): the possessor is the other one.
var relationNouns = map[string]bool{"neighbour": true, "neighbours": true, "neighbor": true, "neighbors": true,
	"ally": true, "allies": true, "rival": true, "rivals": true, "adversary": true, "adversaries": true,
	"partner": true, "partners": true, "enemy": true, "enemies": true}

// fromIsSource are the event types whose nouns take their maker with "from"
// (words said or sent: "criticism from Washington"); for the others "from"
// is a place ("invasion forces from Panama").
var fromIsSource = map[string]bool{"ACCUSE": true, "REJECT": true, "THREATEN": true, "REQUEST": true,
	"PROTEST": true, "SUPPORT": true, "AGREE": true, "AID": true}

func (c *Coder) nominalRoles(toks []tok, ms []mention, t *trigger) (src, tgt group, loc *mention) {
	// "between X and Y" right after the noun, or after the mediating
	// participle that may come first ("a truce brokered by Egypt between
	// Israel and Islamic Jihad"): the parties, the broker none of them.
	from := t.j
	if g, at := participleBrokers(toks, ms, t.j); at >= 0 && len(g) > 0 {
		from = g[len(g)-1].j
		if from < len(toks) && toks[from].low == "," {
			from++
		}
	}
	for q := from; q < len(toks) && q <= from+2; q++ {
		if toks[q].low == "between" || toks[q].low == "among" {
			if g := betweenParties(toks, ms, q); len(g) > 0 {
				return g, g, nil
			}
		}
		if isPunct(toks[q].text) {
			break
		}
	}
	// An explicit agent after the noun: "N by X" (within a few words:
	// "exercises planned for next month by X"), and for words said or sent
	// "criticism from Washington", "a protest from Moscow". A finite verb
	// ends the noun's phrase: in "the deal drew criticism from Berlin"
	// Berlin did not make the deal.
	var agent group
	var innerAgent group // "an inquiry into abuses by X": X, whom the inquiry is into
	direct := true       // no verb between the noun and its agent
	ofFirst := false     // "criticism of the plan by China": "by" may be the plan's
	for q := t.j; q < len(toks) && q <= t.j+7; q++ {
		if rightStop[toks[q].low] || toks[q].low == "," || toks[q].low == "." || finiteVerb(toks[q]) {
			break
		}
		if toks[q].low == "of" {
			ofFirst = true
		}
		// "an inquiry into abuses by the security forces", "protests
		// against killings by police": past the noun's own target
		// preposition and a bare common noun, "by" names the agent of
		// the thing that preposition takes, who is the one the event is
		// aimed at. After "of" it stays the noun's own agent ("the
		// arrest of a French citizen by Iran").
		if l := toks[q].low; l != "by" && l != "of" && prepMatch(t.p.Prep, l) {
			if innerAgent = actsInsidePrep(toks, ms, q); len(innerAgent) > 0 {
				break
			}
		}
		if toks[q].low == "by" {
			if mi := mentionAt(toks, ms, q+1, 2); mi >= 0 {
				agent = groupAt(toks, ms, mi)
			}
			break
		}
		if verbLike(toks[q]) {
			direct = false
		}
	}
	if len(agent) == 0 && !prepMatch(t.p.Prep, "from") && fromIsSource[t.p.Type] {
		direct = true
		for q := t.j; q < len(toks) && q <= t.j+3; q++ {
			l := toks[q].low
			if l == "from" {
				if mi := mentionAt(toks, ms, q+1, 2); mi >= 0 {
					agent = groupAt(toks, ms, mi)
					// "drew a protest from Beijing's neighbour": the
					// possessor of a word for another state names whom
					// that state stands beside, not the one protesting;
					// the maker is that unnamed state.
					if k := ms[mi].j; k+1 < len(toks) && toks[k].low == "'s" && relationNouns[toks[k+1].low] {
						agent = group{{i: k + 1, j: k + 2, text: toks[k+1].text, kind: "role"}}
					}
				}
				break
			}
			if isPunct(toks[q].text) || rightStop[l] || l == "by" || finiteVerb(toks[q]) {
				break
			}
			if verbLike(toks[q]) {
				direct = false
			}
		}
	}
	// "Japan voiced criticism of the plan by China": after an "of" phrase,
	// "by X" names who made the thing of that phrase when the noun is the
	// object of a light verb whose subject is an actor: the subject acts,
	// and X, the thing's author, is the target.
	if ofFirst && len(agent) > 0 {
		if g, ok := lightSubject(toks, ms, t.i); ok && !sameGroup(g, agent) {
			src = g
			if prepMatch(t.p.Prep, "of") {
				tgt = agent
			}
			agent = nil
		}
	}
	// Pre-modifier or possessive: "X's visit", "U.S.-South Korea drills",
	// "Chinese troops' withdrawal", with up to three modifiers between.
	// An agent attached to the noun itself names the maker outright and
	// wins: in "Russia's visit to Moscow drew criticism from Washington"
	// the criticism is Washington's, not Moscow's. One reached through a
	// participle is the participle's ("talks with Iran mediated by Oman").
	for mi := len(ms) - 1; mi >= 0 && !(len(agent) > 0 && direct) && len(src) == 0; mi-- {
		m := ms[mi]
		if m.j > t.i {
			continue
		}
		if t.i-m.j > 4 {
			break
		}
		ok := usable(m) && (m.country != "" || m.actorID != "" || m.kind == "name")
		verb := -1
		for q := m.j; q < t.i && ok; q++ {
			l := toks[q].low
			if isPunct(l) && l != "'s" && l != "'" && l != "-" || l == "and" && q > m.j || objPreps[l] || locPreps[l] || adjunctPreps[l] || reportWords[l] {
				ok = false // "Shin told reporters after the meeting": not the reporters' meeting
			}
			// "Police fired tear gas as protests spread": a conjunction
			// opens another clause, of which the noun is the subject; the
			// actor of the clause before did not make it. A relative
			// pronoun's clause is the actor's own ("supporters who joined
			// the protests").
			if rightStop[l] && !relativePronoun[l] {
				ok = false
			}
			if verb < 0 && (finiteVerb(toks[q]) || auxiliaries[l]) {
				verb = q
			}
		}
		// "The envoy told Mahmoud Karimi sanctions would remain": the
		// one told owns nothing the report names.
		if reportOpenIn(toks, m.i, t.i+1) {
			ok = false
		}
		// "Egypt sent Sudan a request for talks": the first object of a
		// verb of giving is the recipient, and the verb's subject made
		// the thing given.
		if ok {
			if v := doubleObjectVerb(toks, m, t.i); v >= 0 {
				if g, found := subjectOf(toks, ms, v, 0, &articleState{}, nil); found && !sameGroup(g, groupAt(toks, ms, mi)) {
					src = g
					if len(tgt) == 0 {
						tgt = groupAt(toks, ms, mi)
					}
					break
				}
			}
		}
		if ok {
			src = groupAt(toks, ms, mi)
			// "Seven opposition parties in Nepal have organized a general
			// strike": across a verb the noun is its object, and the
			// verb's subject acts, not the nearest name.
			if verb >= 0 {
				if g, found := subjectOf(toks, ms, verb, 0, &articleState{}, nil); found {
					src = g
				}
			}
			// "The court ruling sparked protests in Nairobi", "the
			// government faced protests": the subject of a verb taking a
			// reaction as its object caused or met the event; it is not
			// the one who made it. The verb is looked for by its form, as
			// the tagger may read "ruling sparked" as a reduced relative.
			for q := m.j; q < t.i; q++ {
				if reactionVerbs[toks[q].low] {
					src = nil
					break
				}
				// "Burkina Faso has seen two coups since 2022", "the
				// town suffered repeated attacks": the subject of a
				// verb of undergoing is where the act happened or whom
				// it hit, never who did it.
				if undergoVerbs[toks[q].low] {
					if len(tgt) == 0 {
						tgt = src
					}
					src = nil
					break
				}
			}
		}
		break
	}
	// "did not join the strike called by the unions": an agent reached
	// through a participle made the thing (called the strike); the one
	// who joins, stages or holds it is the subject of the light verb
	// that takes it as object.
	if len(src) == 0 && len(agent) > 0 && !direct {
		if g, ok := lightSubject(toks, ms, t.i); ok && !sameGroup(g, agent) {
			src = g
		}
	}
	if len(src) == 0 {
		src = agent
	}
	// "the visit of the Indian prime minister": a visit's "of" is its
	// maker, where an arrest's or a killing's "of" is who suffered it.
	if len(src) == 0 && t.j < len(toks) && toks[t.j].low == "of" && t.p.Type == "CONSULT" {
		if mi := mentionAt(toks, ms, t.j+1, 2); mi >= 0 {
			src = groupAt(toks, ms, mi)
		}
	}
	// "passed the bill over the objections of the opposition", "despite
	// the objections of rights groups": an objection's "of" is the one
	// objecting (nothing is an objection "of" the thing objected to).
	if len(src) == 0 && t.j < len(toks) && toks[t.j].low == "of" && t.p.Type == "REJECT" && t.p.Words[0] == "objection" {
		if mi := mentionAt(toks, ms, t.j+1, 2); mi >= 0 {
			src = groupAt(toks, ms, mi)
		}
	}
	// What is done "over the objections of" or "despite the objections
	// of" someone is what they objected to: the one objected to is the
	// doer of the clause the phrase qualifies ("Parliament passed the
	// bill"), never the objector's country by default.
	if len(tgt) == 0 && len(src) > 0 && t.p.Type == "REJECT" && t.p.Words[0] == "objection" {
		if v := overridingVerb(toks, t.i); v >= 0 {
			if g, ok := subjectOf(toks, ms, v, 0, &articleState{}, nil); ok && !sameGroup(g, src) {
				tgt = g
			}
		}
	}
	// "the withdrawal of Russian troops", "the deployment of Chinese
	// warships": armed forces moved are the movers. Only forces: "the
	// withdrawal of the proposal" names no one.
	if len(src) == 0 && t.j < len(toks) && toks[t.j].low == "of" && (t.p.Type == "RETREAT" || t.p.Type == "MOBILIZE") {
		if mi := mentionAt(toks, ms, t.j+1, 3); mi >= 0 && (ms[mi].sector == "military" || ms[mi].sector == "police") && ms[mi].country != "" && !ms[mi].borrowed {
			src = groupAt(toks, ms, mi)
		}
	}
	// Object of a light verb: "staged rallies", "began a hunger strike",
	// "launched an offensive" — the verb's subject is the source.
	if len(src) == 0 {
		// "Germany sent 500 million euros in military aid": the sum is
		// the aid's amount, so the verb is looked for before it.
		begin := t.i
		if t.p.Type == "AID" {
			begin = sumBefore(toks, t.i)
		}
		// "adopted a package of sanctions", "launched a wave of strikes":
		// a collective noun and its "of" count the event and stand for it
		// as the light verb's object.
		if begin >= 2 && toks[begin-1].low == "of" && collectiveNouns[toks[begin-2].low] {
			begin -= 2
		}
		for q := begin - 1; q >= 0 && q >= begin-4; q-- {
			l := toks[q].low
			// "The European Union on Thursday adopted a package of
			// sanctions", "Japan approved new sanctions": who adopts or
			// approves a measure imposes it, as "imposed" does, also
			// with a time adjunct between the subject and the verb.
			if t.p.Type == "SANCTION" && t.nominal && measureVerbs[l] {
				if g, ok := subjectOf(toks, ms, q, 0, &articleState{}, nil); ok {
					src = g
				}
				break
			}
			// "would not rule out a strike on Iran": the event ruled
			// in or out is the subject's own (cues make it hypothetical).
			if l == "out" && q > 0 && ruleForms[toks[q-1].low] {
				if g, ok := subjectOf(toks, ms, q-1, 0, &articleState{}, nil); ok {
					src = g
				}
				break
			}
			if lightVerbs[l] {
				if g, ok := subjectOf(toks, ms, q, 0, &articleState{}, nil); ok {
					src = g
				}
				break
			}
			// "Six jailed activists have been on hunger strike for 21
			// days", "dockworkers remained on strike": being on strike
			// is striking, told as a state; its subject is the striker.
			if l == "on" && q > 0 && t.p.Type == "PROTEST" && onStrikeVerbs[toks[q-1].low] {
				if g, ok := subjectOf(toks, ms, q-1, 0, &articleState{}, nil); ok {
					src = g
				}
				break
			}
			// "Hundreds took part in a demonstration", "students
			// participated in the march": who takes part is the actor.
			if v := partakeVerb(toks, q); v >= 0 {
				if g, ok := subjectOf(toks, ms, v, 0, &articleState{}, nil); ok {
					src = g
				}
				break
			}
			// "Islamic State claimed responsibility for the bombing":
			// the claimant owns the act (CAMEO coders attribute a claimed
			// attack to the claimant). A denial names no one.
			if v := claimVerb(toks, q); v >= 0 {
				if g, ok := subjectOf(toks, ms, v, 0, &articleState{}, nil); ok {
					src = g
				}
				break
			}
			// "engaged Filipino peacekeepers in a firefight", "drew Iran
			// into talks": the light verb's own object is the partner.
			if (l == "in" || l == "into") && q > 0 {
				for v := q - 1; v >= 0 && v >= q-5; v-- {
					if engageVerbs[toks[v].low] {
						if g, ok := subjectOf(toks, ms, v, 0, &articleState{}, nil); ok {
							src = g
						}
						if mi := mentionAt(toks, ms, v+1, 2); mi >= 0 && ms[mi].j <= q {
							tgt = groupAt(toks, ms, mi)
						}
						break
					}
				}
				break
			}
			if isPunct(l) || objPreps[l] || locPreps[l] {
				break
			}
		}
	}
	if t.p.Prep != "" {
		// "rallies in the Gaza Strip against the party's leader": the
		// preposition may come after a place or a time.
		for q := t.j; q < len(toks) && q <= t.j+8; q++ {
			if prepMatch(t.p.Prep, toks[q].low) {
				if mi := mentionAt(toks, ms, q+1, 2); mi >= 0 {
					tgt = groupAt(toks, ms, mi)
				}
				break
			}
			if isPunct(toks[q].text) || rightStop[toks[q].low] || reportWords[toks[q].low] || adjunctPreps[toks[q].low] || coordinatedPredicate(toks, q) {
				break
			}
		}
	}
	// "Ukraine's bid to join the EU": the body asked for membership
	// (blocmembership.go).
	if len(tgt) == 0 && membershipBidPattern(t.p) {
		tgt = blocJoined(toks, ms, t.j)
	}
	if len(tgt) == 0 && len(innerAgent) > 0 && !sameGroup(innerAgent, src) {
		tgt = innerAgent
	}
	if t.p.Recip && len(tgt) == 0 && len(src) > 1 {
		tgt = src
	}
	// "Russia's visit drew criticism from Washington", "the Chinese plan
	// sparked protests from Tokyo": the reaction's agent is its source and
	// what drew it names the target.
	if len(tgt) == 0 && len(agent) > 0 && sameGroup(src, agent) {
		for q := t.i - 1; q >= 0 && q >= t.i-3; q-- {
			// "the plan met with criticism from Uganda": the verb is
			// before "with".
			if toks[q].low == "with" && q > 0 && reactionVerbs[toks[q-1].low] {
				q--
			}
			if reactionVerbs[toks[q].low] {
				if g, ok := subjectOf(toks, ms, q, 0, &articleState{}, nil); ok && !sameGroup(g, src) {
					// A name that took the sentence's only country took
					// the reacting side's ("Abe's remarks sparked protests
					// from Beijing" says nothing of Abe's nationality).
					tgt = append(group(nil), g...)
					for k := range tgt {
						for _, o := range src {
							if tgt[k].borrowed && !o.borrowed && o.country == tgt[k].country && stateLevel(o) {
								tgt[k].country, tgt[k].borrowed = "", false
							}
						}
					}
				}
				break
			}
			// "drew a sharp protest", "a diplomatic protest": the tagger
			// may read the modifier as a noun; a lower-case word of the
			// noun phrase is still a modifier of the reaction.
			if !(determiners[toks[q].low] || modifierWord(toks[q]) || toks[q].text == toks[q].low && strings.HasPrefix(toks[q].pos, "NN")) {
				break
			}
		}
	}
	// "The government faced protests over fuel prices", "the plan drew
	// protests", "the visit was met with protests": whoever faces or draws
	// protests, named by no protester, is what they are against.
	if len(src) == 0 && len(tgt) == 0 && len(agent) == 0 && t.p.Type == "PROTEST" && t.p.Words[0] != "strike" {
		if v := facedVerb(toks, t.i); v >= 0 {
			if g, ok := subjectOf(toks, ms, v, 0, &articleState{}, nil); ok {
				tgt = g
			}
		}
	}
	// "The ministry said it had received Germany's demand for
	// compensation": the possessor of a demand, request or offer made it;
	// whoever received it is the one it was made to.
	if len(tgt) == 0 && len(src) > 0 {
		v := receivedPossessed(toks, src[0], t.i)
		if v < 0 {
			v = receivedFrom(toks, src[0], t.i, t.j)
		}
		if v >= 0 {
			// A receiver whose only country is the one it borrowed
			// from the possessor ("the ministry" beside "Germany's
			// demand") is not known to be of it: a demand is made to
			// another party, so it is left unnamed.
			if g, ok := subjectOf(toks, ms, v, 0, &articleState{}, nil); ok && !sameGroup(g, src) && !slices.ContainsFunc(g, func(m mention) bool { return m.borrowed && m.country == src[0].country }) {
				tgt = g
			}
		}
	}
	// "blockades in the West Bank": a place right after the noun, or after
	// a verb saying the thing began or spread there ("protests broke out in
	// Dakar", "riots have spread to Mombasa").
	start := t.j
	if q, spread := onsetAfter(toks, t.j); q > t.j {
		start = q
		if q < len(toks) && spread && toks[q].low == "to" && mentionAt(toks, ms, q+1, 2) >= 0 {
			m := ms[mentionAt(toks, ms, q+1, 2)]
			if m.country != "" {
				loc = &m
			}
		}
	}
	for q := start; loc == nil && q < len(toks) && q <= start+1; q++ {
		if locPreps[toks[q].low] {
			if mi := mentionAt(toks, ms, q+1, 2); mi >= 0 && ms[mi].country != "" {
				m := ms[mi]
				loc = &m
			}
			break
		}
	}
	return src, tgt, loc
}

// coordinatedPredicate says whether a conjunction at q opens a predicate
// of its own, on the same subject ("carried out a raid last month and called on the president to ..."):
// a preposition past it belongs to that clause's verb, so it names no
// target of the noun before it. A conjunction joining nouns ("protests
// against the army and the police") goes on.
func coordinatedPredicate(toks []tok, q int) bool {
	switch toks[q].low {
	case "and", "but", "or":
	default:
		return false
	}
	k := q + 1
	// "and then called", "and also urged"
	if k < len(toks) && toks[k].pos == "RB" {
		k++
	}
	if k >= len(toks) {
		return false
	}
	if finiteVerb(toks[k]) {
		return true
	}
	// The tagger may read a past form after "and" as a participle
	// ("and called on"); one followed by a noun may modify it ("and
	// detained activists"), so only one followed by another word counts.
	if toks[k].pos != "VBN" || k+1 >= len(toks) {
		return false
	}
	next := toks[k+1].pos
	return next == "NNP" || !strings.HasPrefix(next, "NN") && !strings.HasPrefix(next, "JJ")
}

// reactorOf says whether m is named after a verb of reaction that the
// nominal event t is the subject of ("China's naval drills drew a sharp
// protest from Taipei", "the summit sparked anger in Tokyo"): whoever
// reacted to the event took no part in it, so is no partner of it.
func reactorOf(toks []tok, t *trigger, m mention) bool {
	if !t.nominal || m.i < t.j {
		return false
	}
	for q := t.j; q < m.i && q <= t.j+2; q++ {
		if reactionVerbs[toks[q].low] {
			return true
		}
		// "has drawn", "quickly drew"
		if l := toks[q].low; !(l == "has" || l == "have" || l == "had" || toks[q].pos == "RB") {
			return false
		}
	}
	return false
}

// presentSubjectParticiple says whether a present participle trigger
// modifies the sentence's subject before its main verb ("Leaders meeting
// at an emergency summit suspended Niger", "Ministers meeting in Lima
// criticized Venezuela"): the participle's phrase ends where that verb
// begins, and the main verb's object is no party to the participle's act.
// The participle comes right after a noun, with no finite verb before it.
// It returns the main verb's token, or -1.
func presentSubjectParticiple(toks []tok, t *trigger) int {
	if t.nominal || t.passive || t.i == 0 || toks[t.head].pos != "VBG" || !strings.HasSuffix(toks[t.head].low, "ing") {
		return -1
	}
	prev := toks[t.i-1]
	if !(headNoun(prev) || isCap(prev.text) && !isPunct(prev.low)) || finiteVerbBefore(toks, t.i) {
		return -1
	}
	for q := t.j; q < len(toks); q++ {
		if isPunct(toks[q].text) || subordinators[toks[q].low] || toks[q].low == "that" || toks[q].low == "and" {
			return -1
		}
		if finiteVerb(toks[q]) && !isCap(toks[q].text) {
			return q
		}
	}
	return -1
}

// blocOfMembers says whether the target is only the body whose country
// every source borrowed (members of a bloc, at its summit, as its), and no
// source is that body itself.
func blocOfMembers(src, tgt group) bool {
	if len(tgt) != 1 || len(src) == 0 || tgt[0].kind != kb.TypeOrganisation || tgt[0].country == "" {
		return false
	}
	for _, m := range src {
		if !m.borrowed || m.country != tgt[0].country || m.kind != "role" {
			return false
		}
	}
	return true
}

// actsInsidePrep returns the agent after "by" of the noun phrase that the
// preposition at p takes, when that phrase is a bare common noun with its
// modifiers ("into alleged abuses by Myanmar's security forces", "against
// killings by police"): the acts are the agent's, so the event aimed at
// them is aimed at the agent. A phrase naming an actor of its own, or any
// other word between, gives nil.
func actsInsidePrep(toks []tok, ms []mention, p int) group {
	q := p + 1
	for q < len(toks) && q <= p+5 && toks[q].low != "by" {
		if mentionAt(toks, ms, q, 0) >= 0 || isPunct(toks[q].text) || isCap(toks[q].text) ||
			!(determiners[toks[q].low] || modifierWord(toks[q]) || strings.HasPrefix(toks[q].pos, "NN") || toks[q].pos == "JJ" || toks[q].pos == "VBN") {
			return nil
		}
		q++
	}
	if q == p+1 || q >= len(toks) || toks[q].low != "by" {
		return nil
	}
	if mi := mentionAt(toks, ms, q+1, 2); mi >= 0 {
		return groupAt(toks, ms, mi)
	}
	return nil
}

// receivedPossessed returns the verb of receiving before a possessor m
// whose "'s" is followed by the event noun at i ("received Germany's
// demand", "has received Kyiv's formal request"), else -1.
func receivedPossessed(toks []tok, m mention, i int) int {
	if m.i < 1 || m.j >= i || toks[m.j].low != "'s" {
		return -1
	}
	for q := m.j + 1; q < i; q++ {
		if !modifierWord(toks[q]) {
			return -1
		}
	}
	q := m.i - 1
	if determiners[toks[q].low] && q > 0 {
		q--
	}
	if receiveForms[toks[q].low] {
		return q
	}
	return -1
}

// receivedFrom returns the verb of receiving before the event noun at
// [i, j) whose maker m follows it after "from" ("Kenya received an
// extradition request from Uganda", "has received a formal demand from
// the union"), else -1: the request came from m and went to the receiver.
func receivedFrom(toks []tok, m mention, i, j int) int {
	if m.i < 1 || m.i < j || toks[m.i-1].low != "from" || m.i-1 > j+1 {
		return -1
	}
	q := i - 1
	for ; q >= 0 && q >= i-4; q-- {
		// A common noun before the event noun qualifies it
		// ("an extradition request", "an aid request").
		if !(determiners[toks[q].low] || modifierWord(toks[q]) || toks[q].pos == "NN" && !isCap(toks[q].text)) {
			break
		}
	}
	if q >= 0 && receiveForms[toks[q].low] {
		return q
	}
	return -1
}

// receiveForms are the forms of "receive".
var receiveForms = map[string]bool{"receive": true, "receives": true, "received": true, "receiving": true}

// onsetVerbs say that something began or spread (an intransitive verb
// after its subject noun, "protests erupted"); the value marks verbs that
// take "to" for the place reached ("spread to Mombasa").
var onsetVerbs = map[string]bool{"erupted": false, "erupt": false, "erupts": false, "broke": false, "break": false,
	"breaks": false, "broken": false, "flared": false, "flare": false, "flares": false, "spread": true, "spreads": true,
	"spreading": true, "erupting": false, "breaking": false, "flaring": false}

// onsetAfter skips an onset verb phrase at toks[j:] ("broke out", "have
// erupted", "flared up", "are spreading") and returns the index after it
// (j when there is none) and whether the verb takes "to" for a place.
func onsetAfter(toks []tok, j int) (int, bool) {
	q := j
	if q < len(toks) && auxWords[toks[q].low] {
		q++
	}
	if q >= len(toks) {
		return j, false
	}
	spread, ok := onsetVerbs[toks[q].low]
	if !ok {
		return j, false
	}
	w := toks[q].low
	q++
	if strings.HasPrefix(w, "br") {
		// "break" alone ("protests broke the calm") is no onset.
		if q >= len(toks) || toks[q].low != "out" {
			return j, false
		}
		q++
	} else if q < len(toks) && toks[q].low == "up" && strings.HasPrefix(w, "fl") {
		q++
	}
	return q, spread
}

// auxWords are auxiliaries before a verb in a perfect or progressive form.
var auxWords = map[string]bool{"have": true, "has": true, "had": true, "are": true, "is": true, "were": true, "was": true}

// lightSubject returns the subject of a light verb carrying the nominal
// event at token i ("voiced criticism", "issued a warning"), if any.
func lightSubject(toks []tok, ms []mention, i int) (group, bool) {
	for q := i - 1; q >= 0 && q >= i-4; q-- {
		l := toks[q].low
		if lightVerbs[l] {
			return subjectOf(toks, ms, q, 0, &articleState{}, nil)
		}
		if v := partakeVerb(toks, q); v >= 0 {
			return subjectOf(toks, ms, v, 0, &articleState{}, nil)
		}
		if isPunct(l) || objPreps[l] || locPreps[l] {
			break
		}
	}
	return nil, false
}

// partakeVerb returns the verb of taking part when toks[q] is the "in"
// after it ("took part in", "taking part in", "participated in", "joined
// in"), else -1: its subject acts in the nominal event that follows.
func partakeVerb(toks []tok, q int) int {
	if q < 1 || toks[q].low != "in" {
		return -1
	}
	v := toks[q-1].low
	if strings.HasPrefix(v, "participat") || v == "joined" || v == "join" || v == "joining" || v == "joins" {
		return q - 1
	}
	if v == "part" && q >= 2 && takeForms[toks[q-2].low] {
		return q - 2
	}
	return -1
}

// claimVerb returns the verb claiming an act when toks[q] is the "for"
// after its claim ("claimed responsibility for", "claiming full credit
// for", "took responsibility for", "accepted responsibility for"), else
// -1: the act that follows is the verb's subject's own. "denied
// responsibility for" is not one: the denier disowns the act.
func claimVerb(toks []tok, q int) int {
	if q < 2 || toks[q].low != "for" {
		return -1
	}
	k := q - 1
	// "claimed responsibility on Sunday for the bombing": a time adjunct
	// between the claim and its "for" leaves the claim whole.
	for n := 0; n < 4 && k > 0 && (timeNames[toks[k].low] || claimTimeWords[toks[k].low] || isNumber(toks[k].low)); n++ {
		k--
	}
	if toks[k].low != "responsibility" && toks[k].low != "credit" {
		return -1
	}
	k--
	if toks[k].low == "full" || toks[k].low == "sole" {
		k--
	}
	if k < 0 {
		return -1
	}
	if claimForms[toks[k].low] || takeForms[toks[k].low] {
		return k
	}
	return -1
}

// claimTimeWords make up a time adjunct after a claim ("on Sunday", "late
// on Monday", "overnight", "on March 3").
var claimTimeWords = map[string]bool{"on": true, "late": true, "early": true, "overnight": true, "yesterday": true,
	"today": true, "later": true, "earlier": true, "also": true}

// claimForms are the forms of the verbs that claim an act as one's own.
var claimForms = map[string]bool{}

func init() {
	for _, v := range []string{"claim", "accept", "admit"} {
		for _, f := range verbForms(v) {
			claimForms[f] = true
		}
	}
}

// takeForms are the forms of "take".
var takeForms = map[string]bool{"take": true, "takes": true, "took": true, "taken": true, "taking": true}

// finiteVerb says whether a token is a finite verb or a modal ("says",
// "will"), by its tag or, for simple past forms that are never nouns nor
// participles, by its form: the POS post-rules (nlp subjectPasts) retag a
// strong past after its subject, but "The deal/JJ drew/NN sharp/NN
// criticism" has no noun subject nor complement opener for them to see
// (TestCoderFixtures, "a from-agent after a finite verb").
func finiteVerb(t tok) bool {
	return t.pos == "VBD" || t.pos == "VBZ" || t.pos == "VBP" || t.pos == "MD" || pastOnly[t.text]
}

// verbLike says whether a token is a verb: by its tag, or untagged, by a
// lower-case "-ed" form ("talks with Iran mediated by Oman").
func verbLike(t tok) bool {
	if t.pos != "" {
		return strings.HasPrefix(t.pos, "VB")
	}
	return strings.HasSuffix(t.text, "ed") || pastOnly[t.text]
}

// pastOnly are lower-case simple past forms that are no other word, for
// finiteVerb and for untagged tokens (verbLike); tagged text has most of
// them made VBD by the POS post-rules already.
var pastOnly = map[string]bool{"drew": true, "withdrew": true, "overran": true, "forbade": true, "began": true, "took": true,
	"froze": true, "unfroze": true, "forgave": true}

// adjunctPreps open an adjunct of the clause ("following the deaths of
// ...", "after talks with ..."): a noun's own prepositional phrase does not
// reach past them.
var adjunctPreps = map[string]bool{"following": true, "after": true, "before": true, "during": true, "amid": true,
	"despite": true, "since": true, "because": true, "until": true}

// engageVerbs draw their object into a nominal event: "engaged X in a
// firefight", "drew Y into talks".
var engageVerbs = map[string]bool{}

func init() {
	for _, v := range []string{"engage", "draw", "involve", "drag"} {
		for _, f := range verbForms(v) {
			engageVerbs[f] = true
		}
	}
	engageVerbs["drew"], engageVerbs["drawn"] = true, true
}

// reactionVerbs take a reaction as their object, and their subject is what
// it reacts to: "drew criticism", "sparked protests", "faced sanctions".
var reactionVerbs = map[string]bool{}

// undergoVerbs say that their subject underwent what their object names:
// "has seen two coups", "experienced a wave of attacks", "suffered
// raids". Only past forms: the present "sees the visit as a provocation"
// is an opinion, and "saw", "seen" a past occurrence.
var undergoVerbs = map[string]bool{"saw": true, "seen": true, "witnessed": true, "experienced": true, "suffered": true,
	"underwent": true, "undergone": true, "endured": true}

func init() {
	for _, v := range []string{"draw", "spark", "prompt", "trigger", "provoke", "attract", "face", "receive", "earn", "invite", "meet",
		"fuel", "ignite", "stoke", "cause"} {
		for _, f := range verbForms(v) {
			reactionVerbs[f] = true
		}
	}
	reactionVerbs["drew"], reactionVerbs["drawn"], reactionVerbs["met"] = true, true, true
}

// onStrikeVerbs put their subject "on strike": the copula and the verbs of
// staying in a state ("remained on hunger strike").
var onStrikeVerbs = map[string]bool{"is": true, "are": true, "was": true, "were": true, "been": true, "be": true, "being": true,
	"remain": true, "remains": true, "remained": true, "remaining": true, "stay": true, "stays": true, "stayed": true, "staying": true}

// doubleObjectVerb returns the verb of giving whose first object is m
// when the nominal event at t follows m as its second object ("sent Sudan
// a request", "handed the Sudanese envoy a protest note", "gave Iran an
// ultimatum"), else -1. The second object opens with an article or a
// possessive pronoun right after m, or after m's possessive and the head
// it owns ("handed Sudan's charge d'affaires a note").
func doubleObjectVerb(toks []tok, m mention, t int) int {
	v := m.i - 1
	if v >= 0 && (toks[v].low == "the" || toks[v].low == "its" || toks[v].low == "their") {
		v--
	}
	if v < 0 || !ditransitiveForms[toks[v].low] {
		return -1
	}
	k := m.j
	if k < t && toks[k].text == "'s" {
		// The head owned: lower-case words up to the second object.
		for k++; k < t && !isPunct(toks[k].text) && !secondObjectStart[toks[k].low] && !verbLike(toks[k]); k++ {
		}
	}
	if k >= t || !secondObjectStart[toks[k].low] {
		return -1
	}
	for q := k + 1; q < t; q++ {
		if isPunct(toks[q].text) || verbLike(toks[q]) {
			return -1
		}
	}
	return v
}

// firstObjectRecipient returns the actor named as the first of two
// objects of verb trigger t, whose pattern has a gap between the verb and
// the thing given ("give * million", "send * weapons"): in "gave Ukraine
// 20 million pounds" Ukraine is the recipient. The name must fill the
// start of the gap and be followed by the rest of it, not by a
// possessive ("gave Ukraine's army aid": the army is the recipient, and
// the name its owner), a preposition or a clause break.
func firstObjectRecipient(toks []tok, ms []mention, t *trigger) group {
	w := t.p.Words
	if len(w) < 3 || w[1] != "*" || t.i >= len(toks) || !ditransitiveForms[toks[t.i].low] {
		return nil
	}
	k := t.i + 1
	if k < len(toks) && toks[k].low == "the" {
		k++
	}
	mi := mentionAt(toks, ms, k, 0)
	if mi < 0 {
		return nil
	}
	m := ms[mi]
	if m.kind == "pronoun" || m.country == "" && m.actorID == "" || m.j > t.j-(len(w)-2) {
		return nil
	}
	// "sent Russian weapons": a lone demonym modifies the thing given.
	if m.kind == "demonym" && m.j-m.i < 2 {
		return nil
	}
	n := toks[m.j].low
	if n == "'s" || n == "'" || n == "and" || n == "or" || isPunct(toks[m.j].text) && n != "$" || objPreps[n] || locPreps[n] || verbLike(toks[m.j]) {
		return nil
	}
	return groupAt(toks, ms, mi)
}

// ditransitiveForms are the forms of verbs of giving that take the
// recipient as first object ("sent Sudan a note", "offered Kyiv a deal").
// A note or an ultimatum is also delivered or served on its addressee in
// the same order ("delivered Sudan an ultimatum", "served the paper a
// demand to close").
var ditransitiveForms = map[string]bool{}

// secondObjectStart opens the thing given after the recipient.
var secondObjectStart = map[string]bool{"a": true, "an": true, "its": true, "their": true, "his": true, "her": true}

func init() {
	for _, v := range []string{"send", "give", "hand", "offer", "grant", "issue", "extend", "deliver", "serve"} {
		for _, f := range verbForms(v) {
			ditransitiveForms[f] = true
		}
	}
	for _, f := range []string{"sent", "gave", "given", "handed", "granted", "extended"} {
		ditransitiveForms[f] = true
	}
}

// forumPreps introduce where a decision is taken up ("appeal the ruling
// in the Supreme Court", "at the tribunal", "before the court").
var forumPreps = map[string]bool{"in": true, "at": true, "before": true}

// lightVerbs carry a nominal event as their object.
var lightVerbs = map[string]bool{}

// collectiveNouns count events named after their "of" ("a package of
// sanctions", "a fresh round of sanctions", "a wave of strikes").
var collectiveNouns = map[string]bool{"package": true, "packages": true, "round": true, "rounds": true, "raft": true,
	"set": true, "batch": true, "wave": true, "series": true, "string": true, "barrage": true, "volley": true}

// measureVerbs adopt a sanction as the subject's own measure.
var measureVerbs = map[string]bool{"adopt": true, "adopts": true, "adopted": true, "adopting": true,
	"approve": true, "approves": true, "approved": true, "approving": true, "unveil": true, "unveils": true, "unveiled": true}

func init() {
	for _, v := range []string{"reiterate", "repeat", "renew", "issue", "stage", "hold", "launch", "begin", "continue", "organize", "organise", "conduct", "start",
		"mount", "carry", "declare", "announce", "resume", "call", "end", "hold", "make", "pay", "complete", "undertake", "give",
		"voice", "express", "level", "expand", "intensify", "escalate", "widen", "join"} {
		for _, f := range verbForms(v) {
			lightVerbs[f] = true
		}
	}
	lightVerbs["began"], lightVerbs["begun"] = true, true
	// "Britain on Tuesday imposed travel bans on six officials": the one
	// who imposes a ban, an embargo, a curfew or a freeze is its source,
	// also with a time adjunct between the subject and the verb.
	// So is the one who extends or prolongs one ("voted to extend an
	// arms embargo"): the measure stays its own.
	for _, v := range []string{"impose", "reimpose", "extend", "prolong"} {
		for _, f := range verbForms(v) {
			lightVerbs[f] = true
		}
	}
	// Verbs that pass a written act on to its addressee ("sent a request
	// to Britain", "lodged an appeal", "handed a note of protest"): their
	// subject made the request. Forms that are more often nouns or
	// adjectives ("hand", "file", "table", "present") are left out.
	for _, v := range []string{"send", "submit", "lodge", "deliver"} {
		for _, f := range verbForms(v) {
			lightVerbs[f] = true
		}
	}
	for _, f := range []string{"sent", "handed", "handing", "filed", "filing", "tabled", "tabling", "presented", "presenting"} {
		lightVerbs[f] = true
	}
}

// attachDefinite adds a definite nominal mention without actors ("the
// meeting ended on July 27") as evidence to the latest event of the same
// type, refining its date.
func (c *Coder) attachDefinite(st *articleState, s model.Sentence, toks []tok, t *trigger, dates []model.TimeExpr) {
	var prev *draft
	for i := len(st.events) - 1; i >= 0; i-- {
		if st.events[i].ev.Type == t.p.Type && st.events[i].ev.Polarity == "asserted" {
			prev = st.events[i]
			break
		}
	}
	if prev == nil {
		return
	}
	// Only the same kind of event; the same trigger concept is not required
	// ("workshop" then "the meeting").
	for _, d := range st.sameKey(prev.ev.Type, prev.srcKey, prev.tgtKey) {
		if d.ev.Date == prev.ev.Date {
			d.ev.Evidence = append(d.ev.Evidence, model.Evidence{Sentence: s.Index, Text: s.Text, Start: s.Start, End: s.End,
				Trigger: toks[t.i].text, Rule: t.p.Rule + " (definite mention of an earlier event)"})
			lo, hi := clauseBounds(toks, t)
			if dd := pickDate(dates, toks[t.head].start, lo, hi); dd != nil && dd.EndValue == "" && compatible(d.ev.Date, d.dateEnd, dd.Value) {
				d.ev.Date, d.ev.Precision, d.ev.Relation = dd.Value, dd.Precision, dd.Relation
				d.ev.DateFrom, d.ev.DateTo = "", ""
				d.dateEnd = ""
			}
		}
	}
}

// compatible says whether date v can be the same time as date a (with
// optional range end e).
func compatible(a, e, v string) bool {
	if a == "" || v == "" {
		return true
	}
	if strings.HasPrefix(v, a) || strings.HasPrefix(a, v) {
		return true
	}
	if e != "" && v >= a && (v <= e || strings.HasPrefix(v, e)) {
		return true
	}
	return false
}

// add merges an event into the article's list: the same type, polarity,
// source and target with a compatible date is one event told again.
func (c *Coder) add(st *articleState, d *draft) {
	for _, o := range st.sameKey(d.ev.Type, d.srcKey, d.tgtKey) {
		if o.ev.Polarity != d.ev.Polarity {
			continue
		}
		if !(compatible(o.ev.Date, o.dateEnd, d.ev.Date) || compatible(d.ev.Date, d.dateEnd, o.ev.Date)) {
			continue
		}
		// "are holding talks and may hold more talks": in one sentence,
		// an actual event and a possible or planned one are two events,
		// told in two clauses; merging them would make the talks held
		// only possible.
		if (o.ev.Modality == "actual") != (d.ev.Modality == "actual") && o.hasSentence(d.ev.Evidence[0].Sentence) {
			continue
		}
		// "Militants who captured Kidal attacked a convoy": a verb told
		// as background (a relative or subordinate clause) and the main
		// clause's verb in the same sentence are two acts, one told to
		// say who the actors are; merged, the main event would take the
		// clause's target and wording. Verbs of one clause ("attacked
		// and captured the town") are both main and stay one event.
		if !o.nominal && !d.nominal && o.hasSentence(d.ev.Evidence[0].Sentence) && !o.hasEvidence(d.ev.Evidence[0].Sentence, d.ev.Evidence[0].Trigger) &&
			(o.ev.Confidence >= 0.5) != (d.ev.Confidence >= 0.5) {
			continue
		}
		// "killed five soldiers and wounded 12 (others)": the second
		// verb acts on other members of the first verb's object, a
		// second act of the sentence (see elidedObject).
		if (o.others || d.others) && o.hasSentence(d.ev.Evidence[0].Sentence) && !o.hasEvidence(d.ev.Evidence[0].Sentence, d.ev.Evidence[0].Trigger) {
			continue
		}
		// "Poland recalled its ambassador and expelled two diplomats":
		// two verbs of one sentence coded as different acts of one type
		// (reducing relations, 161, and expelling, 166) are two acts,
		// not one told twice; a general code and a specific one under it
		// ("imposed sanctions, an embargo") may be the same act.
		if !o.nominal && !d.nominal && o.hasSentence(d.ev.Evidence[0].Sentence) && !o.hasEvidence(d.ev.Evidence[0].Sentence, d.ev.Evidence[0].Trigger) &&
			distinctActs(o.ev.CAMEO, d.ev.CAMEO) {
			continue
		}
		if !o.hasEvidence(d.ev.Evidence[0].Sentence, d.ev.Evidence[0].Trigger) {
			o.ev.Evidence = append(o.ev.Evidence, d.ev.Evidence...)
		}
		if len(d.ev.Date) > len(o.ev.Date) {
			o.ev.Date, o.ev.Precision, o.ev.Relation, o.dateEnd = d.ev.Date, d.ev.Precision, d.ev.Relation, d.dateEnd
			o.ev.DateFrom, o.ev.DateTo = d.ev.DateFrom, d.ev.DateTo
		}
		if o.ev.Modality == "actual" && d.ev.Modality != "actual" {
			o.ev.Modality = d.ev.Modality
		}
		if d.ev.Confidence > o.ev.Confidence {
			o.ev.Confidence = d.ev.Confidence
		}
		if o.ev.Attribution == nil {
			o.ev.Attribution = d.ev.Attribution
		}
		return
	}
	st.events = append(st.events, d)
}

// distinctActs says whether two CAMEO codes of one type name different
// acts: both three digits or more and neither a prefix of the other
// ("161" and "166"; not "160" and "1663", nor "16" and "166").
func distinctActs(a, b string) bool {
	if len(a) < 3 || len(b) < 3 {
		return false
	}
	if a[:3] == b[:3] || strings.HasSuffix(a[:3], "0") || strings.HasSuffix(b[:3], "0") {
		return false
	}
	return true
}

var intentWords = map[string]string{"will": "intent", "would": "intent", "'ll": "intent", "shall": "intent", "willing": "intent",
	"ready": "intent", "prepared": "intent", "intends": "intent", "intend": "intent", "plans": "plan", "plan": "plan",
	"planned": "plan", "planning": "plan", "going": "intent", "wants": "intent", "want": "intent", "wanted": "intent"}

// threatCode is CAMEO's code for threatening the act coded act ("plans to
// sanction" 1312, "will invade" 1384, "threatened to cut ties" 1313), or ""
// when CAMEO has no threat specific to it.
func threatCode(act string) string {
	switch act {
	case "160":
		return "131"
	case "161":
		return "1313"
	case "162", "1621", "1622", "1623":
		return "1311"
	case "163":
		return "1312"
	case "164":
		return "134"
	case "165":
		return "135"
	case "166", "1661", "1662", "1663":
		return "136"
	case "172":
		return "132"
	case "1721":
		return "1321"
	case "1722":
		return "1322"
	case "1723":
		return "1323"
	case "1724":
		return "1324"
	case "175":
		return "137"
	case "191":
		return "1381"
	case "192":
		return "1382"
	case "204":
		return "1385"
	}
	switch {
	case strings.HasPrefix(act, "14"):
		return "133"
	case strings.HasPrefix(act, "18"), strings.HasPrefix(act, "20"):
		return "1383"
	case strings.HasPrefix(act, "19"):
		return "1384"
	}
	return ""
}

// intentCue looks a few words back from a verb trigger for "will",
// "willing to", "plans to" and the like.
func intentCue(toks []tok, i int) string {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		l := toks[k].low
		if w, ok := intentWords[l]; ok {
			return w
		}
		if leftStop[l] || l == "," || reportWords[l] {
			return ""
		}
	}
	return ""
}

// conditionalAfter finds "unless" or "if" later in the clause.
func conditionalAfter(toks []tok, j int) bool {
	for k := j; k < len(toks) && k < j+15; k++ {
		switch toks[k].low {
		case "unless", "if":
			return true
		case ";", ".", "\"":
			return false
		}
	}
	return false
}

// supposedWish says whether trigger t is a bare verb of wishing ("want",
// "wish") right after a modal of supposition ("might want", "may well
// wish"): the writer's guess at what the subject wants.
func supposedWish(toks []tok, t *trigger) bool {
	switch toks[t.i].low {
	case "want", "wish":
	default:
		return false
	}
	return modalBefore(toks, t.i)
}

// anyBeforeNoun says whether the noun phrase of the event noun toks[i]
// opens with "any" ("any Israeli strike", "any new U.S. sanctions"),
// looking back over the modifiers and compound nouns between them only.
func anyBeforeNoun(toks []tok, i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		tk := toks[k]
		if tk.low == "any" {
			return true
		}
		if tk.text == "-" || tk.low == "new" || tk.low == "further" || tk.low == "future" || tk.low == "more" || modifierWord(tk) || strings.HasPrefix(tk.pos, "NN") {
			continue
		}
		return false
	}
	return false
}

// disperseAfter says whether a purpose clause "to disperse" or "to break
// up" follows within a few words after token j ("into the air to disperse
// the crowd").
func disperseAfter(toks []tok, j int) bool {
	for k := j; k+1 < len(toks) && k <= j+5; k++ {
		l := toks[k].low
		if l == "," || l == ";" || l == "and" || l == "but" {
			return false
		}
		if l != "to" {
			continue
		}
		n := toks[k+1].low
		return n == "disperse" || n == "break" && k+2 < len(toks) && toks[k+2].low == "up"
	}
	return false
}

// modalBefore finds "may", "might" or "could" a few words before a verb.
func modalBefore(toks []tok, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch l := toks[k].low; l {
		case "may", "might", "could":
			return true
		default:
			if leftStop[l] || l == "," {
				return false
			}
		}
	}
	return false
}

// refusalCue finds a negated intention before a verb: "will not",
// "would not", "won't", "refused to", "declined to", "not willing to".
func refusalCue(toks []tok, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		l := toks[k].low
		switch l {
		case "refused", "refuses", "refuse", "declined", "declines", "unwilling":
			return true
		case "not", "n't", "never":
			if k > 0 {
				switch toks[k-1].low {
				case "will", "would", "wo", "shall", "could", "can", "ca", "'ll":
					return true
				}
			}
		}
		if leftStop[l] || l == "," {
			return false
		}
	}
	return false
}

// obligationCue finds "must", "should", "has to", "need to" before a verb.
func obligationCue(toks []tok, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		l := toks[k].low
		switch l {
		case "must", "should":
			return true
		case "to":
			if k > 0 && (toks[k-1].low == "has" || toks[k-1].low == "have" || toks[k-1].low == "need" || toks[k-1].low == "needs") {
				return true
			}
		}
		if leftStop[l] || l == "," || reportWords[l] {
			return false
		}
	}
	return false
}

// cues reads negation and modality before the trigger (and after a nominal
// one) within its clause.
func (c *Coder) cues(toks []tok, t *trigger, emb *trigger) (polarity, modality string) {
	polarity, modality = "asserted", "actual"
	start := t.i - 6
	if start < 0 {
		start = 0
	}
	// "The Chadian junta, which plans elections next year, banned rallies":
	// a relative clause closed by the comma before the verb is an aside on
	// the subject; its cues ("plans") are its own verb's, not this one's.
	if !t.nominal && closedRelativeAside(toks, t.i) {
		start = t.i
	}
	for k := t.i - 1; k >= start; k-- {
		if (leftStop[toks[k].low] || clauseLeft[toks[k].low]) && toks[k].low != "that" || toks[k].low == "," && k < t.i-2 {
			start = k + 1
			break
		}
		// "plans to send tanks and has already delivered artillery": a
		// modal or negation before a conjunction that opens a predicate
		// of its own does not reach into it.
		if (toks[k].low == "and" || toks[k].low == "or") && newPredicate(toks, k+1) {
			start = k + 1
			break
		}
		// "said the talks had not failed and urged both sides to ...": a
		// speaker's act after "and" coordinates with the reporting verb
		// before the reported clause, whose negation it does not share
		// (talks urge nobody), though a tagger reads it as a participle
		// sharing "had".
		if toks[k].low == "and" && k+1 == t.i && !t.nominal && speakerActs[toks[t.i].low] && reportedBefore(toks, k) {
			start = k + 1
			break
		}
		// "Moscow denied the accusations and promised to retaliate", "denied
		// the charges and pledged to cooperate": a past verb after "and",
		// when a finite past verb with an object of its own comes before,
		// is the subject's second act; the negation of the first ("denied")
		// is its object's, not the second act's, though a tagger reads the
		// second verb as a participle or an adjective.
		if toks[k].low == "and" && k+1 == t.i && !t.nominal && coordinatedPastVerb(toks, k) {
			start = k + 1
			break
		}
		// "Serbia was not invited and promised to boycott the summit",
		// "was not consulted and vowed to retaliate": a speaker's act after
		// "and" is the subject's own, active; the negation of the passive
		// before it ("not invited") is not the second act's.
		if toks[k].low == "and" && k+1 == t.i && !t.nominal && speakerActs[toks[t.i].low] && toks[t.i].low != "invited" && negatedPassiveBefore(toks, k) {
			start = k + 1
			break
		}
	}
	// "If Israel attacks Iran's sites, ...": the event of an if-clause is a
	// supposition, not a report.
	for k := t.i - 1; k >= 0 && k >= t.i-12; k-- {
		l := toks[k].low
		if l == "if" || l == "unless" {
			modality = strongerModality(modality, "hypothetical")
			break
		}
		if l == "," || l == ";" || l == ":" || l == "." || l == "that" || l == "and" || l == "but" {
			break
		}
	}
	// "any Israeli strike on its sites would be met with force", "warned
	// against any attack": an event noun under "any" refers to no strike
	// that took place but to whichever might; it is a supposition.
	if t.nominal && anyBeforeNoun(toks, t.i) {
		modality = strongerModality(modality, "hypothetical")
	}
	// "Taiwan fears a Chinese invasion", "bracing for a Russian
	// offensive": an act feared or expected is a supposition too
	// (fearedAct).
	if fearedAct(toks, t) {
		modality = strongerModality(modality, "hypothetical")
	}
	weakNeg := false
	strongNeg := false
	possible := false // "did not rule out"
	words := make([]string, len(toks))
	for k, tk := range toks {
		words[k] = tk.text
	}
	for k := start; k < t.i; k++ {
		// "The plan drew condemnation": a cue word used as a noun cues
		// nothing.
		if planNouns[toks[k].low] && (strings.HasPrefix(toks[k].pos, "NN") || k > 0 && determiners[toks[k-1].low] || timex.PlanNoun(words, k)) {
			continue
		}
		// "Doctors Without Borders criticised the delays": a cue word
		// inside a proper name denies nothing.
		if cueInName(toks, k) {
			continue
		}
		for _, cu := range c.pats.cues[toks[k].low] {
			if cu.After || !cueMatch(toks, k, cu.Words) {
				continue
			}
			switch cu.Role {
			case "negation":
				// "not only ... but", "did not hesitate to", "no doubt
				// that" (negcues.go): the negation is no denial of the act.
				if negationNegatesNothing(toks, k, t.i) {
					break
				}
				// "a failed coup attempt", "the failed talks": what failed
				// was still attempted or held.
				if t.nominal && len(cu.Words) == 1 && toks[k].low == "failed" && k+3 >= t.i {
					break
				}
				// "did not rule out sending weapons": a possibility, not
				// a denial.
				if ruledOut(toks, k, t.i) {
					modality = strongerModality(modality, "hypothetical")
					possible = true
					break
				}
				strongNeg = true
			case "negation_weak":
				weakNeg = true
			case "intended", "planned", "hypothetical", "demanded":
				if modalCueInAdjunct(toks, k) {
					break // "after weighing its options, struck" (negcues.go)
				}
				if presupposedAct(toks, t, k) {
					break // "would respond to the Israeli strike": the strike took place
				}
				modality = strongerModality(modality, cu.Role)
			}
			break
		}
	}
	// "I was not on the July 25 phone call between X and Y", "did not
	// attend the talks between X and Y": a definite event noun whose
	// parties are named in its own phrase is presupposed to have taken
	// place; the negation before it denies the subject's part in it, not
	// the event between X and Y.
	if strongNeg && presupposedBetween(toks, t) {
		strongNeg = false
	}
	// "France ruled out a boycott", "ruled out sending troops": what is
	// ruled out, unless the ruling out is denied, will not happen.
	if !possible && ruledOut(toks, start-1, t.i) {
		strongNeg = true
	}
	// "No" right before a nominal trigger, "without" within two words.
	_ = weakNeg
	if t.nominal {
		for k := t.j; k < len(toks) && k <= t.j+2; k++ {
			if cueInName(toks, k) {
				continue
			}
			for _, cu := range c.pats.cues[toks[k].low] {
				if cu.After && cueMatch(toks, k, cu.Words) {
					modality = strongerModality(modality, cu.Role)
				}
			}
		}
	}
	// "The meeting ... was cancelled": a called-off event did not happen;
	// a postponed one is still planned.
	if t.nominal {
		switch calledOff(toks, t.j) {
		case "cancelled":
			strongNeg = true
		case "postponed":
			modality = strongerModality(modality, "planned")
		}
	}
	// "rejected claims that it had supplied weapons", "denied that its
	// forces, stationed near the city, had attacked": what a denial's
	// clause says is denied however long the clause.
	if !t.nominal && deniedClause(toks, t.i) {
		strongNeg = true
	}
	// "offered no compensation", "gave no aid to", "offered Kyiv no
	// help": an object quantified by "no" denies that anything was
	// offered or given.
	if !t.nominal && noneObject(toks, t) {
		strongNeg = true
	}
	if !t.nominal && headlineFuture(toks, t.i) {
		modality = strongerModality(modality, "planned")
	}
	// "was to have met", "were to sign" (negcues.go): arranged, not done;
	// under "if" ("if Russia were to attack") it stays a supposition.
	if !t.nominal && modality == "actual" && wasToBefore(toks, t.i) {
		modality = "planned"
	}
	// "has not decided whether it will sign the accord": an act put up
	// for decision is a supposition, whatever modal the question holds
	// (question.go).
	if deliberatedAct(toks, t) {
		modality = "hypothetical"
	}
	if strongNeg {
		polarity = "negated"
	}
	return polarity, modality
}

// cueInName says whether toks[k] is a capitalised word between two other
// capitalised words of a sentence not written in title case: a word of a
// proper name ("Doctors Without Borders", "Reporters Without Borders"),
// which cues no negation or modality of the sentence's event. A headline
// in title case ("Iran Will Not Attack Israel") capitalises its cues, so
// there the test says nothing.
func cueInName(toks []tok, k int) bool {
	if k < 1 || k+1 >= len(toks) || !isCap(toks[k].text) || !isCap(toks[k-1].text) || !isCap(toks[k+1].text) {
		return false
	}
	for _, tk := range toks {
		if len(tk.text) > 3 && strings.ToUpper(tk.text[:1]) != tk.text[:1] {
			return true // a lower-case content word: the sentence is no headline
		}
	}
	return false
}

// noneObject says whether the direct object of verb trigger t is
// quantified by "no" ("offered no compensation", "gave no aid to", "offered
// Kyiv no help", a gap of the pattern included): the act is denied. "No"
// in a comparison of amounts ("no more than 200 troops", "no later than
// Friday") bounds a number or a date and denies nothing.
func noneObject(toks []tok, t *trigger) bool {
	end := t.j + 3
	if t.j < t.i+1 {
		end = t.i + 4
	}
	for k := t.i + 1; k < len(toks) && k < end; k++ {
		l := toks[k].low
		if l == "no" {
			if k+1 < len(toks) {
				switch toks[k+1].low {
				case "more", "less", "fewer", "later", "earlier", "sooner", "longer", "matter", "doubt", "confidence":
					return false
				}
			}
			return true
		}
		// The object ends at a preposition, a clause break or another verb;
		// only a short indirect object ("offered Kyiv no help") or a
		// determiner may come before "no".
		if k >= t.j && (isPunct(toks[k].text) || objPreps[l] || locPreps[l] || leftStop[l] || verbLike(toks[k]) || l == "and" || l == "or") {
			return false
		}
	}
	return false
}

// presupposedBetween says whether a nominal trigger is a definite event
// noun followed by "between" or "among" naming its parties: "the July 25
// phone call between X and Y", "the talks among the three parties". "No"
// before it ("no talks between X and Y") denies the event itself and is
// not definite.
func presupposedBetween(toks []tok, t *trigger) bool {
	if !t.nominal || t.j >= len(toks) || toks[t.j].low != "between" && toks[t.j].low != "among" {
		return false
	}
	for k := t.i - 1; k >= 0 && k >= t.i-5; k-- {
		switch l := toks[k].low; {
		case l == "the" || l == "this" || l == "that" || l == "'s" || l == "last" || l == "recent":
			return true
		case l == "," || isPunct(toks[k].text) && l != "-" || verbLike(toks[k]) || leftStop[l] || l == "no" || l == "not" || l == "n't" || l == "never":
			return false
		}
	}
	return false
}

// objectBetween says whether a verb trigger's object is a definite noun
// followed by "between" or "among": "attend the talks between X and Y".
func objectBetween(toks []tok, t *trigger) bool {
	if t.j >= len(toks) || !determiners[toks[t.j].low] || toks[t.j].low == "no" {
		return false
	}
	for k := t.j + 1; k < len(toks) && k <= t.j+5; k++ {
		l := toks[k].low
		if l == "between" || l == "among" {
			return k > t.j+1
		}
		if isPunct(toks[k].text) || verbLike(toks[k]) && toks[k].pos != "NN" && toks[k].pos != "NNS" || leftStop[l] || locPreps[l] || objPreps[l] {
			return false
		}
	}
	return false
}

// headlineVerb says whether a lower-case word the tagger read as a noun is
// a headline's present-tense verb: "Egypt urges Israel to accept ...",
// "Egypt, Qatar urge Israel, Hamas to ...". The sentence has no finite
// verb, a name ends right before the word and a name or a determiner
// follows it.
func headlineVerb(toks []tok, i int) bool {
	if i < 1 || i+1 >= len(toks) || isCap(toks[i].text) || !isCap(toks[i-1].text) || isPunct(toks[i-1].text) {
		return false
	}
	if !(isCap(toks[i+1].text) && !isPunct(toks[i+1].text) || determiners[toks[i+1].low]) {
		return false
	}
	// The present tense: "-s" after one name, the bare form after
	// coordinated names ("Egypt, Qatar urge"). "Barcelona beat Madrid"
	// is a past tense the tagger missed, and sport.
	if !strings.HasSuffix(toks[i].low, "s") && !(i >= 3 && (toks[i-2].low == "," || toks[i-2].low == "and")) {
		return false
	}
	for _, tk := range toks {
		if finiteVerb(tk) {
			return false
		}
	}
	return true
}

// presupposedObject says whether the event noun at token i, after a
// modal or intent cue at token k, is a definite noun phrase that is the
// object of a preposition ("would respond to the Israeli strike", "vowed
// to retaliate for the attack", "urged an end to the strikes"): the cue
// qualifies the verb, while the noun, named with "the" or a possessive,
// refers to an act that took place. Only an indefinite act ("any strike",
// "a possible attack") is the supposition or intent itself.
func presupposedObject(toks []tok, k, i int) bool {
	answerPrep := func(p string) bool {
		return p == "to" || p == "for" || p == "over" || p == "against" || p == "after"
	}
	// possessed: a possessive ("for Sunday's Turkish strike", "for
	// Israel's attack") makes the phrase definite whatever opens it.
	possessed := false
	for d := i - 1; d > k+1; d-- {
		l := toks[d].low
		if (l == "'s" || l == "'") && d < i-1 {
			possessed = true
			continue
		}
		if definiteWords[l] {
			return answerPrep(toks[d-1].low)
		}
		if possessed && answerPrep(l) {
			return true
		}
		if isPunct(l) && l != "-" || !(modifierWord(toks[d]) || strings.HasPrefix(toks[d].pos, "NN") || toks[d].pos == "JJ" || l == "-") {
			return false
		}
	}
	return false
}

// presupposedAct says whether the trigger t is a hostile act noun that a
// modal or intent cue at token k does not reach (see presupposedObject):
// one answers, retaliates for or condemns an attack or sanctions that
// took place, while a meeting or visit named after "to" ("will travel to
// the summit") is held on a schedule and may lie ahead.
func presupposedAct(toks []tok, t *trigger, k int) bool {
	return t.nominal && t.p != nil && (hostileNounTypes[t.p.Type] || t.p.Words[0] == "strike") && presupposedObject(toks, k, t.i)
}

// definiteWords open a definite noun phrase.
var definiteWords = map[string]bool{"the": true, "this": true, "its": true, "their": true, "his": true, "her": true, "'s": true, "last": true}

// stateSharesVerb says whether "shares" at token i is the present-tense
// verb of a state that shares something with another ("Japan shares
// intelligence with South Korea"), though the tagger reads the plural
// noun of stock ("Alibaba shares"): the stock reading needs a company or
// market before it or a price after it, while a state (or its government
// or forces) right before it, an object noun phrase after it and the
// partner after "with" within a few words make it the verb, as "shared"
// is.
func stateSharesVerb(toks []tok, ms []mention, i int) bool {
	if toks[i].low != "shares" || i+2 >= len(toks) {
		return false
	}
	state := false
	for _, m := range ms {
		if m.j == i && (m.kind == "country" || m.sector == "government" || m.sector == "military") {
			state = true
		}
	}
	if !state {
		return false
	}
	if nx := toks[i+1]; isPunct(nx.text) || nx.low == "of" || nx.low == "in" || objPreps[nx.low] || finiteVerb(nx) || nx.pos == "CD" {
		return false // "Japan shares of Toyota", "shares rose", "shares 3 percent"
	}
	for k := i + 2; k < len(toks) && k <= i+5; k++ {
		if toks[k].low == "with" {
			return true
		}
		if isPunct(toks[k].text) || finiteVerb(toks[k]) {
			return false
		}
	}
	return false
}

// headlineRoleVerb says whether a lower-case word the tagger read as a
// noun is a headline's verb after an actor named by a role: "Kenyan police
// arrest opposition leader", "Rebels seize town in eastern Congo". A
// headline has no finite verb and no full stop; the role ends right
// before the word and a noun phrase, not a preposition, follows it. The
// one preposition allowed is the one the verb pattern takes its target
// from (prep, "a|b" for either): "Syrian forces clash with rebels", "Army
// chiefs meet with militia leaders" name the verb's own partner there,
// where a noun ("forces clash") would not stand before it without a verb.
func headlineRoleVerb(toks []tok, ms []mention, i int, prep string) bool {
	if i < 1 || i+1 >= len(toks) || isCap(toks[i].text) || toks[i].pos == "" {
		return false
	}
	switch toks[i].pos {
	case "NN", "NNS", "VB", "VBP":
	default:
		return false
	}
	if l := toks[len(toks)-1].low; l == "." || l == "!" || l == "?" {
		return false
	}
	nx := toks[i+1]
	own := prep != "" && slices.Contains(strings.Split(prep, "|"), nx.low)
	if !own && (isPunct(nx.text) || objPreps[nx.low] || locPreps[nx.low] || nx.low == "of" || nx.low == "and" || nx.low == "or") {
		return false
	}
	role := false
	for _, m := range ms {
		// "Myanmar junta arrests journalists": a country's body named
		// with its sector is a role too.
		if m.j == i && (m.kind == "role" || m.sector != "" && m.kind != "person") {
			role = true
		}
	}
	if !role {
		return false
	}
	for _, tk := range toks {
		if finiteVerb(tk) {
			return false
		}
	}
	return true
}

// fledFrom says whether the noun at token i is the object of a verb of
// fleeing ("fleeing the fighting", "fled the violence in Darfur").
func fledFrom(toks []tok, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch toks[k].low {
		case "flee", "flees", "fled", "fleeing", "escape", "escaped", "escaping", "escapes":
			return true
		}
		if !(determiners[toks[k].low] || modifierWord(toks[k])) {
			return false
		}
	}
	return false
}

// preventVerbs stop an act from being carried out: their subject opposes
// the act named in their object.
var preventVerbs = map[string]bool{
	"foil": true, "foiled": true, "foils": true, "foiling": true,
	"thwart": true, "thwarted": true, "thwarts": true, "thwarting": true,
	"avert": true, "averted": true, "averts": true, "averting": true,
	"repel": true, "repelled": true, "repels": true, "repelling": true,
	"repulse": true, "repulsed": true, "repulses": true, "repulsing": true,
	"prevent": true, "prevented": true, "prevents": true, "preventing": true,
	"defuse": true, "defused": true, "defuses": true, "defusing": true,
}

// plotNouns name a planned or tried act whose infinitive says what the act
// was: "a plot to bomb", "an attempt to seize".
var plotNouns = map[string]bool{
	"plot": true, "plots": true, "attempt": true, "attempts": true, "bid": true, "plan": true, "plans": true,
	"scheme": true, "conspiracy": true,
}

// attemptFactor scales the confidence of an act only tried: 0.8 keeps an
// attempt with a source above the 0.5 of main-clause events.
const attemptFactor = 0.8

// tryWords introduce an infinitive naming an act tried, as verbs ("tried
// to", "is attempting to") or nouns ("an attempt to", "a bid to").
var tryWords = map[string]bool{
	"try": true, "tries": true, "tried": true, "trying": true,
	"attempt": true, "attempts": true, "attempted": true, "attempting": true,
}

// attemptedAct says whether verb trigger t is the infinitive of a try
// word: "tried to seize power", "an attempt to assassinate".
func attemptedAct(toks []tok, t *trigger) bool {
	k := t.i - 1
	return !t.nominal && k >= 1 && toks[k].low == "to" && tryWords[toks[k-1].low]
}

// actDescriptors describe an act without naming who did it.
var actDescriptors = map[string]bool{
	"coup": true, "new": true, "major": true, "large": true, "possible": true, "imminent": true, "deadly": true,
	"massive": true, "further": true, "second": true, "another": true, "fresh": true, "large-scale": true,
}

// preventedAct says whether trigger t names an act that is the object of
// a verb of preventing, as a noun ("foiled a coup attempt", "repelled an
// attack") or as the infinitive of a plot noun ("thwarted a plot to bomb
// the embassy"). The verb's subject is the act's opponent, not its agent.
func preventedAct(toks []tok, t *trigger) bool {
	k := t.i - 1
	if !t.nominal {
		if k < 1 || toks[k].low != "to" || !plotNouns[toks[k-1].low] {
			return false
		}
		k -= 2
	}
	// "repelled an attack by Boko Haram fighters": an act whose agent is
	// named after it is pinned on someone as one named before it is
	// (below): it was tried, and is coded.
	if t.nominal && t.j < len(toks) && toks[t.j].low == "by" {
		return false
	}
	for stop := k - 4; k >= 0 && k >= stop; k-- {
		if preventVerbs[toks[k].low] {
			return true
		}
		// Only words that describe the act may stand between: one that
		// names its agent ("a rebel attack", "a jihadist attack") pins the
		// act on someone, whom the sentence reports as having tried it.
		l := toks[k].low
		if !(determiners[l] || toks[k].pos == "CD" || actDescriptors[l] || !isCap(toks[k].text) && strings.HasSuffix(l, "ed")) {
			return false
		}
	}
	return false
}

// headlineFuture says whether the verb at token i is a headline's "to"
// future: "Kenya to deploy 1,000 police officers to Haiti" says Kenya
// will deploy them. The sentence has no finite verb, and a capitalised
// subject opens it.
func headlineFuture(toks []tok, i int) bool {
	if i < 2 || toks[i-1].low != "to" || !isCap(toks[0].text) {
		return false
	}
	for k, tk := range toks {
		if k != i && (finiteVerb(tk) || k < i && verbLike(tk)) || reportWords[tk.low] || tk.low == "," {
			return false
		}
	}
	return true
}

// ruledOut says whether "rule out" stands between a negation at token i
// and a trigger at token j ("did not rule out sending", "would not rule
// out a strike").
func ruledOut(toks []tok, i, j int) bool {
	for k := i + 1; k+1 < j; k++ {
		switch toks[k].low {
		case "rule", "rules", "ruled", "ruling":
			if toks[k+1].low == "out" {
				return true
			}
		}
	}
	return false
}

// ruledOutBefore says whether "rule(d) out" governs the trigger at i, with
// at most a determiner or two modifiers between ("ruled out sending
// troops", "ruled out a boycott", "ruled out new sanctions").
func ruledOutBefore(toks []tok, i int) bool {
	for k := i - 1; k >= 1 && k >= i-3; k-- {
		l := toks[k].low
		if l == "out" {
			// "did not rule out": a possibility, not a refusal.
			if k >= 2 && (toks[k-2].low == "not" || toks[k-2].low == "n't" || toks[k-2].low == "never") {
				return false
			}
			return ruleForms[toks[k-1].low]
		}
		if !(determiners[l] || modifierWord(toks[k])) {
			return false
		}
	}
	return false
}

// ruleForms are the forms of "rule" in "rule out".
var ruleForms = map[string]bool{"rule": true, "rules": true, "ruled": true, "ruling": true}

// claimNouns name what is said and may be denied ("rejected claims that").
var claimNouns = map[string]bool{"claim": true, "claims": true, "report": true, "reports": true, "allegation": true,
	"allegations": true, "accusation": true, "accusations": true, "charge": true, "charges": true, "suggestion": true,
	"suggestions": true, "assertion": true, "assertions": true, "rumour": true, "rumours": true, "rumor": true, "rumors": true,
	"speculation": true}

// denialVerbs deny what a claim says; with a claim noun ("dismissed
// reports that") or, for deny and refute, alone ("denied that").
var denialVerbs, denyThatVerbs = map[string]bool{}, map[string]bool{}

func init() {
	for _, v := range []string{"deny", "refute", "reject", "dismiss", "rebut", "rubbish"} {
		for _, f := range verbForms(v) {
			denialVerbs[f] = true
			if v == "deny" || v == "refute" {
				denyThatVerbs[f] = true
			}
		}
	}
}

// deniedClause says whether the verb at i is in a "that" clause a denial
// governs: "denied that ...", "rejected (the) claims that ...".
func deniedClause(toks []tok, i int) bool {
	for k := i - 1; k >= 1 && k >= i-25; k-- {
		l := toks[k].low
		if l == ";" || l == ":" || l == "\"" || l == "\u201c" || l == "\u201d" || l == "." || l == "but" {
			return false
		}
		if l != "that" {
			continue
		}
		q := k - 1
		if denyThatVerbs[toks[q].low] {
			return true
		}
		if !claimNouns[toks[q].low] {
			return false
		}
		// The claim noun's own modifiers: "Western media reports".
		for q--; q >= 0 && k-q <= 5; q-- {
			if denialVerbs[toks[q].low] {
				return true
			}
			if !(determiners[toks[q].low] || modifierWord(toks[q]) || isCap(toks[q].text) || strings.HasPrefix(toks[q].pos, "NN")) {
				return false
			}
		}
		return false
	}
	return false
}

// calledOff finds "was/were/has been cancelled (scrapped, called off)" or
// "... postponed" after a nominal event, within its clause, and says which
// ("cancelled", "postponed" or "").
func calledOff(toks []tok, j int) string {
	for k := j; k+1 < len(toks) && k < j+10; k++ {
		l := toks[k].low
		if l == ";" || l == "," && k > j+1 || rightStop[l] {
			return ""
		}
		if l != "was" && l != "were" && l != "been" && l != "be" {
			continue
		}
		switch toks[k+1].low {
		case "cancelled", "canceled", "scrapped", "shelved", "aborted":
			return "cancelled"
		case "postponed", "delayed", "rescheduled":
			return "postponed"
		case "called":
			if k+2 < len(toks) && toks[k+2].low == "off" {
				return "cancelled"
			}
		}
	}
	return ""
}

func cueMatch(toks []tok, k int, words []string) bool {
	for i, w := range words {
		if k+i >= len(toks) || toks[k+i].low != w {
			return false
		}
	}
	return true
}

// strongerModality keeps the most specific modality seen: a demand or plan
// outranks a hedge, which outranks a plain statement.
func strongerModality(cur, next string) string {
	order := map[string]int{"actual": 0, "hypothetical": 1, "intended": 2, "planned": 3, "demanded": 4}
	if order[next] > order[cur] {
		return next
	}
	return cur
}

func precisionOf(v string) string {
	switch len(v) {
	case 10:
		return model.PrecisionDay
	case 7:
		return model.PrecisionMonth
	}
	return model.PrecisionYear
}

// sortEvents is used by tests for stable comparisons.
func sortEvents(evs []model.Event) {
	sort.SliceStable(evs, func(i, j int) bool { return evs[i].Type < evs[j].Type })
}

// acronym is a short all-capitals token ("US", "UN", "EU").
func acronym(s string) bool {
	if len(s) < 2 || len(s) > 4 {
		return false
	}
	for _, r := range s {
		if !(r >= 'A' && r <= 'Z' || r == '.') {
			return false
		}
	}
	return true
}

// quantityWord is a number or quantity before a noun: "4 Iraqis",
// "dozens of", "at least 12".
func quantityWord(l string) bool {
	if l != "" && l[0] >= '0' && l[0] <= '9' {
		return true
	}
	switch l {
	case "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands",
		"some", "several", "many", "at", "least", "more", "than", "up", "to", "of", "about", "nearly", "around":
		return true
	}
	return false
}

// numeral says whether a token is a number: in figures ("200", "3,000")
// or a number word.
func numeral(t tok) bool {
	if t.pos == "CD" {
		return true
	}
	l := strings.ReplaceAll(t.low, ",", "")
	if isNumber(l) {
		return true
	}
	switch l {
	case "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty", "thirty", "forty", "fifty", "hundred", "dozen", "a":
		return l != "a"
	}
	return false
}

// smallCounts are the counts written out in words that name an exact
// number of things ("two raids", "three soldiers"); "about", "over" or
// "around" before one is a preposition, not an approximation, unless a
// multiplier follows ("over two dozen", "about three hundred").
var smallCounts = map[string]bool{"one": true, "two": true, "three": true, "four": true, "five": true, "six": true,
	"seven": true, "eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true}

// multipliers turn a small count into a round, approximate one.
var multipliers = map[string]bool{"dozen": true, "dozens": true, "score": true, "hundred": true, "hundreds": true,
	"thousand": true, "thousands": true, "million": true, "millions": true, "billion": true, "billions": true}

// approximateCount says whether the number at token k is one a word of
// approximation ("over", "about", "around", "under") can bound: figures
// and round numbers ("over 50 people", "about two dozen", "around
// twenty"), not a small count spelled out on its own ("over two raids").
func approximateCount(toks []tok, k int) bool {
	if !smallCounts[toks[k].low] {
		return true
	}
	return k+1 < len(toks) && multipliers[toks[k+1].low]
}

func isNumber(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// missionWords name a state's mission abroad, after its country's name
// or demonym ("the French embassy").
var missionWords = map[string]bool{"embassy": true, "embassies": true, "consulate": true, "consulates": true,
	"legation": true, "mission": true}

// wordAt is the lower-case word at token k, or "" past the end.
func wordAt(toks []tok, k int) string {
	if k < 0 || k >= len(toks) {
		return ""
	}
	return toks[k].low
}

// hostPlace returns the first place with a country named after "in" within
// a few tokens from k ("the French embassy in Niamey"), or nil.
func hostPlace(toks []tok, ms []mention, k int) *mention {
	for mi := range ms {
		m := &ms[mi]
		if m.i < k || m.i > k+3 || m.country == "" {
			continue
		}
		if prepBefore(toks, m.i) == "in" {
			return m
		}
		return nil
	}
	return nil
}

// dropBorrowed clears the country a source took only because the sentence
// names one country, when that country is the event's object itself:
// "Abe rejected the Chinese proposal" says nothing of Abe's nationality,
// and "Ms. Okafor criticised the French embassy" does not make her French.
// A target within the country (its opposition, its people) or a place
// named after a preposition ("extend the curfew in Abidjan") keeps the
// domestic reading: "President Museveni banned Ugandan opposition
// candidates". A foreign state's official named with its nationality ("met
// the Chinese ambassador", "called the Iranian foreign minister") stands
// for that state to an official named by a bare role, as the state's name
// does: "the minister" who meets him is not Chinese for it. A named person
// or a role outside government keeps the domestic reading ("Judge Rivera
// opened investigations against Chilean officials", "mutinous soldiers
// overthrew the president of Niger").
func dropBorrowed(toks []tok, t *trigger, src, tgt group) group {
	var out group
	for k, m := range src {
		if !m.borrowed {
			continue
		}
		// "Rebels seized Goma", "rebels overran Kidal": an armed
		// group or gang with no country of its own that takes or
		// attacks a town fights in its own country; the town is no
		// foreign state it is set against.
		if (m.sector == kb.SectorRebel || m.sector == kb.SectorCriminal) && m.kind == "role" && !slices.ContainsFunc(tgt, func(o mention) bool { return o.actorID == "" || o.actorID == o.country }) {
			continue
		}
		for _, o := range tgt {
			if o.borrowed || o.country != m.country || !(stateLevel(o) || seatOfGovernment(o) || m.kind == "role" && m.sector == "government" && stateOfficial(o) || metOfficial(t, m, o)) || o.i < 0 ||
				!(ownObject(toks, t, o) || counterpartObject(toks, t, o) || unknownOrgToward(t, m, o) || aidRecipient(toks, t, o)) {
				continue
			}
			if out == nil {
				out = append(group(nil), src...)
			}
			out[k].country, out[k].borrowed = "", false
			break
		}
	}
	if out == nil {
		return src
	}
	return out
}

// aidRecipient says whether o is the state aid is given to, named after
// the thing given ("approved 500 million euros in aid for Ukraine",
// "gave 20 million pounds to Jordan"): a state is aided by another, so
// its country says nothing of the body that gives ("the parliament").
func aidRecipient(toks []tok, t *trigger, o mention) bool {
	if t.p == nil || t.p.Type != "AID" || t.nominal || !stateLevel(o) || o.i < t.j || o.i-t.j > 8 {
		return false
	}
	if p := prepBefore(toks, o.i); p != "to" && p != "for" {
		return false
	}
	for k := t.j; k < o.i; k++ {
		if isPunct(toks[k].low) {
			return false
		}
	}
	return true
}

// metOfficial says whether a named person, titled or not, meets or talks
// with a foreign state's official named with its nationality ("Senator
// Jane Doe met the Japanese foreign minister"): whom one meets is most
// often of another country, so the official's country says nothing of the
// person's. Acts on the official ("Judge Rivera opened investigations
// against Chilean officials") keep the domestic reading.
func metOfficial(t *trigger, m, o mention) bool {
	return m.kind == "person" && t.p != nil && t.p.Type == "CONSULT" && stateOfficial(o)
}

// unknownOrgToward says whether a named organisation the knowledge base
// lacks took its country from the state its act is aimed at, named after
// the trigger: "Western Union said it would halt transfers to Cuba" says
// nothing of where the firm is from. A firm, charity or league is named
// with its own country when it matters ("the Cuban firm"), so the state it
// acts toward is its counterpart, not its home.
func unknownOrgToward(t *trigger, m, o mention) bool {
	return m.kind == "organisation" && (m.actorID == "" || strings.HasPrefix(m.actorID, "doc:org:")) && stateLevel(o) && o.i >= t.j
}

// stateOfficial says whether a mention is a role in a state's government
// with the state's country of its own ("the Chinese ambassador", "Iran's
// foreign minister").
func stateOfficial(m mention) bool {
	return (m.kind == "role" || m.kind == "demonym") && m.sector == "government" && !m.borrowed && m.country != ""
}

// seatOfGovernment says whether a mention is a state named by its capital
// or its name standing for its government ("accused Washington", "Paris
// protested"): the state as a whole as much as its bare name is.
func seatOfGovernment(m mention) bool {
	return (m.kind == kb.TypeCountry || m.kind == "capital") && m.sector == "government"
}

// relationWords introduce the counterpart of a relation or an act inside
// an object phrase ("the closure of the border with Afghanistan", "new
// sanctions against Russia"), as opposed to the place the act happens in
// ("the curfew in Nairobi"). "To" is left out: it as often names where
// someone goes ("without returning to Kyrgyzstan").
var relationWords = map[string]bool{"with": true, "against": true}

// counterpartObject says whether mention o is the counterpart the trigger's
// object phrase names: within eight words after the trigger, right after a
// relation word (determiners and modifiers aside), with no clause break
// or verb between.
func counterpartObject(toks []tok, t *trigger, o mention) bool {
	if o.i < t.j || o.i-t.j > 8 {
		return false
	}
	k := o.i - 1
	for k >= t.j && (determiners[toks[k].low] || modifierWord(toks[k])) {
		k--
	}
	if k < t.j || !relationWords[toks[k].low] {
		return false
	}
	for q := t.j; q < k; q++ {
		l := toks[q].low
		if isPunct(l) || clauseLeft[l] || l == "and" || l == "but" || finiteVerb(toks[q]) || verbLike(toks[q]) {
			return false
		}
	}
	return true
}

// ownObject says whether mention o is the trigger's own object: a direct
// object right after it ("rejected the Chinese proposal"), or the object of
// the pattern's preposition right after it ("objected to the Chinese plan",
// "criticism of China"), with only determiners and modifiers between.
func ownObject(toks []tok, t *trigger, o mention) bool {
	k := t.j
	if k < o.i && prepMatch(t.p.Prep, toks[k].low) {
		k++
	}
	if o.i < k || o.i-k > 3 {
		return false
	}
	for ; k < o.i; k++ {
		if !determiners[toks[k].low] && !modifierWord(toks[k]) {
			return false
		}
	}
	return true
}

// stateLevel says whether a mention names a country as a whole: its name,
// its capital or its demonym with no sector ("China", "Beijing", "the
// Chinese proposal").
func stateLevel(m mention) bool {
	switch m.kind {
	case kb.TypeCountry, "capital", "demonym":
		return m.sector == ""
	}
	return false
}

// planNouns are words that name a plan as a noun as often as they say one
// is planned.
var planNouns = map[string]bool{"plan": true, "plans": true, "schedule": true, "schedules": true}

// tenseText is text[lo:hi] for reading the tense around a trigger, with
// the plan words after the trigger blanked: what follows the trigger is
// its object or another clause, and a plan named there ("criticised the
// Chinese plan", "voiced criticism of Chinese plans") is the thing acted
// on, not a plan to act. A participle after a nominal trigger ("drills
// planned for May") is not blanked.
func tenseText(text string, toks []tok, t *trigger, lo, hi int) string {
	var b []byte
	for k := t.j; k < len(toks); k++ {
		tk := toks[k]
		// "disparaged the upcoming exercises planned for next month": an
		// adjective or a participle of planning inside the object phrase
		// dates the object, not the act.
		objectPlan := tk.low == "upcoming" || tk.low == "forthcoming" || plannedParticiples[tk.low] && k > t.j && nounBefore(toks, k)
		if tk.start < lo || tk.end > hi || !planNouns[tk.low] && !objectPlan {
			continue
		}
		if b == nil {
			b = []byte(text[lo:hi])
		}
		for q := tk.start; q < tk.end; q++ {
			b[q-lo] = ' '
		}
	}
	if b == nil {
		return text[lo:hi]
	}
	return string(b)
}

// releaseVerbs are the verbs of setting captives free.
var releaseVerbs = map[string]bool{"release": true, "free": true, "freed": true}

// ownActObject says whether the possessive pronoun at toks[q] owns an
// event noun of the patterns ("its offensive", "their ground attacks",
// "its aid"), up to two modifiers after it: the act is the possessor's,
// who is then the actor, not one acted on.
func (c *Coder) ownActObject(toks []tok, q int) bool {
	for k := q + 1; k < len(toks) && k <= q+3; k++ {
		if !patientOwned[toks[k].low] {
			for _, p := range c.pats.index[toks[k].low] {
				if p.Kind == "noun" && len(p.Words) == 1 {
					return true
				}
			}
		}
		// "its ground offensive": a modifier or a lower-case noun of a
		// compound before the head.
		if !modifierWord(toks[k]) && !(strings.HasPrefix(toks[k].pos, "NN") && !isCap(toks[k].text)) {
			return false
		}
	}
	return false
}

// patientOwned are event nouns whose possessor is as often the one the act
// is done to as its doer ("demanded their release", "condemned its
// suspension from the bloc", "its invasion"), so a possessive before them
// says nothing of who acts.
var patientOwned = map[string]bool{"release": true, "arrest": true, "arrests": true, "expulsion": true,
	"kidnapping": true, "torture": true, "assassination": true, "suspension": true, "invasion": true,
	"massacre": true, "siege": true, "bombing": true, "shelling": true, "probe": true, "investigation": true}

// allPersons says whether every actor of g is one person: named ("Dmitry
// Peskov", a title before an unknown name) or by a role of one person ("a
// Kremlin spokeswoman"; not "the ministry", "officials").
func (c *Coder) allPersons(toks []tok, g group) bool {
	for _, m := range g {
		if !c.onePerson(toks, m) {
			return false
		}
	}
	return len(g) > 0
}

// onePerson says whether m names one person: a person, or a phrase whose
// head is a role of one person ("Kremlin spokeswoman", where the body's
// name before the role may have given the mention its kind).
func (c *Coder) onePerson(toks []tok, m mention) bool {
	if m.kind == kb.TypePerson || m.kind == "name" {
		return true
	}
	if c.kb == nil || m.j <= m.i || m.j > len(toks) || m.kind == "pronoun" {
		return false
	}
	ri, ok := c.kb.RoleNorm(toks[m.j-1].low)
	return ok && !ri.Group
}

// envoyWords name a state's diplomatic representatives, by a mention's
// last word: "chargé d'affaires" (a role of roles.tsv) ends in
// "d'affaires", with either apostrophe.
var envoyWords = map[string]bool{"ambassador": true, "ambassadors": true, "envoy": true, "envoys": true,
	"diplomat": true, "diplomats": true, "consul": true, "consuls": true, "chargé": true, "charge": true,
	"d'affaires": true, "d’affaires": true}

// ownEnvoy says whether m is an envoy owned by a possessive pronoun ("its
// ambassador", "their envoys"): the acting state's own representative.
func ownEnvoy(toks []tok, m mention) bool {
	if m.kind != "role" || m.i <= 0 || m.j <= m.i || m.j > len(toks) || !envoyWords[toks[m.j-1].low] {
		return false
	}
	switch toks[m.i-1].low {
	case "its", "their", "his", "her", "our":
		return true
	}
	return false
}

// securityForces says whether every actor of g is military or police.
func securityForces(g group) bool {
	if len(g) == 0 {
		return false
	}
	for _, m := range g {
		if m.sector != "military" && m.sector != "police" {
			return false
		}
	}
	return true
}

// facedVerb returns the index of a verb before toks[i] (across determiners
// and modifiers) whose subject meets a reaction rather than causing it:
// "faced", "drew", "met with"; -1 when there is none. "sparked" and
// "prompted" are left out: their subject is often a thing done, not the
// one the protest is against.
func facedVerb(toks []tok, i int) int {
	// The verb is checked before the modifier test: the tagger may read
	// "faced" as a participle modifier.
	for q := i - 1; q >= 0 && q >= i-4; q-- {
		switch toks[q].low {
		case "face", "faces", "faced", "facing", "draw", "draws", "drew", "drawn", "drawing":
			return q
		case "with":
			if q > 0 {
				switch toks[q-1].low {
				case "met", "meet", "meets", "meeting":
					return q - 1
				}
			}
			return -1
		}
		if !determiners[toks[q].low] && !modifierWord(toks[q]) {
			return -1
		}
	}
	return -1
}

// reactionNouns name a reaction an act or an actor may meet with.
var reactionNouns = map[string]bool{"protest": true, "protests": true, "criticism": true, "condemnation": true,
	"anger": true, "outrage": true, "scepticism": true, "skepticism": true,
	// "would be met with force", "was met with a firm response": a
	// riposte, no meeting.
	"force": true, "response": true, "retaliation": true, "reprisal": true, "reprisals": true, "resistance": true}

// metWithReaction says whether toks[i] ("met") is followed by "with" and a
// reaction noun, across determiners and modifiers ("met with widespread
// protests").
func metWithReaction(toks []tok, i int) bool {
	if i+1 >= len(toks) || toks[i+1].low != "with" {
		return false
	}
	for q := i + 2; q < len(toks) && q <= i+5; q++ {
		if reactionNouns[toks[q].low] {
			// "met with opposition leaders", "protest organisers": a
			// reaction noun modifying a word for people names them.
			return q+1 >= len(toks) || !headNoun(toks[q+1])
		}
		if !determiners[toks[q].low] && !modifierWord(toks[q]) {
			return false
		}
	}
	return false
}

// recipientAfter returns the actor after "to" that receives the people a
// transfer verb moves ("extradited the Egyptian businessman to Cairo",
// "handed the suspects over to Kenya"), nil when there is none. For a
// pattern whose target is the object of "to", the person moved is the
// theme: CAMEO codes the extradition as cooperation with the receiving
// state, so that state, not the person, is the target. A country or
// capital as the direct object ("provided Ukraine with ...") is itself the
// recipient and keeps the target; so does a recipient of the source's
// own country ("to Italian police").
func recipientAfter(toks []tok, ms []mention, mi, next int, prep string, src group) group {
	if !prepMatch(prep, "to") {
		return nil
	}
	switch ms[mi].kind {
	case "person", "role", "name", "demonym":
	default:
		return nil
	}
	lim := min(12, next-ms[mi].j)
	if lim <= 0 {
		return nil
	}
	g, _ := objectAfter(toks, ms, ms[mi].j, lim, "to")
	if !hasReal(g) || prepBefore(toks, g[0].i) != "to" || g[0].country == "" {
		return nil
	}
	if len(src) > 0 && src[0].country == g[0].country {
		return nil
	}
	return g
}

// embeddedTheme says whether g is a bare role (no country of its own, or
// only the sentence's one country borrowed) inside the words of the embedded verb pattern itself: what that verb
// moves or uses ("vowed to send more troops to the border", "threatened
// to deploy troops"), the source's own means and never its target, as in
// the plain "sent more troops to the border".
func embeddedTheme(emb *trigger, g group) bool {
	if emb == nil || emb.nominal || len(g) == 0 {
		return false
	}
	m := g[0]
	return m.kind == "role" && (m.country == "" || m.borrowed) && m.i > emb.i && m.j <= emb.j
}

// passiveRecipient is recipientAfter for a passive transfer verb: the
// subject is the person moved and the receiving state follows "to", before
// or after the by-agent ("was extradited to Egypt by Italy", "was handed
// over by Kenya to Uganda"), and the target too when the subject is no
// actor ("two suspects were handed over to Kenya"). It returns nil when
// there is no such state, when the subject is itself a state or body, and
// when the recipient is of the agent's own country ("handed over to
// Italian police by Italy").
func passiveRecipient(toks []tok, ms []mention, j int, prep string, subj, src group) group {
	if !prepMatch(prep, "to") {
		return nil
	}
	if len(subj) > 0 {
		switch subj[0].kind {
		case "person", "role", "name", "demonym":
		default:
			return nil
		}
	}
	for q := j; q < len(toks) && q < j+10; q++ {
		l := toks[q].low
		if rightStop[l] || l == ";" || l == "," {
			return nil
		}
		if l != "to" {
			continue
		}
		mi := mentionAt(toks, ms, q+1, 2)
		if mi < 0 || ms[mi].country == "" || !hasReal(group{ms[mi]}) {
			return nil
		}
		if len(src) > 0 && src[0].country == ms[mi].country {
			return nil
		}
		return groupAt(toks, ms, mi)
	}
	return nil
}

// ownWithdrawn says whether m is a role owned by a possessive pronoun that
// is the object of a verb of withdrawing ("withdraw its troops", "refused
// to pull their forces"): forces an actor withdraws are its own, the
// instrument of the act and never its target, whether the withdrawal
// happened, was refused, denied or only intended. A place they leave
// ("from Afghanistan") is the target instead, found apart from them.
func ownWithdrawn(toks []tok, m mention) bool {
	if m.kind != "role" || m.i <= 1 || m.i > len(toks) {
		return false
	}
	switch toks[m.i-1].low {
	case "its", "their", "his", "her", "our":
		return withdrawnBy(toks, m.i-1)
	}
	return false
}

// ownWithdrawnOnly says whether every mention of g is forces their owner
// withdraws (ownWithdrawn).
func ownWithdrawnOnly(toks []tok, g group) bool {
	return len(g) > 0 && !slices.ContainsFunc(g, func(m mention) bool { return !ownWithdrawn(toks, m) })
}

// ownEnvoyObject says whether the verb trigger's object is an envoy owned
// by a possessive pronoun ("would recall its ambassadors"), read from the
// words when the envoy is no mention of its own.
func ownEnvoyObject(toks []tok, t *trigger) bool {
	for q := t.i + 1; q < len(toks) && q <= t.j+1; q++ {
		switch toks[q].low {
		case "its", "their", "his", "her", "our":
			for k := q + 1; k < len(toks) && k <= q+2; k++ {
				if envoyWords[toks[k].low] {
					return true
				}
				if !modifierWord(toks[k]) {
					break
				}
			}
			return false
		}
	}
	return false
}

// refusedCodes are CAMEO's codes (12x) for refusing an act of each
// cooperative PLOVER type: material cooperation (an extradition, joint
// exercises) is 121, aid 122, a concession or withdrawal 124 (decline to
// yield), talks 125; a refused agreement, support or request is the
// general 120.
var refusedCodes = map[string]string{"AGREE": "120", "CONSULT": "125", "SUPPORT": "120", "COOPERATE": "121", "AID": "122",
	"CONCEDE": "124", "RETREAT": "124", "REQUEST": "120"}

// refusedCode is the CAMEO code for refusing an act of PLOVER type typ
// (refusedCodes), 120 for any other.
func refusedCode(typ string) string {
	if c, ok := refusedCodes[typ]; ok {
		return c
	}
	return "120"
}

// spokenTo says whether a pattern is speaking or talking "to" someone
// ("speak to", "speak by phone to"), which is a conversation only with
// one person (conversationPartners).
func spokenTo(p *Pattern) bool {
	n := len(p.Words)
	return n >= 2 && (p.Words[0] == "speak" || p.Words[0] == "talk") && p.Words[n-1] == "to"
}

// conversationPartners says whether the target of "spoke to" is someone
// spoken with rather than an audience addressed: each is a named person
// or a single office holder ("his Chinese counterpart", "the Russian
// president", "the opposition leader"); a group ("reporters", "union
// leaders", "students"), a country, a body or no one named is an
// audience.
func (c *Coder) conversationPartners(toks []tok, tgt group) bool {
	if len(tgt) == 0 {
		return false
	}
	for _, m := range tgt {
		switch m.kind {
		case "person":
			continue
		case "role", "demonym":
			// "his Chinese counterpart", "the Polish prime minister": the
			// longest role phrase the mention ends with says whether it
			// names one holder or a group. A bare demonym names a country.
			if c.kb == nil || m.sector == "" || m.sector == kb.SectorMedia || m.sector == kb.SectorCivilian {
				return false
			}
			one := false
			for k := m.i; k < m.j; k++ {
				if ri, ok := c.kb.RoleNorm(kb.Normalize(spanText(toks, k, m.j))); ok {
					one = !ri.Group
					break
				}
			}
			if !one {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// byPhoneAfter says whether the clause after the trigger ending at j (up
// to the next trigger) says the talk was held by telephone: "by phone",
// "by telephone", "on the phone", "over the telephone".
func byPhoneAfter(toks []tok, j, next int) bool {
	for q := j; q+1 < len(toks) && q < next && q < j+12; q++ {
		l := toks[q].low
		if l == ";" || l == "." || rightStop[l] {
			return false
		}
		w := toks[q+1].low
		if w == "the" && q+2 < len(toks) {
			w = toks[q+2].low
			if l == "by" {
				continue
			}
		}
		if (l == "by" || l == "on" || l == "over") && (w == "phone" || w == "telephone") {
			return true
		}
	}
	return false
}

// demonymPlace is the location a demonym gives when it is where an event
// happened: the demonym with the place noun it modifies ("Ethiopian
// border", "Syrian coastal waters"), else the country's name when no
// noun follows. The country stays the demonym's. A place the phrase
// names is better: "the Congolese town of Beni" is Beni, and "the Russian
// embassy in Tbilisi" stands in Tbilisi. A demonym before a noun that
// names no place ("complained over Israeli air raids", "in Ethiopian
// custody") gives no location.
func (c *Coder) demonymPlace(toks []tok, ms []mention, m mention) *mention {
	end := demonymPhraseEnd(toks, m)
	if end > m.j && !demonymPlaceHead(toks, m) {
		return nil
	}
	if end > m.j && missionWords[toks[end-1].low] {
		if h := hostPlace(toks, ms, end); h != nil {
			out := *h
			return &out
		}
	}
	if end > m.j && wordAt(toks, end) == "of" {
		if mi := mentionAt(toks, ms, end+1, 1); mi >= 0 && ms[mi].i == end+1 && ms[mi].country == m.country && (ms[mi].kind == "place" || ms[mi].kind == "country" || ms[mi].kind == "capital") {
			out := ms[mi]
			return &out
		}
		if n := c.namedSettlement(toks, ms, m, end); n != nil {
			return n
		}
	}
	out := m
	out.sector = ""
	if end > m.j {
		out.j = end
		out.text = spanText(toks, m.i, end)
		return &out
	}
	if c.kb != nil {
		if a, ok := c.kb.Actor(m.country); ok {
			out.text = a.Name
		}
	}
	return &out
}

// namedPlaceNouns head "the <demonym> town of X" phrases whose "of" names
// the place itself: a town, a province or a camp is called X, where a
// border or a coast "of X" is another country's.
var namedPlaceNouns = map[string]bool{
	"town": true, "city": true, "village": true, "hamlet": true, "port": true, "region": true,
	"province": true, "district": true, "governorate": true, "county": true, "municipality": true,
	"island": true, "enclave": true, "camp": true, "suburb": true, "neighbourhood": true, "neighborhood": true,
}

// namedSettlement returns the place named by "of" after a demonym's town,
// city or province ("the southern Lebanese town of Nabatieh", "the Syrian
// province of Idlib"): the proper name after "of" (up to three capitalised
// words) in the demonym's country, resolved to the knowledge base's city
// when it has one there. end is the end of the demonym's phrase; nil when
// its head is no settlement, no name follows or the name is a mention of
// another country's.
func (c *Coder) namedSettlement(toks []tok, ms []mention, m mention, end int) *mention {
	if end <= m.j || !namedPlaceNouns[toks[end-1].low] || wordAt(toks, end) != "of" {
		return nil
	}
	i := end + 1
	j := i
	for j < len(toks) && j < i+3 && isCap(toks[j].text) && !isPunct(toks[j].low) && toks[j].low != "the" {
		j++
	}
	if j == i {
		return nil
	}
	for _, o := range ms {
		if o.i < j && i < o.j && o.country != "" && o.country != m.country {
			return nil
		}
	}
	out := mention{i: i, j: j, text: spanText(toks, i, j), country: m.country, kind: kb.TypePlace}
	if c.kb != nil {
		if a, ok := c.kb.City(kb.Normalize(out.text)); ok && a.Country == m.country {
			out.actorID = a.ID
		}
	}
	return &out
}

// demonymPhraseEnd is the end of the noun phrase a demonym modifies: the
// last of up to three lower-case nouns and adjectives after it that is a
// noun ("Syrian coastal waters"); m.j when no noun follows.
func demonymPhraseEnd(toks []tok, m mention) int {
	end := m.j
	for q := m.j; q < len(toks) && q < m.j+3; q++ {
		t := toks[q]
		if isCap(t.text) || !(strings.HasPrefix(t.pos, "NN") || strings.HasPrefix(t.pos, "JJ")) {
			break
		}
		if strings.HasPrefix(t.pos, "NN") {
			end = q + 1
		}
	}
	return end
}

// demonymPlaceHead says whether the noun a demonym modifies is a place
// ("the Syrian border", "the Russian embassy").
func demonymPlaceHead(toks []tok, m mention) bool {
	end := demonymPhraseEnd(toks, m)
	return end > m.j && (demonymPlaceNouns[toks[end-1].low] || missionWords[toks[end-1].low])
}

// demonymPlaceNouns are head nouns that make a demonym before them a
// place: "the Ethiopian border", "off the Syrian coast", "inside Iraqi
// territory", "the Congolese town of Beni".
var demonymPlaceNouns = map[string]bool{
	"border": true, "borders": true, "frontier": true, "boundary": true, "borderlands": true,
	"coast": true, "coastline": true, "shore": true, "shores": true, "waters": true, "seas": true,
	"territory": true, "territories": true, "airspace": true, "soil": true, "side": true, "mainland": true,
	"town": true, "towns": true, "city": true, "cities": true, "village": true, "villages": true,
	"region": true, "regions": true, "province": true, "provinces": true, "district": true, "districts": true,
	"state": true, "capital": true, "port": true, "ports": true, "island": true, "islands": true,
	"highlands": true, "mountains": true, "desert": true, "countryside": true, "interior": true,
	"enclave": true, "north": true, "south": true, "east": true, "west": true, "heartland": true,
}

// talksSubject says whether the subject before the verb at token i is
// headed by a word for talks ("talks with Britain would resume", "the
// negotiations resumed"): across auxiliaries, modals and adverbs, then
// the subject's words back to its head, with no verb or clause break
// between. The subject may name its parties ("peace talks between the
// Sudanese government and the rebels resumed"), so the head is looked for
// up to ten words back.
func talksSubject(toks []tok, i int) bool {
	k := i - 1
	for k >= 0 && (auxiliaries[toks[k].low] || adverbs[toks[k].low] || toks[k].pos == "MD") {
		k--
	}
	for q := k; q >= 0 && q >= k-10; q-- {
		l := toks[q].low
		if l == "talks" || l == "negotiations" {
			return true
		}
		if isPunct(l) || l == "that" || finiteVerb(toks[q]) || reportWords[l] {
			return false
		}
	}
	return false
}

// accusedOf returns the index of the "of" that ends the object of "accuse"
// whose verb ends at token j ("accused the group of ..."), or -1 when no
// "of" follows within a short noun phrase.
func accusedOf(toks []tok, j int) int {
	for q := j; q < len(toks) && q < j+6; q++ {
		l := toks[q].low
		if l == "of" {
			return q
		}
		if isPunct(toks[q].text) || finiteVerb(toks[q]) || l == "that" {
			return -1
		}
	}
	return -1
}

// givingNounFrom says whether an aid trigger is a verb of giving used as a
// noun ("funding", "financing", "lending") with "from" right after it:
// the one after "from" gives, as after "received a loan from".
func givingNounFrom(toks []tok, t *trigger) bool {
	if t.p.Type != "AID" || t.head >= len(toks) || !strings.HasSuffix(toks[t.head].low, "ing") {
		return false
	}
	// One word matched: the token after it is "from".
	return t.head+1 < len(toks) && toks[t.head+1].low == "from" && t.j <= t.head+1
}

// speechParticiples open a participle clause of what the subject said
// alongside its act: "rejected the criticism, saying ...", "..., adding
// that ...".
var speechParticiples = map[string]bool{"saying": true, "adding": true, "arguing": true, "insisting": true,
	"noting": true, "stressing": true, "explaining": true, "claiming": true, "describing": true, "calling": true}

// speechParticipleAt returns the index of a comma between tokens j and i
// that a participle of speech follows (", saying", ", adding"), or -1.
func speechParticipleAt(toks []tok, j, i int) int {
	for q := j; q+1 < i && q+1 < len(toks); q++ {
		if toks[q].low == "," && speechParticiples[toks[q+1].low] {
			return q
		}
	}
	return -1
}

// namesCountry says whether a mention of the sentence carries country cc
// of its own, not lent by the dateline or the sentence (see
// mention.borrowed).
func namesCountry(ms []mention, cc string) bool {
	for _, m := range ms {
		if m.country == cc && !m.borrowed {
			return true
		}
	}
	return false
}

// untitledPerson says m is a person the article alone names ("doc:person:"
// ids) with no sector: no title or body places them, so a country they
// carry was lent by the story (the resolver's home country), not said.
func untitledPerson(m mention) bool {
	return strings.HasPrefix(m.actorID, "doc:person:") && m.sector == "" && m.country != ""
}

// namesCountryBesides says a mention of ms other than m itself carries
// m's country unborrowed: the sentence names that country apart from m.
func namesCountryBesides(ms []mention, m mention) bool {
	for _, o := range ms {
		if o.country == m.country && !o.borrowed && o.key() != m.key() {
			return true
		}
	}
	return false
}

// armedVesselSide gives a military pattern's side named by a demonym
// before a warship or weapon word ("Chinese warships", "Russian drones")
// the military sector: the nationality's armed forces act through them.
// So does a pattern of an act of force open to any sector (forceActTypes).
// The phrase ends before the trigger at trig, a verb the tagger may take
// for a noun ("Turkish warplanes struck targets": "struck" tagged NN made
// "targets" the head).
func armedVesselSide(toks []tok, p *Pattern, src group, trig int) group {
	if len(src) == 1 && trig > src[0].j && trig <= len(toks) {
		toks = toks[:trig]
	}
	if (prepMatch(p.Sector, kb.SectorMilitary) || p.Sector == "" && forceActTypes[p.Type]) && len(src) == 1 && src[0].sector == "" && src[0].j < len(toks) &&
		(warshipWords[toks[src[0].j].low] || weaponSubject(toks, src[0]) || armedPlatformSubject(toks, src[0])) {
		m := src[0]
		m.sector = kb.SectorMilitary
		return group{m}
	}
	return src
}

// delegationVisit says whether a pattern is a delegation sent somewhere
// ("send * delegation"), a visit only when sent to a place.
func delegationVisit(p *Pattern) bool {
	n := len(p.Words)
	return p.Type == "CONSULT" && n > 1 && (p.Words[n-1] == "delegation" || p.Words[n-1] == "delegations")
}

// opposeVerbs are verbs whose object is an adversary: what is repelled,
// fought or stopped is the one acted against.
var opposeVerbs = map[string]bool{
	"repel": true, "fight": true, "defeat": true, "counter": true, "combat": true, "resist": true,
	"repulse": true, "deter": true, "thwart": true, "halt": true, "stop": true, "push": true,
	"contain": true, "crush": true, "destroy": true, "beat": true, "confront": true, "oust": true,
}

// helpAgainst says whether trigger t is a bare "help" or "assist"
// followed straight by an infinitive of opposition ("help repel",
// "assist in fighting"), whose object is the adversary.
func helpAgainst(toks []tok, t *trigger) bool {
	if t.nominal || t.j-t.i != 1 || t.j >= len(toks) {
		return false
	}
	if w := toks[t.i].low; !strings.HasPrefix(w, "help") && !strings.HasPrefix(w, "assist") {
		return false
	}
	k := t.j
	if toks[k].low == "to" || toks[k].low == "in" {
		k++
	}
	if k >= len(toks) {
		return false
	}
	w := toks[k].low
	return opposeVerbs[w] || opposeVerbs[strings.TrimSuffix(w, "ing")] || opposeVerbs[strings.TrimSuffix(w, "ting")]
}

// helpPurpose says whether a sending or deployment has the purpose
// infinitive "to help" or "to assist" among the clauses it absorbed
// ("sent troops to help", "deployed police to assist").
func helpPurpose(toks []tok, t *trigger) bool {
	for _, u := range t.absorbed {
		if u.nominal || u.i < 1 || toks[u.i-1].low != "to" {
			continue
		}
		if w := u.p.Words[0]; w == "help" || w == "assist" {
			return true
		}
	}
	return false
}

// modifiersOnly reports whether toks[i:j] are only words describing a noun
// that follows them (adjectives, participles and noun modifiers: "an
// independent", "a full criminal", "a parliamentary"), so that what comes
// after is still the head of the determiner's phrase.
func modifiersOnly(toks []tok, i, j int) bool {
	if j-i > 3 {
		return false
	}
	for k := i; k < j; k++ {
		switch toks[k].pos {
		case "JJ", "JJR", "JJS", "VBN", "NN", "NNP":
		default:
			return false
		}
	}
	return true
}

// commaConjClause says whether gap, the words between mention a and the
// next one, is a comma and "and" or "but" (with the next phrase's own
// article) that does not continue a list: no comma or conjunction
// stands before a ("on Rwanda, and the United States"), as one does
// before the last but one member of a serial-comma list ("Russia, China,
// and Iran").
func commaConjClause(toks []tok, a mention, gap []tok) bool {
	if len(gap) < 2 || gap[0].text != "," || gap[1].low != "and" && gap[1].low != "but" {
		return false
	}
	for _, t := range gap[2:] {
		if !determiners[t.low] {
			return false
		}
	}
	p := a.i - 1
	for p >= 0 && determiners[toks[p].low] {
		p--
	}
	if p < 0 {
		return true
	}
	switch toks[p].low {
	case ",", "and", "or", "&", "/":
		return false
	}
	return true
}

// struckVerbs are the participles of verbs of being struck whose agent
// may be an attack: "was hit by air strikes", "were pounded by shelling".
var struckVerbs = map[string]bool{"hit": true, "struck": true, "pounded": true, "targeted": true, "rocked": true,
	"battered": true, "bombarded": true, "shaken": true, "devastated": true, "ravaged": true}

// struckBySubject returns the index of the mention a nominal attack t
// struck as the agent of a passive verb ("Gaza was hit by Israeli air
// strikes", "the town has been pounded by Russian shelling"), or -1. Only
// determiners, modifiers and the attacker's name may stand between "by"
// and the attack noun, and the subject must end right before the verb's
// auxiliaries.
func struckBySubject(toks []tok, ms []mention, t *trigger) int {
	k := t.i - 1
	for k > 0 && toks[k].low != "by" {
		l := toks[k].low
		if isPunct(l) || !(determiners[l] || modifierWord(toks[k]) || quantityWord(l) || overlapsAny(ms, k) || l == "'s") {
			return -1
		}
		k--
	}
	if k < 2 || toks[k].low != "by" || !struckVerbs[toks[k-1].low] {
		return -1
	}
	q := k - 2
	for q >= 0 && adverbs[toks[q].low] {
		q--
	}
	if q < 0 || !beAux[toks[q].low] {
		return -1
	}
	for q > 0 && (beAux[toks[q-1].low] || toks[q-1].low == "has" || toks[q-1].low == "have" || toks[q-1].low == "had" || adverbs[toks[q-1].low]) {
		q--
	}
	for mi, m := range ms {
		if m.j == q && m.kind != "pronoun" && m.country != "" {
			return mi
		}
	}
	return -1
}

// inhabitedNouns name a place people live in or an area of land that an
// attack hits without naming it: "shelled the town", "bombed two
// villages", "struck a residential area".
var inhabitedNouns = map[string]bool{"town": true, "towns": true, "city": true, "cities": true, "village": true, "villages": true,
	"hamlet": true, "hamlets": true, "settlement": true, "settlements": true, "suburb": true, "suburbs": true,
	"neighbourhood": true, "neighbourhoods": true, "neighborhood": true, "neighborhoods": true, "district": true, "districts": true,
	"area": true, "areas": true, "port": true, "camp": true, "camps": true}

// facilityNouns are buildings and works an armed attack strikes ("shelled
// a school", "struck the power plant"): like a town named by a common noun
// they are where the attack fell, of no country the attacker lends.
var facilityNouns = map[string]bool{"hospital": true, "hospitals": true, "clinic": true, "clinics": true, "school": true, "schools": true,
	"plant": true, "plants": true, "station": true, "stations": true, "substation": true, "substations": true, "bridge": true, "bridges": true,
	"market": true, "markets": true, "factory": true, "factories": true, "depot": true, "depots": true, "refinery": true, "refineries": true,
	"building": true, "buildings": true, "mosque": true, "mosques": true, "church": true, "churches": true, "shelter": true, "shelters": true,
	"warehouse": true, "warehouses": true, "airport": true, "airfield": true, "dam": true, "facility": true, "facilities": true}

// attackedFacility says whether m is a facility named by a common noun
// with no country of its own ("the hospital", "a children's hospital").
func attackedFacility(toks []tok, m mention) bool {
	return m.kind == "role" && m.i >= 0 && m.j <= len(toks) && m.j > m.i && facilityNouns[toks[m.j-1].low]
}

// firedWeapons end the phrases of weapons fired at the other side of a
// fight ("fire * rockets", "fire * mortar shells"); tear gas fired by
// police is not among them.
var firedWeapons = map[string]bool{"rocket": true, "rockets": true, "mortars": true, "rounds": true, "shells": true}

// stateSector says whether a sector is an organ of the state, whose acts
// on unnamed people are acts within its own country.
func stateSector(sector string) bool {
	switch sector {
	case kb.SectorGovernment, kb.SectorMilitary, kb.SectorPolice, kb.SectorJudiciary, kb.SectorLegislature:
		return true
	}
	return false
}

// unnamedPeopleObject says whether the direct object after token j is a
// group of people no actor names: a number, quantity or determiner
// starting a phrase ("25 of the children", "the hostages", "dozens of
// students") in which no mention stands before a preposition or a
// punctuation mark ends it.
func unnamedPeopleObject(toks []tok, ms []mention, j int) bool {
	if j >= len(toks) || !(determiners[toks[j].low] || quantityWord(toks[j].low) || isNumber(toks[j].low)) {
		return false
	}
	for k := j; k < len(toks) && k <= j+6; k++ {
		if overlapsAny(ms, k) {
			return false
		}
		l := toks[k].low
		if isPunct(toks[k].text) || l == "on" || l == "in" || l == "from" || l == "after" || l == "to" || l == "at" || timeWords[l] {
			return k > j+1
		}
	}
	return true
}

// unnamedPlaceObject says whether the direct object after token j is a
// settlement named by a common noun only: a determiner or number, up to
// three modifiers, then a settlement noun that ends the phrase ("the
// town", "a frontline village", "two border villages"). No mention may
// stand in it ("the Ukrainian town" names its country), nor may "of" or
// a possessive follow ("the town of Izium" is named, "the city's power
// grid" is property).
func unnamedPlaceObject(toks []tok, ms []mention, j int) bool {
	if j >= len(toks) || !(determiners[toks[j].low] || quantityWord(toks[j].low) || isNumber(toks[j].low)) {
		return false
	}
	for k := j; k < len(toks) && k <= j+4; k++ {
		if overlapsAny(ms, k) {
			return false
		}
		l := toks[k].low
		if k > j && (inhabitedNouns[l] || facilityNouns[l]) {
			n := wordAt(toks, k+1)
			// "a school overnight": a time word after the head is no
			// compound's head, whatever its tag.
			return n != "of" && n != "'s" && n != "'" && !(k+1 < len(toks) && headNoun(toks[k+1]) && !isPunct(n) && !timeWords[n])
		}
		// "the power plant", "a grain depot": a facility is often named
		// by a compound, its modifier a common noun.
		if k > j && !(modifierWord(toks[k]) || quantityWord(l) || isNumber(l) || nounBeforeFacility(toks, k)) {
			return false
		}
	}
	return false
}

// nounBeforeFacility says whether toks[k] is a lower-case common noun
// right before a facility noun ("power" in "power plant").
func nounBeforeFacility(toks []tok, k int) bool {
	return k+1 < len(toks) && toks[k].pos == "NN" && !isCap(toks[k].text) && facilityNouns[toks[k+1].low]
}

// weaponSubject says whether m is a nationality or country heading an
// attack weapon or attack noun ("Russian drones", "Israeli air strikes",
// "Russian artillery"): the phrase it modifies ends in one.
func weaponSubject(toks []tok, m mention) bool {
	if m.kind != "demonym" && m.kind != kb.TypeCountry {
		return false
	}
	end := demonymPhraseEnd(toks, m)
	if end <= m.j {
		return false
	}
	h := toks[end-1].low
	return attackNouns[h] || weaponNouns[h]
}

// weaponNouns are weapons that strike from afar, beside the attack nouns
// ("shells", "missiles", "rockets", "drones").
var weaponNouns = map[string]bool{"missile": true, "rocket": true, "drone": true, "shell": true, "artillery": true,
	"bomb": true, "bombs": true, "warplane": true, "warplanes": true, "jets": true, "aircraft": true, "mortars": true, "mortar": true}

// withoutStruckByAttack drops the passive verb of striking whose agent is
// an attack noun the coder reads as an event of its own ("Gaza was hit by
// Israeli air strikes", "the town was pounded by Russian shelling"): the
// attack is the event, and struckBySubject gives it the verb's subject as
// its target. The verb would code the same attack again, and its
// subject, a role with no country, would take the attacker's by the
// domestic convention ("the hospital was hit by an Israeli air strike").
// A weapon that is no attack noun ("was hit by Russian drones") leaves the
// verb the only event. (Only the verbs read as attacks for armed subjects,
// hitting and pounding; "struck" was coded so before them.)
func withoutStruckByAttack(toks []tok, ms []mention, trigs []*trigger) []*trigger {
	var kept []*trigger
	for _, t := range trigs {
		drop := false
		if !t.nominal && t.passive && t.p.Type == "ASSAULT" && (t.p.Words[0] == "hit" || t.p.Words[0] == "pound") && struckVerbs[toks[t.i].low] {
			for _, u := range trigs {
				if u.nominal && u.p.Type == "ASSAULT" && u.i > t.j && u.i-t.j <= 6 && byAgentNoun(toks, ms, t.j, u.i) {
					drop = true
					break
				}
			}
		}
		if !drop {
			kept = append(kept, t)
		}
	}
	return kept
}

// byAgentNoun says whether the tokens from j up to the noun at i are "by"
// and the noun's own determiners, modifiers and owner: "hit by an Israeli
// air strike", "pounded by Russian shelling".
func byAgentNoun(toks []tok, ms []mention, j, i int) bool {
	if j >= i || toks[j].low != "by" {
		return false
	}
	for k := j + 1; k < i; k++ {
		l := toks[k].low
		if isPunct(l) && l != "'s" || !(determiners[l] || modifierWord(toks[k]) || quantityWord(l) || overlapsAny(ms, k) || l == "'s") {
			return false
		}
	}
	return true
}

// retakeVerbs take back a place the subject's side held before.
var retakeVerbs = map[string]bool{"retake": true, "recapture": true, "regain": true, "reclaim": true, "liberate": true}

// bareArmy says whether m is "the army", "the military" or "the armed
// forces" named by no country, owner or place.
func bareArmy(toks []tok, m mention) bool {
	if m.kind != "role" || m.sector != kb.SectorMilitary || m.country != "" || m.actorID != "" || m.abroad || m.i < 1 || m.j > len(toks) {
		return false
	}
	if toks[m.i-1].low != "the" {
		return false
	}
	switch strings.ToLower(m.text) {
	case "army", "military", "armed forces":
		return true
	}
	return false
}

// seatCompound reports whether e is the place of a compound saying where
// something is seated ("a Geneva-based rights group", "a Kuala
// Lumpur-headquartered firm"). The seat is no actor of the clause, and
// gives the group no country: a Geneva-based group is seldom Switzerland's,
// so the phrase stays the actor it was without the place.
func seatCompound(text string, e model.Entity) bool {
	if e.Type != model.EntityGPE && e.Type != model.EntityLoc || e.End >= len(text) || text[e.End] != '-' {
		return false
	}
	rest := strings.ToLower(text[e.End:min(len(text), e.End+len("-headquartered"))])
	return strings.HasPrefix(rest, "-based") || strings.HasPrefix(rest, "-headquartered")
}

// expectationVerbs take an object, or a clause, that is to undergo an act
// the holder only expects or wishes for: "expects the crew to be
// released", "hopes the hostages will be freed".
var expectationVerbs = map[string]bool{}

func init() {
	for _, v := range []string{"expect", "hope", "want", "wish", "need", "like", "prefer", "anticipate", "trust", "believe", "think"} {
		for _, f := range verbForms(v) {
			expectationVerbs[f] = true
		}
	}
	expectationVerbs["thought"] = true
}

// expectedPassive says whether the passive at token i has its own subject
// in the noun phrase right after a verb of expecting or wishing, and group
// g (the subject found for it) is not in that noun phrase: "We expect the
// crew to be released", "Britain hopes the crew will be freed". The crew
// undergo the act; the one who expects it, or the speaker a "we" stands
// for, is no party to it, so g is not its target even when the crew is
// no actor ("expects Iranian students to be freed" keeps the students).
func expectedPassive(toks []tok, g group, i int) bool {
	if len(g) == 0 {
		return false
	}
	k := i - 1
	// The passive's auxiliaries: "to be", "will be", "would soon be".
	for k >= 0 && (toks[k].low == "be" || toks[k].low == "been" || toks[k].low == "to" || coordAux[toks[k].low] || adverbs[toks[k].low]) {
		k--
	}
	if k == i-1 {
		return false
	}
	// The noun phrase, up to a verb of expecting; "that" may open the
	// clause ("hopes that the crew will be freed").
	for np := 0; k >= 0 && np <= 6; k, np = k-1, np+1 {
		l := toks[k].low
		if l == "that" && k > 0 && expectationVerbs[toks[k-1].low] {
			k--
			l = toks[k].low
		}
		if expectationVerbs[l] {
			return np > 0 && !(g[0].i > k && g[0].j <= i)
		}
		if isPunct(l) || leftStop[l] {
			return false
		}
	}
	return false
}

// answerWords name a retaliation or revenge, whose "for" names the act it
// answers: "retaliate for the Israeli attack", "revenge for the strike".
var answerWords = map[string]bool{"retaliate": true, "retaliated": true, "retaliates": true, "retaliating": true,
	"retaliation": true, "revenge": true, "reprisal": true, "reprisals": true, "avenge": true}

// linkAnswers links each act coded on its own as what a retaliation or
// revenge answers ("vowed revenge for the Turkish strike") to the trigger
// coded for that retaliation: the one spanning the answer word, or the
// frame that absorbed it ("vowed" for "to retaliate").
func linkAnswers(toks []tok, trigs []*trigger) {
	for _, u := range trigs {
		if u.frame != nil || !answeredAct(toks, u) {
			continue
		}
		at := answerWordAt(toks, u)
		for _, t := range trigs {
			if t == u || (at < t.i || at >= t.j) && !adjunctAnswer(toks, t, at) {
				continue
			}
			root := t
			for root.frame != nil {
				root = root.frame
			}
			if root != u && (t.p.Type == "THREATEN" || t.p.Type == "ASSAULT") {
				root.answers, u.answerer = u, root
			}
			break
		}
	}
}

// namedAimed gives the actors a retaliation is aimed at in the words the
// sentence uses for them where it names them before the answered act:
// "Hezbollah fired rockets into northern Israel in retaliation for the
// Israeli strike" is aimed at Israel, named "Israel" where it is hit, not
// "Israeli", the demonym that makes the strike Israel's.
func namedAimed(ms []mention, t *trigger, aimed group) group {
	out := make(group, 0, len(aimed))
	for _, a := range aimed {
		named := a
		for _, m := range ms {
			if m.i >= t.j && m.j <= t.answers.i && m.text != "" && m.kind == "country" && countryLevel(a.kind) &&
				a.country != "" && m.country == a.country && m.actorID == a.actorID {
				named = m
				break
			}
		}
		out = append(out, named)
	}
	return out
}

// adjunctAnswer says whether the word of retaliation at is the head of an
// "in retaliation for" (or "in revenge for") adjunct of the verb trigger
// t in the same clause: "Hezbollah fired rockets in retaliation for the
// Israeli strike" answers the strike with the firing, which is aimed at
// the strike's maker as "vowed to retaliate for" is.
func adjunctAnswer(toks []tok, t *trigger, at int) bool {
	if t.nominal || at < 1 || at <= t.j || toks[at-1].low != "in" || at-t.j > 8 {
		return false
	}
	for k := t.j; k < at-1; k++ {
		switch toks[k].low {
		case ",", ";", ":", "and", "but", "who", "which", "that", "while", "after", "before", "as":
			return false
		}
		if toks[k].pos == "VBD" || toks[k].pos == "VBZ" || toks[k].pos == "VBP" {
			return false
		}
	}
	return true
}

// inGroup says whether the group holds an actor with m's key.
func inGroup(g group, m mention) bool {
	for _, o := range g {
		if o.text != "" && o.key() == m.key() {
			return true
		}
	}
	return false
}

// answerWordAt gives the token of the word of retaliation before the
// "for" that introduces the nominal act t, or -1.
func answerWordAt(toks []tok, t *trigger) int {
	for k := t.i - 1; k >= 1 && k >= t.i-5; k-- {
		if toks[k].low == "for" {
			if answerWords[toks[k-1].low] {
				return k - 1
			}
			return -1
		}
	}
	return -1
}

// answeredAct says whether the hostile act noun t is the definite object
// of "for" after a word of retaliation ("vowed to retaliate for the
// Israeli attack on its consulate", "in retaliation for Tuesday's
// strike"): an act that took place, named by its maker, and reported as
// the attack it was, like one answered with "respond to".
func answeredAct(toks []tok, t *trigger) bool {
	if !t.nominal || t.p == nil || !(hostileNounTypes[t.p.Type] || t.p.Words[0] == "strike") {
		return false
	}
	for k := t.i - 1; k >= 1 && k >= t.i-5; k-- {
		if toks[k].low != "for" {
			continue
		}
		if !answerWords[toks[k-1].low] {
			return false
		}
		for d := k + 1; d < t.i; d++ {
			if definiteWords[toks[d].low] {
				return true
			}
		}
		return false
	}
	return false
}

// officeSectors are the sectors whose office it is to arrest, deport or
// restrict people at home: whoever of them reports such an act with no
// agent ("Police said 23 protesters were arrested") tells its own.
var officeSectors = map[string]bool{"police": true, "military": true, "government": true, "judiciary": true}

// speakerDoesAct says whether speaker, reporting pattern p's act told in
// the passive without an agent, is the one who did it: p is an arrest,
// deportation or administrative sanction (CAMEO 172, 173, 174), the
// speaker a body of the state that does such acts, and the ones acted on
// are not its own ("the army said two soldiers were captured": the enemy
// took them).
// speakerAbroad says whether the state body speaking is of another
// country than the land its reported act took place in: the place the
// clause names (loc) if it has a country, else the story's home country
// from its dateline. With neither known it is not abroad.
func speakerAbroad(speaker group, home string, loc *mention) bool {
	if len(speaker) != 1 || speaker[0].country == "" {
		return false
	}
	land := home
	if loc != nil && loc.country != "" {
		land = loc.country
	}
	return land != "" && land != speaker[0].country
}

func speakerDoesAct(speaker, tgt group, p *Pattern) bool {
	if p.Type != "COERCE" || !(strings.HasPrefix(p.CAMEO, "172") || p.CAMEO == "173" || p.CAMEO == "174") {
		return false
	}
	if len(speaker) != 1 || !officeSectors[speaker[0].sector] || speaker[0].kind == "pronoun" {
		return false
	}
	for _, m := range tgt {
		if m.sector == speaker[0].sector && (m.country == speaker[0].country || m.country == "") {
			return false
		}
	}
	return true
}

// violationVerbs break a law, a norm or a resolution (CAMEO 128).
var violationVerbs = map[string]bool{"violate": true, "breach": true, "contravene": true, "flout": true, "defy": true}

// actSubject says whether the verb at i has a common noun for its subject
// ("the launch violates", "the test clearly breached"): an act or thing,
// skipping adverbs and quotation marks between them.
func actSubject(toks []tok, i int) bool {
	k := i - 1
	for k >= 0 && (adverbs[toks[k].low] || toks[k].pos == "RB" || toks[k].low == "\"" || toks[k].pos == "MD" || toks[k].low == "would" || toks[k].low == "had" || toks[k].low == "has") {
		k--
	}
	if k < 1 || !strings.HasPrefix(toks[k].pos, "NN") || strings.HasPrefix(toks[k].pos, "NNP") || isCap(toks[k].text) {
		return false
	}
	return determiners[toks[k-1].low] || strings.HasPrefix(toks[k-1].pos, "JJ") || strings.HasPrefix(toks[k-1].pos, "NN")
}

// complementDeadlines drops from dates a time limit ("within a month")
// set inside the trigger's infinitive complement when another date is
// left: "ordered French troops to leave the country within a month on
// Thursday" sets the leaving's deadline, and Thursday dates the order. A
// limit on the trigger's own verb ("will withdraw within a month") stays.
func complementDeadlines(toks []tok, t *trigger, dates []model.TimeExpr) []model.TimeExpr {
	if len(dates) < 2 || t.nominal {
		return dates
	}
	deadline := func(d model.TimeExpr) bool {
		if d.Duration == "" || !strings.HasPrefix(strings.ToLower(d.Text), "within ") {
			return false
		}
		k := sort.Search(len(toks), func(q int) bool { return toks[q].end > d.Start })
		return k > t.j && k < len(toks) && infinitiveBetween(toks, t.head+1, k)
	}
	if !slices.ContainsFunc(dates, deadline) {
		return dates
	}
	out := slices.DeleteFunc(slices.Clone(dates), deadline)
	if len(out) == 0 {
		return dates
	}
	return out
}

// withholdVerbs are the gerunds after "without" by which a sentence says
// its subject named no one as the act's target: "without naming Israel",
// "without mentioning Russia", "without blaming any country".
var withholdVerbs = map[string]bool{"naming": true, "mentioning": true, "blaming": true, "identifying": true, "citing": true}

// withheldName says whether mention m stands right after "without naming"
// (or a withholdVerbs kin), determiners aside: "without naming Israel",
// "without mentioning the United States".
func withheldName(toks []tok, m mention) bool {
	k := m.i - 1
	for k >= 0 && determiners[toks[k].low] {
		k--
	}
	return k >= 1 && withholdVerbs[toks[k].low] && toks[k-1].low == "without"
}

// restrictionOrdered maps the nouns for a restriction a state body orders
// on its own people to the CAMEO code of imposing it: closures, shutdowns
// and bans are administrative sanctions (172), a curfew or a lockdown
// restricts movement (1723, as "imposed a curfew").
var restrictionOrdered = map[string]string{"closure": "172", "closures": "172", "shutdown": "172", "shutdowns": "172",
	"ban": "172", "bans": "172", "curfew": "1723", "curfews": "1723", "lockdown": "1723", "lockdowns": "1723"}

// orderedRestrictionCode returns the code of the restriction named as the
// object of "ordered" starting at token j ("the closure of", "a
// nationwide curfew", "a ban on"), reading past a determiner and up to two
// modifiers; "" when the object is something else ("ordered the troops").
func orderedRestrictionCode(toks []tok, j int) string {
	if j < len(toks) && determiners[toks[j].low] {
		j++
	}
	for k := j; k < len(toks) && k < j+3; k++ {
		if rc, ok := restrictionOrdered[toks[k].low]; ok {
			// "ordered a ban to be lifted": the closure or ban is what
			// an infinitive after it acts on, not the order's act.
			if k+1 < len(toks) && toks[k+1].low == "to" {
				return ""
			}
			return rc
		}
		if isPunct(toks[k].text) || toks[k].pos == "VB" || toks[k].pos == "VBD" || toks[k].pos == "IN" {
			return ""
		}
	}
	return ""
}

// orgAsPlace says whether a mention read as an event's place is an
// organisation (a ministry, an agency, a company): a place is a city, a
// region or a country, and an organisation's id is no place to map.
func orgAsPlace(m mention) bool {
	return m.kind == kb.TypeOrganisation || strings.HasPrefix(m.actorID, "doc:org:") || strings.HasPrefix(m.actorID, "org:")
}

// occupantPlace is where an organisation named as an event's place sits
// when the sentence names no place after it: the seat the knowledge base
// gives it (a court's Hague), else its country, else nil. A country code
// the knowledge base holds no country for (an international body's) is no
// place.
func (c *Coder) occupantPlace(m mention) *mention {
	if c.kb == nil {
		return nil
	}
	if m.actorID != "" {
		if p, ok := c.kb.SeatOf(m.actorID); ok {
			return &mention{i: m.i, j: m.j, text: p.Name, actorID: p.ID, country: p.Country, kind: kb.TypePlace}
		}
	}
	if m.country == "" {
		return nil
	}
	if a, ok := c.kb.Actor(m.country); ok && a.Type == kb.TypeCountry {
		return &mention{i: m.i, j: m.j, text: a.Name, actorID: a.ID, country: a.Country, kind: "country"}
	}
	return nil
}

// overridingVerb returns the finite verb of the clause that an "over the
// objections of" or "despite the objections of" phrase at the nominal i
// qualifies ("Parliament passed the bill over the objections of ..."),
// else -1: the act done in spite of the objection, which is what was
// objected to.
func overridingVerb(toks []tok, i int) int {
	k := i - 1
	for k >= 0 && (determiners[toks[k].low] || modifierWord(toks[k])) {
		k--
	}
	if k < 1 || toks[k].low != "over" && toks[k].low != "despite" {
		return -1
	}
	for q := k - 1; q >= 0 && q >= k-10; q-- {
		if finiteVerb(toks[q]) {
			return q
		}
		if isPunct(toks[q].low) && toks[q].low != "'s" {
			return -1
		}
	}
	return -1
}

// ownStaffNouns are the bare plurals by which a body speaks of its own staff
// acting for it ("investigators detained", "officers arrested").
var ownStaffNouns = map[string]bool{"investigators": true, "detectives": true, "agents": true, "officers": true}

// ownAgentsSubject says whether the reported clause from token floor to
// the verb at token i has for its subject only a bare agent noun
// ("said investigators detained", "said that its officers had arrested").
func ownAgentsSubject(toks []tok, floor, i int) bool {
	seen := false
	for k := floor; k < i && k < len(toks); k++ {
		l := toks[k].low
		switch {
		case ownStaffNouns[l] && !seen:
			seen = true
		case !seen && (l == "that" || l == "its" || l == "the" || l == "their"):
		case seen && (adverbs[l] || auxiliaries[l]):
		default:
			return false
		}
	}
	return seen
}

// bodyDetains says whether speaker is one body (no person, no pronoun)
// and p an arrest, detention or restriction (CAMEO 172-174), an act a
// body does through its staff.
func bodyDetains(speaker group, p *Pattern) bool {
	if p.Type != "COERCE" || !(strings.HasPrefix(p.CAMEO, "172") || p.CAMEO == "173" || p.CAMEO == "174") {
		return false
	}
	return len(speaker) == 1 && speaker[0].kind != "person" && speaker[0].kind != "pronoun"
}

// speakerPossessor finds, after token from, the person whose lawyer,
// family or spokesperson reports the sentence ("the journalist's lawyer
// said", "the activist's family told reporters"): that possessor as a
// mention, or false. Those who speak for someone detained or charged
// report what was done to them. The tagger may hold the possessor and
// the speaker as one role ("journalist's lawyer"); the possessor is then
// the role word before "'s", when the knowledge base reads it as one
// person's role.
func (c *Coder) speakerPossessor(toks []tok, ms []mention, from int) (mention, bool) {
	reportsAfter := func(k int) bool {
		for end := k + 3; k < len(toks) && k <= end; k++ {
			if reportWords[toks[k].low] {
				return true
			}
			if toks[k].pos == "," || toks[k].pos == "." || toks[k].pos == ":" {
				return false
			}
		}
		return false
	}
	for _, m := range ms {
		if m.i < from || !personal(m) {
			continue
		}
		if m.j < len(toks) && toks[m.j].low == "'s" && reportsAfter(m.j+1) {
			return m, true
		}
		for p := m.i + 1; p+1 < m.j; p++ {
			if toks[p].low != "'s" || !reportsAfter(m.j) || c.kb == nil {
				continue
			}
			words := make([]string, 0, p-m.i)
			for _, t := range toks[m.i:p] {
				words = append(words, t.text)
			}
			text := strings.Join(words, " ")
			if r, ok := c.kb.Role(text); ok && !r.Group {
				return mention{i: m.i, j: p, text: text, country: m.country, sector: r.Sector, kind: "role"}, true
			}
		}
	}
	return mention{}, false
}

// policeOfficers gives bare "officers" the police sector where the
// sentence shows them to be police: those who arrest or detain someone
// (CAMEO 173) or whom a police force or interior ministry reports on
// ("Kenya's interior ministry said officers detained the activist").
// The knowledge base reads a lone "officer" as military, which "army
// officers" or "officers of the guard" are; a qualified phrase keeps the
// sector its words give.
func policeOfficers(toks []tok, src group, code string, reporter *group) group {
	policeSpeaker := false
	if reporter != nil {
		for _, m := range *reporter {
			for _, t := range toks[max(m.i, 0):max(m.j, 0)] {
				if t.low == "police" || t.low == "interior" || t.low == "home" {
					policeSpeaker = true
				}
			}
		}
	}
	if code != "173" && !policeSpeaker {
		return src
	}
	var out group
	for _, m := range src {
		if m.sector == kb.SectorMilitary && m.j-m.i == 1 && m.i >= 0 && (toks[m.i].low == "officers" || toks[m.i].low == "officer") {
			m.sector = kb.SectorPolice
		}
		out = append(out, m)
	}
	return out
}

// inhabitedPlaces are the common nouns for places people live or gather
// in, whose attack falls on the people there. Camps and bases are left
// out: a camp may be an armed group's.
var inhabitedPlaces = map[string]bool{"village": true, "villages": true, "town": true, "towns": true, "hamlet": true, "hamlets": true,
	"settlement": true, "settlements": true, "neighbourhood": true, "neighbourhoods": true, "neighborhood": true, "neighborhoods": true,
	"market": true, "markets": true, "home": true, "homes": true, "house": true, "houses": true}

// inhabitedObject says whether the object at k (after an optional
// preposition, determiners and up to two modifiers) is an inhabited place
// named by a common noun: "raided a village", "shelled the town's
// market", "fired on two remote villages".
func inhabitedObject(toks []tok, k int) bool {
	if k < len(toks) && objPreps[toks[k].low] {
		k++
	}
	for end := k + 4; k < len(toks) && k < end; k++ {
		l := toks[k].low
		if inhabitedPlaces[l] {
			// "a market town": the first noun modifies the second.
			if k+1 < len(toks) && inhabitedPlaces[toks[k+1].low] {
				continue
			}
			return k+1 >= len(toks) || !headNoun(toks[k+1])
		}
		if !(determiners[l] || isNumber(l) || quantityWord(l) || strings.HasPrefix(toks[k].pos, "JJ") || toks[k].pos == "CD") {
			return false
		}
	}
	return false
}

// inquiryNouns head the phrases naming an inquiry or an audit, held by a
// body the phrase may not name.
var inquiryNouns = map[string]bool{"inquiry": true, "inquiries": true, "investigation": true, "investigations": true,
	"probe": true, "probes": true, "audit": true, "audits": true, "investigators": true, "inquest": true}

// withInquiry says whether, within a few tokens after j, "with" opens a
// noun phrase headed by an inquiry noun ("cooperate with an independent
// inquiry", "to cooperate fully with the UN investigation").
func withInquiry(toks []tok, j int) bool {
	for k := j; k < len(toks) && k < j+4; k++ {
		if toks[k].low != "with" {
			continue
		}
		for q := k + 1; q < len(toks) && q < k+6; q++ {
			l := toks[q].low
			if inquiryNouns[l] {
				return true
			}
			if !(determiners[l] || toks[q].pos == "JJ" || toks[q].pos == "NN" || toks[q].pos == "NNP" || toks[q].pos == "RB") {
				return false
			}
		}
		return false
	}
	return false
}

// possessedRegion returns the place of loc's country that a possessive
// after the country names ("Myanmar's western Rakhine state": Rakhine),
// or loc itself when none does. Compass and region words may stand
// between ("western", "northern"); a place of another country ("Russia's
// attack on Kyiv" names no Russian place) or no place at all is no region
// of it.
func possessedRegion(toks []tok, ms []mention, loc *mention) *mention {
	if wordAt(toks, loc.j) != "'s" {
		return loc
	}
	mi := mentionAt(toks, ms, loc.j+1, 2)
	// A province the knowledge base files at the country's level (kind
	// country, an id of its own) is a region all the same.
	if mi < 0 || !placeKind(ms[mi].kind) || ms[mi].country != loc.country || ms[mi].actorID == "" || ms[mi].actorID == loc.country {
		return loc
	}
	region := ms[mi]
	return &region
}

// whenClauseVenue returns the place a "when" clause right after a harm
// names ("Seven villagers were killed when a landmine exploded near a farm
// in Rakhine state", "died when their convoy was ambushed outside Gao"):
// the clause tells how the harm came about, at the same spot, so its place
// is the act's, and it beats a dateline, which only says where the story
// was filed. The clause ends at punctuation or another clause opener; nil
// when it names no place.
func whenClauseVenue(toks []tok, ms []mention, t *trigger, src, tgt group) *mention {
	k := t.j
	for k < len(toks) && k < t.j+4 && toks[k].low != "when" {
		if isPunct(toks[k].text) {
			return nil
		}
		k++
	}
	if wordAt(toks, k) != "when" {
		return nil
	}
	for q := k + 1; q < len(toks) && q < k+20; q++ {
		if venueBreak(toks[q]) {
			return nil
		}
		if !locPreps[toks[q].low] {
			continue
		}
		if ni := namedPlaceAt(toks, ms, q+1); ni >= 0 {
			if v := placeVenue(ms[ni], src, tgt); v != nil {
				return v
			}
		}
		if mi := mentionAt(toks, ms, q+1, 2); mi >= 0 {
			if v := placeVenue(ms[mi], src, tgt); v != nil {
				return v
			}
		}
	}
	return nil
}

// electionWords tell of a vote or of a seat contested in one.
var electionWords = map[string]bool{"election": true, "elections": true, "incumbent": true, "primary": true,
	"runoff": true, "run-off": true, "ballot": true, "polls": true, "vote": true, "votes": true, "re-election": true,
	"reelection": true, "candidate": true, "challenger": true, "race": true, "electoral": true}

// electionSentence says whether the sentence has a word of electionWords.
func electionSentence(toks []tok) bool {
	for _, k := range toks {
		if electionWords[k.low] {
			return true
		}
	}
	return false
}

// forceSide says whether an actor of g is of a sector that uses force:
// police, military, rebels or criminals.
func forceSide(g group) bool {
	for _, m := range g {
		switch m.sector {
		case kb.SectorPolice, kb.SectorMilitary, kb.SectorRebel, kb.SectorCriminal:
			return true
		}
	}
	return false
}
