package events

import "strings"

// placedParticiple returns the token before the places that stand between
// an -ing participle at i and the verb of its clause ("Protesters gathered
// outside the Congress in Lima demanding new elections": the token is
// "gathered"), or -1. Only places told with a preposition of place may
// stand there, and the token before them must be a finite verb: the
// participle then adjoins the main clause and shares its subject, as one
// after a comma or a time adjunct does, instead of taking the place
// nearest to it as its doer. An object between ("fired on students in
// Lima demanding ...") is read by placedNoun.
func placedParticiple(toks []tok, ms []mention, i int) int {
	end := placesBefore(toks, ms, i)
	// "Protesters gathered in Lima": the tagger may read the past form
	// as a participle; a lower-case one is the clause's verb all the same.
	if end < 1 || !(finiteVerb(toks[end-1]) || toks[end-1].pos == "VBN" && !isCap(toks[end-1].text)) {
		return -1
	}
	return end - 1
}

// placedNoun returns the mention of the noun that the places before an -ing
// participle at i follow ("fired tear gas at students in Santiago demanding
// free education": the students, who demand), or -1.
func placedNoun(toks []tok, ms []mention, i int) int {
	end := placesBefore(toks, ms, i)
	if end < 1 {
		return -1
	}
	for q := range ms {
		if ms[q].j == end && usable(ms[q]) {
			return q
		}
	}
	return -1
}

// placesBefore returns the index of the preposition that opens the run of
// places told with prepositions of place right before the -ing participle
// at i ("outside the Congress in Lima"), or -1 when no such place is there.
func placesBefore(toks []tok, ms []mention, i int) int {
	if i < 2 || !strings.HasSuffix(toks[i].low, "ing") || !(toks[i].pos == "" || toks[i].pos == "VBG") {
		return -1
	}
	end := i
	moved := false
	for {
		at := -1
		for q := range ms {
			if ms[q].j == end && ms[q].kind != "pronoun" && ms[q].kind != "role" {
				at = q
				break
			}
		}
		if at < 0 {
			// "outside the education ministry in Asuncion", "outside
			// returning officers' offices in Lahore": a building told
			// with a preposition of place is a place too, whether or
			// not a mention names it.
			if k := buildingBefore(toks, end); k >= 0 {
				end = k
				moved = true
				continue
			}
			break
		}
		p := prepBefore(toks, ms[at].i)
		if !locPreps[p] {
			return -1
		}
		k := ms[at].i - 1
		for k >= 0 && determiners[toks[k].low] {
			k--
		}
		if k < 1 || toks[k].low != p {
			return -1
		}
		end = k
		moved = true
	}
	if !moved {
		return -1
	}
	return end
}

// buildingWords are the nouns of buildings and sites that a crowd stands
// outside of, marches to or gathers at: told with a preposition of place
// they say where, never who.
var buildingWords = wordSet("building buildings office offices headquarters ministry ministries embassy embassies consulate " +
	"mission palace residence parliament legislature assembly senate congress capitol kremlin court courthouse courts " +
	"hall station compound gate gates square stadium hospital prison jail barracks base school university campus " +
	"factory plant mine port airport commission secretariat chancellery")

// buildingPreps are the prepositions that place a crowd by a building.
var buildingPreps = wordSet("outside inside at near to toward towards around opposite beside")

// buildingBefore returns the index of the preposition that opens a
// building's noun phrase ending right before token end ("outside the
// education ministry", "to the presidential palace", "in front of the
// offices"), or -1. Only words that are no finite verb or punctuation may
// stand between the preposition and the building: determiners,
// possessives, modifiers ("returning officers' offices").
func buildingBefore(toks []tok, end int) int {
	h := end - 1
	if h < 1 || !buildingWords[toks[h].low] {
		return -1
	}
	for k := h - 1; k >= 0 && k >= h-5; k-- {
		l := toks[k].low
		if buildingPreps[l] {
			return k
		}
		if l == "of" && k >= 2 && toks[k-1].low == "front" && toks[k-2].low == "in" {
			return k - 2
		}
		if l == "'s" || l == "'" || l == "’" || l == "’s" {
			continue
		}
		if isPunct(l) || finiteVerb(toks[k]) {
			return -1
		}
	}
	return -1
}
