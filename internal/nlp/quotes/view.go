package quotes

import (
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/nlp/tokenize"
)

// tok is one token of the article with what the finder needs to know.
type tok struct {
	text, low  string
	start, end int32
	pos        string // Penn tag from the tagger, or a guess when there was none
	sent       int32  // index into Article.Sentences
	quote      int32  // index of the quotation span holding the token, or -1
	ent        int32  // index into Article.Entities, or -1
}

// view is the article flattened into tokens, with sentence and paragraph
// lookups. It lives for one Find call.
type view struct {
	a       *model.Article
	lx      *Lexicon
	toks    []tok
	sentTok [][2]int // token range per sentence
	paras   [][2]int
	spans   []Span
	// hasPersons says a tagger found person entities; without them
	// pronouns fall back to proper names heading a clause.
	hasPersons bool
	// entOrder lists entity indexes by Start.
	entOrder []int
	// longestEntity is the longest entity in bytes: walking entOrder back
	// from an offset, once an entity starts this much further back than a
	// distance, none after it ends within that distance. Without that
	// bound a search for the nearest organisation read every person and
	// place named before it, for each quote.
	longestEntity int
	// gender of person actors, from their entities ("he" is not "Maria
	// Cole").
	gender map[string]string
	// bodyText maps an entity's lower-case text to whether it names a
	// body (a place, organisation or nationality) rather than a person or
	// a person; a text the tagger typed both ways counts as a person, so
	// a pronoun keeps the antecedent it had.
	bodyText map[string]bool
	// dateline is the length in bytes of a wire dateline opening the
	// text ("SEOUL (AP) -"), 0 for none.
	dateline int
}

// occasionNouns are -ing words that name an occasion where words are
// said, which a tagger may read as verbs.
var occasionNouns = set("meeting meetings briefing briefings hearing hearings gathering gatherings sitting")

func newView(a *model.Article, lx *Lexicon) *view {
	v := &view{a: a, lx: lx, paras: Paragraphs(a.Text)}
	v.spans = FindSpans(a.Text)
	v.sentTok = make([][2]int, len(a.Sentences))
	n := 0
	for _, s := range a.Sentences {
		n += len(s.Tokens)
	}
	v.toks = make([]tok, 0, n)
	for si, s := range a.Sentences {
		lo := len(v.toks)
		for _, t := range s.Tokens {
			if t.Start < 0 || t.End > len(a.Text) || t.Start > t.End || t.End > math.MaxInt32 {
				continue // defensive: a token that does not point into Text (or past what an offset holds)
			}
			pos := t.POS
			if pos == "" {
				pos = guessPOS(t.Text)
				if _, ok := lx.verbs[strings.ToLower(t.Text)]; ok && pos == "NN" {
					pos = "VBD"
				}
			}
			v.toks = append(v.toks, tok{text: t.Text, low: strings.ToLower(t.Text), start: int32(t.Start), end: int32(t.End), pos: pos, sent: int32(si), quote: -1, ent: -1})
		}
		v.sentTok[si] = [2]int{lo, len(v.toks)}
	}
	v.pluralSpeakers(lx)
	// An apostrophe glued to a plural ("dockworkers' union") is a
	// possessive, not a quotation mark.
	for i := 1; i < len(v.toks); i++ {
		t := &v.toks[i]
		if (t.text == "'" || t.text == "\u2019") && v.toks[i-1].end == t.start && strings.HasSuffix(v.toks[i-1].low, "s") &&
			(int(t.end) == len(a.Text) || a.Text[t.end] == ' ') {
			t.pos = "POS"
		}
	}
	// A form in -ing between a possessive and a finite verb is the noun
	// heading the subject: "the court's ruling said", "its filing
	// shows" (the tagger read "ruling" as a verb, so the court's
	// document went unread and "ruling" could pass for a speech verb).
	for i := 1; i+1 < len(v.toks); i++ {
		t := &v.toks[i]
		if t.pos == "VBG" && (v.toks[i-1].pos == "POS" || v.toks[i-1].pos == "PRP$") && v.toks[i-1].sent == t.sent && v.toks[i+1].sent == t.sent && finiteVerb(v.toks[i+1]) {
			t.pos = "NN"
		}
	}
	// "an OPEC meeting/VBG in Vienna", "a briefing/VBG on Monday": an
	// -ing word that names an occasion, after a determiner or a noun of
	// its phrase and before a preposition or punctuation, is that noun.
	for i := 1; i+1 < len(v.toks); i++ {
		t := &v.toks[i]
		prev, next := v.toks[i-1], v.toks[i+1]
		if t.pos == "VBG" && occasionNouns[t.low] && (prev.pos == "DT" || prev.pos == "PRP$" || prev.pos == "POS" || prev.pos == "JJ" || isNoun(prev.pos)) && (next.pos == "IN" || isPunct(next)) {
			t.pos = "NN"
		}
	}
	// Quotation membership by content range.
	si := 0
	for i := range v.toks {
		t := &v.toks[i]
		for si < len(v.spans) && v.spans[si].End <= int(t.start) {
			si++
		}
		if si < len(v.spans) && int(t.start) >= v.spans[si].Start && int(t.start) < v.spans[si].End {
			t.quote = int32(si)
		}
	}
	v.entOrder = make([]int, len(a.Entities))
	for i := range v.entOrder {
		v.entOrder[i] = i
	}
	sort.SliceStable(v.entOrder, func(i, j int) bool { return a.Entities[v.entOrder[i]].Start < a.Entities[v.entOrder[j]].Start })
	// Entity membership: a token belongs to the entity whose range holds it.
	for ei, e := range a.Entities {
		v.longestEntity = max(v.longestEntity, e.End-e.Start)
		if e.Type == model.EntityPerson {
			v.hasPersons = true
			if e.Gender != "" && e.ActorID != "" {
				if v.gender == nil {
					v.gender = map[string]string{}
				}
				v.gender[e.ActorID] = e.Gender
			}
		}
		if t := strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(e.Text, "the "), "The ")); t != "" {
			if v.bodyText == nil {
				v.bodyText = map[string]bool{}
			}
			body := e.Type == model.EntityOrg || e.Type == model.EntityGPE || e.Type == model.EntityNORP || e.Type == model.EntityLoc
			if was, ok := v.bodyText[t]; ok {
				body = body && was
			}
			// A role is left to its head word ("the army", "the minister").
			if body || e.Type == model.EntityPerson {
				v.bodyText[t] = body
			}
		}
		lo := v.tokAt(e.Start)
		for i := lo; i >= 0 && i < len(v.toks) && int(v.toks[i].start) < e.End; i++ {
			if int(v.toks[i].start) >= e.Start && (v.toks[i].ent < 0 || e.Type != "ROLE") {
				v.toks[i].ent = int32(ei)
			}
		}
	}
	return v
}

// sentenceReach bounds, in tokens either side, how far from a quotation or
// a speech verb its speaker, report and channel are looked for in its
// sentence. It is the nlp splitter's longest sentence, so that for every
// sentence the pipeline hands over the window is the whole sentence. Only a
// sentence split by other means (the fallback segmenter, which has no cap,
// or a caller's own) is cut: a text with no full stops holding thousands of
// quotations is otherwise read whole once per quotation.
const sentenceReach = tokenize.MaxSentenceTokens

// sentenceWindow returns the token range of sentence si within
// sentenceReach of tokens from..to (clamped to the sentence first).
func (v *view) sentenceWindow(si, from, to int) (int, int) {
	lo, hi := v.sentTok[si][0], v.sentTok[si][1]
	from, to = min(max(from, lo), hi), max(min(to, hi), lo)
	return max(lo, from-sentenceReach), min(hi, to+sentenceReach)
}

// tokAt returns the index of the first token that ends after byte offset
// off, or len(toks).
func (v *view) tokAt(off int) int {
	lo, hi := 0, len(v.toks)
	for lo < hi {
		m := (lo + hi) / 2
		if int(v.toks[m].end) <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// sentenceOf returns the sentence index holding byte offset off, or -1.
func (v *view) sentenceOf(off int) int {
	ss := v.a.Sentences
	lo, hi := 0, len(ss)
	for lo < hi {
		m := (lo + hi) / 2
		if ss[m].End <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(ss) && ss[lo].Start <= off {
		return lo
	}
	if lo > 0 {
		return lo - 1
	}
	if len(ss) > 0 {
		return 0
	}
	return -1
}

// paragraphOf returns the paragraph index holding byte offset off: the
// first paragraph ending after off, else the last one. Paragraphs come in
// text order, so a binary search finds it (a scan from the first paragraph
// made the quote finder quadratic in the length of the text).
func (v *view) paragraphOf(off int) int {
	i := sort.Search(len(v.paras), func(i int) bool { return off < v.paras[i][1] })
	if i == len(v.paras) {
		return len(v.paras) - 1
	}
	return i
}

func (v *view) textOf(s, e int) string {
	if s >= e {
		return ""
	}
	return v.a.Text[v.toks[s].start:v.toks[e-1].end]
}

var (
	determiners  = set("the a an this that these those its his her their our my your some any each every all both another")
	pronouns     = set("he she they it we i you him her them us me")
	relatives    = set("who which that whom")
	prepositions = set("of in on at to for from with by about as into over after before during under between against among through without within since until near across along around")
	conjunctions = set("and or but nor")
	auxiliaries  = set("has have had is are was were be been being will would shall should can could may might must do does did 's 've 'd 'll")
	adverbs      = set("also later earlier again still then now reportedly previously recently once further repeatedly publicly privately separately too both all already just even only")
	beForms      = set("is are was were be been being am 's")
)

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// guessPOS gives a rough Penn tag when no tagger ran, from closed word
// classes and capitalisation, so the finder still works on bare tokens.
func guessPOS(w string) string {
	low := strings.ToLower(w)
	r, _ := utf8.DecodeRuneInString(w)
	switch {
	case w == "":
		return ""
	case isQuoteMark(w):
		return "``"
	case w == "," || w == ":" || w == ";" || w == "." || w == "?" || w == "!" || w == "-" || w == "—" || w == "–" || w == "(" || w == ")":
		return w
	case low == "'s" || low == "’s" || low == "'" || low == "’":
		return "POS"
	case determiners[low]:
		if low == "his" || low == "her" || low == "its" || low == "their" || low == "our" || low == "my" || low == "your" {
			return "PRP$"
		}
		return "DT"
	case pronouns[low]:
		return "PRP"
	case low == "who" || low == "whom":
		return "WP"
	case low == "which":
		return "WDT"
	case prepositions[low]:
		return "IN"
	case conjunctions[low]:
		return "CC"
	case auxiliaries[low]:
		return "VBZ"
	case adverbs[low] || strings.HasSuffix(low, "ly") && len(low) > 4:
		return "RB"
	case unicode.IsDigit(r):
		return "CD"
	case unicode.IsUpper(r):
		return "NNP"
	case strings.HasSuffix(low, "ed"):
		return "VBD"
	case strings.HasSuffix(low, "ing"):
		return "VBG"
	case unicode.IsPunct(r) || unicode.IsSymbol(r):
		return w
	}
	return "NN"
}

func isQuoteMark(w string) bool {
	switch w {
	case `"`, "\u201c", "\u201d", "``", "''", "'", "\u2018", "\u2019",
		"\u00ab", "\u00bb", "\u2039", "\u203a", "\u201e", "\u201a", "\u300c", "\u300d", "\u300e", "\u300f": // the marks foreignPair knows
		return true
	}
	return false
}

// isNPTag says a tag can sit inside a noun phrase.
func isNPTag(tag string) bool {
	switch tag {
	case "DT", "PDT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "NP", "NPS", "CD", "POS", "PRP$", "HYPH":
		return true
	}
	return false
}

func isNoun(tag string) bool { return strings.HasPrefix(tag, "NN") || tag == "NP" || tag == "NPS" }

func isProper(t tok) bool {
	if t.pos == "NNP" || t.pos == "NNPS" || t.pos == "NP" || t.pos == "NPS" {
		return true
	}
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsUpper(r) && isNoun(t.pos)
}

func isVerb(tag string) bool { return strings.HasPrefix(tag, "VB") || tag == "MD" }

func isPunct(t tok) bool {
	r, _ := utf8.DecodeRuneInString(t.text)
	return t.text != "" && (unicode.IsPunct(r) || unicode.IsSymbol(r)) && !unicode.IsLetter(r)
}

// pluralSpeakers retags as a plural noun a role word in -s that a tagger
// read as a present verb right before a past speech verb: in "..., witnesses
// told the Associated Press" and "Residents said ..." a present verb
// cannot be followed by a finite past one with no object between them, so
// "witnesses" is the subject, the people who spoke. Only after a clause
// boundary or a word that opens a noun phrase ("two witnesses", "local
// residents"): elsewhere the word may be the verb it looks like.
func (v *view) pluralSpeakers(lx *Lexicon) {
	for i := 0; i+1 < len(v.toks); i++ {
		t, next := &v.toks[i], v.toks[i+1]
		if t.pos != "VBZ" && t.pos != "VBP" || !strings.HasSuffix(t.low, "s") || next.sent != t.sent || next.pos != "VBD" && next.pos != "VBN" {
			continue
		}
		if _, ok := lx.verbs[next.low]; !ok {
			continue
		}
		if v.collectiveMembers(i) {
			t.pos = "NNS"
			continue
		}
		if !v.roleWord(t.low) {
			continue
		}
		if i > 0 && v.toks[i-1].sent == t.sent {
			switch p := v.toks[i-1]; {
			case p.text == "," || p.text == ";" || p.text == "-" || p.text == "\u2014" || isQuoteMark(p.text):
			case p.pos == "DT" || p.pos == "JJ" || p.pos == "CD" || p.pos == "PRP$" || p.pos == "CC":
				// "... and witnesses said": a verb joined by "and" would
				// share a subject and take an object, not a past verb.
			case t.low == "states" && (p.pos == "NNP" || p.pos == "NNPS" || p.pos == "NN") && !v.personAt(int(p.start)):
				// "The Baltic states said", "EU member states told": a
				// region, bloc or "member" before "states" is its
				// modifier. Elsewhere a name before a present verb may be
				// the subject of a relative clause ("the firm Smith heads
				// said"); a person does not qualify "states".
			default:
				continue
			}
		}
		t.pos = "NNS"
	}
}

// personAt says a person entity holds byte offset at.
func (v *view) personAt(at int) bool {
	for _, e := range v.a.Entities {
		if e.Type == model.EntityPerson && e.Start <= at && at < e.End {
			return true
		}
	}
	return false
}

// collectiveMembers says token i, a word in -s, ends the "of" phrase of a
// collective body right before a speech verb: "a group of Andean states
// said", "a bloc of Gulf states told". A tagger reads "states" after a
// name it does not know ("Andean", "Gulf") as a present verb, which ends
// the noun phrase, and the body is then no subject; a present verb cannot
// be followed by a finite past one with no object between them, and the
// words between "of" and it are its modifiers (names, adjectives, nouns:
// "small island states").
func (v *view) collectiveMembers(i int) bool {
	k := i - 1
	for ; k >= 0 && k > i-5 && v.toks[k].sent == v.toks[i].sent && v.toks[k].quote < 0; k-- {
		switch v.toks[k].pos {
		case "NNP", "NNPS", "JJ", "NN", "NNS":
			continue
		}
		break
	}
	return k >= 1 && k < i-1 && v.toks[k].low == "of" && v.toks[k].sent == v.toks[i].sent && collectiveBodies[v.toks[k-1].low]
}
