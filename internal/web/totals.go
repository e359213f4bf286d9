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

// pastEnd is what a page past the end of its list shows instead of the
// list's "nothing matches": the list has rows, only not this far (an
// offset or a cursor kept from a longer list, a link edited by hand). The
// page said "No events." or "No articles match. Every word must be in the
// article..." with no way back, which reads as a search that found
// nothing.
type pastEnd struct {
	Total string // "31 events in all", "1,000+ quotes"
	Last  string // the list's last page; "" when the count stops at its cap
	First string // the list's first page
}

// newPastEnd is the notice for a list of t rows in all, of pages of limit
// rows; last makes the address of the page after offset rows. Nil when the
// list is empty: then the page's own "nothing matches" is the truth.
func newPastEnd(t store.Total, limit int, one, many string, last func(offset int) string) *pastEnd {
	if t.N == 0 {
		return nil
	}
	p := &pastEnd{First: last(0)}
	if t.More {
		p.Total = thousands(t.N) + "+ " + many
		return p
	}
	p.Total = thousands(t.N) + " " + many
	if t.N == 1 {
		p.Total = "1 " + one
	}
	p.Last = last(lastPage(t.N, limit))
	if p.Last == p.First {
		p.Last = ""
	}
	return p
}

// lastPage is the offset of the last page of n rows by limit (n > 0).
func lastPage(n, limit int) int {
	return (n - 1) / max(limit, 1) * max(limit, 1)
}
