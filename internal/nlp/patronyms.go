package nlp

import "strings"

// patronymParticles join a given name to the father's name in Arabic and
// Malay names: "Mohammed bin Salman", "Siti Aminah binti Yusof", "Noura
// bint Faisal", "Ahmad ibn Hanbal" ("binte" is Singapore's spelling). Written
// in lower case between capitalised words, the particle is only ever part of
// a person's name; the tagger, reading one word at a time, knows "bin" from
// Gulf royals but not "binti", and calls "Siti Aminah binti Yusof" an
// organisation or splits a name in a list ("[Ahmad] and [Zulkifli bin
// Hassan]").
var patronymParticles = wordSet(`bin binti binte bint ibn`)

// patronymHeads are words that end an organisation's, a building's or a
// prize's name after a patronymic name ("Hamad bin Khalifa University",
// "King Abdullah bin Abdulaziz Airport"): such a run is no person.
var patronymHeads = wordSet(`airport mosque stadium hospital street road avenue bridge park centre
	center prize award city port highway causeway square palace hall academy complex`)

// patronymPersons makes a run of capitalised words around a lower-case
// patronymic particle one person's name: "[Nur Aisyah binti Ahmad
// Zulkifli]" from an organisation and a person. The run stops at titles
// (cutTitles is the one to read "Sheikh"), possessives, function words and
// place or nationality words before it; a run that names a body or a
// building ("... University"), or lies inside a longer span of another
// type, is left as the tagger read it.
func patronymPersons(words, tags []string) {
	for k := 1; k+1 < len(words); k++ {
		if !patronymParticles[words[k]] || !capitalised(words[k+1]) || !patronymNameWord(words[k-1], tags[k-1]) {
			continue
		}
		a := k - 1
		for a > 0 && patronymNameWord(words[a-1], tags[a-1]) {
			a--
		}
		b := k + 1
		for b < len(words) {
			switch {
			case capitalised(words[b]) && !strings.Contains(words[b], "'"):
				b++
				continue
			case nameParticles[words[b]] && b+1 < len(words) && capitalised(words[b+1]):
				b++
				continue
			case strings.HasPrefix(words[b], "al-") || strings.HasPrefix(words[b], "el-"):
				b++
				continue
			}
			break
		}
		// A person's span the tagger began before the run (at a title it
		// took in) or ran on past it is kept whole; shapePersons cuts
		// the title.
		for a > 0 && tags[a] == "I-PER" {
			a--
		}
		for b < len(tags) && tags[b] == "I-PER" {
			b++
		}
		if patronymBlocked(words, tags, a, b) {
			k = b - 1
			continue
		}
		setSpan(tags, a, b, "PER")
		k = b - 1
	}
}

// patronymNameWord reports whether w, tagged tag, can begin or continue the
// given names before a patronymic particle.
func patronymNameWord(w, tag string) bool {
	lw := strings.ToLower(w)
	if !capitalised(w) || allCaps(w) && len(w) > 1 || strings.Contains(w, "'") || functionWords[lw] ||
		personTitles[lw] || holderTitles[lw] || ambiguousTitles[lw] || royalTitles[lw] {
		return false
	}
	typ := strings.TrimPrefix(strings.TrimPrefix(tag, "B-"), "I-")
	return typ == "O" || typ == "PER" || typ == "ORG" || typ == "MISC"
}

// patronymBlocked reports whether words[a:b] is no person's name: it holds
// an organisation's or a building's head word, or a span of another type
// runs into it from before a or on past b.
func patronymBlocked(words, tags []string, a, b int) bool {
	for _, w := range words[a:b] {
		if lw := strings.ToLower(w); orgHeads[lw] || patronymHeads[lw] {
			return true
		}
	}
	if strings.HasPrefix(tags[a], "I-") && tags[a] != "I-PER" {
		return true
	}
	return b < len(tags) && strings.HasPrefix(tags[b], "I-")
}
