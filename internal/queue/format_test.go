package queue

import (
	"encoding/base64"
	"errors"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// A document message's format is text, html or absent (detected from the
// bytes); any other value is refused as a bad message naming the source
// and the value, never taken as the document's format.
func TestDocumentMessageFormat(t *testing.T) {
	page := base64.StdEncoding.EncodeToString([]byte("<html><head><title>Dam inspected</title></head><body><p>TIRANA (Wire) - Albania's engineers inspected the dam on Friday.</p></body></html>"))
	tests := []struct {
		format  string
		want    model.Format
		wantErr bool
	}{
		{"", model.FormatHTML, false},
		{"html", model.FormatHTML, false},
		{"text", model.FormatText, false}, // the reader's verdict overrides sniffing
		{"pdf", "", true},
		{"HTML", "", true},
		{"markdown", "", true},
		{" html", "", true},
	}
	for _, tc := range tests {
		body := `{"v":1,"type":"document","kind":"file","source":"/in/dam.html","raw":"` + page + `"`
		if tc.format != "" {
			body += `,"format":"` + tc.format + `"`
		}
		m, err := DecodeMessage([]byte(body + "}"))
		if err != nil {
			t.Fatalf("%q: %v", tc.format, err)
		}
		doc, err := m.Document(0)
		if tc.wantErr {
			if !errors.Is(err, ErrBadMessage) || !strings.Contains(err.Error(), "/in/dam.html") || !strings.Contains(err.Error(), `"`+tc.format+`"`) {
				t.Errorf("format %q: err %v, want a bad message naming the source and the format", tc.format, err)
			}
			continue
		}
		if err != nil || doc.Format != tc.want {
			t.Errorf("format %q: doc format %q, err %v; want %q", tc.format, doc.Format, err, tc.want)
		}
	}
}
