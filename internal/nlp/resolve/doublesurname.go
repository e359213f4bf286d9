package resolve

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/kb"
)

// doubleSurname returns the person named earlier in the document whose
// name ends in the two words of key: Portuguese and Spanish names carry
// two family names, and copy shortens "Walter Souza Braga Netto" to
// "Braga Netto", "Ana María García Pérez" to "García Pérez". The article
// has said who that is; a namesake the knowledge base holds under a
// shorter full name is not preferred to it. Only a name of three words
// or more can be shortened so; the latest such person wins.
func (d *docState) doubleSurname(key string) *link {
	words := strings.Fields(key)
	if len(words) != 2 {
		return nil
	}
	ps := d.personsWith[words[1]]
	for i := len(ps) - 1; i >= 0; i-- {
		p := d.persons[ps[i]]
		n := len(p.words)
		if n >= 3 && p.words[n-2] == words[0] && p.words[n-1] == words[1] {
			return p
		}
	}
	return nil
}

// doubleSurnameKB returns the person the knowledge base holds under the
// first given name and the last two family names of name, a name of four
// words or more it does not hold in full: "Walter Souza Braga Netto" is
// the "Walter Braga Netto" it knows (the mother's family name dropped, as
// the knowledge base's sources often write it). Only a person's entry whose
// normalised name is exactly that shorter form is taken.
func (d *docState) doubleSurnameKB(name string) *kb.Actor {
	words := strings.Fields(kb.Normalize(name))
	for len(words) > 1 && honorific[words[0]] {
		words = words[1:]
	}
	n := len(words)
	if n < 4 || n > 5 {
		return nil
	}
	short := words[0] + " " + words[n-2] + " " + words[n-1]
	var found *kb.Actor
	for _, a := range d.s.kb.LookupNorm(short, d.date) {
		if a.Type != kb.TypePerson || kb.Normalize(a.Name) != short {
			continue
		}
		if found != nil && found.ID != a.ID {
			return nil // two namesakes: neither is sure
		}
		found = a
	}
	return found
}
