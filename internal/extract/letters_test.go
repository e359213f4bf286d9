package extract

import (
	"slices"
	"strings"
	"testing"
)

// The closing and the sender's lines of a letter or a press release are
// part of the body in both extractors; short furniture after a body
// without a closing is still trimmed.
func TestLetterEnds(t *testing.T) {
	const p1 = "The harbour board voted on Tuesday to dredge the east channel before winter, and work will begin in October."
	const p2 = "The channel will stay open to small boats during the work, the board said in its notice to residents."
	tests := []struct {
		name  string
		lines []string // after the headline; each a paragraph
		want  []string // the body's last paragraphs
		first string   // the body's first paragraph
	}{
		{"closing and signature", []string{"Dear residents,", p1, p2, "Thanks,", "Mira Holt", "Harbour Board of Eastport"},
			[]string{p2, "Thanks,", "Mira Holt", "Harbour Board of Eastport"}, "Dear residents,"},
		{"kind regards", []string{p1, p2, "Kind regards,", "Tomas Berg", "Eastport Port Authority"},
			[]string{p2, "Kind regards,", "Tomas Berg", "Eastport Port Authority"}, p1},
		{"closing alone ends the letter", []string{p1, p2, "Sincerely."}, []string{p2, "Sincerely."}, p1},
		{"German closing", []string{p1, p2, "Mit freundlichen Grüßen", "Anna Schmidt"},
			[]string{p2, "Mit freundlichen Grüßen", "Anna Schmidt"}, p1},
		// Must-not cases.
		{"short lines without a closing are trimmed", []string{p1, p2, "Mira Holt", "Harbour Board of Eastport"},
			[]string{p1, p2}, p1},
		{"a closing followed by a long run of short lines is furniture", []string{p1, p2, "Thanks,", "Home", "News", "Sport", "Weather", "Contact us", "Jobs", "Archive"},
			[]string{p1, p2}, p1},
	}
	for _, tt := range tests {
		t.Run("text/"+tt.name, func(t *testing.T) {
			a, err := Text("Harbour board approves dredging plan\n\n" + strings.Join(tt.lines, "\n\n") + "\n")
			if err != nil {
				t.Fatal(err)
			}
			checkLetterEnd(t, a.Paragraphs, tt.want, tt.first)
		})
		t.Run("html/"+tt.name, func(t *testing.T) {
			var b strings.Builder
			for _, l := range tt.lines {
				b.WriteString("<p>" + l + "</p>")
			}
			page := `<!doctype html><html lang="en"><head><title>Harbour board approves dredging plan</title></head><body><article>` +
				`<h1>Harbour board approves dredging plan</h1>` + b.String() + `</article><footer><p>© Eastport Gazette</p></footer></body></html>`
			a, err := HTML(page, "")
			if err != nil {
				t.Fatal(err)
			}
			checkLetterEnd(t, a.Paragraphs, tt.want, tt.first)
		})
	}
}

func checkLetterEnd(t *testing.T, got, want []string, first string) {
	t.Helper()
	if len(got) < len(want) || !slices.Equal(got[len(got)-len(want):], want) {
		t.Errorf("body ends %q, want %q", got, want)
	}
	if len(got) == 0 || got[0] != first {
		t.Errorf("body opens %q, want %q", got, first)
	}
}
