package resolve

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/nlp/media"
)

// pressPosts are the posts of a newsroom. "Correspondent" and "columnist"
// name a journalist whoever employs them ("foreign correspondent Jane
// Doe"); "editor", "reporter" and "anchor" are read only with a news
// medium owning them, as a film's editor or a police reporter's desk is
// no outlet's.
var pressPosts = map[string]bool{"editor": true, "correspondent": true, "columnist": true, "reporter": true, "anchor": true}

// journalistPosts are the pressPosts that are a journalist's alone.
var journalistPosts = map[string]bool{"correspondent": true, "columnist": true}

// outletNouns are the common nouns for a news medium that own a post in
// the possessive: "the newspaper's editor", "the broadcaster's
// correspondent".
var outletNouns = map[string]bool{"newspaper": true, "paper": true, "magazine": true, "tabloid": true, "daily": true,
	"broadcaster": true, "network": true, "channel": true, "outlet": true, "website": true, "weekly": true}

// pressPostBefore reads a newsroom post right before a person's name,
// ending at token j: "the newspaper's editor Emma Tucker", "The Wall Street
// Journal's executive editor", "BBC correspondent". The person works for
// the news medium: the media sector, and the owning outlet's country (and
// the outlet itself) when a news medium is named as the owner. Up to two
// lower-case modifiers may stand before the post ("executive", "chief
// foreign").
func (d *docState) pressPostBefore(j int) (title, bool) {
	if j < 1 || !pressPosts[d.toks[j].norm] {
		return title{}, false
	}
	k := j - 1
	for n := 0; n < 2 && k > 0 && d.toks[k].norm != "" && d.toks[k].norm != "'s" && !d.toks[k].upper && !glue[d.toks[k].norm]; n++ {
		k--
	}
	t := title{sector: kb.SectorMedia}
	owner := k
	if d.toks[k].norm == "'s" || d.bareApostrophe(k) {
		owner = k - 1
	}
	if owner >= 0 {
		if e, ok := d.entByEnd[int(d.toks[owner].end)]; ok && e.Type == model.EntityOrg {
			// "The Wall Street Journal's editor", "BBC correspondent".
			if l := d.quickLink(e); l != nil && l.sector == kb.SectorMedia {
				t.country, t.org = l.country, l
				return t, true
			}
		}
		if owner < k && outletNouns[d.toks[owner].norm] {
			// "the newspaper's editor": the outlet named before, when
			// the word was resolved to it.
			if l, ok := d.roleAt[owner]; ok && l.sector == kb.SectorMedia {
				t.country, t.org = l.country, l
			}
			return t, true
		}
	}
	return t, journalistPosts[d.toks[j].norm]
}

// pressAppositive reads a newsroom post in apposition after a person's
// name, the post at token j: "Jane Wanjiru, editor of The Star,", "Ali
// Hassan, a reporter for Al-Ahram,", "Jane Roe, the managing editor at the
// Daily Nation,". The person works for the news medium named after "of",
// "for" or "at" (an organisation the resolver takes for an outlet): the
// media sector and the outlet's country, else, for an outlet of no known
// country, the dateline's when the story is from there and names no other
// country before the name or in its sentence: homeTitles reads that with
// datelineOnly once every entity is resolved (title.pressHome).
func (d *docState) pressAppositive(j int) (title, bool) {
	if !pressPosts[d.toks[j].norm] || j+2 >= len(d.toks) {
		return title{}, false
	}
	k := j + 1
	if w := d.toks[k].norm; w != "of" && w != "for" && w != "at" {
		return title{}, false
	}
	k++
	e, ok := d.entStartTok[k] // "The Star" with its article in the name
	capThe := d.toks[k].norm == "the" && d.toks[k].upper
	if !ok && d.toks[k].norm == "the" {
		e, ok = d.entStartTok[k+1]
	}
	if !ok || e.Type != model.EntityOrg {
		return title{}, false
	}
	l := d.quickLink(e)
	if l == nil && (capThe || strings.HasPrefix(e.Text, "The ")) {
		// "editor of The Star": an outlet the knowledge base lacks,
		// which the press cue makes a news medium (pressCuedOutlet)
		// once it is resolved.
		return title{sector: kb.SectorMedia, pressHome: true}, true
	}
	if l == nil && d.toks[k].norm == "the" && mediaNamed(e.Text) {
		// "a reporter for the Daily Graphic": with a lower-case "the"
		// the name itself must say it is a news medium (a word such as
		// "Daily", "Times", "Radio"), as "a reporter for the Ministry"
		// or "editor at the Institute" names no outlet.
		return title{sector: kb.SectorMedia, pressHome: true}, true
	}
	if l == nil || l.sector != kb.SectorMedia {
		return title{}, false
	}
	return title{sector: kb.SectorMedia, country: l.country, org: l, pressHome: l.country == ""}, true
}

// mediaNamed reports whether a name has a word of the news media's names
// ("Daily Graphic", "Sunday Times", "Radio Kigali").
func mediaNamed(name string) bool {
	for _, w := range strings.Fields(name) {
		if media.Word(w) {
			return true
		}
	}
	return false
}
