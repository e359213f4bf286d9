package store

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode"
)

func TestPlainTerms(t *testing.T) {
	split := func(f string) []string {
		return strings.FieldsFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	}
	for _, c := range []struct{ in, want string }{
		{"rain", "[[rain]]"},
		{"a OR b c", "[[a] [b c]]"},
		{"Seoul OR", "[[Seoul]]"},
		{"OR Seoul", "[[Seoul]]"},
		{"rain AND", "[[rain]]"},
		{"AND", "[[AND]]"},
		{"NOT Seoul", "[[NOT Seoul]]"},
		{`"valencia OR majority`, "[[valencia] [majority]]"},
		{"o'brien", "[[o brien]]"},
		// Balanced parentheses group; the words next to a group are
		// required with each of its alternatives.
		{"(rain OR majority) plains", "[[rain plains] [majority plains]]"},
		{"(rain OR majority) o'brien", "[[rain o brien] [majority o brien]]"},
		{"plains (rain OR majority)", "[[plains rain] [plains majority]]"},
		{"(a OR b) (c OR d)", "[[a c] [a d] [b c] [b d]]"},
		{"((a OR b) c) OR d", "[[a c] [b c] [d]]"},
		{"x (a OR b)(c)", "[[x a c] [x b c]]"},
		{"(a OR) b", "[[a b]]"},
		{"() a", "[[a]]"},
		{"(OR a", "[[a]]"},
		// Unbalanced: the parentheses are dropped.
		{"(valencia OR majority", "[[valencia] [majority]]"},
		{"valencia) OR (majority", "[[valencia] [majority]]"},
		{"(rain OR majority)) plains", "[[rain] [majority plains]]"},
		{"()", "[]"},
		{"", "[]"},
		// A column filter keeps to the words of its term; a word that
		// is no column, or a filter with no word, is words as before.
		{"title:<script>", "[[title:script]]"},
		{"Title:o'brien x", "[[title:o title:brien x]]"},
		{"(byline:<novak> OR rain", "[[byline:novak] [rain]]"},
		{"subject:<script>", "[[subject script]]"},
		{"title:<>", "[[title]]"},
	} {
		if got := fmt.Sprint(PlainTerms(c.in, split)); got != c.want {
			t.Errorf("PlainTerms(%q) = %s, want %s", c.in, got, c.want)
		}
	}
	// Groups that multiply out to too many alternatives are read as if
	// they had no parentheses.
	q := strings.Repeat("(a OR b) ", 6)
	if got := fmt.Sprint(PlainTerms(q, split)); got != "[[a] [b a] [b a] [b a] [b a] [b a] [b]]" {
		t.Errorf("PlainTerms(%q) = %s", q, got)
	}
	// A long list of ORs is not cut.
	q = strings.TrimSuffix(strings.Repeat("w OR ", 40), " OR ")
	if got := PlainTerms(q, split); len(got) != 40 {
		t.Errorf("PlainTerms(40 ORs): %d alternatives", len(got))
	}
}

// The quote-word patterns fold case in any script (ſ, the long s, is a
// case form of s, and ς of σ) and keep wildcards plain.
func TestQuotePatterns(t *testing.T) {
	for _, c := range []struct {
		text          string
		globs, regexs []string
	}{
		{"élysée", []string{"*[éÉ][lL][yY][sſS][éÉ][eE]*"}, []string{"[éÉ][lL][yY][sſS][éÉ][eE]"}},
		{"Σ 1", []string{"*[Σςσ]*", "*1*"}, []string{"[Σςσ]", "1"}},
		{"a*b? [x] 100% we_will", []string{"*[aA][*][bB][?]*", "*[[][xX]]*", "*100%*", "*[wW][eE]_[wW][iI][lL][lL]*"},
			[]string{`[aA]\*[bB]\?`, `\[[xX]\]`, "100%", "[wW][eE]_[wW][iI][lL][lL]"}},
		{"  ", nil, nil},
	} {
		if got := QuoteGlobs(c.text); !slices.Equal(got, c.globs) {
			t.Errorf("QuoteGlobs(%q) = %q, want %q", c.text, got, c.globs)
		}
		if got := QuoteRegexps(c.text); !slices.Equal(got, c.regexs) {
			t.Errorf("QuoteRegexps(%q) = %q, want %q", c.text, got, c.regexs)
		}
	}
}
