package nlp

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/model"
)

// Military ranks and hyphenated given names before a person's name. The
// tagger, trained on text where "Colonel" and "Frank-Walter" are rare,
// reads a rank written out in full as an organisation of its own and runs
// the name after it into one ("[Colonel] [Oleh Bondar]" as ORG), and
// leaves a compound given name out of the person ("Frank-Walter
// [Steinmeier]", or nothing at all). A rank is a title: outside the name,
// as the CoNLL and OntoNotes guidelines and cutTitles keep titles.

// rankWords are military and police ranks that name no organisation, place
// or thing when written before a name.
var rankWords = wordSet(`colonel lieutenant lieutenant-colonel sergeant admiral brigadier corporal commodore
	brigadier-general major-general lieutenant-general sergeant-major vice-marshal`)

// ambiguousRanks are ranks that also begin other names ("General Motors",
// "Major League", "Captain America", "Commander-in-Chief"): they count as
// a rank only after another rank ("Lieutenant General") or before a known
// given name ("Captain Tom Moore").
var ambiguousRanks = wordSet(`general major captain marshal commander`)

// rankModifiers stand before a rank in the same title: "Rear Admiral",
// "Vice Admiral", "Staff Sergeant", "Field Marshal", and the air forces'
// "Air Marshal", "Air Chief Marshal".
var rankModifiers = wordSet(`rear vice staff master field air chief`)

// namedAfterHeads end names of things named after an officer that
// orgHeads and placeHeads leave out: "Admiral Nimitz Museum", "General
// Lee Barracks".
var namedAfterHeads = wordSet(`museum building hall barracks base academy class`)

// commandTitles are lower-case words for a command that stand before an
// officer's rank and name in apposition: "Pakistan's army chief General
// Sahir Shamshad Mirza", "the junta leader General Min Aung Hlaing". After
// one, an ambiguous rank is the rank ("General Motors" follows no "army
// chief").
//
// A military spokesman is an officer too, named with his rank after his
// post ("army spokesman General Sylvain Ekenge", "the military
// spokeswoman Major Jane Roe"); no company or league name follows the
// post word itself (a company's spokesman is "a General Motors
// spokesman").
var commandTitles = wordSet(`chief chiefs commander head leader ruler strongman spokesman spokeswoman spokesperson`)

// commandTitleBefore reports whether a lower-case command title stands
// right before words[i].
func commandTitleBefore(words []string, i int) bool {
	return i > 0 && !capitalised(words[i-1]) && commandTitles[words[i-1]]
}

// rankedPersons makes the one to three capitalised words after a rank a
// person and the rank no entity: "Army spokesman Colonel Oleh Bondar",
// "Major General Ivan Petrov", "Rear Admiral Jane Roe". The name ends at
// the first word that is not capitalised or is a rank; a name ending like
// an organisation's or a place's ("General Motors Building") is left
// alone. given reports whether a word is a known given name.
func rankedPersons(words, tags []string, given func(string) bool) {
	for i := 0; i < len(words); i++ {
		// The rank phrase words[i:r].
		r, sure := i, false
		for r < len(words) && capitalised(words[r]) {
			lw := strings.ToLower(words[r])
			if rankWords[lw] {
				sure = true
			} else if !ambiguousRanks[lw] && !rankModifiers[lw] {
				break
			}
			r++
		}
		if r == i || rankModifiers[strings.ToLower(words[r-1])] || r >= len(words) {
			continue
		}
		if !sure && r-i < 2 && !given(words[r]) && !personRunsOn(words, tags, r) && !commandTitleBefore(words, i) {
			// "General Motors", "Major League"; "Major General Ivan
			// Petrov" has two ranks, "Captain Tom Moore" a given name,
			// "General Sahir Shamshad Mirza" a name the tagger sees a
			// person in past its first word.
			i = r - 1
			continue
		}
		e := r
		for e < len(words) && e-r < 3 && capitalised(words[e]) && !allCaps(words[e]) && !functionWords[strings.ToLower(words[e])] {
			if lw := strings.ToLower(words[e]); personTitles[lw] || holderTitles[lw] || honorifics[lw] || ambiguousTitles[lw] {
				e = r // "Lieutenant Governor Kathy Hochul": another title
				break
			}
			e++
		}
		if e == r || e < len(words) && capitalised(words[e]) {
			// No name, or a longer capitalised run than a name.
			i = r - 1
			continue
		}
		last := strings.ToLower(words[e-1])
		if orgHeads[last] || placeHeads[last] || namedAfterHeads[last] {
			i = e - 1
			continue
		}
		if spanType(tags, r, e) == model.EntityPerson && allO(tags[i:r]) {
			i = e - 1
			continue // the tagger read it right
		}
		for k := i; k < r; k++ {
			tags[k] = "O"
		}
		placeSpan(tags, r, e, model.EntityPerson)
		i = e - 1
	}
}

// personRunsOn reports whether the capitalised name after an ambiguous
// rank at words[r] is a person to the tagger past its first word:
// "General [Sahir]ORG [Shamshad Mirza]PER", a name of two or three words
// whose given name the knowledge base lacks. A company or a league named
// with the rank ("General Motors Korea", "Major League Soccer") is no
// person to it.
func personRunsOn(words, tags []string, r int) bool {
	for k := r + 1; k < len(words) && k-r < 3 && capitalised(words[k]) && !allCaps(words[k]) && !functionWords[strings.ToLower(words[k])]; k++ {
		if strings.HasSuffix(tags[k], "-PER") {
			return true
		}
	}
	return false
}

// hyphenGivenPersons makes a compound given name ("Frank-Walter",
// "Hans-Peter", "Jean-Marc") and the one or two capitalised words after it
// a person: both its parts are given names (given, or compoundGivenParts),
// which no place or company name ("Baden-Württemberg", "Mercedes-Benz",
// "Harley-Davidson") has.
func hyphenGivenPersons(words, tags []string, given func(string) bool) {
	for k := 0; k+1 < len(words); k++ {
		parts := strings.Split(words[k], "-")
		if len(parts) != 2 || !capitalised(parts[0]) || !capitalised(parts[1]) || allCaps(words[k]) {
			continue
		}
		if !givenPart(parts[0], given) || !givenPart(parts[1], given) || rankOrTitle(parts[0]) || rankOrTitle(parts[1]) {
			continue // "Major-General" is a rank, though both halves are given names
		}
		e := k + 1
		for e < len(words) && e-k <= 2 && capitalised(words[e]) && !allCaps(words[e]) && !functionWords[strings.ToLower(words[e])] {
			e++
		}
		if e == k+1 {
			continue
		}
		last := strings.ToLower(words[e-1])
		if orgHeads[last] || placeHeads[last] {
			continue
		}
		if t, end, ok := spanAt(tags, k+1); ok && t == model.EntityPerson && end > e {
			e = end // the tagger's person runs on ("Jean-Marie Le Pen")
		}
		if spanType(tags, k, e) == model.EntityPerson {
			continue
		}
		placeSpan(tags, k, e, model.EntityPerson)
		k = e - 1
	}
}

// compoundGivenParts are given names common in French and German compound
// given names that the knowledge base's list, drawn from U.S. births,
// leaves out for being given to both sexes there or rare.
var compoundGivenParts = wordSet(`jean heinz`)

// rankOrTitle reports whether w is a rank or a person's title.
func rankOrTitle(w string) bool {
	lw := strings.ToLower(w)
	return rankWords[lw] || ambiguousRanks[lw] || rankModifiers[lw] || personTitles[lw] || holderTitles[lw] || ambiguousTitles[lw]
}

func givenPart(w string, given func(string) bool) bool {
	return given(w) || compoundGivenParts[strings.ToLower(w)]
}

// spanType returns the type of the entity span that is exactly tags[i:j],
// "" when tags[i:j] is no single span.
func spanType(tags []string, i, j int) string {
	t, end, ok := spanAt(tags, i)
	if !ok || end != j {
		return ""
	}
	return t
}

// placeSpan sets tags[i:j] to one span of typ and keeps the tags after it
// well formed: a span the new one cut into begins afresh at j.
func placeSpan(tags []string, i, j int, typ string) {
	setSpan(tags, i, j, typ)
	if j < len(tags) && strings.HasPrefix(tags[j], "I-") {
		tags[j] = "B-" + tags[j][2:]
	}
}

// splitRolePersons joins a name the tagger split in two right after a
// lower-case word for a person's role (personRoles): "regional prefect
// [Thierry]ORG [Bonnier]PER" is one person, as a role written in lower
// case is followed by the person who has it (see rolePersons). The first
// part is one capitalised word, no acronym, and the whole at most three.
// The tagger also splits a three-word name into two persons ("parliament
// speaker [Mahinda Yapa]PER [Abeywardena]PER"): two person spans touching
// after such a role are one person too, as no one writes two people's
// names side by side without a comma or "and".
func splitRolePersons(words, tags []string) {
	forSpans(tags, func(typ string, i, j int) {
		if i == 0 || !roleBeforeName(words, i-1) || !capitalised(words[i]) || allCaps(words[i]) {
			return
		}
		if typ == model.EntityPerson && j-i > 2 || typ != model.EntityPerson && j-i != 1 {
			return
		}
		if j == len(tags) {
			return
		}
		t, end, ok := spanAt(tags, j)
		if !ok || t != model.EntityPerson || end-i > 3 {
			return
		}
		for _, w := range words[i:end] {
			if typ == model.EntityPerson && (!capitalised(w) || allCaps(w)) {
				return // two persons' parts must all read as names
			}
		}
		setSpan(tags, i, end, model.EntityPerson)
	})
}
