package events

import "github.com/newsgraph/newsgraph/internal/kb"

// governingBody says whether m is an international sports governing body
// the knowledge base knows as an organisation of its own (the IOC, FIFA,
// UEFA, WADA): its actor is its own "country", as an IGO's is. Such a
// body suspending, expelling or banning a country's Olympic committee or
// federation, or demanding something of it, acts on that country's sport
// from outside, the news where sport meets politics; it is no national
// side playing a match, which the sports sector otherwise marks. A
// country's own federation or Olympic committee ("BLR.SPT") and a
// national team keep the sector's reading.
func (c *Coder) governingBody(m mention) bool {
	if m.sector != kb.SectorSports || m.actorID == "" || m.actorID != m.country || c.kb == nil {
		return false
	}
	a, ok := c.kb.Actor(m.actorID)
	return ok && a.Type == kb.TypeOrganisation
}

// governedSport says whether a group the sports sector alone fills names
// a governing body (governingBody): the event is coded.
func (c *Coder) governedSport(g group) bool {
	for _, m := range g {
		if c.governingBody(m) {
			return true
		}
	}
	return false
}
