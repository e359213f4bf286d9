package queue

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/newsgraph/newsgraph/internal/ingest"
	"github.com/newsgraph/newsgraph/internal/ingest/runner"
)

// FuzzDecodeMessage reads arbitrary message bodies, as anyone who can
// publish to the stream may send them: decoding, naming (ID, Subject),
// turning into an item and rebuilding the document never panic; a body
// that is not a message fails as ErrBadMessage; a rebuilt document has
// content or an error. The package had no fuzz target.
func FuzzDecodeMessage(f *testing.F) {
	for _, raw := range []string{
		"Ferry back\n\nThe ferry to the island runs again, the harbour office said.",
		"<html><body><p>Caf\xe9 ferm\xe9 \xe0 Lyon.</p></body></html>",
	} {
		doc, err := ingest.FromBytes("/in/a.txt", "", "", []byte(raw))
		if err != nil {
			f.Fatal(err)
		}
		m, err := documentMessage(runner.KindFile, doc)
		if err != nil {
			f.Fatal(err)
		}
		b, _ := json.Marshal(m)
		f.Add(b)
	}
	f.Add([]byte(`{"v":1,"type":"ref","kind":"file","source":"/in/b.html","location":"/in/b.html"}`))
	f.Add([]byte(`{"v":1,"type":"failure","source":"feed.xml#3","stage":"read","error":"item has neither content nor a link"}`))
	f.Add([]byte(`{"v":1,"type":"document","source":"x","raw":"H4sIAAAAAAAA/w==","raw_encoding":"gzip"}`))
	f.Add([]byte(`{"v":1,"type":"document","source":"x","raw":"","format":"pdf"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := DecodeMessage(data)
		if err != nil {
			if !errors.Is(err, ErrBadMessage) {
				t.Fatalf("error %v is not ErrBadMessage", err)
			}
			return
		}
		_ = m.ID()
		_ = m.Subject("newsgraph")
		_ = m.Item(runner.LoadOptions{})
		if m.Type != TypeDocument {
			return
		}
		doc, err := m.Document(1 << 20)
		if err == nil && (doc == nil || doc.Content == "") {
			t.Fatalf("document without content and without an error: %+v", doc)
		}
	})
}
