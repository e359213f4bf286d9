package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// Articles written for these tests.
const (
	articleOne = "Harbour authority approves new ferry route\n\nBy Maria Okafor\n\n" +
		"PORTVALE (Example Wire) - The regional harbour authority on Tuesday approved a ferry route linking Portvale with the island of Kestrel.\n\n" +
		"The operator said tickets would go on sale in February, and fishing groups said they would appeal.\n\n" +
		"Subscribe to our newsletter for more news like this, delivered to your inbox.\n"
	articleTwo = "Council keeps the old library open\n\n" +
		"The town council voted on Thursday to keep the old library on Mill Street open for at least another five years.\n\n" +
		"Supporters had collected more than 4,000 signatures before the vote.\n"
	pageHTML = `<!DOCTYPE html><html><head><title>Night trains return</title></head><body>
<article><h1>Night trains return</h1>
<p>Sleeper services are back on the map across the continent, and operators report that cabins sell out weeks ahead.</p>
<p>Critics say the services still lose money without public support.</p></article></body></html>`
)

// analyzeRun runs newsgraph with args and stdin, returning stdout, stderr and
// the exit status.
func analyzeRun(t *testing.T, stdin io.Reader, args ...string) (string, string, int) {
	t.Helper()
	if stdin == nil {
		stdin = strings.NewReader("")
	}
	var out, errOut bytes.Buffer
	env := Env{Stdin: stdin, Stdout: &out, Stderr: &errOut}
	code := Run(context.Background(), env, append([]string{"newsgraph"}, args...))
	return out.String(), errOut.String(), code
}

func analyzeTestFile(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// analyzeDecodeAll reads every JSON value in s.
func analyzeDecodeAll(t *testing.T, s string) []map[string]any {
	t.Helper()
	var vs []map[string]any
	dec := json.NewDecoder(strings.NewReader(s))
	for {
		var v map[string]any
		if err := dec.Decode(&v); err == io.EOF {
			break
		} else if err != nil {
			t.Fatalf("output is not JSON: %v\n%s", err, s)
		}
		vs = append(vs, v)
	}
	return vs
}

func TestAnalyzeOneInputJSON(t *testing.T) {
	dir := t.TempDir()
	p := analyzeTestFile(t, dir, "one.txt", []byte(articleOne))
	out, stderr, code := analyzeRun(t, nil, "analyze", p)
	if code != 0 {
		t.Fatalf("exit %d, stderr %s", code, stderr)
	}
	vs := analyzeDecodeAll(t, out)
	if len(vs) != 1 {
		t.Fatalf("got %d JSON values, want 1", len(vs))
	}
	if !strings.HasPrefix(out, "{\n  \"") {
		t.Errorf("one input should print indented JSON, got %.40q", out)
	}
	a := vs[0]
	if a["source"] != p || a["title"] != "Harbour authority approves new ferry route" || a["byline"] != "Maria Okafor" {
		t.Errorf("source %v title %v byline %v", a["source"], a["title"], a["byline"])
	}
	paras, _ := a["paragraphs"].([]any)
	if len(paras) != 2 || !strings.HasPrefix(paras[0].(string), "PORTVALE (Example Wire) - ") {
		t.Errorf("paragraphs = %v", paras)
	}
	if strings.Contains(out, "Subscribe") {
		t.Error("promo line left in output")
	}
	if a["published"] != nil {
		t.Errorf("published = %v, want null without --published", a["published"])
	}
}

func TestAnalyzeSeveralInputsJSONL(t *testing.T) {
	dir := t.TempDir()
	p1 := analyzeTestFile(t, dir, "one.txt", []byte(articleOne))
	p2 := analyzeTestFile(t, dir, "two.txt", []byte(articleTwo))
	out, stderr, code := analyzeRun(t, nil, "analyze", p1, p2, "--workers", "2")
	if code != 0 {
		t.Fatalf("exit %d, stderr %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 2 {
		t.Fatalf("got %d lines, want 2 (jsonl):\n%s", len(lines), out)
	}
	for i, want := range []string{p1, p2} {
		var a map[string]any
		if err := json.Unmarshal([]byte(lines[i]), &a); err != nil {
			t.Fatalf("line %d: %v", i, err)
		}
		if a["source"] != want {
			t.Errorf("line %d source %v, want %s (input order)", i, a["source"], want)
		}
	}
	// --format json with several inputs prints one indented object each.
	out, _, code = analyzeRun(t, nil, "analyze", "--format", "json", p1, p2)
	if code != 0 || len(analyzeDecodeAll(t, out)) != 2 || !strings.Contains(out, "\n  \"source\"") {
		t.Errorf("--format json: exit %d\n%s", code, out)
	}
}

func TestAnalyzeTextFormat(t *testing.T) {
	dir := t.TempDir()
	p := analyzeTestFile(t, dir, "two.txt", []byte(articleTwo))
	out, stderr, code := analyzeRun(t, nil, "analyze", p, "--format", "text", "--published", "2031-03-04")
	if code != 0 {
		t.Fatalf("exit %d, stderr %s", code, stderr)
	}
	for _, want := range []string{"== " + p, "Title:     Council keeps the old library open", "Published: 2031-03-04T00:00:00Z (given)", "The town council voted on Thursday",
		"Summary:", "Keywords:"} {
		if !strings.Contains(out, want) {
			t.Errorf("text output lacks %q:\n%s", want, out)
		}
	}
	if strings.HasPrefix(strings.TrimSpace(out), "{") {
		t.Error("text format printed JSON")
	}
}

// TestAnalyzeBatchGoesOn: failing inputs print {"source","error"} records
// in their place, the others are analysed, and the exit status is 1.
func TestAnalyzeBatchGoesOn(t *testing.T) {
	dir := t.TempDir()
	good1 := analyzeTestFile(t, dir, "one.txt", []byte(articleOne))
	missing := filepath.Join(dir, "missing.txt")
	pdf := analyzeTestFile(t, dir, "report.txt", []byte("%PDF-1.5\n%\xb5\xb5\xb5\xb5\n1 0 obj\n"))
	empty := analyzeTestFile(t, dir, "empty.txt", nil)
	promo := analyzeTestFile(t, dir, "promo.txt", []byte("Subscribe now\n\nShare this article\n"))
	binary := analyzeTestFile(t, dir, "noise.txt", bytes.Repeat([]byte{0, 1, 2, 3, 0xff, 0}, 200))
	good2 := analyzeTestFile(t, dir, "two.txt", []byte(articleTwo))
	// A folder is read as ingest reads it (TestAnalyzeFolder); one with no
	// article file in it is one failed input.
	bare := filepath.Join(dir, "bare")
	os.Mkdir(bare, 0o755)
	inputs := []string{good1, missing, pdf, empty, promo, binary, bare, good2}
	out, stderr, code := analyzeRun(t, nil, append([]string{"analyze"}, inputs...)...)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	vs := analyzeDecodeAll(t, out)
	if len(vs) != len(inputs) {
		t.Fatalf("got %d records for %d inputs:\n%s", len(vs), len(inputs), out)
	}
	wantErr := map[int]string{1: "no such file", 2: "binary", 3: "empty", 4: "no article content", 5: "binary", 6: "no article files in this folder"}
	for i, v := range vs {
		if v["source"] != inputs[i] {
			t.Errorf("record %d source %v, want %s", i, v["source"], inputs[i])
		}
		frag, bad := wantErr[i]
		msg, _ := v["error"].(string)
		switch {
		case bad && len(v) != 2:
			t.Errorf("record %d: error record should have only source and error, got %v", i, v)
		case bad && !strings.Contains(msg, frag):
			t.Errorf("record %d: error %q, want it to mention %q", i, msg, frag)
		case !bad && (msg != "" || v["title"] == ""):
			t.Errorf("record %d: want an article, got %v", i, v)
		}
	}
	if !strings.Contains(stderr, "analyze failed") {
		t.Errorf("failures should be logged on stderr, got %q", stderr)
	}
}

func TestAnalyzePublished(t *testing.T) {
	dir := t.TempDir()
	p := analyzeTestFile(t, dir, "two.txt", []byte(articleTwo))
	for _, tc := range []struct{ flag, want string }{
		{"2021-07-30", "2021-07-30T00:00:00Z"},
		{"2021-07-30T10:04:05Z", "2021-07-30T10:04:05Z"},
		{"2021-07-30T10:04:05+09:00", "2021-07-30T10:04:05+09:00"},
	} {
		out, stderr, code := analyzeRun(t, nil, "analyze", "--published", tc.flag, p)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		if got := analyzeDecodeAll(t, out)[0]["published"]; got != tc.want {
			t.Errorf("--published %s: published = %v, want %s", tc.flag, got, tc.want)
		}
	}
	if _, stderr, code := analyzeRun(t, nil, "analyze", "--published", "last tuesday", p); code != 2 || !strings.Contains(stderr, "--published") {
		t.Errorf("bad date: exit %d, stderr %q; want 2 and a message", code, stderr)
	}
}

func TestAnalyzeStdin(t *testing.T) {
	for _, args := range [][]string{{"analyze", "-"}, {"analyze"}} {
		out, stderr, code := analyzeRun(t, strings.NewReader(articleTwo), args...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, stderr)
		}
		a := analyzeDecodeAll(t, out)[0]
		if a["source"] != "-" || a["title"] != "Council keeps the old library open" {
			t.Errorf("%v: source %v title %v", args, a["source"], a["title"])
		}
	}
	// Over --max-bytes on stdin: read as far as the limit, the article
	// saying so in incomplete, with a warning; not lost, hung or crashed.
	out, stderr, code := analyzeRun(t, strings.NewReader(strings.Repeat("The council met again. ", 100)), "analyze", "--max-bytes", "100", "-")
	if code != 0 || !strings.Contains(out, "over the size limit: its first 100 bytes were read") || !strings.Contains(stderr, "over the size limit") {
		t.Errorf("exit %d, out %s, stderr %s", code, out, stderr)
	}
}

func TestAnalyzeURLs(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/page.html", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, pageHTML)
	})
	mux.HandleFunc("/story", func(w http.ResponseWriter, r *http.Request) {
		// Plain text served with a lying type: the sniffer decides.
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, articleTwo)
	})
	mux.HandleFunc("/gone", func(w http.ResponseWriter, r *http.Request) { http.NotFound(w, r) })
	srv := httptest.NewServer(mux)
	defer srv.Close()

	out, stderr, code := analyzeRun(t, nil, "analyze", "--allow-private", srv.URL+"/page.html", srv.URL+"/story", srv.URL+"/gone")
	if code != 1 {
		t.Errorf("exit %d (stderr %s), want 1 for the 404", code, stderr)
	}
	vs := analyzeDecodeAll(t, out)
	if len(vs) != 3 {
		t.Fatalf("got %d records:\n%s", len(vs), out)
	}
	if vs[0]["url"] != srv.URL+"/page.html" || vs[0]["title"] == "" || vs[0]["error"] != nil {
		t.Errorf("html page: %v", vs[0])
	}
	if vs[1]["title"] != "Council keeps the old library open" {
		t.Errorf("text page: title %v", vs[1]["title"])
	}
	if msg, _ := vs[2]["error"].(string); !strings.Contains(msg, "404") {
		t.Errorf("404 page: %v", vs[2])
	}
	// Without --allow-private the local server is refused with advice.
	out, _, code = analyzeRun(t, nil, "analyze", srv.URL+"/story")
	if code != 1 || !strings.Contains(out, "--allow-private") {
		t.Errorf("without --allow-private: exit %d, out %s", code, out)
	}
	// file:// is never fetched.
	out, _, code = analyzeRun(t, nil, "analyze", "--allow-private", "file:///etc/passwd")
	if code != 1 || !strings.Contains(out, "only http and https") {
		t.Errorf("file://: exit %d, out %s", code, out)
	}
}

func TestAnalyzeUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"analyze", "--format", "xml", "a.txt"},
		{"analyze", "--no-such-flag"},
	} {
		if _, _, code := analyzeRun(t, nil, args...); code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
}

// A JSONL file holds many articles: analyze gives one result per line, in
// JSONL, with the bad line as an error record among them.
func TestAnalyzeContainerFile(t *testing.T) {
	dir := t.TempDir()
	p := analyzeTestFile(t, dir, "batch.jsonl", []byte(
		`{"url":"https://a.example/1","title":"Port strike ends","text":"Dockworkers in Port Alma returned to work on Monday after a week-long strike over pay."}`+"\n"+
			`not json`+"\n"+
			`{"url":"https://a.example/2","title":"Rail line reopens","text":"The coastal rail line reopened on Friday after storm repairs were finished ahead of schedule."}`+"\n"))
	out, _, code := analyzeRun(t, nil, "analyze", p)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != 1 || len(lines) != 3 {
		t.Fatalf("status %d, %d lines:\n%s", code, len(lines), out)
	}
	var titles []string
	for _, l := range lines {
		var a struct{ Title, Error string }
		if err := json.Unmarshal([]byte(l), &a); err != nil {
			t.Fatalf("line %q: %v", l, err)
		}
		titles = append(titles, a.Title+a.Error)
	}
	if !strings.Contains(titles[0], "Port strike") || !strings.Contains(titles[1], "not a JSON object") || !strings.Contains(titles[2], "Rail line") {
		t.Errorf("results %q", titles)
	}
}

// Numbers that mean nothing useful (a size limit of 0, a negative timeout)
// are usage errors in every command, named in the message, before anything
// is read or opened. So is standard input given twice (it can be read once).
func TestNonsensicalNumbersAreUsageErrors(t *testing.T) {
	db := filepath.Join(t.TempDir(), "never.db")
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"analyze", "--max-bytes", "0", "a.txt"}, "--max-bytes must be greater than 0"},
		{[]string{"analyze", "--max-bytes=-5", "a.txt"}, "--max-bytes must be greater than 0"},
		{[]string{"analyze", "a.txt", "--timeout", "-1s"}, "--timeout must be greater than 0"},
		{[]string{"analyze", "--summary-sentences", "0", "a.txt"}, "--summary-sentences must be greater than 0"},
		{[]string{"analyze", "--workers", "-2", "a.txt"}, "--workers must be greater than 0"},
		{[]string{"ingest", "--db", db, "--batch", "0", "a.txt"}, "--batch must be greater than 0"},
		{[]string{"analyze", "--analysis-budget", "0", "a.txt"}, "--analysis-budget must be greater than 0"},
		{[]string{"ingest", "--db", db, "--analysis-budget", "-1", "a.txt"}, "--analysis-budget must be greater than 0"},
		{[]string{"worker", "--queue", "nats://127.0.0.1:1", "--db", db, "--analysis-budget", "0"}, "--analysis-budget must be greater than 0"},
		{[]string{"reanalyze", "--db", db, "--analysis-budget", "0"}, "--analysis-budget must be greater than 0"},
		{[]string{"ingest", "--db", db, "--watch", "-15m", "--feed", "https://example.org/rss"}, "--watch must not be negative"},
		{[]string{"worker", "--queue", "nats://127.0.0.1:1", "--db", db, "--grace", "-1s"}, "--grace must not be negative"},
		{[]string{"search", "--db", db, "--offset", "-1", "harbour"}, "--offset must not be negative"},
		{[]string{"serve", "--db", db, "--query-timeout", "0s"}, "--query-timeout must be greater than 0"},
		{[]string{"ingest", "--db", db, "--progress", "sometimes", "a.txt"}, `unknown --progress "sometimes"`},
		{[]string{"analyze", "-", "a.txt", "-"}, "standard input (-) is given 2 times"},
		{[]string{"ingest", "--db", db, "-", "-"}, "standard input (-) is given 2 times"},
	} {
		_, errOut, code := analyzeRun(t, nil, tc.args...)
		if code != 2 || !strings.Contains(errOut, "newsgraph "+tc.args[0]+": "+tc.want) {
			t.Errorf("%v: exit %d, stderr %q; want 2 and %q", tc.args, code, errOut, tc.want)
		}
	}
	if _, err := os.Stat(db); err == nil {
		t.Error("a command opened the store before refusing its flags")
	}
}

// A folder is analysed as ingest would read it: every article file in it,
// walked recursively (hidden files and other kinds left out), one JSONL
// record each, a bad one an error record that does not stop the others. A
// folder with nothing to read is one error record.
func TestAnalyzeFolder(t *testing.T) {
	dir := t.TempDir()
	analyzeTestFile(t, dir, "a.txt", []byte(articleTwo))
	os.MkdirAll(filepath.Join(dir, "sub"), 0o755)
	analyzeTestFile(t, dir, filepath.Join("sub", "b.html"), []byte(pageHTML))
	analyzeTestFile(t, dir, "c.jsonl", []byte(`{"url":"https://a.example/1","title":"Port strike ends","text":"Dockworkers in Port Alma returned to work on Monday after a week-long strike over pay."}`+"\n"+"not json\n"))
	analyzeTestFile(t, dir, ".hidden.txt", []byte(articleTwo))
	analyzeTestFile(t, dir, "photo.png", []byte("\x89PNG\r\n\x1a\n"))
	empty := t.TempDir()

	out, errOut, code := analyzeRun(t, nil, "analyze", dir, empty)
	recs := analyzeDecodeAll(t, out)
	var got []string
	for _, r := range recs {
		title, _ := r["title"].(string)
		msg, _ := r["error"].(string)
		src, _ := r["source"].(string)
		got = append(got, strings.TrimPrefix(src, dir)+" "+title+msg)
	}
	want := []string{"/a.txt Council keeps the old library open", "/sub/b.html Night trains return",
		"/c.jsonl:1 Port strike ends", "/c.jsonl:2 "}
	if code != 1 || len(got) != 5 || strings.Contains(out, "is a directory") {
		t.Fatalf("exit %d, records %q\n%s", code, got, errOut)
	}
	for i, w := range want {
		if !strings.HasPrefix(got[i], w) {
			t.Errorf("record %d = %q, want %q...", i, got[i], w)
		}
	}
	if !strings.Contains(got[4], "no article files in this folder") {
		t.Errorf("empty folder: %q", got[4])
	}
}

// A WARC capture without a publish date says so: published stays null and
// the capture time is given as what it is.
func TestAnalyzeUndatedCapture(t *testing.T) {
	warc := filepath.Join("..", "ingest", "testdata", "warc", "tiny.warc.gz")
	out, stderr, code := analyzeRun(t, nil, "analyze", "--format", "text", warc)
	if code != 0 {
		t.Fatalf("exit %d, stderr %s", code, stderr)
	}
	if !strings.Contains(out, "Dated:     2025-03-04T10:00:00Z (no publish date; captured)") || strings.Contains(out, "Published:") {
		t.Errorf("text output:\n%s", out)
	}
	out, _, _ = analyzeRun(t, nil, "analyze", "--format", "jsonl", warc)
	for _, a := range analyzeDecodeAll(t, out) {
		if a["published"] != nil || a["reference_source"] != "captured" || a["reference_date"] != "2025-03-04T10:00:00Z" {
			t.Errorf("article %v: published %v, reference %v from %v", a["source"], a["published"], a["reference_date"], a["reference_source"])
		}
	}
}

// A text file with no publish date is dated by its modification time, as
// what it is, and its relative dates are read against it; the same text
// piped in has no date at all.
func TestAnalyzeFileModified(t *testing.T) {
	text := "Ferry returns\n\nThe island ferry returned to service yesterday after a week of storms, the harbour office said.\n"
	p := analyzeTestFile(t, t.TempDir(), "ferry.txt", []byte(text))
	mtime := time.Date(2024, 5, 6, 7, 8, 9, 0, time.UTC)
	if err := os.Chtimes(p, mtime, mtime); err != nil {
		t.Fatal(err)
	}
	out, stderr, code := analyzeRun(t, nil, "analyze", "--format", "jsonl", p)
	if code != 0 {
		t.Fatalf("exit %d, stderr %s", code, stderr)
	}
	a := analyzeDecodeAll(t, out)[0]
	if a["published"] != nil || a["reference_source"] != "file-modified" || a["reference_date"] != "2024-05-06T07:08:09Z" {
		t.Errorf("file: published %v, reference %v from %v", a["published"], a["reference_date"], a["reference_source"])
	}
	if !strings.Contains(out, `"value":"2024-05-05"`) {
		t.Errorf("yesterday not read against the file's time: %s", out)
	}
	out, _, _ = analyzeRun(t, strings.NewReader(text), "analyze", "--format", "jsonl", "-")
	if a := analyzeDecodeAll(t, out)[0]; a["published"] != nil || a["reference_date"] != nil || a["reference_source"] != nil {
		t.Errorf("stdin: published %v, reference %v from %v", a["published"], a["reference_date"], a["reference_source"])
	}
}

// TestAnalyzeStdinJSONL: JSON lines piped in are one result each, as the
// same lines in a .jsonl file (they were one "article" of JSON syntax), and
// the default format for several results is jsonl.
func TestAnalyzeStdinJSONL(t *testing.T) {
	in := `{"title":"Library stays open","text":"The council voted on Monday to keep the old library open."}` + "\n" +
		`{"title":"Pool reopens","text":"The town pool reopened on Saturday after a year of repairs."}` + "\n"
	out, errOut, code := analyzeRun(t, strings.NewReader(in), "analyze", "-")
	recs := analyzeDecodeAll(t, out)
	if code != 0 || len(recs) != 2 || recs[0]["source"] != "-:1" || recs[1]["title"] != "Pool reopens" || strings.Count(out, "\n") != 2 {
		t.Fatalf("exit %d, results %v; stderr %s", code, recs, errOut)
	}
}
