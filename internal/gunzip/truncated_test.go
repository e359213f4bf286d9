package gunzip

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A gzip stream cut short anywhere (in the header, in the deflate data, in
// the trailer, in a later member) fails with ErrTruncated, which still is
// io.ErrUnexpectedEOF; whole streams, trailing garbage and damage that is
// no cut are not called truncated.
func TestTruncatedNamed(t *testing.T) {
	one := gzipBytes(t, strings.Repeat("TALLINN (Wire) - Estonia's parliament approved the budget on Friday.\n", 20))
	two := gzipBytes(t, "RIGA (Wire) - Latvia's president signed the law.\n")
	cat := func(parts ...[]byte) []byte { return bytes.Join(parts, nil) }
	corrupt := append([]byte{0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3}, "not deflate data at all"...)
	tests := []struct {
		name          string
		in            []byte
		wantTruncated bool
		wantErr       bool
	}{
		{"header cut", one[:5], true, true},
		{"deflate data cut", one[:len(one)/2], true, true},
		{"trailer cut", one[:len(one)-3], true, true},
		{"second member cut", cat(one, two[:len(two)-10]), true, true},
		{"second member's header cut", cat(one, two[:6]), true, true},
		{"whole", cat(one, two), false, false},
		{"trailing garbage", cat(one, []byte("\x00\x00junk")), false, false},
		{"corrupt deflate data", corrupt, false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var err error
			g, err := NewReader(bytes.NewReader(tt.in), nil)
			if err == nil {
				_, err = io.ReadAll(g)
				g.Close()
			}
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, want an error: %v", err, tt.wantErr)
			}
			if got := errors.Is(err, ErrTruncated); got != tt.wantTruncated {
				t.Fatalf("err = %v: ErrTruncated %v, want %v", err, got, tt.wantTruncated)
			}
			if tt.wantTruncated && (!errors.Is(err, io.ErrUnexpectedEOF) || !strings.Contains(err.Error(), "cut short")) {
				t.Errorf("err = %v, want it to wrap io.ErrUnexpectedEOF and say the data was cut short", err)
			}
		})
	}
}

// FuzzReader reads arbitrary bytes as gzip (no panic, no hang), and reads
// a gzip stream of the fuzzed text cut at a fuzzed length: what it gives is
// a prefix of the text, and it fails, with ErrTruncated, exactly when the
// cut removed bytes.
func FuzzReader(f *testing.F) {
	f.Add([]byte("PARIS (Wire) - France's senate passed the bill."), uint16(10))
	f.Add([]byte(""), uint16(0))
	f.Add([]byte("\x1f\x8b\x08"), uint16(3))
	if seeds, _ := filepath.Glob(filepath.Join("testdata", "*")); len(seeds) > 0 {
		for _, p := range seeds {
			if b, err := os.ReadFile(p); err == nil && len(b) < 1<<16 {
				f.Add(b, uint16(len(b)/2))
			}
		}
	}
	f.Fuzz(func(t *testing.T, text []byte, cut uint16) {
		// Arbitrary bytes: any outcome but a panic.
		if g, err := NewReader(bytes.NewReader(text), nil); err == nil {
			io.ReadAll(io.LimitReader(g, 1<<20))
			g.Close()
		}

		var b bytes.Buffer
		zw := gzip.NewWriter(&b)
		zw.Write(text)
		zw.Close()
		whole := b.Bytes()
		n := min(int(cut), len(whole))
		var got []byte
		g, err := NewReader(bytes.NewReader(whole[:n]), nil)
		if err == nil {
			got, err = io.ReadAll(g)
			g.Close()
		}
		if !bytes.HasPrefix(text, got) {
			t.Fatalf("read %q, not a prefix of %q", got, text)
		}
		switch {
		case n == len(whole) && (err != nil || !bytes.Equal(got, text)):
			t.Fatalf("whole stream: err %v, read %q, want %q", err, got, text)
		case n < len(whole) && n > 0 && !errors.Is(err, ErrTruncated):
			t.Fatalf("stream cut at %d of %d: err %v, want ErrTruncated", n, len(whole), err)
		}
	})
}
