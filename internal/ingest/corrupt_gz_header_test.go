package ingest

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/gunzip"
)

// A file that opens with gzip's magic bytes but a damaged header is said to
// have a corrupt gzip header, naming the file, with no "not
// gzip-compressed" warning and no "input looks binary" (both sent the
// reader after the wrong defect). A .gz file that is plain text is still
// read with the warning, and a good one is read.
func TestLoadCorruptGzipHeader(t *testing.T) {
	dir := t.TempDir()
	good := gzipped(t, "Dam inspected\n\nTIRANA (Wire) - Albania's engineers inspected the dam on Friday, the ministry said.\n")
	method := bytes.Clone(good)
	method[2] = 9
	stored := bytes.Clone(good)
	stored[2] = 0
	tests := []struct {
		name        string
		data        []byte
		wantCorrupt bool
		wantWarn    bool
	}{
		{"story.txt.gz", method, true, false},
		{"page.html.GZ", stored, true, false},
		{"saved-download", method, true, false}, // no .gz name: known by its bytes
		{"plain.txt.gz", []byte("Dam inspected\n\nTIRANA (Wire) - Albania's engineers inspected the dam.\n"), false, true},
		{"whole.txt.gz", good, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(dir, tt.name)
			if err := os.WriteFile(p, tt.data, 0o644); err != nil {
				t.Fatal(err)
			}
			var logs bytes.Buffer
			doc, err := Load(context.Background(), p, Options{Log: slog.New(slog.NewTextHandler(&logs, nil))})
			if warned := strings.Contains(logs.String(), "not gzip-compressed"); warned != tt.wantWarn {
				t.Errorf("warned %v, want %v: %s", warned, tt.wantWarn, logs.String())
			}
			if !tt.wantCorrupt {
				if err != nil || !strings.Contains(doc.Content, "inspected the dam") {
					t.Errorf("err %v, want the text read", err)
				}
				return
			}
			if !errors.Is(err, gunzip.ErrCorruptHeader) || errors.Is(err, ErrBinary) || !strings.Contains(err.Error(), p) || !strings.Contains(err.Error(), "corrupt gzip header") {
				t.Errorf("err = %v, want a corrupt gzip header (not binary) naming %s", err, p)
			}
		})
	}
	// JSON lines read from a stream: one error for the file.
	n := 0
	for _, err := range JSONLDocuments(bytes.NewReader(method), "wire.jsonl", JSONLOptions{}) {
		n++
		if !errors.Is(err, gunzip.ErrCorruptHeader) {
			t.Errorf("JSONL: err %v, want a corrupt gzip header", err)
		}
	}
	if n != 1 {
		t.Errorf("JSONL: %d results, want one error", n)
	}
}
