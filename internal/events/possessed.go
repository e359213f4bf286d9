package events

import "github.com/newsgraph/newsgraph/internal/kb"

// possessedPeople are nouns for the people around someone, who are not
// that someone: "Modi's associates", "the minister's aides", "Khan's
// relatives". An act on them is on them, not on the one they belong to.
var possessedPeople = map[string]bool{
	"associate": true, "associates": true, "aide": true, "aides": true, "adviser": true, "advisers": true,
	"advisor": true, "advisors": true, "bodyguard": true, "bodyguards": true, "supporter": true, "supporters": true,
	"follower": true, "followers": true, "loyalist": true, "loyalists": true, "staff": true, "employees": true,
	"relative": true, "relatives": true, "family": true, "son": true, "sons": true, "daughter": true, "daughters": true,
	"brother": true, "brothers": true, "sister": true, "sisters": true, "wife": true, "husband": true,
	"nephew": true, "nephews": true, "niece": true, "cousin": true, "cousins": true, "son-in-law": true,
	"widow": true, "widower": true, "mother": true, "father": true, "parents": true,
	"lawyer": true, "lawyers": true, "attorney": true, "attorneys": true,
}

// kinPeople are the possessedPeople who are family: private persons
// (civilians), whatever office the one they belong to holds.
var kinPeople = map[string]bool{
	"relative": true, "relatives": true, "family": true, "son": true, "sons": true, "daughter": true, "daughters": true,
	"brother": true, "brothers": true, "sister": true, "sisters": true, "wife": true, "husband": true,
	"nephew": true, "nephews": true, "niece": true, "cousin": true, "cousins": true, "son-in-law": true,
	"widow": true, "widower": true, "mother": true, "father": true, "parents": true,
}

// counselPeople are the possessedPeople who represent the one they belong
// to in court: private persons (civilians) speaking for a client, not of
// the client's office.
var counselPeople = map[string]bool{"lawyer": true, "lawyers": true, "attorney": true, "attorneys": true}

// staffPeople are the possessedPeople who work for the one they belong
// to, and so serve the same side.
var staffPeople = map[string]bool{"aide": true, "aides": true, "adviser": true, "advisers": true, "advisor": true,
	"advisors": true, "bodyguard": true, "bodyguards": true, "staff": true, "employees": true}

// possessedTarget returns the people of mention m's that follow it as a
// possessive ("arrested two of Modi's associates", "detained the
// minister's son"): they are the ones acted on, of m's country, and m
// is no party. The noun may follow a few modifiers ("Khan's close
// aides"); it must end its phrase and no mention may cover it. ok is
// false when no such noun follows m.
func possessedTarget(toks []tok, ms []mention, m mention) (mention, bool) {
	if m.i < 0 || m.kind == "pronoun" {
		return mention{}, false
	}
	k := m.j
	if n := wordAt(toks, k); n != "'s" && n != "'" {
		return mention{}, false
	}
	for q := k + 1; q < len(toks) && q <= k+3; q++ {
		if overlapsAny(ms, q) {
			return mention{}, false
		}
		l := toks[q].low
		if possessedPeople[l] {
			if n := wordAt(toks, q+1); n == "'s" || n == "'" || q+1 < len(toks) && headNoun(toks[q+1]) && !isPunct(toks[q+1].text) {
				return mention{}, false // "the minister's family home"
			}
			start := m.i
			// "two of Modi's associates", "three of the mayor's aides":
			// the quantity is of them.
			q0 := start
			if q0 >= 1 && (toks[q0-1].low == "the" || toks[q0-1].low == "a") {
				q0--
			}
			if q0 >= 2 && toks[q0-1].low == "of" && (numeral(toks[q0-2]) || quantityWord(toks[q0-2].low)) {
				start = q0 - 2
			}
			out := mention{i: start, j: q + 1, text: spanText(toks, start, q+1), country: m.country, kind: "role", borrowed: m.borrowed}
			switch {
			case kinPeople[l], counselPeople[l]:
				out.sector = kb.SectorCivilian
			case staffPeople[l]:
				// A minister's aides work for the government the
				// minister is of; associates and followers need not.
				out.sector = m.sector
			}
			return out, true
		}
		if !modifierWord(toks[q]) {
			return mention{}, false
		}
	}
	return mention{}, false
}
