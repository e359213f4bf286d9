package ingest

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

// A gzip member damaged in the middle of a file is corrupt, not
// truncated, and the error says where it sits (its header never
// decompressed, so it has no record ID): the member's number and the
// record before it. The records on either side are read.
func TestWARCCorruptMemberSaysWhere(t *testing.T) {
	recs := testWARCRecords()
	members := make([][]byte, len(recs))
	for i, r := range recs {
		members[i] = gzipMembers([][]byte{r})
	}
	flip := func(m []byte, from, to int) []byte {
		b := append([]byte(nil), m...)
		for i := from; i < to; i++ {
			b[i] ^= 0x5a
		}
		return b
	}
	tests := []struct {
		name      string
		bad       int    // the member damaged (rec-2 is the fourth)
		data      []byte // its damaged bytes
		wantDocs  int
		wantKind  error
		wantPlace string
	}{
		// Deflate data that does not inflate, from the header on.
		{"bytes flipped", 3, flip(members[3], 20, len(members[3])-10), 2, ErrWARCCorrupt, "gzip member 4, after record urn:uuid:rec-1"},
		// The data inflates but the checksum in the trailer is wrong:
		// the record was read whole, and the member's end says so.
		{"bad checksum", 2, flip(members[2], len(members[2])-8, len(members[2])-4), 3, ErrWARCCorrupt, "gzip member 3, after record urn:uuid:rec-1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var file []byte
			for i, m := range members {
				if i == tt.bad {
					m = tt.data
				}
				file = append(file, m...)
			}
			res := readAllWARC(t, file)
			if len(res.sources) < tt.wantDocs {
				t.Errorf("docs %v, want at least %d (the records after the bad member are read)", res.sources, tt.wantDocs)
			}
			if !strings.Contains(strings.Join(res.sources, " "), "rec-5") {
				t.Errorf("docs %v: the last page (rec-5), after the bad member, was lost", res.sources)
			}
			if len(res.errs) != 1 {
				t.Fatalf("errs %v, want one for the damaged member (the bytes skipped after it are its own)", res.errs)
			}
			for _, err := range res.errs {
				if errors.Is(err, ErrWARCTruncated) {
					t.Errorf("%v: a damaged member in the middle is no truncation", err)
				}
			}
			if tt.wantKind != nil && !errors.Is(res.errs[0], tt.wantKind) {
				t.Errorf("error %v, want %v", res.errs[0], tt.wantKind)
			}
			if tt.wantPlace != "" && !strings.Contains(res.errs[0].Error(), tt.wantPlace) {
				t.Errorf("error %q does not say %q", res.errs[0], tt.wantPlace)
			}
		})
	}
	// Near miss: the same members undamaged give no error at all, and a
	// gzip WARC cut short at its end is still truncated.
	clean := bytes.Join(members, nil)
	if res := readAllWARC(t, clean); len(res.errs) != 0 || len(res.sources) != 3 {
		t.Errorf("clean: docs %v errs %v", res.sources, res.errs)
	}
	res := readAllWARC(t, clean[:len(clean)-len(members[7])-len(members[6])/2])
	if len(res.errs) != 1 || !errors.Is(res.errs[0], ErrWARCTruncated) {
		t.Errorf("cut at the end: errs %v, want one truncated", res.errs)
	}
}

// Bytes between gzip members that are no member (junk from a bad copy) are
// skipped to the next member, and said: before, a page written
// uncompressed into a .warc.gz vanished without a word (it is read now:
// TestWARCUncompressedRecordInGzip). The members on either side are read.
func TestWARCStrayBytesBetweenMembers(t *testing.T) {
	recs := testWARCRecords()
	tests := []struct {
		name  string
		stray []byte
	}{
		{"record cut to its headers", recs[3][100:]},
		{"junk", []byte("junk from a bad copy\n")},
		{"zeros", make([]byte, 512)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			file := bytes.Join([][]byte{gzipMembers(recs[:3]), tt.stray, gzipMembers(recs[4:])}, nil)
			res := readAllWARC(t, file)
			if len(res.sources) != 2 {
				t.Errorf("docs %v, want rec-1 and rec-5", res.sources)
			}
			if len(res.errs) != 1 {
				t.Fatalf("errs %v, want one for the stray bytes", res.errs)
			}
			if msg := res.errs[0].Error(); !strings.Contains(msg, "not gzip") || !strings.Contains(msg, "after gzip member 3 (record urn:uuid:rec-1)") {
				t.Errorf("error %q: want the skipped bytes and where they were", msg)
			}
		})
	}
	// At the end of the file too: the page before them is read, and
	// they are said.
	res := readAllWARC(t, append(gzipMembers(recs[:3]), "trailing junk\n"...))
	if len(res.sources) != 1 || len(res.errs) != 1 || !strings.Contains(res.errs[0].Error(), "14 bytes that are not gzip") {
		t.Errorf("trailing junk: docs %v errs %v", res.sources, res.errs)
	}
}
