package quotes

import (
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/internal/model"
)

// minRepeatWords is the length from which two quotations with the same
// words are one said twice over in print (a pull-quote repeating the body)
// rather than two people using the same phrase ("no comment", "a
// disaster").
const minRepeatWords = 5

// pullQuoteWindow bounds how many quotes apart a pull-quote and the
// quotation it excerpts are looked for: they sit in one article's body,
// and a text of tens of thousands of quotes must not be compared pairwise.
const pullQuoteWindow = 40

// dropRepeats removes quotations printed twice, as a pull-quote set in the
// body repeats one of the article's: the same words (case, punctuation and
// quotation marks aside) give one quote, the one with a speaker found in
// its own sentence, else one with a speaker at all, else the first (two
// copies each attributed to a different speaker are both kept). A
// quotation standing alone in its paragraph without attribution whose
// words are part of a longer one nearby is an excerpt of it and goes too
// (its speaker passes to the longer one when that has none). st.out must
// be in text order.
func (st *state) dropRepeats() {
	if len(st.out) < 2 {
		return
	}
	norm := make([]string, len(st.out))
	for i, fd := range st.out {
		if fd.q.Kind != model.QuoteIndirect {
			norm[i] = normQuote(fd.q.Text)
		}
	}
	drop := make([]bool, len(st.out))
	first := map[string]int{} // normalised text -> index of the quote kept
	for i, n := range norm {
		if n == "" || strings.Count(n, " ")+1 < minRepeatWords {
			continue
		}
		k, ok := first[n]
		if !ok {
			first[n] = i
			continue
		}
		if a, b := st.out[k], st.out[i]; repeatRank(a) == 2 && repeatRank(b) == 2 && !sameSpeaker(a.q.Speaker, b.q.Speaker) {
			// Two speakers each attributed with the same words: the
			// opposition repeating the union's line is news.
			continue
		}
		if repeatRank(st.out[i]) > repeatRank(st.out[k]) {
			drop[k] = true
			first[n] = i
		} else {
			drop[i] = true
		}
	}
	for i, fd := range st.out {
		if drop[i] || norm[i] == "" || fd.q.Kind != model.QuoteDirect || fd.verb >= 0 || !st.fillsParagraph(fd.q) ||
			strings.Count(norm[i], " ")+1 < minRepeatWords {
			continue
		}
		for j := max(0, i-pullQuoteWindow); j < min(len(st.out), i+pullQuoteWindow+1); j++ {
			if j == i || drop[j] || len(norm[j]) <= len(norm[i]) || !strings.Contains(" "+norm[j]+" ", " "+norm[i]+" ") {
				continue
			}
			long := &st.out[j].q
			if long.Speaker == nil && fd.q.Speaker != nil {
				long.Speaker, long.Conduit, long.Audience = fd.q.Speaker, fd.q.Conduit, fd.q.Audience
			}
			drop[i] = true
			break
		}
	}
	kept := st.out[:0]
	for i, fd := range st.out {
		if !drop[i] {
			kept = append(kept, fd)
		}
	}
	st.out = kept
}

// repeatRank orders copies of one quotation: attributed in its own
// sentence, then given the speaker of the quotation before it, then
// without one.
func repeatRank(fd finding) int {
	switch {
	case fd.q.Speaker == nil:
		return 0
	case fd.inherits:
		return 1
	}
	return 2
}

// fillsParagraph says q is all there is of its paragraph but for
// quotation marks and punctuation: a pull-quote set apart.
func (st *state) fillsParagraph(q model.Quote) bool {
	v := st.v
	p := v.paragraphOf(q.Start)
	if p < 0 || p >= len(v.paras) {
		return false
	}
	ps, pe := v.paras[p][0], v.paras[p][1]
	if q.Start < ps || q.End > pe {
		return false
	}
	word := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	return strings.IndexFunc(v.a.Text[ps:q.Start], word) < 0 && strings.IndexFunc(v.a.Text[q.End:pe], word) < 0
}

// normQuote is a quotation's words in lower case, without punctuation or
// quotation marks, one space apart.
func normQuote(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		case r == '\'' || r == '\u2019':
			// "don't" and "don’t" are one word.
		default:
			space = true
		}
	}
	return b.String()
}
