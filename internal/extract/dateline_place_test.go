package extract

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestKnownDatelinePlace(t *testing.T) {
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"Panama City", true}, // a capital of the knowledge base
		{"Nairobi", true},     // a city
		{"Geneva", true},      // a city's English name (city_aliases.tsv)
		{"Kenya", true},       // a country
		{"Seoul", true},       // the dateline zone table
		{"Officials", false},
		{"Monday", false},
		{"Reuters", false}, // an organisation, not a place
		{"", false},
	} {
		if got := knownDatelinePlace(tc.name); got != tc.want {
			t.Errorf("knownDatelinePlace(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// A title-case dateline is read like an upper-case one: a dateline on its
// own line joins the first paragraph, and its date dates the story.
func TestTextTitleCaseDateline(t *testing.T) {
	a, err := Text("Canal fees rise\n\nPanama City, March 12, 2025 (Meridiano) -\n\nThe canal authority raised its transit fees for the second time this year, citing low water in the lakes that feed the locks.\n")
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Paragraphs) == 0 || !strings.HasPrefix(a.Paragraphs[0], "Panama City, March 12, 2025 (Meridiano) - The canal") {
		t.Fatalf("paragraphs = %q, want the dateline joined to the first", a.Paragraphs)
	}
	if a.Published == nil || a.Published.Format("2006-01-02") != "2025-03-12" {
		t.Errorf("published = %v, want 2025-03-12 from the dateline", a.Published)
	}
}

// FuzzDatelineLen checks that DatelineLen never panics and returns a
// length within the first 200 bytes, on a rune boundary, with text after it.
func FuzzDatelineLen(f *testing.F) {
	for _, s := range []string{
		"SEOUL, July 30 (AP) — North Korea restored the hotlines.",
		"Panama City, March 12 (Meridiano) - The canal reopened.",
		"Nairobi, Kenya (Wire) – Police fired tear gas.",
		"Geneva, 3 March 2025 – The talks resumed.",
		"Kabul [Afghanistan], March 10 (Wire): The road reopened.",
		"Rio de Janeiro, 25 de março de 2026 (Meridiano) - O plano.",
		"Panama City officials said on Monday that the canal would reopen.",
		"Nairobi, Kenya (Wire) – ",
		"Kabul [Afgh\xff], March 10 (Wire): x",
		"Geneva, 31 Mär\u0301z 2025 – x",
		"New York, NY – The council voted.",
		"Dekalb, Ill. — Police said.",
		"Charleston, W. Va., March 3 (Wire) - x",
		"Indianapolis – The mayor said.",
		"Indianapolis – \xffThe",
		"Paris - London flights resumed.",
		"DEAR ABBY: My sister keeps borrowing my car.",
		"EDITOR’S NOTE: x",
		"LONDON: The talks resumed.",
		"I -- I never thought.",
		"Albany, New York - Lawmakers voted.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := DatelineLen(s)
		if n < 0 || n > len(s) || n > 200 {
			t.Fatalf("DatelineLen(%q) = %d", s, n)
		}
		if n == 0 {
			return
		}
		if splitsRune(s, n) {
			t.Fatalf("DatelineLen(%q) = %d splits a rune", s, n)
		}
		if strings.TrimSpace(s[n:]) == "" {
			t.Fatalf("DatelineLen(%q) = %d leaves no text after the dateline", s, n)
		}
	})
}

// splitsRune reports whether byte offset n falls inside a valid rune of s.
// A stray continuation byte after n ("AA– \x81") is no rune, so a cut
// before it splits nothing.
func splitsRune(s string, n int) bool {
	for k := 1; k < utf8.UTFMax && n-k >= 0; k++ {
		if utf8.RuneStart(s[n-k]) {
			r, size := utf8.DecodeRuneInString(s[n-k:])
			return size > k && !(r == utf8.RuneError && size == 1)
		}
	}
	return false
}

func TestSplitsRune(t *testing.T) {
	for _, tc := range []struct {
		s    string
		n    int
		want bool
	}{
		{"A– x", 2, true},      // inside the en dash
		{"A– x", 4, false},     // after it
		{"AA– \x81", 6, false}, // before a stray continuation byte
		{"\ufffdx", 1, true},   // inside an encoded U+FFFD
		{"ab", 0, false},
	} {
		if got := splitsRune(tc.s, tc.n); got != tc.want {
			t.Errorf("splitsRune(%q, %d) = %v, want %v", tc.s, tc.n, got, tc.want)
		}
	}
}
