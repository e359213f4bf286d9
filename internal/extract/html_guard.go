package extract

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxHTMLBytes caps how much of a page is parsed. Ingest already limits
// inputs to 10 MB by default; a larger page (a feed dump, a runaway
// generator) is cut here rather than parsed for tens of seconds. The HTML
// parser closes whatever the cut leaves open.
const maxHTMLBytes = 16 << 20

// maxNesting is the tag depth kept when the parser refuses a page for
// nesting deeper than its limit (512 open elements).
const maxNesting = 250

// truncateUTF8 cuts s to at most n bytes without splitting a character.
func truncateUTF8(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// parseHTML parses the page; when the parser gives up on absurd nesting,
// the page is rewritten without the tags nested deeper than maxNesting
// (their text is kept) and parsed again.
func parseHTML(content string) (*html.Node, error) {
	root, err := html.Parse(strings.NewReader(content))
	if err == nil {
		return root, nil
	}
	root, err2 := html.Parse(strings.NewReader(flattenDeepTags(content)))
	if err2 == nil {
		return root, nil
	}
	return nil, err
}

// voidElements never take an end tag and so never nest.
var voidElements = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true, atom.Hr: true,
	atom.Img: true, atom.Input: true, atom.Link: true, atom.Meta: true, atom.Source: true,
	atom.Track: true, atom.Wbr: true, atom.Param: true, atom.Keygen: true,
}

// flattenDeepTags drops start and end tags beyond maxNesting levels,
// counting levels naively by start and end tags.
func flattenDeepTags(content string) string {
	z := html.NewTokenizer(strings.NewReader(content))
	var out bytes.Buffer
	out.Grow(len(content))
	depth, dropped := 0, 0
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return out.String()
		case html.StartTagToken:
			name, _ := z.TagName()
			if voidElements[atom.Lookup(name)] {
				break
			}
			if depth >= maxNesting {
				dropped++
				continue
			}
			depth++
		case html.EndTagToken:
			if dropped > 0 {
				dropped--
				continue
			}
			if depth > 0 {
				depth--
			}
		}
		out.Write(z.Raw())
	}
}

// stripRawBlocks removes the bodies of <script> (except JSON-LD), <style>,
// <noscript> and <svg> elements before parsing. They are more than half of
// a typical news page's bytes and never part of the article; the parser
// would otherwise scan them byte by byte. HTML comments are skipped whole so
// a "<script" inside one cannot swallow real content. Where a closing tag is
// missing the rest is left to the parser.
func stripRawBlocks(s string) string {
	var b strings.Builder
	last, i := 0, 0
	for {
		j := strings.IndexByte(s[i:], '<')
		if j < 0 {
			break
		}
		i += j
		rest := s[i:]
		if strings.HasPrefix(rest, "<!--") {
			k := strings.Index(rest[4:], "-->")
			if k < 0 {
				break
			}
			i += 4 + k + 3
			continue
		}
		name := rawTagAt(rest)
		if name == "" {
			i++
			continue
		}
		gt := strings.IndexByte(rest, '>')
		if gt < 0 {
			break
		}
		if name == "script" && strings.Contains(strings.ToLower(rest[:gt]), "ld+json") {
			i += gt + 1
			continue
		}
		bodyStart := i + gt + 1
		end := indexEndTag(s[bodyStart:], name)
		if end < 0 {
			break
		}
		bodyEnd := bodyStart + end
		if bodyEnd > bodyStart {
			if b.Cap() == 0 {
				b.Grow(len(s) / 2)
			}
			b.WriteString(s[last:bodyStart])
			last = bodyEnd
		}
		i = bodyEnd + 2 + len(name)
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

var rawTags = []string{"script", "style", "noscript", "svg", "noframes"}

// unwrapNoframes makes the <noframes> content of a frameset page its body.
// The parser reads <noframes> as raw text, as it reads <script>: a page
// whose only text is there (an old site's frameset, a press office's
// archive) was one paragraph of literal "<p>...</p>" markup. A page with
// no <frameset> keeps its <noframes> only to be dropped with the raw
// blocks (stripRawBlocks): a browser with frames never shows it, and it
// says "your browser does not support frames".
func unwrapNoframes(s string) string {
	fs := indexFold(s, "<frameset")
	if fs < 0 {
		return s
	}
	body := elementContents(s, "noframes")
	if body == "" {
		return s
	}
	return s[:fs] + "<body>" + body + "</body></html>"
}

// elementContents is the content of every <tag> element of s, each
// followed by a line break; an element left open runs to the end of s.
// The HTML parser reads <noframes> and <noscript> as raw text, so their
// markup is only reached by cutting it out of the page.
func elementContents(s, tag string) string {
	var body strings.Builder
	for i := 0; ; {
		j := indexFold(s[i:], "<"+tag)
		if j < 0 {
			break
		}
		start := i + j
		gt := strings.IndexByte(s[start:], '>')
		if gt < 0 {
			break
		}
		inner := start + gt + 1
		end := indexEndTag(s[inner:], tag)
		if end < 0 {
			body.WriteString(s[inner:])
			body.WriteString("\n")
			break
		}
		body.WriteString(s[inner : inner+end])
		body.WriteString("\n")
		i = inner + end + len("</"+tag)
	}
	return body.String()
}

// indexFold is strings.Index of an ASCII needle in any case.
func indexFold(s, needle string) int {
	for off := 0; ; {
		j := strings.IndexByte(s[off:], needle[0])
		if j < 0 {
			return -1
		}
		k := off + j
		if len(s)-k >= len(needle) && strings.EqualFold(s[k:k+len(needle)], needle) {
			return k
		}
		off = k + 1
	}
}

// rawTagAt returns which raw block tag s opens with ("<script ...>"), or "".
func rawTagAt(s string) string {
	for _, name := range rawTags {
		n := len(name) + 1
		if len(s) > n && strings.EqualFold(s[1:n], name) {
			switch s[n] {
			case ' ', '>', '/', '\t', '\n', '\r', '\f':
				return name
			}
		}
	}
	return ""
}

// indexEndTag finds "</name" (any case) in s.
func indexEndTag(s, name string) int {
	off := 0
	for {
		j := strings.Index(s[off:], "</")
		if j < 0 {
			return -1
		}
		k := off + j
		if len(s) >= k+2+len(name) && strings.EqualFold(s[k+2:k+2+len(name)], name) {
			return k
		}
		off = k + 2
	}
}

// closeRunawayTitle ends a <title> that is never closed, or whose closing
// tag comes only after the body has begun, at the first tag inside it: an
// HTML parser reads a title's content as text up to "</title>", so one
// missing close would make the whole page the title and leave no body.
func closeRunawayTitle(s string) string {
	head := s[:min(len(s), 1<<16)]
	lower := lowerHead(head)
	open := strings.Index(lower, "<title")
	if open < 0 || open+6 < len(lower) && lower[open+6] != '>' && lower[open+6] != ' ' && lower[open+6] != '\t' && lower[open+6] != '\n' {
		return s
	}
	gt := strings.IndexByte(lower[open:], '>')
	if gt < 0 {
		return s
	}
	start := open + gt + 1
	for at := start; ; {
		lt := strings.IndexByte(lower[at:], '<')
		if lt < 0 || at+lt+1 >= len(lower) {
			return s
		}
		at += lt
		if c := lower[at+1]; c == '/' || c == '!' || c >= 'a' && c <= 'z' { // a tag, not "2 < 3"
			if strings.HasPrefix(lower[at:], "</title") {
				return s // closed before any other tag: the usual case
			}
			if end := inlineTitleEnd(lower, start, at); end > 0 {
				// Markup inside a closed title ("Talks <b>resume</b>"):
				// the parser would keep the tags as text, so drop them.
				return s[:start] + stripTags(s[start:end]) + s[end:]
			}
			return s[:at] + "</title>" + s[at:]
		}
		at++
	}
}

// lowerHead is strings.ToLower(head) as closeRunawayTitle reads it, without
// Unicode case mapping of every rune of a 64 KB head on every page (it was
// the extractor's costliest single call). closeRunawayTitle looks only for
// ASCII markup and uses byte offsets into the lowered head, so when every
// rune lowers to a rune of the same width, lowering the ASCII letters
// alone finds the same bytes at the same offsets. Otherwise (invalid
// UTF-8, or "İ" and the Kelvin sign, which lower to ASCII letters) the
// full mapping is kept, whose offsets the function has always used.
func lowerHead(head string) string {
	upper := false
	for i := 0; i < len(head); {
		c := head[i]
		if c < utf8.RuneSelf {
			upper = upper || 'A' <= c && c <= 'Z'
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(head[i:])
		if r == utf8.RuneError && size == 1 || utf8.RuneLen(unicode.ToLower(r)) != size {
			return strings.ToLower(head)
		}
		i += size
	}
	if !upper {
		return head
	}
	var b strings.Builder
	b.Grow(len(head))
	from := 0
	for i := 0; i < len(head); i++ {
		if c := head[i]; 'A' <= c && c <= 'Z' {
			b.WriteString(head[from:i])
			b.WriteByte(c + 'a' - 'A')
			from = i + 1
		}
	}
	b.WriteString(head[from:])
	return b.String()
}

// inlineTitleEnd is where a title whose first inner tag is at tag closes,
// when it closes soon and before anything of the head or the body begins
// (then the tags are inline markup, not a title left open); else -1.
func inlineTitleEnd(lower string, start, tag int) int {
	end := strings.Index(lower[tag:min(len(lower), start+1024)], "</title")
	if end < 0 {
		return -1
	}
	end += tag
	for _, t := range []string{"<body", "</head", "<meta", "<link", "<script", "<style", "<div", "<p>", "<p "} {
		if strings.Contains(lower[tag:end], t) {
			return -1
		}
	}
	return end
}

// stripTags drops the tags of a short run of inline markup.
func stripTags(s string) string {
	var b strings.Builder
	for {
		lt := strings.IndexByte(s, '<')
		if lt < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:lt])
		gt := strings.IndexByte(s[lt:], '>')
		if gt < 0 {
			b.WriteString(s[lt:])
			return b.String()
		}
		s = s[lt+gt+1:]
	}
}
