// Package fetch is newsgraph's only way out to the network. Every request has
// a timeout, a size cap, a redirect limit and a clear User-Agent, and by
// default it refuses non-http(s) schemes and addresses that point back into
// the machine or its private network (checked after DNS resolution, on the
// address actually dialled, so redirects and DNS rebinding are covered too).
package fetch

import (
	"bytes"
	"compress/flate"
	"compress/zlib"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"syscall"
	"time"

	"github.com/newsgraph/newsgraph/internal/gunzip"
)

// Defaults used when a Config field is zero.
const (
	DefaultTimeout      = 30 * time.Second
	DefaultMaxBytes     = 10 << 20
	DefaultMaxRedirects = 5
	DefaultUserAgent    = "newsgraph/0.1 (+https://github.com/newsgraph/newsgraph)"
)

// Config sets the client's limits. The zero value is safe.
type Config struct {
	Timeout      time.Duration
	MaxBytes     int64
	MaxRedirects int
	UserAgent    string
	// AllowPrivate permits loopback, private, link-local and other
	// non-public addresses (for local testing and intranet crawls).
	AllowPrivate bool
	// Log receives warnings about responses that were read despite a
	// flaw (bytes after a gzip body's end); nil logs nothing.
	Log *slog.Logger

	// publicAddr replaces IsPublic in the address check. Only tests set it
	// (to treat one httptest server on 127.0.0.1 as public and another as
	// private); nil, the only value outside this package, means IsPublic.
	publicAddr func(netip.AddrPort) bool
}

// Errors callers can test for with errors.Is.
var (
	ErrScheme      = errors.New("only http and https URLs can be fetched")
	ErrForbiddenIP = errors.New("address is not public (use --allow-private to permit it)")
	ErrTooLarge    = errors.New("response exceeds the size limit")
	ErrTooManyHops = errors.New("too many redirects")
	// ErrRedirectLoop is a redirect back to an address already visited
	// on the way. The client keeps no cookies, so the server answers the
	// same address the same way again: the loop would only end at the
	// redirect limit, with a message that did not say why.
	ErrRedirectLoop = errors.New("redirect loop")
	ErrHTTPStatus   = errors.New("unexpected HTTP status")
	// ErrBodyCut is an answer whose body broke off before its end: the
	// connection dropped, or the timeout ran out, while the page was
	// read. Nothing is wrong with the page, and a later fetch may get it
	// whole (the runner fetches a feed's link again, as after no answer).
	ErrBodyCut = errors.New("the answer broke off before the end of its body")
)

// Response is a fetched resource.
type Response struct {
	URL         string // final URL after redirects
	Status      int
	ContentType string
	Header      http.Header
	Body        []byte
	// Cut says the body was over Config.MaxBytes and is its first
	// MaxBytes bytes (of what it decompresses to, for a compressed one):
	// Get keeps a page so, as a WARC record over the limit is kept, and
	// the caller marks the document cut (model.HintTruncated). A feed
	// (GetConditional) over the limit is refused: its XML cut short
	// holds no whole item list.
	Cut bool
}

// Client fetches URLs under the limits of its Config.
type Client struct {
	cfg  Config
	http *http.Client
}

// New builds a Client.
func New(cfg Config) *Client {
	if cfg.Timeout <= 0 {
		cfg.Timeout = DefaultTimeout
	}
	if cfg.MaxBytes <= 0 {
		cfg.MaxBytes = DefaultMaxBytes
	}
	if cfg.MaxRedirects <= 0 {
		cfg.MaxRedirects = DefaultMaxRedirects
	}
	if cfg.UserAgent == "" {
		cfg.UserAgent = DefaultUserAgent
	}
	dialer := &net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}
	if !cfg.AllowPrivate {
		// Control runs after DNS resolution with the exact address being
		// dialled, for the first request and for every redirect.
		public := func(ap netip.AddrPort) bool { return IsPublic(ap.Addr()) }
		if cfg.publicAddr != nil {
			public = cfg.publicAddr
		}
		dialer.Control = func(network, address string, _ syscall.RawConn) error {
			ap, err := netip.ParseAddrPort(address)
			if err != nil {
				return fmt.Errorf("%w: %s", ErrForbiddenIP, address)
			}
			if !public(ap) {
				return fmt.Errorf("%w: %s", ErrForbiddenIP, ap.Addr())
			}
			return nil
		}
	}
	transport := &http.Transport{
		Proxy:                 nil, // a proxy would dial on our behalf and bypass the address check
		DialContext:           dialer.DialContext,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: cfg.Timeout,
		MaxIdleConnsPerHost:   4,
		IdleConnTimeout:       90 * time.Second,
		// We ask for gzip ourselves and decode it in decodeBody, with the
		// same reader as a .gz file: the transport's own decoding failed a
		// whole page on bytes after the gzip data ("gzip: invalid header")
		// that gzip(1) and browsers ignore.
		DisableCompression: true,
	}
	c := &Client{cfg: cfg}
	c.http = &http.Client{
		Transport: transport,
		Timeout:   cfg.Timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if err := redirectLoop(req, via); err != nil {
				return err
			}
			if len(via) > cfg.MaxRedirects {
				return fmt.Errorf("%w (more than %d): %s", ErrTooManyHops, cfg.MaxRedirects, redirectChain(via, req))
			}
			if err := checkURL(req.URL); err != nil {
				return err
			}
			req.Header.Set("User-Agent", cfg.UserAgent)
			return nil
		},
	}
	return c
}

// redirectLoop returns ErrRedirectLoop, naming the addresses of the loop,
// when req goes back to an address of via (the requests so far).
func redirectLoop(req *http.Request, via []*http.Request) error {
	next := req.URL.String()
	for i, r := range via {
		if r.URL.String() == next {
			return fmt.Errorf("%w: %s", ErrRedirectLoop, redirectChain(via[i:], req))
		}
	}
	return nil
}

// redirectChain writes the addresses of a chain of redirects, credentials
// left out: "https://a.example/x -> https://a.example/y -> ...". A long
// chain keeps its first and last addresses.
func redirectChain(via []*http.Request, next *http.Request) string {
	urls := make([]string, 0, len(via)+1)
	for _, r := range via {
		urls = append(urls, StripUserinfo(r.URL.String()))
	}
	urls = append(urls, StripUserinfo(next.URL.String()))
	if len(urls) > 6 {
		urls = append(append(urls[:3:3], "..."), urls[len(urls)-2:]...)
	}
	return strings.Join(urls, " -> ")
}

func checkURL(u *url.URL) error {
	if u.Scheme != "http" && u.Scheme != "https" {
		return fmt.Errorf("%w: %q", ErrScheme, u.Scheme+"://")
	}
	if u.Host == "" {
		return fmt.Errorf("URL %q has no host", u.String())
	}
	return nil
}

// IsPublic reports whether ip is a globally routable unicast address.
func IsPublic(ip netip.Addr) bool {
	ip = ip.Unmap()
	if !ip.IsValid() || ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() ||
		ip.IsLinkLocalMulticast() || ip.IsMulticast() || ip.IsUnspecified() || ip.IsInterfaceLocalMulticast() {
		return false
	}
	for _, p := range nonPublic {
		if p.Contains(ip) {
			return false
		}
	}
	// IPv6 forms that carry an IPv4 address inside: the embedded address
	// decides (64:ff9b::127.0.0.1 reaches loopback through a NAT64 gateway).
	if ip.Is6() {
		b := ip.As16()
		switch {
		case nat64.Contains(ip):
			return IsPublic(netip.AddrFrom4([4]byte{b[12], b[13], b[14], b[15]}))
		case sixToFour.Contains(ip):
			return IsPublic(netip.AddrFrom4([4]byte{b[2], b[3], b[4], b[5]}))
		}
	}
	return true
}

var (
	nat64     = netip.MustParsePrefix("64:ff9b::/96")
	sixToFour = netip.MustParsePrefix("2002::/16")
)

// Ranges that the netip predicates do not cover but that are not the public
// internet: carrier-grade NAT, benchmarking, documentation, 6to4 relay, etc.
var nonPublic = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),
	netip.MustParsePrefix("100.64.0.0/10"),
	netip.MustParsePrefix("192.0.0.0/24"),
	netip.MustParsePrefix("192.0.2.0/24"),
	netip.MustParsePrefix("198.18.0.0/15"),
	netip.MustParsePrefix("198.51.100.0/24"),
	netip.MustParsePrefix("203.0.113.0/24"),
	netip.MustParsePrefix("240.0.0.0/4"),
	netip.MustParsePrefix("64:ff9b:1::/48"),
	netip.MustParsePrefix("::/96"),        // IPv4-compatible (deprecated) and unspecified
	netip.MustParsePrefix("100::/64"),     // discard-only
	netip.MustParsePrefix("2001::/32"),    // Teredo: tunnels to arbitrary IPv4
	netip.MustParsePrefix("2001:10::/28"), // ORCHID
	netip.MustParsePrefix("2001:20::/28"), // ORCHIDv2
	netip.MustParsePrefix("2001:db8::/32"),
	netip.MustParsePrefix("fc00::/7"),
}

// Get fetches rawURL and returns its body, at most Config.MaxBytes of it:
// a longer one is cut there (Response.Cut), not refused, since an
// article's text comes early in its page and what follows the limit (a
// page's scripts, inline images, comments) is seldom article. An HTML page
// that sends the reader on at once with a meta refresh is followed as a
// redirect is (see getFollowingRefresh).
func (c *Client) Get(ctx context.Context, rawURL string) (*Response, error) {
	return c.getFollowingRefresh(ctx, rawURL)
}

// getOne fetches rawURL, following HTTP redirects only.
func (c *Client) getOne(ctx context.Context, rawURL string) (*Response, error) {
	req, err := c.newRequest(ctx, rawURL, "text/html,application/xhtml+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5")
	if err != nil {
		return nil, err
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", StripUserinfo(rawURL), hideUserinfo(err))
	}
	defer resp.Body.Close()
	return c.readResponse(rawURL, resp, true)
}

// newRequest checks rawURL (scheme, address) and builds a GET for it with
// our User-Agent and the given Accept header. Errors name rawURL.
func (c *Client) newRequest(ctx context.Context, rawURL, accept string) (*http.Request, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		if ue, ok := errors.AsType[*url.Error](err); ok {
			err = ue.Err // its text repeats the URL, credentials and all
		}
		return nil, fmt.Errorf("fetch %s: %w", StripUserinfo(rawURL), err)
	}
	if err := checkURL(u); err != nil {
		return nil, fmt.Errorf("fetch %s: %w", StripUserinfo(rawURL), err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", StripUserinfo(rawURL), err)
	}
	req.Header.Set("User-Agent", c.cfg.UserAgent)
	req.Header.Set("Accept", accept)
	req.Header.Set("Accept-Encoding", "gzip")
	return req, nil
}

// StatusError is the status of an answer refused as ErrHTTPStatus, for
// callers that tell a server's passing trouble (5xx, 429) from a page that
// is not there (404): the same text as before, with the code.
type StatusError struct {
	Code   int
	Status string // as the server wrote it, "503 Service Unavailable"
}

func (e *StatusError) Error() string { return e.Status }

// readResponse refuses a non-2xx status and reads the body under
// Config.MaxBytes (declared length first, then what actually arrives). A
// body over it is refused (ErrTooLarge) or, with keepCut, kept as far as
// the limit (Response.Cut). The caller closes resp.Body.
func (c *Client) readResponse(rawURL string, resp *http.Response, keepCut bool) (*Response, error) {
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, fmt.Errorf("fetch %s: %w: %w", StripUserinfo(rawURL), ErrHTTPStatus, &StatusError{Code: resp.StatusCode, Status: resp.Status})
	}
	if resp.ContentLength > c.cfg.MaxBytes && !keepCut {
		return nil, fmt.Errorf("fetch %s: %w: %d bytes declared, limit %d", StripUserinfo(rawURL), ErrTooLarge, resp.ContentLength, c.cfg.MaxBytes)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, c.cfg.MaxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w: %w", StripUserinfo(rawURL), ErrBodyCut, err)
	}
	cut := false
	if int64(len(body)) > c.cfg.MaxBytes {
		if !keepCut {
			return nil, fmt.Errorf("fetch %s: %w (limit %d bytes)", StripUserinfo(rawURL), ErrTooLarge, c.cfg.MaxBytes)
		}
		body, cut = body[:c.cfg.MaxBytes], true
	}
	if ce := resp.Header.Get("Content-Encoding"); ce != "" {
		var decodedCut bool
		if body, decodedCut, err = c.decodeBody(rawURL, ce, body, cut, keepCut); err != nil {
			return nil, fmt.Errorf("fetch %s: %w", StripUserinfo(rawURL), err)
		}
		cut = cut || decodedCut
		resp.Header.Del("Content-Encoding") // the body is decoded now
	}
	return &Response{
		Cut:         cut,
		URL:         StripUserinfo(resp.Request.URL.String()), // stored as the article's address
		Status:      resp.StatusCode,
		ContentType: resp.Header.Get("Content-Type"),
		Header:      resp.Header,
		Body:        body,
	}, nil
}

// ErrEncoding is a response body compressed in a way that is not read
// here (Brotli, zstd, compress), or not the compression its
// Content-Encoding names.
var ErrEncoding = errors.New("response body cannot be decoded")

// decodeBody undoes the body's Content-Encoding under the size cap; it
// says whether it cut the decoded body there (keepCut: else it is an
// ErrTooLarge). A body that was cut before it was decoded (wireCut) ends
// where it was cut, not in an error. We
// ask for gzip (see New); a server may still answer with an encoding no
// one asked for: deflate (zlib, or raw deflate as some servers send it)
// and x-gzip are read here too, others are an error that says so. Left as
// they were, Brotli bytes were refused as "binary, not text or HTML" and a
// deflate page was analysed as its compressed bytes.
func (c *Client) decodeBody(rawURL, encoding string, body []byte, wireCut, keepCut bool) ([]byte, bool, error) {
	enc := strings.ToLower(strings.TrimSpace(encoding))
	switch enc {
	case "", "identity":
		return body, false, nil
	case "gzip", "x-gzip":
		if len(body) < 2 || body[0] != 0x1f || body[1] != 0x8b {
			return body, false, nil // labelled gzip, sent plain: read as sent
		}
		// Bytes after the last gzip member (padding a proxy or a
		// misconfigured server appended) are ignored, as gzip(1) and
		// browsers ignore them, with a word in the log.
		zr, err := gunzip.NewReader(bytes.NewReader(body), func() {
			if c.cfg.Log != nil {
				c.cfg.Log.Warn("bytes after the end of the gzip data ignored (trailing garbage)", "url", StripUserinfo(rawURL))
			}
		})
		if err != nil {
			return nil, false, fmt.Errorf("%w: corrupt %s: %v", ErrEncoding, enc, err)
		}
		return c.readDecoded(zr, enc, wireCut, keepCut)
	case "deflate":
		if zr, err := zlib.NewReader(bytes.NewReader(body)); err == nil {
			return c.readDecoded(zr, enc, wireCut, keepCut)
		}
		return c.readDecoded(flate.NewReader(bytes.NewReader(body)), enc, wireCut, keepCut)
	}
	return nil, false, fmt.Errorf("%w: Content-Encoding %q is not supported (the server compressed the page unasked)", ErrEncoding, encoding)
}

// readDecoded reads a decompressor under the size cap (a small body can
// expand to gigabytes), cutting there with keepCut. A stream that was cut
// before it was decoded (wireCut) ends early: what it gave is kept.
func (c *Client) readDecoded(r io.ReadCloser, enc string, wireCut, keepCut bool) ([]byte, bool, error) {
	defer r.Close()
	out, err := io.ReadAll(io.LimitReader(r, c.cfg.MaxBytes+1))
	if err != nil && !(wireCut && len(out) > 0 && errors.Is(err, io.ErrUnexpectedEOF)) {
		return nil, false, fmt.Errorf("%w: corrupt %s: %v", ErrEncoding, enc, err)
	}
	if int64(len(out)) > c.cfg.MaxBytes {
		if !keepCut {
			return nil, false, fmt.Errorf("%w: the %s-compressed body decompresses to more than %d bytes", ErrTooLarge, enc, c.cfg.MaxBytes)
		}
		return out[:c.cfg.MaxBytes], true, nil
	}
	return out, false, nil
}
