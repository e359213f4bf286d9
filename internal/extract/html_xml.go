package extract

import (
	"encoding/xml"
	"io"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// An article written in an XML vocabulary (NITF, a CMS export: <story>,
// <byline>, <body>) is read as a page, but the HTML parser does not keep
// its structure: a <body> or <head> inside the root is dropped as a stray
// tag, so the body's text became the root's own text beside <byline>, and
// "<byline>Ana</byline><body>The minister" read "AnaThe minister"; and a
// self-closed unknown element (<media/>) stayed open over what follows.
// Such a document is parsed as XML into the same tree the walk reads.

// isXMLVocabulary reports content that opens as XML with a root other
// than <html>: after an XML declaration, or without one a root that is
// no HTML element and closes at the very end ("<story>...</story>").
// XHTML (<?xml ...?><html>) and HTML pages are not, and keep the HTML
// parser.
func isXMLVocabulary(s string) bool {
	t := strings.TrimSpace(strings.TrimPrefix(s, "\ufeff"))
	decl := strings.HasPrefix(t, "<?xml")
	// Skip the prolog: the declaration, processing instructions,
	// comments and a doctype.
	for {
		t = strings.TrimSpace(t)
		switch {
		case strings.HasPrefix(t, "<?"):
			i := strings.Index(t, "?>")
			if i < 0 {
				return false
			}
			t = t[i+2:]
		case strings.HasPrefix(t, "<!--"):
			i := strings.Index(t, "-->")
			if i < 0 {
				return false
			}
			t = t[i+3:]
		case strings.HasPrefix(t, "<!"):
			i := strings.IndexByte(t, '>')
			if i < 0 {
				return false
			}
			t = t[i+1:]
		default:
			name := rootName(t)
			switch {
			case name == "" || strings.EqualFold(name, "html"):
				return false // XHTML: HTML's own parser reads it
			case decl:
				return true // <?xml ...?><article>: an XML article
			}
			return atom.Lookup([]byte(strings.ToLower(name))) == 0 && strings.HasSuffix(strings.TrimSpace(t), "</"+name+">")
		}
	}
}

// rootName is the name of the element t opens with ("x:doc"), or "".
func rootName(t string) string {
	if !strings.HasPrefix(t, "<") {
		return ""
	}
	end := strings.IndexFunc(t[1:], func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == ':' || r == '-' || r == '_' || r == '.')
	})
	if end <= 0 {
		return ""
	}
	return t[1 : 1+end]
}

// parseXMLPage builds an HTML tree (document, html, head, body) whose body
// holds the XML document's elements as they nest, named by their local
// names in lower case so that the ones HTML knows (<p>, <title>, <meta>,
// <a>) read as HTML's. It is lenient as pages need: HTML's entities are
// known, an end tag that closes nothing open is ignored, and one that
// closes an outer element closes the ones left open inside it. ok is
// false when the content cannot be read as XML at all.
func parseXMLPage(s string) (root *html.Node, ok bool) {
	d := xml.NewDecoder(strings.NewReader(s))
	d.Strict = false
	d.AutoClose = xml.HTMLAutoClose
	d.Entity = xml.HTMLEntity
	root = &html.Node{Type: html.DocumentNode}
	htmlEl := &html.Node{Type: html.ElementNode, Data: "html", DataAtom: atom.Html}
	head := &html.Node{Type: html.ElementNode, Data: "head", DataAtom: atom.Head}
	body := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
	root.AppendChild(htmlEl)
	htmlEl.AppendChild(head)
	htmlEl.AppendChild(body)
	open := []*html.Node{body}
	elems := 0
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			break
		}
		if err != nil {
			// Cut short or broken past repair: what was read stands when
			// it holds an element, else the HTML parser has the content.
			return root, elems > 0
		}
		cur := open[len(open)-1]
		switch tok := tok.(type) {
		case xml.StartElement:
			name := strings.ToLower(tok.Name.Local)
			n := &html.Node{Type: html.ElementNode, Data: name, DataAtom: atom.Lookup([]byte(name))}
			for _, a := range tok.Attr {
				key := strings.ToLower(a.Name.Local)
				switch strings.ToLower(a.Name.Space) {
				case "":
				case "xml":
					key = "xml:" + key // xml:lang, read as a page's language
				case "xmlns":
					continue
				default:
					key = strings.ToLower(a.Name.Space) + ":" + key
				}
				if key == "xmlns" {
					continue
				}
				n.Attr = append(n.Attr, html.Attribute{Key: key, Val: a.Value})
			}
			if elems == 0 {
				// The root's language (<nitf xml:lang="de">) is the
				// document's, as <html lang> is a page's.
				for _, a := range n.Attr {
					if a.Key == "lang" || a.Key == "xml:lang" {
						htmlEl.Attr = append(htmlEl.Attr, a)
					}
				}
			}
			cur.AppendChild(n)
			open = append(open, n)
			elems++
		case xml.EndElement:
			name := strings.ToLower(tok.Name.Local)
			for i := len(open) - 1; i > 0; i-- {
				if open[i].Data == name {
					open = open[:i]
					break
				}
			}
		case xml.CharData:
			if last := cur.LastChild; last != nil && last.Type == html.TextNode {
				last.Data += string(tok)
			} else {
				cur.AppendChild(&html.Node{Type: html.TextNode, Data: string(tok)})
			}
		case xml.Comment:
			cur.AppendChild(&html.Node{Type: html.CommentNode, Data: string(tok)})
		}
	}
	return root, elems > 0
}
