package events

import "strings"

// phaseVerbs begin, go on with or take up again what their -ing
// complement names: "France began withdrawing its troops", "the army
// continued shelling the town", "Iran resumed enriching uranium". The
// -ing form is the act itself, told as starting or going on, not a
// participle describing a noun before it. Verbs that end an act ("stopped
// deploying") are left out: the act they name is halted, not done.
var phaseVerbs = map[string]bool{}

func init() {
	for _, v := range []string{"begin", "start", "continue", "resume", "keep"} {
		for _, f := range verbForms(v) {
			phaseVerbs[f] = true
		}
	}
	for _, f := range []string{"began", "begun", "kept"} {
		phaseVerbs[f] = true
	}
}

// phaseComplement says whether the -ing trigger at token i is the
// complement of a phase verb just before it ("began withdrawing"). A
// phase verb that is itself a to-infinitive ("prepared to resume
// shelling") is left to the frame verb that embeds it, which decides
// what is reported of the act.
func phaseComplement(toks []tok, i int) bool {
	return i > 1 && strings.HasSuffix(toks[i].low, "ing") && phaseVerbs[toks[i-1].low] && toks[i-2].low != "to"
}

// "The president survived an assassination attempt", "the governor
// survived a bomb attack": who survives an attack is the one it was
// aimed at, never its doer, as with the verbs of undergoing ("the town
// suffered repeated attacks"). "escaped" is left out: "prisoners escaped
// during an attack" is no target of the attack.
func init() {
	for _, f := range verbForms("survive") {
		undergoVerbs[f] = true
	}
}
