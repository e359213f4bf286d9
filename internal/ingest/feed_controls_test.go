package ingest

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

// A control character XML forbids (a vertical tab, a backspace, a form
// feed pasted in by a CMS) no longer stops the feed at the item holding
// it: that item and every one after it were lost ("illegal character code
// U+000B"). A vertical tab or form feed reads as a space; the others are
// dropped. The same holds in a legacy encoding.
func TestFeedControlCharacters(t *testing.T) {
	item := func(id, title, desc string) string {
		return `<item><guid>` + id + `</guid><title>` + title + `</title><link>https://wire.example/` + id + `</link><description>` + desc + `</description></item>`
	}
	body := `<rss version="2.0"><channel><title>Wire</title>` +
		item("quito", "Ecuador\vvote", "QUITO, Feb 9 (Reuters) - Ecuador's electoral council\vsaid on Sunday the run-off would be held in April.") +
		item("dakar", "Senegal\x08 budget", "DAKAR, Feb 9 (Reuters) - Senegal's parliament passed the 2025\x01 budget on Saturday, the assembly in Thiès said.\f") +
		item("hanoi", "Hanoi metro", "HANOI, Feb 9 (Reuters) - Vietnam opened a second metro line in Hanoi on Saturday, the city said.") +
		`</channel></rss>`
	for name, raw := range map[string][]byte{
		"utf-8":        []byte(`<?xml version="1.0" encoding="UTF-8"?>` + body),
		"windows-1252": mustEncode(t, charmap.Windows1252, `<?xml version="1.0" encoding="windows-1252"?>`+body),
	} {
		t.Run(name, func(t *testing.T) {
			f, err := ParseFeed(strings.NewReader(string(raw)), FeedOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if f.Cut != nil || len(f.Items) != 3 {
				t.Fatalf("%d items, cut %v; want all 3", len(f.Items), f.Cut)
			}
			want := []struct{ title, text string }{
				{"Ecuador vote", "electoral council said on Sunday"},
				{"Senegal budget", "the 2025 budget on Saturday, the assembly in Thiès said."},
				{"Hanoi metro", "second metro line"},
			}
			for i, w := range want {
				it := f.Items[i]
				if it.Title != w.title || !strings.Contains(it.Summary, w.text) {
					t.Errorf("item %d: title %q, summary %q; want %q with %q", i, it.Title, it.Summary, w.title, w.text)
				}
			}
		})
	}
}

func mustEncode(t *testing.T, cm *charmap.Charmap, s string) []byte {
	t.Helper()
	b, err := cm.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}
