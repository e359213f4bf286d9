package events

// orderedOutEnvoy says whether m is an envoy named by no country whom an
// active verb sends away: the object of "ordered ... to leave", "gave ...
// 72 hours to leave", "told ... to leave" or "declared ... persona non
// grata" ("Moldova gave the diplomat 72 hours to leave the country"). As
// with a summons (summonedEnvoy) or a passive expulsion (expelledEnvoy),
// the envoy is another state's than the one that sends them away: the
// subject's country is no evidence of theirs.
func orderedOutEnvoy(toks []tok, m mention) bool {
	if m.country != "" || m.kind != "role" || !envoyMention(toks, m) {
		return false
	}
	verb := ""
	for k := m.i - 1; k >= 0 && k >= m.i-3; k-- {
		l := toks[k].low
		if orderOutVerbs[l] {
			verb = l
			break
		}
		if !(determiners[l] || quantityWord(l) || modifierWord(toks[k])) {
			return false
		}
	}
	switch verb {
	case "":
		return false
	case "declared", "declares", "declare", "declaring":
		return m.j < len(toks) && toks[m.j].low == "persona"
	}
	return leaveAfter(toks, m.j)
}

// orderOutVerbs are the verbs whose object an expulsion sends away.
var orderOutVerbs = map[string]bool{
	"order": true, "orders": true, "ordered": true, "ordering": true,
	"give": true, "gives": true, "gave": true, "given": true, "giving": true,
	"tell": true, "tells": true, "told": true, "telling": true,
	"declare": true, "declares": true, "declared": true, "declaring": true,
}
