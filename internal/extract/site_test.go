package extract

import (
	"context"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestSiteFallback names the site the same way for every input: the name
// the page or the record gives, else the host of its address.
func TestSiteFallback(t *testing.T) {
	const story = "Port workers strike\n\nSANTOS, Brazil (Wire) - Dock workers at the country's largest port walked off the job on Tuesday, halting soybean shipments, union officials said.\n"
	const page = `<html><head><title>Port workers strike</title></head><body><article><p>SANTOS, Brazil (Wire) - Dock workers at the country's largest port walked off the job on Tuesday, halting soybean shipments, union officials said.</p></article></body></html>`
	namedPage := strings.Replace(page, "<head>", `<head><meta property="og:site_name" content="The Northern Wire">`, 1)
	tests := []struct {
		name string
		doc  model.Document
		want string
	}{
		{"text record without site", model.Document{Format: model.FormatText, Content: story,
			URL: "https://www.Northern-Wire.example/2026/11/30/port-strike"}, "northern-wire.example"},
		{"text record with site", model.Document{Format: model.FormatText, Content: story,
			URL: "https://www.northern-wire.example/a", Hints: map[string]string{"site": "Northern Wire"}}, "Northern Wire"},
		{"text record without address", model.Document{Format: model.FormatText, Content: story}, ""},
		{"html page without site name", model.Document{Format: model.FormatHTML, Content: page,
			URL: "https://www.northern-wire.example/a"}, "northern-wire.example"},
		// Precedence: the page's og:site_name, then the record's or feed's
		// site name, then the host.
		{"html record with site hint beats the host", model.Document{Format: model.FormatHTML, Content: page,
			URL: "https://www.northern-wire.example/a", Hints: map[string]string{"site": "Northern Wire"}}, "Northern Wire"},
		{"html page og:site_name beats the site hint", model.Document{Format: model.FormatHTML, Content: namedPage,
			URL: "https://www.northern-wire.example/a", Hints: map[string]string{"site": "NW Feed"}}, "The Northern Wire"},
		{"html page og:site_name beats the host", model.Document{Format: model.FormatHTML, Content: namedPage,
			URL: "https://www.northern-wire.example/a"}, "The Northern Wire"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := tt.doc
			if err := New().Process(context.Background(), &doc); err != nil {
				t.Fatal(err)
			}
			if doc.Article.Site != tt.want {
				t.Errorf("site = %q, want %q", doc.Article.Site, tt.want)
			}
		})
	}
}
