package resolve

import "github.com/newsgraph/newsgraph/internal/model"

// kinWords name a person by a relative: "the wife of", "a son of".
var kinWords = wordSet("wife husband spouse widow widower son daughter mother father brother sister " +
	"stepson stepdaughter stepmother stepfather nephew niece cousin grandson granddaughter grandmother " +
	"grandfather uncle aunt son-in-law daughter-in-law brother-in-law sister-in-law father-in-law " +
	"mother-in-law fiancee fiancée fiance fiancé girlfriend boyfriend partner")

// countWords after "mother of" or "father of" count children ("a mother
// of three"), not a relative.
var countWords = wordSet("two three four five six seven eight nine ten 2 3 4 5 6 7 8 9 10")

// relativeOf reports whether token j is a word of kinship followed by
// "of" and not by a count: the apposition names whose relative the person
// is, and any title after it is that relative's.
func (d *docState) relativeOf(j int) bool {
	if j+2 >= len(d.toks) || !kinWords[d.toks[j].norm] || d.toks[j+1].norm != "of" {
		return false
	}
	return !countWords[d.toks[j+2].norm]
}

// formerWordBefore reports whether "former" or "ex-" stands in the title
// words right before the person e (or opens e's own span: "Former
// President Walter Hague"), within six tokens and with no punctuation but
// the hyphen between. "then-President" is no such word: its holder held
// the office at the time told.
func (d *docState) formerWordBefore(e *model.Entity) bool {
	i := d.tokenAt(e.Start)
	end := d.tokenAt(e.End)
	for j := i; j < end && j < len(d.toks); j++ {
		if d.toks[j].norm == "former" || d.toks[j].norm == "ex" {
			return true
		}
	}
	for j := i - 1; j >= 0 && j >= i-6; j-- {
		switch d.toks[j].norm {
		case "former", "ex":
			return true
		case "then":
			return false
		case "":
			if d.art.Text[d.toks[j].start] != '-' {
				return false
			}
		}
	}
	return false
}

// formerKBHolder reports whether the knowledge base's person id, named at
// e, is a former office-holder at the article's date: "Former President
// Donald Trump said" written in 2023, or in a story with no date, when
// the text is the only witness of the time told. A dated story in which
// the dated terms put the person in office keeps the office: the title
// then names an earlier office of one who holds another (or the same one
// again). Once so named, every mention of the person is.
func (d *docState) formerKBHolder(e *model.Entity, id string) bool {
	if d.formerKB[id] {
		return true
	}
	if !d.formerWordBefore(e) {
		return false
	}
	if d.dated {
		if _, offices := d.s.kb.OfficeAt(id, d.date); len(offices) > 0 {
			return false
		}
	}
	if d.formerKB == nil {
		d.formerKB = map[string]bool{}
	}
	d.formerKB[id] = true
	return true
}
