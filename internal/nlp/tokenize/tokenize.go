// Package tokenize splits news text into tokens and sentences.
//
// Tokens follow Penn Treebank conventions where they help a tagger trained
// on treebank-style data: possessive 's and clitics ('re, n't, 'll...) are
// tokens of their own, punctuation is split off, but abbreviations ("U.S.",
// "Gen.", initials "J."), numbers ("1,000.5"), hyphenated words
// ("Moon Jae-in"), URLs and e-mail addresses stay whole. Offsets are byte
// offsets into the text given, so they index Article.Text directly.
package tokenize

import (
	"bytes"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token is one word or punctuation mark: Text is exactly text[Start:End].
type Token struct {
	Text       string
	Start, End int
}

// Tokens returns the tokens of text; offsets are shifted by base so a caller
// tokenising a slice of a larger text gets offsets into the larger one.
func Tokens(text string, base int) []Token {
	toks, _ := TokensUpTo(text, base, math.MaxInt)
	return toks
}

// TokensUpTo is Tokens that stops after limit tokens; more reports that
// the text goes on past them. It bounds the work and memory a text of
// pathological shape (megabytes of punctuation, each mark a token) costs:
// the tokens are never made, rather than made and dropped.
func TokensUpTo(text string, base, limit int) (toks []Token, more bool) {
	limit = max(limit, 0)
	toks = make([]Token, 0, min(len(text)/5+1, limit))
	toks = appendTokens(toks, text, base, limit)
	if len(toks) > limit {
		return toks[:limit:limit], true
	}
	return toks, false
}

// appendTokens stops once it holds more than limit tokens, so that its
// caller can tell that the text went on.
func appendTokens(toks []Token, text string, base, limit int) []Token {
	i := 0
	n := len(text)
	for i < n && len(toks) <= limit {
		r, sz := decode(text, i)
		if isSpace(r) {
			i += sz
			continue
		}
		// A chunk is a maximal run of non-space characters; most chunks
		// are a single word, maybe with punctuation around it.
		j := i
		for j < n {
			r2, s2 := decode(text, j)
			if isSpace(r2) {
				break
			}
			j += s2
		}
		toks = splitChunk(toks, text[i:j], base+i, limit)
		i = j
	}
	return toks
}

func decode(s string, i int) (rune, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\f', '\v', 0xa0, 0x200b, 0xfeff:
		return true
	}
	return r >= 0x80 && unicode.IsSpace(r)
}

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

func isDigit(r rune) bool {
	if r < utf8.RuneSelf {
		return '0' <= r && r <= '9'
	}
	return unicode.IsDigit(r)
}

func isAlnum(r rune) bool { return isLetter(r) || isDigit(r) }

func isApos(r rune) bool { return r == '\'' || r == '’' }

// splitChunk tokenises one whitespace-free chunk starting at offset off.
// It stops once toks holds more than limit tokens: a chunk can be megabytes
// of punctuation.
func splitChunk(toks []Token, c string, off, limit int) []Token {
	if u := urlLen(c); u > 0 {
		toks = append(toks, Token{c[:u], off, off + u})
		return splitChunk(toks, c[u:], off+u, limit)
	}
	i := 0
	for i < len(c) && len(toks) <= limit {
		r, sz := decode(c, i)
		switch {
		case isAlnum(r):
			j := wordEnd(c, i)
			n := len(toks)
			toks = appendWord(toks, c[i:j], off+i, c[j:])
			if last := toks[len(toks)-1]; len(toks) > n && last.End > off+j {
				j = last.End - off // an abbreviation took the period
			}
			i = j
		case r == '.' && strings.HasPrefix(c[i:], "..."):
			j := i + 3
			for j < len(c) && c[j] == '.' {
				j++
			}
			toks = append(toks, Token{c[i:j], off + i, off + j})
			i = j
		case r == '.' && i+1 < len(c) && isDigit(rune(c[i+1])) && (i == 0 || !isAlnum(lastRune(c[:i]))):
			// ".5" is a number.
			j := wordEnd(c, i+1)
			toks = append(toks, Token{c[i:j], off + i, off + j})
			i = j
		case r == '-' && strings.HasPrefix(c[i:], "--"):
			j := i + 2
			for j < len(c) && c[j] == '-' {
				j++
			}
			toks = append(toks, Token{c[i:j], off + i, off + j})
			i = j
		case isApos(r) && (i == 0 || c[i-1] == '.') && cliticAt(c[i:]) > 0 && len(c) > sz:
			// A chunk starting with a clitic ("'s" after a split word
			// such as in "the U.S.'s") keeps the clitic together.
			j := cliticAt(c[i:])
			toks = append(toks, Token{c[i : i+j], off + i, off + i + j})
			i += j
		default:
			// One punctuation mark or symbol per token; repeated "?!"
			// and "!!" stay together, and so does a run of one symbol
			// repeated (a "***" or "====" rule, "<<<<" garbage), which is
			// one thing to read, not many: a page of nothing but "<" was
			// millions of tokens.
			j := i + sz
			if r == '?' || r == '!' {
				for j < len(c) && (c[j] == '?' || c[j] == '!') {
					j++
				}
			} else if k := symbolRun(c, i, r, sz); k >= minSymbolRun*sz {
				j = i + k
			}
			toks = append(toks, Token{c[i:j], off + i, off + j})
			i = j
		}
	}
	return toks
}

// minSymbolRun is the shortest run of one repeated symbol kept as one
// token. Two (the "))" closing nested brackets) are ordinary punctuation
// met in prose and stay apart, as the tagger and the sentence splitter
// expect.
const minSymbolRun = 3

// symbolRun returns the length in bytes of the run of r (sz bytes long)
// starting at c[i].
func symbolRun(c string, i int, r rune, sz int) int {
	j := i
	for j+sz <= len(c) && c[j:j+sz] == c[i:i+sz] {
		j += sz
	}
	return j - i
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// cliticAt reports the length of a clitic ('s, 're, 've, 'll, 'd, 'm) at
// the start of s when it is followed by a non-letter, else 0.
func cliticAt(s string) int {
	_, sz := utf8.DecodeRuneInString(s)
	rest := s[sz:]
	for _, cl := range [...]string{"s", "S", "re", "RE", "ve", "VE", "ll", "LL", "d", "D", "m", "M"} {
		if strings.HasPrefix(rest, cl) {
			e := sz + len(cl)
			if e == len(s) || !isLetter(firstRune(s[e:])) {
				return e
			}
		}
	}
	return 0
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// wordEnd returns the end of the word starting at i: letters and digits,
// joined by single inner hyphens, apostrophes, periods (abbreviations like
// "U.S.", numbers like "3.5"), commas between digits, "&" between capitals
// ("AT&T") and "@" in e-mail addresses.
func wordEnd(c string, i int) int {
	j := i
	for j < len(c) {
		r, sz := decode(c, j)
		if isAlnum(r) {
			j += sz
			continue
		}
		if j+sz >= len(c) {
			break
		}
		next, _ := decode(c, j+sz)
		prev := lastRune(c[:j])
		switch {
		case (r == '-' || r == '‐') && isAlnum(next):
			j += sz
		case isApos(r) && isLetter(next):
			j += sz
		case r == '.' && isAlnum(next):
			j += sz
		case r == '.' && next == '-' && strings.ContainsRune(c[i:j], '.') && j+2 < len(c) && isAlnum(firstRune(c[j+2:])):
			j += sz // U.S.-led
		case r == ',' && isDigit(prev) && isDigit(next):
			j += sz
		case r == '&' && isUpper(prev) && isUpper(next):
			j += sz
		case (r == '@' || r == '_') && isAlnum(next):
			j += sz
		case r == '/' && isDigit(prev) && isDigit(next):
			j += sz
		default:
			return j
		}
	}
	return j
}

func isUpper(r rune) bool {
	if r < utf8.RuneSelf {
		return 'A' <= r && r <= 'Z'
	}
	return unicode.IsUpper(r)
}

// appendWord adds a word found by wordEnd, splitting off clitics and
// deciding whether a following period belongs to it (abbreviation).
func appendWord(toks []Token, w string, off int, after string) []Token {
	// Penn-style clitics: "don't" -> do n't, "Xi's" -> Xi 's.
	if k := strings.LastIndexAny(w, "'’"); k > 0 {
		lw := strings.ToLower(w)
		if k >= 1 && (strings.HasSuffix(lw, "n't") || strings.HasSuffix(lw, "n’t")) && k == len(w)-2 && len(w) > 3 {
			b := k - 1 // "can't" -> ca n't, "won't" -> wo n't
			toks = append(toks, Token{w[:b], off, off + b})
			return append(toks, Token{w[b:], off + b, off + len(w)})
		}
		if cl := cliticAt(w[k:]); cl > 0 && k+cl == len(w) && !strings.Contains(w[k:], ".") {
			toks = appendWord(toks, w[:k], off, w[k:])
			return append(toks, Token{w[k:], off + k, off + len(w)})
		}
	}
	// A name spelt with an exclamation mark ("E!", "Yahoo!") keeps it:
	// split off, the mark would end the sentence and leave a bare "E".
	if strings.HasPrefix(after, "!") && bangNames[w] && (len(after) == 1 || !strings.ContainsRune("!?", rune(after[1]))) {
		return append(toks, Token{w + "!", off, off + len(w) + 1})
	}
	// Trailing period of an abbreviation: "U.S.", "Gen.", "J.".
	if strings.HasPrefix(after, ".") && !strings.HasPrefix(after, "..") && isAbbrev(w, after[1:]) {
		return append(toks, Token{w + ".", off, off + len(w) + 1})
	}
	// "countries'" possessive: the apostrophe ends the chunk; it is split
	// as its own token by the caller's default case.
	return append(toks, Token{w, off, off + len(w)})
}

// isAbbrev reports whether w followed by "." is an abbreviation. rest is
// what follows the period within the chunk.
func isAbbrev(w, rest string) bool {
	if rest != "" {
		// "end.)" or "U.S.-led": punctuation right after the period.
		r := firstRune(rest)
		if isAlnum(r) {
			return false
		}
	}
	if strings.ContainsRune(w, '@') {
		return false
	}
	if strings.Contains(w, ".") {
		// "U.S", "a.m", "Ph.D" -> "U.S.", not a number like "3.5".
		return !isDigit(firstRune(w))
	}
	if utf8.RuneCountInString(w) == 1 && isLetter(firstRune(w)) {
		// Initials "J." and the lower-case one-letter abbreviations of
		// biographies and law reports: "c. 1850" (circa), "(b. 1950)",
		// "(d. 1990)", "Roe v. Wade". A lone lower-case letter rarely
		// ends an English sentence, so the period is the word's.
		return true
	}
	if capsPlaceAbbrevs[w] {
		return true
	}
	_, ok := abbrevs[w]
	return ok
}

// capsPlaceAbbrevs are the abbreviations that begin place names, written
// in capitals as wire datelines write the place ("ST. PETERSBURG, Nov 3
// (Reuters) -", "FT. LAUDERDALE, Fla. (AP) -"). Like "Inc." they may still
// end a sentence ("the FT. The paper ...": startsSentence cuts before a
// usual opener), but a place's name that follows stays in the sentence.
var capsPlaceAbbrevs = map[string]bool{"ST": true, "FT": true, "MT": true}

// abbrevs are words that take a period in news text. Titles (kind 't')
// precede a name, so a sentence never ends on them; nor do months (kind
// 'm', "Jan. 5") and "No." (kind 'n', "No. 10"). "St." is kind 'a' like
// "Inc.": "St. Louis" is a saint's name but "Main St." ends sentences.
// "etc." (kind 'e') closes a list: a capitalised word after it starts
// the next sentence, as after a plain period.
var abbrevs = map[string]byte{
	"Mr": 't', "Mrs": 't', "Ms": 't', "Dr": 't', "Prof": 't', "Gen": 't', "Lt": 't', "Col": 't', "Maj": 't',
	"Capt": 't', "Cmdr": 't', "Adm": 't', "Sgt": 't', "Cpl": 't', "Pvt": 't', "Gov": 't', "Sen": 't',
	"Rep": 't', "Rev": 't', "Hon": 't', "Pres": 't', "Supt": 't', "Insp": 't', "Brig": 't', "Fr": 't',
	"Atty": 't', "Det": 't', "Gens": 't', "Sens": 't', "Reps": 't', "Govs": 't', "Msgr": 't', "Rt": 't',
	"Mt": 't', "St": 'a', "Ft": 't', "Messrs": 't', "Mme": 't', "Mlle": 't', "Sr": 'a', "Jr": 'a',
	"Sra": 't', "Srta": 't', "Dra": 't', "Hr": 't', // Spanish, Portuguese and German titles: "Sra. Sánchez", "Hr. Scholz"
	"Jan": 'm', "Feb": 'm', "Mar": 'm', "Apr": 'm', "Jun": 'm', "Jul": 'm', "Aug": 'm', "Sep": 'm', "Sept": 'm',
	"Oct": 'm', "Nov": 'm', "Dec": 'm',
	"Inc": 'a', "Corp": 'a', "Co": 'a', "Ltd": 'a', "Bros": 'a', "Ave": 'a', "Blvd": 'a', "Rd": 'a',
	"No": 'n', "Nos": 'n', "Vol": 'n', "vs": 'a', "etc": 'e', "approx": 'a', "est": 'a', "dept": 'a',
	"Dept": 'a', "Univ": 'a', "Assn": 'a', "Ariz": 's', "Ark": 's', "Calif": 's', "Colo": 's', "Conn": 's',
	"Del": 's', "Fla": 's', "Ga": 's', "Ill": 's', "Ind": 's', "Kan": 's', "Ky": 's', "La": 's', "Md": 's',
	"Mass": 's', "Mich": 's', "Minn": 's', "Miss": 's', "Mo": 's', "Mont": 's', "Neb": 's', "Nev": 's',
	"Okla": 's', "Ore": 's', "Pa": 's', "Tenn": 's', "Tex": 's', "Va": 's', "Vt": 's', "Wash": 's',
	"Wis": 's', "Wyo": 's', "cf": 'a', "al": 'a', "fig": 'a', "Fig": 'a', "p": 'a', "pp": 'a', "ca": 'a',
}

// IsTitleAbbrev reports whether tok is a title abbreviation ("Mr.",
// "Gen.") or an initial ("J."): a sentence does not end after it.
func IsTitleAbbrev(tok string) bool {
	w, ok := strings.CutSuffix(tok, ".")
	if !ok {
		return false
	}
	if utf8.RuneCountInString(w) == 1 && isUpper(firstRune(w)) {
		return true
	}
	k := abbrevs[w]
	return k == 't' || k == 'n' || k == 'm'
}

// urlLen returns the length of a URL or e-mail address at the start of c,
// without trailing punctuation, or 0.
// urlScheme reports whether c starts with "http://", "https://" or "www."
// in any case. It lower-cases the first eight bytes on the stack when they
// are ASCII (every token is asked), else with strings.ToLower.
func urlScheme(c string) bool {
	lc := c
	if len(lc) > 8 {
		lc = c[:8]
	}
	var buf [8]byte
	for i := 0; i < len(lc); i++ {
		b := lc[i]
		if b >= utf8.RuneSelf {
			lc = strings.ToLower(lc)
			return strings.HasPrefix(lc, "http://") || strings.HasPrefix(lc, "https://") || strings.HasPrefix(lc, "www.")
		}
		if 'A' <= b && b <= 'Z' {
			b += 'a' - 'A'
		}
		buf[i] = b
	}
	l := buf[:len(lc)]
	return bytes.HasPrefix(l, []byte("http://")) || bytes.HasPrefix(l, []byte("https://")) || bytes.HasPrefix(l, []byte("www."))
}

func urlLen(c string) int {
	isURL := urlScheme(c)
	if !isURL {
		at := strings.IndexByte(c, '@')
		if at <= 0 || !isAlnum(firstRune(c)) {
			return 0
		}
		dot := strings.IndexByte(c[at:], '.')
		if dot < 2 {
			return 0
		}
		for _, r := range c[:at] {
			if !(isAlnum(r) || r == '.' || r == '_' || r == '-' || r == '+') {
				return 0
			}
		}
		// Domain part: alnum, '.', '-'.
		j := at + 1
		for j < len(c) {
			r, sz := decode(c, j)
			if !(isAlnum(r) || r == '.' || r == '-') {
				break
			}
			j += sz
		}
		return trimURL(c[:j])
	}
	return trimURL(c)
}

func trimURL(u string) int {
	n := len(u)
	for n > 0 {
		switch u[n-1] {
		case '.', ',', ';', ':', '!', '?', ')', ']', '"', '\'', '>':
			n--
			continue
		}
		if strings.HasSuffix(u[:n], "”") || strings.HasSuffix(u[:n], "’") {
			n -= len("”")
			continue
		}
		break
	}
	return n
}

// bangNames are the companies, outlets and shows whose names end in an
// exclamation mark, as written in the news; only their capitalised spelling
// counts ("yahoo!" in a quotation is a cry).
var bangNames = map[string]bool{"E": true, "Yahoo": true, "Jeopardy": true, "Yum": true}
