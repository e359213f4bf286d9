package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// vietFamilyNames are Vietnamese family names written with their
// diacritics. Many are one short syllable ("Lê", "Lý", "Võ", "Hồ"), and the
// tagger, which learnt that a capitalised word of two letters is seldom a
// name, leaves them out of the name they begin ("Police arrested Lê [Minh
// Khuê]") or reads the run as an organisation.
var vietFamilyNames = wordSet(`Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý
	Tô Mai Trương Đinh Lâm Đào Trịnh Đoàn Lương Hà Cao Tạ Chu Lưu Tôn Vương Thái Quách Hứa Kiều Doãn
	Khúc Từ Mạc Phí Lã Triệu Giang Kha Lò`)

// vietPlainFamilyNames are the short family names written without
// diacritics, as much English copy does ("Le Minh Khue"). Without the
// marks they are ordinary words of other languages ("Le Monde", "Ho"),
// so they join a name only before a Vietnamese middle name.
var vietPlainFamilyNames = wordSet(`Le Ly Vo Vu Ho Mai Ngo Bui Dang Dinh Trinh Doan Luong Duong`)

// vietMiddleNames are the middle names that mark a Vietnamese full name:
// "Văn" and "Thị" above all, and the common second syllables.
var vietMiddleNames = wordSet(`Văn Van Thị Thi Minh Quang Đức Duc Hữu Huu Xuân Xuan Ngọc Ngoc Thanh
	Hồng Hong Công Cong Đình Dinh Trọng Trong Quốc Quoc Tấn Tan Như Nhu Thu Anh Hoài Hoai`)

// vietNameStops are capitalised words that make a run a place's or a
// body's name rather than a person's ("Hồ Chí Minh City").
var vietNameStops = wordSet(`city province district street road bridge airport port river lake
	bay island islands square park university hospital bank company group party committee ministry
	court pagoda temple market station`)

// vietnameseMarked reports whether w carries a letter only Vietnamese
// writes: a vowel with a hook or a dot below, or "ă", "đ", "ơ", "ư", and
// the composed tone-marked vowels of the Latin Extended Additional block.
func vietnameseMarked(w string) bool {
	for _, r := range w {
		switch {
		case r >= 0x1EA0 && r <= 0x1EF9:
			return true
		case strings.ContainsRune("ăĂđĐơƠưƯĩĨũŨ", r):
			return true
		}
	}
	return false
}

// vietNameWord reports whether w can be a syllable of a Vietnamese name:
// capitalised, letters only, one short syllable, not a place's or a body's
// head word.
func vietNameWord(w string) bool {
	n := utf8.RuneCountInString(w)
	if n < 2 || n > 7 || !capitalised(w) || vietNameStops[strings.ToLower(w)] || functionWords[strings.ToLower(w)] {
		return false
	}
	upper := 0
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
		if unicode.IsUpper(r) {
			upper++
		}
	}
	return upper == 1
}

// vietnameseNames makes a Vietnamese full name one person's span when the
// tagger dropped its short family name or read the run as an organisation:
// "Police arrested [Lê Minh Khuê]", "[Lý Quang Vinh], a lawyer, said". The
// run is a family name (with its diacritics, or written plain before a
// middle name such as "Van" or "Thi") followed by one to three name
// syllables and no further capitalised word. A run that goes on into a
// place's or a body's name ("Hồ Chí Minh City"), or that a span from before
// it runs into, is left alone; so are "Le Monde" and "Le Pen", which have
// no Vietnamese middle name.
func vietnameseNames(words, tags []string) {
	for i := 0; i+1 < len(words); i++ {
		f := words[i]
		strong := vietFamilyNames[f]
		if !strong && !vietPlainFamilyNames[f] {
			continue
		}
		if strings.HasPrefix(tags[i], "I-") {
			continue // inside a name begun before it
		}
		j := i + 1
		for j < len(words) && j-i < 4 && vietNameWord(words[j]) {
			j++
		}
		if j == i+1 || j < len(words) && capitalised(words[j]) && hasAlnum(words[j]) {
			continue
		}
		marked, middle := false, vietMiddleNames[words[i+1]]
		for k := i + 1; k < j; k++ {
			marked = marked || vietnameseMarked(words[k])
		}
		if !strong && (!middle || j-i < 3) {
			continue
		}
		if j < len(tags) && strings.HasPrefix(tags[j], "I-") {
			continue // a span running on past the run
		}
		person := tags[i+1] == "B-PER"
		for k := i + 2; k < j && person; k++ {
			person = tags[k] == "I-PER"
		}
		switch {
		case person:
			// The tagger found the given names; the family name joins.
		case strong && (marked || middle) && j-i >= 3 && !(tags[i] == "B-LOC" && allInside(tags[i+1:j], "LOC")):
			// A run of three Vietnamese syllables read as an organisation
			// or split into pieces is a person; one the tagger read whole
			// as a place ("Hồ Chí Minh" the city) stays a place.
		default:
			continue
		}
		setSpan(tags, i, j, "PER")
		i = j - 1
	}
}

// allInside reports whether every tag in ts is "I-"+typ.
func allInside(ts []string, typ string) bool {
	for _, t := range ts {
		if !isInside(t, typ) {
			return false
		}
	}
	return true
}

// vietnameseFullName reports whether ws is a Vietnamese full name written
// without diacritics: a plain family name that is also a Romance article
// ("Le"), a Vietnamese middle name and one or two more syllables ("Le Van
// Thanh", "Le Thi Hoa"). articleNames keeps such a span a person.
func vietnameseFullName(ws []string) bool {
	if len(ws) < 3 || len(ws) > 4 || !vietPlainFamilyNames[ws[0]] && !vietFamilyNames[ws[0]] || !vietMiddleNames[ws[1]] {
		return false
	}
	for _, w := range ws[1:] {
		if !vietNameWord(w) {
			return false
		}
	}
	return true
}
