package ingest

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/japanese"

	"github.com/newsgraph/newsgraph/internal/fetch"
	"github.com/newsgraph/newsgraph/internal/model"
)

// repeatReader yields an endless run of one byte pattern, so a test can
// offer a huge input without allocating it.
type repeatReader struct {
	pattern []byte
	n       int64 // bytes handed out
}

func (r *repeatReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = r.pattern[(r.n+int64(i))%int64(len(r.pattern))]
	}
	r.n += int64(len(p))
	return len(p), nil
}

func TestLoadFile(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(p, encode(t, japanese.ShiftJIS, "見出し\n\n"+sampleJapanese), 0o644); err != nil {
		t.Fatal(err)
	}
	doc, err := Load(context.Background(), p, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Source != p || doc.Charset != "shift_jis" || doc.Format != model.FormatText || !strings.Contains(doc.Content, sampleJapanese) {
		t.Errorf("doc = %+v", doc)
	}
}

func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	huge := filepath.Join(dir, "huge.txt")
	f, err := os.Create(huge)
	if err != nil {
		t.Fatal(err)
	}
	// 50 MB, sparse: nothing is written. Read as far as the size limit (see
	// TestLoadOverLimit), its zeros are no text.
	if err := f.Truncate(50 << 20); err != nil {
		t.Fatal(err)
	}
	f.Close()
	empty := filepath.Join(dir, "empty.txt")
	os.WriteFile(empty, nil, 0o644)
	pdf := filepath.Join(dir, "paper.txt") // the extension lies
	os.WriteFile(pdf, []byte("%PDF-1.4\n%\xc7\xec\x8f\xa2\n"), 0o644)

	tests := []struct {
		name string
		src  string
		opts Options
		want error
	}{
		{"50 MB of zeros", huge, Options{}, ErrBinary},
		{"empty file", empty, Options{}, ErrEmpty},
		{"pdf named .txt", pdf, Options{}, ErrBinary},
		{"missing file", filepath.Join(dir, "nope.txt"), Options{}, os.ErrNotExist},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(context.Background(), tt.src, tt.opts)
			if !errors.Is(err, tt.want) {
				t.Errorf("err = %v, want %v", err, tt.want)
			}
			if err != nil && !strings.Contains(err.Error(), tt.src) && tt.src != "-" {
				t.Errorf("error %q does not name the input", err)
			}
		})
	}
	// The stdin reader must not have been drained past the cap.
	rr := &repeatReader{pattern: []byte("x")}
	Load(context.Background(), "-", Options{Stdin: rr})
	if rr.n > DefaultMaxBytes+64<<10 {
		t.Errorf("read %d bytes from stdin, cap is %d", rr.n, DefaultMaxBytes)
	}
	if _, err := Load(context.Background(), dir, Options{}); err == nil || !strings.Contains(err.Error(), "directory") {
		t.Errorf("directory: err = %v", err)
	}
	if _, err := Load(context.Background(), "-", Options{}); err == nil {
		t.Error("stdin without a reader: want an error")
	}
	if _, err := Load(context.Background(), "https://example.com/", Options{}); err == nil {
		t.Error("URL without a fetcher: want an error")
	}
}

func TestLoadStdin(t *testing.T) {
	doc, err := Load(context.Background(), "-", Options{Stdin: io.MultiReader(bytes.NewReader([]byte("Headline\n\nBody text here.\n")))})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Source != "-" || doc.Charset != "utf-8" || doc.Content != "Headline\n\nBody text here.\n" {
		t.Errorf("doc = %+v", doc)
	}
}

func TestIsURL(t *testing.T) {
	for src, want := range map[string]bool{
		"https://a.example/x": true, "http://a": true, "file:///etc/passwd": true, "ftp://x": true,
		"a.txt": false, "-": false, "/tmp/a://b": false, "://x": false, "C:\\dir\\a.txt": false,
	} {
		if got := IsURL(src); got != want {
			t.Errorf("IsURL(%q) = %v, want %v", src, got, want)
		}
	}
}

func TestLoadURL(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/sjis", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=Shift_JIS")
		w.Write(encode(t, japanese.ShiftJIS, sampleJapanese))
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Write(bytes.Repeat([]byte("big "), 1<<12))
	})
	mux.HandleFunc("/gzip-bomb", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Encoding", "gzip")
		w.Write(gz(t, bytes.Repeat([]byte("bomb "), 1<<12)))
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	opts := Options{Fetcher: fetch.New(fetch.Config{AllowPrivate: true, MaxBytes: 1 << 10})}
	doc, err := Load(context.Background(), srv.URL+"/sjis", opts)
	if err != nil {
		t.Fatal(err)
	}
	if doc.URL != srv.URL+"/sjis" || doc.Charset != "shift_jis" || doc.Content != sampleJapanese || doc.ContentType != "text/plain; charset=Shift_JIS" {
		t.Errorf("doc = %+v", doc)
	}
	// A page over the cap, sent as it is or compressed, is read as far as
	// the cap and marked cut (see TestLoadOverLimit).
	for _, p := range []string{"/big", "/gzip-bomb"} {
		doc, err := Load(context.Background(), srv.URL+p, opts)
		if err != nil || len(doc.Raw) != 1<<10 || !strings.Contains(doc.Hints[model.HintTruncated], "first 1024 bytes") {
			t.Errorf("%s: err = %v, doc %.200v; want its first 1024 bytes, marked cut", p, err, doc)
		}
	}
}

// A missing input that reads as a URL without its scheme, or a dangling
// symbolic link, says so; a plain missing file stays a plain "no such file".
func TestLoadExplainsMissing(t *testing.T) {
	dir := t.TempDir()
	link := filepath.Join(dir, "gone.txt")
	if err := os.Symlink(filepath.Join(dir, "moved.txt"), link); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	// Relative names, as typed: run from the temporary folder so that
	// "example.com/..." is looked up (and not found) there.
	t.Chdir(dir)
	for src, want := range map[string]string{
		"example.com/news/2025/talks":      "give the whole URL: https://example.com/news/2025/talks",
		"www.example.org":                  "give the whole URL: https://www.example.org",
		"news.bbc.co.uk/world":             "https://news.bbc.co.uk/world",
		link:                               "a symbolic link to " + filepath.Join(dir, "moved.txt") + ", which does not exist",
		"story.txt":                        "",
		"drafts.v2/story.txt":              "",
		filepath.Join("no", "such", "dir"): "",
	} {
		_, err := Load(context.Background(), src, Options{})
		if !errors.Is(err, os.ErrNotExist) {
			t.Errorf("%s: err = %v, want ErrNotExist", src, err)
			continue
		}
		hinted := strings.Contains(err.Error(), "(")
		switch {
		case want == "" && hinted:
			t.Errorf("%s: %v has a hint it should not", src, err)
		case want != "" && !strings.Contains(err.Error(), want):
			t.Errorf("%s: %v, want it to say %q", src, err, want)
		}
	}
}
