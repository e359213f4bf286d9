package api

import (
	"context"
	"encoding/json"
	"errors"
	"net"
	"net/http"

	"github.com/newsgraph/newsgraph/internal/fetch"
	"github.com/newsgraph/newsgraph/internal/store"
)

// FieldError is a bad request parameter or body field: a 400 that names it.
type FieldError struct {
	Field string
	Msg   string
	// Candidates are the stored actors a name given in Field stands for
	// when it stands for more than one (ResolveSpeaker), for the client
	// to choose from.
	Candidates []store.SpeakerMatch
}

func (e *FieldError) Error() string { return e.Field + ": " + e.Msg }

func badField(field, format string, args ...any) error {
	return &FieldError{Field: field, Msg: sprintf(format, args...)}
}

// Errors for authentication and unsupported operations.
var (
	errUnauthorized = errors.New("a bearer token is required (Authorization: Bearer <token>)")
	errForbidden    = errors.New("the token is not valid for this server")
	errWritesOff    = errors.New("this server is read-only (start serve with --token or $NEWSGRAPH_TOKEN to allow ingest over HTTP)")
	errNoIngest     = errors.New("ingest is not available in this server")
	errBodyTooLarge = errors.New("request body too large")
	errMethod       = errors.New("method not allowed on this path")
)

// UnprocessableError is an ingest request whose document could not be
// analysed or stored (a 422 with the reason).
type UnprocessableError struct{ Err error }

func (e *UnprocessableError) Error() string { return e.Err.Error() }
func (e *UnprocessableError) Unwrap() error { return e.Err }

// FetchError is a URL sent to POST /api/articles that could not be
// fetched: a 504 when the fetch ran out of time, a 400 when the address is
// not one the server may fetch, a 503 when the server's host limits
// stopped it, else a 502, each with the reason.
type FetchError struct {
	URL string
	Err error
	// Limited: the server's fetch limits stopped it before any fetch
	// (the host failed --host-failures fetches in a row and is given up
	// on for --host-retry-after): a 503, the request may be sent again
	// later.
	Limited bool
}

func (e *FetchError) Error() string { return e.Err.Error() }
func (e *FetchError) Unwrap() error { return e.Err }

// Timeout reports whether the fetch ended for lack of time (the fetcher's
// own timeout, or the request's deadline).
func (e *FetchError) Timeout() bool {
	var ne net.Error
	return errors.Is(e.Err, context.DeadlineExceeded) || errors.As(e.Err, &ne) && ne.Timeout()
}

// errorBody is every error response: {"error": "...", "field": "..."},
// and for a name that stands for several actors, "candidates".
type errorBody struct {
	Error      string               `json:"error"`
	Field      string               `json:"field,omitempty"`
	Candidates []store.SpeakerMatch `json:"candidates,omitempty"`
}

// statusOf is the one place that maps an error to an HTTP status and the
// message a client sees. Internal errors are logged and not echoed.
func statusOf(err error) (int, errorBody) {
	var fe *FieldError
	var mbe *http.MaxBytesError
	var ue *UnprocessableError
	var fetchErr *FetchError
	var tooLarge *requestTooLargeError
	switch {
	case errors.As(err, &tooLarge):
		return tooLarge.status, errorBody{Error: tooLarge.Error()}
	case errors.As(err, &fetchErr):
		switch {
		case fetchErr.Limited:
			return http.StatusServiceUnavailable, errorBody{Error: "not fetching " + fetchErr.URL + " for now (serve --host-failures, --host-retry-after): " + fetchErr.Error()}
		case fetchErr.Timeout():
			return http.StatusGatewayTimeout, errorBody{Error: "fetching " + fetchErr.URL + " timed out (serve --timeout): " + fetchErr.Error()}
		case errors.Is(err, fetch.ErrForbiddenIP), errors.Is(err, fetch.ErrScheme):
			return http.StatusBadRequest, errorBody{Error: fetchErr.Error(), Field: "url"}
		}
		return http.StatusBadGateway, errorBody{Error: "could not fetch " + fetchErr.URL + ": " + fetchErr.Error()}
	case errors.As(err, &ue):
		return http.StatusUnprocessableEntity, errorBody{Error: ue.Error()}
	case errors.As(err, &fe):
		return http.StatusBadRequest, errorBody{Error: fe.Msg, Field: fe.Field, Candidates: fe.Candidates}
	case errors.As(err, &mbe), errors.Is(err, errBodyTooLarge):
		return http.StatusRequestEntityTooLarge, errorBody{Error: errBodyTooLarge.Error()}
	case errors.Is(err, store.ErrBadQuery):
		return http.StatusBadRequest, errorBody{Error: err.Error()}
	case errors.Is(err, store.ErrNotFound):
		return http.StatusNotFound, errorBody{Error: err.Error()}
	case errors.Is(err, errUnauthorized):
		return http.StatusUnauthorized, errorBody{Error: err.Error()}
	case errors.Is(err, errForbidden), errors.Is(err, errWritesOff):
		return http.StatusForbidden, errorBody{Error: err.Error()}
	case errors.Is(err, errMethod):
		return http.StatusMethodNotAllowed, errorBody{Error: err.Error()}
	case errors.Is(err, errNoIngest):
		return http.StatusNotImplemented, errorBody{Error: err.Error()}
	case errors.Is(err, context.DeadlineExceeded):
		return http.StatusServiceUnavailable, errorBody{Error: "the request took too long (serve --query-timeout; for POST /api/articles, --timeout plus a minute)"}
	case errors.Is(err, context.Canceled):
		return 499, errorBody{Error: "request cancelled"} // nginx's "client closed request"
	}
	return http.StatusInternalServerError, errorBody{Error: "internal error"}
}

// writeError sends err as a JSON error body with its status.
func (s *Server) writeError(w http.ResponseWriter, r *http.Request, err error) {
	code, body := statusOf(err)
	if code >= 500 && code != 499 {
		s.log.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
	}
	if code == http.StatusUnauthorized {
		w.Header().Set("WWW-Authenticate", `Bearer realm="newsgraph"`)
	}
	writeJSON(w, code, body)
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(code)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v)
}
