package events

import "strings"

// blocWithdrawalPatterns stand in for "withdraw", "withdrawal" and "pull
// out" (RETREAT 087) when what is withdrawn from is a bloc of states or
// an international court: "Hungary withdrew from the International
// Criminal Court", "Mali announced its withdrawal from ECOWAS", "pulled
// out of the OAS". No force moves; the state leaves a body of states,
// which reduces relations with it (SANCTION 160) as "left the EU" does
// (blocmembership.go). Forces withdrawn from a place keep RETREAT 087.
var blocWithdrawalPatterns = map[string]*Pattern{
	"verb": {Kind: "verb", Phrase: "withdraw", Words: []string{"withdraw"}, Type: "SANCTION", CAMEO: "160", Prep: "from", Rule: "blocwithdrawal.go"},
	"noun": {Kind: "noun", Phrase: "withdrawal", Words: []string{"withdrawal"}, Type: "SANCTION", CAMEO: "160", Prep: "from", Rule: "blocwithdrawal.go"},
	"pull": {Kind: "verb", Phrase: "pull out", Words: []string{"pull", "out"}, Type: "SANCTION", CAMEO: "160", Prep: "of", Rule: "blocwithdrawal.go"},
}

// blocWithdrawal returns the SANCTION stand-in for withdrawal pattern p
// matched up to token j when the preposition right after it ("from", or
// "of" after "pull out") opens a body a state joins or leaves
// (blocObject), else nil. "withdrew its troops from the UN mission" has
// its object between and keeps RETREAT.
func blocWithdrawal(toks []tok, ms []mention, p *Pattern, j int) *Pattern {
	if p.Type != "RETREAT" || p.CAMEO != "087" || j+1 >= len(toks) {
		return nil
	}
	var stand *Pattern
	switch strings.Join(p.Words, " ") {
	case "withdraw":
		stand = blocWithdrawalPatterns[p.Kind]
	case "withdrawal":
		stand = blocWithdrawalPatterns["noun"]
	case "pull out":
		stand = blocWithdrawalPatterns["pull"]
	case "pull * out":
		// The gap left empty: "pull out of", read as "pull * out".
		if j >= 2 && strings.HasPrefix(toks[j-2].low, "pull") {
			stand = blocWithdrawalPatterns["pull"]
		}
	}
	if stand == nil || toks[j].low != stand.Prep || !blocObject(toks, ms, j+1) {
		return nil
	}
	return stand
}
