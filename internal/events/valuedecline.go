package events

import "unicode"

// valueDecline says whether the verb "decline" at trigger t tells a value
// falling, not a refusal: "Japan's Nikkei 225 declined 0.3%", "exports
// declined by 5%", "the yen declined to a record low", "shares declined
// sharply on Tuesday". A refusal has something refused: an object ("declined
// the offer") or an infinitive ("declined to send a delegation"). With
// neither, or with an amount, nothing is refused.
func valueDecline(toks []tok, t *trigger) bool {
	j := t.j
	for j < len(toks) && adverbs[toks[j].low] {
		j++
	}
	if j >= len(toks) {
		return true
	}
	l := toks[j].low
	if amountWord(toks[j]) || l == "by" || l == "from" {
		return true
	}
	if l == "to" {
		if j+1 >= len(toks) {
			return false
		}
		n := toks[j+1]
		return amountWord(n) || n.low == "a" || n.low == "an" || n.low == "the" || n.low == "its" || n.low == "their"
	}
	return !directObject(toks, j)
}

// amountWord says whether a token is a number or a share: "0.3", "5%",
// "12", "percent".
func amountWord(t tok) bool {
	if t.low == "%" || t.low == "percent" || t.low == "per" || t.pos == "CD" {
		return true
	}
	for _, r := range t.text {
		return unicode.IsDigit(r)
	}
	return false
}
