package runner

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/ingest"
	"github.com/newsgraph/newsgraph/internal/model"
)

// A feed link's date reaches the document a worker loads with what the feed
// said of it: an update time stays one, and the source of its zone goes
// along.
func TestFeedLinkDateProvenance(t *testing.T) {
	page := filepath.Join(t.TempDir(), "ferry.html")
	if err := os.WriteFile(page, []byte("<html><body><p>The winter ferry timetable starts next week, the harbour office said.</p></body></html>"), 0o644); err != nil {
		t.Fatal(err)
	}
	when := time.Date(2024, 3, 5, 15, 24, 0, 0, time.FixedZone("", 9*3600))
	e := ingest.FeedEntry{Link: &ingest.FeedLink{Source: "feed.xml#1", URL: page, Published: when,
		PublishedSource: model.DateFromFeedUpdated, PublishedZoneSource: model.ZoneFromLanguage}}
	same := func(d *model.Document) *model.Document { return d }
	it := entryItem(e, LoadOptions{}, nil, same, func(t time.Time) time.Time { return t })
	if it.Ref == nil || it.Ref.PublishedSource != model.DateFromFeedUpdated || it.Ref.PublishedZoneSource != model.ZoneFromLanguage {
		t.Fatalf("ref = %+v", it.Ref)
	}
	doc, err := it.Ref.Load(context.Background(), "feed.xml#1", LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !doc.Published.Equal(when) || doc.PublishedSource != model.DateFromFeedUpdated || doc.PublishedZoneSource != model.ZoneFromLanguage {
		t.Errorf("doc date = %v from %q (zone %q)", doc.Published, doc.PublishedSource, doc.PublishedZoneSource)
	}
}
