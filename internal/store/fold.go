package store

import (
	"strings"
	"unicode"
)

// QuoteGlobs are the words of a QuoteQuery's Text as SQLite GLOB patterns
// that match a text holding the word anywhere, in any case: each letter is
// the class of its case forms ("élysée" is *[éÉ][lL][yY][sS][éÉ][eE]*).
// GLOB compares characters, so this folds every script's letters alike:
// SQLite's LIKE folds ASCII letters only, and "ÉLYSÉE" did not match
// "élysée". GLOB's own wildcards in a word are plain characters.
func QuoteGlobs(text string) []string {
	return foldPatterns(text, "*", func(b *strings.Builder, r rune) {
		switch r {
		case '*', '?', '[':
			b.WriteString("[" + string(r) + "]")
		default:
			b.WriteRune(r)
		}
	})
}

// QuoteRegexps are the words of a QuoteQuery's Text as PostgreSQL regular
// expressions (for ~) that match a text holding the word anywhere, in any
// case, as QuoteGlobs: ILIKE folds case by the database's locale, and
// under the C locale (newsgraph's test servers, and a common choice) only
// ASCII letters. Characters that mean something in a regular expression
// are escaped.
func QuoteRegexps(text string) []string {
	return foldPatterns(text, "", func(b *strings.Builder, r rune) {
		if strings.ContainsRune(`\.^$|?*+()[]{}`, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	})
}

// foldPatterns writes each word of text between around and around, a
// letter with other case forms as the bracketed class of them all, any
// other character by lit.
func foldPatterns(text, around string, lit func(*strings.Builder, rune)) []string {
	var out []string
	for _, w := range strings.Fields(text) {
		var b strings.Builder
		b.WriteString(around)
		for _, r := range w {
			forms := caseForms(r)
			if len(forms) == 1 {
				lit(&b, r)
				continue
			}
			b.WriteByte('[')
			b.WriteString(string(forms))
			b.WriteByte(']')
		}
		b.WriteString(around)
		out = append(out, b.String())
	}
	return out
}

// caseForms is r with the other runes of its simple case-folding orbit
// ("k": k, K and the Kelvin sign; "σ": σ, ς, Σ), r first.
func caseForms(r rune) []rune {
	forms := []rune{r}
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		forms = append(forms, f)
	}
	return forms
}
