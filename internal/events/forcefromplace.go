package events

// forceFromPlace returns the forces a source place stands after "from"
// for: "Soldiers from Kinshasa attacked ...", "Mexican soldiers from
// Mexico City clashed ...". The subject is the soldiers, the capital only
// where they come from; they are its country's forces, not its
// government. src is returned unchanged otherwise.
func forceFromPlace(toks []tok, ms []mention, src group) group {
	if len(src) != 1 || src[0].i < 2 || toks[src[0].i-1].low != "from" || !(placeKind(src[0].kind) || townMention(src[0])) {
		return src
	}
	for _, m := range ms {
		if m.j != src[0].i-1 || m.kind != "role" && m.kind != "demonym" || !forceSectors[m.sector] || m.country != "" && m.country != src[0].country {
			continue
		}
		f := m
		if f.country == "" {
			f.country = src[0].country
		}
		return group{f}
	}
	return src
}
