package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxVisibleTries caps the candidate texts a walkVisibleText visitor
// reads closely (each may read its parents' text): a forum page of a
// thousand "Posted by" lines costs no more than fifty.
const maxVisibleTries = 50

// walkVisibleText calls visit with each non-empty text node under root and
// its trimmed text, in document order, passing over the elements skip
// names and what is under them. visit says whether it read the text
// closely (tried) and whether the walk is done. The walk reads at most
// 20,000 nodes, maxDepth deep, and stops after maxVisibleTries tries.
func walkVisibleText(root *html.Node, skip func(*html.Node) bool, visit func(n *html.Node, text string) (tried, done bool)) {
	if root == nil {
		return
	}
	seen, tries := 0, 0
	var walk func(n *html.Node, depth int) bool
	walk = func(n *html.Node, depth int) bool {
		if depth > maxDepth || seen > 20000 || tries >= maxVisibleTries {
			return true
		}
		seen++
		switch n.Type {
		case html.TextNode:
			t := strings.TrimSpace(n.Data)
			if t == "" {
				return false
			}
			tried, done := visit(n, t)
			if tried {
				tries++
			}
			return done
		case html.ElementNode:
			if skip(n) {
				return false
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if walk(c, depth+1) {
				return true
			}
		}
		return false
	}
	walk(root, 0)
}

// boilerplateElement is an element whose text is not the page's own
// visible line about the article: scripts and styles, links, asides,
// footers, navigation, comments and related or recommended stories.
func boilerplateElement(n *html.Node) bool {
	return boilerplateTag(n) || boilerplateClass(lowerClassID(n))
}

// boilerplateTag is an element boilerplate by its tag alone.
func boilerplateTag(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Textarea, atom.Head,
		atom.A, atom.Aside, atom.Footer, atom.Nav:
		return true
	}
	return false
}

// lowerClassID is an element's class and id, lower-cased, read once by
// the checks on them.
func lowerClassID(n *html.Node) string {
	return strings.ToLower(attr(n, "class") + " " + attr(n, "id"))
}

// boilerplateClass is a lower-cased class and id (lowerClassID) that names
// comments or related or recommended stories.
func boilerplateClass(c string) bool {
	return strings.Contains(c, "comment") || strings.Contains(c, "related") || strings.Contains(c, "recommend")
}
