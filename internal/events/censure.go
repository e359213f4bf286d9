package events

// censurePreps introduce the vote by which a government fell: "in a
// no-confidence vote", "through a motion of censure", "after losing a
// vote of no confidence".
var censurePreps = map[string]bool{"in": true, "through": true, "by": true, "via": true, "after": true, "following": true, "with": true}

// censureVoteAfter reports whether a vote or motion of no confidence (or of
// censure) is named in a prepositional phrase within the clause that
// starts at token j: "toppled the government in a no-confidence vote",
// "ousted the prime minister's government through a motion of censure".
func censureVoteAfter(toks []tok, j int) bool {
	for k := j; k < len(toks) && k < j+12; k++ {
		switch toks[k].low {
		case ",", ";", ".", ":", "and", "but":
			return false
		}
		if !censurePreps[toks[k].low] {
			continue
		}
		q := k + 1
		for q < len(toks) && q < k+4 && (determiners[toks[q].low] || toks[q].low == "losing" || toks[q].low == "parliamentary") {
			q++
		}
		if censurePhraseAt(toks, q) {
			return true
		}
	}
	return false
}

// censurePhraseAt reports whether a no-confidence or censure vote or motion
// starts at token i, written "no-confidence vote", "no - confidence
// vote" (a tokeniser that splits the hyphen), "vote of no confidence",
// "censure motion" or "motion of censure".
func censurePhraseAt(toks []tok, i int) bool {
	w := func(k int) string { return wordAt(toks, i+k) }
	voteWord := func(s string) bool { return s == "vote" || s == "motion" || s == "ballot" }
	switch {
	case w(0) == "no-confidence" && voteWord(w(1)):
		return true
	case w(0) == "no" && w(1) == "-" && w(2) == "confidence" && voteWord(w(3)):
		return true
	case voteWord(w(0)) && w(1) == "of" && (w(2) == "censure" || w(2) == "no" && w(3) == "confidence" || w(2) == "no-confidence"):
		return true
	case w(0) == "censure" && voteWord(w(1)):
		return true
	}
	return false
}

// removalWords begin the patterns for removing an office holder or a
// government ("dismiss", "remove * from office", "oust * government",
// "topple * president"), which a legislature does only by its censure.
var removalWords = map[string]bool{"dismiss": true, "remove": true, "oust": true, "topple": true, "depose": true}

// removedOffice end the removal patterns that name the office removed
// themselves ("oust * government"), whose target is then the country.
var removedOffice = map[string]bool{"government": true, "president": true, "regime": true}
