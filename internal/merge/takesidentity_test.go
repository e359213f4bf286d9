package merge

import (
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
)

// TakesIdentity decides, from a's URL and dates alone, whether the same
// bytes as a stored article are its story's original: published earlier
// (else dated earlier by the reference date, else by the ingest time),
// then at the same second under the lower URL; never when the stored
// article is a syndicated copy (Apply leaves a copy as it is).
func TestTakesIdentity(t *testing.T) {
	at := func(s string) *time.Time {
		p, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Fatal(err)
		}
		return &p
	}
	now := *at("2026-03-10T12:00:00Z")
	stored := store.ArticleSig{ID: 1, URL: "https://mirror.example/pact", ReportDate: *at("2026-03-02T15:00:00Z")}
	copyOf := stored
	copyOf.DuplicateOf = 7
	for _, c := range []struct {
		name      string
		url       string
		published *time.Time
		reference *time.Time
		stored    store.ArticleSig
		want      bool
	}{
		{"published earlier", "https://wire.example/pact", at("2026-03-02T09:00:00Z"), nil, stored, true},
		{"published later", "https://wire.example/pact", at("2026-03-02T16:00:00Z"), nil, stored, false},
		{"same second, lower URL", "https://a.example/pact", at("2026-03-02T15:00:00.4Z"), nil, stored, true},
		{"same second, higher URL", "https://z.example/pact", at("2026-03-02T15:00:00Z"), nil, stored, false},
		{"undated, earlier reference date", "https://z.example/pact", nil, at("2026-03-01T08:00:00Z"), stored, true},
		{"undated, later reference date", "https://a.example/pact", nil, at("2026-03-03T08:00:00Z"), stored, false},
		{"nothing dates it: the ingest time", "https://a.example/pact", nil, nil, stored, false},
		{"the stored article is a copy", "https://wire.example/pact", at("2026-03-02T09:00:00Z"), nil, copyOf, false},
	} {
		a := &store.Article{URL: c.url, Published: c.published, IngestedAt: now, Data: &model.Article{ReferenceDate: c.reference}}
		if got := TakesIdentity(a, c.stored); got != c.want {
			t.Errorf("%s: TakesIdentity = %v, want %v", c.name, got, c.want)
		}
	}
}
