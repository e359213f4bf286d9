package extract

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsgraph/newsgraph/internal/model"
)

// HTML extracts the article from an HTML page: metadata from meta tags,
// JSON-LD, microdata and the URL, and the main content as clean paragraphs.
// pageURL, when known, resolves relative links and feeds URL-based date
// detection.
//
// The main content is found without site rules: every text block gets a
// value (positive for prose, negative for link lists, short furniture and
// text inside furniture containers), the element whose subtree has the
// highest total value is the article, and its blocks are filtered once more.
func HTML(content, pageURL string) (*model.Article, error) {
	a, _, err := htmlUpTo(content, pageURL, maxHTMLBytes)
	return a, err
}

// htmlUpTo is HTML reading no more than maxBytes of the page; a page cut
// says so in Article.Incomplete (stage extract), as the user raised
// --max-bytes past the cap to have all of it. hostSite says the article's
// Site is only the host of its address, as the page names no site.
func htmlUpTo(content, pageURL string, maxBytes int) (a *model.Article, hostSite bool, err error) {
	if !utf8.ValidString(content) {
		// Ingest hands over valid UTF-8; other callers may not.
		content = strings.ToValidUTF8(content, "\uFFFD")
	}
	read := truncateUTF8(content, maxBytes)
	prepared := stripRawBlocks(unwrapNoframes(closeRunawayTitle(read)))
	xmlDoc := isXMLVocabulary(prepared)
	var root *html.Node
	if xmlDoc {
		root, xmlDoc = parseXMLPage(prepared)
	}
	if !xmlDoc {
		if root, err = parseHTML(prepared); err != nil {
			return nil, false, err
		}
	}
	p := flatten(root, xmlDoc)
	p.meta.root = root
	p.meta.xmlDoc = xmlDoc
	a = &model.Article{}
	if len(read) < len(content) {
		a.Incomplete = append(a.Incomplete, model.StageFailure{Stage: "extract", Error: fmt.Sprintf(
			"page is %d bytes of HTML; only its first %d bytes were read", len(content), len(read))})
	}
	ld, hostSite := p.meta.resolve(a, pageURL)
	paras, caps := p.mainContent(a.Title)
	// A page whose body is empty or furniture but whose <noscript> holds
	// an article (client-rendered, the server's copy kept for readers
	// without script) is read from there.
	if !xmlDoc && textLen(paras) < noscriptFallbackBelow {
		if np, nc := noscriptParagraphs(closeRunawayTitle(read), a.Title); textLen(np) > 2*textLen(paras)+50 {
			paras, caps = np, nc
		}
	}
	// When the page holds less body text than its own JSON-LD articleBody
	// (content rendered by script, or a body we failed to find), the
	// structured data is the better source.
	if ld.body != "" && len(ld.body) > 2*textLen(paras)+50 {
		paras = splitBody(ld.body)
	}
	if a.Byline == "" {
		a.Byline = signOffByline(paras)
	}
	if a.Byline == "" {
		a.Byline = datelineCredit(paras)
	}
	p.meta.placeByBody(a, paras)
	if paras == nil {
		paras = []string{}
	}
	if caps == nil {
		caps = []string{}
	}
	if a.Tags == nil {
		a.Tags = []string{}
	}
	a.Paragraphs = paras
	a.Captions = caps
	a.Text = strings.Join(paras, "\n\n")
	return a, hostSite, nil
}

func textLen(ps []string) int {
	n := 0
	for _, p := range ps {
		n += len(p)
	}
	return n
}

// splitBody cuts a JSON-LD articleBody into paragraphs at line breaks.
func splitBody(s string) []string {
	var out []string
	for _, line := range strings.Split(s, "\n") {
		if line = cleanSpace(line); line != "" {
			out = append(out, line)
		}
	}
	return out
}

// blockValue scores one text block: its length in bytes when it reads like
// prose, negative when it looks like furniture. inLineSet says the block is
// one line of a paragraph broken into lines (lineSets): a short line there
// is a list entry, not a label.
func (p *page) blockValue(b *block, inLineSet bool) float64 {
	c := float64(b.chars)
	if c == 0 {
		return 0
	}
	e := &p.elems[b.owner]
	if e.negAnc >= 0 && b.flags&fBodyProp == 0 {
		return -c
	}
	ld := float64(b.linkChars) / c
	if ld > 0.5 && !linkedSentence(b) {
		return -c
	}
	if b.flags&fCaption != 0 || b.heading > 0 || isCommentNotice(b.text) {
		return 0
	}
	v := c * (1 - ld)
	if b.chars < 80 && !endsSentence(b.text) && !inLineSet {
		v = -0.3 * c
	}
	if e.posAnc >= 0 && v > 0 {
		v *= 1.5
	}
	return v
}

// minLinkedSentencePlain is the plain text (bytes) a sentence needs
// before its links to be read as prose. News pages link the object of a
// sentence ("... was convicted and <a>sentenced to life in prison</a>."),
// so over half of it can be link text; what stands before that link is a
// subject and a verb, six words or more. The labels that introduce a link
// away ("Read more: ", "See also: ", "More on this story: ") stay under
// thirty bytes.
const minLinkedSentencePlain = 40

// linkedSentence reports a block that is a sentence with its end linked:
// it opens with plain text (a teaser opens with its headline link), ends
// like a sentence, and has at least minLinkedSentencePlain plain bytes. A
// label that ends in a colon before a link at the end ("Coverage of the
// strike and the talks so far: <a>Union and port agree</a>.") points away
// however long it is.
func linkedSentence(b *block) bool {
	if b.leadLink > 0 || b.chars-b.linkChars < minLinkedSentencePlain || !endsSentence(b.text) {
		return false
	}
	before := strings.TrimRight(b.text[:b.chars-b.linkChars], " ")
	return !strings.HasSuffix(before, ":") && !strings.HasSuffix(before, "：")
}

// endsSentence reports whether s ends like a sentence (., !, ?, quote,
// or CJK full stop).
func endsSentence(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || r == '"' || r == '\'' || r == '”' || r == '’' || r == '»' || r == ')' || r == '」'
	})
	r, _ := utf8.DecodeLastRuneInString(s)
	switch r {
	case '.', '!', '?', '。', '！', '？', '…', ':', ';':
		return true
	}
	return false
}

// mainContent picks the article element and returns its paragraphs and
// captions.
func (p *page) mainContent(title string) (paras, caps []string) {
	if len(p.elems) == 0 {
		return nil, nil
	}
	p.lineSet = p.lineSets()
	for i := range p.blocks {
		b := &p.blocks[i]
		b.value = p.blockValue(b, p.lineSet[b.owner])
		p.elems[b.owner].score += b.value
	}
	// Sum subtree scores: children come after parents in pre-order.
	for i := len(p.elems) - 1; i > 0; i-- {
		if par := p.elems[i].parent; par >= 0 {
			p.elems[par].score += p.elems[i].score
		}
	}
	best := int32(0)
	for i := range p.elems {
		if p.elems[i].score >= p.elems[best].score {
			// Ties prefer the later, deeper element.
			if p.elems[i].score > p.elems[best].score || p.isAncestor(best, int32(i)) {
				best = int32(i)
			}
		}
	}
	best = p.markedBody(best)
	paras, caps = p.emit(best, title, false)
	if len(paras) == 0 {
		// Nothing prose-like won (a page of short lines): fall back to
		// the filtered text of the whole page, short lines included.
		paras, caps = p.emit(0, title, true)
	}
	return paras, caps
}

// minSetLines is how many lines make a paragraph a line set: two lines
// are a name and a title, an address block's street and town; three or
// more plain lines are a list.
const minSetLines = 3

// lineSets marks the paragraphs (<p>) that the writer broke into lines
// with <br>: a race calendar, a results list, an agenda, a verse. Each
// line is short and ends without a full stop, which elsewhere marks a
// label, a kicker or a menu entry, but those are blocks of their own in
// their own elements, and a menu's entries are links. A paragraph of
// minSetLines or more lines, most of its text plain, reads as the list
// it is, so its lines are valued as text. It returns a flag per element.
func (p *page) lineSets() []bool {
	n := make([]int32, len(p.elems))
	chars := make([]int, len(p.elems))
	links := make([]int, len(p.elems))
	// The lines must be the writer's: broken by <br>, not text cut around
	// an inline element the walk makes a block of its own (a name link
	// with a byline class in a sentence).
	brs := make([]int32, len(p.elems))
	for i := range p.elems {
		if p.elems[i].node.DataAtom != atom.Br {
			continue
		}
		x := p.elems[i].parent
		for x >= 0 && p.elems[x].node.DataAtom != atom.P && !blockTags[p.elems[x].node.DataAtom] {
			x = p.elems[x].parent
		}
		if x >= 0 && p.elems[x].node.DataAtom == atom.P {
			brs[x]++
		}
	}
	for i := range p.blocks {
		b := &p.blocks[i]
		if p.elems[b.owner].node.DataAtom != atom.P {
			continue
		}
		n[b.owner]++
		chars[b.owner] += b.chars
		links[b.owner] += b.linkChars
	}
	sets := make([]bool, len(p.elems))
	for i := range sets {
		sets[i] = n[i] >= minSetLines && brs[i] >= minSetLines-1 && links[i]*4 < chars[i]
	}
	return sets
}

// markedBody widens a chosen paragraph to the page's marked article body
// (itemprop=articleBody) around it, when that scores above zero: the
// markup says where the body is, and one paragraph of it can outscore the
// whole (a list's lines, with the notes under them valued as labels) while
// the body's headings and notes sit beside it. A chosen container is left
// alone: it already holds the paragraphs, and the marked body around it
// can hold the tag list and sharing links, which the markup lets through.
func (p *page) markedBody(best int32) int32 {
	if p.elems[best].node.DataAtom != atom.P {
		return best
	}
	for x := p.elems[best].parent; x >= 0; x = p.elems[x].parent {
		if p.elems[x].own&fBodyProp != 0 {
			if p.elems[x].score > 0 {
				return x
			}
			break
		}
	}
	return best
}

func (p *page) isAncestor(a, d int32) bool {
	return a <= d && d < p.elems[a].end
}

// emit returns the kept blocks under root.
func (p *page) emit(root int32, title string, lenient bool) (paras, caps []string) {
	lo, hi := root, p.elems[root].end
	normTitle := strings.ToLower(title)
	type cand struct {
		text    string
		heading bool
		item    bool  // list item
		line    bool  // a line of a paragraph broken into lines (lineSets)
		owner   int32 // block owner element
		// section: the head of a closing section ("You may also like")
		// dropped as furniture, kept until listingCut has placed the
		// body's end by it.
		section bool
	}
	var out []cand
	caps = p.captions(root)
	for i := range p.blocks {
		b := &p.blocks[i]
		if b.owner < lo || b.owner >= hi {
			continue
		}
		e := &p.elems[b.owner]
		if e.negAnc > root && b.flags&fBodyProp == 0 {
			continue
		}
		if b.flags&fCaption != 0 {
			continue
		}
		if b.flags&(fByline|fTimeElem) != 0 {
			continue
		}
		// Link text: navigation, unless enough plain sentence text sits
		// beside the link (a list item that opens with a headline link and
		// goes on to explain it, a sentence whose end is linked).
		if b.linkChars*2 > b.chars && (b.chars-b.linkChars < 60 || !endsSentence(b.text)) && !linkedSentence(b) {
			continue
		}
		lower := strings.ToLower(b.text)
		if b.chars < 160 && isBoilerplateText(lower) || isDateLine(lower) || isShortcode(b.text) {
			if (b.heading > 0 || isStub(b.text)) && opensEndSection(b.text) {
				out = append(out, cand{text: b.text, heading: true, owner: b.owner, section: true})
			}
			continue
		}
		if b.heading > 0 {
			if lower == normTitle {
				continue
			}
			out = append(out, cand{text: b.text, heading: true, owner: b.owner})
			continue
		}
		out = append(out, cand{text: b.text, item: b.flags&fListItem != 0, line: p.lineSet[b.owner], owner: b.owner})
	}
	if !lenient {
		texts := make([]string, len(out))
		heads := make([]bool, len(out))
		owners := make([]int32, len(out))
		for k, c := range out {
			texts[k], heads[k], owners[k] = c.text, c.heading || isStub(c.text), c.owner
			if c.section {
				owners[k] = -1
			}
		}
		if j := p.listingCut(texts, heads, owners); j >= 0 {
			out = out[:j]
		}
	}
	out = slices.DeleteFunc(out, func(c cand) bool { return c.section })
	// A standfirst above the body repeats the page's description and
	// sits in its own container, apart from the paragraphs that follow.
	if !lenient && len(out) > 1 && p.isDescription(out[0].text) &&
		p.elems[out[0].owner].parent != p.elems[out[1].owner].parent {
		out = out[1:]
	}
	// Short lines at the edges without sentence punctuation are bylines,
	// datelines, labels and kickers; a longer line that reads as a byline
	// ("05/10/2018 - Posted by: Ana Lima - Category: Health") is one too.
	// A list's lines are the body however short (a calendar's dates), and
	// a heading right above them is the list's title.
	for !lenient && len(out) > 0 && (isStub(out[0].text) && !isSalutation(out[0].text) && !out[0].line && !(out[0].heading && len(out) > 1 && out[1].line) || isBylineLine(out[0].text)) {
		out = out[1:]
	}
	// A letter's closing and its sender's lines ("Thanks," / "Mira Holt")
	// end the body as they end the letter (letters.go); only what follows
	// them is trimmed.
	keep := 0
	if !lenient {
		// A signature followed by a press release's closing sections
		// ("Media contact:", "About ..."): the body ends with the
		// signature, the sections are furniture.
		lines := make([]string, len(out))
		for k, c := range out {
			lines[k] = c.text
		}
		if j := signatureBeforeSection(lines, func(k int) bool { return out[k].heading }); j >= 0 {
			out = out[:j]
		}
		var tail []string
		for _, c := range out[max(0, len(out)-1-maxSignatureLines-maxContactLines):] {
			if c.heading {
				tail = nil // a section after the closing: no letter's end
				continue
			}
			tail = append(tail, c.text)
		}
		if signatureFrom(tail) >= 0 {
			keep = len(out)
		}
	}
	// A list of links under a closing section's head ("More Great
	// Gazette Stories", "Related") ends the body: the head and its items
	// go, up to the last paragraph.
	if !lenient && len(out) > keep {
		for j := len(out) - 1; j >= keep; j-- {
			if opensEndSection(out[j].text) {
				if j+1 < len(out) {
					out = out[:j]
				}
				break
			}
			if !out[j].item && !isStub(out[j].text) && !isAuthorNote(out[j].text) && !p.isAboutNote(out[j].text) {
				break
			}
		}
	}
	for !lenient && len(out) > keep && (isStub(out[len(out)-1].text) && !out[len(out)-1].item && !out[len(out)-1].line || out[len(out)-1].heading ||
		isAuthorNote(out[len(out)-1].text) || isCallToAction(out[len(out)-1].text) || isCommentNotice(out[len(out)-1].text) ||
		opensEndSection(out[len(out)-1].text) || p.isAboutNote(out[len(out)-1].text)) {
		out = out[:len(out)-1]
	}
	// A heading introduces content: drop headings not followed by a
	// paragraph before the next heading or the end.
	for i, c := range out {
		if c.heading {
			if i+1 >= len(out) || out[i+1].heading {
				continue
			}
		}
		paras = append(paras, c.text)
	}
	return paras, caps
}

// listingCut finds where a post on a listing page ends: at the head of a
// closing section ("You may also like", "Te puede interesar", "Related
// posts") followed by other posts' teasers, whose excerpts are prose and
// so are not dropped as links. What follows the head must sit in two or
// more containers of its own, none inside the one that holds the body's
// last paragraph before the head: a story's own subheading is followed by
// more of the story in the story's container ("Related developments" in a
// live blog whose entries sit under the blog's body, or in boxes like the
// one before the head), and two of them alike (teaser cards). texts are the
// candidate lines, heads[k] says line k is a heading or a short label and
// owners[k] its block element (-1 for a head dropped as furniture). It
// returns the head's index, or -1.
func (p *page) listingCut(texts []string, heads []bool, owners []int32) int {
	for j := 1; j+2 < len(texts); j++ {
		if !heads[j] || !opensEndSection(texts[j]) {
			continue
		}
		box := int32(-1)
		for i := j - 1; i >= 0; i-- {
			if !heads[i] && owners[i] >= 0 {
				box = p.elems[owners[i]].parent
				break
			}
		}
		if box < 0 {
			continue
		}
		// The teasers' containers: distinct elements, counted by their
		// tag and class.
		boxes := map[int32]bool{}
		kinds := map[string]int{}
		story := false
		for k := j + 1; k < len(texts) && !story; k++ {
			if owners[k] < 0 || heads[k] {
				continue
			}
			c := p.elems[owners[k]].parent
			switch {
			case c < 0 || p.isAncestor(box, owners[k]) || sameKind(p.elems[c].node, p.elems[box].node):
				story = true // more of the story, in its container or one like it
			case !boxes[c]:
				boxes[c] = true
				kinds[elemKind(p.elems[c].node)]++
			}
		}
		if story {
			continue
		}
		for _, n := range kinds {
			if n >= 2 {
				return j
			}
		}
	}
	return -1
}

// elemKind is an element's tag and class, which repeated containers
// (paragraph boxes, teaser cards) share.
func elemKind(n *html.Node) string { return n.Data + "\x00" + attr(n, "class") }

func sameKind(a, b *html.Node) bool { return elemKind(a) == elemKind(b) }

func isStub(s string) bool {
	return len(s) < 50 && !endsSentence(s)
}

var monthPrefixes = []string{
	"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
	"ene", "abr", "ago", "dic", "fév", "avr", "mai", "juin", "juil", "aoû", "déc", "gen", "mag", "giu",
	"lug", "set", "ott", "dez", "mär", "okt", "sty", "lut", "kwi", "cze", "lip", "sie", "wrz", "paź", "lis", "gru",
}

// isDateLine reports whether a short block is only a date or time stamp.
func isDateLine(lower string) bool {
	if len(lower) > 100 {
		return false
	}
	words := strings.Fields(lower)
	if len(words) > 14 || strings.Contains(lower, "@") {
		return false // an embedded post's attribution
	}
	year, other, month, plain := false, 0, false, 0
	for _, w := range words {
		w = strings.Trim(w, ",.:;|()[]-–—")
		digits := 0
		for _, c := range w {
			if c >= '0' && c <= '9' {
				digits++
			}
		}
		switch {
		case len(w) == 4 && digits == 4 && (w[:2] == "19" || w[:2] == "20"):
			year = true
		case digits > 0:
			other++
		default:
			isMonth := false
			for _, m := range monthPrefixes {
				if strings.HasPrefix(w, m) && len(w) <= 10 {
					isMonth = true
				}
			}
			month = month || isMonth
			if !isMonth && len(w) > 3 {
				plain++
			}
		}
	}
	// A few words may label the date ("Published", "Updated", weekday).
	if plain > 3 {
		return false
	}
	return year && (month || other > 0) || other >= 2 && strings.Contains(lower, ":") && len(words) <= 4
}

// captions returns the image captions of the article: those under the
// nearest <article>/<main>/schema.org Article element around root (figures
// often sit beside the body text, not in it), or under root's parent.
// Credits inside a caption ("Photo: ...") are left out.
func (p *page) captions(root int32) []string {
	scope := p.elems[root].parent
	for x := root; x >= 0; x = p.elems[x].parent {
		if p.elems[x].own&fArticle != 0 {
			scope = x
			break
		}
	}
	if scope < 0 {
		scope = root
	}
	lo, hi := scope, p.elems[scope].end
	var caps []string
	seen := map[string]bool{}
	for i := range p.blocks {
		b := &p.blocks[i]
		if b.owner < lo || b.owner >= hi || b.flags&fCaption == 0 {
			continue
		}
		if p.elems[b.owner].negAnc > scope {
			continue // a credit inside the caption, or a teaser's caption
		}
		if t := strings.TrimSpace(b.text); t != "" && !seen[t] {
			seen[t] = true
			caps = append(caps, t)
		}
	}
	return caps
}

// isAuthorNote reports a closing line about the author or the report
// rather than the story: a contact address, a social handle, "contributed
// to this report".
func isAuthorNote(s string) bool {
	if len(s) > 400 {
		return false
	}
	l := strings.ToLower(s)
	for _, k := range []string{"contributed to this report", "contributed reporting", "is a contributor",
		"is a staff writer", "is a senior writer", "is a freelance", "follow him on", "follow her on",
		"follow them on", "follow me on", "follow us on", "email him at", "email her at", "reach him at",
		"reach her at", "can be reached at", "@"} {
		if strings.Contains(l, k) {
			return k != "@" || strings.Contains(l, "twitter") || strings.Contains(l, ".com") || strings.Contains(l, "follow")
		}
	}
	return false
}

// isAboutNote reports a closing paragraph about the writer or the
// publisher rather than the story: it opens with the byline's name or the
// page's own name (site, publisher) and goes on to say what they are
// ("Mira Holt (@mholt) is a contributor at ...", "Eastport Harbour is a
// port operator headquartered in ..."), as press releases and opinion
// pages end.
func (p *page) isAboutNote(s string) bool {
	if len(s) > 1200 {
		return false
	}
	var names []string
	if p.meta.byline != "" {
		names = append(names, bylineParts(p.meta.byline)...)
	}
	for _, o := range p.meta.orgs {
		o = strings.TrimSpace(o)
		if i := strings.LastIndexByte(o, '.'); i > 0 && len(o)-i <= 7 && !strings.Contains(o, " ") {
			o = o[:i] // "ascom.com": the site's name is "Ascom"
		}
		if len(o) >= 3 {
			names = append(names, o)
		}
	}
	for _, n := range names {
		if len(n) < 3 || len(s) <= len(n) || !strings.EqualFold(s[:len(n)], n) {
			continue
		}
		rest := strings.TrimLeft(s[len(n):], " ")
		if strings.HasPrefix(rest, "(") {
			if i := strings.IndexByte(rest, ')'); i > 0 && i < 60 {
				rest = strings.TrimLeft(rest[i+1:], " ")
			}
		}
		for _, v := range []string{"is a ", "is an ", "is the ", "is headquartered ", "is based ", "has been ", "was founded ", "writes about "} {
			if strings.HasPrefix(rest, v) {
				return true
			}
		}
	}
	return false
}

// isShortcode reports a paragraph that is a content system's unrendered
// shortcode ("[button link=...]Send us your review[/button]"): markup,
// not text.
func isShortcode(s string) bool {
	s = strings.TrimSpace(s)
	if !strings.HasPrefix(s, "[") || !strings.HasSuffix(s, "]") {
		return false
	}
	i := strings.IndexByte(s, ']')
	j := strings.LastIndex(s, "[/")
	return i > 1 && j > i && strings.ContainsAny(s[1:i], "=\"”") && !strings.ContainsAny(s[1:2], " 0123456789")
}

// isDescription reports whether text is the page's meta description (or
// starts the same way, descriptions being often cut short).
func (p *page) isDescription(text string) bool {
	w := wordsLower(text)
	if len(w) < 6 {
		return false
	}
	for _, k := range []string{"og:description", "description", "twitter:description"} {
		for _, d := range p.meta.metas[k] {
			dw := wordsLower(d)
			n := min(len(w), len(dw))
			if n < 6 || n < len(w)*2/3 {
				continue
			}
			same := true
			for i := 0; i < n && same; i++ {
				same = w[i] == dw[i]
			}
			if same {
				return true
			}
		}
	}
	return false
}

func wordsLower(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r)
	})
}

// callPhrases mark a closing promotion: newsletter and subscription
// pitches, share requests, affiliate notices, links to more coverage.
var callPhrases = []string{
	"subscribe", "newsletter", "sign up", "share it with", "share this", "click here", "affiliate",
	"full coverage", "support us", "become a member", "listen back",
	"moderating all comments", "suscríbete", "boletín", "abonnez-vous", "abonnieren", "iscriviti", "assine",
}

// isCallToAction reports a short closing line that promotes rather than
// reports.
func isCallToAction(s string) bool {
	if len(s) > 300 {
		return false
	}
	l := strings.ToLower(s)
	for _, k := range callPhrases {
		if strings.Contains(l, k) {
			return true
		}
	}
	return false
}

// maxCommentNotice is the longest comment notice in bytes: the house rules
// a site prints above its comment form are a sentence or two.
const maxCommentNotice = 300

// commentWords name reader comments, moderationWords their vetting; a
// short block that names both is the site's notice on its comment rules
// ("Comments are moderated and may take a while to appear", "Comentários
// ofensivos não serão aprovados pelo moderador"), whatever the article.
var (
	commentWords = []string{"comment", "coment", "kommentar", "reactie", "komentar", "комментари",
		"yorum", "评论", "留言", "コメント", "댓글"}
	moderationWords = []string{"moderat", "moderac", "moderaç", "moderaz", "modérat", "modéré", "moderi", "approv", "aprova", "aprob",
		"approuv", "freigeschaltet", "freigegeben", "модерац", "审核", "審査", "승인"}
)

// isCommentNotice reports a short notice about the page's reader comments
// and their moderation: it sits in or beside the article's container, but
// is the site's, not the story's.
func isCommentNotice(s string) bool {
	if len(s) > maxCommentNotice || len(s) < 20 {
		return false
	}
	l := strings.ToLower(s)
	if !containsAny(l, moderationWords) {
		return false
	}
	// Commentators and commentaries are people and pieces in a story.
	l = commentatorWords.Replace(l)
	return containsAny(l, commentWords)
}

var commentatorWords = strings.NewReplacer("commentat", "", "commentar", "", "comentarist", "")

func containsAny(s string, subs []string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}
