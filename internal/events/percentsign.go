package events

import (
	"unicode"
	"unicode/utf8"
)

// percentSign says whether toks[i] is a percent sign written after a
// number ("25%"), which reads as the word "percent".
func percentSign(toks []tok, i int) bool {
	if toks[i].text != "%" || i == 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(toks[i-1].text)
	return unicode.IsDigit(r)
}
