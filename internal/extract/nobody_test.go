package extract

import (
	"bytes"
	"context"
	"log/slog"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// A page whose extraction gives a title and no body is kept, marked in
// Incomplete and logged with its source; one with a body is not marked.
func TestTitleOnlyPageIsMarked(t *testing.T) {
	const head = `<!DOCTYPE html><html><head><title>Port workers strike over pay in Rotterdam</title></head><body>`
	const body = `<article><p>Dock workers in Rotterdam walked out on Tuesday after talks on a new pay agreement broke down, the union said.</p>` +
		`<p>The port authority said container traffic would be slowed for at least two days while the strike lasts.</p></article>`
	tests := []struct {
		name   string
		page   string
		format model.Format
		hints  map[string]string
		marked bool
	}{
		// A server that sent less than the page: the bytes end after <body>.
		{"cut after head", head, model.FormatHTML, nil, true},
		// An unclosed comment swallows the rest of the page.
		{"unclosed comment", head + `<!-- ad slot ` + body + `</body></html>`, model.FormatHTML, nil, true},
		// An unclosed script does the same.
		{"unclosed script", head + `<script>var slot = 1;` + body + `</body></html>`, model.FormatHTML, nil, true},
		// Only furniture: a page of navigation links.
		{"links only", head + `<nav><a href="/a">Home</a> <a href="/b">World</a></nav></body></html>`, model.FormatHTML, nil, true},
		// A JSONL record whose html held nothing, named by its title hint.
		{"empty html with title hint", `<html><body></body></html>`, model.FormatHTML, map[string]string{"title": "Port strike"}, true},
		{"whole page", head + body + `</body></html>`, model.FormatHTML, nil, false},
		{"plain text", "Port workers strike\n\nDock workers in Rotterdam walked out on Tuesday after pay talks broke down.", model.FormatText, nil, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var logBuf bytes.Buffer
			e := New().WithLogger(slog.New(slog.NewTextHandler(&logBuf, nil)))
			doc := &model.Document{Source: "cut/page-17.html", Format: tc.format, Content: tc.page, Hints: tc.hints}
			if err := e.Process(context.Background(), doc); err != nil {
				t.Fatalf("Process: %v", err)
			}
			a := doc.Article
			var got []string
			for _, f := range a.Incomplete {
				if f.Stage == "extract" {
					got = append(got, f.Error)
				}
			}
			if !tc.marked {
				if len(got) != 0 || logBuf.Len() != 0 {
					t.Fatalf("article with body text marked: incomplete %q, log %q", got, logBuf.String())
				}
				if a.Text == "" {
					t.Fatal("no text extracted from a whole page")
				}
				return
			}
			if a.Text != "" || a.Title == "" {
				t.Fatalf("want a title and no text, got title %q text %q", a.Title, a.Text)
			}
			if len(got) != 1 || got[0] != NoBodyText {
				t.Fatalf("incomplete = %q, want one %q", got, NoBodyText)
			}
			log := logBuf.String()
			if !strings.Contains(log, "level=WARN") || !strings.Contains(log, "source=cut/page-17.html") {
				t.Fatalf("warning does not name the source: %q", log)
			}
		})
	}
}

// A page with neither title nor body is still no article.
func TestEmptyPageIsNoContent(t *testing.T) {
	doc := &model.Document{Source: "blank.html", Format: model.FormatHTML, Content: `<html><body><!-- nothing`}
	if err := New().Process(context.Background(), doc); err != ErrNoContent {
		t.Fatalf("Process = %v, want ErrNoContent", err)
	}
}

// A publish date the input gave and nobody could read (a JSONL record's
// "published") leaves the date unknown and is noted in Incomplete, its
// value quoted (a long one by its start).
func TestUnreadablePublishedNoted(t *testing.T) {
	const text = "Bridge reopens after repairs\n\nThe river bridge reopened to traffic on Thursday after six weeks of repairs, the city said."
	long := strings.Repeat("sometime after the storm ", 20)
	tests := []struct {
		name, value, want string
	}{
		{"none", "", ""},
		{"words", "someday", `published: cannot read "someday" as a date; left unknown`},
		{"long", long, `published: cannot read "` + long[:maxQuotedDate] + `..." as a date; left unknown`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			hints := map[string]string{"title": "Bridge reopens"}
			if tc.value != "" {
				hints[model.HintUnreadablePublished] = tc.value
			}
			doc := &model.Document{Source: "in.jsonl:3", Format: model.FormatText, Content: text, Hints: hints}
			if err := New().Process(context.Background(), doc); err != nil {
				t.Fatal(err)
			}
			a := doc.Article
			if a.Published != nil {
				t.Errorf("published = %v, want unknown", a.Published)
			}
			var got []string
			for _, f := range a.Incomplete {
				if f.Stage == "ingest" {
					got = append(got, f.Error)
				}
			}
			switch {
			case tc.want == "" && len(got) != 0:
				t.Errorf("incomplete = %q, want none", got)
			case tc.want != "" && (len(got) != 1 || got[0] != tc.want):
				t.Errorf("incomplete = %q, want %q", got, tc.want)
			}
			if a.Text == "" {
				t.Error("article lost its text")
			}
		})
	}
}
