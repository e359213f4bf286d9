package runner

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/newsgraph/newsgraph/internal/ingest"
	"github.com/newsgraph/newsgraph/internal/model"
)

// exportHeadBytes is how much of a text file is looked at for the marks of
// a multi-document export (ingest.LooksLikeExport): its first document's
// end lies in it.
const exportHeadBytes = 64 << 10

// exportItems yields the documents of text file path when it is a news
// database's export of several articles (ingest.SplitExport), one item
// each, named path#1, path#2 ... as a container's records are, and dated
// as the file's one document would be (withDate, the file's modification
// time for relative dates). handled is false when path is no such export
// (or cannot be read here): the caller then reads it as one document, as
// before. more is false when yield said stop.
func exportItems(ctx context.Context, path string, lopts LoadOptions, maxBytes int64, withDate func(*model.Document) *model.Document, yield func(Item) bool) (handled, more bool) {
	if !textNamed(path) || !exportHead(ctx, path) {
		return false, true
	}
	raw, cut, err := readFile(ctx, path, maxBytes, nil)
	// A file cut at the size limit is read as one document, marked cut,
	// as before: its last document would be cut without a word.
	if err != nil || cut != 0 {
		return false, true
	}
	doc := &model.Document{Source: path, Raw: raw}
	if err := ingest.PrepareLogged(doc, maxBytes, nil, path); err != nil || doc.Format != model.FormatText {
		return false, true
	}
	parts := ingest.SplitExport(doc.Content)
	if parts == nil {
		return false, true
	}
	if lopts.Log != nil {
		lopts.Log.Info("news database export read as its documents", "source", path, "documents", len(parts))
	}
	st, err := os.Stat(path)
	for i, p := range parts {
		d := &model.Document{Source: fmt.Sprintf("%s#%d", path, i+1), Raw: []byte(p), Content: p, Format: model.FormatText}
		if err == nil && st.Mode().IsRegular() && !st.ModTime().IsZero() {
			d.Captured, d.CapturedSource = st.ModTime().UTC(), model.DateFileModified
		}
		if !yield(Item{Source: d.Source, Kind: KindFile, Doc: withDate(d)}) {
			return true, false
		}
	}
	return true, true
}

// textNamed reports a file named as plain text (.txt, .text, or no
// extension; gzipped or not): the names news databases give their
// exports.
func textNamed(path string) bool {
	name := strings.TrimSuffix(strings.ToLower(filepath.Base(path)), ".gz")
	ext := filepath.Ext(name)
	return ext == "" || ext == ".txt" || ext == ".text"
}

// exportHead reports a file whose first exportHeadBytes carry the marks of
// a multi-document export.
func exportHead(ctx context.Context, path string) bool {
	f, err := openMaybeGz(ctx, path, true, nil)
	if err != nil {
		return false
	}
	defer f.Close()
	head, err := io.ReadAll(io.LimitReader(f, exportHeadBytes))
	if err != nil {
		return false
	}
	return ingest.LooksLikeExport(string(head))
}
