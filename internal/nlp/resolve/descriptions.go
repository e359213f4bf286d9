package resolve

import (
	"slices"

	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
)

// description is what a definite description may point back to: "the
// alliance" after NATO is named is NATO, "the bloc" the EU or ASEAN,
// "the union" the EU or a trade union named before.
type description struct {
	ids     []string // knowledge-base actors of that kind
	sectors []string // or any antecedent of these sectors
}

// descriptions are nouns that name the one actor of their kind an article
// has named before, when written "the <noun>" with nothing after that
// names another ("the alliance of ...", "the alliance's" are fine; "the
// Alliance Party" is a name). The kinds are the organisations' own
// (curated from their charters: the North Atlantic Treaty and the CSTO
// treaty found alliances; the EU, the AU, ASEAN and the other regional
// blocs are unions or economic blocs). A bare "union" is no role word (see
// roles.tsv), so it is read here, only back to one named before.
var descriptions = map[string]description{
	"alliance": {ids: []string{"NATO", "CSTO"}},
	"bloc":     {ids: []string{"EUR", "ASN", "AFU", "ECOWAS", "GCC", "BRICS", "SCO", "CIS", "OAS", "ARL", "G7", "G20", "OPEC"}},
	"union":    {ids: []string{"EUR", "AFU"}, sectors: []string{kb.SectorLabour}},
	"cartel":   {ids: []string{"OPEC"}},
	"league":   {ids: []string{"ARL"}},
}

// placePreps are prepositions after which "the bloc", "the union" is a
// place: where one travels, lives or is based.
var placePreps = map[string]bool{"to": true, "in": true, "into": true, "from": true, "across": true, "within": true,
	"throughout": true, "inside": true, "outside": true, "around": true}

// descriptionAt reads a definite description starting at toks[i] ("the
// alliance"): it returns the word's last token and the actor named last
// before it of the description's kind, looking back through the named
// entities and the role mentions read so far (roleAnts), or nil.
func (d *docState) descriptionAt(i int, roleAnts []antecedent) (int, *link) {
	if i == 0 || d.toks[i-1].norm != "the" || d.toks[i].upper {
		return 0, nil
	}
	desc, ok := descriptions[d.toks[i].norm]
	if !ok {
		return 0, nil
	}
	if i+1 < len(d.toks) && d.toks[i+1].upper {
		// "the union Unite": a name follows.
		return 0, nil
	}
	if i >= 2 && placePreps[d.toks[i-2].norm] {
		// "bar them from travelling to the bloc", "bases in the
		// alliance": the territory of its members, not the body acting.
		return 0, nil
	}
	pos := int(d.toks[i].start)
	var best *antecedent
	match := func(a *antecedent) {
		if a.pos >= pos || best != nil && best.pos >= a.pos {
			return
		}
		if slices.Contains(desc.ids, a.l.id) || a.l.sector != "" && slices.Contains(desc.sectors, a.l.sector) {
			best = a
		}
	}
	// Both lists are in text order; neither is searched further back
	// than referenceWindow sentences.
	from := d.sentenceOf(pos) - referenceWindow
	for x := before(d.antecedents, pos) - 1; x >= 0 && d.antecedents[x].sentence >= from; x-- {
		a := &d.antecedents[x]
		if slices.Contains(desc.ids, a.l.id) {
			match(a)
			break
		}
	}
	for x := len(roleAnts) - 1; x >= 0 && roleAnts[x].sentence >= from; x-- {
		match(&roleAnts[x])
	}
	if best == nil {
		return 0, nil
	}
	return i, best.l
}

// descriptionEntity is the ROLE entity of tokens i..end that l resolves:
// a definite description read by descriptionAt, and in roleMentions a post
// an organisation owns ("Amnesty's regional director"), members of a named
// group, an election body. It stays a role whatever type l carries, so a
// later antecedent search reads it as one.
func (d *docState) descriptionEntity(i, end int, l *link) model.Entity {
	start, stop := int(d.toks[i].start), int(d.toks[end].end)
	e := model.Entity{Text: d.art.Text[start:stop], Type: EntityRole, Sentence: d.sentenceOf(start), Start: start, End: stop}
	d.apply(&e, l)
	e.Type = EntityRole
	return e
}
