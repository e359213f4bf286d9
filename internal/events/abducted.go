package events

import (
	"github.com/newsgraph/newsgraph/internal/kb"
)

// Seizing people is taking them, not their property: CAMEO 171 ("seize
// or damage property") fits "seized two tankers", and "seized the
// engineers" is an abduction (CAMEO 181, PLOVER ASSAULT, mode abduct, as
// the CAMEO-to-PLOVER table in data/cameo.tsv maps it), as "kidnapped the
// engineers" is.

// seizedPeopleNouns are common nouns for people who are abducted in news
// copy and that the knowledge base's role words (an office, trade or side)
// do not list. Plurals are listed as written.
var seizedPeopleNouns = map[string]bool{
	"engineer": true, "engineers": true, "worker": true, "workers": true, "hostage": true, "hostages": true,
	"tourist": true, "tourists": true, "civilian": true, "civilians": true, "villager": true, "villagers": true,
	"passenger": true, "passengers": true, "crew": true, "crewmen": true, "crewmembers": true, "sailor": true, "sailors": true,
	"fisherman": true, "fishermen": true, "student": true, "students": true, "schoolgirls": true, "schoolboys": true,
	"schoolchildren": true, "child": true, "children": true, "pupils": true, "teacher": true, "teachers": true,
	"nurse": true, "nurses": true, "priest": true, "priests": true, "missionary": true, "missionaries": true,
	"nun": true, "nuns": true, "foreigner": true, "foreigners": true, "national": true, "nationals": true,
	"citizen": true, "citizens": true, "resident": true, "residents": true, "contractor": true, "contractors": true,
	"employee": true, "employees": true, "traveller": true, "travellers": true, "traveler": true, "travelers": true,
	"migrant": true, "migrants": true, "refugee": true, "refugees": true, "farmer": true, "farmers": true,
	"trader": true, "traders": true, "worshippers": true, "people": true, "family": true, "relatives": true,
	"wife": true, "husband": true, "son": true, "sons": true, "daughter": true, "daughters": true,
	// Those held ("beat inmates in Cairo", "shot detainees in Gaza") are
	// people acted on where they are held, as civilians are: the place
	// gives them its country and is no party itself.
	"inmate": true, "inmates": true, "prisoner": true, "prisoners": true, "detainee": true, "detainees": true,
	"captive": true, "captives": true, "abductee": true, "abductees": true,
}

// seizedPersonPronouns stand for a person as a verb's object. "Them" may
// be things seized ("seized two tankers and searched them") and is left
// out.
var seizedPersonPronouns = map[string]bool{"him": true, "her": true}

// seizedPeople says whether the direct object of the verb at t (the
// subject of a passive one) is people: a named person, a person's role
// ("the mayor", "two soldiers") or a noun for people ("the engineers"),
// or the pronoun "him" or "her".
func (c *Coder) seizedPeople(toks []tok, ms []mention, t *trigger) bool {
	if t.passive {
		// "The engineers were seized": the head noun before the
		// auxiliaries.
		k := t.i - 1
		for k >= 0 && collapseAux[toks[k].low] {
			k--
		}
		return k >= 0 && k < t.i-1 && c.personHead(toks, ms, k)
	}
	j := t.j
	if j >= len(toks) {
		return false
	}
	if seizedPersonPronouns[toks[j].low] {
		// "her" is a determiner before a noun ("seized her passport").
		return toks[j].low == "him" || j+1 >= len(toks) || !headNoun(toks[j+1]) || timeWords[toks[j+1].low]
	}
	// The phrase runs to its head: past determiners, numbers, a
	// partitive "of", modifiers and mentions of a country or side
	// ("two of the Chinese engineers").
	head := -1
	for k := j; k < len(toks) && k <= j+6; k++ {
		l := toks[k].low
		partitive := l == "of" && k > j && (quantityWord(toks[k-1].low) || isNumber(toks[k-1].low))
		if isPunct(toks[k].text) || objPreps[l] && !partitive || locPreps[l] || l == "and" || l == "after" || l == "during" || l == "while" || timeWords[l] || verbLike(toks[k]) && k > j {
			break
		}
		head = k
	}
	return head >= 0 && c.personHead(toks, ms, head)
}

// personHead says whether the phrase ending at token k names people: a
// mention of a person, or a people noun or individual role word.
func (c *Coder) personHead(toks []tok, ms []mention, k int) bool {
	for _, m := range ms {
		if m.i <= k && k < m.j {
			if k != m.j-1 {
				return false
			}
			if m.kind == "person" || m.kind == "name" {
				return true
			}
			// "the mayor of Melitopol": an office's holder is a role
			// mention, a person when the role word is an individual's
			// (below), not a body's ("the police").
			if m.kind != "role" {
				return false
			}
			break
		}
	}
	l := toks[k].low
	if personNouns[l] || seizedPeopleNouns[l] {
		return true
	}
	if c.kb == nil || isCap(toks[k].text) {
		return false
	}
	ri, ok := c.kb.RoleNorm(kb.Normalize(l))
	return ok && !ri.Group
}

// outsiderPeopleWords name people who are by that word from elsewhere:
// visitors and foreigners, not the country's own.
var outsiderPeopleWords = map[string]bool{
	"tourist": true, "tourists": true, "foreigner": true, "foreigners": true, "foreign": true,
	"expatriate": true, "expatriates": true, "visitor": true, "visitors": true,
}

// outsiderPeopleObject says whether the direct object after token j is
// people named by no actor (see unnamedPeopleObject) whom a word calls
// outsiders: "four tourists", "two foreign aid workers".
func outsiderPeopleObject(toks []tok, ms []mention, j int) bool {
	if !unnamedPeopleObject(toks, ms, j) {
		return false
	}
	for k := j; k < len(toks) && k <= j+6; k++ {
		l := toks[k].low
		if isPunct(toks[k].text) || l == "on" || l == "in" || l == "from" || l == "after" || l == "to" || l == "at" || l == "who" || l == "that" || timeWords[l] {
			return false
		}
		if outsiderPeopleWords[l] {
			return true
		}
	}
	return false
}
