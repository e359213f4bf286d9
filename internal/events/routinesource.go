package events

import "strings"

// routineSourceHeads head the unnamed sources a wire report cites for what
// happened: "officials", "authorities", "sources".
var routineSourceHeads = map[string]bool{"officials": true, "authorities": true, "sources": true}

// routineOfficials says whether the reporter r is an unnamed body of
// officials ("Ukrainian officials", "local authorities", "Israeli
// security sources"): a plural head of that kind, with only modifiers
// before it, naming no state, ministry or person that speaks for a side.
func routineOfficials(r mention) bool {
	ws := strings.Fields(strings.ToLower(r.text))
	if len(ws) == 0 || !routineSourceHeads[ws[len(ws)-1]] {
		return false
	}
	for _, w := range ws[:len(ws)-1] {
		if strings.HasSuffix(w, "'s") || w == "of" {
			return false
		}
	}
	return true
}
