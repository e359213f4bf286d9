package main

import (
	"encoding/json"
	"fmt"
	"log"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/kb"
)

// intlLanguages are the article languages whose country names
// country_names_intl.tsv holds: those of the non-English articles the
// extractor most often meets in wire copy, for which quotes and keywords
// already have word lists.
var intlLanguages = []string{"de", "es", "fr", "it", "pt"}

// intlFixes correct i18n-iso-countries 7.14.0 where its names are wrong
// for news: the Portuguese file swaps the two Congos ("República
// Democrática do Congo" is Kinshasa's state, CD); the short forms wire
// copy uses for states whose only listed name is the long one ("États-Unis"
// for "États-Unis d'Amérique", "Corea del Sur" where Spanish lists only
// "República de Corea") are added. Keyed by language, then ISO alpha-2.
var intlFixes = map[string]map[string]struct{ replace, add []string }{
	"pt": {
		"CD": {replace: []string{"República Democrática do Congo", "RD Congo"}},
		"CG": {replace: []string{"República do Congo", "Congo-Brazzaville"}},
	},
	"fr": {
		"US": {add: []string{"États-Unis", "Etats-Unis"}},
		"CD": {add: []string{"RD Congo", "RDC"}},
		"CI": {add: []string{"Côte d'Ivoire"}},
	},
	"es": {
		"KR": {add: []string{"Corea del Sur"}},
		"KP": {add: []string{"Corea del Norte"}},
		"CD": {add: []string{"República Democrática del Congo", "RD Congo"}},
		"GB": {add: []string{"Gran Bretaña"}},
	},
	"it": {
		"US": {add: []string{"Stati Uniti"}},
		"GB": {add: []string{"Gran Bretagna"}},
	},
	"de": {
		"CD": {add: []string{"Demokratische Republik Kongo"}},
		// The weak form after the article: "die Vereinigten Staaten".
		"US": {add: []string{"Vereinigten Staaten"}},
		"AE": {add: []string{"Vereinigten Arabischen Emirate"}},
	},
}

// intlRows reads the langs/*.json and codes.json of the npm package
// i18n-iso-countries (dir is its package folder) and returns rows of
// country_names_intl.tsv: language, ISO alpha-3 code, names. Names that
// normalise to the English name or an English alias of the same country
// (knownEnglish) are left out (the English table already resolves them),
// as are names two countries share in one language ("Saint-Martin" for
// both halves of the island) and names in parentheses that describe
// rather than name ("(partie française)").
func intlRows(dir string, knownEnglish map[string]map[string]bool, kbAlpha3 map[string]string) []string {
	var codes [][]string
	readJSON(filepath.Join(dir, "codes.json"), &codes)
	alpha3 := map[string]string{}
	for _, c := range codes {
		if len(c) >= 2 {
			alpha3[c[0]] = c[1]
		}
	}
	// The knowledge base's code wins where the two differ (Kosovo: XKX
	// in countries.tsv, XKK in i18n-iso-countries).
	for a2, a3 := range kbAlpha3 {
		alpha3[a2] = a3
	}
	var rows []string
	for _, lang := range intlLanguages {
		var file struct {
			Countries map[string]json.RawMessage `json:"countries"`
		}
		readJSON(filepath.Join(dir, "langs", lang+".json"), &file)
		names := map[string][]string{} // alpha-3 -> names
		owners := map[string]map[string]bool{}
		for a2, raw := range file.Countries {
			a3, ok := alpha3[a2]
			if !ok {
				log.Printf("gen: %s: unknown country code %s skipped", lang, a2)
				continue
			}
			list := rawNames(raw)
			if fix, ok := intlFixes[lang][a2]; ok {
				if fix.replace != nil {
					list = fix.replace
				}
				list = append(list, fix.add...)
			}
			var kept []string
			for _, n := range list {
				for _, part := range intlNameParts(n) {
					key := kb.Normalize(part)
					if key == "" {
						continue
					}
					// Counted before the English names are left out, so
					// that a name shared with a country whose English
					// alias it is stays shared ("Saint-Martin").
					if owners[key] == nil {
						owners[key] = map[string]bool{}
					}
					owners[key][a3] = true
					if !knownEnglish[a3][key] {
						kept = appendNew(kept, part)
					}
				}
			}
			names[a3] = kept
		}
		for a3, list := range names {
			var out []string
			for _, n := range list {
				if len(owners[kb.Normalize(n)]) == 1 {
					out = append(out, clean(n))
				}
			}
			if len(out) > 0 {
				rows = append(rows, lang+"\t"+a3+"\t"+join(out))
			}
		}
	}
	sort.Strings(rows)
	return rows
}

// rawNames reads one country's entry: a name or a list of names.
func rawNames(raw json.RawMessage) []string {
	var one string
	if json.Unmarshal(raw, &one) == nil {
		return []string{one}
	}
	var many []string
	if err := json.Unmarshal(raw, &many); err != nil {
		log.Fatalf("gen: country names: %v", err)
	}
	return many
}

// intlNameParts splits a listed name into the names it holds: "Mianmar
// (Birmânia)" is two names; "Saint-Martin (partie française)" only the
// first, the parenthesis being a description (it starts lower-case);
// "Syrien, Arabische Republik" and "Congo (República Democrática del)"
// keep the part before the comma or parenthesis (the rest is an inverted
// official form, not written so in running text).
func intlNameParts(n string) []string {
	n = strings.TrimSpace(n)
	var out []string
	if i := strings.Index(n, "("); i > 0 {
		inner := strings.TrimSuffix(strings.TrimSpace(n[i+1:]), ")")
		n = strings.TrimSpace(n[:i])
		if r, _ := utf8.DecodeRuneInString(inner); unicode.IsUpper(r) && !strings.HasSuffix(inner, " del") && !strings.Contains(inner, ",") {
			out = append(out, inner)
		}
	}
	if i := strings.Index(n, ","); i > 0 {
		n = strings.TrimSpace(n[:i])
	}
	if n != "" {
		out = append([]string{n}, out...)
	}
	return out
}

// englishNames reads the generated countries.tsv and the curated
// countries_extra.tsv in dir: alpha-3 -> the normalised English names and
// aliases of that country.
func englishNames(dir string) (map[string]map[string]bool, map[string]string) {
	m := map[string]map[string]bool{}
	alpha3 := map[string]string{} // ISO alpha-2 -> the code countries.tsv gives
	add := func(code, names string) {
		if m[code] == nil {
			m[code] = map[string]bool{}
		}
		for _, n := range strings.Split(names, "|") {
			if k := kb.Normalize(n); k != "" {
				m[code][k] = true
			}
		}
	}
	for _, f := range []struct {
		name string
		cols []int // columns holding names
	}{{"countries.tsv", []int{2, 3, 6}}, {"countries_extra.tsv", []int{2}}} {
		rows, err := dataRows(filepath.Join(dir, f.name))
		if err != nil {
			log.Fatal(fmt.Errorf("gen: english country names: %w", err))
		}
		for _, cols := range rows {
			if f.name == "countries.tsv" && len(cols) > 1 {
				alpha3[cols[1]] = cols[0]
			}
			for _, c := range f.cols {
				if c < len(cols) {
					add(cols[0], cols[c])
				}
			}
		}
	}
	return m, alpha3
}
