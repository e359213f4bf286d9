package web

import (
	"net/http"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// a11yPages are the pages of testUI read as a screen reader and a keyboard
// user would: each kind of page, a later page of a list, and the error
// pages (with and without their form).
var a11yPages = []string{
	"/", "/events", "/events?limit=5&offset=5", "/events/1", "/timeline", "/timeline?period=month",
	"/graph", "/quotes", "/search", "/search?q=marched", "/articles/501", "/actors/Q17",
	"/events?quad_class=9", "/quotes?since=bad", "/no-such-page",
}

func parsePage(t *testing.T, h http.Handler, path string) *html.Node {
	t.Helper()
	_, body := fetch(t, h, path)
	doc, err := html.Parse(strings.NewReader(body))
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return doc
}

func attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

func attrVal(n *html.Node, key string) string { v, _ := attr(n, key); return v }

// elements lists the element nodes under n in document order.
func elements(n *html.Node) []*html.Node {
	var out []*html.Node
	for c := range n.Descendants() {
		if c.Type == html.ElementNode {
			out = append(out, c)
		}
	}
	return out
}

// textOf is n's text as read: the words of its text nodes, an SVG
// element's own <title> standing for it (the name a link in a drawing
// gets), and nothing of what aria-hidden hides.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			b.WriteByte(' ')
			return
		}
		if n.Type == html.ElementNode {
			if attrVal(n, "aria-hidden") == "true" {
				return
			}
			if n.Namespace == "svg" {
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					if c.Type == html.ElementNode && c.Data == "title" {
						walk(c)
						return
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return strings.Join(strings.Fields(b.String()), " ")
}

// accessibleName is a link's or a control's name: aria-labelledby,
// aria-label, else its text.
func accessibleName(doc, n *html.Node) string {
	if ids, ok := attr(n, "aria-labelledby"); ok {
		var parts []string
		for _, id := range strings.Fields(ids) {
			if el := byID(doc, id); el != nil {
				parts = append(parts, textOf(el))
			}
		}
		return strings.Join(parts, " ")
	}
	if l := strings.TrimSpace(attrVal(n, "aria-label")); l != "" {
		return l
	}
	return textOf(n)
}

func byID(doc *html.Node, id string) *html.Node {
	for _, el := range elements(doc) {
		if attrVal(el, "id") == id {
			return el
		}
	}
	return nil
}

func hasAncestor(n *html.Node, a atom.Atom) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == a && p.Namespace == "" {
			return true
		}
	}
	return false
}

// Every page has a language, a title of its own words, one h1 and no
// heading level skipped, a skip link to its main landmark first, a
// header, navigation and main landmark, and no script: the site works
// without JavaScript.
func TestA11yPageStructure(t *testing.T) {
	h := testUI(t)
	for _, path := range a11yPages {
		doc := parsePage(t, h, path)
		els := elements(doc)
		var titles, h1 []string
		level := 0
		landmarks := map[string]int{}
		var navNames []string
		firstLink := ""
		for _, el := range els {
			if el.Namespace != "" {
				continue
			}
			switch el.DataAtom {
			case atom.Html:
				if strings.TrimSpace(attrVal(el, "lang")) == "" {
					t.Errorf("%s: <html> without lang", path)
				}
			case atom.Title:
				titles = append(titles, textOf(el))
			case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
				l := int(el.Data[1] - '0')
				if l > level+1 {
					t.Errorf("%s: heading h%d %q after h%d", path, l, textOf(el), level)
				}
				level = l
				if l == 1 {
					h1 = append(h1, textOf(el))
				}
			case atom.Header, atom.Main:
				if !hasAncestor(el, atom.Article) && !hasAncestor(el, atom.Section) {
					landmarks[el.Data]++
				}
			case atom.Nav:
				landmarks["nav"]++
				navNames = append(navNames, attrVal(el, "aria-label"))
			case atom.Script:
				t.Errorf("%s: a script: the pages must work without JavaScript", path)
			case atom.A:
				if firstLink == "" {
					firstLink = attrVal(el, "href")
				}
				if strings.HasPrefix(strings.ToLower(strings.TrimSpace(attrVal(el, "href"))), "javascript:") {
					t.Errorf("%s: a javascript: link", path)
				}
			}
			for _, a := range el.Attr {
				if strings.HasPrefix(a.Key, "on") {
					t.Errorf("%s: <%s %s>: an inline script", path, el.Data, a.Key)
				}
			}
		}
		if len(titles) != 1 || titles[0] == "" {
			t.Errorf("%s: titles %q, want one", path, titles)
		} else if parts := strings.Split(titles[0], " · "); len(parts) > 1 && parts[0] == parts[len(parts)-1] {
			t.Errorf("%s: title %q repeats itself", path, titles[0])
		}
		if len(h1) != 1 || h1[0] == "" {
			t.Errorf("%s: h1 %q, want one", path, h1)
		}
		if landmarks["header"] != 1 || landmarks["main"] != 1 || landmarks["nav"] == 0 {
			t.Errorf("%s: landmarks %v, want one header, one main and a nav", path, landmarks)
		}
		seen := map[string]bool{}
		for _, n := range navNames {
			if n == "" || seen[n] {
				t.Errorf("%s: navigation regions %q: each needs a name of its own", path, navNames)
				break
			}
			seen[n] = true
		}
		if main := byID(doc, "main"); firstLink != "#main" || main == nil || main.DataAtom != atom.Main {
			t.Errorf("%s: the first link is %q, want a skip link to <main id=main>", path, firstLink)
		}
	}
}

// Every form control has a label, every id is unique and every id a
// label or an aria attribute names exists, nothing takes a tab order of
// its own (tabindex > 0), and every button says what it does.
func TestA11yFormsAndReferences(t *testing.T) {
	h := testUI(t)
	for _, path := range a11yPages {
		doc := parsePage(t, h, path)
		els := elements(doc)
		ids := map[string]int{}
		labelFor := map[string]bool{}
		for _, el := range els {
			if id := attrVal(el, "id"); id != "" {
				ids[id]++
			}
			if el.DataAtom == atom.Label {
				labelFor[attrVal(el, "for")] = true
				if textOf(el) == "" {
					t.Errorf("%s: a label without words", path)
				}
			}
		}
		for id, n := range ids {
			if n > 1 {
				t.Errorf("%s: id %q %d times", path, id, n)
			}
		}
		for _, el := range els {
			for _, key := range []string{"for", "aria-labelledby", "aria-describedby", "list"} {
				v, ok := attr(el, key)
				if !ok || (key == "list" && el.DataAtom != atom.Input) {
					continue
				}
				for _, id := range strings.Fields(v) {
					if ids[id] == 0 {
						t.Errorf("%s: <%s %s=%q>: no element has that id", path, el.Data, key, id)
					}
				}
			}
			if ti := attrVal(el, "tabindex"); ti != "" && ti != "0" && ti != "-1" {
				t.Errorf("%s: <%s tabindex=%q>", path, el.Data, ti)
			}
			switch el.DataAtom {
			case atom.Input, atom.Select, atom.Textarea:
				if typ := attrVal(el, "type"); typ == "hidden" || typ == "submit" || typ == "button" {
					continue
				}
				_, al := attr(el, "aria-label")
				_, alb := attr(el, "aria-labelledby")
				if !hasAncestor(el, atom.Label) && !labelFor[attrVal(el, "id")] && !al && !alb {
					t.Errorf("%s: <%s name=%q> has no label", path, el.Data, attrVal(el, "name"))
				}
			case atom.Button:
				if accessibleName(doc, el) == "" {
					t.Errorf("%s: a button without a name", path)
				}
			case atom.Form:
				if attrVal(el, "method") != "get" {
					t.Errorf("%s: a form with method %q: every form is a plain GET", path, attrVal(el, "method"))
				}
			}
		}
	}
}

// Every table has a caption and column headers with their scope; the
// drawings are named and described, are groups of links (not one image
// whose links a screen reader cannot reach) and lie beside a table of
// what they draw; the class badges say their class in words.
func TestA11yTablesAndDrawings(t *testing.T) {
	h := testUI(t)
	for _, path := range a11yPages {
		doc := parsePage(t, h, path)
		tables := 0
		for _, el := range elements(doc) {
			switch {
			case el.DataAtom == atom.Table:
				tables++
				var caption string
				cols := 0
				for c := range el.Descendants() {
					if c.DataAtom == atom.Caption {
						caption = textOf(c)
					}
					if c.DataAtom == atom.Th && hasAncestor(c, atom.Thead) {
						cols++
					}
				}
				if caption == "" {
					t.Errorf("%s: a table without a caption", path)
				}
				if cols == 0 {
					t.Errorf("%s: table %q without column headers", path, caption)
				}
			case el.DataAtom == atom.Th:
				if s := attrVal(el, "scope"); s != "col" && s != "row" {
					t.Errorf("%s: <th> %q without a scope", path, textOf(el))
				}
			case el.Namespace == "svg" && el.Data == "svg" && attrVal(el, "aria-hidden") != "true":
				if accessibleName(doc, el) == "" {
					t.Errorf("%s: a drawing without a name", path)
				}
				if desc, ok := attr(el, "aria-describedby"); !ok || byID(doc, desc) == nil || textOf(byID(doc, desc)) == "" {
					t.Errorf("%s: drawing %q without a description", path, accessibleName(doc, el))
				}
				links := 0
				for c := range el.Descendants() {
					if c.Type == html.ElementNode && c.Data == "a" {
						links++
						if textOf(c) == "" {
							t.Errorf("%s: a link in drawing %q without a name", path, accessibleName(doc, el))
						}
					}
				}
				if links > 0 && attrVal(el, "role") == "img" {
					t.Errorf("%s: drawing %q is role=img: its %d links are hidden from a screen reader", path, accessibleName(doc, el), links)
				}
				if tables == 0 && !strings.Contains(accessibleName(doc, el), "table below") {
					t.Errorf("%s: drawing %q names no table of its data", path, accessibleName(doc, el))
				}
			case el.Namespace == "" && strings.Contains(" "+attrVal(el, "class")+" ", " quad "):
				if textOf(el) == "" {
					t.Errorf("%s: a class badge in colour only", path)
				}
			}
		}
	}
	// The drawings have something to draw here: the checks above ran.
	for _, path := range []string{"/graph", "/timeline"} {
		doc := parsePage(t, h, path)
		n := 0
		for _, el := range elements(doc) {
			if el.Namespace == "svg" && el.Data == "svg" && attrVal(el, "aria-hidden") != "true" {
				n++
			}
		}
		if n == 0 {
			t.Errorf("%s: no drawing", path)
		}
	}
}

// A link's name says where it goes read alone, from a screen reader's
// list of links: no "details" or "more", no two links of one name to
// different places, and a name set by aria-label starts with the words
// shown (what a voice user says to follow it).
func TestA11yLinkNames(t *testing.T) {
	h := testUI(t)
	vague := map[string]bool{"details": true, "more": true, "here": true, "click here": true, "link": true, "read more": true, "this": true}
	for _, path := range a11yPages {
		doc := parsePage(t, h, path)
		targets := map[string]string{}
		for _, el := range elements(doc) {
			href, ok := attr(el, "href")
			if el.Data != "a" || !ok {
				continue
			}
			name := accessibleName(doc, el)
			if name == "" {
				t.Errorf("%s: link to %s has no name", path, href)
				continue
			}
			if vague[strings.ToLower(strings.Trim(name, " →←."))] {
				t.Errorf("%s: link to %s named only %q", path, href, name)
			}
			if prev, ok := targets[name]; ok && prev != href {
				t.Errorf("%s: links named %q go to %s and %s", path, name, prev, href)
			}
			targets[name] = href
			if l, ok := attr(el, "aria-label"); ok && !strings.HasPrefix(l, textOf(el)) {
				t.Errorf("%s: link shown as %q is named %q", path, textOf(el), l)
			}
		}
	}
}

// The events table's links to an event name it (its heading and date),
// both the date's and the type's.
func TestA11yEventLinksNameTheEvent(t *testing.T) {
	h := testUI(t)
	doc := parsePage(t, h, "/events?type=PROTEST&source=Marchers")
	found := 0
	for _, el := range elements(doc) {
		if el.Data == "a" && attrVal(el, "href") == "/events/401" {
			found++
			name := accessibleName(doc, el)
			if !strings.Contains(name, "PROTEST: Marchers → Japan") || !strings.Contains(name, "2025-03-10") {
				t.Errorf("the link %q to the marchers' event is named %q", textOf(el), name)
			}
		}
	}
	if found != 2 {
		t.Errorf("%d links to the marchers' event, want its date's and its type's", found)
	}
}
