package events

// A state that suspends, halts, bans or cancels "flights from Rwanda" cuts
// a link with Rwanda: the country the flights come from is the measure's
// target, as with "imports from Rwanda", and no mere end of a journey told
// after the act (journeyEnd: "hijacked a flight from Alexandria to Cairo",
// where the ends are no party). So is the country flights go to ("suspended
// flights to Rwanda", "halted all flights to and from Rwanda").

// haltVerbs are verbs of stopping or barring traffic, whose object of
// journeys is the link they cut.
var haltVerbs = map[string]bool{
	"suspend": true, "suspends": true, "suspended": true, "suspending": true,
	"halt": true, "halts": true, "halted": true, "halting": true,
	"ban": true, "bans": true, "banned": true, "banning": true,
	"bar": true, "bars": true, "barred": true, "barring": true,
	"cancel": true, "cancels": true, "cancelled": true, "canceled": true, "cancelling": true, "canceling": true,
	"stop": true, "stops": true, "stopped": true, "stopping": true,
	"restrict": true, "restricts": true, "restricted": true, "restricting": true,
}

// haltedJourneyOrigin says whether the journey word at w, whose "from" (or
// "to") names the mention after it, is the object of a verb of stopping traffic
// ending the trigger at j ("suspended all direct flights from Rwanda",
// "halted passenger flights from Congo"): only determiners, numbers and
// modifiers may stand between the verb and the journey word.
func haltedJourneyOrigin(toks []tok, j, w int) bool {
	if j < 1 || j > w || w >= len(toks) || !haltVerbs[toks[j-1].low] {
		return false
	}
	if toks[w].low != "flights" && toks[w].low != "flight" {
		return false
	}
	for q := j; q < w; q++ {
		l := toks[q].low
		if !(determiners[l] || quantityWord(l) || modifierWord(toks[q]) || trafficModifiers[l]) {
			return false
		}
	}
	return true
}

// trafficModifiers qualify the flights stopped ("all direct passenger
// flights") without making them anything but the link cut.
var trafficModifiers = map[string]bool{"all": true, "direct": true, "passenger": true, "cargo": true,
	"commercial": true, "scheduled": true, "civilian": true}
