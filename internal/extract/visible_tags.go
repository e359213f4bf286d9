package extract

import (
	"net/url"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Visible tag lists. Many pages print the story's tags under the body
// ("Tags: Brazil, Ports") without repeating them in article:tag or
// keywords meta, or name only a section-wide tag there ("News"); the
// printed tags are joined after the markup's. They are read only from places that are unambiguously a
// list of this story's tags: links marked rel="tag", tag/topic links inside
// a container named for tags, or a block labelled "Tags:". Navigation,
// asides, footers and "related" lists also link to /topics/ pages; those
// are site furniture, so the walk never enters them.

// maxVisibleTags caps the tags read from the page: a longer list is a
// site-wide tag cloud, not the story's tags.
const maxVisibleTags = 30

// maxTagContainerTags is the number of tag links past which a container
// is a tag cloud (every tag of the site) rather than the story's list.
const maxTagContainerTags = 40

// tagContainerTokens are class/id words that name a tag list.
var tagContainerTokens = map[string]bool{
	"tags": true, "tag": true, "tagged": true, "topics": true, "topic": true, "keywords": true,
	"tagged-with": true, "taglist": true, "tagslist": true, "etiquetas": true, "schlagworte": true,
	"schlagwoerter": true, "themen": true,
}

// tagSkipTokens are class/id words of containers that link to topics for
// the whole site or for other stories: menus, rails, related lists.
var tagSkipTokens = map[string]bool{
	"nav": true, "navbar": true, "navigation": true, "menu": true, "menus": true, "breadcrumb": true,
	"breadcrumbs": true, "related": true, "recommended": true, "recirc": true, "sidebar": true,
	"rail": true, "widget": true, "widgets": true, "masthead": true,
	"trending": true, "popular": true, "mostread": true, "cloud": true, "tagcloud": true, "dropdown": true,
	"subnav": true, "more": true, "promo": true, "comments": true, "comment": true,
}

// tagLabels are the words that label a tag list ("Tags:", "Topics:"),
// lower case, without the colon.
var tagLabels = []string{
	"tags", "tagged", "tagged with", "topics", "tag", "keywords", "themen", "schlagwörter",
	"etiquetas", "étiquettes", "mots-clés", "temas", "tópicos",
}

// tagPathSegments are the URL path segments of tag and topic pages.
var tagPathSegments = map[string]bool{"tag": true, "tags": true, "topic": true, "topics": true}

// visibleTags reads the story's tags from the page's visible tag lists
// (see above), at most maxVisibleTags of them, deduplicated.
func visibleTags(root *html.Node) []string {
	if root == nil {
		return nil
	}
	var tags []string
	// owners are the story elements (<article>, schema.org Article) the
	// tags were read in. Tags from two of them are the tags of story
	// cards on a front or listing page, not of one story.
	owners := map[*html.Node]bool{}
	seen := 0
	var walk func(n *html.Node, owner *html.Node, depth int)
	walk = func(n *html.Node, owner *html.Node, depth int) {
		if depth > maxDepth || seen > 50000 || len(tags) >= maxVisibleTags {
			return
		}
		seen++
		if n.Type == html.ElementNode {
			// The class is read once for both questions: the walk asks
			// them of every element of the page.
			class := tagClass(n)
			if tagSkipElement(n, class) {
				return
			}
			if storyElement(n) {
				owner = n
			}
			if n.DataAtom == atom.A {
				// A lone rel="tag" link outside any tag container
				// (WordPress prints them inline: "Tagged <a rel=tag>").
				if relTag(n) {
					before := len(tags)
					if tags = appendTag(tags, plainText(n)); len(tags) > before {
						owners[owner] = true
					}
				}
				return
			}
			if got, ok := tagContainer(n, class); ok {
				if len(got) > 0 {
					owners[owner] = true
				}
				tags = append(tags, got...)
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, owner, depth+1)
		}
	}
	walk(root, nil, 0)
	delete(owners, nil)
	if len(owners) > 1 {
		return nil
	}
	tags = dedupeTags(tags)
	if len(tags) > maxVisibleTags {
		tags = tags[:maxVisibleTags]
	}
	return tags
}

// tagSkipElement reports an element the tag walk does not enter: markup
// that is never shown and the furniture that links to topic pages.
func tagSkipElement(n *html.Node, class string) bool {
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Head, atom.Nav, atom.Aside,
		atom.Select, atom.Button, atom.Form:
		return true
	}
	if isHidden(n) {
		return true
	}
	switch attr(n, "role") {
	case "navigation", "menu", "menubar", "banner", "complementary", "search", "dialog":
		return true
	}
	return classTokens(class, func(t string) bool { return tagSkipTokens[t] })
}

// tagClass is the element's class and id, lower case with camelCase
// split, without the taxonomy classes WordPress writes on the article
// ("tag-brazil" names a tag of the post, not a tag list).
func tagClass(n *html.Node) string {
	c := attr(n, "class")
	if strings.Contains(c, "-") {
		c = dropTaxonomyClasses(c)
	}
	if id := attr(n, "id"); id != "" {
		c += " " + id
	}
	return splitCamel(c)
}

// tagContainer reads the tags of n when n is a tag list: an element whose
// class or id names tags (tag links inside it count), or a block that
// starts with a tag label ("Tags:"; its links, else its comma-separated
// text, count). ok is false when n is not a tag list.
func tagContainer(n *html.Node, class string) (tags []string, ok bool) {
	named := classTokens(class, func(t string) bool { return tagContainerTokens[t] })
	label, labelled := tagLabelStart(n)
	if !named && !labelled {
		return nil, false
	}
	links := descendantLinks(n)
	var tagLinks, other []*html.Node
	for _, l := range links {
		if relTag(l) || tagHref(attr(l, "href")) {
			tagLinks = append(tagLinks, l)
		} else {
			other = append(other, l)
		}
	}
	if len(tagLinks) > maxTagContainerTags {
		return nil, true // a tag cloud
	}
	for _, l := range tagLinks {
		tags = appendTag(tags, plainText(l))
	}
	if !labelled {
		// A container named for tags whose links lead elsewhere is some
		// other widget ("tag" names many things); only tag links count.
		return tags, len(tags) > 0
	}
	if len(tagLinks) == 0 && len(other) > 0 {
		if len(other) > maxTagContainerTags {
			return nil, true
		}
		for _, l := range other {
			tags = appendTag(tags, plainText(l))
		}
		return tags, true
	}
	if len(links) == 0 {
		// "Tags: Philippines, Volcanoes, Disasters" as plain text.
		text := cleanSpace(plainText(n))
		rest := strings.TrimSpace(text[len(label):])
		if rest == "" || utf8.RuneCountInString(rest) > 600 {
			return nil, true
		}
		for _, t := range splitTagText(rest) {
			tags = appendTag(tags, t)
		}
	}
	return tags, true
}

// tagLabelStart reports whether n's text opens with a tag label followed
// by a colon ("Tags:", "Topics :") or is a list whose first item is the
// label alone; label is the text up to and including the colon. The
// block must be short: a paragraph of prose that begins "Topics: the
// minister said" is not checked past the label, but a long block is not
// a tag list.
func tagLabelStart(n *html.Node) (label string, ok bool) {
	switch n.DataAtom {
	case atom.P, atom.Div, atom.Ul, atom.Ol, atom.Section, atom.Li, atom.Span, atom.Dl, atom.Footer:
	default:
		return "", false
	}
	// The walk asks this of every block, nested ones included, so most
	// blocks are turned away on the first few dozen characters: boundedText
	// is append-only, so a short read is a prefix of the long one and
	// decides whenever it shows the first colon or runs past where the
	// label's colon could be.
	if pre, _ := boundedText(n, tagLabelPrefix); !tagLabelPossible(pre) {
		return "", false
	}
	return tagLabelWhole(n)
}

// tagLabelWhole is tagLabelStart read on the block's whole text.
func tagLabelWhole(n *html.Node) (label string, ok bool) {
	text, whole := boundedText(n, 1500)
	text = cleanSpace(text)
	if text == "" || !whole {
		return "", false
	}
	colon := strings.IndexAny(text, ":：")
	if colon <= 0 || colon > tagLabelMaxColon {
		return "", false
	}
	if !isTagLabel(text[:colon]) {
		return "", false
	}
	_, size := utf8.DecodeRuneInString(text[colon:])
	return text[:colon+size], true
}

// tagLabelMaxColon is the last byte offset a tag label's colon may sit at;
// tagLabelPrefix is how much text shows whether a colon sits there (the
// offset plus the widest colon, "：", and slack).
const (
	tagLabelMaxColon = 24
	tagLabelPrefix   = 48
)

// tagLabelPossible reports whether text that opens a block (a prefix of
// its whole text) leaves room for a tag label: false when its first colon
// is out of place or follows no label, or when it has no colon yet runs
// past where the label's colon would be. Builder output has single spaces
// and none at the ends, so cleanSpace would not change it.
func tagLabelPossible(prefix string) bool {
	colon := firstColon(prefix)
	if colon < 0 {
		return len(prefix) < tagLabelMaxColon+len("：")
	}
	return colon > 0 && colon <= tagLabelMaxColon && isTagLabel(prefix[:colon])
}

// firstColon is strings.IndexAny(s, ":：") without IndexAny's rune-by-rune
// walk (its set is not all ASCII): two byte searches and the earlier hit.
func firstColon(s string) int {
	ascii, wide := strings.IndexByte(s, ':'), strings.Index(s, "：")
	if ascii < 0 || wide >= 0 && wide < ascii {
		return wide
	}
	return ascii
}

// isTagLabel reports whether head, the text before a colon, is a tag label.
func isTagLabel(head string) bool {
	head = strings.ToLower(strings.TrimSpace(head))
	for _, l := range tagLabels {
		if head == l {
			return true
		}
	}
	return false
}

// splitTagText splits a plain-text tag list at commas, semicolons, pipes
// and middle dots.
func splitTagText(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return r == ',' || r == ';' || r == '|' || r == '·' || r == '•' || r == '、' || r == '，'
	})
}

// descendantLinks returns the <a href> elements under n, in order.
func descendantLinks(n *html.Node) []*html.Node {
	var out []*html.Node
	var walk func(x *html.Node, depth int)
	walk = func(x *html.Node, depth int) {
		if depth > 64 || len(out) > 2*maxTagContainerTags {
			return
		}
		for c := x.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if c.DataAtom == atom.A {
				if attr(c, "href") != "" {
					out = append(out, c)
				}
				continue
			}
			walk(c, depth+1)
		}
	}
	walk(n, 0)
	return out
}

// relTag reports a link marked rel="tag" (not rel="category tag": the
// section, not a tag).
func relTag(n *html.Node) bool {
	rel := strings.Fields(strings.ToLower(attr(n, "rel")))
	tag, category := false, false
	for _, r := range rel {
		switch r {
		case "tag":
			tag = true
		case "category":
			category = true
		}
	}
	return tag && !category
}

// tagHref reports a link to a tag or topic page: a path segment tag,
// tags, topic or topics followed by the tag's own segment.
func tagHref(href string) bool {
	u, err := url.Parse(strings.TrimSpace(href))
	if err != nil {
		return false
	}
	segs := strings.Split(strings.Trim(u.Path, "/"), "/")
	for i := 0; i+1 < len(segs); i++ {
		if tagPathSegments[strings.ToLower(segs[i])] && segs[i+1] != "" {
			return true
		}
	}
	return false
}

// appendTag cleans one tag's text and appends it when it reads like a
// tag: short, not a label or a "see all" link.
func appendTag(tags []string, t string) []string {
	t = cleanSpace(t)
	t = strings.TrimLeft(t, "#")
	t = strings.Trim(t, " ,;|·•")
	if t == "" || utf8.RuneCountInString(t) > 60 || len(strings.Fields(t)) > 8 {
		return tags
	}
	l := strings.ToLower(strings.TrimRight(t, ":"))
	for _, lab := range tagLabels {
		if l == lab {
			return tags
		}
	}
	switch l {
	case "more", "see all", "show more", "view all", "all topics", "all tags", "see more", "…", "...":
		return tags
	}
	return append(tags, t)
}

// storyElement reports an element that holds one story: <article> or a
// schema.org Article item.
func storyElement(n *html.Node) bool {
	if n.DataAtom == atom.Article {
		return true
	}
	t := attr(n, "itemtype")
	return strings.HasSuffix(t, "Article") || strings.HasSuffix(t, "BlogPosting")
}
