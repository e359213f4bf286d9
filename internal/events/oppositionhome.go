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
// opposition", "the opposition (party) and <country's> ". The main,
// largest, biggest or leading opposition is the one a country's politics
// sets against its government as plainly as the bare opposition is.
var (
	oppositionAfter  = regexp.MustCompile(`^\s+and\s+(?:the\s+)?(?:(?:main|largest|biggest|leading)\s+)?opposition\b`)
	oppositionBefore = regexp.MustCompile(`\b[Oo]pposition\s+(?:part(?:y|ies)\s+)?and\s+(?:the\s+)?(?:\S+\s+){0,2}$`)
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

// pairedSideMention says whether m is a bare "the government" ("the
// regime", "the junta") or a state's armed forces named by a word or two
// of the military ("the army", "the military", "government troops"), with
// no actor of its own and no sign of another state ("a foreign
// government"): the other side of the paired opposition's politics.
// Police are left out: at talks abroad they are the host's.
func pairedSideMention(toks []tok, m mention) bool {
	if m.kind != "role" || m.abroad || m.i < 0 || m.j > len(toks) || m.i >= m.j || m.j-m.i > 2 {
		return false
	}
	if m.actorID != "" || m.i > 0 && toks[m.i-1].low == "foreign" {
		return false
	}
	switch m.sector {
	case kb.SectorGovernment:
		return m.j-m.i == 1 && regimeWords[toks[m.i].low]
	case kb.SectorMilitary:
		return true
	}
	return false
}
