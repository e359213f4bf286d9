package timex

import (
	"strings"
	"time"
)

// A yearless month or day that dates a noun phrase ("his declaration of
// martial law in December", "an early election in February") dates the act
// or event the noun names, not the clause's verb. The verb's tense reads that
// act's side of the day of writing only roughly, and where the date lies
// about half a year off, a borderline score picks the year. The noun and what
// governs it say more:
//
//   - a one-off act named by its noun (declaration, coup, attack, ruling,
//     arrest, ...) is told once it has happened: "impeached over his
//     declaration of martial law in December", "protests over the ruling in
//     March" date a past act, unless the clause is in the future or the act
//     is a threat, a plan or a fear ("warned of an attack in December");
//   - a scheduled event (election, vote, summit, deadline, ...) governed by
//     a word of prospect ("paving the way for", "ahead of", "in preparation
//     for", "calls for") comes after the clause that looks forward to it,
//     which a report tells near the day of writing: "collapsed, paving the
//     way for an early election in February" is the coming February. A
//     scheduled event with no such word ("won the election in February")
//     is left to the tense.

// actNouns name a one-off act or happening that a report tells after it.
var actNouns = map[string]bool{
	"declaration": true, "coup": true, "attack": true, "attacks": true, "ruling": true, "verdict": true,
	"invasion": true, "assassination": true, "killing": true, "killings": true, "bombing": true,
	"bombings": true, "arrest": true, "arrests": true, "death": true, "murder": true, "massacre": true,
	"shooting": true, "crash": true, "earthquake": true, "uprising": true, "raid": true, "raids": true,
	"ambush": true, "explosion": true, "blast": true, "resignation": true, "ouster": true, "overthrow": true,
	"imposition": true, "collapse": true, "defeat": true, "victory": true, "seizure": true,
	"kidnapping": true, "abduction": true, "incursion": true, "shelling": true, "airstrike": true,
	"airstrikes": true, "crackdown": true, "dismissal": true, "annexation": true, "takeover": true,
}

// scheduledNouns name an event set for a day, which a report may tell
// before it.
var scheduledNouns = map[string]bool{
	"election": true, "elections": true, "vote": true, "referendum": true, "runoff": true, "polls": true,
	"summit": true, "deadline": true, "inauguration": true, "plebiscite": true, "ballot": true,
	"talks": true, "conference": true, "congress": true, "handover": true, "poll": true, "meeting": true,
	"hearing": true,
}

// irrealisNouns make the act after them one that may come, not one that
// came: "the threat of an attack in December".
var irrealisNouns = map[string]bool{
	"threat": true, "threats": true, "risk": true, "fear": true, "fears": true, "warning": true,
	"warnings": true, "possibility": true, "prospect": true, "chance": true, "danger": true,
	"plan": true, "plans": true, "plot": true, "another": true, "new": true, "possible": true,
	"potential": true, "planned": true, "feared": true, "expected": true, "imminent": true,
	"further": true, "future": true, "any": true, "prevent": true, "avert": true, "avoid": true,
}

// prospectBefore lists the words, read backwards from the scheduled noun's
// phrase, that look forward to it: "[paving the] way for", "ahead of",
// "[in the] run up to", "[in] preparation(s) for", "calls for", "date for".
var prospectBefore = [][]string{
	{"for", "way"}, {"for", "stage"}, {"of", "ahead"}, {"to", "up", "run"}, {"to", "lead", "the"},
	{"for", "preparation"}, {"for", "preparations"}, {"for", "preparing"}, {"for", "prepare"},
	{"for", "prepares"}, {"for", "call"}, {"for", "calls"}, {"for", "called"}, {"for", "calling"},
	{"for", "date"}, {"for", "time"}, {"for", "campaigning"}, {"for", "push"}, {"for", "pushed"},
	{"for", "pushing"}, {"towards"}, {"toward"},
}

// npModifiers are the determiners that open a noun phrase.
var npModifiers = map[string]bool{
	"the": true, "a": true, "an": true, "his": true, "her": true, "its": true, "their": true, "our": true,
	"this": true, "that": true,
}

// headBlockers end the walk back from a date to the noun it dates: a verb
// or a clause of its own lies between ("the election was held in
// February").
func headBlocker(lw string) bool {
	switch lw {
	case "to", "and", "or", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had",
		"will", "would", "could", "should", "may", "might", "can", "must", "did", "do", "does":
		return true
	}
	return clauseWords[lw] || speechVerb[lw] || futureCue[lw] || pastForm(lw)
}

// nominalTense returns the tense a yearless date at byte offset start of s
// (its preposition included, if any) takes from the noun it dates, or tense
// unchanged when no such noun governs it. tense is the sentence's; back is
// how many months the date's month lies behind the publish month (0 to
// 11; 0 for a weekday).
func nominalTense(s string, start, end int, tense Tense, back int) Tense {
	seg := s[:start]
	if i := strings.LastIndexAny(seg, ",;:()—–\""); i >= 0 {
		seg = seg[i+1:]
	}
	ws := wordsOf(seg)
	lows := make([]string, len(ws))
	for i, w := range ws {
		lows[i] = strings.ToLower(w)
	}
	n := len(lows)
	if n > 0 {
		switch lows[n-1] {
		case "in", "on", "during", "of":
			n-- // the date's own preposition, left outside its match
		}
	}
	if setFor(lows, n) && !anchoredBefore(s[:start]) {
		// "called snap elections for 14 May", "set the referendum for
		// October": the day a vote is called for lies ahead of the call,
		// unless a relative clause after the date tells the vote as done
		// ("for 14 May, which his party won").
		if pastRelativeAfter(s[end:]) {
			return TensePast
		}
		return TenseFuture
	}
	for k := n - 1; k >= 0 && k >= n-6; k-- {
		lw := lows[k]
		switch {
		case actNouns[lw]:
			if tense == TenseFuture || !nounPhrase(lows, k) {
				return tense // "will mark the coup in December", "rebels attack in March"
			}
			for j := k - 1; j >= 0 && j >= k-4; j-- {
				if irrealisNouns[lows[j]] {
					return tense
				}
			}
			return TensePast
		case scheduledNouns[lw]:
			if !prospect(lows[:k]) || anchoredBefore(s[:start]) {
				// "collapsed in December, paving the way for an election
				// in February", "had campaigned ahead of the vote in
				// March": the clause looked forward from its own past
				// time, which the tense places.
				return tense
			}
			if tense == TensePast && back >= 1 && back <= 2 {
				// "Troops were deployed ahead of the vote in May",
				// written in June: a recent event told in background
				// is likelier than one almost a year ahead.
				return tense
			}
			return TenseFuture
		case headBlocker(lw):
			return tense
		}
	}
	return tense
}

// prospect says the words lows end, past at most three words of a noun
// phrase (a determiner and modifiers: "a snap", "an early confidence"), in
// a word of prospect (prospectBefore).
func prospect(lows []string) bool {
	n := len(lows)
	for skip := 0; skip <= 3 && skip <= n; skip++ {
		if skip > 0 && (headBlocker(lows[n-skip]) || nounPreps[lows[n-skip]]) {
			break
		}
		end := n - skip
		for _, p := range prospectBefore {
			if end < len(p) {
				continue
			}
			ok := true
			for i, w := range p {
				if lows[end-1-i] != w {
					ok = false
					break
				}
			}
			if ok {
				return true
			}
		}
	}
	return false
}

// nounPhrase says lows[k] stands in a noun phrase: after a determiner, a
// possessive or a preposition, with at most two modifiers between ("his
// declaration", "over the court's ruling", "after a coup"), not a verb
// ("rebels attack the town").
func nounPhrase(lows []string, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		lw := lows[j]
		switch {
		case npModifiers[lw], strings.HasSuffix(lw, "'s"), strings.HasSuffix(lw, "’s"), nounPreps[lw], lw == "after",
			lw == "following", lw == "since", lw == "before":
			return true
		case headBlocker(lw):
			return false
		}
	}
	return false
}

// halfYearLean breaks the tie of a yearless month six months from the
// publish month, as far back as ahead: with no tense read (t unknown), the
// cue words' lean, however slight, picks the side ("impeached ... in
// December", written in June, is the last December).
func halfYearLean(s string, start, end int, mo time.Month, ref time.Time, t Tense) Tense {
	if t != TenseUnknown || (int(mo)-int(ref.Month())+12)%12 != 6 {
		return t
	}
	switch sc := tenseScore(s, start, end); {
	case sc < 0:
		return TensePast
	case sc > 0:
		return TenseFuture
	}
	return t
}

// anchoredBefore says the words before a date place their clause at a time
// of its own: a past perfect, a written date or year, or a word counting
// back ("ago", "earlier", "last").
//
// An aside set off by commas that is a relative clause or a bare age
// describes a noun, not the clause's time ("Sato, who took office last
// year, called ...", "Sato, 64, called ..."), and a number in a compound
// word is no date ("the 64-year-old leader", "the 27-nation bloc").
func anchoredBefore(before string) bool {
	before = withoutAsides(before)
	for _, tok := range strings.Fields(before) {
		if strings.ContainsAny(tok, "0123456789") && !numberCompound(tok) {
			return true
		}
	}
	for _, w := range wordsOf(before) {
		lw := strings.ToLower(w)
		switch lw {
		case "had", "ago", "earlier", "last", "previously":
			return true
		}
		if _, ok := parseMonth(w); ok && isCap(w) && len(w) >= 3 && lw != "may" {
			return true
		}
	}
	return false
}

// monthsBack is how many months mo lies behind the publish month of ref,
// 0 to 11.
func monthsBack(mo time.Month, ref time.Time) int {
	return (int(ref.Month()) - int(mo) + 12) % 12
}

// settingVerbs call, set or move a scheduled event to a day.
var settingVerbs = map[string]bool{
	"call": true, "calls": true, "called": true, "calling": true, "set": true, "sets": true, "setting": true,
	"schedule": true, "schedules": true, "scheduled": true, "scheduling": true, "fix": true, "fixes": true,
	"fixed": true, "announce": true, "announces": true, "announced": true, "announcing": true,
	"reschedule": true, "rescheduled": true, "postpone": true, "postponed": true, "postpones": true,
	"move": true, "moved": true, "moves": true, "delay": true, "delayed": true, "delays": true,
	"adjourn": true, "adjourned": true, "adjourns": true, "adjourning": true, "defer": true,
	"deferred": true, "defers": true,
}

// courtNouns are what a court sets, adjourns or defers to a day ("adjourned
// the case to April 14", "set the trial for May 3"), scheduled events only
// after such a verb ("the case in March" may be anything).
var courtNouns = map[string]bool{
	"case": true, "trial": true, "sentencing": true, "proceedings": true, "verdict": true, "ruling": true,
	"session": true, "sitting": true,
}

// setFor says the words lows[:n], which end right before a date, end in
// "<setting verb> [the|a|snap|early ...] <scheduled noun> for|to": the date
// is the one the vote or election is called, set or moved for ("called
// snap elections for 14 May", "postponed the vote to March"), which a
// report tells before it comes.
func setFor(lows []string, n int) bool {
	if n < 3 || lows[n-1] != "for" && lows[n-1] != "to" || !scheduledNouns[lows[n-2]] && !courtNouns[lows[n-2]] {
		return false
	}
	for k := n - 3; k >= 0 && k >= n-6; k-- {
		lw := lows[k]
		if settingVerbs[lw] {
			return true
		}
		if headBlocker(lw) || nounPreps[lw] {
			return false
		}
	}
	return false
}

// pastRelativeAfter says the words right after a date (rest) open a
// relative clause whose verb, within a few words, is in the past: ", which
// his party won", ", which were held peacefully", "that the opposition
// boycotted". It describes the event the date dates, told as done. A
// relative clause in the present or the future (", which his party is
// expected to win") or one with no past verb near says nothing of it.
func pastRelativeAfter(rest string) bool {
	rest = strings.TrimLeft(rest, " ,")
	ws := wordsOf(rest)
	if len(ws) < 2 {
		return false
	}
	switch strings.ToLower(ws[0]) {
	case "which", "that":
	default:
		return false
	}
	if stop := strings.IndexAny(rest, ",;:()—–\""); stop >= 0 {
		ws = wordsOf(rest[:stop])
	}
	for k, w := range ws[1:] {
		if k >= 5 {
			break
		}
		lw := strings.ToLower(w)
		switch {
		case lw == "is" || lw == "are" || lw == "has" || lw == "have" || futureCue[lw] || lw == "may" || lw == "could" || lw == "might" || lw == "must":
			return false // "which is expected to", "which will", "which has been postponed"
		case lw == "was" || lw == "were" || lw == "had" || pastCue[lw] && lw != "said" && lw != "last" && lw != "since":
			return true
		case len(lw) > 4 && strings.HasSuffix(lw, "ed") && !isCap(w):
			return true
		}
	}
	return false
}

// withoutAsides drops from before the phrases set off by two commas that
// open with a relative word or are a bare number ("who took office last
// year", "64").
func withoutAsides(before string) string {
	parts := strings.Split(before, ",")
	if len(parts) < 3 {
		return before
	}
	kept := parts[:1]
	for _, p := range parts[1 : len(parts)-1] {
		ws := wordsOf(p)
		bare := len(ws) == 0 && strings.TrimSpace(p) != ""
		if bare || len(ws) > 0 && relativeWord[strings.ToLower(ws[0])] {
			continue
		}
		kept = append(kept, p)
	}
	return strings.Join(append(kept, parts[len(parts)-1]), ",")
}

var relativeWord = map[string]bool{"who": true, "which": true, "whose": true, "whom": true, "where": true}

// numberCompound says a token with a digit joins it to a word by a hyphen
// ("64-year-old", "27-nation", "10-point"): a count or an age, no date.
func numberCompound(tok string) bool {
	i := strings.IndexByte(tok, '-')
	if i <= 0 || i == len(tok)-1 {
		return false
	}
	c := tok[i+1]
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}
