package resolve

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
)

// Electoral bodies. A country's election commission ("the Central
// Election Commission", "the Independent National Electoral Commission",
// "the electoral commission") is, like its ministries, written without
// the country in a story set there: it belongs to the dateline's or the
// article's country (homeCountry) unless a country or nationality is
// written with it ("Nigeria's electoral commission"). This is a rule of
// its own, not a role word: a role word "commission" would take named
// commissions of every kind ("the European Commission") for a state's.

// electoralWords say a body runs elections.
var electoralWords = wordSet("election elections electoral")

// electoralHeads are the nouns that head an electoral body's name.
var electoralHeads = wordSet("commission board council committee authority")

// electoralName says whether the normalised words of an organisation's
// name are an electoral body's: an electoral word, and a body noun last
// ("central election commission", "independent national electoral
// commission", "national electoral council").
func electoralName(words []string) bool {
	if len(words) < 2 || !electoralHeads[words[len(words)-1]] {
		return false
	}
	for _, w := range words[:len(words)-1] {
		if electoralWords[w] {
			return true
		}
	}
	return false
}

// electoralMention reads an electoral body written in lower case, outside
// any name, starting at token i: "the electoral commission", "Nigeria's
// election commission". It returns the last token of the mention and the
// body: the electoral body the article named before for the same country
// ("The Central Election Commission said ... the electoral commission
// said" is one body), else the government of the country written before
// it, else of the article's home country, as homeBody reads "the civil
// aviation authority". nil when no country is found. The first word
// may be capitalised where a sentence or the text after a wire dateline
// opens ("Electoral commission chairman Mahmood Yakubu said"): the capital
// is the sentence's, not a name's, as the lower-case body noun after it
// shows.
func (d *docState) electoralMention(i int) (int, *link) {
	if i+1 >= len(d.toks) || !electoralWords[d.toks[i].norm] || !electoralHeads[d.toks[i+1].norm] ||
		d.toks[i].upper && !d.leadsSentence(i) || d.toks[i+1].upper {
		return i, nil
	}
	// A modifier before it: "the national election commission",
	// "Nigeria's independent electoral commission".
	j := i - 1
	for j >= 0 && electoralModifiers[d.toks[j].norm] {
		j--
	}
	country := ""
	if j >= 0 && (d.toks[j].norm == "'s" || d.toks[j].upper) {
		if c, _, ok := d.countryEndingAt(j); ok && c.country != "" && c.org == nil && c.place == nil {
			country = c.country
		}
	}
	start := int(d.toks[i].start)
	if named := d.namedElectoralBody(start, country); named != nil {
		return i + 1, named
	}
	if country == "" {
		country = d.homeCountry()
	}
	if country == "" {
		return i, nil
	}
	if a, ok := d.s.kb.SectorActor(country, kb.SectorGovernment); ok {
		return i + 1, fromActor(&a)
	}
	return i, nil
}

// leadsSentence says token i is the first word of its sentence or of the
// text after the wire dateline ("ABUJA (Reuters) - Electoral ..."), where
// any word is capitalised.
func (d *docState) leadsSentence(i int) bool {
	start := int(d.toks[i].start)
	if d.dateline > 0 && start >= d.dateline && strings.TrimSpace(d.art.Text[d.dateline:start]) == "" {
		return true
	}
	return d.sentenceStarts(start, d.sentenceOf(start))
}

// electoralModifiers go between a country and its electoral body's noun.
var electoralModifiers = wordSet("national central independent federal state")

// namedElectoralBody returns the electoral body named last before byte
// offset pos, of country when that is given, else of any one country.
func (d *docState) namedElectoralBody(pos int, country string) *link {
	return d.lastNamed(d.electoralIndex(), before(d.antecedents, pos), func(l *link) bool {
		return l.typ == kb.TypeOrganisation && l.country != "" && (country == "" || l.country == country)
	})
}

// electoralHeadWords are the posts at the head of an electoral body that
// stand between the body and its holder's name: "electoral commission
// chairman Mahmood Yakubu", "election board chief Jane Roe".
var electoralHeadWords = wordSet("chairman chairwoman chairperson chair head chief president spokesman spokeswoman spokesperson")

// electoralHead gives the person named right after an electoral body
// mention ending at token end and a post at its head ("electoral
// commission chairman Mahmood Yakubu") the body's country and sector
// when the knowledge base does not know the person: the post is the
// body's, so its holder acts for that state, as a home minister written
// in lower case before the name does (lowerStateTitle). A person the
// knowledge base places keeps its own.
func (d *docState) electoralHead(end int, body *link) {
	post := end + 1
	if body == nil || body.country == "" || post+1 >= len(d.toks) || !electoralHeadWords[d.toks[post].norm] || d.toks[post].upper {
		return
	}
	e, ok := d.entStartTok[post+1]
	if !ok || e.Type != model.EntityPerson {
		return
	}
	p := d.entEnd[e.End]
	if p == nil || p.id != e.ActorID || p.country != "" || !strings.HasPrefix(p.id, "doc:person:") {
		return
	}
	p.country = body.country
	if p.sector == "" {
		p.sector = body.sector
	}
}
