package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/gunzip"
)

func gzipped(t *testing.T, s string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	if _, err := zw.Write([]byte(s)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// Gzip cut short is said to be cut short, naming the document, and is not
// called binary ("input looks binary, not text or HTML (corrupt gzip:
// unexpected EOF)" sent the reader after the wrong defect); gzip whose
// data is damaged, not cut, is still corrupt, binary.
func TestLoadTruncatedGzip(t *testing.T) {
	dir := t.TempDir()
	page := gzipped(t, "<html><head><title>Strike ends</title></head><body><p>ZAGREB (Wire) - Croatia's rail workers ended a three-day strike on Sunday, their union said.</p></body></html>")
	text := gzipped(t, strings.Repeat("Vote delayed\n\nBRATISLAVA (Wire) - Slovakia's parliament delayed the vote on Wednesday.\n", 40))
	corrupt := append([]byte{0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3}, "not deflate data at all"...)
	tests := []struct {
		name       string
		data       []byte
		wantCut    bool
		wantBinary bool
	}{
		{"page.html.gz", page[:len(page)-12], true, false},
		{"story.txt.gz", text[:len(text)/2], true, false},
		{"saved-download", text[:len(text)-30], true, false}, // no .gz name: recognised by its bytes
		{"corrupt.html.gz", corrupt, false, true},
		{"whole.html.gz", page, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(dir, tt.name)
			if err := os.WriteFile(p, tt.data, 0o644); err != nil {
				t.Fatal(err)
			}
			doc, err := Load(context.Background(), p, Options{})
			switch {
			case tt.wantCut:
				if !errors.Is(err, gunzip.ErrTruncated) || errors.Is(err, ErrBinary) || !strings.Contains(err.Error(), p) {
					t.Errorf("err = %v, want ErrTruncated (not ErrBinary) naming %s", err, p)
				}
			case tt.wantBinary:
				if !errors.Is(err, ErrBinary) || errors.Is(err, gunzip.ErrTruncated) {
					t.Errorf("err = %v, want ErrBinary, not ErrTruncated", err)
				}
			default:
				if err != nil || !strings.Contains(doc.Content, "rail workers") {
					t.Errorf("whole file: err %v", err)
				}
			}
		})
	}
}

// A gzip-compressed JSON lines file cut short keeps the articles of its
// whole lines and fails the cut line once, saying the file was cut short
// once (the gzip reader's words and the line reader's said it twice).
func TestJSONLTruncatedGzipSaysItOnce(t *testing.T) {
	var lines []string
	for _, city := range []string{"Tartu", "Kaunas", "Daugavpils", "Narva", "Klaipeda", "Parnu"} {
		lines = append(lines, `{"title":"Council meets in `+city+`","text":"The city council of `+city+` approved a new bus network on Tuesday, its mayor said. `+strings.Repeat("The plan adds routes. ", 20)+`"}`)
	}
	data := gzipped(t, strings.Join(lines, "\n")+"\n")
	docs, errs := 0, []string{}
	for doc, err := range JSONLDocuments(bytes.NewReader(data[:len(data)-25]), "news.jsonl.gz", JSONLOptions{}) {
		if err != nil {
			errs = append(errs, err.Error())
			continue
		}
		if doc != nil {
			docs++
		}
	}
	if docs == 0 || len(errs) != 1 || strings.Count(errs[0], "cut short") != 1 {
		t.Fatalf("docs %d, errors %q: want the whole lines read and one error saying 'cut short' once", docs, errs)
	}
}
