package resolve

import (
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
)

// acronymBodyHeads are the head nouns of a state body that wire reports
// write before the body's own short name, in apposition: "Turkey's
// intelligence agency MIT", "Pakistan's spy agency ISI", "Ukraine's
// security service SBU", "France's domestic intelligence directorate DGSI".
var acronymBodyHeads = map[string]bool{
	"agency": true, "service": true, "bureau": true, "directorate": true, "ministry": true,
}

// bodyAcronym reports the country and sector of the organisation e when it
// is an acronym written after "<Country>'s <body>" or "<Demonym> <body>"
// with at most three lower-case modifiers of the body noun: the acronym is
// that body's name, so it is the country's, of the government (of the
// police when a modifier says so: "Israel's police agency"). A news
// medium's word ("Turkey's state news agency AA") is left to the media
// rules, and so is any name that is not all capitals, which may be a
// different party ("Turkey's ministry Reuters spoke to").
func (d *docState) bodyAcronym(e *model.Entity) (country, sector string, ok bool) {
	if e.Type != model.EntityOrg || !capitalsName(e.Text) {
		return "", "", false
	}
	h := d.tokenAt(e.Start) - 1
	if h < 1 || d.toks[h].upper || !acronymBodyHeads[d.toks[h].norm] {
		return "", "", false
	}
	sector = kb.SectorGovernment
	var mods []string
	i := h - 1
	for ; i >= 0 && h-i <= 3 && d.toks[i].norm != "" && d.toks[i].norm != "'s" && !d.toks[i].upper; i-- {
		mods = append([]string{d.toks[i].norm}, mods...)
	}
	if i < 0 {
		return "", "", false
	}
	for _, m := range mods {
		switch m {
		case "news", "press", "media", "broadcasting":
			return "", "", false
		case "police":
			sector = kb.SectorPolice
		}
	}
	if _, demonym := d.s.kb.DemonymNorm(d.toks[i].norm); d.toks[i].norm != "'s" && !demonym {
		// "Erdogan said the agency MIT": no country is written with
		// the body noun.
		return "", "", false
	}
	t, _, found := d.countryEndingAt(i)
	if !found || t.country == "" {
		return "", "", false
	}
	return t.country, sector, true
}

// capitalsName reports whether s is one word of two or more capital letters
// (digits allowed after the first): "MIT", "ISI", "SBU", "GUR".
func capitalsName(s string) bool {
	if len(s) < 2 || strings.ContainsAny(s, " .") {
		return false
	}
	for i, r := range s {
		if !unicode.IsUpper(r) && !(i > 0 && unicode.IsDigit(r)) {
			return false
		}
	}
	return true
}

// isBodyAcronym reports whether e is an acronym naming the state body
// written right before it (bodyAcronym).
func (d *docState) isBodyAcronym(e *model.Entity) bool {
	_, _, ok := d.bodyAcronym(e)
	return ok
}
