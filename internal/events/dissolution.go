package events

// legislatureWords end the dissolution patterns ("dissolve * parliament").
var legislatureWords = map[string]bool{"parliament": true, "legislature": true, "assembly": true}

// dissolutionElectionWords, after a dissolution, say it calls an election.
var dissolutionElectionWords = map[string]bool{"election": true, "elections": true, "polls": true, "vote": true}

// routineDissolution says whether the sentence after a dissolution ending
// at j calls an election ("dissolved parliament, calling a snap
// election", "dissolved the assembly ahead of elections in March"): the
// end of a legislature's term under the constitution, coercing no one.
func routineDissolution(toks []tok, j int) bool {
	for k := j; k < len(toks); k++ {
		if toks[k].low == "." || toks[k].low == ";" {
			return false
		}
		if dissolutionElectionWords[toks[k].low] {
			return true
		}
	}
	return false
}
