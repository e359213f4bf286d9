package extract

import (
	"strings"
	"testing"
)

// A news database's export (title, source and date lines, "Section:",
// "Length:", "Byline:" fields, a "Body" marker, then the text and
// "Load-Date:", "End of Document") lost its byline: the fields are not at
// the top, where the header block reader looks. The fixtures are written
// for this test in the layout of such exports.
func TestTextExportFront(t *testing.T) {
	const p1 = "MANILA, Aug 19 - The Philippine coast guard said on Monday two of its vessels were damaged in a collision with Chinese ships near a disputed shoal, the third such incident this month."
	const p2 = "A spokesman said no crew were hurt and that the vessels had returned to port in Palawan for repairs."
	const body = p1 + "\n\n" + p2 + "\n\n"
	tests := []struct {
		name, in, title, byline, date string
	}{
		{"export with blank lines between fields",
			"Philippine coast guard ships damaged in shoal collision\n\nHarbour Courier (Manila)\n\nAugust 19, 2024 Monday\n\n" +
				"Copyright 2024 Harbour Courier Ltd. All Rights Reserved\n\nSection: NATION; Pg. A3\n\nLength: 96 words\n\nByline: Teresa Villanueva\n\nBody\n\n" +
				body + "Load-Date: August 20, 2024\n\nEnd of Document\n",
			"Philippine coast guard ships damaged in shoal collision", "Teresa Villanueva", "2024-08-19"},
		{"CRLF, no blank lines, a byline with its By and a trailing classification",
			strings.ReplaceAll("Coast guard vessels hit near disputed shoal\nThe Island Herald\nAugust 19, 2024\nSection: WORLD\nLength: 96 words\nByline: By Rafael Domingo and Liza Ocampo\nDateline: MANILA\nBODY\n\n"+
				body+"Classification\n\nLanguage: ENGLISH\n\nPublication-Type: Newspaper\n\nSubject: MARITIME DISPUTES (91%)\n\nLoad-Date: August 21, 2024\n\nEnd of Document\n", "\n", "\r\n"),
			"Coast guard vessels hit near disputed shoal", "Rafael Domingo and Liza Ocampo", "2024-08-19"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Text(tc.in)
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != tc.title || a.Byline != tc.byline {
				t.Errorf("title %q byline %q, want %q and %q", a.Title, a.Byline, tc.title, tc.byline)
			}
			if a.Published == nil || a.Published.Format("2006-01-02") != tc.date {
				t.Errorf("published %v, want %s", a.Published, tc.date)
			}
			if len(a.Paragraphs) != 2 || a.Paragraphs[0] != p1 || a.Paragraphs[1] != p2 {
				t.Errorf("paragraphs %q, want the two of the body alone", a.Paragraphs)
			}
		})
	}
}

// A text whose own heading is "Body" (a medical piece, a list of
// sections) with no export fields above it is left as written.
func TestTextExportFrontNeedsFields(t *testing.T) {
	for _, in := range []string{
		"Body\n\nThe ministry in Lima said the remains were found near the river on Sunday.\n",
		"Forensic report due\n\nSection: Health\n\nBody\n\nThe ministry in Lima said the remains were found near the river on Sunday.\n",
	} {
		if got := rewriteExportFront(in); got != in {
			t.Errorf("rewriteExportFront(%q) = %q, want it unchanged", in, got)
		}
	}
}
