package ingest

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
)

// feedToUTF8 checks an XML feed's declared encoding against its bytes, as
// Prepare checks a page's (checkDeclared), and returns the feed as UTF-8
// when it decoded it, reporting whether it did. Publishers' templates
// declare one encoding and their databases send another:
//
//   - windows-1252 bytes under encoding="UTF-8" (or no declaration, which
//     means UTF-8): the XML decoder stopped at the first "é" with
//     "invalid UTF-8" and the whole feed was lost;
//   - UTF-8 bytes under encoding="ISO-8859-1": every accented letter was
//     stored as mojibake ("CafÃ©").
//
// A declaration the bytes bear out is kept; a UTF-8 feed with a few
// broken bytes keeps UTF-8 and gets U+FFFD for them. An unknown label, and
// a UTF-16 label on ASCII-compatible bytes, are left to the XML decoder as
// before.
func feedToUTF8(raw []byte) ([]byte, bool) {
	body := bytes.TrimPrefix(raw, []byte("\xef\xbb\xbf"))
	if len(body) < len(raw) {
		// A byte-order mark says UTF-8 whatever the declaration does.
		if utf8.Valid(body) {
			return raw, false
		}
		return bytes.ToValidUTF8(body, []byte("\uFFFD")), true
	}
	label := "utf-8"
	if m := xmlDeclRe.FindSubmatch(body[:min(len(body), 1024)]); m != nil {
		label = string(bytes.ToLower(m[1]))
	}
	enc, err := htmlindex.Get(label)
	if err != nil {
		return raw, false
	}
	name, _ := htmlindex.Name(enc)
	if name == "utf-16le" || name == "utf-16be" {
		return raw, false
	}
	got, gotName, ok := checkDeclared(body, enc, name)
	if !ok {
		got, gotName = sniffCharset(body)
	}
	if gotName == "utf-8" || got == unicode.UTF8 {
		if name == "utf-8" && utf8.Valid(body) {
			return raw, false // as declared: nothing to do
		}
		return bytes.ToValidUTF8(body, []byte("\uFFFD")), true
	}
	out, err := got.NewDecoder().Bytes(body)
	if err != nil {
		return raw, false
	}
	return out, true
}

// dropXMLControls takes the control characters XML 1.0 forbids (U+0000 to
// U+001F but tab, line feed and carriage return) out of a feed's
// ASCII-compatible bytes: a vertical tab or a backspace pasted into one
// item's description by a CMS stopped the XML decoder there ("illegal
// character code U+000B"), and that item and every one after it were lost,
// where feed readers show them. A vertical tab or form feed becomes a
// space, as it separated words; the others are dropped. In UTF-8 and the
// legacy encodings a feed is read in no byte below 0x20 is part of another
// character; bytes that are still UTF-16 or UTF-32 (their zeros) are left
// as they are.
func dropXMLControls(raw []byte) []byte {
	bad := 0
	for _, c := range raw {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' {
			bad++
		}
	}
	if bad == 0 || bytes.Count(raw, []byte{0})*8 > len(raw) {
		return raw
	}
	out := make([]byte, 0, len(raw))
	for _, c := range raw {
		switch {
		case c == '\v' || c == '\f':
			out = append(out, ' ')
		case c < 0x20 && c != '\t' && c != '\n' && c != '\r':
		default:
			out = append(out, c)
		}
	}
	return out
}
