package eval

import (
	"archive/zip"
	"context"
	"fmt"
	"io"
	"path"
	"sort"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/nlp/keywords"
)

// Keyphrase evaluation as in the literature (Boudin's pke, Florescu and
// Caragea 2017, Boudin 2018): each gold and predicted phrase is lower-cased,
// stripped of non-alphanumeric characters inside words, Porter-stemmed word
// by word and compared as a whole (stemmed exact match). Duplicates after
// stemming are removed from both sides. P@k = matches / predictions (at most
// k), R@k = matches / gold phrases (including gold phrases absent from the
// text), F@k their harmonic mean, macro-averaged over documents.
//
// The data sets are read straight from their zip files (evaluation only:
// nothing is extracted or copied).

// KeyphraseDoc is one document of a keyphrase data set.
type KeyphraseDoc struct {
	ID   string
	Text string
	Keys []string
}

// LoadKeyphraseZip reads docsutf8/*.txt and keys/*.key from a LIAAD-style
// zip (500N-KPCrowd-v1.1.zip, Inspec.zip).
func LoadKeyphraseZip(file string) ([]KeyphraseDoc, error) {
	zr, err := zip.OpenReader(file)
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	texts := map[string]string{}
	keys := map[string][]string{}
	for _, f := range zr.File {
		dir, base := path.Split(f.Name)
		var ext string
		switch {
		case strings.HasSuffix(dir, "docsutf8/") && strings.HasSuffix(base, ".txt"):
			ext = ".txt"
		case strings.HasSuffix(dir, "keys/") && strings.HasSuffix(base, ".key"):
			ext = ".key"
		default:
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return nil, err
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", f.Name, err)
		}
		id := strings.TrimSuffix(base, ext)
		if ext == ".txt" {
			texts[id] = strings.ReplaceAll(string(b), "\r\n", "\n")
			continue
		}
		for _, line := range strings.Split(string(b), "\n") {
			if k := strings.TrimSpace(line); k != "" {
				keys[id] = append(keys[id], k)
			}
		}
	}
	var docs []KeyphraseDoc
	for id, t := range texts {
		if len(keys[id]) == 0 {
			continue
		}
		docs = append(docs, KeyphraseDoc{ID: id, Text: t, Keys: keys[id]})
	}
	sort.Slice(docs, func(i, j int) bool { return docs[i].ID < docs[j].ID })
	if len(docs) == 0 {
		return nil, fmt.Errorf("%s: no documents with keys", file)
	}
	return docs, nil
}

// SplitKeyphraseDocs keeps one half of docs for development discipline:
// "dev" the documents at even positions in ID order, "test" those at odd
// positions, "all" every document. The LIAAD 500N-KPCrowd zip has no
// train/test folders; alternating over sorted IDs ("business-...",
// "crime-...") gives both halves every category in equal measure. Changes
// are judged on dev; test is for reporting.
func SplitKeyphraseDocs(docs []KeyphraseDoc, split string) ([]KeyphraseDoc, error) {
	if split == "all" {
		return docs, nil
	}
	var want int
	switch split {
	case "dev":
		want = 0
	case "test":
		want = 1
	default:
		return nil, fmt.Errorf("split: want dev, test or all, got %q", split)
	}
	var out []KeyphraseDoc
	for i, d := range docs {
		if i%2 == want {
			out = append(out, d)
		}
	}
	return out, nil
}

// StemPhrase is the matching key of a phrase: normalised, stemmed words.
func StemPhrase(p string) string {
	var out []string
	for _, w := range strings.Fields(p) {
		if n := keywords.Normalize(w); n != "" {
			out = append(out, keywords.Stem(n))
		}
	}
	return strings.Join(out, " ")
}

// KeyphraseScores are macro-averaged figures at several cut-offs.
type KeyphraseScores struct {
	Docs    int
	K       []int
	P, R, F []float64
	Elapsed time.Duration
}

// KeyphraseItem is one JSONL line of --out.
type KeyphraseItem struct {
	Doc     string   `json:"doc"`
	Pred    []string `json:"pred"`
	Matched []bool   `json:"matched"`
	Gold    int      `json:"gold"`
	F10     float64  `json:"f10"`
}

// EvalKeyphrases runs extract on each document (its text as an article
// text) and scores the ranked phrases at k = 5, 10, 15.
func EvalKeyphrases(ctx context.Context, docs []KeyphraseDoc, extract func(context.Context, *model.Article) ([]model.Keyword, error), out io.Writer) (KeyphraseScores, error) {
	sc := KeyphraseScores{K: []int{5, 10, 15}}
	sc.P = make([]float64, len(sc.K))
	sc.R = make([]float64, len(sc.K))
	sc.F = make([]float64, len(sc.K))
	enc := newJSONL(out)
	for _, d := range docs {
		if err := ctx.Err(); err != nil {
			return sc, err
		}
		gold := map[string]bool{}
		for _, k := range d.Keys {
			if s := StemPhrase(k); s != "" {
				gold[s] = true
			}
		}
		t0 := time.Now()
		kws, err := extract(ctx, &model.Article{Source: d.ID, Text: d.Text})
		sc.Elapsed += time.Since(t0)
		if err != nil {
			return sc, fmt.Errorf("%s: %w", d.ID, err)
		}
		var pred []string
		var matched []bool
		seen := map[string]bool{}
		for _, kw := range kws {
			s := StemPhrase(kw.Phrase)
			if s == "" || seen[s] {
				continue
			}
			seen[s] = true
			pred = append(pred, kw.Phrase)
			matched = append(matched, gold[s])
		}
		sc.Docs++
		var f10 float64
		for i, k := range sc.K {
			n, tp := 0, 0
			for j := 0; j < len(pred) && j < k; j++ {
				n++
				if matched[j] {
					tp++
				}
			}
			var p, r, f float64
			if n > 0 {
				p = float64(tp) / float64(n)
			}
			if len(gold) > 0 {
				r = float64(tp) / float64(len(gold))
			}
			if p+r > 0 {
				f = 2 * p * r / (p + r)
			}
			sc.P[i] += p
			sc.R[i] += r
			sc.F[i] += f
			if k == 10 {
				f10 = f
			}
		}
		if enc != nil {
			if err := enc.Encode(KeyphraseItem{Doc: d.ID, Pred: pred, Matched: matched, Gold: len(gold), F10: f10}); err != nil {
				return sc, err
			}
		}
	}
	for i := range sc.K {
		if sc.Docs > 0 {
			sc.P[i] /= float64(sc.Docs)
			sc.R[i] /= float64(sc.Docs)
			sc.F[i] /= float64(sc.Docs)
		}
	}
	return sc, nil
}

// WriteKeyphraseScores prints the figures.
func WriteKeyphraseScores(w io.Writer, name string, sc KeyphraseScores) {
	fmt.Fprintf(w, "%s: %d documents\n", name, sc.Docs)
	for i, k := range sc.K {
		fmt.Fprintf(w, "  @%-3d P %.3f  R %.3f  F %.3f\n", k, sc.P[i], sc.R[i], sc.F[i])
	}
	if s := sc.Elapsed.Seconds(); s > 0 {
		fmt.Fprintf(w, "  speed %.1f docs/s\n", float64(sc.Docs)/s)
	}
}
