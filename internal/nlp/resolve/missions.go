package resolve

// missionName reports whether normalised name words name a state's
// diplomatic mission abroad: an embassy, a consulate, a legation, or the
// high commission one Commonwealth country keeps in another ("the British
// High Commission", "the U.S. Embassy", "the Embassy of Japan", "the
// Indian Consulate General"). A mission is its government's organ abroad,
// so it takes the government sector, as the ministry that runs it does.
// A bare "High Commission" or a commission of another kind ("the
// European Commission", "the Election Commission") is no mission.
func missionName(words []string) bool {
	n := len(words)
	if n < 2 {
		return false
	}
	last := words[n-1]
	if missionHeads[last] {
		return true
	}
	if last == "general" && (words[n-2] == "consulate" || words[n-2] == "consulate-general") {
		return true
	}
	if last == "commission" && words[n-2] == "high" {
		return n >= 3
	}
	for i := 0; i+1 < n; i++ {
		if missionHeads[words[i]] && words[i+1] == "of" {
			return true
		}
	}
	return false
}

// missionHeads end (or head, before "of") the name of a diplomatic mission.
var missionHeads = map[string]bool{"embassy": true, "consulate": true, "consulate-general": true, "legation": true}
