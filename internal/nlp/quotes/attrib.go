package quotes

import (
	"cmp"
	"iter"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
)

// verbAt matches a speech verb (with its particles) at token i and returns
// its lemma and length in tokens, or n = 0. Quoted words are no
// attribution of the quote they are in, so none of its tokens may be
// inside a quotation.
func (v *view) verbAt(i int) (string, int) { return v.speechVerbAt(i, false) }

// quotedVerbAt is verbAt for a token inside a quotation (the verb that
// introduces a quote within it, inner.go).
func (v *view) quotedVerbAt(i int) (string, int) { return v.speechVerbAt(i, true) }

// speechVerbAt is verbAt, and with inQuote quotedVerbAt, which lets the
// verb's tokens stand inside a quotation.
func (v *view) speechVerbAt(i int, inQuote bool) (string, int) {
	if i < 0 || i >= len(v.toks) {
		return "", 0
	}
	t := v.toks[i]
	if !inQuote && t.quote >= 0 {
		return "", 0
	}
	if findingVerbs[t.low] && v.courtFinding(i, inQuote) {
		return "rule", 1
	}
	if t.low == "pleaded" && i+1 < len(v.toks) && pleas[v.toks[i+1].low] {
		return "", 0 // "pleaded not guilty to fraud": a plea in court reports no words
	}
	if reportForms[t.low] && i+1 < len(v.toks) && v.toks[i+1].low == "for" {
		return "", 0 // "staffers who reported for duty": turning up, not telling
	}
	for _, f := range v.lx.verbs[t.low] {
		if i+len(f.words) > len(v.toks) {
			continue
		}
		ok := true
		for k := 1; k < len(f.words); k++ {
			tk := v.toks[i+k]
			if tk.low != f.words[k] || (!inQuote && tk.quote >= 0) || tk.sent != t.sent {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		switch t.pos {
		case "NN", "NNS", "NNP", "NNPS", "NP", "NPS", "JJ":
			if !v.roleMisread(i) {
				return "", 0 // "the alleged attacker", "Said" as a name
			}
		}
		if len(f.words) == 1 && (v.modifierSlot(i) || v.roleModifier(i)) {
			return "", 0 // "the ministry's stated aim", "its announced cuts"
		}
		return f.lemma, len(f.words)
	}
	return "", 0
}

// reportForms are the forms of "report", which with "for" after it means
// turning up ("reported for duty", "reporting for work").
var reportForms = set("report reports reported reporting")

// pleas are the words after "pleaded" that make it a defendant's plea,
// not a manner of speaking ("'Help us,' pleaded a woman").
var pleas = set("guilty not innocent no")

// findingVerbs are the verbs by which a court states its finding: "the
// court ruled that", "a judge found that", "the tribunal held that". They
// report speech only with "that" and a court for subject (courtFinding):
// "ruled out a retrial", "ruled the country", "found the bodies" and
// "police found that the door was forced" say nothing.
var findingVerbs = set("rule rules ruled ruling find finds found finding hold holds held holding")

// courtWords are the words naming a court or its members in the subject of
// a finding: "the Supreme Court", "a judge", "Judge Ana Ruiz", "the
// tribunal", "the justices".
var courtWords = set("court courts judge judges tribunal tribunals justice justices magistrate magistrates jury juries")

// courtFinding says the finding verb at i is followed by "that" and its
// subject, right before it or before a time phrase ("The court on Monday
// ruled that"), is a court or a judge: the clause after it is the court's
// finding, reported in indirect speech.
func (v *view) courtFinding(i int, inQuote bool) bool {
	t := v.toks[i]
	if !isVerb(t.pos) || i+1 >= len(v.toks) || i == 0 {
		return false
	}
	if n := v.toks[i+1]; n.low != "that" || n.sent != t.sent || !inQuote && n.quote >= 0 {
		return false
	}
	lo := v.sentTok[t.sent][0]
	j := v.skipTimeBack(i-1, lo)
	if j < lo || v.toks[j].quote >= 0 && !inQuote {
		return false
	}
	if courtWords[v.toks[j].low] {
		return true
	}
	ei := v.toks[j].ent
	if ei < 0 {
		return false
	}
	// "the Supreme Court", "the International Criminal Court": the name's
	// head; "Judge Ana Ruiz": a person's title. "The Justice Ministry"
	// and "the Justice Department" are no court.
	en := v.a.Entities[ei]
	words := strings.Fields(strings.ToLower(en.Text))
	if len(words) > 0 && (courtWords[words[len(words)-1]] || en.Type == model.EntityPerson && courtWords[words[0]]) {
		return true
	}
	// "Judge Ana Ruiz found that": the title before the name.
	k := j
	for k > lo && v.toks[k-1].ent == ei {
		k--
	}
	return k > lo && courtWords[v.toks[k-1].low]
}

// roleMisread says the speech verb form at i, tagged as a noun or an
// adjective, follows a role noun that the tagger read as an adjective
// ("the official/JJ told/NN reporters"): having taken the role for a
// modifier, the tagger makes the verb after it the noun it modifies. A
// lower-case past form after a role word is the role's verb; a modifier
// is never a role word ("the alleged attacker", "an added bonus").
func (v *view) roleMisread(i int) bool {
	if i < 1 || v.toks[i].pos == "NNP" || v.toks[i].pos == "NNPS" || v.toks[i].text != v.toks[i].low {
		return false
	}
	if w := v.toks[i].low; !strings.HasSuffix(w, "ed") && w != "told" && w != "said" {
		return false
	}
	b := v.toks[i-1]
	if !(b.pos == "JJ" && b.quote < 0 && b.sent == v.toks[i].sent && v.lx.role[b.low]) {
		return false
	}
	return !v.roleModifier(i)
}

// roleModifier says the past form at i, after a role word the tagger read
// as an adjective, is itself a modifier of the bare singular noun after
// it, whose phrase is the subject of a verb of its own: "The official
// stated reason for the delay was bad weather". The role word's own verb
// takes an object with a determiner or a plural ("the official told
// reporters"), or a clause whose subject is followed by its verb only
// after "that"; "said" and "told" are never modifiers in news copy
// ("the official said nothing").
func (v *view) roleModifier(i int) bool {
	if i < 1 || i+2 >= len(v.toks) {
		return false
	}
	t, b, n := v.toks[i], v.toks[i-1], v.toks[i+1]
	if w := t.low; w == "said" || w == "told" || !strings.HasSuffix(w, "ed") || t.text != w {
		return false
	}
	if b.pos != "JJ" || b.quote >= 0 || b.sent != t.sent || !v.lx.role[b.low] {
		return false
	}
	if n.pos != "NN" || n.text != n.low || n.quote >= 0 || n.sent != t.sent {
		return false
	}
	// The noun's phrase (with its prepositional phrases) runs straight
	// into a finite verb: "reason for the delay was".
	for k := i + 2; k < len(v.toks) && k < i+9 && v.toks[k].sent == t.sent; k++ {
		tk := v.toks[k]
		switch {
		case tk.pos == "VBD" || tk.pos == "VBZ" || tk.pos == "VBP" || tk.pos == "MD":
			return true
		case tk.pos == "IN" || tk.pos == "DT" || tk.pos == "JJ" || isNoun(tk.pos) || tk.pos == "CD" || tk.pos == "PRP$" || tk.pos == "POS":
			if tk.low == "that" {
				return false
			}
		default:
			return false
		}
	}
	return false
}

// modifierSlot says the one-word speech verb form at i stands where only
// a modifier can: straight after an article or a possessive ("the stated
// reason", "a promised inquiry", "the ministry's stated aim", "its
// announced cuts"), and before a noun. A verb needs a subject before it,
// and none of those words ends a subject. "her" is left out: it is also
// an object ("people who know her said").
func (v *view) modifierSlot(i int) bool {
	if i < 1 || i+1 >= len(v.toks) {
		return false
	}
	b, n := v.toks[i-1], v.toks[i+1]
	if b.quote != v.toks[i].quote || b.sent != v.toks[i].sent || n.sent != v.toks[i].sent {
		return false
	}
	if !isNoun(n.pos) && n.pos != "JJ" {
		return false
	}
	switch {
	case b.pos == "POS":
		// A mark closing a treebank-style quotation ("''") is tagged
		// as one too; a bare apostrophe is a possessive only after a
		// noun ending in s ("the workers' stated demands").
		if b.low == "'s" || b.low == "’s" {
			return true
		}
		if (b.low == "'" || b.low == "’") && i >= 2 {
			a := v.toks[i-2]
			return isNoun(a.pos) && strings.HasSuffix(a.low, "s") && int(a.end) == int(b.start)
		}
		return false
	case b.low == "the" || b.low == "a" || b.low == "an":
		return true
	case b.low == "its" || b.low == "their" || b.low == "his" || b.low == "our":
		return b.pos == "PRP$"
	}
	return false
}

// passive says the speech verb at i is in the passive ("was said to"),
// whose grammatical subject is not the speaker.
func (v *view) passive(i int) bool {
	t := v.toks[i]
	if t.pos == "VBG" || strings.HasSuffix(t.low, "ing") {
		return false
	}
	if asSayingVerbs[t.low] && i+2 < len(v.toks) && v.toks[i+1].low == "as" && v.toks[i+2].low == "saying" {
		return false // "the minister was quoted as saying": the one quoted speaks
	}
	j := i - 1
	for j >= 0 && v.toks[j].sent == t.sent && (v.toks[j].pos == "RB" || adverbs[v.toks[j].low]) {
		j--
	}
	return j >= 0 && v.toks[j].sent == t.sent && beForms[v.toks[j].low] && v.toks[j].low != "'s"
}

// connector says token i may join two parts of one noun phrase:
// "Secretary of State", "China and the U.S.".
func (v *view) connector(i int) bool {
	switch v.toks[i].low {
	case "of", "for", "to", "at", "in", "and", "&":
		return true
	}
	return false
}

func (v *view) properish(i int) bool {
	t := v.toks[i]
	if isProper(t) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsUpper(r) && (t.pos == "JJ" || t.pos == "NNPS" || t.ent >= 0)
}

// joins says a connector at i links a noun phrase on its left to a proper
// one on its right.
func (v *view) joins(i, lo, hi int) bool {
	if v.originFrom(i, lo, hi) {
		return true
	}
	if v.roleFrom(i, lo, hi) {
		return true
	}
	if i-1 < lo || i+1 >= hi || !v.connector(i) || !isNPTag(v.toks[i-1].pos) {
		return false
	}
	// "restricted exports of chemicals used to make semiconductors and
	// South Korea threatened to ...": "and" after a common noun that
	// names no one starts a clause of its own; coordinated speakers
	// are names or roles ("China and the U.S.", "officials and Hamas").
	if l := v.toks[i].low; (l == "and" || l == "&") && !v.properish(i-1) && v.toks[i-1].ent < 0 && !v.lx.role[v.toks[i-1].low] && !v.lx.outlet[v.toks[i-1].low] {
		return false
	}
	if v.properish(i + 1) {
		return true
	}
	// "a spokesman for the harbour authority", "head of the agency",
	// "officials in Seoul", "state media in the region".
	if l := v.toks[i].low; (l == "for" || l == "of" || l == "at" || l == "in") && (v.lx.role[v.toks[i-1].low] || v.lx.outlet[v.toks[i-1].low]) {
		return true
	}
	// "an adviser to the president", "an aide to the minister": staff
	// serve someone "to" names; the speaker is the adviser, not the
	// president. Other roles are left alone, as "to" after them is
	// seldom a part of their phrase.
	if v.toks[i].low == "to" && mouthpieces[v.toks[i-1].low] {
		return true
	}
	return (v.toks[i+1].pos == "DT" || v.toks[i+1].pos == "PRP$") && i+2 < hi && v.properish(i+2)
}

// privatePeople are the role words for people who speak for no body and
// can be described by where they come from: "a woman from Khasan", "a
// pensioner from the village of Dovzhyk" is the woman, as "a resident of
// Kharkiv" is the resident. "An official from the ministry" is left out:
// an official speaks for the body named after "from".
var privatePeople = set("woman women man men resident residents villager villagers person people " +
	"farmer farmers pensioner pensioners mother father son daughter wife husband brother sister " +
	"student students teacher teachers worker workers citizen citizens voter voters victim victims " +
	"survivor survivors witness witnesses relative relatives neighbour neighbours neighbor neighbors " +
	"fisherman fishermen shopkeeper shopkeepers refugee refugees migrant migrants pilgrim pilgrims " +
	"passenger passengers tourist tourists patient patients mourner mourners vendor vendors " +
	"herder herders homeowner homeowners tenant tenants commuter commuters")

// originFrom says "from" at i joins a private person on its left to the
// named place on its right they come from ("a woman from Khasan", "a man
// from the town of Izium"). A named organisation after "from" ("a doctor
// from Doctors Without Borders") is not joined: the body speaks.
// roleFrom says "from" at i joins a word for people who speak to the
// described place or body they are from, as "in" and "at" do: "an official
// from the affected province", "a doctor from the hospital", "officials
// from the two countries". The speaker is the person, not the place.
func (v *view) roleFrom(i, lo, hi int) bool {
	return i-1 >= lo && i+2 < hi && v.toks[i].low == "from" && v.lx.role[v.toks[i-1].low] && !isProper(v.toks[i-1]) &&
		v.toks[i-1].quote < 0 && (v.toks[i+1].low == "the" || v.toks[i+1].low == "a" || v.toks[i+1].pos == "PRP$")
}

func (v *view) originFrom(i, lo, hi int) bool {
	if i-1 < lo || i+1 >= hi || v.toks[i].low != "from" || !privatePeople[v.toks[i-1].low] || isProper(v.toks[i-1]) {
		return false
	}
	for k := i + 1; k < hi && k <= i+5; k++ {
		t := v.toks[k]
		if v.properish(k) {
			return t.ent < 0 || v.a.Entities[t.ent].Type != model.EntityOrg
		}
		if t.low != "of" && !v.inNP(k) {
			return false
		}
	}
	return false
}

func (v *view) inNP(i int) bool {
	t := v.toks[i]
	if v.insideEntity(i) && t.ent >= 0 && v.a.Entities[t.ent].Type != "ROLE" {
		return true // the marks of `Toys "R" Us`
	}
	return t.quote < 0 && (isNPTag(t.pos) || t.ent >= 0 && !isPunct(t) && !isQuoteMark(t.text) || v.prenominalParticiple(i))
}

// prenominalParticiple says token i is a participle used as an adjective
// between a determiner (or a possessive, or an adjective) and its noun:
// "the injured man", "a resident of the flooded district", "an official
// from the affected province". The tagger reads it as a verb, which cut the
// speaker's phrase to its last noun ("man", "district"). "that" is no such
// determiner: "said that armed men attacked" opens a clause. A present
// participle in that slot is one too: "the ruling party", "the governing
// coalition", "the striking workers".
func (v *view) prenominalParticiple(i int) bool {
	t := v.toks[i]
	if t.quote >= 0 || t.pos != "VBN" && t.pos != "VBG" && !(t.pos == "VBD" && strings.HasSuffix(t.low, "ed")) || i == 0 || i+1 >= len(v.toks) {
		return false
	}
	prev, next := v.toks[i-1], v.toks[i+1]
	if prev.sent != t.sent || next.sent != t.sent || prev.quote >= 0 || next.quote >= 0 {
		return false
	}
	if next.pos != "NN" && next.pos != "NNS" {
		return false
	}
	switch prev.low {
	case "the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "our":
		return true
	}
	return prev.pos == "POS" || prev.pos == "JJ" && i >= 2 && (v.toks[i-2].pos == "DT" || v.toks[i-2].pos == "PRP$") && v.toks[i-2].low != "that"
}

// npLeft returns the noun phrase ending at token j, not reaching before lo.
func (v *view) npLeft(j, lo int) (int, int) {
	e := j + 1
	i := j
	for i >= lo {
		if v.inNP(i) || v.joins(i, lo, e) {
			i--
			continue
		}
		break
	}
	s := i + 1
	// A determiner inside starts a new phrase ("earlier this month a
	// spokesperson") unless a connector joins it ("to the United States").
	for k := e - 1; k > s; k-- {
		if (v.toks[k].pos == "DT" || v.toks[k].pos == "PRP$") && !v.connector(k-1) && !v.originFrom(k-1, s, e) && !v.roleFrom(k-1, s, e) && v.toks[k-1].pos != "POS" {
			s = k
			break
		}
	}
	for s < e && (v.toks[s].pos == "POS" || v.toks[s].pos == "HYPH") {
		s++
	}
	return s, e
}

// adverbOfAdjective says token k is an adverb in "-ly" between the article
// opening the phrase at s and an adjective: "a visibly emotional Pedro
// Alves", "a clearly frustrated minister". The adverb grades the adjective
// and stays in the phrase; elsewhere an adverb ends it.
func (v *view) adverbOfAdjective(k, s, hi int) bool {
	if k != s+1 || k+1 >= hi {
		return false
	}
	t, d, a := v.toks[k], v.toks[s], v.toks[k+1]
	return t.pos == "RB" && strings.HasSuffix(t.low, "ly") && t.quote < 0 && a.quote < 0 && (a.pos == "JJ" || a.pos == "VBN") &&
		(d.low == "a" || d.low == "an" || d.low == "the")
}

// npRight returns the noun phrase starting at token i, not reaching hi.
func (v *view) npRight(i, hi int) (int, int) {
	if i < hi && v.toks[i].pos == "PRP" && v.toks[i].quote < 0 {
		return i, i + 1
	}
	s := i
	e := i
	for e < hi {
		if v.inNP(e) && !(e > s && (v.toks[e].pos == "DT" && !v.connector(e-1) && !v.originFrom(e-1, s, hi) && !v.roleFrom(e-1, s, hi))) {
			e++
			continue
		}
		if v.adverbOfAdjective(e, s, hi) {
			e++ // "a visibly emotional Pedro Alves"
			continue
		}
		if v.joins(e, s, hi) {
			e++
			continue
		}
		break
	}
	for e > s && (v.toks[e-1].pos == "POS" || v.toks[e-1].pos == "HYPH") {
		e--
	}
	return s, e
}

// subject finds who does the speech verb at v (n tokens long) within the
// frame lo..hi: the phrase before it, or after it when inverted
// (`"...," said Ambassador Mohib`).
func (st *state) subject(vi, n, lo, hi int) (party, bool) {
	p, ok := st.subjectPhrase(vi, n, lo, hi)
	if ok {
		p = st.siteSubject(p, lo)
	}
	return p, ok
}

// subjectPhrase is subject before siteSubject reads a site or platform
// found as the subject.
func (st *state) subjectPhrase(vi, n, lo, hi int) (party, bool) {
	v := st.v
	// "LIMA, Jan 20 (Wire) - The ministry fined Repsol, saying ...": the
	// dateline opening the first sentence says where the story was filed,
	// never who speaks; the clause, and its subject, start after it.
	for lo < vi && int(v.toks[lo].start) < st.dateline {
		lo++
	}
	if p, ok := st.sharedVerb[vi]; ok {
		return p, true // "denied the accusation and said": found with the first verb
	}
	// "KCNA quoted Kim as saying", "Kim was quoted as saying": the one
	// quoted speaks, not the outlet that quotes.
	if vi-2 >= lo && v.toks[vi].low == "saying" && v.toks[vi-1].low == "as" {
		j := vi - 2
		if asSayingVerbs[v.toks[j].low] {
			j--
			for j >= lo && (beForms[v.toks[j].low] || adverbs[v.toks[j].low] || v.toks[j].pos == "RB") {
				j--
			}
		}
		if j < lo {
			return party{}, false
		}
		s, e := v.npLeft(j, lo)
		if s >= e {
			return party{}, false
		}
		// "Lut was quoted by RIA Novosti as saying": the subject of the
		// passive is the one quoted, the agent the outlet that quotes.
		if b := s - 2; b >= lo && v.toks[s-1].low == "by" && asSayingVerbs[v.toks[b].low] {
			for b--; b >= lo && (beForms[v.toks[b].low] || adverbs[v.toks[b].low] || v.toks[b].pos == "RB"); b-- {
			}
			if b >= lo && b < s-3 && beForms[v.toks[b+1].low] {
				if v.toks[b].pos == "PRP" || pronouns[v.toks[b].low] {
					// "He was quoted by the Nairobi Star as saying": a
					// pronoun, which no noun phrase reading takes.
					return st.classify(b, b+1), true
				}
				if s2, e2 := v.npLeft(b, lo); s2 < e2 {
					return st.classify(s2, e2), true
				}
			}
		}
		return st.classify(s, e), true
	}
	inverted := true
	for k := lo; k < vi; k++ {
		if !isPunct(v.toks[k]) && !isQuoteMark(v.toks[k].text) {
			inverted = false
			break
		}
	}
	if inverted {
		s, e := v.npRight(vi+n, hi)
		if s >= e {
			return party{}, false
		}
		c := st.classify(s, e)
		if c.kind == kindDocument && c.owner == nil && e+1 < hi && (v.toks[e].low == "from" || v.toks[e].low == "by") {
			// `"...," said a statement from the shipping company`.
			if s2, e2 := v.npRight(e+1, hi); s2 < e2 {
				if o := st.classify(s2, e2); speaks(o) {
					c.owner = &o
				}
			}
		}
		if c.kind == kindDocument && c.owner == nil && e+2 < hi && (issueVerbs[v.toks[e].low] || carriedBy[v.toks[e].low]) &&
			(v.toks[e+1].low == "on" || v.toks[e+1].low == "to") && v.toks[e].quote < 0 {
			// `"...," said a statement posted on the group's Telegram
			// channel`: the site's owner speaks through the document,
			// as in "A statement posted on ... said".
			if s2, e2 := v.npRight(e+2, hi); s2 < e2 && siteHeads[v.toks[e2-1].low] && !isProper(v.toks[e2-1]) {
				if o := st.siteOwnerParty(st.classify(s2, e2), s2, e2, s); o != nil {
					c.owner = o
				}
			}
		}
		return c, true
	}
	j := vi - 1
	for j >= lo && (v.toks[j].pos == "RB" || v.toks[j].pos == "MD" || adverbs[v.toks[j].low] || auxiliaries[v.toks[j].low] && v.toks[j].low != "'s") {
		j--
	}
	j = v.skipParenBack(j, lo)
	j = v.skipTimeBack(j, lo)
	if j < lo {
		return party{}, false
	}
	t := v.toks[j]
	if t.pos == "WP" || t.pos == "WDT" || t.low == "who" || t.low == "which" {
		return st.relative(j), true
	}
	if c, ok := st.beforeRelative(j, lo); ok {
		// "Officials who asked not to be named said ...": the phrase
		// before the relative clause speaks.
		return c, true
	}
	if t.low == "and" || t.low == "then" && j-1 >= lo && v.toks[j-1].low == "and" {
		// "The minister toured the town and said ...": the verbs share
		// the subject of the first.
		if c, ok := st.sharedSubject(j, lo); ok {
			return c, true
		}
	}
	if (t.pos == "PRP" || pronouns[t.low]) && !v.namePart(j) {
		return st.classify(j, j+1), true
	}
	if t.text == "," && strings.HasSuffix(v.toks[vi].low, "ing") {
		// A participle clause shares the main subject: "A judge blocked
		// the permit, calling the review ...".
		if c, ok := st.invertedSubject(lo, j); ok {
			return c, true
		}
		if c, ok := st.closingAttribution(lo, j); ok {
			return c, true
		}
		if s, e := v.npRight(lo, j); s < e {
			if c := st.classify(s, e); c.kind != kindNone {
				return st.apposition(c, e, j), true
			}
			// "Petrol prices tripled after the government scrapped the
			// subsidy on Monday, saying it could not afford it": prices
			// say nothing, so the participle goes with the clause of
			// time or cause before the comma, whose subject speaks, and
			// never with the date or object that ends that clause.
			if c, ok := st.subordinateSpeaker(e, j); ok {
				return c, true
			}
		}
	}
	if t.text == "," {
		if c, ok := st.relativeAsideSubject(j, lo); ok {
			return c, true
		}
		if r := v.commaRelativeOpen(j, lo); r > lo {
			// "Sen. Ana Ruiz, D-Ohio, who led the talks, said", "Ana
			// Ruiz, a senator from Ohio, who ..., said": the relative
			// clause describes whoever stands before it; the appositive
			// reading starts at the comma that opens the clause, so an
			// appositive before it is read as one and not as the speaker.
			j = r
		}
		// Appositive: "Jeff Rathke, the State Department Spokesperson, said".
		k := j - 1
		for k >= lo && k > j-16 && v.toks[k].text != "," {
			k--
		}
		var cands []party
		if k >= lo && k < j-1 && v.toks[k].text == "," {
			if s, e := v.npLeft(k-1, lo); s < e {
				s = v.listStart(s, e, lo)
				cands = append(cands, st.classifyInformed(s, e, lo))
			}
			if s, e := v.npRight(k+1, j); s < e && e == j {
				cands = append(cands, st.classify(s, e))
			}
		} else if s, e := v.npLeft(j-1, lo); s < e && !v.objectBeforeComma(s, vi, lo) {
			cands = append(cands, st.classifyInformed(s, e, lo))
		}
		if len(cands) > 0 && cands[0].kind == kindDocument {
			if d, ok := st.documentApposition(cands[0], k+1, j); ok {
				return d, true
			}
		}
		if c, ok := st.nameBeforeAppositions(cands, lo); ok {
			return c, true
		}
		// "The lawyer for Greg Fuller, Nadia Brooks, said": a name in
		// apposition is who speaks.
		if len(cands) == 2 && cands[0].kind == kindPerson && cands[1].kind == kindPerson {
			return st.withDescription(cands[1], cands[0], lo), true
		}
		for _, want := range []int{kindPerson, kindName, kindOrg, kindRole, kindOutlet} {
			for i, c := range cands {
				if c.kind == want {
					if i == 1 {
						c = st.withDescription(c, cands[0], lo)
					}
					return c, true
				}
			}
		}
		// "..., said a Turkish official who was not authorised to speak":
		// the speaker follows the verb, after the report.
		// Only a verb that takes no object says so ("called Omar a
		// terrorist" has Omar as its object), and the phrase must end
		// the clause or open a relative one.
		if lemma, _ := v.verbAt(vi); invertible[lemma] {
			if s, e := v.npRight(vi+n, hi); s < e && (e >= hi || isPunct(v.toks[e]) || v.toks[e].pos == "WP" || v.toks[e].pos == "WDT" || v.toks[e].pos == "IN") {
				if c := st.classify(s, e); c.kind == kindPerson || c.kind == kindRole || c.kind == kindOrg || c.kind == kindName {
					return c, true
				}
			}
		}
		// "the man asked about the election, called the senator a
		// "traitor" and hung up": a list of predicates shares the
		// subject of its first verb.
		if c, ok := st.sharedSubject(j, lo); ok {
			return c, true
		}
		return party{}, false
	}
	s, e := v.npLeft(j, lo)
	if s >= e {
		return party{}, false
	}
	// "The chief executive of the largest oil and gas company in the
	// former Soviet republic of Kazakhstan said": a long subject whose
	// complements are common nouns is found by its last phrase only; the
	// phrases joined by prepositions before it go back to its head, which
	// speaks when it names someone.
	// A person named ("JPL scientist and study co-author Michael
	// Malaska") is who speaks, whatever the titles before the name.
	if s2 := v.complementChainStart(s, lo); s2 < s {
		if k := st.classify(s, e).kind; k == kindNone || k == kindRole || k == kindOrg {
			// The head's phrase speaks when it reads as a role, a person
			// or a body whose words take in more than the last phrase; a
			// joint speaker made of its conjuncts ("policy and
			// stability") is a misreading of the "and" inside it.
			c := st.classify(s2, e)
			if lemma, _ := v.verbAt(vi); c.kind == kindNone && personalLemmas[lemma] && c.s == s2 && (s2 == lo || !objectPrepositions[v.toks[s2-1].low] && !isVerb(v.toks[s2-1].pos)) {
				// "The families of the victims said": a common noun heading
				// the chain speaks as one before the verb does
				// (speakingNoun), not the role in its complement.
				c = st.commonSpeaker(c)
			}
			// A body or place ending the chain ("the head of sales at the
			// Korean carmaker", "a spokesman for the family of the
			// driver from Lagos") is whom the head serves; the head
			// speaks when it is a role or a person, never a body read
			// from the chain's words.
			if k == kindOrg && c.kind == kindOrg {
				c = party{}
			}
			if c.sp != nil && (c.kind == kindRole || c.kind == kindPerson || c.kind == kindOrg) && len(c.sp.ActorIDs) == 0 && len(c.sp.Text) > len(v.textOf(s, e)) {
				s = s2
			}
		}
	}
	if s-2 >= lo && siteHeads[v.toks[e-1].low] && v.toks[s-2].quote < 0 && !v.postedParticiple(v.toks[s-2]) {
		// "A statement on the ministry's website said": the document
		// before the site is the subject, and the site's owner speaks
		// through it, as with "posted on" (postedDocument).
		if d, ok := st.postedDocument(st.classify(s, e), s, e, lo); ok {
			return d, true
		}
	}
	if s-2 >= lo && hangsOn[v.toks[s-1].low] && v.toks[s-1].quote < 0 && (v.toks[s-2].pos == "NN" || v.toks[s-2].pos == "NNS") && v.toks[s-2].quote < 0 && !isProper(v.toks[s-2]) {
		// "the sign on the church door said", "a guard outside the
		// embassy said": the phrase before the verb is where the
		// subject was; the noun before the preposition is the subject.
		if s2, e2 := v.npLeft(s-2, lo); s2 < e2 && e2 == s-1 {
			s, e = s2, e2
		}
	}
	if s-3 >= lo && v.toks[s-1].low == "by" && (v.toks[s-2].pos == "VBN" || v.toks[s-2].pos == "VBD") && strings.HasSuffix(v.toks[s-2].low, "ed") && v.toks[s-1].quote < 0 && v.toks[s-2].quote < 0 {
		// "Economists polled by Reuters said", "analysts surveyed by
		// Bloomberg expect": the agent of a participle on the subject
		// did the polling; those polled speak.
		if s2, e2 := v.npLeft(s-3, lo); s2 < e2 && e2 == s-2 {
			if c := st.classify(s2, e2); c.sp != nil && (c.kind == kindPerson || c.kind == kindRole || c.kind == kindOrg || c.kind == kindName) {
				return c, true
			}
		}
	}
	if k := v.objectConjunctEnd(s, e, lo); k > s {
		// "Police arrested the driver and residents said": the phrase
		// before "and" is the verb's object, and only the last conjunct
		// is the subject that speaks.
		s = k
	}
	if h, ok := v.placeListHead(s, e, lo); ok {
		s, e = h.s, h.e
	} else if l, ok := v.nameListStart(s, e, lo); ok {
		s = l
	} else if l, ok := v.bodyConjunctStart(s, lo); ok {
		s = l
	} else if l, ok := st.partyConjunctStart(s, e, lo); ok {
		s = l
	}
	if c, ok := st.informed(s, e, lo); ok {
		return c, true
	}
	c := st.classify(s, e)
	// "A statement from the Nigerian presidency said": the body speaks
	// through the document.
	if s-2 >= lo && (v.toks[s-1].low == "from" || v.toks[s-1].low == "by") && c.sp != nil && c.kind != kindDocument && c.kind != kindPronoun && c.kind != kindOutlet {
		if ds, de := v.npLeft(s-2, lo); ds < de {
			if d := st.classify(ds, de); d.kind == kindDocument && d.owner == nil {
				d.owner, d.e = &c, e
				return d, true
			}
		}
	}
	if d, ok := st.issuedDocument(c, s, e, lo); ok {
		return d, true
	}
	if d, ok := st.postedDocument(c, s, e, lo); ok {
		return d, true
	}
	return c, true
}

// siteSubject reads a subject p that is a site or a platform rather than
// one who speaks. "A statement posted on X, formerly Twitter, said" and "A
// statement posted on Facebook said": the platform only carried the
// document, whose author the sentence does not name, so the document is
// the subject (no speaker; the document is the conduit). "A statement
// posted on the ministry's account on X said": the account's owner speaks
// through the document. "The BBC's website said": the site's owner speaks,
// the site carries the words. Any other subject is returned as it was.
func (st *state) siteSubject(p party, lo int) party {
	v := st.v
	if p.s >= p.e || p.s < lo || p.e > len(v.toks) || p.kind == kindDocument || p.kind == kindPerson || p.kind == kindRole {
		return p
	}
	head := v.toks[p.e-1]
	// A platform named alone ("X", "Telegram", "Truth Social"): the
	// media words spelt as names, or the names platformAt knows.
	ps := p.s
	if v.toks[ps].pos == "DT" {
		ps++
	}
	platform := ps < p.e && (p.e-ps == 1 && v.lx.medium[head.low] && isProper(head) || v.platformAt(ps) == p.e-ps)
	site := siteHeads[head.low] && !isProper(head)
	if !platform && !site {
		return p
	}
	if p.s-2 >= lo && (v.toks[p.s-1].low == "on" || v.toks[p.s-1].low == "to") && v.toks[p.s-1].quote < 0 {
		s := p.s
		if site && platform {
			return p
		}
		if platform {
			// "the ministry's account on X": the site before the
			// platform is where the document went.
			if b := s - 2; siteHeads[v.toks[b].low] && !isProper(v.toks[b]) && v.toks[b].quote < 0 {
				if s2, e2 := v.npLeft(b, lo); s2 < e2 && e2 == b+1 {
					if d, ok := st.postedDocument(st.classify(s2, e2), s2, e2, lo); ok {
						return d
					}
					if s2-2 >= lo && (v.toks[s2-1].low == "on" || v.toks[s2-1].low == "to") {
						s = s2
					}
				}
			}
		}
		if d, ok := st.postedDocument(st.classify(s, p.e), s, p.e, lo); ok {
			return d
		}
		// The document before the place: "A statement posted on
		// Facebook", "a video on X".
		docEnd := s - 2
		if t := v.toks[docEnd]; t.quote >= 0 {
			return p
		} else if v.postedParticiple(t) {
			docEnd--
		}
		if docEnd < lo {
			return p
		}
		if ds, de := v.npLeft(docEnd, lo); ds < de && de == docEnd+1 {
			if d := st.classify(ds, de); d.kind == kindDocument {
				if d.owner == nil {
					d.e = p.e
				}
				return d
			}
		}
		return p
	}
	if site && p.owner != nil && p.owner.sp != nil && (speaks(*p.owner) || p.owner.kind == kindOutlet) {
		// "The BBC's website said", "the ministry's Telegram channel
		// said": the owner speaks, the site carries its words.
		// siteOwnerParty reads the owner as a posted document's:
		// "Kenya's interior ministry website" is the ministry's.
		if o := st.siteOwnerParty(p, p.s, p.e, p.s); o != nil {
			return party{kind: kindDocument, sp: &model.Speaker{Text: v.textOf(p.s, p.e)}, s: p.s, e: p.e, owner: o}
		}
	}
	return p
}

// hangsOn are the prepositions of place that npLeft does not join ("the
// sign on the door", "a guard outside the embassy"): the noun phrase after
// one is no subject of the verb that follows it.
var hangsOn = set("on in at outside near inside under above behind beside across over along")

// siteHeads are the places on line a body posts its documents to.
var siteHeads = set("website websites site page account channel feed")

// postedDocument reads the phrase c at s..e before a speech verb as the
// site a document was posted to ("A statement posted on the ministry's
// website said", "A notice published on the army's Telegram channel
// said"): the document is the subject, and the site's owner, when it can
// speak, speaks through it, as the body does in "A statement issued by
// the ministry said". A site with no owner that speaks ("posted on a
// news website") gives nothing.
func (st *state) postedDocument(c party, s, e, lo int) (party, bool) {
	v := st.v
	if !siteHeads[v.toks[e-1].low] || e-s < 2 || s-3 < lo {
		return party{}, false
	}
	if c.owner == nil && !pronounSite(v, s) || c.owner != nil && !speaks(*c.owner) && c.owner.kind != kindOutlet {
		return party{}, false
	}
	if l := v.toks[s-1].low; l != "on" && l != "in" {
		return party{}, false
	}
	docEnd := s - 3
	if t := v.toks[s-2]; t.quote >= 0 {
		return party{}, false
	} else if !v.postedParticiple(t) {
		// "A statement on the ministry's website said": the document
		// right before the site, with no participle between, came out
		// there just the same.
		if !isNoun(t.pos) || isProper(t) {
			return party{}, false
		}
		docEnd = s - 2
	}
	ds, de := v.npLeft(docEnd, lo)
	if ds >= de || de != docEnd+1 {
		return party{}, false
	}
	d := st.classify(ds, de)
	if d.kind != kindDocument || d.owner != nil {
		return party{}, false
	}
	o := st.siteOwnerParty(c, s, e, ds)
	if o == nil {
		return party{}, false
	}
	d.owner, d.e = o, e
	return d, true
}

// postedParticiple says the token before "on" in a document's place is
// the participle it came out by ("A statement posted on", "a notice
// published on"), not the document itself: "A post on its Telegram
// channel" and "a broadcast on its channel" are a document word read as a
// noun, though "post" and "broadcast" are verbs of issuing too.
func (v *view) postedParticiple(t tok) bool {
	if !issueVerbs[t.low] && !carriedBy[t.low] {
		return false
	}
	return !v.lx.document[t.low] || !isNoun(t.pos)
}

// pronounSite says the site phrase at s opens with "its" or "their", whose
// owner is a body named before (siteOwner).
func pronounSite(v *view, s int) bool {
	return v.toks[s].low == "its" || v.toks[s].low == "their"
}

// siteOwnerParty gives the body that speaks through a document at ds
// posted to the site c at s..e ("the ministry's website", "its Telegram
// channel"): the site's owner when it can speak, or the body "its" stands
// for; nil for a site with no owner that speaks ("a news website").
func (st *state) siteOwnerParty(c party, s, e, ds int) *party {
	v := st.v
	if c.owner == nil {
		if !pronounSite(v, s) {
			return nil
		}
		o := st.siteOwner(s, ds)
		if o == nil {
			return nil
		}
		return &party{kind: kindOrg, sp: o, s: s, e: s + 1}
	}
	o := *c.owner
	if o.kind == kindOutlet && o.sp != nil {
		// "A statement posted on the BBC's website": a statement on an
		// outlet's own site is the outlet speaking as an organisation,
		// not reporting someone else's words.
		o.kind = kindOrg
	}
	if !speaks(o) {
		return nil
	}
	if o.sp != nil && o.e-o.s >= 2 && v.toks[o.s].low == "the" && !isProper(v.toks[o.e-1]) && o.sp.Text == v.textOf(o.s+1, o.e) {
		// "posted on the navy's Facebook page": a body the tagger named
		// by its common noun alone ("navy") speaks as the whole mention
		// ("the navy"), as "the army's Telegram channel" gives "the
		// army"; a name the article is no part of ("the BBC's
		// website" -> "BBC") keeps the tagger's text.
		sp := *o.sp
		sp.Text = v.textOf(o.s, o.e)
		o.sp = &sp
	}
	if e-1 > c.owner.e && !isProper(v.toks[e-2]) {
		// "Kenya's interior ministry website": the site is the body's
		// named before it, not the possessor's inside that name.
		if b := st.classify(s, e-1); speaks(b) {
			o = b
		}
	}
	return &o
}

// siteOwner finds the body "its" (or "their") at token i names as the
// owner of a site a document at ds was posted to: the named body in the
// subject before it, or, when the document is the clause's subject and
// opens its sentence (after "according to" too), the named body in the
// subject of the sentence before ("Nigeria's central bank held its rate.
// A statement posted on its website said"), as "Its spokesman said" finds
// it (bodyAntecedent). A subject that names no body ("The storm hit the
// coast. A notice posted on its website said") gives nil.
//
// The speaker is the antecedent's whole mention ("Nigeria's central bank",
// not the entity "central bank" inside it), as when the body is the
// subject itself.
func (st *state) siteOwner(i, ds int) *model.Speaker {
	v := st.v
	plural := v.toks[i].low == "their"
	if o, at := st.bodyAntecedentAt(i, plural); o != nil {
		return st.wholeMention(o, at)
	}
	lo := v.sentStart(int(v.toks[i].sent))
	switch {
	case ds == lo:
	case ds == lo+2 && v.toks[lo].low == "according" && v.toks[lo+1].low == "to":
	case v.quotationFirst(lo, ds):
	default:
		return nil
	}
	o, at := st.bodyAntecedentAt(v.sentTok[v.toks[i].sent][0], plural)
	if o == nil {
		return nil
	}
	return st.wholeMention(o, at)
}

// quotationFirst says the tokens lo..ds before a document phrase are a
// quotation opening the sentence and its closing attribution's verb, if
// any ("\"...,\" said a statement posted on its website", "\"...,\" a
// statement on its website said"): the document is then the subject as
// when it opens the sentence, and "its" goes back to the body named in the
// sentence before, as it does with the attribution first.
func (v *view) quotationFirst(lo, ds int) bool {
	quoted, verb := false, false
	for k := lo; k < ds; k++ {
		t := v.toks[k]
		switch {
		case t.quote >= 0:
			quoted = true
		case isPunct(t):
		case !verb && quoted && v.verbAtOK(k):
			verb = true
		default:
			return false
		}
	}
	return quoted
}

// sentStart is the first token of sentence si after a wire dateline
// ("ABUJA (Newsgraph Wire) - A statement ..." starts at "A").
func (v *view) sentStart(si int) int {
	lo, hi := v.sentTok[si][0], v.sentTok[si][1]
	k := lo
	for k < hi && int(v.toks[k].start) < v.dateline {
		k++
	}
	if k >= hi {
		return lo
	}
	return k
}

// wholeMention gives the speaker of the noun phrase ending at token at,
// the last token of the entity o was read from ("Nigeria's central bank"
// for the entity "central bank"), when that phrase names the same actor;
// otherwise o itself.
func (st *state) wholeMention(o *model.Speaker, at int) *model.Speaker {
	v := st.v
	if at < 0 {
		return o
	}
	lo := v.sentStart(int(v.toks[at].sent))
	s, e := v.npLeft(at, lo)
	if s >= e || e != at+1 {
		return o
	}
	c := st.classify(s, e)
	if c.sp == nil || c.kind != kindOrg && c.kind != kindRole || c.sp.ActorID != o.ActorID || len(c.sp.Text) <= len(o.Text) {
		return o
	}
	return c.sp
}

// subordinateSpeaker finds, between the main subject ending at lo and a
// participle's comma at hi, the last subordinate clause ("after the
// government scrapped the subsidy") whose subject can speak, and returns
// that subject.
func (st *state) subordinateSpeaker(lo, hi int) (party, bool) {
	v := st.v
	for k := hi - 2; k >= lo; k-- {
		if !subordinators[v.toks[k].low] || v.toks[k].quote >= 0 {
			continue
		}
		s, e := v.npRight(k+1, hi)
		if s != k+1 || e >= hi {
			continue
		}
		if c := st.classify(s, e); speaks(c) {
			return c, true
		}
	}
	return party{}, false
}

// withDescription widens the speaker c, named in apposition after the
// description d ("..., a spokesman for the ruling council, Colonel Amadou
// Abdramane, said"), to start where d does when d opens its own comma-set
// phrase: the description is the first half of the speaker's name, so a
// report before it ends at the comma before the description, not after.
func (st *state) withDescription(c, d party, lo int) party {
	v := st.v
	if d.s < c.s && d.s-1 >= lo && v.toks[d.s-1].text == "," && v.toks[d.s-1].quote < 0 &&
		(d.kind == kindRole || d.kind == kindOrg || d.kind == kindPerson) {
		c.s = d.s
	}
	return c
}

// span is a token range s..e.
type span struct{ s, e int }

// placeListHead finds, for a subject phrase starting at s that ends a
// list of names after commas ("Health officials in Jabalia, Khan Younis
// and Rafah said"), the role or outlet that the list of places after
// "in" locates: "Health officials". The noun phrase reading stops at the
// comma and would make the last places the speaker. A list with no such
// head before it is the subject itself, its first name maybe after a
// fronted phrase ("In Geneva, Russia and China said"): nothing is found.
func (v *view) placeListHead(s, e, lo int) (span, bool) {
	// Only the end of a list ("Khan Younis and Rafah") is taken for one.
	listEnd := false
	for i := s + 1; i < e-1; i++ {
		if l := v.toks[i].low; l == "and" || l == "or" {
			listEnd = true
		}
	}
	if !listEnd {
		return span{}, false
	}
	k := s - 1
	for k-1 >= lo && v.toks[k].text == "," {
		s2, e2 := v.npLeft(k-1, lo)
		if s2 >= e2 || e2 != k {
			return span{}, false
		}
		// The item phrase is "ROLE in PLACE": the head is the role.
		for i := s2 + 1; i < e2-1; i++ {
			if v.toks[i].low == "in" && (v.lx.role[v.toks[i-1].low] || v.lx.outlet[v.toks[i-1].low]) && v.properish(i+1) {
				// "Speaking to reporters in Brussels, Rutte and
				// Macron said": a role after a verb or a
				// preposition is in a fronted phrase, no subject.
				if s2 > lo {
					if p := v.toks[s2-1]; strings.HasPrefix(p.pos, "VB") || p.pos == "IN" || p.pos == "TO" {
						return span{}, false
					}
				}
				return span{s2, i}, true
			}
		}
		// Otherwise a list item is a single name ("Khan Younis"), and
		// the list goes on to the left.
		if !v.properish(s2) {
			return span{}, false
		}
		k = s2 - 1
	}
	return span{}, false
}

// nameListStart returns where a list of names of one kind opens when the
// subject phrase s..e ends it ("Ethiopia, Eritrea and Somalia said", "Oxfam,
// Save the Children and CARE said"): the noun phrase reading stops at the
// comma, and the last names alone would be made the speaker. Each item
// before a comma must be one whole name of the same entity type as the
// phrase's first name; the list must open the clause (at lo, or after a
// conjunction or a determiner), so a fronted phrase ("In Geneva, Russia
// and China said") is no item of it. ok is false when there is no list.
func (v *view) nameListStart(s, e, lo int) (int, bool) {
	and := false
	for i := s + 1; i < e-1; i++ {
		if l := v.toks[i].low; (l == "and" || l == "&") && !v.insideEntity(i) {
			and = true
		}
	}
	first := v.toks[s].ent
	if !and || first < 0 || s-2 < lo || v.toks[s-1].text != "," || v.toks[s-1].quote >= 0 {
		return 0, false
	}
	typ := v.a.Entities[first].Type
	start := s
	for k := s - 1; k-1 >= lo && v.toks[k].text == "," && v.toks[k].quote < 0; {
		ei := v.toks[k-1].ent
		if ei < 0 || v.a.Entities[ei].Type != typ {
			return 0, false
		}
		b := k - 1
		for b-1 >= lo && v.toks[b-1].ent == ei {
			b--
		}
		start, k = b, b-1
	}
	if start == s {
		return 0, false
	}
	if start > lo {
		// A comma before the first item may end a fronted phrase, whose
		// words are no item ("On Sunday, Kenya, Uganda and ..."): no list.
		if p := v.toks[start-1]; p.pos != "CC" && p.pos != "DT" && p.low != "-" {
			return 0, false
		}
	}
	return start, true
}

// collectiveBodies head a phrase naming a body made of members: "a
// coalition of small island states", "a group of Baltic states".
var collectiveBodies = set("coalition group bloc alliance union association consortium federation grouping league")

// bodyConjunctStart returns where the subject opens when the phrase from s
// is a collective body ("a coalition of small island states") joined by
// "and" to a name that opens the clause: "The EU and a coalition of small
// island states accused Riyadh of ...", "Ghana and a bloc of coastal
// states said ...". The noun phrase reading stops at the determiner after
// "and", and the last conjunct alone would be made the speaker; both speak.
// The name must open the clause (at lo, or after a conjunction or a
// determiner), so an object before "and" ("The army shelled Gaza and a
// group of residents said") is no conjunct of the subject.
// partyConjunctStart gives the start of a first conjunct joined by "and"
// to the subject phrase s..e when both name who speaks ("The head of the
// electoral commission and two of his deputies said", "The mayor and her
// deputy said"): all of them spoke, and the joint speaker holds both. The
// first conjunct must open its clause (after the clause's start, a comma
// or a conjunction), or it is the object of a verb before it ("the
// minister met the president and two aides said").
func (st *state) partyConjunctStart(s, e, lo int) (int, bool) {
	v := st.v
	if s-2 < lo || v.toks[s-1].low != "and" || v.toks[s-1].quote >= 0 {
		return 0, false
	}
	if !speakingKind(st.classify(s, e).kind) && st.commonSpeaker(st.classify(s, e)).kind != kindRole {
		return 0, false
	}
	s2, e2 := v.npLeft(s-2, lo)
	if s2 >= e2 || e2 != s-1 {
		return 0, false
	}
	s2 = v.complementChainStart(s2, lo)
	if s2 > lo {
		if p := v.toks[s2-1]; p.text != "," && p.pos != "CC" || p.quote >= 0 {
			return 0, false
		}
	}
	first := st.classify(s2, e2)
	if first.kind != kindRole && first.kind != kindPerson {
		return 0, false
	}
	if h := v.toks[e2-1]; first.kind == kindRole && (h.pos == "NN" || h.pos == "NNP") && v.toks[s2].pos != "DT" && v.toks[s2].pos != "PRP$" && v.toks[s2].pos != "CD" {
		// "JPL scientist and study co-author Michael Malaska": a bare
		// singular noun is a title stacked before the name, not a
		// second speaker.
		return 0, false
	}
	return s2, true
}

// objectConjunctEnd gives the start of the last conjunct of the phrase
// s..e when the phrase follows a verb or a preposition, which takes the
// words before "and" as its object; s when it does not.
func (v *view) objectConjunctEnd(s, e, lo int) int {
	if s <= lo || !isVerb(v.toks[s-1].pos) && v.toks[s-1].pos != "IN" || v.toks[s-1].quote >= 0 {
		return s
	}
	if l := v.toks[s-1].low; l == "that" || subordinators[l] {
		return s // "alleged that Noel and Thomas acknowledged": a clause's subject
	}
	for k := e - 2; k > s; k-- {
		if (v.toks[k].low == "and" || v.toks[k].low == "&") && !v.insideEntity(k) && v.toks[k].quote < 0 {
			return k + 1
		}
	}
	return s
}

// nameBeforeAppositions reads "Jeff Sanborn, president of Chapter &
// Verse, a Spokane advertising agency, said": when neither phrase between
// the last commas is a person, and the first of them follows a comma after
// a person's name, that person speaks, described by the first phrase.
func (st *state) nameBeforeAppositions(cands []party, lo int) (party, bool) {
	v := st.v
	if len(cands) == 0 {
		return party{}, false
	}
	for _, c := range cands {
		if c.kind == kindPerson {
			return party{}, false
		}
	}
	d := cands[0]
	if d.s-2 < lo || d.s >= d.e || v.toks[d.s-1].text != "," || v.toks[d.s-1].quote >= 0 {
		return party{}, false
	}
	s, e := v.npLeft(d.s-2, lo)
	if s >= e || e != d.s-1 {
		return party{}, false
	}
	if c := st.classify(s, e); c.kind == kindPerson {
		return st.withDescription(c, d, lo), true
	}
	return party{}, false
}

// speakingKind says a party of kind k is someone who speaks.
func speakingKind(k int) bool {
	return k == kindPerson || k == kindRole || k == kindOrg || k == kindName
}

func (v *view) bodyConjunctStart(s, lo int) (int, bool) {
	if s-2 < lo || s+2 >= len(v.toks) || v.toks[s].pos != "DT" || !collectiveBodies[v.toks[s+1].low] || v.toks[s+2].low != "of" {
		return 0, false
	}
	if a := v.toks[s-1]; a.low != "and" || a.quote >= 0 {
		return 0, false
	}
	s2, e2 := v.npLeft(s-2, lo)
	if s2 >= e2 || e2 != s-1 || !v.properish(e2-1) && v.toks[e2-1].ent < 0 {
		return 0, false
	}
	if s2 > lo {
		if p := v.toks[s2-1]; p.pos != "CC" && p.low != "-" {
			return 0, false
		}
	}
	return s2, true
}

// issuedDocument reads the subject c (tokens s..e) as the agent of a
// participle that issued a document before it, with no commas: "A readout
// of the call released by the Elysee said", "a letter signed by 40
// lawmakers said". The document is then the subject and c its owner,
// who speaks through it, as in "a statement from the presidency said". A
// phrase of the document's own ("of the call") may stand between the
// document and the participle.
func (st *state) issuedDocument(c party, s, e, lo int) (party, bool) {
	v := st.v
	if !speaks(c) || s-3 < lo || v.toks[s-1].low != "by" {
		return party{}, false
	}
	if t := v.toks[s-2]; t.quote >= 0 || t.pos != "VBN" && !carriedBy[t.low] || !issueVerbs[t.low] && !carriedBy[t.low] {
		return party{}, false
	}
	ds, de := v.npLeft(s-3, lo)
	if ds >= de {
		return party{}, false
	}
	d := st.classify(ds, de)
	if d.kind != kindDocument && ds-2 >= lo && v.toks[ds-1].low == "of" {
		// "a readout of the call": the document heads the phrase.
		if ps, pe := v.npLeft(ds-2, lo); ps < pe {
			d = st.classify(ps, pe)
		}
	}
	if d.kind != kindDocument || d.owner != nil {
		return party{}, false
	}
	d.owner, d.e = &c, e
	return d, true
}

// askWords open the question that "asked" reports.
var askWords = set("whether if why how what when where who which")

// invertible verbs put their subject after them behind a report: "...,
// said a Turkish official", "..., added the minister".
var invertible = set("say add write explain note warn insist argue comment acknowledge confirm report reply respond state " +
	// Verbs of manner that tag a direct quotation as "said" does (`"...," quipped the coach`).
	"quip joke muse scoff retort exclaim sigh recount")

// informedBy are the words that tie unnamed sources to what they know:
// "people familiar with the matter", "sources close to the talks",
// "officials briefed on the plan", "a person with knowledge of the deal".
var informedBy = set("familiar close briefed knowledge")

// informed reads the phrase s..e as the object of such a tie and returns the
// sources it describes, the whole phrase as the speaker's text ("two people
// familiar with the matter", not "the matter").
func (st *state) informed(s, e, lo int) (party, bool) {
	v := st.v
	if s-2 < lo || !connectsKnowledge[v.toks[s-1].low] || !informedBy[v.toks[s-2].low] {
		return party{}, false
	}
	h := s - 3 // the word before "familiar"
	if v.toks[s-2].low == "knowledge" {
		for h >= lo && (v.toks[h].pos == "JJ" || v.toks[h].pos == "RB") { // "with direct knowledge of"
			h--
		}
		if h < lo || v.toks[h].low != "with" {
			return party{}, false
		}
		h--
	}
	for h >= lo && v.toks[h].pos == "RB" { // "people directly familiar with"
		h--
	}
	if h < lo || v.toks[h].pos != "NNS" && v.toks[h].pos != "NN" {
		return party{}, false
	}
	ns, ne := v.npLeft(h, lo)
	if ns >= ne {
		return party{}, false
	}
	c := st.classify(ns, ne)
	if c.kind != kindRole || c.sp == nil {
		return party{}, false
	}
	sp := *c.sp
	sp.Text = v.textOf(ns, e)
	c.sp, c.e = &sp, e
	return c, true
}

// classifyInformed classifies the phrase s..e, read as the object of a
// tie to what unnamed sources know when it is one: before an aside ("A
// person familiar with the matter, who spoke on condition of anonymity,
// said") the phrase before the comma is "the matter", and the person
// familiar with it speaks, as without the aside.
func (st *state) classifyInformed(s, e, lo int) party {
	if c, ok := st.informed(s, e, lo); ok {
		return c
	}
	return st.classify(s, e)
}

// informedAfter reads unnamed sources described by what they know from
// token s on ("a person familiar with the matter", "sources close to the
// government", "two officials with knowledge of the talks") and returns
// them with the token after the phrase.
func (st *state) informedAfter(s, hi int) (party, int, bool) {
	v := st.v
	for k := s + 1; k+2 < hi && k <= s+6; k++ {
		t := v.toks[k]
		if t.quote >= 0 || isPunct(t) {
			break
		}
		if !informedBy[t.low] || !connectsKnowledge[v.toks[k+1].low] {
			continue
		}
		ns, ne := v.npRight(k+2, hi)
		if ns >= ne {
			break
		}
		if c, ok := st.informed(ns, ne, s); ok {
			return c, ne, true
		}
		break
	}
	return party{}, 0, false
}

// connectsKnowledge join informedBy to what is known.
var connectsKnowledge = set("with of to on")

// entitiesBefore yields the entities that start before byte offset at,
// nearest first, without reading those after it.
func (v *view) entitiesBefore(at int) iter.Seq2[int, model.Entity] {
	return func(yield func(int, model.Entity) bool) {
		first := sort.Search(len(v.entOrder), func(k int) bool { return v.a.Entities[v.entOrder[k]].Start >= at })
		for k := first - 1; k >= 0; k-- {
			if !yield(v.entOrder[k], v.a.Entities[v.entOrder[k]]) {
				return
			}
		}
	}
}

// apposition returns the person named in apposition right after the phrase
// c ending at e ("The transport secretary, Ruth Carew, ..."), or c.
func (st *state) apposition(c party, e, hi int) party {
	v := st.v
	if e < hi && v.toks[e].text == "," {
		if s2, e2 := v.npRight(e+1, hi); s2 < e2 && e2 < hi && v.toks[e2].text == "," {
			if c2 := st.classify(s2, e2); c2.kind == kindPerson {
				c2.e = e2
				return c2
			}
		}
	}
	return c
}

// relative resolves "which"/"who" at j to the phrase before it:
// "China and the U.S. as well, which both described ...".
func (st *state) relative(j int) party {
	v := st.v
	lo := v.sentTok[v.toks[j].sent][0]
	k := j - 1
	if k >= lo && v.toks[k].text == "," {
		k--
	}
	for k >= lo {
		switch v.toks[k].low {
		case "well", "too", "also", "both", "all":
			if v.toks[k].low == "well" && k-1 >= lo && v.toks[k-1].low == "as" {
				k--
			}
			k--
			continue
		}
		break
	}
	if k < lo {
		return party{}
	}
	s, e := v.npLeft(k, lo)
	if s >= e {
		return party{}
	}
	return st.classify(s, e)
}

// classify says what the phrase s..e denotes and who it stands for.
func (st *state) classify(s, e int) party {
	v := st.v
	for s < e && (v.toks[s].pos == "CC" || isPunct(v.toks[s])) {
		s++
	}
	for e > s && (isPunct(v.toks[e-1]) && v.toks[e-1].text != "." || v.toks[e-1].pos == "POS") {
		e--
	}
	p := party{s: s, e: e}
	if s >= e {
		return p
	}
	text := v.textOf(s, e)
	if e-s == 1 && (v.toks[s].pos == "PRP" || pronouns[v.toks[s].low]) {
		return st.resolvePronoun(s)
	}
	// Possessor: "the Korean Central News Agency's report".
	for k := e - 2; k > s; k-- {
		if v.toks[k].pos == "POS" {
			o := st.classify(s, k)
			if o.kind != kindNone {
				p.owner = &o
			}
			break
		}
	}
	head := v.toks[e-1]
	headEnd := e // tokens from here on complement the head
	// The head of "a spokeswoman for the operator" is "spokeswoman".
	for k := s + 1; k < e-1; k++ {
		if l := v.toks[k].low; (l == "of" || l == "for" || l == "at" || l == "in" || l == "to" || v.originFrom(k, s, e) || v.roleFrom(k, s, e)) && isNoun(v.toks[k-1].pos) {
			head = v.toks[k-1]
			headEnd = k
			break
		}
	}
	p.plural = head.pos == "NNS" || head.pos == "NNPS" || head.pos == "NPS"
	coord := false
	for k := s; k < e; k++ {
		if v.toks[k].low == "and" && k > headEnd && k+1 < e && head.pos == "NN" && isNoun(v.toks[k-1].pos) && !isProper(v.toks[k-1]) && (isNoun(v.toks[k+1].pos) || v.gerundNoun(k+1)) && !isProper(v.toks[k+1]) {
			// "The union of teachers and nurses": one body, whose
			// complement joins common nouns; "the presidents of Kenya and
			// Uganda" are two speakers.
			continue
		}
		if (v.toks[k].low == "and" || v.toks[k].low == "&") && !v.insideEntity(k) {
			coord = true
		}
	}
	if v.lx.document[head.low] && !isProper(head) {
		p.kind = kindDocument
		p.sp = &model.Speaker{Text: text}
		if p.owner == nil {
			// "The Home Office letter": a name before the document owns it.
			k := e - 2
			for k >= s && !isProper(v.toks[k]) {
				k--
			}
			if k >= s {
				j := k
				for j > s && isProper(v.toks[j-1]) {
					j--
				}
				o := st.classify(j, k+1)
				if o.sp != nil {
					p.owner = &o
				}
			}
		}
		if p.owner == nil && headEnd == e && e-1 > s {
			// "a Kenyan transport ministry statement", "a defence
			// ministry document": the body named by the words before
			// the document, common nouns too, issued it.
			j := s
			if t := v.toks[j]; t.pos == "DT" || t.pos == "PRP$" {
				j++
			}
			if j < e-1 {
				if o := st.classify(j, e-1); o.sp != nil && (o.kind == kindOrg || o.kind == kindRole) {
					p.owner = &o
				}
			}
		}
		if p.owner == nil && e-s >= 2 && definiteDocument[v.toks[s].low] {
			// "The ministry issued a statement on Sunday. The statement
			// said ...": the document is the one issued just before, and
			// whoever issued it speaks through it.
			p.owner = st.issuer(s, head.low)
		}
		if p.owner == nil {
			// "The company published a blog post that said ...": the
			// subject of the verb that put the document out just
			// before it wrote it.
			p.owner = st.putOutBy(s)
		}
		return p
	}
	if v.outletNP(s, e) {
		// "reporters in Jakarta", "state television in Tehran": the
		// place says where the medium was, and the medium is the channel.
		for k := s + 1; k < e-1; k++ {
			pl := k + 1
			if v.toks[pl].pos == "DT" && pl+1 < e {
				pl++
			}
			// "CNN in an interview" is CNN too, but "reporters at a news
			// conference" keeps the occasion.
			l := v.toks[k].low
			for l == "in" && pl+1 < e && !v.lx.medium[v.toks[pl].low] && (v.toks[pl].pos == "JJ" || v.toks[pl].pos == "NN") && !isProper(v.toks[pl]) {
				pl++ // "Reuters in a telephone interview"
			}
			place := (l == "in" || l == "at") && v.properish(pl) || l == "in" && v.lx.medium[v.toks[pl].low]
			if place && v.outletNP(s, k) {
				e, text = k, v.textOf(s, k)
				break
			}
		}
		p.kind = kindOutlet
		p.sp = v.entitySpeaker(s, e, text)
		return p
	}
	if coord {
		// "China and the U.S.": several speakers; keep them together, with
		// the actor of each conjunct.
		p.kind = kindOrg
		p.plural = true
		p.sp = &model.Speaker{Text: trimDet(text)}
		if s+1 < e && v.toks[s].pos == "DT" && !isProper(v.toks[s+1]) {
			// "The mayor and her deputy": descriptions keep their
			// article, as one does (see the package comment).
			p.sp.Text = text
		}
		v.jointActors(p.sp, s, e)
		return p
	}
	// A named person anywhere in the phrase is the speaker ("Afghan
	// Ambassador Hamdullah Mohib").
	// Not a possessor ("Fuller's lawyer") nor a complement ("the lawyer
	// for Greg Fuller"): those name whom the speaker serves.
	complement := -1 // the entity right after the head's preposition
	if headEnd < e-1 {
		k := headEnd + 1
		if v.toks[k].pos == "DT" && k+1 < e {
			k++
		}
		complement = int(v.toks[k].ent)
	}
	best := -1
	for k := s; k < e; k++ {
		if ei := int(v.toks[k].ent); ei >= 0 && ei != complement && v.a.Entities[ei].Type == model.EntityPerson {
			// The possessive follows the name's last word: "Maria
			// Santos's brother" is the brother, from "Maria" on.
			last := k
			for last+1 < e && int(v.toks[last+1].ent) == ei {
				last++
			}
			if last+1 < e && v.toks[last+1].pos == "POS" && last+2 < e {
				k = last
				continue
			}
			best = ei
		}
	}
	if best < 0 && complement >= 0 && v.a.Entities[complement].Type == model.EntityPerson && unicode.IsUpper(firstRune(head.text)) {
		// "Minister of Education Stefania Giannini": a name after a
		// title is the person when nothing else is. After a common noun
		// it is whom the speaker serves: "the lawyer for Greg Fuller".
		best = complement
	}
	if e-s == 2 && v.toks[s].low == "the" && head.ent >= 0 && compoundDemonym(head.text) {
		// "the Frenchman", "the Welshwoman": one person, whatever the
		// tagger made of a word it may not know (an organisation, or a
		// person of that name); a body the knowledge base knows by the
		// word keeps it.
		if en := v.a.Entities[head.ent]; en.ActorID == "" || strings.HasPrefix(en.ActorID, "doc:") {
			p.kind = kindPerson
			p.sp = st.demonymPerson(s, e, en)
			return p
		}
	}
	if best >= 0 {
		p.kind = kindPerson
		p.sp = speakerOf(v.a.Entities[best])
		// A tagger may run a name into the verb ("Hill commented"): keep
		// only the part inside the phrase.
		a, b := e, s
		for k := s; k < e; k++ {
			if int(v.toks[k].ent) == best {
				a, b = min(a, k), max(b, k+1)
			}
		}
		if a < b {
			p.sp.Text = v.textOf(a, b)
		}
		return p
	}
	if ei := int(head.ent); ei >= 0 {
		en := v.a.Entities[ei]
		switch en.Type {
		case "ROLE":
			p.kind = kindRole
			p.sp = speakerOf(en)
			p.sp.Text = text
			// A definite description of a body named just before ("the
			// U.S. command" after "U.S. Forces Korea") is that body.
			if ant := st.definite(s, e); ant != nil {
				p.kind = kindOrg
				p.sp = ant
			}
			if own := st.ministersBody(s, e); own != nil {
				p.kind = kindOrg
				p.sp = own
			} else if own := st.ownMinistry(s, e); own != nil {
				p.kind = kindOrg
				p.sp = own
			}
			return p
		case model.EntityOrg, model.EntityGPE, model.EntityNORP, model.EntityMisc, model.EntityLoc:
			if en.Type == model.EntityNORP && e-s == 2 && v.toks[s].low == "the" && personDemonym(head.text) {
				// "the Spaniard told reporters": one person, not Spain.
				p.kind = kindPerson
				p.sp = st.demonymPerson(s, e, en)
				return p
			}
			p.kind = kindOrg
			p.sp = speakerOf(en)
			if a, ok := v.truncated(ei, s); ok && en.Type == model.EntityOrg {
				p.sp = &model.Speaker{Text: v.textOf(a, e)}
			} else if en.Type == model.EntityOrg && !isProper(head) && unicode.IsLower(firstRune(en.Text)) {
				// "The navy said": a body the tagger named by its common
				// noun is spoken of by the whole mention ("The navy"), as a
				// role is ("The coastguard"); a name keeps the tagger's
				// words ("the BBC" -> "BBC"), as the package comment says.
				p.sp.Text = text
			}
			return p
		}
	}
	if headEnd < e && bodyHeads[head.low] && !isProper(head) {
		// "the head of Iran's nuclear agency": who heads a body speaks
		// for it (the body's actor, as CAMEO codes an official by the
		// body's role code); the phrase stays the speaker's text.
		if ei := int(v.toks[e-1].ent); ei >= 0 && v.bodyRole(ei) && v.a.Entities[ei].ActorID != "" {
			p.kind = kindRole
			p.sp = speakerOf(v.a.Entities[ei])
			p.sp.Text = text
			return p
		}
	}
	if v.roleWord(head.low) {
		p.kind = kindRole
		p.sp = &model.Speaker{Text: text}
		// A modifier entity gives the country ("U.S. officials").
		for k := s; k < e; k++ {
			if ei := v.toks[k].ent; ei >= 0 && v.a.Entities[ei].Country != "" {
				p.sp.Country = v.a.Entities[ei].Country
				break
			}
		}
		if p.sp.Country == "" {
			p.sp.Country = v.regionOf(s, e)
		}
		if own := st.ministersBody(s, e); own != nil {
			p.kind = kindOrg
			p.sp = own
		} else if own := st.ownMinistry(s, e); own != nil {
			p.kind = kindOrg
			p.sp = own
		} else if o := st.servedOwner(head, headEnd, e); o != nil {
			// "an aide to Okoro", "a lawyer for the company": the
			// phrase names whom the staff speak for, as "his aide" does
			// through its possessive, and it is read as that is.
			speakForOwner(p.sp, o, head.low)
		} else if ant := st.definite(s, e); ant != nil {
			p.kind = kindOrg
			p.sp = ant
		} else if ant := st.sameHead(s, e); ant != nil {
			// An antecedent that is itself a description with an actor
			// ("A senior Kenyan official") gives the actor, and the
			// mention keeps its own words, as a role the resolver linked
			// does ("the official"). A name stays the speaker's text
			// ("the spokeswoman" after "Nadia Rahimi"), and so does a
			// description with no actor, whose words are its identity.
			if ant.ActorID != "" && articleLed(ant.Text) {
				ant.Text = text
			}
			p.sp = ant
		} else if holder := st.titledHolder(s, e); holder != nil {
			// "The minister said" after "Turkish Foreign Minister Kemal
			// Aydin met ...": the person last given that title, as the
			// resolver links "the harbour master" back to "Ian Doyle, the
			// harbour master" (samePerson). The mention keeps its words.
			holder.Text = text
			p.sp = holder
		} else if (mouthpieces[head.low] || counsel[head.low]) && headEnd == e {
			if o := st.mouthpieceOwner(s, e, p.owner); o != nil {
				speakForOwner(p.sp, o, head.low)
			}
		}
		return p
	}
	if who := st.agedPerson(s, e); who != nil {
		// "the 56-year-old", which a tagger may read as a name: the
		// person named before with that age.
		p.kind, p.sp = kindPerson, who
		return p
	}
	if isProper(head) {
		p.kind = kindName
		p.sp = &model.Speaker{Text: trimDet(text)}
		return p
	}
	return p
}

// speakForOwner makes the staff or counsel speaker sp, whose head word is
// head, speak for (or, counsel, as) its owner o.
func speakForOwner(sp, o *model.Speaker, head string) {
	if counsel[head] {
		speakAs(sp, o)
		return
	}
	speakFor(sp, o)
	if personalStaff[head] && strings.HasPrefix(o.ActorID, "doc:person:") {
		// "Helena Varga met David Okoro. His office said": the office of
		// a person the article alone names holds no office the knowledge
		// base knows, but it speaks for that person, as a lawyer speaks
		// as the client.
		sp.ActorID = o.ActorID
	}
}

// servedOwner returns whom a staff or counsel phrase names after its head
// with "to" or "for" ("an aide to Okoro", "a spokesman for the
// president", "a lawyer for the company"), or nil. The phrase after the
// preposition must stand for someone: a person, a body, a role or a name;
// "a spokesman for years" or "an adviser to the talks" name no one, and
// a pronoun or a document is no owner.
func (st *state) servedOwner(head tok, headEnd, e int) *model.Speaker {
	v := st.v
	if !mouthpieces[head.low] && !counsel[head.low] || headEnd+1 >= e {
		return nil
	}
	if l := v.toks[headEnd].low; l != "to" && l != "for" {
		return nil
	}
	o := st.classify(headEnd+1, e)
	if o.sp == nil || o.kind != kindPerson && o.kind != kindOrg && o.kind != kindRole && o.kind != kindName {
		return nil
	}
	if o.sp.ActorID == "" && len(o.sp.ActorIDs) == 0 && o.sp.Country == "" {
		return nil // no one the reader could look up: the phrase keeps its own words
	}
	return o.sp
}

// roleWord says whether low is a role word of the lexicon or the plural
// of one: "officials" (official+s), and "agencies", "charities",
// "ministries", whose singular ends in -y ("Aid agencies said" is a
// speaker as "Aid groups said" is).
func (v *view) roleWord(low string) bool {
	if v.lx.role[low] || v.lx.role[strings.TrimSuffix(low, "s")] {
		return true
	}
	stem, ok := strings.CutSuffix(low, "ies")
	return ok && stem != "" && v.lx.role[stem+"y"]
}

// mouthpieceOwner returns whom the mouthpiece phrase s..e speaks for: the
// antecedent of its possessive pronoun ("his office", "its spokesman",
// "their spokeswoman") or its possessor ("the president's office", "the
// ministry's spokesman"), or nil when neither is found. A body the tagger
// did not name is no antecedent to find ("The airline fired its chief.
// Its spokeswoman said": the nearest tagged body would be a guess).
func (st *state) mouthpieceOwner(s, e int, owner *party) *model.Speaker {
	v := st.v
	// "her press office", "his media adviser": a word saying what the
	// staff deal with stands between the possessive and the head.
	if e-s == 2 || e-s == 3 && (v.toks[s+1].low == "press" || v.toks[s+1].low == "media") {
		switch v.toks[s].low {
		case "his", "her":
			if o, decided := st.possessiveOwner(s); decided {
				return o
			}
			if o := st.resolvePronoun(s); o.sp != nil {
				return o.sp
			}
			return nil
		case "its", "their":
			return st.bodyAntecedent(s, v.toks[s].low == "their")
		}
	}
	if owner != nil && owner.sp != nil && owner.kind != kindDocument && owner.kind != kindPronoun {
		return owner.sp
	}
	return nil
}

// possessiveOwner finds whom "his" or "her" at token i belongs to from the
// people named in its sentence before it and in the sentence before that,
// those whose gender the pronoun allows: the nearest that is its clause's
// subject ("President Samuel Okafor sacked his finance minister, Daniel
// Ebere. His office said": Okafor), else the one person named, as a
// possessive owner is often the object of the sentence before when its
// subject is plural or no person ("Prosecutors charged Mayor Tobias Reyna
// with bribery. His lawyers said"). Two people and no subject among them
// leave it unknown (decided, nil): "Police arrested Tobias Reyna and Carlos
// Ortega. His lawyers said" names no one. decided is false when no one is
// named there, or a speaker found already stands there: resolvePronoun's
// subjects and speakers then decide, as before.
func (st *state) possessiveOwner(i int) (owner *model.Speaker, decided bool) {
	v := st.v
	wrongGender := model.GenderFemale
	if v.toks[i].low == "her" {
		wrongGender = model.GenderMale
	}
	si := int(v.toks[i].sent)
	lo := int(v.toks[v.sentTok[max(si-1, 0)][0]].start)
	at := int(v.toks[i].start)
	for _, f := range st.speakers {
		if pos := int(v.toks[min(f.tok, len(v.toks)-1)].start); pos >= lo && pos < at {
			return nil, false // a speaker in reach: the subject rule decides
		}
	}
	var found, subject *model.Speaker
	key, ambiguous := "", false
	for ei, en := range v.entitiesBefore(at) {
		if subject != nil {
			break
		}
		if en.Start < lo {
			break
		}
		if en.Start < st.dateline || v.toks[min(v.tokAt(en.Start), len(v.toks)-1)].quote >= 0 {
			continue // the dateline's city, or a name inside someone's words
		}
		person := en.Type == model.EntityPerson || strings.HasPrefix(en.ActorID, "person:") || strings.HasPrefix(en.ActorID, "doc:person:")
		if en.Type == "ROLE" {
			// A singular role ("the mayor of Tumbes") is a person; a plural
			// one ("Prosecutors") or a body's ("the ministry") is not.
			head := strings.ToLower(lastWord(en.Text))
			person = person || !v.pluralEntity(en) && !orgHeads[head] && !strings.HasSuffix(head, "s")
		}
		if !person {
			continue
		}
		g := cmp.Or(en.Gender, v.gender[en.ActorID], roleGender[strings.ToLower(lastWord(en.Text))])
		if g == wrongGender {
			continue
		}
		if v.subjectEntity(ei) && v.beforeFirstVerb(ei) {
			subject = st.roleSpeaker(en) // the nearest one wins
		}
		k := cmp.Or(en.ActorID, strings.ToLower(en.Text))
		switch {
		case found == nil:
			found, key = st.roleSpeaker(en), k
		case k != key:
			ambiguous = true
		}
	}
	switch {
	case subject != nil:
		return subject, true
	case ambiguous:
		return nil, true // two people the pronoun may stand for
	}
	return found, found != nil
}

// beforeFirstVerb says entity ei stands before any verb of its sentence,
// where its subject stands: "President Samuel Okafor sacked his finance
// minister, Daniel Ebere," has Okafor there, not the object set off by
// commas that subjectEntity also accepts.
func (v *view) beforeFirstVerb(ei int) bool {
	a := v.tokAt(v.a.Entities[ei].Start)
	if a >= len(v.toks) {
		return false
	}
	for k := v.sentTok[v.toks[a].sent][0]; k < a; k++ {
		if isVerb(v.toks[k].pos) {
			return false
		}
	}
	return true
}

// bodyAntecedent finds the body "its" (or "their") at token i points back
// to: the named body in the subject of its clause, before the pronoun, or
// when the pronoun opens its sentence, in the subject of the sentence
// before ("France's foreign ministry condemned the attack. Its spokesman
// said"). Only the subject counts, so that an unnamed body there ("The
// airline fired its chief executive. Its spokeswoman said") is not skipped
// for one named earlier; plural says "their", which a plural role ("Kenya's
// opposition leaders") may take too.
func (st *state) bodyAntecedent(i int, plural bool) *model.Speaker {
	sp, _ := st.bodyAntecedentAt(i, plural)
	return sp
}

// bodyAntecedentAt is bodyAntecedent with the index of the antecedent's
// last token (-1 when there is none). A wire dateline ("PARIS (Newsgraph
// Wire) -") names the outlet that filed the story, which is no subject of
// the sentence after it, so no "its" points back to it.
func (st *state) bodyAntecedentAt(i int, plural bool) (*model.Speaker, int) {
	v := st.v
	si := int(v.toks[i].sent)
	lo := v.sentTok[si][0]
	hi := i
	if lo == i {
		if si == 0 {
			return nil, -1
		}
		lo, hi = v.sentTok[si-1][0], v.sentTok[si-1][1]
	}
	var best *model.Speaker
	at := -1
	for k := lo; k < hi; k++ {
		t := v.toks[k]
		if t.quote >= 0 || int(t.start) < v.dateline {
			continue
		}
		if t.ent < 0 {
			if isVerb(t.pos) {
				break // the subject ends at its verb
			}
			continue
		}
		en := v.a.Entities[t.ent]
		if bodyEntity(en) || plural && en.Type == "ROLE" && v.pluralEntity(en) {
			best, at = speakerOf(en), k
		}
	}
	if best == nil {
		return st.definiteSubject(lo, hi, plural)
	}
	return best, at
}

// definiteSubject is bodyAntecedentAt's body when no name was found: a
// body the subject opening lo..hi describes by its common noun alone ("The
// ministry held talks. A post on its Telegram channel said"), the
// organisation it refers back to when one was named (definite), or the
// description itself. A description in the plural is what "their" goes
// back to, a singular one what "its" does. It gives nil and -1 when the
// sentence opens with no such description ("The storm hit the coast",
// "The ministry's spokesman").
func (st *state) definiteSubject(lo, hi int, plural bool) (*model.Speaker, int) {
	v := st.v
	k := lo
	for k < hi && int(v.toks[k].start) < v.dateline {
		k++
	}
	if k >= hi || v.toks[k].low != "the" || v.toks[k].quote >= 0 {
		return nil, -1
	}
	s := k
	for k++; k < hi && k-s <= 4; k++ {
		t := v.toks[k]
		if t.quote >= 0 || t.ent >= 0 || isPunct(t) || isVerb(t.pos) || t.pos == "IN" || t.pos == "CC" {
			return nil, -1
		}
		if !orgHeads[t.low] {
			continue
		}
		if k+1 < hi && (v.toks[k+1].pos == "POS" || v.toks[k+1].low == "of") {
			return nil, -1 // "the ministry's spokesman", "the ministry of defence"
		}
		if plural != (t.pos == "NNS" || t.low == "authorities") {
			return nil, -1
		}
		if d := st.definite(s, k+1); d != nil {
			return d, k
		}
		if c := st.classify(s, k+1); c.sp != nil && (c.kind == kindOrg || c.kind == kindRole) {
			return c.sp, k
		}
		return nil, -1
	}
	return nil, -1
}

// bodyEntity says an entity names a body that can have an office or a
// spokesman: an organisation, a role the resolver gave a body's actor ("the
// foreign ministry", FRA.GOV.MFA), or a name the tagger took for something
// else that the resolver knows as a body (a company's id, "JPN.BUS...").
// A country or a nationality is not one ("France's foreign ministry" is the
// ministry's).
func bodyEntity(en model.Entity) bool {
	switch en.Type {
	case model.EntityOrg:
		return true
	case model.EntityGPE, model.EntityNORP, model.EntityLoc:
		return false
	}
	if en.ActorID == "" || strings.Contains(en.ActorID, "person:") {
		return false
	}
	return en.Type != "ROLE" || orgHeads[strings.ToLower(lastWord(en.Text))]
}

// speakFor makes the mouthpiece speaker sp ("his office", "the ministry's
// spokesman") speak for o, as CAMEO codes a spokesman by whom they speak
// for. A body's office or spokesman is that body. A person's office is the
// sector of their country they hold office in (the president's office is
// the government, KEN.GOV) when the person is one of the knowledge base's
// office holders ("person:" ids); a person the article alone names
// ("doc:person:") may hold a local office ("Texas Governor Greg Abbott"),
// so their office takes their country and sector and no actor.
func speakFor(sp, o *model.Speaker) {
	switch {
	case o.ActorID == "" && len(o.ActorIDs) == 0 || strings.HasPrefix(o.ActorID, "doc:person:"):
		if sp.Country == "" {
			sp.Country, sp.Sector = o.Country, o.Sector
		}
	case strings.HasPrefix(o.ActorID, "person:"):
		sp.Country, sp.Sector = o.Country, o.Sector
		if code := kb.SectorCode(o.Sector); o.Country != "" && code != "" {
			sp.ActorID = o.Country + "." + code
		}
	default:
		sp.ActorID, sp.ActorIDs, sp.Country, sp.Sector = o.ActorID, o.ActorIDs, o.Country, o.Sector
	}
}

// speakAs makes the counsel speaker sp ("his lawyers", "the company's
// attorney") speak as o: a lawyer's statement is made on the client's
// behalf and binds the client, so it takes the client's own actor (a person
// the article alone names included), not the client's office.
func speakAs(sp, o *model.Speaker) {
	sp.ActorID, sp.ActorIDs, sp.Country, sp.Sector = o.ActorID, o.ActorIDs, o.Country, o.Sector
}

// jointActors gives a speaker of several conjuncts ("China and the U.S.",
// "Mexico and the European Union") the actor of each named one, in order,
// in ActorIDs; ActorID stays empty, as no one actor said it. The speaker
// takes a country and sector only when all its actors share them.
func (v *view) jointActors(sp *model.Speaker, s, e int) {
	seen := map[string]bool{}
	country, sector := "", ""
	for k := s; k < e; k++ {
		ei := int(v.toks[k].ent)
		if ei < 0 {
			continue
		}
		en := v.a.Entities[ei]
		if en.ActorID == "" || seen[en.ActorID] || en.Type == model.EntityNORP {
			continue
		}
		if len(sp.ActorIDs) == 0 {
			country, sector = en.Country, en.Sector
		} else {
			if en.Country != country {
				country = ""
			}
			if en.Sector != sector {
				sector = ""
			}
		}
		seen[en.ActorID] = true
		sp.ActorIDs = append(sp.ActorIDs, en.ActorID)
	}
	if len(sp.ActorIDs) < 2 {
		// One name among common nouns ("Smith and his wife") says who one
		// of them is, not who they are.
		sp.ActorIDs = nil
		return
	}
	sp.Country, sp.Sector = country, sector
}

// bodyHeads are the words for whoever heads a body ("the head of the
// agency", "the chief of the army"); a relative or a friend of one is not.
var bodyHeads = set("head chief director boss chairman chairwoman chair")

func trimDet(s string) string {
	for _, d := range []string{"the ", "The "} {
		s = strings.TrimPrefix(s, d)
	}
	return s
}

// bodyRole says entity ei is a role mention the resolver gave a body that
// is no medium: "agency" in "Iran's nuclear agency" is the government's,
// and no outlet for being a word outlets use ("news agency").
func (v *view) bodyRole(ei int) bool {
	en := v.a.Entities[ei]
	return en.Type == "ROLE" && en.Sector != "" && en.Sector != "media"
}

// speakerOf turns an entity into a speaker.
func speakerOf(e model.Entity) *model.Speaker {
	return &model.Speaker{Text: e.Text, ActorID: e.ActorID, ActorIDs: e.ActorIDs, Country: e.Country, Sector: e.Sector}
}

// entitySpeaker returns the entity's speaker when one covers the phrase's
// head, else the phrase itself.
func (v *view) entitySpeaker(s, e int, text string) *model.Speaker {
	if ei := int(v.toks[e-1].ent); ei >= 0 {
		if a, ok := v.truncated(ei, s); ok {
			// The tagger cut the name short ("Central News Agency" in
			// "Korean Central News Agency"): its actor is another one's.
			return &model.Speaker{Text: v.textOf(a, e)}
		}
		if en := v.a.Entities[ei]; en.Type == "ROLE" && en.ActorID != "" {
			// "the TASS news agency", "the ruling BJP party": the head
			// is a common noun the resolver gave the actor named in
			// the phrase; the speaker is that name.
			for k := s; k < e-1; k++ {
				if nj := int(v.toks[k].ent); nj >= 0 && nj != ei {
					if n := v.a.Entities[nj]; n.Type != "ROLE" && n.ActorID == en.ActorID {
						return speakerOf(n)
					}
				}
			}
		}
		return speakerOf(v.a.Entities[ei])
	}
	return &model.Speaker{Text: trimDet(text)}
}

// truncated says entity ei, inside a phrase starting at token s, is
// preceded in the phrase by capitalised words that belong to the name, and
// returns where the whole name starts.
func (v *view) truncated(ei, s int) (int, bool) {
	first := -1
	for k := s; k < len(v.toks); k++ {
		if int(v.toks[k].ent) == ei {
			first = k
			break
		}
	}
	a := first
	for a-1 >= s && v.toks[a-1].ent < 0 && v.properish(a-1) && !determiners[v.toks[a-1].low] {
		a--
	}
	if a-2 >= s && v.toks[a-1].pos == "POS" && v.toks[a-2].ent < 0 && v.properish(a-2) && v.toks[a-1].quote < 0 {
		// "the U.S. Attorney's Office for the Western District": a title
		// owning the office is part of its name, with the place before
		// the title; a name's possessive ("Kenya's Office of ...") is
		// not.
		a -= 2
		for a-1 >= s && v.properish(a-1) && !determiners[v.toks[a-1].low] {
			a--
		}
	}
	return a, first > s && a < first
}

// outletNP says the phrase names a news medium: "Newsweek", "the Korean
// Central News Agency", "al-Ikhbariya television", "the press".
func (v *view) outletNP(s, e int) bool {
	for k := s; k < e; k++ {
		low := v.toks[k].low
		if !v.lx.outlet[low] {
			continue
		}
		if v.nonMediaBody(k) {
			// "the Committee to Protect Journalists", "Reporters Without
			// Borders", "the National Union of Journalists": a media word
			// inside the name of a body the resolver knows in another
			// sector names whom the body works for, not a medium.
			continue
		}
		if k+1 < e && !isProper(v.toks[k]) && pressStaff[v.toks[k+1].low] {
			// "the White House press secretary", "a media adviser to the
			// president": the media word says what the office deals
			// with; the holder speaks for the body, and is no medium.
			continue
		}
		// Common nouns ("press", "reporters", "television") count alone;
		// words like "times" or "post" only inside a name.
		switch low {
		case "press", "reporters", "journalists", "media", "television", "tv", "radio", "newspaper", "broadcaster", "magazine":
			return true
		case "news":
			// "the state news agency", "the ISNA news agency": a news
			// agency is a medium by its common name too.
			if k+1 < e && (v.toks[k+1].low == "agency" || v.toks[k+1].low == "agencies") {
				return true
			}
		}
		if isProper(v.toks[k]) || v.toks[k].ent >= 0 && !v.bodyRole(int(v.toks[k].ent)) {
			return true
		}
	}
	// "Le Monde", "Der Spiegel", "El País": an organisation the resolver
	// knows as a news medium, whose name has no media word in it.
	for k := s; k < e; k++ {
		if ei := v.toks[k].ent; ei >= 0 {
			if en := v.a.Entities[ei]; en.Sector == "media" && en.Type != "ROLE" && en.Type != model.EntityPerson {
				return true
			}
		}
	}
	return false
}

// pressStaff are the heads after a media word that name an office or
// its holder dealing with the press for a body ("press secretary", "media
// adviser"), not a news medium.
var pressStaff = set("secretary secretaries spokesman spokeswoman spokesperson spokespeople officer officers office attache attaché adviser advisor advisers advisors aide aides director chief official officials")

// newsPeople are the media words that name people: who is told is then
// the audience ("told reporters", "told journalists"), not the outlet the
// words went through, as "told Newsweek" or "told state television" is.
var newsPeople = set("reporters reporter journalists journalist correspondents correspondent newsmen")

// addressedPeople says the phrase s..e is people of the news trade
// addressed, its head one of newsPeople: "reporters", "a group of
// journalists", "reporters in Jakarta" ("the Reuters reporter" too:
// a person, however employed, heard the words).
func (v *view) addressedPeople(s, e int) bool {
	for k := s; k < e; k++ {
		if l := v.toks[k].low; placeWords[l] || l == "at" || l == "after" {
			e = k // "reporters in Jakarta", "reporters at a news conference"
			break
		}
	}
	return e > s && newsPeople[v.toks[e-1].low]
}

// peopleOutlet returns where the name of a news medium ends inside the
// phrase s..e of people of the news trade (addressedPeople) when the
// phrase begins with it: "Reuters reporters", "the Kyiv Independent's
// correspondent", "a Reuters journalist". The medium (an organisation the
// resolver gave the media sector) carried the words on, and is the
// conduit; the people are the audience. It returns the first token of the
// name and the token after it (after a possessive "'s"), or -1, -1.
func (v *view) peopleOutlet(s, e int) (int, int) {
	if !v.addressedPeople(s, e) {
		return -1, -1
	}
	for k := s; k < e; k++ {
		if l := v.toks[k].low; placeWords[l] || l == "at" || l == "after" {
			e = k // "Reuters reporters in Kyiv", as addressedPeople reads it
			break
		}
	}
	a := s
	if l := v.toks[a].low; l == "the" || l == "a" || l == "an" {
		a++
	}
	ei := v.toks[a].ent
	if a >= e || ei < 0 {
		return -1, -1
	}
	en := v.a.Entities[ei]
	if en.Sector != "media" || en.Type != model.EntityOrg || int(v.toks[a].start) != en.Start {
		return -1, -1
	}
	m := a
	for m < e && v.toks[m].ent == ei {
		m++
	}
	if m < e && (v.toks[m].low == "'s" || v.toks[m].low == "’s") {
		m++
	}
	// Only words for people may follow the name: "Reuters TV reporters"
	// names another medium.
	for k := m; k < e; k++ {
		if ek := v.toks[k].ent; ek >= 0 && v.a.Entities[ek].Type != "ROLE" || v.lx.outlet[v.toks[k].low] && !newsPeople[v.toks[k].low] {
			return -1, -1
		}
	}
	if m >= e {
		return -1, -1
	}
	return a, m
}

// orgHeads are role heads that name a body, which a definite description
// ("the U.S. command") can point back to.
var orgHeads = set("command agency ministry department government military company firm group committee council office administration army navy police court embassy team party authority authorities board union federation association regime junta cabinet " +
	"club airline carrier bank hospital university school museum institute foundation commission regulator league manufacturer maker retailer operator insurer charity organisation organization studio utility " +
	"presidency mission delegation carmaker automaker chipmaker drugmaker miner lender producer supplier exporter conglomerate " +
	// Bodies of parties and states, which "he" and "she" never stand
	// for: "The opposition called it a betrayal. "...," she said".
	"opposition coalition alliance bloc consortium treasury")

// definite resolves "the U.S. command" to the last organisation named before
// it whose name holds every modifier word of the description ("U.S. Forces
// Korea"); "the South Korean military" does not go to an agency that is
// merely "Korean".
func (st *state) definite(s, e int) *model.Speaker {
	v := st.v
	if v.toks[s].low != "the" || !orgHeads[v.toks[e-1].low] || e-s < 2 {
		return nil
	}
	var names func(name string) bool
	if e-s == 2 {
		// "the airline" after "SkyBridge Airlines", "the club" after
		// "Riverside Football Club": the body whose name ends in that word.
		head := v.toks[e-1].low
		names = func(name string) bool {
			f := strings.Fields(name)
			if len(f) < 2 {
				return false
			}
			last := normWord(f[len(f)-1])
			return last == head || last == head+"s"
		}
	} else {
		mods := map[string]bool{}
		for k := s + 1; k < e-1; k++ {
			mods[normWord(v.toks[k].text)] = true
		}
		head := v.toks[e-1].low
		names = func(name string) bool {
			words := map[string]bool{}
			for _, w := range strings.Fields(name) {
				words[normWord(w)] = true
			}
			if kb.StateBodyHead(head) && !words[head] && !words[head+"s"] {
				// "the Danish ministry" after "the Danish embassy": a
				// ministry is no embassy, whatever country both share.
				return false
			}
			for m := range mods {
				if !words[m] {
					return false
				}
			}
			return true
		}
	}
	at := int(v.toks[s].start)
	for _, en := range v.entitiesBefore(at) {
		if at-en.Start > 3000+v.longestEntity {
			break // every entity from here on ends over 3,000 bytes back
		}
		if en.End > at || en.Type != model.EntityOrg {
			continue
		}
		if at-en.End > 3000 {
			break
		}
		if names(en.Text) {
			return speakerOf(en)
		}
	}
	// A "<product>maker" ("the carmaker", "the drugmaker") is a company
	// of that trade, which the resolver finds (its trade table, a few
	// sentences back) and links the description to: the nearest firm of
	// any trade would be Nvidia for "the carmaker said" after "Nvidia
	// shares jumped".
	if e-s == 2 && firmHeads[v.toks[e-1].low] && !kb.ProductMaker(v.toks[e-1].low) {
		// "the operator" or "the company" after a firm whose name does
		// not end in that word ("Northwind Ferries"): the nearest
		// organisation named in the last few sentences, not an outlet.
		for _, en := range v.entitiesBefore(at) {
			if at-en.Start > 600+v.longestEntity {
				break // every entity from here on ends over 600 bytes back
			}
			if en.End > at || en.Type != model.EntityOrg || v.outletName(en.Text) ||
				en.Sector != "" && en.Sector != "business" {
				continue // not the EU in "Meta was fined by the EU. The company said"
			}
			if at-en.End > 600 {
				break
			}
			return speakerOf(en)
		}
	}
	if e-s == 2 && bodyWords[v.toks[e-1].low] {
		// "The agency said" after "The World Food Programme delivered
		// food", "the group said" after "Hamas said": the body named
		// last in the sentences before, not a news medium or a
		// platform it spoke on.
		for ei, en := range v.entitiesBefore(at) {
			if at-en.Start > 600+v.longestEntity {
				break
			}
			if en.End > at || en.Type != model.EntityOrg || v.outletName(en.Text) || en.Sector == "media" || v.lx.medium[strings.ToLower(en.Text)] || v.ofObject(ei, s) || v.pressOf(ei) {
				continue
			}
			if at-en.End > 600 {
				break
			}
			return speakerOf(en)
		}
	}
	return nil
}

// bodyWords describe an organisation of any name, which a definite
// description points back to: "the agency", "the group", "the alliance".
var bodyWords = set("agency group organisation organization alliance bloc movement coalition")

// articleLed says a speaker's text is a description opened by an article
// ("A senior Kenyan official", "the official"), not a name.
func articleLed(text string) bool {
	w, _, _ := strings.Cut(text, " ")
	w = strings.ToLower(w)
	return w == "a" || w == "an" || w == "the"
}

// sameHead resolves a definite description with no name of its own ("the
// spokeswoman", "The embassy", "the ministry spokesman") to a speaker
// found shortly before whose words had the same head and every modifier
// of the description ("A ministry spokeswoman, He Yadong", "Japan's
// embassy in Manila"): the article introduced someone and now goes on
// about them. Only speakers of the last few quotes count, and only one
// whose text is a description too or who is a named person.
func (st *state) sameHead(s, e int) *model.Speaker {
	v := st.v
	if e-s < 2 || v.toks[s].low != "the" {
		return nil
	}
	head := v.toks[e-1].low
	at := int(v.toks[s].start)
	for k, n := len(st.speakers)-1, 0; k >= 0 && n < 8; k, n = k-1, n+1 {
		f := st.speakers[k]
		if f.tok >= len(v.toks) || at-int(v.toks[f.tok].end) > 1500 || f.sp == nil {
			continue
		}
		if int(v.toks[f.tok].start) >= at {
			continue
		}
		texts := []string{f.sp.Text}
		if b := f.tok - 1; b > 0 && v.toks[b].text == "," && v.toks[b-1].sent == v.toks[f.tok].sent {
			// "A ministry spokeswoman, Liu Mei, said": the description
			// the name stands in apposition to.
			if ds, de := v.npLeft(b-1, v.sentTok[v.toks[b].sent][0]); ds < de {
				texts = append(texts, v.textOf(ds, de))
			}
		}
		for _, text := range texts {
			if describes(text, head, v.toks[s+1:e-1]) {
				sp := *f.sp
				return &sp
			}
		}
	}
	return nil
}

// describes says a speaker's words have the head word head ("spokeswoman"
// in "A ministry spokeswoman", "embassy" in "Japan's embassy in Manila")
// and every modifier word of a description before it.
func describes(text, head string, mods []tok) bool {
	words := strings.Fields(strings.ToLower(text))
	h := len(words)
	for i, w := range words {
		if i > 0 && (prepositions[w] || w == ",") {
			h = i
			break
		}
	}
	if h == 0 || strings.TrimSuffix(strings.TrimSuffix(words[h-1], ","), "'s") != head {
		return false
	}
	have := map[string]bool{}
	for _, w := range words[:h] {
		have[normWord(w)] = true
	}
	for _, m := range mods {
		if !have[normWord(m.text)] {
			return false
		}
	}
	return true
}

// firmHeads are the descriptions of a business that may point back to a
// firm of any name.
var firmHeads = set("company firm operator carrier airline manufacturer maker carmaker automaker chipmaker retailer insurer lender")

// outletName says a name holds an outlet word ("Newsweek", "Korea Times").
func (v *view) outletName(name string) bool {
	for _, w := range strings.Fields(name) {
		if v.lx.outlet[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

func normWord(w string) string {
	return strings.ToLower(strings.ReplaceAll(w, ".", ""))
}

// resolvePronoun finds the antecedent of the pronoun at token i: the
// nearest preceding compatible subject (a speaker already found, or a
// named entity at the head of a clause).
func (st *state) resolvePronoun(i int) party {
	v := st.v
	// "One soldier was killed in the raid, he said": the words before a
	// trailing "he said" are what was said, and the person or body they
	// tell of is who it happened to, not who spoke; "he" goes back to an
	// earlier speaker. Only with none in reach do those words serve.
	if lo := v.sentTok[v.toks[i].sent][0]; i-1 > lo && v.toks[i].quote < 0 && v.toks[i-1].text == "," && v.toks[i-1].quote < 0 &&
		st.speechVerbAt(i+1, v.sentTok[v.toks[i].sent][1]) {
		if p := st.resolvePronounBefore(i, lo); p.sp != nil {
			return p
		}
	}
	return st.resolvePronounBefore(i, i)
}

// resolvePronounBefore resolves the pronoun at token i to an antecedent
// before token lim (lim <= i).
func (st *state) resolvePronounBefore(i, lim int) party {
	return st.resolveAs(i, lim, st.v.toks[i].low)
}

// resolveAs resolves the mention at token i as the pronoun low would be
// resolved there; low "one" asks for one person of either gender (see
// demonymPerson).
func (st *state) resolveAs(i, lim int, low string) party {
	v := st.v
	p := party{kind: kindPronoun, s: i, e: i + 1}
	var wantPerson, wantGroup bool
	var wrongGender string // the gender the pronoun rules out
	switch low {
	case "one":
		wantPerson = true
	case "he", "him", "his":
		wantPerson, wrongGender = true, model.GenderFemale
	case "she", "her":
		wantPerson, wrongGender = true, model.GenderMale
	case "they", "them", "it":
		wantGroup = true
	default:
		return p // I, we, you: the writer or an interviewee, not in the text
	}
	at := int(v.toks[lim].start)
	outside := v.toks[i].quote < 0
	bestPos := -1
	var best *model.Speaker
	// Speakers are remembered in text order, nearly: the latest hundred
	// hold the nearest antecedent, and a long interview does not make each
	// pronoun read them all.
	for k := len(st.speakers) - 1; k >= 0 && k >= len(st.speakers)-100; k-- {
		f := st.speakers[k]
		pos := int(v.toks[min(f.tok, len(v.toks)-1)].start)
		if pos >= at || pos <= bestPos {
			continue
		}
		// "he" and "she" stand for people: "Moldova said it would join
		// the grid. "...," he said" does not make Moldova "he", whatever
		// actor the country resolved to.
		if wantPerson && (f.sp.ActorID == "" && looksGroup(f.sp.Text) || v.bodySpeaker(f.sp)) {
			continue
		}
		if wrongGender != "" && st.actorGender(f.sp.ActorID) == wrongGender {
			continue
		}
		bestPos, best = pos, f.sp
	}
	// agree is the nearest person before the pronoun whose gender is known
	// and is the pronoun's, wherever it stands in its clause: when the
	// subjects in reach are all of the other gender ("Angela Merkel met
	// Joe Biden. "...," he said"), it is who "he" goes back to. A person
	// whose gender is not known is no such fallback.
	var agree *model.Entity
	// Entities in text order, from the nearest before the pronoun back to
	// 2,500 bytes before it.
	for ei, en := range v.entitiesBefore(at) {
		if at-en.Start > 2500 {
			break
		}
		if en.Start <= bestPos {
			continue
		}
		if en.Start < st.dateline {
			// "WASHINGTON (Reuters) - ... officials it accused of": the
			// dateline says where the story was filed and by whom; its
			// city and agency are no actor a pronoun can stand for.
			continue
		}
		// "The Dutch navy seized the vessel. It said": a body the tagger
		// marked by its common noun (a ROLE "navy" the resolver gave
		// NLD.MIL) is what "it" stands for; the nationality before it only
		// modifies it, and is passed over as the nearer subject is taken.
		// "where the two men discussed gas. He wrote": a role naming
		// several people ("the two men", "both leaders") is never "he"
		// or "she", whatever one of them it was linked to.
		ok := wantPerson && (en.Type == model.EntityPerson || en.Type == "ROLE" && len(en.ActorIDs) < 2 && !v.pluralEntity(en)) ||
			wantGroup && (en.Type == model.EntityOrg || en.Type == model.EntityGPE || en.Type == model.EntityNORP) ||
			(low == "they" || low == "them") && en.Type == "ROLE" && v.pluralEntity(en) ||
			low == "it" && en.Type == "ROLE" && orgHeads[strings.ToLower(lastWord(en.Text))] && !v.pluralEntity(en)
		// A role the resolver linked to a named person has that person's
		// gender: "Maria Kowalczyk, the finance minister," is not "he".
		g := cmp.Or(en.Gender, st.actorGender(en.ActorID))
		if ok && agree == nil && wrongGender != "" && g != "" && g != wrongGender && en.Start >= bestPos &&
			!(outside && v.toks[min(v.tokAt(en.Start), len(v.toks)-1)].quote >= 0) &&
			!(en.Type == "ROLE" && orgHeads[strings.ToLower(lastWord(en.Text))]) {
			agree = &v.a.Entities[ei]
		}
		// "was announced by a foreign ministry spokesman": the agent of a
		// passive did what its clause says, as a subject does, and is the
		// person "he" goes back to past the clause's grammatical subject.
		// The one an interview or a call was with answered in it, as a
		// subject does.
		if !ok || !v.subjectEntity(ei) && !(wantPerson && (v.passiveAgent(ei) || v.conversationPartner(ei))) || wrongGender != "" && g == wrongGender {
			continue
		}
		// A name inside a quotation is the speaker's words, not the
		// story's: in `"Soldiers of the KPA fired," said KCNA. "...," it
		// added` "it" goes back to KCNA, past the army it quoted.
		if outside && v.toks[min(v.tokAt(en.Start), len(v.toks)-1)].quote >= 0 {
			continue
		}
		if wrongGender != "" && roleGender[strings.ToLower(lastWord(en.Text))] == wrongGender {
			continue // "the minister's wife" is not "he"
		}
		// "he" and "she" are people, not a body: "the army had bombed the
		// village. "...," he said" goes back past the army.
		if wantPerson && en.Type == "ROLE" && orgHeads[strings.ToLower(lastWord(en.Text))] {
			continue
		}
		bestPos, best = en.Start, st.roleSpeaker(en)
	}
	if wantPerson {
		// "The mayor was furious. "...," she said.": a singular role
		// heading a recent clause, when nearer than any other antecedent.
		for k := lim - 1; k >= 0 && at-int(v.toks[k].start) < 400 && int(v.toks[k].start) > bestPos; k-- {
			t := v.toks[k]
			if t.quote >= 0 || !v.lx.role[t.low] || orgHeads[t.low] || t.pos == "NNS" || strings.HasSuffix(t.low, "s") || !v.subjectAt(k+1) ||
				wrongGender != "" && roleGender[t.low] == wrongGender {
				continue // not "his sister" for "he"
			}
			// "would buy 26 Rafale fighter jets": a role word that only
			// modifies the head of a longer role phrase ("fighter" of
			// "fighter jets", a tagger's "jets" read as a verb) heads no
			// clause; the phrase's head, after it, was passed over.
			if t.ent >= 0 && v.a.Entities[t.ent].End > int(t.end) {
				continue
			}
			if s, e := v.npLeft(k, v.sentTok[t.sent][0]); s < e && s < k {
				best = &model.Speaker{Text: v.textOf(s, e)}
				if t.ent >= 0 { // the resolver's actor for the role
					en := v.a.Entities[t.ent]
					best.ActorID, best.Country, best.Sector = en.ActorID, en.Country, en.Sector
				}
				bestPos = int(t.start)
			}
			break
		}
	}
	if best == nil && agree != nil && !st.agreeAmbiguous(*agree, at, wrongGender) {
		best = st.roleSpeaker(*agree)
	}
	if best == nil && wantPerson && !v.hasPersons {
		// No tagger ran: a proper name heading a clause stands in.
		for i2 := lim - 1; i2 >= 0 && at-int(v.toks[i2].start) < 2500; i2-- {
			if isProper(v.toks[i2]) && (i2+1 >= len(v.toks) || !isProper(v.toks[i2+1])) && v.subjectAt(i2+1) {
				// The tagger found no person, but a place or body it did
				// name is none: "Moldova and Romania signed a deal. "...,"
				// he said" has no antecedent in reach, and a pair ("X and
				// Y") is never "he" or "she".
				if v.nonPersonName(i2) {
					continue
				}
				s, e := v.npLeft(i2, v.sentTok[v.toks[i2].sent][0])
				if s < e && !v.coordinated(s, e) {
					best = &model.Speaker{Text: trimDet(v.textOf(s, e))}
				}
				break
			}
		}
	}
	if best == nil && low == "it" && v.toks[i].quote < 0 {
		// "The company reported a loss on Tuesday. It said sales had
		// fallen": with no name in reach, "it" is the body the sentence
		// before opens with by its common noun, as "its" is
		// (definiteSubject). Only that sentence's subject, and only
		// when "it" opens its own clause's subject, right before the verb.
		if si := int(v.toks[i].sent); si > 0 && st.speechVerbAt(i+1, v.sentTok[si][1]) {
			if sp, _ := st.definiteSubject(v.sentTok[si-1][0], v.sentTok[si-1][1], false); sp != nil {
				best = sp
			}
		}
	}
	if best == nil {
		return p
	}
	if wrongGender != "" && outside && st.soleAntecedent(best.ActorID, bestPos, at, wrongGender) {
		st.noteChainGender(best.ActorID, wrongGender)
	}
	c := *best
	p.kind = kindPerson
	if wantGroup {
		p.kind = kindOrg
	}
	p.sp = &c
	return p
}

// agreeAmbiguous says another person the pronoun may stand for is named in
// the sentence of agree, its fallback antecedent, before the pronoun at
// byte at: "Helena Varga met David Okoro and Peter Hale. "...," he said"
// may be either man, and one of unknown gender ("and Tomasz Nowak") may be
// "he" too.
func (st *state) agreeAmbiguous(agree model.Entity, at int, wrongGender string) bool {
	v := st.v
	for _, en := range v.a.Entities {
		if en.Sentence != agree.Sentence || en.Start >= at || en.Start == agree.Start {
			continue
		}
		if agree.ActorID != "" && en.ActorID == agree.ActorID {
			continue // the same person named again, or a role linked to them
		}
		if st.mayBeThePronoun(en, wrongGender) {
			return true
		}
	}
	return false
}

// soleAntecedent says person actor id, found at byte pos, is the only
// person the pronoun at byte at may stand for among those named from the
// start of pos's sentence: only then does the pronoun tell id's gender. In
// "Braun has worked with Kanye West and Kim Kardashian, whom Taylor Swift
// has had feuds with. He has denied ..." the nearest subject is taken for
// "He", but the others named make that a guess, and a guess taken for a
// gender would turn a later "she" away from Swift.
func (st *state) soleAntecedent(id string, pos, at int, wrongGender string) bool {
	v := st.v
	if id == "" {
		return false
	}
	si := v.sentenceOf(pos)
	if si < 0 || si >= len(v.a.Sentences) {
		return false
	}
	from := v.a.Sentences[si].Start
	for _, en := range v.a.Entities {
		if en.Start < from || en.Start >= at || en.ActorID == id || en.Type == "ROLE" && v.pluralEntity(en) {
			continue
		}
		if st.mayBeThePronoun(en, wrongGender) {
			return false
		}
	}
	return true
}

// mayBeThePronoun says entity en, named outside any quotation, is a person
// or a person's role whose gender (known, or unknown) does not rule it out
// as the antecedent of a pronoun of the other gender than wrongGender.
func (st *state) mayBeThePronoun(en model.Entity, wrongGender string) bool {
	v := st.v
	if en.Type != model.EntityPerson && en.Type != "ROLE" {
		return false
	}
	if en.Type == "ROLE" && orgHeads[strings.ToLower(lastWord(en.Text))] {
		return false
	}
	if k := v.tokAt(en.Start); k < len(v.toks) && v.toks[k].quote >= 0 {
		return false
	}
	return cmp.Or(en.Gender, st.actorGender(en.ActorID), roleGender[strings.ToLower(lastWord(en.Text))]) != wrongGender
}

// chainConflict marks a person actor both "he" and "she" went back to.
const chainConflict = "?"

// actorGender is the gender of person actor id: the article's (the
// resolver's, from a title or a given name), else the one an earlier
// pronoun gave it.
func (st *state) actorGender(id string) string {
	if id == "" {
		return ""
	}
	if g := st.v.gender[id]; g != "" {
		return g
	}
	if g := st.chainGender[id]; g != chainConflict {
		return g
	}
	return ""
}

// noteChainGender records that a pronoun ruling out wrongGender went back
// to person actor id, whose gender the article did not give.
func (st *state) noteChainGender(id, wrongGender string) {
	if id == "" || st.v.gender[id] != "" || !strings.HasPrefix(id, "person:") && !strings.HasPrefix(id, "doc:person:") {
		return
	}
	g := model.GenderMale
	if wrongGender == model.GenderMale {
		g = model.GenderFemale
	}
	if st.chainGender == nil {
		st.chainGender = map[string]string{}
	}
	switch st.chainGender[id] {
	case "":
		st.chainGender[id] = g
	case g, chainConflict:
	default:
		st.chainGender[id] = chainConflict
	}
}

// invertedSubject reads the clause lo..j before a participle's comma as an
// inverted closing attribution (`"...," said the minister, adding that
// ...`): past the quotation, a speech verb opens it and the speaker follows
// the verb, as "the minister said, adding that" has it before. It returns
// that speaker, whom the participle's report shares.
func (st *state) invertedSubject(lo, j int) (party, bool) {
	v := st.v
	k, quoted := lo, false
	for k < j && (v.toks[k].quote >= 0 || isPunct(v.toks[k]) || isQuoteMark(v.toks[k].text)) {
		quoted = quoted || v.toks[k].quote >= 0
		k++
	}
	// Only a quotation before the verb makes the clause an attribution:
	// a sentence opening with the verb is no inverted one.
	if !quoted || k >= j {
		return party{}, false
	}
	lemma, n := v.verbAt(k)
	if n == 0 || !invertible[lemma] {
		return party{}, false
	}
	s, e := v.npRight(k+n, j)
	if s >= e {
		return party{}, false
	}
	c := st.classify(s, e)
	if !(c.kind == kindPerson || c.kind == kindRole || c.kind == kindOrg || c.kind == kindName) {
		return party{}, false
	}
	return st.apposition(c, e, j), true
}

// objectBeforeComma says the phrase starting at s, right before the comma
// before the verb at vi, is the object of a verb or a preposition of the
// clause before, not a speaker set off by commas: "Doctors protested
// longer detention for migrants, warning that ...": the migrants warn
// nothing, the participle goes with the clause's subject; `"..." than the
// one signed in May, said Omar Khalil`: May says nothing, the speaker
// follows the verb.
func (v *view) objectBeforeComma(s, vi, lo int) bool {
	if s-1 < lo {
		return false
	}
	// The agent of a passive did the clause's act, and says the
	// participle's words too: "was welcomed by the opposition, saying".
	t := v.toks[s-1]
	return t.quote < 0 && t.low != "by" && (t.pos == "IN" || t.pos == "TO" || isVerb(t.pos))
}

// skipParenBack steps back over a short parenthesis ending at token j,
// right before a verb, to the phrase before it: "The World Health
// Organization (WHO) said", "Senator Ted Marsh (R-Texas) said", "Jonas
// Berg (pictured) said". The parenthesis glosses the subject; the subject
// is the phrase before it. It gives j itself when no such parenthesis ends
// there.
func (v *view) skipParenBack(j, lo int) int {
	if j <= lo || v.toks[j].text != ")" || v.toks[j].quote >= 0 {
		return j
	}
	for k := j - 1; k > lo && k >= j-8; k-- {
		t := v.toks[k]
		if t.quote >= 0 || t.text == ")" || isVerb(t.pos) && t.low != "pictured" && t.low != "left" && t.low != "right" {
			return j
		}
		if t.text == "(" {
			return k - 1
		}
	}
	return j
}

// closingAttribution finds who speaks in a closing attribution set off by
// commas right before the comma at j that a participle follows: "Inflation
// will fall, the governor said, adding that ...", "The talks failed, said
// Ana Ruiz, adding ...", "Prices rose, Ivan Petrov told reporters, adding
// ...". The participle goes on with the attribution's speaker, not with the
// subject of the reported clause that opens the sentence ("Inflation").
// The attribution is a speaker and a verb of speech with at most a short
// phrase of its own ("told reporters", "said on Tuesday"), and no other verb.
func (st *state) closingAttribution(lo, j int) (party, bool) {
	v := st.v
	c := j - 1
	for c > lo && c > j-12 && v.toks[c].text != "," {
		c--
	}
	if c <= lo || v.toks[c].text != "," || v.toks[c].quote >= 0 {
		return party{}, false
	}
	verb, n := -1, 0
	for k := c + 1; k < j; k++ {
		t := v.toks[k]
		if t.quote >= 0 || isQuoteMark(t.text) || isPunct(t) {
			return party{}, false
		}
		if lemma, m := v.verbAt(k); m > 0 && (invertible[lemma] || lemma == "tell") && verb < 0 && !v.passive(k) {
			verb, n = k, m
			k += m - 1
			continue
		}
		if isVerb(t.pos) || t.pos == "MD" {
			return party{}, false
		}
	}
	if verb < 0 {
		return party{}, false
	}
	p, ok := st.subjectPhrase(verb, n, c+1, j)
	if !ok || !(p.kind == kindPerson || p.kind == kindRole || p.kind == kindOrg || p.kind == kindName) {
		return party{}, false
	}
	return p, true
}

// unresolvedAddition says the participle of speech at vi (n words) goes on
// with a closing attribution whose subject p is a pronoun no antecedent
// was found for, after a quotation given no speaker: `"...," she said,
// adding that ...`. The pronoun stands right after the quotation's
// closing mark (and comma), its verb of speech after it (with a short
// phrase of its own: "told reporters", "said on Tuesday"), and a comma
// before the participle. Any other unresolved subject ("She said the
// talks failed, adding ...") reports nothing, as before: no quotation
// says its words were anyone's.
func (st *state) unresolvedAddition(p party, vi, n, lo int) bool {
	v := st.v
	if p.e != p.s+1 || p.s <= lo || vi-1 <= p.e || v.toks[vi-1].text != "," || v.toks[vi].pos != "VBG" && !strings.HasSuffix(v.toks[vi].low, "ing") {
		return false
	}
	if l := v.toks[p.s].low; l != "he" && l != "she" && l != "they" && l != "it" {
		return false
	}
	lemma, m := v.verbAt(p.e)
	if m == 0 || p.e+m > vi-1 || !invertible[lemma] && lemma != "tell" {
		return false
	}
	// "she told reporters, adding", "he said on Tuesday, adding", "she
	// said in a statement, noting": a short phrase of the attribution's
	// own, with no verb, may stand before the comma.
	if vi-1-(p.e+m) > 6 {
		return false
	}
	for k := p.e + m; k < vi-1; k++ {
		if t := v.toks[k]; t.quote >= 0 || isPunct(t) || isVerb(t.pos) || t.pos == "MD" {
			return false
		}
	}
	if l2, _ := v.verbAt(vi); !clauseLemmas[l2] {
		return false
	}
	// The quotation closes right before the pronoun.
	k := p.s - 1
	for k >= lo && v.toks[k].quote < 0 && (v.toks[k].text == "," || isQuoteMark(v.toks[k].text)) {
		k--
	}
	if k < lo || v.toks[k].quote < 0 {
		return false
	}
	at := v.spans[v.toks[k].quote].Start
	for j := len(st.out) - 1; j >= 0 && j >= len(st.out)-20; j-- {
		if f := st.out[j].q; f.Kind != model.QuoteIndirect && f.Start <= at+1 && f.End >= at && f.Speaker == nil {
			return true
		}
	}
	return false
}

// passiveAgent says entity ei is the agent of a passive verb: "was
// announced by a Moldovan foreign ministry spokesman", where "by" follows
// a past participle and only determiners and modifiers come between.
func (v *view) passiveAgent(ei int) bool {
	en := v.a.Entities[ei]
	a := v.tokAt(en.Start)
	if a >= len(v.toks) {
		return false
	}
	lo := v.sentTok[v.toks[a].sent][0]
	k := a - 1
	for k > lo && (v.toks[k].pos == "DT" || v.toks[k].pos == "JJ" || v.toks[k].pos == "PRP$" || v.toks[k].pos == "POS" || isNoun(v.toks[k].pos)) && v.toks[k].low != "by" {
		k--
	}
	if k <= lo || v.toks[k].low != "by" || v.toks[k].quote >= 0 {
		return false
	}
	k--
	if k > lo && v.toks[k].pos == "RB" {
		k-- // "was announced late by"
	}
	if v.toks[k].pos == "VBN" {
		return v.passiveClause(k, lo)
	}
	// "were approved on Tuesday by": a short phrase of time or place may
	// stand between the participle and its agent.
	for j := k; j > lo && j >= k-4; j-- {
		t := v.toks[j]
		if t.pos == "IN" && t.low != "by" {
			return j-1 >= lo && v.toks[j-1].pos == "VBN" && v.passiveClause(j-1, lo)
		}
		if !(t.pos == "DT" || t.pos == "CD" || t.pos == "JJ" || isNoun(t.pos)) {
			return false
		}
	}
	return false
}

// beforeWithoutGiving ends the report cs..ce before ", without giving
// details", ", without providing evidence", ", without saying when": the
// writer's remark on what the speaker left out, never the speaker's words.
//
// It also ends the report before a noun set in apposition to the whole
// clause and described by a relative clause or participle (", a move that
// analysts welcomed", ", a view shared by most economists"): the writer's
// comment on what was said.
func (v *view) beforeWithoutGiving(cs, ce int) int {
	for k := cs + 2; k+2 < ce; k++ {
		if v.toks[k].text != "," || v.toks[k].quote >= 0 {
			continue
		}
		if v.toks[k+1].low == "without" && v.toks[k+2].pos == "VBG" {
			if _, n := v.verbAt(k + 2); n > 0 || withholdingForms[v.toks[k+2].low] {
				return k
			}
		}
		if a := v.toks[k+1].low; (a == "a" || a == "an") && v.clauseComment(k+2, ce) {
			return k
		}
	}
	return ce
}

// clauseComment says the words from j to ce are a noun naming an act or a
// stance (commentNouns), adjectives before it, and a relative clause or a
// participle after it ("move that ...", "view shared by ..."), ending the
// sentence. Another noun there may restate the clause's last object ("a
// new law, a law that would protect miners"), which the speaker said.
func (v *view) clauseComment(j, ce int) bool {
	for j < ce && v.toks[j].pos == "JJ" {
		j++
	}
	if j+1 >= ce || v.toks[j].pos != "NN" || !commentNouns[v.toks[j].low] || v.toks[j].quote >= 0 {
		return false
	}
	n := v.toks[j+1]
	if n.quote >= 0 {
		return false
	}
	if n.low == "that" || n.low == "which" {
		return true
	}
	return n.pos == "VBN" && j+2 < ce && v.toks[j+2].low == "by"
}

// commentNouns name what a clause does or claims when a writer sets one
// after it: ", a move that", ", a view shared by", ", a claim denied by".
var commentNouns = set("move step decision view claim figure assessment estimate forecast position stance sign signal reversal setback")

// withholdingForms are the -ing forms that, after ", without", tell what a
// speaker did not give ("without giving details", "without elaborating").
var withholdingForms = set("giving providing offering citing specifying disclosing elaborating presenting producing naming identifying going")

// hypothetical says the verb at i follows a modal of possibility ("may",
// "might"), adverbs aside, or "could" right before a verb of opinion:
// "Others may argue", "Officials might announce", "One could say".
// "will" and "would" tell of a statement planned or reported ("will tell
// parliament", "said he would argue"), and "could" of what someone was
// able to say ("could only confirm that", "could confirm that two people
// died"), which stay reports.
func (v *view) hypothetical(i int) bool {
	j := i - 1
	lo := v.sentTok[v.toks[i].sent][0]
	for j >= lo && (v.toks[j].pos == "RB" || adverbs[v.toks[j].low]) && v.toks[j].low != "may" && v.toks[j].low != "might" {
		j--
	}
	if j < lo || v.toks[j].quote >= 0 {
		return false
	}
	switch v.toks[j].low {
	case "may", "might":
		return true
	}
	return v.toks[i-1].low == "could" && opinionForms[v.toks[i].low]
}

// opinionForms are the verbs of opinion that "could" before them makes a
// supposition ("one could argue that").
var opinionForms = set("argue say claim suggest contend")

// passiveClause says the participle at k heads a passive clause ("was
// announced", "had been approved"), whose agent did what it says; after a
// noun it only describes that noun ("a union led by Jorge Mamani"), and
// its agent is no subject a pronoun goes back to.
func (v *view) passiveClause(k, lo int) bool {
	j := k - 1
	for j > lo && (v.toks[j].pos == "RB" || adverbs[v.toks[j].low]) {
		j--
	}
	return j >= lo && beForms[v.toks[j].low]
}

// nonPersonName says token k lies in an entity the tagger typed as other
// than a person: a country, a body, a nationality, a place.
func (v *view) nonPersonName(k int) bool {
	t := v.toks[k]
	if t.ent < 0 {
		return false
	}
	ty := v.a.Entities[t.ent].Type
	return ty != model.EntityPerson && ty != "ROLE"
}

// coordinated says the noun phrase s..e joins two or more with "and" or
// "or" ("Moldova and Romania"), which a singular pronoun never stands for.
func (v *view) coordinated(s, e int) bool {
	for k := s; k < e; k++ {
		if v.toks[k].pos == "CC" && (v.toks[k].low == "and" || v.toks[k].low == "or") {
			return true
		}
	}
	return false
}

// roleGender is the gender a role word says its holder has, which rules
// out the other pronoun.
var roleGender = map[string]string{
	"mother": model.GenderFemale, "daughter": model.GenderFemale, "wife": model.GenderFemale, "woman": model.GenderFemale,
	"sister": model.GenderFemale, "queen": model.GenderFemale, "actress": model.GenderFemale, "spokeswoman": model.GenderFemale,
	"chairwoman": model.GenderFemale, "father": model.GenderMale, "son": model.GenderMale, "husband": model.GenderMale,
	"man": model.GenderMale, "brother": model.GenderMale, "king": model.GenderMale, "prince": model.GenderMale,
	"spokesman": model.GenderMale, "chairman": model.GenderMale,
}

func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// pluralEntity says the entity's last word is a plural noun ("Two Nigerian
// senators"), which "they" can stand for.
func (v *view) pluralEntity(en model.Entity) bool {
	b := v.tokAt(en.End - 1) // the token holding the entity's last byte
	if en.End <= 0 || b >= len(v.toks) {
		return false
	}
	pos := v.toks[b].pos
	return pos == "NNS" || pos == "NNPS" || pos == "NPS"
}

// roleSpeaker is the speaker a pronoun's antecedent entity stands for. A
// role the resolver linked to a named person ("Tomasz Nowak, Poland's
// deputy interior minister") is that person, by name; another role is its
// whole noun phrase ("Two Nigerian senators", not "senators").
func (st *state) roleSpeaker(en model.Entity) *model.Speaker {
	v := st.v
	if en.Type != "ROLE" {
		return speakerOf(en)
	}
	if strings.HasPrefix(en.ActorID, "person:") || strings.HasPrefix(en.ActorID, "doc:person:") {
		// The person's first named mention, from a map built once so a
		// long interview does not make each pronoun read the article.
		if st.named == nil {
			st.named = map[string]int{}
			for k, o := range v.a.Entities {
				if _, seen := st.named[o.ActorID]; o.Type == model.EntityPerson && o.ActorID != "" && !seen {
					st.named[o.ActorID] = k
				}
			}
		}
		if k, ok := st.named[en.ActorID]; ok {
			return speakerOf(v.a.Entities[k])
		}
		return speakerOf(en)
	}
	b := v.tokAt(en.End - 1)
	if en.End <= 0 || b >= len(v.toks) {
		return speakerOf(en)
	}
	sp := speakerOf(en)
	if s, e := v.npLeft(b, v.sentTok[v.toks[b].sent][0]); s < e && s <= v.tokAt(en.Start) {
		sp.Text = v.textOf(s, e)
	}
	return sp
}

// bodySpeaker says a speaker is a country, a body or a people rather than
// a person or a role naming one: an entity the tagger typed as a place,
// organisation or nationality, or a phrase whose head is a body's noun
// ("the interior ministry", "Kenya's government"). A person's actor, a
// person entity and a role ("the minister", "a spokesman for the army")
// are not.
func (v *view) bodySpeaker(sp *model.Speaker) bool {
	if strings.HasPrefix(sp.ActorID, "person:") || strings.HasPrefix(sp.ActorID, "doc:person:") {
		return false
	}
	low := strings.ToLower(strings.TrimSpace(sp.Text))
	for _, det := range []string{"the ", "a ", "an "} {
		low = strings.TrimPrefix(low, det)
	}
	if body, ok := v.bodyText[low]; ok {
		return body
	}
	// The head of the phrase is its last word before a preposition or
	// comma: "a spokesman for the ministry" is a person, "the ministry"
	// is not.
	words := strings.Fields(low)
	h := len(words)
	for i, w := range words {
		if i > 0 && prepositions[w] {
			h = i
			break
		}
		if strings.HasSuffix(w, ",") {
			h = i + 1
			break
		}
	}
	if h == 0 {
		return false
	}
	head := strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(words[h-1], ","), "'s"), "’s")
	return orgHeads[head]
}

func looksGroup(text string) bool {
	low := strings.ToLower(text)
	return strings.Contains(low, " and ") || strings.HasSuffix(low, "s") && !strings.Contains(low, " ")
}

// subjectEntity says entity ei stands where a subject stands: followed by a
// verb, or opening its sentence.
func (v *view) subjectEntity(ei int) bool {
	en := v.a.Entities[ei]
	a := v.tokAt(en.Start)
	b := v.tokAt(en.End)
	if a >= len(v.toks) {
		return false
	}
	for b < len(v.toks) && int(v.toks[b].start) < en.End {
		b++
	}
	if v.prepositionObject(a) {
		// "Prosecutors charged Daniel Osei, a former aide to Senator Mark
		// Ellison, with fraud": a name after a preposition is its
		// object, whatever follows it.
		return false
	}
	lo := v.sentTok[v.toks[a].sent][0]
	if c := v.frontedPhraseEnd(lo, v.sentTok[v.toks[a].sent][1]); c > a {
		// "After meeting Joe Biden, Keir Starmer flew home": a name in
		// the phrase fronted before the comma is no subject, whatever
		// follows it; the name opening the clause after the comma is,
		// even when the tagger reads its verb as a noun ("flew").
		return false
	} else if c >= 0 && v.titledNameAfter(c+1, a) &&
		b < len(v.toks) && v.toks[b].sent == v.toks[a].sent && v.toks[b].pos != "POS" && v.toks[b].pos != "CC" && v.toks[b].pos != "IN" {
		return true
	}
	if b < len(v.toks) && v.toks[b].sent == v.toks[a].sent {
		if isVerb(v.toks[b].pos) || v.toks[b].text == "," {
			return true
		}
		if v.toks[b].pos == "RB" && b+1 < len(v.toks) && isVerb(v.toks[b+1].pos) {
			return true
		}
	}
	for k := lo; k < a; k++ {
		t := v.toks[k]
		if !(t.pos == "CC" || t.pos == "RB" || isPunct(t) || isQuoteMark(t.text) || t.pos == "DT" || t.pos == "JJ" || isNoun(t.pos)) {
			return false
		}
	}
	return true
}

// prepositionObject says the phrase whose name starts at token a follows a
// preposition, past any title words before the name ("to Senator Mark
// Ellison", "for the mayor Peter Holm", "led by Jorge Mamani"); the agent
// of a passive clause is read apart (passiveAgent).
func (v *view) prepositionObject(a int) bool {
	k := a - 1
	lo := v.sentTok[v.toks[a].sent][0]
	for k >= lo && v.toks[k].quote < 0 && (isProper(v.toks[k]) || v.toks[k].pos == "DT" || v.toks[k].pos == "NN" || v.toks[k].pos == "JJ") {
		k--
	}
	if k < lo || v.toks[k].quote >= 0 {
		return false
	}
	t := v.toks[k]
	return (t.pos == "IN" || t.pos == "TO") && !subordinators[t.low] && t.low != "that"
}

// conduit finds the channel a quote went through in the frame lo..hi,
// skipping the speaker's own phrase: "told Newsweek", "in a statement",
// "according to KCNA's report", "in remarks to al-Ikhbariya television".
func (st *state) conduit(lo, hi int, sp party) *model.Speaker {
	v := st.v
	for i := lo; i < hi; i++ {
		t := v.toks[i]
		if t.quote >= 0 || i >= sp.s && i < sp.e && sp.e > sp.s {
			continue
		}
		if k := v.personRelativeEnd(i, hi); k > i {
			i = k - 1
			continue
		}
		// "confirmed to Reuters that", "explained to the BBC": a news
		// medium after the verb's "to" carried the words, as after "told".
		if _, n := v.verbAt(i); n > 0 && i+n+1 < hi && v.toks[i+n].low == "to" && !v.infinitive(i+n+1, hi) {
			if s, e := v.npRight(i+n+1, hi); s < e && !v.addressedPeople(s, e) {
				if c := st.classify(s, e); c.sp != nil && (c.kind == kindOutlet || c.kind == kindOrg && (v.outletNP(s, e) || c.sp.Sector == "media")) {
					return c.sp
				}
			}
		}
		switch t.low {
		case "told", "tell", "tells", "telling":
			if s, e := v.toldNP(i+1, hi); s < e {
				if a, m := v.peopleOutlet(s, e); a >= 0 {
					// "told Reuters reporters": the reporters are the
					// audience, Reuters carried the words on.
					end := m
					if l := v.toks[m-1].low; m > a+1 && (l == "'s" || l == "’s") {
						end-- // "the Kyiv Independent's correspondent"
					}
					if c := st.classify(a, end); c.sp != nil {
						return c.sp
					}
				}
				if v.addressedPeople(s, e) {
					// Reporters are the audience (audience); the occasion
					// they were told at is the channel: "told reporters
					// at a news conference".
					for k := s + 1; k+1 < e; k++ {
						if v.toks[k].low != "at" {
							continue
						}
						for m := k + 1; m < e; m++ {
							if v.lx.medium[v.toks[m].low] && !isProper(v.toks[m]) {
								if m+1 < e && v.lx.medium[v.toks[m+1].low] {
									m++ // "news conference"
								}
								return &model.Speaker{Text: v.textOf(k+1, m+1), Kind: model.ConduitChannel}
							}
						}
						break
					}
					continue
				}
				if c := st.classify(s, e); c.kind == kindOutlet {
					return c.sp
				}
				if sp := st.toldNewspaper(s, e); sp != nil {
					return sp
				}
				// "told a news conference", "told a regular briefing":
				// the occasion is the channel, not the place after it
				// ("a news conference in Nairobi").
				for m := s + 1; m < e && v.toks[s].pos == "DT"; m++ {
					if h := v.toks[m]; v.lx.medium[h.low] && !isProper(h) && (m+1 == e || v.toks[m+1].low == "in" || v.toks[m+1].low == "at" || v.toks[m+1].low == "on") {
						return &model.Speaker{Text: v.textOf(s, m+1), Kind: model.ConduitChannel}
					}
				}
			}
		case "in", "on", "via", "through":
			if t.low == "on" && v.onNoun(i) {
				continue // "the ban on TikTok": what the noun is about, no channel
			}
			if t.low == "via" || t.low == "through" {
				// "said via a spokesperson that", "through his lawyer":
				// the one who passed the words on is the channel; the
				// subject still speaks.
				if s, e := v.npRight(i+1, hi); s < e && (mouthpieces[v.toks[e-1].low] || counsel[v.toks[e-1].low]) && !isProper(v.toks[e-1]) {
					return &model.Speaker{Text: v.textOf(s, e)}
				}
			}
			if n := v.platformAt(i + 1); n > 0 && t.low != "in" {
				return &model.Speaker{Text: v.platformText(i+1, n)}
			}
			if t.low == "in" {
				if m := v.titledPublication(i+1, hi); m > 0 {
					return &model.Speaker{Text: t.low + v.textOf(i, m)[len(t.low):], Kind: model.ConduitChannel}
				}
			}
			k := i + 1
			for k < hi && k < i+4 && (v.toks[k].pos == "DT" || v.toks[k].pos == "PRP$" || v.toks[k].pos == "JJ" || v.toks[k].pos == "JJS" || v.toks[k].pos == "RB" && k > i+1 || isNoun(v.toks[k].pos) ||
				(v.toks[k].pos == "VBN" || v.toks[k].pos == "VBG") && k > i+1 && k+1 < hi && v.lx.medium[v.toks[k+1].low]) && !v.lx.medium[v.toks[k].low] { // "in a televised address"
				k++
			}
			if k >= hi || !v.lx.medium[v.toks[k].low] {
				continue
			}
			m := k
			if m+1 < hi && v.lx.medium[v.toks[m+1].low] && (isNoun(v.toks[m+1].pos) || m+2 < hi && (v.toks[m+2].low == "that" || isPunct(v.toks[m+2]))) {
				m++ // "press conference"; "video address that", which a tagger may read as a verb
			}
			if m+2 < hi && (v.toks[m+1].low == "with" || v.toks[m+1].low == "to") {
				if s, e := v.npRight(m+2, hi); s < e {
					// "in an interview with Kyodo", "in a statement to
					// Reuters": the outlet. A body a speech was made to
					// ("in a speech to parliament") is its audience and
					// the speech the channel.
					// A document is lodged or signed with a body, which
					// carries no words: "in a filing with the Securities
					// and Exchange Commission", "in a joint statement with
					// Japan" keep the document as the channel. An
					// interview is given to the one it is with.
					with := v.toks[m+1].low == "with" && (!v.lx.document[v.toks[m].low] || strings.HasPrefix(v.toks[m].low, "interview"))
					if c := st.classify(s, e); c.sp != nil && !v.addressedPeople(s, e) && (c.kind == kindOutlet || (c.kind == kindOrg || c.kind == kindName) && (with || v.outletNP(s, e))) {
						return c.sp
					}
				}
			}
			// "in remarks carried by state news agency IRNA", "in an
			// interview broadcast by CNN": the words were spoken on an
			// occasion and reached readers through the outlet that carried
			// them, which is the channel.
			by := -1
			if m+3 < hi && carriedBy[v.toks[m+1].low] {
				by = v.byAfter(m+2, hi)
			} else if m > k && m+2 < hi && carriedBy[v.toks[m].low] {
				by = v.byAfter(m+1, hi) // "interview broadcast", read as one medium
			}
			if by > 0 {
				if s, e := v.npRight(by+1, hi); s < e {
					// Whoever carried the words is the medium: a body the
					// tagger did not know for one ("the Andina agency")
					// too, but no person or role.
					if c := st.classify(s, e); c.sp != nil && (c.kind == kindOutlet || c.kind == kindOrg || c.kind == kindName) {
						return c.sp
					}
				}
			}
			// "in a video posted on Telegram", "in a statement shared on
			// X", "in a clip uploaded to YouTube": the platform the
			// document went out on carried the words to readers, as in
			// "in a post on Facebook" and "wrote on X"; the document is
			// only the form they took. A known platform only: "in a
			// letter sent to President Ruto" names the addressee.
			if p := m + 3; p < hi && issueVerbs[v.toks[m+1].low] && (v.toks[m+2].low == "on" || v.toks[m+2].low == "to") && v.toks[p].quote < 0 {
				if n := v.platformAt(p); n > 0 {
					return &model.Speaker{Text: v.platformText(p, n)}
				}
				if isProper(v.toks[p]) && v.lx.medium[v.toks[p].low] {
					return &model.Speaker{Text: v.toks[p].text}
				}
			}
			// "in a post on its official WeChat account": the platform
			// the speaker's own account is on is the channel, as below.
			if m+3 < hi && v.toks[m+1].low == "on" && v.toks[m+2].pos == "PRP$" && v.toks[m+2].quote < 0 {
				p := m + 3
				for p < hi && p < m+6 && v.toks[p].pos == "JJ" && !isProper(v.toks[p]) {
					p++
				}
				n := v.platformAt(p)
				if n == 0 && p < hi && isProper(v.toks[p]) && v.lx.medium[v.toks[p].low] {
					n = 1 // "Telegram", "WeChat", "Facebook"
				}
				if n > 0 && p+n < hi && siteHeads[v.toks[p+n].low] {
					return &model.Speaker{Text: v.platformText(p, n)}
				}
			}
			// "in a post on Facebook": the platform is the channel.
			if m+2 < hi && v.toks[m+1].low == "on" && isProper(v.toks[m+2]) && !calendarWords[v.toks[m+2].low] {
				if n := v.platformAt(m + 2); n > 0 {
					return &model.Speaker{Text: v.platformText(m+2, n)}
				}
				if s, e := v.npRight(m+2, hi); s < e {
					return &model.Speaker{Text: v.textOf(s, e)}
				}
			}
			if t.low == "on" && (isProper(v.toks[m]) || onAir[v.toks[m].low]) {
				if m+1 < hi && siteHeads[v.toks[m+1].low] && !isProper(v.toks[m+1]) && v.toks[m+1].quote < 0 {
					m++ // "on their Telegram channel", "on his Facebook page"
				}
				return &model.Speaker{Text: v.textOf(i+1, m+1)}
			}
			if t.low == "in" {
				// "In a statement, the ministry said": a fronted channel
				// is worded as one inside the clause ("in a statement"),
				// its capital only that of the sentence's first word.
				return &model.Speaker{Text: t.low + v.textOf(i, m+1)[len(t.low):], Kind: model.ConduitChannel}
			}
		case "at":
			// "said at his morning news conference that": an occasion
			// right after the speech verb is the channel, as "in a
			// statement" is; one further on may be in the report ("said
			// the attack came at a briefing").
			if _, n := v.verbAt(i - 1); i-1 >= lo && n == 1 && v.toks[i-1].quote < 0 {
				if c := v.occasionAt(i, hi); c != nil {
					return c
				}
			}
		case "speaking", "talking", "writing":
			// "Speaking to BBC Radio 4, she said": the medium spoken to.
			if i+2 < hi && v.toks[i+1].low == "at" {
				// "speaking at a news conference in Canberra": the
				// occasion is the channel, not the place after it.
				if c := v.occasionAt(i+1, hi); c != nil {
					return c
				}
			}
			if i+2 < hi && (v.toks[i+1].low == "to" || v.toks[i+1].low == "on" || v.toks[i+1].low == "with" || v.toks[i+1].low == "in") {
				if s, e := v.npRight(i+2, hi); s < e {
					prep := v.toks[i+1].low
					// "Speaking on state television", "speaking in a
					// radio interview": a medium described, not named,
					// is the occasion the words came in, worded with its
					// preposition; one spoken to ("Speaking to Reuters")
					// or named ("on CNN") carried them.
					if (prep == "on" || prep == "in") && v.describedMedium(s, e) {
						return &model.Speaker{Text: prep + " " + v.textOf(s, e), Kind: model.ConduitChannel}
					}
					if v.addressedPeople(s, e) {
						continue // "speaking to reporters": the audience
					}
					if c := st.classify(s, e); c.kind == kindOutlet || c.kind == kindOrg && v.outletNP(s, e) {
						return c.sp
					}
				}
			}
		case "according":
			if i+1 < hi && v.toks[i+1].low == "to" {
				if c := st.outletAt(i+2, hi); c != nil {
					return c
				}
			}
		case "cited", "quoted", "reported":
			// "KCNA quoted Kim as saying": the outlet before the verb.
			if k := asSayingAfter(v, i, hi); k > 0 && i > lo && !beForms[v.toks[i-1].low] {
				if s, e := v.npLeft(i-1, lo); s < e {
					if c := st.classify(s, e); c.kind == kindOutlet || c.kind == kindOrg {
						return c.sp
					}
				}
			}
			by := i + 1
			if k := asSayingAfter(v, i, hi); k == i+2 {
				by = k + 1 // "was quoted as saying by local media"
			}
			if by < hi && v.toks[by].low == "by" {
				if s, e := v.npRight(by+1, hi); s < e {
					if c := st.classify(s, e); c.kind == kindOutlet || c.kind == kindOrg {
						return c.sp
					}
				}
			}
		}
	}
	return nil
}

// personRelativeEnd returns where a relative clause on a person opened by
// "who" at i ends (its closing comma, or hi), or -1: "said Ana Ruiz, a
// geologist at the University of Lima who was not involved in the study",
// "Ruiz, who has worked on the project for a decade, said": what the
// clause tells is about the person, and a medium word in it ("the study",
// "the report") was no channel of the words. A clause of speech ("who
// spoke in an interview with Reuters") may name one and is read.
func (v *view) personRelativeEnd(i, hi int) int {
	switch v.toks[i].low {
	case "who", "whom", "whose":
	default:
		return -1
	}
	if v.toks[i].pos != "WP" && v.toks[i].pos != "WP$" {
		return -1
	}
	k := i + 1
	for ; k < hi && v.toks[k].text != "," && v.toks[k].quote < 0; k++ {
		if l, _ := v.verbAt(k); l != "" || spokeVerbs[v.toks[k].low] {
			return -1
		}
	}
	return k
}

// spokeVerbs tell that someone spoke or wrote somewhere without being
// speech verbs that report words: "who spoke in an interview with
// Reuters", "who wrote on X".
var spokeVerbs = set("speak speaks spoke spoken speaking talk talks talked talking write writes wrote written writing appeared posted tweeted")

// onNoun says whether the "on" at i completes the common noun before it
// ("a ban on TikTok", "restrictions on Telegram", "a crackdown on X"):
// the phrase says what the noun is about, so the network after it is
// reported on, not the channel the words went through. A word for what
// carries words ("a post on Facebook", "an interview on CNN"), a time
// ("said this week on X") or shared pictures ("posted a video on
// Instagram") leaves "on" naming where they appeared.
func (v *view) onNoun(i int) bool {
	if i == 0 {
		return false
	}
	p := v.toks[i-1]
	if p.pos != "NN" && p.pos != "NNS" || p.quote >= 0 {
		return false
	}
	return !v.lx.medium[p.low] && !v.lx.document[p.low] && !timeUnits[p.low] && !relativeDays[p.low] && !calendarWords[p.low] && !postedPictures[p.low] && !dayParts[p.low]
}

// postedPictures and dayParts are nouns "on <network>" follows as where
// they appeared or when: "shared photos on Instagram", "said this
// morning on CNN".
var (
	postedPictures = set("photo photos picture pictures image images footage clip clips photograph photographs livestream")
	dayParts       = set("morning afternoon evening night day")
)

// platforms are networks whose names are common words or a letter, so they
// count only as written: "wrote on X", "posted on Truth Social" (the
// one-word ones spelt unlike any common word are media words in
// data/sources.txt).
var platforms = [][]string{{"X"}, {"Truth", "Social"}, {"Threads"}}

// platformAt returns how many tokens from i spell a platform's name, or 0.
func (v *view) platformAt(i int) int {
	for _, p := range platforms {
		if i+len(p) > len(v.toks) {
			continue
		}
		ok := true
		for k, w := range p {
			t := v.toks[i+k]
			// "wrote on X." at the end of a sentence: the tokenizer
			// reads a lone capital and its period as an initial.
			ok = ok && (t.text == w || k == len(p)-1 && t.text == w+"." && v.lastOfSentence(i+k)) && t.quote < 0
		}
		// "X" must stand alone: not "X Corp" or "X-ray".
		if e := i + len(p); ok && (e >= len(v.toks) || !isProper(v.toks[e]) && v.toks[e].pos != "HYPH") {
			return len(p)
		}
	}
	return 0
}

// platformText is the name of the platform platformAt found at i, n
// tokens long, without the period of the sentence it ends ("on X.").
func (v *view) platformText(i, n int) string {
	return strings.TrimSuffix(v.textOf(i, i+n), ".")
}

// lastOfSentence says token i ends its sentence.
func (v *view) lastOfSentence(i int) bool {
	return i+1 >= len(v.toks) || v.toks[i+1].sent != v.toks[i].sent
}

// calendarWords name a day or month: "said in a statement on Tuesday" was
// on a date, not on a platform.
// timeTail gives where the words of time closing the phrase s..e start
// ("CNN Tuesday", "the Argus Leader Monday afternoon", "Reuters late"),
// or e when none do; the phrase keeps its first word. A word of a name
// ("Theresa May") is no time.
func (v *view) timeTail(s, e int) int {
	for e-1 > s {
		t := v.toks[e-1]
		w := t.low
		if t.ent >= 0 || t.quote >= 0 {
			break
		}
		switch {
		case dayParts[w] && w != "day" || relativeDays[w] || w == "late" || w == "early":
		case calendarWords[w] && t.text != w:
		case t.pos == "CD" && e-2 > s && calendarWords[v.toks[e-2].low]:
		default:
			return e
		}
		e--
	}
	return e
}

var calendarWords = set("monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december")

// clauseLemmas are the speech verbs whose report is the clause after them
// ("said the drills were ..."), not their whole predicate.
var clauseLemmas = set("say tell add state note warn insist argue explain announce declare stress emphasise claim confirm admit acknowledge suggest predict")

// channelOnly says tokens cs..ce are only the channel of a report: "in a
// statement carried by the Andina news agency", whose one verb is the
// participle saying who carried it, with nothing reported.
func (v *view) channelOnly(cs, ce int) bool {
	// "(the agency said) on Monday, in a confidential report seen by
	// Reuters": the day it was said, set off before the channel, is no
	// report either.
	if cs+3 < ce && v.toks[cs].low == "on" && calendarWords[v.toks[cs+1].low] && v.toks[cs+2].low == "," {
		cs += 3
	}
	if cs >= ce || v.toks[cs].low != "in" && v.toks[cs].low != "via" && v.toks[cs].low != "through" {
		return false
	}
	medium := false
	for k := cs; k < ce; k++ {
		t := v.toks[k]
		if t.quote >= 0 {
			return false
		}
		medium = medium || v.lx.medium[t.low]
		if isVerb(t.pos) && !(medium && (carriedBy[t.low] || seenBy[t.low] && k+1 < ce && v.toks[k+1].low == "by")) && !v.attributiveBeforeMedium(k, cs, ce) && !v.mediumParticiple(k, cs, ce) {
			return false
		}
	}
	return medium
}

// mediumParticiple says the verb form at k, right after a medium word,
// only tells when or where the medium appeared: "in a statement issued on
// Friday", "in a video posted late on Sunday", "in a decree signed
// Monday". Its past participle (which a tagger may read as a past tense)
// modifies the medium, and with nothing after it but a time, a place
// or a carrier it reports nothing; "in a statement issued as prices rose"
// has a clause after it and stays a report.
func (v *view) mediumParticiple(k, lo, hi int) bool {
	t := v.toks[k]
	if k <= lo || !v.lx.medium[v.toks[k-1].low] || t.pos != "VBN" && t.pos != "VBD" {
		return false
	}
	for j := k + 1; j < hi; j++ {
		if u := v.toks[j]; isVerb(u.pos) || u.quote >= 0 || u.pos == "WDT" || u.pos == "WP" || u.low == "that" || u.low == "as" || u.low == "after" || u.low == "while" || u.low == "because" {
			return false
		}
	}
	return true
}

// attributiveBeforeMedium says the verb form at k describes the medium word
// after it: "in a televised statement", "in a written statement", "in his
// recorded message". Between a determiner (or adjective) and the medium it
// is the noun's adjective, whatever tense a tagger gave it, and tells nothing.
func (v *view) attributiveBeforeMedium(k, lo, hi int) bool {
	if k <= lo || k+1 >= hi || !v.lx.medium[v.toks[k+1].low] {
		return false
	}
	switch v.toks[k-1].pos {
	case "DT", "PRP$", "JJ":
		return true
	}
	return false
}

// byAfter returns the index of "by" at token k, or after a date between
// ("published on Sunday by"), or -1.
func (v *view) byAfter(k, hi int) int {
	for j := k; j < hi && j <= k+3; j++ {
		t := v.toks[j]
		switch {
		case t.low == "by":
			return j
		case t.low == "on" || t.low == "late" || t.low == "early" || calendarWords[t.low] || relativeDays[t.low] || t.pos == "CD":
		default:
			return -1
		}
	}
	return -1
}

// carriedBy are the participles that say an outlet passed on what was
// said on an occasion: "remarks carried by", "an interview aired by".
var carriedBy = set("carried published broadcast aired reported released run relayed cited quoted")

// seenBy are the participles of an outlet's having seen a document it was
// not given for publication: "in a confidential report seen by Reuters",
// "in a letter reviewed by the newspaper".
var seenBy = set("seen obtained reviewed viewed")

// asSayingVerbs introduce "as saying" with the one quoted as object.
var asSayingVerbs = set("quoted cited reported quotes cites reports")

// asSayingAfter returns the index of "saying" in "quoted <NP> as saying"
// after the verb at i, or 0.
func asSayingAfter(v *view, i, hi int) int {
	// The one quoted may be a long phrase with a possessive: "a
	// spokesman for North Korea's foreign ministry" (an apostrophe-s or a
	// hyphen does not end it, other punctuation does).
	for k := i + 1; k+1 < hi && k <= i+12; k++ {
		if v.toks[k].low == "as" && v.toks[k+1].low == "saying" {
			return k + 1
		}
		if isPunct(v.toks[k]) && v.toks[k].pos != "POS" && v.toks[k].pos != "HYPH" || v.toks[k].quote >= 0 {
			return 0
		}
	}
	return 0
}

// describedMedium says the phrase s..e is a medium described in common
// words, no outlet or platform named in it: "state television", "national
// radio", "a radio interview", but not "CNN" or "Rossiya 1 television".
func (v *view) describedMedium(s, e int) bool {
	if !v.lx.medium[v.toks[e-1].low] {
		return false
	}
	for k := s; k < e; k++ {
		if isProper(v.toks[k]) || v.toks[k].ent >= 0 && v.a.Entities[v.toks[k].ent].Type != "ROLE" {
			return false
		}
	}
	return true
}

// onAir are the common media one speaks or writes "on" ("on social media",
// "on state television").
var onAir = set("media television tv radio podcast blog")

// outletAt reads the phrase at i as a conduit: an outlet, or a document
// and its owner ("the Korean Central News Agency's report").
func (st *state) outletAt(i, hi int) *model.Speaker {
	s, e := st.v.npRight(i, hi)
	if s >= e {
		return nil
	}
	v := st.v
	if e+2 < hi && carriedBy[v.toks[e].low] && v.toks[e+1].low == "by" {
		// "according to remarks carried by KCNA": the outlet that
		// carried the words.
		if o := st.outletAt(e+2, hi); o != nil {
			return o
		}
	}
	c := st.classify(s, e)
	switch c.kind {
	case kindOutlet:
		return c.sp
	case kindDocument:
		// "according to Al Jazeera's report": the outlet that owns the
		// document carried the words. An author that is a person or body
		// ("according to the transcript" of a president's remarks quoted
		// just before, "according to the ministry's statement") is who
		// speaks, never the channel of its own words: the document is.
		if c.owner != nil && c.owner.sp != nil {
			if speaks(*c.owner) {
				return asDocument(c.sp)
			}
			return c.owner.sp
		}
		// "according to a report by Al Jazeera", "... from Reuters": the
		// outlet that published the document is the channel, as for
		// "Al Jazeera's report" (and as indirect reads the phrase when
		// it opens the sentence).
		if e+1 < hi && (v.toks[e].low == "by" || v.toks[e].low == "from") {
			if s2, e2 := v.npRight(e+1, hi); s2 < e2 {
				if o := st.classify(s2, e2); o.kind == kindOutlet && o.sp != nil {
					return o.sp
				}
			}
		}
		return asDocument(c.sp)
	}
	return nil
}

// indirect finds reported speech in sentence si outside quotation marks.
func (st *state) indirect(si int) {
	v := st.v
	sentLo, sentHi := v.sentTok[si][0], v.sentTok[si][1]
	var sentConduit *model.Speaker
	covered := sentLo
	verbEnd := sentLo // tokens before it are words of a speech verb read already ("quoted as saying")
	first := len(st.out)
	for i := sentLo; i < sentHi; i++ {
		t := v.toks[i]
		if t.quote >= 0 || i < covered {
			continue
		}
		// The speaker, report and channel of a verb are read around it
		// (the whole sentence, for any sentence the nlp stage splits).
		lo, hi := v.sentenceWindow(si, i, i+1)
		if t.low == "according" && i+1 < hi && v.toks[i+1].low == "to" {
			s, e := v.npRight(i+2, hi)
			if s >= e {
				continue
			}
			c := st.classify(s, e)
			if c2, e2, ok := st.informedAfter(s, hi); ok {
				// "according to a person familiar with the matter"
				c, e = c2, e2
			} else if c.kind == kindNone {
				// "according to the coroner": whoever the phrase names is
				// a source, whatever the noun, unless it is a text or a
				// figure ("according to the data").
				c = st.commonSpeaker(c)
			}
			// "according to a statement from the coast guard": the body
			// the document came from speaks through it.
			var from *model.Speaker
			fromS := -1 // where the document's source starts, after "from"
			if c.kind == kindDocument && c.owner == nil && e+1 < hi && (v.toks[e].low == "from" || v.toks[e].low == "by") {
				if s2, e2 := v.npRight(e+1, hi); s2 < e2 {
					o := st.classify(s2, e2)
					switch {
					case o.sp != nil && (o.kind == kindPerson || o.kind == kindOrg || o.kind == kindRole || o.kind == kindName):
						from, c, e, fromS = asDocument(c.sp), o, e2, s2
					case o.kind == kindOutlet:
						// "according to a report from Reuters": the outlet
						// is the channel, as for "Reuters' report".
						c.owner, e = &o, e2
					}
				}
				// "according to a statement from Qatar's foreign ministry
				// cited by Al Jazeera": the outlet that carried the
				// body's document on is the channel, as in "according to
				// a statement carried by SANA".
				if from != nil && e+2 < hi && carriedBy[v.toks[e].low] && v.toks[e+1].low == "by" {
					if s2, e2 := v.npRight(e+2, hi); s2 < e2 {
						if o := st.classify(s2, e2); o.kind == kindOutlet || o.kind == kindOrg && (v.outletNP(s2, e2) || o.sp != nil && o.sp.Sector == "media") {
							from, e = o.sp, e2
						}
					}
				}
			}
			// "according to a statement posted on the ministry's
			// website": the owner of the site a document was posted to
			// speaks through it, as the body a statement came from
			// does (see postedDocument).
			if c.kind == kindDocument && c.owner == nil && from == nil && e+2 < hi && (issueVerbs[v.toks[e].low] || carriedBy[v.toks[e].low]) &&
				(v.toks[e+1].low == "on" || v.toks[e+1].low == "in") && v.toks[e].quote < 0 {
				if s2, e2 := v.npRight(e+2, hi); s2 < e2 {
					if d, ok := st.postedDocument(st.classify(s2, e2), s2, e2, s); ok && d.owner != nil && d.owner.sp != nil {
						switch d.owner.kind {
						case kindPerson, kindOrg, kindRole, kindName:
							from, c, e, fromS = asDocument(c.sp), *d.owner, e2, s2
						}
					}
				}
			}
			// "according to a notice, issued by the weather agency on
			// Friday, the storm ...": the participle set off by commas
			// says who put the document out, and that body speaks
			// through it, as without the commas.
			issuedAside := false
			if c.kind == kindDocument && c.owner == nil && from == nil && e+1 < hi && v.toks[e].text == "," && v.toks[e].quote < 0 {
				if k := v.participleAside(e+1, hi); k > e+1 {
					if d, ok := st.documentApposition(c, e+1, k-1); ok && d.owner != nil && d.owner.sp != nil {
						switch d.owner.kind {
						case kindPerson, kindOrg, kindRole, kindName:
							from, c, fromS = asDocument(c.sp), *d.owner, d.owner.s
							issuedAside = true
						}
					}
				}
			}
			// "According to a U.N. report released on Monday, ...",
			// "according to a notice issued by the weather agency, ...":
			// a participle right after the document says how it came
			// out (and, with "by", who put it out); the report starts
			// after the comma that ends it.
			if c.kind == kindDocument && from == nil && !issuedAside && e+1 < hi && v.toks[e].quote < 0 && (v.toks[e].pos == "VBN" || issueVerbs[v.toks[e].low]) {
				k := e + 1
				for k < hi && k < e+14 && v.toks[k].text != "," && v.toks[k].quote < 0 && !finiteVerb(v.toks[k]) {
					k++
				}
				if k < hi && v.toks[k].text == "," && st.onlyLead(lo, i) {
					if d, ok := st.documentApposition(c, e, k); ok {
						if c.owner == nil && d.owner != nil && d.owner.sp != nil {
							switch d.owner.kind {
							case kindPerson, kindOrg, kindRole, kindName:
								from, c, fromS = asDocument(c.sp), *d.owner, d.owner.s
							}
						}
						e, issuedAside = k, true
					}
				}
			}
			// "The statistics office released a survey on Tuesday.
			// According to the survey, ...": findings a body put out
			// just before are its report, as a statement is. These
			// words name people too ("opposition figures"), so they
			// carry words only here, where "according to the" and a
			// body that released them say they are a document.
			if c.sp == nil && c.kind == kindNone && e-s == 2 && definiteDocument[v.toks[s].low] && issuedFindings[v.toks[e-1].low] {
				if o := st.issuer(s, v.toks[e-1].low); o != nil {
					c = party{kind: kindDocument, sp: &model.Speaker{Text: v.textOf(s, e)}, s: s, e: e, owner: o}
				}
			}
			// "according to a Kenyan transport ministry statement",
			// "according to the ministry's statement": the owner speaks
			// through its document, as with "from".
			if from == nil && c.kind == kindDocument && c.owner != nil && c.owner.sp != nil {
				switch c.owner.kind {
				case kindPerson, kindOrg, kindRole, kindName:
					from, c = asDocument(c.sp), *c.owner
				}
			}
			// "according to a statement carried by SANA", "according to
			// remarks broadcast by state television": the outlet that
			// carried the words is the channel, as in "according to SANA".
			if (c.kind == kindDocument || c.kind == kindNone) && e+2 < hi && carriedBy[v.toks[e].low] && v.toks[e+1].low == "by" {
				if s2, e2 := v.npRight(e+2, hi); s2 < e2 {
					if o := st.classify(s2, e2); o.kind == kindOutlet || o.kind == kindOrg && (v.outletNP(s2, e2) || o.sp != nil && o.sp.Sector == "media") {
						o.kind = kindOutlet
						c, e = o, e2
					}
				}
			}
			// "According to the union's secretary, Joel Brand, ...": the
			// name in apposition is the speaker. The aside after a
			// document that named its issuer is no apposition.
			if c2 := st.apposition(c, e, hi); c2.e > e && !issuedAside {
				c, e = c2, c2.e
			}
			cs, ce := lo, i
			if e < hi && v.toks[e].text == "," && st.onlyLead(lo, i) {
				cs, ce = e+1, hi
				// "According to the report, published on Wednesday, the
				// economy shrank": a participle clause set off by commas
				// describes the document; the report is after it.
				if k := v.participleAside(cs, hi); k > cs {
					if c.kind == kindOutlet && from == nil && (v.toks[cs].low == "quoting" || v.toks[cs].low == "citing") {
						// "According to Yonhap, quoting KCNA, ...": the
						// outlet carries the words of the one it quotes.
						if s2, e2 := v.npRight(cs+1, k-1); s2 < e2 {
							o := st.classify(s2, e2)
							if o2, _, ok := st.informedAfter(s2, k); ok {
								o = o2 // "citing two people familiar with the matter"
							}
							if o.sp != nil && o.kind != kindDocument && o.kind != kindPronoun && o.kind != kindNone {
								if o.kind == kindOutlet {
									o.kind = kindOrg
								}
								from, c = c.sp, o
							}
						}
					}
					cs = k
				}
			}
			if cs == lo {
				cs = st.lastClauseAfterBreak(lo, ce)
			}
			if fromS > 0 && cs == lo && st.ownReportVia(first, lo, i, fromS, e, s) {
				// "Ruto said Kenya would ..., according to a statement
				// from his office": the speaker's own office put out his
				// words; it relays them (one quote, Ruto's), it does not
				// report them as its own.
				covered = max(covered, e)
				continue
			}
			switch c.kind {
			case kindPerson, kindOrg, kindRole, kindName:
				conduit := from
				if conduit == nil {
					conduit = st.conduit(lo, hi, c)
				}
				st.emitIndirect(cs, ce, c, conduit, -1)
				covered = max(covered, e)
			case kindOutlet, kindDocument:
				if c.kind == kindOutlet {
					sentConduit = c.sp
				} else if c.owner == nil {
					sentConduit = asDocument(c.sp) // "according to a letter"
				} else {
					sentConduit = c.owner.sp
				}
				// The clause's own subject speaks through the outlet when
				// it is a person or body and its verb one of speech
				// ("..., Kim called on ..."); in "According to the New
				// York Times, the senator plans to retire" the newspaper
				// reports what the senator plans.
				if cs > lo || !st.hasSpeechVerb(cs, ce) {
					n0 := len(st.out)
					if s2, e2 := v.npRight(cs, ce); s2 < e2 && e2 < ce && isVerb(v.toks[e2].pos) && st.speechVerbAt(e2, ce) {
						// "According to KCNA, Kim said the drills were ...":
						// a verb that reports a clause gives that clause
						// itself, read below with the outlet as channel; a
						// call or an accusation is the whole predicate.
						if lemma, _ := v.verbAt(e2); clauseLemmas[lemma] {
							covered = max(covered, e)
							continue
						}
						if c2 := st.classify(s2, e2); c2.sp != nil && c2.kind != kindDocument && c2.kind != kindOutlet {
							st.emitIndirect(cs, ce, c2, sentConduit, -1)
						}
					}
					// Otherwise the outlet reports it, as in "..., Reuters
					// reported": "The mine will close, according to Reuters".
					outlet := c
					if c.kind == kindDocument && c.owner != nil {
						outlet = *c.owner
					}
					if len(st.out) == n0 && (outlet.kind == kindOutlet || outlet.kind == kindDocument) && outlet.sp != nil && !st.hasSpeechVerb(cs, ce) && ce-cs >= 3 && st.hasVerb(cs, ce) {
						st.emitIndirect(cs, ce, outlet, nil, -1)
					}
					if len(st.out) > n0 && cs > i {
						covered = max(covered, ce)
					}
				}
				covered = max(covered, e)
			}
			continue
		}
		if p, cs, ok := st.pollFinding(i, lo, hi); ok {
			st.emitIndirect(cs, hi, p, nil, i)
			covered = max(covered, hi)
			continue
		}
		lemma, n := v.verbAt(i)
		if n == 0 || st.usedVerb[i] || v.passive(i) || v.negated(i) || i < verbEnd || v.askedWhether(i) {
			continue
		}
		if v.hypothetical(i) {
			// "Others may argue that ...", "Critics could say ...": words
			// someone might say are no one's words.
			continue
		}
		if lemma == "post" && i+n < hi && isNoun(v.toks[i+n].pos) && !isProper(v.toks[i+n]) && v.toks[i+n].quote < 0 {
			// "posted materials on the wall", "posted a video": a thing
			// put up is no report; "posted on X that" and "posted that"
			// are.
			continue
		}
		if lemma == "continue" && i+n < hi && v.toks[i+n].low == "to" {
			// "had continued to study the receptor": "continue" reports
			// words only on its own (`"...," she continued`).
			continue
		}
		verbEnd = i + n
		p, ok := st.sharedVerb[i]
		if !ok {
			p, ok = st.subject(i, n, lo, hi)
		}
		if ok && p.kind == kindNone {
			p = st.speakingNoun(p, lemma, i, lo)
		}
		if ok && p.kind == kindPronoun && p.sp == nil && st.unresolvedAddition(p, i, n, lo) {
			// `"...," she said, adding that talks would resume`, with no
			// one "she" can be: the added report is the same speaker's,
			// null as the quotation's is, not dropped.
			if st.nullReport == nil {
				st.nullReport = map[int]bool{}
			}
			st.nullReport[i] = true
		} else if !ok || p.sp == nil || p.kind == kindNone || p.kind == kindPronoun {
			continue
		}
		if p.s < i && p.s-1 >= lo && (v.toks[p.s-1].low == "if" || v.toks[p.s-1].low == "unless") && v.toks[p.s-1].quote < 0 {
			// "if they really believed that the economy would fail",
			// "unless the ministry says otherwise": a report inside a
			// condition is supposed, not made.
			continue
		}
		if p.kind == kindDocument && p.s < i && p.s-1 >= lo && v.toks[p.s-1].pos == "IN" && v.toks[p.s-1].quote < 0 {
			// "In a video posted on Telegram, Markov said ...": a
			// document after a preposition is no subject; the verb after
			// it is a participle describing it, and the sentence's own
			// verb reports, with the document as its channel.
			continue
		}
		if p.kind == kindDocument && p.e == i && p.s < i && issueVerbs[t.low] && i+1 < hi && (placeWords[v.toks[i+1].low] || v.toks[i+1].low == "online") {
			// "A statement posted on the ministry's website said ...": a
			// participle right after a document says where it came out,
			// and the sentence's own verb of speech after it reports
			// (see postedDocument). A document puts nothing out itself,
			// so with no such verb ("A video posted on Telegram showed
			// smoke") nothing is reported.
			continue
		}
		if b := min(p.s, i) - 1; b >= lo && (v.toks[b].low == "like" || v.toks[b].low == "as") && v.toks[b].quote < 0 {
			// "we had met like she said at Sandia View Academy", "as the
			// minister said last week, ...": a comparison, whose words
			// after the verb are not what was said.
			continue
		}
		c0 := i + n
		var issuedDoc *model.Speaker
		if lemma == "issue" {
			// "issued a statement that ...", "released a statement
			// saying ...": the issuer speaks through the document, which
			// is the conduit; any other object of issuing reports nothing.
			r, h := v.issuedDocumentReport(c0, hi)
			if r < 0 {
				continue
			}
			issuedDoc = &model.Speaker{Text: v.textOf(c0, h+1), Kind: model.ConduitDocument}
			c0 = r
		}
		if lemma == "ask" && (c0 >= hi || !askWords[v.toks[c0].low]) {
			// "asked whether the talks would resume" reports a question;
			// "asked parliament to approve", "asked not to be named" a
			// request, which says nothing.
			continue
		}
		if lemma == "tell" {
			if s, e := v.toldNP(c0, hi); s < e {
				c0 = e
				if c0+1 < hi && v.toks[c0].pos == "VBZ" && v.toks[c0+1].pos == "MD" && v.toks[c0].quote < 0 && strings.HasSuffix(v.toks[c0].low, "s") {
					// "told lawmakers in Lima rates/VBZ would rise": no
					// finite verb stands before a modal, so the word
					// after the addressee is the report's plural subject
					// a tagger misread, as the later checks must see it.
					v.toks[c0].pos = "NNS"
				}
			}
		}
		if lemma != "tell" && c0+1 < hi && v.toks[c0].low == "to" && v.toks[c0].quote < 0 {
			if e := v.receptionAfterTo(c0+1, hi); e > c0 {
				// "said to loud applause that", "said to laughter that":
				// a tagger reads the word after "to" as a verb, which
				// would make the phrase an infinitive.
				c0 = e
			}
		}
		if lemma != "tell" && c0+1 < hi && v.toks[c0].low == "to" && v.toks[c0].quote < 0 && !v.infinitive(c0+1, hi) {
			// "said to reporters the talks had stalled": a "to" and its
			// hearers right after the verb are the audience, as the
			// addressee of "told reporters" is, and the report starts
			// after them; with "that" after them the object loop below
			// does the same. A "to" phrase that names no hearers ("said
			// to cheers the city would rebuild", "to applause") is how
			// the words were met, no audience (hearersAfterTo), and
			// the report still starts after it when a clause, a subject
			// and its finite verb, follows.
			if s, e := v.toldNP(c0+1, hi); s < e && e < hi && v.toks[e].low != "that" && v.toks[e].quote < 0 && (st.hearersAfterTo(s, e) || v.subjectClauseAt(e, hi)) {
				c0 = e
			}
		}
		if !noObjectLemmas[lemma] && lemma != "tell" && v.thingRelative(c0, hi) {
			// "posted a video that showed the damage", "wrote a letter
			// that urged the board to resign": the object is a thing
			// put out and the clause after it describes the thing, not
			// words the subject reported.
			continue
		}
		if lemma == "claim" && v.deedClaimed(c0, hi) {
			// "claimed responsibility on Wednesday for blowing up a
			// pipeline", "claimed credit for the attack": owning a deed
			// reports no words; what follows is the deed.
			continue
		}
		if lemma == "deny" && n == 1 && v.gerundObject(c0, hi) {
			// "denied receiving bribes", "denied ever taking part": the
			// object is a deed the speaker rejects, as with "denied
			// wrongdoing", not words; reporting the gerund phrase would
			// put the deed in the denier's mouth as a claim. "denied that
			// troops had crossed" still reports the denied clause.
			continue
		}
		introduced := false // the report opens with "that" or an infinitive
		if lemma == "accuse" {
			// "accused China on Saturday of blocking a supply boat": the
			// charge is what is said, not the one charged; with no "of"
			// ("accused the government") nothing is reported. The "of"
			// is left out as "that" is: it ties the charge to the verb
			// and is no part of it ("sending migrants across the border").
			k := v.chargeAt(c0, hi, false)
			if k < 0 {
				// "accused the neighbouring state of politicising/NN
				// sport": after a common noun and "of" a tagger may read
				// the gerund as a noun ("state of emergency"); a noun
				// phrase after it is its object, and the charge reads as
				// it does after a name ("accused Rabat of politicising
				// sport"), so the later checks see it as the gerund it is.
				if k = v.chargeAt(c0, hi, true); k >= 0 {
					v.toks[k+1].pos = "VBG"
				}
			}
			if k < 0 || v.objectRelative(p.s, i) {
				continue
			}
			if k == c0 {
				// "expelled a Russian diplomat accused of spying, the
				// ministry said": "accuse" names the one charged before
				// "of"; with nobody between, the word is a participle on
				// the noun before it, whose bearer is charged and says
				// nothing, and the clause names no accuser.
				continue
			}
			c0, introduced = k+1, true
		}
		if lemma == "warn" {
			// "warned Ethiopia against deploying troops": the one warned
			// is the addressee, as in "told Ethiopia that", and the
			// warning is what follows; "against" stays in it, as "not"
			// stays before "urged ... not to", since without it the
			// report says the opposite.
			if k := v.warnedAgainst(c0, hi); k > c0 {
				c0, introduced = k, true
			}
		}
		// Skip a time or place phrase before the report: "reported Friday
		// local time that", "vowed on Wednesday to".
		// medium: a medium word was skipped, and the phrase may be longer.
		medium := false
		// asideComma: a comma closing a skipped time or medium phrase
		// ("said in a letter to staff, seen by Reuters, that").
		asideComma := -1
		// addressee: the last word read was the "to" of "a letter to".
		addressee := false
		// noReport: the words after the verb turned out to describe
		// the medium only (mediumRelativeEnd).
		noReport := false
		// occasion: the words open with a preposition, a phrase of place
		// or occasion that may be as long as a medium's ("told reporters
		// on the sidelines of an OPEC meeting in Vienna that").
		occasion := c0 < hi && v.toks[c0].pos == "IN" && v.toks[c0].low != "that" && v.toks[c0].quote < 0
		for k := c0; !introduced && k < hi && (k < c0+9 || (medium || occasion) && k < c0+13); k++ { // "said in an interview with the Houston Chronicle that"
			tk := v.toks[k]
			if tk.text == "," && k > c0 && tk.quote < 0 {
				asideComma = k
			}
			medium = medium || v.lx.medium[tk.low]
			if tk.low == "to" && k > c0 && audienceLetters[v.toks[k-1].low] {
				addressee = true
				continue // "said in a speech to the National Congress that": whom it was made to
			}
			if addressee && tk.quote < 0 && !isPunct(tk) && tk.low != "that" && !isProper(tk) && v.toks[k-1].low == "to" {
				// "said in a memo to staff, seen by Reuters, that": the
				// word after "a letter to" opens the addressee, a noun
				// phrase whatever a tagger made of it (staff/VB), never
				// an infinitive or a verb ending the phrase.
				addressee = false
				continue
			}
			addressee = false
			if tk.low == "to" && k > c0 && !v.infinitive(k+1, hi) {
				// "pledged 4 million dollars in aid to the Philippines",
				// "said the gaps over an end to the fighting remained":
				// a preposition inside an object or a subject, which
				// opens no report.
				continue
			}
			if tk.low == "to" && k > c0 && noObjectLemmas[lemma] && v.subjectInfinitive(k, hi) {
				// "said the plan to raise taxes would fail": "say" takes
				// no object whose infinitive it reports ("urged the
				// army to withdraw"); a noun's infinitive with a finite
				// verb after it is the reported clause's subject.
				continue
			}
			if tk.low == "to" && k > c0 && noObjectLemmas[lemma] && (v.toks[c0].pos == "DT" || v.toks[c0].pos == "PRP$") && v.threatenedThing(c0, k) {
				// "explained his decision to rest the captain", "stressed
				// the need to cut costs": these verbs take no object
				// before an infinitive, so a determined noun before "to"
				// is their object and the infinitive belongs to the noun,
				// as "announced a timetable to" below; with a finite verb
				// after it, the noun was the report's subject (above).
				continue
			}
			if tk.low == "to" && k > c0 && commitLemmas[lemma] && v.countedObject(c0, k) {
				// "pledged 300 troops to help secure the border": what
				// is pledged is the troops, a thing given, and the
				// infinitive its purpose (see clauseStart); "pledged to
				// send 300 troops" is still the report.
				continue
			}
			if tk.low == "to" && k > c0 && lemma == "announce" && v.threatenedThing(c0, k) {
				// "announced a timetable to hand power back to civilians",
				// "announced new funding to rebuild schools": what is
				// announced is the thing, and the infinitive its purpose,
				// an act reported, not words; "announced that it would"
				// and "announced it would" are still speech.
				continue
			}
			if tk.low == "to" && k > c0 && lemma == "threaten" && v.threatenedThing(c0, k) {
				// "threatened military action to stop Iran from ...": the
				// threat is of the thing, and the infinitive its purpose,
				// as with "pledged 300 troops to"; "threatened to impose
				// tariffs" is still the report.
				continue
			}
			if tk.low == "that" && k > c0 && noObjectLemmas[lemma] && v.finiteAfter(v.thingRelativeVerb(c0, hi), hi) {
				// "said a report that was published on Monday showed
				// growth": the "that" is a relative pronoun inside the
				// report's subject, whose own verb comes after the
				// relative clause's, and the report opens at the verb.
				break
			}
			if tk.low == "that" && k > c0 && v.lx.medium[v.toks[k-1].low] {
				if k2 := v.mediumRelativeEnd(k, hi); k2 > k {
					// "said in a statement that was posted on Monday that
					// exports rose": the first "that" opens a passive
					// relative clause on the medium, saying where or when
					// it came out; the report opens at the second.
					c0, introduced = k2+1, true
					break
				} else if k2 == k {
					// "said in a statement that was posted on Monday.":
					// the clause is all there is, and no words are
					// reported.
					noReport = true
					break
				}
			}
			if tk.low == "that" && (k == c0 || !medium && v.toks[k-1].pos != "NN" && v.toks[k-1].pos != "NNS" || v.lx.medium[v.toks[k-1].low] && v.copulaNoun(k)) && v.demonstrativeThat(k, hi) {
				// "said that was a mistake", "adding that would be
				// unfair": a "that" with an auxiliary or a modal at once
				// after it is the reported clause's subject, a pronoun
				// standing for something said before, and the report
				// keeps it; a "that" opening a report has its own
				// subject after it. After a noun or a medium word it
				// is a relative pronoun ("said in an interview that
				// would air on Sunday"), unless a copula and a noun
				// phrase or a wh-word follow ("said in an interview that
				// was a mistake"), which no relative clause on the
				// medium says.
				c0, introduced = k, true
				break
			}
			if tk.low == "that" || tk.low == "to" && k > c0 {
				if tk.low == "to" && lemma == "call" && v.toks[c0-1].low == "for" && v.toks[c0].quote < 0 {
					// "calling for those responsible to be brought to
					// justice": after "call for" the noun phrase is the
					// infinitive's subject, what is called for, no
					// addressee as after "call on"; the report keeps it.
					introduced = true
					break
				}
				if tk.low == "that" {
					k++
				} else if neg := v.toks[k-1].low; neg == "not" || neg == "never" {
					// "urged the president not to sign the bill": the
					// negation before the infinitive is what was asked,
					// and without it the report says the opposite.
					k--
				}
				c0, introduced = k, true
				break
			}
			// "in a televised address", "in a prepared statement": a
			// participle before a medium word is its adjective.
			participle := (tk.pos == "VBN" || tk.pos == "VBG") && k+1 < hi && v.lx.medium[v.toks[k+1].low] && k > c0 && (v.toks[k-1].pos == "DT" || v.toks[k-1].pos == "PRP$" || v.toks[k-1].pos == "JJ")
			// "in a statement posted on Telegram that", "in a video
			// released by his office that": a participle after the
			// medium word says where it appeared.
			// A tagger may read such a participle as a past tense ("in a
			// video posted/VBD on Instagram that"); a verb of putting out
			// right after the medium word is no verb the medium did.
			participle = participle || (tk.pos == "VBN" || tk.pos == "VBD" && issueVerbs[tk.low]) && k > c0 && v.lx.medium[v.toks[k-1].low]
			// "in an interview with El Comercio published on Sunday
			// that": further on, an outlet carrying the words.
			participle = participle || medium && carriedBy[tk.low] && v.byAfter(k+1, hi) >= 0 ||
				medium && carriedBy[tk.low] && k+1 < hi && v.toks[k+1].low == "on"
			// "urged Sudan's army and the Rapid Support Forces to": a
			// possessive or a conjunction inside the addressee.
			// "urged both parties to": "both" opening the object is its
			// determiner, whatever the tagger made of it.
			inObject := k > c0 && (tk.pos == "POS" || tk.pos == "CC" && (tk.low == "and" || tk.low == "both")) || k == c0 && tk.low == "both"
			// "promised working people that", "told striking workers
			// that": a participle before the noun it describes, first in
			// the object (not "a statement announcing plans that").
			inObject = inObject || tk.pos == "VBG" && k+1 < hi && isNoun(v.toks[k+1].pos) && !isProper(v.toks[k+1]) &&
				(k == c0 || v.toks[k-1].pos == "DT" || v.toks[k-1].pos == "PRP$" || v.toks[k-1].pos == "JJ")
			// "He urged allies to deliver": a plural noun opening the
			// object, tagged as a present verb (allies/VBZ), which cannot
			// follow the speech verb as a verb of its own when an
			// infinitive comes right after it.
			inObject = inObject || k == c0 && (tk.pos == "VBZ" || tk.pos == "VBP") && strings.HasSuffix(tk.low, "s") && tk.text == tk.low &&
				k+2 < hi && v.toks[k+1].low == "to" && v.infinitive(k+2, hi)
			// "explained to reporters that", "admitted to parliament
			// that": a "to" right after the verb with no infinitive after
			// it names whom the words were said to (the audience), as
			// "told reporters" does; the report is after it.
			inObject = inObject || k == c0 && tk.low == "to" && tk.quote < 0 && !v.infinitive(k+1, hi)
			if !(tk.pos == "IN" || tk.pos == "DT" || tk.pos == "PRP$" || tk.pos == "CD" || tk.pos == "JJ" || tk.pos == "JJS" || isNoun(tk.pos) || tk.pos == "RB" || v.lx.medium[tk.low] || participle || inObject) || tk.quote >= 0 { // "in a filing", which a tagger may read as a verb; "in his nightly address"
				break
			}
		}
		if noReport {
			continue
		}
		c0 = v.skipWhen(c0, hi)
		aside := c0
		if !introduced && asideComma >= 0 {
			// "said in a letter to staff, seen by Reuters, that", "said
			// on Tuesday, citing intelligence reports, that": the aside
			// follows the time or medium phrase, not the verb.
			aside = asideComma
		}
		if !introduced && aside < hi && v.toks[aside].text == "," && v.toks[aside].quote < 0 {
			// "said, citing intelligence reports, that ...": a phrase set
			// off by commas between the verb and its "that".
			for k := aside + 1; k+1 < hi && k <= aside+10; k++ {
				if v.toks[k].quote >= 0 || v.toks[k].text == ";" || v.toks[k].text == ":" {
					break
				}
				if v.toks[k].text == "," {
					if v.toks[k+1].low == "that" && k > aside+1 {
						c0, introduced = k+2, true
					}
					break
				}
			}
		}
		ce := hi
		until := hi // where this verb's clause ends: another speaker's report begins
		for ce > c0 && (isPunct(v.toks[ce-1]) || isQuoteMark(v.toks[ce-1].text)) && !v.closesParen(c0, ce-1) {
			ce--
		}
		if c0+1 < ce && (v.toks[c0].low == "but" || v.toks[c0].low == "and") && finiteVerb(v.toks[c0+1]) && v.toks[c0].quote < 0 {
			// "denied the allegations but summoned the Polish
			// ambassador": the verb's object was a noun phrase, read
			// past above, and what follows the conjunction is the
			// speaker's next act, no reported speech; a verb of speech
			// there ("but said it would ...") reports on its own, with
			// this verb's subject.
			if st.sharedVerb == nil {
				st.sharedVerb = map[int]party{}
			}
			st.sharedVerb[c0+1] = p
			continue
		}
		relEnd := v.relativeEnd(i, c0, ce)
		if relEnd < 0 {
			relEnd = v.bareRelativeEnd(i, c0, ce)
		}
		for k := c0; k < ce; k++ {
			if (v.toks[k].text == ":" || v.toks[k].text == ";") && !v.clockColon(k) {
				ce = k // the report ends where a quotation is introduced
				break
			}
			if k == relEnd {
				ce = k // "Quispe, who denied any wrongdoing, was not present": the relative clause ends the report
				break
			}
			if v.toks[k].text == "," && k+2 < ce && v.toks[k+1].low == "according" && v.toks[k+2].low == "to" && v.toks[k+1].quote < 0 {
				// "vowed to cut the deficit, according to a statement
				// sent to lenders": the source, read as the channel, is
				// no part of what was said.
				ce = k
				break
			}
			if v.toks[k].text == "," && k > c0 && v.toks[k].quote < 0 && v.writersComment(k+1, ce) {
				// "said its forces had taken the village, a claim that
				// could not be independently verified", "..., a claim
				// Hamas denied": the writer's comment on the report is no
				// part of it, nor a closing attribution, and its verb
				// ("denied") reports nothing of its own.
				for j := k + 1; j < hi && v.toks[j].text != "," && v.toks[j].text != ";"; j++ {
					if _, n := v.verbAt(j); n > 0 {
						st.usedVerb[j] = true
					}
				}
				ce = k
				break
			}
			if v.toks[k].text == "," && k+1 < ce && strings.HasSuffix(v.toks[k+1].low, "ing") && v.toks[k+1].quote < 0 {
				if _, n := v.verbAt(k + 1); n > 0 {
					// "..., adding that schools would reopen": a second
					// report of the same speaker, read on its own.
					ce = k
					break
				}
			}
			if j := v.closedByComma(k, ce); j > 0 && strings.HasSuffix(v.toks[j].low, "ing") {
				if _, n := v.verbAt(j); n > 0 {
					// `... and "we will not revive it," adding that`:
					// the comma inside the closing mark ends the report
					// as one outside it does.
					ce = j
					break
				}
			}
			if k > c0 && v.otherReport(c0, k, ce, clauseOnlyLemmas[lemma]) {
				until = k
				// "every claim would be assessed, with the Guardian
				// reporting that ...", "urged him to leave, but he
				// replied ...": someone else's report begins, no part of
				// this one.
				ce = k
				break
			}
			if j := v.secondReport(k, ce); k > c0 && j > 0 {
				// "denied the accusation and said it would respond",
				// "said it was monitoring the drills and warned
				// against ...": the speaker's next act of speech, with
				// its own report, is no part of this one, and its
				// subject is this one's (not the reported clause's).
				ce = k
				if st.sharedVerb == nil {
					st.sharedVerb = map[int]party{}
				}
				st.sharedVerb[j] = p
				break
			}
			if k > c0 && v.appealAfterState(c0, k, ce) > 0 {
				// "said the vote was free and fair but urged both sides
				// to accept the result": the speaker's appeal is no part
				// of the report. It is not read as a second report
				// either, as appealAfterPassive's "and called on her
				// supporters to stay calm" is not.
				ce = k
				break
			}
			if k > c0 && (v.coordinatedAct(i, c0, k, ce) || v.gerundReportAct(c0, k, ce) || v.appealAfterPassive(c0, k, ce) || v.contrastAct(k, ce) || st.narratorClause(c0, k, ce)) {
				// "said India would buy 26 jets and invited French
				// companies ...": the speaker's next act; "said the
				// arrests were unlawful, but the president did not
				// address ...": a clause of the writer's about someone
				// else. Neither is part of what was said.
				ce = k
				break
			}
		}
		// "North Korea fired a missile, South Korea's military said,
		// hours after ...": a closing attribution set off by commas in
		// the middle of its sentence, the report before it.
		midTrail := false
		if introduced && c0+1 < hi && v.toks[c0].text == "," && v.toks[c0].quote < 0 && !isQuoteMark(v.toks[c0+1].text) {
			c0++ // "said that, as the parents came from India, they ...": a clause set off inside the report
		}
		if c0 < hi && (isQuoteMark(v.toks[c0].text) || v.toks[c0].text == "," || v.toks[c0].text == ":") {
			if introduced {
				continue
			}
			if v.toks[c0].text != "," || p.s >= i || v.toks[c0].quote >= 0 {
				continue // `said, "...`: a direct quote, attributed elsewhere
			}
			if k := c0 + 1; k < hi && isQuoteMark(v.toks[k].text) {
				continue
			}
			midTrail = true
		}
		// "Kim said the test was a success, KCNA reported.": the outlet's
		// closing attribution is the channel, not part of the report.
		// A "that" report that nested() reads again under a closing
		// attribution: "said that", "told X that", "pledged that".
		nestable := introduced && c0 > 0 && v.toks[c0-1].low == "that" && (lemma == "say" || lemma == "tell" || i+n < hi && v.toks[i+n].low == "that")
		var trailer *model.Speaker
		trailerVerb := -1 // the closing attribution's verb, used once this report is emitted
		spokenFor := false
		reportedWhole := false // a closing attribution of another speaker reports the whole clause
		for k := c0; k < ce; k++ {
			if v.toks[k].text != "," || v.toks[k].quote >= 0 {
				continue
			}
			if s2, e2 := v.npRight(k+1, ce); s2 < e2 && e2 < ce {
				if _, n2 := v.verbAt(e2); n2 > 0 && (e2+n2 == ce || st.attributionTail(e2+n2, ce)) {
					if c2 := st.classify(s2, e2); c2.kind == kindOutlet {
						trailer, ce, trailerVerb = c2.sp, k, e2
					} else if speaksForCountry(p, c2) {
						// "Russia claimed to have shot down 20 drones, the
						// defence ministry said": a country's claim is made
						// by one of its bodies, and the closing attribution
						// names it; the clause is that body's one report
						// (read at its own verb), not a second by the
						// country.
						spokenFor, ce = true, k
						// Nor is it read again as nested in the body's
						// report: the country's verb is the body's words.
						st.usedVerb[i] = true
						if unplacedBody(c2) {
							if st.bodyOf == nil {
								st.bodyOf = map[int]*model.Speaker{}
							}
							st.bodyOf[e2] = p.sp
						}
					} else if p.kind == kindRole && v.spokespersonOfBody(p, c2) {
						// "Togo's government welcomed the decision and urged
						// Benin to respect it, a spokesman said": the body's
						// call is its spokesman's one report, read whole at
						// the spokesman's verb, and the spokesman speaks as
						// the body (TGO.GOV), not as the last body named.
						reportedWhole, ce, until = true, k, k
						if p.sp != nil && (p.sp.ActorID != "" || len(p.sp.ActorIDs) > 0) {
							if st.voiceOf == nil {
								st.voiceOf = map[int]*model.Speaker{}
							}
							st.voiceOf[e2] = p.sp
						}
					} else if c2.sp != nil && (p.kind == kindPerson || p.kind == kindRole && !orgHeads[v.phraseHead(p.s, p.e)] || p.kind == kindName && mouthpieces[strings.ToLower(lastWord(c2.sp.Text))]) && (c2.kind == kindOrg || c2.kind == kindRole) && !st.toldOutlet(e2, n2, ce) &&
						(!nestable || v.ownVoice(p, s2, e2)) {
						// "The minister told his counterpart that Ankara
						// opposed it, the ministry said": the body that
						// reports the exchange is the channel. So is a
						// mouthpiece after a name no tagger typed
						// ("Guterres urged ..., his spokesman said"): a
						// spokesman speaks for a person. A body's act ("The
						// court rejected claims that ..., the election
						// commission said") is no words the closing body
						// relays: it reports the whole clause (below), and
						// the body's own report is nested in it. Nor is a
						// person's "that" report closed by a body other
						// than the person's own ("Kenya's president
						// pledged that ..., the interior ministry said"):
						// the body reports the pledge, as officials report
						// France's promise, and the pledge nests in it.
						trailer, ce, trailerVerb = c2.sp, k, e2
					} else if c2.sp != nil && c2.kind != kindNone && c2.kind != kindPronoun {
						// "The United States urged Mali to cooperate with
						// the mission, a State Department spokesman said.":
						// a closing attribution that ends the sentence is
						// never part of the report before it; its verb,
						// left unread, reports the whole clause. The
						// channel it names ("..., a local official told
						// Reuters") is its speaker's, not this report's.
						// The urging is then what the spokesman said, not
						// a second quote of the United States' own: one
						// act of speech, reported once.
						reportedWhole, ce, until = true, k, k
					}
				}
			}
		}
		if spokenFor || reportedWhole {
			continue
		}
		cs := c0
		if p.s >= c0 && i-1 > lo && v.toks[i-1].text == "," {
			// "The shipment was delayed, said a Turkish official who ...":
			// the subject follows the verb and the report precedes it.
			cs, ce = lo, i-1
		}
		// "described the talks as "positive"": the object and what it is
		// called are the report, with no verb of their own.
		characterised := lemma == "describe" && st.hasWord(cs, ce, "as") || lemma == "characterise"
		if characterised && !v.holdsQuotation(cs, ce) {
			// "France described the veto as a betrayal": with no words
			// of the speaker's marked, a characterisation is the
			// reporter's label for the object, and "the veto as a
			// betrayal" is no clause anyone said. Marked words ("as a
			// "vital" step") are the speaker's own and are kept, object
			// and all, as their context.
			continue
		}
		// A report with no "that" or infinitive is a clause: "pledged 4
		// million dollars in aid to the Philippines after flooding
		// displaced ..." has an object, and its verb is a clause of time.
		object := !characterised && !introduced && cs == c0 && ce-cs >= 3 && st.hasVerb(cs, ce) && !v.clauseStart(cs, ce, issueVerbs[lemma])
		// "posted a statement on X in which she called on ...", "wrote a
		// letter to the president urging ...": a verb of writing whose
		// object is the document written names the text, not what it
		// says; the words are reported inside it, by verbs of their own.
		// "posted a message on Telegram saying the bridge was hit": the
		// document's participle of speech gives the report, the poster's.
		if !object && !introduced && cs == c0 && issueVerbs[lemma] {
			if h := v.documentObject(cs, ce); h >= 0 {
				object = true
				if j := v.sayingAfter(h+1, ce); j > 0 && ce-j >= 3 {
					cs, object = j, false
				}
			}
		}
		if !introduced && cs == c0 && cs < ce && finiteVerb(v.toks[cs]) && v.toks[cs].quote < 0 {
			// "charges that press groups say were politically
			// motivated": the report's subject is the relative clause's
			// antecedent, outside it; the rest is no clause to quote.
			continue
		}
		// A report is three words at least ("said Tuesday" reports
		// nothing), but a charge after "accused X of" is a gerund and its
		// object, two words that say what the speaker charges
		// ("politicising sport", "spreading lies").
		minWords := 3
		if lemma == "accuse" && introduced && cs == c0 && v.toks[cs].pos == "VBG" && v.toks[cs].quote < 0 {
			minWords = 2
		}
		if midTrail || object || !characterised && (ce-cs < minWords || !st.hasVerb(cs, ce) || v.channelOnly(cs, ce)) {
			// "..., officials said (in a statement)." : the report comes
			// first. "announced her retirement" and "described the final
			// days" have an object, not a reported clause, and no report.
			if !midTrail && cs < ce && v.toks[cs].pos != "IN" && v.toks[cs].pos != "RB" {
				continue
			}
			start := min(p.s, i)
			if start-1 > lo && v.toks[start-1].text == "," {
				cs, ce = lo, start-1
			} else if v.commaInClosingMark(lo, start) {
				// `The talks were "constructive and frank," the official
				// said.`: the comma inside the closing mark ends the
				// report as one outside it does.
				cs, ce = lo, start-1
			} else {
				continue
			}
		}
		if p.s >= ce {
			// A closing "its embassy said" reports its owner's clause.
			cs = v.possessorClause(cs, ce, p.s)
		}
		if !characterised && (ce-cs < minWords || !st.hasVerb(cs, ce) || v.channelOnly(cs, ce)) {
			continue
		}
		if p.kind == kindOutlet && st.hasSpeechVerb(c0, ce) {
			sentConduit = p.sp // "KCNA reported that Kim said ...": KCNA carries it
			continue
		}
		st.usedVerb[i] = true
		if trailerVerb >= 0 {
			// Only now: a report dropped above ("urged both parties to
			// ..." read as an object) leaves the closing attribution's
			// verb to report the whole clause itself.
			st.usedVerb[trailerVerb] = true
		}
		conduit := trailer
		if conduit == nil {
			// The channel of an earlier report in the sentence is not
			// this one's: "Officials told the BBC ..., with the Guardian
			// reporting that ...".
			from := lo
			if covered > lo && covered <= min(p.s, i) {
				from = covered
			}
			// A channel belongs to the clause of its verb: in "Soldiers
			// appeared on state television to announce ..., but the
			// minister said ..." the minister spoke through no
			// television, and a clause after the report ("..., while
			// the government told Reuters ...") has its own.
			from = max(from, v.clauseFrom(lo, min(p.s, i), hi))
			conduit = st.conduit(from, until, p)
		}
		if issuedDoc != nil {
			conduit = issuedDoc
		}
		n0 := len(st.out)
		st.emitIndirect(cs, ce, p, conduit, i)
		if cs >= c0 {
			covered = max(covered, ce)
		}
		if len(st.out) > n0 {
			// The report may open with a speech of its own, after the
			// verb ("Lopez said the ambassador had told her ...") or
			// before a closing attribution ("Ukraine said it had shot
			// down 40 drones, Russia's defence ministry said").
			st.nested(cs, ce, st.out[n0].q.Speaker)
		}
	}
	if sentConduit != nil {
		for k := first; k < len(st.out); k++ {
			q := &st.out[k].q
			if q.Conduit == nil && (q.Speaker == nil || q.Speaker.Text != sentConduit.Text) {
				q.Conduit = sentConduit
			}
		}
	}
}

// ownVoice says the closing attribution's phrase s..e is the person p's
// own voice, which relays their words rather than reporting them: a
// mouthpiece ("his spokesman", "the president's office", aides), a body
// named with a possessive pronoun ("his ministry"), or the body p's title
// heads ("The minister ..., the ministry said", "the president ..., the
// presidency said"). Any other body reporting what p said makes a report
// of its own, in which p's words nest.
func (v *view) ownVoice(p party, s, e int) bool {
	head := v.phraseHead(s, e)
	if mouthpieces[head] || counsel[head] {
		return true
	}
	for k := s; k < e; k++ {
		switch v.toks[k].low {
		case "his", "her", "their":
			return true
		}
	}
	// The title's body, described by no word the title lacks: "the
	// (foreign) ministry" after "the foreign minister", not "the interior
	// ministry" after him.
	body := map[string]string{"minister": "ministry", "ministers": "ministry", "president": "presidency"}
	titled := false
	words := map[string]bool{}
	for k := p.s; k < p.e; k++ {
		words[v.toks[k].low] = true
		if b := body[v.toks[k].low]; b != "" && b == head {
			titled = true
		}
	}
	if !titled {
		return false
	}
	for k := s; k < e; k++ {
		if t := v.toks[k]; t.low != head && t.pos != "DT" && !words[t.low] {
			return false
		}
	}
	return true
}

// spokespersonOfBody says the closing attribution c ("a spokesman said")
// is a spokesperson and the clause's subject p a body named by a role
// phrase ("Togo's government", "the ministry", "The government of Togo"):
// a body speaks only through people, so its call is the spokesperson's
// one report, read whole, as after a country or a named body ("The United
// States urged ..., a State Department spokesman said"). A person's
// spokesman ("The president told reporters ..., his spokesman said")
// relays words the person spoke, and stays the channel.
func (v *view) spokespersonOfBody(p, c party) bool {
	if c.kind != kindRole || c.sp == nil || !strings.HasPrefix(strings.ToLower(lastWord(c.sp.Text)), "spokes") {
		return false
	}
	head := -1
	for k := p.s; k < p.e; k++ {
		t := v.toks[k]
		if t.pos == "IN" || t.text == "," {
			break // "The government of Togo": the head comes before "of"
		}
		if isNoun(t.pos) {
			head = k
		}
	}
	return head >= 0 && orgHeads[v.toks[head].low]
}

// speaksForCountry says the closing attribution c ("the defence ministry
// said", "a State Department spokesman said") speaks for the clause's
// subject p when p is a country ("Russia", "the United States") and c one
// of its bodies or officials: c's actor is under the country's (RUS.GOV
// under RUS), or c is a body role no country or actor was found for ("the
// defence ministry", with no dateline to place it), which a wire report
// names after the country whose claim it gives. A person subject keeps
// its own report, the body its channel ("Putin told ..., the Kremlin
// said"), and a body of another country ("Russian forces claimed ...,
// Ukraine's military said") reports someone else's claim.
func speaksForCountry(p, c party) bool {
	if p.sp == nil || c.sp == nil || p.kind == kindPerson || p.kind == kindRole || p.kind == kindPronoun {
		return false
	}
	country := p.sp.ActorID
	if country == "" || country != p.sp.Country {
		return false // not a bare country actor
	}
	switch c.kind {
	case kindOrg, kindRole:
	case kindPerson:
		// "Senegal said it would not close the border, Senegalese
		// Foreign Minister Cheikh Niang told AFP": a member of the
		// country's government states its position; the claim is his
		// one report, as it is a ministry's, not a second by the country
		// relayed through him.
		return c.sp.Country == country && c.sp.Sector == "government" && len(c.sp.ActorIDs) == 0
	default:
		return false
	}
	if c.sp.ActorID != "" && strings.HasPrefix(c.sp.ActorID, country+".") {
		return true
	}
	if c.kind != kindRole || len(c.sp.ActorIDs) > 1 || !orgHeads[strings.ToLower(lastWord(c.sp.Text))] {
		return false
	}
	// A bare body ("the defence ministry") with no country, or with one
	// only the article's setting gave it ("MOSCOW - Kyiv said ..., the
	// defence ministry said": the resolver places an unnamed ministry in
	// the dateline's country): the claim it closes names its country.
	return c.sp.ActorID == "" && c.sp.Country == "" || unplacedBody(c)
}

// unplacedBody says the body phrase c names no country of its own: "the
// defence ministry", "the foreign ministry", every word after the
// determiner in lower case. "Russia's defence ministry" and "the Pentagon"
// name theirs.
func unplacedBody(c party) bool {
	ws := strings.Fields(c.sp.Text)
	if len(ws) < 2 {
		return false
	}
	switch strings.ToLower(ws[0]) {
	case "the", "a", "an":
	default:
		return false
	}
	for _, w := range ws[1:] {
		if strings.ToLower(w) != w {
			return false
		}
	}
	return true
}

// placeBody gives the speaker sp of a bare body's closing attribution the
// country of the claim it made (speaksForCountry): its actor moves from the
// country the resolver placed it in to that one, keeping its sector
// (RUS.GOV becomes UKR.GOV). A listed body of the first country's own
// (RUS.GOV.MOD, the Russian defence ministry) is no body of the other's:
// it becomes that country's actor of the same sector (UKR.MIL), not an id
// made up by swapping the prefix (UKR.GOV.MOD, which no one lists).
func placeBody(sp, country *model.Speaker) *model.Speaker {
	c := country.ActorID
	out := *sp
	out.ActorIDs = nil
	switch {
	case sp.Country != "" && c != sp.Country && strings.Count(strings.TrimPrefix(sp.ActorID, sp.Country+"."), ".") > 0 && strings.HasPrefix(sp.ActorID, sp.Country+".") && kb.SectorCode(sp.Sector) != "":
		out.ActorID = c + "." + kb.SectorCode(sp.Sector)
	case sp.Country != "" && strings.HasPrefix(sp.ActorID, sp.Country+"."):
		out.ActorID = c + strings.TrimPrefix(sp.ActorID, sp.Country)
	case sp.ActorID == "":
		if code := kb.SectorCode(sp.Sector); code != "" {
			out.ActorID = c + "." + code
		}
	default:
		return sp // an actor of its own, not a placed body's
	}
	out.Country = c
	return &out
}

// attributionTail says tokens lo..hi, after a closing attribution's verb,
// say only how or when it was said: "(the Kremlin said) in a statement",
// "on Tuesday", "in a statement on its website", "(told) reporters in
// Geneva". A verb or a "that" there opens a clause of its own.
func (st *state) attributionTail(lo, hi int) bool {
	v := st.v
	limit := 8
	for k := lo; k+1 < hi; k++ {
		if (carriedBy[v.toks[k].low] || seenBy[v.toks[k].low]) && v.toks[k+1].low == "by" {
			limit = 12 // "in a statement carried by the state news agency BelTA"
			break
		}
	}
	if hi-lo > limit {
		return false
	}
	for k := lo; k < hi; k++ {
		t := v.toks[k]
		if t.quote >= 0 || t.low == "that" {
			return false
		}
		switch {
		case t.pos == "IN" || t.pos == "DT" || t.pos == "JJ" || t.pos == "CD" || t.pos == "PRP$" || t.pos == "RB" || t.pos == "POS" || isNoun(t.pos):
		case v.lx.medium[t.low]: // "in a statement", whatever the tagger made of it
		case (carriedBy[t.low] || seenBy[t.low]) && k > lo && k+1 < hi && v.toks[k+1].low == "by" && v.lx.medium[v.toks[k-1].low]:
			// "in a statement carried by the state news agency": the
			// outlet that carried the medium, still where it was said;
			// "in a confidential report seen by Reuters": the outlet
			// that saw the document, as wires say of one not published.
		default:
			return false
		}
	}
	return true
}

// toldOutlet says the closing attribution's verb at k (n tokens) tells a
// news medium, up to hi: "..., a local official told Reuters". Its speaker
// then gave the outlet a report of their own, the whole clause before it
// (as "..., Russia's defence ministry said" does for a foreign claim), and
// the outlet would be lost if the speaker were only the clause's channel.
func (st *state) toldOutlet(k, n, hi int) bool {
	v := st.v
	if lemma, _ := v.verbAt(k); lemma != "tell" {
		return false
	}
	s, e := v.toldNP(k+n, hi)
	return s < e && st.classify(s, e).kind == kindOutlet
}

// nested reads a report that opens with a speech of its own, "(Lopez said)
// the ambassador had told her that the aid would resume": the inner report
// is the ambassador's, and the one who passed it on is its channel. Only a
// named or described speaker heading the outer report counts: a pronoun
// there ("he had told her") is left to the outer quote.
func (st *state) nested(cs, ce int, outer *model.Speaker) {
	v := st.v
	for k := cs + 1; k < ce && k < cs+12; k++ {
		// A possessive ("Kenya's Supreme Court") is part of the subject,
		// not the punctuation that ends it.
		if v.toks[k].quote >= 0 || isPunct(v.toks[k]) && v.toks[k].pos != "POS" {
			return
		}
		lemma, n := v.verbAt(k)
		if n == 0 {
			continue
		}
		// "rejected claims that", "denied that", "promised that": a
		// speech verb with its "that" clause is the subject's report as
		// much as a said one is (the ordinary pass reads "France promised
		// that ..." alone as France's).
		thatClause := k+n < ce && v.toks[k+n].low == "that"
		if lemma != "say" && lemma != "tell" && !thatClause || v.passive(k) {
			return
		}
		if st.usedVerb[k] {
			st.relayed(k, cs, outer)
			return
		}
		p, ok := st.subject(k, n, cs, ce)
		if !ok || p.sp == nil || p.s != cs || p.kind != kindPerson && p.kind != kindRole && p.kind != kindOrg && p.kind != kindName {
			return
		}
		c := k + n
		if lemma == "tell" {
			s, e := v.toldNP(c, ce)
			if s >= e {
				return
			}
			c = e
		}
		if c < ce && v.toks[c].low == "that" {
			c++
		}
		if ce-c < 3 || !st.hasVerb(c, ce) || isQuoteMark(v.toks[c].text) {
			return
		}
		st.usedVerb[k] = true
		st.emitIndirect(c, ce, p, outer, k)
		return
	}
}

// relayed makes the outer speaker the channel of the report the verb at k
// already gave, when that report lies inside the outer one: in "Ukraine
// said it had shot down 40 drones, Russia's defence ministry said" the
// ordinary pass has read "Ukraine said ..." before the closing
// attribution, and the claim reaches the reader only through the
// ministry, as "Lopez said the ambassador had told her ..." reaches it
// through Lopez (nested). A report that already has a channel of its own
// ("Ukraine told Reuters ...") keeps it.
func (st *state) relayed(k, cs int, outer *model.Speaker) {
	if outer == nil {
		return
	}
	from := int(st.v.toks[cs].start)
	for j := range st.out {
		f := &st.out[j]
		if f.verb != k || f.q.Kind != model.QuoteIndirect || f.q.Start < from || f.q.Conduit != nil {
			continue
		}
		if f.q.Speaker != nil && sameSpeaker(f.q.Speaker, outer) {
			continue
		}
		f.q.Conduit = outer
	}
}

// closedByComma gives the token after the closing marks when token k is a
// comma ending a quotation inside its marks (`"we will not revive it,"
// adding`), or -1.
func (v *view) closedByComma(k, ce int) int {
	if v.toks[k].text != "," || v.toks[k].quote < 0 {
		return -1
	}
	j := k + 1
	for j < ce && isQuoteMark(v.toks[j].text) {
		j++
	}
	if j == k+1 || j >= ce || v.toks[j].quote >= 0 {
		return -1
	}
	return j
}

// participleAside gives the token after a participle clause that opens at
// cs and is closed by a comma ("published on Wednesday,", "released by
// the ministry,", "citing customs data,"), or cs when none does. The
// clause holds no finite verb and words follow it. A past participle
// followed by a noun modifies it ("released prisoners will be freed"),
// so it opens an aside only before a preposition or an adverb.
func (v *view) participleAside(cs, hi int) int {
	if cs+1 >= hi || v.toks[cs].quote >= 0 {
		return cs
	}
	switch v.toks[cs].pos {
	case "VBG":
	case "VBN":
		if p := v.toks[cs+1].pos; p != "IN" && p != "RB" && p != "TO" {
			return cs
		}
	default:
		return cs
	}
	for k := cs + 1; k < hi && k < cs+16; k++ {
		t := v.toks[k]
		if t.quote >= 0 {
			return cs
		}
		switch {
		case t.text == "(":
			// "quoting the Korean Central News Agency (KCNA),": a
			// bracketed short name inside the aside.
			for k+1 < hi && v.toks[k+1].text != ")" && k < cs+16 {
				k++
			}
			k++
		case t.pos == "POS":
			// "quoting North Korea's news agency": a possessive is no
			// punctuation ending the aside.
		case t.text == ",":
			if hi-(k+1) >= 3 {
				return k + 1
			}
			return cs
		case t.pos == "VBD" || t.pos == "VBZ" || t.pos == "VBP" || t.pos == "MD" || isPunct(t):
			return cs
		}
	}
	return cs
}

// onlyLead says tokens lo..i hold nothing but conjunctions, adverbs and
// punctuation: "According to X, ..." opens the sentence.
func (st *state) onlyLead(lo, i int) bool {
	for k := lo; k < i; k++ {
		t := st.v.toks[k]
		if !(t.pos == "CC" || t.pos == "RB" || isPunct(t) || isQuoteMark(t.text)) {
			return false
		}
	}
	return true
}

// lastClauseAfterBreak is where the clause a closing "according to" reports
// starts in lo..ce: after the last semicolon or lone dash that opens a
// clause of its own ("It is unclear whether the film will go ahead — both
// actors were said to have left, according to Variety"), as the source
// vouches for that clause and not for the writer's words before it; lo
// when there is none. Two dashes set off an aside ("The mine — the largest
// in Chile — will close"), which is no break.
func (st *state) lastClauseAfterBreak(lo, ce int) int {
	v := st.v
	dashes, last, semi := 0, -1, -1
	for k := lo; k < ce; k++ {
		if v.toks[k].quote >= 0 {
			continue
		}
		switch t := v.toks[k].text; {
		case t == "—" || t == "–" || t == "--" || t == "-" && k > lo && k+1 < ce && v.toks[k-1].end < v.toks[k].start && v.toks[k].end < v.toks[k+1].start:
			// A hyphen between spaces is a typed dash.
			dashes++
			last = k
		case t == ";":
			semi = k
		}
	}
	if dashes%2 == 0 {
		last = -1
	}
	b := max(last, semi)
	// What follows must open a clause with its own subject: "— and flopped
	// at the box office" goes on the sentence's predicate, while "— both
	// actors were said to" opens one.
	joins := v.toks[b+1].pos == "CC" && !correlatives[v.toks[b+1].low]
	if b < lo || ce-(b+1) < 3 || isVerb(v.toks[b+1].pos) || joins || !st.hasVerb(b+1, ce) {
		return lo
	}
	return b + 1
}

// correlatives open a subject of two conjuncts ("both the mayor and ...").
var correlatives = set("both either neither")

// hasSpeechVerb says a verb of speech in lo..hi has a speaker of its own.
// A passive one does not ("its reporter had been released", "the plan was
// announced"): the clause reports what happened, not who said it.
func (st *state) hasSpeechVerb(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if _, n := st.v.verbAt(k); n > 0 && !st.v.passive(k) {
			return true
		}
	}
	return false
}

func (st *state) emitIndirect(cs, ce int, p party, conduit *model.Speaker, verb int) {
	v := st.v
	for ce > cs && (isPunct(v.toks[ce-1]) || isQuoteMark(v.toks[ce-1].text)) && !v.closesParen(cs, ce-1) {
		ce--
	}
	ce = v.beforeAttributedQuotation(cs, ce)
	// A report ending on a quoted phrase keeps its closing mark: `the
	// ferries "must sail again by Easter."`, not an unclosed quotation.
	marks := 0
	for k := cs; k < ce; k++ {
		if isQuoteMark(v.toks[k].text) {
			marks++
		}
	}
	if marks%2 == 1 && cs < ce {
		end := v.sentTok[v.toks[cs].sent][1]
		for k := ce; k < end && k < ce+3; k++ {
			if isQuoteMark(v.toks[k].text) {
				ce = k + 1
				break
			}
		}
	}
	ce = v.beforeWithoutGiving(cs, ce)
	// A wire dateline ("NAIROBI, March 3 (Wire) -") is not reported speech.
	for cs < ce && int(v.toks[cs].start) < st.dateline {
		cs++
	}
	for cs < ce && (isPunct(v.toks[cs]) || isQuoteMark(v.toks[cs].text)) && v.toks[cs].quote < 0 {
		cs++
	}
	if ce-cs < 2 {
		return
	}
	// "joked about his penchant for changing sticks", "complained about
	// Parise's habits": "about" and a phrase name the topic, not the words
	// (a gerund inside made it read as a clause). "about" before a number
	// ("said about 30 people died") is a report.
	if n := v.toks[cs+1]; v.toks[cs].low == "about" && v.toks[cs].quote < 0 && n.low != "a" && n.low != "an" &&
		(n.pos == "DT" || n.pos == "PRP$" || n.pos == "PRP" || n.pos == "NNP" || n.pos == "NNPS") &&
		!(cs+2 < ce && (v.toks[cs+2].low == "same" || v.toks[cs+2].pos == "CD")) { // "about the same number", "about the 200 people"
		return
	}
	if q := v.toks[cs].quote; q >= 0 && v.spans[q].End < int(v.toks[ce-1].end) {
		// A quotation and the words after it (`We are not going
		// anywhere," one protester ... told AFP`) are a direct quote and
		// its attribution, not a report.
		return
	}
	sp, conduit := speakerAndConduit(p, conduit)
	if sp == nil && !(p.sp == nil && st.nullReport[verb]) && !(p.kind == kindDocument && conduit != nil) {
		return
	}
	if c := st.bodyOf[verb]; c != nil && sp == p.sp {
		sp = placeBody(sp, c)
	}
	if c := st.voiceOf[verb]; c != nil && sp == p.sp {
		out := *sp
		out.ActorID, out.ActorIDs, out.Country, out.Sector = c.ActorID, c.ActorIDs, c.Country, c.Sector
		sp = &out
	}
	start, end := int(v.toks[cs].start), int(v.toks[ce-1].end)
	if last := v.toks[ce-1].text; len(last) == 2 && last[1] == '.' && last[0] >= 'A' && last[0] <= 'Z' && v.lastOfSentence(ce-1) {
		// "opened an inquiry into X.", "voted for Proposition C.": the
		// tokenizer gives a lone capital the period as an initial's, but
		// no initial ends a sentence, so the period is the sentence's.
		end--
	}
	q := model.Quote{Text: v.a.Text[start:end], Start: start, End: end, Kind: model.QuoteIndirect, Speaker: sp, Conduit: conduit, Sentence: int(v.toks[cs].sent)}
	q.Audience = st.audience(q, verb)
	st.out = append(st.out, finding{q: q, para: v.paragraphOf(start), verb: verb})
	st.remember(p.s, sp)
}

// beforeAttributedQuotation returns where a report at cs..ce ends when a
// quotation with an attribution of its own follows it in the sentence
// ("The toymaker said sales fell, and "we expect more," it added"): the
// report stops before the comma (and the conjunction) that opens the
// quotation, which is a direct quote of its own and no part of the
// reported clause. A quotation inside the clause ('said the plan was
// "dead"'), or one set off by a comma with no verb of speech after it,
// is the speaker's words within the report and is kept.
func (v *view) beforeAttributedQuotation(cs, ce int) int {
	for k := cs + 2; k+1 < ce; k++ {
		if !isQuoteMark(v.toks[k].text) || v.toks[k].quote >= 0 || v.toks[k+1].quote < 0 {
			continue
		}
		// The opening mark follows a comma, maybe and a conjunction.
		b := k
		joined := false
		if l := v.toks[b-1].low; l == "and" || l == "but" {
			b--
			joined = true
		}
		switch {
		case v.toks[b-1].text == ",":
			b--
		case joined && int(v.toks[k+1].quote) < len(v.spans) && v.attributedClause(v.spans[v.toks[k+1].quote]):
			// `said sales rose and "we expect more," it added`: with no
			// comma, the conjunction still opens a quoted clause of its
			// own when it has its own speech tag.
		default:
			continue
		}
		q := v.toks[k+1].quote
		j := k + 1
		for j < len(v.toks) && v.toks[j].quote == q {
			j++
		}
		end := v.sentTok[v.toks[cs].sent][1]
		// Past the closing mark and its comma.
		for j < end && (isQuoteMark(v.toks[j].text) || v.toks[j].text == ",") && v.toks[j].quote < 0 {
			j++
		}
		attributed := false
		for a := j; a < end && a <= j+3 && v.toks[a].quote < 0 && !isPunct(v.toks[a]); a++ {
			if _, n := v.verbAt(a); n > 0 {
				attributed = true
				break
			}
		}
		if attributed && b-cs >= 2 {
			return b
		}
	}
	return ce
}

// conduitLookBack bounds how many findings back inheritConduits looks for
// the speaker's previous quote. Three paragraphs of news hold a few dozen
// quotes at most; a text of thousands of quotes in one paragraph (no blank
// lines) would otherwise be searched whole for every quote whose speaker
// is new.
const conduitLookBack = 250

// inheritConduits carries an outlet to a speaker's following quotes: a
// report that "according to KCNA, Kim called on ..." goes on with Kim's
// quoted words, which came through the same channel. A quote attributed by
// its own speech verb ("..., Olsen told the port council", "..., Vint
// said") or addressed to its own audience is a new act of speaking whose
// channel its own sentence gives: it inherits no outlet from another
// sentence. A verb that goes on with the same act ("he added", "she
// continued") still carries the channel on.
func (st *state) inheritConduits() {
	sort.SliceStable(st.out, func(i, j int) bool { return st.out[i].q.Start < st.out[j].q.Start })
	for i := range st.out {
		q := &st.out[i].q
		if q.Conduit != nil || q.Speaker == nil {
			continue
		}
		ownAct := q.Audience != nil
		if vb := st.out[i].verb; vb >= 0 {
			lemma, _ := st.v.verbAt(vb)
			ownAct = ownAct || !continuingVerbs[lemma]
		}
		for j := i - 1; j >= 0 && i-j <= conduitLookBack; j-- {
			p := st.out[j]
			if st.out[i].para-p.para > 2 {
				break
			}
			if ownAct && p.q.Sentence != q.Sentence {
				break
			}
			if p.q.Speaker == nil || !sameSpeaker(p.q.Speaker, q.Speaker) {
				continue
			}
			if p.q.Conduit != nil {
				c := *p.q.Conduit
				q.Conduit = &c
			}
			break
		}
	}
}

// continuingVerbs go on with a speaker's words already reported ("he
// added"): the quote they attribute belongs to the same act of speaking.
var continuingVerbs = set("add continue")

func sameSpeaker(a, b *model.Speaker) bool {
	if a.ActorID != "" && b.ActorID != "" {
		return a.ActorID == b.ActorID
	}
	return strings.EqualFold(a.Text, b.Text)
}

// subjectAt says the token at b follows a subject: a verb, or an adverb
// and a verb.
func (v *view) subjectAt(b int) bool {
	if b >= len(v.toks) {
		return false
	}
	if isVerb(v.toks[b].pos) {
		return true
	}
	return v.toks[b].pos == "RB" && b+1 < len(v.toks) && isVerb(v.toks[b+1].pos)
}

func (st *state) hasWord(lo, hi int, w string) bool {
	for k := lo; k < hi; k++ {
		if st.v.toks[k].low == w {
			return true
		}
	}
	return false
}

func (st *state) hasVerb(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if isVerb(st.v.toks[k].pos) {
			return true
		}
	}
	// "(said) it stood with the Philippines", the verb tagged as a noun:
	// the word after a subject pronoun opening the report is its verb.
	if hi-lo >= 3 && subjectPronouns[st.v.toks[lo].low] && st.v.toks[lo].quote < 0 {
		t := st.v.toks[lo+1]
		if isNoun(t.pos) && t.text == t.low && t.quote < 0 {
			return true
		}
	}
	// `(said) the rules "seriously disrupt" supply chains`, the quoted
	// verb tagged as a noun: quoted words in lower case right after the
	// subject are its predicate.
	for k := lo + 1; k+2 < hi; k++ {
		t, q := st.v.toks[k], st.v.toks[k+1]
		if t.quote >= 0 || !isQuoteMark(q.text) || !(isNoun(t.pos) || t.pos == "PRP") {
			continue
		}
		w := st.v.toks[k+2]
		if w.quote >= 0 && w.text == w.low && !isPunct(w) && w.pos != "DT" && w.pos != "IN" && w.pos != "CC" &&
			strings.Count(st.v.a.Text[st.v.spans[w.quote].Start:st.v.spans[w.quote].End], " ") >= 1 {
			return true
		}
	}
	return false
}

var subjectPronouns = set("he she it they we i")

// negated says the speech verb at i is denied: "did not say what those
// would be", "would not say whether", "has never said": nothing is
// reported.
func (v *view) negated(i int) bool {
	for j := i - 1; j >= 0 && j >= i-3 && v.toks[j].sent == v.toks[i].sent; j-- {
		switch l := v.toks[j].low; {
		case l == "not" || l == "n't" || l == "never":
			return true
		case v.toks[j].pos == "RB" || v.toks[j].pos == "MD" || auxiliaries[l] || doForms[l]:
		default:
			return false
		}
	}
	return false
}

// clockColon says the colon at k joins two numbers with no space, as in a
// time ("from 6:00am to midnight") or a score ("won 3:1"): no quotation
// or list is introduced there.
func (v *view) clockColon(k int) bool {
	if k < 1 || k+1 >= len(v.toks) {
		return false
	}
	b, c, n := v.toks[k-1], v.toks[k], v.toks[k+1]
	if b.end != c.start || c.end != n.start || b.text == "" || n.text == "" {
		return false
	}
	return b.text[len(b.text)-1] >= '0' && b.text[len(b.text)-1] <= '9' && n.text[0] >= '0' && n.text[0] <= '9'
}

// askedWhether says the speech verb at i is in a question that asks
// whether the words were said: the sentence opens with an auxiliary or a
// modal and ends with a question mark, outside any quotation ("Would the
// senator have pleaded to keep it secret?", "Did the minister say the
// plan was dead?"). It reports nothing, as a negated verb does not.
func (v *view) askedWhether(i int) bool {
	si := v.toks[i].sent
	if int(si) >= len(v.sentTok) {
		return false
	}
	lo, hi := v.sentTok[si][0], v.sentTok[si][1]
	for lo < i && (isQuoteMark(v.toks[lo].text) || isPunct(v.toks[lo])) {
		lo++
	}
	for hi > i+1 && isQuoteMark(v.toks[hi-1].text) {
		hi--
	}
	if lo >= i || hi <= i+1 || v.toks[hi-1].text != "?" || v.toks[hi-1].quote >= 0 || v.toks[lo].quote >= 0 {
		return false
	}
	f := v.toks[lo]
	return f.pos == "MD" || auxiliaries[f.low] || doForms[f.low] || beForms[f.low] && f.low != "'s"
}

// definiteDocument are the determiners that point a document back to one
// already mentioned ("the statement", "that letter").
var definiteDocument = set("the this that")

// issueVerbs put a document out: "issued a statement", "released a report",
// "put out a communique". A speech verb does too ("said in a statement").
var issueVerbs = set("issue issued issues issuing release released releases publish published publishes send sent sends post posted posts sign signed signs circulate circulated deliver delivered read write wrote written out " +
	// "in a video shared on X", "a clip uploaded to YouTube": how posts come out on a platform.
	"share shared shares uploaded " +
	// "The prosecutors filed a complaint", "the lawsuit, lodged in a
	// federal court, alleges": how a legal document is put out.
	"file filed files lodge lodged lodges submit submitted submits")

// issuedFindings are the findings a body puts out ("released a survey",
// "published figures") that are a document only when one was issued just
// before and is pointed back to ("according to the survey").
var issuedFindings = set("survey surveys study poll data figures statistics census findings")

// issuer finds who issued the document named by the head word at token s:
// the subject of the verb that put out the last document with that head in
// the two sentences before ("The foreign ministry issued a statement"), or
// the agent of a passive one ("a statement was released by the army").
// It returns nil when no such document was issued by a person or body.
func (st *state) issuer(s int, head string) *party {
	v := st.v
	sent := v.toks[s].sent
	for k := s - 1; k >= 0 && v.toks[k].sent >= sent-3; k-- {
		t := v.toks[k]
		if t.quote >= 0 || t.low != head && t.low != head+"s" && t.low+"s" != head {
			continue
		}
		// "..., according to a statement addressed to ...", "In a
		// statement, the ministry said ...": the document carried a quote
		// already, whose speaker wrote it.
		if p := st.carrier(int(t.sent), head); p != nil {
			return p
		}
		if t.sent < sent-2 {
			return nil
		}
		lo, hi := v.sentTok[t.sent][0], v.sentTok[t.sent][1]
		// Passive: "A statement was issued by the ministry".
		if k+3 < hi && beForms[v.toks[k+1].low] && issueVerbs[v.toks[k+2].low] && v.toks[k+3].low == "by" {
			if bs, be := v.npRight(k+4, hi); bs < be {
				if c := st.classify(bs, be); speaks(c) {
					return &c
				}
			}
			return nil
		}
		// Active: the verb before the document, across its determiner,
		// modifiers and a preposition ("said in a joint statement").
		j := k - 1
		for j >= lo && j > k-5 && (v.toks[j].pos == "DT" || v.toks[j].pos == "JJ" || v.toks[j].pos == "PRP$" || v.toks[j].pos == "CD" || v.toks[j].pos == "IN" || v.toks[j].pos == "HYPH" || isNoun(v.toks[j].pos) && v.toks[j].ent < 0) {
			j--
		}
		if j < lo {
			return nil
		}
		vi, n := j, 1
		if _, m := v.verbAt(j); m > 0 {
			n = m
		} else if a, m, ok := v.putOutVerb(j, lo); ok {
			vi, n = a, m
		} else {
			return nil
		}
		if v.passive(vi) {
			return nil
		}
		if c, ok := st.subject(vi, n, lo, hi); ok && speaks(c) {
			return &c
		}
		return nil
	}
	return nil
}

// putOutBy returns who put out the document starting at token s when a
// verb of putting out stands right before it in its sentence ("released a
// report", "put out a statement"): that verb's subject, when it is a
// person or body. Only verbs of putting out count: in "said a report
// showed ...", the one who speaks did not write the report.
func (st *state) putOutBy(s int) *party {
	v := st.v
	j := s - 1
	if j < 0 || v.toks[j].sent != v.toks[s].sent || v.toks[j].quote >= 0 {
		return nil
	}
	lo, hi := v.sentTok[v.toks[s].sent][0], v.sentTok[v.toks[s].sent][1]
	vi, n, ok := v.putOutVerb(j, lo)
	if !ok {
		return nil
	}
	if v.passive(vi) {
		return nil
	}
	if c, ok := st.subject(vi, n, lo, hi); ok && speaks(c) {
		return &c
	}
	return nil
}

// putOutVerb reads the verb of putting out a document that ends at token j
// ("released", "issued", "put out"; sentence start lo) and returns its
// first token and length. issuer and putOutBy read the verb before a
// document with it.
func (v *view) putOutVerb(j, lo int) (vi, n int, ok bool) {
	t := v.toks[j]
	if t.low == "out" && j-1 >= lo && v.toks[j-1].low == "put" {
		return j - 1, 2, true
	}
	if issueVerbs[t.low] && t.low != "out" && isVerb(t.pos) {
		return j, 1, true
	}
	return 0, 0, false
}

// carrier returns the speaker of a quote of sentence sent that came
// through a document with the head word head ("a statement", "in a
// letter to ..."), or nil.
func (st *state) carrier(sent int, head string) *party {
	for i := len(st.out) - 1; i >= 0; i-- {
		q := st.out[i].q
		if q.Sentence > sent {
			continue
		}
		if q.Sentence < sent {
			break
		}
		if q.Speaker == nil || q.Conduit == nil {
			continue
		}
		if w := strings.ToLower(lastWord(q.Conduit.Text)); w == head || w == head+"s" || w+"s" == head {
			sp := *q.Speaker
			return &party{kind: kindOrg, sp: &sp}
		}
	}
	return nil
}

// speaks says a classified phrase is a person or body that can be a
// document's author.
func speaks(c party) bool {
	if c.sp == nil {
		return false
	}
	switch c.kind {
	case kindPerson, kindOrg, kindRole, kindName:
		return true
	}
	return false
}

// sharedSubject reads the conjunction or comma at token j as joining a
// predicate to the one before it and returns that predicate's subject: the
// noun phrase or pronoun right before the nearest finite verb on the left,
// within the clause (no colon, quotation or "that" in between), passing
// over earlier predicates of a list ("toured the camp, met families and").
func (st *state) sharedSubject(j, lo int) (party, bool) {
	v := st.v
	for k := j - 1; k >= lo; k-- {
		t := v.toks[k]
		if r := st.reportHolding(k); r >= 0 {
			// "said her party has supported the idea, and said": the
			// verbs of a report are not the speaker's.
			k = r
			continue
		}
		if q := st.partialAt(k); q >= 0 {
			// `called the crackdown "deeply troubling" and urged`: a
			// quoted phrase inside the first predicate.
			k = v.tokAt(v.spans[q].Open)
			continue
		}
		if t.quote >= 0 || isQuoteMark(t.text) || t.text == ";" || t.text == ":" || t.low == "that" {
			return party{}, false
		}
		// A past tense the tagger read as a participle ("The ministry
		// called/VBN the arrests ...") right after a noun phrase.
		pastAsVBN := t.pos == "VBN" && k-1 >= lo && (isNoun(v.toks[k-1].pos) || v.toks[k-1].pos == "PRP") && v.toks[k-1].quote < 0
		if t.pos != "VBD" && t.pos != "VBZ" && t.pos != "VBP" && !pastAsVBN {
			continue
		}
		if v.passive(k) {
			return party{}, false
		}
		b := k - 1
		for b >= lo && (v.toks[b].pos == "RB" || v.toks[b].pos == "MD" || adverbs[v.toks[b].low] || auxiliaries[v.toks[b].low] && v.toks[b].low != "'s") {
			b--
		}
		b = v.skipTimeBack(b, lo)
		if b < lo {
			return party{}, false
		}
		if v.toks[b].text == "," {
			if c, ok := st.appositiveSubject(b, lo); ok {
				// "The government spokesman, Ousmane Diallo, rejected
				// the accusation and said": the comma closes a name in
				// apposition to the subject, not an earlier predicate.
				return c, true
			}
			k = b // "toured the camp, met families and said": one more predicate
			continue
		}
		if v.toks[b].pos == "PRP" || pronouns[v.toks[b].low] {
			c := st.classify(b, b+1)
			return c, c.kind != kindNone
		}
		s, e := v.npLeft(b, lo)
		if s >= e {
			return party{}, false
		}
		c := st.classify(s, e)
		if !speaks(c) {
			// "said the talks had stalled and added:" before the report
			// is read (a direct quotation is attributed first): the
			// clause right after a speech verb is what was said, and
			// the verb that reports it has the subject.
			r := s - 1
			if r > lo && v.toks[r].low == "that" && v.toks[r].quote < 0 {
				r--
			}
			if r < lo {
				return c, false
			}
			if lemma, n := v.verbAt(r); n > 0 && r+n <= s && clauseOnlyLemmas[lemma] && v.toks[r].quote < 0 {
				k = r + 1
				continue
			}
		}
		return c, speaks(c)
	}
	return party{}, false
}

// appositiveSubject reads the comma at token b, right before a finite verb,
// as closing a phrase in apposition to the clause's subject ("The
// government spokesman, Ousmane Diallo, rejected ..."): a noun phrase
// opening the clause, a comma, then a second noun phrase with no verb of
// its own running to b. It picks between the two as subject does for
// "Jeff Rathke, the State Department Spokesperson, said" (a person first;
// a second phrase keeps the description as the first half of its span). A comma after a predicate ("toured the camp, met families
// and said") has a verb between the commas, or no subject phrase opening
// the clause before it, and is no apposition.
func (st *state) appositiveSubject(b, lo int) (party, bool) {
	v := st.v
	k := b - 1
	for k >= lo && k > b-16 && v.toks[k].text != "," {
		if v.toks[k].quote >= 0 || isQuoteMark(v.toks[k].text) || isVerb(v.toks[k].pos) && v.toks[k].pos != "VBN" && v.toks[k].pos != "VBG" {
			return party{}, false
		}
		k--
	}
	if k <= lo || k >= b-1 || v.toks[k].text != "," || v.toks[k].quote >= 0 {
		return party{}, false
	}
	s1, e1 := v.npLeft(k-1, lo)
	s1 = v.listStart(s1, e1, lo)
	if s1 >= e1 || e1 != k || s1 > lo && v.toks[s1-1].text != "," && !clauseJoiners[v.toks[s1-1].low] {
		return party{}, false
	}
	s2, e2 := v.npRight(k+1, b)
	if s2 >= e2 || e2 != b {
		return party{}, false
	}
	head, name := st.classifyInformed(s1, e1, lo), st.classify(s2, e2)
	if !speaks(head) || !speaks(name) {
		return party{}, false
	}
	// The order the appositive reading of subject prefers.
	for _, want := range []int{kindPerson, kindName, kindOrg, kindRole} {
		if name.kind == want {
			return st.withDescription(name, head, lo), true
		}
		if head.kind == want {
			return head, true
		}
	}
	return party{}, false
}

// speechVerbAt says a speech verb starts at token i, past adverbs and
// auxiliaries ("has repeatedly called for"), before hi.
func (st *state) speechVerbAt(i, hi int) bool {
	v := st.v
	for i < hi && (v.toks[i].pos == "RB" || v.toks[i].pos == "MD" || adverbs[v.toks[i].low] || auxiliaries[v.toks[i].low]) {
		i++
	}
	if i >= hi {
		return false
	}
	_, n := v.verbAt(i)
	return n > 0
}

// insideEntity says token k lies inside one entity with words on both sides
// of it ("Ministry of Agriculture and Rural Development").
func (v *view) insideEntity(k int) bool {
	ei := v.toks[k].ent
	return ei >= 0 && k > 0 && k+1 < len(v.toks) && v.toks[k-1].ent == ei && v.toks[k+1].ent == ei
}

// beforeRelative reads the words ending at token j as a relative clause
// without commas that opens with "who" ("officials who asked not to be
// named", "a diplomat who briefed reporters") and returns the person or
// body before "who" when it can speak.
func (st *state) beforeRelative(j, lo int) (party, bool) {
	v := st.v
	verb := false
	for w := j; w > lo && w > j-12; w-- {
		t := v.toks[w]
		if t.quote >= 0 || isPunct(t) || isQuoteMark(t.text) {
			return party{}, false
		}
		if t.low != "who" {
			verb = verb || isVerb(t.pos)
			continue
		}
		if !verb || w == j {
			return party{}, false
		}
		s, e := v.npLeft(w-1, lo)
		if s >= e {
			return party{}, false
		}
		if n, ok := st.givenName(w+1, j+1); ok {
			// "A pirate commander who gave his name as Abdi Hassan told
			// Reuters ...": the relative clause names the speaker, and
			// the whole phrase from the description on is the subject.
			n.s = s
			return n, true
		}
		c := st.classify(s, e)
		return c, speaks(c)
	}
	return party{}, false
}

// givenName reads a relative clause s..e that gives its antecedent's name
// ("gave his name as Abdi Hassan", "gave her name only as Amina",
// "identified himself as Omar Said") and returns the name: the speaker is
// that person, whom the phrase before "who" only describes.
func (st *state) givenName(s, e int) (party, bool) {
	v := st.v
	k := s
	switch {
	case k+2 < e && (v.toks[k].low == "gave" || v.toks[k].low == "gives" || v.toks[k].low == "give") && possessives[v.toks[k+1].low] && v.toks[k+2].low == "name":
		k += 3
	case k+1 < e && (v.toks[k].low == "identified" || v.toks[k].low == "identifies") && reflexives[v.toks[k+1].low]:
		k += 2
	default:
		return party{}, false
	}
	if k < e && v.toks[k].low == "only" {
		k++
	}
	if k+1 >= e || v.toks[k].low != "as" {
		return party{}, false
	}
	n := st.classify(k+1, e)
	if n.sp == nil || n.kind != kindPerson && n.kind != kindName {
		return party{}, false
	}
	return n, true
}

var (
	possessives = set("his her their")
	reflexives  = set("himself herself themselves")
)

// namePart says token j ends a name of several tokens (the "Us" of `Toys
// "R" Us`), which no pronoun ends.
func (v *view) namePart(j int) bool {
	ei := v.toks[j].ent
	return ei >= 0 && j > 0 && v.toks[j-1].ent == ei && v.a.Entities[ei].Type != "ROLE"
}

// skipWhen returns where the report starts after a day named right after
// the verb with no "that" ("said on Wednesday he had", "said Tuesday the
// talks", "said late on Sunday the army"): the day is when it was said.
func (v *view) skipWhen(i, hi int) int {
	k := i
	for k < hi && (v.toks[k].low == "late" || v.toks[k].low == "early" || v.toks[k].low == "on") {
		k++
	}
	if k >= hi || !calendarWords[v.toks[k].low] || v.toks[k].quote >= 0 || v.toks[k].text == v.toks[k].low { // not "may"
		return i
	}
	k++
	if k < hi && v.toks[k].pos == "CD" { // "on March 3"
		k++
	}
	if k >= hi || isPunct(v.toks[k]) || v.toks[k].pos == "IN" && v.toks[k].low != "that" {
		return i // "said on Monday, ..." or "on Monday in Paris": not a report's start
	}
	if v.toks[k].low == "that" {
		k++
	}
	return k
}

// noObjectLemmas are speech verbs that take no object before an
// infinitive: "urged the army to withdraw" reports the infinitive, but
// after "said the plan" a "to" belongs to the noun ("the plan to raise
// taxes").
var noObjectLemmas = set("say add state note insist argue explain reply stress emphasise")

// commitLemmas are verbs of promising whose object may be a thing given
// ("pledged 300 troops", "promised two million doses").
var commitLemmas = set("pledge promise vow commit offer")

// countedObject says tokens c0..k-1 are a counted noun phrase, a number
// and the common noun it counts ("300 troops", "two more frigates", "1.5
// million vaccine doses"): material given, not words.
func (v *view) countedObject(c0, k int) bool {
	if k-2 > c0 && v.toks[k-2].low == "on" && v.toks[k-1].pos == "NNP" {
		k -= 2 // "pledged 300 troops on Monday to help"
	}
	if k-1 < c0 || (v.toks[k-1].pos != "NN" && v.toks[k-1].pos != "NNS") {
		return false
	}
	for j := k - 1; j >= c0; j-- {
		switch v.toks[j].pos {
		case "CD":
			return true
		case "NN", "NNS", "JJ", "JJR":
			continue
		}
		return false
	}
	return false
}

// threatenedThing says tokens c0..k-1, between "threatened" and a "to",
// are a common noun phrase naming what is threatened ("military action",
// "a wider war", "new sanctions"), not a time ("this week") or a name: a
// threat is made against someone with no "to" ("threatened Iran with
// strikes"), so a thing before the infinitive is its object.
func (v *view) threatenedThing(c0, k int) bool {
	last := v.toks[k-1]
	if k-1 < c0 || (last.pos != "NN" && last.pos != "NNS") || timeUnits[last.low] || relativeDays[last.low] || calendarWords[last.low] {
		return false
	}
	for j := c0; j < k; j++ {
		switch t := v.toks[j]; {
		case t.quote >= 0:
			return false
		case t.pos == "DT" || t.pos == "PRP$" || t.pos == "JJ" || t.pos == "JJR" || t.pos == "CD" || t.pos == "NN" || t.pos == "NNS":
		default:
			return false
		}
	}
	return true
}

// subjectInfinitive says the "to" at k follows a common noun and opens an
// infinitive that a finite verb follows before the clause ends: "the plan
// to raise taxes would fail", where the noun and its infinitive are the
// subject of the verb after them.
func (v *view) subjectInfinitive(k, hi int) bool {
	if k < 1 || (v.toks[k-1].pos != "NN" && v.toks[k-1].pos != "NNS") || !v.infinitive(k+1, hi) {
		return false
	}
	for j := k + 1; j < hi; j++ {
		t := v.toks[j]
		if t.quote >= 0 || t.text == "," || t.text == ";" || t.text == ":" || isPunct(t) || t.low == "that" {
			return false
		}
		if finiteVerb(t) {
			return true
		}
	}
	return false
}

// infinitive says the words from k open an infinitive after "to" ("to
// avoid", "to not seek", `to "crush"`), not a noun phrase ("to the
// Philippines", "to Haiti", "to its allies"). With no tagger a word whose
// tag is guessed as a common noun may be the verb.
func (v *view) infinitive(k, hi int) bool {
	for k < hi && (v.toks[k].pos == "RB" || v.toks[k].low == "not" || isQuoteMark(v.toks[k].text)) {
		k++
	}
	if k >= hi || isPunct(v.toks[k]) {
		return false
	}
	switch v.toks[k].pos {
	case "DT", "PDT", "PRP$", "PRP", "CD", "NNP", "NNPS", "NNS", "NP", "NPS", "POS", "WDT", "WP", "WP$", "JJ", "JJR", "JJS", "IN", "CC":
		return false
	}
	return true
}

// possessorClause returns where the report cs..ce of a closing speaker
// phrase at s that opens with "its" or "their" ("..., its embassy said")
// starts: that speaker is the body of the subject named last, so in "The
// World Bank pledged $30 million, while Britain promised 5 million pounds,
// its embassy said" the embassy reports Britain's clause after "while",
// "whereas" or ", and", not the World Bank's before it. cs when there is
// no such clause with its own subject and verb.
func (v *view) possessorClause(cs, ce, s int) int {
	if s < 0 || s >= len(v.toks) || v.toks[s].low != "its" && v.toks[s].low != "their" {
		return cs
	}
	for k := ce - 1; k > cs; k-- {
		t := v.toks[k]
		if t.quote >= 0 {
			continue
		}
		joiner := t.low == "while" || t.low == "whereas" || t.low == "and" && v.toks[k-1].text == ","
		if !joiner || k+2 >= ce || isVerb(v.toks[k+1].pos) || isPunct(v.toks[k+1]) {
			continue
		}
		for j := k + 2; j < ce; j++ {
			// "Japan promised": a tagger may read the past tense after
			// a name as a participle.
			if finiteVerb(v.toks[j]) || v.toks[j].pos == "VBN" {
				return k + 1
			}
		}
	}
	return cs
}

// subordinators open a clause of time, cause or condition.
var subordinators = set("after before since until till when while because although though unless once whereas if")

// clauseStart says tokens cs..ce, a report with no "that", open with a
// clause: its first verb comes before any word that subordinates a clause
// of its own after something else. "the gaps over a permanent end to the
// fighting remained wide" is one; "4 million dollars in aid to the
// Philippines on Tuesday after flooding displaced ..." is an object and
// a clause of time. A report may open with its subordinate clause ("if
// the talks fail, the army would ...").
//
// issued says the verb is one of issuing or posting, whose object is a thing
// put out ("posted maps of ...", "released photos of ..."): after it a
// participle following the noun of an "of" phrase is a reduced relative on
// that noun (postModifier), where after "said" it may be the clause's verb
// ("said sales of new cars increased by 5 percent").
func (v *view) clauseStart(cs, ce int, issued bool) bool {
	infinitive, modifierOnly := false, false
	for k := cs; k < ce; k++ {
		t := v.toks[k]
		// "promised $5 billion to rebuild the port", "pledged 300 troops
		// to help secure the border": an infinitive before any finite
		// verb tells what the object is for; the words are a thing
		// promised, not a clause reported.
		if t.pos == "VB" && k > cs+1 && v.toks[k-1].low == "to" {
			infinitive = true
			continue
		}
		if infinitive && !finiteVerb(t) {
			continue
		}
		if v.attributive(k, cs, ce) {
			// "posted maps of the targeted buildings", "released photos
			// of the damaged bridge": a participle between a determiner
			// and its noun modifies the noun; it is no clause's verb, and
			// words whose only verbs are such are an object.
			modifierOnly = true
			continue
		}
		if issued && v.postModifier(k, cs, ce) {
			// "posted maps of buildings targeted by the strikes",
			// "released photos of homes damaged in the floods": a
			// participle after its noun, opening a phrase, is a reduced
			// relative on the noun; a clause's verb may still follow
			// ("posted that the buildings targeted ... were empty" is
			// read by "that").
			modifierOnly = true
			continue
		}
		if isVerb(t.pos) && k > cs && t.quote < 0 && (v.toks[k-1].low == "and" || v.toks[k-1].low == "or") && v.toks[k-1].quote < 0 {
			// "recalled its ambassador from Minsk and expelled two
			// diplomats", "announced new sanctions and froze the
			// assets": a verb straight after a conjunction, with no
			// verb before it, is a second predicate of the main verb's
			// subject; a reported clause has a subject of its own
			// before its verb, and no noun phrase ends in "and".
			return false
		}
		if isVerb(t.pos) {
			// "(the company said) on Tuesday, blaming weak demand": a
			// participle after a comma with no finite verb after it
			// hangs on the main clause ("by 2050, increasing population
			// would ..." is a clause).
			if t.pos == "VBG" && k > cs && v.toks[k-1].text == "," {
				for j := k + 1; j < ce; j++ {
					if finiteVerb(v.toks[j]) {
						return true
					}
				}
				return false
			}
			return true
		}
		if k > cs && t.quote < 0 && subordinators[t.low] && v.toks[k-1].text == "," {
			// "said the plan, if approved, would mean ...", "said the
			// talks, when they resume, would ...": a subordinate clause
			// set off by commas inside the report's subject, which goes
			// on after it to its own verb.
			if j := v.asideEnd(k, ce); j > 0 {
				k = j
				continue
			}
		}
		if k > cs && t.quote < 0 && (subordinators[t.low] || v.asClause(k, ce)) {
			return false
		}
	}
	return !infinitive && !modifierOnly
}

// asideEnd returns the comma closing a short clause set off by commas that
// opens at token k, when a finite verb follows that comma before ce; 0
// otherwise.
func (v *view) asideEnd(k, ce int) int {
	for j := k + 1; j < ce && j <= k+8; j++ {
		t := v.toks[j]
		if t.quote >= 0 || t.text == ";" || t.text == ":" {
			return 0
		}
		if t.text != "," {
			continue
		}
		if j+1 < ce && finiteVerb(v.toks[j+1]) {
			return j
		}
		return 0
	}
	return 0
}

// asDegree are the words "as" compares by ("as many as 300", "as much
// as", "as well as", "as soon as"): no clause of time opens with them.
var asDegree = set("many much few little well soon long far good high low large small early late")

// asClause says the "as" at k opens a clause of time with its own subject
// and finite verb ("pledged 500 million euros in aid on Monday as
// Zelenskiy visited Berlin", "as talks resumed"), not a comparison ("as
// many as 300") or an aside after a comma ("the war, as he saw it, was
// lost", where the report goes on after the aside).
func (v *view) asClause(k, ce int) bool {
	if v.toks[k].low != "as" || v.toks[k-1].text == "," || k+2 >= ce {
		return false
	}
	switch v.toks[k+1].pos {
	case "DT", "PRP$", "PRP", "NNP", "NNPS", "NNS":
	case "JJ": // "as European leaders met", not "as many (people)" or "as well"
		if asDegree[v.toks[k+1].low] {
			return false
		}
	default:
		return false
	}
	for j := k + 2; j < ce && j <= k+5; j++ {
		t := v.toks[j]
		if t.quote >= 0 {
			return false
		}
		if finiteVerb(t) {
			return true
		}
		switch t.pos {
		case "JJ", "NN", "NNS", "NNP", "NNPS":
			continue
		}
		return false
	}
	return false
}

// documentObject returns the head of a document that tokens cs..ce open
// with as a noun object ("a statement", "an open letter", "her latest
// video"), or -1; a verb of its own after it makes it a clause's subject
// ("the letter was a forgery").
func (v *view) documentObject(cs, ce int) int {
	k := v.determinedHead(cs, ce, func(t tok) bool {
		return v.lx.document[t.low] && isNoun(t.pos) && !isProper(t)
	}, func(pos string) bool {
		return pos == "JJ" || pos == "JJS" || pos == "VBN" || isNoun(pos)
	})
	if k >= 0 && k+1 < ce && (finiteVerb(v.toks[k+1]) || v.lx.document[v.toks[k+1].low]) {
		return -1
	}
	return k
}

// determinedHead walks a noun phrase that opens at cs with a determiner or
// a possessive ("a", "her") through up to two words modifier accepts to the
// first word head accepts, and returns its index; -1 when the phrase does
// not open so, a quotation mark or another word comes first, or it runs
// past ce.
func (v *view) determinedHead(cs, ce int, head func(tok) bool, modifier func(pos string) bool) int {
	if cs >= ce || v.toks[cs].quote >= 0 || v.toks[cs].pos != "DT" && v.toks[cs].pos != "PRP$" {
		return -1
	}
	for k := cs + 1; k < ce && k <= cs+3; k++ {
		t := v.toks[k]
		if t.quote >= 0 {
			return -1
		}
		if head(t) {
			return k
		}
		if !modifier(t.pos) {
			return -1
		}
	}
	return -1
}

// issuedDocumentReport reads the object of a verb of issuing at c0 ("a
// statement", "a brief statement on Sunday") and returns where its report
// opens, the "that" of "issued a statement that the talks failed" or the
// word after "saying" ("released a statement saying (that) ..."), with
// the document's head; -1 when the object is no document or no report
// follows it. A relative clause on the document ("a statement that was
// posted online", "a report that showed growth") reports nothing: its
// "that" has no subject of its own after it.
//
// A ruling, verdict, order or decision issued "that ..." is the issuer's
// pronouncement in the same way ("the court issued a ruling that the vote
// was invalid"): the court says so through the ruling. Those words stay
// out of the document list, which other frames read: "a ruling that" as
// the object of any other verb ("challenged a ruling that ...") or as a
// subject reports nothing.
func (v *view) issuedDocumentReport(c0, hi int) (int, int) {
	h := v.documentObject(c0, hi)
	if h < 0 {
		h = v.pronouncementObject(c0, hi)
	}
	if h < 0 || h+1 >= hi {
		return -1, -1
	}
	if j := v.sayingAfter(h+1, hi); j > 0 && hi-j >= 3 {
		return j, h
	}
	if t := v.toks[h+1]; t.low == "that" && t.quote < 0 && h+2 < hi {
		if n := v.toks[h+2]; finiteVerb(n) || n.pos == "MD" || n.pos == "RB" || n.pos == "." || n.pos == "TO" || n.quote >= 0 {
			return -1, -1
		}
		return h + 1, h
	}
	return -1, -1
}

// pronouncementObject is documentObject for the things a court or an
// authority issues that state what it holds ("a ruling", "a unanimous
// verdict", "an executive order"): the head's index, or -1.
func (v *view) pronouncementObject(cs, ce int) int {
	return v.determinedHead(cs, ce, func(t tok) bool {
		return pronouncements[t.low] && isNoun(t.pos) && !isProper(t)
	}, func(pos string) bool {
		return pos == "JJ" || pos == "VBN" || isNoun(pos)
	})
}

// pronouncements are issued to state what their issuer holds or decides.
var pronouncements = set("ruling verdict judgment judgement order decision decree declaration")

// sayingAfter returns where the report of a document's "saying" (or
// "stating") begins between lo and hi, past an optional "that", or -1:
// "a video on X saying (that) the bridge was hit".
func (v *view) sayingAfter(lo, hi int) int {
	for k := lo; k < hi; k++ {
		t := v.toks[k]
		if t.quote >= 0 || finiteVerb(t) {
			return -1
		}
		if t.low == "saying" || t.low == "stating" {
			if k+1 < hi && v.toks[k+1].low == "that" {
				return k + 2
			}
			return k + 1
		}
	}
	return -1
}

// gerundObject says the object at c0 opens with a gerund, past adverbs
// ("ever", "having"): "denied (ever) receiving bribes".
func (v *view) gerundObject(c0, hi int) bool {
	k := c0
	for k < hi && v.toks[k].quote < 0 && (v.toks[k].pos == "RB" || v.toks[k].low == "ever") {
		k++
	}
	if k >= hi || v.toks[k].quote >= 0 {
		return false
	}
	t := v.toks[k]
	return t.pos == "VBG" || strings.HasSuffix(t.low, "ing") && len(t.low) > 5 && !isNoun(t.pos) && !isProper(t)
}

// deedClaimed says the object of "claimed" at c0 is the deed's ownership
// ("responsibility", "full responsibility", "credit"), not a report.
func (v *view) deedClaimed(c0, hi int) bool {
	k := c0
	if k < hi && (v.toks[k].low == "full" || v.toks[k].low == "sole") {
		k++
	}
	return k < hi && v.toks[k].quote < 0 && (v.toks[k].low == "responsibility" || v.toks[k].low == "credit")
}

// chargeAt returns the "of" that opens the charge after "accused" and its
// object ("accused China on Saturday of blocking a supply boat", "the
// officials it accused of supplying drones"), or -1: the first "of" before
// a participle, within a short phrase of names, times and prepositions.
// With nounGerund an "-ing" word the tagger read as a noun counts too when
// it comes right after the "of" and a noun phrase follows it, its object
// ("of politicising/NN sport", "of rigging/NN the vote"); an "-ing" noun
// with no object ("of wrongdoing", "the head of marketing at") does not.
func (v *view) chargeAt(c0, hi int, nounGerund bool) int {
	for k := c0; k < hi && k < c0+14; k++ {
		t := v.toks[k]
		if t.quote >= 0 || t.low == "that" || isPunct(t) && t.pos != "POS" && t.pos != "HYPH" {
			return -1
		}
		if t.low == "of" {
			j := k + 1
			for j < hi && (v.toks[j].pos == "RB" || v.toks[j].low == "not") {
				j++
			}
			if j < hi && (v.toks[j].pos == "VBG" || strings.HasSuffix(v.toks[j].low, "ing") && !isNoun(v.toks[j].pos)) {
				return k
			}
			if nounGerund && j == k+1 && j+1 < hi && v.nounGerundAt(j) {
				return k
			}
			continue // "the head of the agency of lying"
		}
		if isVerb(t.pos) && t.pos != "VBG" && t.pos != "VBN" {
			return -1 // a clause of its own
		}
	}
	return -1
}

// nounGerundAt says the token at j, tagged a common noun, is an "-ing" form
// with an object after it: a determiner, a possessive, a number, or a noun
// or adjective starting a noun phrase ("politicising sport", "rigging the
// vote"). A bare noun phrase that runs into "of" ("accused the head of
// housing policy of fraud") is a title's complement, not a charge.
func (v *view) nounGerundAt(j int) bool {
	g, o := v.toks[j], v.toks[j+1]
	if g.quote >= 0 || o.quote >= 0 || !strings.HasSuffix(g.low, "ing") || len(g.low) < 6 || g.pos != "NN" {
		return false
	}
	switch o.pos {
	case "DT", "PRP$", "CD":
		return true
	case "NN", "NNS", "NNP", "NNPS", "JJ":
		m := j + 1
		for m < len(v.toks) && v.toks[m].sent == g.sent && (isNoun(v.toks[m].pos) || v.toks[m].pos == "JJ") {
			m++
		}
		return m >= len(v.toks) || v.toks[m].low != "of"
	}
	return false
}

// objectRelative says the verb at i, with its subject at s, is a relative
// clause on the noun before the subject: in "sanctions on four officials it
// accused of supplying drones" the clause says which officials were
// sanctioned, and reports nothing of its own. A main clause's subject
// pronoun follows a boundary (the start, a comma, "and", "that"), never a
// bare noun; a relative pronoun ("whom it accused") marks the same clause.
func (v *view) objectRelative(s, i int) bool {
	if s <= 0 || s >= i || !(v.toks[s].pos == "PRP" || pronouns[v.toks[s].low]) || v.toks[s].quote >= 0 {
		return false
	}
	b := v.toks[s-1]
	return b.quote < 0 && (isNoun(b.pos) && !isProper(b) || b.low == "whom" || b.low == "which")
}

// doForms carry the negation or emphasis of the verb after them.
var doForms = set("did does do didn't doesn't don't")

// otherReport says token k opens the report of another speaker, which
// ends the one being read (from c0): ", with the Guardian reporting ...",
// "but he replied ...", ", while the government said ...", "and his
// lawyers said ...". clauseOnly says the report's verb takes nothing but
// a clause ("said", "told reporters"), so that a bare "and" before any
// verb of the report joins two subjects of it ("said troops and police
// officers told residents to leave"), not two clauses.
func (v *view) otherReport(c0, k, ce int, clauseOnly bool) bool {
	t := v.toks[k]
	if t.quote >= 0 {
		return false
	}
	switch {
	case t.text == "," && k+1 < ce && v.toks[k+1].low == "with":
		// ", with <subject> <speech verb>-ing": a short subject, then
		// the participle.
		for j := k + 2; j < ce && j <= k+7; j++ {
			tj := v.toks[j]
			if tj.quote >= 0 || isPunct(tj) {
				return false
			}
			if _, n := v.verbAt(j); n > 0 && j > k+2 && strings.HasSuffix(tj.low, "ing") {
				return true
			}
			if !isNPTag(tj.pos) && !isProper(tj) {
				return false
			}
		}
	case (t.low == "but" || t.low == "and") && k+2 < ce && (v.toks[k+1].pos == "PRP" || pronouns[v.toks[k+1].low]) && v.verbAtOK(k+2):
		// "but he replied", "and they said": a new subject's speech
		// ("and her deputy said" is read below).
		p := v.toks[k+2].pos
		return p == "VBD" || p == "VBZ"
	case t.text == "," && k+1 < ce && clauseJoiners[v.toks[k+1].low] && v.toks[k+1].quote < 0:
		// ", while the government said ...", ", but the opposition
		// said ...", ", and his lawyers said ...": a comma and a
		// conjunction before a subject and its speech verb open a
		// clause of their own.
		return v.subjectSpeaks(k+2, ce)
	case clauseJoiners[t.low] && k > c0 && v.toks[k-1].quote < 0:
		// The same without the comma. A bare "and" joins clauses when
		// the report before it has a verb of its own ("said the talks
		// had stalled and the opposition said ..."), or when the
		// reporting verb takes an object ("denied wrongdoing and his
		// lawyers said ..."); after "said" it may join two subjects.
		if t.low == "and" && clauseOnly && !v.hasFinite(c0, k) {
			return false
		}
		return v.subjectSpeaks(k+1, ce)
	}
	return false
}

// clauseFrom returns where the clause of a speaker's own that holds token
// s starts after lo: past the last ";" or conjunction before s that opens a
// subject and its speech verb after a clause with a finite verb of its own
// ("Soldiers appeared on state television ..., but | the minister said").
// A conjunction inside the subject ("the minister and his deputy said")
// has no clause before it, and one before a second verb of the same
// subject ("said ... and added:") opens no new speaker's clause.
func (v *view) clauseFrom(lo, s, hi int) int {
	for k := s - 1; k > lo; k-- {
		t := v.toks[k]
		if t.quote >= 0 {
			continue
		}
		if (t.text == ";" || clauseJoiners[t.low]) && v.subjectSpeaks(k+1, hi) && v.hasFinite(lo, k) {
			return k + 1
		}
	}
	return lo
}

// verbAtOK says an active speech verb starts at token i.
func (v *view) verbAtOK(i int) bool {
	_, n := v.verbAt(i)
	return n > 0 && !v.passive(i)
}

// clauseJoiners join two clauses, each of which may report its own
// speaker's words.
var clauseJoiners = set("and but while whereas yet")

// clauseOnlyLemmas are the speech verbs whose report is always a clause,
// never a noun phrase object: "said troops and police officers told
// residents ..." reports one clause with a joint subject.
var clauseOnlyLemmas = set("say tell add insist argue explain reply")

// subjectSpeaks says the words from j are a noun phrase (or a pronoun)
// followed by a speech verb of its own in a finite form, past adverbs and
// a day: "the interior minister said", "his lawyers on Friday said".
func (v *view) subjectSpeaks(j, ce int) bool {
	s, e := v.npRight(j, ce)
	if s >= e || e >= ce {
		return false
	}
	if e == s+1 && v.toks[s].low == "her" && isNoun(v.toks[e].pos) && v.toks[e].quote < 0 {
		_, e = v.npRight(e, ce) // "her deputy", with "her" read as an object pronoun
	}
	for e < ce && v.toks[e].quote < 0 && (v.toks[e].pos == "RB" || adverbs[v.toks[e].low]) {
		e++
	}
	if k := v.skipWhen(e, ce); k > e && k < ce && k-e <= 3 {
		e = k
	}
	if e >= ce || v.toks[e].quote >= 0 {
		return false
	}
	lemma, n := v.verbAt(e)
	if n == 0 || v.passive(e) || !reportingLemmas[lemma] {
		return false
	}
	switch v.toks[e].pos {
	case "VBD", "VBZ", "VBP":
		return true
	case "VBN":
		// A past tense the tagger read as a participle right after its
		// subject ("opposition leaders said/VBN in a statement"), not
		// one with an agent ("claims denied by the army").
		return e+n >= ce || v.toks[e+n].low != "by"
	}
	return false
}

// complementChainStart returns where the chain of noun phrases joined by
// prepositions that ends with the phrase starting at s begins ("the head
// of the commission in the province of" before "Kandahar"), with
// conjuncts that have no determiner of their own ("oil and gas"), within
// the clause from lo; s when the phrase has none before it.
func (v *view) complementChainStart(s, lo int) int {
	// A place preposition is crossed only when an "of", "for", "in" or
	// "at" is crossed further back, or is inside a phrase crossed to: "the widow of the fisherman from the
	// village" is the widow's phrase, but "an official from the ministry"
	// speaks for the ministry and "the sign on the church door" is where
	// the words hang (read after this), so those stop where they did.
	placeFrom := -1 // where the chain stood before its first place preposition
	for s-2 >= lo && v.toks[s-1].quote < 0 {
		switch {
		case complementPrepositions[v.toks[s-1].low]:
			placeFrom = -1
		case placePrepositions[v.toks[s-1].low] && !v.lx.document[v.toks[s-2].low]:
			if placeFrom < 0 {
				placeFrom = s
			}
		case (v.toks[s-1].low == "and" || v.toks[s-1].low == "or") && !isProper(v.toks[s]) && v.toks[s].pos != "DT" && v.toks[s].pos != "PRP$" && v.toks[s].pos != "CD" &&
			(v.toks[s-2].pos == "NN" || v.toks[s-2].pos == "JJ"):
		case (v.toks[s-1].low == "and" || v.toks[s-1].low == "or") && !isProper(v.toks[s]) && (v.toks[s].pos == "NNS" || v.toks[s].pos == "NN" || v.gerundNoun(s)) && v.toks[s-2].pos == "NNS":
			// "the union of teachers and nurses", "the head of sales and
			// marketing": plural conjuncts inside a complement, kept only
			// when an "of" lies further back, as a place preposition is;
			// "Teachers and nurses said" is two speakers, read apart.
			if placeFrom < 0 {
				placeFrom = s
			}
		default:
			return max(s, placeFrom)
		}
		a, b := v.npLeft(s-2, lo)
		if v.gerundNoun(s - 2) {
			a, b = s-2, s-1
		}
		if a >= b || b != s-1 {
			return max(s, placeFrom)
		}
		for k := a; k < b; k++ {
			if complementPrepositions[v.toks[k].low] {
				placeFrom = -1 // the phrase took in its own "of" ("the owner of the bakery")
			}
		}
		s = a
	}
	return max(s, placeFrom)
}

// gerundNoun says token k is an -ing form naming a field of work inside a
// complement ("the head of sales and marketing at", "the director of
// engineering at"): after "of", or after "and" or "or" joined to a noun,
// and before a preposition, where no verb stands.
func (v *view) gerundNoun(k int) bool {
	if k < 1 || k+1 >= len(v.toks) || v.toks[k].pos != "VBG" || v.toks[k].quote >= 0 {
		return false
	}
	prev := v.toks[k-1].low
	joined := (prev == "and" || prev == "or") && k >= 2 && isNoun(v.toks[k-2].pos)
	return (prev == "of" || joined) && v.toks[k+1].pos == "IN"
}

// complementPrepositions join a noun's complement to it inside one noun
// phrase ("the head of the commission in the province"), as classify
// reads them to find the head; "from" and "by" say where a document
// came from, which is read apart.
var complementPrepositions = set("of for in at")

// placePrepositions join a noun to where its referent comes from or is
// ("the fisherman from the village on the coast"); after a document's noun
// they say where the document came from or was posted ("a statement from
// the presidency", "a post on its website"), which is read apart.
var placePrepositions = set("from on")

// closesParen says token k is a ")" closing a "(" opened after token cs:
// "a lower risk of obesity (36)" keeps its closing bracket when the
// report's final punctuation is trimmed.
func (v *view) closesParen(cs, k int) bool {
	if v.toks[k].text != ")" {
		return false
	}
	depth := 0
	for j := cs; j < k; j++ {
		switch v.toks[j].text {
		case "(":
			depth++
		case ")":
			depth--
		}
	}
	return depth > 0
}

// pollFinding reads "found that" or "showed that" at token i after a poll,
// a survey, a study, a report or research opening the clause ("A Reuters/Ipsos poll found
// that", "A survey by Gallup showed that", "The study found that") as a
// report the pollster makes through the poll: the pollster named before
// the head or after "by" speaks, and the poll is the document it speaks
// through (no one speaks when none is named). It returns that party and
// where the report starts. Other subjects of these verbs find or show
// things without saying them ("Police found that the door was open").
// So a publication is the source of indirect speech: its publisher speaks
// when the sentence names one ("A report by Human Rights Watch found
// that" -> Human Rights Watch, through "A report"), else no one does and
// the publication is the conduit ("Research shows that" -> -, through
// "Research"), as no person or body can be read into it.
func (st *state) pollFinding(i, lo, hi int) (party, int, bool) {
	v := st.v
	t := v.toks[i]
	// "A report found/VBN that": a tagger's participle right after the
	// head, with no auxiliary before it, is the clause's verb.
	misread := t.pos == "VBN" && i > lo && isNoun(v.toks[i-1].pos) && !v.passive(i)
	if !pollVerbs[t.low] || t.quote >= 0 || t.pos != "VBD" && t.pos != "VBZ" && !misread || i+2 >= hi || v.toks[i+1].low != "that" || v.toks[i+1].quote >= 0 || isVerb(v.toks[i+2].pos) {
		return party{}, 0, false
	}
	// The head, with a pollster after "by" or a participle ("published
	// on Tuesday") between it and the verb.
	k := i - 1
	for k >= lo && k > i-8 && !findingHeads[v.toks[k].low] {
		tk := v.toks[k]
		if tk.quote >= 0 || isPunct(tk) || isVerb(tk.pos) && tk.pos != "VBN" && !issueVerbs[tk.low] { // "published/VBD on Monday"
			return party{}, 0, false
		}
		k--
	}
	if k < lo || !findingHeads[v.toks[k].low] || !isNoun(v.toks[k].pos) || v.toks[k].quote >= 0 {
		return party{}, 0, false
	}
	s, e := v.npLeft(k, lo)
	for s-2 >= lo && (v.toks[s-1].text == "/" || v.toks[s-1].text == "-") && isProper(v.toks[s-2]) {
		s -= 2 // "Reuters/Ipsos"
	}
	for s-1 >= lo && v.toks[s-1].pos == "DT" {
		s--
	}
	if s >= e || s > lo && !isPunct(v.toks[s-1]) && v.toks[s-1].pos != "CC" {
		return party{}, 0, false // "The governor said a poll showed that": the governor's report
	}
	p := party{kind: kindDocument, sp: &model.Speaker{Text: v.textOf(s, e)}, s: s, e: i}
	os, oe := s, k // the pollster before the head
	for os < oe && !isProper(v.toks[os]) {
		os++
	}
	if os == oe && k+2 < i && v.toks[k+1].low == "by" {
		os, oe = v.npRight(k+2, i)
	}
	if os < oe {
		owner := st.classify(os, oe)
		if owner.sp == nil || owner.sp.Text != v.textOf(os, oe) {
			// "Reuters/Ipsos": two pollsters, neither alone.
			owner.sp = &model.Speaker{Text: v.textOf(os, oe)}
		}
		owner.kind = kindOrg // a pollster speaks through its poll, an outlet too
		p.owner = &owner
	}
	return p, i + 2, true
}

var (
	pollVerbs    = set("found finds showed shows suggested suggests concluded concludes revealed reveals estimated estimates")
	findingHeads = set("poll polls survey surveys study studies report reports research analysis review audit investigation inquiry assessment paper")
)

// occasionAt reads "at" and an occasion where words are said from token i
// ("at a news conference", "at his morning press conference", "at a
// briefing in Geneva", up to the medium word) as a channel, or nil.
func (v *view) occasionAt(i, hi int) *model.Speaker {
	s, e := v.npRight(i+1, hi)
	if s >= e || v.toks[s].pos != "DT" && v.toks[s].pos != "PRP$" {
		return nil
	}
	for m := s + 1; m < e && !isProper(v.toks[m]) && (isNoun(v.toks[m].pos) || v.toks[m].pos == "JJ" || v.lx.medium[v.toks[m].low]); m++ {
		if v.lx.medium[v.toks[m].low] && (m+1 == e || !v.lx.medium[v.toks[m+1].low]) {
			return &model.Speaker{Text: "at " + v.textOf(s, m+1), Kind: model.ConduitChannel}
		}
	}
	return nil
}

// titledPublication returns the end of a publication the speaker put out
// under its title, from token i after "in": a possessive, adjectives, the
// capitalised title and an optional medium word, before "that" or a
// comma ("in its World Economic Outlook that", "in its latest Global
// Economic Prospects report,"), or -1. A title is two or more capitalised
// words naming no person or place ("in its Beijing office" is no
// publication).
func (v *view) titledPublication(i, hi int) int {
	if i >= hi || v.toks[i].pos != "PRP$" || v.toks[i].quote >= 0 {
		return -1
	}
	k := i + 1
	for k < hi && (v.toks[k].pos == "JJ" || v.toks[k].pos == "JJS") && !isProper(v.toks[k]) && v.toks[k].quote < 0 {
		k++
	}
	t0 := k
	for k < hi && k < t0+6 && isProper(v.toks[k]) && v.toks[k].quote < 0 {
		if ei := v.toks[k].ent; ei >= 0 {
			switch v.a.Entities[ei].Type {
			case model.EntityPerson, model.EntityGPE, model.EntityLoc:
				return -1
			}
		}
		k++
	}
	if k-t0 < 2 || k >= hi {
		return -1
	}
	if v.lx.medium[v.toks[k].low] && !isProper(v.toks[k]) && v.toks[k].quote < 0 {
		k++
	}
	if k < hi && (v.toks[k].low == "that" || v.toks[k].text == ",") && v.toks[k].quote < 0 {
		return k
	}
	return -1
}

// receptionAfterTo returns where the report starts after a "to" phrase
// from token i that says how words were met ("to loud applause", "to
// laughter from the benches", "to cheers"), when a "that" or a clause
// follows it, or -1.
func (v *view) receptionAfterTo(i, hi int) int {
	k := i
	for k < hi && k < i+3 && v.toks[k].quote < 0 && !receptionNouns[v.toks[k].low] && (v.toks[k].pos == "JJ" || v.toks[k].pos == "RB" || v.toks[k].pos == "VB" || v.toks[k].pos == "DT") {
		k++
	}
	if k >= hi || !receptionNouns[v.toks[k].low] || v.toks[k].quote >= 0 {
		return -1
	}
	e := k + 1
	if e+1 < hi && (v.toks[e].low == "from" || v.toks[e].low == "of" || v.toks[e].low == "in") {
		if s2, e2 := v.npRight(e+1, hi); s2 < e2 {
			e = e2
		}
	}
	if e >= hi || v.toks[e].quote >= 0 {
		return -1
	}
	// "to applause that greeted him": a verb right after "that" makes it
	// a relative pronoun on the applause.
	if v.toks[e].low == "that" && e+1 < hi && !isVerb(v.toks[e+1].pos) && v.toks[e+1].quote < 0 || v.subjectClauseAt(e, hi) {
		return e
	}
	return -1
}

// receptionNouns are the sounds an audience meets words with.
var receptionNouns = set("applause cheers cheering laughter jeers jeering boos booing gasps groans chuckles murmurs whistles heckling ovation")

// speakingNoun reads the common noun phrase p, which names no role, body
// or person the lexicon or the tagger knows, as the speaker of the verb of
// lemma it is the subject of ("The coastguard said", "The driver told
// police", "The family said in a statement"): these verbs take someone as
// their subject, as a verb next to a quotation does (commonNoun). Heads
// that carry words with no one speaking ("the law says", "the sign said")
// and documents stay no one, and verbs that findings and forecasts also
// take ("warned", "predicted", "suggested") are left out.
func (st *state) speakingNoun(p party, lemma string, verb, lo int) party {
	v := st.v
	if !personalLemmas[lemma] || p.e <= p.s || p.e > verb || p.sp != nil {
		return p // an inverted subject ("Add the jars") is no speaker found here
	}
	// "The family of the missing climber said", "Growers of coffee and
	// cocoa in Ghana say": the noun phrase found is the complement; the
	// one it belongs to speaks.
	if s2 := v.complementChainStart(p.s, lo); s2 < p.s {
		p.s = s2
	}
	if b := p.s - 1; b >= lo && (isVerb(v.toks[b].pos) || v.toks[b].pos == "TO" || objectPrepositions[v.toks[b].low]) {
		// "spent 45 seconds explaining", "Executives across the world
		// say": a phrase after a verb or a preposition is its object,
		// not the subject.
		return p
	}
	if b := p.s - 1; b-1 >= lo && v.toks[b].pos == "CC" && v.toks[b].low != "but" && !isPunct(v.toks[b-1]) {
		// "in charge of economic policy and financial stability said":
		// a conjunct inside a longer subject, which is cut off at the
		// "and"; after a comma ("..., and the coastguard said") the
		// conjunction joins two clauses and the phrase is the subject.
		return p
	}
	return st.commonSpeaker(p)
}

// commonSpeaker reads the common noun phrase p, which names no role, body
// or person the lexicon or the tagger knows, as someone who speaks, where
// its place says it is a source ("The coastguard said", "according to the
// coroner"): its head must be no word for a text, a rule or a figure
// ("the law says", "according to the data", "44 percent of Americans
// say").
func (st *state) commonSpeaker(p party) party {
	v := st.v
	if p.e <= p.s || p.sp != nil || p.kind != kindNone {
		return p
	}
	head := p.e - 1
	for k := p.s + 1; k < p.e-1; k++ {
		if l := v.toks[k].low; (l == "of" || l == "for" || l == "at" || l == "in") && isNoun(v.toks[k-1].pos) {
			head = k - 1
			break
		}
	}
	h := v.toks[head]
	if h.low == "percent" || h.low == "%" || h.low == "cent" {
		// "44 percent of Americans say": a poll's figure, which the poll
		// reports, not words anyone said.
		return p
	}
	// "The principal/JJ told parents": a tagger's adjective ending a
	// determined phrase right before the verb stands for its noun, as
	// an adjective alone is no subject.
	adjective := h.pos == "JJ" && head == p.e-1 && head > p.s && (v.toks[p.s].pos == "DT" || v.toks[p.s].pos == "PRP$" || v.toks[head-1].pos == "POS")
	if h.quote >= 0 || !isNoun(h.pos) && !adjective || isProper(h) || h.ent >= 0 || v.lx.voiceless[h.low] || v.lx.document[h.low] || v.lx.medium[h.low] {
		return p
	}
	for k := p.s; k < p.e; k++ {
		if v.toks[k].quote >= 0 {
			return p
		}
	}
	p.kind = kindRole
	p.sp = &model.Speaker{Text: v.textOf(p.s, p.e)}
	if who := st.agedPerson(p.s, p.e); who != nil {
		p.kind, p.sp = kindPerson, who // "The 29-year-old said", after "Eliud Kamau, 29,"
	}
	return p
}

// personalLemmas are the speech verbs whose subject is someone: a body or
// a person says, tells, insists or admits; a report or a forecast only
// warns, finds or predicts. "Add", "claim" and "announce" are left out as
// well: a share "added 2%", a recipe says "add the jars", a family
// "claimed the body".
var personalLemmas = set("say tell insist deny admit acknowledge confirm allege explain argue concede")

// objectPrepositions are words before a noun phrase that make it their
// object (not "after" or "before", which also open a clause).
var objectPrepositions = set("in on at across of for from with by to about over under into among between near around through against without within inside outside like")

// hasFinite says tokens lo..hi hold a finite verb outside quotation marks.
func (v *view) hasFinite(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if v.toks[k].quote < 0 && finiteVerb(v.toks[k]) {
			return true
		}
	}
	return false
}

// secondReport returns the verb of a second act of speech of the report's
// speaker that the conjunction at k joins, with no subject of its own, or
// -1: "(denied the
// accusation) and said it would respond", "(said it was monitoring the
// drills) and warned against provocations", "but did not say what they
// would be". A verb after "did" or in the past or present tense, not a
// bare one under the report's modal ("would resign and urge").
func (v *view) secondReport(k, ce int) int {
	t := v.toks[k]
	if t.quote >= 0 || t.low != "and" && t.low != "but" {
		return -1
	}
	j := k + 1
	did := false
	for j < ce && v.toks[j].quote < 0 && (v.toks[j].pos == "RB" || adverbs[v.toks[j].low] || doForms[v.toks[j].low] || v.toks[j].low == "not" || v.toks[j].low == "n't") {
		did = did || doForms[v.toks[j].low]
		j++
	}
	if j >= ce {
		return -1
	}
	if lemma, n := v.verbAt(j); n == 0 || v.passive(j) || !reportingLemmas[lemma] {
		return -1
	}
	switch p := v.toks[j].pos; {
	case p == "VBD" || p == "VBZ", did && (p == "VB" || p == "VBP"):
		return j
	case p == "VBN" && j+1 < ce && (v.toks[j+1].text == ":" || isQuoteMark(v.toks[j+1].text)):
		// "(said the talks had stalled) and added: "...": after "had
		// stalled and" a tagger reads the verb as a second participle
		// under "had", but a colon or a quotation after it makes it the
		// speaker's own verb introducing their words.
		return j
	}
	return -1
}

// coordinatedAct says the "and" at k, inside the report of the past-tense
// speech verb at i, joins a second past-tense verb with no subject of its
// own to that verb, not to the report: in "said India would buy 26 jets and
// invited French companies to invest" a past verb cannot share the
// report's modal or present tense ("would buy ... and invite"), so it is
// the speaker's next act, parallel to "said". A report in the simple past
// ("said the gunman entered the building and opened fire") may go on with
// its own past verb, and one after a participle ("would be passed and
// signed") is a second participle; both stay in the report.
func (v *view) coordinatedAct(i, c0, k, ce int) bool {
	t := v.toks[k]
	if t.low != "and" || t.quote >= 0 || v.toks[i].pos != "VBD" || v.toks[k-1].pos == "VBN" || v.toks[k-1].pos == "VBD" {
		return false
	}
	j := k + 1
	for j < ce && v.toks[j].quote < 0 && (v.toks[j].pos == "RB" || adverbs[v.toks[j].low]) {
		j++
	}
	if j+1 >= ce || v.toks[j].pos != "VBD" && v.toks[j].pos != "VBN" || v.toks[j].quote >= 0 || doForms[v.toks[j].low] {
		return false
	}
	tense := ""
	for m := c0; m < k; m++ {
		tm := v.toks[m]
		if tm.quote >= 0 {
			continue
		}
		if v.toks[j].pos == "VBN" && auxiliaries[tm.low] && tm.pos != "MD" && !doForms[tm.low] {
			// A tagger reads "and invited" after "would buy" as a
			// participle; after "would have bought" it is one.
			return false
		}
		if tense == "" && finiteVerb(tm) {
			tense = tm.pos // the report's own first finite verb
		}
	}
	return tense == "MD" || tense == "VBZ" || tense == "VBP"
}

// gerundReportAct says the "and" or "but" at k, inside a report that is a
// gerund phrase ("accused Rabat of politicising sport", "admitted taking
// the money"), joins a finite verb to the speech verb rather than to the
// report: a gerund phrase has no tense, so "and summoned Morocco's envoy"
// or "but declined to give details" cannot continue it and is the
// speaker's next act. A second gerund ("of politicising sport and
// undermining the league") stays in the report, as does a clause with a
// finite verb of its own inside the report ("of claiming the army had
// shelled the town and killed civilians"), whose past verbs may go on, and
// a participle under "having" or "being" ("of having shelled the town and
// killed civilians"). A participle the tagger reads before a noun ("and
// stolen goods") is an adjective in the gerund's object.
func (v *view) gerundReportAct(c0, k, ce int) bool {
	t := v.toks[k]
	if c0+1 < k && v.toks[c0].low == "against" {
		c0++ // "warned Ethiopia against deploying troops"
	}
	if t.low != "and" && t.low != "but" || t.quote >= 0 || v.toks[c0].pos != "VBG" || v.toks[c0].quote >= 0 {
		return false
	}
	for m := c0; m < k; m++ {
		if tm := v.toks[m]; tm.quote < 0 && (finiteVerb(tm) || auxiliaries[tm.low] || tm.low == "having") {
			return false
		}
	}
	j := k + 1
	for j < ce && v.toks[j].quote < 0 && (v.toks[j].pos == "RB" || adverbs[v.toks[j].low]) {
		j++
	}
	if j+1 >= ce || v.toks[j].quote >= 0 {
		return false
	}
	switch v.toks[j].pos {
	case "VBD", "VBZ":
		return true
	case "VBN":
		return !isNoun(v.toks[j+1].pos)
	}
	return false
}

// warnedAgainst returns the "against" after the addressee of "warned"
// ("warned Ethiopia against deploying troops", "warned the two sides
// against any escalation"), or -1 when no noun phrase of a few words
// leads to one from c0.
func (v *view) warnedAgainst(c0, hi int) int {
	for k := c0; k < hi && k < c0+8; k++ {
		tk := v.toks[k]
		if tk.quote >= 0 {
			return -1
		}
		if tk.low == "against" {
			if k > c0 && k+1 < hi {
				return k
			}
			return -1
		}
		switch {
		case isNoun(tk.pos), tk.pos == "DT", tk.pos == "PRP$", tk.pos == "POS", tk.pos == "JJ", tk.pos == "PRP", tk.pos == "CD", tk.low == "and":
		case (tk.pos == "VBG" || tk.pos == "VBN") && k+1 < hi && isNoun(v.toks[k+1].pos):
			// "warned the neighbouring state against", "the armed
			// groups": a participle before the addressee's noun.
		default:
			return -1
		}
	}
	return -1
}

// appealLemmas are the verbs of a speaker's appeal to others: "called on",
// "urged", "appealed to" someone to do something.
var appealLemmas = set("call urge appeal")

// appealAfterPassive says the "and" at k, inside a report whose last verb
// before it is a passive ("the count had been manipulated"), joins an
// active verb of appeal with an object of its own ("and called on her
// supporters to stay calm", "and urged voters to ..."). The verb cannot be
// a second participle under the report's "been": a passive "called on"
// or "urged" has no object after it ("had been urged to"). So it has its
// own subject, and with none written it is the speaker's: the report's
// subject, the thing done to, is not who appeals to people; the speaker,
// who can act, is. An appeal with no object ("and urged to leave") stays
// a second passive in the report.
func (v *view) appealAfterPassive(c0, k, ce int) bool {
	if t := v.toks[k]; t.low != "and" || t.quote >= 0 {
		return false
	}
	j := k + 1
	for j < ce && v.toks[j].quote < 0 && (v.toks[j].pos == "RB" || adverbs[v.toks[j].low]) {
		j++
	}
	if j >= ce || v.toks[j].quote >= 0 || v.toks[j].pos != "VBD" && v.toks[j].pos != "VBN" {
		return false
	}
	lemma, n := v.verbAt(j)
	if n == 0 || !appealLemmas[lemma] || j+n >= ce {
		return false
	}
	switch o := v.toks[j+n]; o.pos {
	case "DT", "PRP$", "PRP", "NNP", "NNPS", "NN", "NNS", "CD", "JJ":
		if o.low == "by" || o.quote >= 0 && isQuoteMark(o.text) {
			return false
		}
	default:
		return false
	}
	// The report's last verb before "and" is a participle after a form
	// of "be" (quotation marks around a partial quote do not count).
	m := k - 1
	for m > c0 && !strings.HasPrefix(v.toks[m].pos, "VB") && v.toks[m].pos != "MD" {
		m--
	}
	if m <= c0 || v.toks[m].pos != "VBN" {
		return false
	}
	b := m - 1
	for b > c0 && (isQuoteMark(v.toks[b].text) || v.toks[b].pos == "RB" || adverbs[v.toks[b].low]) {
		b--
	}
	return b >= c0 && beForms[v.toks[b].low] && v.toks[b].low != "'s"
}

// appealFrames are the past forms of the verbs of appeal and warning, each
// with the words that may follow it in the active voice: the preposition
// of the phrasal verb ("called for", "appealed to") or an object of its
// own ("urged calm", "asked both sides"). A form the tagger
// reads as a participle or an adjective ("but called/VBN for calm",
// "but urged/JJ calm") is still the verb when such a word follows.
var appealFrames = map[string]appealFrame{
	"called":    {preps: set("for on upon")},
	"appealed":  {preps: set("for to")},
	"pleaded":   {preps: set("for with")},
	"urged":     {preps: set("that"), object: true},
	"asked":     {preps: set("for"), object: true},
	"warned":    {preps: set("of against that"), object: true},
	"demanded":  {preps: set("that"), object: true},
	"cautioned": {preps: set("against that"), object: true},
}

// appealFrame is what follows an active verb of appeal: one of preps, or
// with object a noun phrase.
type appealFrame struct {
	preps  map[string]bool
	object bool
}

// appealAfterState returns the verb after the "but" or "and" at k when it
// is the speaker's own appeal or warning, or -1. Inside a report whose last
// verb before k is a form of "be" ("said the vote was free and fair") or a
// passive ("said the count had been manipulated"), "Observers said the
// vote was free and fair but called for calm" joins the appeal to "said". The report's subject is described, not
// acting, and a vote or a count calls for nothing; the appeal has no
// subject of its own, so it is the speaker's next act, as in contrastAct.
// The verb must read active, with its preposition or an object after it:
// "was free but called into question" or "was expected but called into
// question by the losing side" is a second participle under the report's
// "was" and stays in it, as does "were urged to leave".
func (v *view) appealAfterState(c0, k, ce int) int {
	if t := v.toks[k]; t.low != "and" && t.low != "but" || t.quote >= 0 {
		return -1
	}
	j := k + 1
	for j < ce && v.toks[j].quote < 0 && (v.toks[j].pos == "RB" || adverbs[v.toks[j].low]) {
		j++
	}
	if j+1 >= ce || v.toks[j].quote >= 0 || v.toks[j+1].quote >= 0 {
		return -1
	}
	frame, ok := appealFrames[v.toks[j].low]
	if !ok {
		return -1
	}
	switch o := v.toks[j+1]; {
	case frame.preps[o.low]:
	case frame.object && o.low != "by" && o.low != "to" && (isNoun(o.pos) || o.pos == "DT" || o.pos == "PRP$" || o.pos == "PRP" || o.pos == "CD" || o.pos == "JJ"):
	default:
		return -1
	}
	// The report's last verb before the conjunction, outside quotation
	// marks: a form of "be", or a participle after one.
	m := k - 1
	for m > c0 && (v.toks[m].quote >= 0 || !strings.HasPrefix(v.toks[m].pos, "VB") && v.toks[m].pos != "MD") {
		m--
	}
	if m < c0 || v.toks[m].quote >= 0 {
		return -1
	}
	if beForms[v.toks[m].low] && v.toks[m].low != "'s" {
		return j
	}
	if v.toks[m].pos != "VBN" {
		return -1
	}
	b := m - 1
	for b > c0 && (v.toks[b].pos == "RB" || adverbs[v.toks[b].low]) {
		b--
	}
	if b >= c0 && beForms[v.toks[b].low] && v.toks[b].low != "'s" {
		return j
	}
	return -1
}

// judgingLemmas are verbs of a speaker's verdict on something seen or
// heard: observers, monitors and critics "praised", "criticised" or
// "questioned" what they report on.
var judgingPast = set("criticised criticized praised welcomed condemned complained regretted lamented questioned deplored decried faulted commended hailed applauded")

// contrastAct says the "but" at k, inside a report, joins a past-tense
// verb of judgement with no subject of its own to the speech verb: in
// "Observers said the vote was largely peaceful but criticised delays" the
// observers criticised, as "and" before a second predicate gives the
// speaker's next act (see coordinatedAct). A clause with its own subject
// ("said the vote was peaceful but turnout was low") has a noun after
// "but" and stays in the report, as does a plain event verb ("said the
// army retreated but regrouped"), which the report's subject may share.
func (v *view) contrastAct(k, ce int) bool {
	t := v.toks[k]
	if t.low != "but" || t.quote >= 0 {
		return false
	}
	j := k + 1
	for j < ce && v.toks[j].quote < 0 && (v.toks[j].pos == "RB" || adverbs[v.toks[j].low]) {
		j++
	}
	if j+1 >= ce || v.toks[j].quote >= 0 || v.toks[j].pos != "VBD" && v.toks[j].pos != "VBN" {
		return false
	}
	return judgingPast[v.toks[j].low]
}

// contrastJoiners set a clause against the one before: "but", and
// "while" or "whereas" after a comma ("accused the RSF of shelling the
// camp, while the RSF blamed army-allied militias").
var contrastJoiners = set("but while whereas")

// narratorClause says the ", but" (", while", ", whereas") at k opens a
// clause whose subject is a person or body other than the report's own
// subject, with a finite verb: in "Rights groups said the arrests were
// unlawful, but the president did not address the issue" or "The army
// accused the RSF of shelling the camp, while the RSF blamed militias" the
// writer goes on about someone else, while in
// "said the talks had made progress, but differences remained" the
// contrast is still the speaker's (no actor as subject). A pronoun may
// stand for the report's subject and is left alone.
func (st *state) narratorClause(c0, k, ce int) bool {
	v := st.v
	if v.toks[k].text != "," || v.toks[k].quote >= 0 || k+2 >= ce || !contrastJoiners[v.toks[k+1].low] || v.toks[k+1].quote >= 0 {
		return false
	}
	s, e := v.npRight(k+2, ce)
	if s >= e || e >= ce || v.toks[s].pos == "PRP" || pronouns[v.toks[s].low] {
		return false
	}
	f := e
	for f < ce && v.toks[f].quote < 0 && (v.toks[f].pos == "RB" || adverbs[v.toks[f].low]) {
		f++
	}
	if f >= ce || v.toks[f].quote >= 0 {
		return false
	}
	// "while the RSF blamed/VBN militias": a tagger may read the past
	// tense after a name as a participle; one with an agent ("the camp
	// shelled by ...") is none.
	if !finiteVerb(v.toks[f]) && (v.toks[f].pos != "VBN" || f+1 >= ce || v.toks[f+1].low == "by") {
		return false
	}
	if rs, re := v.npRight(c0, k); rs < re && strings.EqualFold(v.toks[re-1].low, v.toks[e-1].low) {
		return false // "said the army had withdrawn, but the army ..."
	}
	switch c := st.classify(s, e); c.kind {
	case kindPerson, kindRole, kindOrg, kindName:
		return c.sp != nil
	}
	return false
}

// skipTimeBack returns where the subject ends before a time phrase that
// stands between it and its verb, ending at token j: "China's commerce
// ministry on Wednesday (condemned)", "The army late on Sunday (said)",
// "Officials last week (said)", "The court on March 3 (ruled)". The day is
// when it was said, not who said it. It returns j when no such phrase ends
// there, or when nothing would be left of the subject.
func (v *view) skipTimeBack(j, lo int) int {
	k := j
	if k >= lo && v.toks[k].pos == "CD" && k-1 >= lo && calendarWords[v.toks[k-1].low] {
		k-- // "March 3"
	}
	switch {
	case k >= lo && calendarWords[v.toks[k].low] && v.toks[k].text != v.toks[k].low || k >= lo && relativeDays[v.toks[k].low]:
		k--
	case k-1 >= lo && timeUnits[v.toks[k].low] && (v.toks[k-1].low == "last" || v.toks[k-1].low == "this" || v.toks[k-1].low == "next"):
		k -= 2 // "last week"
		if k >= lo && v.toks[k].low == "earlier" || k >= lo && v.toks[k].low == "later" {
			k--
		}
	default:
		return j
	}
	for k >= lo && (v.toks[k].low == "on" || v.toks[k].low == "late" || v.toks[k].low == "early" || v.toks[k].low == "earlier") {
		k--
	}
	// "Milei, who last year called Lula a ...": the time may stand
	// between a relative pronoun and its verb too.
	if k < lo {
		return j
	}
	relative := v.toks[k].low == "who" || v.toks[k].low == "which"
	if v.toks[k].pos == "VBN" && v.toks[k].quote < 0 && k-1 >= lo && isNoun(v.toks[k-1].pos) && v.toks[k-1].quote < 0 {
		// "A UN report released on Monday said": a participle on the
		// subject dates it; the noun before it heads the subject.
		return k - 1
	}
	if v.toks[k].quote >= 0 || !(isNPTag(v.toks[k].pos) || v.toks[k].pos == "PRP" || v.toks[k].ent >= 0 || relative) {
		return j
	}
	return k
}

var (
	relativeDays = set("today yesterday tonight")
	timeUnits    = set("week month year weekend")
)

// partialAt returns the quotation span that token k is part of (its
// content or a mark) when the span is a partial quote woven into its
// sentence, or -1.
func (st *state) partialAt(k int) int {
	v := st.v
	t := v.toks[k]
	q := int(t.quote)
	if q < 0 && isQuoteMark(t.text) {
		// A mark: the span it opens or closes.
		for _, c := range []int{k + 1, k - 1} {
			if c >= 0 && c < len(v.toks) && v.toks[c].quote >= 0 && v.toks[c].sent == t.sent {
				if sp := v.spans[v.toks[c].quote]; int(t.start) == sp.Open || int(t.end) == sp.Close {
					q = int(v.toks[c].quote)
					break
				}
			}
		}
	}
	if q < 0 || kindOf(v, q) != model.QuotePartial {
		return -1
	}
	return q
}

// reportHolding returns the first token of an indirect quote already found
// in token k's sentence, after its speech verb, that holds k, or -1.
func (st *state) reportHolding(k int) int {
	v := st.v
	t := v.toks[k]
	for i, n := len(st.out)-1, 0; i >= 0 && n < 64; i, n = i-1, n+1 {
		q := &st.out[i].q
		if q.Sentence < int(t.sent) {
			break
		}
		// Only a report after its verb ("said her party has ..."): one
		// before its attribution ("..., police said") holds the
		// speaker's own predicates too.
		if vb := st.out[i].verb; q.Kind == model.QuoteIndirect && q.Start <= int(t.start) && int(t.end) <= q.End && vb >= 0 && int(v.toks[vb].end) <= q.Start {
			return v.tokAt(q.Start)
		}
	}
	return -1
}

// commaInClosingMark says the tokens before start are a comma and the
// closing mark of a quotation woven into a clause of the writer's: its
// opening mark comes after lo, and a finite verb outside any quotation
// stands between lo and it (`The talks were "frank,"`), and the finder
// reads the quotation as partial, woven into that clause. A quotation
// that opens the sentence (`"We will fight," ...`, `And "we will win,"
// ...`) is a direct quote, no report's end.
func (v *view) commaInClosingMark(lo, start int) bool {
	if start-2 <= lo || !isQuoteMark(v.toks[start-1].text) || v.toks[start-2].text != "," || v.toks[start-2].quote < 0 {
		return false
	}
	qi := int(v.toks[start-2].quote)
	if kindOf(v, qi) != model.QuotePartial {
		// `While some carry two phones, and "we love you for that,"
		// Cook said`: a quotation after a comma or a conjunction is a
		// direct quote of its own, and the words before it no report.
		return false
	}
	open := v.tokAt(v.spans[qi].Open)
	for k := lo; k < open && k < start; k++ {
		if v.toks[k].quote < 0 && finiteVerb(v.toks[k]) {
			return true
		}
	}
	return false
}

// subjectClauseAt says a clause starts at token k: a noun phrase and,
// right after it, a finite verb or a modal ("the city would rebuild").
func (v *view) subjectClauseAt(k, hi int) bool {
	s, e := v.npRight(k, hi)
	return s == k && s < e && e < hi && v.toks[e].quote < 0 && finiteVerb(v.toks[e])
}

// finiteVerb says t is a verb in a finite form or a modal, which needs a
// subject before it.
func finiteVerb(t tok) bool {
	switch t.pos {
	case "VBD", "VBZ", "VBP", "MD":
		return !isPunct(t)
	}
	return false
}

// mouthpieces speak for the one who owns them: "his office", "her
// spokeswoman".
// Staff and deputies are of the same office: "her deputy", "his advisers"
// speak as the owner's body does.
// personalStaff are the mouthpieces that are one person's own staff, who
// speak for that person: "his office", "her spokeswoman", "his aides". A
// deputy or an adviser speaks in their own name.
var personalStaff = set("office spokesman spokeswoman spokesperson spokespeople aide aides")

var mouthpieces = set("office spokesman spokeswoman spokesperson spokespeople aides aide adviser advisers advisor advisors deputy deputies")

// counsel speak for their client itself, not for its office: "his
// lawyers", "the company's attorneys".
var counsel = set("lawyer lawyers attorney attorneys")

// reportingLemmas are the speech verbs that report an act of speech of
// their own after "and": not "continued" ("began when he collected head
// shots and continued as a passion"), "read", "hoped" or "believed".
var reportingLemmas = set("say tell add warn urge vow pledge promise insist argue announce declare deny accuse call demand threaten confirm claim note state stress emphasise explain reply respond write tweet suggest predict acknowledge admit caution concede allege assert")

// nonMediaBody says token k is part of an organisation's name that the
// resolver places in a sector other than the media (an NGO, a union, a
// ministry), or, for a body it does not know, a word for news people in
// its name: the "Union of Journalists" or a "Federation of Journalists"
// is the people's body, while a name with "Press", "Radio" or "Television"
// in it may well be a medium.
func (v *view) nonMediaBody(k int) bool {
	ei := v.toks[k].ent
	if ei < 0 {
		return false
	}
	en := v.a.Entities[ei]
	if en.Type != model.EntityOrg || en.Sector == "media" {
		return false
	}
	return en.Sector != "" || newsPeople[v.toks[k].low] || pressBody(en.Text, v.toks[k].text)
}

// pressMembershipHeads are the heads of a body's name whose members are
// people: a "Foreign Press Association" or a "National Press Club" is
// journalists met in person, not a medium that passes words on.
var pressMembershipHeads = set("association club union federation society guild")

// pressBody says the organisation name, with the media word w in it, is a
// membership body of news people: its head is one of pressMembershipHeads
// and a word of the name precedes w ("Foreign Press Association",
// "Overseas Press Club"). A name that begins with the media word ("the
// Press Association") is the British news agency's old name.
func pressBody(name, w string) bool {
	words := strings.Fields(name)
	if len(words) < 3 || !pressMembershipHeads[strings.ToLower(words[len(words)-1])] {
		return false
	}
	for _, x := range words[1 : len(words)-1] {
		if strings.Trim(x, "'’") == strings.Trim(w, "'’") {
			return true
		}
	}
	return false
}

// documentApposition reads the tokens a..b, set off by commas after the
// document d, as a participle clause that says how the document came out
// ("The report, released on Thursday by Human Rights Watch, said", "The
// letter, signed by 40 lawmakers, said", "The statement, carried by the
// Xinhua news agency, said"): the document is then the subject of the
// speech verb after it, and the agent of the participle, when it can
// speak or is an outlet, its owner (an outlet only carried it, and
// speakerAndConduit makes it the conduit). ok is false for anything else
// set off there ("The report, the third this year, said"), which the
// appositive rules read as before.
func (st *state) documentApposition(d party, a, b int) (party, bool) {
	v := st.v
	if a >= b || v.toks[a].quote >= 0 {
		return party{}, false
	}
	if t := v.toks[a]; t.pos != "VBN" && !issueVerbs[t.low] && !carriedBy[t.low] {
		return party{}, false
	}
	if d.owner != nil {
		return d, true // "The ministry's statement, published on its website, said"
	}
	for k := a + 1; k+1 < b; k++ {
		if v.toks[k].quote >= 0 {
			break
		}
		if v.toks[k].low != "by" {
			continue
		}
		if s, e := v.npRight(k+1, b); s < e {
			if o := st.classify(s, e); speaks(o) || o.kind == kindOutlet && o.sp != nil {
				d.owner = &o
			}
		}
		break
	}
	if d.owner == nil {
		// "A notice, posted on the ministry's website on Friday, said":
		// the site's owner speaks through the document, as with no
		// commas (postedDocument).
		for k := a + 1; k+1 < b && d.owner == nil; k++ {
			if v.toks[k].quote >= 0 {
				break
			}
			if v.toks[k].low != "on" && v.toks[k].low != "in" {
				continue
			}
			if s, e := v.npRight(k+1, b); s < e && siteHeads[v.toks[e-1].low] {
				d.owner = st.siteOwnerParty(st.classify(s, e), s, e, d.s)
			}
		}
	}
	return d, true
}

// titledHolder resolves a definite title with no name of its own ("the
// minister", "the Tanzanian president", "the foreign minister") to the
// person the same title last stood before in the text shortly before
// ("Turkish Foreign Minister Kemal Aydin"): a report names an official
// with the title once and then goes on with the bare title. The title
// must hold every modifier of the description; a title word that makes
// another office ("Prime Minister", "Vice President", "former") takes
// the description to say so too. "his Greek counterpart" is no title
// before a name, so it never counts. Nil when no such person is named
// within reach or when that person has no country: a name the resolver
// could not place gives nothing a reader could not read off the text.
func (st *state) titledHolder(s, e int) *model.Speaker {
	v := st.v
	if e-s < 2 || v.toks[s].low != "the" {
		return nil
	}
	head := v.toks[e-1].low
	if !titleHeads[head] {
		return nil
	}
	mods := map[string]bool{}
	for k := s + 1; k < e-1; k++ {
		mods[normWord(v.toks[k].text)] = true
	}
	at := int(v.toks[s].start)
	for k := s - 1; k >= 0 && at-int(v.toks[k].end) <= 1500; k-- {
		t := v.toks[k]
		if t.low != head || t.quote >= 0 || !isProper(t) {
			continue // a title before a name is capitalised: "Foreign Minister Kemal Aydin"
		}
		// The words of the title before its head, back to the start of
		// the phrase: "Turkish Foreign" in "Turkish Foreign Minister".
		have := map[string]bool{}
		other := false
		for j := k - 1; j >= 0 && j >= k-4 && v.toks[j].sent == t.sent && (isProper(v.toks[j]) || otherOffice[v.toks[j].low]); j-- {
			w := normWord(v.toks[j].text)
			have[w] = true
			if otherOffice[w] && !mods[w] {
				other = true
			}
		}
		if other {
			continue
		}
		missing := false
		for m := range mods {
			if !have[m] {
				missing = true
			}
		}
		if missing {
			continue
		}
		if o := v.ministerOf(k); o != nil && o.ActorID != "" {
			return o
		}
	}
	return nil
}

// titleHeads are the titles a report writes before a person's name and
// then takes up bare ("the minister", "the president", "the general").
var titleHeads = set("minister president premier chancellor governor senator mayor general admiral ambassador secretary commissioner")

// otherOffice are title words that make another office of the head: a
// prime minister is no "the minister", a vice president no "the
// president", a former president no longer the one in office.
var otherOffice = set("prime vice deputy former ex assistant junior acting state lieutenant attorney surgeon inspector solicitor director postmaster")

// ministersBody resolves a definite "the ministry" ("the foreign ministry")
// named after a minister, with no ministry named in between, to that
// minister's own ministry. A minister evokes the body they head (bridging
// anaphora), and of the referents on offer a reader takes the nearest: in
// "Turkish Foreign Minister Kemal Aydin met his Greek counterpart. The
// minister told him that Ankara opposed the plan, the ministry said" the
// ministry is Aydin's, not "the interior ministry" of a Russian report two
// paragraphs up, whom the tagger, the resolver and the last quote's speaker
// all offer. The ministry is the minister's office: it takes the minister's
// country and sector (speakFor), from the minister named last before it
// ("The minister" goes back to "Foreign Minister Kemal Aydin"). With no
// minister's country in reach it is nil and the older reading stands: the
// minister is then most likely of the country the report is about, the
// ministry named before. A prime minister heads a government, not a
// ministry, and a description naming its own country ("the Turkish
// ministry") needs no minister to place it.
func (st *state) ministersBody(s, e int) *model.Speaker {
	v := st.v
	if e-s < 2 || v.toks[s].low != "the" || v.toks[e-1].low != "ministry" {
		return nil
	}
	for k := s + 1; k < e-1; k++ {
		if ei := v.toks[k].ent; ei >= 0 && v.a.Entities[ei].Country != "" {
			return nil
		}
	}
	at := int(v.toks[s].start)
	minister := func(k int) bool {
		t := v.toks[k]
		return (t.low == "minister" || t.low == "ministers") && t.quote < 0 && (k == 0 || v.toks[k-1].low != "prime")
	}
	nearest := -1
	for k := s - 1; k >= 0 && at-int(v.toks[k].end) <= 1500; k-- {
		if l := v.toks[k].low; l == "ministry" || l == "ministries" {
			return nil // a ministry named since: the description goes back to it
		}
		if minister(k) {
			nearest = k
			break
		}
	}
	if nearest < 0 {
		return nil
	}
	for k := nearest; k >= 0 && at-int(v.toks[k].end) <= 1500; k-- {
		if !minister(k) {
			continue
		}
		if o := v.ministerOf(k); o != nil {
			sp := &model.Speaker{Text: v.textOf(s, e)}
			speakFor(sp, o)
			return sp
		}
	}
	return nil
}

// ownMinistry reads "his ministry", "her ministry" as the ministry of the
// person the possessive goes back to, chosen by the pronoun's gender as for
// "his office" (mouthpieceOwner): it takes that person's country and
// sector (speakFor), and a ministry being a country's government, a
// person the article alone names gives the government's actor when their
// country and a government sector are known ("Kenyan Finance Minister
// Helena Varga ... Her ministry said": KEN.GOV). It is nil when no one is
// found.
func (st *state) ownMinistry(s, e int) *model.Speaker {
	v := st.v
	if e-s != 2 || v.toks[e-1].low != "ministry" || v.toks[s].low != "his" && v.toks[s].low != "her" {
		return nil
	}
	o := st.mouthpieceOwner(s, e, nil)
	if o == nil {
		return nil
	}
	sp := &model.Speaker{Text: v.textOf(s, e)}
	speakFor(sp, o)
	if sp.ActorID == "" && len(sp.ActorIDs) == 0 && sp.Country != "" && sp.Sector == "government" {
		if code := kb.SectorCode(sp.Sector); code != "" {
			sp.ActorID = sp.Country + "." + code
		}
	}
	return sp
}

// ministerOf is the person or role the minister word at token k names:
// the entity it is part of ("the foreign minister" linked to a
// government), or the name its title stands before in the sentence
// ("Foreign Minister Kemal Aydin"); nil when neither has a country.
func (v *view) ministerOf(k int) *model.Speaker {
	if ei := v.toks[k].ent; ei >= 0 && v.a.Entities[ei].Country != "" {
		return speakerOf(v.a.Entities[ei])
	}
	for j := k + 1; j < len(v.toks) && j <= k+2 && v.toks[j].sent == v.toks[k].sent; j++ {
		if ei := v.toks[j].ent; ei >= 0 {
			if en := v.a.Entities[ei]; en.Type == model.EntityPerson && en.Country != "" {
				return speakerOf(en)
			}
			return nil
		}
	}
	return nil
}

// ownReportVia says the clause lo..end before "according to a statement
// from X" (the document d..fromS-1, X fromS..e) opens with a speaker whose
// own voice X is ("his office", "her spokesman"), and gives the quotes that
// speaker's verb already found (st.out from first on) the whole phrase "a
// statement from his office" as their channel, a document.
func (st *state) ownReportVia(first, lo, end, fromS, e, d int) bool {
	v := st.v
	s2, e2 := v.npRight(lo, end)
	if s2 >= e2 || e2 >= end || !isVerb(v.toks[e2].pos) || !st.speechVerbAt(e2, end) {
		return false
	}
	p := st.classify(s2, e2)
	if p.sp == nil || (p.kind != kindPerson && p.kind != kindRole && p.kind != kindName) || !v.ownVoice(p, fromS, e) {
		return false
	}
	via := &model.Speaker{Text: v.textOf(d, e), Kind: model.ConduitDocument}
	found := false
	for k := first; k < len(st.out); k++ {
		q := &st.out[k].q
		if q.Speaker != nil && q.Speaker.Text == p.sp.Text && int(v.toks[e2].start) < q.Start && q.End <= int(v.toks[end-1].end) {
			q.Conduit, found = via, true
		}
	}
	return found
}

// toldNP returns the phrase told, after "told" at i: the noun phrase
// there, cut where it ran on into the subject of a report with no "that".
// In "told reporters rates would rise" a plural noun closes the addressee
// and the noun after it opens the report, whose finite verb follows the
// phrase; a plural common noun does not modify a noun after it as a
// compound would ("told union leaders", "told reporters interest rates
// would rise" keeps "interest rates" whole). With no finite verb right
// after the phrase nothing is cut: "told lawmakers on Tuesday".
func (v *view) toldNP(i, hi int) (int, int) {
	s, e := v.npRight(i, hi)
	if t := v.timeTail(s, e); t < e {
		// "told CNN Tuesday", "told the Argus Leader Monday afternoon",
		// "told Reuters late on Tuesday": when, not whom.
		return s, t
	}
	if e-s < 1 || e >= hi {
		return s, e
	}
	f := v.postModified(e, hi)
	if f >= hi || !finiteVerb(v.toks[f]) || v.toks[f].quote >= 0 {
		return s, e
	}
	if e-s < 2 {
		// "told reporters at a briefing in the capital prices would
		// fall": a one-word addressee can still carry phrases of place
		// or occasion, and the report's subject closes the last of them.
		if k := v.placeCut(e, f); k > e {
			return s, k
		}
		return s, e
	}
	for k := e - 1; k > s; k-- {
		prev, t := v.toks[k-1], v.toks[k]
		if prev.pos == "NNS" && prev.ent < 0 && prev.quote < 0 && t.quote < 0 && t.pos != "POS" && (isNoun(t.pos) || t.pos == "JJ" || t.pos == "CD") {
			return s, k
		}
	}
	// "told parliament inflation would ease", "told the committee
	// interest rates would stay on hold": a singular hearer (a body or
	// role word, or a name the tagger found) closes the addressee just as
	// a plural does, and the common noun after it opens the report. The
	// last such word counts ("told the central bank governor inflation
	// would ease"); a capitalised word after a name goes on the name.
	for k := e - 1; k > s; k-- {
		prev, t := v.toks[k-1], v.toks[k]
		if prev.quote >= 0 || t.quote >= 0 || t.text != t.low || newsPeople[t.low] || !(isNoun(t.pos) || t.pos == "JJ" || t.pos == "CD") {
			continue
		}
		if prev.ent >= 0 && prev.ent != t.ent || prev.ent < 0 && isNoun(prev.pos) && (hearerWords[prev.low] || orgHeads[prev.low] || v.lx.role[prev.low]) {
			return s, k
		}
	}
	// "told lawmakers in the capital rates would rise": a phrase of place
	// on the addressee ends on a place word, and the noun after it opens
	// the report.
	if k := v.placeCut(s, e); k > s {
		return s, k
	}
	// "told reporters at a briefing in the capital prices would fall":
	// the phrases after the addressee are its own when the report's
	// subject closes the last of them; "told Mahmoud Karimi sanctions on
	// the state oil company would remain" was cut above, inside the noun
	// phrase, and keeps its phrase on the report's subject.
	if k := v.placeCut(e, f); k > e {
		return s, k
	}
	return s, e
}

// placeCut returns where the report's subject opens inside a phrase of
// place or occasion on the one told, s..e, or s when none does: after a
// preposition, a place word ("in the capital"), an occasion word ("at a
// briefing") or a name ("in Nairobi") ends the phrase, and a common noun
// right after it is the report's. The last such word counts ("in the
// capital city prices would rise"); a plural after it ("in the capital
// rates") still opens the report, as no place word takes a compound's
// plural after it.
func (v *view) placeCut(s, e int) int {
	for k := e - 1; k > s+1; k-- {
		prev, t := v.toks[k-1], v.toks[k]
		if prev.quote >= 0 || t.quote >= 0 || t.text != t.low || newsPeople[t.low] || !(isNoun(t.pos) || t.pos == "JJ" || t.pos == "CD") {
			continue
		}
		if !(prev.ent >= 0 && prev.ent != t.ent || prev.ent < 0 && isNoun(prev.pos) && (placeNouns[prev.low] || hearerWords[prev.low])) {
			continue
		}
		for p := k - 2; p >= s; p-- {
			if l := v.toks[p]; l.quote < 0 && (l.pos == "IN" || l.pos == "TO") && postPreps[l.low] {
				return k
			}
		}
	}
	return s
}

// placeNouns are the common nouns for places a phrase on the one told
// names: "told reporters in the capital", "told lawmakers in the city".
var placeNouns = set("capital city town village port province region district county border frontier country chamber hall headquarters compound camp base airport")

// postModified returns the token after the prepositional phrases that
// open at e and post-modify the noun before them, or e when none does:
// in "told Mahmoud Karimi sanctions on the state oil company would
// remain" the report's subject is "sanctions on the state oil company",
// and its finite verb follows the phrase, not the noun. Only plain
// prepositions count; a word that may open a clause ("after", "as",
// "since") is left alone.
func (v *view) postModified(e, hi int) int {
	f := e
	for n := 0; n < 3 && f+1 < hi; n++ {
		t := v.toks[f]
		if t.quote >= 0 || !postPreps[t.low] || t.pos != "IN" && t.pos != "TO" {
			break
		}
		j := f + 1
		if j+1 < hi && v.toks[j].quote < 0 && (strings.HasSuffix(v.toks[j].low, "ed") || strings.HasSuffix(v.toks[j].low, "ing")) && isNoun(v.toks[j+1].pos) {
			j++ // "prices of imported fuel": a participle before a noun modifies it
		}
		s2, e2 := v.npRight(j, hi)
		if s2 >= e2 || v.toks[s2].pos == "PRP" {
			break
		}
		f = e2
	}
	return f
}

// postPreps open a phrase that modifies the noun before it.
var postPreps = set("of on in for from at with over against about under to into across between among near within")

// hearerWords are the singular bodies, people and gatherings words are
// told to that are no role or organisation head: "told parliament", "told
// his counterpart", "told the jury".
var hearerWords = set("counterpart parliament congress senate assembly legislature jury tribunal audience crowd summit conference meeting hearing briefing forum convention rally gathering inquiry")

// ofObject says entity ei is named after "of" inside the object of the
// clause that the description at token s closes, in its sentence: in
// "Police detained the editor of The Sentinel in Accra, the group said"
// the paper is whose editor was held, one the report is about, and "the
// group" that reports it is someone else, named in the attribution only.
// A body in the clause's subject ("Hamas fighters attacked ..., the group
// said") is still the one the description points back to.
func (v *view) ofObject(ei, s int) bool {
	a := v.tokAt(v.a.Entities[ei].Start)
	if a <= 0 || a >= len(v.toks) || a >= s || v.toks[a].sent != v.toks[s].sent {
		return false
	}
	if v.toks[a-1].low == "the" && a > 1 {
		a-- // "the editor of the Lagos Courier"
	}
	if v.toks[a-1].low != "of" {
		return false
	}
	return !v.beforeFirstVerb(ei)
}

// relativeEnd returns the comma that closes a relative clause set off by
// commas whose verb is the speech verb at i ("Quispe, who denied any
// wrongdoing, was not present for the vote"), or -1: what the relative
// clause reports ends with it, and the main clause after it is the
// writer's.
func (v *view) relativeEnd(i, c0, ce int) int {
	r := i - 1
	for r > 0 && (v.toks[r].low == "has" || v.toks[r].low == "have" || v.toks[r].low == "had") {
		r-- // "who has said"
	}
	r = v.skipTimeBack(r, 0) // "who last week described"
	if r < 1 || (v.toks[r].low != "who" && v.toks[r].low != "which") || v.toks[r-1].text != "," || v.toks[r].quote >= 0 {
		return -1
	}
	for k := c0; k < ce; k++ {
		// A few quoted words inside the clause ("described the talks
		// as "a farce", resigned") end nothing; a comma among them is
		// the quotation's own.
		if v.toks[k].quote >= 0 {
			continue
		}
		if v.toks[k].text == "," {
			return k
		}
	}
	return -1
}

// bareRelativeEnd returns the main clause's verb after a relative clause
// with no commas whose verb is the speech verb at i ("The minister who
// said the plan was dead resigned on Tuesday", "An official who said the
// talks had collapsed was dismissed"), or -1: the report is the clause
// after the speech verb, up to its own finite verb and what completes it,
// and a finite verb after that with no conjunction before it is the
// subject's own, the writer's report and not the speaker's words. A noun
// before that verb may be the subject of a clause inside the report
// ("who said the plan would mean farmers lost money"), so it ends nothing,
// save a word of time ("was dead on Monday resigned").
func (v *view) bareRelativeEnd(i, c0, ce int) int {
	r := i - 1
	for r > 0 && (v.toks[r].low == "has" || v.toks[r].low == "have" || v.toks[r].low == "had") {
		r-- // "who has said"
	}
	if r < 1 || (v.toks[r].low != "who" && v.toks[r].low != "which") || v.toks[r].quote >= 0 || !isNoun(v.toks[r-1].pos) {
		return -1
	}
	seen := false // the report's own finite verb
	for k := c0; k < ce; k++ {
		t := v.toks[k]
		if t.quote >= 0 || isPunct(t) {
			return -1
		}
		if !seen {
			seen = finiteVerb(t)
			continue
		}
		main := finiteVerb(t) || t.pos == "VBN" && strings.HasSuffix(t.low, "ed")
		if !main {
			continue
		}
		prev := v.toks[k-1]
		if beForms[prev.low] || prev.low == "has" || prev.low == "have" || prev.low == "had" || prev.low == "been" || prev.low == "being" || finiteVerb(prev) && prev.pos == "MD" {
			continue // "had been suspended", "would be cut": the report's verb goes on
		}
		if isNoun(prev.pos) && !clauseTimeWords[prev.low] || clauseLinks[prev.low] || prev.pos == "CC" || prev.pos == "WDT" || prev.pos == "WP" || prev.pos == "IN" || prev.pos == "TO" || prev.pos == "PRP" || prev.pos == "DT" {
			return -1
		}
		return k
	}
	return -1
}

// clauseTimeWords end a time phrase closing a clause ("on Monday", "last
// week"), after which a verb starts no clause of its own.
var clauseTimeWords = set("monday tuesday wednesday thursday friday saturday sunday today yesterday week month year morning afternoon evening night weekend")

// clauseLinks join a verb to the clause before it.
var clauseLinks = set("and or but nor that who which whom whose when if because while although though as")

// pressOf says entity ei is named as a publication by the words before
// it: "editor of The Sentinel", "the publisher of the Harbour Gazette",
// or "the offices of The Sentinel" with a title opened by a capital "The",
// as a paper's is. A newspaper the outlet list lacks is then still no
// "group" a later "the group said" points back to; "the offices of the
// Red Cross" names a body that may be one.
func (v *view) pressOf(ei int) bool {
	a := v.tokAt(v.a.Entities[ei].Start)
	if a <= 0 || a >= len(v.toks) {
		return false
	}
	title := v.toks[a].text == "The"
	if v.toks[a-1].low == "the" && a > 1 {
		title = title || v.toks[a-1].text == "The"
		a--
	}
	if a < 2 || v.toks[a-1].low != "of" || v.toks[a-2].quote >= 0 {
		return false
	}
	w := v.toks[a-2].low
	return publicationPosts[w] || title && pressPlaces[w]
}

// publicationPosts are the posts only a publication has: "editor of".
var publicationPosts = set("editor editors editor-in-chief publisher publishers columnist columnists")

// pressPlaces are where a body works, a publication among others:
// "offices of", "newsroom of".
var pressPlaces = set("offices office newsroom headquarters premises")

// relativeAsideSubject reads the comma at j, right before a speech verb,
// as the close of a relative clause set off by commas after the subject,
// when the appositive reading cannot: the clause is too long for it
// ("Officials, who spoke on condition of anonymity because they were not
// authorised to speak to the media, said"), or the subject is a document
// ("The ruling, which can be appealed, said"). The subject is the noun
// phrase that opens the sentence, right before the clause's opening comma
// (an appositive before that comma is left to the appositive reading).
func (st *state) relativeAsideSubject(j, lo int) (party, bool) {
	v := st.v
	r := -1
	for k := j - 1; k > lo && k > j-40; k-- {
		t := v.toks[k]
		if t.quote >= 0 || isQuoteMark(t.text) || t.text == ";" || t.text == ":" {
			return party{}, false
		}
		if t.text == "," {
			if w := v.toks[k+1]; (w.low == "who" || w.low == "which") && (w.pos == "WP" || w.pos == "WDT") {
				r = k
			}
			break
		}
	}
	if r <= lo {
		return party{}, false
	}
	s, e := v.npLeft(r-1, lo)
	if s >= e || e != r || s > lo && !(s-1 == lo && v.toks[lo].pos == "CC") {
		// Only the sentence's own subject, at its start: a noun phrase
		// further on ("... by Iranian security forces, which have used
		// lethal force ..., said Amnesty International") is some
		// phrase's object, and the speaker comes after the verb.
		return party{}, false
	}
	c := st.classifyInformed(s, e, lo)
	switch {
	case c.kind == kindDocument:
		return c, true
	case j-r >= 16 && (c.kind == kindPerson || c.kind == kindOrg || c.kind == kindRole || c.kind == kindName || c.kind == kindOutlet):
		return c, true
	}
	return party{}, false
}

// commaRelativeOpen returns the comma that opens a relative clause on a
// person ("who led the talks") closed by the comma at j right before a
// speech verb, when another comma before that one sets off an appositive
// ("Sen. Ana Ruiz, D-Ohio, who led the talks, said"), or -1. With no
// appositive before it ("Ruiz, who led the talks, said") the reading is
// unchanged.
func (v *view) commaRelativeOpen(j, lo int) int {
	k := j - 1
	for k >= lo && k > j-20 && v.toks[k].text != "," {
		if v.toks[k].quote >= 0 {
			return -1
		}
		k--
	}
	if k <= lo || k+1 >= j || v.toks[k].text != "," {
		return -1
	}
	if w := v.toks[k+1]; w.low != "who" && w.low != "whose" || w.pos != "WP" && w.pos != "WP$" {
		return -1
	}
	for p := k - 1; p >= lo && p > k-16; p-- {
		if v.toks[p].quote >= 0 {
			return -1
		}
		if v.toks[p].text == "," {
			return k
		}
	}
	return -1
}

// attributive says token k, a participle inside cs..ce, stands between a
// word that opens a noun phrase (a determiner, a possessive, a number, an
// adjective) and the noun it modifies: "the targeted buildings", "its
// damaged port", "two wounded soldiers". A participle followed by a verb
// or by nothing ("said the wounded were evacuated") is no modifier.
func (v *view) attributive(k, cs, ce int) bool {
	t := v.toks[k]
	if t.pos != "VBN" && t.pos != "VBG" || k <= cs || k+1 >= ce || t.quote >= 0 {
		return false
	}
	switch v.toks[k-1].pos {
	case "DT", "PRP$", "CD", "POS", "JJ":
	default:
		return false
	}
	switch v.toks[k+1].pos {
	case "NN", "NNS", "NNP", "NNPS", "JJ":
		return true
	}
	return false
}

// holdsQuotation says a token of cs..ce lies inside a quotation.
func (v *view) holdsQuotation(cs, ce int) bool {
	for k := cs; k < ce; k++ {
		if v.toks[k].quote >= 0 {
			return true
		}
	}
	return false
}

// regionOf returns the CAMEO region code of a regional group named as a
// modifier in the phrase s..e ("Nordic states", "European officials",
// "the Balkan countries": SCN, EUR, BLK), as the event coder codes such
// phrases, or "" when there is none. The tagger types the regional word
// NORP and the resolver gives a group no actor ("a group is not a state"),
// so the code comes from the knowledge base's region list; a region with
// no CAMEO code ("Baltic") gives none. A tagger may type the word a place
// ("Balkan"), which the resolver then leaves without an actor.
func (v *view) regionOf(s, e int) string {
	for k := s; k < e; k++ {
		ei := int(v.toks[k].ent)
		if ei < 0 {
			continue
		}
		switch en := v.a.Entities[ei]; en.Type {
		case model.EntityNORP:
		case model.EntityGPE, model.EntityLoc:
			if en.ActorID != "" || en.Country != "" {
				continue
			}
		default:
			continue
		}
		k0, err := kb.Load()
		if err != nil {
			return ""
		}
		if rc, ok := k0.RegionCode(kb.Normalize(v.a.Entities[ei].Text)); ok {
			return rc
		}
	}
	return ""
}

// postModifier says token k, a past participle inside cs..ce, follows the
// common noun of an "of" phrase and opens a prepositional phrase: "maps of
// buildings targeted by the strikes", "photos of homes damaged in the
// floods", "a list of roads closed to traffic". After a verb of issuing
// the noun of an "of" phrase is no subject, so a participle after it is a
// reduced relative, not a clause's verb; after the phrase's own head a
// tagger's participle may be the past tense ("said the protesters gathered
// in the square"), and after a name too ("Japan promised").
func (v *view) postModifier(k, cs, ce int) bool {
	t := v.toks[k]
	// A tagger may read the participle as a past tense ("a list of
	// streets closed/VBD to traffic").
	if t.pos != "VBN" && t.pos != "VBD" || k-2 <= cs || k+1 >= ce || t.quote >= 0 {
		return false
	}
	if p := v.toks[k-1].pos; p != "NN" && p != "NNS" {
		return false
	}
	if n := v.toks[k+1].pos; n != "IN" && n != "TO" {
		return false
	}
	// "of" before the noun, with only its modifiers between.
	for j := k - 2; j > cs; j-- {
		switch u := v.toks[j]; {
		case u.low == "of" && u.quote < 0:
			return true
		case u.pos == "DT" || u.pos == "JJ" || u.pos == "CD" || u.pos == "PRP$" || u.pos == "NN" || u.pos == "NNS":
			continue
		}
		return false
	}
	return false
}

// thingRelative says the words from c0 after a speech verb that takes an
// object open with a thing ("a video", "a letter", "a plan"), and a "that"
// after it, before any other "that", is a relative pronoun: a finite verb
// or a modal follows it at once (after adverbs), so it stands for the
// clause's subject, which a "that" opening a report never does ("posted a
// video that showed the damage", "announced a plan that would cut taxes").
// A report keeps its subject after its "that" ("posted on X that the
// damage was severe", "issued a warning that storms could hit"); a person,
// a role or a body as the object is an addressee ("warned investors that
// ..."), and a verb with no object ("said a report that was published
// Monday showed ...") is left to the caller.
func (v *view) thingRelative(c0, hi int) bool {
	return v.thingRelativeVerb(c0, hi) >= 0
}

// thingRelativeVerb returns the index of the relative clause's verb that
// thingRelative finds after its "that", or -1.
func (v *view) thingRelativeVerb(c0, hi int) int {
	if c0 >= hi {
		return -1
	}
	if t := v.toks[c0]; t.pos != "DT" && t.pos != "PRP$" && t.pos != "JJ" && t.pos != "CD" && t.pos != "NN" && t.pos != "NNS" {
		return -1
	}
	head := -1
	for k := c0; k < hi && k < c0+12; k++ {
		t := v.toks[k]
		if t.quote >= 0 || isPunct(t) {
			return -1
		}
		if t.low == "that" {
			if head < 0 || k+1 >= hi {
				return -1
			}
			h := v.toks[head]
			if isProper(h) || h.ent >= 0 || v.roleWord(h.low) {
				return -1
			}
			j := k + 1
			for j < hi && v.toks[j].pos == "RB" && v.toks[j].quote < 0 {
				j++
			}
			if j >= hi || v.toks[j].quote >= 0 {
				return -1
			}
			switch v.toks[j].pos {
			case "VBD", "VBZ", "VBP", "MD":
				return j
			}
			// "the plan that the minister announced", "a letter that
			// the board received on Monday": the relative clause has a
			// subject of its own and lacks its object.
			return v.objectGapVerb(k+1, hi)
		}
		switch {
		case head < 0 && (t.pos == "NN" || t.pos == "NNS"):
			// The object's head is the last noun of its first phrase.
			if k+1 >= hi || v.toks[k+1].pos != "NN" && v.toks[k+1].pos != "NNS" {
				head = k
			}
		case head < 0 && (t.pos == "DT" || t.pos == "PRP$" || t.pos == "JJ" || t.pos == "CD"):
		case head < 0:
			return -1
		case t.pos == "IN" || t.pos == "DT" || t.pos == "PRP$" || t.pos == "JJ" || t.pos == "CD" || isNoun(t.pos) || t.pos == "RB":
			// "posted a video on Instagram that": a place or a time
			// after the object.
		case k == head+1 && t.low == "to" && k+1 < hi && v.toks[k+1].pos == "VB",
			k == head+2 && t.pos == "VB" && v.toks[k-1].low == "to",
			k == head+3 && t.pos == "RP" && v.toks[k-1].pos == "VB":
			// "announced her decision to resign that ...", "his plan
			// to step down that": the infinitive the thing takes is
			// part of the object, and a "that" after it is still read
			// as above.
		default:
			return -1
		}
	}
	return -1
}

// finiteAfter says a finite verb or a modal stands after token j, before
// hi, outside quotations and before any comma or "that": the verb of a
// clause whose subject holds the relative clause at j. j < 0 gives false.
func (v *view) finiteAfter(j, hi int) bool {
	if j < 0 {
		return false
	}
	for k := j + 1; k < hi; k++ {
		t := v.toks[k]
		if t.quote >= 0 || isPunct(t) || t.low == "that" {
			return false
		}
		switch t.pos {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		}
	}
	return false
}

// demonstrativeAux are the finite forms that follow a demonstrative "that"
// as the subject of a clause ("that was a mistake", "that would be
// unfair"); no word opening a reported clause's subject is among them.
var demonstrativeAux = set("was is would will could should might may must can has had")

// demonstrativeThat says the "that" at k, outside quotations, is a pronoun
// subject: an auxiliary or a modal follows it at once, and "has" or "had"
// is followed by a participle or an adverb ("that had been agreed"), not a
// subject, as in the inverted conditional "that had the army not ...".
func (v *view) demonstrativeThat(k, hi int) bool {
	if k+1 >= hi || v.toks[k].quote >= 0 || v.toks[k+1].quote >= 0 || !demonstrativeAux[v.toks[k+1].low] {
		return false
	}
	if l := v.toks[k+1].low; l == "has" || l == "had" {
		return k+2 < hi && (v.toks[k+2].pos == "VBN" || v.toks[k+2].pos == "RB")
	}
	return true
}

// gapVerbs are verbs that cannot stand without an object (the forms a
// relative clause on a thing uses: "the plan that the minister announced",
// "a letter that the board received"); an intransitive verb ("the talks
// failed", "the danger passed") could end a reported clause and is left
// out.
var gapVerbs = set(`announce announced announces receive received receives make made makes
propose proposed proposes sign signed signs approve approved approves adopt adopted adopts
send sent sends write wrote written writes publish published publishes issue issued issues
draft drafted drafts present presented presents unveil unveiled unveils reject rejected rejects
introduce introduced introduces submit submitted submits outline outlined outlines
release released releases prepare prepared prepares order ordered orders sponsor sponsored sponsors
deliver delivered delivers cite cited cites describe described describes endorse endorsed endorses
draw drew drawn draws negotiate negotiated negotiates broker brokered brokers
welcome welcomed welcomes expect expected expects fear feared fears`)

// gapEnd are words after a relative clause's verb that show its object is
// missing: a preposition opening a place or a time, or a time word.
var gapEnd = set("on in at last this next earlier yesterday today overnight during after before since for with by from under")

// objectGapVerb finds, from j (the word after a relative "that"), a short
// subject (a pronoun or a noun phrase), optional adverbs and auxiliaries,
// and a verb of gapVerbs whose object is missing: punctuation, the end,
// a place or time phrase, or a finite verb (the outer clause's) follows
// it. It returns the verb's index, or -1. A report keeps its object ("that
// the ministry issued new rules") or has a verb that needs none ("that
// storms could hit").
func (v *view) objectGapVerb(j, hi int) int {
	k := j
	for k < hi && k < j+6 && v.toks[k].quote < 0 {
		t := v.toks[k]
		if t.pos == "PRP" && k == j || t.pos == "DT" || t.pos == "PRP$" || t.pos == "JJ" || t.pos == "CD" || t.pos == "POS" || isNoun(t.pos) {
			k++
			continue
		}
		break
	}
	if k == j || k >= hi || v.toks[k-1].pos == "DT" || v.toks[k-1].pos == "PRP$" || v.toks[k-1].pos == "JJ" {
		return -1
	}
	for k < hi && (v.toks[k].pos == "RB" || v.toks[k].low == "had" || v.toks[k].low == "has" || v.toks[k].low == "have") && v.toks[k].quote < 0 {
		k++
	}
	if k >= hi || v.toks[k].quote >= 0 || !gapVerbs[v.toks[k].low] {
		return -1
	}
	switch v.toks[k].pos {
	case "VBD", "VBZ", "VBP", "VBN":
	default:
		return -1
	}
	n := k + 1
	if n >= hi {
		return k
	}
	switch t := v.toks[n]; {
	case t.quote >= 0:
		return -1
	case isPunct(t), gapEnd[t.low]:
		return k
	case t.pos == "MD" || (t.pos == "VBD" || t.pos == "VBZ" || t.pos == "VBP") && !isNoun(v.toks[n].pos):
		return k
	}
	return -1
}

// mediumRelativeEnd reads the "that" at k, after a medium word, as a
// passive relative clause on it ("a statement that was posted on Monday",
// "a letter that was sent to staff") and returns the index of the "that"
// after the clause that opens the report, k when the clause runs to the
// sentence's end with no report after it, or -1: the clause is "was",
// "is" or "had been" and a participle, then only a place, a time or an
// addressee (prepositions, nouns, determiners, numbers, adverbs) before
// that second "that".
func (v *view) mediumRelativeEnd(k, hi int) int {
	j := k + 1
	if j >= hi || v.toks[j].quote >= 0 {
		return -1
	}
	switch v.toks[j].low {
	case "was", "is", "were", "are":
		j++
	case "had", "has", "have":
		if j+1 >= hi || v.toks[j+1].low != "been" {
			return -1
		}
		j += 2
	case "would", "will":
		// "an interview that would air on Sunday", "a statement that
		// will be published later": when or where the medium is to come
		// out is a relative clause on it too, a modal and a verb of
		// coming out (or "be" and a participle); "an interview that
		// would hurt exports" has an object and is left to the report.
		j++
		if j+1 < hi && v.toks[j].low == "be" {
			j++
			break
		}
		if j >= hi || v.toks[j].quote >= 0 || !airVerbs[v.toks[j].low] {
			return -1
		}
	default:
		return -1
	}
	if j >= hi || v.toks[j].quote >= 0 || v.toks[j].pos != "VBN" && !issueVerbs[v.toks[j].low] && !carriedBy[v.toks[j].low] && !airVerbs[v.toks[j].low] {
		return -1
	}
	for j++; j < hi && j <= k+14; j++ {
		t := v.toks[j]
		if t.quote >= 0 {
			return -1
		}
		if t.low == "that" {
			if j+1 < hi {
				return j
			}
			return -1
		}
		if isPunct(t) {
			// The clause ends the sentence: only its closing mark may
			// follow.
			if t.text == "." && j+1 == hi {
				return k
			}
			return -1
		}
		switch {
		case t.pos == "IN", t.pos == "TO", t.pos == "DT", t.pos == "CD", t.pos == "RB", t.pos == "JJ", t.pos == "PRP$", t.pos == "POS", isNoun(t.pos):
		case t.pos == "VB" && v.toks[j-1].pos == "TO" && j+1 < hi && (v.toks[j+1].pos == "IN" || v.toks[j+1].low == "that"):
			// "sent to staff/VB on Monday": a noun after "to" that a
			// tagger read as an infinitive, with no object after it.
		default:
			return -1
		}
	}
	if j == hi && j > k+3 {
		return k
	}
	return -1
}

// airVerbs say a medium comes out, with no object: "(an interview that
// would) air on Sunday", "(a column that will) run on Monday".
var airVerbs = set("air appear run")

// copulaNoun says the "that" at k is followed by "was" or "is" and then a
// determiner, a possessive or a wh-word: "that was a mistake", "that is
// why", never a passive ("that was posted") or a modal ("that would air").
func (v *view) copulaNoun(k int) bool {
	if k+2 >= len(v.toks) || v.toks[k+1].low != "was" && v.toks[k+1].low != "is" {
		return false
	}
	switch v.toks[k+2].pos {
	case "DT", "PRP$", "WRB", "WP":
		return true
	}
	return false
}
