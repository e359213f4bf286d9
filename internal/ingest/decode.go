package ingest

import (
	"errors"
	"strings"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/model"
)

// Errors for content that is not an article at all.
var (
	ErrEmpty  = errors.New("input is empty")
	ErrBinary = errors.New("input looks binary, not text or HTML")
)

// Prepare detects the document's format and character encoding and fills
// doc.Content with the text decoded to valid UTF-8.
func Prepare(doc *model.Document) error {
	if len(strings.TrimSpace(string(doc.Raw))) == 0 {
		return ErrEmpty
	}
	// Placeholder detection, replaced by the full sniffer (BOM, HTTP
	// header, <meta charset>, statistical fallback).
	doc.Charset = "utf-8"
	doc.Content = strings.ToValidUTF8(string(doc.Raw), "\uFFFD")
	if !utf8.ValidString(doc.Content) {
		return ErrBinary
	}
	doc.Format = model.FormatText
	if strings.Contains(strings.ToLower(doc.Content[:min(len(doc.Content), 1024)]), "<html") {
		doc.Format = model.FormatHTML
	}
	return nil
}
