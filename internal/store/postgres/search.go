package postgres

import (
	"errors"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/newsgraph/newsgraph/internal/store"
)

// Full-text search mirrors the SQLite store's FTS5 index (tokenizer
// unicode61 with remove_diacritics, bm25 weighing title 5, byline 2, body 1), so
// the same query finds the same articles in both stores:
//
//   - Words are split and folded here, in Go, not by a PostgreSQL text
//     search configuration: a word is a run of letters, digits and marks
//     (FTS5's "L* N* Co" categories), lower-cased, with the diacritics of
//     Latin letters removed ("Zürich" is "zurich"). The folded words, joined
//     by spaces, go to to_tsvector('simple', ...), which only splits them at
//     the spaces: no stemming, no stop words, no dependence on the server's
//     locale and no unaccent extension to install.
//   - Queries take FTS5's syntax: words (all required), "phrases", OR, AND,
//     NOT, parentheses, prefix*, and title:, body: or byline: before a word, a phrase
//     or a group. They become a tsquery (see parseQuery); a query that is not
//     valid FTS5 syntax is searched as its plain words, as in SQLite.
//   - The rank is -ts_rank with weights title 1.0, byline 0.4, body 0.2 and length
//     normalisation, so lower is better as with bm25, but the scale differs
//     and there is no inverse document frequency: a rare word does not count
//     for more than a common one.
//   - The snippet is made here too (makeSnippet): up to 20 words of the
//     title, the body or the byline around the most matched query terms, matches
//     between store.SnippetOpen and SnippetClose, "…" where the text goes
//     on, as FTS5's snippet().

// word is one token of a text: its byte span and its folded form.
type word struct {
	start, end int
	folded     string
}

// isWordRune is FTS5 unicode61's token character class (letters, numbers,
// private use), plus combining marks so a decomposed "é" stays one word.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.Is(unicode.Co, r) || unicode.Is(unicode.Mn, r)
}

// words splits s into words.
func words(s string) []word {
	var out []word
	start := -1
	for i, r := range s {
		if isWordRune(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, word{start, i, fold(s[start:i])})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, word{start, len(s), fold(s[start:])})
	}
	return out
}

// fold lower-cases a word and removes the diacritics of Latin letters (the
// combining marks that follow a Latin base letter once decomposed).
func fold(w string) string {
	ascii := true
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(w)
	}
	var b strings.Builder
	latinBase := false
	for _, r := range norm.NFD.String(w) {
		if unicode.Is(unicode.Mn, r) {
			if latinBase {
				continue
			}
		} else {
			latinBase = unicode.Is(unicode.Latin, r)
		}
		b.WriteRune(r)
	}
	return strings.ToLower(norm.NFC.String(b.String()))
}

// PostgreSQL limits: a word longer than maxWordBytes is not indexed, and a
// tsvector's words and positions take at most 1 MiB. searchText stops
// adding words before that (title and body budgets add up to less), so a
// huge document is stored with its first ~50,000 distinct words (at about
// 18 bytes each) searchable instead of failing to store.
const (
	maxWordBytes     = 2047
	bodyVectorBytes  = 900_000
	titleVectorBytes = 64_000
	// A word's cost in the vector: its bytes, alignment and a position
	// count (wordOverhead, rounded up), then two bytes per position up to
	// 256 positions (PostgreSQL keeps no more).
	wordOverhead  = 10
	maxPositions  = 256
	positionBytes = 2
)

// searchText is the text to_tsvector indexes for a body: its folded words,
// separated by spaces.
func searchText(s string) string { return searchTextLimit(s, bodyVectorBytes) }

// searchTitle is searchText for a title.
func searchTitle(s string) string { return searchTextLimit(s, titleVectorBytes) }

func searchTextLimit(s string, budget int) string {
	var b strings.Builder
	positions := map[string]int{}
	used := 0
	for _, w := range words(s) {
		if len(w.folded) > maxWordBytes {
			continue
		}
		n := positions[w.folded]
		cost := 0
		switch {
		case n == 0:
			cost = len(w.folded) + wordOverhead
		case n < maxPositions:
			cost = positionBytes
		}
		if used+cost > budget {
			break
		}
		used += cost
		positions[w.folded] = n + 1
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w.folded)
	}
	return b.String()
}

// errSyntax: the query is not valid FTS5 syntax.
var errSyntax = errors.New("not FTS5 query syntax")

// term is one word of a query, for highlighting.
type term struct {
	text   string
	prefix bool
}

func (t term) matches(w string) bool {
	if t.prefix {
		return strings.HasPrefix(w, t.text)
	}
	return w == t.text
}

// query is a parsed search: the tsquery text for to_tsquery('simple', ...)
// and the positive terms (not under NOT) to highlight. An empty tsquery
// matches nothing.
type query struct {
	tsquery string
	terms   []term
}

// parseQuery turns FTS5 query syntax into a tsquery. FTS5's grammar:
//
//	query   = or
//	or      = and { "OR" and }
//	and     = not { ["AND"] not }
//	not     = unit { "NOT" unit }
//	unit    = [column ":"] "(" or ")" | nearset { nearset }
//	nearset = [column ":"] ( phrase ["*"] | "NEAR" "(" phrase ["*"] { phrase ["*"] } ["," N] ")" )
//	phrase  = "quoted string" | bareword
//
// NOT binds tighter than AND, AND tighter than OR; nearsets side by side
// are all required. The AND between a group and what stands next to it
// may be left out, as between words ("(a OR b) c"; FTS5 itself requires
// it, see and). A phrase is its words in sequence (<->); a bareword
// that folds to several words ("foo_bar") is such a phrase, as FTS5
// tokenises it. column is title, body or byline (a weight restriction). Other
// FTS5 syntax (^, +, {columns}, -column) is an error, and the caller
// searches the plain words instead, as the SQLite store does.
func parseQuery(s string) (query, error) {
	p := &parser{toks: nil}
	if err := p.lex(s); err != nil {
		return query{}, err
	}
	expr, err := p.or("")
	if err != nil {
		return query{}, err
	}
	if p.i < len(p.toks) {
		return query{}, errSyntax
	}
	return query{tsquery: expr, terms: p.terms}, nil
}

// plainQuery is every word of s, all required, with an OR between two
// words kept (store.PlainTerms): what a query that is not valid syntax
// searches, as the SQLite store does.
func plainQuery(s string) query {
	var q query
	groups := store.PlainTerms(s, func(f string) []string {
		var out []string
		for _, w := range words(f) {
			out = append(out, w.folded)
		}
		return out
	})
	alts := make([]string, len(groups))
	for i, g := range groups {
		parts := make([]string, len(g))
		for j, w := range g {
			col, word := store.PlainColumn(w)
			parts[j] = quoteLexeme(word)
			if weight := columnWeights[col]; weight != "" {
				parts[j] += ":" + weight
			}
			q.terms = append(q.terms, term{text: word})
		}
		alts[i] = strings.Join(parts, " & ")
		if len(groups) > 1 && len(g) > 1 {
			alts[i] = "(" + alts[i] + ")"
		}
	}
	q.tsquery = strings.Join(alts, " | ")
	return q
}

type tokKind int

const (
	tokWord   tokKind = iota // bareword
	tokString                // "quoted"
	tokLParen
	tokRParen
	tokStar
	tokColon
	tokComma
	tokAnd
	tokOr
	tokNot
)

type tok struct {
	kind tokKind
	text string
}

type parser struct {
	toks  []tok
	i     int
	terms []term
	neg   int // depth of NOT right-hand sides: their terms are not highlighted
}

// isBareRune is FTS5's bareword character: ASCII letters, digits and
// underscore, the substitute character, and anything outside ASCII.
func isBareRune(r rune) bool {
	return r >= utf8.RuneSelf || r == '_' || r == 0x1a || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
}

func (p *parser) lex(s string) error {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			i++
		case c == '(':
			p.toks = append(p.toks, tok{kind: tokLParen})
			i++
		case c == ')':
			p.toks = append(p.toks, tok{kind: tokRParen})
			i++
		case c == '*':
			p.toks = append(p.toks, tok{kind: tokStar})
			i++
		case c == ':':
			p.toks = append(p.toks, tok{kind: tokColon})
			i++
		case c == ',':
			p.toks = append(p.toks, tok{kind: tokComma})
			i++
		case c == '"':
			// "" inside a string is one quote, as in FTS5.
			var b strings.Builder
			j := i + 1
			for {
				k := strings.IndexByte(s[j:], '"')
				if k < 0 {
					return errSyntax
				}
				b.WriteString(s[j : j+k])
				j += k + 1
				if j < len(s) && s[j] == '"' {
					b.WriteByte('"')
					j++
					continue
				}
				break
			}
			p.toks = append(p.toks, tok{kind: tokString, text: b.String()})
			i = j
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			if !isBareRune(r) || r == utf8.RuneError && size == 1 {
				return errSyntax
			}
			j := i
			for j < len(s) {
				r, size := utf8.DecodeRuneInString(s[j:])
				if !isBareRune(r) || r == utf8.RuneError && size == 1 {
					break
				}
				j += size
			}
			w := s[i:j]
			kind := tokWord
			switch w {
			case "AND":
				kind = tokAnd
			case "OR":
				kind = tokOr
			case "NOT":
				kind = tokNot
			}
			p.toks = append(p.toks, tok{kind: kind, text: w})
			i = j
		}
	}
	return nil
}

func (p *parser) peek() (tok, bool) {
	if p.i < len(p.toks) {
		return p.toks[p.i], true
	}
	return tok{}, false
}

// Each rule returns tsquery text, "" for an expression with no words.

func (p *parser) or(weight string) (string, error) {
	left, err := p.and(weight)
	if err != nil {
		return "", err
	}
	for {
		t, ok := p.peek()
		if !ok || t.kind != tokOr {
			return left, nil
		}
		p.i++
		right, err := p.and(weight)
		if err != nil {
			return "", err
		}
		left = join(left, " | ", right)
	}
}

// and also joins a parenthesised group and what stands next to it
// ("(rain OR snow) alps", "alps (rain OR snow)"), which FTS5 itself
// rejects: the SQLite store writes out that AND (explicitAnd there), as
// the documented syntax has all words required, so both stores read it.
func (p *parser) and(weight string) (string, error) {
	left, err := p.not(weight)
	if err != nil {
		return "", err
	}
	for {
		t, ok := p.peek()
		switch {
		case ok && t.kind == tokAnd:
			p.i++
		case ok && (t.kind == tokLParen || t.kind == tokWord || t.kind == tokString):
			// Side by side with a group: an implied AND.
		default:
			return left, nil
		}
		right, err := p.not(weight)
		if err != nil {
			return "", err
		}
		left = join(left, " & ", right)
	}
}

func (p *parser) not(weight string) (string, error) {
	left, err := p.unit(weight)
	if err != nil {
		return "", err
	}
	for {
		t, ok := p.peek()
		if !ok || t.kind != tokNot {
			return left, nil
		}
		p.i++
		p.neg++
		right, err := p.unit(weight)
		p.neg--
		if err != nil {
			return "", err
		}
		if left != "" && right != "" {
			left = "(" + left + " & !" + right + ")"
		}
	}
}

// columnWeights are the weights the column filters restrict to.
var columnWeights = map[string]string{"title": "A", "body": "D", "byline": "B"}

// column reads a column filter ("title:", "body:" or "byline:") if one comes next,
// returning the weight it restricts to.
func (p *parser) column(weight string) (string, error) {
	t, ok := p.peek()
	if !ok || t.kind != tokWord || p.i+1 >= len(p.toks) || p.toks[p.i+1].kind != tokColon {
		return weight, nil
	}
	p.i += 2
	if w, ok := columnWeights[strings.ToLower(t.text)]; ok {
		return w, nil
	}
	return "", errSyntax
}

// unit is a parenthesised expression (with an optional column filter), or
// phrases and NEAR groups one after another, all required. FTS5 joins only
// those by juxtaposition ("a b"); a group next to something ("(a OR b) c")
// is joined by and.
func (p *parser) unit(weight string) (string, error) {
	start := p.i
	w, err := p.column(weight)
	if err != nil {
		return "", err
	}
	if t, ok := p.peek(); ok && t.kind == tokLParen {
		p.i++
		e, err := p.or(w)
		if err != nil {
			return "", err
		}
		if t, ok := p.peek(); !ok || t.kind != tokRParen {
			return "", errSyntax
		}
		p.i++
		return e, nil
	}
	p.i = start
	var expr string
	for n := 0; ; n++ {
		t, ok := p.peek()
		if !ok || t.kind != tokWord && t.kind != tokString {
			if n == 0 {
				return "", errSyntax
			}
			return expr, nil
		}
		item, err := p.nearset(weight)
		if err != nil {
			return "", err
		}
		expr = join(expr, " & ", item)
	}
}

// nearset is a phrase (optionally a prefix) with an optional column
// filter, or NEAR(phrase phrase ... [, N]). A NEAR group requires its
// phrases anywhere in the article, not within N words: tsquery has only
// exact distances. It finds what FTS5 finds and possibly more.
func (p *parser) nearset(weight string) (string, error) {
	w, err := p.column(weight)
	if err != nil {
		return "", err
	}
	t, ok := p.peek()
	if !ok || t.kind != tokWord && t.kind != tokString {
		return "", errSyntax
	}
	p.i++
	if t.kind == tokWord && t.text == "NEAR" {
		if next, ok := p.peek(); ok && next.kind == tokLParen {
			p.i++
			return p.near(w)
		}
	}
	prefix := false
	if next, ok := p.peek(); ok && next.kind == tokStar {
		prefix = true
		p.i++
	}
	return p.phrase(t.text, prefix, w), nil
}

// near reads the inside of NEAR( ... ) after the parenthesis.
func (p *parser) near(weight string) (string, error) {
	var expr string
	n := 0
	for {
		t, ok := p.peek()
		if !ok {
			return "", errSyntax
		}
		switch t.kind {
		case tokWord, tokString:
			p.i++
			prefix := false
			if next, ok := p.peek(); ok && next.kind == tokStar {
				prefix = true
				p.i++
			}
			expr = join(expr, " & ", p.phrase(t.text, prefix, weight))
			n++
			continue
		case tokComma:
			// ", N" (the distance, a number) closes the group.
			p.i++
			if d, ok := p.peek(); !ok || d.kind != tokWord || strings.Trim(d.text, "0123456789") != "" {
				return "", errSyntax
			}
			p.i++
			if r, ok := p.peek(); !ok || r.kind != tokRParen {
				return "", errSyntax
			}
			fallthrough
		case tokRParen:
			p.i++
			if n == 0 {
				return "", errSyntax
			}
			return expr, nil
		}
		return "", errSyntax
	}
}

// phrase is the words of text in sequence, the last one a prefix if
// prefix is set, each restricted to weight when it is not empty.
func (p *parser) phrase(text string, prefix bool, weight string) string {
	ws := words(text)
	parts := make([]string, len(ws))
	for i, w := range ws {
		isPrefix := prefix && i == len(ws)-1
		label := weight
		if isPrefix {
			label = "*" + weight
		}
		parts[i] = quoteLexeme(w.folded)
		if label != "" {
			parts[i] += ":" + label
		}
		if p.neg == 0 {
			p.terms = append(p.terms, term{text: w.folded, prefix: isPrefix})
		}
	}
	switch len(parts) {
	case 0:
		return ""
	case 1:
		return parts[0]
	}
	return "(" + strings.Join(parts, " <-> ") + ")"
}

// join combines two tsquery texts, dropping an empty side (a phrase with
// no words, which FTS5 ignores too).
func join(a, op, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return "(" + a + op + b + ")"
}

// quoteLexeme quotes a word for tsquery text.
func quoteLexeme(w string) string {
	return "'" + strings.ReplaceAll(strings.ReplaceAll(w, `\`, `\\`), "'", "''") + "'"
}

// snippetWords is FTS5's snippet() size used by the SQLite store.
const snippetWords = 20

// makeSnippet returns up to snippetWords words of the title, the body or
// the byline, whichever holds the best window (the first of them on a tie,
// as FTS5's snippet with column -1), around the most matched distinct
// terms, with matches between store.SnippetOpen and SnippetClose and "…"
// where the column goes on.
func makeSnippet(title, body, byline string, terms []term) string {
	bestText, bestWords := "", []word(nil)
	bestStart, bestScore := 0, -1
	for _, text := range []string{title, body, byline} {
		ws := words(text)
		start, score := bestWindow(ws, terms)
		if score > bestScore {
			bestText, bestWords, bestStart, bestScore = text, ws, start, score
		}
	}
	if bestScore <= 0 {
		// Nothing to highlight (the article matched on terms this
		// tokenisation does not see): the body's first words.
		if ws := words(body); len(ws) > 0 {
			bestText, bestWords, bestStart = body, ws, 0
		}
	}
	if len(bestWords) == 0 {
		return strings.TrimSpace(title)
	}
	end := min(len(bestWords), bestStart+snippetWords)
	var b strings.Builder
	if bestStart > 0 {
		b.WriteString("…")
	}
	pos := bestWords[bestStart].start
	for _, w := range bestWords[bestStart:end] {
		b.WriteString(bestText[pos:w.start])
		if matchesAny(w.folded, terms) {
			b.WriteString(store.SnippetOpen + bestText[w.start:w.end] + store.SnippetClose)
		} else {
			b.WriteString(bestText[w.start:w.end])
		}
		pos = w.end
	}
	if end < len(bestWords) {
		b.WriteString("…")
	} else {
		b.WriteString(bestText[pos:]) // the column's closing punctuation
	}
	return strings.TrimSpace(b.String())
}

func matchesAny(w string, terms []term) bool {
	for _, t := range terms {
		if t.matches(w) {
			return true
		}
	}
	return false
}

// bestWindow finds the window of snippetWords words holding the most
// distinct matched terms (then the most matches, then the earliest), and
// returns where it starts, shifted so the matches sit in its middle, and
// its score (0 when nothing matches: the window is the column's start).
func bestWindow(ws []word, terms []term) (start, score int) {
	match := make([]int, len(ws)) // index+1 of the first term a word matches
	found := false
	for i, w := range ws {
		for j, t := range terms {
			if t.matches(w.folded) {
				match[i] = j + 1
				found = true
				break
			}
		}
	}
	if !found {
		return 0, 0
	}
	best, bestLast := -1, 0
	for i := range ws {
		if match[i] == 0 {
			continue
		}
		distinct := map[int]bool{}
		n, last := 0, i
		for k := i; k < min(len(ws), i+snippetWords); k++ {
			if match[k] != 0 {
				distinct[match[k]] = true
				n++
				last = k
			}
		}
		if s := len(distinct)*1000 + n; s > score {
			score, best, bestLast = s, i, last
		}
	}
	lead := (snippetWords - (bestLast - best + 1)) / 2
	start = max(0, best-lead)
	if end := min(len(ws), start+snippetWords); end-start < snippetWords {
		start = max(0, end-snippetWords)
	}
	return start, score
}
