package fetch

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// An answer that sends fewer bytes than its Content-Length (the
// connection dropped) fails with ErrBodyCut, which callers tell apart from
// a page that is wrong.
func TestGetBodyCut(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Length", "5000")
		w.WriteHeader(http.StatusOK)
		fmt.Fprint(w, "<html><body><p>Lesotho's parliament met on Monday.</p>")
	}))
	defer srv.Close()
	_, err := New(Config{AllowPrivate: true}).Get(context.Background(), srv.URL)
	if !errors.Is(err, ErrBodyCut) {
		t.Errorf("err = %v, want ErrBodyCut", err)
	}
}

// A compressed page over the size limit on the wire is cut there and
// decompressed as far as its bytes go, not refused as corrupt.
func TestGetCompressedCutOnTheWire(t *testing.T) {
	var page strings.Builder
	for i := 0; page.Len() < 64<<10; i++ {
		fmt.Fprintf(&page, "<p>Paragraph %d: the port of Mombasa handled %d containers, the authority said.</p>\n", i, i*37%1000)
	}
	var gz bytes.Buffer
	w := gzip.NewWriter(&gz)
	w.Write([]byte(page.String()))
	w.Close()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Encoding", "gzip")
		w.Write(gz.Bytes())
	}))
	defer srv.Close()
	limit := int64(gz.Len() / 2)
	resp, err := New(Config{AllowPrivate: true, MaxBytes: limit}).Get(context.Background(), srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	if !resp.Cut || len(resp.Body) == 0 || !strings.HasPrefix(page.String(), string(resp.Body)) {
		t.Errorf("cut %v, %d bytes; want a prefix of the page, cut", resp.Cut, len(resp.Body))
	}
}
