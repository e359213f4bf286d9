package ingest

import (
	"errors"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// A link item keeps its description to stand in for its article when it
// says at least MinFeedTextChars characters of text (markup and entities
// not counted); DescriptionDocument makes the article of it, under the
// item's title, marked as only the description.
func TestFeedLinkDescription(t *testing.T) {
	forty := strings.Repeat("é", MinFeedTextChars) // characters, not bytes
	tests := []struct {
		name, summary string
		kept          bool
	}{
		{"sentence", "Rescue teams in Nepal reached the last cut-off village on Friday, officials said.", true},
		{"markup", "<p>Farmers in <b>Punjab</b> began the wheat harvest early after a warm March &amp; a dry April.</p>", true},
		{"exactly the minimum", forty, true},
		{"one short", forty[:len(forty)-len("é")], false},
		{"markup only", "<p><a href=\"https://x.example/\"><img src=\"a.jpg\"></a></p>" + strings.Repeat("<br>", 40), false},
		{"read more", "Read more", false},
		{"none", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := &Feed{Title: "Wire", Items: []FeedItem{{ID: "a1", Link: "https://wire.example/a1", Title: "Harvest", Summary: tt.summary}}}
			e := f.Entry("wire.xml", 0)
			if e.Link == nil {
				t.Fatalf("entry %+v: want a link to fetch", e)
			}
			_, kept := e.Link.Hints[HintFeedText]
			if kept != tt.kept {
				t.Fatalf("description kept = %v, want %v", kept, tt.kept)
			}
			doc := DescriptionDocument(e.Link.Source, e.Link.URL, e.Link.Hints, errors.New("404 Not Found"))
			if !tt.kept {
				if doc != nil {
					t.Errorf("a document from a description too short: %q", doc.Raw)
				}
				return
			}
			if doc == nil {
				t.Fatal("no document from the description")
			}
			if doc.Source != "wire.xml#a1" || doc.URL != "https://wire.example/a1" || doc.Format != model.FormatHTML {
				t.Errorf("doc source %q url %q format %q", doc.Source, doc.URL, doc.Format)
			}
			if _, ok := doc.Hints[HintFeedText]; ok || doc.Hints["title"] != "Harvest" || doc.Hints["site"] != "Wire" {
				t.Errorf("doc hints %v: want the item's hints without the description", doc.Hints)
			}
			if note := doc.Hints[model.HintTruncated]; !strings.Contains(note, "only the feed's description") || !strings.Contains(note, "404") {
				t.Errorf("truncated hint %q", note)
			}
			if _, ok := e.Link.Hints[model.HintTruncated]; ok {
				t.Error("the link's own hints were changed")
			}
		})
	}
}

// The description a link carries is capped: it travels in the store and in
// queue messages.
func TestFeedLinkDescriptionCapped(t *testing.T) {
	long := strings.Repeat("The harbour board met again to discuss dredging. ", 4000)
	hints := map[string]string{}
	setFeedText(hints, long)
	if got := len(hints[HintFeedText]); got == 0 || got > maxFeedTextBytes {
		t.Errorf("description of %d bytes kept, want 1 to %d", got, maxFeedTextBytes)
	}
}
