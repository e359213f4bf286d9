package ingest

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/clockzone"
	"github.com/newsgraph/newsgraph/internal/model"
)

func TestJSONLDocuments(t *testing.T) {
	f, err := os.Open("testdata/jsonl/articles.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var docs []*model.Document
	var errs []string
	for doc, err := range JSONLDocuments(f, "x.jsonl", JSONLOptions{}) {
		if err != nil {
			var re *RecordError
			if !errors.As(err, &re) {
				t.Fatalf("not a RecordError: %v", err)
			}
			errs = append(errs, re.Source)
			continue
		}
		docs = append(docs, doc)
	}
	if strings.Join(errs, ",") != "x.jsonl:4,x.jsonl:5" {
		t.Errorf("errors at %v, want lines 4, 5", errs)
	}
	if len(docs) != 4 {
		t.Fatalf("%d docs, want 4", len(docs))
	}
	d := docs[0]
	if d.Source != "x.jsonl:1" || d.URL != "https://north.example/a1" || d.Format != model.FormatText ||
		!d.Published.Equal(time.Date(2025, 3, 2, 8, 0, 0, 0, time.UTC)) || d.Hints["site"] != "North Wire" || d.Hints["tags"] != "diplomacy, talks" {
		t.Errorf("doc 1 = %+v hints %v", d, d.Hints)
	}
	if !strings.HasPrefix(d.Content, "Talks resume in Lumen\n\nNegotiators met") {
		t.Errorf("text doc should start with its title line: %q", d.Content)
	}
	d = docs[1]
	if d.Source != "x.jsonl:2" || d.Format != model.FormatHTML || d.Hints["byline"] != "A. Reporter" || !d.Published.Equal(time.Date(2025, 3, 2, 9, 0, 0, 0, time.UTC)) {
		t.Errorf("doc 2 = %+v hints %v", d, d.Hints)
	}
	// Line 6's published is no date: the article is kept, undated, and
	// the value noted for its incomplete.
	if d := docs[2]; d.Source != "x.jsonl:6" || !d.Published.IsZero() || d.Hints[model.HintUnreadablePublished] != "someday" {
		t.Errorf("doc 3 = %+v hints %v", d, d.Hints)
	}
	if docs[3].Source != "x.jsonl:7" || docs[3].Hints["tags"] != "one, two" || docs[3].Hints[model.HintUnreadablePublished] != "" {
		t.Errorf("doc 4 = %+v", docs[3])
	}
}

func TestJSONLLineCap(t *testing.T) {
	long := `{"url":"https://x.example/1","text":"` + strings.Repeat("a", 5000) + `"}`
	in := long + "\n" + `{"url":"https://x.example/2","text":"short"}` + "\n"
	var got []string
	for doc, err := range JSONLDocuments(strings.NewReader(in), "cap.jsonl", JSONLOptions{MaxLineBytes: 1000}) {
		if err != nil {
			if !errors.Is(err, ErrLineTooLong) {
				t.Errorf("err = %v", err)
			}
			got = append(got, "err")
			continue
		}
		got = append(got, doc.Source)
	}
	if strings.Join(got, ",") != "err,cap.jsonl:2" {
		t.Errorf("got %v", got)
	}
}

// A gzip JSONL file cut short: the lines before the cut are read and the
// cut line is one error (it was a JSON error and then the read error, two
// failures under one name).
func TestJSONLTruncatedGzip(t *testing.T) {
	var lines []string
	for i := range 30 {
		lines = append(lines, fmt.Sprintf(`{"url":"https://a.example/%d","title":"T%d","text":"Body %d of the story, long enough."}`, i, i, i))
	}
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte(strings.Join(lines, "\n") + "\n"))
	zw.Close()
	cut := buf.Bytes()[:buf.Len()*2/3]
	zr, err := gzip.NewReader(bytes.NewReader(cut))
	if err != nil {
		t.Fatal(err)
	}
	var docs int
	var errs []string
	for doc, err := range JSONLDocuments(zr, "f.jsonl.gz", JSONLOptions{}) {
		if err != nil {
			errs = append(errs, err.Error())
			continue
		}
		if doc != nil {
			docs++
		}
	}
	if docs == 0 || docs >= 30 || len(errs) != 1 || !strings.Contains(errs[0], "file cut short") || !strings.Contains(errs[0], "unexpected EOF") {
		t.Errorf("docs %d, errs %q", docs, errs)
	}
}

func TestURLList(t *testing.T) {
	in := "# my list\nhttps://a.example/x\n\n  http://b.example/y\tsome title\nftp://c.example/z\nnot a url\n"
	var urls, errs []string
	for e, err := range URLList(strings.NewReader(in), "list.txt") {
		if err != nil {
			errs = append(errs, e.Source)
			continue
		}
		urls = append(urls, e.Source+"="+e.URL)
	}
	if strings.Join(urls, " ") != "list.txt:2=https://a.example/x list.txt:4=http://b.example/y" || strings.Join(errs, " ") != "list.txt:5 list.txt:6" {
		t.Errorf("urls %v errs %v", urls, errs)
	}
	// A 2 MB line (a pasted page, a binary) is one error; the list goes on
	// (it ended the list: bufio.Scanner stops at a token too long). The
	// last line has no newline.
	in = "https://a.example/1\n" + strings.Repeat("x", 2<<20) + "\nhttps://a.example/3\r\nhttps://a.example/4"
	urls, errs = nil, nil
	for e, err := range URLList(strings.NewReader(in), "l") {
		if err != nil {
			errs = append(errs, e.Source)
			continue
		}
		urls = append(urls, e.Source+"="+e.URL)
	}
	if strings.Join(urls, " ") != "l:1=https://a.example/1 l:3=https://a.example/3 l:4=https://a.example/4" || strings.Join(errs, " ") != "l:2" {
		t.Errorf("long line: urls %v errs %v", urls, errs)
	}
	// A URL written without its scheme gets the likely one in its error;
	// other mistakes do not.
	for line, want := range map[string]string{
		"www.example.org/news/1": `not an http(s) URL: "www.example.org/news/1" (https://www.example.org/news/1?)`,
		"ftp://c.example/z":      `not an http(s) URL: "ftp://c.example/z"`,
	} {
		for _, err := range URLList(strings.NewReader(line+"\n"), "l") {
			if err == nil || !strings.HasSuffix(err.Error(), want) {
				t.Errorf("%s: %v, want it to end %q", line, err, want)
			}
		}
	}
	for s, ok := range map[string]bool{"https://example.org/rss": true, "http://127.0.0.1:8080/feed": true, "example.org/rss": false, "https://": false, "ftp://x/y": false} {
		if err := CheckHTTPURL(s); (err == nil) != ok {
			t.Errorf("CheckHTTPURL(%q) = %v", s, err)
		}
	}
}

// A byte-order mark does not cost the first line, and a UTF-16 file is read
// like UTF-8.
func TestJSONLByteOrderMarkAndUTF16(t *testing.T) {
	lines := `{"url":"https://a.example/1","title":"One","text":"First body, long enough to read."}` + "\n" +
		`{"url":"https://a.example/2","title":"Two","text":"Second body, long enough to read."}` + "\n"
	utf16le := func(s string) []byte {
		out := []byte{0xFF, 0xFE}
		for _, r := range s {
			out = append(out, byte(r), byte(r>>8))
		}
		return out
	}
	for name, data := range map[string][]byte{
		"utf-8 BOM": append([]byte{0xEF, 0xBB, 0xBF}, lines...),
		"utf-16le":  utf16le(lines),
	} {
		var docs, errs int
		for doc, err := range JSONLDocuments(bytes.NewReader(data), "f.jsonl", JSONLOptions{}) {
			if err != nil {
				errs++
				t.Errorf("%s: %v", name, err)
				continue
			}
			if doc != nil {
				docs++
			}
		}
		if docs != 2 || errs != 0 {
			t.Errorf("%s: %d docs, %d errors; want 2 and 0", name, docs, errs)
		}
	}
}

// TestJSONLURLMustBeHTTP: a line's url is the article's identity and link;
// one that is not an absolute http(s) URL is an error for that line, as
// POST /api/articles answers it, not stored as given.
func TestJSONLURLMustBeHTTP(t *testing.T) {
	const text = `"text":"The harbour board agreed on Tuesday to dredge the east channel."`
	for _, u := range []string{"javascript:alert(1)", "not a url", "ftp://harbour.example/a", "harbour.example/a", "/relative/path"} {
		line, _ := json.Marshal(u)
		if _, err := JSONLDocument("x.jsonl:1", []byte(`{"url":`+string(line)+`,`+text+`}`)); err == nil || !strings.Contains(err.Error(), "url:") {
			t.Errorf("url %q: err = %v, want a url error", u, err)
		}
	}
	for _, u := range []string{"https://harbour.example/a", " http://harbour.example/b ", ""} {
		if _, err := JSONLDocument("x.jsonl:1", []byte(`{"url":"`+u+`",`+text+`}`)); err != nil {
			t.Errorf("url %q: %v", u, err)
		}
	}
}

// A JSONL record's "published" written without a zone is placed by the
// record's own evidence (its language field, its URL's country domain)
// through clockzone, as a page's and a feed's are, and says where the
// zone came from; a date with a zone, or without a clock, is kept as it is.
func TestJSONLPublishedZone(t *testing.T) {
	tests := []struct {
		name, url, lang, published string
		want, wantZS               string
	}{
		{"language field", "https://harbour.example.com/a", "ko", "2024-03-05 15:24:00",
			"2024-03-05T15:24:00+09:00", model.ZoneFromLanguage},
		{"language region, summer time", "https://harbour.example.com/a", "de-AT", "2024-07-05T15:24:00",
			"2024-07-05T15:24:00+02:00", model.ZoneFromLanguage},
		{"country domain of the url", "https://www.harbour.example.co.jp/a", "en", "2024-03-05T15:24",
			"2024-03-05T15:24:00+09:00", model.ZoneFromDomain},
		{"language wins over the domain", "https://harbour.example.pl/a", "fi", "2024-03-05 15:24",
			"2024-03-05T15:24:00+02:00", model.ZoneFromLanguage},
		{"no evidence: utc, said unknown", "https://harbour.example.com/a", "en", "2024-03-05 15:24:00",
			"2024-03-05T15:24:00Z", model.ZoneUnknown},
		{"no url, no language", "", "", "5 March 2024 15:24:00",
			"2024-03-05T15:24:00Z", model.ZoneUnknown},
		{"a zone of its own is kept", "https://harbour.example.co.kr/a", "ko", "2024-03-05T15:24:00+01:00",
			"2024-03-05T15:24:00+01:00", ""},
		{"utc written is kept", "https://harbour.example.co.kr/a", "ko", "2024-03-05T15:24:00Z",
			"2024-03-05T15:24:00Z", ""},
		{"a bare date has no clock to place", "https://harbour.example.co.kr/a", "ko", "2024-03-05",
			"2024-03-05T00:00:00Z", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rec, err := json.Marshal(map[string]string{"url": tc.url, "language": tc.lang, "published": tc.published,
				"text": "The harbour ferry resumes its winter timetable next week."})
			if err != nil {
				t.Fatal(err)
			}
			doc, err := JSONLDocument("x.jsonl:1", rec)
			if err != nil {
				t.Fatal(err)
			}
			if got := doc.Published.Format(time.RFC3339); got != tc.want || doc.PublishedZoneSource != tc.wantZS {
				t.Errorf("published = %s (zone %q), want %s (zone %q)", got, doc.PublishedZoneSource, tc.want, tc.wantZS)
			}
			if doc.Published.Location() == clockzone.Floating {
				t.Error("published left floating")
			}
		})
	}
}

// Gzip bytes under a plain name are JSON lines once decompressed, and a
// binary stream is one error named by the container, not one per line.
func TestJSONLGzipAndBinaryStreams(t *testing.T) {
	line := `{"url":"https://quay.example/1","text":"The quay reopened on Friday after repairs to its crane rails."}` + "\n"
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(line + line))
	zw.Close()
	tests := []struct {
		name string
		in   []byte
		want []string // sources, "!" before an error's
	}{
		{"gzip", gz.Bytes(), []string{"b.jsonl:1", "b.jsonl:2"}},
		{"corrupt gzip", []byte("\x1f\x8b\x08\x00garbage"), []string{"!b.jsonl:1"}}, // the read error, once
		{"ELF", append([]byte("\x7fELF\x02\x01\x01\n"), bytes.Repeat([]byte{0, '\n', 7}, 50)...), []string{"!b.jsonl"}},
		{"zip", append([]byte("PK\x03\x04\n"), bytes.Repeat([]byte{'{', '\n'}, 50)...), []string{"!b.jsonl"}},
		{"control bytes", bytes.Repeat([]byte{1, 2, 3, '\n', 0x10}, 100), []string{"!b.jsonl"}},
		// A short log a crash left NUL padding in opens with a record:
		// the padding is its line's error, the records around it are read.
		{"NUL line among records", []byte(line + "\x00\x00\x00\x00\x00\x00\n" + line), []string{"b.jsonl:1", "!b.jsonl:2", "b.jsonl:3"}},
		{"NUL padded tail", []byte(line + strings.Repeat("\x00", 300)), []string{"b.jsonl:1", "!b.jsonl:2"}},
	}
	for _, tt := range tests {
		var got []string
		for doc, err := range JSONLDocuments(bytes.NewReader(tt.in), "b.jsonl", JSONLOptions{}) {
			if err != nil {
				var re *RecordError
				if !errors.As(err, &re) {
					t.Fatalf("%s: not a RecordError: %v", tt.name, err)
				}
				got = append(got, "!"+re.Source)
				continue
			}
			got = append(got, doc.Source)
		}
		if strings.Join(got, ",") != strings.Join(tt.want, ",") {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

// A JSON string is text already: NULs in it are dropped, not read as the
// zero bytes of UTF-16 (an html field of NULs and U+FFFD was stored as an
// article of Hangul mojibake), and a line's error names the line once.
func TestJSONLNULsInStrings(t *testing.T) {
	in := `{"url":"https://quay.example/1","text":"The quay\u0000 reopened on Friday after repairs to its crane rails, the port said."}` + "\n" +
		`{"html":"` + strings.Repeat(`\u0000\ufffd`, 500) + `"}` + "\n"
	var got []string
	for doc, err := range JSONLDocuments(strings.NewReader(in), "n.jsonl", JSONLOptions{}) {
		if err != nil {
			got = append(got, "!"+err.Error())
			continue
		}
		if strings.ContainsRune(doc.Content, 0) || !strings.Contains(doc.Content, "The quay reopened on Friday") {
			t.Errorf("line 1 content %q", doc.Content)
		}
		got = append(got, doc.Source)
	}
	if len(got) != 2 || got[0] != "n.jsonl:1" || !strings.HasPrefix(got[1], "!n.jsonl:2: input looks binary") {
		t.Errorf("got %q, want line 1 read and line 2 refused as binary, named once", got)
	}
}
