package extract

import (
	"strings"
	"testing"
)

// FuzzPackedTags: packedTags never panics on a site's tag value, gives no
// empty tag, splits only a value with three or more items (so a single
// comma, as in "Washington, D.C.", stays in one tag), and a split tag
// holds no separator.
func FuzzPackedTags(f *testing.F) {
	for _, s := range []string{"science-fiction, books, fantasy", "Washington, D.C.", "a|b|c", "、，；", " ,, ; ", "Kenya", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tags := packedTags(s)
		for _, tag := range tags {
			if strings.TrimSpace(tag) == "" {
				t.Fatalf("packedTags(%q) = %q: an empty tag", s, tags)
			}
		}
		if len(tags) > 1 {
			if len(tags) < 3 {
				t.Fatalf("packedTags(%q) = %q: split into fewer than three", s, tags)
			}
			for _, tag := range tags {
				if strings.ContainsAny(tag, ",;|、，；") {
					t.Fatalf("packedTags(%q) = %q: a split tag keeps a separator", s, tags)
				}
			}
		}
	})
}
