package nlp

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/model"
)

// placeArticles are the definite articles that open Spanish, Portuguese,
// Galician, French and Italian place names: "La Paz", "Las Palmas",
// "A Coruña", "Le Havre", "El Paso", "Los Angeles".
var placeArticles = wordSet(`A O La Las Los El Le Les Il Lo`)

// articlePlaces makes a Romance article and the capitalised words after it
// one place when the whole is a place of the knowledge base and the tagger
// read it otherwise: in an address line ("Arteixo, A Coruña, Spain") it
// tags "Coruña" alone as an organisation and leaves "A" out. Only a run
// the tagger's spans do not go past is retyped ("La Paz Hospital" stays),
// and not in a sports report, where "Las Palmas" is the club.
func articlePlaces(words, tags []string, place func([]string) bool, sports bool) {
	if sports {
		return
	}
	for i := 0; i+1 < len(words); i++ {
		if !placeArticles[words[i]] || strings.HasPrefix(tags[i], "I-") {
			continue
		}
		for j := min(len(words), i+4); j > i+1; j-- {
			if !capitalised(words[j-1]) || !hasAlnum(words[j-1]) || j < len(words) && strings.HasPrefix(tags[j], "I-") {
				continue
			}
			if j < len(words) && capitalised(words[j]) && hasAlnum(words[j]) {
				continue // the name goes on
			}
			if !allCapitalOrLinks(words[i+1:j]) || !place(words[i:j]) {
				continue
			}
			if spanType(tags, i, j) == model.EntityLoc || spanType(tags, i, j) == model.EntityGPE {
				break // read whole as a place already
			}
			setSpan(tags, i, j, model.EntityLoc)
			i = j - 1
			break
		}
	}
}

// allCapitalOrLinks reports whether ws are capitalised words, with "de",
// "del" or "la" between them ("Las Palmas de Gran Canaria").
func allCapitalOrLinks(ws []string) bool {
	for k, w := range ws {
		if capitalised(w) && hasAlnum(w) {
			continue
		}
		if k > 0 && k+1 < len(ws) && (w == "de" || w == "del" || w == "la" || w == "do" || w == "da") {
			continue
		}
		return false
	}
	return true
}

// saintPlaceCues are the nouns that, right after a saint's name or after
// "is a", say it names a place: "St François is a commune", "Saint Louis
// port".
var saintPlaceCues = wordSet(`town village commune city parish port harbour harbor county district
	municipality island suburb`)

// saintPlaceAfter are the lowercase words that may follow "<Saint name>,
// <Country>" without the closing comma a news sentence often leaves out:
// a preposition of time or place or a conjunction ("hit St François,
// Guadeloupe on Monday", "in Saint Pierre, Canada and nearby"). A noun
// after the country ("St George, England captain") is no such word.
var saintPlaceAfter = wordSet("on in at near and after before during overnight late early where when")

// saintCommaPlaces makes a saint word and the capitalised words after it
// a place where what follows says so: a comma and a country or a region
// of the knowledge base ("St Francois, France,", "Saint Francois,
// Guadeloupe"), or a place noun ("St François is a commune", "the St
// Pierre harbour"). The tagger reads the given name after "St" as a
// person, and "Saint Francois" whole as one. A saint's name with no such
// cue ("St Francis said in his sermon") keeps the tagger's reading.
func saintCommaPlaces(words, tags []string, place func([]string) bool) {
	for i := 0; i+1 < len(words); i++ {
		if !saintWord(words[i]) || !capitalised(words[i]) || strings.Contains(words[i], "-") || strings.HasPrefix(tags[i], "I-") {
			continue
		}
		j := i + 1
		for j < len(words) && j-i <= 3 && capitalised(words[j]) && hasAlnum(words[j]) && !functionWords[strings.ToLower(words[j])] {
			j++
		}
		if j == i+1 || j >= len(words) || strings.HasPrefix(tags[j], "I-") {
			continue
		}
		if !saintPlaceCue(words, j, place) {
			continue
		}
		if t := spanType(tags, i, j); t == model.EntityLoc || t == model.EntityGPE {
			i = j - 1
			continue
		}
		setSpan(tags, i, j, model.EntityLoc)
		i = j - 1
	}
}

// saintPlaceCue reports whether the words from j on say that the name
// before them is a place: ", Country" / ", Region" ending at a comma, a
// full stop or the sentence's end, a place noun, or "is a" and one.
func saintPlaceCue(words []string, j int, place func([]string) bool) bool {
	w := strings.ToLower(words[j])
	if saintPlaceCues[w] {
		return true
	}
	if (w == "is" || w == "was") && j+2 < len(words) && (words[j+1] == "a" || words[j+1] == "an") {
		for k := j + 2; k < len(words) && k <= j+4; k++ {
			if saintPlaceCues[strings.ToLower(words[k])] {
				return true
			}
		}
		return false
	}
	if words[j] != "," {
		return false
	}
	for e := j + 2; e <= len(words) && e <= j+4; e++ {
		if e < len(words) && words[e] != "," && words[e] != "." && words[e] != ";" && !saintPlaceAfter[words[e]] {
			continue
		}
		if allCapitalOrLinks(words[j+1:e]) && place(words[j+1:e]) {
			return true
		}
	}
	return false
}
