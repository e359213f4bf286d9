package resolve

import (
	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
)

// bodyHeadWords name the head of a body in any title: "the IMF chief",
// "the head of NATO", "the WTO boss". Neither is a role word of its own
// (roles.tsv): "chief" and "head" alone are too often a modifier ("chief
// economist", "head office") for that.
var bodyHeadWords = map[string]bool{"chief": true, "head": true, "boss": true}

// bodyHeadMentions reads the head of an international body named by a
// head word next to the body's name, "the IAEA chief" or "the head of the
// World Health Organization", as the one person who heads the body on the
// article's date (kb.BodyHead), as "the French president" is Emmanuel
// Macron; so is the head of a state body bodyHeadOffices lists ("the
// Kremlin chief", "the Pentagon chief"). A head word already inside an
// entity, a body with no one head at the date (the EU; the UN's is its
// Secretary-General) and an undated article give none; the body's
// agencies ("the UNHCR chief") are bodies of their own the data names no
// head of, and give none either.
func (d *docState) bodyHeadMentions(ents []model.Entity) []model.Entity {
	if !d.dated {
		return nil
	}
	taken := map[int]bool{}
	for _, e := range ents {
		for x := d.tokenAt(e.Start); x < len(d.toks) && int(d.toks[x].start) < e.End; x++ {
			taken[x] = true
		}
	}
	var out []model.Entity
	for _, e := range ents {
		if e.Type != model.EntityOrg {
			continue
		}
		l := d.entEnd[e.End]
		if l == nil {
			continue
		}
		office, stateBody := bodyHeadOffices[l.id]
		if !stateBody && (l.sector != kb.SectorIGO || l.id != l.country) {
			continue
		}
		first, next := d.tokenAt(e.Start), d.tokenAt(e.End)
		head := -1
		switch {
		// "the IAEA chief said": the head word ends the phrase; one
		// going on as a compound ("the IMF chief economist", "the NATO
		// head office") names someone or something else.
		case next < len(d.toks) && bodyHeadWords[d.toks[next].norm] && d.headWordEnds(next+1):
			head = next
		// "the head of the World Health Organization", "the chief of NATO".
		case first >= 3 && d.toks[first-1].norm == "of" && bodyHeadWords[d.toks[first-2].norm] && d.toks[first-3].norm == "the":
			head = first - 2
		case first >= 4 && d.toks[first-1].norm == "the" && d.toks[first-2].norm == "of" && bodyHeadWords[d.toks[first-3].norm] && d.toks[first-4].norm == "the":
			head = first - 3
		}
		if head < 0 || taken[head] {
			continue
		}
		var a *kb.Actor
		var ok bool
		if stateBody {
			a, ok = d.officeHolder(l.country, office)
		} else {
			a, ok = d.s.kb.BodyHead(l.id, d.date)
		}
		if !ok {
			continue
		}
		start, stop := int(d.toks[head].start), int(d.toks[head].end)
		r := model.Entity{Text: d.art.Text[start:stop], Type: EntityRole, Sentence: d.sentenceOf(start), Start: start, End: stop}
		d.apply(&r, fromActor(a))
		r.Type = EntityRole
		taken[head] = true
		out = append(out, r)
	}
	return out
}

// bodyHeadOffices are the state bodies news names the head of by the
// body's name and a head word, with the office whose holder heads each:
// "the Kremlin chief" is Russia's president, whose seat the Kremlin is;
// "the Pentagon chief" the U.S. Secretary of Defense, "the State
// Department chief" the Secretary of State (leaders.tsv keeps the
// offices, so an office the data lists no holder of at the date names no
// one). A central bank's chief is its governor already (centralBankHead).
var bodyHeadOffices = map[string]string{
	"RUS.GOV.KREMLIN": "president",
	"USA.GOV.DOD":     "defence_minister",
	"USA.GOV.STATE":   "foreign_minister",
	"GBR.GOV.FCDO":    "foreign_minister",
}

// headWordEnds reports whether the phrase a head word ends is over at
// token i: the text ends, punctuation or a possessive follows, or a word
// that is no role and starts no compound with the head word (a lower-case
// verb, "said", "warned"; a capitalised word may be the head's name).
func (d *docState) headWordEnds(i int) bool {
	if i >= len(d.toks) || d.toks[i].norm == "" || d.toks[i].norm == "'s" {
		return true
	}
	t := d.toks[i]
	return !t.upper && t.norm != "of" && !d.s.kb.IsRoleStart(t.norm) && !headCompounds[t.norm]
}

// headCompounds are the nouns a head word modifies in compounds news
// writes of bodies ("the IMF chief economist", "the WHO head office").
var headCompounds = map[string]bool{"economist": true, "economists": true, "scientist": true, "scientists": true,
	"office": true, "offices": true, "quarters": true, "count": true, "start": true, "coach": true, "teacher": true}
