package resolve

import (
	"math"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/kb"
)

// tok is one word or punctuation mark of Article.Text, as the resolver sees
// it. The resolver keeps its own light tokenisation so that it works the same
// whatever tokeniser ran before it: possessive "'s" and hyphens are separate
// tokens ("U.S.-led" -> "U.S.", "-", "led"), and abbreviations keep their
// periods ("U.S.").
//
// There is one per word of the article for the whole of the stage, so the
// offsets are 32-bit (40 -> 32 bytes a token; tokenize reads no further than
// 2 GiB, far past what the stages before it hold).
type tok struct {
	start, end int32
	norm       string // kb.Normalize of the text; "" for punctuation
	upper      bool   // starts with an upper-case letter
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func decode(s string, i int) (rune, int) {
	if i >= len(s) {
		return 0, 0
	}
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

func isApostrophe(r rune) bool { return r == '\'' || r == '\u2019' }

// tokenize splits text into words and punctuation with byte offsets.
func tokenize(text string) []tok {
	text = text[:min(len(text), math.MaxInt32)]
	// News prose runs 5 to 6 bytes a token, quote-dense text under 5: a
	// slice sized for 4 is seldom grown (growing it near the end of a long
	// text held the old and the new copy at once, 125 MB on 7 MB).
	toks := make([]tok, 0, len(text)/4+16)
	for i := 0; i < len(text); {
		r, size := decode(text, i)
		if unicode.IsSpace(r) {
			i += size
			continue
		}
		if !isWordRune(r) {
			// Possessive 's as its own token.
			if isApostrophe(r) && len(toks) > 0 && int(toks[len(toks)-1].end) == i {
				n, nsize := decode(text, i+size)
				if n == 's' || n == 'S' {
					after, _ := decode(text, i+size+nsize)
					if !isWordRune(after) {
						toks = append(toks, tok{start: int32(i), end: int32(i + size + nsize), norm: "'s"})
						i += size + nsize
						continue
					}
				}
			}
			// A run of one symbol repeated ("***", "<<<<") is one token,
			// as the nlp tokeniser has it: a page of nothing but "<" was
			// millions of them.
			end := i + size
			for end+size <= len(text) && text[end:end+size] == text[i:i+size] {
				end += size
			}
			if end-i < 3*size {
				end = i + size
			}
			toks = append(toks, tok{start: int32(i), end: int32(end)})
			i = end
			continue
		}
		start := i
		upper := unicode.IsUpper(r)
		letters := 0 // letters since the last period, to spot "U.S."
		abbrev := false
		for i < len(text) {
			r, size := decode(text, i)
			switch {
			case isWordRune(r):
				letters++
				i += size
				continue
			case r == '.' && letters <= 2:
				// "U.S.", "U.N.", "D.C.": keep the period when a letter
				// follows directly or when we are already inside such an
				// abbreviation.
				n, _ := decode(text, i+size)
				if isWordRune(n) && n < utf8.RuneSelf && unicode.IsUpper(n) {
					abbrev = true
					letters = 0
					i += size
					continue
				}
				if abbrev {
					i += size
				}
			case isApostrophe(r):
				// Inner apostrophe (O'Brien, Côte d'Ivoire), not a possessive.
				n, nsize := decode(text, i+size)
				if isWordRune(n) {
					if n == 's' || n == 'S' {
						after, _ := decode(text, i+size+nsize)
						if !isWordRune(after) {
							break
						}
					}
					i += size
					continue
				}
			}
			break
		}
		toks = append(toks, tok{start: int32(start), end: int32(i), norm: kb.Normalize(text[start:i]), upper: upper})
	}
	return toks
}
