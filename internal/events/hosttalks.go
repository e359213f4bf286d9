package events

// meetingNouns name a meeting whose parties "between X and Y" can name.
var partiedMeetingNouns = map[string]bool{
	"talks": true, "negotiations": true, "meeting": true, "meetings": true, "summit": true,
	"dialogue": true, "consultations": true, "discussions": true,
}

// hostsTalksBetween says whether a bare hosting verb ("host", CAMEO 043)
// matched at i..j takes as object a meeting whose parties follow it
// ("Turkey will host peace talks between Russia and Ukraine"). The host
// is the venue, not a party: the meeting noun codes the parties' CONSULT
// with each other and the verb codes nothing, as "attend the talks
// between X and Y" leaves the talks to their parties. "Turkey hosted
// talks with Russia" (the host a party) and "hosted the Russian and
// Ukrainian delegations" (a visit received) keep the hosting. So does an
// offer or a readiness to host ("said he was ready to host a meeting
// between X and Y", "agreed to host talks between"): the infinitive is
// the host's own intent, which the frame verb codes with the sides as
// its targets.
func hostsTalksBetween(toks []tok, p *Pattern, i, j int) bool {
	if p.Kind != "verb" || len(p.Words) != 1 || p.Words[0] != "host" {
		return false
	}
	if i > 0 && toks[i-1].low == "to" {
		return false
	}
	for k := j; k < len(toks) && k <= j+4; k++ {
		l := toks[k].low
		if partiedMeetingNouns[l] {
			return k+1 < len(toks) && (toks[k+1].low == "between" || toks[k+1].low == "among")
		}
		if isPunct(toks[k].text) || leftStop[l] || locPreps[l] || objPreps[l] {
			return false
		}
	}
	return false
}
