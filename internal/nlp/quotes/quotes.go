// Package quotes finds what people said in an article, who said it and
// through whom: direct quotations (straight and curly marks, quotes running
// over paragraphs, quotes inside quotes), partial quotes woven into a
// sentence, and indirect speech ("said that", "vowed to", "according to").
//
// It reads what the nlp stage produced (sentences, tokens with Penn tags,
// entities) and what resolve added (actor ids, nominal ROLE entities). The
// speaker is a named person, a role ("a State Department spokesperson"), an
// organisation, or a pronoun resolved to the nearest preceding compatible
// subject; when none can be found the speaker is null rather than a guess.
//
// A speaker's text is its mention's words as the article wrote them: a
// description keeps its determiner ("The navy", "a police spokesman in
// Dhaka", "the senator"), whether the tagger marked it as a role or as an
// organisation, since the determiner says whether the article introduced
// or went back to the speaker and a reader sees the words as written; a
// name keeps the tagger's words without it ("the BBC" -> "BBC", "the
// United States" -> "United States"), as the name alone says who. The
// actor, not the text, is what links mentions of one speaker.
package quotes

import (
	"context"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/events/segment"
	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/pipeline"
)

// Finder is the quotes stage. It is safe for concurrent use.
type Finder struct {
	lx *Lexicon
}

// New loads the lexicon and returns the stage.
func New() (*Finder, error) {
	lx, err := LoadLexicon()
	if err != nil {
		return nil, err
	}
	return &Finder{lx: lx}, nil
}

// Name implements pipeline.Stage.
func (f *Finder) Name() string { return "quotes" }

// Process implements pipeline.Stage: it fills Article.Quotes.
func (f *Finder) Process(ctx context.Context, doc *model.Document) error {
	if doc.Article == nil {
		return nil
	}
	qs, err := f.FindContext(ctx, doc.Article)
	if err != nil {
		return err
	}
	doc.Article.Quotes = qs
	return nil
}

// party kinds: what a noun phrase around a quote denotes.
const (
	kindNone     = iota
	kindPerson   // a named person
	kindOrg      // a named organisation, country or group
	kindRole     // a nominal: "a State Department spokesperson", "officials"
	kindOutlet   // a news medium: "Newsweek", "the press"
	kindDocument // a thing that carries words: "a statement", "the report"
	kindName     // a proper name whose type is unknown (no entity tagger ran)
	kindPronoun  // a pronoun that could not be resolved
)

// party is a noun phrase classified, with the speaker it stands for.
type party struct {
	kind   int
	sp     *model.Speaker
	s, e   int    // token range of the phrase
	plural bool   // for "they" agreement
	owner  *party // possessor of a document ("KCNA's report")
}

// found is a speaker recorded for pronoun resolution.
type found struct {
	tok int
	sp  *model.Speaker
}

type finding struct {
	q        model.Quote
	para     int
	verb     int // token index of the attribution verb, -1
	inherits bool
}

// Find returns the quotes of a, ordered by position.
func (f *Finder) Find(a *model.Article) []model.Quote {
	qs, _ := f.FindContext(context.Background(), a)
	return qs
}

// FindContext is Find, stopping with an error wrapping ctx's when ctx is
// done: it looks at ctx every few sentences (pipeline.Stopped).
func (f *Finder) FindContext(ctx context.Context, a *model.Article) ([]model.Quote, error) {
	if a == nil || a.Text == "" {
		return nil, nil
	}
	if len(a.Sentences) == 0 {
		// No nlp stage ran: split with the small fallback segmenter, on a
		// copy so the article's own fields stay as the pipeline left them.
		c := *a
		c.Sentences = segment.Sentences(a.Text)
		a = &c
	}
	v := newView(a, f.lx)
	st := &state{v: v, usedVerb: map[int]bool{}, dateline: extract.ArticleDatelineLen(a), intl: f.lx.intlFor(a.Language)}
	v.dateline = st.dateline
	if err := st.run(ctx); err != nil {
		return nil, err
	}
	out := make([]model.Quote, 0, len(st.out))
	sort.SliceStable(st.out, func(i, j int) bool { return st.out[i].q.Start < st.out[j].q.Start })
	st.dropRepeats()
	for _, fd := range st.out {
		if fd.q.Conduit != nil && (fd.q.Conduit.Kind == model.ConduitChannel || fd.q.Conduit.Kind == model.ConduitDocument) {
			fd.q.ConduitKind = fd.q.Conduit.Kind
		}
		out = append(out, fd.q)
	}
	return out, nil
}

type state struct {
	v         *view
	out       []finding
	speakers  []found
	usedVerb  map[int]bool
	dateline  int            // bytes of a wire dateline opening the text ("SEOUL (AP) -")
	named     map[string]int // person actor id -> its first named mention (entity index), built on first use
	reports   reportRun      // lendFromIndirect's index of the current sentence's reports
	lastQuote lastQuote      // previousQuote's place in out
	// sharedVerb gives the verb of a second report joined to a first
	// ("denied the accusation and said ...") the first one's subject.
	sharedVerb map[int]party
	// bodyOf gives the verb of a closing attribution by a body no country
	// was named for ("Kyiv said ..., the defence ministry said") the
	// country whose claim the body gave, whose body it is.
	bodyOf map[int]*model.Speaker
	// voiceOf gives the verb of a spokesperson's closing attribution after
	// a body's report ("Togo's government urged ..., a spokesman said")
	// the body, whose actor the spokesperson speaks as.
	voiceOf map[int]*model.Speaker
	// intl holds the attribution words of the article's language when it
	// is not English (foreign.go); nil for English copy.
	intl *intlWords
	// intlGender is the gender a non-English speaker phrase gave the
	// speaker it was read as ("la présidente du Sénat"), which a pronoun
	// of the other gender does not go back to.
	intlGender map[*model.Speaker]string
	// chainGender is the gender an earlier "he" or "she" outside a
	// quotation gave the person actor it went back to, when the article
	// gave none ("Tomasz Nowak visited the camp. "...," he said."): a
	// later pronoun of the other gender does not go back to that person.
	// An actor both pronouns went back to is chainConflict.
	chainGender map[string]string
	// nullReport holds the verbs of participle reports ("adding that")
	// whose subject is a pronoun the finder could not resolve, after a
	// quotation it gave no speaker: the report is the same unknown
	// speaker's, given with a null speaker as the quotation is.
	nullReport map[int]bool
}

func (st *state) run(ctx context.Context) error {
	v := st.v
	bySent := map[int][]int{} // sentence -> spans opening in it
	var orphan []int          // spans with no sentence (no tokens at all)
	for i, sp := range v.spans {
		s := v.sentenceOf(sp.Open)
		if s < 0 {
			orphan = append(orphan, i)
			continue
		}
		bySent[s] = append(bySent[s], i)
	}
	for _, i := range orphan {
		st.emitSpan(i, kindOf(v, i), nil, nil, -1)
	}
	st.turns()
	for si := range v.a.Sentences {
		if err := pipeline.Stopped(ctx, si, len(v.a.Sentences)); err != nil {
			return err
		}
		var partial, joined []int
		for _, qi := range bySent[si] {
			switch kindOf(v, qi) {
			case model.QuoteDirect:
				if st.intl == nil && v.joinedClause(qi) {
					joined = append(joined, qi)
					continue
				}
				st.direct(qi)
			default:
				partial = append(partial, qi)
			}
		}
		first := len(st.out)
		if st.intl != nil {
			st.intlIndirect(si)
		} else {
			st.indirect(si)
		}
		for _, qi := range joined {
			st.direct(qi)
		}
		for _, qi := range partial {
			st.partial(qi, si)
		}
		st.inheritInSentence(first - len(bySent[si]))
	}
	st.inheritConduits()
	st.innerQuotes()
	return nil
}

// kindOf tells a direct quotation from a partial one woven into a sentence:
// a direct one starts its sentence or follows a comma, colon or dash or a
// speech verb; a partial one follows a word of the sentence.
func kindOf(v *view, qi int) string {
	sp := v.spans[qi]
	i := v.tokAt(sp.Open) - 1
	for i >= 0 && isQuoteMark(v.toks[i].text) && int(v.toks[i].end) <= sp.Open {
		i--
	}
	if i < 0 || int(v.toks[i].end) <= v.dateline {
		// `SEOUL (AP) - "It's over," ...`: after a dateline's dash the
		// quotation opens the story, as it does with no dateline.
		return model.QuoteDirect
	}
	t := v.toks[i]
	if v.sentenceOf(sp.Open) != int(t.sent) || strings.TrimSpace(v.a.Text[t.end:sp.Open]) != "" && !isQuoteMarkText(v.a.Text[t.end:sp.Open]) {
		return model.QuoteDirect
	}
	if t.quote >= 0 {
		return model.QuotePartial // one of a list of quoted words
	}
	switch t.text {
	case ",", ":", "\u2014", "\u2013", "-", "(", ";":
		if sp.Single && !sp.Closed || len(strings.Fields(v.a.Text[sp.Start:sp.End])) < 3 {
			if v.shortSentenceSaid(sp, i) {
				return model.QuoteDirect
			}
			return model.QuotePartial // a term set off by punctuation
		}
		return model.QuoteDirect
	}
	if v.joinedClause(qi) {
		return model.QuoteDirect
	}
	if _, n := v.verbAt(i); n > 0 && !sp.Single {
		// `responded "positively" to the proposal`: a word or two the
		// sentence goes on after is woven into it, not a quotation the
		// verb introduces.
		if len(strings.Fields(v.a.Text[sp.Start:sp.End])) < 3 && v.wordsAfter(sp) {
			return model.QuotePartial
		}
		return model.QuoteDirect
	}
	return model.QuotePartial
}

// shortSentenceSaid reports whether the short quotation sp, after the
// comma or colon at token i, is a whole sentence a speech verb introduces:
// `He said: "No."`, `the minister told reporters, "Never again!"`. A
// reply of a word or two is still the speaker's full words; a term set
// off by punctuation (`the plan's name: "Resolve"`) has no speech verb
// before it, and one woven into a sentence that goes on is no sentence.
func (v *view) shortSentenceSaid(sp Span, i int) bool {
	if !sp.Closed || sp.End <= sp.Start || v.wordsAfter(sp) {
		return false
	}
	text := v.a.Text[sp.Start:sp.End]
	first, _ := utf8.DecodeRuneInString(text)
	if !unicode.IsUpper(first) || !strings.ContainsAny(text[len(text)-1:], ".!?") {
		return false
	}
	// The verb ends right before the mark ("said:") or takes an object
	// of a word or two first ("told reporters:", "told the council:").
	for j := i - 1; j >= 0 && j >= i-3 && int(v.toks[j].sent) == int(v.toks[i].sent); j-- {
		if _, n := v.verbAt(j); n > 0 {
			return !v.passive(j)
		}
		if isPunct(v.toks[j]) {
			return false
		}
	}
	return false
}

// clauseAfterTag returns the token range of a clause that goes on after
// the speech tag whose verb is at token verb, set off by a comma:
// `"As everyone knows," the minister said, the economy is growing`. The
// words after the tag are still the speaker's, told without quotation
// marks, so they are a report of the same speaker. The clause must open
// on a plain subject (one noun phrase, a pronoun or a name) right before
// its finite verb: a participle (", adding ...", ", speaking to ..."), a
// conjunction (", and the crowd cheered"), a subordinator (", as ...",
// ", while ..."), an apposition (", the minister's deputy") or a time
// phrase (", the day the report came out") is no such clause. -1 when
// there is none.
func (v *view) clauseAfterTag(verb int) (int, int) {
	if verb < 0 || verb >= len(v.toks) {
		return -1, -1
	}
	_, n := v.verbAt(verb)
	end := v.sentTok[v.toks[verb].sent][1]
	// The rest of the tag: the subject after an inverted verb ("said the
	// minister"), a day, a place; no other punctuation before the comma.
	c := -1
	for k := verb + max(n, 1); k < end && k < verb+max(n, 1)+8; k++ {
		t := v.toks[k]
		if t.quote >= 0 {
			return -1, -1
		}
		if t.text == "," {
			c = k
			break
		}
		if isPunct(t) || finiteVerb(t) || t.pos == "VBG" {
			return -1, -1
		}
	}
	if c < 0 {
		return -1, -1
	}
	cs := c + 1
	k := cs
	switch t := v.toks[min(k, end-1)]; {
	case k >= end || t.quote >= 0:
		return -1, -1
	case t.pos == "PRP" && !possessivePronoun[t.low]:
		k++
	default:
		for ; k < end && k < cs+6; k++ {
			t := v.toks[k]
			if t.quote >= 0 || !isNPTag(t.pos) || t.pos == "POS" || (t.pos == "DT" || t.pos == "PRP$") && k > cs || tagTimeNouns[t.low] {
				break
			}
		}
		if k == cs || !isNoun(v.toks[k-1].pos) {
			return -1, -1
		}
	}
	if k >= end || !finiteVerb(v.toks[k]) || v.toks[k].quote >= 0 {
		return -1, -1
	}
	if _, m := v.verbAt(k); m > 0 {
		return -1, -1 // ", the ministry said": another tag
	}
	if end-cs < 3 {
		return -1, -1
	}
	return cs, end
}

// possessivePronoun words are tagged PRP by some taggers but open a noun
// phrase, not a clause.
var possessivePronoun = set("his her its their our my your")

// tagTimeNouns head a phrase of time after a speech tag (", the day the
// report came out", ", the first time he has spoken"), not a subject.
var tagTimeNouns = set("day days week weeks month months year years time times moment night morning evening afternoon hour hours minute minutes")

// joinedClause says the quotation qi is a whole clause that follows a
// conjunction in its sentence and has a speech tag of its own: `said sales
// rose, and "we expect more," it added`. It is a direct quote, not words
// woven into the clause before it; its tag's pronoun ("it") goes back to
// the speaker of that clause, so run attributes it after the sentence's
// reports.
func (v *view) joinedClause(qi int) bool {
	sp := v.spans[qi]
	i := v.tokAt(sp.Open) - 1
	for i >= 0 && isQuoteMark(v.toks[i].text) && int(v.toks[i].end) <= sp.Open {
		i--
	}
	if i <= 0 || v.sentenceOf(sp.Open) != int(v.toks[i].sent) || v.toks[i].quote >= 0 {
		return false
	}
	switch v.toks[i].low {
	case "and", "but":
	default:
		return false
	}
	return v.attributedClause(sp)
}

// attributedClause says the closed quotation sp holds a clause of its own
// (a subject before a finite verb: "we expect more", not "a waste of
// money" or "would cost more"), ends on a comma, question or exclamation
// mark inside its marks, and is followed by a speech tag: a verb of speech
// within three words after the closing mark ("," it added", "," Smith
// said").
func (v *view) attributedClause(sp Span) bool {
	if !sp.Closed || sp.End <= sp.Start {
		return false
	}
	content := strings.TrimRight(v.a.Text[sp.Start:sp.End], " ")
	if content == "" || !strings.ContainsAny(content[len(content)-1:], ",?!") {
		return false
	}
	a, b := v.tokAt(sp.Start), v.tokAt(sp.End)
	if a >= b || b > len(v.toks) {
		return false
	}
	// The clause opens on its subject, and a finite verb follows it.
	if f := v.toks[a]; !(isNoun(f.pos) || f.pos == "PRP" || f.pos == "DT" || f.pos == "EX" || f.pos == "CD" || f.pos == "PRP$") {
		return false
	}
	finite := false
	for k := a + 1; k < b; k++ {
		if finiteVerb(v.toks[k]) {
			finite = true
			break
		}
	}
	if !finite {
		return false
	}
	j := b
	end := len(v.toks)
	if s := int(v.toks[a].sent); s < len(v.sentTok) {
		end = v.sentTok[s][1]
	}
	for j < end && (isQuoteMark(v.toks[j].text) || v.toks[j].text == ",") && v.toks[j].quote < 0 {
		j++
	}
	for k := j; k < end && k <= j+3 && v.toks[k].quote < 0 && !isPunct(v.toks[k]); k++ {
		if _, n := v.verbAt(k); n > 0 {
			// `said the plan was dead and "we will not revive it,"
			// adding that ...`: a participle goes on with the sentence's
			// own subject, and tags no quotation of its own.
			return !v.passive(k) && !(k == j && v.toks[k].pos == "VBG")
		}
	}
	return false
}

func isQuoteMarkText(s string) bool {
	s = strings.TrimSpace(s)
	for _, r := range s {
		if !isQuoteMark(string(r)) {
			return false
		}
	}
	return true
}

// emitSpan records a quotation span as a quote.
func (st *state) emitSpan(qi int, kind string, sp, conduit *model.Speaker, verb int) {
	v := st.v
	s := v.spans[qi]
	end := s.End
	// A comma or colon left inside the marks belongs to the attribution.
	for end > s.Start && strings.ContainsRune(",;:", rune(v.a.Text[end-1])) {
		end--
	}
	end = trimRightSpace(v.a.Text, s.Start, end)
	if end <= s.Start {
		return
	}
	sent := v.sentenceOf(s.Start)
	if sent < 0 {
		sent = 0
	}
	q := model.Quote{Text: v.a.Text[s.Start:end], Start: s.Start, End: end, Kind: kind, Speaker: sp, Conduit: conduit, Sentence: sent}
	if st.intl != nil {
		q.Audience = st.intlAudienceAfter(verb, q)
	} else {
		q.Audience = st.audience(q, verb)
	}
	st.out = append(st.out, finding{q: q, para: v.paragraphOf(s.Start), verb: verb})
	st.remember(v.tokAt(s.Start), sp)
}

func (st *state) remember(at int, sp *model.Speaker) {
	if sp == nil {
		return
	}
	st.speakers = append(st.speakers, found{tok: at, sp: sp})
}

// direct attributes a direct quotation.
func (st *state) direct(qi int) {
	v := st.v
	q := v.spans[qi]
	bLo, bHi := st.frameBefore(qi)
	aLo, aHi := st.frameAfter(qi)
	// `"...," Rubio said, while the government said ...`: the words
	// after the quote's own attribution are another speaker's clause,
	// whose speaker and channel are not the quote's.
	// Right after the closing mark a conjunction can only open such a
	// clause (`"...," but the government said`).
	if aLo < aHi && clauseJoiners[v.toks[aLo].low] && v.toks[aLo].quote < 0 && v.subjectSpeaks(aLo+1, aHi) {
		aHi = aLo
	}
	for k := aLo + 1; k < aHi; k++ {
		if v.otherReport(aLo, k, aHi, true) {
			aHi = k
			break
		}
	}
	content := strings.TrimRight(v.a.Text[q.Start:q.End], " ")
	nLo, nHi := 0, 0 // the sentence after, when it names the speaker
	endsComma := strings.HasSuffix(content, ",") || strings.HasSuffix(content, "?") || strings.HasSuffix(content, "!") || strings.HasSuffix(content, "\u2014")

	if st.intl != nil {
		if sp, verb, ok := st.intlDirect(qi); ok {
			if verb >= 0 {
				st.usedVerb[verb] = true
			}
			var conduit *model.Speaker
			if verb >= 0 {
				conduit = st.intlConduitAfter(verb)
			}
			st.emitSpan(qi, model.QuoteDirect, sp, conduit, verb)
			return
		}
	}
	tagAfter := false // the attribution found is the tag after the quote
	try := []func() (party, int, bool){
		func() (party, int, bool) {
			p, verb, ok := st.attrAfter(aLo, aHi)
			tagAfter = ok
			return p, verb, ok
		},
		func() (party, int, bool) { return st.attrBefore(bLo, bHi) },
	}
	if !endsComma {
		try[0], try[1] = try[1], try[0]
	}
	try = append(try,
		func() (party, int, bool) { return st.bareAfter(aLo, aHi) },
		func() (party, int, bool) { return st.bareBefore(bLo, bHi) },
		func() (party, int, bool) {
			p, verb, lo, hi, ok := st.colonBefore(qi, bLo, bHi)
			if ok {
				nLo, nHi = lo, hi // "was quoted by the Herald:" names the conduit too
			}
			return p, verb, ok
		},
		func() (party, int, bool) { return st.clauseBeforeColon(bLo, bHi) },
		func() (party, int, bool) { return st.labelBeforeColon(qi, bLo, bHi) },
		func() (party, int, bool) {
			// A quotation standing alone whose speaker the next sentence
			// names, pointing back at it: `"..." The words came from X.`
			// A dateline before it ("NAIROBI (Wire) - ") says where the
			// story was filed and leaves it alone.
			b := bLo
			for b < bHi && int(v.toks[b].start) < st.dateline {
				b++
			}
			if bHi > b || aHi > aLo {
				return party{}, -1, false
			}
			p, verb, lo, hi, ok := st.sentenceAfter(qi)
			if ok {
				nLo, nHi = lo, hi
			}
			return p, verb, ok
		},
		func() (party, int, bool) { return st.sentenceBefore(qi, bLo, bHi, aLo, aHi) },
	)
	for _, fn := range try {
		p, verb, ok := fn()
		if !ok {
			continue
		}
		if p.kind == kindPronoun && p.sp == nil {
			// `"...," he said. The remark, by X, drew criticism`: a
			// pronoun with no antecedent, named in the sentence after.
			if np, nv, lo, hi, ok := st.sentenceAfter(qi); ok {
				p, nLo, nHi = np, lo, hi
				if nv >= 0 {
					verb = nv
				}
			}
		}
		// Before the quote, a channel of an earlier speaker's clause is
		// not this one's: "X told Reuters ..., but Y said: "..."".
		conduit := st.conduit(max(bLo, v.clauseFrom(bLo, bHi, bHi)), bHi, p)
		if conduit == nil {
			conduit = st.conduit(aLo, aHi, p)
		}
		if conduit == nil && nHi > nLo {
			conduit = st.conduit(nLo, nHi, p)
		}
		rawConduit := conduit
		sp, conduit := speakerAndConduit(p, conduit)
		if verb >= 0 {
			st.usedVerb[verb] = true
		}
		st.emitSpan(qi, model.QuoteDirect, sp, conduit, verb)
		if tagAfter && verb >= 0 && endsComma {
			if cs, ce := v.clauseAfterTag(verb); cs >= 0 {
				st.emitIndirect(cs, ce, p, rawConduit, verb)
			}
		}
		return
	}
	// No attribution: a quote that goes on from the previous one in the
	// same paragraph (or opens the paragraph after it) keeps its speaker.
	if prev := st.previousQuote(q.Open); prev != nil {
		st.emitSpan(qi, model.QuoteDirect, prev.q.Speaker, prev.q.Conduit, -1)
		st.out[len(st.out)-1].inherits = true
		st.out[len(st.out)-1].q.Audience = prev.q.Audience
		return
	}
	if prev := st.previousReport(q.Open); prev != nil && st.standsAlone(qi) {
		st.emitSpan(qi, model.QuoteDirect, prev.q.Speaker, prev.q.Conduit, -1)
		st.out[len(st.out)-1].inherits = true
		return
	}
	// A title in quotation marks followed by its source ("..." — CBC.ca,
	// August 15, 2008) is a citation, not something said.
	if aHi > aLo && isDash(v.toks[aLo].text) && !st.hasSpeechVerb(aLo, aHi) {
		return
	}
	st.emitSpan(qi, model.QuoteDirect, nil, nil, -1)
}

func isDash(s string) bool { return s == "\u2014" || s == "\u2013" || s == "-" || s == "--" }

// previousQuote returns the last direct quote before off when nothing but
// quotations lies between it and off within its paragraph or the next.
func (st *state) previousQuote(off int) *finding {
	v := st.v
	if len(st.out) == 0 {
		return nil
	}
	// The last quote that is not a report, from where the previous call
	// left off: a sentence of thousands of reports is not walked back over
	// for each quote after it.
	lq := &st.lastQuote
	if lq.n > len(st.out) {
		*lq = lastQuote{}
	}
	for ; lq.n < len(st.out); lq.n++ {
		if st.out[lq.n].q.Kind != model.QuoteIndirect {
			lq.idx = lq.n + 1
		}
	}
	if lq.idx == 0 {
		return nil // only reports so far
	}
	last := &st.out[lq.idx-1]
	if last.q.Speaker == nil {
		return nil
	}
	pHere, pPrev := v.paragraphOf(off), last.para
	if pHere == pPrev {
		return last
	}
	if pHere == pPrev+1 {
		// The quote must open its paragraph and the previous one must end
		// with the previous quote (little text after it).
		pe := v.paras[pPrev][1]
		tail := v.a.Text[min(last.q.End, pe):pe]
		if strings.TrimSpace(v.a.Text[v.paras[pHere][0]:off]) != "" {
			return nil
		}
		if n := len(strings.Fields(tail)); n <= 6 || n <= 20 && st.closedByOwnAttribution(last, pe) {
			return last
		}
	}
	return nil
}

// previousReport returns the report that ends the paragraph before the
// one a quotation opens at off, when that report is the last thing found:
// "Lena Berg, the foreign minister, said the summit had gone well.\n\n"We
// have an agreement on grain."" goes on in the reporter's speaker, as a
// quotation paragraph after the speaker's own quotation does
// (previousQuote). The report's sentence must end the paragraph, so that a
// paragraph going on to other matter after it gives no speaker.
func (st *state) previousReport(off int) *finding {
	v := st.v
	if len(st.out) == 0 {
		return nil
	}
	last := &st.out[len(st.out)-1]
	if last.q.Kind != model.QuoteIndirect || last.q.Speaker == nil || last.verb < 0 || last.verb >= len(v.toks) {
		return nil
	}
	pHere := v.paragraphOf(off)
	if pHere != last.para+1 || strings.TrimSpace(v.a.Text[v.paras[pHere][0]:off]) != "" {
		return nil
	}
	pe := v.paras[last.para][1]
	k, end := v.tokAt(last.q.End), v.tokAt(pe-1)
	if k >= len(v.toks) || end >= len(v.toks) || v.toks[k].sent != v.toks[end].sent || v.toks[last.verb].sent != v.toks[end].sent {
		return nil
	}
	return last
}

// standsAlone says nothing but punctuation follows quotation qi in its
// sentence: no attribution the finder could not read ("..., Mr. Smith
// recounted", "..." announced in October, said X") that would make the
// quotation someone else's than the speaker of the report before it.
func (st *state) standsAlone(qi int) bool {
	v := st.v
	aLo, aHi := st.frameAfter(qi)
	for k := aLo; k < aHi; k++ {
		if t := v.toks[k]; !isPunct(t) && !isQuoteMark(t.text) {
			return false
		}
	}
	return true
}

// closedByOwnAttribution says the text after the finding last up to pe, the end
// of its paragraph, is its own attribution, however long: its verb is
// there and no sentence begins after the quote (`"...," ministry
// spokesman Dmytro Lazutkin said on national television.`). A paragraph
// that goes on to other matter after the quote is not closed by it.
func (st *state) closedByOwnAttribution(last *finding, pe int) bool {
	v := st.v
	if last.verb < 0 || last.verb >= len(v.toks) || int(v.toks[last.verb].start) < last.q.End {
		return false
	}
	k, end := v.tokAt(last.q.End), v.tokAt(pe-1)
	if k >= len(v.toks) || end >= len(v.toks) {
		return false
	}
	return v.toks[k].sent == v.toks[end].sent && v.toks[last.verb].sent == v.toks[end].sent
}

// partial attributes a quotation woven into sentence si.
func (st *state) partial(qi, si int) {
	v := st.v
	q := v.spans[qi]
	at, end := v.tokAt(q.Open), v.tokAt(q.Close)
	lo, hi := v.sentenceWindow(si, at, end)
	words := len(strings.Fields(v.a.Text[q.Start:q.End]))
	// Quotation marks that mention rather than quote: a name or title
	// ("named "Better Idea of Afghan Girls"", "the words "and Emergency"").
	if st.mention(qi, at, lo) {
		return
	}
	if st.intl != nil && st.intlPartial(qi, si) {
		return
	}
	// Short fragments ("positive") are quotes only when a speech verb
	// governs them closely; otherwise they are scare quotes or names.
	short := words <= 3
	// Nearest speech verb before the quote, then after it.
	for i := at - 1; i >= lo; i-- {
		if short && at-i > 8 {
			st.lendShort(qi, si, at, lo)
			return
		}
		if v.toks[i].quote >= 0 {
			continue
		}
		n := 0
		if _, m := v.verbAt(i); m > 0 && !v.passive(i) && !v.askedWhether(i) {
			n = m
		} else if evaluative[v.toks[i].low] && at-i >= 2 && !v.passive(i) {
			// "calling the review "fundamentally flawed"": a verb that
			// names its object with the quoted words ("called "Victory""
			// right after the verb names a thing, see mention).
			n = 1
		} else if judging[v.toks[i].low] && !v.passive(i) && v.judgedAs(i, at, lo) {
			// "condemned the launch as "an outrageous act"": a verb of
			// judgement with its object and "as" right before the mark
			// gives the words it judges with to its subject, as
			// "described ... as" does.
			n = 1
		}
		if n > 0 {
			p, ok := st.subject(i, n, lo, hi)
			if ok && p.kind != kindNone && p.kind != kindDocument {
				st.emitPartial(qi, p, lo, hi, i)
				return
			}
			if ok && p.kind == kindNone && p.s < p.e && evaluative[v.toks[i].low] && v.objectOnly(i+1, at) {
				// "the caller had called him a "coward"": the word is
				// the caller's, whom the finder cannot name; no speaker
				// rather than the one who reports it ("the senator said").
				st.emitSpan(qi, model.QuotePartial, nil, nil, i)
				return
			}
		}
	}
	if short {
		st.lendShort(qi, si, at, lo)
		return
	}
	for i := end; i < hi; i++ {
		if v.toks[i].quote >= 0 {
			continue
		}
		if _, n := v.verbAt(i); n > 0 && !v.passive(i) && !v.askedWhether(i) {
			if p, ok := st.subject(i, n, lo, hi); ok && p.kind != kindNone && p.kind != kindDocument {
				st.emitPartial(qi, p, lo, hi, i)
				return
			}
			break
		}
	}
	// A subject right before the mark: `And he "called for ...`.
	bLo, bHi := st.frameBefore(qi)
	if p, _, ok := st.bareBefore(bLo, bHi); ok {
		st.emitPartial(qi, p, lo, hi, -1)
		return
	}
	if st.lendFromIndirect(qi, si) {
		return
	}
	// `She says it is complicated. We need to "make sure ..."`: the
	// speaker of the sentence before goes on.
	if p, _, ok := st.sentenceBefore(qi, 0, 0, 0, 0); ok && words >= 4 {
		st.emitPartial(qi, p, lo, hi, -1)
		return
	}
	// Scare quotes and names in quotation marks are not quotes; keep a
	// longer unattributed fragment, with no speaker.
	if words >= 4 {
		st.emitSpan(qi, model.QuotePartial, nil, nil, -1)
	}
}

// objectOnly says the tokens from i to before the quotation mark at are an
// object and an article, nothing else: "called | him a | "coward"", not "a
// comet called Wild 2 (pronounced | "Vilt-two"".
func (v *view) objectOnly(i, at int) bool {
	for k := i; k < at; k++ {
		t := v.toks[k]
		if !(isNoun(t.pos) || t.pos == "DT" || t.pos == "PRP" || t.pos == "PRP$" || t.pos == "JJ" || t.pos == "POS") || t.quote >= 0 || isPunct(t) {
			return false
		}
	}
	return true
}

// judging verbs pass judgement on their object; followed by the object and
// "as", what the quotation marks hold is the judgement in the subject's
// words ("denounced the vote as "a sham"", "hailed the deal as "historic"").
var judging = set("condemn condemns condemned condemning denounce denounces denounced denouncing " +
	"dismiss dismisses dismissed dismissing hail hails hailed hailing criticise criticises criticised criticising " +
	"criticize criticizes criticized criticizing praise praises praised praising slam slams slammed slamming " +
	"decry decries decried decrying reject rejects rejected rejecting welcome welcomes welcomed welcoming")

// judgedAs says the tokens after the verb at i are an object and "as",
// and then the quotation mark at: `condemned the launch as | "..."`.
func (v *view) judgedAs(i, at, lo int) bool {
	k := at - 1
	for k > i && isQuoteMark(v.toks[k].text) {
		k--
	}
	if k-i < 2 || k < lo || v.toks[k].low != "as" {
		return false
	}
	// "the logging permits": a participle that modifies a noun after it
	// is part of the object.
	for m := i + 1; m < k; m++ {
		if t := v.toks[m]; (t.pos == "VBG" || t.pos == "VBN") && m+1 < k && isNoun(v.toks[m+1].pos) {
			continue
		}
		if !v.objectOnly(m, m+1) {
			return false
		}
	}
	return true
}

// evaluative verbs characterise their object in the speaker's words.
var evaluative = set("call calls called calling brand brands branded branding label labels labelled labeled labelling labeling term terms termed")

// lendShort gives a short fragment inside a report its speaker when it is
// what the report says ("the resignation was "long overdue""), not a term
// named with a determiner ("a "support movement"", "the "cruise" phase").
func (st *state) lendShort(qi, si, at, lo int) {
	v := st.v
	if b := at - 1; b >= lo && (v.toks[b].pos == "DT" || v.toks[b].pos == "PRP$" || determinerWords[v.toks[b].low]) {
		return
	}
	st.lendFromIndirect(qi, si)
}

// lastQuote is where previousQuote is in st.out: idx-1 is the last finding
// that is not a report among the first n (idx 0: none).
type lastQuote struct{ n, idx int }

// reportsOf returns the indexes of the indirect quotes in the run of
// findings of sentence si that ends st.out, in order. It carries on from
// its last answer while st.out only grows, so that a sentence of thousands
// of partial quotes does not walk back over all of them for each one.
func (st *state) reportsOf(si int) []int {
	r := &st.reports
	if r.sent != si || r.n > len(st.out) {
		b := len(st.out)
		for b > 0 && st.out[b-1].q.Sentence == si {
			b--
		}
		*r = reportRun{sent: si, n: b}
	}
	for ; r.n < len(st.out); r.n++ {
		fd := &st.out[r.n]
		switch {
		case fd.q.Sentence != si:
			r.idx = r.idx[:0] // the run of si starts after this one
		case fd.q.Kind == model.QuoteIndirect:
			r.idx = append(r.idx, r.n)
		}
	}
	return r.idx
}

// reportRun is what reportsOf knows: the indirect quotes of sentence sent
// among the first n findings.
type reportRun struct {
	sent, n int
	idx     []int
}

var determinerWords = set("a an the this that these those its their his her our my your")

// lendFromIndirect attributes the quotation qi to the speaker of an indirect
// quote of sentence si that holds it, and says whether there was one: the
// last one found among the findings of si at the end of st.out.
func (st *state) lendFromIndirect(qi, si int) bool {
	q := st.v.spans[qi]
	reports := st.reportsOf(si)
	// Every report of a sentence takes a token of its own (its verb, or
	// "according"), so a sentence the nlp stage splits holds fewer than
	// sentenceReach of them; the bound only tells in a sentence of
	// thousands of reports, where each fragment would read them all.
	for k := len(reports) - 1; k >= 0 && len(reports)-k <= sentenceReach; k-- {
		fd := st.out[reports[k]]
		if fd.q.Start <= q.Start && q.End <= fd.q.End+1 {
			st.emitSpan(qi, model.QuotePartial, fd.q.Speaker, fd.q.Conduit, -1)
			st.out[len(st.out)-1].q.Audience = fd.q.Audience
			return true
		}
	}
	return false
}

func (st *state) emitPartial(qi int, p party, lo, hi, verb int) {
	sp, conduit := speakerAndConduit(p, st.conduit(lo, hi, p))
	// A fragment inside a report of the same speaker went through that
	// report's channel, which was read for its own clause: not the one
	// of another speaker's report earlier in the sentence ("Officials
	// told the BBC ..., with the Guardian reporting that no claim would
	// be refused "based solely on ..."").
	//
	// A fragment whose speaker is named inside another speaker's report
	// reaches the reader through that speaker: in "A witness said a
	// police officer had shouted "Move back!" ..., according to the
	// BBC" the officer's words come from the witness, and the BBC is
	// the channel of the witness's report, as the channel of a report
	// inside a report is the one who passed it on (nested, relayed).
	q := st.v.spans[qi]
	if si := st.v.sentenceOf(q.Start); si >= 0 && sp != nil {
		reports := st.reportsOf(si)
		for k := len(reports) - 1; k >= 0 && len(reports)-k <= sentenceReach; k-- {
			fd := st.out[reports[k]]
			if !(fd.q.Start <= q.Start && q.End <= fd.q.End+1) {
				continue
			}
			if sameSpeaker(fd.q.Speaker, sp) {
				conduit = fd.q.Conduit
				break
			}
			if fd.q.Speaker != nil && verb >= 0 && p.s < p.e && int(st.v.toks[p.s].start) >= fd.q.Start {
				conduit = fd.q.Speaker
				break
			}
		}
	}
	st.emitSpan(qi, model.QuotePartial, sp, conduit, verb)
}

// asDocument is the conduit sp marked as the document the words were
// written in (model.ConduitDocument); a copy, so the party's own speaker
// is left as it was.
func asDocument(sp *model.Speaker) *model.Speaker {
	if sp == nil {
		return nil
	}
	c := *sp
	c.Kind = model.ConduitDocument
	return &c
}

// speakerAndConduit turns an attributed party into the speaker, moving a
// document's owner or an outlet into place.
func speakerAndConduit(p party, conduit *model.Speaker) (*model.Speaker, *model.Speaker) {
	switch p.kind {
	case kindDocument:
		// "the ministry's statement said": the owner speaks through it.
		if p.owner != nil && p.owner.sp != nil {
			if p.owner.kind == kindOutlet {
				return nil, p.owner.sp
			}
			if conduit == nil {
				conduit = &model.Speaker{Text: p.sp.Text, Kind: model.ConduitDocument}
			}
			return p.owner.sp, conduit
		}
		if conduit == nil && p.sp != nil {
			conduit = asDocument(p.sp)
		}
		return nil, conduit
	case kindNone, kindPronoun:
		return nil, conduit
	}
	if conduit != nil && p.sp != nil && conduit.Text == p.sp.Text {
		conduit = nil // the outlet speaking for itself
	}
	return p.sp, conduit
}

// frameBefore returns the tokens of the sentence between the previous
// quotation (or the sentence start) and the opening mark of span qi.
func (st *state) frameBefore(qi int) (int, int) {
	v := st.v
	q := v.spans[qi]
	hi := v.tokAt(q.Open)
	if hi < len(v.toks) && int(v.toks[hi].start) < q.Open {
		hi++ // a token that starts before the mark and runs over it
	}
	si := v.sentenceOf(q.Open)
	lo := 0
	if si >= 0 && si < len(v.sentTok) {
		lo = v.sentTok[si][0]
	}
	if qi > 0 {
		if p := v.tokAt(v.spans[qi-1].Close); p > lo && p <= hi {
			lo = p
		}
	}
	for hi > lo && isQuoteMark(v.toks[hi-1].text) {
		hi--
	}
	for lo < hi && isQuoteMark(v.toks[lo].text) {
		lo++
	}
	return lo, max(lo, hi)
}

// frameAfter returns the tokens after the closing mark of span qi up to
// the next quotation or the end of the sentence holding the mark.
func (st *state) frameAfter(qi int) (int, int) {
	v := st.v
	q := v.spans[qi]
	lo := v.tokAt(q.Close)
	if lo < len(v.toks) && int(v.toks[lo].start) < q.Close {
		lo++
	}
	si := v.sentenceOf(max(q.Close-1, 0))
	hi := len(v.toks)
	if si >= 0 && si < len(v.sentTok) {
		hi = v.sentTok[si][1]
		// The closing mark may end its sentence ("...," or "...!" before
		// "he said."): the attribution is then in the next sentence when
		// the tokenizer split there.
		content := strings.TrimRight(v.a.Text[q.Start:q.End], " ")
		if lo >= hi && si+1 < len(v.sentTok) && v.paragraphOf(v.a.Sentences[si+1].Start) == v.paragraphOf(q.Open) &&
			(strings.HasSuffix(content, ",") || strings.HasSuffix(content, "!") || strings.HasSuffix(content, "?")) {
			lo, hi = v.sentTok[si+1][0], v.sentTok[si+1][1]
		}
	}
	if qi+1 < len(v.spans) {
		if p := v.tokAt(v.spans[qi+1].Open); p < hi && p >= lo {
			hi = p
		}
	}
	for lo < hi && isQuoteMark(v.toks[lo].text) {
		lo++
	}
	for hi > lo && isQuoteMark(v.toks[hi-1].text) {
		hi--
	}
	return lo, max(lo, hi)
}

// attrAfter reads `"...," X said` and `"...," said X`.
func (st *state) attrAfter(lo, hi int) (party, int, bool) {
	v := st.v
	// A long apposition may stand between ("one protester, a 24-year-old
	// student who gave only her first name, Aisha, told AFP").
	for i := lo; i < hi && i < lo+24; i++ {
		if v.toks[i].quote >= 0 {
			break
		}
		if _, n := v.verbAt(i); n > 0 {
			return st.speakerOf(i, n, lo, hi)
		}
		if v.toks[i].text == "." && abbreviationPeriod(v, i, hi) {
			// "Sen. Ann Bell, D-Mich., said": the period of an
			// abbreviation that a comma follows ends no sentence.
			continue
		}
		if v.toks[i].text == "." || v.toks[i].text == ";" {
			break
		}
	}
	return party{}, -1, false
}

// abbreviationPeriod says the "." at i closes an abbreviation inside the
// clause rather than a sentence: a comma follows it right away, and the
// word before it is glued to it ("D-Mich.,", "R-Ga.,", "Jr.,").
func abbreviationPeriod(v *view, i, hi int) bool {
	if i == 0 || i+1 >= hi || v.toks[i+1].text != "," || v.toks[i+1].quote >= 0 {
		return false
	}
	p := v.toks[i-1]
	return p.quote < 0 && p.end == v.toks[i].start && !isPunct(p)
}

// speakerOf returns the speaker of the attribution verb at token i (n
// tokens long) and i; not ok when the verb is passive or its subject is not
// a party that can speak.
func (st *state) speakerOf(i, n, lo, hi int) (party, int, bool) {
	if st.v.passive(i) {
		return party{}, -1, false
	}
	p, ok := st.subject(i, n, lo, hi)
	if !ok {
		return party{}, -1, false
	}
	if p = st.commonNoun(p); p.kind == kindNone {
		return party{}, -1, false
	}
	return p, i, true
}

// attrBefore reads `X said, "..."` and `X said: "..."`.
func (st *state) attrBefore(lo, hi int) (party, int, bool) {
	v := st.v
	for i := hi - 1; i >= lo && i >= hi-18; i-- {
		if v.toks[i].quote >= 0 {
			break
		}
		if p, ok := st.quotedBy(i, lo); ok {
			return p, i, true
		}
		_, n := v.verbAt(i)
		if n == 0 && i == hi-2 && v.toks[hi-1].text == ":" && isVerb(v.toks[i].pos) {
			n = 1 // "She continued:", "The letter reads:": a verb introducing the quote
		}
		if n > 0 {
			return st.speakerOf(i, n, lo, hi)
		}
	}
	return party{}, -1, false
}

// quotedBy reads the passive "X was quoted by Y" with "quoted" at token i,
// before a quotation (`He was quoted by the Nairobi Star: "..."`): the
// one quoted is the speaker (the outlet quoting them is the conduit, which
// conduit finds after "quoted by"). Without the "by" agent the verb is no
// attribution here: "was quoted" alone may report a price or a figure.
func (st *state) quotedBy(i, lo int) (party, bool) {
	v := st.v
	if v.toks[i].low != "quoted" || v.toks[i].quote >= 0 || i+1 >= len(v.toks) || v.toks[i+1].low != "by" {
		return party{}, false
	}
	j := i - 1
	for j >= lo && (v.toks[j].pos == "RB" || adverbs[v.toks[j].low]) {
		j--
	}
	if j < lo || !beForms[v.toks[j].low] || v.toks[j].low == "'s" {
		return party{}, false
	}
	j--
	if j < lo {
		return party{}, false
	}
	var p party
	if v.toks[j].pos == "PRP" || pronouns[v.toks[j].low] {
		p = st.classify(j, j+1)
	} else if s, e := v.npLeft(j, lo); s < e {
		p = st.classify(s, e)
	}
	if p = st.commonNoun(p); p.kind == kindNone {
		return party{}, false
	}
	return p, true
}

// bareAfter reads `"...," Kim "noted ..."`: a bare name between quotes.
func (st *state) bareAfter(lo, hi int) (party, int, bool) {
	v := st.v
	for hi > lo && isPunct(v.toks[hi-1]) {
		hi--
	}
	if !v.shortNP(lo, hi) {
		return party{}, -1, false
	}
	p := st.classify(lo, hi)
	if p.kind == kindPerson || p.kind == kindName || p.kind == kindOrg || p.kind == kindRole && p.sp != nil {
		return p, -1, true
	}
	return party{}, -1, false
}

// shortNP says tokens lo..hi are one to six noun-phrase words or pronouns:
// short enough to be a bare speaker between or before quotes.
func (v *view) shortNP(lo, hi int) bool {
	if hi <= lo || hi-lo > 6 {
		return false
	}
	for i := lo; i < hi; i++ {
		if !isNPTag(v.toks[i].pos) && v.toks[i].pos != "PRP" {
			return false
		}
	}
	return true
}

// bareBefore reads `And he "called for ...`: a subject just before a
// quotation that begins with its verb.
func (st *state) bareBefore(lo, hi int) (party, int, bool) {
	v := st.v
	for lo < hi && (v.toks[lo].pos == "CC" || v.toks[lo].pos == "RB" || isPunct(v.toks[lo])) {
		lo++
	}
	for hi > lo && v.toks[hi-1].pos == "RB" {
		hi--
	}
	if !v.shortNP(lo, hi) {
		return party{}, -1, false
	}
	p := st.classify(lo, hi)
	if p.kind == kindPerson || p.kind == kindName || p.kind == kindOrg || (p.kind == kindRole && hi-lo > 1) || p.sp != nil && v.toks[lo].pos == "PRP" {
		return p, -1, true
	}
	return party{}, -1, false
}

// colonBefore reads a quotation that fills its sentence after a sentence
// ending in a colon: `Obama tweeted: "..."` split by the tokenizer. It
// returns that sentence's token range too, where the conduit is named.
func (st *state) colonBefore(qi, bLo, bHi int) (party, int, int, int, bool) {
	v := st.v
	if bHi > bLo {
		return party{}, -1, 0, 0, false
	}
	q := v.spans[qi]
	si := v.sentenceOf(q.Open)
	if si <= 0 {
		return party{}, -1, 0, 0, false
	}
	lo, hi := v.sentTok[si-1][0], v.sentTok[si-1][1]
	for hi > lo && isQuoteMark(v.toks[hi-1].text) {
		hi--
	}
	if hi <= lo {
		return party{}, -1, 0, 0, false
	}
	// A paragraph cut off at a semicolon cannot end there: like a colon,
	// it introduces the quotation set out below it ("he was quoted by the
	// Herald on the ruling;" over a block quotation).
	semi := v.toks[hi-1].text == ";" && v.paragraphOf(int(v.toks[hi-1].start)) != v.paragraphOf(q.Open)
	if v.toks[hi-1].text != ":" && !semi {
		return party{}, -1, 0, 0, false
	}
	p, verb, ok := st.attrBefore(lo, hi)
	return p, verb, lo, hi, ok
}

// sentenceBefore reads a quotation that fills its sentence right after a
// sentence of the same paragraph that reports its speaker speaking:
// `Professor Eastman said he is alarmed. "Pregnant women ..."`.
func (st *state) sentenceBefore(qi, bLo, bHi, aLo, aHi int) (party, int, bool) {
	v := st.v
	if bHi > bLo || aHi > aLo {
		return party{}, -1, false
	}
	q := v.spans[qi]
	si := v.sentenceOf(q.Open)
	if si <= 0 || v.paragraphOf(v.a.Sentences[si-1].Start) != v.paragraphOf(q.Open) {
		return party{}, -1, false
	}
	lo, hi := v.sentTok[si-1][0], v.sentTok[si-1][1]
	for i := lo; i < hi && i < lo+12; i++ {
		if v.toks[i].quote >= 0 {
			break
		}
		if _, n := v.verbAt(i); n > 0 && !v.passive(i) {
			p, ok := st.subject(i, n, lo, hi)
			if ok && (p.kind == kindPerson || p.kind == kindName || p.kind == kindRole || p.kind == kindOrg) && p.sp != nil {
				return p, -1, true
			}
			return party{}, -1, false
		}
	}
	return party{}, -1, false
}

// commonNoun accepts any noun phrase as the speaker of a quotation it is
// attributed to ("one truck driver told reporters"): the speech verb next to
// the quotation is evidence enough that it denotes someone.
func (st *state) commonNoun(p party) party {
	if p.kind != kindNone || p.e <= p.s || !isNoun(st.v.toks[p.e-1].pos) && st.ageEpithet(p.s, p.e) < 0 {
		return p
	}
	p.kind = kindRole
	p.sp = &model.Speaker{Text: st.v.textOf(p.s, p.e)}
	if who := st.agedPerson(p.s, p.e); who != nil {
		p.kind, p.sp = kindPerson, who
	}
	return p
}

// ageEpithet returns the age N of a phrase "the N-year-old" from s to e,
// or -1.
func (st *state) ageEpithet(s, e int) int {
	v := st.v
	if e-s != 2 || v.toks[s].low != "the" {
		return -1
	}
	n, ok := strings.CutSuffix(v.toks[s+1].low, "-year-old")
	if !ok || n == "" || len(n) > 3 || strings.Trim(n, "0123456789") != "" {
		return -1
	}
	age := 0
	for _, r := range n {
		age = age*10 + int(r-'0')
	}
	return age
}

// agedPerson returns the person "the 56-year-old" (tokens s..e) stands
// for: the nearest person named before it, within the last 1,500 bytes,
// with that age in apposition ("Maria Costa, 56, won"), as wire copy
// names someone once and then by age. Nil when no one named has that age.
func (st *state) agedPerson(s, e int) *model.Speaker {
	v := st.v
	age := st.ageEpithet(s, e)
	if age < 0 {
		return nil
	}
	at := int(v.toks[s].start)
	want := ", " + strconv.Itoa(age)
	for _, en := range v.entitiesBefore(at) {
		if at-en.Start > 1500 {
			break
		}
		if en.Type != model.EntityPerson {
			continue
		}
		if rest := v.a.Text[en.End:]; strings.HasPrefix(rest, want) && len(rest) > len(want) && (rest[len(want)] == ',' || rest[len(want)] == ')') {
			return speakerOf(en)
		}
	}
	return nil
}

// mentionCues are words after which quotation marks enclose a name, a title
// or a term rather than someone's words.
var mentionCues = map[string]bool{"named": true, "called": true, "dubbed": true, "titled": true, "entitled": true,
	"headlined": true, "nicknamed": true, "labelled": true, "labeled": true, "branded": true, "word": true, "words": true,
	"term": true, "terms": true, "phrase": true, "slogan": true, "hashtag": true, "motto": true, "known": true, "as": true,
	// "the so-called "peace plan"", "the self-styled "governor"": the
	// writer holds the words at a distance; nobody is quoted.
	"so-called": true, "self-styled": true, "self-proclaimed": true}

// mention says partial span qi (opening at token at, sentence from lo) is a
// mention: it follows a naming cue, or it is in title case (every word
// capitalised) without a speech verb right before it.
func (st *state) mention(qi, at, lo int) bool {
	v := st.v
	q := v.spans[qi]
	prev := at - 1
	for prev >= lo && isQuoteMark(v.toks[prev].text) {
		prev--
	}
	if prev >= lo {
		l := v.toks[prev].low
		if mentionCues[l] && !(l == "as" && prev > lo && v.lx.verbs[v.toks[prev-1].low] != nil) {
			// "described the talks as "positive"" quotes; "known as" names.
			if l != "as" || prev > lo && v.toks[prev-1].low == "known" {
				return true
			}
		}
	}
	words := strings.Fields(v.a.Text[q.Start:q.End])
	if len(words) < 2 {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !smallTitleWord[strings.ToLower(w)] {
			return false
		}
	}
	for k := at - 1; k >= lo && k >= at-3; k-- {
		if _, n := v.verbAt(k); n > 0 {
			return false
		}
	}
	return true
}

var smallTitleWord = map[string]bool{"of": true, "the": true, "a": true, "an": true, "and": true, "in": true, "on": true, "for": true, "to": true, "at": true, "vs.": true, "vs": true}

// inheritInSentence gives a direct quote left without a speaker the speaker
// of the quote before it in the same sentence, found only after partial
// quotes were attributed: `told Sky News any process "must be well thought
// out": "Moves to reduce ..."`. The quote before it is the one of the same
// sentence, not indirect and with a speaker, that ends last at or before its
// start (the first of st.out among equals); a quote given a speaker here
// counts for the quotes after it. The candidates are kept in a Fenwick tree
// ordered by sentence and end, so that a sentence of thousands of quotes is
// not searched whole for each of them.
func (st *state) inheritInSentence(from int) {
	from = max(from, 0)
	n := len(st.out) - from
	if n < 2 {
		return
	}
	// ord lists the findings by sentence, then end, then index from the
	// last: the rightmost candidate in a prefix ends last, first of equals.
	ord := make([]int, n)
	for k := range ord {
		ord[k] = from + k
	}
	sort.Slice(ord, func(a, b int) bool {
		x, y := &st.out[ord[a]].q, &st.out[ord[b]].q
		if x.Sentence != y.Sentence {
			return x.Sentence < y.Sentence
		}
		if x.End != y.End {
			return x.End < y.End
		}
		return ord[a] > ord[b]
	})
	pos := make([]int, n) // finding index - from -> position in ord
	for p, i := range ord {
		pos[i-from] = p
	}
	tree := make([]int, n+1) // 1-based; the largest position+1 marked in each range
	mark := func(p int) {
		for k := p + 1; k <= n; k += k & -k {
			tree[k] = max(tree[k], p+1)
		}
	}
	last := func(c int) int { // the largest marked position below c, or -1
		r := 0
		for k := c; k > 0; k -= k & -k {
			r = max(r, tree[k])
		}
		return r - 1
	}
	candidate := func(i int) bool { fd := &st.out[i]; return fd.q.Kind != model.QuoteIndirect && fd.q.Speaker != nil }
	for i := from; i < len(st.out); i++ {
		if candidate(i) {
			mark(pos[i-from])
		}
	}
	for i := from; i < len(st.out); i++ {
		q := &st.out[i].q
		if q.Kind != model.QuoteDirect || q.Speaker != nil {
			continue
		}
		// The findings of q's sentence ending at or before its start
		// fill ord[lo:c].
		lo := sort.Search(n, func(p int) bool { return st.out[ord[p]].q.Sentence >= q.Sentence })
		c := sort.Search(n, func(p int) bool {
			o := &st.out[ord[p]].q
			return o.Sentence > q.Sentence || o.Sentence == q.Sentence && o.End > q.Start
		})
		if b := last(c); b >= lo {
			best := &st.out[ord[b]]
			q.Speaker, q.Conduit, q.Audience = best.q.Speaker, best.q.Conduit, best.q.Audience
			st.out[i].inherits = true
			mark(pos[i-from])
		}
	}
}

// wordsAfter says the sentence holding span sp goes on with a word after
// its closing mark.
func (v *view) wordsAfter(sp Span) bool {
	k := v.tokAt(sp.Close)
	si := v.sentenceOf(sp.Open)
	for ; k < len(v.toks) && int(v.toks[k].sent) == si; k++ {
		t := v.toks[k]
		if int(t.start) < sp.Close || isQuoteMark(t.text) || t.quote >= 0 {
			continue
		}
		return !isPunct(t)
	}
	return false
}

// colonClauseVerbs are the verbs of a clause that sets up the quotation
// after its colon by describing the speaker's stance ("Another was more
// hopeful:", "The minister sounded a note of caution:").
var colonClauseVerbs = set("was were is are sounded sounds seemed seems struck strikes took takes offered offers had has")

// otherSpeakers are the words that stand for a second speaker of the kind
// just quoted ("one diplomat said ... Another was more hopeful:").
var otherSpeakers = set("another others")

// clauseBeforeColon reads the clause before a quotation's colon, in its
// sentence, as naming the speaker when its subject can speak or stands for
// a second speaker ("Another was more hopeful: "...""), and its verb only
// describes the speaker (colonClauseVerbs): without it the quotation would
// inherit the speaker of the quotation before it.
func (st *state) clauseBeforeColon(lo, hi int) (party, int, bool) {
	v := st.v
	for lo < hi && int(v.toks[lo].start) < st.dateline {
		lo++
	}
	if hi-lo < 3 || v.toks[hi-1].text != ":" || v.toks[hi-1].quote >= 0 {
		return party{}, -1, false
	}
	k := lo
	for k < hi-1 && !finiteVerb(v.toks[k]) {
		if v.toks[k].quote >= 0 || isPunct(v.toks[k]) {
			return party{}, -1, false
		}
		k++
	}
	if k == lo || k >= hi-1 || !colonClauseVerbs[v.toks[k].low] || st.hasSpeechVerb(lo, hi) {
		return party{}, -1, false
	}
	s, e := v.npLeft(k-1, lo)
	if s != lo || e != k {
		return party{}, -1, false
	}
	if c := st.classify(s, e); speaks(c) {
		return c, -1, true
	}
	if e-s == 1 && otherSpeakers[v.toks[s].low] {
		return party{kind: kindRole, sp: &model.Speaker{Text: v.toks[s].text}, s: s, e: e}, -1, true
	}
	return party{}, -1, false
}

// labelBeforeColon reads a headline's or caption's attribution: a name or
// a role alone before the colon that opens the quotation, with no verb
// (`Minister: "We will rebuild"`, `Carla Ruiz: "..."`, `Carla Ruiz,
// finance minister: "..."`). The label is the
// whole of what stands before the colon in its sentence, or the whole of
// the sentence before when the tokenizer ends one at the colon. A label
// that names no one who speaks ("Update:", "The message was clear:") gives
// nothing.
func (st *state) labelBeforeColon(qi, lo, hi int) (party, int, bool) {
	v := st.v
	if hi <= lo {
		// "Minister:" split off as a sentence of its own, in the
		// quotation's paragraph.
		q := v.spans[qi]
		si := v.sentenceOf(q.Open)
		if si <= 0 || v.paragraphOf(v.a.Sentences[si-1].Start) != v.paragraphOf(q.Open) {
			return party{}, -1, false
		}
		lo, hi = v.sentTok[si-1][0], v.sentTok[si-1][1]
	}
	for lo < hi && int(v.toks[lo].start) < st.dateline {
		lo++
	}
	if hi-lo < 2 || hi-lo > 7 || v.toks[hi-1].text != ":" || v.toks[hi-1].quote >= 0 {
		return party{}, -1, false
	}
	end := hi - 1 // the label's words; before the comma of an appositive
	for k := lo; k < hi-1; k++ {
		t := v.toks[k]
		if t.text == "," && end == hi-1 && k > lo && k+1 < hi-1 {
			// "Carla Ruiz, finance minister:": the name before the
			// comma is the speaker, the words after it describe them.
			end = k
			continue
		}
		if t.quote >= 0 || isPunct(t) && t.text != "." || isVerb(t.pos) || t.pos == "MD" || t.pos == "IN" || t.pos == "CC" || t.pos == "PRP" {
			return party{}, -1, false
		}
	}
	// A label opens its line, as a caption's or a headline's does; a
	// fragment mid-paragraph is the writer's.
	if !st.lineStart(lo) {
		return party{}, -1, false
	}
	c := st.classify(lo, end)
	if c.sp == nil {
		return party{}, -1, false
	}
	switch c.kind {
	case kindPerson, kindRole, kindOrg:
		return c, -1, true
	case kindName:
		// A capitalised word the tagger named nothing ("Update:",
		// "Warning:") is no speaker; a name it tagged is.
		if v.toks[lo].ent >= 0 && v.toks[end-1].ent == v.toks[lo].ent {
			return c, -1, true
		}
	}
	return party{}, -1, false
}

// lineStart says token k opens a line of the text: only spaces stand
// between it and the line break before it, or the text's start.
func (st *state) lineStart(k int) bool {
	text := st.v.a.Text
	for i := int(st.v.toks[k].start) - 1; i >= 0; i-- {
		switch text[i] {
		case '\n':
			return true
		case ' ', '\t':
			continue
		}
		return false
	}
	return true
}
