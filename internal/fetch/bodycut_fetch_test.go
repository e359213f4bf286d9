package fetch

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
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
