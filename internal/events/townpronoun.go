package events

import "strings"

// townMention says whether m names a city or town as a place ("travelled
// on to Kharkiv, where they met the mayor"): people say "they" of the
// travellers, never of the town they reach. A capital standing for its
// government ("Beijing said ...") is no such place.
func townMention(m mention) bool {
	return m.kind == "city" || m.where || strings.HasPrefix(m.actorID, "city:") && m.sector == ""
}
