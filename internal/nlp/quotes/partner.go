package quotes

import "github.com/newsgraph/newsgraph/internal/model"

// conversationNouns are talks between two parties: the one a conversation
// was "with" answered in it, and is who a "he" or "she" after it goes back
// to ("after an interview with Keir Starmer on Sunday. He responded").
var conversationNouns = set("interview interviews conversation conversations call calls talks meeting meetings chat discussion discussions exchange dialogue conference phone telephone sit-down")

// conversationPartner says entity ei is the other party of a conversation
// named right before it: "an interview with Keir Starmer", "a phone call
// with Polish Prime Minister Adam Nowicki", past title words before the
// name. A name after "with" that follows anything else ("toured the
// factory with engineer Boris Lenko", "charged Osei with fraud") is no
// such party.
func (v *view) conversationPartner(ei int) bool {
	a := v.tokAt(v.a.Entities[ei].Start)
	if a >= len(v.toks) {
		return false
	}
	lo := v.sentTok[v.toks[a].sent][0]
	k := a - 1
	for k > lo && v.toks[k].quote < 0 && v.toks[k].low != "with" && (isProper(v.toks[k]) || v.toks[k].pos == "DT" || v.toks[k].pos == "NN" || v.toks[k].pos == "JJ") {
		k--
	}
	if k <= lo || v.toks[k].low != "with" || v.toks[k].quote >= 0 {
		return false
	}
	if !conversationNouns[v.toks[k-1].low] {
		return false
	}
	// "Morrison listened in on Trump's call with Volodymyr Zelensky. He
	// said": a person named as the sentence's subject is who the story
	// follows, and the one the call was with only its other party.
	for ej, en := range v.a.Entities {
		if ej != ei && en.Type == model.EntityPerson && en.Start < v.a.Entities[ei].Start && v.tokAt(en.Start) >= lo && v.subjectEntity(ej) {
			return false
		}
	}
	return true
}
