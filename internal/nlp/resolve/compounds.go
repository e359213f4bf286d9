package resolve

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
)

// Names the tagger cuts or runs together, mended before resolution: a
// nationality or place that begins the name of a sea, strait, peninsula or
// war ("Korean" of "the Korean Peninsula", "the Korean War"), the agency in
// a wire dateline ("OTTAWA (Newsgraph Wire) -"), and the two sides of a
// hyphen-joined pair ("U.S.-China trade talks", "the Israel-Hamas war").

// geoHeads end the name of a place without a government that begins with a
// nationality or a place: "Korean Peninsula", "Taiwan Strait", "Persian
// Gulf", "Baltic Sea". Such a name is a place (LOC), never the nationality.
var geoHeads = wordSet("peninsula sea seas strait straits gulf ocean channel bay basin archipelago")

// lowerGeoHeads may be written in lower case after a nationality and still
// make a place's name: wire style has "the Korean peninsula".
var lowerGeoHeads = wordSet("peninsula")

// warHeads end the name of a war: "the Korean War", "the Vietnam War", "the
// Gulf Wars". A war is an event (MISC), no actor.
var warHeads = wordSet("war wars")

// widenPlaceNames joins to a nationality or place name the head word the
// tagger left out after it ("Korean" + "Peninsula") and types the whole
// name: a place (LOC) for a sea, strait or peninsula, an event (MISC) for a
// war. A name the tagger kept whole ("Vietnam War" as an organisation) is
// retyped the same way. Only a word right after one space, in no entity of
// its own, is joined; a person's name is never widened.
func (d *docState) widenPlaceNames(ents []model.Entity) {
	for i := range ents {
		e := &ents[i]
		switch e.Type {
		case model.EntityNORP, model.EntityGPE, model.EntityLoc, model.EntityMisc, model.EntityOrg:
		default:
			continue
		}
		first, last := d.tokenAt(e.Start), d.tokenAt(e.End)-1
		if first > last || last >= len(d.toks) {
			continue
		}
		nationality := e.Type == model.EntityNORP // the tagger's word for it
		if head := d.toks[last].norm; last > first && (geoHeads[head] || warHeads[head]) && d.toks[last].upper && (nationality || d.placeWords(first, last-1)) {
			d.typePlaceName(e, head)
			continue
		}
		if e.Type == model.EntityOrg {
			continue // an organisation's name goes on with its own words ("Fox News Channel")
		}
		t := last + 1
		if t >= len(d.toks) || int(d.toks[t].start) != e.End+1 || d.art.Text[e.End] != ' ' {
			continue
		}
		head := d.toks[t].norm
		if !(geoHeads[head] || warHeads[head]) || !d.toks[t].upper && !lowerGeoHeads[head] {
			continue
		}
		if i+1 < len(ents) && ents[i+1].Start < int(d.toks[t].end) {
			continue
		}
		if !nationality && !d.placeWords(first, last) {
			continue
		}
		e.End = int(d.toks[t].end)
		e.Text = d.art.Text[e.Start:e.End]
		d.typePlaceName(e, head)
	}
}

// placeWords says tokens i..j are a nationality, a country or a place the
// knowledge base knows ("Korean", "Taiwan", "South China", "Persian").
func (d *docState) placeWords(i, j int) bool {
	if !d.wordRun(i, j) {
		return false
	}
	key := d.phrase(i, j)
	if _, ok := d.s.kb.DemonymNorm(key); ok {
		return true
	}
	for _, a := range d.s.kb.LookupNorm(key, d.date) {
		if a.Type == kb.TypeCountry || a.Type == kb.TypePlace {
			return true
		}
	}
	// A direction and a country: "South China Sea", "East China Sea".
	if j > i && directions[d.toks[i].norm] {
		return d.placeWords(i+1, j)
	}
	return false
}

func (d *docState) typePlaceName(e *model.Entity, head string) {
	if warHeads[head] {
		e.Type = model.EntityMisc
	} else {
		e.Type = model.EntityLoc
	}
}

// datelineAgency returns the byte range inside the parentheses of a wire
// dateline ("OTTAWA (Newsgraph Wire) -", "SEOUL, July 30 (AP) —"): the
// agency that filed the story. ok is false when the text opens with no such
// dateline.
func (d *docState) datelineAgency() (lo, hi int, ok bool) {
	text, n := d.art.Text, d.dateline
	if n == 0 {
		return 0, 0, false
	}
	open := strings.IndexByte(text[:n], '(')
	if open < 0 {
		return 0, 0, false
	}
	closeAt := strings.IndexByte(text[open:n], ')')
	if closeAt < 0 {
		return 0, 0, false
	}
	lo, hi = open+1, open+closeAt
	for lo < hi && text[lo] == ' ' {
		lo++
	}
	for hi > lo && text[hi-1] == ' ' {
		hi--
	}
	return lo, hi, hi > lo && isUpperStart(text[lo:hi])
}

// markDatelineAgency makes the agency of a wire dateline an organisation:
// the tagger reads "Newsgraph Wire" in "OTTAWA (Newsgraph Wire) -" as part
// of the place. An agency the tagger missed is added. The stage gives it
// the media sector once resolved (see agencySector).
func (d *docState) markDatelineAgency(ents []model.Entity) []model.Entity {
	lo, hi, ok := d.datelineAgency()
	if !ok {
		return ents
	}
	found := false
	for i := range ents {
		e := &ents[i]
		if e.Start >= lo && e.End <= hi {
			e.Start, e.End = lo, hi
			e.Text = d.art.Text[lo:hi]
			e.Type = model.EntityOrg
			found = true
		}
	}
	if found {
		// Parts of one agency's name tagged apart are one entity now.
		return slices.CompactFunc(ents, func(a, b model.Entity) bool { return a.Start == b.Start && a.End == b.End })
	}
	for _, e := range ents {
		if e.Start < hi && e.End > lo {
			return ents // a name reaching out of the parentheses: leave it
		}
	}
	ents = append(ents, model.Entity{Text: d.art.Text[lo:hi], Type: model.EntityOrg, Sentence: d.sentenceOf(lo), Start: lo, End: hi})
	slices.SortStableFunc(ents, func(a, b model.Entity) int { return a.Start - b.Start })
	return ents
}

// agencySector gives the dateline's agency the media sector when the
// knowledge base did not give it one: whatever its name, the agency that
// files a story is a news medium.
func (d *docState) agencySector(ents []model.Entity) {
	lo, hi, ok := d.datelineAgency()
	if !ok {
		return
	}
	for i := range ents {
		e := &ents[i]
		if e.Start != lo || e.End != hi || e.Type != model.EntityOrg || e.Sector != "" {
			continue
		}
		e.Sector = kb.SectorMedia
		if l := d.entEnd[e.End]; l != nil && l.id == e.ActorID && strings.HasPrefix(l.id, "doc:") && l.sector == "" {
			l.sector = kb.SectorMedia
		}
	}
}

// splitPairs splits a hyphen-joined pair of countries or bodies ("U.S.-South
// Korea drills", "China-DPRK ties", "the Israel-Hamas war") into its two
// sides, each a mention of its own: the tagger gives such a pair one entity
// or none, and the resolver would find only the first side. A pair is split
// only when both sides are countries or organisations of the knowledge base
// and the whole is no name of its own ("Guinea-Bissau"), and when no entity
// runs past it ("the U.S.-China Business Council" is one organisation).
func (d *docState) splitPairs(ents []model.Entity) []model.Entity {
	var added []model.Entity
	var drop map[int]bool // indexes of ents replaced by the sides
	k := d.s.kb
	ei := 0 // first entity that may overlap the pair looked at
	for i := 0; i+2 < len(d.toks); i++ {
		if d.toks[i+1].norm != "" || !d.toks[i].upper {
			continue
		}
		h := d.toks[i+1]
		if r := d.art.Text[h.start:h.end]; r != "-" && r != "\u2013" || h.start != d.toks[i].end {
			continue
		}
		if d.toks[i+2].start != h.end || !d.toks[i+2].upper {
			continue
		}
		// The left side: up to three words one space apart ending at i
		// ("U.S.", "South Korea", "United States"), the longest first.
		a, aType := -1, ""
		for s := max(0, i-2); s <= i; s++ {
			if d.wordRun(s, i) && d.spaced(s, i) && d.toks[s].upper {
				if typ := d.pairSide(s, i); typ != "" {
					a, aType = s, typ
					break
				}
			}
		}
		if a < 0 {
			continue
		}
		b, bType := -1, ""
		for e := min(len(d.toks)-1, i+4); e >= i+2; e-- {
			if d.wordRun(i+2, e) && d.spaced(i+2, e) {
				if typ := d.pairSide(i+2, e); typ != "" {
					b, bType = e, typ
					break
				}
			}
		}
		// Two organisations ("Rolls-Royce" is none, but two bodies joined
		// are more often one body's name) are left as the tagger read them.
		if b < 0 || aType == model.EntityOrg && bType == model.EntityOrg {
			continue
		}
		lo, hi := int(d.toks[a].start), int(d.toks[b].end)
		if k.HasAlias(kb.Normalize(d.art.Text[lo:hi])) {
			continue // "Guinea-Bissau", "Timor-Leste": one name
		}
		for ei < len(ents) && ents[ei].End <= lo {
			ei++
		}
		outside := false
		for j := ei; j < len(ents) && ents[j].Start < hi; j++ {
			if ents[j].Start < lo || ents[j].End > hi {
				outside = true
			}
		}
		if outside {
			continue
		}
		for j := ei; j < len(ents) && ents[j].Start < hi; j++ {
			if drop == nil {
				drop = map[int]bool{}
			}
			drop[j] = true
		}
		sent := d.sentenceOf(lo)
		added = append(added,
			model.Entity{Text: d.art.Text[lo:d.toks[i].end], Type: aType, Sentence: sent, Start: lo, End: int(d.toks[i].end)},
			model.Entity{Text: d.art.Text[d.toks[i+2].start:hi], Type: bType, Sentence: sent, Start: int(d.toks[i+2].start), End: hi})
		i = b
	}
	if len(added) == 0 {
		return ents
	}
	out := make([]model.Entity, 0, len(ents)+len(added))
	for j, e := range ents {
		if !drop[j] {
			out = append(out, e)
		}
	}
	out = append(out, added...)
	slices.SortStableFunc(out, func(a, b model.Entity) int { return a.Start - b.Start })
	return out
}

// spaced says tokens i..j are words one space apart.
func (d *docState) spaced(i, j int) bool {
	for x := i; x < j; x++ {
		if d.toks[x+1].start != d.toks[x].end+1 {
			return false
		}
	}
	return true
}

// pairSide returns the entity type of tokens i..j as one side of a pair: GPE
// for a country, ORG for an organisation, "" for neither.
func (d *docState) pairSide(i, j int) string {
	typ := ""
	for _, a := range d.s.kb.LookupNorm(d.phrase(i, j), d.date) {
		switch a.Type {
		case kb.TypeCountry:
			return model.EntityGPE
		case kb.TypeOrganisation:
			typ = model.EntityOrg
		}
	}
	return typ
}

// bilateralName reports whether an organisation's name begins with a
// hyphen-joined pair of countries and goes on after it ("U.S.-China
// Business Council", "Japan-Korea Friendship Association", "Sino-British
// Chamber" is left to the demonyms): a bilateral body, which belongs to
// neither country. A pair alone ("U.S.-South Korea") is the two sides,
// and a pair of which one side is no country ("U.S.-led") is no such name.
func (d *docState) bilateralName(name string) bool {
	first, rest, ok := strings.Cut(strings.TrimSpace(name), " ")
	if !ok || strings.TrimSpace(rest) == "" {
		return false
	}
	parts := strings.FieldsFunc(first, func(r rune) bool { return r == '-' || r == '–' })
	if len(parts) != 2 {
		return false
	}
	for _, p := range parts {
		country := false
		for _, a := range d.s.kb.LookupNorm(kb.Normalize(p), d.date) {
			if a.Type == kb.TypeCountry {
				country = true
				break
			}
		}
		if !country {
			return false
		}
	}
	return true
}
