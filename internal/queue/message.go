// Package queue spreads ingest over machines through a NATS JetStream
// stream: `ingest --queue` publishes each input as a message (Publisher),
// and `worker` processes the stream with a durable pull consumer (Work),
// analysing and storing through the same path as a local ingest
// (runner.Process).
//
// Delivery is at least once: a worker acks a message only after the
// transaction that stored its document (or its failure) committed, so a
// worker that dies loses nothing, and the store's idempotence (a document
// already stored under its URL or bytes is skipped) makes a redelivery
// harmless. Publishing is deduplicated by JetStream's message ID within the
// stream's duplicate window.
package queue

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/newsgraph/newsgraph/internal/ingest"
	"github.com/newsgraph/newsgraph/internal/ingest/runner"
	"github.com/newsgraph/newsgraph/internal/merge"
	"github.com/newsgraph/newsgraph/internal/model"
)

// Version is the message format this build writes; a worker reads this
// version and older ones.
const Version = 1

// SubjectPrefix starts every item subject of the default stream:
// newsgraph.items.<kind> (see Stream.SubjectPrefix for others), kind
// being runner.KindFile, KindURL, ... (what the input came from).
const SubjectPrefix = "newsgraph.items"

// Message types.
const (
	// TypeDocument carries the input's bytes, read by the publisher.
	TypeDocument = "document"
	// TypeRef names a file or URL for the worker to read.
	TypeRef = "ref"
	// TypeFailure reports an input the publisher could not read or send;
	// the worker records it in the failures table.
	TypeFailure = "failure"
)

// Message is the body of one queue message, as JSON. Fields are added, never
// renamed; a change a reader must understand bumps V.
type Message struct {
	V      int    `json:"v"`
	Type   string `json:"type"`
	Kind   string `json:"kind"`
	Source string `json:"source"`

	// TypeDocument: the document as read, before analysis.
	URL         string `json:"url,omitempty"`          // its own address (fetched URL, WARC target, feed link)
	ContentType string `json:"content_type,omitempty"` // as declared
	Format      string `json:"format,omitempty"`       // the reader's verdict (text, html); overrides sniffing; any other value is refused (see Document)
	Raw         []byte `json:"raw,omitempty"`          // the bytes (base64 in JSON)
	RawEncoding string `json:"raw_encoding,omitempty"` // "" or "gzip": Raw is compressed for the trip

	// TypeRef: what to read.
	Location string `json:"location,omitempty"` // file path (on the workers' filesystem) or http(s) URL

	// Both: set on the document (a feed item's date or --published; feed
	// item title, tags).
	Published *time.Time        `json:"published,omitempty"`
	Hints     map[string]string `json:"hints,omitempty"`
	// PublishedSource says who supplied Published ("feed"; empty for
	// --published); LastModified and Captured are the document's HTTP
	// Last-Modified and fetch or archive time (TypeDocument only). See
	// model.Document.
	PublishedSource string `json:"published_source,omitempty"`
	// PublishedZoneSource is model.Document.PublishedZoneSource.
	PublishedZoneSource string     `json:"published_zone_source,omitempty"`
	LastModified        *time.Time `json:"last_modified,omitempty"`
	Captured            *time.Time `json:"captured,omitempty"`
	// CapturedSource is model.Document.CapturedSource ("file-modified"
	// for a file's modification time; empty for a fetch or archive time).
	CapturedSource string `json:"captured_source,omitempty"`

	// TypeFailure.
	Stage string `json:"stage,omitempty"`
	Error string `json:"error,omitempty"`

	id string // ID, when known before the raw bytes were compressed
}

// compressFrom is the size from which raw bytes travel gzipped: HTML
// shrinks four- to tenfold, so a page several times the server's message
// limit still fits, and small texts are not worth the time.
const compressFrom = 16 << 10

// documentMessage builds the message for a document read by the publisher.
func documentMessage(kind string, doc *model.Document) (*Message, error) {
	m := &Message{V: Version, Type: TypeDocument, Kind: kind, Source: doc.Source, URL: doc.URL,
		ContentType: doc.ContentType, Format: string(doc.Format), Raw: doc.Raw, Hints: doc.Hints,
		id: "doc-" + merge.ContentHash(doc.Raw)}
	if !doc.Published.IsZero() {
		p := doc.Published
		m.Published, m.PublishedSource, m.PublishedZoneSource = &p, doc.PublishedSource, doc.PublishedZoneSource
	}
	if !doc.LastModified.IsZero() {
		t := doc.LastModified
		m.LastModified = &t
	}
	if !doc.Captured.IsZero() {
		t := doc.Captured
		m.Captured, m.CapturedSource = &t, doc.CapturedSource
	}
	if len(doc.Raw) >= compressFrom {
		var buf bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&buf, gzip.BestSpeed)
		if _, err := zw.Write(doc.Raw); err != nil {
			return nil, err
		}
		if err := zw.Close(); err != nil {
			return nil, err
		}
		if buf.Len() < len(doc.Raw) {
			m.Raw, m.RawEncoding = buf.Bytes(), "gzip"
		}
	}
	return m, nil
}

func refMessage(kind, source string, ref *runner.Ref) *Message {
	m := &Message{V: Version, Type: TypeRef, Kind: kind, Source: source, Location: ref.Location, Hints: ref.Hints}
	if !ref.Published.IsZero() {
		p := ref.Published
		m.Published, m.PublishedSource, m.PublishedZoneSource = &p, ref.PublishedSource, ref.PublishedZoneSource
	}
	return m
}

func failureMessage(kind, source, stage string, err error) *Message {
	return &Message{V: Version, Type: TypeFailure, Kind: kind, Source: source, Stage: stage, Error: err.Error()}
}

// Subject is the subject the message is published on, under prefix.
func (m *Message) Subject(prefix string) string {
	kind := m.Kind
	if kind == "" {
		kind = "other"
	}
	return prefix + "." + kind
}

// ID is the message's JetStream de-duplication ID (Nats-Msg-Id): a document
// by the hash of its bytes (the store's own identity for content: the same
// bytes under another name are skipped there too), a reference by its
// location, a failure by its source and error.
func (m *Message) ID() string {
	if m.id != "" {
		return m.id
	}
	switch m.Type {
	case TypeDocument:
		raw, err := m.raw(0)
		if err != nil {
			raw = m.Raw
		}
		return "doc-" + merge.ContentHash(raw)
	case TypeRef:
		return "ref-" + digest(m.Location)
	default:
		return "fail-" + digest(m.Source+"\x00"+m.Stage+"\x00"+m.Error)
	}
}

func digest(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}

// raw returns the document's bytes, gunzipped when they travelled so, up to
// maxBytes (ingest.DefaultMaxBytes when 0).
func (m *Message) raw(maxBytes int64) ([]byte, error) {
	switch m.RawEncoding {
	case "":
		return m.Raw, nil
	case "gzip":
		if maxBytes <= 0 {
			maxBytes = ingest.DefaultMaxBytes
		}
		zr, err := gzip.NewReader(bytes.NewReader(m.Raw))
		if err != nil {
			return nil, fmt.Errorf("raw: %w", err)
		}
		b, err := io.ReadAll(io.LimitReader(zr, maxBytes+1))
		if err != nil {
			return nil, fmt.Errorf("raw: %w", err)
		}
		if int64(len(b)) > maxBytes {
			return nil, fmt.Errorf("raw: %w (%d bytes)", ingest.ErrTooLarge, maxBytes)
		}
		return b, nil
	default:
		return nil, fmt.Errorf("raw_encoding %q is not known to this worker", m.RawEncoding)
	}
}

// ErrBadMessage marks a message a worker cannot read at all.
var ErrBadMessage = errors.New("unreadable queue message")

// DecodeMessage parses a message body.
func DecodeMessage(data []byte) (*Message, error) {
	var m Message
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadMessage, err)
	}
	switch {
	case m.V < 1:
		return nil, fmt.Errorf("%w: no version", ErrBadMessage)
	case m.V > Version:
		return nil, fmt.Errorf("%w: format version %d is newer than this worker's (%d): upgrade the workers", ErrBadMessage, m.V, Version)
	}
	switch m.Type {
	case TypeDocument, TypeRef, TypeFailure:
	default:
		return nil, fmt.Errorf("%w: unknown type %q", ErrBadMessage, m.Type)
	}
	if m.Type == TypeRef && m.Location == "" {
		return nil, fmt.Errorf("%w: a ref without a location", ErrBadMessage)
	}
	return &m, nil
}

// Item turns a decoded message into the runner's item: the document is
// decoded (or the reference read) by the analysis worker that takes it.
func (m *Message) Item(opts runner.LoadOptions) runner.Item {
	it := runner.Item{Source: m.Source, Kind: m.Kind}
	switch m.Type {
	case TypeFailure:
		it.Err, it.Stage = errors.New(m.Error), m.Stage
		return it
	case TypeRef:
		ref := &runner.Ref{Location: m.Location, Hints: m.Hints}
		if m.Published != nil {
			ref.Published, ref.PublishedSource, ref.PublishedZoneSource = *m.Published, m.PublishedSource, m.PublishedZoneSource
		}
		it.Ref = ref
		// As a local ingest: a URL is its own identity, a file is known
		// by its path.
		if ingest.IsURL(m.Location) {
			it.URL = m.Location
		} else {
			it.URL = merge.Identity(&model.Document{Source: m.Source})
		}
		it.Load = func(ctx context.Context) (*model.Document, error) { return ref.Load(ctx, m.Source, opts) }
		if ingest.IsURL(m.Location) {
			// The worker process's host limits (opts.Guard; nil: none).
			it.Load = opts.Guard.Wrap(m.Source, m.Location, it.Load)
		}
		return it
	}
	it.URL = merge.Identity(&model.Document{Source: m.Source, URL: m.URL})
	it.Load = func(context.Context) (*model.Document, error) { return m.Document(opts.MaxBytes) }
	return it
}

// Document rebuilds the document a TypeDocument message carries, as the
// publisher read it: the same bytes (so the same content hash), decoded and
// sniffed the same way.
//
// A format other than text or html is refused (ErrBadMessage), not taken
// as it comes: the stages know no other ("pdf" was kept as the document's
// format, so an HTML page under it was extracted as plain text, markup
// and all), nor dropped for a guess from the bytes,
// which would hide a publisher that means something this worker does not
// know (a new format is a change a worker must understand: it bumps V).
// An absent format is detected from the bytes, as ever.
func (m *Message) Document(maxBytes int64) (*model.Document, error) {
	switch model.Format(m.Format) {
	case model.FormatUnknown, model.FormatText, model.FormatHTML:
	default:
		return nil, fmt.Errorf("%s: %w: format %q is not known to this worker (text or html; leave it out to detect it from the bytes)", m.Source, ErrBadMessage, m.Format)
	}
	raw, err := m.raw(maxBytes)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", m.Source, err)
	}
	doc, err := ingest.FromBytes(m.Source, m.URL, m.ContentType, raw)
	if err != nil {
		return nil, err
	}
	if m.Format != "" {
		doc.Format = model.Format(m.Format)
	}
	if m.Published != nil {
		doc.Published, doc.PublishedSource, doc.PublishedZoneSource = *m.Published, m.PublishedSource, m.PublishedZoneSource
	}
	if m.LastModified != nil {
		doc.LastModified = *m.LastModified
	}
	if m.Captured != nil {
		doc.Captured, doc.CapturedSource = *m.Captured, m.CapturedSource
	}
	doc.Hints = m.Hints
	return doc, nil
}
