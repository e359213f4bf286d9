package events

import "strings"

// receivedThings name an idea, a text or news that reaches its receiver
// ("The Spanish government received the proposal with scepticism", "the
// news was received with relief", "the offer was well received"): the
// receiver weighs it and hosts no one, so "receive" is no visit (CAMEO
// 043). A maker named with it is coded, if at all, by the noun's own
// pattern.
var receivedThings = map[string]bool{"proposal": true, "proposals": true, "plan": true, "plans": true, "offer": true, "offers": true,
	"news": true, "report": true, "reports": true, "idea": true, "ideas": true, "suggestion": true, "suggestions": true,
	"initiative": true, "initiatives": true, "announcement": true, "announcements": true, "statement": true, "statements": true,
	"decision": true, "decisions": true, "verdict": true, "verdicts": true, "ruling": true, "rulings": true, "results": true,
	"bid": true, "bids": true, "invitation": true, "invitations": true, "draft": true, "drafts": true, "ultimatum": true,
	"criticism": true, "praise": true, "information": true, "intelligence": true, "message": true, "messages": true,
	"letter": true, "letters": true,
	// Goods delivered: a shipment of wheat received is trade, no visit;
	// arms received are matched by the longer "receive * weapons".
	"shipment": true, "shipments": true, "cargo": true, "cargoes": true, "consignment": true, "consignments": true,
	"delivery": true, "deliveries": true, "batch": true}

// receivedNoHost says whether what is received, named after the verb
// ending at j or, in the passive, as the subject of the participle at i,
// is a thing and no visitor: a request or an assurance (receivedNouns),
// an idea, a text or news (receivedThings), people or remains handed over
// (handedOverNouns) or money (moneyNouns). "The proposal was received by
// the Spanish government" is as little a visit as "the Spanish government
// received the proposal"; "The delegation was received by the king" is
// one.
func receivedNoHost(toks []tok, i, j int) bool {
	if receivedThingAfter(toks, j) {
		return true
	}
	if !isPassive(toks, i) {
		return false
	}
	h := passiveSubjectHead(toks, i)
	if h < 0 {
		return false
	}
	l := toks[h].low
	return receivedNouns[l] || receivedThings[l] || handedOverNouns[l] || moneyNouns[l]
}

// receivedThingAfter says whether the object after a verb of receiving
// ending at j is an idea, a text or news ("received the proposal",
// "received Iran's peace plan with scepticism").
func receivedThingAfter(toks []tok, j int) bool {
	return receivedNounAfter(toks, j, receivedThings)
}

// passiveSubjectHead returns the head noun of the subject of the passive
// participle at i ("The proposal" in "The proposal was received", "plan"
// in "Iran's new plan for Gaza was well received"): past the adverbs and
// auxiliaries before the participle, the last noun of the subject before
// any phrase on it. It returns -1 when no noun phrase ends right there
// (a clause break, a verb or a pronoun stands before the auxiliary).
func passiveSubjectHead(toks []tok, i int) int {
	aux := i - 1
	// "was well received", "were warmly received": any adverb.
	for aux >= 0 && (adverbs[toks[aux].low] || strings.HasPrefix(toks[aux].pos, "RB") || toks[aux].low == "not" || toks[aux].low == "n't") {
		aux--
	}
	if aux < 1 || !beForms[toks[aux].low] {
		return -1
	}
	for aux >= 1 && (beForms[toks[aux-1].low] || perfectAux[toks[aux-1].low] || auxiliaries[toks[aux-1].low]) {
		aux--
	}
	// The subject's first token: back to a clause break, within ten.
	start := aux
	for start > 0 && start > aux-10 {
		l := toks[start-1].low
		if l == "," || l == ";" || l == "that" || l == "and" || rightStop[l] || finiteVerb(toks[start-1]) {
			break
		}
		start--
	}
	head := -1
	for q := start; q < aux; q++ {
		if q > start && (objPreps[toks[q].low] || toks[q].pos == "IN") {
			break
		}
		if strings.HasPrefix(toks[q].pos, "NN") {
			head = q
		}
	}
	return head
}
