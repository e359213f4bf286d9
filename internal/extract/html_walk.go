package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The page is flattened once, iteratively (no recursion, so a 100k-deep
// document cannot exhaust the stack), into a pre-order list of elements and
// a list of text blocks. Everything later works on these arrays.

// elem is one element of the page in pre-order.
type elem struct {
	node   *html.Node
	parent int32 // index into page.elems, -1 for the root
	end    int32 // one past the last descendant: the subtree is [i, end)
	depth  int32
	kind   int8   // classKind of class/id, plus tag-based furniture
	own    uint16 // flags from the element itself
	flags  uint16 // own flags plus the ancestors'
	// score is the net content value of the subtree (see blockValue).
	score float64
	// nearest ancestor-or-self index with kind<0 (furniture), -1 if none.
	negAnc int32
	// nearest ancestor-or-self index with kind>0 (article body), -1 if none.
	posAnc int32
}

// Element flags.
const (
	fHeading uint16 = 1 << iota
	fListItem
	fCaption
	fQuote
	fPre
	fArticle  // <article>, <main>, itemprop=articleBody or schema.org Article
	fBodyProp // itemprop=articleBody
	fTableCell
	fByline
	fTimeElem
	fHeader
)

// block is a run of text between block-level boundaries.
type block struct {
	text      string
	owner     int32 // nearest block-level element
	chars     int   // bytes of normalised text
	linkChars int
	leadLink  int    // link text at the start (a headline link)
	flags     uint16 // union of ancestor flags of interest
	value     float64
	keep      bool
	heading   int // heading level 1-6, 0 if none
}

type page struct {
	elems  []elem
	blocks []block
	meta   metaCollector
	// lineSet flags the paragraphs broken into list lines (lineSets),
	// per element; set by mainContent.
	lineSet []bool
}

// blockTags end the current text block when they open or close.
var blockTags = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true, atom.Br: true,
	atom.Dd: true, atom.Details: true, atom.Dialog: true, atom.Div: true, atom.Dl: true, atom.Dt: true,
	atom.Fieldset: true, atom.Figcaption: true, atom.Figure: true, atom.Footer: true, atom.Form: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Header: true, atom.Hr: true, atom.Li: true, atom.Main: true, atom.Nav: true, atom.Ol: true,
	atom.P: true, atom.Pre: true, atom.Section: true, atom.Table: true, atom.Tbody: true,
	atom.Thead: true, atom.Tfoot: true, atom.Tr: true, atom.Td: true, atom.Th: true, atom.Ul: true,
	atom.Summary: true, atom.Center: true, atom.Caption: true, atom.Menu: true, atom.Body: true,
	atom.Html: true, atom.Img: true, atom.Picture: true, atom.Video: true, atom.Audio: true,
}

// proseTags hold running text: an inline element inside them is part of
// the sentence.
var proseTags = map[atom.Atom]bool{
	atom.P: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Li: true, atom.Dt: true, atom.Dd: true, atom.Td: true, atom.Th: true, atom.Pre: true, atom.Blockquote: true,
}

// skipTags are never text: their content is dropped entirely.
var skipTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Svg: true,
	atom.Math: true, atom.Iframe: true, atom.Object: true, atom.Embed: true, atom.Canvas: true,
	atom.Select: true, atom.Option: true, atom.Button: true, atom.Input: true, atom.Textarea: true,
	atom.Head: true, atom.Title: true, atom.Label: true, atom.Dialog: true,
}

// maxElems caps how much of a huge page is examined; the rest is ignored.
const maxElems = 400000

// maxDepth caps nesting: deeper elements are treated as inline text.
const maxDepth = 2000

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			return a.Val
		}
	}
	return ""
}

// isHidden reports whether the element is hidden from readers.
func isHidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if a.Val == "true" {
				return true
			}
		case "class":
			if collapsedClass(a.Val) {
				return true
			}
		case "style":
			if strings.Contains(a.Val, "none") || strings.Contains(a.Val, "hidden") {
				s := strings.ToLower(strings.ReplaceAll(a.Val, " ", ""))
				if strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden") {
					return true
				}
			}
		}
	}
	return false
}

// collapsedClass reports a class that keeps an element folded away until
// the reader opens it: the "collapse" of the common CSS frameworks
// without its "show" (or older "in") state, the body of an accordion or
// a "read the letter" box. It is display:none when the page loads.
func collapsedClass(cls string) bool {
	if !strings.Contains(cls, "collapse") {
		return false
	}
	collapsed, shown := false, false
	for _, t := range strings.Fields(cls) {
		switch t {
		case "collapse":
			collapsed = true
		case "show", "in":
			shown = true
		}
	}
	return collapsed && !shown
}

// textBuilder accumulates a block's text, collapsing white space.
type textBuilder struct {
	b         strings.Builder
	space     bool // a space is pending
	linkChars int
	leadLink  int  // link text before any other text
	plain     bool // some text outside links was added
}

func (t *textBuilder) add(s string, inLink bool) {
	before := t.b.Len()
	defer func() {
		if n := t.b.Len() - before; n > 0 {
			if !inLink {
				t.plain = true
			} else if !t.plain {
				t.leadLink += n
			}
		}
	}()
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v' {
				t.space = true
				i++
				continue
			}
			if t.space && t.b.Len() > 0 {
				t.b.WriteByte(' ')
			}
			t.space = false
			t.b.WriteByte(c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' {
			if r != '\u200b' && r != '\ufeff' {
				t.space = true
			}
			i += size
			continue
		}
		if t.space && t.b.Len() > 0 {
			t.b.WriteByte(' ')
		}
		t.space = false
		t.b.WriteString(s[i : i+size])
		i += size
	}
	if inLink {
		t.linkChars += t.b.Len() - before
	}
}

// flatten walks the document once and builds the page. xmlDoc is a
// document in an XML vocabulary (parseXMLPage), where the elements HTML
// does not know hold the structure: one in element-only content (its
// parent holds no text of its own: <headline>, <author>, <dateline>
// side by side) is a block, as glued inline they read "routeAna
// LindqvistPort Alma"; one in mixed content (<p>The <person>minister
// </person> said</p>) stays in its sentence.
func flatten(root *html.Node, xmlDoc bool) *page {
	p := &page{}
	p.elems = make([]elem, 0, 64)
	var structural map[*html.Node]bool // parent -> holds only elements

	type frame struct {
		n     *html.Node
		idx   int32 // element index, -1 for non-elements
		next  *html.Node
		link  bool
		block bool // the element bounds text blocks
	}
	var tb textBuilder
	cur := int32(-1)        // current block owner (nearest block-level element)
	blockFlags := uint16(0) // flags of the owner chain
	var ownerStack []int32

	flush := func() {
		if tb.b.Len() == 0 {
			tb.space = false
			tb.linkChars = 0
			tb.leadLink = 0
			tb.plain = false
			return
		}
		s := tb.b.String()
		lc := min(tb.linkChars, len(s))
		lead := min(tb.leadLink, lc)
		tb.b.Reset()
		tb.space = false
		tb.linkChars = 0
		tb.leadLink = 0
		tb.plain = false
		if cur < 0 {
			return
		}
		blk := block{text: s, owner: cur, chars: len(s), linkChars: lc, leadLink: lead, flags: blockFlags}
		for i := cur; i >= 0 && p.elems[i].flags&fHeading != 0; i = p.elems[i].parent {
			if l := headingLevel(p.elems[i].node.DataAtom); l > 0 {
				blk.heading = l
				break
			}
		}
		p.blocks = append(p.blocks, blk)
	}

	classCache := make(map[string]classInfo, 256)
	stack := make([]frame, 0, 64)
	stack = append(stack, frame{n: root, idx: -1, next: root.FirstChild})
	// Process root's own element status: root is a DocumentNode.
	for len(stack) > 0 {
		top := &stack[len(stack)-1]
		c := top.next
		if c == nil {
			// Leave top.
			if top.idx >= 0 {
				e := &p.elems[top.idx]
				e.end = int32(len(p.elems))
				if top.block {
					flush()
					ownerStack = ownerStack[:len(ownerStack)-1]
					if len(ownerStack) > 0 {
						cur = ownerStack[len(ownerStack)-1]
						blockFlags = p.elems[cur].flags
					} else {
						cur = -1
						blockFlags = 0
					}
				}
			}
			stack = stack[:len(stack)-1]
			continue
		}
		top.next = c.NextSibling
		inLink := top.link
		switch c.Type {
		case html.TextNode:
			tb.add(c.Data, inLink)
			continue
		case html.ElementNode:
		default:
			continue
		}
		a := c.DataAtom
		if a == atom.Head {
			p.meta.visitTree(c)
			continue
		}
		p.meta.visit(c)
		if skipTags[a] || isHidden(c) {
			continue
		}
		if len(p.elems) >= maxElems || len(stack) > maxDepth {
			// Too big or too deep: keep the text, drop the structure.
			p.meta.textOnly = true
			tb.add(" "+plainText(c)+" ", inLink)
			continue
		}
		parent := int32(-1)
		for i := len(stack) - 1; i >= 0; i-- {
			if stack[i].idx >= 0 {
				parent = stack[i].idx
				break
			}
		}
		e := elem{node: c, parent: parent, negAnc: -1, posAnc: -1}
		if parent >= 0 {
			pe := &p.elems[parent]
			e.depth = pe.depth + 1
			e.negAnc, e.posAnc = pe.negAnc, pe.posAnc
		}
		classifyElem(&e, classCache)
		own := e.flags
		e.own = own
		// Furniture, bylines and captions get their own blocks so they can
		// be told apart. An inline element inside a paragraph that is not
		// furniture ("story-body__link") stays part of the sentence.
		inProse := cur >= 0 && proseTags[p.elems[cur].node.DataAtom]
		isBlock := blockTags[a] || e.kind < 0 || (e.kind > 0 || own&(fByline|fCaption|fBodyProp) != 0) && !inProse
		if !isBlock && xmlDoc && a == 0 && !inProse && c.Parent != nil {
			if structural == nil {
				structural = map[*html.Node]bool{}
			}
			only, seen := structural[c.Parent]
			if !seen {
				only = elementOnly(c.Parent)
				structural[c.Parent] = only
			}
			isBlock = only
		}
		if parent >= 0 {
			e.flags |= p.elems[parent].flags
		}
		idx := int32(len(p.elems))
		if e.kind < 0 {
			e.negAnc = idx
		} else if e.kind > 0 {
			e.posAnc = idx
		}
		p.elems = append(p.elems, e)
		if isBlock {
			flush()
			ownerStack = append(ownerStack, idx)
			cur = idx
			blockFlags = e.flags
		}
		// An e-mail address as a link is a contact address, not a link
		// away: a sign-off ("Jane Doe, reporter, <a
		// href=mailto:...>jdoe@...</a>") is no link text. A mail button
		// ("Share via Email") is.
		if a == atom.A && !mailAddressLink(c) {
			inLink = true
		}
		stack = append(stack, frame{n: c, idx: idx, next: c.FirstChild, link: inLink, block: isBlock})
	}
	flush()
	p.markCards()
	p.fixFurniture()
	return p
}

// elementOnly reports an element whose children are elements and
// whitespace only: XML's element content, whose children are its parts,
// not words of one sentence.
func elementOnly(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
			return false
		}
	}
	return true
}

// markCards marks teaser cards as furniture: three or more sibling
// elements of the same tag and class that each hold a link of some length
// plus other text (headline + summary, date, kicker) and are short. Lists of
// such cards are "related", "latest" and "more stories" blocks; article
// paragraphs are single blocks and sections are long or hold few links.
func (p *page) markCards() {
	n := len(p.elems)
	if n == 0 {
		return
	}
	chars := make([]int32, n)
	links := make([]int32, n)
	nblk := make([]int32, n)
	for i := range p.blocks {
		b := &p.blocks[i]
		chars[b.owner] += int32(b.chars)
		links[b.owner] += int32(b.linkChars)
		nblk[b.owner]++
	}
	// firstLead is the leading link length of the element's first block.
	firstLead := make([]int32, n)
	hasFirst := make([]bool, n)
	for i := range p.blocks {
		b := &p.blocks[i]
		for x := b.owner; x >= 0 && !hasFirst[x]; x = p.elems[x].parent {
			hasFirst[x] = true
			firstLead[x] = int32(b.leadLink)
		}
	}
	for i := n - 1; i > 0; i-- {
		if par := p.elems[i].parent; par >= 0 {
			chars[par] += chars[i]
			links[par] += links[i]
			nblk[par] += nblk[i]
		}
	}
	// prose counts the paragraph text directly under each element: a
	// list inside running text is part of the article (a numbered roundup
	// whose items open with links), a list beside nothing is not.
	prose := make([]int32, n)
	for i := range p.blocks {
		b := &p.blocks[i]
		if o := &p.elems[b.owner]; o.node.DataAtom == atom.P && o.parent >= 0 && b.linkChars*3 < b.chars {
			prose[o.parent] += int32(b.chars)
		}
	}
	// inProse: the card's container, or the list holding it, has
	// paragraphs of running text as direct children.
	inProse := func(i int) bool {
		x := p.elems[i].parent
		if x < 0 {
			return false
		}
		if prose[x] >= 200 {
			return true
		}
		if a := p.elems[x].node.DataAtom; (a == atom.Ul || a == atom.Ol) && p.elems[x].parent >= 0 {
			return prose[p.elems[x].parent] >= 200
		}
		return false
	}
	// A card is short, has a fair share of link text, and either holds
	// several blocks (headline, summary, date) or opens with a headline link.
	// A body-text class on a small element is a teaser's summary
	// ("post-list-article__text"), not the article.
	for i := range p.elems {
		if e := &p.elems[i]; e.kind > 0 && e.own&fBodyProp == 0 && chars[i] < 400 {
			e.kind = 0
		}
	}
	isCard := func(i int) bool {
		if chars[i] > 1200 || links[i] < 10 || links[i]*100 < chars[i]*15 {
			return false
		}
		return (nblk[i] >= 2 || firstLead[i] >= 20) && !inProse(i)
	}
	type key struct {
		parent int32
		sig    string
	}
	sig := func(e *elem) string {
		return e.node.Data + "\x00" + attr(e.node, "class")
	}
	total := map[key]int{}
	cards := map[key]int{}
	for i := range p.elems {
		e := &p.elems[i]
		if e.parent < 0 || e.node.DataAtom == atom.P || !blockTags[e.node.DataAtom] {
			continue
		}
		k := key{e.parent, sig(e)}
		total[k]++
		if isCard(i) {
			cards[k]++
		}
	}
	for i := range p.elems {
		e := &p.elems[i]
		if e.parent < 0 || e.kind != 0 || e.node.DataAtom == atom.P || !blockTags[e.node.DataAtom] || !isCard(i) {
			continue
		}
		k := key{e.parent, sig(e)}
		if c := cards[k]; c >= 3 && c*2 >= total[k] {
			e.kind = -1
		}
	}
}

// minWrapperShare: a large furniture-classed element is taken for a
// page-wide wrapper (and its mark cleared) when it holds at least one
// part in minWrapperShare of the page's text outside links.
const minWrapperShare = 4

// fixFurniture clears the furniture mark from elements that contain the
// article body (a page-wide class such as "has-sidebar" on a wrapper, or
// "menu-type-x" on <body>) and recomputes the nearest-furniture links.
func (p *page) fixFurniture() {
	n := len(p.elems)
	if n == 0 {
		return
	}
	hasPos := make([]bool, n)
	hasProp := make([]bool, n)
	for i := n - 1; i >= 0; i-- {
		e := &p.elems[i]
		if e.kind > 0 || e.own&fBodyProp != 0 {
			hasPos[i] = true
		}
		if e.own&fBodyProp != 0 {
			hasProp[i] = true
		}
		if e.parent >= 0 {
			hasPos[e.parent] = hasPos[e.parent] || hasPos[i]
			hasProp[e.parent] = hasProp[e.parent] || hasProp[i]
		}
	}
	// A wrapper that holds the article holds much of the page's running
	// text; an appeal, newsletter or sign-up box can be as large in
	// elements (form fields, icons, hidden panels) but holds little of it.
	// text[i] is the text outside links in element i's subtree.
	text := make([]int, n)
	for _, b := range p.blocks {
		if b.owner >= 0 {
			text[b.owner] += b.chars - b.linkChars
		}
	}
	// The page's longest run of text outside links is almost always a
	// paragraph of the article; a wrapper around the article holds it.
	longest := int32(-1)
	for j, b := range p.blocks {
		if b.owner >= 0 && (longest < 0 || b.chars-b.linkChars > p.blocks[longest].chars-p.blocks[longest].linkChars) {
			longest = int32(j)
		}
	}
	holdsLongest := func(i int) bool {
		if longest < 0 {
			return false
		}
		o := p.blocks[longest].owner
		return o >= int32(i) && o < p.elems[i].end
	}
	pageText := 0
	for i := n - 1; i >= 0; i-- {
		if e := &p.elems[i]; e.parent >= 0 {
			text[e.parent] += text[i]
		} else {
			pageText += text[i]
		}
	}
	for i := range p.elems {
		e := &p.elems[i]
		a := e.node.DataAtom
		big := a == atom.Body || a == atom.Html || e.end-int32(i) > 60
		// Large in elements and in the page's own text.
		wrapper := big && text[i]*minWrapperShare >= pageText && holdsLongest(i)
		switch {
		case a == atom.Body || a == atom.Html || hasProp[i]:
			e.kind = max(e.kind, 0)
		case e.kind == -1 && (hasPos[i] || wrapper && a != atom.Aside && a != atom.Nav && a != atom.Footer):
			e.kind = 0
		case e.kind == -1 && holdsLongest(i) && summaryBoxClass(splitCamel(attr(e.node, "class")+" "+attr(e.node, "id"))):
			// A key-points class on the story's own wrapper ("story
			// has-keypoints"): a summary box holds short points, not the
			// page's longest paragraph.
			e.kind = 0
		}
		// A byline or caption is small; a large element whose class says
		// so ("single-author" on <body>) is something else.
		if big {
			e.own &^= fByline | fCaption
		}
		e.flags = e.own
		e.negAnc, e.posAnc = -1, -1
		if e.parent >= 0 {
			e.negAnc, e.posAnc = p.elems[e.parent].negAnc, p.elems[e.parent].posAnc
			e.flags |= p.elems[e.parent].flags
		}
		if e.kind < 0 {
			e.negAnc = int32(i)
		} else if e.kind > 0 {
			e.posAnc = int32(i)
		}
	}
	for i := range p.blocks {
		p.blocks[i].flags = p.elems[p.blocks[i].owner].flags
	}
}

// classifyElem sets an element's kind and flags from its tag and attributes.
func classifyElem(e *elem, cache map[string]classInfo) {
	n := e.node
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		e.flags |= fHeading
	case atom.Li, atom.Dt, atom.Dd:
		e.flags |= fListItem
	case atom.Figcaption:
		e.flags |= fCaption
	case atom.Blockquote:
		e.flags |= fQuote
	case atom.Pre:
		e.flags |= fPre
	case atom.Td, atom.Th:
		e.flags |= fTableCell
	case atom.Time:
		e.flags |= fTimeElem
	case atom.Article, atom.Main:
		e.flags |= fArticle
	case atom.Nav, atom.Aside, atom.Footer:
		e.kind = -1
	case atom.Header:
		e.flags |= fHeader
	case atom.Address:
		e.flags |= fByline
	}
	var cls string
	for _, a := range n.Attr {
		switch a.Key {
		case "class", "id":
			v := a.Val
			if a.Key == "class" && strings.Contains(v, "-") {
				v = dropTaxonomyClasses(v)
			}
			if cls == "" {
				cls = v
			} else {
				cls += " " + v
			}
		case "itemprop":
			switch {
			case strings.Contains(a.Val, "articleBody"), strings.Contains(a.Val, "reviewBody"):
				e.flags |= fBodyProp | fArticle
				e.kind = 1
			case strings.Contains(a.Val, "author"):
				e.flags |= fByline
			case strings.Contains(a.Val, "datePublished"), strings.Contains(a.Val, "dateModified"):
				e.flags |= fTimeElem
			case strings.Contains(a.Val, "caption"):
				e.flags |= fCaption
			}
		case "role":
			switch a.Val {
			case "navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "search", "dialog", "alertdialog":
				e.kind = -1
			case "main", "article":
				e.flags |= fArticle
			}
		case "rel":
			if a.Val == "author" {
				e.flags |= fByline
			}
		case "itemtype":
			if strings.HasSuffix(a.Val, "Article") || strings.HasSuffix(a.Val, "BlogPosting") || strings.HasSuffix(a.Val, "NewsArticle") {
				e.flags |= fArticle
			}
		}
	}
	if cls == "" || e.flags&fBodyProp != 0 {
		return
	}
	ci, ok := cache[cls]
	if !ok {
		ci = classifyClass(cls)
		if len(cache) < 20000 {
			cache[cls] = ci
		}
	}
	e.flags |= ci.flags
	if ci.kind != 0 && e.kind == 0 {
		e.kind = ci.kind
	}
	if e.kind < 0 && ci.byline {
		e.flags |= fByline
	}
}

// classInfo is what an element's class and id say. Pages repeat the same
// class strings many times, so it is computed once per distinct string.
type classInfo struct {
	kind   int8
	flags  uint16
	byline bool
}

func classifyClass(raw string) classInfo {
	var ci classInfo
	cls := splitCamel(raw)
	if strings.Contains(cls, "caption") && !strings.Contains(cls, "captions") {
		ci.flags |= fCaption
	}
	ci.kind = int8(classKind(cls))
	ci.byline = classTokens(cls, func(t string) bool { return t == "byline" || t == "author" || t == "authors" || t == "dateline" })
	return ci
}

// plainText returns the collapsed text under n, iteratively.
func plainText(n *html.Node) string {
	s, _ := boundedText(n, -1)
	return s
}

// boundedText is the text under n up to about limit bytes (the block
// structure spaced as plainText spaces it; limit < 0: no bound); whole
// says it is all of it. The tag walk asks it of every block, so it stops
// early rather than reading a long subtree again for each of its
// ancestors.
func boundedText(n *html.Node, limit int) (text string, whole bool) {
	var tb textBuilder
	if limit >= 0 && limit <= 256 {
		// The tag walk's short reads (every block of the page) fit
		// in one allocation rather than the builder's doubling ones.
		tb.b.Grow(limit + 16)
	}
	// Most subtrees are shallow: the stack starts in this frame.
	var frames [32]*html.Node
	stack := append(frames[:0], n)
	for nodes := 0; len(stack) > 0; nodes++ {
		if limit >= 0 && (tb.b.Len() > limit || nodes > 4*limit) {
			return tb.b.String(), false
		}
		x := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		switch x.Type {
		case html.TextNode:
			tb.add(x.Data, false)
			continue
		case html.ElementNode:
			if skipTags[x.DataAtom] {
				continue
			}
			if blockTags[x.DataAtom] {
				tb.space = true
			}
		}
		// Push children in reverse so they pop in document order.
		for c := x.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, c)
		}
	}
	return tb.b.String(), limit < 0 || tb.b.Len() <= limit
}

func headingLevel(a atom.Atom) int {
	switch a {
	case atom.H1:
		return 1
	case atom.H2:
		return 2
	case atom.H3:
		return 3
	case atom.H4:
		return 4
	case atom.H5:
		return 5
	case atom.H6:
		return 6
	}
	return 0
}

// dropTaxonomyClasses removes class names that carry the post's categories
// and tags (WordPress writes "category-native-advertising" and
// "tag-comments" on the article container): they are content words, not
// layout.
func dropTaxonomyClasses(v string) string {
	lower := strings.ToLower(v)
	if !strings.Contains(lower, "category-") && !strings.Contains(lower, "tag-") && !strings.Contains(lower, "topic-") {
		return v
	}
	var keep []string
	for _, c := range strings.Fields(v) {
		l := strings.ToLower(c)
		if strings.HasPrefix(l, "category-") || strings.HasPrefix(l, "tag-") || strings.HasPrefix(l, "post_tag-") || strings.HasPrefix(l, "topic-") {
			continue
		}
		keep = append(keep, c)
	}
	return strings.Join(keep, " ")
}

// splitCamel lower-cases a class/id string, marking camelCase word
// boundaries with '-' ("imageEmbedCredit" -> "image-embed-credit") so the
// vocabularies see the words.
func splitCamel(s string) string {
	if s == "" {
		return "" // most elements have no class or id: no builder to grow
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	prevLower := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			if prevLower {
				b.WriteByte('-')
			}
			b.WriteByte(c + 'a' - 'A')
			prevLower = false
			continue
		}
		prevLower = c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
		b.WriteByte(c)
	}
	return b.String()
}

// mailAddressLink reports a mailto link whose text is the address.
func mailAddressLink(n *html.Node) bool {
	// It is asked of every link of the page, so only the href's head is
	// lower-cased, not each whole address: lower-casing goes rune by rune,
	// and the seven runes that can become "mailto:" lie in the first 28
	// bytes (four bytes at most a rune), so the test is the same.
	h := strings.TrimSpace(attr(n, "href"))
	if len(h) > 28 {
		h = h[:28]
	}
	if !strings.HasPrefix(strings.ToLower(h), "mailto:") {
		return false
	}
	return isEmail(strings.TrimSpace(plainText(n)))
}
