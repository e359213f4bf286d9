package ingest

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

// reencodedWant is what each record of testdata/warc/reencoded.warc.gz
// gives, in order: a document's <title>, or an error's text. warcinfo,
// request, metadata and revisit records are skipped.
var reencodedWant = []struct{ id, title, err string }{
	{id: "r7-03", title: "Plain page"},
	{id: "r7-05", title: "Chunked and gzipped"},
	// The archiving tool stored the body dechunked / decoded and kept
	// the header: both were lost ("unexpected EOF", "invalid header").
	{id: "r7-06", title: "Stored dechunked"},
	{id: "r7-07", title: "Stored decoded"},
	{id: "r7-09", title: "Chunk extension and trailer"},
	// HTTP's deflate is zlib-wrapped; only raw deflate was read.
	{id: "r7-10", title: "Deflate zlib"},
	{id: "r7-11", title: "Deflate raw"},
	{id: "r7-12", title: "Stored decoded brotli"},
	// Near misses: compressed-looking bytes that do not decode stay
	// errors.
	{id: "r7-13", err: "Content-Encoding gzip"},
	{id: "r7-14", err: "HTTP body"},
	// A Content-Length past the end of the file: the last record's page
	// arrived whole and is kept, flagged truncated.
	{id: "r7-15", title: "Runs past the end"},
}

// TestWARCReencodedPayloads reads the fixture gzipped per record (as
// crawlers write it) and as one plain stream: the same documents and
// errors, and the batch goes on past each error.
func TestWARCReencodedPayloads(t *testing.T) {
	gz, err := os.ReadFile(filepath.Join("testdata", "warc", "reencoded.warc.gz"))
	if err != nil {
		t.Fatal(err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		t.Fatal(err)
	}
	plain, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{"per-record.warc.gz": gz, "plain.warc": plain} {
		t.Run(name, func(t *testing.T) {
			var got []struct{ id, title, err string }
			for doc, err := range WARCDocuments(bytes.NewReader(data), name, WARCOptions{}) {
				if err != nil {
					var re *RecordError
					if !errors.As(err, &re) {
						t.Fatalf("not a RecordError: %v", err)
					}
					_, id, _ := strings.Cut(re.Source, "#urn:uuid:")
					got = append(got, struct{ id, title, err string }{id: id, err: re.Err.Error()})
					continue
				}
				_, id, _ := strings.Cut(doc.Source, "#urn:uuid:")
				title := ""
				if i := strings.Index(doc.Content, "<title>"); i >= 0 {
					title, _, _ = strings.Cut(doc.Content[i+len("<title>"):], "</title>")
				}
				if !strings.Contains(doc.Content, "Uganda’s parliament met on Monday") {
					t.Errorf("%s: body %q", id, doc.Content)
				}
				got = append(got, struct{ id, title, err string }{id: id, title: title})
			}
			if len(got) != len(reencodedWant) {
				t.Fatalf("got %d results, want %d: %+v", len(got), len(reencodedWant), got)
			}
			for i, w := range reencodedWant {
				g := got[i]
				if g.id != w.id || g.title != w.title || (w.err == "") != (g.err == "") || !strings.Contains(g.err, w.err) {
					t.Errorf("record %d: got %+v, want %+v", i, g, w)
				}
			}
		})
	}
}

// TestDecodeContentEncodingTable: a body the declared coding cannot
// decode is taken as it is only when it is text already.
func TestDecodeContentEncodingTable(t *testing.T) {
	html := []byte("<html><body><p>ACCRA - Ghana's parliament met.</p></body></html>")
	binary := bytes.Repeat([]byte{0x03, 0x91, 0x00, 0x1f, 0xfe, 0x07}, 50)
	tests := []struct {
		name, enc string
		body      []byte
		want      []byte
		wantErr   bool
	}{
		{"gzip header over plain HTML", "gzip", html, html, false},
		{"x-gzip header over plain HTML", "x-gzip", html, html, false},
		{"deflate header over plain HTML", "deflate", html, html, false},
		{"unsupported coding over plain HTML", "br", html, html, false},
		{"gzip header over binary", "gzip", binary, nil, true},
		{"unsupported coding over binary", "br", binary, nil, true},
		{"identity", "identity", html, html, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := decodeContentEncoding(tt.enc, tt.body, 1<<20)
			if (err != nil) != tt.wantErr || !bytes.Equal(got, tt.want) {
				t.Errorf("got %q, %v", got, err)
			}
		})
	}
}

// FuzzWARCHTTPBlock fuzzes the HTTP payload of a response record (the
// transfer and content codings), seeded from the fixture's records.
func FuzzWARCHTTPBlock(f *testing.F) {
	if gz, err := os.ReadFile(filepath.Join("testdata", "warc", "reencoded.warc.gz")); err == nil {
		if zr, err := gzip.NewReader(bytes.NewReader(gz)); err == nil {
			plain, _ := io.ReadAll(zr)
			for _, part := range bytes.Split(plain, []byte("\r\n\r\nHTTP/1.1 "))[1:] {
				block, _, _ := bytes.Cut(part, []byte("\r\n\r\nWARC/1.1"))
				f.Add(append([]byte("HTTP/1.1 "), block...))
			}
		}
	}
	f.Fuzz(func(t *testing.T, block []byte) {
		const maxBytes = 64 << 10
		doc, skip, err := warcDocument("f.warc#r", "https://example.org/a", "response", map[string][]string{"Content-Type": {"application/http; msgtype=response"}}, block, maxBytes)
		if err != nil || skip {
			return
		}
		if doc == nil || int64(len(doc.Raw)) > maxBytes {
			t.Fatalf("doc %v over the cap", doc != nil)
		}
	})
}
