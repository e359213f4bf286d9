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
// knowledge base has in office at the article's date, and that person
// holds the office the title names (a deputy's title: a deputy's office,
// "Vice Premier He" is no premier); resolveEntity then links it as any
// lone family name after a title. A family-name-first name in full ("He
// Lifeng") is the knowledge base's alias and needs nothing here.
func (d *docState) titledSurnames(ents []model.Entity) []model.Entity {
	covered := func(start, end int) bool {
		for _, e := range ents {
			if start < e.End && e.Start < end {
				return true
			}
		}
		return false
	}
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
		a := d.inOffice(t.norm)
		if a == nil || !holdsTitle(d.s.kb, a, d.date, r, deputy) {
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

// holdsTitle says whether person a holds, at date at, the office a title
// names: a deputy's title a deputy's office (kb.SharedOffice, or an office
// key naming a deputy: "vice_president", "first_deputy_prime_minister"),
// a title naming an office that office, and a generic title ("Minister")
// any office.
func holdsTitle(k *kb.KB, a *kb.Actor, at time.Time, r kb.RoleInfo, deputy bool) bool {
	_, offices := k.OfficeAt(a.ID, at)
	for _, o := range offices {
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
