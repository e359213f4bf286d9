package events

// carriedOutBy returns the index of the mention that carried out the
// nominal act t told as the subject of a passive verb of doing ("The
// attack on the checkpoint was carried out by Islamic State militants",
// "the bombing, which killed 12 people, was staged by Boko Haram"), or -1:
// the agent of "carried out" is the act's source, as "Islamic State
// militants carried out the attack" makes it. The act's noun phrase runs
// from t to the auxiliary ("was", "were", "had been") with no finite verb
// of its own, save inside a relative clause set off by commas; only
// adverbs ("reportedly") stand between the auxiliary and the participle,
// and the agent is the first actor within three words after "by". A
// claim ("was claimed by") is left to the claims of responsibility, and
// an act inside another's subject ("The evacuation after the attack was
// carried out by the army") is not the one carried out.
func carriedOutBy(toks []tok, ms []mention, t *trigger) int {
	// The act heads the subject: only its determiners and modifiers
	// stand before it in its clause ("The evacuation after the attack was
	// carried out by the army" carried out the evacuation).
	for k := t.i - 1; k >= 0; k-- {
		l := toks[k].low
		if l == "," || l == "-" || l == ":" {
			break
		}
		if !(determiners[l] || modifierWord(toks[k]) || quantityWord(l) || overlapsAny(ms, k) || l == "'s") {
			return -1
		}
	}
	q := t.j
	for ; q < len(toks) && q < t.j+16; q++ {
		l := toks[q].low
		if beAux[l] {
			break
		}
		if l == "," && q+1 < len(toks) && relativeOpeners[toks[q+1].low] {
			// ", which killed 12 people," is the act's own description.
			e := q + 1
			for e < len(toks) && toks[e].low != "," {
				e++
			}
			if e >= len(toks) {
				return -1
			}
			q = e
			continue
		}
		if finiteVerb(toks[q]) || l == "." || l == ";" || l == ":" {
			return -1
		}
	}
	if q >= len(toks) || !beAux[toks[q].low] {
		return -1
	}
	// "had been carried out": "been" is a form of "be" too.
	for q+1 < len(toks) && (beAux[toks[q+1].low] || adverbs[toks[q+1].low] || toks[q+1].pos == "RB") {
		q++
	}
	v := q + 1
	if v >= len(toks) {
		return -1
	}
	switch {
	case toks[v].low == "carried" && v+1 < len(toks) && toks[v+1].low == "out":
		v += 2
	case doneByVerbs[toks[v].low]:
		v++
	default:
		return -1
	}
	if v >= len(toks) || toks[v].low != "by" {
		return -1
	}
	for mi, m := range ms {
		if m.i > v && m.i <= v+3 && m.kind != "pronoun" && m.country != "" {
			return mi
		}
	}
	return -1
}

// doneByVerbs are participles of doing an act whose agent is its doer:
// "was perpetrated by", "was staged by".
var doneByVerbs = wordSet("perpetrated staged mounted conducted committed executed orchestrated launched")

// relativeOpeners open a relative clause after a comma.
var relativeOpeners = wordSet("which who that")
