package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzText feeds arbitrary text to the plain-text extractor: it must never
// panic, and what it returns must be clean UTF-8 with no empty or
// untrimmed paragraphs.
func FuzzText(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "text", "*.txt"))
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b))
		}
	}
	f.Add("")
	f.Add("\r\n\r\n")
	f.Add("• \n- \n1. \n# \n===\n")
	f.Add("By \n\nTags: ,,,\n\n(Photo: )\n")
	f.Add("a-\nb\n\xff\xfe\x00")
	// Header clocks and datelines whose zones are placed (textIn).
	f.Add("Title here\n\nPublished: 30 July 2021 14:05 GMT+2 | Updated 30 July 2021 16:20 UTC-11\n\nSEOUL, July 30 (Yonhap) -- Body text follows.")
	f.Add("T\n\nDate: Fri, 30 Jul 2021 14:05:00 +0200\n\nPORT-AU-PRINCE, Haiti (AP) — x.")
	f.Add("T\n\n2021-07-30 14:05\n\nBOGOTÁ, Jan. 4 -- x")
	f.Add("T\n\n2021-07-30 14:05\n\nPanama City, March 12 (Meridiano) - x")
	f.Add("T\n\nKabul [Afghanistan], March 10 (Wire):\n\nx y z.")
	// A header block (text_header.go): mail fields, encoded words, folded lines.
	f.Add("From: =?UTF-8?Q?A=C3=A9?= <a@b>\nSubject: Re: x\n folded\nDate: Fri, 30 Jul 2021 14:05:00 +0200\nX-Y: z\n\nBody text.")
	f.Add("Title: x\n\nByline: y\n\nSection: z\n\n")
	f.Fuzz(func(t *testing.T, s string) {
		a, err := textIn(s, []string{"https://example.com/a"}, []string{"en"})
		if err != nil {
			t.Fatalf("Text returned error: %v", err)
		}
		for _, p := range append(append(append([]string{a.Title, a.Byline}, a.Paragraphs...), a.Captions...), a.Tags...) {
			if !utf8.ValidString(p) {
				t.Fatalf("invalid UTF-8 in output: %q", p)
			}
			if strings.ContainsAny(p, "\n\r\x00") {
				t.Fatalf("line break or NUL in output field: %q", p)
			}
		}
		for _, p := range a.Paragraphs {
			if p == "" || p != strings.TrimSpace(p) {
				t.Fatalf("empty or untrimmed paragraph %q", p)
			}
		}
	})
}
