package resolve

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/internal/kb"
)

// nameIndex lists the antecedents whose link's name passes a test that
// reads the name alone ("Independent National Electoral Commission" names
// an electoral body, "European Parliament" a parliament), so that a
// search for the last such antecedent before an offset steps over those
// few only. Walking back over every antecedent for each lower-case "the
// electoral commission" or "Parliament" was quadratic in the length of
// the text: a 10 MB text spent most of its resolve time there.
//
// The list may hold more than the antecedents that pass (a mention
// relinked to another link keeps its place): searches test each one on
// its live link anyway, so the answer is the one the full walk gives.
type nameIndex struct {
	test    func(name string) bool
	memo    map[string]bool // name -> test(name)
	ks      []int           // indices into antecedents, ascending
	scanned int             // antecedents looked at
	gen     int             // docState.antGen the list was built at
}

func newNameIndex(test func(name string) bool) *nameIndex {
	return &nameIndex{test: test, memo: map[string]bool{}}
}

func (x *nameIndex) passes(l *link) bool {
	if l == nil {
		return false
	}
	ok, seen := x.memo[l.name]
	if !seen {
		ok = x.test(l.name)
		x.memo[l.name] = ok
	}
	return ok
}

// sync brings the list up to date with ants: appended antecedents are
// added as they come; an insertion or deletion, which shifts indices,
// (gen differs) rebuilds it.
func (x *nameIndex) sync(ants []antecedent, gen int) {
	if gen != x.gen || x.scanned > len(ants) {
		x.ks, x.scanned, x.gen = x.ks[:0], 0, gen
	}
	for k := x.scanned; k < len(ants); k++ {
		if x.passes(ants[k].l) {
			x.ks = append(x.ks, k)
		}
	}
	x.scanned = len(ants)
}

// relinked notes that antecedent k now points to l.
func (x *nameIndex) relinked(k int, l *link) {
	if x == nil || k >= x.scanned || !x.passes(l) {
		return
	}
	if i, found := slices.BinarySearch(x.ks, k); !found {
		x.ks = slices.Insert(x.ks, i, k)
	}
}

// lastNamed returns the link of the last antecedent before index end
// whose name passes x's test and that ok accepts, nil when there is none.
func (d *docState) lastNamed(x *nameIndex, end int, ok func(*link) bool) *link {
	x.sync(d.antecedents, d.antGen)
	i, _ := slices.BinarySearch(x.ks, end)
	for i--; i >= 0; i-- {
		if l := d.antecedents[x.ks[i]].l; x.passes(l) && ok(l) {
			return l
		}
	}
	return nil
}

// antecedentsShifted notes that antecedents were inserted or removed
// other than at the end, so that the name indexes rebuild.
func (d *docState) antecedentsShifted() { d.antGen++ }

// electoralIndex and parliamentIndex are made on first use: most texts
// name no electoral body and no parliament in lower case.
func (d *docState) electoralIndex() *nameIndex {
	if d.electoral == nil {
		d.electoral = newNameIndex(func(name string) bool { return electoralName(strings.Fields(kb.Normalize(name))) })
	}
	return d.electoral
}

func (d *docState) parliamentIndex() *nameIndex {
	if d.parliaments == nil {
		d.parliaments = newNameIndex(func(name string) bool {
			w := strings.Fields(kb.Normalize(name))
			return len(w) > 1 && w[len(w)-1] == "parliament"
		})
	}
	return d.parliaments
}
