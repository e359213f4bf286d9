package fetch

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// publicPorts returns a check that treats the given test servers as public
// and every other address with IsPublic, so the guard can be exercised
// against servers that all live on 127.0.0.1.
func publicPorts(servers ...*httptest.Server) func(netip.AddrPort) bool {
	allowed := map[netip.AddrPort]bool{}
	for _, s := range servers {
		u, _ := url.Parse(s.URL)
		allowed[netip.MustParseAddrPort(u.Host)] = true
	}
	return func(ap netip.AddrPort) bool { return allowed[ap] || IsPublic(ap.Addr()) }
}

func TestGetOK(t *testing.T) {
	var ua atomic.Value
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ua.Store(r.Header.Get("User-Agent"))
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, "<html><body><p>hello</p></body></html>")
	}))
	defer srv.Close()
	c := New(Config{AllowPrivate: true})
	resp, err := c.Get(context.Background(), srv.URL+"/a")
	if err != nil {
		t.Fatal(err)
	}
	if resp.Status != 200 || resp.ContentType != "text/html; charset=utf-8" || !strings.Contains(string(resp.Body), "hello") || resp.URL != srv.URL+"/a" {
		t.Errorf("resp = %+v", resp)
	}
	if got := ua.Load(); got != DefaultUserAgent {
		t.Errorf("User-Agent = %q, want %q", got, DefaultUserAgent)
	}
	// A configured User-Agent is sent instead, on redirects too.
	mux := http.NewServeMux()
	var mu sync.Mutex
	var uas []string
	mux.HandleFunc("/start", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		uas = append(uas, r.Header.Get("User-Agent"))
		http.Redirect(w, r, "/end", http.StatusFound)
	})
	mux.HandleFunc("/end", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		uas = append(uas, r.Header.Get("User-Agent"))
		fmt.Fprint(w, "done")
	})
	srv2 := httptest.NewServer(mux)
	defer srv2.Close()
	c = New(Config{AllowPrivate: true, UserAgent: "test-agent/1"})
	resp, err = c.Get(context.Background(), srv2.URL+"/start")
	if err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	defer mu.Unlock()
	if resp.URL != srv2.URL+"/end" || strings.Join(uas, ",") != "test-agent/1,test-agent/1" {
		t.Errorf("final URL %q, user agents %q", resp.URL, uas)
	}
}

func TestGetRefusesSchemes(t *testing.T) {
	c := New(Config{AllowPrivate: true})
	for _, u := range []string{"file:///etc/passwd", "ftp://example.com/x", "gopher://example.com/", "javascript:alert(1)", "data:text/plain,hi", "/relative/path"} {
		_, err := c.Get(context.Background(), u)
		if !errors.Is(err, ErrScheme) {
			t.Errorf("%s: err = %v, want ErrScheme", u, err)
		}
	}
	if _, err := c.Get(context.Background(), "http:///nohost"); err == nil {
		t.Error("URL without host: want an error")
	}
	// A redirect to file:// is refused too.
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
	}))
	defer srv.Close()
	if _, err := c.Get(context.Background(), srv.URL); !errors.Is(err, ErrScheme) {
		t.Errorf("redirect to file://: err = %v, want ErrScheme", err)
	}
}

func TestGetRefusesPrivateAddresses(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		fmt.Fprint(w, "secret")
	}))
	defer srv.Close()
	c := New(Config{}) // the default: strict
	for _, u := range []string{srv.URL, strings.Replace(srv.URL, "127.0.0.1", "localhost", 1)} {
		_, err := c.Get(context.Background(), u)
		if !errors.Is(err, ErrForbiddenIP) {
			t.Errorf("%s: err = %v, want ErrForbiddenIP", u, err)
			continue
		}
		if !strings.Contains(err.Error(), "--allow-private") {
			t.Errorf("error %q does not say how to allow it", err)
		}
	}
	if n := hits.Load(); n != 0 {
		t.Errorf("the private server was reached %d times", n)
	}
	// Other non-public literals are refused before any connection succeeds.
	for _, host := range []string{"10.255.255.1", "169.254.169.254", "[::1]", "0.0.0.0", "[::ffff:127.0.0.1]"} {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		_, err := c.Get(ctx, "http://"+host+":1/")
		cancel()
		if !errors.Is(err, ErrForbiddenIP) {
			t.Errorf("%s: err = %v, want ErrForbiddenIP", host, err)
		}
	}
	// With AllowPrivate the same server is fetched.
	if _, err := New(Config{AllowPrivate: true}).Get(context.Background(), srv.URL); err != nil {
		t.Errorf("AllowPrivate: %v", err)
	}
}

func TestGetRefusesRedirectToPrivate(t *testing.T) {
	var privateHits atomic.Int32
	private := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		privateHits.Add(1)
		fmt.Fprint(w, "internal admin page")
	}))
	defer private.Close()
	public := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/ok" {
			fmt.Fprint(w, "public page")
			return
		}
		http.Redirect(w, r, private.URL+"/admin", http.StatusFound)
	}))
	defer public.Close()

	c := New(Config{publicAddr: publicPorts(public)})
	// The "public" server itself is reachable: the hook works...
	if resp, err := c.Get(context.Background(), public.URL+"/ok"); err != nil || string(resp.Body) != "public page" {
		t.Fatalf("public server: %v", err)
	}
	// ...and its redirect into the private one is refused at dial time.
	_, err := c.Get(context.Background(), public.URL+"/go")
	if !errors.Is(err, ErrForbiddenIP) || !strings.Contains(err.Error(), "--allow-private") {
		t.Errorf("err = %v, want ErrForbiddenIP mentioning --allow-private", err)
	}
	if n := privateHits.Load(); n != 0 {
		t.Errorf("private server reached %d times", n)
	}
}

func TestGetSizeCap(t *testing.T) {
	body := strings.Repeat("x", 2048)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/chunked" {
			// No Content-Length: the cap must hold while reading.
			w.Header().Set("Content-Type", "text/plain")
			for i := 0; i < 4; i++ {
				fmt.Fprint(w, body)
				w.(http.Flusher).Flush()
			}
			return
		}
		fmt.Fprint(w, body)
	}))
	defer srv.Close()
	// Over the cap, a page is kept as far as the cap and said to be cut;
	// a feed is refused, its XML cut short being no feed.
	c := New(Config{AllowPrivate: true, MaxBytes: 1024})
	for _, p := range []string{"/declared", "/chunked"} {
		resp, err := c.Get(context.Background(), srv.URL+p)
		if err != nil || !resp.Cut || len(resp.Body) != 1024 {
			t.Errorf("%s: err = %v, response %+v; want the first 1024 bytes, cut", p, err, resp)
		}
		_, err = c.GetConditional(context.Background(), srv.URL+p, Validators{}, FeedAccept)
		if !errors.Is(err, ErrTooLarge) {
			t.Errorf("%s: conditional err = %v, want ErrTooLarge", p, err)
		}
	}
	// At the cap exactly is fine, and whole.
	c = New(Config{AllowPrivate: true, MaxBytes: 2048})
	if resp, err := c.Get(context.Background(), srv.URL+"/declared"); err != nil || len(resp.Body) != 2048 || resp.Cut {
		t.Errorf("at the cap: %v", err)
	}
}

func TestGetRedirectLimit(t *testing.T) {
	var hops atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := hops.Add(1)
		http.Redirect(w, r, fmt.Sprintf("/hop%d", n), http.StatusFound)
	}))
	defer srv.Close()
	c := New(Config{AllowPrivate: true, MaxRedirects: 3})
	_, err := c.Get(context.Background(), srv.URL)
	if !errors.Is(err, ErrTooManyHops) {
		t.Errorf("err = %v, want ErrTooManyHops", err)
	}
	if n := hops.Load(); n != 4 { // the first request and three redirects
		t.Errorf("server saw %d requests, want 4", n)
	}
}

// A redirect back to an address already visited is a loop, said at once
// with the addresses of the loop, rather than followed to the redirect
// limit; a chain that never repeats is not one, whatever its length up to
// the limit.
func TestGetRedirectLoop(t *testing.T) {
	var requests atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		requests.Add(1)
		switch r.URL.Path {
		case "/self":
			http.Redirect(w, r, "/self", http.StatusMovedPermanently)
		case "/ping":
			http.Redirect(w, r, "/pong", http.StatusFound)
		case "/pong":
			http.Redirect(w, r, "/ping", http.StatusFound)
		case "/chain/4":
			fmt.Fprint(w, "<html><body><p>Arrived.</p></body></html>")
		default:
			var n int
			fmt.Sscanf(r.URL.Path, "/chain/%d", &n)
			http.Redirect(w, r, fmt.Sprintf("/chain/%d", n+1), http.StatusFound)
		}
	}))
	defer srv.Close()
	c := New(Config{AllowPrivate: true, MaxRedirects: 10})
	tests := []struct {
		path      string
		requests  int32
		wantChain string
	}{
		{"/self", 1, srv.URL + "/self -> " + srv.URL + "/self"},
		{"/ping", 2, srv.URL + "/ping -> " + srv.URL + "/pong -> " + srv.URL + "/ping"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			requests.Store(0)
			_, err := c.Get(context.Background(), srv.URL+tt.path)
			if !errors.Is(err, ErrRedirectLoop) {
				t.Fatalf("err = %v, want ErrRedirectLoop", err)
			}
			if !strings.Contains(err.Error(), tt.wantChain) {
				t.Errorf("error %q does not name the loop %q", err, tt.wantChain)
			}
			if n := requests.Load(); n != tt.requests {
				t.Errorf("server saw %d requests, want %d (the loop is seen before the limit)", n, tt.requests)
			}
		})
	}
	// Near miss: four distinct hops under the limit arrive.
	resp, err := c.Get(context.Background(), srv.URL+"/chain/0")
	if err != nil || !strings.HasSuffix(resp.URL, "/chain/4") {
		t.Errorf("distinct chain: resp %v err %v", resp, err)
	}
}

func TestGetTimeout(t *testing.T) {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}))
	defer srv.Close()
	defer close(release)
	c := New(Config{AllowPrivate: true, Timeout: 50 * time.Millisecond})
	_, err := c.Get(context.Background(), srv.URL)
	if err == nil {
		t.Fatal("want a timeout error")
	}
	var te interface{ Timeout() bool }
	if !errors.As(err, &te) || !te.Timeout() {
		t.Errorf("err = %v, want a timeout", err)
	}
}

func TestGetHTTPStatus(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "gone", http.StatusNotFound)
	}))
	defer srv.Close()
	_, err := New(Config{AllowPrivate: true}).Get(context.Background(), srv.URL)
	if !errors.Is(err, ErrHTTPStatus) || !strings.Contains(err.Error(), "404") {
		t.Errorf("err = %v, want ErrHTTPStatus with 404", err)
	}
}

func TestIsPublic(t *testing.T) {
	tests := []struct {
		addr string
		want bool
	}{
		{"8.8.8.8", true},
		{"1.1.1.1", true},
		{"93.184.216.34", true},
		{"2606:4700:4700::1111", true},
		{"2001:4860:4860::8888", true},
		{"127.0.0.1", false},
		{"127.8.9.10", false},
		{"10.0.0.1", false},
		{"172.16.5.4", false},
		{"172.31.255.255", false},
		{"172.32.0.1", true},
		{"192.168.1.1", false},
		{"169.254.169.254", false}, // cloud metadata
		{"100.64.0.1", false},      // carrier-grade NAT
		{"0.0.0.0", false},
		{"0.1.2.3", false},
		{"224.0.0.1", false},
		{"239.255.255.250", false},
		{"255.255.255.255", false},
		{"192.0.2.1", false},
		{"198.51.100.7", false},
		{"203.0.113.9", false},
		{"198.18.0.1", false},
		{"::1", false},
		{"::", false},
		{"::ffff:127.0.0.1", false},
		{"::ffff:8.8.8.8", true},
		{"::127.0.0.1", false},
		{"fe80::1", false},
		{"fe80::1%eth0", false},
		{"fc00::1", false},
		{"fd12:3456::1", false},
		{"ff02::1", false},
		{"2001:db8::1", false},
		{"64:ff9b::7f00:1", false},     // NAT64 of 127.0.0.1
		{"64:ff9b::808:808", true},     // NAT64 of 8.8.8.8
		{"2002:7f00:1::1", false},      // 6to4 of 127.0.0.1
		{"2002:c0a8:101::1", false},    // 6to4 of 192.168.1.1
		{"2001:0:4136:e378::1", false}, // Teredo
	}
	for _, tt := range tests {
		ip, err := netip.ParseAddr(tt.addr)
		if err != nil {
			t.Fatalf("%s: %v", tt.addr, err)
		}
		if got := IsPublic(ip); got != tt.want {
			t.Errorf("IsPublic(%s) = %v, want %v", tt.addr, got, tt.want)
		}
	}
	if IsPublic(netip.Addr{}) {
		t.Error("the zero Addr is not public")
	}
}

// Content-Encoding is decoded here, not by the transport: gzip (asked for)
// with or without bytes after its end, and deflate (zlib or raw) and x-gzip
// (unasked) under the size cap; gzip sent plain is read as sent, and
// Brotli, zstd, a corrupt body or one that decompresses past the cap is an
// error that says what it is, not a page of compressed bytes.
func TestGetContentEncodings(t *testing.T) {
	page := "<html><body><p>The quay reopened on Friday.</p></body></html>"
	compress := func(enc string, s string) []byte {
		var b bytes.Buffer
		var w io.WriteCloser
		switch enc {
		case "zlib":
			w = zlib.NewWriter(&b)
		case "flate":
			w, _ = flate.NewWriter(&b, flate.DefaultCompression)
		default:
			w = gzip.NewWriter(&b)
		}
		io.WriteString(w, s)
		w.Close()
		return b.Bytes()
	}
	const limit = 1 << 20
	huge := strings.Repeat("a", 3*limit)
	cat := func(parts ...[]byte) []byte { return bytes.Join(parts, nil) }
	tests := []struct {
		name, encoding string
		body           []byte
		want           string // the body, or "!" and part of the error
		wantErr        error  // for errors.Is, with "!"
		wantWarn       bool   // a warning about trailing bytes is logged
	}{
		{"gzip", "gzip", compress("gzip", page), page, nil, false},
		{"gzip with trailing zero bytes", "gzip", cat(compress("gzip", page), make([]byte, 64)), page, nil, true},
		{"gzip of two members", "gzip", cat(compress("gzip", page[:20]), compress("gzip", page[20:])), page, nil, false},
		{"deflate (zlib)", "deflate", compress("zlib", page), page, nil, false},
		{"deflate (raw)", "deflate", compress("flate", page), page, nil, false},
		{"x-gzip", "x-gzip", compress("gzip", page), page, nil, false},
		{"gzip label on a plain body", "x-gzip", []byte(page), page, nil, false},
		{"identity", "identity", []byte(page), page, nil, false},
		{"brotli", "br", []byte("\x1b\x2c\x00\xf8garbage"), `!Content-Encoding "br" is not supported`, ErrEncoding, false},
		{"zstd", "zstd", []byte("\x28\xb5\x2f\xfd garbage"), `!Content-Encoding "zstd" is not supported`, ErrEncoding, false},
		{"corrupt deflate", "deflate", []byte("not deflate at all"), "!corrupt deflate", ErrEncoding, false},
		{"gzip cut short", "gzip", compress("gzip", page)[:30], "!corrupt gzip", ErrEncoding, false},
		// What decompresses past the cap is cut there (Response.Cut).
		{"deflate bomb", "deflate", compress("zlib", huge), huge[:limit], nil, false},
		{"gzip bomb", "gzip", compress("gzip", huge), huge[:limit], nil, false},
		{"gzip bomb with trailing bytes", "gzip", cat(compress("gzip", huge), make([]byte, 64)), huge[:limit], nil, false},
	}
	for _, tt := range tests {
		var asked atomic.Value
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			asked.Store(r.Header.Get("Accept-Encoding"))
			w.Header().Set("Content-Type", "text/html")
			w.Header().Set("Content-Encoding", tt.encoding)
			w.Write(tt.body)
		}))
		var logged bytes.Buffer
		c := New(Config{AllowPrivate: true, MaxBytes: limit, Log: slog.New(slog.NewTextHandler(&logged, nil))})
		resp, err := c.Get(context.Background(), srv.URL)
		srv.Close()
		if got, _ := asked.Load().(string); got != "gzip" {
			t.Errorf("%s: Accept-Encoding %q, want gzip", tt.name, got)
		}
		switch {
		case strings.HasPrefix(tt.want, "!"):
			if err == nil || !strings.Contains(err.Error(), tt.want[1:]) || !errors.Is(err, tt.wantErr) {
				t.Errorf("%s: err %v, want one saying %q and matching %v", tt.name, err, tt.want[1:], tt.wantErr)
			}
		case err != nil:
			t.Errorf("%s: %v", tt.name, err)
		case string(resp.Body) != tt.want || resp.Header.Get("Content-Encoding") != "":
			t.Errorf("%s: body %.80q (Content-Encoding %q), want %.80q", tt.name, resp.Body, resp.Header.Get("Content-Encoding"), tt.want)
		case resp.Cut != (len(tt.want) == limit):
			t.Errorf("%s: Cut %v", tt.name, resp.Cut)
		}
		if warned := strings.Contains(logged.String(), "trailing garbage"); warned != tt.wantWarn {
			t.Errorf("%s: warned %v, want %v (log %q)", tt.name, warned, tt.wantWarn, logged.String())
		}
	}
}
