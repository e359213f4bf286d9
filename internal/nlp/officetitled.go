package nlp

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/nlp/media"
)

// officeTitledHolders makes the full name right after a capitalised
// office title a person: "Opposition Leader Raila Odinga", "Prime
// Minister-designate Ama Owusu", "President-elect Kofi Boateng". The
// tagger, seeing few such names, calls the name after a title it has no
// rule for an organisation, or tags only its last word; but a run of
// capitalised words right after an office (officeWords, namedOffices, and
// those written with "-elect" or "-designate") is the holder's name, and
// the title stays outside the span, as cutOfficeTitles and officeHolders
// keep it. The run must be two or three capitalised words (a full name:
// a lone word after a title may be a body, "Chairman Mao" aside), none of
// them a title, an office, an acronym or the head of an organisation's, a
// place's or a medium's name; a title after "of" or "for" is a portfolio
// or a body's ("Minister of State", "Secretary for Justice"); a run in
// which the tagger saw no name at all, a span going on past the run or
// begun before it, and a name other reports as a place's, a body's or a
// group's and no person's, are left alone, as is a sentence in title case.
func officeTitledHolders(words, tags []string, other func([]string) bool) {
	if titleCase(words) {
		return
	}
	for k := 0; k+2 < len(words); k++ {
		if tags[k] != "O" || !officeTitleWord(words[k]) || k > 0 && nameLinks[strings.ToLower(words[k-1])] {
			continue
		}
		a := k + 1
		e := a
		for e < len(words) && e-a < 4 && capitalised(words[e]) && hasAlnum(words[e]) {
			e++
		}
		if e-a < 2 || e-a > 3 {
			continue
		}
		if strings.HasSuffix(tags[a], "-PER") && spanEnd(tags, a) == e {
			continue // already the person
		}
		if strings.HasPrefix(tags[a], "I-") || e < len(tags) && strings.HasPrefix(tags[e], "I-") {
			continue
		}
		// The tagger must have seen a name in the run, if of another
		// type: capitalised common words after a title ("an Online
		// Leader Success Mindset", a heading's capitals) are no one's
		// name.
		if !slices.ContainsFunc(tags[a:e], func(t string) bool { return t != "O" }) {
			continue
		}
		ok := true
		for _, w := range words[a:e] {
			lw := strings.ToLower(w)
			if allCaps(w) && len(w) > 1 || officeTitleWord(w) || namedOffices[lw] || personTitles[lw] || ambiguousTitles[lw] ||
				holderTitles[lw] || officeWords[lw] || officeModifiers[lw] || titleModifiers[lw] || orgHeads[lw] ||
				orgNameHeads[lw] || placeHeads[lw] || corporateHeads[lw] || companyHeads[lw] || media.Head(w) ||
				nonNameWords[lw] || functionWords[lw] || months[lw] {
				ok = false
				break
			}
		}
		if !ok || other != nil && other(words[a:e]) {
			continue
		}
		setSpan(tags, a, e, model.EntityPerson)
		k = e - 1
	}
}

// officeTitleWord reports whether w is a capitalised office word ending a
// title before a holder's name: "Leader", "Minister", "Justice", and the
// same written "-elect" or "-designate" ("President-elect", "Prime
// Minister-designate").
func officeTitleWord(w string) bool {
	if !capitalised(w) || allCaps(w) {
		return false
	}
	lw := strings.ToLower(w)
	for _, suf := range []string{"-elect", "-designate"} {
		if b, ok := strings.CutSuffix(lw, suf); ok {
			lw = b
			break
		}
	}
	return officeWords[lw] || namedOffices[lw] || holderTitles[lw]
}
