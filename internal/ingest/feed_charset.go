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
