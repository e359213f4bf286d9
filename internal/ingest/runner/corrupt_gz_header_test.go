package runner

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/gunzip"
)

// A .gz file whose gzip header is damaged fails its read as a corrupt gzip
// header naming the file, not as a misnamed file read as it is (a warning,
// then "input looks binary"); a .gz file of plain text still is one.
func TestReadFileCorruptGzipHeader(t *testing.T) {
	dir := t.TempDir()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte("Bridge closed\n\nSKOPJE (Wire) - North Macedonia closed the bridge for repairs on Tuesday.\n"))
	zw.Close()
	bad := bytes.Clone(b.Bytes())
	bad[2] = 7
	tests := []struct {
		name        string
		data        []byte
		wantCorrupt bool
		wantWarn    bool
	}{
		{"story.txt.gz", bad, true, false},
		{"feed.jsonl.gz", bad, true, false},
		{"plain.txt.gz", []byte("Bridge closed\n\nSKOPJE (Wire) - the bridge closed.\n"), false, true},
		{"whole.txt.gz", b.Bytes(), false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(dir, tt.name)
			if err := os.WriteFile(p, tt.data, 0o644); err != nil {
				t.Fatal(err)
			}
			var logs bytes.Buffer
			raw, _, err := readFile(context.Background(), p, 1<<20, slog.New(slog.NewTextHandler(&logs, nil)))
			if warned := strings.Contains(logs.String(), "not gzip-compressed"); warned != tt.wantWarn {
				t.Errorf("warned %v, want %v: %s", warned, tt.wantWarn, logs.String())
			}
			if !tt.wantCorrupt {
				if err != nil || !strings.Contains(string(raw), "the bridge") {
					t.Errorf("err %v, want the text read", err)
				}
				return
			}
			if !errors.Is(err, gunzip.ErrCorruptHeader) || !strings.Contains(err.Error(), p) {
				t.Errorf("err = %v, want a corrupt gzip header naming %s", err, p)
			}
		})
	}
}
