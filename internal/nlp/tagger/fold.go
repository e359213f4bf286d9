package tagger

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// foldLatin returns s with the accents of Latin letters dropped ("héctor"
// -> "hector", "joão" -> "joao", "łukasz" -> "lukasz", "nguyễn" ->
// "nguyen"), or s itself when it has none. The word clusters were made
// from vectors whose vocabulary is plain ASCII and the English training
// copy spells foreign names without accents, so an accented word looked
// up as written is unknown to both: news for English readers writes a
// name either way, and the plain spelling is the one they know. Letters
// outside the Latin blocks (Greek, Cyrillic, CJK) stay as they are.
func foldLatin(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	changed := false
	for _, r := range s {
		if f, ok := foldRune(r); ok {
			b.WriteString(f)
			changed = true
			continue
		}
		b.WriteRune(r)
	}
	if !changed {
		return s
	}
	return b.String()
}

// foldRune maps one accented Latin letter to its plain ASCII letters.
func foldRune(r rune) (string, bool) {
	if r < 0xC0 || r > 0x24F && (r < 0x1E00 || r > 0x1EFF) || r == '×' || r == '÷' {
		return "", false
	}
	// Letters with a stroke or of their own shape do not decompose.
	switch r {
	case 'ł':
		return "l", true
	case 'Ł':
		return "L", true
	case 'ø':
		return "o", true
	case 'Ø':
		return "O", true
	case 'đ', 'ð':
		return "d", true
	case 'Đ', 'Ð':
		return "D", true
	case 'ı':
		return "i", true
	case 'ß':
		return "ss", true
	case 'æ':
		return "ae", true
	case 'Æ':
		return "Ae", true
	case 'œ':
		return "oe", true
	case 'Œ':
		return "Oe", true
	case 'þ':
		return "th", true
	case 'Þ':
		return "Th", true
	case 'ħ':
		return "h", true
	case 'Ħ':
		return "H", true
	}
	d := norm.NFD.String(string(r))
	base, size := utf8.DecodeRuneInString(d)
	if base >= utf8.RuneSelf || !unicode.IsLetter(base) || size == len(d) {
		return "", false
	}
	for _, m := range d[size:] {
		if !unicode.Is(unicode.Mn, m) {
			return "", false
		}
	}
	return string(base), true
}
