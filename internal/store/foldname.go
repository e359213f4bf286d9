package store

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// FoldName is the key an actor's name is matched by, written and asked
// for alike: trimmed, case-folded (Unicode full folding, so "TÜRKIYE" is
// "türkiye" and "STRASSE" matches "Straße") and without diacritics (the
// combining marks of the canonical decomposition dropped, and the few
// Latin letters whose stroke or missing dot does not decompose mapped to
// their base letter), because users type "Erdogan" for "Erdoğan" and "Sao
// Paulo" for "São Paulo". For ASCII it is exactly codec.KeyLower, so keys
// an older store wrote for ASCII names need no rewriting.
func FoldName(s string) string {
	s = strings.TrimSpace(s)
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range norm.NFD.String(cases.Fold().String(s)) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		if base, ok := undecomposed[r]; ok {
			r = base
		}
		b.WriteRune(r)
	}
	// Recomposed, so a key in a script without marks to drop (Hangul
	// syllables, which NFD splits into letters) reads as its name does.
	return norm.NFC.String(b.String())
}

// undecomposed are the lower-case Latin letters with a diacritic that
// Unicode encodes as a letter of its own, not as a base and a combining
// mark, so NFD leaves them whole: each stands for its base letter.
var undecomposed = map[rune]rune{
	'ø': 'o', 'ł': 'l', 'đ': 'd', 'ħ': 'h', 'ı': 'i', 'ŧ': 't', 'ƀ': 'b', 'ɨ': 'i', 'ʉ': 'u',
}

// Counterparts merges the counterpart groups a backend read (one per
// actor id, and for sides without an id one per name as written), pages
// them and gives each nameless one its NameID: sides named without an id
// are one counterpart however their names are cased or accented
// (FoldName: "la présidente" and "LA PRÉSIDENTE"), which SQL's lower()
// folded for ASCII letters only. Groups of one name keep its least name
// (as MIN(name)) and country, and add up their events. The order is most
// events first, then by name and id; then offset rows are skipped and at
// most limit kept.
func Counterparts(groups []ActorCount, limit, offset int) []ActorCount {
	var out []ActorCount
	at := map[string]int{}
	for _, g := range groups {
		if g.ID != "" {
			out = append(out, g)
			continue
		}
		key := FoldName(g.Name)
		if i, ok := at[key]; ok {
			m := &out[i]
			m.Events += g.Events
			m.Name = min(m.Name, g.Name)
			m.Country = min(m.Country, g.Country)
			continue
		}
		at[key] = len(out)
		out = append(out, g)
	}
	slices.SortFunc(out, func(a, b ActorCount) int {
		return cmp.Or(cmp.Compare(b.Events, a.Events), cmp.Compare(a.Name, b.Name), cmp.Compare(a.ID, b.ID))
	})
	out = out[min(max(offset, 0), len(out)):]
	out = out[:min(limit, len(out))]
	for i := range out {
		if out[i].ID == "" {
			out[i].ID = NameID(out[i].Name)
		}
	}
	if out == nil {
		return []ActorCount{} // a JSON list, not null
	}
	return slices.Clip(out)
}
