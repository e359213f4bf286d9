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

// attendedFixture says whether an "attend" trigger's object is a sports
// fixture: "attended the World Cup final in Qatar", "attended the match
// against Scotland", "attended the Monaco Grand Prix". A leader watching
// a match, a final or a race is a spectator, meeting no one there (no
// CONSULT 044); whom they meet at it is told by its own verb ("the emir
// welcomed Macron"). "Attended the final session of the talks" and
// "attended the summit" name no fixture and still code.
func attendedFixture(toks []tok, t *trigger) bool {
	if t.nominal || t.p == nil || len(t.p.Words) != 1 || t.p.Words[0] != "attend" {
		return false
	}
	ws := objectWords(toks, t.j)
	return len(ws) > 0 && attendedFixtures[ws[len(ws)-1]]
}

// attendedFixtures are the heads of a sports fixture one attends.
var attendedFixtures = map[string]bool{"final": true, "finals": true, "match": true, "game": true,
	"derby": true, "race": true, "semifinal": true, "semi-final": true, "quarterfinal": true,
	"quarter-final": true, "fixture": true, "friendly": true, "qualifier": true, "prix": true}
