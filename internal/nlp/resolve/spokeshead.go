package resolve

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/kb"
)

// subjectBody returns the organisation a sentence's opening definite
// description refers back to when a bare spokesperson closes the sentence
// ("The commission welcomed the ruling, a spokesman told Reuters"): the
// spokesperson speaks for the body the sentence is about, which "the
// commission" names by the last word of its name ("the Nigerian
// Communications Commission" some sentences before), not for whichever
// organisation was named last (a company the commission regulates). The
// description must be "the" and one lower-case noun as written, followed
// by a lower-case word (its verb), and only the latest organisation whose
// name ends in that noun, within referenceWindow, counts; none leaves the
// spokesperson to spokesBody.
func (d *docState) subjectBody(pos, sent int) *link {
	start := -1
	for _, s := range d.art.Sentences {
		if s.Index == sent {
			start = s.Start
			break
		}
	}
	if start < 0 {
		return nil
	}
	i := d.tokenAt(start)
	if i+2 >= len(d.toks) || d.toks[i].norm != "the" || int(d.toks[i+2].start) >= pos {
		return nil
	}
	head, next := d.toks[i+1], d.toks[i+2]
	if head.norm == "" || next.norm == "" || next.upper || !lowerWritten(d.art.Text[head.start:head.end]) {
		return nil
	}
	for k := before(d.antecedents, start) - 1; k >= 0; k-- {
		a := d.antecedents[k]
		if a.sentence < sent-referenceWindow {
			break
		}
		if a.l.typ != kb.TypeOrganisation || a.l.sector == kb.SectorMedia {
			continue
		}
		if f := strings.Fields(kb.Normalize(a.l.name)); len(f) >= 2 && f[len(f)-1] == head.norm {
			return a.l
		}
	}
	return nil
}

// lowerWritten says a word is written in lower case ("commission", not
// "Commission", which may begin a name of its own).
func lowerWritten(w string) bool {
	return w != "" && strings.ToLower(w) == w
}
