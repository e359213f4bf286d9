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

var heads, placeHeads, words, plain = parse(outletsTxt)

func parse(text string) (heads, placeHeads, words, plain map[string]bool) {
	heads, placeHeads, words, plain = map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}
	for n, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		class, list, ok := strings.Cut(line, "\t")
		if !ok || class != "head" && class != "placehead" && class != "word" && class != "plain" {
			panic(fmt.Sprintf("media: outlets.txt:%d: want head|placehead|word|plain<TAB>words", n+1))
		}
		for _, w := range strings.Fields(list) {
			w = strings.ToLower(w)
			switch class {
			case "plain":
				// Not a conduit word alone: "the conversation turned".
				plain[w] = true
				continue
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
	return heads, placeHeads, words, plain
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

// Plain reports whether w (any case) is the ordinary word of an outlet
// named "The" and that word ("The Hill", "The Independent"): such a word
// names the outlet only with a cue (OutletCue).
func Plain(w string) bool { return plain[strings.ToLower(w)] }

// cueVerbs are the words before a preposition and "the" that make the name
// after them a publication: "according to", "interview with", "wrote in",
// "reported by", "spoke to".
var cueVerbs = map[string]map[string]bool{
	"to":   set("according spoke speaking speaks talked talking said"),
	"with": set("interview interviews interviewed"),
	"in":   set("wrote writing writes written published op-ed column article essay piece editorial commentary interview report reported"),
	"by":   set("reported obtained seen published cited quoted revealed reviewed"),
}

// cueBefore are the words that take a publication right after them (and a
// "the"): "told the Hill", "tells The Independent".
var cueBefore = set("told tells tell telling")

// cueAfter are the verbs a publication is the subject of: "the Hill
// reported", "the Atlantic published".
var cueAfter = set("reported reports reporting revealed published publishes wrote cited quoted obtained learned")

func set(list string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(list) {
		m[w] = true
	}
	return m
}

// OutletCue reports whether the words around a name say it is a news
// outlet: prev2 and prev are the two words before the name (a "the"
// before the name already skipped), next the word after it, all lower
// case ("" for none or for punctuation). "told the Hill", "according to
// the Independent", "in an interview with the Atlantic", "the Hill
// reported", "Intercept reporters" are cues; "across the Atlantic", "on
// the Hill" and "an independent panel" are not.
func OutletCue(prev2, prev, next string) bool {
	return cueBefore[prev] || cueVerbs[prev][prev2] || cueAfter[next] || next != "" && Word(next) && !Plain(next)
}
