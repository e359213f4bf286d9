package events

import "strings"

// chargeCrowdNouns are the people a charge is made at bodily, never in
// law: a crowd, a march, its protesters. A crowd is charged by police
// lines, never by a prosecutor.
var chargeCrowdNouns = map[string]bool{"crowd": true, "crowds": true, "mob": true, "mobs": true, "protesters": true,
	"protestors": true, "demonstrators": true, "marchers": true, "rioters": true, "demonstration": true,
	"demonstrations": true, "protest": true, "march": true, "rally": true, "sit-in": true}

// chargeCollectives are the crowd nouns no court can charge however they
// are counted ("charged the crowd", "charged two crowds").
var chargeCollectives = map[string]bool{"crowd": true, "crowds": true, "mob": true, "mobs": true, "demonstration": true,
	"demonstrations": true, "protest": true, "march": true, "rally": true, "sit-in": true}

// chargeInstruments are what a charge is made with when it is made
// bodily ("charged the crowd with batons", "with tear gas", "on
// horseback"), where a charge in law is made with an offence.
var chargeInstruments = map[string]bool{"baton": true, "batons": true, "truncheon": true, "truncheons": true, "club": true,
	"clubs": true, "stick": true, "sticks": true, "cane": true, "canes": true, "whip": true, "whips": true, "lathi": true,
	"lathis": true, "gas": true, "teargas": true, "cannon": true, "cannons": true, "horse": true, "horses": true,
	"horseback": true, "bayonet": true, "bayonets": true, "shield": true, "shields": true, "bullets": true, "dogs": true,
	"butts": true, "spray": true, "grenades": true, "armoured": true, "armored": true}

// chargeLegalWords before the verb make its subject a court or
// prosecutor, whose charge is in law whatever it is brought against.
var chargeLegalWords = map[string]bool{"prosecutor": true, "prosecutors": true, "prosecution": true, "court": true,
	"courts": true, "judge": true, "judges": true, "magistrate": true, "magistrates": true, "attorney": true,
	"attorneys": true, "tribunal": true, "indictment": true}

// physicalCharge reads "charge" in its bodily sense, a rush at people
// with force: "riot police charged protesters", "charged the crowd with
// batons", "charged into the crowd", "charged demonstrators on
// horseback". Such a charge is force used to repress a crowd (ASSAULT,
// CAMEO 175, as "used tear gas on protesters" is), not a charge in law
// (COERCE 173, "charged him with murder") nor an accusation (112). It
// returns the pattern to code t with, or nil when t is no such charge:
// a charge "with" an offence, a number of protesters charged ("charged
// 30 protesters", which a court does), a charge "over" or "under"
// something, or a prosecutor's or court's charge stays legal.
func physicalCharge(toks []tok, t *trigger) *Pattern {
	if t.nominal || t.p == nil || len(t.p.Words) == 0 || t.p.Words[0] != "charge" || t.p.Type != "ACCUSE" && t.p.Type != "COERCE" {
		return nil
	}
	if !strings.HasPrefix(toks[t.i].low, "charg") {
		return nil
	}
	// "baton-charged protesters", "were lathi-charged", "police baton
	// charged the students": a charge made with a baton or a stick is
	// bodily whoever is charged, in the passive too.
	if instrumentChargeVerb(strings.ToLower(toks[t.i].text)) != "" || instrumentBefore(toks, t.i) {
		return assaultCharge(t.p)
	}
	if t.passive || t.i+1 >= len(toks) {
		return nil
	}
	for q := 0; q < t.i; q++ {
		if chargeLegalWords[toks[q].low] {
			return nil
		}
	}
	physical := false
	k := t.i + 1
	if l := toks[k].low; l == "at" || l == "into" || l == "through" {
		// "charged at protesters", "charged into the crowd": no charge
		// in law is made at or into anyone; a court named there is
		// where one was read ("charged at a court in Nairobi").
		for q := k + 1; q < len(toks) && q <= k+5; q++ {
			if chargeLegalWords[toks[q].low] {
				return nil
			}
		}
		physical = true
		k++
	}
	// The object: determiners, numbers and modifiers, then the head.
	head, counted := -1, false
	for q := k; q < len(toks) && q <= k+4; q++ {
		tk := toks[q]
		if chargeCrowdNouns[tk.low] {
			head = q
			break
		}
		if isPunct(tk.text) && tk.text != "-" || objPreps[tk.low] || locPreps[tk.low] || adjunctPreps[tk.low] || tk.low == "that" || finiteVerb(tk) {
			break
		}
		if tk.pos == "CD" || isNumber(tk.low) || tk.low == "dozens" || tk.low == "hundreds" || tk.low == "scores" {
			counted = true
		}
	}
	// What comes after the object says which charge it is: "with" an
	// instrument or "on horseback" is bodily, "with" anything else, "over"
	// an incident or "under" a law is in law.
	from := k
	if head >= 0 {
		from = head + 1
	}
	for q := from; q < len(toks) && q <= from+6; q++ {
		l := toks[q].low
		if isPunct(toks[q].text) && l != "-" || l == "that" || subordinators[l] {
			break
		}
		switch l {
		case "with", "on", "using":
			for r := q + 1; r < len(toks) && r <= q+4; r++ {
				if chargeInstruments[toks[r].low] {
					return assaultCharge(t.p)
				}
				if !determiners[toks[r].low] && !strings.HasPrefix(toks[r].pos, "JJ") && toks[r].pos != "NN" && toks[r].low != "riot" && toks[r].low != "tear" && toks[r].low != "water" && toks[r].low != "rubber" && toks[r].low != "police" {
					break
				}
			}
			if l == "with" {
				return nil // "charged protesters with inciting violence"
			}
		case "over", "under", "for":
			if !physical {
				return nil // "charged the protesters over the riot"
			}
		}
	}
	if physical || head >= 0 && (chargeCollectives[toks[head].low] || !counted) {
		return assaultCharge(t.p)
	}
	return nil
}

// assaultCharge is p recoded as a bodily charge at people (see
// physicalCharge), its roles read as before.
func assaultCharge(p *Pattern) *Pattern {
	q := *p
	q.Type, q.CAMEO, q.Mode, q.Context = "ASSAULT", "175", "", nil
	return &q
}

// chargeCompoundInstruments are the instruments that make one word with
// "charge" ("baton-charge", "lathi-charge", "lathicharge", South Asian
// English for a police charge with long sticks), or stand right before it
// ("baton charged the crowd").
var chargeCompoundInstruments = []string{"baton", "lathi", "cane", "truncheon", "bayonet", "stick"}

// instrumentChargeVerb returns the form of "charge" a lower-case word
// compounds with an instrument ("baton-charged" -> "charged",
// "lathicharging" -> "charging"), or "".
func instrumentChargeVerb(low string) string {
	for _, inst := range chargeCompoundInstruments {
		rest, ok := strings.CutPrefix(low, inst)
		if !ok {
			continue
		}
		rest = strings.TrimPrefix(rest, "-")
		switch rest {
		case "charge", "charges", "charged", "charging":
			return rest
		}
	}
	return ""
}

// instrumentBefore says whether an instrument of a charge stands right
// before the verb at i, whole or joined by a hyphen the tokeniser split
// off ("police baton charged the crowd", "lathi - charged").
func instrumentBefore(toks []tok, i int) bool {
	k := i - 1
	if k >= 1 && toks[k].low == "-" {
		k--
	}
	if k < 0 {
		return false
	}
	for _, inst := range chargeCompoundInstruments {
		if toks[k].low == inst {
			return true
		}
	}
	return false
}
