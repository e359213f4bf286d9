package nlp

import "strings"

// placeOfficeWords are offices of a region or a city written in lower
// case after the place's name and before the holder's: "Saratov governor
// Igor Kozlov", "Kursk mayor Pavel Orlov".
var placeOfficeWords = wordSet(`governor mayor governor-elect mayor-elect`)

// placeOfficials makes the name before a lower-case "governor" or "mayor"
// and a person's name a place when the knowledge base knows it as one:
// "Saratov governor Igor Kozlov", "Belgorod governor Vyacheslav Gladkov".
// The tagger, reading two capitalised names around one lower-case word,
// took the place for a person or an organisation, and the official lost
// his region (and with it his country). known reports whether words name
// a place. A name the knowledge base does not know as a place stays as
// tagged ("Trump adviser" is no place, nor a company's "Acme governor").
func placeOfficials(words, tags []string, known func([]string) bool) {
	for k := 1; k+1 < len(words); k++ {
		if !placeOfficeWords[words[k]] || !capitalised(words[k+1]) || tags[k+1] != "B-PER" {
			continue
		}
		a := k
		for a > 0 && k-a < 3 && nameShaped(words[a-1]) {
			a--
		}
		if a == k || k-a > 2 {
			continue
		}
		if strings.HasPrefix(tags[a], "I-") || tags[a] == "B-LOC" || tags[a] == "B-GPE" || !known(words[a:k]) {
			continue
		}
		if tags[k] != "O" {
			continue
		}
		setSpan(tags, a, k, "GPE")
	}
}
