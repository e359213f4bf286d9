package events

// permittedActPlace says whether loc, a place of the source's own
// country, sits inside the act the source lets or does not let someone
// do ("Malta refused to let the rescue ship dock in Valletta", "Greece
// would not allow the migrants to land at Piraeus"). A state that keeps
// others out of its own port or capital acts on those it keeps out; the
// port is where they would have gone, never a party. Another country's
// place in such a clause ("refused to let aid trucks enter Gaza") still
// stands for the side the act reaches, so only the source's own counts.
func permittedActPlace(toks []tok, t *trigger, loc mention, src group) bool {
	if len(src) == 0 || src[0].country == "" || loc.country != src[0].country || loc.i < t.j {
		return false
	}
	for q := t.i; q < loc.i; q++ {
		l := toks[q].low
		if rightStop[l] || l == "," {
			return false
		}
		if permitVerbs[l] {
			return true
		}
	}
	return false
}
