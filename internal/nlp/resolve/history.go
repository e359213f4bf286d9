package resolve

import (
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
)

// Office holders of the past. News names former leaders by family name and
// title ("President Clinton", "then-President Bush", "former Prime Minister
// Johnson"), often in a sentence that dates what it tells ("In 1994,
// President Clinton signed ..."). The knowledge base's terms of office say
// who held which office when; the article's date alone finds only those in
// office when it was written.

// pastHolder links a lone family name that no one in office at the
// article's date bears (or that the title calls former) to the one known
// person of that name who held office in a year the sentence names ("In
// 1994, President Clinton"), and, failing that, after a title that names an
// office, to the person of that name who last held that office before the
// article's date ("President Clinton" in 2024: not Hillary Clinton).
// The title's country and office, when it names them, must agree.
func (d *docState) pastHolder(e *model.Entity, key string, t title) *kb.Actor {
	cands := d.s.kb.Surname(key)
	if len(cands) == 0 {
		return nil
	}
	yt := t
	titled := t.office != "" || t.sector != "" || t.country != ""
	if t.office == "" && t.sector == "" {
		// With no title, a family name is a leader's only when he led:
		// "In 2016, Obama met Putin"; but "his Rice teammate" in a story
		// of 2009 is no Secretary of State.
		yt.office = "leader"
	}
	for _, y := range d.sentenceYears(e) {
		// Without a title, the year alone is no evidence that a common
		// family name is the leader's ("In 2016, Castro opened a bakery"):
		// the article must give the evidence of a lone family name for
		// the holder of that year (kb.LoneSurname: the holder's country,
		// the full name, or a name no one else bears).
		a := d.onlyHolder(cands, yt, yearStart(y), yearStart(y+1))
		if a != nil && (titled || d.surnameEvident(a, yearStart(y), kb.SurnameEvidence{Countries: d.surnameCountries()})) {
			return a
		}
	}
	if t.office != "" {
		return d.latestHolder(cands, t, d.date)
	}
	return nil
}

// latestHolder returns, among cands, the person who held the title's
// office (of its country, when it names one) most recently before the
// article's date: "President Bush" in a story of 2024 is George W. Bush,
// the later of the two, as news uses it; a former holder's title ("former
// President Bush") passes over one in office then; nil when none held it.
func (d *docState) latestHolder(cands []*kb.Actor, t title, before time.Time) *kb.Actor {
	var best *kb.Actor
	var bestEnd time.Time
	tie := false
	for _, a := range cands {
		if a.Type != kb.TypePerson || best != nil && a.ID == best.ID {
			continue
		}
		var end time.Time
		held := false
		for _, tm := range d.s.kb.Terms(a.ID) {
			if !tm.From.Before(before) || t.country != "" && tm.Country != t.country || !slices.Contains(tm.Offices, t.office) {
				continue
			}
			// "Former President Bush" in 2005 is the father: the son
			// held the office then, and no one is a former holder of
			// the office he holds.
			if t.former && (tm.To.IsZero() || tm.To.After(before)) {
				continue
			}
			e := tm.To
			if e.IsZero() || e.After(before) {
				e = before
			}
			if !held || e.After(end) {
				end, held = e, true
			}
		}
		switch {
		case !held:
		case best == nil || end.After(bestEnd):
			best, bestEnd, tie = a, end, false
		case end.Equal(bestEnd):
			tie = true
		}
	}
	if tie {
		return nil
	}
	return best
}

// heldInYears picks, among known persons of one full name ("George Bush"),
// the one in office in a year the sentence names, when exactly one was.
func (d *docState) heldInYears(e *model.Entity, cands []*kb.Actor, t title) *kb.Actor {
	n := 0
	for _, a := range cands {
		if a.Type == kb.TypePerson {
			n++
		}
	}
	if n < 2 {
		return nil
	}
	for _, y := range d.sentenceYears(e) {
		if a := d.onlyHolder(cands, t, yearStart(y), yearStart(y+1)); a != nil {
			return a
		}
	}
	return nil
}

// onlyHolder returns the one person among cands with a term of office that
// overlaps [from, to) (a zero from: any time before to), of the title's
// country and office when it names them; nil when none or several.
func (d *docState) onlyHolder(cands []*kb.Actor, t title, from, to time.Time) *kb.Actor {
	var hit *kb.Actor
	for _, a := range cands {
		if a.Type != kb.TypePerson || a == hit {
			continue
		}
		for _, tm := range d.s.kb.Terms(a.ID) {
			if !tm.From.Before(to) || !tm.To.IsZero() && !tm.To.After(from) {
				continue
			}
			if t.country != "" && tm.Country != t.country || t.office != "" && !slices.Contains(tm.Offices, t.office) {
				continue
			}
			if hit != nil && hit.ID != a.ID {
				return nil
			}
			hit = a
			break
		}
	}
	return hit
}

func yearStart(y int) time.Time { return time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC) }

// sentenceYears returns the years the entity's sentence names, as four
// digits from 1900 to the article's year ("in 1994", "the 2003 invasion"),
// in order and without repeats.
func (d *docState) sentenceYears(e *model.Entity) []int {
	start, end, ok := d.sentenceSpan(e.Start)
	if !ok {
		return nil
	}
	var out []int
	for i := d.tokenAt(start); i < len(d.toks) && int(d.toks[i].end) <= end; i++ {
		w := d.toks[i].norm
		if len(w) != 4 || w[0] < '1' || w[0] > '2' {
			continue
		}
		y := 0
		for _, c := range w {
			if c < '0' || c > '9' {
				y = -1
				break
			}
			y = y*10 + int(c-'0')
		}
		if y >= 1900 && y <= d.date.Year() && !slices.Contains(out, y) {
			out = append(out, y)
		}
	}
	return out
}

// sentenceSpan returns the byte range of the sentence holding off.
func (d *docState) sentenceSpan(off int) (int, int, bool) {
	ss := d.art.Sentences
	i := sort.Search(len(ss), func(i int) bool { return ss[i].End > off })
	if i < len(ss) && ss[i].Start <= off {
		return ss[i].Start, ss[i].End, true
	}
	return 0, 0, false
}

// recentYears is how long after leaving office a politician is still
// named "Mr. Trump" or "Mrs. Clinton" in the news without more.
const recentYears = 8

// recentHolder links a family name after an honorific ("Mr. Trump", "Mrs.
// Clinton") to the one known person of that name, of the honorific's sex
// where the given name tells it, who held an office in the recentYears
// before the article's date: the honorific says a person is meant, and
// news names a politician so for years after office.
func (d *docState) recentHolder(e *model.Entity, key string) *kb.Actor {
	i := d.tokenAt(e.Start) - 1
	if i >= 1 && d.punct(i) == "." {
		i--
	}
	if i < 0 || !d.toks[i].upper || !honorific[d.toks[i].norm] {
		return nil
	}
	sex := genderedTitle[d.toks[i].norm]
	from := d.date.AddDate(-recentYears, 0, 0)
	var hit *kb.Actor
	for _, a := range d.s.kb.Surname(key) {
		if a.Type != kb.TypePerson || hit != nil && a.ID == hit.ID {
			continue
		}
		if g := d.s.kb.GivenNameGender(strings.Fields(a.Name)[0]); sex != "" && g != "" && g != sex {
			continue
		}
		held := false
		for _, tm := range d.s.kb.Terms(a.ID) {
			if tm.From.Before(d.date) && (tm.To.IsZero() || tm.To.After(from)) {
				held = true
				break
			}
		}
		if !held {
			continue
		}
		if hit != nil {
			return nil
		}
		hit = a
	}
	return hit
}

// leaderOffices are the offices of a country's leader, head of state or of
// government, whose holders news names by family name long after.
var leaderOffices = wordSet("leader president prime_minister chancellor head_of_state head_of_government")

// formerLeader links a lone family name to the one known person of that
// name who led a country before the article's date, whatever how long ago,
// when the name is his alone in the knowledge base (kb.DistinctFamily: no
// other known person, given name, city or other actor bears it) and the
// article names the country he led ("the Soviet Union's collapse ...
// Gorbachev said"): the country is the evidence kb.LoneSurname asks for,
// and the rare name the rest. recentHolder takes an honorific for the
// evidence only for recentYears; a name many share ("Bush", "Castro")
// needs the full name or a title.
func (d *docState) formerLeader(e *model.Entity, key string) *kb.Actor {
	if e.Type != model.EntityPerson || !d.dated {
		return nil
	}
	k := d.s.kb
	var hit *kb.Actor
	for _, a := range k.Surname(key) {
		if a.Type != kb.TypePerson || hit != nil && a.ID == hit.ID {
			continue
		}
		led := false
		for _, tm := range k.Terms(a.ID) {
			if !tm.From.Before(d.date) || !d.surnameCountries()[tm.Country] {
				continue
			}
			for _, o := range tm.Offices {
				led = led || leaderOffices[o]
			}
		}
		if !led {
			continue
		}
		if hit != nil {
			return nil
		}
		hit = a
	}
	if hit == nil || !k.DistinctFamily(hit) {
		return nil
	}
	return hit
}
