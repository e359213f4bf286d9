package demo

import (
	"net/url"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

func TestCorpus(t *testing.T) {
	var docs []*model.Document
	for d, err := range Documents() {
		if err != nil {
			t.Fatalf("demo corpus line fails: %v", err)
		}
		docs = append(docs, d)
	}
	if len(docs) < 30 {
		t.Fatalf("%d articles, want at least 30", len(docs))
	}
	urls := map[string]bool{}
	sites := map[string]int{}
	for _, d := range docs {
		u, err := url.Parse(d.URL)
		if err != nil || u.Scheme != "https" || !strings.HasSuffix(u.Host, ".example") {
			t.Errorf("%s: URL %q should be an https URL on a reserved .example host", d.Source, d.URL)
		}
		if urls[d.URL] {
			t.Errorf("%s: duplicate URL %s", d.Source, d.URL)
		}
		urls[d.URL] = true
		if d.Published.IsZero() || d.Published.Year() != 2025 {
			t.Errorf("%s: published %v", d.Source, d.Published)
		}
		if d.Hints["title"] == "" || d.Hints["site"] == "" {
			t.Errorf("%s: hints %v", d.Source, d.Hints)
		}
		if !strings.HasPrefix(d.Content, d.Hints["title"]+"\n\n") || len(d.Content) < 200 {
			t.Errorf("%s: content %q", d.Source, d.Content)
		}
		sites[d.Hints["site"]]++
	}
	if len(sites) < 4 {
		t.Errorf("outlets: %v", sites)
	}
	// The syndicated copy carries the wire story's text under another
	// outlet and URL.
	var wire, copy *model.Document
	for _, d := range docs {
		if strings.Contains(d.URL, "meridianwire.example/2025/03/10/") {
			wire = d
		}
		if strings.Contains(d.URL, "valleygazette.example") && strings.Contains(d.Content, "(Meridian Wire)") && strings.Contains(d.Content, "maritime security") {
			copy = d
		}
	}
	if wire == nil || copy == nil || wire.Hints["site"] == copy.Hints["site"] {
		t.Fatalf("syndicated pair missing: wire %v copy %v", wire != nil, copy != nil)
	}
	if !strings.Contains(copy.Content, wire.Content[strings.Index(wire.Content, "\n\n")+2:][:200]) {
		t.Error("syndicated copy does not repeat the wire text")
	}
}
