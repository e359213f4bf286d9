package nlp

import (
	"slices"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/internal/kb"
)

// untaggedKnownNames tags names the tagger left out altogether although
// the knowledge base lists them. The tagger learnt names from their
// context and shape; a one-word name it rarely saw, opening a sentence
// ("Likud voted ...", "The PRC sent ...") or after a preposition ("in
// Antwerp"), gets no tag, and a mention with no tag is never
// resolved. Two cases, both for words the POS tagger reads as proper
// nouns (so a capitalised common word opening a sentence, "Reading the
// report", "Total sales", is left alone) and standing apart from other
// capitalised words (so no part of a longer name the tagger missed is
// cut out of it):
//   - a run the gazetteer tags exactly as an organisation (a listed
//     party, body or company) or as a country (a name or an alias), or
//     as another GPE after a preposition of place;
//   - a lone word that is a city of the knowledge base, after a
//     preposition of place ("in", "near", "outside": placeSlotPreps),
//     or after a verb of attack or capture ("shells pounded Kharkiv",
//     "rebels captured Aleppo": strikeVerbs), and
//     no given name ("in Florence" is left to the tagger).
//
// written reports whether the knowledge base lists words as written,
// case and all: the gazetteer matches without case, and "Plan" or "App",
// capitalised words of a heading or of German copy, are no "PLAN" (China's
// navy) or "APP" (Pakistan's news agency). demonym reports nationality
// words; pos tags the sentence's words; it is called only when a candidate is
// found.
func untaggedKnownNames(words, tags, gaz []string, country, written func([]string) bool, city, given, demonym func(string) bool, pos func([]string) []string) {
	var ptags []string
	proper := func(i, j int) bool {
		if ptags == nil {
			if pos == nil {
				return false
			}
			ptags = pos(words)
		}
		for k := i; k < j; k++ {
			if ptags[k] != "NNP" && ptags[k] != "NNPS" {
				return false
			}
		}
		return true
	}
	// apart reports whether [i,j) has no capitalised word right before it
	// (but the sentence's first) nor right after it.
	apart := func(i, j int) bool {
		if i > 1 && capitalised(words[i-1]) {
			return false
		}
		if i == 1 && capitalised(words[0]) && !functionWords[strings.ToLower(words[0])] {
			return false
		}
		return j == len(words) || !capitalised(words[j])
	}
	for i := 0; i < len(words); i++ {
		if tags[i] != "O" || !capitalised(words[i]) || len(words[i]) < 2 {
			continue
		}
		if typ, j, ok := spanAt(gaz, i); ok && (typ == "GPE" || typ == "ORG") {
			// A nationality's word the gazetteer also lists as its
			// country ("Saudi") is mostly the adjective.
			// A region's or a town's name is often a person's or a
			// work's as well ("Constantine", "Batman"): it needs a
			// place's slot; a country's name or alias does not.
			placeSlot := typ == "ORG" || country(words[i:j]) || i > 0 && placeSlotPreps[strings.ToLower(words[i-1])]
			if placeSlot && written(words[i:j]) && allO(tags[i:j]) && allCapitalised(words[i:j]) && !(j == i+1 && demonym(words[i])) && apart(i, j) && proper(i, j) {
				setSpan(tags, i, j, typ)
				i = j - 1
			}
			continue
		}
		if i > 0 && (placeSlotPreps[strings.ToLower(words[i-1])] || strikeVerbs[strings.ToLower(words[i-1])]) && gaz[i] == "" &&
			city(words[i]) && !given(words[i]) && apart(i, i+1) && proper(i, i+1) {
			tags[i] = "B-GPE"
		}
	}
}

// strikeVerbs, in the past, take the place struck or taken as their
// object ("an air strike hit Antwerp", "shells pounded Kharkiv", "rebels
// captured Aleppo", "troops retook Kherson"); a person struck or captured
// is named with a given name, which the rule leaves alone.
var strikeVerbs = wordSet(`hit struck shelled bombed pounded captured recaptured seized retook overran besieged stormed raided`)

// Many city names are English words too (Split, Nice, Mobile, Reading),
// capitalised after "in" as a title or a brand is. As in the event coder's
// untagged cities (internal/events/untagged.go), a city's word is taken
// only when it keeps company with place names in the word clusters
// (clusters.PlaceWords: "antwerp" and "kharkiv", not "split" or "nice"),
// or when the models' own vocabulary says it is a name and no common word:
// the NER model learnt it as a name (its word's weights lean to an entity
// tag, as "rafah"'s do), and the POS model, which keeps rows for common
// words, has none for it or one leaning to a proper noun ("split", "nice",
// "mobile" lean to adjectives, "reading" to a noun).

// placeLikeCity reports whether w is a city of the knowledge base whose
// lower-case word lies in a cluster rich in city names, or which the
// taggers know as a name and not as a common word (namedInVocabulary).
func (an *Analyzer) placeLikeCity(w string) bool {
	return an.kb != nil && an.knownCity(w) && (an.places.PlaceLike(kb.Normalize(w)) || an.namedInVocabulary(w))
}

// namedInVocabulary reports whether the NER model's weights for w alone
// favour an entity tag and the POS model's do not favour a common word's.
func (an *Analyzer) namedInVocabulary(w string) bool {
	if an.ner == nil || an.pos == nil {
		return false
	}
	if c, ok := an.ner.WordClass(w); !ok || c == "O" {
		return false
	}
	c, ok := an.pos.WordClass(w)
	return !ok || c == "NNP" || c == "NNPS"
}

// listedAsWritten reports whether words, joined by spaces, are the name or
// an alias of an actor of the knowledge base exactly as written.
func (an *Analyzer) listedAsWritten(words []string) bool {
	if an.kb == nil {
		return false
	}
	text := strings.Join(words, " ")
	for _, a := range an.kb.LookupNorm(kb.Normalize(text), time.Time{}) {
		if a.Name == text || slices.Contains(a.Aliases, text) {
			return true
		}
	}
	return false
}
