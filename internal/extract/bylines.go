package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Visible bylines: pages whose markup names no author (no author meta,
// JSON-LD, itemprop, rel=author or byline class) often still print one
// under the headline: "By Jane Doe and John Roe", "Von Anna Schmidt |
// 28.07.2021", "Por Ana Lima", "By <a>Jane Doe</a>, <a>John Roe</a> on
// Monday...". visibleByline reads the first such line.

// bylineLeads open a byline, in the languages whose pages are read. A
// lead must be followed by a name: "By continuing to use this site" is no
// byline, as "continuing" is no name.
var bylineLeads = []string{"By ", "by ", "BY ", "Von ", "von ", "Por ", "por ", "Par ", "par ", "Door ", "door ",
	"Di ", "Av ", "Author: ", "Autor: ", "Autora: ", "Auteur : ", "Auteur: ", "Автор: ", "Текст: "}

// nameJoiners join names in a byline.
var nameJoiners = []string{", ", " and ", " und ", " e ", " y ", " et ", " en ", " & ", " i ", " и "}

// nameParticles are lower-case words inside names ("Ana de Souza",
// "Jan van der Berg").
var nameParticles = map[string]bool{"de": true, "da": true, "do": true, "dos": true, "das": true, "del": true, "della": true,
	"di": true, "van": true, "von": true, "der": true, "den": true, "la": true, "le": true, "du": true, "al": true,
	"bin": true, "ibn": true, "y": true, "zu": true, "ter": true}

// maxBylineText is the longest line (in bytes) read as a byline.
const maxBylineText = 160

// visibleByline returns the names of the first visible byline line under
// root, or nil. Links, navigation, asides, footers, forms, comments and
// related blocks are passed over.
func visibleByline(root *html.Node) []string {
	var found []string
	walkVisibleText(root, bylineSkip, func(n *html.Node, t string) (tried, done bool) {
		if len(t) > maxBylineText || !hasBylineLead(t+" ") {
			return false, false
		}
		// The lead may stand alone with the names in sibling links
		// ("By <a>Jane Doe</a>"): read the line its element makes,
		// going up while it still opens with the lead.
		line := t
		for p, up := n.Parent, 0; p != nil && p.Type == html.ElementNode && up < 3; p, up = p.Parent, up+1 {
			pt := cleanSpace(plainText(p))
			if len(pt) > maxBylineText || !hasBylineLead(pt+" ") {
				break
			}
			line = pt
		}
		if names := bylineNames(line); len(names) > 0 {
			found = names
			return true, true
		}
		return true, false
	})
	return found
}

// bylineSkip passes over what a visible byline is never in: besides the
// page's boilerplate, forms, captions, the headline and section headings
// ("By the numbers") and cookie notices ("By continuing to use ...").
func bylineSkip(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Title, atom.Form, atom.Button, atom.Select, atom.Label, atom.Figcaption, atom.H1, atom.H2:
		return true
	}
	return boilerplateElement(n) || strings.Contains(strings.ToLower(attr(n, "class")+" "+attr(n, "id")), "cookie")
}

func hasBylineLead(s string) bool {
	for _, l := range bylineLeads {
		if strings.HasPrefix(s, l) {
			return true
		}
	}
	return false
}

// bylineNames reads the names of a byline line: the lead, then one or more
// names joined by commas or "and", up to a separator or the date ("By Jane
// Doe and John Roe | July 28, 2021", "By Jane Doe, John Roe on Monday,
// November 18th"). Every name must read as one: one to five words, each
// capitalised or a particle, or in a script without case. nil when any
// does not.
func bylineNames(line string) []string {
	rest := ""
	for _, l := range bylineLeads {
		if strings.HasPrefix(line+" ", l) {
			rest = strings.TrimSpace(line[min(len(l), len(line)):])
			break
		}
	}
	// The names end at a separator, a date word or a digit.
	for _, sep := range []string{" | ", "|", " ／ ", " / ", " - ", " – ", " — ", " · ", " • ", " on ", " am ", " em ", " el ", " le ", " il ", " op ",
		" Updated", " Published", " Veröffentlicht", " Publicado", "(", "\n"} {
		if i := strings.Index(rest, sep); i >= 0 {
			rest = rest[:i]
		}
	}
	if i := strings.IndexFunc(rest, unicode.IsDigit); i >= 0 {
		rest = rest[:i]
	}
	rest = strings.TrimRight(strings.TrimSpace(rest), " ,;:")
	if rest == "" {
		return nil
	}
	parts := []string{rest}
	for _, j := range nameJoiners {
		var next []string
		for _, p := range parts {
			next = append(next, strings.Split(p, j)...)
		}
		parts = next
	}
	var names []string
	for _, p := range parts {
		p = strings.Trim(strings.TrimSpace(p), ",;")
		if p == "" {
			continue
		}
		if !readsAsName(p) {
			return nil
		}
		names = append(names, p)
		if len(names) >= 10 {
			break
		}
	}
	return names
}

// readsAsName reports a person's or desk's name: one to five words, each
// capitalised (or a particle, or an initial), or written in a script
// without letter case.
func readsAsName(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 5 {
		return false
	}
	capital := 0
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case nameParticles[w]:
		case unicode.IsUpper(r):
			capital++
		case unicode.IsLetter(r) && !unicode.IsLower(r):
			capital++ // a script without case
		default:
			return false
		}
	}
	return capital > 0
}
