package events

import "strings"

// timedConjunct returns the index of the "and" or "but" that joins a
// predicate to the clause before it across a time adjunct fronted in the
// predicate, when that adjunct ends at token e: "accused Peru of spying in
// 2019 and in 2021 expelled two diplomats", "and last year recalled its
// envoy", "but, on Monday, reopened the border". The predicate has no
// subject of its own between the adjunct and its verb, so it shares the
// subject of the clause it joins (not the first clause's object, the
// nearest actor before it), and its verb is that clause's peer, no
// reduced relative on the date. It returns -1 when no such conjunction
// stands before a time adjunct ending at e ("and in 2021 Peru expelled"
// has its own subject: the adjunct does not end at the verb).
func timedConjunct(toks []tok, e int) int {
	if e < 1 || e >= len(toks) {
		return -1
	}
	for a := e - 1; a >= 0 && a >= e-7; a-- {
		l := toks[a].low
		if l != "and" && l != "but" {
			continue
		}
		from := a + 1
		if from < len(toks) && toks[from].low == "," {
			from++ // "and, in 2021, expelled"
		}
		if end := frontedTimeEnd(toks, from); end > from && end == e+1 {
			return a
		}
		return -1
	}
	return -1
}

// nounPhraseOpen returns where the noun phrase whose head mention starts at
// token i opens when common nouns modify it ("the district hospital",
// "the main fuel depot"): lower-case nouns and adjectives before i are
// skipped, so that verbObject sees the determiners and the verb before
// them. A name, a possessive or any other word ends the phrase.
func nounPhraseOpen(toks []tok, i int) int {
	for i > 0 {
		p := toks[i-1]
		if isCap(p.text) || !(strings.HasPrefix(p.pos, "NN") || strings.HasPrefix(p.pos, "JJ")) {
			break
		}
		i--
	}
	return i
}
