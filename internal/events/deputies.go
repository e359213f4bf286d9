package events

import "github.com/newsgraph/newsgraph/internal/kb"

// legislatorsCounted: "deputies" is both a minister's deputies and the
// members of a chamber of deputies. Counted ("A total of 331 deputies
// backed the motion", "126 of the 450 deputies") or after a legislature
// named earlier in the sentence ("Parliament passed the law as deputies
// cheered") they are lawmakers; "his deputies", a lone "the deputies" and
// "deputy minister" keep the office's sector.
func legislatorsCounted(toks []tok, ms []mention, i int, key string) bool {
	if key != "deputies" || i == 0 {
		return false
	}
	if p := toks[i-1]; p.pos == "CD" || isNumber(stripDigitsPunct(p.low)) {
		return true
	}
	for _, m := range ms {
		if m.i < i && m.sector == kb.SectorLegislature {
			return true
		}
	}
	return false
}

// stripDigitsPunct drops the thousands separators of a figure ("1,200").
func stripDigitsPunct(s string) string {
	out := make([]byte, 0, len(s))
	for k := 0; k < len(s); k++ {
		if s[k] != ',' {
			out = append(out, s[k])
		}
	}
	return string(out)
}
