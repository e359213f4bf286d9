package kb

// Acronym reports whether w is written as an acronym of at most maxLen
// characters: capital letters, digits or "&" ("MTN", "AT&T", "G7"), at
// least two of them letters. The tagger's and the resolver's readings of
// "<acronym> <Country>" ("MTN Nigeria") share it, each with its own
// length bound.
func Acronym(w string, maxLen int) bool {
	if len(w) < 2 || len(w) > maxLen {
		return false
	}
	letters := 0
	for _, r := range w {
		switch {
		case r >= 'A' && r <= 'Z':
			letters++
		case r >= '0' && r <= '9', r == '&':
		default:
			return false
		}
	}
	return letters >= 2
}
