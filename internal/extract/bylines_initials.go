package extract

import (
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/text/unicode/norm"

	"github.com/newsgraph/newsgraph/internal/nlp/media"
)

// Initials as a byline: a content system's author field often holds the
// writer's initials ("AS", "J.D."), as small papers sign short items. They
// name the writer less well than the name the page gives elsewhere, so:
//
//   - a later author source or the visible byline line that names a
//     person is taken instead;
//   - else the writer's name is read from the author's archive address
//     ("/author/adauto-silva/") when its words have those initials, in
//     the spelling the page prints it ("Adauto Silva" in a link or a
//     heading), both confirming it;
//   - else the initials are kept: they are the page's own credit, and
//     tell a signed item from an unsigned one.
//
// An agency's abbreviation ("AP", "PTI", "BBC") is an organisation, not
// initials.

// isInitials reports a name of one to three capital letters, with or
// without full stops ("AS", "J.D.", "JDH"), that no agency abbreviation
// is.
func isInitials(name string) bool {
	letters := 0
	for _, r := range name {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r == '.' || r == ' ':
		default:
			return false
		}
	}
	if letters == 0 || letters > 3 {
		return false
	}
	bare := strings.NewReplacer(".", "", " ", "").Replace(name)
	return !media.Word(bare) && !wireAbbreviations[bare] && !orgAbbreviations[bare]
}

// allInitials reports a byline whose every name is initials.
func allInitials(b string) bool {
	for _, p := range bylineParts(b) {
		if !isInitials(p) {
			return false
		}
	}
	return b != ""
}

// nameFromAuthorURL returns the writer's name the page prints for
// initials: the words of an author address's last path segment
// ("/author/adauto-silva/#author") whose first letters are the
// initials, found among the page's text in its own spelling and case.
// "" when no address spells the initials or the page never prints the
// name.
func nameFromAuthorURL(initials string, urls []string, root *html.Node) string {
	want := []rune(strings.NewReplacer(".", "", " ", "").Replace(initials))
	for _, raw := range urls {
		words := slugWords(raw)
		if len(words) != len(want) || len(words) < 2 {
			continue
		}
		match := true
		for i, w := range words {
			r, _ := utf8.DecodeRuneInString(w)
			match = match && unicode.ToUpper(r) == want[i]
		}
		if !match {
			continue
		}
		if name := findPrinted(root, words); name != "" {
			return name
		}
	}
	return ""
}

// slugWords splits the last named segment of an address's path into its
// words ("https://x.example/author/adauto-silva/#author" -> adauto,
// silva), lower case and without accents; nil when the segment holds
// anything but letters and "-" or "_".
func slugWords(raw string) []string {
	u, err := url.Parse(raw)
	if err != nil {
		return nil
	}
	segs := strings.FieldsFunc(u.Path, func(r rune) bool { return r == '/' })
	if len(segs) == 0 {
		return nil
	}
	seg := strings.ToLower(segs[len(segs)-1])
	words := strings.FieldsFunc(seg, func(r rune) bool { return r == '-' || r == '_' })
	for _, w := range words {
		for _, r := range w {
			if !unicode.IsLetter(r) {
				return nil
			}
		}
	}
	for i, w := range words {
		words[i] = foldAccents(w)
	}
	return words
}

// findPrinted finds words (lower case, without accents) printed in a row
// in the page's text and returns them as printed ("Adauto Silva").
func findPrinted(root *html.Node, words []string) string {
	found := ""
	seen := 0
	var walk func(n *html.Node, depth int) bool
	walk = func(n *html.Node, depth int) bool {
		if depth > maxDepth || seen > 20000 {
			return true
		}
		seen++
		switch n.Type {
		case html.TextNode:
			tw := strings.FieldsFunc(n.Data, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' })
			for i := 0; i+len(words) <= len(tw); i++ {
				same := true
				for j, w := range words {
					same = same && foldAccents(strings.ToLower(tw[i+j])) == w
				}
				if same && readsAsName(strings.Join(tw[i:i+len(words)], " ")) {
					found = strings.Join(tw[i:i+len(words)], " ")
					return true
				}
			}
			return false
		case html.ElementNode:
			if skipTags[n.DataAtom] {
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
	if root != nil {
		walk(root, 0)
	}
	return found
}

// foldAccents drops the accents of s: "joão" -> "joao".
func foldAccents(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}
