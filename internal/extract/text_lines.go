package extract

import (
	"html"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file turns raw plain text into units: paragraphs re-joined from
// hard-wrapped or broken lines, list items and single-line furniture. The
// decisions use only the shape of the lines (length, wrap width, case of the
// next line's first letter, trailing punctuation), never a site's strings.

// txtLine is one input line after whitespace clean-up.
type txtLine struct {
	text   string // trimmed, inner whitespace collapsed, list marker removed
	width  int    // runes of the line as laid out (indent + text), for wrap detection
	indent int
	bullet bool // started with a list marker
	rule   bool // a line of ===, ---, *** or ___ (a Markdown/RST underline or separator)
	head   bool // a Markdown "# heading"
}

// txtUnit is a candidate paragraph: one or more joined lines.
type txtUnit struct {
	text   string
	buf    strings.Builder // accumulates joined lines (appending to text would be quadratic)
	block  int             // index of the blank-line-separated block it came from
	lines  int
	bullet bool
	head   bool
	// firstInBlock and lastInBlock say whether a blank line (or the start
	// or end of the text) surrounds the unit.
	firstInBlock bool
	lastInBlock  bool
}

// txtNormalise makes line breaks and spaces uniform and drops control and
// zero-width characters that only get in the way.
func txtNormalise(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == '\r':
			if i < len(s) && s[i] == '\n' {
				i++
			}
			b.WriteByte('\n')
		case r == '\n':
			b.WriteByte('\n')
		case r == '\f' || r == '\v' || r == '\u0085' || r == '\u2028':
			b.WriteByte('\n')
		case r == '\u2029': // paragraph separator
			b.WriteString("\n\n")
		case r == '\t':
			b.WriteString("    ")
		case r == '\uFEFF' || r == '\u200B' || r == '\u2060' || r == '\u00AD':
			// BOM, zero-width space, word joiner, soft hyphen: invisible.
		case r == '\u00A0' || r == '\u202F' || (r >= '\u2000' && r <= '\u200A') || r == '\u3000':
			b.WriteByte(' ')
		case r < 0x20 || (r >= 0x7F && r < 0xA0):
			// other C0/C1 controls carry nothing readable
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// txtSplitLines splits normalised text into lines; a nil entry is a blank line.
func txtSplitLines(s string) []*txtLine {
	raw := strings.Split(s, "\n")
	out := make([]*txtLine, 0, len(raw))
	for _, l := range raw {
		l = strings.TrimRight(l, " ")
		t := strings.TrimLeft(l, " ")
		if t == "" {
			out = append(out, nil)
			continue
		}
		ln := &txtLine{indent: len(l) - len(t), width: utf8.RuneCountInString(l)}
		if txtIsRule(t) {
			ln.rule = true
			ln.text = t
			out = append(out, ln)
			continue
		}
		if m := txtBulletMarker(t); m > 0 {
			ln.bullet = true
			t = strings.TrimLeft(t[m:], " ")
		} else if h := txtMarkdownHeading(t); h > 0 {
			ln.head = true
			t = strings.TrimLeft(t[h:], " ")
		}
		ln.text = strings.Join(strings.Fields(txtInlineMarkup(t)), " ")
		if ln.text == "" {
			out = append(out, nil)
			continue
		}
		out = append(out, ln)
	}
	return out
}

// txtIsRule reports a separator line such as "=====" or "* * *".
func txtIsRule(t string) bool {
	n := 0
	var ch rune
	for _, r := range t {
		if r == ' ' {
			continue
		}
		if !strings.ContainsRune("=-*_~#─━═", r) {
			return false
		}
		if ch != 0 && r != ch {
			return false
		}
		ch = r
		n++
	}
	return n >= 3
}

// txtBulletMarker returns the byte length of a leading list marker ("• ",
// "- ", "* ", "1. ", "a) "), or 0.
func txtBulletMarker(t string) int {
	r, size := utf8.DecodeRuneInString(t)
	if strings.ContainsRune("•·▪◦‣●○■□►▶✓✔➤→*+-–", r) {
		if len(t) > size && t[size] == ' ' {
			return size + 1
		}
		return 0
	}
	// "1. " "12) " "a) " — at most two digits or one letter, so a year or a
	// sentence that starts a line after a wrap is not taken for a marker.
	i := 0
	for i < len(t) && i < 2 && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	if i == 0 && len(t) > 1 && t[0] >= 'a' && t[0] <= 'z' && t[1] == ')' {
		i = 1
	}
	if i > 0 && i+1 < len(t) && (t[i] == '.' || t[i] == ')') && t[i+1] == ' ' {
		if t[i] == '.' && t[0] >= 'a' {
			return 0
		}
		// "3. März 2031" is a German date, not item 3.
		if w, _, _ := strings.Cut(t[i+2:], " "); t[i] == '.' && txtMonths[strings.ToLower(strings.TrimRight(w, ".,"))] != 0 {
			return 0
		}
		return i + 2
	}
	return 0
}

// txtMarkdownHeading returns the length of a leading "#", "##"... marker.
func txtMarkdownHeading(t string) int {
	i := 0
	for i < len(t) && i < 6 && t[i] == '#' {
		i++
	}
	if i > 0 && i < len(t) && t[i] == ' ' {
		return i + 1
	}
	return 0
}

// txtWrapWidth estimates the column at which the text was hard-wrapped, or
// returns 0 when it was not. The sample is every line followed directly by
// another text line: in wrapped prose these cluster just under the width.
func txtWrapWidth(lines []*txtLine) int {
	var w []int
	for i := 0; i+1 < len(lines); i++ {
		a, b := lines[i], lines[i+1]
		if a == nil || b == nil || a.bullet || b.bullet || a.rule || b.rule {
			continue
		}
		w = append(w, a.width)
	}
	if len(w) < 3 {
		return 0
	}
	sort.Ints(w)
	p90 := w[(len(w)*9)/10]
	if p90 < 30 || p90 > 160 {
		return 0
	}
	near := 0
	for _, x := range w {
		if x >= p90*3/4 {
			near++
		}
	}
	if near*2 < len(w) {
		return 0
	}
	// The widest line within a little of p90 is the wrap column.
	width := p90
	for _, x := range w {
		if x > width && x <= p90+p90/10 {
			width = x
		}
	}
	return width
}

// txtFunctionWords end a line only when the sentence goes on (several
// languages; cheap and enough to join a line broken after "the").
var txtFunctionWords = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "but": true, "of": true, "to": true,
	"in": true, "on": true, "at": true, "by": true, "for": true, "from": true, "with": true, "as": true,
	"that": true, "which": true, "who": true, "is": true, "was": true, "are": true, "were": true,
	"his": true, "her": true, "its": true, "their": true, "into": true, "than": true, "said": true,
	"de": true, "la": true, "le": true, "les": true, "et": true, "des": true, "du": true, "un": true, "une": true,
	"der": true, "die": true, "das": true, "und": true, "ein": true, "eine": true, "mit": true, "von": true,
	"el": true, "los": true, "las": true, "y": true, "en": true, "del": true, "il": true, "di": true, "e": true,
}

// txtShouldJoin decides whether line b continues the unit that ends with
// line a.
func txtShouldJoin(a, b *txtLine, width int) bool {
	if a.rule || b.rule || b.bullet || a.head || b.head {
		return false
	}
	if a.bullet {
		// A list item goes on when the next line is indented under it or
		// starts in lower case.
		return b.indent > a.indent || txtStartsLower(b.text)
	}
	if isLetterClosing(a.text) {
		// "Kind regards," + "Mira Holt": the comma is the closing's, and
		// the sender's name is a line of its own (letters.go).
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(a.text)
	switch last {
	case ',', ';', '(', '–', '—', '-', '/', '&':
		// "WASHINGTON (Reuters) -" + next line: a dateline stays with its paragraph.
		return true
	}
	if isContactLine(b.text) {
		// A line that is only a phone number or an e-mail address
		// ("mira.holt@example.org" under a name) is a signature's line
		// of its own, unless the sentence above runs on into it ("write
		// to" + the address).
		i := strings.LastIndexByte(a.text, ' ')
		return txtFunctionWords[strings.ToLower(a.text[i+1:])]
	}
	if txtStartsLower(b.text) {
		return true
	}
	if i := strings.LastIndexByte(a.text, ' '); i >= 0 && strings.Count(a.text, " ") >= 3 {
		if txtFunctionWords[a.text[i+1:]] {
			return true
		}
	}
	if width > 0 {
		// Hard-wrapped: join when b's first word would not have fitted on a.
		fw := b.text
		if i := strings.IndexByte(fw, ' '); i >= 0 {
			fw = fw[:i]
		}
		if a.width+1+utf8.RuneCountInString(fw) > width && a.width >= width/2 {
			return true
		}
	}
	return false
}

// txtStartsLower reports whether s begins (after quotes, brackets and an
// ellipsis) with a lower-case letter.
func txtStartsLower(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return unicode.IsLower(r)
		}
		if unicode.IsDigit(r) {
			return false
		}
		if !strings.ContainsRune("\"'“”‘’«»„‚([.…-–— ", r) {
			return false
		}
	}
	return false
}

// txtUnits joins lines into units.
func txtUnits(content string) []*txtUnit {
	lines := txtSplitLines(txtNormalise(content))
	width := txtWrapWidth(lines)
	var units []*txtUnit
	var cur *txtUnit
	var prev *txtLine
	block := 0
	flush := func(lastInBlock bool) {
		if cur != nil {
			if cur.lines > 1 {
				cur.text = cur.buf.String()
				cur.buf = strings.Builder{}
			}
			cur.lastInBlock = lastInBlock
			units = append(units, cur)
			cur = nil
		}
	}
	for _, ln := range lines {
		if ln == nil {
			if cur != nil {
				flush(true)
				block++
			}
			prev = nil
			continue
		}
		if ln.rule {
			// A setext underline marks the line above as a heading.
			if cur != nil && cur.lines == 1 && !cur.bullet && (strings.HasPrefix(ln.text, "=") || strings.HasPrefix(ln.text, "-")) {
				cur.head = true
			}
			flush(true)
			block++
			prev = nil
			continue
		}
		if cur != nil && prev != nil && txtShouldJoin(prev, ln, width) {
			if cur.lines == 1 {
				cur.buf.WriteString(cur.text)
			}
			if !(strings.HasSuffix(prev.text, "-") && !strings.HasSuffix(prev.text, " -") && txtStartsLower(ln.text)) {
				cur.buf.WriteByte(' ') // unless a word was broken at a hyphen: keep the hyphen, drop the space
			}
			cur.buf.WriteString(ln.text)
			cur.lines++
			prev = ln
			continue
		}
		first := cur == nil
		flush(false)
		cur = &txtUnit{text: ln.text, block: block, lines: 1, bullet: ln.bullet, head: ln.head, firstInBlock: first}
		prev = ln
	}
	flush(true)
	return units
}

// Inline markup a scraper or a Markdown paste leaves in text.
var (
	txtEntityRe   = regexp.MustCompile(`&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});`)
	txtMdLinkRe   = regexp.MustCompile(`!?\[([^\]\n]{1,300})\]\((?:https?://|/|#)[^)\s]*\)`)
	txtMdStrongRe = regexp.MustCompile(`\*\*([^*\n]{1,300})\*\*`)
)

// txtInlineMarkup replaces HTML entities ("&amp;", "&#8217;") with their
// characters and Markdown links and bold with their text.
func txtInlineMarkup(t string) string {
	if strings.IndexByte(t, '&') >= 0 && txtEntityRe.MatchString(t) {
		t = html.UnescapeString(t)
	}
	if strings.Contains(t, "](") {
		t = txtMdLinkRe.ReplaceAllString(t, "$1")
	}
	if strings.Contains(t, "**") {
		t = txtMdStrongRe.ReplaceAllString(t, "$1")
	}
	return t
}
