package store

import "testing"

func TestFoldName(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"  Türkiye ", "turkiye"},
		{"TÜRKIYE", "turkiye"},
		{"Recep Tayyip Erdoğan", "recep tayyip erdogan"},
		{"São Paulo", "sao paulo"},
		{"Mélanie Joly", "melanie joly"},
		{"MÉLANIE JOLY", "melanie joly"},
		{"Łódź", "lodz"},
		{"Søren", "soren"},
		{"İstanbul", "istanbul"},
		{"Straße", "strasse"},
		{"ΑΘΉΝΑ", "αθηνα"},
		{"서울", "서울"},
		{"Angela Merkel", "angela merkel"},
		{"", ""},
	} {
		if got := FoldName(tc.in); got != tc.want {
			t.Errorf("FoldName(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestFoldNameASCII: for ASCII, FoldName is the trimmed lower case that
// keys of older stores were written in (codec.KeyLower).
func TestFoldNameASCII(t *testing.T) {
	for _, s := range []string{"USA.GOV", " Kim Jong Un ", "name:x", "A-Z 0-9 _"} {
		want := ""
		for _, c := range []byte(s) {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			want += string(c)
		}
		if got, w := FoldName(s), trimASCII(want); got != w {
			t.Errorf("FoldName(%q) = %q, want %q", s, got, w)
		}
	}
}

func trimASCII(s string) string {
	for len(s) > 0 && s[0] == ' ' {
		s = s[1:]
	}
	for len(s) > 0 && s[len(s)-1] == ' ' {
		s = s[:len(s)-1]
	}
	return s
}
