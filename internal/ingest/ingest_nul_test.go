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
)

// TestLoadTextWithNULs: a .txt file with a couple of stray NUL bytes is read
// (the NULs dropped, a warning naming the file and the count), while known
// binary formats renamed .txt, and text riddled with NULs, are still refused.
func TestLoadTextWithNULs(t *testing.T) {
	dir := t.TempDir()
	pad := func(n int) []byte { return bytes.Repeat([]byte{'\x01', '\x00', '\x02', '\x00', '\x00'}, n) }
	tests := []struct {
		name     string
		raw      []byte
		wantErr  string // "" = read
		wantText string
		wantNULs string // in the warning, when read
	}{
		{"two NULs in a note", []byte("Port reopens.\x00 The ferry sailed\x00 on Monday."), "", "Port reopens. The ferry sailed on Monday.", "nuls=2"},
		{"one NUL in a report", []byte("The council voted 7-2 to approve\x00 the harbour budget on Tuesday, officials said."), "", "approve the harbour", "nuls=1"},
		{"pdf renamed .txt", append([]byte("%PDF-1.4\n"), pad(20)...), "PDF", "", ""},
		{"zip renamed .txt", append([]byte("PK\x03\x04\x14\x00"), pad(20)...), "ZIP", "", ""},
		{"png renamed .txt", append([]byte("\x89PNG\r\n\x1a\n"), pad(20)...), "PNG", "", ""},
		{"text with a NUL every other byte", []byte(strings.Repeat("a\x00b\x00c", 40)), "NUL", "", ""},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(dir, "note"+string(rune('a'+i))+".txt")
			if err := os.WriteFile(path, tt.raw, 0o600); err != nil {
				t.Fatal(err)
			}
			var logBuf bytes.Buffer
			doc, err := Load(context.Background(), path, Options{Log: slog.New(slog.NewTextHandler(&logBuf, nil))})
			if tt.wantErr != "" {
				if !errors.Is(err, ErrBinary) || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want ErrBinary naming %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("Load: %v", err)
			}
			if strings.ContainsRune(doc.Content, 0) || !strings.Contains(doc.Content, tt.wantText) {
				t.Errorf("content %q, want %q without NULs", doc.Content, tt.wantText)
			}
			logged := logBuf.String()
			if !strings.Contains(logged, "level=WARN") || !strings.Contains(logged, filepath.Base(path)) || !strings.Contains(logged, tt.wantNULs) {
				t.Errorf("warning %q does not name the file and %s", logged, tt.wantNULs)
			}
		})
	}
}
