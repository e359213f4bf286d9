package web

import (
	"strconv"

	"github.com/newsgraph/newsgraph/internal/store"
)

// rangeText says which rows of how many a page shows, "1–50 of 1,234
// events" or, past the store's count limit, "51–100 of 10,000+ events";
// just "3 events" (count's one and many) when one page shows them all; ""
// for an empty page (the list says there is nothing). The page's rows are
// numbered from offset, as far as the total allows: a page reached by a
// cursor while events were removed does not claim rows past it.
func rangeText(offset, n int, t store.Total, one, many string) string {
	if n == 0 {
		return ""
	}
	if offset == 0 && n == t.N && !t.More {
		return count(n, one, many)
	}
	noun := many
	of := thousands(t.N)
	if t.More {
		of += "+"
	}
	last := offset + n
	if !t.More && last > t.N {
		last = t.N
	}
	first := min(offset+1, last)
	return thousands(first) + "–" + thousands(last) + " of " + of + " " + noun
}

// thousands writes n with a comma between each group of three digits.
func thousands(n int) string {
	s := strconv.Itoa(n)
	neg := n < 0
	if neg {
		s = s[1:]
	}
	var out []byte
	for i := range len(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			out = append(out, ',')
		}
		out = append(out, s[i])
	}
	if neg {
		return "-" + string(out)
	}
	return string(out)
}
