package timex

import (
	_ "embed"
	"strings"
)

// southernTable lists places south of the equator (its header says which
// and from where), whose seasons are the north's opposite.
//
//go:embed southern.tsv
var southernTable string

// southernPlaces is southernTable read.
var southernPlaces = readPlaces(southernTable)

func readPlaces(table string) []string {
	var out []string
	for _, line := range strings.Split(table, "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			out = append(out, line)
		}
	}
	return out
}

// southSeasons says the seasons of sentence s are the south's: it names a
// southern place, or the text is written from one (south), and it does not
// say it counts the northern hemisphere's.
func southSeasons(s string, south bool) bool {
	if strings.Contains(strings.ToLower(s), "northern hemisphere") {
		return false
	}
	return south || namesSouth(s)
}

// namesSouth says s names a place of southernPlaces, as a word of its own
// ("Perth", not "Perthshire").
func namesSouth(s string) bool {
	for _, p := range southernPlaces {
		for from := 0; ; {
			i := strings.Index(s[from:], p)
			if i < 0 {
				break
			}
			i += from
			end := i + len(p)
			if (i == 0 || !isLetter(s[i-1])) && (end == len(s) || !isLetter(s[end])) {
				return true
			}
			from = end
		}
	}
	return false
}

// datelineCase writes the words of s in capitals only ("SYDNEY", "BUENOS
// AIRES", as datelines set them) with a capital and small letters, as
// southernPlaces lists places.
func datelineCase(s string) string {
	b := []byte(s)
	for i := 0; i < len(b); {
		j := i
		for j < len(b) && isLetter(b[j]) {
			j++
		}
		if j-i > 1 && strings.ToUpper(s[i:j]) == s[i:j] {
			for k := i + 1; k < j; k++ {
				b[k] += 'a' - 'A'
			}
		}
		if j == i {
			j++
		}
		i = j
	}
	return string(b)
}
