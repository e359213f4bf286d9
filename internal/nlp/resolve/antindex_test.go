package resolve

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/kb"
)

// walkElectoral and walkParliament are the full backward walks the name
// indexes replace: the indexed searches must give the same link.
func walkElectoral(d *docState, pos int, country string) *link {
	for k := before(d.antecedents, pos) - 1; k >= 0; k-- {
		l := d.antecedents[k].l
		if l == nil || l.typ != kb.TypeOrganisation || l.country == "" || country != "" && l.country != country {
			continue
		}
		if electoralName(strings.Fields(kb.Normalize(l.name))) {
			return l
		}
	}
	return nil
}

func walkParliament(d *docState, pos int) *link {
	for k := before(d.antecedents, pos) - 1; k >= 0; k-- {
		l := d.antecedents[k].l
		if l == nil || l.typ != kb.TypeOrganisation || l.country == "" || strings.HasPrefix(l.id, "doc:") {
			continue
		}
		if w := strings.Fields(kb.Normalize(l.name)); len(w) > 1 && w[len(w)-1] == "parliament" {
			return l
		}
	}
	return nil
}

// TestNameIndexMatchesWalk changes the antecedents as Resolve does
// (appends in text order, an insertion, deletions, relinks, a country
// set later) and checks every search against the full walk after each
// change.
func TestNameIndexMatchesWalk(t *testing.T) {
	links := []*link{
		{id: "NGA-ELC", name: "Independent National Electoral Commission", typ: kb.TypeOrganisation, country: "NGA"},
		{id: "RUS-ELC", name: "Central Election Commission", typ: kb.TypeOrganisation, country: "RUS"},
		{id: "doc:org:electoral-board", name: "State Electoral Board", typ: kb.TypeOrganisation},
		{id: "EU-PAR", name: "European Parliament", typ: kb.TypeOrganisation, country: "EUR"},
		{id: "doc:org:youth-parliament", name: "Youth Parliament", typ: kb.TypeOrganisation, country: "GBR"},
		{id: "GHA-PAR", name: "Parliament of Ghana", typ: kb.TypeOrganisation, country: "GHA"},
		{id: "doc:person:jane-roe", name: "Jane Roe", typ: kb.TypePerson, country: "NGA"},
		{id: "NGA", name: "Nigeria", typ: kb.TypeCountry, country: "NGA"},
		{id: "doc:org:election-watch", name: "Election Watch", typ: kb.TypeOrganisation, country: "NGA"},
	}
	countries := []string{"", "NGA", "RUS", "GHA", "EUR"}
	r := rand.New(rand.NewPCG(1, 2))
	for run := range 20 {
		// Each run copies the links: a country set in one run must not
		// leak into the next.
		ls := make([]*link, len(links))
		for i, l := range links {
			c := *l
			ls[i] = &c
		}
		d := &docState{}
		pos := 0
		for step := range 300 {
			switch op := r.IntN(20); {
			case op < 14: // the main pass appends in text order
				pos += 1 + r.IntN(40)
				d.antecedents = append(d.antecedents, antecedent{pos: pos, sentence: pos / 100, l: ls[r.IntN(len(ls))]})
			case op < 16 && len(d.antecedents) > 0: // homeParliament inserts
				p := r.IntN(pos + 1)
				k := before(d.antecedents, p)
				d.antecedents = slices.Insert(d.antecedents, k, antecedent{pos: p, l: ls[r.IntN(len(ls))]})
				d.antecedentsShifted()
			case op < 17 && len(d.antecedents) > 0: // a dropped organisation leaves
				gone := d.antecedents[r.IntN(len(d.antecedents))].l
				d.antecedents = slices.DeleteFunc(d.antecedents, func(a antecedent) bool { return a.l == gone })
				d.antecedentsShifted()
			case op < 19 && len(d.antecedents) > 0: // relink
				k := r.IntN(len(d.antecedents))
				l := ls[r.IntN(len(ls))]
				d.antecedents[k].l = l
				d.electoral.relinked(k, l)
				d.parliaments.relinked(k, l)
			default: // a body's country is learnt later (bodies.go)
				ls[2].country = countries[r.IntN(len(countries))]
			}
			at := r.IntN(pos + 2)
			for _, c := range countries {
				if got, want := d.namedElectoralBody(at, c), walkElectoral(d, at, c); got != want {
					t.Fatalf("run %d step %d: namedElectoralBody(%d, %q) = %v, the walk gives %v", run, step, at, c, got, want)
				}
			}
			if got, want := d.namedParliament(at), walkParliament(d, at); got != want {
				t.Fatalf("run %d step %d: namedParliament(%d) = %v, the walk gives %v", run, step, at, got, want)
			}
		}
		if d.electoral == nil || len(d.electoral.ks) == 0 || d.parliaments == nil || len(d.parliaments.ks) == 0 {
			t.Fatalf("run %d: the indexes were never used", run)
		}
	}
}
