package events

// companyOwnAct says whether a bare "cancel", "suspend", "halt", "freeze"
// or "release" at trigger t is a company's decision about its own
// business: its source is companies only and its target none, companies,
// the place where it acts, or the company's own country ("Apple cancelled its AirPower charging
// mat project", "Apple released the new iPad Pro", "the carmaker
// suspended production"). A company ending a project or launching a
// product reduces relations with no one (SANCTION 160, 162) and frees no
// one held (RETREAT 0841). A company's act against a foreign state
// ("halted gas deliveries to Bulgaria") keeps its event, as do the longer
// patterns that name what is halted.
func companyOwnAct(t *trigger, typ, code string, src, tgt group) bool {
	if t.nominal || len(t.p.Words) != 1 || !businessOnly(src) {
		return false
	}
	switch {
	case typ == "SANCTION" && (code == "160" || code == "162"):
	case typ == "RETREAT" && code == "0841":
	default:
		return false
	}
	if len(tgt) == 0 || businessOnly(tgt) {
		return true
	}
	// A place standing in as the target for want of a party ("a new plant
	// in Texas") is where the company acts, no party to its decision.
	for _, m := range tgt {
		if !m.where && (m.country == "" || m.country != src[0].country) {
			return false
		}
	}
	return true
}
