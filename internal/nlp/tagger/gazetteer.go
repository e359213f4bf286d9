package tagger

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// GazName is one known name and its coarse type (PER, ORG, GPE, LOC, NORP).
type GazName struct {
	Words []string // the name's tokens
	Type  string
}

// NameGazetteer matches token sequences of known names, longest first,
// ignoring case but only where the first word is capitalised in the text
// (so "us" never matches "US").
type NameGazetteer struct {
	byFirst map[string][]gazEntry
	hash    uint64
}

type gazEntry struct {
	rest       []string // lower-cased words after the first
	typ        string
	btag, itag string // "B-"+typ, "I-"+typ
}

// NewGazetteer builds a gazetteer. When a name has several types the first
// one given wins.
func NewGazetteer(names []GazName) *NameGazetteer {
	g := &NameGazetteer{byFirst: map[string][]gazEntry{}}
	seen := map[string]bool{}
	h := uint64(fnvOffset)
	for _, n := range names {
		if len(n.Words) == 0 || n.Type == "" {
			continue
		}
		low := make([]string, len(n.Words))
		for i, w := range n.Words {
			low[i] = strings.ToLower(normQuotes(w))
		}
		key := strings.Join(low, " ")
		if seen[key] {
			continue
		}
		seen[key] = true
		h = hashS(hashS(h, key), n.Type)
		g.byFirst[low[0]] = append(g.byFirst[low[0]], gazEntry{rest: low[1:], typ: n.Type, btag: "B-" + n.Type, itag: "I-" + n.Type})
	}
	for k, es := range g.byFirst {
		sort.SliceStable(es, func(a, b int) bool { return len(es[a].rest) > len(es[b].rest) })
		g.byFirst[k] = es
	}
	g.hash = h
	return g
}

// Len returns the number of distinct first words.
func (g *NameGazetteer) Len() int { return len(g.byFirst) }

// Fingerprint identifies the gazetteer's content, so a model can record
// which gazetteer it was trained with.
func (g *NameGazetteer) Fingerprint() uint64 { return g.hash }

// Tag implements Gazetteer.
func (g *NameGazetteer) Tag(words []string, out []string) {
	for i := range out[:len(words)] {
		out[i] = ""
	}
	var low []string
	for i := 0; i < len(words); {
		r, _ := utf8.DecodeRuneInString(words[i])
		if !(unicode.IsUpper(r) || unicode.IsDigit(r)) {
			i++
			continue
		}
		if low == nil {
			low = make([]string, len(words))
			for k, w := range words {
				low[k] = strings.ToLower(normQuotes(w))
			}
		}
		matched := 0
		var hit *gazEntry
		es := g.byFirst[low[i]]
		for k := range es {
			e := &es[k]
			if i+1+len(e.rest) > len(words) {
				continue
			}
			ok := true
			for k, w := range e.rest {
				if low[i+1+k] != w {
					ok = false
					break
				}
			}
			if ok {
				matched, hit = 1+len(e.rest), e
				break
			}
		}
		if matched == 0 {
			i++
			continue
		}
		out[i] = hit.btag
		for k := 1; k < matched; k++ {
			out[i+k] = hit.itag
		}
		i += matched
	}
}
