package ingest

import (
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
)

// A line whose article is under another exporter's names (schema.org's
// NewsArticle, news-please's output, the common body/content/link/date) is
// read from them; it was "no text or html field". The line's own names win
// where both are given, and a line with no text under any name still fails.
func TestJSONLAliases(t *testing.T) {
	tests := []struct {
		name, line                   string
		wantURL, wantTitle, wantText string
		wantFormat                   model.Format
		wantPublished                string // RFC 3339 date prefix; "" for none
	}{
		{"schema.org names", `{"url":"https://wire.example/tunis","headline":"Tunisia wheat imports","articleBody":"TUNIS, Jan 8 (Reuters) - Tunisia bought about 100,000 tonnes of durum wheat in a tender on Wednesday, traders said.","datePublished":"2025-01-08T14:20:00Z"}`,
			"https://wire.example/tunis", "Tunisia wheat imports", "durum wheat", model.FormatText, "2025-01-08"},
		{"news-please names", `{"url":"https://wire.example/oslo","title":"Norway fund returns","maintext":"OSLO, Jan 29 (Reuters) - Norway's sovereign wealth fund made a record profit last year, driven by technology stocks, the fund said on Wednesday.","date_publish":"2025-01-29 09:00:00","language":"en"}`,
			"https://wire.example/oslo", "Norway fund returns", "sovereign wealth fund", model.FormatText, "2025-01-29"},
		{"link and HTML content", `{"link":"https://wire.example/lusaka","title":"Zambia power cuts","content":"<p>LUSAKA, Feb 3 (Reuters) - Zambia will cut power to homes for up to 17 hours a day as drought drains the Kariba dam, the utility said on Monday.</p>","date":"2025-02-03"}`,
			"https://wire.example/lusaka", "Zambia power cuts", "Kariba dam", model.FormatHTML, "2025-02-03"},
		{"own names win", `{"url":"https://wire.example/riga","title":"Latvia budget","text":"RIGA, Dec 5 (Reuters) - Latvia's parliament passed the 2025 budget on Thursday, raising defence spending to 3.45% of output.","body":"an older draft","content":{"html":"<p>x</p>"}}`,
			"https://wire.example/riga", "Latvia budget", "defence spending", model.FormatText, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := JSONLDocument("a.jsonl:1", []byte(tt.line))
			if err != nil {
				t.Fatal(err)
			}
			if doc.URL != tt.wantURL || doc.Hints["title"] != tt.wantTitle || !strings.Contains(doc.Content, tt.wantText) || doc.Format != tt.wantFormat {
				t.Errorf("url %q, title %q, format %s, content %.80q", doc.URL, doc.Hints["title"], doc.Format, doc.Content)
			}
			if strings.Contains(doc.Content, "older draft") {
				t.Errorf("an alias overrode the line's own text: %q", doc.Content)
			}
			if got := doc.Published.Format("2006-01-02"); tt.wantPublished != "" && got != tt.wantPublished {
				t.Errorf("published %s, want %s", got, tt.wantPublished)
			}
		})
	}
	if _, err := JSONLDocument("a.jsonl:1", []byte(`{"url":"https://wire.example/x","headline":"Only a headline","content":{"blocks":[]}}`)); err == nil || !strings.Contains(err.Error(), "no text or html field") {
		t.Errorf("a line with no text under any name: err %v", err)
	}
}

// A published given as seconds or milliseconds since 1970 is read as that
// time; it made the whole line an error. A number that is no plausible
// time still fails, naming the field.
func TestJSONLEpochPublished(t *testing.T) {
	const text = `"text":"BAKU, Nov 11 (Reuters) - Azerbaijan opened the climate talks on Monday with a call for new finance, the host said."`
	for _, tt := range []struct{ published, want string }{
		{"1731312000", "2024-11-11T08:00:00Z"},
		{"1731312000000", "2024-11-11T08:00:00Z"},
	} {
		doc, err := JSONLDocument("e.jsonl:1", []byte(`{"url":"https://wire.example/baku","published":`+tt.published+`,`+text+`}`))
		if err != nil {
			t.Fatalf("%s: %v", tt.published, err)
		}
		if got := doc.Published.UTC().Format(time.RFC3339); got != tt.want {
			t.Errorf("%s: published %s, want %s", tt.published, got, tt.want)
		}
	}
	if _, err := JSONLDocument("e.jsonl:1", []byte(`{"published":42,`+text+`}`)); err == nil || !strings.Contains(err.Error(), `field "published" is a number`) {
		t.Errorf("published 42: err %v, want the field named", err)
	}
}
