package events

// sanctionsListOwner gives, for a phrase that puts a party on or takes it
// off a list ("add * to * sanctions list", "remove * from * blacklist")
// told with no subject, the list's owner named inside the phrase after its
// party: "Five Iranian generals were added to the British sanctions list"
// is Britain sanctioning them, "was removed from the EU's blacklist" the
// EU easing. Nil when the phrase is no list phrase or names no owner.
func sanctionsListOwner(toks []tok, ms []mention, t *trigger) group {
	w := t.p.Words
	if t.nominal || len(w) < 4 || !listWords[w[len(w)-1]] {
		return nil
	}
	// The list's owner stands after the phrase's preposition ("to",
	// "on", "from"), in its last gap.
	prep := -1
	for k := t.j - 1; k > t.i; k-- {
		if l := toks[k].low; l == "to" || l == "on" || l == "from" || l == "onto" {
			prep = k
			break
		}
	}
	if prep < 0 {
		return nil
	}
	for mi, m := range ms {
		if m.i > prep && m.j < t.j && m.country != "" && m.kind != "pronoun" {
			return groupAt(toks, ms, mi)
		}
	}
	return nil
}

// listWords end a list phrase.
var listWords = map[string]bool{"list": true, "blacklist": true}
