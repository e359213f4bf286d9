package store

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
)

// PlainTerms is how both stores search a query that is not valid search
// syntax (a dangling "Seoul OR", a lone quote, "(Seoul", "o'brien"): the
// words of s, each field split by split (the store's tokenizer), all
// required, except that an OR written between two words is kept. An OR
// or AND with no word on one side is dropped: searching it as the word
// "or" or "and" (as the stores did) made "Seoul OR" require the word "or"
// and find nothing. Other operator-like words ("NOT Seoul") stay words.
// Balanced parentheses group as they read: "(rain OR snow) o'brien" is
// rain with o'brien, or snow with o'brien (dropping them searched "rain
// OR (snow o brien)"); unbalanced ones are dropped, as are all of them
// when the groups would multiply out to more than maxPlainAlternatives.
// A column filter before a word keeps to its words as it would to the
// word in valid syntax: "title:<script>" is the word script in titles,
// written "title:script" (PlainColumn reads it back), where it searched
// the words title and script anywhere and found nothing.
// The result is the alternatives: groups of words, any group matching,
// each group's words all required ("a OR b c" is [[a] [b c]]); empty when
// s has no word.
func PlainTerms(s string, split func(string) []string) [][]string {
	toks := plainTokens(s, split)
	depth := 0
	for _, t := range toks {
		switch t {
		case "(":
			depth++
		case ")":
			depth--
		}
		if depth < 0 {
			break
		}
	}
	if depth != 0 {
		toks = withoutParens(toks)
	}
	p := plainParser{toks: toks}
	out, ok := p.alternatives()
	if !ok {
		p = plainParser{toks: withoutParens(toks)}
		out, _ = p.alternatives()
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

// maxPlainAlternatives bounds how far PlainTerms multiplies out groups
// side by side ("(a OR b) (c OR d)" is four alternatives).
const maxPlainAlternatives = 32

// Operator tokens of plainTokens; words are any other string. An operator
// word is a field or a part of one between parentheses that is AND or OR
// once punctuation is trimmed ("OR", "(OR", `"OR"`).
const (
	plainOr  = "\x00OR"
	plainAnd = "\x00AND"
)

// plainTokens splits s into words (by split), parentheses and the
// operators OR and AND.
func plainTokens(s string, split func(string) []string) []string {
	var toks []string
	for _, field := range strings.Fields(s) {
		for field != "" {
			i := strings.IndexAny(field, "()")
			if i == 0 {
				toks = append(toks, field[:1])
				field = field[1:]
				continue
			}
			part := field
			if i > 0 {
				part, field = field[:i], field[i:]
			} else {
				field = ""
			}
			switch strings.TrimFunc(part, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
			case "OR":
				toks = append(toks, plainOr)
			case "AND":
				toks = append(toks, plainAnd)
			default:
				toks = append(toks, columnWords(part, split)...)
			}
		}
	}
	return toks
}

// plainColumns are the column filters of the search syntax (title:,
// body:, byline:), as both stores name them.
var plainColumns = []string{"title", "body", "byline"}

// columnWords is split(part), or, when part is a column filter and a
// term with words ("title:<script>"), those words each marked with the
// column ("title:script"). The stores' tokenizers split at ':', so no
// other word holds one.
func columnWords(part string, split func(string) []string) []string {
	col, rest, ok := strings.Cut(part, ":")
	if !ok || !slices.Contains(plainColumns, strings.ToLower(col)) {
		return split(part)
	}
	ws := split(rest)
	if len(ws) == 0 {
		return split(part)
	}
	for i, w := range ws {
		ws[i] = strings.ToLower(col) + ":" + w
	}
	return ws
}

// PlainColumn reads a word of PlainTerms back: the column it is kept to
// ("title", "body", "byline"; "" for any) and the word.
func PlainColumn(w string) (column, word string) {
	if col, rest, ok := strings.Cut(w, ":"); ok && slices.Contains(plainColumns, col) {
		return col, rest
	}
	return "", w
}

func withoutParens(toks []string) []string {
	var out []string
	for _, t := range toks {
		if t != "(" && t != ")" {
			out = append(out, t)
		}
	}
	return out
}

// plainParser reads plainTokens with balanced parentheses.
type plainParser struct {
	toks []string
	i    int
}

// alternatives reads words, groups and ORs up to the end or the ")" that
// closes the current group (consumed). Side by side, words and groups are
// all required; an OR with something on both sides separates
// alternatives. ok is false when groups side by side would multiply out
// to more than maxPlainAlternatives.
func (p *plainParser) alternatives() (alts [][]string, ok bool) {
	var cur [][]string // the alternatives of the words since the last OR
	pendingOr := false
	for p.i < len(p.toks) {
		t := p.toks[p.i]
		p.i++
		var unit [][]string
		switch t {
		case plainOr:
			pendingOr = true
			continue
		case plainAnd:
			continue // the default between words anyway
		case ")":
			return append(alts, cur...), true
		case "(":
			if unit, ok = p.alternatives(); !ok {
				return nil, false
			}
			if len(unit) == 0 {
				continue // "()": no word
			}
		default:
			unit = [][]string{{t}}
		}
		if pendingOr && len(cur) > 0 {
			alts = append(alts, cur...)
			cur = nil
		}
		pendingOr = false
		if cur == nil {
			cur = unit
		} else {
			if len(cur)*len(unit) > maxPlainAlternatives {
				return nil, false
			}
			next := make([][]string, 0, len(cur)*len(unit))
			for _, a := range cur {
				for _, b := range unit {
					next = append(next, append(slices.Clip(a), b...))
				}
			}
			cur = next
		}
	}
	return append(alts, cur...), true
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

// SearchText is the text of a search to run, trimmed, or the error that
// says why it can find nothing: empty, no word to look for, or a leading
// NOT; or a Since or Until that is not a day (QuoteDates). Every backend's
// Search and CountSearch check it first, so the two answer the same text
// alike.
func SearchText(q SearchQuery) (string, error) {
	if _, _, err := QuoteDates(q.Since, q.Until); err != nil {
		return "", err
	}
	text := strings.TrimSpace(q.Text)
	if text == "" {
		return "", fmt.Errorf("%w: empty search", ErrBadQuery)
	}
	if !HasWord(text) {
		return "", ErrNoWords(text)
	}
	if err := LeadingNot(text); err != nil {
		return "", err
	}
	return text, nil
}
