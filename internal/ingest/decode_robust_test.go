package ingest

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/encoding/unicode/utf32"

	"github.com/newsgraph/newsgraph/internal/model"
)

// A wire-style paragraph written for these tests: nearly all ASCII.
const asciiReport = "The port authority said on Tuesday that the ferry to the island would resume service next week after repairs to the pier were finished. Officials expect traffic to return to normal by the end of the month, a spokesman said."

// insertAt puts extra bytes into s before byte i.
func insertAt(s string, i int, extra string) []byte {
	return []byte(s[:i] + extra + s[i:])
}

// TestSparseHighBytes: an ASCII text with a few odd bytes is not read as
// Cyrillic or CJK unless the odd bytes spell words of that script. Before,
// a lone 0xE0 between spaces became Cyrillic "а", and 0xE0 before an ASCII
// letter a Shift_JIS ideograph that swallowed the letter ("isl濛nd").
func TestSparseHighBytes(t *testing.T) {
	tests := []struct {
		name        string
		raw         []byte
		wantCharset string
		want        string // must appear in Content
		notWant     string // must not
	}{
		{"stray byte before a letter", []byte(strings.Replace(asciiReport, "island", "isl\xe0and", 1)), "windows-1252", "islàand", ""},
		{"two stray bytes far apart", insertAt(string(insertAt(asciiReport, 150, "\xe8")), 63, "\xe0"), "windows-1252", "island", ""},
		{"lone byte between spaces", []byte(strings.Replace(asciiReport, "that the", "that \xe0 the", 1)), "windows-1252", "that à the", "а"},
		{"byte pair inside a word", insertAt(asciiReport, 100, "\xed\xf0"), "windows-1252", "íð", ""},
		{"smart quotes", insertAt(asciiReport, 100, "\x93next\x94"), "windows-1252", "“next”", ""},
		{"utf-8 name and a stray byte", []byte(strings.Replace(asciiReport, "port authority", "Zürich port authority \xff", 1)), "utf-8", "Zürich", "Ã"},
		{"curly quote cut short between spaces", insertAt(asciiReport, 100, " \xe2\x80 "), "utf-8", "\ufffd", "вЂ"},
		{"two stray bytes between spaces", insertAt(asciiReport, 100, " \xe0\xe8 "), "windows-1252", " àè ", "аи"},
		{"short note with a stray byte", []byte("The mayor said \xe0 the vote was close."), "windows-1252", "said à the", "а"},
		{"short note with two stray bytes", []byte("Ferry service resumed on Monday \xe2\x80 officials said."), "utf-8", "\ufffd", "вЂ"},
		// Words of another script are kept, however few.
		{"shift_jis two-character name", append(append([]byte("Tokyo ("), encode(t, japanese.ShiftJIS, "東京")...), ") "+asciiReport...), "shift_jis", "東京", ""},
		{"short note with a cyrillic name", []byte("The envoy met Ivan (\xc8\xe2\xe0\xed) on Monday in the capital."), "windows-1251", "Иван", ""},
		{"cyrillic place name", []byte("Moscow (\xcc\xee\xf1\xea\xe2\xe0) " + asciiReport), "windows-1251", "(Москва)", ""},
		{"cyrillic given name", insertAt(asciiReport, 40, " \xc8\xe2\xe0\xed "), "windows-1251", "Иван", ""},
		{"shift_jis place name", append(append([]byte("Tokyo ("), encode(t, japanese.ShiftJIS, "東京都")...), ") "+asciiReport...), "shift_jis", "東京都", ""},
		{"gb18030 place name", append(append([]byte("Beijing ("), encode(t, simplifiedchinese.GB18030, "北京市")...), ") "+asciiReport...), "gb18030", "北京市", ""},
		// Latin text is Latin, sparse or not.
		{"latin-1 name", []byte(strings.Replace(asciiReport, "port authority", "M\xfcller port authority", 1)), "windows-1252", "Müller", ""},
		{"windows-1250 name", []byte(strings.Replace(asciiReport, "ferry", encodeString(t, charmap.Windows1250, "Łódź")+" ferry", 1)), "windows-1250", "Łódź", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &model.Document{Raw: tt.raw}
			if err := Prepare(doc); err != nil {
				t.Fatal(err)
			}
			if doc.Charset != tt.wantCharset || !strings.Contains(doc.Content, tt.want) ||
				(tt.notWant != "" && strings.Contains(doc.Content, tt.notWant)) {
				t.Errorf("charset %s, content %q; want %s with %q", doc.Charset, trunc(doc.Content), tt.wantCharset, tt.want)
			}
		})
	}
}

func encodeString(t *testing.T, enc *charmap.Charmap, s string) string {
	return string(encode(t, enc, s))
}

// TestStrayNULs: a few single NUL bytes in readable text are dropped and
// the text kept; NULs in runs or in numbers, and known binary formats, are
// still refused with an error that says why.
func TestStrayNULs(t *testing.T) {
	short := "Ferry resumes\n\nThe ferry ran again on Monday, the port said."
	withNULs := func(s string, every int) []byte {
		var b []byte
		for i := 0; i < len(s); i++ {
			b = append(b, s[i])
			if i%every == every-1 {
				b = append(b, 0)
			}
		}
		return b
	}
	for _, tt := range []struct {
		name string
		raw  []byte
	}{
		{"three NULs in a short text", withNULs(short, 20)},
		{"two NULs in a 26-byte note", []byte("Short note.\x00 It was\x00 read.")},
		{"one NUL", insertAt(asciiReport, 50, "\x00")},
		{"a NUL in each sentence", withNULs(asciiReport, 60)},
		{"windows-1252 with NULs", withNULs(string(encode(t, charmap.Windows1252, sampleFrench)), 30)},
		{"html with a NUL", []byte("<html><body><p>The ferry ran again\x00 on Monday.</p></body></html>")},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := &model.Document{Raw: tt.raw}
			if err := Prepare(doc); err != nil {
				t.Fatal(err)
			}
			if strings.ContainsRune(doc.Content, 0) || strings.ContainsRune(doc.Content, utf8.RuneError) {
				t.Errorf("content %q keeps NULs or replacement characters", trunc(doc.Content))
			}
			if want := string(bytes.ReplaceAll(tt.raw, []byte{0}, nil)); doc.Charset == "utf-8" && doc.Content != want {
				t.Errorf("content %q, want the text without its NULs %q", trunc(doc.Content), trunc(want))
			}
			if !bytes.Equal(doc.Raw, tt.raw) {
				t.Error("Raw must keep the bytes as read")
			}
		})
	}
	for _, tt := range []struct {
		name string
		raw  []byte
		why  string // in the error
	}{
		{"NUL runs", []byte("Some text\x00\x00\x00\x00 with \x00\x00\x00\x00 holes"), "runs of NUL"},
		{"every fourth byte NUL", withNULs(short, 3), "NUL"},
		{"little-endian integers", binaryInts(200), "NUL"},
		{"utf-32le without BOM", encode(t, utf32.UTF32(utf32.LittleEndian, utf32.IgnoreBOM), short), "NUL"},
		{"png", append([]byte("\x89PNG\r\n\x1a\n"), binaryInts(40)...), "PNG"},
		{"pdf", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >>"), "PDF"},
		{"elf", append([]byte("\x7fELF\x02\x01\x01\x00"), binaryInts(40)...), "ELF"},
		{"zip", append([]byte("PK\x03\x04\x14\x00"), binaryInts(40)...), "ZIP"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			err := Prepare(&model.Document{Raw: tt.raw})
			if !errors.Is(err, ErrBinary) || !strings.Contains(err.Error(), tt.why) {
				t.Errorf("err = %v, want ErrBinary naming %q", err, tt.why)
			}
		})
	}
}

// binaryInts is a run of little-endian 32-bit counters, as binary records
// hold them.
func binaryInts(n int) []byte {
	var b []byte
	for i := range n {
		b = append(b, byte(i), byte(i>>8), 0, 0)
	}
	return b
}

// TestUTF16NoBOM: UTF-16 text without a byte-order mark is full of zero
// bytes (Latin) or of control-range bytes (other scripts) and is text in
// both endiannesses.
func TestUTF16NoBOM(t *testing.T) {
	le := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	be := unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)
	for _, tt := range []struct{ name, text string }{
		{"english", asciiReport},
		{"french", sampleFrench},
		{"russian", sampleRussian},
		{"greek", sampleGreek},
		{"chinese", sampleChinese},
		{"japanese", sampleJapanese},
		{"korean", sampleKorean},
	} {
		for _, e := range []struct {
			charset string
			raw     []byte
		}{{"utf-16le", encode(t, le, tt.text)}, {"utf-16be", encode(t, be, tt.text)}} {
			t.Run(tt.name+" "+e.charset, func(t *testing.T) {
				doc := &model.Document{Raw: e.raw}
				if err := Prepare(doc); err != nil {
					t.Fatal(err)
				}
				if doc.Charset != e.charset || doc.Content != tt.text {
					t.Errorf("charset %s content %q, want %s %q", doc.Charset, trunc(doc.Content), e.charset, trunc(tt.text))
				}
			})
		}
	}
}

// TestUTF16ByScriptRefusesNoise: bytes that are no text read as UTF-16
// give too few text units in either endianness.
func TestUTF16ByScriptRefusesNoise(t *testing.T) {
	random := make([]byte, 4096)
	x := uint32(88172645)
	for i := range random {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		random[i] = byte(x)
	}
	for name, b := range map[string][]byte{"random": random, "integers": binaryInts(1000), "zeros": make([]byte, 512)} {
		if enc, n := utf16ByScript(b); enc != nil {
			t.Errorf("%s read as %s", name, n)
		}
	}
}
