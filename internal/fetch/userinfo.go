package fetch

import (
	"errors"
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

// hideUserinfo returns err with the URL of the *url.Error in it (what Go's
// HTTP client returns) stripped of its userinfo: net/http masks only the
// password ("user:***@host"), and the user name is a credential too. The
// error keeps its type, so callers can still ask whether it timed out.
func hideUserinfo(err error) error {
	ue, ok := errors.AsType[*url.Error](err)
	if !ok || !strings.Contains(ue.URL, "@") {
		return err
	}
	if ue == err {
		return &url.Error{Op: ue.Op, URL: StripUserinfo(ue.URL), Err: ue.Err}
	}
	// Deeper in a chain: a copy cannot replace it there, so the text is
	// rebuilt around the original, which stays reachable by errors.As.
	return &redactedError{err: err, text: strings.ReplaceAll(err.Error(), ue.URL, StripUserinfo(ue.URL))}
}

// redactedError is an error whose text has had credentials removed.
type redactedError struct {
	err  error
	text string
}

func (e *redactedError) Error() string { return e.text }
func (e *redactedError) Unwrap() error { return e.err }
