package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// An article in an XML vocabulary, read as a page, keeps its parts apart:
// the HTML parser dropped a <body> inside the root and glued the byline
// onto the body's text ("Ana LindqvistThe minister ..."), ran sibling
// elements HTML does not know into one another ("routeAna LindqvistPort
// Alma"), and left a self-closed <media-ref/> open over the rest. Text of
// an unknown element inside a sentence (<org>) stays in it, and XHTML is
// read as HTML always was.
func TestXMLArticleParts(t *testing.T) {
	tests := []struct {
		file   string
		first  string   // the first body paragraph starts so
		absent []string // in no paragraph
		in     []string // in some paragraph
		// The head's title, the byline and xml:lang, where given.
		title, byline, lang string
	}{
		{"story_byline_body.xml", "The minister for transport said on Tuesday",
			[]string{"LindqvistThe"}, nil, "", "", ""},
		{"article_parts.xml", "The minister for transport said on Tuesday",
			[]string{"routeAna", "LindqvistPort"},
			[]string{"saying the harbour traders' association had counted visitor numbers"}, "", "", ""},
		{"nitf_like.xml", "Die Landesregierung hat am Dienstag",
			[]string{"FeldDie", "NordenVon"}, nil, "Neue Fähre für den Norden", "Jonas Feld", "de"},
		{"xhtml_page.xhtml", "The minister for transport said on Tuesday",
			nil, []string{"with the first crossing at dawn on Monday."}, "Ferry service resumes", "", "en"},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join("testdata", "xml", tc.file))
			if err != nil {
				t.Fatal(err)
			}
			a, err := HTML(string(raw), "")
			if err != nil {
				t.Fatal(err)
			}
			if len(a.Paragraphs) == 0 || !strings.HasPrefix(a.Paragraphs[0], tc.first) {
				t.Fatalf("paragraphs = %q, want the first to start %q", a.Paragraphs, tc.first)
			}
			for _, s := range tc.absent {
				if strings.Contains(a.Text, s) {
					t.Errorf("body has glued %q: %q", s, a.Paragraphs)
				}
			}
			if tc.title != "" && (a.Title != tc.title || a.Byline != tc.byline || a.Language != tc.lang) {
				t.Errorf("title %q, byline %q, language %q; want %q, %q, %q", a.Title, a.Byline, a.Language, tc.title, tc.byline, tc.lang)
			}
			for _, s := range tc.in {
				if !strings.Contains(a.Text, s) {
					t.Errorf("body lacks %q: %q", s, a.Paragraphs)
				}
			}
		})
	}
}

func TestIsXMLVocabulary(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{`<?xml version="1.0"?><story><body>Text.</body></story>`, true},
		{"\ufeff<?xml version=\"1.0\"?>\n<!-- export --><!DOCTYPE nitf><nitf><body>Text.</body></nitf>", true},
		{`<?xml version="1.0"?><article><p>Text.</p></article>`, true},
		{`<story><body>Text.</body></story>`, true},
		{`<x:doc><body>Text.</body></x:doc>`, true},
		{`<?xml version="1.0"?><!DOCTYPE html><html><body><p>Text.</p></body></html>`, false},
		{`<!DOCTYPE html><html><body><p>Text.</p></body></html>`, false},
		{`<article><p>Text.</p></article>`, false},            // an HTML fragment
		{`<story><body>Text.</body></story> and more`, false}, // no one root
		{`<?xml version="1.0"`, false},
		{``, false},
		{`plain words`, false},
	}
	for _, tc := range tests {
		if got := isXMLVocabulary(tc.in); got != tc.want {
			t.Errorf("isXMLVocabulary(%.50q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// Broken XML falls back to the HTML parser, and nothing panics.
func TestXMLPageBroken(t *testing.T) {
	for _, in := range []string{
		`<?xml version="1.0"?><story><body>The ferry resumes next week, the minister said on Tuesday.</wrong></story>`,
		`<?xml version="1.0"?><story><body>The ferry resumes next week &nosuch; the minister said.`,
		`<?xml version="1.0"?><`,
		`<?xml version="1.0"?><story>` + strings.Repeat("<x>", 5000) + `Deep text here.`,
	} {
		if _, err := HTML(in, ""); err != nil {
			t.Errorf("HTML(%.40q): %v", in, err)
		}
	}
}

// An XML article's byline, author or creator element names its writer
// when nothing better does; in an HTML page such an element is no byline
// source, and a writer named in the page's meta comes first.
func TestXMLBylineElements(t *testing.T) {
	const text = "The minister for transport said on Tuesday that the northern ferry route would reopen next week after repairs to the pier were completed ahead of schedule, and traders welcomed it."
	tests := []struct{ name, in, want string }{
		{"story byline", `<?xml version="1.0"?><story><title>Ferry back</title><byline>Ana Lindqvist</byline><body><p>` + text + `</p></body></story>`, "Ana Lindqvist"},
		{"dc creator", `<?xml version="1.0"?><article xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Tomas Berg</dc:creator><body><p>` + text + `</p></body></article>`, "Tomas Berg"},
		{"nitf person", `<?xml version="1.0"?><nitf><body><body.head><byline><person>Lena Holm</person><byttl>Transport Correspondent</byttl></byline></body.head><body.content><p>` + text + `</p></body.content></body></nitf>`, "Lena Holm"},
		// Must not: an HTML page's unknown <author> element, an empty one.
		{"html author element", `<!DOCTYPE html><html><body><article><author>Ana Lindqvist</author><p>` + text + `</p></article></body></html>`, ""},
		{"empty byline", `<?xml version="1.0"?><story><byline> </byline><body><p>` + text + `</p></body></story>`, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := HTML(tc.in, "")
			if err != nil {
				t.Fatal(err)
			}
			if a.Byline != tc.want {
				t.Errorf("byline %q, want %q", a.Byline, tc.want)
			}
		})
	}
}
