package nlp

import (
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/internal/model"
)

// Persons named as the object of a verb that takes people.
//
// The tagger reads a name it has never seen by its letters, and an African
// or Asian name the training copy lacked often comes out an organisation:
// "Police arrested [Kizza Besigye]ORG", "[Kizza]ORG [Besigye]PER". The verb
// before it settles it: one arrests, detains, frees, abducts, sentences,
// interviews, meets, appoints, sacks or elects a person (an organisation is
// at most charged, met or freed in a figure of speech, and then it has a
// word that says so: Bank, Party, Group). So a short capitalised name right
// after such a verb is a person when nothing in it names an organisation,
// a place, a title or a date, the knowledge base knows it as no
// organisation or place, and the words after it end the object (a
// preposition, a time word, punctuation) rather than make the name a
// modifier ("arrested Kenya Airways staff") or an owner ("met Kenya's").

// personObjectVerbs are the forms of verbs whose object is a person.
var personObjectVerbs = wordSet(`arrest arrests arrested detain detains detained release releases released
	free frees freed kidnap kidnaps kidnapped abduct abducts abducted sentence sentences sentenced
	charge charges charged interview interviews interviewed meet meets met appoint appoints appointed
	sack sacks sacked elect elects elected`)

// meetingVerbs also take teams ("Barcelona meet Real Sociedad"), so they
// settle nothing in a sports report.
var meetingVerbs = wordSet(`meet meets met`)

// nonPersonNameWords are words that put a name among organisations, bodies
// or things rather than persons, besides orgHeads.
var nonPersonNameWords = wordSet(`international corporation corp capital partners motors energy technologies
	technology securities media network networks army police forces force front movement brigade brigades
	court government council assembly parliament congress senate republic state states authority
	organisation organization airport port city province region district county industries group`)

// objectFollowers are the lower-case words that may follow an object name
// and end it: prepositions, conjunctions and time words.
var objectFollowers = wordSet(`over without amid during near outside following late early earlier last
	under into alongside along together shortly briefly again also just days hours weeks overnight`)

// objectPersons makes a capitalised name of two or three words right after
// a verb that takes people a person (see above), and then every mention of
// the same name in the document that the tagger called an organisation or
// split in two. notPerson reports whether words name a known non-person
// (knowledge base organisation, place or city); place whether they name a
// known place; demonym whether a word is a nationality's. sports turns off
// the meeting verbs.
func objectPersons(sents, tags [][]string, notPerson, place func([]string) bool, demonym func(string) bool, sports bool) {
	names := map[string]bool{}
	for s, words := range sents {
		ts := tags[s]
		for v := 0; v+2 < len(words); v++ {
			lv := words[v]
			if capitalised(lv) || !personObjectVerbs[lv] || sports && meetingVerbs[lv] {
				continue
			}
			i := v + 1
			e := i
			for e < len(words) && capitalised(words[e]) {
				e++
			}
			if e-i < 2 || e-i > 3 || !objectEnds(words, e) {
				continue
			}
			if !objectNameWords(words[i:e], demonym, place) || notPerson(words[i:e]) {
				continue
			}
			if !orgOrPersonTags(ts, i, e) {
				continue
			}
			names[strings.Join(words[i:e], " ")] = true
		}
	}
	if len(names) == 0 {
		return
	}
	for s, words := range sents {
		ts := tags[s]
		for i := 0; i < len(words); i++ {
			for n := 3; n >= 2; n-- {
				e := i + n
				if e > len(words) || !names[strings.Join(words[i:e], " ")] {
					continue
				}
				if e < len(words) && capitalised(words[e]) || i > 0 && capitalised(words[i-1]) && strings.HasPrefix(ts[i], "I-") {
					continue // part of a longer name
				}
				if orgOrPersonTags(ts, i, e) {
					placeSpan(ts, i, e, model.EntityPerson)
					i = e - 1
					break
				}
			}
		}
	}
}

// objectEnds reports whether words[e] ends an object name: the sentence's
// end, punctuation other than a possessive, or a lower-case function word,
// preposition or time word.
func objectEnds(words []string, e int) bool {
	if e == len(words) {
		return true
	}
	w := words[e]
	if w == "'s" || w == "’s" || w == "'" || w == "’" {
		return false
	}
	if !strings.ContainsAny(w[:1], "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") && !capitalised(w) {
		return true // punctuation
	}
	return functionWords[w] || objectFollowers[w]
}

// objectNameWords reports whether every word of ws can be a word of a
// person's name: a capitalised word of letters that is no acronym, title,
// organisation word, month, weekday, nationality or known place.
func objectNameWords(ws []string, demonym func(string) bool, place func([]string) bool) bool {
	for _, w := range ws {
		lw := strings.ToLower(w)
		if allCaps(w) || !lettersOnly(w) {
			return false
		}
		if orgHeads[lw] || nonPersonNameWords[lw] || placeHeads[lw] || namedAfterHeads[lw] {
			return false
		}
		if personTitles[lw] || holderTitles[lw] || honorifics[lw] || ambiguousTitles[lw] || rankWords[lw] {
			return false
		}
		if months[lw] || functionWords[lw] || demonym(w) || place([]string{w}) {
			return false
		}
	}
	return true
}

// lettersOnly reports whether w is letters, with hyphens or apostrophes
// inside ("Abu-Bakr", "O'Neill").
func lettersOnly(w string) bool {
	for i, r := range w {
		switch {
		case r == '-' || r == '\'' || r == '’':
			if i == 0 {
				return false
			}
		case !unicode.IsLetter(r):
			return false
		}
	}
	return true
}

// orgOrPersonTags reports whether tags[i:e] are one or more ORG and PER
// spans that begin at i and end at e, at least one of them ORG: the tagger
// saw a name there and typed some of it wrong.
func orgOrPersonTags(tags []string, i, e int) bool {
	if !strings.HasPrefix(tags[i], "B-") || e < len(tags) && strings.HasPrefix(tags[e], "I-") {
		return false
	}
	org := false
	for k := i; k < e; k++ {
		t := tags[k]
		if len(t) < 2 {
			return false
		}
		switch t[2:] {
		case model.EntityOrg:
			org = true
		case model.EntityPerson:
		default:
			return false
		}
	}
	return org
}
