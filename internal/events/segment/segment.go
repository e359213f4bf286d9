// Package segment is a small, fast sentence splitter and word tokeniser used
// by the timex and events stages when the nlp stage has not filled
// Article.Sentences (for example in unit tests or when a caller runs the
// event coder alone). It is deliberately simple: the nlp stage is the real
// tokeniser and tagger; this keeps the coder usable without it.
package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/model"
)

// abbreviations end with a period but rarely end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "gen": true, "lt": true, "col": true, "sgt": true,
	"capt": true, "maj": true, "adm": true, "gov": true, "sen": true, "rep": true, "rev": true, "st": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true, "no": true, "vs": true, "prof": true, "pres": true,
	"u.s": true, "u.n": true, "u.k": true, "e.g": true, "i.e": true, "inc": true, "corp": true, "co": true,
	"jr": true, "sr": true, "ltd": true, "mt": true, "ft": true, "dept": true, "est": true,
}

// Sentences splits text into sentences with byte offsets; each carries
// tokens. Paragraph is counted from blank lines.
func Sentences(text string) []model.Sentence {
	var out []model.Sentence
	para := 0
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		s := strings.TrimRightFunc(text[start:end], unicode.IsSpace)
		if s != "" {
			e := start + len(s)
			out = append(out, model.Sentence{Index: len(out), Paragraph: para, Start: start, End: e, Text: s, Tokens: Tokens(s, start)})
		}
		start = -1
	}
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == '\n' {
			// A blank line ends the sentence and the paragraph; a single
			// newline inside a paragraph is a space.
			j := i + 1
			for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
				j++
			}
			if j < len(text) && text[j] == '\n' {
				flush(i)
				if len(out) > 0 && out[len(out)-1].Paragraph == para {
					para++
				}
				i = j + 1
				continue
			}
		}
		if start < 0 {
			if !unicode.IsSpace(r) {
				start = i
			}
			i += size
			continue
		}
		if r == '.' || r == '!' || r == '?' {
			j := i + size
			// Closing quotes and brackets belong to the sentence.
			for j < len(text) {
				c, cs := utf8.DecodeRuneInString(text[j:])
				if c == '"' || c == '\'' || c == ')' || c == '\u201d' || c == '\u2019' {
					j += cs
					continue
				}
				break
			}
			if j >= len(text) || isSpaceByte(text[j]) {
				if r != '.' || !isAbbrev(text[start:i]) {
					// Next word must not start lower-case (a sign of a false stop).
					k := j
					for k < len(text) && isSpaceByte(text[k]) {
						k++
					}
					if k >= len(text) || !unicode.IsLower(firstRune(text[k:])) {
						flush(j)
						i = j
						continue
					}
				}
			}
		}
		i += size
	}
	flush(len(text))
	return out
}

func firstRune(s string) rune { r, _ := utf8.DecodeRuneInString(s); return r }

func isSpaceByte(b byte) bool { return b == ' ' || b == '\n' || b == '\t' || b == '\r' }

// isAbbrev says whether the word before a period is a known abbreviation or
// a single capital initial ("J.").
func isAbbrev(before string) bool {
	k := len(before)
	j := k
	for j > 0 && !isSpaceByte(before[j-1]) && before[j-1] != '(' && before[j-1] != '"' {
		j--
	}
	w := strings.ToLower(before[j:k])
	if abbreviations[w] {
		return true
	}
	if len(w) == 1 && before[j] >= 'A' && before[j] <= 'Z' {
		return true
	}
	// "U.S." style: letters separated by periods.
	if strings.Count(w, ".") >= 1 && len(w) <= 5 {
		return true
	}
	return false
}

// Tokens splits s into words and punctuation; offsets are shifted by base.
// Hyphenated words, contractions ("n't", "'s") and numbers with separators
// are kept the way Penn Treebank tokenises them.
func Tokens(s string, base int) []model.Token {
	toks := make([]model.Token, 0, len(s)/5+1)
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			i += size
			continue
		}
		start := i
		if isWordRune(r) {
			for i < len(s) {
				r, size = utf8.DecodeRuneInString(s[i:])
				if isWordRune(r) {
					i += size
					continue
				}
				// Inner hyphen, period (U.S.), comma or colon between digits.
				if (r == '-' || r == '.' || r == '&') && i+size < len(s) {
					n, _ := utf8.DecodeRuneInString(s[i+size:])
					// Hyphenated names of two actors ("U.S.-South Korea",
					// "China-DPRK") are split so each can be found.
					capJoin := r == '-' && unicode.IsUpper(n) && unicode.IsUpper(firstRune(s[start:]))
					if isWordRune(n) && !(r == '.' && unicode.IsLower(n)) && !capJoin {
						i += size
						continue
					}
					if r == '.' && i-start <= 3 && strings.Contains(s[start:i], ".") {
						i += size // trailing period of "U.S."
						if i+1 < len(s) && s[i] == '-' && unicode.IsLower(firstRune(s[i+1:])) {
							continue // "U.S.-led"
						}
						break
					}
				}
				if (r == '\'' || r == '\u2019') && s[i-1] == 'n' && i+size < len(s) && s[i+size] == 't' && (i+size+1 >= len(s) || !isWordRune(firstRune(s[i+size+1:]))) {
					i += size + 1 // "didn't"
					break
				}
				if (r == ',' || r == ':') && i > start && i+1 < len(s) && isDigit(s[i-1]) && isDigit(s[i+1]) {
					i += size
					continue
				}
				break
			}
			w := s[start:i]
			// Split contractions: "didn't" -> "did" "n't"; "Korea's" -> "Korea" "'s".
			lw := strings.ToLower(w)
			if (strings.HasSuffix(lw, "n't") || strings.HasSuffix(lw, "n\u2019t")) && len(w) > 3 {
				k := strings.LastIndexByte(lw, 'n')
				if lw == "can't" || lw == "can\u2019t" {
					k = 3 // "ca" is odd; keep "can" + "'t"
				}
				toks = append(toks, model.Token{Text: w[:k], Start: base + start, End: base + start + k})
				toks = append(toks, model.Token{Text: w[k:], Start: base + start + k, End: base + i})
				continue
			}
			toks = append(toks, model.Token{Text: w, Start: base + start, End: base + i})
			continue
		}
		if r == '\'' || r == '\u2019' {
			// Possessive or contraction suffix.
			j := i + size
			k := j
			for k < len(s) && k-j < 2 && s[k] >= 'a' && s[k] <= 'z' {
				k++
			}
			suf := s[j:k]
			if len(toks) > 0 && toks[len(toks)-1].End == base+i && (suf == "s" || suf == "ll" || suf == "re" || suf == "ve" || suf == "d" || suf == "m") && (k >= len(s) || !isWordRune(firstRune(s[k:]))) {
				toks = append(toks, model.Token{Text: s[i:k], Start: base + i, End: base + k})
				i = k
				continue
			}
			if len(toks) > 0 && toks[len(toks)-1].End == base+i && strings.HasSuffix(toks[len(toks)-1].Text, "s") && (j >= len(s) || !isWordRune(firstRune(s[j:]))) {
				toks = append(toks, model.Token{Text: s[i:j], Start: base + i, End: base + j})
				i = j
				continue
			}
		}
		i += size
		toks = append(toks, model.Token{Text: s[start:i], Start: base + start, End: base + i})
	}
	return toks
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// SentenceAt returns the index of the sentence containing byte offset off,
// or -1.
func SentenceAt(sents []model.Sentence, off int) int {
	lo, hi := 0, len(sents)
	for lo < hi {
		m := (lo + hi) / 2
		if sents[m].End <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(sents) && sents[lo].Start <= off {
		return sents[lo].Index
	}
	return -1
}
