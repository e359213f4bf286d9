package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/atom"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/encoding/unicode/utf32"

	"github.com/newsgraph/newsgraph/internal/gunzip"
	"github.com/newsgraph/newsgraph/internal/model"
)

// Errors for content that is not an article at all.
var (
	ErrEmpty  = errors.New("input is empty")
	ErrBinary = errors.New("input looks binary, not text or HTML")
	// ErrFeed is a feed given where an article is read (a URL, a file
	// without a feed's name): its XML analysed as one article's text gave
	// one meaningless result and none of its items.
	ErrFeed = errors.New("input is a feed, not an article (give a feed's URL with --feed, or its file with a .rss, .atom, .xml or .json name, to read its items)")
	// ErrJSON is JSON that is no article: an API's answer, a settings
	// file. Its punctuation analysed as an article's text gave one
	// meaningless result.
	ErrJSON = errors.New("input is JSON, not an article's text or HTML (articles as JSON are read one object per line: a .jsonl file, or JSON lines on standard input)")
	// ErrXML is XML that is neither a feed nor a page: no <html> or
	// <body> element holds an article's text.
	ErrXML = errors.New("input is XML with no <html> or <body> element, not an article's page (nor a feed)")
)

// Prepare detects the document's format and character encoding and fills
// doc.Content with the text decoded to valid UTF-8. Gzip-compressed input is
// decompressed up to DefaultMaxBytes.
func Prepare(doc *model.Document) error {
	return PrepareLimit(doc, DefaultMaxBytes)
}

// PrepareLimit is Prepare with a cap on the decompressed size of gzip input.
//
// Order of evidence for the encoding: a byte-order mark; the charset of the
// declared Content-Type (HTTP or WARC header); for HTML a <meta charset> or
// <meta http-equiv> in the first bytes; an XML declaration; and finally
// statistics over the bytes (see sniff.go). A declaration is checked against
// the bytes: "utf-8" that is not valid UTF-8, or a Latin label on bytes that
// are valid multi-byte UTF-8, is corrected. The format (text or HTML) is
// sniffed from the content; the declared type can lie.
func PrepareLimit(doc *model.Document, maxBytes int64) error {
	_, err := prepareLimit(doc, maxBytes)
	return err
}

// PrepareLogged is PrepareLimit that warns on log (nil: no warning) about
// what it repaired in the bytes of source: stray NUL bytes dropped, and
// bytes the encoding read could not decode, replaced by U+FFFD. The text is
// kept either way; a file that has them was damaged somewhere, and the
// warning says where to look.
func PrepareLogged(doc *model.Document, maxBytes int64, log *slog.Logger, source string) error {
	if maxBytes <= 0 {
		maxBytes = DefaultMaxBytes
	}
	rep, err := prepareLimit(doc, maxBytes)
	if err != nil || log == nil {
		return err
	}
	if rep.droppedNULs > 0 {
		log.Warn("stray NUL bytes dropped from the text", "source", source, "nuls", rep.droppedNULs)
	}
	if rep.cut {
		log.Warn("gzip-compressed input decompresses past the size limit; read as far as the limit, marked cut", "source", source, "limit", maxBytes)
	}
	if rep.replaced > 0 {
		log.Warn("bytes that are no character in the text's encoding replaced by U+FFFD", "source", source,
			"charset", doc.Charset, "bytes", rep.replaced)
	}
	return nil
}

// repairs is what prepareLimit changed in the bytes to make text of them.
type repairs struct {
	droppedNULs int  // stray NUL bytes dropped
	cut         bool // gzip that decompresses past the limit, cut there
	replaced    int  // bytes undecodable in the charset read, now U+FFFD
}

// prepareLimit is PrepareLimit that also says what it repaired in the
// bytes, for a caller with a log to warn about it (PrepareLogged).
func prepareLimit(doc *model.Document, maxBytes int64) (rep repairs, err error) {
	if maxBytes <= 0 {
		maxBytes = DefaultMaxBytes
	}
	body := doc.Raw
	if len(body) == 0 {
		return rep, ErrEmpty
	}
	if err := gunzip.HeaderError(body); err != nil {
		return rep, err
	}
	if isGzip(body) {
		var err error
		if body, rep.cut, err = gunzipCapped(body, maxBytes); err != nil {
			return rep, err
		}
		if len(body) == 0 {
			return rep, ErrEmpty
		}
		if isGzip(body) {
			return rep, fmt.Errorf("%w: gzip inside gzip", ErrBinary)
		}
	}
	if kind := binaryMagic(body); kind != "" {
		return rep, fmt.Errorf("%w (%s)", ErrBinary, kind)
	}

	enc, name, bomLen := bomEncoding(body)
	if enc == nil {
		if e, n := utf16NoBOM(body); e != nil {
			enc, name = e, n
		}
	}
	if enc == nil && binaryReason(body) != "" {
		// UTF-16 in a script whose letters have no zero byte (Cyrillic,
		// Greek, CJK) escapes utf16NoBOM: only its spaces and digits
		// carry zeros. Read as ASCII-compatible bytes it was refused as
		// binary; the code units say it is text.
		if e, n := utf16ByScript(body); e != nil {
			enc, name = e, n
		}
	}
	// UTF-8 with a byte-order mark is ASCII-compatible bytes too: its NULs
	// are weighed as those of unlabelled bytes are.
	ascii := enc == nil || name == "utf-8"
	if name == "utf-8" {
		body, bomLen = body[bomLen:], 0
	}
	if ascii {
		// Zero bytes after the text are padding, not content: a file
		// preallocated, or cut short by a crash or a copy, keeps its
		// text and ends in a run of NULs, which looksBinary counted
		// as a binary file's (text and 4 KiB of zeros was refused).
		// UTF-16 and UTF-32, whose last unit may end in a zero byte,
		// were recognised above.
		if trimmed := bytes.TrimRight(body, "\x00"); len(trimmed) < len(body) {
			if len(trimmed) == 0 {
				return rep, fmt.Errorf("%w (NUL bytes only)", ErrBinary)
			}
			body = trimmed
		}
	}
	if ascii {
		if why := binaryReason(body); why != "" {
			return rep, fmt.Errorf("%w (%s)", ErrBinary, why)
		}
		// The NULs left are a few stray ones in readable text (a C
		// string's terminator copied along, a byte zeroed by a bad
		// copy): they stand for no character, so dropping them loses
		// nothing of the text. Raw keeps the bytes as read.
		if rep.droppedNULs = bytes.Count(body, []byte{0}); rep.droppedNULs > 0 {
			body = bytes.ReplaceAll(body, []byte{0}, nil)
		}
	}
	if enc == nil {
		enc, name = chooseCharset(body, doc.ContentType)
	}
	content, err := decodeWith(enc, body[bomLen:])
	if err != nil {
		return rep, fmt.Errorf("decode %s: %w", name, err)
	}
	if strings.TrimSpace(content) == "" {
		return rep, ErrEmpty
	}
	if decodedLooksBinary(content) {
		return rep, fmt.Errorf("%w (undecodable as %s)", ErrBinary, name)
	}
	if IsFeedDocument([]byte(content[:min(len(content), 4096)])) {
		return rep, ErrFeed
	}
	format := sniffFormat(content, doc.ContentType)
	if format == model.FormatText && isJSONDocument(content) {
		return rep, ErrJSON
	}
	if isXMLDocument(content) {
		// XML that reaches here is no feed. With a body (XHTML, an
		// NITF or other XML article with <body>) it is read as a page
		// (the HTML parser takes unknown elements as they come);
		// without one it holds no article.
		if !pageBodyRe.MatchString(content) {
			return rep, ErrXML
		}
		format = model.FormatHTML
	}
	doc.Charset = name
	doc.Content = content
	doc.Format = format
	if rep.cut {
		MarkOverLimit(doc, maxBytes, 0, nil)
		doc.Hints[model.HintTruncated] = fmt.Sprintf("gzip-compressed input that decompresses to more than %d bytes: its first %d were read", maxBytes, maxBytes)
	}
	// A U+FFFD the bytes spell out in UTF-8 is a character of the text,
	// not a repair.
	rep.replaced = strings.Count(content, "\uFFFD")
	if name == "utf-8" {
		rep.replaced -= bytes.Count(body, []byte("\uFFFD"))
	}
	return rep, nil
}

// isJSONDocument reports content that is one whole JSON object, array or
// string (numbers and literals alone are left as text: "42" may be a
// note). Text that only opens with a quotation mark or a bracket is no
// valid JSON as a whole.
func isJSONDocument(content string) bool {
	t := strings.TrimSpace(content)
	if t == "" || !strings.ContainsRune("{[\"", rune(t[0])) {
		return false
	}
	return json.Valid([]byte(t))
}

// isXMLDocument reports content that opens as XML: an XML declaration, or
// a root element whose name is no HTML element ("<note>", "<nitf>",
// "<x:doc>") and which closes at the end. HTML fragments ("<section>",
// "<div>") are not XML here.
func isXMLDocument(content string) bool {
	t := strings.TrimSpace(strings.TrimPrefix(content, "\ufeff"))
	if strings.HasPrefix(t, "<?xml") {
		return true
	}
	name, html := closedRoot(t)
	return name != "" && !html
}

// closedRoot names the element that opens trimmed content t and is closed
// at its very end ("<note> ... </note>"), and whether it is an HTML
// element; "" when t is not one such element.
func closedRoot(t string) (name string, html bool) {
	if !strings.HasPrefix(t, "<") {
		return "", false
	}
	end := strings.IndexFunc(t[1:], func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == ':' || r == '-' || r == '_' || r == '.')
	})
	if end <= 0 || !strings.HasSuffix(t, "</"+t[1:1+end]+">") {
		return "", false
	}
	name = t[1 : 1+end]
	return name, atom.Lookup([]byte(strings.ToLower(name))) != 0
}

// pageBodyRe finds an <html> or <body> element.
var pageBodyRe = regexp.MustCompile(`(?i)<(?:html|body)[\s>/]`)

// decodeWith decodes b to valid UTF-8; invalid sequences become U+FFFD.
func decodeWith(enc encoding.Encoding, b []byte) (string, error) {
	if enc == nil || enc == encoding.Nop || enc == unicode.UTF8 {
		return strings.ToValidUTF8(string(b), "\uFFFD"), nil
	}
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return "", err
	}
	s := string(out)
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	// A BOM the decoder left in (UTF-16 "ignore BOM" variants) is noise.
	return strings.TrimPrefix(s, "\uFEFF"), nil
}

func isGzip(b []byte) bool { return gunzip.IsMember(b) }

// gunzipCapped decompresses b, producing no more than maxBytes (a small
// gzip file can expand to gigabytes): what decompresses past it is cut
// there, as any input over the limit is (see MarkOverLimit), and cut says
// so.
func gunzipCapped(b []byte, maxBytes int64) (out []byte, cut bool, err error) {
	zr, err := gunzip.NewReader(bytes.NewReader(b), nil)
	if err != nil {
		return nil, false, gzipError(err)
	}
	defer zr.Close()
	out, err = io.ReadAll(io.LimitReader(zr, maxBytes+1))
	if err != nil {
		return nil, false, gzipError(err)
	}
	if int64(len(out)) > maxBytes {
		return CutAt(out, maxBytes), true, nil
	}
	return out, false, nil
}

// gzipError explains a failed gzip read: a stream cut short is said to be
// one (gunzip.ErrTruncated), and a damaged header is one
// (gunzip.ErrCorruptHeader), not called binary ("input looks binary ...
// (corrupt gzip: unexpected EOF)" sent the reader looking for the wrong
// defect); other damage is corrupt gzip, undecodable bytes.
func gzipError(err error) error {
	if errors.Is(err, gunzip.ErrTruncated) || errors.Is(err, gunzip.ErrCorruptHeader) {
		return err
	}
	return fmt.Errorf("%w (corrupt gzip: %v)", ErrBinary, err)
}

// binaryMagic names the file type when b starts with a known binary
// signature, or returns "".
func binaryMagic(b []byte) string {
	sigs := []struct {
		off  int
		sig  string
		kind string
	}{
		{0, "%PDF-", "PDF"},
		{0, "PK\x03\x04", "ZIP archive or office document"},
		{0, "PK\x05\x06", "ZIP archive"},
		{0, "\x89PNG\r\n\x1a\n", "PNG image"},
		{0, "\xff\xd8\xff", "JPEG image"},
		{0, "GIF87a", "GIF image"},
		{0, "GIF89a", "GIF image"},
		{0, "RIFF", "RIFF media (WebP, WAV, AVI)"},
		{0, "\x7fELF", "ELF executable"},
		{0, "MZ\x90\x00", "Windows executable"},
		{0, "\xca\xfe\xba\xbe", "Mach-O or Java class"},
		{0, "\xcf\xfa\xed\xfe", "Mach-O executable"},
		{0, "\x00asm", "WebAssembly"},
		{0, "\xfd7zXZ\x00", "xz archive"},
		{0, "7z\xbc\xaf\x27\x1c", "7-Zip archive"},
		{0, "Rar!\x1a\x07", "RAR archive"},
		{0, "\x28\xb5\x2f\xfd", "zstd archive"},
		{0, "\x04\x22\x4d\x18", "lz4 archive"},
		{0, "SQLite format 3\x00", "SQLite database"},
		{0, "OggS", "Ogg media"},
		{0, "ID3", "MP3 audio"},
		{0, "fLaC", "FLAC audio"},
		{0, "\x1a\x45\xdf\xa3", "Matroska/WebM video"},
		{0, "wOFF", "WOFF font"},
		{0, "wOF2", "WOFF2 font"},
		{0, "\x00\x01\x00\x00\x00", "TrueType font"},
		{0, "II*\x00", "TIFF image"},
		{0, "MM\x00*", "TIFF image"},
		{0, "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE document (old Office)"},
		{4, "ftyp", "MP4/QuickTime media"},
		{0, "\x1f\x9d", "compress (.Z) archive"},
	}
	for _, s := range sigs {
		if len(b) >= s.off+len(s.sig) && string(b[s.off:s.off+len(s.sig)]) == s.sig {
			return s.kind
		}
	}
	if bytes.HasPrefix(b, []byte("BZh")) && len(b) >= 10 && string(b[4:10]) == "1AY&SY" {
		return "bzip2 archive"
	}
	if len(b) > 262 && string(b[257:262]) == "ustar" {
		return "tar archive"
	}
	return ""
}

// bomEncoding recognises a byte-order mark.
func bomEncoding(b []byte) (encoding.Encoding, string, int) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		return unicode.UTF8, "utf-8", 3
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE, 0, 0}):
		return utf32.UTF32(utf32.LittleEndian, utf32.IgnoreBOM), "utf-32le", 4
	case bytes.HasPrefix(b, []byte{0, 0, 0xFE, 0xFF}):
		return utf32.UTF32(utf32.BigEndian, utf32.IgnoreBOM), "utf-32be", 4
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "utf-16le", 2
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), "utf-16be", 2
	}
	return nil, "", 0
}

// utf16NoBOM recognises UTF-16 without a byte-order mark from the pattern of
// zero bytes: text in Latin script has a zero high byte in most code units.
func utf16NoBOM(b []byte) (encoding.Encoding, string) {
	n := min(len(b), 4096) &^ 1
	if n < 8 {
		return nil, ""
	}
	var zeroEven, zeroOdd int
	for i := 0; i < n; i += 2 {
		if b[i] == 0 {
			zeroEven++
		}
		if b[i+1] == 0 {
			zeroOdd++
		}
	}
	pairs := n / 2
	switch {
	case zeroOdd*10 >= pairs*4 && zeroEven*20 <= pairs && !asciiWithNULs(b[:n], false):
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "utf-16le"
	case zeroEven*10 >= pairs*4 && zeroOdd*20 <= pairs && !asciiWithNULs(b[:n], true):
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), "utf-16be"
	}
	return nil, ""
}

// asciiWithNULs reports bytes whose zeros fall on one side of the code
// units only by chance: ASCII text with a NUL after every few letters.
// Read as UTF-16, its units without a zero byte are two ASCII characters
// ("Fe" as U+6546), where those of real UTF-16 are letters of another
// script (Cyrillic's high byte 0x04, Hangul's 0xAC-0xD7) or CJK
// ideographs, few of which have two printable ASCII bytes.
func asciiWithNULs(b []byte, bigEndian bool) bool {
	wide, asciiPairs := 0, 0
	for i := 0; i+1 < len(b); i += 2 {
		hi, lo := b[i+1], b[i]
		if bigEndian {
			hi, lo = b[i], b[i+1]
		}
		if hi == 0 {
			continue
		}
		wide++
		if hi >= 0x20 && hi < 0x7F && lo >= 0x20 && lo < 0x7F {
			asciiPairs++
		}
	}
	return wide >= 8 && asciiPairs*5 >= wide*4
}

// looksBinary reports bytes that are not text in any ASCII-compatible
// encoding (see binaryReason).
func looksBinary(b []byte) bool { return binaryReason(b) != "" }

// minShareBytes is the least length a share of stray NULs is taken of.
const minShareBytes = 128

// binaryReason says why b is not text in any ASCII-compatible encoding, or
// "" when it may be. Control bytes other than tab, line breaks, form feed
// and ESC (which ISO-2022 uses) are few in any text: more than one in 20
// is binary. NUL bytes are a binary file's mark when they come in runs
// (padding, small integers, UTF-32) or often; a few scattered single NULs
// in otherwise readable text (one in 25 bytes at most, with the other
// controls) are stray bytes the text survives, and PrepareLimit drops them.
// A small text with three stray NULs used to be refused, each NUL counted
// as four controls.
//
// A share of a few bytes says nothing: a 26-byte note with two stray NULs
// was refused, one NUL counting as 4% of it. The NULs of a text shorter
// than minShareBytes are weighed as if it were that long (5 at most).
func binaryReason(b []byte) string {
	sample := b[:min(len(b), 8192)]
	nul, ctl := 0, 0
	for _, c := range sample {
		switch {
		case c == 0:
			nul++
		case c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1b:
			ctl++
		}
	}
	switch {
	case ctl*20 > len(sample):
		return fmt.Sprintf("%d control bytes in the first %d", ctl+nul, len(sample))
	case nul == 0:
		return ""
	case bytes.Contains(sample, []byte{0, 0}):
		return fmt.Sprintf("runs of NUL bytes in the first %d bytes", len(sample))
	case (nul+ctl)*25 > max(len(sample), minShareBytes):
		return fmt.Sprintf("%d NUL and %d other control bytes in the first %d", nul, ctl, len(sample))
	}
	return ""
}

// utf16ByScript recognises UTF-16 without a byte-order mark by its code
// units: in one endianness nearly all of them (95%) are characters of
// running text (ASCII, Latin, Greek, Cyrillic, Hebrew, Arabic, Indic,
// general punctuation, kana, CJK ideographs, Hangul, full-width forms), and
// more of them than in the other. Binary bytes read as UTF-16 give about
// half such units, controls and private-use codes among the rest. Only
// bytes that would be refused as binary are asked, and not those whose
// bytes other than NUL are nearly all printable ASCII (nine in ten): that is
// ASCII text with NULs in it, whose letter pairs read as UTF-16 are CJK
// ideographs. UTF-16 of a script other than Latin has half its bytes
// outside printable ASCII (Cyrillic's 0x04 in every letter, the spread of
// CJK code units).
func utf16ByScript(b []byte) (encoding.Encoding, string) {
	n := min(len(b), 4096) &^ 1
	if n < 16 {
		return nil, ""
	}
	printable, nonNUL := 0, 0
	for _, c := range b[:n] {
		if c != 0 {
			nonNUL++
		}
		if c >= 0x20 && c < 0x7F || c == '\t' || c == '\n' || c == '\r' {
			printable++
		}
	}
	if printable*10 >= nonNUL*9 {
		return nil, ""
	}
	le, be := utf16TextUnits(b[:n], false), utf16TextUnits(b[:n], true)
	pairs := n / 2
	switch {
	case le*20 >= pairs*19 && le > be:
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "utf-16le"
	case be*20 >= pairs*19 && be > le:
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), "utf-16be"
	}
	return nil, ""
}

// utf16TextUnits counts the code units of b, read as UTF-16 of the given
// endianness, that are characters of running text.
func utf16TextUnits(b []byte, bigEndian bool) int {
	n := 0
	for i := 0; i+1 < len(b); i += 2 {
		u := rune(b[i]) | rune(b[i+1])<<8
		if bigEndian {
			u = rune(b[i])<<8 | rune(b[i+1])
		}
		switch {
		case u == '\t' || u == '\n' || u == '\r',
			u >= 0x20 && u < 0x7F,
			u >= 0xA0 && u <= 0x24F,    // Latin-1 supplement, Latin Extended
			u >= 0x370 && u <= 0x6FF,   // Greek, Cyrillic, Armenian, Hebrew, Arabic
			u >= 0x900 && u <= 0xE7F,   // Indic scripts, Thai
			u >= 0x2000 && u <= 0x206F, // general punctuation
			u >= 0x3000 && u <= 0x30FF, // CJK punctuation, kana
			u >= 0x4E00 && u <= 0x9FFF, // CJK ideographs
			u >= 0xAC00 && u <= 0xD7A3, // Hangul syllables
			u >= 0xFF00 && u <= 0xFFEF: // full-width forms
			n++
		}
	}
	return n
}

// decodedLooksBinary catches what slipped through: text whose decoding is
// mostly replacement characters or controls.
func decodedLooksBinary(s string) bool {
	s = s[:min(len(s), 16384)]
	bad, n := 0, 0
	for _, r := range s {
		n++
		if r == utf8.RuneError || (r < 0x20 && r != '\t' && r != '\n' && r != '\r' && r != '\f' && r != '\v' && r != 0x1b) {
			bad++
		}
	}
	return n > 0 && bad*5 > n
}

// chooseCharset picks the encoding of ASCII-compatible bytes from the
// declarations and the bytes themselves.
func chooseCharset(b []byte, contentType string) (encoding.Encoding, string) {
	for _, label := range declaredCharsets(b, contentType) {
		enc, err := htmlindex.Get(label)
		if err != nil {
			continue // unknown label: look at the next declaration
		}
		name, _ := htmlindex.Name(enc)
		if name == "utf-16le" || name == "utf-16be" {
			// Declared UTF-16 but ASCII-compatible bytes (no BOM, no
			// zero pattern): the label is wrong, as browsers also assume.
			continue
		}
		if e, n, ok := checkDeclared(b, enc, name); ok {
			return e, n
		}
		break // the declaration did not fit the bytes: sniff
	}
	return sniffCharset(b)
}

// checkDeclared verifies a declared encoding against the bytes and corrects
// the common mistakes.
func checkDeclared(b []byte, enc encoding.Encoding, name string) (encoding.Encoding, string, bool) {
	valid := utf8.Valid(b)
	multi := hasMultibyteUTF8(b)
	switch {
	case name == "utf-8":
		if valid || mostlyUTF8(b) {
			return unicode.UTF8, "utf-8", true
		}
		return nil, "", false
	case valid && multi:
		// Declared a legacy encoding, but the bytes are UTF-8 with
		// multi-byte sequences: a legacy text almost never is.
		return unicode.UTF8, "utf-8", true
	case multi && !isMultiByteLegacy(name) && mostlyUTF8(b):
		// The same with a stray byte or two (a windows-1252 quote
		// pasted in): a server's default "iso-8859-1" on a UTF-8 page
		// turned every dash and accent of it to mojibake for one byte
		// that is no UTF-8.
		return unicode.UTF8, "utf-8", true
	case isMultiByteLegacy(name):
		// A CJK declaration that leaves many undecodable bytes is wrong.
		if bad, total := decodeErrors(enc, b); total > 0 && bad*50 > total {
			return nil, "", false
		}
	default:
		if alt, altName, ok := misdeclaredSingleByte(b, enc); ok {
			return alt, altName, true
		}
	}
	return enc, name, true
}

// misdeclaredSingleByte catches a single-byte declaration that the bytes
// contradict: a server's default "charset=iso-8859-1" on a Russian or
// Polish page, KOI8-R text labelled windows-1251 or the reverse. Every
// byte decodes in a single-byte charset, so the declaration cannot fail;
// it reads as nonsense instead ("тПУУЙС Й лБЪБИУФБО" for "Россия и
// Казахстан"). When the declared decoding scores low (under half a point
// per non-ASCII character on sniff.go's plausibility scale, where a right
// decoding of real text scores near one) and the one the bytes sniff as
// scores well and at least twice as much, the sniffed encoding wins. A
// declaration with few non-ASCII characters to judge it by is kept, as
// is one whose decoding reads well (French declared windows-1250 reads as
// French).
func misdeclaredSingleByte(b []byte, enc encoding.Encoding) (encoding.Encoding, string, bool) {
	if _, ok := enc.(*charmap.Charmap); !ok {
		return nil, "", false
	}
	sample := trimPartialRune(b[:min(len(b), 16384)])
	score := func(e encoding.Encoding) (total, perRune float64) {
		out, err := e.NewDecoder().Bytes(sample)
		if err != nil {
			return 0, 0
		}
		n := 0
		for _, r := range string(out) {
			if r >= 0x80 {
				n++
			}
		}
		if n < 8 {
			return 0, 0
		}
		total = plausibility(string(out))
		return total, total / float64(n)
	}
	declared, declaredPer := score(enc)
	if declared == 0 || declaredPer >= 0.5 {
		return nil, "", false
	}
	alt, altName := sniffCharset(b)
	if alt == enc {
		return nil, "", false
	}
	if altScore, altPer := score(alt); altPer < 0.8 || altScore < 2*declared {
		return nil, "", false
	}
	return alt, altName, true
}

func isMultiByteLegacy(name string) bool {
	switch name {
	case "shift_jis", "euc-jp", "iso-2022-jp", "gbk", "gb18030", "big5", "euc-kr":
		return true
	}
	return false
}

// decodeErrors decodes a sample and counts replacement characters.
func decodeErrors(enc encoding.Encoding, b []byte) (bad, total int) {
	out, err := enc.NewDecoder().Bytes(b[:min(len(b), 65536)])
	if err != nil {
		return 1, 1
	}
	for _, r := range string(out) {
		total++
		if r == utf8.RuneError {
			bad++
		}
	}
	return bad, total
}

// hasMultibyteUTF8 reports whether b contains a byte above 0x7F.
func hasMultibyteUTF8(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return true
		}
	}
	return false
}

// mostlyUTF8 accepts UTF-8 with a few broken sequences (a truncated
// character, one stray byte), which decode better as UTF-8 with a
// replacement character than as anything else.
func mostlyUTF8(b []byte) bool {
	good, bad := utf8Sequences(b)
	// A legacy single-byte text almost never forms a valid multi-byte UTF-8
	// sequence (a lead byte and the right continuation bytes), so a few
	// valid ones outnumbering the invalid bytes five to one are UTF-8 with a
	// stray byte, not windows-1250 ("ZĂĽrich").
	if good >= 4 && bad*5 <= good {
		return true
	}
	// Fewer sequences can still outweigh the stray bytes when they are
	// ones a legacy text does not make: a dash or curly quote of three
	// bytes ("\xe2\x80\x94", "â€”" in windows-1252) or an accented letter
	// ("\xc3\xa9", "Ã©"), in a UTF-8 file into which one windows-1252
	// quote was pasted. Read as windows-1252, every dash and accent of it
	// turned to mojibake to spare one byte.
	weight := utf8Evidence(b)
	return weight >= 2 && weight >= bad
}

// utf8Sequences counts the valid multi-byte UTF-8 sequences of b and its
// bytes above 0x7F that start none.
func utf8Sequences(b []byte) (good, bad int) {
	for i := 0; i < len(b); {
		if b[i] < 0x80 {
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			bad++
			i++
			continue
		}
		good++
		i += size
	}
	return good, bad
}

// Charset declarations inside the content.
var (
	metaCharsetRe = regexp.MustCompile(`(?i)<meta[^>]{0,200}?charset\s*=\s*["']?\s*([a-z0-9_.:-]+)`)
	xmlDeclRe     = regexp.MustCompile(`(?i)^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([a-z0-9_.:-]+)["']`)
)

// declaredCharsets lists the charset labels that apply to b, strongest
// first: the Content-Type parameter, then a meta tag or XML declaration in
// the first 4 KiB (the HTML standard prescans 1024 bytes; pages with long
// heads put it later).
func declaredCharsets(b []byte, contentType string) []string {
	var labels []string
	if contentType != "" {
		if _, params, err := mime.ParseMediaType(contentType); err == nil && params["charset"] != "" {
			labels = append(labels, strings.ToLower(strings.TrimSpace(params["charset"])))
		}
	}
	head := b[:min(len(b), 4096)]
	if m := xmlDeclRe.FindSubmatch(head); m != nil {
		labels = append(labels, strings.ToLower(string(m[1])))
	}
	if m := metaCharsetRe.FindSubmatch(head); m != nil {
		labels = append(labels, strings.ToLower(string(m[1])))
	}
	return labels
}

// sniffFormat decides between HTML and plain text from the content. A
// declared type only breaks a tie: servers send HTML as text/plain and
// plain text as text/html.
func sniffFormat(content, contentType string) model.Format {
	head := strings.ToLower(content[:min(len(content), 4096)])
	trimmed := strings.TrimLeft(head, " \t\r\n\ufeff")
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body", "<?xml", "<!--", "<meta", "<title", "<article", "<div", "<p>", "<p ", "<rss", "<feed"} {
		if strings.HasPrefix(trimmed, p) {
			if p == "<!--" || p == "<?xml" {
				// A comment or XML declaration must be followed by markup.
				if countTags(head) >= 2 {
					return model.FormatHTML
				}
				continue
			}
			return model.FormatHTML
		}
	}
	// A fragment that one HTML element wraps from start to end
	// ("<section><p>...</p></section>") is markup however few tags it has.
	if _, html := closedRoot(strings.TrimSpace(strings.TrimPrefix(content, "\ufeff"))); html {
		return model.FormatHTML
	}
	// Markup that does not start the document (a scraper's leftovers, a
	// fragment): enough distinct block tags make it HTML.
	if countTags(head) >= 4 {
		return model.FormatHTML
	}
	mt, _, _ := mime.ParseMediaType(contentType)
	if (mt == "text/html" || mt == "application/xhtml+xml") && countTags(head) >= 1 {
		return model.FormatHTML
	}
	return model.FormatText
}

// countTags counts distinct common HTML tags in s (lower-cased).
func countTags(s string) int {
	n := 0
	for _, t := range []string{"<html", "<head", "<body", "<meta ", "<title>", "<div", "<p>", "<p ", "<br", "<a href", "<span", "<script", "<style", "<article", "<h1", "<h2", "<ul>", "<li>", "<img ", "<link ", "<table", "</p>", "</div>"} {
		if strings.Contains(s, t) {
			n++
		}
	}
	return n
}
