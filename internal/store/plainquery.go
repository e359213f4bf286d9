package store

import (
	"fmt"
	"strings"
	"unicode"
)

// PlainTerms is how both stores search a query that is not valid search
// syntax (a dangling "Seoul OR", a lone quote, "(Seoul"): the words of s,
// each field split by split (the store's tokenizer), all required, except
// that an OR written between two words is kept. An OR or AND with no word
// on one side is dropped: searching it as the word "or" or "and" (as the
// stores did) made "Seoul OR" require the word "or" and find nothing.
// Other operator-like words ("NOT Seoul") stay words. The result is the
// alternatives: groups of words, any group matching, each group's words
// all required ("a OR b c" is [[a] [b c]]); empty when s has no word.
func PlainTerms(s string, split func(string) []string) [][]string {
	var out [][]string
	pendingOr := false
	for _, field := range strings.Fields(s) {
		switch strings.TrimFunc(field, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		case "OR":
			pendingOr = true
			continue
		case "AND":
			continue // the default between words anyway
		}
		for _, w := range split(field) {
			if len(out) == 0 || pendingOr {
				out = append(out, nil)
			}
			pendingOr = false
			out[len(out)-1] = append(out[len(out)-1], w)
		}
	}
	if len(out) == 0 {
		// Nothing but operators ("AND"): search them as words.
		var all []string
		for _, field := range strings.Fields(s) {
			all = append(all, split(field)...)
		}
		if len(all) > 0 {
			out = [][]string{all}
		}
	}
	return out
}

// HasWord reports whether s has a letter or a digit: a query without one
// ("-", "*", a lone quote) can match nothing, which is a bad query to say
// so, not an empty result.
func HasWord(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

// ErrNoWords is the error of a search without a word.
func ErrNoWords(s string) error {
	return fmt.Errorf("%w: search %q has no word to look for (letters or digits)", ErrBadQuery, s)
}

// LeadingNot is the error of a search that starts with NOT ("NOT Seoul"):
// NOT removes the articles of the words after it from those of the words
// before it, so alone it has nothing to remove them from, and searching
// the words "not" and "Seoul" finds the opposite of what was asked.
func LeadingNot(s string) error {
	if f := strings.Fields(s); len(f) > 1 && f[0] == "NOT" {
		return fmt.Errorf("%w: search %q: NOT leaves out the articles of the words after it from those of the words before it (talks NOT Seoul)", ErrBadQuery, s)
	}
	return nil
}
