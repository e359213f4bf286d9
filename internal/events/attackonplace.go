package events

import "github.com/newsgraph/newsgraph/internal/kb"

// attackOnPlaceVictims gives the people an attack killed or wounded the
// country of what the attack fell on, named in the subject: "A Russian
// missile strike on Kyiv killed five people", "An Israeli air strike on a
// refugee camp in Gaza killed 20 people". The victims are where the
// strike fell, as "killed five people in Kyiv" places them (the place
// after them gives them its country in findMentions); left without one,
// the event had no target at all (a country only borrowed from the rest of
// the sentence is dropped later, see dropBorrowed). Only people of no
// country of their own are placed (a nationality before them, "killed three Turkish soldiers",
// already says whose they are), and only by a party with a country after
// "on" (a nationality there, "a strike on Russian positions", says whose
// the positions are, not where the people were).
func (c *Coder) attackOnPlaceVictims(toks []tok, ms []mention) {
	for i, m := range ms {
		if m.kind != "role" || m.country != "" && !m.borrowed || (m.sector != kb.SectorCivilian && m.sector != kb.SectorRefugee) {
			continue
		}
		v := victimVerbBefore(toks, m.i)
		if v < 0 {
			continue
		}
		on := attackOnSubject(toks, v)
		if on < 0 {
			continue
		}
		for _, p := range ms {
			if p.i > on && p.j <= v && p.country != "" && p.kind != "pronoun" && p.kind != "demonym" {
				ms[i].country, ms[i].borrowed = p.country, false
				if a, ok := c.kb.SectorActor(p.country, m.sector); ok {
					ms[i].actorID = a.ID
				}
				break
			}
		}
	}
}

// victimWords stand between a verb of harm and the people it harmed: a
// count and its hedges ("killed at least 20 people", "wounded more than a
// dozen civilians").
var victimWords = map[string]bool{"at": true, "least": true, "more": true, "than": true, "about": true, "some": true,
	"nearly": true, "almost": true, "around": true, "up": true, "to": true, "dozens": true, "scores": true, "hundreds": true,
	"of": true, "a": true, "dozen": true}

// victimVerbBefore returns the verb of harm whose object starts at k
// ("killed at least 20 people"), or -1.
func victimVerbBefore(toks []tok, k int) int {
	for q := k - 1; q >= 0 && q >= k-6; q-- {
		l := toks[q].low
		if harmVerbs[l] {
			return q
		}
		if !victimWords[l] && toks[q].pos != "CD" && toks[q].pos != "JJ" {
			return -1
		}
	}
	return -1
}

// attackOnSubject returns the "on" after an attack noun in the subject of
// the verb at v ("An Israeli air strike on Gaza killed", "An attack by
// gunmen on a village killed"), or -1: the subject runs from the start of
// the clause to the verb with no finite verb of its own.
func attackOnSubject(toks []tok, v int) int {
	on := -1
	for q := v - 1; q >= 0; q-- {
		t := toks[q]
		if clauseOpeners[t.low] || subjectBreaks[t.low] {
			break
		}
		if t.low == "on" && on < 0 {
			on = q
			continue
		}
		if attackNouns[t.low] {
			if on > q && on-q <= 5 {
				return on
			}
			continue
		}
		// The tagger reads "strike" in "a missile strike on" as a
		// verb (VBP); a real finite verb here opens another clause.
		if finiteVerb(t) {
			break
		}
	}
	return -1
}

// subjectBreaks open a clause or an adjunct besides clauseOpeners: the
// subject of the verb of harm does not run back past them.
var subjectBreaks = map[string]bool{"when": true, "after": true, "which": true, "who": true, "where": true, "and": true}
