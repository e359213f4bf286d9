package runner

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"unicode/utf16"

	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/fetch"
	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/pipeline"
)

// A JSONL file with a bad line stores the good lines and records the bad
// one; a second run stores nothing new.
func TestJSONLContainer(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	lines := []string{
		`{"url":"https://a.example/1","title":"Bridge opens","text":"The new bridge over the Tarn opened to traffic on Saturday morning."}`,
		`{"url":"https://a.example/2","title":"broken`,
		`{"url":"https://b.example/7","title":"Port strike","text":"Port workers in Sines walked out over a pay dispute on Monday."}`,
	}
	path := filepath.Join(dir, "batch.jsonl")
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	st := openTemp(t)
	run := func() Stats {
		plan, err := Expand(Inputs{Paths: []string{dir}})
		if err != nil {
			t.Fatal(err)
		}
		stats, err := Run(ctx, Config{Store: st, Stages: []pipeline.Stage{extract.New()}, Workers: 2}, plan.Items(ctx, Inputs{}, st))
		if err != nil {
			t.Fatal(err)
		}
		return stats
	}
	if s := run(); s.Stored != 2 || s.Failed != 1 {
		t.Errorf("first run = %+v, want 2 stored, 1 failed", s)
	}
	fs, _ := st.Failures(ctx, 10)
	if len(fs) != 1 || !strings.HasSuffix(fs[0].Source, "batch.jsonl:2") {
		t.Errorf("failures = %+v, want line 2", fs)
	}
	if s := run(); s.Stored != 0 || s.Skipped != 2 {
		t.Errorf("second run = %+v, want the two articles skipped", s)
	}
}

// A container file without a single record (empty, blank lines only, a
// WARC of request records, a feed without items) is one failure that
// names it, not a silent nothing.
func TestEmptyContainersAreReported(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	files := map[string]string{
		"empty.jsonl":   "",
		"blank.jsonl":   "\n\n  \n",
		"empty.warc":    "",
		"requests.warc": "WARC/1.0\r\nWARC-Type: request\r\nWARC-Target-URI: https://a.example/\r\nContent-Length: 4\r\n\r\nGET \r\n\r\n",
		"empty.rss":     `<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet</title></channel></rss>`,
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	plan, err := Expand(Inputs{Paths: []string{dir}})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for it := range plan.Items(ctx, Inputs{}, nil) {
		if it.Err == nil {
			t.Errorf("%s: an item without error", it.Source)
			continue
		}
		got[filepath.Base(it.Source)] = it.Err.Error()
	}
	for name := range files {
		if msg := got[name]; !strings.Contains(msg, "no records") {
			t.Errorf("%s: %q, want a 'no records' error", name, msg)
		}
	}
	if len(got) != len(files) {
		t.Errorf("items = %v", got)
	}
}

// A feed is polled with the validators kept in the store from the last
// poll: the second poll is a 304 and fetches nothing.
func TestFeedPollingKeepsValidators(t *testing.T) {
	ctx := context.Background()
	var polls, conditional, articles atomic.Int32
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/feed.xml":
			polls.Add(1)
			if r.Header.Get("If-None-Match") == `"v1"` {
				conditional.Add(1)
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("ETag", `"v1"`)
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Test Wire</title>
<item><title>Dam inspection</title><link>%[1]s/a/1</link><guid>1</guid><pubDate>Mon, 03 Jun 2024 09:00:00 GMT</pubDate></item>
<item><title>Ferry delays</title><link>%[1]s/a/2</link><guid>2</guid></item>
</channel></rss>`, srv.URL)
		default:
			articles.Add(1)
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprintf(w, `<html><head><title>Story %s</title></head><body><article><p>Engineers inspected the dam on the Lys river after heavy rain, officials said on Monday, story %s.</p></article></body></html>`, r.URL.Path, r.URL.Path)
		}
	}))
	defer srv.Close()
	st := openTemp(t)
	in := Inputs{Feeds: []string{srv.URL + "/feed.xml"}, Fetcher: fetch.New(fetch.Config{AllowPrivate: true})}
	run := func() Stats {
		plan, err := Expand(in)
		if err != nil {
			t.Fatal(err)
		}
		stats, err := Run(ctx, Config{Store: st, Stages: []pipeline.Stage{extract.New()}, Workers: 2}, plan.Items(ctx, in, st))
		if err != nil {
			t.Fatal(err)
		}
		return stats
	}
	if s := run(); s.Stored != 2 || s.Failed != 0 {
		t.Fatalf("first poll = %+v, want 2 stored", s)
	}
	f, err := st.Feed(ctx, srv.URL+"/feed.xml")
	if err != nil || f.ETag != `"v1"` || f.Title != "Test Wire" {
		t.Fatalf("feed state = %+v, %v", f, err)
	}
	if s := run(); s.Items != 0 {
		t.Errorf("second poll = %+v, want nothing new", s)
	}
	if polls.Load() != 2 || conditional.Load() != 1 || articles.Load() != 2 {
		t.Errorf("polls=%d conditional=%d article fetches=%d; want 2, 1, 2", polls.Load(), conditional.Load(), articles.Load())
	}
	if f, _ := st.Feed(ctx, srv.URL+"/feed.xml"); f == nil || f.Title != "Test Wire" || f.ETag != `"v1"` {
		t.Errorf("feed state after 304 = %+v", f)
	}
}

// TestStdinContainers: what is piped in is read as its bytes say. A WARC
// (plain or gzip), a feed or JSON lines on standard input are their records,
// each a document named after "-"; anything else is one document. Each was
// one document before, so a WARC piped in was one article made of record
// headers and every record's text.
func TestStdinContainers(t *testing.T) {
	ctx := context.Background()
	html := func(title string) string {
		return "<html><head><title>" + title + "</title></head><body><article><h1>" + title +
			"</h1><p>The harbour board met on Tuesday and agreed to dredge the east channel before winter.</p></article></body></html>"
	}
	warcRecord := func(id int, title string) []byte {
		block := "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html(title)
		return []byte(fmt.Sprintf("WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:%d>\r\nWARC-Target-URI: https://harbour.example/%d\r\n"+
			"Content-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", id, id, len(block), block))
	}
	warc := append(warcRecord(1, "Dredging approved"), warcRecord(2, "Channel closed")...)
	var gzWARC bytes.Buffer // one gzip member per record, as crawlers write
	for _, rec := range [][]byte{warcRecord(1, "Dredging approved"), warcRecord(2, "Channel closed")} {
		zw := gzip.NewWriter(&gzWARC)
		zw.Write(rec)
		zw.Close()
	}
	jsonl := `{"url":"https://harbour.example/j1","title":"Dredging approved","text":"The harbour board agreed on Tuesday to dredge the east channel."}` + "\n" +
		`{"title":"broken` + "\n" +
		`{"url":"https://harbour.example/j3","title":"Channel closed","text":"The east channel will close to shipping for two weeks in March."}` + "\n"
	feed := `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour</title>` +
		`<item><title>Dredging approved</title><guid>h1</guid><content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/"><![CDATA[` + html("Dredging approved") + `]]></content:encoded></item>` +
		`<item><title>Channel closed</title><guid>h2</guid><content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/"><![CDATA[` + html("Channel closed") + `]]></content:encoded></item>` +
		`</channel></rss>`
	utf16LE := func(s string) []byte {
		out := []byte{0xFF, 0xFE}
		for _, u := range utf16.Encode([]rune(s)) {
			out = append(out, byte(u), byte(u>>8))
		}
		return out
	}
	gz := func(b []byte) []byte {
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		zw.Write(b)
		zw.Close()
		return buf.Bytes()
	}
	arcRecord := func(url, block string) string {
		return fmt.Sprintf("%s 192.0.2.7 20040512093105 text/html %d\n%s\n", url, len(block), block)
	}
	arc := arcRecord("filedesc://harbour.arc", "1 0 Harbour\nURL IP-address Archive-date Content-type Archive-length\n") +
		arcRecord("http://harbour.example/1", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"+html("Dredging approved"))
	tests := []struct {
		name  string
		stdin []byte
		want  []string // sources, "!" before a failed one
	}{
		{"warc", warc, []string{"-#urn:uuid:1", "-#urn:uuid:2"}},
		{"arc", []byte(arc), []string{"-#record-2"}},
		{"arc.gz", gz([]byte(arc)), []string{"-#record-2"}},
		{"warc.gz", gzWARC.Bytes(), []string{"-#urn:uuid:1", "-#urn:uuid:2"}},
		{"jsonl", []byte(jsonl), []string{"-:1", "!-:2", "-:3"}},
		{"jsonl.gz", gz([]byte(jsonl)), []string{"-:1", "!-:2", "-:3"}},
		{"feed", []byte(feed), []string{"-#h1", "-#h2"}},
		{"utf-16 feed", utf16LE(feed), []string{"-#h1", "-#h2"}},
		{"utf-16 jsonl", utf16LE(jsonl), []string{"-:1", "!-:2", "-:3"}},
		{"html", []byte(html("Dredging approved")), []string{"-"}},
		{"html.gz", gz([]byte(html("Dredging approved"))), []string{"-"}},
		{"text", []byte("Dredging approved\n\nThe harbour board agreed to dredge the east channel."), []string{"-"}},
		// JSON that is not one object per line: an array of articles and a
		// pretty-printed article are their objects; a text that opens
		// with a bracket is still one text.
		{"json array", []byte("[\n" + strings.TrimSuffix(strings.ReplaceAll(jsonl, "\n{\"title\":\"broken\n", "\n"), "\n") + "\n]"), []string{"!-"}},
		{"json array of articles", []byte(`[{"url":"https://harbour.example/a1","text":"The harbour board agreed to dredge the east channel."},` + "\n" +
			`{"text":"The east channel will close to shipping for two weeks."}, 7]`), []string{"-:1", "-:2", "!-:3"}},
		{"json array.gz", gz([]byte(`[{"text":"The harbour board agreed to dredge the east channel."}]`)), []string{"-:1"}},
		{"pretty-printed article", []byte("{\n  \"title\": \"Dredging approved\",\n  \"text\": \"The harbour board agreed to dredge the east channel.\"\n}\n"), []string{"-:1"}},
		{"text opening with a bracket", []byte("[Update] The harbour board agreed to dredge the east channel."), []string{"-"}},
		{"warc of requests only", []byte("WARC/1.0\r\nWARC-Type: request\r\nWARC-Record-ID: <urn:uuid:9>\r\nContent-Length: 0\r\n\r\n\r\n\r\n"), []string{"!-"}},
	}
	for _, tt := range tests {
		in := Inputs{Stdin: bytes.NewReader(tt.stdin)}
		var got []string
		for it := range (&Plan{URLs: []string{"-"}}).Items(ctx, in, nil) {
			src, err := it.Source, it.Err
			if err == nil && it.Doc == nil && it.Load != nil {
				var doc *model.Document
				doc, err = it.Load(ctx)
				if err == nil {
					src = doc.Source
				}
			}
			if err != nil {
				src = "!" + src
			}
			got = append(got, src)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s on standard input: items %q, want %q", tt.name, got, tt.want)
		}
	}
}

// A file named as a feed (.xml, .json) that is none is a failure naming it
// and saying what it is not, unless it is an (X)HTML page, read as the page
// it is; the batch goes on. Its markup was analysed as an article's text.
func TestFeedNamedFilesThatAreNoFeed(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	files := map[string]string{
		"settings.xml": "<?xml version=\"1.0\"?>\n<config>\n  <server name=\"alpha\" port=\"8080\"/>\n  <note>Plain settings for a test server.</note>\n</config>\n",
		"answer.json":  `{"name": "alpha", "port": 8080, "note": "Plain settings for a test server."}`,
		"list.json":    "[1, 2, 3]\n",
		"page.xml": "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>Harbour</title></head>" +
			"<body><p>The harbour reopened on Monday after the storm, officials said.</p></body></html>\n",
		"story.txt": "Ferry back\n\nThe ferry to the island ran again on Tuesday after repairs.\n",
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	plan, err := Expand(Inputs{Paths: []string{dir}})
	if err != nil {
		t.Fatal(err)
	}
	errs, docs := map[string]string{}, map[string]model.Format{}
	for it := range plan.Items(ctx, Inputs{}, nil) {
		name := filepath.Base(it.Source)
		switch {
		case it.Err != nil:
			errs[name] = it.Err.Error()
		case it.Doc != nil:
			docs[name] = it.Doc.Format
		case it.Load != nil:
			doc, err := it.Load(ctx)
			if err != nil {
				errs[name] = err.Error()
				continue
			}
			docs[name] = doc.Format
		}
	}
	for _, name := range []string{"settings.xml", "answer.json", "list.json"} {
		msg := errs[name]
		if !strings.HasPrefix(msg, filepath.Join(dir, name)+": ") || !strings.Contains(msg, "not an RSS, Atom, RDF or JSON feed, nor an HTML page") {
			t.Errorf("%s: error %q, want one naming the file and saying it is no feed", name, msg)
		}
	}
	if docs["page.xml"] != model.FormatHTML {
		t.Errorf("page.xml: %q (errors %v), want an HTML document", docs["page.xml"], errs)
	}
	if _, ok := docs["story.txt"]; !ok {
		t.Errorf("story.txt not read: %v", errs)
	}
	if len(errs) != 3 {
		t.Errorf("errors %v, want three", errs)
	}
}

// A folder walk leaves out the folder's own papers (README, licence,
// notice, changelog, data source note) but reads the same names given on
// the command line, and articles whose names merely contain those words.
func TestFolderWalkSkipsFolderPapers(t *testing.T) {
	dir := t.TempDir()
	files := []string{"README.md", "LICENSE", "licence.txt", "NOTICE", "CHANGELOG.md", "SOURCE.txt",
		"story.txt", "readme-of-the-budget.txt", "notices-to-mariners.html", "feed.rss"}
	for _, f := range files {
		if err := os.WriteFile(filepath.Join(dir, f), []byte("text"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	plan, err := Expand(Inputs{Paths: []string{dir}})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range append(append([]string{}, plan.Files...), plan.Containers...) {
		got = append(got, filepath.Base(f))
	}
	slices.Sort(got)
	want := []string{"feed.rss", "notices-to-mariners.html", "readme-of-the-budget.txt", "story.txt"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("walk found %v, want %v", got, want)
	}
	named := filepath.Join(dir, "README.md")
	plan, err = Expand(Inputs{Paths: []string{named}})
	if err != nil {
		t.Fatal(err)
	}
	if len(plan.Files) != 1 || plan.Files[0] != named {
		t.Errorf("a README named on the command line: files %v, want [%s]", plan.Files, named)
	}
}

// A .jsonl file is read as standard input is: a JSON array of articles and
// one pretty-printed article are their objects (line by line each of their
// lines was an error and no article was read), gzip without a .gz name is
// decompressed, and a binary file is one failure, not one per stretch
// between its newline bytes. A first line that is broken, not unfinished,
// leaves the file JSON lines: the good lines after it are read.
func TestJSONLFileShapes(t *testing.T) {
	ctx := context.Background()
	good := func(n int) string {
		return fmt.Sprintf(`{"url":"https://quay.example/%d","text":"The quay at berth %d reopened on Friday after repairs to its crane rails."}`, n, n)
	}
	gz := func(b string) []byte {
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		zw.Write([]byte(b))
		zw.Close()
		return buf.Bytes()
	}
	tests := []struct {
		name string
		body []byte
		want []string // source suffixes, "!" before a failed one
	}{
		{"lines", []byte(good(1) + "\n" + good(2) + "\n"), []string{":1", ":2"}},
		{"array", []byte("[\n" + good(1) + ",\n" + good(2) + "\n]\n"), []string{":1", ":2"}},
		{"array with a non-object", []byte("[" + good(1) + ", 7]"), []string{":1", "!:2"}},
		{"broken array", []byte("[\n" + good(1) + ",\n" + good(2) + ",\n"), []string{"!"}},
		{"pretty-printed", []byte("{\n  \"url\": \"https://quay.example/p\",\n  \"text\": \"The quay reopened on Friday after repairs.\"\n}\n"), []string{":1"}},
		{"broken first line", []byte("{this is not json}\n" + good(2) + "\n"), []string{"!:1", ":2"}},
		{"unfinished first line", []byte(`{"url":"https://quay.example/1","text":"cut` + "\n" + good(2) + "\n"), []string{"!:1", ":2"}},
		{"gzip without .gz", gz(good(1) + "\n" + good(2) + "\n"), []string{":1", ":2"}},
		{"gzip array without .gz", gz("[" + good(1) + "," + good(2) + "]"), []string{":1", ":2"}},
		{"ELF", append([]byte("\x7fELF\x02\x01\x01\x00\n\x00\x00\n\x03\x00>\x00\n"), bytes.Repeat([]byte{0, '\n', 1, 2}, 100)...), []string{"!"}},
		{"PNG", append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\n"), bytes.Repeat([]byte{0x10, '\n', 0xff}, 100)...), []string{"!"}},
	}
	for _, tt := range tests {
		dir := t.TempDir()
		path := filepath.Join(dir, "batch.jsonl")
		if err := os.WriteFile(path, tt.body, 0o644); err != nil {
			t.Fatal(err)
		}
		plan, err := Expand(Inputs{Paths: []string{path}})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for it := range plan.Items(ctx, Inputs{}, nil) {
			src := strings.TrimPrefix(it.Source, path)
			if it.Err != nil {
				src = "!" + src
			}
			got = append(got, src)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: items %q, want %q", tt.name, got, tt.want)
		}
	}
}

// A feed file over the size limit is one failure that says the limit is a
// limit ("(10485760 bytes)" read as the file's size).
func TestOversizedFeedFile(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "big.rss")
	body := `<rss version="2.0"><channel><title>Big</title>` + strings.Repeat(`<item><title>t</title><description>d</description></item>`, 100) + `</channel></rss>`
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	plan, err := Expand(Inputs{Paths: []string{path}})
	if err != nil {
		t.Fatal(err)
	}
	var errs []string
	for it := range plan.Items(ctx, Inputs{MaxBytes: 1000}, nil) {
		if it.Err != nil {
			errs = append(errs, it.Err.Error())
		}
	}
	if len(errs) != 1 || !strings.Contains(errs[0], "exceeds the size limit (more than the limit of 1000 bytes)") {
		t.Errorf("errors %q, want one saying the limit", errs)
	}
}
