// Package media knows the words that name news media: the heads that end a
// newspaper's or broadcaster's name ("Saudi Gazette", "Korea Times", "Sky
// News") and the other words that mark a noun phrase as a news medium
// ("news agency", "broadcaster", "Reuters"). The tagger reads a name ending
// in a head as an organisation, never a person; the resolver gives such an
// organisation the media sector; the quote finder reads any of the words as
// a conduit. The lists are in outlets.txt.
package media

import (
	_ "embed"
	"fmt"
	"sort"
	"strings"
)

//go:embed outlets.txt
var outletsTxt string

var heads, placeHeads, words = parse(outletsTxt)

func parse(text string) (heads, placeHeads, words map[string]bool) {
	heads, placeHeads, words = map[string]bool{}, map[string]bool{}, map[string]bool{}
	for n, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		class, list, ok := strings.Cut(line, "\t")
		if !ok || class != "head" && class != "placehead" && class != "word" {
			panic(fmt.Sprintf("media: outlets.txt:%d: want head|placehead|word<TAB>words", n+1))
		}
		for _, w := range strings.Fields(list) {
			w = strings.ToLower(w)
			switch class {
			case "placehead":
				// Not a conduit word alone: "the review found".
				placeHeads[w] = true
				continue
			case "head":
				heads[w] = true
			}
			words[w] = true
		}
	}
	return heads, placeHeads, words
}

// Head reports whether w (any case) ends news media's names: "Gazette",
// "Times", "News".
func Head(w string) bool { return heads[strings.ToLower(w)] }

// PlaceHead reports whether w (any case) ends a periodical's name only
// right after a place: "Washington Review", but "Nuclear Posture Review" is
// no medium. Head is false for such words.
func PlaceHead(w string) bool { return placeHeads[strings.ToLower(w)] }

// Word reports whether w (any case) marks a noun phrase as a news medium:
// a head, or another word such as "broadcaster", "press" or "Reuters".
func Word(w string) bool { return words[strings.ToLower(w)] }

// Words returns every word of the lists, heads included, lower case and
// sorted.
func Words() []string {
	out := make([]string, 0, len(words))
	for w := range words {
		out = append(out, w)
	}
	sort.Strings(out)
	return out
}
