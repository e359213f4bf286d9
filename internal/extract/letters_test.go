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
		{"contact lines in the signature", []string{p1, p2, "Kind regards,", "Mira Holt", "Harbour Board of Eastport", "+44 20 7946 0321", "mira.holt@eastport-harbour.example"},
			[]string{p2, "Kind regards,", "Mira Holt", "Harbour Board of Eastport", "+44 20 7946 0321", "mira.holt@eastport-harbour.example"}, p1},
		{"a full signature block", []string{p1, p2, "Thanks,", "Mira Holt", "Secretary", "Harbour Board of Eastport", "12 Quay Street, Eastport",
			"Tel: +44 20 7946 0321", "Mobile 07700 900123", "mira.holt@eastport-harbour.example", "www.eastport-harbour.example"},
			[]string{p2, "Thanks,", "Mira Holt", "Secretary", "Harbour Board of Eastport", "12 Quay Street, Eastport",
				"Tel: +44 20 7946 0321", "Mobile 07700 900123", "mira.holt@eastport-harbour.example", "www.eastport-harbour.example"}, p1},
		// A press release's closing sections after the signature end the
		// body there; the signature stays.
		{"signature then a media contact block", []string{p1, p2, "Sincerely,", "Mira Holt", "Chair, Harbour Board of Eastport",
			"Media contact:", "Tomas Berg", "+44 20 7946 0321", "press@eastport-harbour.example"},
			[]string{p2, "Sincerely,", "Mira Holt", "Chair, Harbour Board of Eastport"}, p1},
		{"signature then a one-line media contact", []string{p1, p2, "Kind regards,", "Mira Holt", "Media contact: Tomas Berg, +44 20 7946 0321"},
			[]string{p2, "Kind regards,", "Mira Holt"}, p1},
		{"signature with contact lines then an about section", []string{p1, p2, "Sincerely,", "Mira Holt", "mira.holt@eastport-harbour.example",
			"About the Harbour Board of Eastport",
			"The Harbour Board of Eastport manages the port, its quays and its channels for the town council, and has done so since 1921."},
			[]string{p2, "Sincerely,", "Mira Holt", "mira.holt@eastport-harbour.example"}, p1},
		// Must-not cases.
		{"a media contact block without a closing is trimmed", []string{p1, p2, "Media contact:", "Tomas Berg", "+44 20 7946 0321"},
			[]string{p1, p2}, p1},
		{"a closing inside the story is no signature", []string{p1, "Thanks,", p2, "Media contact:", "Tomas Berg", "+44 20 7946 0321"},
			[]string{"Thanks,", p2}, p1},
		{"a phone number without a closing is trimmed", []string{p1, p2, "Mira Holt", "+44 20 7946 0321"},
			[]string{p1, p2}, p1},
		{"contact lines then a long run of short lines are furniture", []string{p1, p2, "Thanks,", "+44 20 7946 0321", "Home", "News", "Sport", "Weather", "Contact us", "Jobs", "Archive"},
			[]string{p1, p2}, p1},
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

// A signature above a press release's media-contact section written as a
// heading keeps its lines; the section under the heading is dropped.
func TestHTMLSignatureBeforeContactHeading(t *testing.T) {
	const p1 = "The harbour board voted on Tuesday to dredge the east channel before winter, and work will begin in October."
	const p2 = "The channel will stay open to small boats during the work, the board said in its notice to residents."
	page := `<!doctype html><html lang="en"><head><title>Harbour board approves dredging plan</title></head><body><article>` +
		`<h1>Harbour board approves dredging plan</h1><p>` + p1 + `</p><p>` + p2 + `</p><p>Sincerely,</p><p>Mira Holt</p><p>Chair</p>` +
		`<h3>Media contacts</h3><p>Tomas Berg</p><p>+44 20 7946 0321</p><p>press@eastport-harbour.example</p></article></body></html>`
	a, err := HTML(page, "")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{p1, p2, "Sincerely,", "Mira Holt", "Chair"}
	if !slices.Equal(a.Paragraphs, want) {
		t.Errorf("paragraphs = %q\nwant %q", a.Paragraphs, want)
	}
}

// A signature written line under line (no blank lines) keeps its lines
// apart and its contact lines: the closing's comma joined "Kind regards,"
// to the name, and the e-mail address, starting in lower case, to the
// phone line; and a line that is only a phone number was dropped as
// furniture.
func TestTextSignatureBlock(t *testing.T) {
	const p1 = "The harbour board voted on Tuesday to dredge the east channel before winter, and work will begin in October."
	in := "Harbour board approves dredging plan\n\nDear residents,\n\n" + p1 + "\n\n" +
		"Kind regards,\nMira Holt\nHarbour Board of Eastport\n+44 20 7946 0321\nmira.holt@eastport-harbour.example\n12 Quay Street, Eastport EP1 4QT\n"
	a, err := Text(in)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Dear residents,", p1, "Kind regards,", "Mira Holt", "Harbour Board of Eastport", "+44 20 7946 0321",
		"mira.holt@eastport-harbour.example", "12 Quay Street, Eastport EP1 4QT"}
	if !slices.Equal(a.Paragraphs, want) {
		t.Errorf("paragraphs = %q\nwant %q", a.Paragraphs, want)
	}
	// A sentence that runs on into an address keeps it.
	a, err = Text("Ferry bookings reopen\n\nThe harbour office takes bookings for the winter crossings, and readers can write to\nbookings@eastport-harbour.example\nfor the timetable.\n")
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Paragraphs) != 1 || !strings.Contains(a.Paragraphs[0], "write to bookings@eastport-harbour.example for the timetable.") {
		t.Errorf("paragraphs = %q", a.Paragraphs)
	}
}

func TestIsContactLine(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"+44 20 7946 0321", true},
		{"Tel: +44 (0)20 7946 0321 ext. 214", true},
		{"Mobile 07700 900123", true},
		{"T. 555-0142-88", true},
		{"mira.holt@eastport-harbour.example", true},
		{"E-mail: mira.holt@eastport-harbour.example", true},
		{"www.eastport-harbour.example", true},
		{"+44 20 7946 0321 | mira.holt@eastport-harbour.example", true},
		{"Mira Holt", false},
		{"12 Quay Street, Eastport EP1 4QT", false},
		{"2024", false},
		{"1 / 12", false},
		{"Call 555 0142 today", false},
		{"Tel:", false},
		{"write to mira@example.org", false},
		{"@eastport", false},
		{"", false},
	} {
		if got := isContactLine(tc.in); got != tc.want {
			t.Errorf("isContactLine(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}
