package gunzip

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"testing"
)

func gzipBytes(t *testing.T, s string) []byte {
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

func TestReader(t *testing.T) {
	one := gzipBytes(t, "OSLO (Wire) - Norway recalled its envoy.\n")
	two := gzipBytes(t, "BERGEN (Wire) - Talks resumed.\n")
	cat := func(parts ...[]byte) []byte { return bytes.Join(parts, nil) }
	tests := []struct {
		name         string
		in           []byte
		want         string
		wantTrailing bool
		wantErr      bool
	}{
		{"one member", one, "OSLO (Wire) - Norway recalled its envoy.\n", false, false},
		{"two members", cat(one, two), "OSLO (Wire) - Norway recalled its envoy.\nBERGEN (Wire) - Talks resumed.\n", false, false},
		{"zero padding", cat(one, make([]byte, 512)), "OSLO (Wire) - Norway recalled its envoy.\n", true, false},
		{"garbage after two members", cat(one, two, []byte("\x00garbage")), "OSLO (Wire) - Norway recalled its envoy.\nBERGEN (Wire) - Talks resumed.\n", true, false},
		{"one stray byte", cat(one, []byte{'\n'}), "OSLO (Wire) - Norway recalled its envoy.\n", true, false},
		{"cut short", one[:len(one)-6], "", false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			trailing := 0
			g, err := NewReader(bytes.NewReader(tt.in), func() { trailing++ })
			if err != nil {
				t.Fatal(err)
			}
			defer g.Close()
			got, err := io.ReadAll(g)
			if tt.wantErr {
				if err == nil || !errors.Is(err, io.ErrUnexpectedEOF) {
					t.Fatalf("err = %v, want unexpected EOF", err)
				}
				return
			}
			if err != nil {
				t.Fatalf("read: %v", err)
			}
			if string(got) != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
			if (trailing == 1) != tt.wantTrailing || trailing > 1 {
				t.Errorf("onTrailing called %d times, want trailing=%v", trailing, tt.wantTrailing)
			}
		})
	}
	if _, err := NewReader(bytes.NewReader([]byte("not gzip")), nil); err == nil {
		t.Error("NewReader accepted a stream that is not gzip")
	}
}
