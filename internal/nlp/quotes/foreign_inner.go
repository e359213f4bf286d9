package quotes

import (
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/internal/model"
)

// Quotations inside quotations in French, Spanish, Portuguese and German
// copy, read as innerQuotes reads English ones: „Er hat mir gesagt:
// ‚Wir geben nicht auf‘“, sagte Merz; « Le ministre nous a dit “nous ne
// céderons pas” », a déclaré le maire. The inner marks are the second
// level of the language (German ‚...‘ and ›...‹, French “...” or ‹...›
// inside guillemets, Spanish and Portuguese “...” or ‘...’ inside «...»,
// «...» inside “...”). A speech verb of the language next to the inner
// marks, inside the outer quote, gives the inner words their own quote,
// spoken by the verb's subject and carried on by the outer speaker (the
// conduit): a first-person singular subject ("je", "ich", "yo", "eu") is
// the outer speaker's own words, with no conduit; another pronoun or a
// dropped subject ("nous", "wir", "nos dijo") leaves the speaker null
// rather than guessed. Without a speech verb the inner marks set off a
// term or a title in the outer speaker's words ("ein ‚Wendepunkt‘", "un
// “tournant”") and give no quote of their own.

// intlInnerClosers maps each second-level opening mark to its closing one.
var intlInnerClosers = map[rune]rune{
	'\u201a': '\u2018', // ‚...‘ German
	'\u2039': '\u203a', // ‹...› French, Swiss
	'\u203a': '\u2039', // ›...‹ German inside »...«
	'\u201c': '\u201d', // “...” French, Spanish, Portuguese
	'\u2018': '\u2019', // ‘...’
	'\u00ab': '\u00bb', // «...» inside “...”
	'\'':     '\'',
	'"':      '"',
}

// intlInnerSpans returns the quotations inside the content s..e of a
// quotation of a non-English article, one level deep. Guillemets may
// have a space inside them ("‹ tournant ›"); other marks touch their
// words, which tells an apostrophe from a mark.
func intlInnerSpans(text string, s, e int) []Span {
	var out []Span
	var cur *Span
	var closer rune
	for i := s; i < e; {
		r, size, prev, next := runeAround(text, s, e, i)
		guillemet := strings.ContainsRune("\u2039\u203a\u00ab\u00bb", r)
		switch {
		case cur != nil && r == closer && (guillemet || !unicode.IsSpace(prev)) && !isWordRune(next):
			cur.Close = i + size
			cur.Closed = true
			out = appendSpan(out, text, *cur, i)
			cur = nil
		case cur == nil && intlInnerClosers[r] != 0 && (unicode.IsSpace(prev) || i == s || strings.ContainsRune("([\u2014\u2013-:", prev)) && (guillemet || !unicode.IsSpace(next)) && !unicode.IsDigit(next):
			cur = &Span{Open: i, Single: strings.ContainsRune("\u201a\u2039\u203a\u2018'", r), Paragraphs: 1}
			closer = intlInnerClosers[r]
		}
		i += size
	}
	return out
}

// intlInner attributes the quotation in inside the quote outer of a
// non-English article, when a speech verb of the language next to it,
// inside outer, introduces it.
func (st *state) intlInner(outer model.Quote, in Span) {
	iw, v := st.intl, st.v
	si := v.sentenceOf(in.Open)
	if si < 0 {
		return
	}
	lo := max(v.tokAt(outer.Start), v.sentTok[si][0])
	hi := min(v.tokAt(outer.End), v.sentTok[si][1])
	open := v.tokAt(in.Open)
	after := v.tokAt(in.Close)
	if open > hi || after < open || lo >= hi {
		return
	}
	// Inside the outer quote its words are the sentence being read: the
	// phrase readers stop at quoted words, so they are unmarked while it
	// is read (the inner quote's own words stay marked).
	defer v.unquoteAround(lo, hi, open, after)()
	ws := st.intlWords(si)
	idx := func(tok int) int { // the word holding token tok
		for j, x := range ws {
			if x.s <= tok && tok < x.e {
				return j
			}
		}
		return -1
	}
	from, to := idx(lo), idx(hi-1)+1
	if from < 0 || to <= from {
		return
	}
	verb, subj := -1, -1 // word indexes
	var sp *model.Speaker
	// Before the inner marks: "hat mir gesagt: ‚...‘", "nous a dit “...”",
	// "sagte er: ‚...‘", "nos dijo “...”".
	j := idx(open) - 1
	for j >= from && (ws[j].w == ":" || ws[j].w == "," || isQuoteMark(ws[j].w)) {
		j--
	}
	for k := j; k >= from && k >= j-2; k-- {
		vw, glued := verbWord(ws[k].w)
		if iw.verb[vw] {
			vs, pronoun, neg := st.verbGroup(ws, k, from)
			if neg {
				return // "n'a jamais dit « non »": nothing was said
			}
			verb = k
			if pronoun || glued {
				subj = k // "a-t-il dit", the pronoun glued to the verb
				break
			}
			if k < j && iw.pronoun[ws[k+1].w] {
				subj = k + 1 // "sagte er: ‚...‘"
				break
			}
			var at int
			sp, at = st.subjectBefore(ws, vs, from, false, k)
			if at >= 0 {
				subj = idx(at)
			}
			break
		}
		if !iw.pronoun[ws[k].w] && !iw.clitic[ws[k].w] && !iw.particle[ws[k].w] && !iw.person[ws[k].w] {
			break
		}
	}
	if verb < 0 {
		// After them: "‚Nein‘, sagte er", "“non”, a répondu le ministre".
		k := idx(after)
		if k < 0 {
			return
		}
		for k < to && (ws[k].w == "," || isQuoteMark(ws[k].w)) {
			k++
		}
		for m := k; m < to && m <= k+1; m++ {
			vw, glued := verbWord(ws[m].w)
			if !iw.verb[vw] {
				if !iw.aux[vw] {
					return
				}
				continue
			}
			if _, _, neg := st.verbGroup(ws, m, k); neg {
				return
			}
			verb = m
			if glued {
				subj = m
				break
			}
			var at int
			sp, at = st.subjectAfter(ws, m, to, false)
			if at >= 0 {
				subj = idx(at)
			}
			break
		}
	}
	if verb < 0 {
		return
	}
	conduit := outer.Speaker
	switch {
	case subj >= 0 && (iw.self[ws[subj].w] || iw.self[ws[subj].pre]):
		sp, conduit = outer.Speaker, nil // "je leur ai dit « non »": the outer speaker's own words
	case subj < 0 || subj == verb || iw.pronoun[ws[subj].w] || iw.person[ws[subj].w]:
		sp = nil // "wir", "er", a dropped subject: no one a reader can look up
	}
	if sp != nil && conduit != nil && sameSpeaker(sp, conduit) {
		conduit = nil // the outer speaker naming themselves
	}
	st.addInner(in, sp, conduit, si, ws[verb].tok)
}
