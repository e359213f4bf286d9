package events

import "github.com/newsgraph/newsgraph/internal/kb"

// armsSeller gives the source of a purchase pattern (option "seller",
// "bought tanks from the United States"): the giver named after "from"
// (or after the phrase's own last "from" or "with"), else the owner named in the gap ("bought American weapons", "took
// delivery of Russian S-400 systems"), else a nationality the resolver
// read as one mention with the arms ("Russian fighter jets", see
// armsNationality). ok is false when the pattern wants a seller and none
// is named ("Poland bought tanks"): the buyer alone acts on no one, and
// the sale is no event. Other "from" patterns keep the giver as found,
// empty or not.
func armsSeller(toks []tok, ms []mention, t *trigger, giver, owner group) (group, bool) {
	if !t.p.Seller {
		return giver, true
	}
	// "ordered 12 fighter jets from Russia", "placed an order for Rafale
	// jets with France": a phrase that ends on its preposition has the
	// seller right after it.
	if last := t.p.Words[len(t.p.Words)-1]; len(giver) == 0 && (last == "from" || last == "with") {
		if mi := mentionAt(toks, ms, t.j, 2); mi >= 0 {
			giver = groupAt(toks, ms, mi)
		}
	}
	// "received the first batch of Abrams tanks": a person's name in the
	// gap names the weapon (Abrams, Bradley), not who sold it.
	if len(giver) == 0 && !(len(owner) == 1 && owner[0].kind == "person") {
		giver = owner
	}
	if len(giver) == 0 {
		giver = armsNationality(toks, ms, t)
	}
	if len(giver) == 0 {
		return nil, false
	}
	return giver, true
}

// armsNationality returns the mention inside trigger t's phrase, after its
// verb, that ends on the phrase's last word and has a country: "bought
// Russian fighter jets" reads "Russian fighter jets" as Russia's forces.
func armsNationality(toks []tok, ms []mention, t *trigger) group {
	for mi, m := range ms {
		if m.i > t.i && m.j == t.j && m.country != "" && m.kind != "pronoun" {
			return groupAt(toks, ms, mi)
		}
	}
	return nil
}

// nonStateSeller says whether a pattern with option "foreign" has for its
// source something other than a state (a country, its government or
// forces, an international body), or a company for its target: "bought
// Rafale jets from France", "delivered F-16 jets to Ukraine" hand over
// arms; "bought 40 jets from Airbus", "Boeing delivered 30 jets to the
// airline", "the retailer bought drones from a Chinese maker" are trade.
func nonStateSeller(p *Pattern, src, tgt group) bool {
	if !p.Foreign {
		return false
	}
	return len(src) == 0 || !sanctioningBody(src[0]) && src[0].sector != kb.SectorMilitary || businessOnly(tgt)
}
