package resolve

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/nlp/media"
)

// homeCapitalTitles are capitalised titles besides a minister's that a wire
// story writes before a home official's name with no country ("ABUJA -
// Governor Olayemi Cardoso said", a central bank's or a state's governor):
// the office is the dateline country's as a bare "Interior Minister" is
// (capitalMinisterTitle).
var homeCapitalTitles = wordSet("governor senator")

// possessedParliament resolves a bare "Parliament" written right after a
// country's possessive at token i ("Kenya's Parliament approved the
// bill", "Uganda's Parliament"): that country's legislature, wherever the
// story is datelined. A city's or region's possessive ("Quebec's
// Parliament") or a possessive of anything else names no country's
// chamber and leaves the mention alone, as does a country with no
// legislature in the knowledge base.
func (d *docState) possessedParliament(e *model.Entity, i int) {
	j := i - 1
	if j < 1 || d.toks[j].norm != "'s" {
		return
	}
	c, _, ok := d.countryEndingAt(j - 1)
	if !ok || c.country == "" || c.place != nil || c.org != nil {
		return
	}
	if l := d.entEnd[int(d.toks[j-1].end)]; l == nil || l.typ != kb.TypeCountry {
		return
	}
	a, ok := d.s.kb.SectorActor(c.country, kb.SectorLegislature)
	if !ok {
		return
	}
	d.linkLate(e, fromActor(&a))
}

// namedHomeGovernment returns the dateline's country, when it is the
// story's home country, for a state official's title with no country
// (lowerStateTitle, capitalMinisterTitle) at byte offset pos whose own
// sentence names another country ("... tariffs on Chinese steel, Commerce
// Secretary Helen Marsh said"), so that datelineHome fixes none: when the
// story named the home country's government before the name ("The Dutch
// government said", "The U.S. government will") and no other country's,
// the minister is of that government; a foreign minister is written with
// the nationality. "" otherwise.
func (d *docState) namedHomeGovernment(pos int) string {
	home := d.datelineCountry()
	if home == "" || d.homeCountry() != home {
		return ""
	}
	end := d.tokenAt(pos)
	named := ""
	for k := 0; k < end; k++ {
		if w := d.toks[k].norm; w != "government" && w != "administration" && w != "cabinet" {
			continue
		}
		// The country modifier ends at most two words before the word:
		// "the Dutch government", "Nigeria's government", "the U.S.
		// government".
		c := d.countryModifierBefore(k)
		if c == "" {
			continue
		}
		if c != home {
			return ""
		}
		named = home
	}
	return named
}

// partyNamedLabour are the words that, capitalised, name a party called
// Labour, and in lower case organised labour.
var partyNamedLabour = wordSet("labour labor")

// partyCasedRole reports whether the role phrase of tokens i..j opens with
// a capitalised "Labour" before more words: "Labour leader Keir Starmer"
// leads the party, where "Nigerian labour leader Joe Ajaero" leads
// organised labour (the phrase "labour leader" in roles.tsv). The bare
// "leader" after it is left to the party rules. So does a capitalised
// "Union" ending a party's name ("Homeland Union leader Gabrielius
// Landsbergis": namedUnionAt), where "the union leader" is labour's.
func (d *docState) partyCasedRole(i, j int) bool {
	return j > i && d.toks[i].upper && (partyNamedLabour[d.toks[i].norm] || d.namedUnionAt(i))
}

// pressCueWords are the lower-case words before a name's capital "The"
// that say a news outlet follows, not any body: "the editor of The
// Standard", "a reporter for The Star", "told The Nation". "the offices
// of The Citizen" or "the founder of The Elders" say only that a body
// follows (nlp's outletNameCue), which may be a charity as well as a
// newspaper.
var pressCueWords = wordSet("newsroom newspaper tabloid magazine weekly daily paper publication outlet broadcaster " +
	"publisher editor editors reporter reporters journalist journalists correspondent columnist")

// pressCuedOutlet gives the media sector to an organisation the knowledge
// base lacks, with no sector yet, whose name follows a capital "The"
// inside a sentence (the tagger's split name that nlp's theOrgNames
// joined) after a press cue: a press word (pressCueWords) right before
// the "The" or before "of", "for", "at" or "with" and it, or a verb
// naming a publication (media.OutletCue: "told", "according to", "in an
// interview with").
func (d *docState) pressCuedOutlet(e *model.Entity, l *link) {
	if e.Sector != "" || l.sector != "" || l.id != e.ActorID {
		return
	}
	s := d.tokenAt(e.Start)
	if strings.HasPrefix(e.Text, "The ") {
		s++
	}
	if s < 2 || d.art.Text[int(d.toks[s-1].start):int(d.toks[s-1].end)] != "The" || d.toks[s-2].norm == "" {
		return
	}
	low := func(k int) string {
		if k < 0 {
			return ""
		}
		return d.toks[k].norm
	}
	p := s - 2
	cue := pressCueWords[low(p)] || media.OutletCue(low(p-1), low(p), "")
	switch low(p) {
	case "of", "for", "at", "with":
		cue = cue || pressCueWords[low(p-1)]
	}
	if !cue {
		return
	}
	l.sector = kb.SectorMedia
	e.Sector = kb.SectorMedia
}

// partyCasedPhrase is partyCasedRole for a phrase of the text: "Labour
// leader " before a name the tagger split off is the party's name and a
// title, not one role to drop.
func partyCasedPhrase(s string) bool {
	w := strings.Fields(s)
	return len(w) > 1 && (w[0] == "Labour" || w[0] == "Labor")
}
