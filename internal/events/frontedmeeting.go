package events

// frontedMeetingPreps open a phrase that tells the meeting a sentence's
// act came out of: "After talks in Geneva,", "Following a meeting in
// Rome,", "During the 2022 talks in Istanbul,".
var frontedMeetingPreps = map[string]bool{"after": true, "following": true, "during": true, "at": true}

// frontedMeetingNouns name such a meeting.
var frontedMeetingNouns = map[string]bool{"talks": true, "negotiations": true, "meeting": true, "meetings": true,
	"summit": true, "consultations": true, "conference": true}

// frontedMeetingEnd returns the comma that closes a meeting phrase
// opening the sentence, with its place after "in" or "at" ("After talks
// in Geneva, Iran and the European Union agreed ..."), or -1. The place
// is where the meeting was held, so where the act it led to was told, and
// no party to that act; nor is its name the first of a list with the
// subject ("Geneva, Iran and the European Union"). The phrase holds no
// verb ("After Iran rejected the plan in Geneva," is a clause) and no
// other punctuation.
func frontedMeetingEnd(toks []tok) int {
	if len(toks) < 5 || !frontedMeetingPreps[toks[0].low] {
		return -1
	}
	meeting, place := false, false
	for k := 1; k < len(toks) && k <= 14; k++ {
		l := toks[k].low
		switch {
		case l == ",":
			if meeting && place {
				return k
			}
			return -1
		case frontedMeetingNouns[l]:
			meeting = true
		case l == "in" || l == "at":
			place = place || meeting && k+1 < len(toks) && (isCap(toks[k+1].text) || toks[k+1].low == "the")
		case l == "that" || l == "which" || l == "who" || isPunct(l) && l != "'s" && l != "'" && l != "-":
			return -1
		case len(toks[k].pos) >= 2 && toks[k].pos[:2] == "VB" && toks[k].pos != "VBN" && toks[k].pos != "VBG":
			return -1
		}
	}
	return -1
}
