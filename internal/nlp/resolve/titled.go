package resolve

import (
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
)

// splitTitledNames cuts a mention the tagger ran together from an
// organisation, a title and a person's name ("United Nations
// Secretary-General Antonio Guterres", "WHO Director-General Tedros Adhanom
// Ghebreyesus", "Apple Chief Executive Tim Cook") into the organisation and
// the person, as the tagger gives "NATO" | "Mark Rutte" when it sees them
// apart. The title between them is left to the role finder, which reads it
// as the person's and gives him the organisation's country and sector;
// resolved whole, the span was an unknown organisation and the person was
// lost (and so were his later short mentions, "Guterres said").
func (d *docState) splitTitledNames(ents []model.Entity) []model.Entity {
	var out []model.Entity
	changed := false
	for _, e := range ents {
		org, per, ok := d.splitTitled(e, ents)
		if !ok {
			out = append(out, e)
			continue
		}
		changed = true
		if org.End > org.Start {
			out = append(out, org)
		}
		out = append(out, per)
	}
	if !changed {
		return ents
	}
	return d.familyNameMentions(out, ents)
}

// familyNameMentions adds the untagged mentions of the family names of the
// persons splitTitledNames recovered ("Guterres told the Security
// Council"). The tagger's document pass gives a person's family name the
// person's type wherever it recurs, but it saw these names inside an
// organisation's span and left their later mentions untagged, so the
// short-form link to the full name never ran. A mention is a capitalised
// word alone (no capitalised word right before or after it: "Maria
// Guterres", "Guterres Foundation" are other names) outside every entity.
func (d *docState) familyNameMentions(out, orig []model.Entity) []model.Entity {
	family := map[string]bool{}
	for _, e := range out {
		if e.Type != model.EntityPerson {
			continue
		}
		isNew := true
		for _, o := range orig {
			if o.Start == e.Start && o.End == e.End && o.Type == e.Type {
				isNew = false
				break
			}
		}
		if last := d.tokenAt(e.End) - 1; isNew && last >= 0 && last < len(d.toks) && d.toks[last].norm != "" {
			family[d.toks[last].norm] = true
		}
	}
	if len(family) == 0 {
		return out
	}
	covered := func(start, end int) bool {
		for _, e := range out {
			if start < e.End && e.Start < end {
				return true
			}
		}
		return false
	}
	var added []model.Entity
	for i, t := range d.toks {
		if !t.upper || !family[t.norm] || covered(int(t.start), int(t.end)) {
			continue
		}
		if i > 0 && d.toks[i-1].upper && d.toks[i-1].norm != "" && int(d.toks[i-1].end)+1 >= int(t.start) ||
			i+1 < len(d.toks) && d.toks[i+1].upper && d.toks[i+1].norm != "" && int(t.end)+1 >= int(d.toks[i+1].start) {
			continue
		}
		added = append(added, model.Entity{Text: d.art.Text[t.start:t.end], Type: model.EntityPerson,
			Sentence: d.sentenceOf(int(t.start)), Start: int(t.start), End: int(t.end)})
	}
	if len(added) == 0 {
		return out
	}
	out = append(out, added...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// institutionWord are last words of the names of places and institutions
// named after a title and a person ("King Fahd Hospital", "President Kennedy
// Center"): such a name is no person.
var institutionWord = wordSet("center centre foundation hospital hotel university college school institute " +
	"prize award cup trophy street avenue road square bridge airport stadium hall museum library memorial " +
	"park station port highway building tower palace mosque church cathedral fund trust")

// splitTitled splits one mention: the organisation before the title (empty
// when the title opens the mention) and the person after it. The person's
// name must be at least two capitalised words, not the name of a known
// non-person, and not end in an institution's word; and something must
// say it is a person's: the knowledge base knows the person, its first
// word is a given name, or the organisation before the title is a known
// one ("Premier League Golden Boot" is none of these).
func (d *docState) splitTitled(e model.Entity, ents []model.Entity) (org, per model.Entity, ok bool) {
	if e.Type == model.EntityPerson || e.Type == model.EntityNORP || e.Type == EntityRole {
		return org, per, false
	}
	first, last := d.tokenAt(e.Start), d.tokenAt(e.End)-1
	if first >= len(d.toks) || last >= len(d.toks) || last-first < 2 {
		return org, per, false
	}
	if c, ok := d.titleEndsAt(first - 1); ok && last > first && d.personName(e.End, first, last) &&
		(d.personEvidence(e.End, first) || d.knownOrgEndingAt(ents, c-1)) {
		// "WHO Director-General" | "Tedros Adhanom Ghebreyesus": the
		// tagger kept the title out and typed the name as the body's.
		per = e
		per.Type = model.EntityPerson
		return org, per, true
	}
	for c := first; c <= last-2; c++ {
		if !d.toks[c].upper || d.toks[c].norm == "" {
			continue
		}
		j, found := d.titleAt(c, last)
		if !found || last-j < 2 {
			continue
		}
		nameFirst := j + 1
		if !d.personName(e.End, nameFirst, last) {
			return org, per, false
		}
		if !d.personEvidence(e.End, nameFirst) && (c == first || !d.knownActor(d.art.Text[e.Start:int(d.toks[c-1].end)])) {
			return org, per, false
		}
		per = model.Entity{Text: e.Text[int(d.toks[nameFirst].start)-e.Start:], Type: model.EntityPerson, Sentence: e.Sentence,
			Start: int(d.toks[nameFirst].start), End: e.End}
		if c > first {
			end := int(d.toks[c-1].end)
			org = model.Entity{Text: e.Text[:end-e.Start], Type: e.Type, Sentence: e.Sentence, Start: e.Start, End: end}
		}
		return org, per, true
	}
	return org, per, false
}

// titleAt matches the longest role phrase starting at token c and ending
// at or before last, reading a hyphen inside a word as a space
// ("Secretary-General" is the role "secretary general"). It returns the
// index of the role's last token.
func (d *docState) titleAt(c, last int) (int, bool) {
	_, j, ok := d.hyphenRoleAt(c, last)
	return j, ok
}

// hyphenRoleAt is titleAt with the role matched.
func (d *docState) hyphenRoleAt(c, last int) (kb.RoleInfo, int, bool) {
	k := d.s.kb
	if !k.IsRoleStart(d.toks[c].norm) {
		return kb.RoleInfo{}, 0, false
	}
	var words []string
	var ends []int
	for x := c; x <= last && len(words) < k.MaxRoleWords(); x++ {
		t := d.toks[x]
		if t.norm == "" {
			if d.art.Text[int(t.start):int(t.end)] == "-" && x > c && x < last && int(d.toks[x-1].end) == int(t.start) && int(d.toks[x+1].start) == int(t.end) {
				continue
			}
			break
		}
		words = append(words, t.norm)
		ends = append(ends, x)
	}
	for n := len(words); n >= 1; n-- {
		if n > 1 && d.partyCasedRole(c, ends[n-1]) {
			continue
		}
		if r, ok := k.RoleNorm(strings.Join(words[:n], " ")); ok {
			return r, ends[n-1], true
		}
	}
	return kb.RoleInfo{}, 0, false
}

// hyphenRoleEndingAt matches a role written with a hyphen inside that ends
// at token j ("Secretary-General", "Director-General"), and its first
// token. Read word by word, such a title was only its last word: "General"
// made the Director-General of the WHO a military officer.
func (d *docState) hyphenRoleEndingAt(j int) (kb.RoleInfo, int, bool) {
	if j < 2 || j >= len(d.toks) {
		return kb.RoleInfo{}, 0, false
	}
	hyphen := false
	for c := j - 1; c >= 0 && j-c < 2*d.s.kb.MaxRoleWords(); c-- {
		if d.toks[c].norm == "" {
			if d.art.Text[int(d.toks[c].start):int(d.toks[c].end)] != "-" {
				break
			}
			hyphen = true
			continue
		}
		if !hyphen {
			continue
		}
		if r, e, ok := d.hyphenRoleAt(c, j); ok && e == j {
			return r, c, true
		}
	}
	return kb.RoleInfo{}, 0, false
}

// capitalisedName says the tokens i..j are capitalised words, joined at
// most by inner hyphens ("Ban Ki-moon").
func (d *docState) capitalisedName(i, j int) bool {
	for x := i; x <= j; x++ {
		t := d.toks[x]
		if t.norm == "" {
			if d.art.Text[int(t.start):int(t.end)] == "-" && x > i && x < j && int(d.toks[x-1].end) == int(t.start) {
				continue
			}
			return false
		}
		if !t.upper && (x == i || d.toks[x-1].norm != "") {
			return false
		}
	}
	return true
}

// personName says the tokens i..last, ending at byte end, can be a
// person's name after a title: capitalised words, not the name of a known
// non-person, not ending in an institution's word.
func (d *docState) personName(end, i, last int) bool {
	if !d.capitalisedName(i, last) || institutionWord[d.toks[last].norm] {
		return false
	}
	key := kb.Normalize(cleanName(d.art.Text[int(d.toks[i].start):end]))
	for _, a := range d.s.kb.LookupNorm(key, d.date) {
		if a.Type != kb.TypePerson {
			return false
		}
	}
	return true
}

// personEvidence says the name starting at token i and ending at byte end
// is known as a person's, or opens with a given name.
func (d *docState) personEvidence(end, i int) bool {
	if d.s.kb.GivenNameGender(d.toks[i].norm) != "" {
		return true
	}
	for _, a := range d.s.kb.LookupNorm(kb.Normalize(cleanName(d.art.Text[int(d.toks[i].start):end])), d.date) {
		if a.Type == kb.TypePerson {
			return true
		}
	}
	return false
}

// knownActor says the knowledge base knows name as an organisation or a
// country ("United Nations", "WHO", "Apple").
func (d *docState) knownActor(name string) bool {
	for _, a := range d.s.kb.LookupNorm(kb.Normalize(cleanName(name)), d.date) {
		if a.Type != kb.TypePerson {
			return true
		}
	}
	return false
}

// knownOrgEndingAt says a tagged entity the knowledge base knows ends at
// token j.
func (d *docState) knownOrgEndingAt(ents []model.Entity, j int) bool {
	if j < 0 || j >= len(d.toks) {
		return false
	}
	for _, e := range ents {
		if e.End == int(d.toks[j].end) {
			return d.knownActor(e.Text)
		}
	}
	return false
}

// titleEndsAt says a role phrase ends at token j ("Director-General" right
// before a name), and gives its first token.
func (d *docState) titleEndsAt(j int) (int, bool) {
	if j < 0 || j >= len(d.toks) || !d.toks[j].upper {
		return 0, false
	}
	start, found := 0, false
	for c := j; c >= 0 && j-c < 2*d.s.kb.MaxRoleWords(); c-- {
		if d.toks[c].norm == "" {
			if d.art.Text[int(d.toks[c].start):int(d.toks[c].end)] == "-" {
				continue
			}
			break
		}
		if e, ok := d.titleAt(c, j); ok && e == j {
			start, found = c, true // the longest title: "Director-General", not "General"
		}
	}
	return start, found
}

// courtesyTitles are royal, religious, academic and military styles a
// wire story writes between an office and its holder's name: "Saudi
// Energy Minister Prince Abdulaziz bin Salman", "Qatari Foreign Minister
// Sheikh Mohammed", "Health Minister Dr. Jane Roe", "Defence Minister Lt.
// Gen. John Doe". They say who the person is, not what office he holds.
var courtesyTitles = wordSet("prince princess sheikh sheikha shaikh sayyid emir dr prof gen lt col maj adm brig datuk dato")

// Malaysia's two-word honours ("Tan Sri", "Puan Sri", "Datuk Seri", "Dato'
// Sri", "Toh Puan") are courtesy titles too: "Opposition leader Tan Sri
// Jane Roe" is the opposition leader. Their words are read only as a pair,
// "Tan" being a family name and "Sri" a given name alone. The grammar of
// the pairs, and how their case is read, is the knowledge base's
// (kb.MalayHonourPair), which the tagger's post-pass cuts them by too.

// tokText returns toks[i] as written.
func (d *docState) tokText(i int) string {
	return d.art.Text[int(d.toks[i].start):int(d.toks[i].end)]
}

// malayGradeAfter returns the grade's token of a Malaysian honour starting
// at toks[k] ("Sri" after "Tan", also after "Dato'"), 0 when none starts there.
func (d *docState) malayGradeAfter(k int) int {
	if d.toks[k].norm == "" {
		return 0
	}
	head := d.tokText(k)
	g := k + 1
	if g < len(d.toks) && kb.MalayHonourTakesApostrophe(head) && (d.punct(g) == "'" || d.punct(g) == "’") && int(d.toks[g].start) == int(d.toks[k].end) {
		g++
	}
	if g < len(d.toks) && d.toks[g].norm != "" && kb.MalayHonourPair(head, d.tokText(g)) {
		return g
	}
	return 0
}

// malayHonourBefore returns the head's token of a Malaysian honour whose
// grade is toks[a] ("Tan" for "Sri"), -1 when toks[a] ends none.
func (d *docState) malayHonourBefore(a int) int {
	h := a - 1
	if h > 0 && (d.punct(h) == "'" || d.punct(h) == "’") {
		h--
	}
	if h >= 0 && d.malayGradeAfter(h) == a {
		return h
	}
	return -1
}

// courtesyStart returns the first token of the run of (at most three)
// capitalised courtesy titles ending at toks[j], each maybe written short
// with its full stop ("Lt. Gen."), and whether there is one; j itself
// when there is none.
func (d *docState) courtesyStart(j int) (int, bool) {
	k, found := j, false
	for n := 0; n < 3 && k >= 0; n++ {
		a := k
		if d.punct(a) == "." && a > 0 && int(d.toks[a-1].end) == int(d.toks[a].start) {
			a--
		}
		if h := d.malayHonourBefore(a); h >= 0 {
			k, found = h-1, true
			continue
		}
		if !d.toks[a].upper || !courtesyTitles[d.toks[a].norm] {
			break
		}
		k, found = a-1, true
	}
	return k + 1, found
}

// officeBeforeCourtesy returns the last token of a capitalised office
// title (one with an office of its own, or a minister's title) right
// before a run of courtesy titles ending at toks[j]: "Minister" in
// "Energy Minister Prince". ok is false when toks[j] ends no courtesy
// title or no such office stands before it.
func (d *docState) officeBeforeCourtesy(j int) (int, bool) {
	c, ok := d.courtesyStart(j)
	if !ok || c < 1 || !d.toks[c-1].upper {
		return 0, false
	}
	r, _, ok := d.roleEndingAt(c - 1)
	if !ok || r.Group || r.Office == "" && !ministerTitles[d.toks[c-1].norm] {
		return 0, false
	}
	return c - 1, true
}

// courtesyEnd returns the token after a run of (at most three) capitalised
// courtesy titles starting at toks[k], or k when none starts there.
func (d *docState) courtesyEnd(k int) int {
	for n := 0; n < 3 && k < len(d.toks); n++ {
		if g := d.malayGradeAfter(k); g > 0 {
			k = g + 1
			continue
		}
		if !d.toks[k].upper || !courtesyTitles[d.toks[k].norm] {
			break
		}
		k++
		if k < len(d.toks) && d.punct(k) == "." && int(d.toks[k].start) == int(d.toks[k-1].end) {
			k++
		}
	}
	return k
}
