package nlp

import "strings"

// Capitals named alone. News names a government by its capital ("Manila
// invoked the treaty", "Pyongyang fired a missile"), and the tagger,
// seeing an unknown word open a sentence before a verb, often calls it a
// person: "Manila" became a person actor. A national capital's name is
// almost never a person's on its own, so a person's span that is exactly
// a capital's name (one word, or the whole of "Addis Ababa") is a place,
// unless something says a person is meant: the name is a given name
// ("Victoria", "Santiago"), the knowledge base knows it as a person, a
// longer person's name in the document holds its words ("Denzel
// Washington ... Washington said"), or a title stands before it. The
// resolver then reads the capital as its country's government where it
// acts. Sports reports are left alone: there a city's name is often its
// club.

// capitalsArePlaces retypes person spans naming a national capital as
// GPE, as described above, unless sports. capital reports whether words
// name a national capital, givenName whether a word is a given name, and
// person whether the knowledge base knows a name as a person's.
func capitalsArePlaces(sents, tags [][]string, capital func([]string) bool, givenName, person func(string) bool, sports bool) {
	if sports {
		return
	}
	// Words of longer persons' names, and words after a title.
	inName := map[string]bool{}
	for si, ws := range sents {
		forSpans(tags[si], func(typ string, i, j int) {
			if typ != "PER" {
				return
			}
			if j-i >= 2 && !capital(ws[i:j]) {
				for _, w := range ws[i:j] {
					inName[w] = true
				}
			}
			if i > 0 {
				if p := strings.ToLower(ws[i-1]); personTitles[p] || ambiguousTitles[p] || royalTitles[p] || honorifics[p] {
					inName[ws[i]] = true
				}
			}
		})
	}
	for si, ws := range sents {
		ts := tags[si]
		forSpans(ts, func(typ string, i, j int) {
			if typ != "PER" || !capital(ws[i:j]) || givenName(ws[i]) || person(strings.Join(ws[i:j], " ")) {
				return
			}
			for _, w := range ws[i:j] {
				if inName[w] || !capitalised(w) {
					return
				}
			}
			setSpan(ts, i, j, "GPE")
		})
	}
}
