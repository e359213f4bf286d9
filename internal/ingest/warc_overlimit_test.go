package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// longPage is an HTML page of about size bytes: a headline and paragraphs
// of wire prose, so that its first part is an article too.
func longPage(size int) []byte {
	var b bytes.Buffer
	b.WriteString("<html><head><title>Mekong dam talks</title></head><body><article><h1>Mekong dam talks</h1>")
	for i := 0; b.Len() < size; i++ {
		fmt.Fprintf(&b, "<p>Paragraph %d: Laos and Cambodia agreed on Wednesday to share river flow data from the new dam every day, officials in Vientiane said.</p>", i)
	}
	b.WriteString("</article></body></html>")
	return b.Bytes()
}

// A page record over the size limit is kept as far as the limit, marked
// truncated (saying how much was read) and warned about, in plain and
// gzipped WARC; the records after it are read as before. A record of
// another type over the limit is passed over, and a page whose length
// runs into the next record still fails as a wrong length, losing no
// record after it.
func TestWARCPageOverLimitKeptCut(t *testing.T) {
	const limit = 64 << 10
	big := warcRecord("response", "big", "https://river.example/mekong", httpResponse("200 OK", "text/html", longPage(3*limit)))
	meta := warcRecord("metadata", "meta", "https://river.example/mekong", bytes.Repeat([]byte("outlink: https://river.example/x\r\n"), 3*limit/30))
	next := warcRecord("response", "next", "https://river.example/next", httpResponse("200 OK", "text/html", []byte("<html><head><title>Next</title></head><body><p>Thailand's cabinet approved the budget on Tuesday.</p></body></html>")))
	plain := bytes.Join([][]byte{big, meta, next}, nil)
	for name, data := range map[string][]byte{"plain": plain, "gzip": gzipMembers([][]byte{big, meta, next})} {
		var logs bytes.Buffer
		var docs []*model.Document
		var errs []error
		for doc, err := range WARCDocuments(bytes.NewReader(data), "crawl.warc", WARCOptions{MaxRecordBytes: limit, Log: slog.New(slog.NewTextHandler(&logs, nil))}) {
			if err != nil {
				errs = append(errs, err)
				continue
			}
			docs = append(docs, doc)
		}
		if len(errs) != 0 || len(docs) != 2 {
			t.Fatalf("%s: %d docs, errors %v; want the cut page and the next one", name, len(docs), errs)
		}
		cut := docs[0]
		if cut.URL != "https://river.example/mekong" || len(cut.Raw) > limit || !bytes.Contains(cut.Raw, []byte("share river flow data")) {
			t.Errorf("%s: cut page url %q, %d bytes; want the page's first part, at most %d bytes", name, cut.URL, len(cut.Raw), limit)
		}
		if note := cut.Hints[model.HintTruncated]; !strings.Contains(note, "size limit") || !strings.Contains(note, fmt.Sprint(limit)) {
			t.Errorf("%s: truncated hint %q; want it to say the limit cut the record", name, note)
		}
		if !strings.Contains(logs.String(), "over the size limit") {
			t.Errorf("%s: no warning logged: %s", name, logs.String())
		}
		if docs[1].URL != "https://river.example/next" || docs[1].Hints[model.HintTruncated] != "" {
			t.Errorf("%s: second doc %q hints %v; want the next page, whole", name, docs[1].URL, docs[1].Hints)
		}
	}

	// A length far past the page (it runs into the next record): a
	// wrong length, not a big page.
	small := warcRecord("response", "small", "https://river.example/small", httpResponse("200 OK", "text/html", []byte("<html><body><p>Short page.</p></body></html>")))
	wrong := bytes.Replace(small, []byte(fmt.Sprintf("Content-Length: %d\r\n", len(small)-bytes.Index(small, []byte("HTTP/1.1"))-4)), []byte("Content-Length: 999999999\r\n"), 1)
	if bytes.Equal(wrong, small) {
		t.Fatal("the record's Content-Length was not replaced: the fixture no longer tests a wrong length")
	}
	res := readAllWARC(t, bytes.Join([][]byte{wrong, next}, nil))
	if len(res.errs) != 1 || !errors.Is(res.errs[0], ErrWARCHeader) || len(res.sources) != 1 || !strings.Contains(res.sources[0], "next") {
		t.Errorf("wrong length: docs %v errs %v; want one length error and the next page", res.sources, res.errs)
	}
}
