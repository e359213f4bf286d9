package nlp

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/model"
)

// Names spelled like common words. Some family names are written like an
// English pronoun: the Chinese family name He (何: Vice Premier He Lifeng,
// Vice Foreign Minister He Yadong), and the tagger, which has seen "He" as a
// pronoun thousands of times, leaves it out and keeps only the given name.
// And some given and family names are months (May, June, April, August):
// once "Theresa May" is in the article, the document-level rules carry
// "May" to the month in "elections will be held in May".

// pronounFamilyNames are family names spelled like a subject pronoun.
var pronounFamilyNames = map[string]bool{"He": true}

// familyNamesLikePronouns takes a capitalised "He" into the person's span that
// begins right after it: a subject pronoun is never followed directly by a
// person's name ("He Lifeng said", "Vice Premier He Lifeng"), while "He
// said" has a verb there. The tagger's reading of the next word as a
// person's is the evidence, in title case too ("He Lifeng met Janet Yellen
// in Beijing" has every long word capitalised); a name in capitals is left
// alone ("HE SAID").
func familyNamesLikePronouns(words, tags []string) {
	for i := 0; i+1 < len(words); i++ {
		if !pronounFamilyNames[words[i]] || tags[i] != "O" || tags[i+1] != "B-"+model.EntityPerson ||
			!capitalised(words[i+1]) || allCaps(words[i+1]) {
			continue
		}
		// A given name of one or two words: "He Lifeng", "He Yadong".
		j := spanEnd(tags, i+1)
		if j-(i+1) > 2 {
			continue
		}
		setSpan(tags, i, j, model.EntityPerson)
		i = j - 1
	}
}

// verbGivenNames are given names spelled like a capitalised speech verb:
// Said (Arabic and Somali, "Puntland President Said Abdullahi Deni").
var verbGivenNames = map[string]bool{"Said": true}

// givenNamesLikeVerbs takes a capitalised "Said" into the person's span
// right after it when a title stands before it: "President Said Abdullahi
// Deni condemned" has the name after the title, and a verb would not stand
// between a title and the holder's name ("President said" has no name
// after it). A span running on into more capitals is left alone: a
// headline in title case ("Minister Said Ann Lee Quit") says nothing.
func givenNamesLikeVerbs(words, tags []string) {
	for i := 1; i+1 < len(words); i++ {
		if !verbGivenNames[words[i]] || tags[i] != "O" || tags[i+1] != "B-"+model.EntityPerson ||
			!capitalised(words[i+1]) || allCaps(words[i+1]) {
			continue
		}
		title := strings.ToLower(words[i-1])
		if !capitalised(words[i-1]) || !(personTitles[title] || holderTitles[title] || ambiguousTitles[title]) {
			continue
		}
		j := spanEnd(tags, i+1)
		if j-(i+1) > 2 || j < len(words) && capitalised(words[j]) {
			continue
		}
		setSpan(tags, i, j, model.EntityPerson)
		i = j - 1
	}
}

// months are the names of the months, lower-cased.
var months = wordSet(`january february march april may june july august september october november december`)

// datePrepositions put a month after them: "in May", "since June", "early
// April". Prepositions that also put a person after them ("a speech by
// May", "after May resigned") count only before a day or a year.
var datePrepositions = wordSet(`in since until till during through throughout early late mid last next this
	each every`)

// monthsAreDates untags a one-word person span that is a month's name
// written as a date: after a preposition of time ("held in May", "since
// June") unless a possessive follows ("in May's speech"), or with a day or
// a year beside it ("May 5", "May 2019", "5 May").
func monthsAreDates(words, tags []string) {
	forSpans(tags, func(typ string, i, j int) {
		if typ != model.EntityPerson || j != i+1 || !months[strings.ToLower(words[i])] {
			return
		}
		date := false
		switch {
		case j < len(words) && dayOrYear(words[j]):
			date = true
		case i > 0 && dayOrYear(words[i-1]) && len(words[i-1]) <= 2:
			date = true
		case i > 0 && datePrepositions[strings.ToLower(words[i-1])]:
			date = j == len(words) || words[j] != "'s" && words[j] != "’s"
		}
		if date {
			tags[i] = "O"
		}
	})
}

// dayOrYear reports whether w is a day of the month (1-31, "5th") or a
// year of four digits.
func dayOrYear(w string) bool {
	w = strings.TrimRight(w, ",")
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if s, ok := strings.CutSuffix(w, suf); ok && s != "" {
			w = s
			break
		}
	}
	if !allDigits(w) {
		return false
	}
	switch len(w) {
	case 1:
		return w != "0"
	case 2:
		return w >= "01" && w <= "31"
	case 4:
		return w >= "1000"
	}
	return false
}
