// Command gen builds the keyword stage's background document-frequency
// table (internal/nlp/keywords/data/df.txt.gz) from the Groningen Meaning
// Bank newswire as released on Kaggle (../shared/data/ner-train/
// gmb-kaggle-ner/ner_dataset.csv; Voice of America, public-domain text,
// ODbL release; see NOTICE). Only stems and counts are written, no text.
//
// The release has sentences in document order but no document boundaries;
// GMB's VOA stories are short briefs of a handful of sentences, so blocks
// of -block consecutive sentences stand in for documents.
//
//	go run ./internal/nlp/keywords/gen [-data DIR] [-out FILE]
package main

import (
	"compress/gzip"
	"encoding/csv"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"golang.org/x/text/encoding/charmap"

	"github.com/newsgraph/newsgraph/internal/nlp/keywords"
	"github.com/newsgraph/newsgraph/internal/shared"
)

func main() {
	data := flag.String("data", "", "shared data directory (default: located like the tests do)")
	out := flag.String("out", "internal/nlp/keywords/data/df.txt.gz", "table to write")
	block := flag.Int("block", 5, "consecutive sentences per pseudo-document")
	minDF := flag.Int("min-df", 2, "drop stems seen in fewer documents")
	maxTerms := flag.Int("max-terms", 20000, "keep at most this many stems (most frequent)")
	flag.Parse()
	if err := run(*data, *out, *block, *minDF, *maxTerms); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(data, out string, block, minDF, maxTerms int) error {
	if data == "" {
		data = shared.DataDir()
		if data == "" {
			return errors.New("shared data directory not found; pass -data")
		}
	}
	file := filepath.Join(data, "ner-train", "gmb-kaggle-ner", "ner_dataset.csv")
	f, err := os.Open(file)
	if err != nil {
		return err
	}
	defer f.Close()
	r := csv.NewReader(charmap.Windows1252.NewDecoder().Reader(f))
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	if _, err := r.Read(); err != nil { // header
		return fmt.Errorf("%s: %w", file, err)
	}
	b := keywords.NewDFBuilder()
	var doc []string
	sents := 0
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return fmt.Errorf("%s: %w", file, err)
		}
		if len(rec) < 2 {
			continue
		}
		if rec[0] != "" { // "Sentence: N" starts a sentence
			if sents == block {
				b.AddDoc(doc)
				doc, sents = doc[:0], 0
			}
			sents++
		}
		doc = append(doc, rec[1])
	}
	if len(doc) > 0 {
		b.AddDoc(doc)
	}
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return err
	}
	w, err := os.Create(out)
	if err != nil {
		return err
	}
	zw, _ := gzip.NewWriterLevel(w, gzip.BestCompression)
	n, err := b.Write(zw, minDF, maxTerms)
	if err == nil {
		err = zw.Close()
	}
	if cerr := w.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("%s: %w", out, err)
	}
	fmt.Fprintf(os.Stderr, "gen: %s: %d stems\n", out, n)
	return nil
}
