package ingest

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The French headline and summary of the charset fixtures, as they read.
const (
	charsetTitle   = "Le Sénat adopte le budget – « décision historique »"
	charsetSummary = "PARIS – Le sénateur Hugues Ferré a déclaré jeudi que le résultat était “attendu”…"
)

// TestFeedDeclaredCharsetMismatch reads feeds whose declared encoding the
// bytes contradict. Before feedToUTF8, windows-1252 bytes declared (or
// defaulted to) UTF-8 lost the whole feed ("invalid UTF-8", no item), and
// UTF-8 bytes declared ISO-8859-1 or windows-1252 were read as mojibake
// ("SÃ©nat"). A declaration the bytes bear out reads as before.
func TestFeedDeclaredCharsetMismatch(t *testing.T) {
	for _, name := range []string{
		"cp1252-declared-utf8.xml",   // windows-1252 under encoding="UTF-8"
		"cp1252-undeclared.xml",      // windows-1252, no declaration (UTF-8 by default)
		"utf8-declared-latin1.xml",   // UTF-8 under encoding="ISO-8859-1"
		"utf8-declared-cp1252.xml",   // UTF-8 under encoding="windows-1252"
		"cp1252-declared-cp1252.xml", // near miss: declared right
		"utf8-bom.xml",               // near miss: UTF-8 with a byte-order mark
	} {
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join("testdata", "feeds", name))
			if err != nil {
				t.Fatal(err)
			}
			f, err := ParseFeed(bytes.NewReader(raw), FeedOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if f.Cut != nil {
				t.Errorf("feed cut: %v", f.Cut)
			}
			if len(f.Items) != 1 {
				t.Fatalf("%d items, want 1", len(f.Items))
			}
			it := f.Items[0]
			if it.Title != charsetTitle {
				t.Errorf("title %q, want %q", it.Title, charsetTitle)
			}
			if it.Summary != charsetSummary {
				t.Errorf("summary %q, want %q", it.Summary, charsetSummary)
			}
			if f.Title != "Exemple Presse" || it.Link != "https://presse.example.fr/2026/11/senat" || it.Published.IsZero() {
				t.Errorf("feed %q, link %q, date %v", f.Title, it.Link, it.Published)
			}
		})
	}
}

// TestFeedToUTF8KeepsWhatFits: bytes that fit their declaration are not
// touched (the XML decoder reads them as before), and a UTF-8 feed with
// one stray byte keeps UTF-8 rather than being re-read as Latin.
func TestFeedToUTF8KeepsWhatFits(t *testing.T) {
	utf8Feed := []byte(`<?xml version="1.0" encoding="utf-8"?><rss><channel><title>Zürich – Genève</title></channel></rss>`)
	if out, changed := feedToUTF8(utf8Feed); changed || !bytes.Equal(out, utf8Feed) {
		t.Errorf("valid UTF-8 declared UTF-8 changed: %q", out)
	}
	ascii := []byte(`<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><title>Plain</title></channel></rss>`)
	if out, _ := feedToUTF8(ascii); !bytes.Equal(out, ascii) {
		t.Errorf("ASCII changed: %q", out)
	}
	unknown := []byte("<?xml version=\"1.0\" encoding=\"x-made-up\"?><rss><channel><title>Caf\xe9</title></channel></rss>")
	if out, changed := feedToUTF8(unknown); changed || !bytes.Equal(out, unknown) {
		t.Errorf("unknown label changed: %q", out)
	}
	stray := []byte("<rss><channel><title>Zürich, Genève, Köln, Málaga, Łódź \xff</title></channel></rss>")
	out, changed := feedToUTF8(stray)
	if !changed || !strings.Contains(string(out), "Zürich, Genève, Köln, Málaga, Łódź \uFFFD") {
		t.Errorf("stray byte: %q, %v", out, changed)
	}
	f, err := ParseFeed(bytes.NewReader(stray), FeedOptions{})
	if err != nil || f.Title != "Zürich, Genève, Köln, Málaga, Łódź \uFFFD" {
		t.Errorf("feed with a stray byte: %v, %+v", err, f)
	}
}

// TestAtomXHTMLVoidElements: Atom type="xhtml" content is written back as
// HTML. Void elements (<br/>, <hr/>, <img/>) were written "<br></br>",
// which an HTML parser reads as two line breaks. Links, and the relative
// src inside the content, resolve against the xml:base in force.
func TestAtomXHTMLVoidElements(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("testdata", "feeds", "atom-xhtml-base.xml"))
	if err != nil {
		t.Fatal(err)
	}
	f, err := ParseFeed(bytes.NewReader(raw), FeedOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Items) != 2 {
		t.Fatalf("%d items, want 2", len(f.Items))
	}
	tests := []struct {
		link, title, content string
	}{
		{"https://revista.example.cl/noticias/2026/11/chile-vota.html", "Chile vota la reforma",
			`<p>SANTIAGO (Revista Ejemplo) - Chile voted on Sunday, minister Tomas Rojas said.<br>Counting went on overnight.</p><hr><p>Turnout was high.<img src="https://revista.example.cl/noticias/2026/11/foto.jpg" alt=""></p><p></p>`},
		{"https://revista.example.cl/peru.html", "Peru update",
			`<p>LIMA (Revista Ejemplo) - Peru&#39;s congress met on Monday.<br>It adjourned.</p>`},
	}
	for i, tt := range tests {
		it := f.Items[i]
		if it.Link != tt.link || it.Title != tt.title || !it.IsHTML {
			t.Errorf("item %d: link %q title %q html %v", i, it.Link, it.Title, it.IsHTML)
		}
		if it.Content != tt.content {
			t.Errorf("item %d content\n got %s\nwant %s", i, it.Content, tt.content)
		}
	}
}

// TestRSSMediaCaptions: an RSS 2.0 item's media:content and enclosure
// describe its pictures and audio. Their titles and captions are neither
// the item's title nor its summary or text.
func TestRSSMediaCaptions(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("testdata", "feeds", "rss2-media.xml"))
	if err != nil {
		t.Fatal(err)
	}
	f, err := ParseFeed(bytes.NewReader(raw), FeedOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Items) != 2 {
		t.Fatalf("%d items, want 2", len(f.Items))
	}
	a, b := f.Items[0], f.Items[1]
	if a.Title != "Ghana central bank raises rates" || a.Summary != "The Bank of Ghana raised its policy rate." || a.Author != "Kofi Mensah" {
		t.Errorf("item 1: %q / %q / %q", a.Title, a.Summary, a.Author)
	}
	if !a.IsHTML || !strings.HasPrefix(a.Content, "<p>ACCRA (Example Daily)") {
		t.Errorf("item 1 content %q", a.Content)
	}
	for _, s := range []string{a.Title, a.Summary, a.Content, b.Title, b.Summary, b.Content} {
		if strings.Contains(s, "Governor Ama Boateng speaks") || strings.Contains(s, "Protesters gather") || strings.Contains(s, "Photo:") {
			t.Errorf("a caption leaked into %q", s)
		}
	}
	if b.Title != "Lagos protest gallery" || b.Link != "https://daily.example.com/photos/lagos" {
		t.Errorf("item 2: %q %q", b.Title, b.Link)
	}
	entries := f.Entries("media.xml")
	if len(entries) != 2 || entries[0].Doc == nil || entries[1].Link == nil {
		t.Fatalf("entries %+v", entries)
	}
	if entries[1].Link.URL != "https://daily.example.com/photos/lagos" {
		t.Errorf("link entry %q", entries[1].Link.URL)
	}
}
