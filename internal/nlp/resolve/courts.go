package resolve

import "github.com/newsgraph/newsgraph/internal/kb"

// Courts. A court the knowledge base does not know ("Kenya's High Court",
// "the Constitutional Court") is an organisation of the judiciary, and "the
// court", "the tribunal", "the judge" after it are that court (definiteOrg
// finds the nearest organisation of the role's sector). Written with no
// court named before, "the court" is the judiciary of the country the story
// is set in: CAMEO's JUD sector of that country.

// courtHeads head the names of courts.
var courtHeads = map[string]bool{"court": true, "courts": true, "tribunal": true}

// courtName reports whether the normalised words of an organisation's name
// name a court: a court word last ("High Court", "Special Tribunal") or
// before "of" ("Court of Appeal", "Court of Cassation").
func courtName(words []string) bool {
	if len(words) < 2 {
		return false
	}
	if courtHeads[words[len(words)-1]] {
		return true
	}
	for i := 0; i+1 < len(words); i++ {
		if courtHeads[words[i]] && words[i+1] == "of" {
			return true
		}
	}
	return false
}

// contextCountry returns the one country named in the sentence of pos
// (before pos) and the sentence before it, by the mentions resolved so far;
// with none named there, the article's home country (homeCountry); "" when
// two or more are named, or none at all. International organisations are
// no country.
func (d *docState) contextCountry(pos, sent int) string {
	lo, hi := window(d.antecedents, pos, sent)
	found := ""
	for _, a := range d.antecedents[lo:hi] {
		c := a.l.country
		if c == "" {
			continue
		}
		if ca, ok := d.s.kb.Actor(c); !ok || ca.Type != kb.TypeCountry {
			continue
		}
		if found != "" && found != c {
			return ""
		}
		found = c
	}
	if found != "" {
		return found
	}
	return d.homeCountry()
}

// lastCourt returns the organisation of the judiciary named last before
// pos ("the Italian Supreme Court of Cassation ... the court's judgement"),
// or nil.
func (d *docState) lastCourt(pos int) *link {
	for i := before(d.antecedents, pos) - 1; i >= 0; i-- {
		if l := d.antecedents[i].l; l.typ == kb.TypeOrganisation && l.sector == kb.SectorJudiciary {
			return l
		}
	}
	return nil
}
