package resolve

import (
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
)

// placesBeforeComma adds a place mention for a name written before a comma
// and the country or U.S. state it lies in ("Yekaterinburg, Russia",
// "Mountain View, California", "Okmulgee, OK") that the tagger left
// untagged while it tagged the country or state. "<Place>, <where>" is how
// news locates a place, so the name is taken when the knowledge base has a
// city or town of that name in that very country; a name that is no
// city or town there ("Meanwhile, Russia said") stays a word. A lone word
// opening a sentence is left alone: there a comma after it is as often an
// adverb's ("Still, Texas officials said").
func (d *docState) placesBeforeComma(ents []model.Entity) []model.Entity {
	covered := newCoverage(ents).covered
	var added []model.Entity
	for _, f := range ents {
		if f.Type != model.EntityGPE && f.Type != model.EntityLoc || f.Start < 3 || d.art.Text[f.Start-2:f.Start] != ", " {
			continue
		}
		country := d.whereCountry(f.Text)
		if country == "" {
			continue
		}
		comma := d.tokenAt(f.Start - 2)
		if comma < 1 || comma >= len(d.toks) || int(d.toks[comma].start) != f.Start-2 {
			continue
		}
		// The capitalised words right before the comma, at most three,
		// none of them part of a mention already; the longest that names
		// a city or town of the country.
		first := comma
		for first > 0 && comma-first < 3 && d.toks[first-1].upper && d.toks[first-1].norm != "" &&
			(first == comma || d.adjacent(first-1, first)) {
			first--
		}
		for i := first; i < comma; i++ {
			start, end := int(d.toks[i].start), int(d.toks[comma-1].end)
			if end != f.Start-2 || covered(start, end) {
				continue
			}
			sent := d.sentenceOf(start)
			if i == comma-1 && d.sentenceStarts(start, sent) {
				break
			}
			if !d.cityOrTownIn(kb.Normalize(d.art.Text[start:end]), country) {
				continue
			}
			added = append(added, model.Entity{Text: d.art.Text[start:end], Type: model.EntityGPE, Sentence: sent, Start: start, End: end})
			break
		}
	}
	if len(added) == 0 {
		return ents
	}
	out := append(ents, added...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// adjacent says tokens i and j=i+1 are one name's words: a single space or
// hyphen between them ("Mountain View", "Baie-Mahault").
func (d *docState) adjacent(i, j int) bool {
	gap := d.art.Text[d.toks[i].end:d.toks[j].start]
	return gap == " " || gap == "-"
}

// sentenceStarts says offset start is the first word of sentence sent.
func (d *docState) sentenceStarts(start, sent int) bool {
	for _, s := range d.art.Sentences {
		if s.Index == sent {
			return strings.TrimSpace(d.art.Text[s.Start:start]) == ""
		}
	}
	return false
}

// whereCountry returns the country that a mention after "<Place>, " names
// or lies in: a country, a region of one or a U.S. state's postal code or
// AP abbreviation; "" otherwise.
func (d *docState) whereCountry(text string) string {
	text = strings.TrimSpace(text)
	if usStateCodes[text] {
		return "USA"
	}
	if _, ok := apStates[kb.Normalize(text)]; ok && strings.Contains(text, ".") {
		return "USA"
	}
	for _, a := range d.s.kb.LookupNorm(kb.Normalize(cleanName(text)), d.date) {
		if (a.Type == kb.TypeCountry || a.Type == kb.TypePlace && !a.Capital) && a.Country != "" {
			return a.Country
		}
	}
	return ""
}

// cityOrTownIn says the knowledge base has a city or town of that
// normalised name in the country.
func (d *docState) cityOrTownIn(key, country string) bool {
	if a, ok := d.s.kb.City(key); ok && a.Country == country {
		return true
	}
	for _, a := range d.s.kb.Towns(key) {
		if a.Country == country {
			return true
		}
	}
	for _, a := range d.s.kb.QualifiedCities(key) {
		if a.Country == country {
			return true
		}
	}
	return false
}
