package fetch

import (
	"bytes"
	"context"
	"mime"
	"net/url"
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A page that only sends the reader on (<meta http-equiv="refresh"
// content="0; url=...">, as link trackers, feed proxies and moved
// articles answer) is followed as an HTTP redirect is: stored as it was,
// it was an article with the title "Redirecting" and no text.

// maxRefreshDelay is the longest wait of a refresh that is followed: a
// page that goes on at once or nearly so is a redirect, while one that
// reloads after minutes (a front page, a live blog) is the page itself.
const maxRefreshDelay = 5

// maxRefreshScan bounds the bytes read for the refresh: it is in the head.
const maxRefreshScan = 64 << 10

// getFollowingRefresh fetches rawURL and follows its refresh redirects,
// at most Config.MaxRedirects of them; a refresh back to an address already
// fetched, past the limit or to no http(s) address ends the chain with
// the page that has it, as a browser that cannot go on shows that page.
func (c *Client) getFollowingRefresh(ctx context.Context, rawURL string) (*Response, error) {
	resp, err := c.getOne(ctx, rawURL)
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{resp.URL: true, StripUserinfo(rawURL): true}
	for hops := 0; hops < c.cfg.MaxRedirects; hops++ {
		next, ok := refreshTarget(resp)
		if !ok || seen[StripUserinfo(next)] {
			return resp, nil
		}
		seen[StripUserinfo(next)] = true
		nextResp, err := c.getOne(ctx, next)
		if err != nil {
			return nil, err
		}
		resp = nextResp
	}
	return resp, nil
}

// refreshTarget is the address an HTML page's meta refresh sends the
// reader to within maxRefreshDelay seconds, resolved against the page's
// own; false when it has none, or none to an http(s) address.
func refreshTarget(resp *Response) (string, bool) {
	if !isHTML(resp.ContentType, resp.Body) {
		return "", false
	}
	content, ok := metaRefresh(resp.Body[:min(len(resp.Body), maxRefreshScan)])
	if !ok {
		return "", false
	}
	delay, target, ok := parseRefresh(content)
	if !ok || delay > maxRefreshDelay || target == "" {
		return "", false
	}
	base, err := url.Parse(resp.URL)
	if err != nil {
		return "", false
	}
	ref, err := url.Parse(target)
	if err != nil {
		return "", false
	}
	u := base.ResolveReference(ref)
	if checkURL(u) != nil {
		return "", false
	}
	return u.String(), true
}

// isHTML reports an HTML answer: by its declared type, sniffed only when
// it declares none.
func isHTML(ctype string, body []byte) bool {
	mt, _, err := mime.ParseMediaType(ctype)
	if ctype == "" || err != nil {
		head := bytes.ToLower(body[:min(len(body), 512)])
		return bytes.Contains(head, []byte("<html")) || bytes.Contains(head, []byte("<meta"))
	}
	return mt == "text/html" || mt == "application/xhtml+xml"
}

// metaRefresh is the content of the first <meta http-equiv="refresh"> of
// the page's head.
func metaRefresh(page []byte) (string, bool) {
	z := html.NewTokenizer(bytes.NewReader(page))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return "", false
		case html.StartTagToken, html.SelfClosingTagToken:
			t := z.Token()
			switch t.DataAtom {
			case atom.Body:
				return "", false
			case atom.Meta:
				var equiv, content string
				var hasContent bool
				for _, a := range t.Attr {
					switch strings.ToLower(a.Key) {
					case "http-equiv":
						equiv = a.Val
					case "content":
						content, hasContent = a.Val, true
					}
				}
				if strings.EqualFold(strings.TrimSpace(equiv), "refresh") && hasContent {
					return content, true
				}
			}
		}
	}
}

// parseRefresh reads a refresh's content, "5" or "0; url=https://..."
// (also "0;URL='...'" and "0, ..."), as HTML's shared declarative refresh
// steps do: the delay in whole seconds, and the address, empty for a
// reload of the page itself.
func parseRefresh(content string) (delay int, target string, ok bool) {
	s := strings.TrimLeft(content, " \t\n\f\r")
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 {
		if s == "" || s[0] != '.' {
			return 0, "", false
		}
	} else {
		n, err := strconv.Atoi(s[:i])
		if err != nil {
			return 0, "", false
		}
		delay = n
	}
	s = strings.TrimLeft(s[i:], "0123456789.")
	s = strings.TrimLeft(s, " \t\n\f\r")
	if s == "" {
		return delay, "", true
	}
	if s[0] != ';' && s[0] != ',' {
		return 0, "", false
	}
	s = strings.TrimLeft(s[1:], " \t\n\f\r")
	if len(s) >= 3 && strings.EqualFold(s[:3], "url") {
		rest := strings.TrimLeft(s[3:], " \t\n\f\r")
		if strings.HasPrefix(rest, "=") {
			s = strings.TrimLeft(rest[1:], " \t\n\f\r")
		}
	}
	if s != "" && (s[0] == '"' || s[0] == '\'') {
		q := s[0]
		s = s[1:]
		if j := strings.IndexByte(s, q); j >= 0 {
			s = s[:j]
		}
	}
	return delay, strings.TrimSpace(s), true
}
