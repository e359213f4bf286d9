package nlp

import (
	"strings"
	"sync"

	"github.com/newsgraph/newsgraph/internal/model"
)

// placeWordPersons makes a person of a two-word name that holds a place's
// name where the words around it say a person is meant: "Emeka Kano said"
// (Kano a Nigerian city), "said Chad Okoro", "Jordan Otieno, a spokesman for
// the opposition,", "lawyer Georgia Banda", "Police arrested Emeka Kano".
// The tagger and the gazetteer read such a name as a place, or split the
// place's word off it, and the place then acts or is acted on in the
// person's stead.
//
// One word of the pair is a known place and the other is shaped like a
// person's name and no place, nationality, title or word of an
// organisation's or a place's name (objectNameWords). A place's word first
// must also be a given name ("Jordan", "Chad", "Georgia": firstName), as a
// person's given name comes first; a place's word last is the family name
// after any given name, known or not ("Emeka Kano"). A word that begins
// the names of places ("New", "Greater", "North", "San") before a place is
// that place's part, and a name the knowledge base holds whole ("Sri
// Lanka", "Santa Monica") is left to it.
//
// The person's context (placePersonContext) is a reporting verb after the
// name ("said", "told", "who"), a reporting verb or "according to" before
// it, a lower-case role word before it ("lawyer Emeka Kano"), a verb whose
// object is a person before it (personObjectVerbs), or an apposition after
// it that is a role or an age ("Emeka Kano, 34," / ", a nurse,"). A name
// so found is a person wherever else the document names it ("Emeka Kano
// condemned the arrest"), and its family name alone is one in a person's
// context ("Kano told reporters"), not after a preposition of place ("in
// Kano") nor before a role ("Kano governor").
func placeWordPersons(sents, tags [][]string, place, notPerson func([]string) bool, firstName, role, demonym func(string) bool, sports bool) {
	names := map[[2]string]bool{}
	family := map[string]bool{}
	for s, ws := range sents {
		ts := tags[s]
		for i := 0; i+1 < len(ws); i++ {
			if !placeWordPair(ws, ts, i, place, notPerson, firstName, demonym) {
				continue
			}
			if !placePersonContext(ws, i, i+2, role, sports) {
				continue
			}
			names[[2]string{ws[i], ws[i+1]}] = true
			if place(ws[i+1 : i+2]) {
				family[ws[i+1]] = true
			}
		}
	}
	if len(names) == 0 {
		return
	}
	for s, ws := range sents {
		ts := tags[s]
		for i := 0; i+1 < len(ws); i++ {
			if names[[2]string{ws[i], ws[i+1]}] && pairBounded(ws, i) && ts[i] != "O" && ts[i+1] != "O" && spanType(ts, i, i+2) != model.EntityPerson {
				placeSpan(ts, i, i+2, model.EntityPerson)
				i++
			}
		}
		forSpans(ts, func(typ string, i, j int) {
			if j != i+1 || typ == model.EntityPerson || !family[ws[i]] || i > 0 && placePrep[strings.ToLower(ws[i-1])] {
				return
			}
			if i+1 < len(ws) && (role(ws[i+1]) || personRoles[ws[i+1]]) {
				return // "Kano governor Abba Yusuf": the place of the office
			}
			if placePersonSaid(ws, i, j) {
				ts[i] = "B-" + model.EntityPerson
			}
		})
	}
}

// placeWordPair reports whether ws[i], ws[i+1] are a two-word name, neither
// word part of a longer run of capitalised words, that the tags read as a
// place at least in part, with one word a known place's name and the other
// a person's name's word (see placeWordPersons).
func placeWordPair(ws, ts []string, i int, place, notPerson func([]string) bool, firstName, demonym func(string) bool) bool {
	a, b := ws[i], ws[i+1]
	if !pairBounded(ws, i) || !capitalised(a) || !capitalised(b) {
		return false
	}
	if !strings.HasSuffix(ts[i], model.EntityGPE) && !strings.HasSuffix(ts[i], model.EntityLoc) &&
		!strings.HasSuffix(ts[i+1], model.EntityGPE) && !strings.HasSuffix(ts[i+1], model.EntityLoc) {
		return false
	}
	// A word the tagger left out of the name is as likely an ordinary
	// word ("First Chicago said", a bank).
	if ts[i] == "O" || ts[i+1] == "O" || spanType(ts, i, i+2) == model.EntityPerson {
		return false
	}
	if strings.HasPrefix(ts[i], "I-") || i+2 < len(ts) && strings.HasPrefix(ts[i+2], "I-") {
		return false // inside a longer name ("University of ...")
	}
	if place(ws[i:i+2]) || notPerson(ws[i:i+2]) {
		return false
	}
	pa, pb := place(ws[i:i+1]), place(ws[i+1:i+2])
	la, lb := strings.ToLower(a), strings.ToLower(b)
	switch {
	case pa && !pb:
		// "Jordan Otieno": a given name that is also a place's.
		return firstName(a) && !placePairHeads[lb] && objectNameWords(ws[i+1:i+2], demonym, place) && !notPerson(ws[i+1:i+2])
	case pb && !pa:
		// "Emeka Kano": a family name that is also a place's.
		if compassWords[la] || saintWords[la] || placeNameOpeners[la] || placePairHeads[lb] {
			return false
		}
		return objectNameWords(ws[i:i+1], demonym, place) && !notPerson(ws[i:i+1])
	}
	return false
}

// pairBounded reports whether ws[i:i+2] is a run of capitalised words of
// its own: no capitalised word touches it on either side, but for the
// capitalised first word of a sentence before it.
func pairBounded(ws []string, i int) bool {
	if i+2 < len(ws) && capitalised(ws[i+2]) {
		return false
	}
	return i == 0 || !capitalised(ws[i-1])
}

// placeNameOpeners begin the names of places before a place's own name
// ("Greater Accra", "New Kano", "Port Harcourt", "Lake Victoria"), and of
// banks named after their city ("First Chicago").
var placeNameOpeners = wordSet(`greater new old little great grand mount mt. fort port cape lake el al la le los las
	upper lower inner outer metropolitan first`)

// placePairHeads end the names of places, teams and bodies after a place's
// own name ("Kano State", "Jordan Valley", "Georgia Tech", "Chad Basin"),
// besides placeHeads and orgHeads.
var placePairHeads = wordSet(`state states province region district county city town valley basin delta plateau
	coast tech pillars rovers united`)

// placePersonContext reports whether the words around ws[i:j] say that a
// person is named there (see placeWordPersons).
func placePersonContext(ws []string, i, j int, role func(string) bool, sports bool) bool {
	if placePersonSaid(ws, i, j) {
		return true
	}
	if i > 0 {
		p := ws[i-1]
		if !capitalised(p) && (role(p) || personRoles[p]) {
			return true // "lawyer Emeka Kano"
		}
		if personObjectVerbs[p] && !(sports && meetingVerbs[p]) {
			return true // "Police arrested Emeka Kano"
		}
	}
	return placeApposition(ws, j, role)
}

// placePersonSaid reports whether ws[i:j] is the speaker of a reporting
// verb right after or before it ("Emeka Kano said", "said Chad Okoro",
// "according to Jordan Otieno"), or is followed by "who".
func placePersonSaid(ws []string, i, j int) bool {
	if j < len(ws) && (reportingAfter[ws[j]] || j+1 < len(ws) && ws[j] == "," && ws[j+1] == "who") {
		return true
	}
	if i > 0 && reportingBefore[ws[i-1]] {
		return true
	}
	return i > 1 && ws[i-2] == "according" && ws[i-1] == "to"
}

// reportingAfter are the verbs, and the relative pronoun, that only a
// person (or a body of people) stands before.
var reportingAfter = wordSet(`said says told tells added adds wrote writes explained recalled testified admitted
	insisted argued who`)

// reportingBefore are the reporting verbs written before their speaker
// ("said Chad Okoro").
var reportingBefore = wordSet(`said says added asked wrote`)

// kinNouns name a person by a relative: an apposition with one describes
// a person ("Emeka Kano, the victim's brother,").
var kinNouns = wordSet(`mother father son daughter wife husband widow widower brother sister uncle aunt
	cousin nephew niece grandmother grandfather`)

// placeApposition reports whether an apposition after the name, at ws[j],
// describes a person: an age between commas ("Emeka Kano, 34,") or a noun
// phrase opened by a determiner whose words, before any preposition or
// clause, hold a role or a relative ("Jordan Otieno, a spokesman for the
// opposition,"; not "Kano, a city of four million people,").
func placeApposition(ws []string, j int, role func(string) bool) bool {
	if j+2 >= len(ws) || ws[j] != "," {
		return false
	}
	if allDigits(ws[j+1]) && ws[j+2] == "," {
		return true
	}
	switch strings.ToLower(ws[j+1]) {
	case "a", "an", "the", "his", "her", "their", "its":
	default:
		return false
	}
	for k := j + 2; k < len(ws) && k < j+8; k++ {
		w := ws[k]
		if w == "," || w == "." || functionWords[w] && w != "'s" {
			return false
		}
		if !capitalised(w) && (role(w) || kinNouns[w]) && !strings.HasSuffix(w, "s") && w != "people" {
			return true
		}
	}
	return false
}

var (
	firstNameOnce sync.Once
	firstNameSet  map[string]bool
)

// firstName reports whether w is a given name: one the knowledge base
// gives to one sex, or a common first name of data/first-names.txt
// ("Jordan", given to both).
func (an *Analyzer) firstName(w string) bool {
	if an.givenName(w) {
		return true
	}
	firstNameOnce.Do(func() {
		firstNameSet = map[string]bool{}
		for _, line := range strings.Split(firstNames, "\n") {
			if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
				firstNameSet[line] = true
			}
		}
	})
	return firstNameSet[w]
}
