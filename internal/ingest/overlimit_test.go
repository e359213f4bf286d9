package ingest

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// An input over the size limit, a file or standard input, is read as far
// as the limit, marked cut (HintTruncated, with the file's whole size when
// known) and warned about, as a WARC record over the limit is; it was an
// error that lost the whole article. A UTF-8 character the cut splits is
// left out, not read as a replacement character.
func TestLoadOverLimit(t *testing.T) {
	story := "QUITO, Feb 9 (Reuters) - The electoral council said on Sunday the presidential run-off would be held on April 13. "
	const limit = 1000
	// The cut falls inside the three bytes of a curly apostrophe.
	head := strings.Repeat(story, 20)[:limit-1]
	raw := []byte(head + "’s " + strings.Repeat(story, 20))
	dir := t.TempDir()
	path := filepath.Join(dir, "long.txt")
	if err := os.WriteFile(path, raw, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name, src string
		stdin     []byte
		note      string
	}{
		{"file", path, nil, fmt.Sprintf("its first %d of %d bytes were read", limit, len(raw))},
		{"standard input", "-", raw, fmt.Sprintf("its first %d bytes were read", limit)},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var logs bytes.Buffer
			opts := Options{MaxBytes: limit, Log: slog.New(slog.NewTextHandler(&logs, nil))}
			if tt.stdin != nil {
				opts.Stdin = bytes.NewReader(tt.stdin)
			}
			doc, err := Load(context.Background(), tt.src, opts)
			if err != nil {
				t.Fatal(err)
			}
			if len(doc.Raw) != limit-1 || doc.Content != head {
				t.Errorf("read %d bytes ending %q; want the %d before the split apostrophe", len(doc.Raw), doc.Content[max(0, len(doc.Content)-20):], limit-1)
			}
			if note := doc.Hints[model.HintTruncated]; !strings.Contains(note, tt.note) {
				t.Errorf("mark %q, want %q", note, tt.note)
			}
			if !strings.Contains(logs.String(), "over the size limit") || strings.Contains(logs.String(), "U+FFFD") {
				t.Errorf("log %q, want the cut warned about and nothing replaced", logs.String())
			}
		})
	}
	// At the limit exactly, the input is whole.
	doc, err := Load(context.Background(), path, Options{MaxBytes: int64(len(raw))})
	if err != nil || doc.Hints[model.HintTruncated] != "" || len(doc.Raw) != len(raw) {
		t.Errorf("at the limit: %v, hints %v", err, doc.Hints)
	}
}
