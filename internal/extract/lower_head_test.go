package extract

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// checkLowerHead asserts what closeRunawayTitle relies on: lowerHead(s)
// has every ASCII byte of strings.ToLower(s) at the same offset, and no
// ASCII byte where that has none; where the widths differ it is exactly
// strings.ToLower(s).
func checkLowerHead(t *testing.T, s string) {
	t.Helper()
	got, want := lowerHead(s), strings.ToLower(s)
	if len(got) != len(want) {
		t.Fatalf("lowerHead(%q) is %d bytes, strings.ToLower %d", s, len(got), len(want))
	}
	for i := 0; i < len(got); i++ {
		g, w := got[i], want[i]
		if (g < utf8.RuneSelf || w < utf8.RuneSelf) && g != w {
			t.Fatalf("lowerHead(%q)[%d] = %q, strings.ToLower has %q", s, i, g, w)
		}
	}
}

func TestLowerHead(t *testing.T) {
	tests := []struct {
		name, in string
	}{
		{"ascii markup", `<HTML><Head><TITLE>Port Strike Ends</TITLE></head>`},
		{"already lower", `<html><head><title>port strike ends</title>`},
		{"accented letters keep their width", `<TITLE>Évora: São Tomé Talks Resume</TITLE><P>Ärger`},
		{"dotted capital I lowers to an ASCII i", `<TİTLE>x</TİTLE><p>`},
		{"Kelvin sign lowers to an ASCII k", "<title>20 \u212a</title><p>"},
		{"invalid UTF-8 widens to U+FFFD", "<TITLE>a\xff\xfeb</TITLE><P>"},
		{"rune cut at the end of the head", "<title>S\xc3"},
		{"Cyrillic and CJK", `<TITLE>Москва 東京</TITLE><Body>`},
		{"empty", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkLowerHead(t, tt.in) })
	}
}

func FuzzLowerHead(f *testing.F) {
	for _, s := range []string{"<TITLE>Talks</TITLE>", "<TİTLE>", "\u212aelvin", "a\xffB", "Évora <B>x</B>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkLowerHead(t, s) })
}
