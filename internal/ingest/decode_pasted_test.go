package ingest

import (
	"bytes"
	"log/slog"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestUTF8WithPastedBytes: a UTF-8 text with a few dashes, curly quotes or
// accented letters and one or two windows-1252 bytes pasted in (a quote
// from a word processor) stays UTF-8, its stray bytes replaced. Read as
// windows-1252, every dash became "â€”" and every "é" "Ã©" to spare one
// byte. Legacy texts whose bytes form no such sequence keep their charset.
func TestUTF8WithPastedBytes(t *testing.T) {
	tests := []struct {
		name        string
		raw         string
		wantCharset string
		want        string // must appear in Content
		notWant     string // must not
	}{
		{"dash and accent, one cp1252 quote", "LIMA, June 2 (Reuters) \u2014 Peru\u2019s president met caf\u00e9 growers on Monday and said the export tax would be cut \x92 growers welcomed it.",
			"utf-8", "Reuters) \u2014 Peru\u2019s", "\u00e2\u20ac"},
		{"two dashes, two pasted quotes", "Kenya\u2019s finance minister said on Tuesday \x93we will not raise fuel prices\x94 \u2014 a pledge made twice before \u2014 as talks with lenders resumed.",
			"utf-8", "minister said", "\u00e2\u20ac"},
		{"accented names, one stray byte", "The envoys of S\u00e3o Tom\u00e9 and Cura\u00e7ao met in Bras\u00edlia \xa0on Thursday to sign a shipping accord.",
			"utf-8", "S\u00e3o Tom\u00e9", "\u00c3"},
		{"curly apostrophe and a cut byte", "Norway\u2019s fisheries agency said catches fell 4% in May \xe2 the lowest since 2019.",
			"utf-8", "Norway\u2019s", "\u00e2\u20ac"},
		// One accented letter against a stray byte is too little to
		// call: the sparse-byte rules decide as before.
		{"one accent, one stray byte: windows-1252 text", "Officials in Gen\xe8ve said the talks on Syria would resume in M\xe1laga next week.",
			"windows-1252", "Genève", ""},
		{"latin-1 uppercase before a quote", "The banner read \x93CAF\xc9\x94 and the police said the owner, Jos\xe9 Mart\xednez, was fined.",
			"windows-1252", "Martínez", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &model.Document{Source: "p.txt", Raw: []byte(tt.raw)}
			if err := Prepare(doc); err != nil {
				t.Fatal(err)
			}
			if doc.Charset != tt.wantCharset || !strings.Contains(doc.Content, tt.want) ||
				(tt.notWant != "" && strings.Contains(doc.Content, tt.notWant)) {
				t.Errorf("charset %s, content %q; want %s with %q", doc.Charset, doc.Content, tt.wantCharset, tt.want)
			}
		})
	}
}

// TestUkrainianWindows1251NotUTF8: windows-1251 Ukrainian, whose "оєї"
// ("\xee\xba\xbf") is a valid UTF-8 sequence of a private-use character,
// is not taken for UTF-8 by it.
func TestUkrainianWindows1251NotUTF8(t *testing.T) {
	text := "Міністр сказав, що уряд моєї країни підтримає реформу. Депутати проголосують у вівторок, повідомила агенція."
	raw, err := charmap.Windows1251.NewEncoder().Bytes([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(raw, []byte("\xee\xba\xbf")) {
		t.Fatal("the sample lost its UTF-8-shaped bytes")
	}
	doc := &model.Document{Source: "u.txt", Raw: raw}
	if err := Prepare(doc); err != nil {
		t.Fatal(err)
	}
	if doc.Charset != "windows-1251" || !strings.Contains(doc.Content, "моєї") {
		t.Errorf("charset %s, content %q", doc.Charset, doc.Content)
	}
}

// TestPrepareLoggedWarnsOfRepairs: the bytes replaced by U+FFFD and the
// NULs dropped are warned about with the source and their count; a clean
// text, or one whose U+FFFD is a character of its own, gives no warning.
func TestPrepareLoggedWarnsOfRepairs(t *testing.T) {
	tests := []struct {
		name string
		raw  string
		want []string // in the log, in order; none for no warning
	}{
		{"stray byte in utf-8", "Chile\u2019s copper output rose \u2014 the mine said \xff on Friday.", []string{"replaced by U+FFFD", "source=s.txt", "bytes=1"}},
		{"byte undefined in windows-1252", "The harbour in Tema re\x81opened on Monday after the strike, officials said.", []string{"charset=windows-1252", "bytes=1"}},
		{"stray NULs", "The vote in Accra\x00 was delayed by a day\x00, the commission said.", []string{"NUL bytes dropped", "nuls=2"}},
		{"clean text", "The vote in Accra was delayed by a day, the commission said.", nil},
		{"a U+FFFD of its own", "The transcript shows \ufffd where the audio failed, the court heard.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			log := slog.New(slog.NewTextHandler(&buf, nil))
			doc := &model.Document{Source: "s.txt", Raw: []byte(tt.raw)}
			if err := PrepareLogged(doc, 0, log, "s.txt"); err != nil {
				t.Fatal(err)
			}
			got := buf.String()
			if tt.want == nil {
				if got != "" {
					t.Errorf("warned %q", got)
				}
				return
			}
			rest := got
			for _, w := range tt.want {
				i := strings.Index(rest, w)
				if i < 0 {
					t.Fatalf("log %q lacks %q", got, w)
				}
				rest = rest[i+len(w):]
			}
		})
	}
}

// A page declared iso-8859-1 or windows-1252 (a server's default) whose
// bytes are UTF-8 with a stray windows-1252 quote is read as UTF-8; it was
// read as declared, every dash and accent turned to mojibake. A page
// truly in the declared encoding keeps it.
func TestDeclaredLatinOnUTF8WithStrayByte(t *testing.T) {
	page := "<html><head><title>Z\u00fcrich talks</title></head><body><p>Z\u00dcRICH, March 1 (Reuters) \u2014 Switzerland\u2019s UBS said on Friday it would cut 3,000 jobs, staff in Z\u00fcrich and Gen\u00e8ve were told \x93today\x94.</p></body></html>"
	for _, ct := range []string{"text/html; charset=iso-8859-1", "text/html; charset=windows-1252"} {
		doc := &model.Document{Source: "p.html", ContentType: ct, Raw: []byte(page)}
		if err := Prepare(doc); err != nil {
			t.Fatal(err)
		}
		if doc.Charset != "utf-8" || !strings.Contains(doc.Content, "Switzerland\u2019s UBS") || strings.Contains(doc.Content, "\u00c3") {
			t.Errorf("%s: charset %s, content %q", ct, doc.Charset, doc.Content)
		}
	}
	latin, err := charmap.Windows1252.NewEncoder().Bytes([]byte("<html><body><p>Les \u00e9lus de Gen\u00e8ve ont vot\u00e9 \u00ab oui \u00bb mardi, a dit le maire \u2013 une premi\u00e8re.</p></body></html>"))
	if err != nil {
		t.Fatal(err)
	}
	doc := &model.Document{Source: "l.html", ContentType: "text/html; charset=windows-1252", Raw: latin}
	if err := Prepare(doc); err != nil {
		t.Fatal(err)
	}
	if doc.Charset != "windows-1252" || !strings.Contains(doc.Content, "Genève ont voté « oui »") {
		t.Errorf("windows-1252 page: charset %s, content %q", doc.Charset, doc.Content)
	}
}
