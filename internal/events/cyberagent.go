package events

// hackerNouns name those who break into computer systems.
var hackerNouns = map[string]bool{"hacker": true, "hackers": true, "cybercriminals": true, "cyber-criminals": true}

// hackerSource says whether the source of an act is named as hackers:
// "North Korean hackers stole $600 million from a crypto firm", "hackers
// linked to Moscow seized control of the servers". What hackers take or
// damage is taken by hacking, in PLOVER's cyber context, whatever verb
// tells it; the same theft by gunmen or soldiers is not. The hacker noun
// must follow the source's name within two words and come before the
// trigger, so "police arrested hackers" (hackers as the object) is not
// read as a hack.
func hackerSource(toks []tok, src group, trig int) bool {
	for _, m := range src {
		for k := m.j; k < m.j+3 && k < trig && k < len(toks); k++ {
			if hackerNouns[toks[k].low] || k+1 < len(toks) && toks[k].low == "hacking" && (toks[k+1].low == "group" || toks[k+1].low == "groups") {
				return true
			}
		}
	}
	return false
}
