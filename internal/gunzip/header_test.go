package gunzip

import (
	"bytes"
	"errors"
	"io"
	"testing"
)

// Bytes that open with gzip's magic but start no member are a corrupt
// header (or a file cut after the magic), not "no gzip"; a good member and
// bytes that are no gzip at all are no error here.
func TestHeaderError(t *testing.T) {
	good := gzipBytes(t, "LISBON (Wire) - Portugal's parliament passed the budget.\n")
	withMethod := func(m byte) []byte {
		b := bytes.Clone(good)
		b[2] = m
		return b
	}
	tests := []struct {
		name string
		in   []byte
		want error
	}{
		{"good member", good, nil},
		{"plain text", []byte("LISBON (Wire) - Portugal's parliament passed the budget."), nil},
		{"one magic byte", []byte{0x1f, 'a', 'b'}, nil},
		{"compress (.Z) magic", []byte{0x1f, 0x9d, 0x90}, nil},
		{"empty", nil, nil},
		{"method 7", withMethod(7), ErrCorruptHeader},
		{"method 0 (stored)", withMethod(0), ErrCorruptHeader},
		{"method 0xff", withMethod(0xff), ErrCorruptHeader},
		{"magic only", []byte{0x1f, 0x8b}, ErrTruncated},
	}
	for _, tc := range tests {
		err := HeaderError(tc.in)
		if tc.want == nil {
			if err != nil {
				t.Errorf("%s: %v, want none", tc.name, err)
			}
			continue
		}
		if !errors.Is(err, tc.want) {
			t.Errorf("%s: %v, want %v", tc.name, err, tc.want)
		}
	}
}

// A header the decompressor refuses (here a header checksum that fails)
// is ErrCorruptHeader too.
func TestReaderCorruptHeader(t *testing.T) {
	b := gzipBytes(t, "x")
	// FHCRC: a two-byte header checksum follows the 10-byte header; give
	// one that cannot match.
	hdr := append(bytes.Clone(b[:10]), 0xde, 0xad)
	hdr[3] |= 0x02
	in := append(hdr, b[10:]...)
	_, err := NewReader(bytes.NewReader(in), nil)
	if !errors.Is(err, ErrCorruptHeader) {
		t.Errorf("bad header checksum: %v, want %v", err, ErrCorruptHeader)
	}
	// A second member with a damaged header ends the stream as trailing
	// garbage does not: it is refused.
	two := append(bytes.Clone(b), in...)
	r, err := NewReader(bytes.NewReader(two), nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.ReadAll(r); !errors.Is(err, ErrCorruptHeader) {
		t.Errorf("second member with a bad header checksum: %v, want %v", err, ErrCorruptHeader)
	}
}
