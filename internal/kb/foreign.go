package kb

import (
	"fmt"
	"strings"
)

// ForeignLanguages are the article languages ForeignName knows names in.
var ForeignLanguages = []string{"de", "es", "fr", "it", "pt"}

// ForeignName returns the country or capital a name (a Normalize key)
// stands for in an article written in lang (ISO 639-1, "fr"; a region
// suffix such as "fr-CA" is ignored): "allemagne" in French is Germany,
// "pekin" Beijing. The names are kept apart from the aliases because a
// name of one language may be a word or another name in English text
// (Spanish "Chad" is the country, Italian "Niger" too), so only an
// article in that language may use them. False for English or any
// language without names.
func (k *KB) ForeignName(lang, key string) (*Actor, bool) {
	names := k.foreign[BaseLanguage(lang)]
	if names == nil {
		return nil, false
	}
	i, ok := names[key]
	if !ok && BaseLanguage(lang) == "de" && len(key) > 3 && strings.HasSuffix(key, "s") {
		// German puts the genitive -s on a country's name ("Russlands
		// Präsident", "Chinas Führung").
		i, ok = names[key[:len(key)-1]]
	}
	if !ok {
		return nil, false
	}
	return &k.actors[i], true
}

// HasForeignNames reports whether ForeignName knows names in lang.
func (k *KB) HasForeignNames(lang string) bool { return k.foreign[BaseLanguage(lang)] != nil }

// BaseLanguage returns the lower-case language subtag of a language tag:
// "fr" for "fr-FR", "FR" or "de_AT".
func BaseLanguage(lang string) string {
	lang = strings.ToLower(strings.TrimSpace(lang))
	if i := strings.IndexAny(lang, "-_"); i >= 0 {
		lang = lang[:i]
	}
	return lang
}

// intlCountry reads a row of country_names_intl.tsv.
func (b *builder) intlCountry(rec []string) error {
	i, ok := b.k.byID[rec[1]]
	if !ok || b.k.actors[i].Type != TypeCountry {
		return fmt.Errorf("country names in %s: %s is no known country", rec[0], rec[1])
	}
	for _, n := range strings.Split(rec[2], "|") {
		if err := b.foreignName(rec[0], n, i); err != nil {
			return err
		}
	}
	return nil
}

// intlCapital reads a row of capitals_intl.tsv: the name stands for the
// country's (first listed) capital, which the resolver reads as it reads
// the English name.
func (b *builder) intlCapital(rec []string) error {
	i, ok := b.k.capitalOf[rec[2]]
	if !ok {
		return fmt.Errorf("capital names in %s: %s has no capital", rec[0], rec[2])
	}
	return b.foreignName(rec[0], rec[1], i)
}

func (b *builder) foreignName(lang, name string, i int) error {
	key := Normalize(name)
	if key == "" || lang == "" || lang != BaseLanguage(lang) {
		return fmt.Errorf("foreign name %q in %q: empty name or no language subtag", name, lang)
	}
	m := b.k.foreign[lang]
	if m == nil {
		m = map[string]int{}
		b.k.foreign[lang] = m
	}
	if j, dup := m[key]; dup && j != i {
		return fmt.Errorf("foreign name %q in %s names both %s and %s", name, lang, b.k.actors[j].ID, b.k.actors[i].ID)
	}
	m[key] = i
	return nil
}
