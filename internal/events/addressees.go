package events

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/kb"
)

// Whom a warning is aimed at. "Police warned that anyone who joined the
// march would face arrest": the people the warning addresses are named
// by what they might do ("anyone who", "those who", "whoever"), not by a
// group the knowledge base knows. When the warning promises them a
// penalty they are its target, people of the warner's own country (an
// authority punishes those under it); a warning of risk to them ("anyone
// who travels there risks kidnapping") is concern, not a threat.

// addresseeHeads open a phrase naming people by what they do; the value
// says whether "who" must follow ("anyone who", but "whoever joins").
var addresseeHeads = map[string]bool{"anyone": true, "anybody": true, "everyone": true, "those": true, "people": true, "whoever": false}

// penaltyParticiples are what a penalty does to its addressee ("would be
// arrested", "will be dealt with").
var penaltyParticiples = map[string]bool{"arrested": true, "prosecuted": true, "punished": true, "jailed": true, "detained": true,
	"charged": true, "fined": true, "dealt": true, "shot": true, "expelled": true, "deported": true, "sanctioned": true, "imprisoned": true}

// penaltyNouns are penalties one faces or risks ("would face arrest",
// "risk prosecution", "face severe consequences").
var penaltyNouns = map[string]bool{"arrest": true, "prosecution": true, "punishment": true, "charges": true, "jail": true, "prison": true,
	"consequences": true, "action": true, "penalties": true, "fines": true, "sanctions": true, "detention": true, "imprisonment": true}

// crowdActs in the relative clause make the addressees protesters ("who
// joined the march", "who take part in the rally", "who protest").
var crowdActs = map[string]bool{"march": true, "marches": true, "rally": true, "rallies": true, "protest": true, "protests": true,
	"protested": true, "protesting": true, "demonstration": true, "demonstrations": true, "demonstrate": true, "demonstrated": true,
	"sit-in": true, "sit-ins": true, "strike": true, "strikes": true, "riot": true, "riots": true, "rioting": true, "streets": true}

// warnedAddressees returns, for a warning verb t followed by "that", the
// people its clause names by what they might do when the clause threatens
// them with a penalty: a role of the given country, protesters when what
// they might do is joining a crowd, civilians otherwise. It returns nil
// when the clause names no such people or promises no penalty.
func warnedAddressees(toks []tok, ms []mention, t *trigger, country string) *mention {
	if country == "" || t.nominal || t.j+2 >= len(toks) || toks[t.j].low != "that" {
		return nil
	}
	k := t.j + 1
	needWho, ok := addresseeHeads[toks[k].low]
	if !ok {
		return nil
	}
	r := k + 1
	if needWho {
		if toks[r].low != "who" {
			return nil
		}
		r++
	}
	// The relative clause runs to the main clause's modal ("would face",
	// "will be arrested"); an actor named in it ("anyone who attacks
	// Israel") makes the warning one about that actor, left to the
	// pattern's own target.
	end := -1
	for q := r; q < len(toks) && q < r+15; q++ {
		l := toks[q].low
		if modalWords[l] {
			end = q
			break
		}
		if l == "." || l == ";" || l == ":" || l == "that" {
			return nil
		}
	}
	if end <= r {
		return nil
	}
	for _, m := range ms {
		if m.i >= r && m.i < end && m.country != "" {
			return nil
		}
	}
	if !penaltyAfter(toks, end+1) {
		return nil
	}
	sector := kb.SectorCivilian
	for q := r; q < end; q++ {
		if crowdActs[toks[q].low] {
			sector = kb.SectorProtester
			break
		}
	}
	j := end
	for j > r && isPunct(toks[j-1].text) {
		j--
	}
	return &mention{i: k, j: j, text: strings.TrimSpace(spanText(toks, k, j)), country: country, sector: sector, kind: "role", borrowed: true}
}

// penaltyAfter says whether the words from token q, after a modal, promise
// a penalty: "be arrested", "face arrest", "risk prosecution", "face
// severe consequences".
func penaltyAfter(toks []tok, q int) bool {
	for q < len(toks) && (adverbs[toks[q].low] || toks[q].pos == "RB") {
		q++
	}
	if q >= len(toks) {
		return false
	}
	switch toks[q].low {
	case "be":
		return q+1 < len(toks) && penaltyParticiples[toks[q+1].low]
	case "face", "risk", "receive":
		for k := q + 1; k < len(toks) && k <= q+4; k++ {
			if penaltyNouns[toks[k].low] {
				return true
			}
			if isPunct(toks[k].text) {
				return false
			}
		}
	}
	return false
}
