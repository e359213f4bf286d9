package nlp

import (
	"strings"
	"testing"
)

// TestVietnameseNames checks that a Vietnamese family name the tagger left
// out of a name, or a run it read as an organisation, becomes one person's
// span, and that Romance articles, places and longer names are left alone.
func TestVietnameseNames(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		// The short family name left out of the name.
		{"Police arrested Lê Minh Khuê on Tuesday", "O O O B-PER I-PER O O", "O O B-PER I-PER I-PER O O"},
		{"Vietnamese writer Lê Minh Khuê said", "B-NORP O O B-PER I-PER O", "B-NORP O B-PER I-PER I-PER O"},
		{"Lý Quang Vinh , a lawyer", "O B-PER I-PER O O O", "B-PER I-PER I-PER O O O"},
		{"former president Võ Văn Thưởng resigned", "O O O B-PER I-PER O", "O O B-PER I-PER I-PER O"},
		{"Tô Lâm met officials", "O B-PER O O", "B-PER I-PER O O"},
		// Three Vietnamese syllables read as an organisation or pieces.
		{"Police detained Lý Quang Vinh on Monday", "O O B-ORG B-LOC B-ORG O O", "O O B-PER I-PER I-PER O O"},
		{"Hồ Thị Lan said", "B-ORG I-ORG I-ORG O", "B-PER I-PER I-PER O"},
		// Written without diacritics, before a middle name.
		{"Police arrested Le Van Thanh in Hanoi", "O O O B-PER I-PER O B-LOC", "O O B-PER I-PER I-PER O B-LOC"},
		// Near misses: a French outlet and a French family name, a city,
		// a name with a title begun before it, a plain "Le" without a
		// Vietnamese middle name, a run going on into a longer name.
		{"Le Monde reported that Le Pen spoke", "B-ORG I-ORG O O B-PER I-PER O", "B-ORG I-ORG O O B-PER I-PER O"},
		{"Le Monde reported", "O B-ORG O", "O B-ORG O"},
		{"flew to Hồ Chí Minh City on", "O O B-LOC I-LOC I-LOC I-LOC O", "O O B-LOC I-LOC I-LOC I-LOC O"},
		{"flew to Hồ Chí Minh on", "O O B-LOC I-LOC I-LOC O", "O O B-LOC I-LOC I-LOC O"},
		{"President Lê Minh Khuê said", "B-PER I-PER I-PER I-PER O", "B-PER I-PER I-PER I-PER O"},
		{"the Mai Lan Group said", "O B-ORG I-ORG I-ORG O", "O B-ORG I-ORG I-ORG O"},
		{"Ho Chi Minh said", "O B-PER I-PER O", "O B-PER I-PER O"},
	} {
		ws, tags := strings.Fields(c.words), strings.Fields(c.tags)
		vietnameseNames(ws, tags)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("vietnameseNames(%q) = %s, want %s", c.words, got, c.want)
		}
	}
}

// TestVietnameseArticleNames checks that articleNames keeps a plain
// Vietnamese full name that opens with "Le" a person, while a Romance
// article before an ordinary name still makes an outlet.
func TestVietnameseArticleNames(t *testing.T) {
	none := func(string) bool { return false }
	for _, c := range []struct{ words, tags, want string }{
		{"Le Thi Hoa said", "B-PER I-PER I-PER O", "B-PER I-PER I-PER O"},
		{"police held Le Van Thanh", "O O B-PER I-PER I-PER", "O O B-PER I-PER I-PER"},
		{"Le Figaro said", "B-PER I-PER O", "B-ORG I-ORG O"},
		{"Le Monde Diplomatique said", "B-PER I-PER I-PER O", "B-ORG I-ORG I-ORG O"},
	} {
		ws, tags := strings.Fields(c.words), strings.Fields(c.tags)
		articleNames([][]string{ws}, [][]string{tags}, none, none)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("articleNames(%q) = %s, want %s", c.words, got, c.want)
		}
	}
}
