package resolve

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
)

// companyCue reports whether the words around organisation mention e call
// it a company: a product maker (kb.ProductMaker) or a word for a firm right before it
// ("toymaker Hasbro", "rival automaker Ford", "insurer Atlas Mutual"),
// "shares of" before it or a company's word after it ("Hasbro shares",
// "Hasbro's chief executive"). A title before it ("President", "actor")
// is a person's and no cue.
func (d *docState) companyCue(e *model.Entity) bool {
	i := d.tokenAt(e.Start)
	if strings.HasPrefix(e.Text, "The ") || strings.HasPrefix(e.Text, "the ") {
		i++
	}
	if i >= 1 && i <= len(d.toks) && !d.toks[i-1].upper {
		w := d.toks[i-1].norm
		if kb.ProductMaker(w) {
			return true
		}
		if r, ok := d.s.kb.RoleNorm(w); ok && r.Sector == kb.SectorBusiness && r.Group && r.Office == "" {
			return true
		}
		if w == "of" && i >= 2 && (d.toks[i-2].norm == "shares" || d.toks[i-2].norm == "shareholders") {
			return true
		}
	}
	j := d.tokenAt(e.End)
	if j < len(d.toks) && d.toks[j].norm == "'s" {
		j++
	}
	return j < len(d.toks) && companyAfterCue[d.toks[j].norm] || d.acquirers[e.Start]
}

// companyAfterCue are the words after a name that only a company's take
// (a narrower companyAfter: a country has workers and a family a brand).
var companyAfterCue = wordSet("shares stock shareholders subsidiary subsidiaries dealers dealerships")

// buyVerbs are the verbs of a takeover, which a company does to a company.
var buyVerbs = wordSet("buy buys bought acquire acquires acquired purchase purchases purchased")

// buyAux may stand between a company and its takeover verb: "would buy
// it", "agreed to acquire", "plans to buy".
var buyAux = wordSet("would will could might may to agreed agrees plans plan has had is was")

// buysCompany reports whether the words after mention e say it takes over
// a company: a takeover verb, after at most two auxiliary words, whose
// object is "it" after another company's statement, "the company"/"the
// firm", or an organisation named right after ("Biogen would buy it",
// "Korvana agreed to acquire Atlas Motors").
func (d *docState) buysCompany(e *model.Entity) bool {
	j := d.tokenAt(e.End)
	for n := 0; n < 2 && j < len(d.toks) && buyAux[d.toks[j].norm]; n++ {
		j++
	}
	if j+1 >= len(d.toks) || !buyVerbs[d.toks[j].norm] {
		return false
	}
	o := j + 1
	switch w := d.toks[o].norm; {
	case w == "it" || w == "the" && o+1 < len(d.toks) && (d.toks[o+1].norm == "company" || d.toks[o+1].norm == "firm"):
		return true
	}
	f, ok := d.entStartTok[o]
	return ok && f.Type == model.EntityOrg
}

// acquirerCompany reports whether a one-word person mention e is a
// company the tagger misread ("Sage Therapeutics said Biogen would buy
// it"): it takes over a company (buysCompany), and the name is no given
// name, no family name the knowledge base knows and no word of a person
// the article has named. Such a mention is recorded in d.acquirers, which
// companyCue reads: a company, of the business sector. (An organisation
// the tagger itself found that buys another, "Vantor bought Lumio", is
// left as it was.)
func (d *docState) acquirerCompany(e *model.Entity, key string) bool {
	if e.Type != model.EntityPerson || strings.Contains(key, " ") || !isUpperStart(e.Text) {
		return false
	}
	if d.s.kb.GivenNameGender(key) != "" || len(d.s.kb.Surname(key)) > 0 || len(d.personsWith[key]) > 0 {
		return false
	}
	if !d.buysCompany(e) {
		return false
	}
	if d.acquirers == nil {
		d.acquirers = map[int]bool{}
	}
	d.acquirers[e.Start] = true
	return true
}

// companyNameEnds are the last words of a company's name that no other
// kind of body ends in ("Sage Therapeutics", "Atlas Pharmaceuticals",
// "Kenya Airways", "Orbis Broadband Inc."); "Bank" or "Group" also end
// names of state and international bodies and are left out.
var companyNameEnds = wordSet("therapeutics pharmaceuticals pharma biologics biosciences airlines airways motors " +
	"semiconductor semiconductors inc corp plc ltd llc gmbh")

// companyName reports whether normalised name words end like a company's.
func companyName(words []string) bool {
	return len(words) >= 2 && companyNameEnds[words[len(words)-1]]
}
