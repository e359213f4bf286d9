package timex

import (
	"slices"
	"strings"
)

// A report tells a scheduled event in the simple present: "The summit opens
// on Friday", "Talks begin in Doha on Monday", "The vote takes place on
// Sunday". A present verb that starts, ends or holds an event, right before
// its date, puts the date ahead of the day of writing as "will" does; a
// report tells a past event in the past tense.

// scheduledVerbs start, end or hold an event at a set time, in the third
// person singular; scheduledBase has their plural forms ("talks begin").
var scheduledVerbs = map[string]bool{
	"opens": true, "reopens": true, "begins": true, "starts": true, "resumes": true, "convenes": true,
	"closes": true, "ends": true, "expires": true, "meets": true, "takes": true, "kicks": true, "gets": true,
	"comes": true, "enters": true, "lapses": true, "runs": true, "concludes": true, "wraps": true,
	"votes": true, "goes": true, "heads": true, "holds": true, "applies": true,
}

var scheduledBase = map[string]bool{
	"open": true, "reopen": true, "begin": true, "start": true, "resume": true, "convene": true,
	"close": true, "end": true, "expire": true, "meet": true, "take": true, "kick": true, "get": true,
	"come": true, "enter": true, "lapse": true, "run": true, "conclude": true, "wrap": true,
	"vote": true, "go": true, "head": true, "hold": true, "apply": true,
}

// scheduledParticle is the word a phrasal scheduling verb needs after it:
// "takes place", "kicks off", "gets under way", and for a law or a measure
// "takes effect", "comes into force", "enters into force". Without it the
// verb is another ("takes control", "gets support", "comes home"). A
// term "runs out" and a meeting "wraps up" the same way.
var scheduledParticle = map[string][]string{
	"takes": {"place", "effect"}, "take": {"place", "effect"}, "kicks": {"off"}, "kick": {"off"},
	"gets": {"under"}, "get": {"under"}, "comes": {"into"}, "come": {"into"}, "enters": {"into"},
	"enter": {"into"},
	"runs":  {"out"}, "run": {"out"}, "wraps": {"up"}, "wrap": {"up"},
	// A country "goes" or "heads to the polls", its voters "go to the
	// polls": the day of a vote.
	"goes": {"to"}, "go": {"to"}, "heads": {"to"}, "head": {"to"},
	// A rule "applies from Monday": the day it starts to bind; it
	// "applies to" whom it binds.
	"applies": {"from"}, "apply": {"from"},
}

// scheduledPresent says whether lows[i], a word before the expression's
// first word pos, is a present verb that schedules the dated event. The
// third person form must not follow a determiner, a preposition or a
// possessive, where it is a plural noun ("the starts", "two opens"); the
// plural form must follow a plural noun or a subject pronoun ("talks
// begin", "polls open", "they meet"), not "to" or a negation ("agreed to
// begin", "did not begin": no tense of its own, or a past one). "Opens
// fire" is the act of shooting, told in the present only in headlines.
func scheduledPresent(lows []string, i, pos int) bool {
	if i >= pos || pos-i > 6 {
		return false
	}
	lw := lows[i]
	if lw == "is" || lw == "are" {
		return copulaOn(lows, i, pos)
	}
	third := scheduledVerbs[lw]
	if !third && !scheduledBase[lw] || i == 0 {
		return false
	}
	next := ""
	if i+1 < len(lows) {
		next = lows[i+1]
	}
	if ps, ok := scheduledParticle[lw]; ok && !slices.Contains(ps, next) {
		return false
	}
	if (lw == "holds" || lw == "hold") && !heldEvent(lows[i+1:pos]) {
		return false // "holds appeal to voters", "holds a majority"
	}
	if next == "fire" {
		return false
	}
	prev := lows[i-1]
	if nounDeterminer[prev] || nounPreps[prev] || prev == "to" || prev == "not" || prev == "never" ||
		prev == "did" || prev == "didn't" || prev == "t" || prev == "would" {
		return false
	}
	if third {
		return !(len(prev) > 2 && (prev[len(prev)-2:] == "'s"))
	}
	if (lw == "go" || lw == "head") && i+3 < len(lows) && lows[i+2] == "the" && lows[i+3] == "polls" {
		// "voters in Chile go to the polls": the phrase is the verb's
		// whatever word ends its subject.
		return true
	}
	return subjectPronoun[prev] || pluralNoun(prev) || pluralBeforePlace(lows, i)
}

// pluralNoun says a lower-case word looks like a plural noun: "talks",
// "polls", not "gas" or "Paris's".
func pluralNoun(w string) bool {
	return len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != '\'' && w[len(w)-2] != 's'
}

// placePreps open the place phrase that may stand between a plural
// subject and its verb: "schools in Manila reopen", "markets across Asia
// open", "talks in the Qatari capital resume".
var placePreps = map[string]bool{"in": true, "at": true, "across": true, "around": true, "throughout": true}

// auxiliaries are the forms of "be", "have" and "do" a verb or an
// adjective may follow.
var auxiliaries = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true,
	"has": true, "have": true, "had": true, "do": true, "does": true, "did": true,
}

// complementPreps open a phrase that completes a plural subject before a
// place phrase: "tariffs on steel in Brazil apply", "prices of fuel in
// Kenya rise", "visas for students in Canada expire".
var complementPreps = map[string]bool{"on": true, "of": true, "for": true}

// pluralBeforePlace says the plural verb lows[i] follows a plural noun and
// a place phrase of one to three words: "Schools in Manila reopen on
// Monday" is a plan, as "Schools reopen on Monday" is. The noun may have a
// phrase of its own before the place ("New tariffs on steel in Brazil
// apply from Friday"): the plural is then the word before that phrase's
// preposition, within six words of the verb.
func pluralBeforePlace(lows []string, i int) bool {
	if prev := lows[i-1]; auxiliaries[prev] || verbModals[prev] {
		return false // "offices in Accra are open": an adjective
	}
	place := false
	for k := i - 2; k >= 1 && k >= i-6; k-- {
		switch {
		case placePreps[lows[k]]:
			if pluralNoun(lows[k-1]) {
				return true
			}
			if k < i-4 {
				return false
			}
			place = true
		case place && complementPreps[lows[k]]:
			return pluralNoun(lows[k-1])
		case clauseWords[lows[k]] || pastForm(lows[k]):
			return false
		}
	}
	return false
}

// scheduledBefore says a scheduling present verb stands in the few words
// that end right before a date (before is the sentence up to it): "opens
// on", "begin in Doha on". Said of the weekday of writing, such a date is
// that day, as a timetable for the day reads ("The summit opens on
// Wednesday", written on a Wednesday), not a week ahead.
func scheduledBefore(before string) bool {
	ws := wordsOf(before)
	lows := make([]string, len(ws))
	for i, w := range ws {
		lows[i] = strings.ToLower(w)
	}
	n := len(lows)
	for k := n - 1; k >= 0 && k >= n-6; k-- {
		if scheduledPresent(lows, k, n) {
			return true
		}
		if clauseWords[lows[k]] || futureCue[lows[k]] || pastForm(lows[k]) {
			return false
		}
	}
	return false
}

// copulaOn says lows[i], "is" or "are", puts the date that starts at word
// pos right after "on": "The second round is on January 27", "the talks
// are on Monday" hold an event at a set day as "takes place on" does. The
// date must follow "on" at once ("the focus is on jobs, with data due on
// Friday" dates the data), and the subject must be no expletive ("it is on
// Monday that ...", "there is on Friday a vote" tell no schedule).
//
// A scheduled event's noun right before the copula does without the "on":
// "The deadline is April 30", "the vote is Monday" (see copulaDate). And a
// possessive date is none of the copula's: in "the focus is on Monday's
// vote" the "on" is the focus's, and the vote's Monday is left to the tense.
func copulaOn(lows []string, i, pos int) bool {
	if i == 0 || possessiveAt(lows, pos) {
		return false
	}
	if pos == i+1 && (i+1 >= len(lows) || lows[i+1] != "on") {
		return copulaDate(lows[i-1])
	}
	if i+1 >= len(lows) {
		return false
	}
	if lows[i+1] != "on" || pos != i+1 && pos != i+2 {
		return false
	}
	switch lows[i-1] {
	case "it", "there", "that", "what", "which", "this":
		return false
	}
	return true
}

// copulaSubjects are the nouns of an event held or falling due on a set day,
// which with "is" or "are" right before a date ("The deadline is April 30",
// "The elections are May 3", "The trial is Monday") tell the day ahead as
// "will be" does; "was" tells it past. A noun of a day that recurs or of
// no event ("her birthday is April 30", "today is Monday") is none.
var copulaSubjects = map[string]bool{
	"deadline": true, "deadlines": true, "vote": true, "votes": true, "election": true, "elections": true,
	"summit": true, "hearing": true, "hearings": true, "trial": true, "referendum": true, "runoff": true,
	"ballot": true, "inauguration": true, "sentencing": true, "arraignment": true, "poll": true,
	"polls": true, "primary": true, "debate": true, "launch": true,
}

// copulaDate says the word before "is" or "are", right before a date, names
// a scheduled event (see copulaSubjects).
func copulaDate(subject string) bool {
	return copulaSubjects[subject]
}

// possessiveAt says the date's word at pos is a possessive: "Monday's" (one word
// with a straight apostrophe), or "Monday" and "s" where a curly one split
// them.
func possessiveAt(lows []string, pos int) bool {
	if pos >= 0 && pos+1 < len(lows) && lows[pos] == "on" {
		pos++ // the weekday's match takes its "on" in
	}
	if pos < 0 || pos >= len(lows) {
		return false
	}
	w := lows[pos]
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || pos+1 < len(lows) && lows[pos+1] == "s"
}

// heldEvent says the words after "holds" (up to the expression) name an
// event held, as its object: "holds a parliamentary election", "hold
// talks", "holds its policy meeting". What else a body holds (a majority,
// appeal, rates) is no event on a day.
func heldEvent(ws []string) bool {
	for k, w := range ws {
		if k >= 4 {
			break
		}
		if scheduledNouns[w] || eventNouns[w] {
			return true
		}
	}
	return false
}
