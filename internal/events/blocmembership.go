package events

import "strings"

// blocMembershipVerbs join or leave something: a bare pattern on one of
// them is an event only when what is joined or left is an alliance or a
// bloc of states ("Finland joined NATO" COOPERATE, "Britain voted to
// leave the EU" SANCTION 160 as a pact withdrawn from is), never a crowd,
// a talk or a place ("students joined the protest", "troops left the
// village"), whose own patterns code them.
var blocMembershipVerbs = map[string]bool{"join": true, "rejoin": true, "leave": true, "quit": true, "exit": true}

// blocMembershipPattern says whether p is a bare joining or leaving verb
// (blocMembershipVerbs) that blocObject must license.
func blocMembershipPattern(p *Pattern) bool {
	return p.Kind == "verb" && len(p.Words) == 1 && blocMembershipVerbs[p.Words[0]]
}

// blocObject says whether the direct object that starts at token j, past
// a determiner, is an international organisation ("NATO", "the EU", "the
// alliance" read as NATO): the body a state joins or leaves.
func blocObject(toks []tok, ms []mention, j int) bool {
	for j < len(toks) && (toks[j].low == "the" || toks[j].low == "a") {
		j++
	}
	for _, m := range ms {
		if m.i != j || !(m.sector == "igo" || internationalCourt(m)) {
			continue
		}
		// "left the UN headquarters": a body that only modifies the
		// object's noun is not what is left, nor is one that owns it
		// ("joined the EU's civil protection mechanism"); a noun for the
		// body itself is ("joined the BRICS group", "the NATO alliance").
		if m.j < len(toks) && (toks[m.j].low == "'s" || toks[m.j].low == "'") {
			return false
		}
		if m.j < len(toks) && (toks[m.j].pos == "NN" || toks[m.j].pos == "NNS" || toks[m.j].pos == "NNP") && !blocBodyNouns[toks[m.j].low] {
			return false
		}
		return true
	}
	return false
}

// blocBodyNouns, after a bloc's name, name the bloc itself: "the BRICS
// group", "the NATO alliance", "the ASEAN bloc".
var blocBodyNouns = map[string]bool{"group": true, "grouping": true, "bloc": true, "alliance": true, "organisation": true,
	"organization": true, "club": true, "forum": true}

// internationalCourt says whether m is a court that is itself an
// international body, its own code for its country ("the International
// Criminal Court"): a state joins or leaves it by treaty, as it does a
// bloc. A court of a bloc ("the ECOWAS Court", id ECOWAS.CCJ) or of a
// state is part of another body and no such party.
func internationalCourt(m mention) bool {
	return m.sector == "judiciary" && m.actorID != "" && m.actorID == m.country && !strings.Contains(m.actorID, ".")
}

// membershipBidPattern says whether p is a noun pattern for a bid or an
// application to join or rejoin ("bid to join", patterns/nouns.txt): a
// request for membership (REQUEST 020, as "applied to join" is) only when
// what follows is a body a state joins (blocObject), which is its target
// (blocJoined); "a bid to join the index" asks no body of states.
func membershipBidPattern(p *Pattern) bool {
	return p.Kind == "noun" && len(p.Words) == 3 && p.Words[1] == "to" && (p.Words[2] == "join" || p.Words[2] == "rejoin")
}

// blocJoined returns the body blocObject finds at j as a side, or nil.
func blocJoined(toks []tok, ms []mention, j int) group {
	if !blocObject(toks, ms, j) {
		return nil
	}
	for j < len(toks) && (toks[j].low == "the" || toks[j].low == "a") {
		j++
	}
	for mi, m := range ms {
		if m.i == j {
			return groupAt(toks, ms, mi)
		}
	}
	return nil
}
