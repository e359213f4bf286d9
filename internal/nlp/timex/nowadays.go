package timex

import (
	"strings"
	"unicode"
)

// eraNouns are nouns that "today's" makes the present age rather than the
// day of writing: "today's world", "today's generation", "in today's
// dollars" (but "today's vote", "today's game": an event of the day).
var eraNouns = map[string]bool{
	"world": true, "society": true, "generation": true, "generations": true, "youth": true, "young": true,
	"children": true, "kids": true, "teenagers": true, "economy": true, "culture": true, "standards": true,
	"terms": true, "dollars": true, "money": true, "technology": true, "era": true, "age": true, "times": true,
}

// nowadays says "today" at s[start:end] means the present age, not the day
// of writing, so that it is no date:
//   - "today's" before a noun of the age: "today's world";
//   - "of today" after a noun: "the Europe of today" (not "as of today");
//   - "still" in the clause, which sets the present against the past: "is
//     still in use today", "Today the quarter still has";
//   - "known today as", "called today", "what is today Germany", "the size
//     it is today";
//   - a comparison with the past: "more magicians working today than ever",
//     "as strong today as it was";
//   - a capitalised "Today" after a name is a title ("Yucatan Today");
//   - a sentence that opens with "Today" and states in the present tense
//     what is generally so ("Today, most cars run on petrol"; "Today,
//     about 100,000 Greeks worship the ancient gods").
//
// A past or future tense, a progressive or "to" keeps the day: "said
// today", "will meet today", "are marching today", "is to begin today".
func nowadays(s string, start, end int, tense Tense) bool {
	before := wordsOf(s[:start])
	after := wordsOf(s[end:])
	at := func(ws []string, i int) string {
		if i < 0 || i >= len(ws) {
			return ""
		}
		return strings.ToLower(ws[i])
	}
	prev, prev2 := at(before, len(before)-1), at(before, len(before)-2)
	rest := s[end:]
	if strings.HasPrefix(rest, "'s ") || strings.HasPrefix(rest, "’s ") {
		return eraNouns[at(after, 1)]
	}
	if s[start] == 'T' && len(before) > 0 && isCap(before[len(before)-1]) {
		return true // "Yucatan Today", "USA Today"
	}
	if prev == "of" && prev2 != "as" && prev2 != "" {
		return true
	}
	switch prev {
	case "known", "called", "named":
		return true
	case "is", "are":
		// "what is today Germany"; "the size it is today."
		if prev2 == "what" || prev2 == "which" || (prev2 == "it" || prev2 == "they") && (len(after) == 0 || strings.IndexAny(strings.TrimLeft(rest, " "), ",.;:!?") == 0) {
			return true
		}
	}
	if next := at(after, 0); next == "than" || next == "as" && (prev == "as" || prev2 == "as" || at(before, len(before)-3) == "as") {
		return true
	}
	if progressive(before) || progressive(after) {
		return false
	}
	// "still" in the words around: the auxiliaries that count are those of
	// its own clause, from two words before it to "today" ("a method which
	// is still in use today", though the sentence opened "It was not until
	// 1896 that ...").
	for i := len(before) - 1; i >= 0 && i >= len(before)-8; i-- {
		if strings.EqualFold(before[i], "still") {
			return !tensed(before[max(0, i-2):])
		}
	}
	for i := 0; i < len(after) && i < 5; i++ {
		if strings.EqualFold(after[i], "still") {
			return !tensed(after[:i+2])
		}
	}
	// Before the sentence's tense: what decides here is the verb right
	// after "today" ("The city today has two million people" though
	// "has" may read as a perfect).
	if len(before) > 0 && len(after) > 0 && subjectToday(s, start, prev, after) {
		return true
	}
	if tense == TensePast && len(before) == 0 && len(after) > 1 && genericFirst(after[0]) && possessionHave(after) {
		// "Today, most households have internet access": the "have"
		// the tense read as a perfect is the verb of owning, and
		// nothing else tells a past.
		tense = TenseUnknown
	}
	if tense != TenseUnknown {
		return false
	}
	// Sentence-initial "Today" with a present-tense statement of what is
	// generally so: a verb of state ("Today, CFLs are the most used") or
	// a generic subject, a bare plural or a quantity ("Today, most cars run
	// on petrol", "Today, textile mills take their place"). "Today the
	// president meets the pope" is a day's event.
	if len(before) == 0 && len(after) > 1 {
		generic := genericFirst(after[0])
		for _, w := range after {
			lw := strings.ToLower(w)
			switch lw {
			case "to", "here", "i", "we", "you", "this", "tonight":
				return false // "Today we gather here", "Today is the day to act"
			}
			generic = generic || statives[lw]
		}
		if unicode.IsDigit(rune(strings.TrimLeft(s[end:], " ,")[0])) {
			generic = true // "Today, 40 percent of homes ..."
		}
		return generic
	}
	return false
}

// placeNouns are nouns of places which, with "today" between them and a
// verb of state, say what the place is like nowadays: "the city today has
// two million people".
var placeNouns = map[string]bool{
	"city": true, "cities": true, "town": true, "towns": true, "village": true, "country": true,
	"countries": true, "nation": true, "region": true, "area": true, "island": true, "district": true,
	"quarter": true, "site": true, "building": true, "church": true, "castle": true,
}

// peopleNouns are people at large, who with "today" and any present verb
// are the people of the present age: "young people today face higher
// rents", "children today spend more time online".
var peopleNouns = map[string]bool{
	"people": true, "youth": true, "children": true, "kids": true, "teenagers": true, "students": true,
	"women": true, "men": true, "families": true, "parents": true, "consumers": true, "workers": true,
	"scientists": true, "historians": true, "scholars": true, "readers": true, "audiences": true,
}

// dayPredicates after "today" and a verb put the subject on the day of
// writing: "Smith today is expected to resign", "the minister today is in
// London".
var dayPredicates = map[string]bool{
	"expected": true, "due": true, "set": true, "scheduled": true, "likely": true, "unlikely": true,
	"to": true, "in": true, "at": true, "on": true, "being": true, "going": true, "ready": true,
	"poised": true, "slated": true, "closed": true, "open": true, "off": true, "away": true, "back": true,
	"here": true, "there": true,
}

// modals and auxiliaries that are no present verb of a plural subject.
var notPresent = map[string]bool{
	"will": true, "would": true, "shall": true, "can": true, "could": true, "may": true, "might": true,
	"must": true, "should": true, "did": true, "had": true, "was": true, "were": true, "said": true,
	"and": true, "or": true, "but": true, "than": true, "as": true,
}

// subjectToday says "today" stands between a subject (prev, with nothing
// but spaces or commas between) and its present verb (after[0]) and means
// the present age:
//   - a name or a place noun before it and a verb of state after: "Athens
//     today is a modern city", "The city today has two million people";
//   - people at large before it and a present verb: "young people today
//     face higher rents".
//
// An event noun before it keeps the day ("the vote today is a test": no
// place, no name), and so does a predicate of the day's doings ("Smith
// today is expected to resign", "is in London").
func subjectToday(s string, start int, prev string, after []string) bool {
	gap := strings.TrimRight(s[:start], " ,")
	if gap == "" || !isLetter(gap[len(gap)-1]) {
		return false
	}
	next := strings.ToLower(after[0])
	if len(after) > 1 {
		// "is expected to", "has announced", "have been": the day's doings.
		w := strings.ToLower(after[1])
		if dayPredicates[w] || (next == "has" || next == "have") && (strings.HasSuffix(w, "ed") || pastCue[w] || w == "been") {
			return false
		}
	}
	if peopleNouns[prev] {
		return statives[next] || !notPresent[next] && !nounDeterminer[next] &&
			!strings.HasSuffix(next, "ed") && !strings.HasSuffix(next, "ing") && !pastCue[next]
	}
	if !statives[next] {
		return false
	}
	if placeNouns[prev] {
		return true
	}
	// A name: capitalised, and not a determiner's ("The") or a title.
	words := wordsOf(gap)
	last := words[len(words)-1]
	return isCap(last) && !nounDeterminer[strings.ToLower(last)]
}

// statives are present-tense verbs of state, which make a sentence opened by
// "Today" say what is so nowadays.
var statives = map[string]bool{
	"is": true, "are": true, "has": true, "have": true, "remain": true, "remains": true, "live": true,
	"lives": true, "exist": true, "exists": true, "own": true, "owns": true, "number": true, "numbers": true,
	"belong": true, "belongs": true, "depend": true, "depends": true, "account": true, "accounts": true,
	"consist": true, "consists": true, "lie": true, "lies": true, "stand": true, "stands": true, "contain": true,
	"contains": true, "seem": true, "seems": true,
}

// quantifiers open a generic subject: "most cars", "about 100,000 people".
var quantifiers = map[string]bool{
	"most": true, "many": true, "some": true, "about": true, "around": true, "nearly": true, "almost": true,
	"more": true, "fewer": true, "few": true, "all": true, "only": true, "over": true, "roughly": true,
	"nearly all": true, "half": true, "every": true,
}

// progressive says whether the words hold a form of "be" followed by an -ing
// word within two words: "are marching", "is being broadcast".
func progressive(ws []string) bool {
	for i, w := range ws {
		switch strings.ToLower(w) {
		case "is", "are", "am", "was", "were", "'s", "'re", "be":
			for k := i + 1; k < len(ws) && k <= i+2; k++ {
				if lw := strings.ToLower(ws[k]); len(lw) > 4 && strings.HasSuffix(lw, "ing") {
					return true
				}
			}
		}
	}
	return false
}

// tensed says whether the words hold an auxiliary of the past or the future,
// which puts "still ... today" on a day: "he was still missing today".
func tensed(ws []string) bool {
	for _, w := range ws {
		switch strings.ToLower(w) {
		case "was", "were", "had", "did", "will", "would", "shall", "'ll", "'d", "said":
			return true
		}
	}
	return false
}

// wordsOf splits s into words of letters and apostrophes.
func wordsOf(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '\'' || r == '’')
	})
}

// genericFirst says the first word after a sentence-initial "Today" opens a
// generic subject: a quantity ("most cars", "more people") or a bare plural
// ("textile mills"), not a name or a determiner's noun ("the minister").
func genericFirst(first string) bool {
	lw := strings.ToLower(first)
	return !isCap(first) && !nounDeterminer[lw] || quantifiers[lw]
}

// possessionHave says the words hold "has" or "have" as the verb of owning,
// not a perfect's auxiliary ("have internet access", not "have closed" nor
// "have been"), and no other word of the past.
func possessionHave(ws []string) bool {
	found := false
	for i, w := range ws {
		lw := strings.ToLower(w)
		if lw == "has" || lw == "have" {
			if i+1 < len(ws) {
				next := strings.ToLower(ws[i+1])
				if participles[next] || pastForm(next) || strings.HasSuffix(next, "en") && !enNouns[next] {
					return false // "have closed", "have been", "have taken"
				}
			}
			found = true
			continue
		}
		if pastCue[lw] || pastForm(lw) {
			return false
		}
	}
	return found
}

// participles are irregular past participles that make "have" a perfect's
// auxiliary ("have lost power", "have left"); pastForm and the -en ending
// ("taken", "fallen") find the rest.
var participles = map[string]bool{
	"been": true, "had": true, "got": true, "lost": true, "left": true, "made": true, "done": true,
	"gone": true, "seen": true, "found": true, "kept": true, "told": true, "put": true, "cut": true,
	"shut": true, "sold": true, "paid": true, "won": true, "begun": true, "become": true, "come": true,
	"run": true, "known": true, "shown": true, "grown": true, "spent": true, "built": true, "bought": true,
	"brought": true, "caught": true, "held": true, "heard": true, "felt": true, "met": true, "set": true,
	"hit": true, "sent": true, "fled": true, "fought": true, "struck": true, "stood": true, "led": true,
	"already": true, "just": true, "never": true, "not": true, "yet": true, "since": true,
}

// enNouns end in -en and are no participle: "have children".
var enNouns = map[string]bool{"children": true, "women": true, "men": true}
