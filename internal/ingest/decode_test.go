package ingest

import (
	"bytes"
	"compress/gzip"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"

	"github.com/newsgraph/newsgraph/internal/model"
)

// Sample sentences written for these tests, one per script.
const (
	sampleJapanese = "東京都は月曜日、新しい経済対策を発表した。政府は来月から実施する予定だと述べた。関係者によると、対象は中小企業になるという。"
	sampleChinese  = "中国政府星期一宣布了新的经济计划，总额约为十万亿元。官员表示，该计划将于下个月开始实施，重点支持中小企业。"
	sampleTaiwan   = "台灣政府星期一宣布了新的經濟計劃，總額約為十萬億元。官員表示，該計劃將於下個月開始實施，重點支持中小企業。"
	sampleKorean   = "정부는 월요일 새로운 경제 대책을 발표했다. 관계자는 다음 달부터 시행할 예정이라고 밝혔다. 대상은 중소기업이 될 것이라고 말했다."
	sampleFrench   = "Le café de la gare a rouvert ses portes mardi. Les élèves du lycée voisin ont été très heureux, a déclaré le maire à la presse régionale."
	sampleGerman   = "Die Bürger der Stadt müssen sich auf höhere Gebühren einstellen, sagte der Bürgermeister am Dienstag. Über die Straßenreinigung wird später entschieden."
	sampleRussian  = "Правительство объявило в понедельник о новых мерах поддержки экономики. По словам чиновников, программа начнёт действовать в следующем месяце."
	samplePolish   = "Rząd ogłosił w poniedziałek nowe środki wsparcia dla gospodarki, żeby pomóc małym firmom. Urzędnicy powiedzieli, że program ruszy w przyszłym miesiącu."
	sampleGreek    = "Η κυβέρνηση ανακοίνωσε τη Δευτέρα νέα μέτρα στήριξης της οικονομίας. Σύμφωνα με αξιωματούχους, το πρόγραμμα θα ξεκινήσει τον επόμενο μήνα."
)

func encode(t *testing.T, enc encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encode: %v", err)
	}
	return b
}

func TestPrepareCharsets(t *testing.T) {
	utf16le := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM)
	utf16be := unicode.UTF16(unicode.BigEndian, unicode.UseBOM)
	utf16leNoBOM := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	tests := []struct {
		name        string
		raw         []byte
		contentType string
		wantCharset string
		wantText    string // must appear in Content
	}{
		// Unlabelled: statistics.
		{"utf-8 plain", []byte(sampleFrench), "", "utf-8", sampleFrench},
		{"ascii", []byte("Plain ASCII text about nothing in particular."), "", "utf-8", "Plain ASCII"},
		{"shift_jis", encode(t, japanese.ShiftJIS, sampleJapanese), "", "shift_jis", sampleJapanese},
		{"euc-jp", encode(t, japanese.EUCJP, sampleJapanese), "", "euc-jp", sampleJapanese},
		{"iso-2022-jp", encode(t, japanese.ISO2022JP, sampleJapanese), "", "iso-2022-jp", sampleJapanese},
		{"gb18030", encode(t, simplifiedchinese.GB18030, sampleChinese), "", "gb18030", sampleChinese},
		{"gbk", encode(t, simplifiedchinese.GBK, sampleChinese), "", "gb18030", sampleChinese},
		{"big5", encode(t, traditionalchinese.Big5, sampleTaiwan), "", "big5", sampleTaiwan},
		{"euc-kr", encode(t, korean.EUCKR, sampleKorean), "", "euc-kr", sampleKorean},
		{"windows-1252 french", encode(t, charmap.Windows1252, sampleFrench), "", "windows-1252", sampleFrench},
		{"windows-1252 german", encode(t, charmap.Windows1252, sampleGerman), "", "windows-1252", sampleGerman},
		{"windows-1250 polish", encode(t, charmap.Windows1250, samplePolish), "", "windows-1250", samplePolish},
		{"windows-1251", encode(t, charmap.Windows1251, sampleRussian), "", "windows-1251", sampleRussian},
		{"koi8-r", encode(t, charmap.KOI8R, sampleRussian), "", "koi8-r", sampleRussian},
		{"iso-8859-7", encode(t, charmap.ISO8859_7, sampleGreek), "", "iso-8859-7", sampleGreek},
		// Byte-order marks.
		{"utf-8 BOM", append([]byte("\xef\xbb\xbf"), sampleGerman...), "", "utf-8", sampleGerman},
		{"utf-16le BOM", encode(t, utf16le, sampleRussian), "", "utf-16le", sampleRussian},
		{"utf-16be BOM", encode(t, utf16be, sampleJapanese), "", "utf-16be", sampleJapanese},
		{"utf-16le no BOM", encode(t, utf16leNoBOM, sampleFrench), "", "utf-16le", sampleFrench},
		// Declarations.
		{"content-type shift_jis", encode(t, japanese.ShiftJIS, sampleJapanese), "text/plain; charset=Shift_JIS", "shift_jis", sampleJapanese},
		{"content-type latin1 alias", encode(t, charmap.Windows1252, sampleGerman), "text/plain; charset=latin1", "windows-1252", sampleGerman},
		{"meta charset", append([]byte(`<html><head><meta charset="windows-1251"><title>t</title></head><body><p>`), encode(t, charmap.Windows1251, sampleRussian)...), "", "windows-1251", sampleRussian},
		{"meta http-equiv", append([]byte(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=euc-kr"></head><body><p>`), encode(t, korean.EUCKR, sampleKorean)...), "", "euc-kr", sampleKorean},
		{"xml declaration", append([]byte(`<?xml version="1.0" encoding="ISO-8859-7"?><html><body><p>`), encode(t, charmap.ISO8859_7, sampleGreek)...), "", "iso-8859-7", sampleGreek},
		{"header beats meta", append([]byte(`<html><head><meta charset="utf-8"></head><body><p>`), encode(t, charmap.Windows1252, sampleFrench)...), "text/html; charset=windows-1252", "windows-1252", sampleFrench},
		// Mislabelled.
		{"declared utf-8, really windows-1252", encode(t, charmap.Windows1252, sampleFrench), "text/plain; charset=utf-8", "windows-1252", sampleFrench},
		{"meta utf-8, really shift_jis", append([]byte(`<html><head><meta charset="utf-8"></head><body><p>`), encode(t, japanese.ShiftJIS, sampleJapanese)...), "", "shift_jis", sampleJapanese},
		{"declared iso-8859-1, really utf-8", []byte(sampleGerman), "text/html; charset=ISO-8859-1", "utf-8", sampleGerman},
		{"declared shift_jis, really utf-8", []byte(sampleChinese), "text/plain; charset=shift_jis", "utf-8", sampleChinese},
		{"declared gbk, really big5", encode(t, traditionalchinese.Big5, sampleTaiwan), "text/plain; charset=gbk", "big5", sampleTaiwan},
		{"unknown label", encode(t, charmap.Windows1251, sampleRussian), "text/plain; charset=x-no-such-charset", "windows-1251", sampleRussian},
		{"declared utf-16 on ascii bytes", []byte("<html><body><p>Hello there, reader.</p></body></html>"), "text/html; charset=utf-16", "utf-8", "Hello there"},
		{"english with word-processor punctuation", encode(t, charmap.Windows1252, "He said “no” – twice. It’s over."), "", "windows-1252", "“no” – twice. It’s"},
		{"meta iso-8859-1, really utf-8", append([]byte(`<html><head><meta charset="iso-8859-1"></head><body><p>`), sampleGerman...), "", "utf-8", sampleGerman},
		// A single-byte declaration the bytes contradict: every byte
		// decodes, so only how the decoding reads tells.
		{"meta windows-1251, really koi8-r", append([]byte(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body><p>`), encode(t, charmap.KOI8R, sampleRussian)...), "", "koi8-r", sampleRussian},
		{"declared koi8-r, really windows-1251", encode(t, charmap.Windows1251, sampleRussian), "text/plain; charset=koi8-r", "windows-1251", sampleRussian},
		{"server default iso-8859-1 on russian", encode(t, charmap.Windows1251, sampleRussian), "text/html; charset=ISO-8859-1", "windows-1251", sampleRussian},
		{"server default iso-8859-1 on polish", encode(t, charmap.Windows1250, samplePolish), "text/html; charset=ISO-8859-1", "windows-1250", samplePolish},
		{"declared windows-1252, really greek", encode(t, charmap.ISO8859_7, sampleGreek), "text/plain; charset=windows-1252", "iso-8859-7", sampleGreek},
		{"declared windows-1251, really french", encode(t, charmap.Windows1252, sampleFrench), "text/plain; charset=windows-1251", "windows-1252", sampleFrench},
		// ... but one that reads well, or has too little to judge it by,
		// is kept.
		{"german declared windows-1250 reads as german", encode(t, charmap.Windows1252, sampleGerman), "text/plain; charset=windows-1250", "windows-1250", sampleGerman},
		{"declared iso-8859-2, polish", encode(t, charmap.ISO8859_2, samplePolish), "text/plain; charset=iso-8859-2", "iso-8859-2", samplePolish},
		{"english punctuation declared windows-1252", encode(t, charmap.Windows1252, "He said “no”…twice – it’s over, it’s done…really. “We’ll see,” she said…again."), "text/plain; charset=windows-1252", "windows-1252", "it’s over"},
		{"few accents declared windows-1251", encode(t, charmap.Windows1252, "The café near the station reopened on Tuesday, the mayor said."), "text/plain; charset=windows-1251", "windows-1251", "caf"},
		// UTF-8 with one broken byte stays UTF-8.
		{"utf-8 with a stray byte", append([]byte(sampleRussian), 0xff), "", "utf-8", sampleRussian},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &model.Document{Source: tt.name, Raw: tt.raw, ContentType: tt.contentType}
			if err := Prepare(doc); err != nil {
				t.Fatalf("Prepare: %v", err)
			}
			if doc.Charset != tt.wantCharset {
				t.Errorf("charset = %q, want %q", doc.Charset, tt.wantCharset)
			}
			if !utf8.ValidString(doc.Content) {
				t.Error("content is not valid UTF-8")
			}
			if !strings.Contains(doc.Content, tt.wantText) {
				t.Errorf("content %q does not contain %q", trunc(doc.Content), trunc(tt.wantText))
			}
			if strings.HasPrefix(doc.Content, "\ufeff") {
				t.Error("BOM left in content")
			}
		})
	}
}

func trunc(s string) string {
	if len(s) > 120 {
		return s[:120] + "..."
	}
	return s
}

func TestPrepareFormat(t *testing.T) {
	tests := []struct {
		name, raw, contentType string
		want                   model.Format
	}{
		{"html by content", "<!DOCTYPE html><html><body><p>Hi</p></body></html>", "", model.FormatHTML},
		{"html served as text/plain", "<html><head><title>x</title></head><body><p>Hi</p></body></html>", "text/plain", model.FormatHTML},
		{"text served as text/html", "Headline\n\nA paragraph of plain text, nothing else.\n", "text/html; charset=utf-8", model.FormatText},
		{"text mentioning a tag", "Headline\n\nThe <p> element marks a paragraph, the article explained.\n", "", model.FormatText},
		{"fragment without html element", "  <div class=\"a\"><h1>Title</h1><p>One</p><p>Two <a href=\"/x\">link</a></p></div>", "", model.FormatHTML},
		{"comment then html", "<!-- saved page --><html><body><p>Hi</p></body></html>", "", model.FormatHTML},
		{"plain text", "Just words.", "", model.FormatText},
		{"fragment one element wraps", "<section><p>The council met on Tuesday.</p></section>", "", model.FormatHTML},
		{"xml article with a body", `<?xml version="1.0"?><story><head><title>Ferry</title></head><body><p>The ferry runs again.</p></body></story>`, "", model.FormatHTML},
		{"undeclared xml with a body", "<story><body><p>The ferry runs again.</p></body></story>", "", model.FormatHTML},
		{"text opening with a quotation", "\"We will rebuild,\" the mayor said on Monday.", "", model.FormatText},
		{"text opening with a bracket", "[Update] The ferry runs again from Monday.", "", model.FormatText},
		{"a number alone", "42", "", model.FormatText},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &model.Document{Raw: []byte(tt.raw), ContentType: tt.contentType}
			if err := Prepare(doc); err != nil {
				t.Fatal(err)
			}
			if doc.Format != tt.want {
				t.Errorf("format = %q, want %q", doc.Format, tt.want)
			}
		})
	}
}

func gz(t *testing.T, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := gzip.NewWriter(&buf)
	if _, err := w.Write(b); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestPrepareRejects(t *testing.T) {
	random := make([]byte, 4096)
	x := uint32(2463534242)
	for i := range random {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		random[i] = byte(x)
	}
	tests := []struct {
		name string
		raw  []byte
		want error
	}{
		{"empty", nil, ErrEmpty},
		{"whitespace", []byte(" \n\t\r\n "), ErrEmpty},
		{"BOM only", []byte("\xef\xbb\xbf"), ErrEmpty},
		{"utf-16 BOM and spaces", []byte("\xff\xfe \x00\n\x00"), ErrEmpty},
		{"pdf", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"), ErrBinary},
		{"png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), ErrBinary},
		{"jpeg", []byte("\xff\xd8\xff\xe0\x00\x10JFIF\x00"), ErrBinary},
		{"zip", []byte("PK\x03\x04\x14\x00\x00\x00\x08\x00"), ErrBinary},
		{"elf", []byte("\x7fELF\x02\x01\x01\x00\x00\x00"), ErrBinary},
		{"random bytes", random, ErrBinary},
		{"NULs in text", []byte("Some text\x00\x00\x00\x00 with \x00\x00\x00\x00 holes \x00\x00\x00 in it \x00\x00"), ErrBinary},
		{"NUL bytes only", make([]byte, 4096), ErrBinary},
		{"gzipped png", gz(t, []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")), ErrBinary},
		{"gzip in gzip", gz(t, gz(t, []byte("hello"))), ErrBinary},
		{"corrupt gzip", append([]byte{0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3}, "not deflate data at all"...), ErrBinary},
		{"gzip empty", gz(t, nil), ErrEmpty},
		// JSON and XML that hold no article were analysed as text, their
		// punctuation and tags as words.
		{"json object", []byte(`{"status": "ok", "items": [1, 2]}`), ErrJSON},
		{"json array", []byte("[\n {\"text\": \"The ferry runs again.\"}\n]"), ErrJSON},
		{"json string", []byte(`"The ferry runs again."`), ErrJSON},
		{"xml settings", []byte(`<?xml version="1.0"?><settings><port>8080</port><name>ferry</name></settings>`), ErrXML},
		{"undeclared xml", []byte("<settings><port>8080</port></settings>"), ErrXML},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &model.Document{Raw: tt.raw}
			err := Prepare(doc)
			if !errors.Is(err, tt.want) {
				t.Errorf("err = %v, want %v", err, tt.want)
			}
		})
	}
}

func TestPrepareGzip(t *testing.T) {
	raw := gz(t, encode(t, charmap.Windows1252, "Headline\n\n"+sampleFrench))
	doc := &model.Document{Raw: raw}
	if err := Prepare(doc); err != nil {
		t.Fatal(err)
	}
	if doc.Charset != "windows-1252" || !strings.Contains(doc.Content, sampleFrench) || doc.Format != model.FormatText {
		t.Errorf("got charset %q format %q content %q", doc.Charset, doc.Format, trunc(doc.Content))
	}
	if !bytes.Equal(doc.Raw, raw) {
		t.Error("Raw must keep the bytes as read")
	}
	// A small gzip that expands past the cap (a "zip bomb") is read as
	// far as the cap, without decompressing all of it, and marked cut.
	bomb := gz(t, bytes.Repeat([]byte("a"), 1<<20))
	cut := &model.Document{Raw: bomb}
	if err := PrepareLimit(cut, 64<<10); err != nil || len(cut.Content) != 64<<10 ||
		!strings.Contains(cut.Hints[model.HintTruncated], "decompresses to more than 65536 bytes") {
		t.Errorf("bomb: err = %v, %d bytes read, hints %v; want 65536, marked cut", err, len(cut.Content), cut.Hints)
	}
}

// TestPrepareInvalidUTF8 feeds broken UTF-8: it must decode to valid UTF-8
// without an error (a replacement character per broken sequence).
func TestPrepareInvalidUTF8(t *testing.T) {
	for _, raw := range [][]byte{
		[]byte("caf\xc3"), // truncated sequence at the end
		[]byte("a\xed\xa0\x80b and more text after it"), // surrogate half
		[]byte("over\xc0\xaflong encoded slash in text"),
		[]byte("\xf4\x90\x80\x80 beyond U+10FFFF"),
	} {
		doc := &model.Document{Raw: raw, ContentType: "text/plain; charset=utf-8"}
		if err := Prepare(doc); err != nil {
			t.Errorf("%q: %v", raw, err)
			continue
		}
		if !utf8.ValidString(doc.Content) || doc.Charset == "" {
			t.Errorf("%q: content %q charset %q", raw, doc.Content, doc.Charset)
		}
	}
}

// TestPrepareTestdata decodes the short samples in testdata/decode (written
// for these tests; the file name says the encoding).
func TestPrepareTestdata(t *testing.T) {
	want := map[string]string{
		"big5.txt": "big5", "euc-jp.txt": "euc-jp", "euc-kr.txt": "euc-kr", "gb18030.txt": "gb18030",
		"koi8-r.txt": "koi8-r", "shift_jis.txt": "shift_jis", "windows-1252.txt": "windows-1252",
		"utf-16le-bom.txt": "utf-16le", "meta-charset.html": "windows-1251", "text.gz": "utf-8",
	}
	for name, charset := range want {
		raw, err := os.ReadFile(filepath.Join("testdata", "decode", name))
		if err != nil {
			t.Fatal(err)
		}
		doc := &model.Document{Source: name, Raw: raw}
		if err := Prepare(doc); err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if doc.Charset != charset {
			t.Errorf("%s: charset %q, want %q (content %q)", name, doc.Charset, charset, trunc(doc.Content))
		}
		if strings.ContainsRune(doc.Content, utf8.RuneError) {
			t.Errorf("%s: replacement characters in %q", name, trunc(doc.Content))
		}
		wantFormat := model.FormatText
		if strings.HasSuffix(name, ".html") {
			wantFormat = model.FormatHTML
		}
		if doc.Format != wantFormat {
			t.Errorf("%s: format %q", name, doc.Format)
		}
	}
}

// TestSniffShortSamples: the statistics must hold on short texts too (a
// headline, a caption). Every prefix length is checked from 12 bytes up.
func TestSniffShortSamples(t *testing.T) {
	cases := []struct {
		name string
		enc  encoding.Encoding
		s    string
	}{
		{"shift_jis", japanese.ShiftJIS, sampleJapanese},
		{"euc-jp", japanese.EUCJP, sampleJapanese},
		{"gb18030", simplifiedchinese.GB18030, sampleChinese},
		{"big5", traditionalchinese.Big5, sampleTaiwan},
		{"euc-kr", korean.EUCKR, sampleKorean},
		{"windows-1252", charmap.Windows1252, sampleFrench},
		{"windows-1252", charmap.Windows1252, sampleGerman},
		{"windows-1250", charmap.Windows1250, samplePolish},
		{"windows-1251", charmap.Windows1251, sampleRussian},
		{"koi8-r", charmap.KOI8R, sampleRussian},
		{"iso-8859-7", charmap.ISO8859_7, sampleGreek},
	}
	for _, c := range cases {
		b := encode(t, c.enc, c.s)
		for _, n := range []int{12, 24, 48, 96, len(b)} {
			if _, got := sniffCharset(b[:min(n, len(b))]); got != c.name {
				t.Errorf("%s, first %d bytes: sniffed %s", c.name, n, got)
			}
		}
	}
}

// UTF-8 text with one stray byte stays UTF-8; Latin-1 text is still Latin-1.
func TestStrayByteInUTF8(t *testing.T) {
	utf8Text := "Zürich, Genève, Köln, Málaga, Óbuda, São Paulo, Ærø and Łódź met in München for talks. \xff The mayors agreed."
	doc := &model.Document{Source: "t.txt", Raw: []byte(utf8Text)}
	if err := Prepare(doc); err != nil {
		t.Fatal(err)
	}
	if doc.Charset != "utf-8" || !strings.Contains(doc.Content, "Zürich") || !strings.Contains(doc.Content, "München") {
		t.Errorf("charset %s content %q", doc.Charset, doc.Content)
	}
	latin1 := []byte("Z\xfcrich, Gen\xe8ve and K\xf6ln met for talks on Monday; the mayors agreed on a plan.")
	doc = &model.Document{Source: "l.txt", Raw: latin1}
	if err := Prepare(doc); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(doc.Content, "Zürich") || !strings.Contains(doc.Content, "Köln") {
		t.Errorf("latin-1 as %s: %q", doc.Charset, doc.Content)
	}
}

// TestPrepareRefusesFeeds: a feed read where an article is expected (a URL,
// a file without a feed's name) is an error that says what to do; its XML
// was analysed as one article's text. A page that links to, mentions or
// embeds a feed is still an article.
func TestPrepareRefusesFeeds(t *testing.T) {
	rss := `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour news</title><item><title>Dredging approved</title><link>https://harbour.example/1</link></item></channel></rss>`
	for name, raw := range map[string]string{
		"rss":          rss,
		"rss, no decl": strings.TrimPrefix(rss, `<?xml version="1.0"?>`),
		"atom":         `<feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour</title><entry><title>Dredging approved</title></entry></feed>`,
		"json feed":    `{"version":"https://jsonfeed.org/version/1.1","title":"Harbour","items":[]}`,
		"utf-16 rss":   string(append([]byte{0xFF, 0xFE}, utf16LEBytes(rss)...)),
	} {
		doc := &model.Document{Source: name, Raw: []byte(raw)}
		if err := Prepare(doc); !errors.Is(err, ErrFeed) {
			t.Errorf("%s: err = %v, want ErrFeed", name, err)
		}
	}
	for name, raw := range map[string]string{
		"page linking a feed": `<html><head><link rel="alternate" type="application/rss+xml" href="/rss"></head><body><p>The harbour board met on Tuesday.</p></body></html>`,
		"page showing a feed": `<!DOCTYPE html><html><body><pre><rss version="2.0"><channel></channel></rss></pre></body></html>`,
		"text about feeds":    "Subscribe to our feed\n\nThe <rss> element is the root of an RSS 2.0 feed.",
	} {
		if err := Prepare(&model.Document{Source: name, Raw: []byte(raw)}); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}

func utf16LEBytes(s string) []byte {
	var out []byte
	for _, u := range utf16.Encode([]rune(s)) {
		out = append(out, byte(u), byte(u>>8))
	}
	return out
}

// A text followed by a run of NUL bytes (a file preallocated, or cut short
// by a crash or a copy) is its text: the zeros are padding. UTF-16, whose
// last unit may end in a zero byte, keeps it.
func TestPrepareNULPadding(t *testing.T) {
	text := "Ferry resumes\n\nThe ferry to the island ran again on Monday after a week of storms, the port said."
	tests := []struct {
		name string
		raw  []byte
		want string
	}{
		{"text and 4 KiB of zeros", append([]byte(text), make([]byte, 4096)...), text},
		{"text and one zero", append([]byte(text), 0), text},
		{"windows-1252 and zeros", append(encode(t, charmap.Windows1252, "Caf\u00e9 reopens\n\n"+sampleFrench), make([]byte, 3000)...), sampleFrench},
		{"utf-16le ending in a zero byte", encode(t, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), text), text},
	}
	for _, tt := range tests {
		doc := &model.Document{Raw: tt.raw}
		if err := Prepare(doc); err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if !strings.HasSuffix(doc.Content, tt.want) || strings.ContainsRune(doc.Content, 0) {
			t.Errorf("%s: content %q, want it to end in %q with no NUL", tt.name, trunc(doc.Content), trunc(tt.want))
		}
	}
}
