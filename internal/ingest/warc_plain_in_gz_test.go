package ingest

import (
	"bytes"
	"errors"
	"log/slog"
	"strings"
	"testing"
)

// A record written uncompressed between the gzip members of a .warc.gz (a
// tool that appended to the file without compressing) is read as it is,
// with a warning, rather than skipped as bytes that are not gzip: its page
// is kept, and the members after it are read. One that is broken costs
// itself only, with one error.
func TestWARCUncompressedRecordInGzip(t *testing.T) {
	recs := testWARCRecords()
	gz := func(i int) []byte { return gzipMembers(recs[i : i+1]) }
	tests := []struct {
		name     string
		parts    [][]byte
		wantDocs []string
		wantErrs int
	}{
		{"between members", [][]byte{gz(2), recs[3], gz(6)}, []string{"rec-1", "rec-2", "rec-5"}, 0},
		{"two in a row", [][]byte{gz(2), recs[3], recs[6], gz(2)}, []string{"rec-1", "rec-2", "rec-5", "rec-1"}, 0},
		{"a request then a page", [][]byte{gz(0), recs[1], recs[2], gz(6)}, []string{"rec-1", "rec-5"}, 0},
		{"at the end of the file", [][]byte{gz(2), recs[3]}, []string{"rec-1", "rec-2"}, 0},
		{"without its separator", [][]byte{gz(2), recs[3][:len(recs[3])-4], gz(6)}, []string{"rec-1", "rec-2", "rec-5"}, 0},
		{"length too short", [][]byte{gz(2), withContentLength(t, recs[3], -50), gz(6)}, []string{"rec-1", "rec-5"}, 1},
		{"length too long", [][]byte{gz(2), withContentLength(t, recs[3], +50), gz(6)}, []string{"rec-1", "rec-5"}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var logs bytes.Buffer
			var got []string
			var errs []error
			data := bytes.Join(tt.parts, nil)
			for doc, err := range WARCDocuments(bytes.NewReader(data), "crawl.warc.gz", WARCOptions{MaxRecordBytes: 1 << 20, Log: slog.New(slog.NewTextHandler(&logs, nil))}) {
				if err != nil {
					var re *RecordError
					if !errors.As(err, &re) || re.Offset < 0 || re.Offset > int64(len(data)) {
						t.Errorf("error %v: not a placed *RecordError", err)
					}
					errs = append(errs, err)
					continue
				}
				_, id, _ := strings.Cut(doc.Source, "#urn:uuid:")
				got = append(got, id)
			}
			if strings.Join(got, " ") != strings.Join(tt.wantDocs, " ") {
				t.Errorf("docs %v, want %v (errs %v)", got, tt.wantDocs, errs)
			}
			if len(errs) != tt.wantErrs {
				t.Errorf("errs %v, want %d", errs, tt.wantErrs)
			}
			if tt.wantErrs == 0 && !strings.Contains(logs.String(), "not gzipped") {
				t.Errorf("no warning for the uncompressed record: %q", logs.String())
			}
		})
	}
}
