package events

import "github.com/newsgraph/newsgraph/internal/kb"

// clubPrefixBefore says whether the words before toks[i] open a sports
// club's name built on a place: "Real Madrid", "Atletico Madrid", "Dynamo
// Kyiv", "Inter Milan", "Red Star Belgrade" (kb.ClubPrefixEnds, the list
// the tagger and the resolver read too). Each must be written with its
// capital, so "real Madrid prices" or "a dynamo in Moscow" is no club.
func clubPrefixBefore(toks []tok, i int) bool {
	before := make([]string, 0, 2)
	for k := max(0, i-2); k < i; k++ {
		before = append(before, toks[k].text)
	}
	return kb.ClubPrefixEnds(before)
}
