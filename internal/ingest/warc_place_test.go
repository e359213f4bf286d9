package ingest

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
)

// A record's error places it in its file (RecordError.Record and Offset,
// and the same in the message), so that it can be found and cut out: in a
// plain WARC the byte of its version line, in a .warc.gz the byte of the
// gzip member that holds it. The place stays right after the reader read
// bytes again (a Content-Length too long that ran into the next record)
// and after a broken gzip member (what its decompressor swallowed is read
// again).
func TestWARCErrorPlace(t *testing.T) {
	recs := testWARCRecords()
	badLength := func(rec []byte) []byte {
		return bytes.Replace(rec, []byte("Content-Length: "), []byte("Content-Length: x"), 1)
	}
	// rec-2's length runs 300 bytes into rec-5, which is read again; then
	// a record whose length is no number, with the ID of rec-1's.
	plain := [][]byte{recs[2], withContentLength(t, recs[3], +300), recs[6], badLength(recs[2]), recs[6]}
	t.Run("plain", func(t *testing.T) {
		data := bytes.Join(plain, nil)
		errs := readWARCErrors(t, data)
		if len(errs) != 2 {
			t.Fatalf("errs %v, want two", errs)
		}
		for i, want := range []struct {
			rec int
			at  int
		}{{2, len(plain[0])}, {4, len(plain[0]) + len(plain[1]) + len(plain[2])}} {
			e := errs[i]
			if e.Record != want.rec || e.Offset != int64(want.at) {
				t.Errorf("%v: record %d at %d, want record %d at %d", e, e.Record, e.Offset, want.rec, want.at)
			}
			if !bytes.HasPrefix(data[e.Offset:], []byte("WARC/1.1\r\n")) {
				t.Errorf("%v: no record starts at byte %d", e, e.Offset)
			}
			if place := fmt.Sprintf("(record %d at byte %d)", want.rec, want.at); !strings.Contains(e.Error(), place) {
				t.Errorf("message %q does not say %q", e, place)
			}
		}
	})
	t.Run("gzip members", func(t *testing.T) {
		// The third member is cut short: its decompressor reads on into
		// the fourth, whose bytes are read again.
		members := make([][]byte, len(plain))
		for i, r := range plain {
			members[i] = gzipMembers([][]byte{r})
		}
		members[2] = members[2][:len(members[2])/2]
		data := bytes.Join(members, nil)
		errs := readWARCErrors(t, data)
		if len(errs) != 3 {
			t.Fatalf("errs %v, want three (rec-2's length, the cut member, the bad length)", errs)
		}
		bad := errs[2]
		if want := int64(len(members[0]) + len(members[1]) + len(members[2])); bad.Offset != want || bad.Record != 4 {
			t.Errorf("%v: record %d at byte %d, want record 4 at byte %d", bad, bad.Record, bad.Offset, want)
		}
		zr, err := gzip.NewReader(bytes.NewReader(data[bad.Offset:]))
		if err != nil {
			t.Fatalf("no gzip member at byte %d: %v", bad.Offset, err)
		}
		zr.Multistream(false)
		if got, _ := io.ReadAll(zr); !bytes.Equal(got, plain[3]) {
			t.Errorf("the member at byte %d does not hold the bad record", bad.Offset)
		}
		if !strings.Contains(bad.Error(), fmt.Sprintf("(record 4, gzip member 4 at byte %d)", bad.Offset)) {
			t.Errorf("message %q does not place the member", bad)
		}
	})
	t.Run("gzip whole file", func(t *testing.T) {
		errs := readWARCErrors(t, gzipMembers([][]byte{bytes.Join(plain, nil)}))
		if len(errs) != 2 {
			t.Fatalf("errs %v, want two", errs)
		}
		at := len(plain[0]) + len(plain[1]) + len(plain[2])
		if want := fmt.Sprintf("(record 4 at byte %d of the data of gzip member 1 at byte 0)", at); !strings.Contains(errs[1].Error(), want) {
			t.Errorf("message %q does not say %q", errs[1], want)
		}
	})
	t.Run("garbage", func(t *testing.T) {
		data := bytes.Join([][]byte{recs[2], []byte("junk\r\n"), recs[6]}, nil)
		errs := readWARCErrors(t, data)
		if len(errs) != 1 || errs[0].Record != 0 || errs[0].Offset != int64(len(recs[2])) ||
			!strings.Contains(errs[0].Error(), fmt.Sprintf("(at byte %d, after record 1)", len(recs[2]))) {
			t.Errorf("errs %v, want the junk placed at byte %d after record 1", errs, len(recs[2]))
		}
	})
}

// readWARCErrors reads data and returns its errors, which must all be
// *RecordError.
func readWARCErrors(t *testing.T, data []byte) []*RecordError {
	t.Helper()
	var out []*RecordError
	for _, err := range WARCDocuments(bytes.NewReader(data), "crawl.warc", WARCOptions{MaxRecordBytes: 1 << 20}) {
		if err == nil {
			continue
		}
		var re *RecordError
		if !errors.As(err, &re) {
			t.Fatalf("error is not a *RecordError: %v", err)
		}
		out = append(out, re)
	}
	return out
}
