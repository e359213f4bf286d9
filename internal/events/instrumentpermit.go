package events

import "strings"

// instrumentNouns name a written instrument between parties: an agreement
// and what it is signed as.
var instrumentNouns = map[string]bool{"deal": true, "deals": true, "agreement": true, "agreements": true,
	"accord": true, "accords": true, "treaty": true, "treaties": true, "pact": true, "pacts": true,
	"memorandum": true, "memoranda": true, "memorandums": true, "protocol": true, "protocols": true,
	"arrangement": true, "arrangements": true, "contract": true, "contracts": true, "compact": true,
	"convention": true, "mou": true}

// legalInstruments set terms as an accord does, passed or issued by one
// party: "A new law allows foreign banks to open branches", "The decree
// permits farmers to export wheat", "The bill would allow police to detain
// suspects". What it allows is one of its provisions, not a concession by
// whoever the sentence names near it ("Vietnam's new law", "passed by the
// Kenyan parliament"); the party's act is passing or issuing it, coded on
// its own.
var legalInstruments = map[string]bool{"law": true, "laws": true, "decree": true, "decrees": true,
	"rule": true, "rules": true, "regulation": true, "regulations": true, "bill": true, "bills": true,
	"legislation": true, "ordinance": true, "ordinances": true, "statute": true, "statutes": true,
	"directive": true, "directives": true, "amendment": true, "amendments": true, "constitution": true,
	"act": true, "ruling": true, "resolution": true, "resolutions": true, "waiver": true, "waivers": true,
	"licence": true, "license": true, "permit": true, "permits": true, "measure": true, "measures": true,
	"policy": true}

// instrumentPermit says whether a verb of allowing at trigger t has an
// agreement for its subject: "The deal allows Budapest to store gas",
// "The agreement, which Serbia signed, allows Kosovo to join", "signed an
// accord on Monday allowing Budapest to store gas". What an accord allows
// is one of its terms, not a concession anyone made (CAMEO 080): its
// parties' act is the signing or agreeing, which is coded on its own, and
// the accord is no actor to take for the one who allows. A state or a
// body that allows ("Croatia reopened its border, allowing trucks to
// cross", "Sudan allowed convoys") concedes as before.
func instrumentPermit(toks []tok, t *trigger) bool {
	if t.nominal || t.passive || t.i == 0 || !permitVerbs[toks[t.i].low] {
		return false
	}
	if strings.HasSuffix(toks[t.i].low, "ing") {
		return instrumentBeforeParticiple(toks, t.i)
	}
	// The subject before the verb, past its auxiliaries and adverbs
	// ("would have allowed", "also allows") and an aside set off by
	// commas (", which Serbia signed,", ", signed in Cairo,").
	k := t.i - 1
	for k >= 0 && (auxiliaries[toks[k].low] || adverbs[toks[k].low] || toks[k].low == "not" || toks[k].low == "n't" || toks[k].pos == "MD" || toks[k].pos == "RB") {
		k--
	}
	if k >= 1 && toks[k].low == "," {
		open := -1
		for q := k - 1; q >= 1 && q >= k-12; q-- {
			if toks[q].low == "," {
				open = q
				break
			}
		}
		if open < 0 || !asideOpener(toks[open+1]) {
			return false
		}
		k = open - 1
	}
	return k >= 0 && (instrumentNouns[toks[k].low] || legalInstruments[toks[k].low] || instrumentModified(toks, k))
}

// instrumentPreps open a phrase that names an agreement's parties or
// matter after it: "a deal between Russia and Ukraine", "the accord with
// Iran", "the pact on grain".
var instrumentPreps = map[string]bool{"between": true, "with": true, "among": true, "on": true, "over": true}

// instrumentModified says whether the subject ending at token k is an
// agreement whose parties follow it ("A deal between Russia and Ukraine
// allowed grain exports", "The accord with Iran allows inspections"): the
// head is the instrument, and the names after its preposition are its
// parties, not the subject. The phrase is bounded: no verb, comma or
// clause word inside, and the instrument must open the clause's subject,
// not sit in a fronted adjunct ("Under the deal with Russia Ukraine
// allowed ..." is Ukraine allowing).
func instrumentModified(toks []tok, k int) bool {
	for q := k - 1; q >= 0 && q >= k-10; q-- {
		l := toks[q].low
		if finiteVerb(toks[q]) || isPunct(l) || subordinators[l] || l == "which" || l == "who" || l == "that" {
			return false
		}
		if !instrumentNouns[l] && !legalInstruments[l] || !instrumentPreps[toks[q+1].low] || q+1 >= k {
			continue
		}
		// The instrument's own noun phrase ("A new grain deal"), then
		// what stands before it: the sentence's start, a comma, or a
		// conjunction, never a preposition.
		b := q - 1
		for b >= 0 && (toks[b].pos == "DT" || toks[b].pos == "JJ" || strings.HasPrefix(toks[b].pos, "NN") || toks[b].pos == "POS" || toks[b].pos == "CD") {
			b--
		}
		return b < 0 || toks[b].pos != "IN" && toks[b].pos != "TO"
	}
	return false
}

// asideOpener says whether a word opens an aside on the noun before it:
// a relative pronoun or a participle ("which Serbia signed", "signed in
// Cairo", "brokered by Qatar").
func asideOpener(tk tok) bool {
	switch tk.low {
	case "which", "that":
		return true
	}
	return tk.pos == "VBN" || tk.pos == "VBD" && strings.HasSuffix(tk.low, "ed")
}

// instrumentBeforeParticiple says whether an "-ing" verb of allowing at i
// follows an agreement within its clause: the noun it modifies ("an accord
// allowing"), past the accord's own adjuncts ("an accord with Russia on
// Monday allowing", "signed the deal on Monday, allowing"). The search stops
// at the clause's verb, so "Croatia reopened its border, allowing trucks"
// leaves the border's opener the one who allows.
func instrumentBeforeParticiple(toks []tok, i int) bool {
	for k := i - 1; k >= 0 && k >= i-10; k-- {
		l := toks[k].low
		if instrumentNouns[l] {
			return true
		}
		// "passed a law allowing banks to open branches": a law, rule or
		// measure is the allower only as the noun the participle
		// modifies; "Israel eased its rules, allowing trucks in" is
		// Israel's easing that allows.
		if legalInstruments[l] && k == i-1 {
			return true
		}
		if finiteVerb(toks[k]) || subordinators[l] || l == ";" || l == ":" || l == "which" || l == "who" {
			return false
		}
	}
	return false
}
