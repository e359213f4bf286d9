package fetch

import (
	"context"
	"fmt"
	"io"
	"net/http"
)

// Validators are what a server returned last time, sent back so that an
// unchanged resource costs a 304 and no body (RFC 9110 conditional requests).
type Validators struct {
	ETag         string
	LastModified string
}

// FeedAccept is the Accept header for feed polling.
const FeedAccept = "application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.8, application/json;q=0.7, */*;q=0.5"

// ConditionalResponse is the outcome of GetConditional.
type ConditionalResponse struct {
	*Response              // nil when NotModified
	NotModified bool       // the server answered 304: nothing new
	Validators  Validators // to send on the next request
}

// GetConditional fetches rawURL with If-None-Match / If-Modified-Since from
// prev. A 304 returns NotModified and keeps prev's validators; otherwise the
// body is read under the same limits as Get, but one over the size limit
// is refused (ErrTooLarge): a feed cut short is no feed. accept may be
// empty.
func (c *Client) GetConditional(ctx context.Context, rawURL string, prev Validators, accept string) (*ConditionalResponse, error) {
	if accept == "" {
		accept = "*/*"
	}
	req, err := c.newRequest(ctx, rawURL, accept)
	if err != nil {
		return nil, err
	}
	if prev.ETag != "" {
		req.Header.Set("If-None-Match", prev.ETag)
	}
	if prev.LastModified != "" {
		req.Header.Set("If-Modified-Since", prev.LastModified)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", StripUserinfo(rawURL), hideUserinfo(err))
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusNotModified {
		_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 4096))
		return &ConditionalResponse{NotModified: true, Validators: prev}, nil
	}
	r, err := c.readResponse(rawURL, resp, false)
	if err != nil {
		return nil, err
	}
	return &ConditionalResponse{
		Response:   r,
		Validators: Validators{ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified")},
	}, nil
}
