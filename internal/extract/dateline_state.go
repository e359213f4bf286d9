package extract

import (
	_ "embed"
	"strings"
	"sync"
)

// usStatesTSV is the table of US states with their postal codes and the
// abbreviations datelines write (AP style "Calif.", "N.Y."); its header
// names the sources.
//
//go:embed us_states.tsv
var usStatesTSV string

// usStateAbbrevs maps each abbreviation of usStatesTSV (postal "NY", AP
// "N.Y.", traditional "Tex.") to the state's name. It is built once, on
// first use.
var usStateAbbrevs = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for _, line := range strings.Split(usStatesTSV, "\n") {
		if line == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, "state\t") {
			continue
		}
		f := strings.Split(line, "\t")
		for _, a := range f[1:] {
			if a != "" {
				m[a] = f[0]
			}
		}
	}
	return m
})

// usStateAbbrev returns the state a dateline abbreviation names ("Ill."
// -> "Illinois", "NY" -> "New York") and whether q is one. Only the
// table's spelling counts: "Ny" and "ill." are not abbreviations, and the
// postal codes that are also words ("OK", "IN", "ME") count only in a
// dateline's qualifier place, after a known place and a comma.
func usStateAbbrev(q string) (string, bool) {
	s, ok := usStateAbbrevs()[q]
	return s, ok
}
