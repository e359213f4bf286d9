package queue

import (
	"bytes"
	"encoding/json"
	"errors"
	"maps"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/ingest"
	"github.com/newsgraph/newsgraph/internal/ingest/runner"
	"github.com/newsgraph/newsgraph/internal/merge"
	"github.com/newsgraph/newsgraph/internal/model"
)

// A document survives the trip through a message as the publisher read it:
// same bytes (so the same content hash), charset, format (a container's
// verdict included), date, hints and identity.
func TestDocumentRoundTrip(t *testing.T) {
	mustDoc := func(d *model.Document, err error) *model.Document {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	bigHTML := "<html><head><title>Big</title></head><body>" + strings.Repeat("<p>The ferry timetable changes on Monday, the harbour office said.</p>", 2000) + "</body></html>"
	withDate := func(d *model.Document) *model.Document {
		d.Published = time.Date(2025, 3, 10, 9, 40, 0, 0, time.FixedZone("", 9*3600))
		d.Hints = map[string]string{"site": "Coast Wire", "tags": "ferries"}
		d.PublishedSource, d.PublishedZoneSource = model.DateFromFeedUpdated, model.ZoneFromLanguage
		d.LastModified = time.Date(2025, 3, 10, 1, 0, 0, 0, time.UTC)
		d.Captured = time.Date(2025, 3, 11, 2, 0, 0, 0, time.UTC)
		return d
	}
	docs := map[string]*model.Document{
		"text file": func() *model.Document {
			d := mustDoc(ingest.FromBytes("/in/a.txt", "", "", []byte("Ferry back\n\nThe ferry runs again.")))
			// A file's modification time travels as what it is.
			d.Captured, d.CapturedSource = time.Date(2025, 3, 9, 7, 0, 0, 0, time.UTC), model.DateFileModified
			return d
		}(),
		"latin-1": mustDoc(ingest.FromBytes("/in/b.html", "", "text/html; charset=iso-8859-1", []byte("<html><body><p>Caf\xe9 ferm\xe9 \xe0 Lyon.</p></body></html>"))),
		// A JSONL html fragment: the container says HTML, which no
		// sniffer would see.
		"jsonl fragment": mustDoc(ingest.JSONLDocument("feed.jsonl:3", []byte(`{"url":"https://x.example/1","title":"Pier","html":"<b>Pier</b> reopened","published":"2025-03-10"}`))),
		// A WARC response declared text/html holds no markup: the reader
		// takes it as HTML all the same (as ingest's WARC reader does).
		"warc verdict": func() *model.Document {
			d := mustDoc(ingest.FromBytes("crawl.warc.gz#r1", "https://z.example/a", "text/html", []byte("Words without any markup at all.")))
			d.Format = model.FormatHTML
			return d
		}(),
		"big gzipped": withDate(mustDoc(ingest.FromBytes("https://y.example/big", "https://y.example/big", "text/html", []byte(bigHTML)))),
	}
	for name, doc := range docs {
		t.Run(name, func(t *testing.T) {
			m, err := documentMessage(runner.KindFile, doc)
			if err != nil {
				t.Fatal(err)
			}
			data, err := json.Marshal(m)
			if err != nil {
				t.Fatal(err)
			}
			if name == "big gzipped" && (m.RawEncoding != "gzip" || len(data) > len(doc.Raw)/4) {
				t.Errorf("a %d-byte page became a %d-byte message (encoding %q)", len(doc.Raw), len(data), m.RawEncoding)
			}
			back, err := DecodeMessage(data)
			if err != nil {
				t.Fatal(err)
			}
			if back.ID() != m.ID() || m.ID() != "doc-"+merge.ContentHash(doc.Raw) {
				t.Errorf("ids %s / %s, want the content hash", back.ID(), m.ID())
			}
			got, err := back.Document(0)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got.Raw, doc.Raw) || got.Content != doc.Content || got.Format != doc.Format || got.Charset != doc.Charset ||
				got.Source != doc.Source || got.URL != doc.URL || got.ContentType != doc.ContentType ||
				!got.Published.Equal(doc.Published) || !maps.Equal(got.Hints, doc.Hints) || got.PublishedSource != doc.PublishedSource ||
				got.PublishedZoneSource != doc.PublishedZoneSource ||
				!got.LastModified.Equal(doc.LastModified) || !got.Captured.Equal(doc.Captured) || got.CapturedSource != doc.CapturedSource {
				t.Errorf("round trip changed the document:\n got %+v\nwant %+v", got, doc)
			}
			if it := back.Item(runner.LoadOptions{}); it.URL != merge.Identity(doc) {
				t.Errorf("item identity %q, want %q", it.URL, merge.Identity(doc))
			}
		})
	}
}

func TestDecodeMessageErrors(t *testing.T) {
	for _, tc := range []struct{ body, want string }{
		{`not json`, "unreadable queue message"},
		{`{"type":"document"}`, "no version"},
		{`{"v":2,"type":"document"}`, "format version 2 is newer"},
		{`{"v":1,"type":"telegram"}`, `unknown type "telegram"`},
		{`{"v":1,"type":"ref","source":"x"}`, "without a location"},
	} {
		_, err := DecodeMessage([]byte(tc.body))
		if !errors.Is(err, ErrBadMessage) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v, want %q", tc.body, err, tc.want)
		}
	}
	m, err := DecodeMessage([]byte(`{"v":1,"type":"document","source":"s","raw":"AAAA","raw_encoding":"zstd"}`))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := m.Document(0); err == nil || !strings.Contains(err.Error(), "zstd") {
		t.Errorf("unknown raw encoding: %v", err)
	}
}
