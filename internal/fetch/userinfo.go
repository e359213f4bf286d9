package fetch

import (
	"net/url"
	"strings"
)

// StripUserinfo returns rawURL without the user name and password an
// http(s) URL can carry before its host ("https://user:pass@host/a", as any URL with an
// authority can). A
// link found inside a feed or a page is stored, shown and logged as an
// article's address: credentials in it were never the user's to hand out
// and must not end up in the store, the API or the logs. A URL with no
// userinfo is returned as it is.
func StripUserinfo(rawURL string) string {
	if !strings.Contains(rawURL, "@") {
		return rawURL
	}
	if u, err := url.Parse(rawURL); err == nil {
		if u.User == nil {
			return rawURL
		}
		u.User = nil
		return u.String()
	}
	// A URL that does not parse can still carry credentials; cut the
	// authority's userinfo by hand so that an error message never shows it.
	scheme, rest, ok := strings.Cut(rawURL, "://")
	if !ok {
		return rawURL
	}
	end := strings.IndexAny(rest, "/?#")
	if end < 0 {
		end = len(rest)
	}
	at := strings.LastIndex(rest[:end], "@")
	if at < 0 {
		return rawURL
	}
	return scheme + "://" + rest[at+1:]
}
