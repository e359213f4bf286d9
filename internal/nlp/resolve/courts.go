package resolve

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
	// Aliased: this package has a tokenize function of its own.
	tokenizer "github.com/newsgraph/newsgraph/internal/nlp/tokenize"
)

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
	words = stripCourtNumber(words) // "Anti-Terrorism Court No. 3"
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

// nationalCourtWords qualify the court of a whole state: a state has one
// Constitutional Court, one Supreme Court, one Court of Cassation.
var nationalCourtWords = wordSet("supreme constitutional federal electoral cassation appeal appeals")

// nationalCourt reports whether the normalised words of a court's name
// name a state's high court with no place of its own: "Constitutional
// Court", "Supreme Court", "Federal Supreme Court", "Court of Cassation",
// "Supreme Court of Appeal". Named so, without a country, it is the one of
// the country the story is set in, as "the court" is (homeOrg). A court of
// a city, county or district ("Nairobi High Court", "District Court") has
// a word outside the list and is left alone. "High Court" counts: where
// it sits in every province (India, Pakistan, South Africa) each is still
// a court of the state, its judiciary, as CAMEO codes it.
func nationalCourt(words []string) bool {
	national := false
	for _, w := range words {
		switch {
		case courtHeads[w] || w == "of" || w == "the":
		case nationalCourtWords[w] || w == "high":
			national = true
		default:
			return false
		}
	}
	return national
}

// fieldsCourt reports whether words name a court by the fields of law it
// hears, joined by "and" ("employment and labour relations court",
// "environment and land court", "land and environment court"): such
// specialised courts are set up by a state for its own disputes, so one
// named without its country is the home country's, as a national court is.
// A name with "of" ("court of justice of the european union") says whose
// court it is and is left to the knowledge base.
func fieldsCourt(words []string) bool {
	n := len(words)
	if n < 4 || !courtHeads[words[n-1]] {
		return false
	}
	and := false
	for _, w := range words[:n-1] {
		switch {
		case w == "of":
			return false
		case w == "and":
			and = true
		}
	}
	return and && words[0] != "and" && words[n-2] != "and"
}

// contextCountry returns the one country named in the sentence of pos
// (before pos) and the sentence before it, by the mentions resolved so far;
// with none named there, the article's home country (homeCountry); "" when
// two or more are named, or none at all. International organisations are
// no country.
func (d *docState) contextCountry(pos, sent int) string {
	found, named := d.namedCountry(pos, sent)
	if named {
		return found
	}
	return d.homeCountry()
}

// namedCountry returns the one country named in the sentence of pos
// (before pos) and the sentence before it, by the mentions resolved so
// far, and whether any country is named there; "" when two or more are.
func (d *docState) namedCountry(pos, sent int) (string, bool) {
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
			return "", true
		}
		found = c
	}
	return found, found != ""
}

// lastCourt returns the organisation of the judiciary named last before
// pos ("the Italian Supreme Court of Cassation ... the court's judgement"),
// or nil. "However far back" ends at referenceWindow sentences.
func (d *docState) lastCourt(pos int) *link {
	lo := windowStart(d.antecedents, d.sentenceOf(pos))
	for i := before(d.antecedents, pos) - 1; i >= lo; i-- {
		if l := d.antecedents[i].l; l.typ == kb.TypeOrganisation && l.sector == kb.SectorJudiciary && !justiceMinistry(l) {
			return l
		}
	}
	return nil
}

// judicialTitle says whether a title is a judge's with no country, body or
// place of its own ("Judge Jane Doe", "Justice Alexandre de Moraes",
// "Chief Justice Jane Doe"): a judge sits on a court of one country, and
// a judge in the news is nearly always one of the country the story is
// set in.
func judicialTitle(t title) bool {
	return t.sector == kb.SectorJudiciary && unplacedTitle(t)
}

// courtCountry returns the country of a judge titled with no country in
// sentence sent: the country of the one court (an organisation of the
// judiciary with a country) named in that sentence ("Justice Alexandre de
// Moraes of Brazil's Supreme Court", "Judge Jane Doe of the Supreme Court
// of Pakistan"), else the article's home country; "" when courts of two
// countries are named there, or when neither says.
func (d *docState) courtCountry(sent int, bySentence map[int][]int) string {
	found := ""
	for _, x := range bySentence[sent] {
		e := d.art.Entities[x]
		if e.Type != model.EntityOrg || e.Country == "" {
			continue
		}
		if l := d.entEnd[e.End]; l == nil || l.sector != kb.SectorJudiciary || l.typ != kb.TypeOrganisation {
			continue
		}
		if ca, ok := d.s.kb.Actor(e.Country); !ok || ca.Type != kb.TypeCountry {
			continue
		}
		if found != "" && found != e.Country {
			return ""
		}
		found = e.Country
	}
	if found != "" {
		return found
	}
	return d.homeCountry()
}

// entitiesBySentence indexes the article's entities by sentence, so that
// looking at one sentence's does not mean looking at every entity of a
// long text.
func (d *docState) entitiesBySentence() map[int][]int {
	m := map[int][]int{}
	for x, e := range d.art.Entities {
		m[e.Sentence] = append(m[e.Sentence], x)
	}
	return m
}

// justiceMinistry says whether an organisation of the judiciary is a
// ministry or department of justice ("the Justice Department", "the
// Ministry of Justice"), which CAMEO codes with the judiciary but which
// is no court: "the court" or "the judge" after it is not the ministry.
func justiceMinistry(l *link) bool {
	for _, w := range strings.Fields(kb.Normalize(l.name)) {
		if w == "ministry" || w == "department" || w == "dept" {
			return true
		}
	}
	return false
}

// courtPhrases are the role phrases that name a court or its judges,
// which a ministry of justice named before is not.
var courtPhrases = wordSet("court courts judge judges tribunal tribunals")

// unitHeads end the names of military units.
var unitHeads = wordSet("fleet army corps brigade regiment battalion squadron division")

// unitOrdinals are the spelled-out ordinals that number military units.
var unitOrdinals = wordSet("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth " +
	"thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth")

// militaryUnitName reports whether the normalised words of an
// organisation's name name a numbered military unit: an ordinal, then a
// unit's head last ("seventh fleet", "58th army", "82nd airborne
// division"). Only a numbered unit: "Salvation Army" is none. A spelled
// ordinal right before "division" names a sports league as often ("First
// Division", "Second Division"), so a division needs a digit ordinal or a
// word between ("Third Armoured Division").
func militaryUnitName(words []string) bool {
	n := len(words)
	if n < 2 || !unitHeads[words[n-1]] {
		return false
	}
	for i, w := range words[:n-1] {
		digit := tokenizer.IsDigitOrdinal(w)
		if !digit && !unitOrdinals[w] {
			continue
		}
		return words[n-1] != "division" || digit || i < n-2
	}
	return false
}
