package events

// gapObjectAt is where the direct object of trigger t starts: right after
// the verb for a pattern whose gap holds it ("called the sanctions
// illegal" matches "call * illegal"; the object is "the sanctions"), else
// after the whole match.
func gapObjectAt(p *Pattern, t *trigger) int {
	if p.Owner && !t.nominal && len(p.Words) > 2 && p.Words[1] == "*" && t.j-t.i > len(p.Words)-1 {
		return t.i + 1
	}
	return t.j
}
