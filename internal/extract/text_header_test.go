package extract

import (
	"reflect"
	"testing"
)

func TestTextHeaderBlock(t *testing.T) {
	const body = "The port authority of Mombasa said on Tuesday that two new berths would open in June.\n\n" +
		"Officials expect the berths to cut waiting times for container ships by a third.\n"
	tests := []struct {
		name, in            string
		title, byline, date string
		tags                []string
	}{
		{"mail header", "From: \"Amina Otieno\" <amina@example.org>\nTo: desk@example.com\nSubject: Re: Fwd: Mombasa port to open two berths\n" +
			"Date: Tue, 5 Mar 2024 09:12:00 +0300\nMessage-ID: <abc@example.org>\nContent-Type: text/plain; charset=utf-8\n\n" + body,
			"Mombasa port to open two berths", "Amina Otieno", "2024-03-05T09:12:00+03:00", nil},
		{"encoded subject and a folded line", "From: =?UTF-8?Q?Jos=C3=A9_Mart=C3=ADnez?= <jm@example.org>\nSubject: =?UTF-8?B?UHVlcnRvIGRlIE1vbWJhc2E=?=\n" +
			"Received: from mx.example.org\n  by mail.example.com\nDate: Tue, 5 Mar 2024 09:12:00 +0300\n\n" + body,
			"Puerto de Mombasa", "José Martínez", "2024-03-05T09:12:00+03:00", nil},
		{"Outlook header, a bare address names no one", "From: press@example.org\nSent: Tuesday, March 5, 2024 9:12 AM\nTo: desk@example.com\nSubject: Mombasa port to open two berths\n\n" + body,
			"Mombasa port to open two berths", "", "2024-03-05T09:12:00Z", nil},
		{"export fields", "Title: Mombasa port to open two berths\nAuthor: Amina Otieno\nPublished: 2024-03-05\nKeywords: Kenya, ports, shipping\nURL: https://example.org/a\n\n" + body,
			"Mombasa port to open two berths", "Amina Otieno", "2024-03-05T00:00:00Z", []string{"Kenya", "ports", "shipping"}},
		{"export fields with blank lines between", "Headline: Mombasa port to open two berths\n\nByline: Amina Otieno\n\nSection: Business\n\nDate: 2024-03-05\n\n" + body,
			"Mombasa port to open two berths", "Amina Otieno", "2024-03-05T00:00:00Z", nil},
		{"a lone title label", "Title: Mombasa port to open two berths\n\n" + body,
			"Mombasa port to open two berths", "", "", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Text(tc.in)
			if err != nil {
				t.Fatal(err)
			}
			var date string
			if a.Published != nil {
				date = a.Published.Format("2006-01-02T15:04:05Z07:00")
			}
			if a.Title != tc.title || a.Byline != tc.byline || date != tc.date || !reflect.DeepEqual(a.Tags, tc.tags) {
				t.Errorf("got title %q byline %q date %q tags %q\nwant %q %q %q %q", a.Title, a.Byline, date, a.Tags, tc.title, tc.byline, tc.date, tc.tags)
			}
			want := "The port authority of Mombasa said on Tuesday that two new berths would open in June."
			if len(a.Paragraphs) == 0 || a.Paragraphs[0] != want {
				t.Errorf("paragraphs %q, want first %q", a.Paragraphs, want)
			}
		})
	}
}

// Text that does not open with a header block reaches the classifier as it
// was: a headline with a colon, a transcript's turns, a lone date or sender
// line, a dateline with a colon.
func TestTextHeaderBlockLeavesOtherText(t *testing.T) {
	for _, in := range []string{
		"Kenya: Mombasa port to open two berths\n\nThe port authority said on Tuesday that two berths would open.\n",
		"Q: Will the berths open in June?\nA: They will, the authority said.\nQ: And the cranes?\n",
		"ODINGA: We will not accept this.\nRUTO: The courts have spoken.\n",
		"Date: 2024-03-05\n\nThe port authority said on Tuesday that two berths would open.\n",
		"NAIROBI: The port authority said on Tuesday that two berths would open.\n",
		"Update: Kenya's port authority said on Tuesday that two berths would open.\nMore follows.\n",
		"",
	} {
		if got := rewriteHeaderBlock(in); got != in {
			t.Errorf("rewriteHeaderBlock(%q) = %q, want it unchanged", in, got)
		}
	}
}
