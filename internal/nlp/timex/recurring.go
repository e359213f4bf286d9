package timex

import "strings"

// recurringMonth says a month matched at m names every such month, a set
// and no one date: "every December", "each July", "in May each year",
// "every year in June".
func recurringMonth(s string, m match) bool {
	switch strings.ToLower(lastWord(s[:m.start])) {
	case "every", "each":
		return true
	}
	rest := strings.ToLower(s[m.end:])
	for _, per := range []string{" each year", " every year", " of each year", " of every year", " annually", " yearly"} {
		if strings.HasPrefix(rest, per) {
			return true
		}
	}
	before := strings.ToLower(strings.TrimRight(s[:m.start], " "))
	if strings.HasSuffix(before, " in") {
		before = strings.TrimSuffix(before, " in")
	}
	return strings.HasSuffix(before, "every year") || strings.HasSuffix(before, "each year")
}
