package events

import (
	"slices"
	"strings"
)

// embeddedClause says whether trigger t stands in a clause that a noun or
// a purpose embeds without the sentence asserting it:
//
//   - an infinitive that completes a noun ("a plan to withdraw", "a U.N.
//     presence to protect them and prevent a war", "a demand from the US
//     President to adhere to peace deals"): what is planned, demanded or
//     attempted, not what happened;
//   - an infinitive of purpose after an object or an adjunct ("sent
//     material to help defend", "staged a rally on Monday to protest",
//     "in order to stop"): what the act was for, not a second act;
//   - a relative clause on a noun ("a plan that will not allow
//     candidates"): what the sentence says of the noun.
//
// An infinitive that completes a verb or an adjective ("decided to
// approve", "ready to sign", "agreed on Tuesday to reopen") is the
// predicate's own, and an infinitive after the object of a verb of
// causing or asking ("forced Kiev to withdraw", "used tear gas to
// disperse") is that verb's complement: the cues and frames decide their
// modality, as before. Such events are kept as background, below the
// main-clause confidence.
func embeddedClause(toks []tok, t *trigger) bool {
	return !t.nominal && relativeThat(toks, t) || embeddedInfinitive(toks, t)
}

// relativeThat says whether the verb trigger t is the verb of a subject
// relative clause opened by "that" after a noun ("a plan that will not
// allow", "the militia that attacked"). A "that" complement clause has a
// subject of its own between "that" and its verb ("said that Iran
// attacked"), so "that" right before the verb group is the relative
// pronoun. A text's content ("a resolution that condemns the attacks") is
// what its authors say, not background.
func relativeThat(toks []tok, t *trigger) bool {
	k := t.i - 1
	for k >= 0 && (clauseAux[toks[k].low] || adverbs[toks[k].low] || toks[k].pos == "MD" || toks[k].pos == "RB" || toks[k].low == "n't" ||
		toks[k].low == "be" || toks[k].low == "been") {
		k--
	}
	if k < 1 || toks[k].low != "that" {
		return false
	}
	// A relative clause's verb is finite ("that attacked", "that will
	// allow"); an "-ing" form after "that" is a gerund opening a
	// complement clause ("said that removing the sanctions is out of the
	// question"), and a time word before "that" ends an adjunct of the
	// report verb ("said yesterday that").
	if k+1 == t.i && strings.HasSuffix(toks[t.i].low, "ing") {
		return false
	}
	n := toks[k-1]
	if adoptedTexts[n.low] || timeNoun(n.low) || timeWords[n.low] || !(n.pos == "NN" || n.pos == "NNS" || n.pos == "" && headNoun(n)) {
		return false
	}
	return true
}

// embeddedInfinitive says whether trigger t is inside an infinitive that
// completes a noun or tells a purpose (see embeddedClause): looking back
// from t within its clause, each "to" before a bare verb opens an
// infinitive containing t, and one of them is governed by a noun or by
// "in order". A finite verb, a clause opener, a comma or a report verb
// ends the search: the clause above is asserted.
func embeddedInfinitive(toks []tok, t *trigger) bool {
	// "sent two planes to carry relief supplies": aid carried by what is
	// sent is the sending itself, no second act it was for; the clause
	// above the sending still decides.
	aidTo := -1
	if t.p != nil && t.p.Type == "AID" && sendPurposeVerb(toks, t) >= 0 {
		aidTo = t.i - 1
		for aidTo >= 0 && toks[aidTo].low != "to" {
			aidTo--
		}
	}
	for k := t.i - 1; k >= 0 && k >= t.i-25; k-- {
		l := toks[k].low
		if leftStop[l] || l == "," || subordinators[l] || l == "that" || reportWords[l] {
			return false
		}
		if finiteVerb(toks[k]) && !isCap(toks[k].text) {
			return false
		}
		if l == "to" && k != aidTo && infinitiveAt(toks, k+1) && nonAssertingTo(toks, k) {
			return true
		}
	}
	return false
}

// infinitiveAt says whether a bare verb, possibly after an adverb or "be",
// starts at token k ("to protect", "to further develop", "to be sent").
func infinitiveAt(toks []tok, k int) bool {
	if k < len(toks) && (toks[k].pos == "RB" || adverbs[toks[k].low]) {
		k++
	}
	return k < len(toks) && (toks[k].pos == "VB" || toks[k].low == "be")
}

// nonAssertingTo says whether the infinitive marker at token k completes
// a noun or tells a purpose: "in order to", "so as to", or a noun right
// before it (a time adjunct aside: "staged a rally on Monday to protest")
// that is not the object of a verb of causing or asking.
func nonAssertingTo(toks []tok, k int) bool {
	g := k - 1
	for g >= 0 && (adverbs[toks[g].low] || toks[g].pos == "RB") {
		g--
	}
	if g < 0 {
		return false
	}
	if g > 0 && (toks[g].low == "order" && toks[g-1].low == "in" || toks[g].low == "as" && toks[g-1].low == "so") {
		return true
	}
	g = timeAdjunctStart(toks, g)
	if g < 0 {
		return false
	}
	if !nounLike(toks[g]) {
		// A verb or an adjective: its own complement ("decided to",
		// "ready to", "agreed on Tuesday to").
		return false
	}
	// An attempt is an act taken, whatever came of it: "an attempt to
	// assassinate the governor was thwarted" reports an attack.
	if attemptNouns[toks[g].low] {
		return false
	}
	// Walk back over the noun phrase, with its place phrases ("pressure
	// groups in the United States"), to what governs it.
	q := g
	for q >= 0 && (nounPhraseWord(toks, q) || locPreps[toks[q].low] || toks[q].low == "from" || toks[q].low == "to" && !infinitiveAt(toks, q+1)) {
		q--
	}
	if intentVerbs[toks[g].low] && (g == 0 || !(determiners[toks[g-1].low] || toks[g-1].pos == "JJ" && !isCap(toks[g-1].text) || toks[g-1].pos == "PRP$" || toks[g-1].pos == "CD")) {
		// A verb the tagger took for a noun: "The Netherlands plans to
		// sanction", "Greece, like other members, plans to impose", "the
		// US and China need to work together". The noun would open a
		// noun phrase with a determiner or a modifier ("its plans to").
		return false
	}
	if q < 0 {
		// The noun phrase opens the clause: "Efforts to end the war
		// failed", a subject's complement, unless no verb follows: a
		// headline's "Kenya to deploy police to Haiti" is its future.
		for _, x := range toks[k+1:] {
			if finiteVerb(x) && !isCap(x.text) {
				return true
			}
		}
		return false
	}
	if causeOrAskVerb(toks, q) {
		return false
	}
	// "The jury took just 15 minutes to find him guilty", "it took
	// police three hours to clear the square": the time an act took
	// tells that it was done, not what it was for.
	if tookTime(toks, q, g) {
		return false
	}
	// People sent to do something do it for the sender: "send a
	// delegation to negotiate" is the sender's negotiating. A thing sent
	// is only the means ("send material to help defend").
	if sendVerbs[toks[q].low] && slices.ContainsFunc(toks[q+1:g+1], func(x tok) bool { return agentNouns[x.low] }) {
		return false
	}
	// An intent held or announced by the clause's subject is its own
	// intent, which the cues code as such: "had no plans to meet",
	// "announced a decision to withdraw".
	if intentNouns[toks[g].low] && q >= 0 && holdVerbs[toks[q].low] {
		return false
	}
	// An act done to protest is a protest ("shunned work on Monday to
	// protest"), as much as the act it is the purpose of: one told in
	// a participle after a noun ("the demonstration staged by students
	// to protest") is embedded with it, one of the main verb is not.
	if protestPurpose(toks, k) {
		return reducedParticipleAt(toks, q)
	}
	return true
}

// intentVerbs are verbs of intent or need that take an infinitive and
// have the form of a noun, which a tagger may read as nouns: "The
// Netherlands plans to sanction", "the United States and China need to
// work together".
var intentVerbs = map[string]bool{}

// intentNouns name an intent; its holder's intent is an event the cues
// code ("has plans to meet": an intent to meet).
var intentNouns = map[string]bool{"plan": true, "plans": true, "decision": true, "intention": true, "intentions": true,
	"commitment": true, "pledge": true, "promise": true, "vow": true, "offer": true, "readiness": true, "willingness": true,
	"determination": true, "intent": true}

// holdVerbs have, make or announce an intent as their subject's own, right
// before its noun phrase: "had no plans to", "announced a decision to".
var holdVerbs = map[string]bool{}

// sendVerbs dispatch people to act for the sender.
var sendVerbs = map[string]bool{}

// agentNouns are groups of people sent to act for someone.
var agentNouns = map[string]bool{"delegation": true, "delegations": true, "team": true, "teams": true, "envoy": true, "envoys": true,
	"mission": true, "troops": true, "soldiers": true, "officers": true, "delegates": true, "negotiators": true,
	"representatives": true, "experts": true, "advisers": true, "advisors": true, "officials": true, "monitors": true,
	"observers": true, "peacekeepers": true, "diplomats": true, "emissary": true, "emissaries": true, "police": true}

// diplomaticPosts are the nouns of a state's posts abroad, which a
// nationality before them names the owner of ("the Polish consulate").
var diplomaticPosts = map[string]bool{"embassy": true, "embassies": true, "consulate": true, "consulates": true}

func init() {
	for _, v := range []string{"have", "make", "announce", "unveil", "approve", "adopt", "outline", "confirm", "reaffirm",
		"reiterate", "express", "signal", "declare", "state", "deny", "renew", "take", "reach"} {
		for _, f := range verbForms(v) {
			holdVerbs[f] = true
		}
	}
	holdVerbs["has"], holdVerbs["had"] = true, true
	for _, v := range []string{"plan", "aim", "seek", "vow", "hope", "want", "intend", "threaten", "pledge", "promise", "expect",
		"need", "refuse", "agree", "decide", "offer", "try", "fail", "continue", "move", "wish"} {
		intentVerbs[v], intentVerbs[v+"s"] = true, true
	}
	intentVerbs["tries"] = true
	for _, v := range []string{"send", "dispatch", "deploy"} {
		for _, f := range verbForms(v) {
			sendVerbs[f] = true
		}
	}
}

// attemptNouns name an act tried: what they complete was done.
var attemptNouns = map[string]bool{"attempt": true, "attempts": true}

// protestPurpose says whether the infinitive at "to" (token k) is one
// of protest: "to protest", "to demonstrate", "to denounce".
func protestPurpose(toks []tok, k int) bool {
	return k+1 < len(toks) && crowdPurpose[toks[k+1].low]
}

// reducedParticipleAt says whether the words before the noun phrase
// that ends at an infinitive are a participle after a noun, possibly with
// its agent ("the demonstration staged by students ..."): a reduced
// relative clause, embedded in the noun phrase it follows.
func reducedParticipleAt(toks []tok, q int) bool {
	if q >= 0 && toks[q].low == "by" {
		q--
	}
	if q < 1 {
		return false
	}
	v, n := toks[q], toks[q-1]
	return (v.pos == "VBN" || v.pos == "VBD") && (n.pos == "NN" || n.pos == "NNS")
}

// timeAdjunctStart skips back over a time adjunct ending at token g ("on
// Tuesday", "on 15 October", "last week", "Sunday") and returns the token
// before it, or g when none ends there.
func timeAdjunctStart(toks []tok, g int) int {
	if !timeNoun(toks[g].low) {
		return g
	}
	for g >= 0 && (timeNoun(toks[g].low) || isNumber(toks[g].low) || timeWords[toks[g].low] || toks[g].low == "on" ||
		toks[g].low == "the" || toks[g].low == "of") {
		g--
	}
	return g
}

// timeNoun says whether a word names a day, a month or a span of time.
func timeNoun(l string) bool {
	switch l {
	case "today", "yesterday", "tomorrow", "tonight", "overnight", "week", "weekend", "month", "year", "morning", "afternoon",
		"evening", "night":
		return true
	}
	return timeNames[l] || l == "may"
}

// nounLike says whether a token is a noun, a name or an object pronoun.
func nounLike(t tok) bool {
	if t.pos != "" {
		return strings.HasPrefix(t.pos, "NN") || t.pos == "PRP" || t.pos == "CD"
	}
	return headNoun(t) || isCap(t.text) && !isPunct(t.low) || objPronouns[t.low]
}

// nounPhraseWord says whether token q can be part of a noun phrase ending
// before an infinitive: determiners, modifiers, nouns, names, numbers,
// possessives, "of" and a hyphen ("the leaders of both countries", "a
// U.N. military presence", "Kiev's forces").
func nounPhraseWord(toks []tok, q int) bool {
	t := toks[q]
	switch {
	case determiners[t.low] || t.low == "of" || t.low == "'s" || t.low == "'" || t.low == "-" || quantityWord(t.low):
		return true
	case t.low == "and" && q+1 < len(toks) && isCap(toks[q+1].text):
		return true
	case t.pos != "":
		return strings.HasPrefix(t.pos, "NN") || t.pos == "JJ" || t.pos == "CD" || t.pos == "PRP" || t.pos == "PRP$" || t.pos == "POS"
	}
	return headNoun(t) || modifierWord(t) || isCap(t.text) && !isPunct(t.low) || objPronouns[t.low]
}

// causeVerbs take an object and an infinitive that is the verb's own
// complement: the object is to do the act ("forced Kiev to withdraw",
// "asked the UN to send", "allowed refugees to return"), and "use" names
// the means of an act done ("used tear gas to disperse the crowd").
var causeVerbs = map[string]bool{}

func init() {
	for _, v := range []string{"ask", "urge", "tell", "force", "allow", "order", "persuade", "invite", "encourage", "want",
		"expect", "help", "enable", "permit", "pressure", "press", "push", "prompt", "lead", "cause", "get", "convince",
		"compel", "oblige", "authorize", "authorise", "instruct", "request", "require", "advise", "warn", "challenge",
		"beg", "empower", "incite", "entitle", "mandate", "need", "prefer", "like", "wish", "trust", "train", "teach",
		"remind", "recruit", "use", "pay", "hire", "appoint", "elect", "choose", "direct", "command", "summon", "lobby", "implore", "exhort", "motivate", "inspire", "drive", "mobilise", "mobilize"} {
		for _, f := range verbForms(v) {
			causeVerbs[f] = true
		}
	}
}

// phrasalAsk are the prepositions of phrasal verbs of asking whose object
// is to act: "called on Iran to", "appealed to the UN to", "relied on
// Turkey to", "waited for the army to".
var phrasalAsk = map[string]map[string]bool{
	"on":   {"call": true, "calls": true, "called": true, "calling": true, "rely": true, "relied": true, "relies": true, "count": true, "counted": true},
	"upon": {"call": true, "calls": true, "called": true, "calling": true},
	"to":   {"appeal": true, "appealed": true, "appeals": true, "appealing": true},
	"for":  {"wait": true, "waited": true, "waits": true, "waiting": true, "arrange": true, "arranged": true},
}

// causeOrAskVerb says whether token q, right before an object, is a verb
// of causing or asking, or the preposition of a phrasal one.
func causeOrAskVerb(toks []tok, q int) bool {
	l := toks[q].low
	if causeVerbs[l] {
		return true
	}
	if vs, ok := phrasalAsk[l]; ok && q > 0 && vs[toks[q-1].low] {
		return true
	}
	return false
}

// passiveReport says whether the report verb at token q is a passive
// report frame ("he was said to have wished", "Iran is reported to have
// sent"): its subject is the subject of the act reported, which the
// report verb does not divide from it as an active one does ("Iran said
// Iraq attacked").
func passiveReport(toks []tok, q int) bool {
	if q+1 >= len(toks) || toks[q+1].low != "to" {
		return false
	}
	k := q - 1
	for k >= 0 && (adverbs[toks[k].low] || toks[k].pos == "RB") {
		k--
	}
	return k >= 0 && beForms[toks[k].low]
}

// sentToAct says whether the verb trigger t is the infinitive of purpose
// of people sent: "Ghana sent a delegation to negotiate with Togo",
// "dispatched a team to Lome to mediate". The sending is done; what the
// envoys were sent to do is its purpose, intended and not yet reported
// done (see embeddedClause, which keeps it the sender's act).
func sentToAct(toks []tok, t *trigger) bool {
	if t.nominal {
		return false
	}
	k := t.i - 1
	for k >= 0 && (adverbs[toks[k].low] || toks[k].pos == "RB") {
		k--
	}
	if k < 2 || toks[k].low != "to" {
		return false
	}
	g := timeAdjunctStart(toks, k-1)
	if g < 1 {
		return false
	}
	q := g
	for q >= 0 && (nounPhraseWord(toks, q) || locPreps[toks[q].low] || toks[q].low == "from" || toks[q].low == "to" && !infinitiveAt(toks, q+1)) {
		q--
	}
	return q >= 0 && sendVerbs[toks[q].low] && slices.ContainsFunc(toks[q+1:g+1], func(x tok) bool { return agentNouns[x.low] })
}

// sendPurposeVerb returns the index of the sending verb when the trigger
// is the purpose infinitive of a sending ("Australia sent two helicopters
// to help with the search", "sent soldiers to help"), else -1. The act
// purposed is the sender's, whatever was sent: the people or things sent
// are its means, and the sender is no recipient of its own help. The
// object may coordinate common nouns ("a navy ship and two helicopters").
func sendPurposeVerb(toks []tok, t *trigger) int {
	if t.nominal {
		return -1
	}
	k := t.i - 1
	for k >= 0 && (adverbs[toks[k].low] || toks[k].pos == "RB") {
		k--
	}
	if k < 2 || toks[k].low != "to" {
		return -1
	}
	g := timeAdjunctStart(toks, k-1)
	if g < 1 || !nounLike(toks[g]) {
		return -1
	}
	q := g
	for q >= 0 && (nounPhraseWord(toks, q) || toks[q].low == "and" || toks[q].low == ",") {
		q--
	}
	if q < 0 || q == g || !sendVerbs[toks[q].low] {
		return -1
	}
	return q
}

// causedObjectVerb returns the index of the verb of causing or persuading
// whose object is the one to do the verb at i ("negotiators persuaded him
// to release the passengers", "forced the hijacker to surrender"), or -1.
// The subject of that verb brought the act about but does not do it: the
// actor of the infinitive is the object, named or not. "use" is left out:
// what is used is the means, and its user acts ("used tear gas to
// disperse the crowd").
func causedObjectVerb(toks []tok, i int) int {
	if i <= 0 || i >= len(toks) || toks[i].pos != "VB" {
		return -1
	}
	k := i - 1
	for k >= 0 && (toks[k].pos == "RB" || adverbs[toks[k].low]) {
		k--
	}
	if k < 2 || toks[k].low != "to" {
		return -1
	}
	q := k - 1
	for q >= 0 && q >= k-6 && nounPhraseWord(toks, q) && !causeVerbs[toks[q].low] {
		q--
	}
	if q < 0 || q == k-1 || !causeVerbs[toks[q].low] || verbLemmaIs(toks[q].low, "use") {
		return -1
	}
	return q
}

// verbLemmaIs says whether word w is one of the inflections of verb v.
func verbLemmaIs(w, v string) bool {
	return slices.Contains(verbForms(v), w)
}
