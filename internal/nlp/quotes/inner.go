package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/model"
)

// innerSpans returns the quotations inside the content s..e of a
// double-quoted span: single-quoted ('...', ‘...’ or `...') ones, which FindSpans
// leaves inside their quote, and curly double ones nested in curly double
// marks. Apostrophes ("don't", "players'") are told from marks as FindSpans
// tells them: an opening mark follows a space or bracket and comes before a
// letter, a closing one follows a letter and comes before no letter.
func innerSpans(text string, s, e int) []Span {
	var out []Span
	var cur *Span
	var closer rune
	for i := s; i < e; {
		r, size, prev, next := runeAround(text, s, e, i)
		switch {
		case cur == nil && (r == '\'' || r == '\u2018' || r == '\u201c' || r == '`') && opensLike(prev, next) && !unicode.IsDigit(next):
			cur = &Span{Open: i, Single: r != '\u201c', Paragraphs: 1}
			closer = '\u2019'
			if r == '\u201c' {
				closer = '\u201d'
			}
		case cur != nil && (r == closer || r == '\'' && cur.Single) && closesLike(prev, next) && !isWordRune(next):
			cur.Close = i + size
			cur.Closed = true
			out = appendSpan(out, text, *cur, i)
			cur = nil
		}
		i += size
	}
	return out
}

// innerQuotes finds the quotations inside the direct and partial quotes
// found so far whose speech verb is inside the outer quote too: "They told
// us 'we will not leave'", "When the minister says 'all is well'",
// "'Go home,' the officer shouted". The inner words were said by the
// verb's subject and reach the reader through the outer speaker, who is
// their conduit ("I told them 'no'" is the outer speaker's own, with no
// conduit). The verb decides: with none next to the inner marks they are a
// term or a title the outer speaker set off ("the so-called 'peace plan'")
// and give no quote, and a subject that cannot be told ("we were told
// 'leave now'", an unresolved "they") leaves the speaker null rather than
// guessed.
func (st *state) innerQuotes() {
	v := st.v
	n := len(st.out)
	for k := 0; k < n; k++ {
		outer := st.out[k].q
		if outer.Kind == model.QuoteIndirect {
			continue
		}
		if st.intl != nil {
			for _, in := range intlInnerSpans(v.a.Text, outer.Start, outer.End) {
				st.intlInner(outer, in)
			}
			continue
		}
		for _, in := range innerSpans(v.a.Text, outer.Start, outer.End) {
			st.inner(outer, in, st.out[k].verb)
		}
	}
}

// inner attributes one quotation inside the quote outer, when a speech verb
// next to it, inside outer, says who spoke it.
// outerVerb is the outer quote's attribution verb (-1 when none), whose
// "said of the surgeon" names whom a pronoun inside the quote stands for.
func (st *state) inner(outer model.Quote, in Span, outerVerb int) {
	v := st.v
	si := v.sentenceOf(in.Open)
	if si < 0 {
		return
	}
	// Tokens of the outer quote in the inner quote's sentence.
	lo := max(v.tokAt(outer.Start), v.sentTok[si][0])
	hi := min(v.tokAt(outer.End), v.sentTok[si][1])
	open := v.tokAt(in.Open) // the inner opening mark, or the first word after it
	after := v.tokAt(in.Close)
	if open > hi || after < open {
		return
	}
	// The noun-phrase and subject readers take no quoted word for a
	// speaker; inside the outer quote the words around the inner one are
	// the sentence being read, so they are unmarked while it is read.
	defer v.unquoteAround(lo, hi, open, after)()
	var p party
	verb := -1
	if vi, n := st.innerVerbBefore(lo, open); n > 0 {
		verb = vi
		if !v.passive(vi) {
			p, _ = st.subject(vi, n, lo, vi+n)
		}
	} else if vi, n := st.innerVerbAfter(after, hi); n > 0 {
		verb = vi
		if !v.passive(vi) {
			p, _ = st.subject(vi, n, after, hi)
		}
	} else {
		return
	}
	if v.negated(verb) || p.e > p.s && noOne[strings.ToLower(v.textOf(p.s, p.e))] {
		return // "never said 'stop'", "nobody said 'stop'": nothing was said
	}
	sp, conduit := (*model.Speaker)(nil), outer.Speaker
	switch {
	case p.e == p.s+1 && (v.toks[p.s].low == "i" || v.toks[p.s].low == "me"):
		// "I told them 'no'": the outer speaker's own words.
		sp, conduit = outer.Speaker, nil
	case p.sp != nil && p.kind != kindNone && p.kind != kindPronoun:
		sp = p.sp
		if p.kind == kindDocument {
			sp, _ = speakerAndConduit(p, nil)
		}
	case p.e == p.s+1 && p.sp == nil && saidOfPronouns[v.toks[p.s].low]:
		// `"He told us 'we will not leave'," the nurse said of the
		// chief surgeon`: with no antecedent before it, the pronoun is
		// the one the outer speaker spoke of.
		sp = st.spokenOf(outerVerb, v.toks[p.s].low)
	}
	if sp != nil && conduit != nil && sameSpeaker(sp, conduit) {
		if p.e == p.s+1 && pronouns[v.toks[p.s].low] {
			// "they" or "he" in someone's own words is not that speaker:
			// the pronoun went back to the wrong antecedent.
			sp = nil
		} else {
			conduit = nil // the outer speaker naming themselves
		}
	}
	st.addInner(in, sp, conduit, si, verb)
}

// addInner adds the inner quotation in of sentence si as a direct quote of
// speaker sp carried by conduit, introduced by the speech verb at token
// verb, its trailing punctuation and space left out.
func (st *state) addInner(in Span, sp, conduit *model.Speaker, si, verb int) {
	v := st.v
	end := in.End
	for end > in.Start && strings.ContainsRune(",;:", rune(v.a.Text[end-1])) {
		end--
	}
	end = trimRightSpace(v.a.Text, in.Start, end)
	if end <= in.Start {
		return
	}
	q := model.Quote{Text: v.a.Text[in.Start:end], Start: in.Start, End: end, Kind: model.QuoteDirect, Speaker: sp, Conduit: conduit, Sentence: si}
	st.usedVerb[verb] = true
	st.out = append(st.out, finding{q: q, para: v.paragraphOf(in.Start), verb: verb})
}

// noOne are the subjects that deny anyone said the words.
var noOne = map[string]bool{"nobody": true, "no one": true, "none": true, "no-one": true}

// objectWords may stand between "told" and the words told: "told us",
// "told the crowd".
var objectWords = set("us me him her them you everyone everybody")

// innerVerbBefore returns the speech verb introducing the quotation whose
// opening mark is at token open, within lo..open: "says 'all is well'",
// "told us: 'leave'", "told the crowd 'go home'".
func (st *state) innerVerbBefore(lo, open int) (int, int) {
	v := st.v
	k := open - 1
	for k >= lo && isQuoteMark(v.toks[k].text) {
		k--
	}
	if k >= lo && (v.toks[k].text == "," || v.toks[k].text == ":") {
		k--
	}
	if k < lo {
		return -1, 0
	}
	if _, n := v.quotedVerbAt(k); n > 0 {
		return k, n // "says 'all is well'"
	}
	// "told us 'leave'", "told the crowd: 'go home'": the addressee between
	// the verb and the words.
	for j := k - 1; j >= lo && j >= k-3; j-- {
		if !(objectWords[v.toks[j+1].low] || isNPTag(v.toks[j+1].pos)) {
			return -1, 0
		}
		if lemma, n := v.quotedVerbAt(j); n > 0 {
			if lemma == "tell" && j+n == j+1 {
				return j, n
			}
			return -1, 0
		}
	}
	return -1, 0
}

// innerVerbAfter returns the speech verb right after a quotation ending
// before token after, within after..hi: "'Go home,' the officer shouted",
// "'Go home,' said the officer".
func (st *state) innerVerbAfter(after, hi int) (int, int) {
	v := st.v
	k := after
	for k < hi && (isQuoteMark(v.toks[k].text) || v.toks[k].text == ",") {
		k++
	}
	for j := k; j < hi && j <= k+4; j++ {
		if _, n := v.quotedVerbAt(j); n > 0 {
			return j, n
		}
		if !isNPTag(v.toks[j].pos) && v.toks[j].pos != "PRP" {
			return -1, 0
		}
	}
	return -1, 0
}

// unquoteAround unmarks the tokens lo to hi (those of an outer quote in one
// sentence) outside open to after (the inner quote's), so that the phrase
// readers, which stop at quoted words, read the words around the inner
// quote as a sentence; the returned func puts the marks back.
func (v *view) unquoteAround(lo, hi, open, after int) (restore func()) {
	saved := make([]int32, hi-lo)
	for k := lo; k < hi; k++ {
		saved[k-lo] = v.toks[k].quote
		if k < open || k >= after {
			v.toks[k].quote = -1
		}
	}
	return func() {
		for k := lo; k < hi; k++ {
			v.toks[k].quote = saved[k-lo]
		}
	}
}

// runeAround decodes the rune at i of text[s:e] with the runes before and
// after it inside that span, a space standing for either edge: the marks
// readers tell an opening from a closing mark by its neighbours.
func runeAround(text string, s, e, i int) (r rune, size int, prev, next rune) {
	r, size = utf8.DecodeRuneInString(text[i:])
	prev, next = ' ', ' '
	if i > s {
		prev, _ = utf8.DecodeLastRuneInString(text[s:i])
	}
	if i+size < e {
		next, _ = utf8.DecodeRuneInString(text[i+size:])
	}
	return r, size, prev, next
}

// saidOfPronouns are the pronouns a "said of" phrase can stand behind.
var saidOfPronouns = set("he she they")

// spokenOf returns whom the attribution verb at vi says the words were
// about ("the nurse said of the hospital's chief surgeon"): the noun
// phrase after its "of", when it names someone the pronoun can be (not a
// woman's role for "he", not a man's for "she"). Nil when there is none.
func (st *state) spokenOf(vi int, pronoun string) *model.Speaker {
	v := st.v
	if vi < 0 {
		return nil
	}
	_, n := v.verbAt(vi)
	k := vi + n
	if n == 0 || k >= len(v.toks) || v.toks[k].low != "of" || v.toks[k].quote >= 0 {
		return nil
	}
	hi := v.sentTok[v.toks[vi].sent][1]
	s, e := v.npRight(k+1, hi)
	if s >= e {
		return nil
	}
	c := st.classify(s, e)
	if c.sp == nil || c.kind == kindNone || c.kind == kindPronoun || c.kind == kindOutlet || c.kind == kindDocument {
		return nil
	}
	head := roleGender[strings.ToLower(lastWord(c.sp.Text))]
	if pronoun == "he" && head == model.GenderFemale || pronoun == "she" && head == model.GenderMale {
		return nil
	}
	if pronoun == "they" && c.kind == kindPerson || pronoun == "they" && c.kind == kindRole && !c.plural && !orgHeads[v.phraseHead(c.s, c.e)] {
		// "they" is no one person; it is a plural role ("the soldiers at
		// the checkpoint") or a body its members speak for ("the army",
		// "the police").
		return nil
	}
	if pronoun != "they" && !(c.kind == kindPerson || c.kind == kindRole || c.kind == kindName) {
		return nil // "he" and "she" are people, not a body
	}
	return c.sp
}

// phraseHead returns the lower-cased head noun of the noun phrase s..e: the
// word before its first preposition ("soldiers" in "the soldiers at the
// checkpoint"), else its last word.
func (v *view) phraseHead(s, e int) string {
	for k := s + 1; k < e; k++ {
		if t := v.toks[k]; (t.pos == "IN" || t.pos == "TO") && isNoun(v.toks[k-1].pos) {
			return v.toks[k-1].low
		}
	}
	if e > s {
		return v.toks[e-1].low
	}
	return ""
}
