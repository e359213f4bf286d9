package resolve

// stripCourtNumber returns the normalised words of a court's name without
// a trailing number ("anti terrorism court no 3" -> "anti terrorism
// court"): courts sitting side by side are numbered after their name, and
// the numbered one is still a court.
func stripCourtNumber(words []string) []string {
	n := len(words)
	if n >= 3 && words[n-2] == "no" && allDigits(words[n-1]) {
		return words[:n-2]
	}
	return words
}

// namedCourt reports whether the normalised words of an organisation's
// name name one court of a state by a name of its own: three or more
// words ending in a court's head, or a numbered court ("the
// International Crimes Tribunal", "the Special Criminal Court",
// "Anti-Terrorism Court No. 3", "the No. 2 Intermediate People's
// Court"). A state sets up such a court for its own cases, so one named
// without its country is the home country's, as a national court is
// (nationalCourt). A name with "of" or "for" says whose court it is
// ("Court of Justice of the European Union", "Special Tribunal for
// Lebanon") and is left to the knowledge base; a court of a district, a
// county or a city ("the Third District Court") is the place's, as
// nationalCourt leaves it.
func namedCourt(words []string) bool {
	numbered := len(stripCourtNumber(words)) < len(words)
	words = stripCourtNumber(words)
	n := len(words)
	if n < 2 || !courtHeads[words[n-1]] {
		return false
	}
	for _, w := range words {
		if w == "of" || w == "for" || localCourtWords[w] {
			return false
		}
		if w == "no" {
			numbered = true
		}
	}
	return n >= 3 || numbered
}

func allDigits(w string) bool {
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return w != ""
}

// localCourtWords name a court of a place below the state.
var localCourtWords = wordSet("district county city municipal circuit magistrate magistrates magistrates' local " +
	"provincial regional borough town village")
