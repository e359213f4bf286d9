package events

// assaultBesideBorder says whether loc names a border an attack happened
// beside or along ("shelled villages near the Turkish border", "struck
// targets along the Lebanese border", "close to the Iraqi border"): such
// a phrase only locates what was struck, which lies on either side, the
// attacker's own as often as the other; the country named for the border
// is no target. Fire "across" a border reaches the far side and still
// takes it, as "shelled Turkish border posts" or "shelled Turkey" name
// their target outright. Troops massed or threats made near a border face
// across it (borderForce).
func assaultBesideBorder(toks []tok, typ string, loc mention) bool {
	return typ == "ASSAULT" && besideBorder(toks, loc) && prepBefore(toks, loc.i) != "across"
}

// locatingSide says whether every mention of g is named only to locate an
// attack: the far side of a border it happened beside ("near the border
// with Turkey", "along its frontier with Iraq") or the land whose coast
// it happened off ("off the Yemeni coast"; "off the coast of Yemen" is
// offshore's).
func locatingSide(toks []tok, g group) bool {
	for _, m := range g {
		if m.i < 0 {
			return false
		}
		switch borderWithPrep(toks, m.i) {
		case "near", "along", "close", "by", "outside", "around", "at", "on":
			continue
		}
		if offCoast(toks, m) || offshore(toks, m.i) {
			continue
		}
		return false
	}
	return len(g) > 0
}

// offCoast says whether mention m modifies a shore noun after "off"
// ("off the Yemeni coast", "off Libya's coast").
func offCoast(toks []tok, m mention) bool {
	j := m.j
	if j < len(toks) && toks[j].low == "'s" {
		j++
	}
	if j >= len(toks) || !shoreNouns[toks[j].low] {
		return false
	}
	k := m.i - 1
	for k >= 0 && determiners[toks[k].low] {
		k--
	}
	return k >= 0 && toks[k].low == "off"
}

// violentActNouns name a violent act done to people that no noun pattern
// codes by itself (a murder is as often a crime charged as an act
// reported), so that a condemnation of one ("condemned the murder of two
// Kenyan teachers by gunmen") is aimed at its doer, never its victims.
var violentActNouns = map[string]bool{"murder": true, "rape": true, "slaughter": true, "mistreatment": true}
