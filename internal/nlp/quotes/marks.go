package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Span is a stretch of text between quotation marks.
type Span struct {
	Open, Close int  // byte range including the marks (Close is after the closing mark, or the paragraph end)
	Start, End  int  // byte range of the content, without the marks and edge spaces
	Single      bool // single quotation marks ('...' or ‘...’)
	Closed      bool // a closing mark was found (false: ran to a paragraph end)
	Paragraphs  int  // number of paragraphs the span runs over
}

// Paragraphs returns the byte ranges of the paragraphs of text: runs of
// non-blank lines separated by blank lines.
func Paragraphs(text string) [][2]int {
	var out [][2]int
	start := -1
	lineStart := 0
	for lineStart <= len(text) {
		nl := strings.IndexByte(text[lineStart:], '\n')
		lineEnd := len(text)
		if nl >= 0 {
			lineEnd = lineStart + nl
		}
		blank := strings.TrimSpace(text[lineStart:lineEnd]) == ""
		if blank && start >= 0 {
			out = append(out, [2]int{start, trimRightSpace(text, start, lineStart)})
			start = -1
		} else if !blank && start < 0 {
			start = lineStart
		}
		if nl < 0 {
			break
		}
		lineStart = lineEnd + 1
	}
	if start >= 0 {
		out = append(out, [2]int{start, trimRightSpace(text, start, len(text))})
	}
	return out
}

func trimRightSpace(text string, lo, hi int) int {
	for hi > lo {
		r, size := utf8.DecodeLastRuneInString(text[lo:hi])
		if !unicode.IsSpace(r) {
			break
		}
		hi -= size
	}
	return hi
}

// FindSpans returns the top-level quotation spans of text in order. Double
// quotes (straight or curly) are primary; single quotes count at top level
// only when they open and close like quotation marks (so apostrophes in
// "Xi's" or "players'" are left alone), and inside a double-quoted span
// they are quotes inside the quote, not spans of their own. A double quote
// left open at a paragraph's end continues when the next paragraph opens
// with a quotation mark (the newspaper convention for quotes running over
// several paragraphs); otherwise it ends with its paragraph.
//
// The quotation marks of other languages open spans of their own, closed
// only by their partner (see foreignPair): « » and ‹ › (French, also with
// the no-break spaces French puts inside them), „ “ and „ ” (German,
// Polish, Czech), ‚ ‘ and ‚ ’ (their single marks, closed within the
// paragraph), » « and › ‹ (German, Danish), 「」 and 『』 (Chinese,
// Japanese). Inside such a span only its own opener nests and every other
// mark is text, so a „German“ quote's closing “ is not taken for an
// English opener.
func FindSpans(text string) []Span {
	paras := Paragraphs(text)
	var out []Span
	var cur *Span          // open double-quoted span
	depth := 0             // curly double quotes nested inside cur
	var fopen, fclose rune // cur's marks when a foreign pair opened it
	for pi, p := range paras {
		var single *Span // open top-level single-quoted span
		i := p[0]
		if cur != nil {
			// Continuing quote: skip the paragraph's opening mark.
			cur.Paragraphs++
			if r, size := utf8.DecodeRuneInString(text[i:]); fopen != 0 {
				if r == fopen || r == fclose && fclose == '\u00bb' {
					i += size
				}
			} else if r == '"' || r == '\u201c' {
				i += size
			} else if strings.HasPrefix(text[i:], "``") {
				i += 2
			}
		}
		for i < p[1] {
			r, size := utf8.DecodeRuneInString(text[i:])
			prev, _ := utf8.DecodeLastRuneInString(text[p[0]:i])
			if i == p[0] {
				prev = ' '
			}
			next := ' '
			if i+size < p[1] {
				next, _ = utf8.DecodeRuneInString(text[i+size:])
			}
			if cur != nil && fopen != 0 {
				// Inside a foreign pair: only its own marks count.
				switch {
				case closesPair(r, fclose, next) && depth > 0:
					depth--
				case closesPair(r, fclose, next):
					cur.Close = i + size
					cur.Closed = true
					out = appendSpan(out, text, *cur, i)
					cur, fopen, fclose = nil, 0, 0
				case r == fopen:
					depth++
				}
				i += size
				continue
			}
			if cur == nil {
				if closer, single1, ok := foreignPair(r, prev, next); ok {
					single = nil // a single quote cannot straddle this one
					cur = &Span{Open: i, Single: single1, Paragraphs: 1}
					depth = 0
					fopen, fclose = r, closer
					i += size
					continue
				}
			}
			switch {
			case r == '`' && next == '`' && cur == nil:
				// "``...''": the opening double quote of text converted
				// from LaTeX or the Penn Treebank's tokens, closed by ''
				// or by a double quote.
				single = nil
				cur = &Span{Open: i, Paragraphs: 1}
				depth = 0
				size = 2
			case r == '\'' && next == '\'' && cur != nil && depth == 0 && closesLike(prev, next):
				cur.Close = i + 2
				cur.Closed = true
				out = appendSpan(out, text, *cur, i)
				cur = nil
				size = 2
			case r == '\u201c' || r == '"' && cur == nil:
				if cur != nil {
					depth++ // “ inside “...”: a quote inside the quote
				} else {
					if r == '"' && !opensLike(prev, next) && closesLike(prev, next) {
						break // a stray closing straight quote
					}
					single = nil // a single quote cannot straddle a double one
					cur = &Span{Open: i, Paragraphs: 1}
					depth = 0
				}
			case r == '\u201d' && depth > 0:
				depth--
			case r == '\u201d' || r == '"':
				if cur != nil {
					cur.Close = i + size
					cur.Closed = true
					out = appendSpan(out, text, *cur, i)
					cur = nil
				}
			case cur == nil && (r == '\u2018' || r == '\''):
				if single == nil && opensLike(prev, next) && !unicode.IsDigit(next) {
					single = &Span{Open: i, Single: true, Paragraphs: 1}
				} else if single != nil && closesLike(prev, next) && !isWordRune(next) {
					single.Close = i + size
					single.Closed = true
					out = appendSpan(out, text, *single, i)
					single = nil
				}
			case cur == nil && r == '\u2019':
				if single != nil && closesLike(prev, next) && !isWordRune(next) {
					single.Close = i + size
					single.Closed = true
					out = appendSpan(out, text, *single, i)
					single = nil
				}
			}
			i += size
		}
		if cur != nil {
			continues := false
			if pi+1 < len(paras) {
				if fopen != 0 {
					continues = continuesForeign(text, paras[pi+1], fopen, fclose)
				} else {
					continues = continuesQuote(text, paras[pi+1])
				}
			}
			if !continues {
				cur.Close = p[1]
				if fopen != '\u201a' {
					// A ‚ left open is no quotation: a single mark is
					// closed within its paragraph, as ' is.
					out = appendSpan(out, text, *cur, p[1])
				}
				cur, fopen, fclose = nil, 0, 0
			}
		}
	}
	return out
}

// continuesQuote says paragraph p carries on a quotation left open by the
// one before: it opens with a quotation mark (the newspaper convention), or
// its first double quotation mark is a closing one (the quote was broken
// into paragraphs without reopening it).
func continuesQuote(text string, p [2]int) bool {
	r, _ := utf8.DecodeRuneInString(text[p[0]:])
	if r == '"' || r == '\u201c' || strings.HasPrefix(text[p[0]:], "``") {
		return true
	}
	for i := p[0]; i < p[1]; {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch r {
		case '\u201d':
			return true
		case '\u201c':
			return false
		case '"':
			prev, _ := utf8.DecodeLastRuneInString(text[p[0]:i])
			next := ' '
			if i+size < p[1] {
				next, _ = utf8.DecodeRuneInString(text[i+size:])
			}
			return !opensLike(prev, next) && closesLike(prev, next)
		}
		i += size
	}
	return false
}

// foreignPair says r opens a quotation in the marks of a language other
// than English and gives its closing partner, and whether the pair is a
// secondary (single) one. Guillemets, low-high and corner-bracket marks
// are never apostrophes, so « „ ‹ 「 『 open wherever they stand. » and ›
// open only where they look like an opening mark (after a space or
// bracket, before a word: German and Danish »so«), since with nothing open
// they are more often a French closing mark whose opener was lost.
func foreignPair(r, prev, next rune) (closer rune, single, ok bool) {
	switch r {
	case '\u00ab': // « »
		return '\u00bb', false, true
	case '\u2039': // ‹ ›
		return '\u203a', true, true
	case '\u201e': // „ “ (German, Czech) or „ ” (Polish, Hungarian, Romanian)
		return lowHighCloser, false, true
	case '\u201a': // ‚ ‘ (German) or ‚ ’ (Polish, Hungarian): the inner quote of „“
		// Nested in „...“ it is text of that span (only its own opener
		// nests there); standing alone it is the quotation of copy that
		// sets its quotes in single marks, as headlines do. It opens
		// only where an opening mark stands: a low comma glyph after a
		// word ("Haus‚ das") is a mistyped comma.
		if opensLike(prev, next) {
			return lowSingleCloser, true, true
		}
	case '\u300c': // 「」
		return '\u300d', false, true
	case '\u300e': // 『』, the CJK quote inside a quote (or a title)
		return '\u300f', true, true
	case '\u00bb': // » « reversed
		if opensLike(prev, next) {
			return '\u00ab', false, true
		}
	case '\u203a': // › ‹ reversed
		if opensLike(prev, next) {
			return '\u2039', true, true
		}
	}
	return 0, false, false
}

// lowHighCloser stands for either closing mark of a „ quote: the
// languages that open with „ split between “ and ”. lowSingleCloser does
// the same for ‚ (‘ or ’).
const (
	lowHighCloser   = -1
	lowSingleCloser = -2
)

// closesPair says r, before next, is the closing mark closer stands for.
// ’ closing a ‚ quote must end a word: inside one it is an apostrophe
// ("hab’s").
func closesPair(r, closer, next rune) bool {
	switch closer {
	case lowHighCloser:
		return r == '\u201c' || r == '\u201d'
	case lowSingleCloser:
		return r == '\u2018' || r == '\u2019' && !isWordRune(next)
	}
	return r == closer
}

// continuesForeign says paragraph p carries on a quotation opened with the
// foreign mark opener: it starts with the opener again (French and German
// reopen each paragraph), or with » in French, whose continuing
// paragraphs often open with a closing guillemet.
func continuesForeign(text string, p [2]int, opener, closer rune) bool {
	r, _ := utf8.DecodeRuneInString(text[p[0]:])
	return r == opener || r == closer && closer == '\u00bb'
}

// appendSpan sets the content range (between the opening mark and
// contentEnd, trimmed of spaces) and appends the span unless it is empty.
func appendSpan(out []Span, text string, s Span, contentEnd int) []Span {
	_, size := utf8.DecodeRuneInString(text[s.Open:])
	if strings.HasPrefix(text[s.Open:], "``") {
		size = 2
	}
	lo, hi := s.Open+size, contentEnd
	for lo < hi {
		r, size := utf8.DecodeRuneInString(text[lo:hi])
		if !unicode.IsSpace(r) {
			break
		}
		lo += size
	}
	hi = trimRightSpace(text, lo, hi)
	if lo >= hi {
		return out
	}
	s.Start, s.End = lo, hi
	return append(out, s)
}

// opensLike says a quotation mark between prev and next looks like an
// opening one: after a space, bracket, dash or start, before a non-space.
func opensLike(prev, next rune) bool {
	return (unicode.IsSpace(prev) || strings.ContainsRune("([{\u2014\u2013-/\u201c\"\u2018", prev)) && !unicode.IsSpace(next)
}

// closesLike says a mark looks like a closing one: after a non-space.
func closesLike(prev, _ rune) bool { return !unicode.IsSpace(prev) }

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
