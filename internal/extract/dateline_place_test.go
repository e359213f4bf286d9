package extract

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/model"
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
		"Palm Bay (1-0): Kicker scored twice.",
		"England (Group A): Qualified with a game to spare.",
		"Madrid, March 3 (Wire One) - x",
		"Berlin, 25. März 2026 (dpa) - x",
		"NATO – The alliance met.",
		"VIENNA — The house will become a police station.",
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

// A bracket after a title-case place is an agency only when it looks like
// one; sports results put a record or group there. A bare upper-case word
// before a dash is a dateline only when it names a known place or town.
func TestDatelineLenAgencyAndBarePlace(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want string // the dateline DatelineLen finds, "" for none
	}{
		{"Nairobi, March 3 (Reuters) - Police fired tear gas.", "Nairobi, March 3 (Reuters) - "},
		{"Nairobi, March 3 (AP) - Police fired tear gas.", "Nairobi, March 3 (AP) - "},
		{"Geneva (AFP) - The talks resumed.", "Geneva (AFP) - "},
		{"Madrid, March 3 (EFE) - The court ruled.", "Madrid, March 3 (EFE) - "},
		{"Lagos, March 3 (Wire One) - The port reopened.", "Lagos, March 3 (Wire One) - "},
		{"Atlanta (CNN Business) - Shares fell.", "Atlanta (CNN Business) - "},
		{"Berlin, 25. März 2026 (dpa) - Die Regierung beschloss.", "Berlin, 25. März 2026 (dpa) - "},
		{"Palm Bay (1-0): Kicker scored twice in the first half.", ""},
		{"Melbourne (1-1-1): The keeper made six saves.", ""},
		{"England (Group A): Qualified with a game to spare.", ""},
		{"Czech Republic (Group A): Second behind England.", ""},
		{"Ukraine (Pool B) - Unbeaten in the pool.", ""},
		{"Lyon (Ligue 1) - The club sacked its coach.", ""},
		{"Paris (the capital of France) - x y", ""},
		{"VIENNA — The house will become a police station.", "VIENNA — "},
		{"WASHINGTON – Two guards were arrested.", "WASHINGTON – "},
		{"BERLIN -- Scientists said.", "BERLIN -- "},
		{"HAYWARD, Calif. (AP) — A man was stabbed.", "HAYWARD, Calif. (AP) — "},
		{"PEPA – die elektronische Akte kommt.", ""},
		{"NATO – The alliance met on Tuesday.", ""},
		// Upper-case datelines: the bracket must name an agency too,
		// while a bare known place keeps its reading.
		{"PALM BAY (1-0): Kicker scored twice in the first half.", ""},
		{"MELBOURNE (1-1-1): The keeper made six saves.", ""},
		{"ENGLAND (GROUP A): Qualified with a game to spare.", ""},
		{"UKRAINE (Pool B) - Unbeaten in the pool.", ""},
		{"LYON (Ligue 1) - The club sacked its coach.", ""},
		{"GENEVA (the capital) - x y", ""},
		{"WASHINGTON (AP) — The Senate voted.", "WASHINGTON (AP) — "},
		{"LONDON (Reuters) - Shares rose.", "LONDON (Reuters) - "},
		{"KINSHASA, March 3 (AFP) - Rebels advanced.", "KINSHASA, March 3 (AFP) - "},
		{"BERLIN (dpa) - Die Regierung beschloss.", "BERLIN (dpa) - "},
		{"FRANKFURT (dpa-AFX) - Die Aktien fielen.", "FRANKFURT (dpa-AFX) - "},
		{"ATLANTA (CNN) - A storm hit the coast.", "ATLANTA (CNN) - "},
		{"ATLANTA (CBS46) — A fire closed the road.", "ATLANTA (CBS46) — "},
		{"OAKLAND, Calif. (KTVU FOX 2) - Police searched.", "OAKLAND, Calif. (KTVU FOX 2) - "},
		{"PARIS - The talks resumed.", "PARIS - "},
		{"NAIROBI, Kenya – The port reopened.", "NAIROBI, Kenya – "},
	} {
		n := DatelineLen(tc.s)
		if got := tc.s[:n]; got != tc.want {
			t.Errorf("DatelineLen(%q) reads %q, want %q", tc.s, got, tc.want)
		}
	}
}

func TestDatelineAgencyLike(t *testing.T) {
	for _, tc := range []struct {
		bracket string
		want    bool
	}{
		{" (Reuters)", true},
		{" (AP)", true},
		{" (AFP)", true},
		{" (EFE).", true},
		{" (Wire One)", true},
		{" (CNN Business)", true},
		{" (dpa)", true},
		{" (1-0)", false},
		{" (3-0)", false},
		{" (Group A)", false},
		{" (Pool Play)", false},
		{" (the wire)", false},
		{" (One Two Three Four Five)", false},
		{" ()", false},
		{" (dpa-AFX)", true},
		{" (dpa/AFP)", true},
		{" (CBS46)", true},
		{" (FOX 5)", true},
		{" (WSB-TV 2)", true},
		{" (Ligue 1)", false},
		{" (U-21)", false},
		{" (ACC 5-2)", false},
		{" (GROUP 1)", false},
		{" (GROUP A)", false},
		{" (a-b)", false},
	} {
		if got := datelineAgencyLike(tc.bracket); got != tc.want {
			t.Errorf("datelineAgencyLike(%q) = %v, want %v", tc.bracket, got, tc.want)
		}
	}
}

// ArticleDatelineLen reads the length nlp stored when the article says it
// did, and the text otherwise (an article read back from JSON or the store).
func TestArticleDatelineLen(t *testing.T) {
	const text = "OTTAWA (Newsgraph Wire) - The minister resigned on Monday."
	const want = len("OTTAWA (Newsgraph Wire) - ")
	for _, tc := range []struct {
		name string
		a    model.Article
		want int
	}{
		{"unset: read from the text", model.Article{Text: text}, want},
		{"unset, no dateline", model.Article{Text: "The minister resigned on Monday."}, 0},
		{"set by nlp", model.Article{Text: text, Dateline: want, DatelineKnown: true}, want},
		// Known and zero is an answer, not "unset": the text is not read.
		{"set to none", model.Article{Text: text, DatelineKnown: true}, 0},
	} {
		if got := ArticleDatelineLen(&tc.a); got != tc.want {
			t.Errorf("%s: ArticleDatelineLen = %d, want %d", tc.name, got, tc.want)
		}
	}
}
