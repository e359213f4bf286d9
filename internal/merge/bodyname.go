package merge

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
)

// sectorBodies are the organisations an article names by a name of their
// own that resolve to their country's sector only for want of an actor of
// their own in the knowledge base ("the Central Bank of Nigeria" stands for
// NGA.GOV, the Nigerian state): their names as the article writes them,
// keyed by actor id and the name's words. names is the article's actor
// names by id.
func sectorBodies(a *model.Article, names map[string]string) map[[2]string]string {
	out := map[[2]string]string{}
	for _, e := range a.Entities {
		if e.Type != model.EntityOrg || !countrySectorID(e.ActorID, e.Country, e.Sector) {
			continue
		}
		if !namesMoreThan(e.Text, names[e.ActorID]) {
			continue
		}
		out[[2]string{e.ActorID, bodyKey(e.Text)}] = strings.TrimSpace(e.Text)
	}
	return out
}

// partyName is the name a new stored event gives one side: the article's
// name of its actor ("China", not the mention "China's military"), but a
// body the article names that stands for its country's sector only for
// want of an actor of its own keeps its own name ("Central Bank of
// Nigeria", actor NGA.GOV): "Nigeria government" would say the government
// itself acted and lose which body did. text is the side's mention.
func partyName(actorID, text string, names map[string]string, bodies map[[2]string]string) string {
	if body := bodies[[2]string{actorID, bodyKey(text)}]; body != "" {
		return body
	}
	if n := names[actorID]; n != "" {
		return n
	}
	return text
}

// countrySectorID: id is the made-up actor of a country's sector
// (kb.SectorActor: "NGA.GOV"), not a curated actor of its own
// ("GBR.GOV.BOE", the Bank of England, is named as the knowledge base names
// it).
func countrySectorID(id, country, sector string) bool {
	code := kb.SectorCode(sector)
	return id != "" && country != "" && code != "" && id == country+"."+code
}

// namesMoreThan: the body's name says more than its actor's name: a word
// beyond the country (or its demonym: "Nigerian" of "Nigeria") and the
// sector, so that "the Nigerian Government" is named as its actor
// is and "the Central Bank of Nigeria" by its own name.
func namesMoreThan(text, actorName string) bool {
	if actorName == "" {
		return false
	}
	known := Words(actorName)
	for _, w := range Words(text) {
		switch w {
		case "the", "of", "and", "for", "on":
			continue
		}
		found := false
		for _, k := range known {
			if w == k || (len(k) >= 4 && strings.HasPrefix(w, k)) {
				found = true
				break
			}
		}
		if !found {
			return true
		}
	}
	return false
}

// bodyKey is the words of a body's name without a leading article, so
// that the mention "the Central Bank of Nigeria" finds the entity
// "Central Bank of Nigeria".
func bodyKey(text string) string {
	w := Words(text)
	if len(w) > 0 && w[0] == "the" {
		w = w[1:]
	}
	return strings.Join(w, " ")
}
