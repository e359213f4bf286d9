package events

import (
	"regexp"

	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
)

// The opposition's country. "BRIDGETOWN (Wire) - Venezuela's government and
// the opposition signed an agreement ... The opposition welcomed the
// deal": the opposition named beside one country's government is that
// country's, for the whole story, wherever it was filed; the dateline is
// where the talks were held. The resolver reads opposition titles the same
// way (resolve's oppositionCountry).

// oppositionAfter and oppositionBefore match the words joining a
// government mention to the opposition: "<government> and the (main)
// opposition", "the opposition and <country's> ".
var (
	oppositionAfter  = regexp.MustCompile(`^\s+and\s+(?:the\s+)?(?:main\s+)?opposition\b`)
	oppositionBefore = regexp.MustCompile(`\b[Oo]pposition\s+and\s+(?:the\s+)?(?:\S+\s+){0,2}$`)
)

// pairedOpposition returns the country of the government the article
// joins to the opposition by "and" ("Venezuela's government and the
// opposition", "the opposition and the Venezuelan government"): a
// government mention the resolver gave a country and the government's
// sector. "" when there is none, or when governments of two countries are
// so joined.
func pairedOpposition(a *model.Article) string {
	found := ""
	for _, e := range a.Entities {
		if e.Country == "" || e.Sector != kb.SectorGovernment || e.Type == model.EntityPerson || e.End > len(a.Text) || e.Start < 0 {
			continue
		}
		lo := max(e.Start-60, 0)
		if !oppositionAfter.MatchString(a.Text[e.End:min(e.End+40, len(a.Text))]) && !oppositionBefore.MatchString(a.Text[lo:e.Start]) {
			continue
		}
		if found != "" && found != e.Country {
			return ""
		}
		found = e.Country
	}
	return found
}

// oppositionMention says whether m is the opposition named bare, with no
// country of its own and no actor of the knowledge base ("the opposition",
// "opposition leaders", "the opposition Unitary Platform").
func oppositionMention(m mention) bool {
	return (m.kind == "role" || m.kind == "name" || m.kind == kb.TypeOrganisation) && m.sector == kb.SectorOpposition && !m.abroad && (m.actorID == "" || len(m.actorID) > 4 && m.actorID[:4] == "doc:")
}
