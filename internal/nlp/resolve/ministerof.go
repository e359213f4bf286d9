package resolve

import "github.com/newsgraph/newsgraph/internal/kb"

// ministerOfFieldEndingAt reads a minister's title written with its field
// after "of" that ends at token j, right before a name: "Minister of
// Industry Sultan Ahmed Al Jaber", "Minister of the Interior Jane Roe",
// "Secretary of Trade and Industry Jane Roe". The field is one to four
// capitalised words (with "and" or "&" between); the title word is a
// capitalised minister's title (ministerTitles). It returns the title's
// role and the token of the title word, so a country written before it
// ("UAE Minister of Industry") is read as it is before "Industry
// Minister". A field the tagger typed as a body is roleOfBodyEndingAt's.
func (d *docState) ministerOfFieldEndingAt(j int) (kb.RoleInfo, int, bool) {
	k := j
	words := 0
	for k >= 0 && j-k < 5 {
		t := d.toks[k]
		if t.upper && t.norm != "" && t.norm != "of" && t.norm != "the" {
			words++
			k--
			continue
		}
		if words > 0 && k > 0 && d.toks[k-1].upper && (t.norm == "and" || d.punct(k) == "&") {
			k--
			continue
		}
		break
	}
	if words == 0 || words > 4 || k < 1 {
		return kb.RoleInfo{}, 0, false
	}
	if d.toks[k].norm == "the" {
		k--
	}
	if k < 1 || d.toks[k].norm != "of" {
		return kb.RoleInfo{}, 0, false
	}
	m := k - 1
	if !d.toks[m].upper || !ministerTitles[d.toks[m].norm] {
		return kb.RoleInfo{}, 0, false
	}
	r, ok := d.s.kb.RoleNorm(d.toks[m].norm)
	if !ok || r.Group {
		return kb.RoleInfo{}, 0, false
	}
	return r, m, true
}
