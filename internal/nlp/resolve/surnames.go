package resolve

import (
	"sort"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
)

// titledSurnames adds a person mention for a family name written after a
// title ("Vice Premier He said", "Foreign Minister Cho told reporters")
// that the tagger left untagged: a family name that is also an English
// word ("He", "To", "An") reads to it as that word, though a capitalised
// word right after a title written in capitals is a name. The word becomes
// a PER mention only when it is the family name of exactly one person the
// knowledge base has, at the article's date, in the office the title names
// (a deputy's title: a deputy's office, "Vice Premier He" is no premier;
// bearers of the name in other offices do not count); resolveEntity then
// links it as any
// lone family name after a title. A family-name-first name in full ("He
// Lifeng") is the knowledge base's alias and needs nothing here.
func (d *docState) titledSurnames(ents []model.Entity) []model.Entity {
	covered := newCoverage(ents).covered
	var added []model.Entity
	for k := 1; k < len(d.toks); k++ {
		t := d.toks[k]
		if !t.upper || t.norm == "" || strings.Contains(t.norm, " ") || covered(int(t.start), int(t.end)) || !d.wordRun(k-1, k) {
			continue
		}
		// A capitalised word right after is a longer name the tagger
		// missed, not this family name alone.
		if k+1 < len(d.toks) && d.toks[k+1].upper && d.toks[k+1].norm != "" && d.wordRun(k, k+1) {
			continue
		}
		r, i, ok := d.roleEndingAt(k - 1)
		if !ok || !d.toks[i].upper || r.Group {
			continue
		}
		deputy := i > 0 && deputyWords[d.toks[i-1].norm] && d.wordRun(i-1, i)
		if deputy && !d.toks[i-1].upper {
			continue
		}
		if d.titledHolder(t.norm, r, deputy) == nil {
			continue
		}
		added = append(added, model.Entity{Text: d.art.Text[t.start:t.end], Type: model.EntityPerson,
			Sentence: d.sentenceOf(int(t.start)), Start: int(t.start), End: int(t.end)})
	}
	if len(added) == 0 {
		return ents
	}
	out := append(ents, added...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// titledHolder returns the one person in office at the article's date
// whose family name is key and who holds the office the title names (see
// holdsTitle), or nil. Other bearers of the name in other offices do not
// count: "Vice Premier Liu" in 2020 is Liu He though China's finance
// minister was Liu Kun.
func (d *docState) titledHolder(key string, r kb.RoleInfo, deputy bool) *kb.Actor {
	var hit *kb.Actor
	for _, a := range d.s.kb.Surname(key) {
		if hit != nil && hit.ID == a.ID || !holdsTitle(d.s.kb, a, d.date, r, deputy) {
			continue
		}
		if hit != nil {
			return nil
		}
		hit = a
	}
	return hit
}

// holdsTitle says whether person a holds, at date at, the office a title
// names: a deputy's title a deputy's office (kb.SharedOffice, or an office
// key naming a deputy: "vice_president", "first_deputy_prime_minister"),
// a title naming an office that office, and a generic title ("Minister")
// any office.
func holdsTitle(k *kb.KB, a *kb.Actor, at time.Time, r kb.RoleInfo, deputy bool) bool {
	_, offices := k.OfficeAt(a.ID, at)
	for _, o := range offices {
		// A party's leadership is no office a title names.
		if kb.PartyOffice(o) {
			continue
		}
		switch {
		case deputy:
			if kb.SharedOffice(o) || strings.HasPrefix(o, "vice_") || strings.Contains(o, "deputy_") {
				return true
			}
		case r.Office != "":
			if o == r.Office {
				return true
			}
		default:
			return true
		}
	}
	return false
}

// titleRole is the role phrase right before a name, as deputyTitleBefore
// reads it.
type titleRole struct {
	role kb.RoleInfo
	ok   bool
}

// deputyTitleBefore reads the role phrase that ends right before byte off
// and says whether a deputy's word opens it ("Vice Premier", "Deputy
// Prime Minister": the office word after it is the one deputised in, not
// the person's own).
func (d *docState) deputyTitleBefore(off int) (bool, titleRole) {
	j := d.tokenAt(off) - 1
	if j < 0 || j >= len(d.toks) || !d.wordRun(j, j+1) {
		return false, titleRole{}
	}
	r, i, ok := d.roleEndingAt(j)
	if !ok || r.Group {
		return false, titleRole{}
	}
	deputy := i > 0 && deputyWords[d.toks[i-1].norm] && d.wordRun(i-1, i)
	return deputy, titleRole{role: r, ok: true}
}
