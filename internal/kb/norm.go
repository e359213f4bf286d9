package kb

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalize turns a name into the key the alias maps use: lower case, Latin
// accents folded, periods dropped ("U.S." = "US"), curly apostrophes made
// straight, hyphens and other punctuation turned into spaces ("Jae-in" =
// "Jae in"), spaces collapsed and a leading "the " dropped ("the United
// States" = "United States"). It is the only normalisation used for both the
// data and the queries, so the two always agree.
func Normalize(s string) string {
	return normalize(s, foldLetter)
}

// normalize is Normalize with fold as the letter folding: foldLetter for
// the keys names are matched by, idFold for the ids made of names (Slug).
func normalize(s string, fold func(rune) (string, bool)) string {
	// Fast path: a lower-case ASCII word is its own key (no allocation).
	plain := s != ""
	for i := 0; i < len(s) && plain; i++ {
		c := s[i]
		plain = c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
	}
	if plain {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := true // suppress leading spaces
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		i += size
		switch {
		case r == '.':
			continue
		case r == '\'' || r == '\u2019' || r == '\u2018' || r == '`' || r == '\u02bc':
			b.WriteByte('\'')
			space = false
			continue
		case r >= 'A' && r <= 'Z':
			b.WriteByte(byte(r + 'a' - 'A'))
			space = false
			continue
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			b.WriteByte(byte(r))
			space = false
			continue
		case r == '&':
			if !space {
				b.WriteByte(' ')
			}
			b.WriteString("and ")
			space = true
			continue
		}
		if f, ok := fold(r); ok {
			b.WriteString(f)
			space = false
			continue
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
			space = false
			continue
		}
		// Anything else (space, hyphen, comma, parenthesis) separates words.
		if !space {
			b.WriteByte(' ')
			space = true
		}
	}
	out := strings.TrimRight(b.String(), " ")
	out = strings.TrimPrefix(out, "the ")
	return saint(out)
}

// saint spells out "St" before another word ("St. Petersburg", "St Kitts"
// = "Saint ..."); a final "St" is a street ("Main St.") and stays.
func saint(s string) string {
	if !strings.HasPrefix(s, "st ") && !strings.Contains(s, " st ") {
		return s
	}
	words := strings.Split(s, " ")
	for i := 0; i < len(words)-1; i++ {
		if words[i] == "st" {
			words[i] = "saint"
		}
	}
	return strings.Join(words, " ")
}

// NormalizeID is Normalize as the ids of names are made (Slug; the
// generator's ids of regions and cities): with only the letters of idFold
// folded, so that ids stay what they were made.
func NormalizeID(s string) string {
	return normalize(s, idFold)
}

// foldLetter maps an accented Latin letter to ASCII for the keys names are
// matched by, so that "Evika Siliņa" and "Evika Silina", "Tô Lâm" and "To
// Lam" agree, as news written for English readers drops the accents of
// every Latin alphabet: the letters of idFold, then any letter of the Latin
// blocks that decomposes into an ASCII letter and marks (the cedillas of
// Latvian "ņ ļ ķ ģ", the ogoneks of Lithuanian "į ų", Vietnamese "ơ ư ạ
// ễ"), then the few with a stroke or of their own shape that do not
// decompose ("ħ" of Maltese, "ð" and "þ" of Icelandic).
func foldLetter(r rune) (string, bool) {
	if f, ok := idFold(r); ok {
		return f, true
	}
	if r < 0xC0 || r > 0x24F && (r < 0x1E00 || r > 0x1EFF) {
		return "", false
	}
	switch r {
	case 'ħ', 'Ħ':
		return "h", true
	case 'ð', 'Ð':
		return "d", true
	case 'þ', 'Þ':
		return "th", true
	case 'ŀ', 'Ŀ':
		return "l", true
	case 'ŧ', 'Ŧ':
		return "t", true
	case 'ŋ', 'Ŋ':
		return "ng", true
	case 'ĸ':
		return "k", true
	}
	d := norm.NFD.String(string(r))
	base, size := utf8.DecodeRuneInString(d)
	if base >= utf8.RuneSelf || !unicode.IsLetter(base) {
		return "", false
	}
	for _, m := range d[size:] {
		if !unicode.Is(unicode.Mn, m) {
			return "", false
		}
	}
	return string(unicode.ToLower(base)), true
}

// idFold maps common accented Latin letters to ASCII so that "São Tomé",
// "Côte d'Ivoire" and "Türkiye" match their plain spellings.
func idFold(r rune) (string, bool) {
	switch r {
	case 'à', 'á', 'â', 'ã', 'ä', 'å', 'ā', 'ă', 'ą', 'À', 'Á', 'Â', 'Ã', 'Ä', 'Å', 'Ā':
		return "a", true
	case 'æ', 'Æ':
		return "ae", true
	case 'ç', 'ć', 'č', 'Ç', 'Ć', 'Č':
		return "c", true
	case 'ď', 'đ', 'Ď', 'Đ':
		return "d", true
	case 'è', 'é', 'ê', 'ë', 'ē', 'ė', 'ę', 'ě', 'È', 'É', 'Ê', 'Ë', 'Ē':
		return "e", true
	case 'ğ', 'Ğ':
		return "g", true
	case 'ì', 'í', 'î', 'ï', 'ī', 'ı', 'İ', 'Ì', 'Í', 'Î', 'Ï':
		return "i", true
	case 'ł', 'Ł':
		return "l", true
	case 'ñ', 'ń', 'ň', 'Ñ', 'Ń':
		return "n", true
	case 'ò', 'ó', 'ô', 'õ', 'ö', 'ø', 'ō', 'ő', 'ŏ', 'Ò', 'Ó', 'Ô', 'Õ', 'Ö', 'Ø', 'Ō', 'Ŏ':
		return "o", true
	case 'œ', 'Œ':
		return "oe", true
	case 'ř', 'Ř':
		return "r", true
	case 'ś', 'š', 'ş', 'ș', 'Ś', 'Š', 'Ş', 'Ș':
		return "s", true
	case 'ß':
		return "ss", true
	case 'ť', 'ţ', 'ț', 'Ť', 'Ţ', 'Ț':
		return "t", true
	case 'ù', 'ú', 'û', 'ü', 'ū', 'ů', 'ű', 'ŭ', 'Ù', 'Ú', 'Û', 'Ü', 'Ū':
		return "u", true
	case 'ý', 'ÿ', 'Ý':
		return "y", true
	case 'ź', 'ż', 'ž', 'Ź', 'Ż', 'Ž':
		return "z", true
	}
	return "", false
}

// Slug turns a name into an id fragment: "Moon Jae-in" -> "moon_jae_in".
// It folds only the letters idFold folds, as it did when the ids of the
// knowledge base and of stored articles were made: a letter Normalize
// learnt to fold later ("ņ") would otherwise change the ids of names
// spelt with it.
func Slug(name string) string {
	n := NormalizeID(name)
	n = strings.ReplaceAll(n, "'", "")
	return strings.ReplaceAll(n, " ", "_")
}
