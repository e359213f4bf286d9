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
	f.Fuzz(func(t *testing.T, s string) {
		a, err := Text(s)
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
