package events

// layFaithfulNouns name believers travelling or gathering for their faith,
// not for a church, a state or a side: pilgrims arriving in Saudi Arabia
// for the hajj or worshippers visiting a shrine consult no one. The role
// table gives them the religion sector, as it does clergy, whose visits
// (a pope's, a patriarch's) are political; these are not.
var layFaithfulNouns = map[string]bool{"pilgrim": true, "pilgrims": true, "worshipper": true, "worshippers": true,
	"worshiper": true, "worshipers": true, "believers": true, "faithful": true, "congregants": true}

// layFaithful says whether m is headed by one of layFaithfulNouns.
func layFaithful(toks []tok, m mention) bool {
	return m.j > m.i && m.j <= len(toks) && layFaithfulNouns[toks[m.j-1].low]
}
