package extract

import (
	"strings"

	"golang.org/x/net/html"

	"github.com/newsgraph/newsgraph/internal/model"
)

// HTML extracts the article from an HTML page. pageURL, when known, resolves
// relative links and feeds URL-based date detection.
//
// Placeholder: collects <title> and <p> text. Replaced by the full extractor.
func HTML(content, pageURL string) (*model.Article, error) {
	root, err := html.Parse(strings.NewReader(content))
	if err != nil {
		return nil, err
	}
	a := &model.Article{URL: pageURL}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "script", "style", "noscript":
				return
			case "title":
				a.Title = strings.TrimSpace(textOf(n))
				return
			case "p":
				if t := strings.Join(strings.Fields(textOf(n)), " "); t != "" {
					a.Paragraphs = append(a.Paragraphs, t)
				}
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return a, nil
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}
