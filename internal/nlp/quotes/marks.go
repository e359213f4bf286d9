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
func FindSpans(text string) []Span {
	paras := Paragraphs(text)
	var out []Span
	var cur *Span // open double-quoted span
	depth := 0    // curly double quotes nested inside cur
	for pi, p := range paras {
		var single *Span // open top-level single-quoted span
		i := p[0]
		if cur != nil {
			// Continuing quote: skip the paragraph's opening mark.
			cur.Paragraphs++
			if r, size := utf8.DecodeRuneInString(text[i:]); r == '"' || r == '\u201c' {
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
				continues = continuesQuote(text, paras[pi+1])
			}
			if !continues {
				cur.Close = p[1]
				out = appendSpan(out, text, *cur, p[1])
				cur = nil
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
