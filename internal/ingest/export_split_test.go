package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A multi-document export is cut into its documents, the marker lines and
// an Academic export's cover lines left out; text that is no such export
// (one document, a story quoting "End of Document", headers out of order)
// is not cut.
func TestSplitExport(t *testing.T) {
	read := func(name string) string {
		b, err := os.ReadFile(filepath.Join("testdata", "export", name))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	cases := []struct {
		name string
		text string
		want []string // a phrase of each document, in order; nil: not cut
	}{
		{"nexis uni", read("nexis-uni.txt"), []string{"Chile and Peru agreed", "Kenya lifted"}},
		{"lexis academic", read("lexis-academic.txt"), []string{"Chile and Peru agreed", "Kenya lifted"}},
		{"crlf", strings.ReplaceAll(read("nexis-uni.txt"), "\n", "\r\n"), []string{"Chile and Peru agreed", "Kenya lifted"}},
		{"one document", "Title\n\nOslo raised its rates on Monday.\n\nEnd of Document\n", nil},
		{"quoted once", "Talks end\n\nThe play closes with a line, End of Document, read by the clerk.\nEnd of Document\nMore text.\n", nil},
		{"out of order", "2 of 3 DOCUMENTS\nFirst story.\n1 of 3 DOCUMENTS\nSecond story.\n", nil},
		{"counts differ", "1 of 3 DOCUMENTS\nFirst story.\n2 of 4 DOCUMENTS\nSecond story.\n", nil},
		{"blank between ends", "Hanoi story text.\nEnd of Document\n\n\nEnd of Document\nLima story text.\nEnd of Document\n", []string{"Hanoi", "Lima"}},
		{"plain article", "Quito council meets\n\nThe council of Quito met on Monday to discuss bus fares.\n", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := SplitExport(c.text)
			if c.want == nil {
				if got != nil {
					t.Fatalf("cut into %d: %q; want it read whole", len(got), got)
				}
				return
			}
			if len(got) != len(c.want) {
				t.Fatalf("cut into %d documents: %q; want %d", len(got), got, len(c.want))
			}
			for i, w := range c.want {
				if !strings.Contains(got[i], w) {
					t.Errorf("document %d = %q; want it to hold %q", i+1, got[i], w)
				}
				for _, marker := range []string{"End of Document", "DOCUMENTS", "Search terms"} {
					if strings.Contains(got[i], marker) {
						t.Errorf("document %d keeps %q: %q", i+1, marker, got[i])
					}
				}
				if other := c.want[1-i]; strings.Contains(got[i], other) {
					t.Errorf("document %d holds the other's %q too", i+1, other)
				}
			}
			if !LooksLikeExport(c.text) {
				t.Errorf("LooksLikeExport = false for an export that is cut")
			}
		})
	}
	if LooksLikeExport("Quito council meets\n\nThe council met.\n") {
		t.Error("LooksLikeExport = true for a plain article")
	}
}

func FuzzSplitExport(f *testing.F) {
	for _, name := range []string{"nexis-uni.txt", "lexis-academic.txt"} {
		b, err := os.ReadFile(filepath.Join("testdata", "export", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b))
	}
	f.Add("1 of 2 DOCUMENTS\na\n2 of 2 DOCUMENTS\nb")
	f.Add("a\nEnd of Document\nb\nEnd of Document\n")
	f.Fuzz(func(t *testing.T, text string) {
		parts := SplitExport(text)
		if parts == nil {
			return
		}
		if len(parts) < 2 {
			t.Fatalf("cut into %d parts, want nil or 2 or more", len(parts))
		}
		total := 0
		for _, p := range parts {
			if strings.TrimSpace(p) == "" {
				t.Fatalf("a blank part among %q", parts)
			}
			if !strings.Contains(text, p) {
				t.Fatalf("part %q is not text of the input", p)
			}
			total += len(p)
		}
		if total > len(text) {
			t.Fatalf("parts hold %d bytes of an input of %d", total, len(text))
		}
		if !LooksLikeExport(text) {
			t.Fatal("cut an input LooksLikeExport does not take for an export")
		}
	})
}
