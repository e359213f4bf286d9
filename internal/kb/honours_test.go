package kb

import (
	"strings"
	"testing"
)

// TestMalayHonourEnd: the one grammar of Malaysia's honours, as the
// tagger's post-pass reads a sentence's words (internal/nlp
// cutMalayHonorifics): where the honour starting at the first word ends,
// -1 when none starts there. Every word is capitalised and read whatever
// its case after that; "Tan", "Puan" and "Toh" only with their grade.
func TestMalayHonourEnd(t *testing.T) {
	for _, c := range []struct {
		words string
		want  int
	}{
		{"Datuk Seri Aminah Yusof", 2},
		{"Datuk Faridah Osman", 1},
		{"Datin Paduka Noraini Salleh", 2},
		{"Datuk Patinggi Amar Wira", 2}, // one grade only
		{"Dato ' Sri Kamal Idris", 3},   // the apostrophe a word of its own
		{"Dato ’ Sri Kamal Idris", 3},
		{"Dato' Sri Kamal Idris", 2}, // attached
		{"Dato ' Kamal Idris", 2},
		{"Tan Sri Razali Hamzah", 2},
		{"Puan Seri Noraini Salleh", 2},
		{"Toh Puan Rahmah Ali", 2},
		// Case: capitalised, then any case (an all-capitals headline).
		{"TAN SRI RAZALI HAMZAH", 2},
		{"DATUK SERI AMINAH", 2},
		{"Tan SRI Razali", 2},
		{"Datuk seri Aminah", 1}, // a lower-case grade is no grade
		{"Tan sri Razali", -1},
		{"tan Sri Razali", -1},
		{"datuk Seri Aminah", -1},
		// Near-misses: a family name, a given name, a grade another
		// head takes, an apostrophe after a head written without one.
		{"Tan Ah Kow", -1},
		{"Sri Mulyani Indrawati", -1},
		{"Toh Sri Rahmah", -1},
		{"Tan Paduka Razali", -1},
		{"Puan Puan Rahmah", -1},
		{"Datuk ' Seri Aminah", 1},
		{"Datin' Seri Aminah", -1},
		{"Tan", -1},
		{"Datuk", 1},
	} {
		words := strings.Fields(c.words)
		if got := MalayHonourEnd(words, 0); got != c.want {
			t.Errorf("MalayHonourEnd(%q) = %d, want %d", c.words, got, c.want)
		}
	}
	if got := MalayHonourEnd([]string{"met", "Tan", "Sri", "Razali"}, 1); got != 3 {
		t.Errorf("MalayHonourEnd at word 1 = %d, want 3", got)
	}
	if got := MalayHonourEnd([]string{"Datuk"}, 1); got != -1 {
		t.Errorf("MalayHonourEnd past the end = %d, want -1", got)
	}
}

// TestMalayHonourPair: the same grammar as the resolver reads its tokens
// (internal/nlp/resolve malayGradeAfter): head and grade one word each,
// the apostrophe of "Dato'" a token of its own that only "Dato" takes.
func TestMalayHonourPair(t *testing.T) {
	for _, c := range []struct {
		head, grade string
		pair        bool
	}{
		{"Tan", "Sri", true}, {"Tan", "Seri", true}, {"Puan", "Sri", true}, {"Toh", "Puan", true},
		{"Datuk", "Seri", true}, {"Dato", "Sri", true}, {"Dato'", "Sri", true}, {"Dato’", "Seri", true},
		{"Datin", "Paduka", true}, {"Datuk", "Patinggi", true}, {"Datuk", "Amar", true}, {"Datuk", "Wira", true},
		{"TAN", "SRI", true}, {"Datuk", "SERI", true},
		{"Tan", "sri", false}, {"tan", "Sri", false}, {"Tan", "Paduka", false}, {"Toh", "Sri", false},
		{"Datuk", "Puan", false}, {"Sri", "Mulyani", false}, {"Tan", "Ah", false}, {"Tan", "'", false},
	} {
		if got := MalayHonourPair(c.head, c.grade); got != c.pair {
			t.Errorf("MalayHonourPair(%q, %q) = %v, want %v", c.head, c.grade, got, c.pair)
		}
	}
	for _, c := range []struct {
		w                 string
		alone, apostrophe bool
	}{
		{"Datuk", true, false}, {"DATO", true, true}, {"Dato", true, true}, {"Dato'", true, false},
		{"Datin", true, false}, {"Tan", false, false}, {"Puan", false, false}, {"Toh", false, false},
		{"dato", false, false}, {"Sri", false, false},
	} {
		if got := MalayHonourAlone(c.w); got != c.alone {
			t.Errorf("MalayHonourAlone(%q) = %v, want %v", c.w, got, c.alone)
		}
		if got := MalayHonourTakesApostrophe(c.w); got != c.apostrophe {
			t.Errorf("MalayHonourTakesApostrophe(%q) = %v, want %v", c.w, got, c.apostrophe)
		}
	}
}
