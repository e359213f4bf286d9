package tokenize

// IsDigitOrdinal reports whether tok is an ordinal written with digits
// ("101st", "82nd"): digits and then exactly "st", "nd", "rd" or "th". The
// nlp stage asks it of every untagged token and the resolver of the words
// of organisation names, so it is a byte loop rather than the regular
// expression ^[0-9]+(st|nd|rd|th)$ it is equal to.
func IsDigitOrdinal(tok string) bool {
	i := 0
	for i < len(tok) && tok[i] >= '0' && tok[i] <= '9' {
		i++
	}
	if i == 0 {
		return false
	}
	switch tok[i:] {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}
