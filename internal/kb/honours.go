package kb

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Malaysia's and Brunei's state honours are written before the name of
// everyone who holds one ("Datuk Seri Aminah Yusof", "Tan Sri Razali
// Hamzah", "Dato' Sri Kamal Idris", "Puan Sri Noraini Salleh", "Toh Puan
// Rahmah Ali"), in English reports too, and are no part of the name. This
// is the one grammar of them; the tagger's post-pass (internal/nlp) cuts
// them out of names and the resolver reads them as courtesy titles between
// an office and its holder.
//
// Every word of an honour is written capitalised and is matched whatever
// its case after that ("TAN SRI" in a headline): a lower-case "tan" or
// "sri" is never part of one.

// malayHigherGrades follow "Datuk", "Dato" or "Datin" in the higher
// honours ("Datuk Seri", "Dato' Sri", "Datuk Patinggi", "Datin Paduka").
var malayHigherGrades = []string{"seri", "sri", "paduka", "patinggi", "amar", "wira"}

// malayHonourHeads are the words that begin an honour, each with the
// grades that may follow it. "Tan" and "Puan" begin one only before "Sri"
// or "Seri" ("Tan" alone is a family name, "Sri" alone a given name: "Sri
// Mulyani"), "Toh" only before "Puan".
var malayHonourHeads = []struct {
	head   string
	grades []string
	alone  bool // an honour without a grade too ("Datuk Faridah Osman")
}{
	{"datuk", malayHigherGrades, true},
	{"dato", malayHigherGrades, true},
	{"datin", malayHigherGrades, true},
	{"tan", []string{"sri", "seri"}, false},
	{"puan", []string{"sri", "seri"}, false},
	{"toh", []string{"puan"}, false},
}

// malayApostropheHead is the head written with an apostrophe after it,
// "Dato'" (the apostrophe stands for a dropped final k, "Datok").
const malayApostropheHead = "dato"

// isApostrophe says whether s is a straight or curly apostrophe.
func isApostrophe(s string) bool { return s == "'" || s == "’" }

// malayHead returns the entry of the head w, as written ("Datuk", "TAN",
// "Dato'" with its apostrophe attached), and false when w, capitalised,
// begins no honour.
func malayHead(w string) (int, bool) {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return 0, false
	}
	for i, h := range malayHonourHeads {
		if strings.EqualFold(w, h.head) || h.head == malayApostropheHead && withApostrophe(w) {
			return i, true
		}
	}
	return 0, false
}

// withApostrophe says whether w is "Dato'" with its apostrophe attached.
func withApostrophe(w string) bool {
	return strings.EqualFold(w, malayApostropheHead+"'") || strings.EqualFold(w, malayApostropheHead+"’")
}

// MalayHonourAlone says whether w, as written, is a Malaysian honour by
// itself: "Datuk", "Dato", "Dato'", "Datin".
func MalayHonourAlone(w string) bool {
	i, ok := malayHead(w)
	return ok && malayHonourHeads[i].alone
}

// MalayHonourTakesApostrophe says whether the head w, as written, is one
// written with an apostrophe after it ("Dato" of "Dato' Sri"), when the
// apostrophe is a word of its own.
func MalayHonourTakesApostrophe(w string) bool {
	i, ok := malayHead(w)
	return ok && malayHonourHeads[i].head == malayApostropheHead && !withApostrophe(w)
}

// MalayHonourPair says whether head and grade, as written, are the two
// words of a Malaysian honour: "Tan" "Sri", "Datuk" "Seri", "Dato'"
// "Sri", "Toh" "Puan"; both capitalised.
func MalayHonourPair(head, grade string) bool {
	i, ok := malayHead(head)
	if !ok {
		return false
	}
	r, _ := utf8.DecodeRuneInString(grade)
	if !unicode.IsUpper(r) {
		return false
	}
	for _, g := range malayHonourHeads[i].grades {
		if strings.EqualFold(grade, g) {
			return true
		}
	}
	return false
}

// MalayHonourEnd returns the end of the Malaysian honour that starts at
// words[i] ("Datuk Seri" at "Datuk": i+2; "Dato ' Sri", the apostrophe a
// word of its own: i+3; "Datuk" before a name: i+1), -1 when none starts
// there.
func MalayHonourEnd(words []string, i int) int {
	if i < 0 || i >= len(words) {
		return -1
	}
	if _, ok := malayHead(words[i]); !ok {
		return -1
	}
	k := i + 1
	if MalayHonourTakesApostrophe(words[i]) && k < len(words) && isApostrophe(words[k]) {
		k++
	}
	if k < len(words) && MalayHonourPair(words[i], words[k]) {
		return k + 1
	}
	if MalayHonourAlone(words[i]) {
		return k
	}
	return -1
}
