package eval

import (
	"context"
	"fmt"
	"io"
	"net/url"
	"sort"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
)

// Actor resolution is scored on GUM's wikification: every mention of a named
// entity carries the English Wikipedia title of what it names
// ("United_Kingdom"), pronouns and descriptions included. A title names a
// knowledge-base actor when the title, with underscores as spaces and
// without a trailing qualifier ("Durham, England", "Mercury (planet)"), is
// one of that actor's names or a city's name (a city-state is both: either
// is right); a title no actor is named by is outside the knowledge base.
//
// A resolved entity (an actor from the knowledge base, not a "doc:" actor
// made for the article) is scored against the innermost gold mention that
// contains it and carries a title; it is right when its actor is one the
// title names. A capital resolved to its country (the metonymy of "Moscow
// said") counts as right for the capital. Entities inside mentions without
// a title (GUM links only what Wikipedia has a page for) are not scored.
// Recall is over the gold mentions with a proper noun that name a
// knowledge-base actor: found when an entity inside resolves to it.

// ResolveScores are the figures of EvalResolve.
type ResolveScores struct {
	Docs int
	// Linked is resolved entities scored; Right of them named the gold
	// actor; OutsideKB of the wrong ones were inside mentions of something
	// the knowledge base does not hold.
	Linked, Right, OutsideKB int
	// Gold is named gold mentions of knowledge-base actors; Found of them
	// were resolved to it.
	Gold, Found int
	// Nested of the gold mentions not found lie inside a longer entity of
	// the pipeline's ("Pittsburgh" of "Pittsburgh Pirates", "US" of "US
	// National Science Foundation"): the resolver links the whole name and
	// makes no mention of the name inside it. NestedCountry of them are a
	// country (or its capital) that the enclosing entity's actor records
	// as its country.
	Nested, NestedCountry int
	ByType                map[string]*[4]int // gold type -> linked, right, gold, found
	Elapsed               time.Duration
}

// ResolveItem is one JSONL line of --out: a scored entity or a missed gold
// mention.
type ResolveItem struct {
	Doc      string   `json:"doc"`
	Text     string   `json:"text"`
	Title    string   `json:"title"`
	GoldIDs  []string `json:"gold_ids,omitempty"`
	Actor    string   `json:"actor,omitempty"`
	Right    bool     `json:"right"`
	Missed   bool     `json:"missed,omitempty"`
	GoldType string   `json:"gold_type"`
	// Overlap, on a missed mention, lists the pipeline's entities that
	// overlap it ("Pittsburgh Pirates=USA.SPORT..." or "Jerome=" when the
	// entity was found but not resolved), so a miss can be told apart as
	// an entity not found, found but not linked, or nested in a longer name.
	Overlap []string `json:"overlap,omitempty"`
}

// EvalResolve runs analyze on each document (entities resolved) and scores
// the actors against the wikification.
func EvalResolve(ctx context.Context, docs []*GUMDoc, k *kb.KB, analyze func(context.Context, *GUMDoc) (*model.Article, error), out io.Writer) (ResolveScores, error) {
	sc := ResolveScores{ByType: map[string]*[4]int{}}
	enc := newJSONL(out)
	titles := map[[2]string]map[string]bool{}
	goldIDs := func(m GUMMention) map[string]bool {
		key := [2]string{m.Identity, m.Type}
		ids, ok := titles[key]
		if !ok {
			ids = mentionActors(k, m.Identity, m.Type)
			titles[key] = ids
		}
		return ids
	}
	byType := func(t string) *[4]int {
		c := sc.ByType[t]
		if c == nil {
			c = &[4]int{}
			sc.ByType[t] = c
		}
		return c
	}
	for _, d := range docs {
		if err := ctx.Err(); err != nil {
			return sc, err
		}
		a, took, err := timedAnalyze(ctx, d, analyze)
		sc.Elapsed += took
		if err != nil {
			return sc, err
		}
		sc.Docs++
		type span struct {
			s, e int
			m    GUMMention
		}
		var gold []span
		for _, m := range d.Mentions {
			if m.E > m.S && m.E <= len(d.Toks) {
				gold = append(gold, span{d.Toks[m.S].Start, d.Toks[m.E-1].End, m})
			}
		}
		// Innermost first.
		sort.SliceStable(gold, func(i, j int) bool { return gold[i].e-gold[i].s < gold[j].e-gold[j].s })
		found := make([]bool, len(gold))
		for _, e := range a.Entities {
			if e.ActorID == "" || strings.HasPrefix(e.ActorID, "doc:") {
				continue
			}
			gi := -1
			for i, g := range gold {
				if g.s <= e.Start && e.End <= g.e {
					gi = i
					break
				}
			}
			if gi < 0 || gold[gi].m.Identity == "" {
				continue
			}
			g := gold[gi]
			ids := goldIDs(g.m)
			right := ids[e.ActorID] || capitalOf(k, ids, e.ActorID)
			sc.Linked++
			c := byType(g.m.Type)
			c[0]++
			switch {
			case right:
				sc.Right++
				c[1]++
				found[gi] = true
			case len(ids) == 0:
				sc.OutsideKB++
			}
			if enc != nil {
				if err := enc.Encode(ResolveItem{Doc: d.ID, Text: e.Text, Title: g.m.Identity, GoldIDs: setList(ids), Actor: e.ActorID, Right: right, GoldType: g.m.Type}); err != nil {
					return sc, err
				}
			}
		}
		for i, g := range gold {
			if g.m.Identity == "" || !d.named(g.m) {
				continue
			}
			ids := goldIDs(g.m)
			if len(ids) == 0 {
				continue
			}
			sc.Gold++
			c := byType(g.m.Type)
			c[2]++
			if !found[i] {
				// An entity inside a larger gold mention may have found a
				// nested one; look for any right entity inside.
				for _, e := range a.Entities {
					if g.s <= e.Start && e.End <= g.e && (ids[e.ActorID] || capitalOf(k, ids, e.ActorID)) {
						found[i] = true
						break
					}
				}
			}
			if !found[i] {
				for _, e := range a.Entities {
					if e.Start <= g.s && g.e <= e.End && e.End-e.Start > g.e-g.s {
						sc.Nested++
						if e.Country != "" && (ids[e.Country] || capitalOf(k, ids, e.Country)) {
							sc.NestedCountry++
						}
						break
					}
				}
			}
			if found[i] {
				sc.Found++
				c[3]++
			} else if enc != nil {
				var overlap []string
				for _, e := range a.Entities {
					if e.Start < g.e && g.s < e.End {
						overlap = append(overlap, e.Text+"="+e.ActorID)
					}
				}
				if err := enc.Encode(ResolveItem{Doc: d.ID, Text: d.Text[g.s:g.e], Title: g.m.Identity, GoldIDs: setList(ids), Missed: true, GoldType: g.m.Type, Overlap: overlap}); err != nil {
					return sc, err
				}
			}
		}
	}
	return sc, nil
}

// named says a mention holds a proper noun (not "it", "the company").
func (d *GUMDoc) named(m GUMMention) bool {
	if m.E-m.S > 8 {
		return false // a long description that merely contains a name
	}
	for i := m.S; i < m.E; i++ {
		if p := d.Toks[i].POS; p == "NNP" || p == "NNPS" {
			return true
		}
	}
	return false
}

// mentionActors returns the knowledge-base actors the title of a gold
// mention of that GUM entity type names. A person's title names no place:
// "Jerome" of Saint Jerome, "Batman" or "Adam" are also towns' names, and
// a person is no town, whatever the knowledge base holds of the name.
func mentionActors(k *kb.KB, title, goldType string) map[string]bool {
	ids := titleActors(k, title)
	if goldType != "person" {
		return ids
	}
	for id := range ids {
		if a, ok := k.Actor(id); ok && (a.Type == kb.TypePlace || a.Type == kb.TypeCountry) {
			delete(ids, id)
		}
	}
	return ids
}

// titleActors returns the knowledge-base actors a Wikipedia title names. A
// place qualified by where it lies ("Durham,_England",
// "Santa_Cruz,_California") names a city or region of that name only in
// the country the qualifier is or is in, when the qualifier names one:
// Durham, England is not the larger Durham of North Carolina.
func titleActors(k *kb.KB, title string) map[string]bool {
	name, err := url.PathUnescape(title)
	if err != nil {
		name = title
	}
	name = strings.ReplaceAll(name, "_", " ")
	forms := []string{name}
	if i := strings.Index(name, " ("); i > 0 {
		forms = append(forms, name[:i])
	}
	if i := strings.Index(name, ", "); i > 0 {
		forms = append(forms, name[:i])
	}
	ids := map[string]bool{}
	for _, f := range forms {
		var in map[string]bool // the qualifier's countries
		state := ""            // the qualifier's U.S. state
		if f != name && strings.HasPrefix(name[len(f):], ", ") {
			in = qualifierCountries(k, name[len(f)+2:])
			state = qualifierState(k, name[len(f)+2:])
		}
		// A bracketed qualifier that names a place ("Democratic_Party_
		// (Hong_Kong)") rules out a namesake of another country: the
		// U.S. Democratic Party is no right answer for Hong Kong's. A
		// qualifier naming no place ("(band)", "(politician)") rules out
		// nothing.
		var bracketIn map[string]bool
		if f != name && strings.HasPrefix(name[len(f):], " (") {
			bracketIn = qualifierCountries(k, strings.TrimSuffix(name[len(f)+2:], ")"))
		}
		placeOK := func(a *kb.Actor) bool {
			return (len(in) == 0 || (a.Type != kb.TypePlace && a.Type != kb.TypeCountry) || in[a.Country]) && inState(k, a, state) &&
				(len(bracketIn) == 0 || a.Country == "" || bracketIn[a.Country])
		}
		if state != "" {
			// "Portland,_Maine": the place of the name the data keeps
			// for that state, not the larger one the name alone is.
			if a, ok := k.CityInRegion(kb.Normalize(f), state); ok {
				ids[a.ID] = true
			}
		}
		if len(in) > 0 {
			// "Richmond,_British_Columbia": the place of a name cities
			// of several countries share that the data keeps for the
			// qualifier's country (a bare title names none of them).
			for _, a := range k.QualifiedCities(kb.Normalize(f)) {
				if placeOK(a) {
					ids[a.ID] = true
				}
			}
		}
		for _, a := range k.Lookup(f, time.Time{}) {
			if placeOK(a) {
				ids[a.ID] = true
			}
		}
		if a, ok := k.City(kb.Normalize(f)); ok && placeOK(a) {
			ids[a.ID] = true
		}
		if len(ids) == 0 && f != name {
			townsOf(k, f, strings.TrimSuffix(strings.TrimPrefix(name[len(f):], ", "), ")"), ids)
		} else if len(ids) == 0 {
			townsOf(k, f, "", ids)
		}
		if len(ids) > 0 {
			break // the fullest form that names something
		}
	}
	return ids
}

// townsOf adds to ids the towns of the knowledge base's towns table
// (kb.KB.Towns) a title names: with a qualifier ("Fort_Lee,_New_Jersey",
// "Napier,_New_Zealand"), the town of the country the qualifier is or is
// in; without one, the town when only one country has a town of that name
// (a bare title is the name's main sense, which a town of one of several
// countries need not be).
func townsOf(k *kb.KB, name, qualifier string, ids map[string]bool) {
	towns := k.Towns(kb.Normalize(name))
	if len(towns) == 0 {
		return
	}
	if strings.HasPrefix(qualifier, " (") {
		qualifier = strings.TrimPrefix(qualifier, " (")
	}
	if qualifier == "" {
		for _, t := range towns[1:] {
			if t.Country != towns[0].Country {
				return
			}
		}
		ids[towns[0].ID] = true
		return
	}
	countries := qualifierCountries(k, qualifier)
	state := qualifierState(k, qualifier)
	for _, t := range towns {
		if countries[t.Country] && inState(k, t, state) {
			ids[t.ID] = true
		}
	}
}

// qualifierState returns the U.S. state a title's qualifier names
// ("Massachusetts" in "Cambridge,_Massachusetts"), or "".
func qualifierState(k *kb.KB, qualifier string) string {
	for _, a := range k.Lookup(qualifier, time.Time{}) {
		if a.Type == kb.TypePlace && strings.HasPrefix(a.ID, "place:USA-") {
			return a.ID
		}
	}
	return ""
}

// inState says whether place a may be in the U.S. state named (any place
// when none is): a U.S. place the data puts in another state (its Parent,
// or its point's region for a town) is a namesake, not the place titled:
// "Cambridge,_Massachusetts" is not Maryland's town of the name.
func inState(k *kb.KB, a *kb.Actor, state string) bool {
	if state == "" || a.Type != kb.TypePlace || a.Country != "USA" || a.ID == state {
		return true
	}
	region := ""
	if strings.HasPrefix(a.Parent, "place:USA-") {
		region = a.Parent
	} else if pt, ok := k.Coords(a.ID); ok {
		region = pt.Region
	}
	return region == "" || region == state
}

// qualifierCountries returns the countries a title's qualifier is or is
// in ("England", "New Jersey", "Oakland"); none when it names nothing.
func qualifierCountries(k *kb.KB, qualifier string) map[string]bool {
	countries := map[string]bool{}
	for _, a := range k.Lookup(qualifier, time.Time{}) {
		if (a.Type == kb.TypeCountry || a.Type == kb.TypePlace) && a.Country != "" {
			countries[a.Country] = true
		}
	}
	if a, ok := k.City(kb.Normalize(qualifier)); ok && len(countries) == 0 {
		countries[a.Country] = true
	}
	return countries
}

// capitalOf says id is the country of a capital city among ids.
func capitalOf(k *kb.KB, ids map[string]bool, id string) bool {
	for g := range ids {
		if a, ok := k.Actor(g); ok && a.Capital && a.Country == id {
			return true
		}
	}
	return false
}

func setList(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// WriteResolveScores prints the figures.
func WriteResolveScores(w io.Writer, name string, sc ResolveScores) {
	ratio := func(a, b int) float64 {
		if b == 0 {
			return 0
		}
		return float64(a) / float64(b)
	}
	// Precision and recall count different things (entities, mentions).
	p, r := ratio(sc.Right, sc.Linked), ratio(sc.Found, sc.Gold)
	f := 0.0
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	fmt.Fprintf(w, "%s: %d documents\n", name, sc.Docs)
	fmt.Fprintf(w, "  resolved entities scored %d: right %d (precision %.3f); wrong because the knowledge base lacks the entity %d\n", sc.Linked, sc.Right, p, sc.OutsideKB)
	fmt.Fprintf(w, "  named gold mentions of knowledge-base actors %d: resolved %d (recall %.3f)\n", sc.Gold, sc.Found, r)
	fmt.Fprintf(w, "  F1 %.3f\n", f)
	fmt.Fprintf(w, "  missed inside a longer name the pipeline resolved whole %d (a country its actor records %d)\n", sc.Nested, sc.NestedCountry)
	types := make([]string, 0, len(sc.ByType))
	for t := range sc.ByType {
		types = append(types, t)
	}
	sort.Strings(types)
	for _, t := range types {
		c := sc.ByType[t]
		fmt.Fprintf(w, "  %-13s precision %.3f (%d/%d)  recall %.3f (%d/%d)\n", t, ratio(c[1], c[0]), c[1], c[0], ratio(c[3], c[2]), c[3], c[2])
	}
	if sc.Elapsed > 0 {
		fmt.Fprintf(w, "  speed %.0f docs/s (tokenise, tag, resolve)\n", float64(sc.Docs)/sc.Elapsed.Seconds())
	}
}
