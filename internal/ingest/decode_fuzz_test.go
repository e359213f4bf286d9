package ingest

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/gunzip"
	"github.com/newsgraph/newsgraph/internal/model"
)

// FuzzPrepare feeds arbitrary bytes and content types to the decoder: it
// must never panic, every failure must be one of the documented errors, and
// every success must give non-blank valid UTF-8 with a charset and a format.
func FuzzPrepare(f *testing.F) {
	var seeds []string
	for _, pat := range []string{
		filepath.Join("testdata", "decode", "*"),
		filepath.Join("..", "extract", "testdata", "text", "*.txt"),
	} {
		m, _ := filepath.Glob(pat)
		seeds = append(seeds, m...)
	}
	for _, p := range seeds {
		if b, err := os.ReadFile(p); err == nil && len(b) < 1<<16 {
			f.Add(b, "")
			f.Add(b, "text/html; charset=utf-8")
		}
	}
	f.Add([]byte{}, "")
	f.Add([]byte("\xff\xfe"), "")
	f.Add([]byte("\x1f\x8b\x08"), "")
	f.Add([]byte("<meta charset=shift_jis>\x82\xa0"), "text/html; charset=bogus")
	f.Add([]byte("<?xml version='1.0' encoding='utf-16'?><a/>"), "application/xml")
	f.Add([]byte("The ferry\x00 ran again\x00 on Monday, the port said."), "")
	f.Add([]byte("\x1f\x04\x3e\x04\x40\x04\x42\x04 \x00\x3e\x04\x42\x04\x3a\x04\x40\x04\x4b\x04\x42\x04"), "")
	f.Add([]byte("The ferry to the isl\xe0and resumed service."), "")
	f.Fuzz(func(t *testing.T, raw []byte, ctype string) {
		doc := &model.Document{Raw: raw, ContentType: ctype}
		err := PrepareLimit(doc, 1<<20)
		if err != nil {
			if !errors.Is(err, ErrEmpty) && !errors.Is(err, ErrBinary) && !errors.Is(err, ErrTooLarge) && !errors.Is(err, ErrFeed) && !errors.Is(err, ErrJSON) && !errors.Is(err, ErrXML) && !errors.Is(err, gunzip.ErrTruncated) && !strings.HasPrefix(err.Error(), "decode ") {
				t.Fatalf("undocumented error: %v", err)
			}
			return
		}
		if !utf8.ValidString(doc.Content) || strings.TrimSpace(doc.Content) == "" {
			t.Fatalf("bad content %q", doc.Content)
		}
		if doc.Charset == "" || (doc.Format != model.FormatText && doc.Format != model.FormatHTML) {
			t.Fatalf("charset %q format %q", doc.Charset, doc.Format)
		}
		// A text read as ASCII-compatible bytes keeps none of its stray
		// NULs (UTF-16 and UTF-32 may encode U+0000 itself).
		if !strings.HasPrefix(doc.Charset, "utf-16") && !strings.HasPrefix(doc.Charset, "utf-32") && strings.ContainsRune(doc.Content, 0) {
			t.Fatalf("NUL kept in %s content %q", doc.Charset, doc.Content)
		}
	})
}
