package nlp

import "strings"

// Cities named like people. Many large cities share their name with a
// given name (Milan, Florence, Charlotte, Austin, Sydney, Salvador), and
// the tagger, seeing such a word alone at the start of a sentence, often
// calls it a person ("Milan and Munich are among the candidates": Milan
// PER). A lone word that the knowledge base knows as a large city, that no
// full name in the document holds and no title stands before, is the city
// throughout the document when it stands where a place does somewhere:
// coordinated with a place ("Milan and Munich", "Lyon, Milan and Munich";
// two names the tagger both calls persons are left alone: "Sydney and
// Austin" may be two people) or after a preposition of place ("in Milan").
// Sports reports are left to markTeams: there a city's name is often its
// club. A smaller town the knowledge base knows (town) needs the stronger
// sign of a list of places after a preposition of place ("officials in
// Jabalia, Khan Younis and Rafah said": the tagger calls the last member,
// before the verb, a person): the preposition governs the whole list.

// placeSlotPreps take a place after them and hardly ever a person.
var placeSlotPreps = wordSet(`in near outside around across via into inside`)

// placeGoals take a place as their object and a person hardly ever:
// "fighting reached Dessie", "rebels seized Kombolcha".
var placeGoals = wordSet(`reached`)

// placeOwners, before "of", take a place: "residents of Dessie", "the
// outskirts of Kombolcha", "the town of Dessie".
var placeOwners = wordSet(`residents inhabitants outskirts town city village`)

// townSlot reports whether the word at i sits where only a place goes,
// firmly enough that a town of the knowledge base too small for the
// bare prepositions (city) is read as the place even when the word is
// also a given name ("Fighting reached Dessie", "residents of Dessie").
func townSlot(ws []string, i int) bool {
	if i > 0 && placeGoals[strings.ToLower(ws[i-1])] {
		return true
	}
	return i > 1 && ws[i-1] == "of" && placeOwners[strings.ToLower(ws[i-2])]
}

// coordinators join the members of a list.
var coordinators = wordSet(`and or , &`)

// citiesArePlaces retypes lone PER and ORG mentions of large cities as GPE
// as described above, unless sports (sportsDocument(sents)). country
// reports whether words name a country, city whether a word is a large
// city's name, town whether it is any city's name.
func citiesArePlaces(sents, tags [][]string, country func([]string) bool, city, town func(string) bool, sports bool) {
	if !sports {
		citiesArePlacesIn(sents, tags, country, city, town)
	}
}

func citiesArePlacesIn(sents, tags [][]string, country func([]string) bool, city, town func(string) bool) {
	// Signs of a person: a word of a full name, or a word after a title.
	person := map[string]bool{}
	for si, ws := range sents {
		forSpans(tags[si], func(typ string, i, j int) {
			if typ == "PER" && j-i >= 2 {
				for _, w := range ws[i:j] {
					person[w] = true
				}
			}
			if j == i+1 && i > 0 {
				if p := strings.ToLower(ws[i-1]); personTitles[p] || ambiguousTitles[p] || royalTitles[p] {
					person[ws[i]] = true
				}
			}
		})
	}
	lone := func(ws, ts []string, i int) bool {
		return ts[i] != "O" && strings.HasPrefix(ts[i], "B-") && (i+1 == len(ts) || !strings.HasPrefix(ts[i+1], "I-"))
	}
	candidate := func(ws, ts []string, i int) bool {
		typ := ts[i][2:]
		return (typ == "PER" || typ == "ORG") && lone(ws, ts, i) && capitalised(ws[i]) && !person[ws[i]] &&
			(city(ws[i]) || town != nil && town(ws[i]) && townSlot(ws, i))
	}
	// place reports whether the span [a, b) is a place for the candidate
	// at i: tagged as one, a country, or a large city's lone name unless
	// both are tagged as persons.
	place := func(ws, ts []string, a, b, i int) bool {
		typ := ts[a][2:]
		switch {
		case typ == "GPE" || typ == "LOC":
			return true
		case country(ws[a:b]):
			return true
		case b == a+1 && capitalised(ws[a]) && !person[ws[a]] && city(ws[a]):
			return !(typ == "PER" && ts[i] == "B-PER")
		}
		return false
	}
	// placeList reports whether the lone mention at i ends a list of
	// names ("Jabalia, Khan Younis and Rafah") that follows a preposition
	// of place and holds a tagged place or a country.
	placeList := func(ws, ts []string, i int) bool {
		a, hasPlace := i, false
		for a >= 2 && coordinators[strings.ToLower(ws[a-1])] && ts[a-2] != "O" {
			b := a - 1
			a -= 2
			for a > 0 && strings.HasPrefix(ts[a], "I-") {
				a--
			}
			if typ := ts[a][2:]; typ == "GPE" || typ == "LOC" || country(ws[a:b]) {
				hasPlace = true
			}
		}
		return hasPlace && a > 0 && placeSlotPreps[strings.ToLower(ws[a-1])]
	}
	townInList := func(ws, ts []string, i int) bool {
		typ := ts[i][2:]
		return (typ == "PER" || typ == "ORG") && lone(ws, ts, i) && capitalised(ws[i]) && !person[ws[i]] &&
			town != nil && town(ws[i]) && placeList(ws, ts, i)
	}
	cities := map[string]bool{}
	for changed := true; changed; {
		changed = false
		for si, ws := range sents {
			ts := tags[si]
			for i := range ws {
				if !strings.HasPrefix(ts[i], "B-") {
					continue
				}
				// A mention the tagger already calls a place in a place's
				// slot is evidence too ("in Berlin, Milan and Lyon" ...
				// "Milan was the biggest").
				tagged := (ts[i] == "B-GPE" || ts[i] == "B-LOC") && lone(ws, ts, i) && !cities[ws[i]] &&
					capitalised(ws[i]) && !person[ws[i]] && city(ws[i])
				listed := !tagged && townInList(ws, ts, i)
				if !tagged && !listed && !candidate(ws, ts, i) {
					continue
				}
				slot := listed || i > 0 && placeSlotPreps[strings.ToLower(ws[i-1])] || townSlot(ws, i)
				// The name before the list word, and the one after.
				if !slot && i >= 2 && coordinators[ws[i-1]] && ts[i-2] != "O" {
					a := i - 2
					for a > 0 && strings.HasPrefix(ts[a], "I-") {
						a--
					}
					slot = place(ws, ts, a, i-1, i)
				}
				if !slot && i+2 < len(ws) && coordinators[ws[i+1]] && strings.HasPrefix(ts[i+2], "B-") {
					slot = place(ws, ts, i+2, spanEnd(ts, i+2), i)
				}
				switch {
				case slot && tagged:
					cities[ws[i]] = true
				case slot:
					cities[ws[i]] = true
					ts[i] = "B-GPE"
					changed = true
				}
			}
		}
	}
	if len(cities) == 0 {
		return
	}
	for si, ws := range sents {
		ts := tags[si]
		for i := range ws {
			if cities[ws[i]] && (ts[i] == "B-PER" || ts[i] == "B-ORG") && lone(ws, ts, i) {
				ts[i] = "B-GPE"
			}
		}
	}
}

// placeNameHeads end places' names and no person's: "Carson City",
// "Orange County", "Ellis Island", "Harrow Street". Words that end
// persons' names too are left out ("Park", "Bay", "Lake", "Beach",
// "Hill").
var placeNameHeads = wordSet(`city county island islands river valley street avenue airport`)

// placeHeadedPersons retypes as a place a person's span of two words or
// more that ends in a place's head: the tagger, knowing "Carson" as a name,
// calls "Carson City" a person, and no one is named "City". A span after
// an honorific stays a person (titledPersons runs later and decides).
func placeHeadedPersons(words, tags []string) {
	forSpans(tags, func(typ string, i, j int) {
		if typ == "PER" && j-i >= 2 && capitalised(words[j-1]) && placeNameHeads[strings.ToLower(words[j-1])] {
			setSpan(tags, i, j, "LOC")
		}
	})
}

// placeNamePersons retypes as a place a person's span of two words or
// more whose words are, as a whole, the name of a place the knowledge base
// knows (place): the tagger reads "Khan Younis" or "Deir al-Balah" as a
// person because "Khan" and "Younis" are parts of people's names, but no
// one is known by a city's full name. A span whose first word is a given
// name stays a person, as regions named after people keep theirs
// ("Francisco Morazán" the man, not the Honduran department), and so does
// a span the knowledge base knows as a person (person) or one after an
// honorific.
func placeNamePersons(words, tags []string, place func([]string) bool, given, person func(string) bool) {
	forSpans(tags, func(typ string, i, j int) {
		if typ != "PER" || j-i < 2 || given(words[i]) || person(strings.Join(words[i:j], " ")) {
			return
		}
		if i > 0 {
			if p := strings.ToLower(words[i-1]); personTitles[p] || ambiguousTitles[p] || royalTitles[p] {
				return
			}
		}
		if place(words[i:j]) {
			setSpan(tags, i, j, "GPE")
		}
	})
}
