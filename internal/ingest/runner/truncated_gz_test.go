package runner

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/gunzip"
)

// A .gz file cut short fails its read with an error that names the file and
// says the gzip data was cut short (it said only "unexpected EOF"); the
// same file whole is read.
func TestReadFileTruncatedGzip(t *testing.T) {
	dir := t.TempDir()
	gz := func(s string) []byte { return gzipBytes(t, []byte(s)) }
	page := gz("<html><head><title>Port reopens</title></head><body><p>GDANSK (Wire) - Poland's largest port reopened on Monday after a two-day strike, its operator said.</p></body></html>")
	text := gz(strings.Repeat("Budget passes\n\nVILNIUS (Wire) - Lithuania's parliament passed the budget on Thursday.\n", 30))
	tests := []struct {
		name    string
		data    []byte
		wantCut bool
	}{
		{"page.html.gz", page[:len(page)-20], true},
		{"story.txt.gz", text[:len(text)/3], true},
		{"header.txt.gz", text[:6], true},
		{"whole.html.gz", page, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(dir, tt.name)
			if err := os.WriteFile(p, tt.data, 0o644); err != nil {
				t.Fatal(err)
			}
			raw, _, err := readFile(context.Background(), p, 1<<20, nil)
			if !tt.wantCut {
				if err != nil || len(raw) == 0 {
					t.Fatalf("whole file: %d bytes, err %v", len(raw), err)
				}
				return
			}
			if !errors.Is(err, gunzip.ErrTruncated) || !strings.Contains(err.Error(), p) || !strings.Contains(err.Error(), "cut short") {
				t.Errorf("err = %v, want ErrTruncated naming %s and saying the data was cut short", err, p)
			}
		})
	}
}
