package resolve

import (
	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
)

// The country a story is about. homeCountry gives none when a story filed
// from one country names another more often ("WASHINGTON (Wire) - ...
// Venezuela ... Venezuela's President ... Opposition leader Maria Salazar
// said"): no country is better than a wrong one for most bare titles, which
// a story filed abroad writes for the dateline's officials and the
// subject's alike. The opposition and a state's courts and electoral body
// are not so: a story names the dateline country's own with its country
// when it is about another, so written bare in a story about Venezuela
// they are Venezuela's, and the dateline, where the talks were held or
// the wire's bureau sits, lends them nothing.

// governmentWords name a state's government when a country's name or
// nationality is written right before them ("Venezuela's government",
// "the Venezuelan President").
var governmentWords = wordSet("government administration regime president cabinet junta authorities")

// storyCountry returns the country the article is about: its home
// country (homeCountry) when it has one; else, in a story with a
// dateline, the country named most often, alone at the top and more often
// than the dateline's, whose government the article names too
// (namesGovernmentOf): a count of places alone may be of where things
// happened, not of whose politics the story tells. "" otherwise.
func (d *docState) storyCountry() string {
	if c := d.homeCountry(); c != "" {
		return c
	}
	dateline := d.datelineCountry()
	if dateline == "" {
		return ""
	}
	counts := map[string]int{}
	for _, e := range d.art.Entities {
		if e.Type != model.EntityGPE && e.Type != model.EntityNORP || e.Country == "" {
			continue
		}
		if l := d.entEnd[e.End]; l == nil || l.typ != kb.TypeCountry && l.typ != kb.TypePlace {
			continue
		}
		counts[e.Country]++
	}
	// A venue's dateline ("GENEVA (Wire) - Libyan delegates met for
	// talks") counts for nothing: the story names its host only as the
	// place where the others met (see venueDateline).
	floor := counts[dateline]
	if d.venueDateline(dateline) {
		delete(counts, dateline)
		floor = 0
	}
	best, n, tied := topCount(counts)
	if best == "" || tied || best == dateline || n <= floor || !d.namesGovernmentOf(best) {
		return ""
	}
	return best
}

// topCount returns the country counted most often, its count, and
// whether another was counted as often.
func topCount(counts map[string]int) (best string, n int, tied bool) {
	for c, k := range counts {
		switch {
		case k > n:
			best, n, tied = c, k, false
		case k == n:
			tied = true
		}
	}
	return best, n, tied
}

// namesGovernmentOf reports whether the article names country cc's
// government: a government word after its name or nationality
// ("Venezuela's President", "the Venezuelan government"), or a mention
// the resolver gave cc's government ("the government in Caracas").
func (d *docState) namesGovernmentOf(cc string) bool {
	for _, e := range d.art.Entities {
		if e.Country != cc {
			continue
		}
		if l := d.entEnd[e.End]; l != nil && l.country == cc && l.sector == kb.SectorGovernment && l.typ != kb.TypePerson {
			return true
		}
	}
	for k := range d.toks {
		if governmentWords[d.toks[k].norm] && d.countryModifierBefore(k) == cc {
			return true
		}
	}
	return false
}

// oppositionCountry returns the country whose opposition a bare
// "the opposition" or "opposition leader" of this article is: the country
// whose government the article names joined to the opposition by "and"
// ("Venezuela's government and the opposition signed an agreement", "the
// opposition and the Venezuelan government"), the two sides of one
// country's politics, wherever the talks were held; else the country the
// story is about (storyCountry). "" when neither says, or when the
// article pairs the opposition with the governments of two countries.
func (d *docState) oppositionCountry() string {
	if paired, two := d.pairedOpposition(); paired != "" || two {
		return paired
	}
	return d.storyCountry()
}

// pairedOpposition returns the country of the government the article
// joins to the opposition by "and" anywhere in it (pairedGovernment), and
// says whether it joins governments of two countries so, when it returns
// "".
func (d *docState) pairedOpposition() (cc string, two bool) {
	paired := ""
	for k := range d.toks {
		if d.toks[k].norm != "opposition" {
			continue
		}
		c := d.pairedGovernment(k)
		if c == "" {
			continue
		}
		if paired != "" && paired != c {
			return "", true
		}
		paired = c
	}
	return paired, false
}

// pairedGovernment returns the country of the government joined by "and"
// to the opposition at token k, within its sentence: "<country's>
// government and the opposition", "the opposition and <the country's>
// government". "" when no government with a country is so joined.
func (d *docState) pairedGovernment(k int) string {
	sent := d.sentenceOf(int(d.toks[k].start))
	// Before: "Venezuela's government and the (main) opposition".
	for g := k - 1; g >= 0 && g >= k-4; g-- {
		w := d.toks[g].norm
		if w == "" || d.sentenceOf(int(d.toks[g].start)) != sent {
			break
		}
		if !nationalGovernmentHeads[w] {
			continue
		}
		if !joinedByAnd(d.toks[g+1 : k]) {
			break
		}
		return d.countryModifierBefore(g)
	}
	// After: "the opposition and Venezuela's government".
	for g := k + 1; g < len(d.toks) && g <= k+5; g++ {
		w := d.toks[g].norm
		if w == "" || d.sentenceOf(int(d.toks[g].start)) != sent {
			break
		}
		if !nationalGovernmentHeads[w] {
			continue
		}
		if !joinedByAnd(d.toks[k+1 : g]) {
			break
		}
		return d.countryModifierBefore(g)
	}
	return ""
}

// joinedByAnd says whether the tokens between two sides hold "and" and no
// punctuation, which would end the phrase ("the government, and later
// the opposition, ...").
func joinedByAnd(between []tok) bool {
	and := false
	for _, t := range between {
		switch t.norm {
		case "and":
			and = true
		case "":
			return false
		}
	}
	return and
}

// oppositionHome returns the country of an opposition title written with
// no country before its holder's name ("Opposition leader Maria Salazar")
// in sentence sent: the article's opposition country (oppositionCountry),
// unless the sentence names a country that is neither that one nor the
// dateline's ("Opposition leader Maria Salazar met Colombia's president"
// may be anyone's opposition there). "" otherwise, and the title is left
// to the dateline rules.
func (d *docState) oppositionHome(sent int) string {
	c := d.oppositionCountry()
	if c == "" {
		return ""
	}
	dateline := d.datelineCountry()
	for _, e := range d.art.Entities {
		if e.Sentence != sent || e.Country == "" || e.Country == c || e.Country == dateline || e.Type != model.EntityGPE && e.Type != model.EntityNORP {
			continue
		}
		if l := d.entEnd[e.End]; l != nil && (l.typ == kb.TypeCountry || l.typ == kb.TypePlace) {
			return ""
		}
	}
	return c
}
