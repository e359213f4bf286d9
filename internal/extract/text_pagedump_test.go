package extract

import (
	"compress/gzip"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode"

	"golang.org/x/net/html"

	"github.com/newsgraph/newsgraph/internal/shared"
)

// BenchmarkTextPageDumps measures the plain-text extractor on data it was
// not written for: the article-extraction-benchmark pages (evaluation-only,
// read from ../shared/data, never copied) rendered to text the way a scraper
// or a browser's "copy all" does, so menus, teasers, comments and footers
// are all there. It reports the benchmark's shingle precision, recall and F1
// against the true article bodies, and pages per second for Text alone.
//
//	go test ./internal/extract -run '^$' -bench TextPageDumps -benchtime 1x
func BenchmarkTextPageDumps(b *testing.B) {
	dir := shared.Path(b, "article-extraction-benchmark")
	raw, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		b.Fatal(err)
	}
	var truth map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(raw, &truth); err != nil {
		b.Fatal(err)
	}
	ids := make([]string, 0, len(truth))
	for id := range truth {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	pages := make([]string, len(ids))
	for i, id := range ids {
		pages[i], err = txtRenderPageFile(filepath.Join(dir, "html", id+".html.gz"))
		if err != nil {
			b.Fatal(err)
		}
	}
	b.ResetTimer()
	var elapsed time.Duration
	var p, r float64
	var np, nr int
	for n := 0; n < b.N; n++ {
		p, r, np, nr = 0, 0, 0, 0
		start := time.Now()
		preds := make([]string, len(pages))
		for i, page := range pages {
			a, _ := Text(page)
			preds[i] = strings.Join(a.Paragraphs, "\n\n")
		}
		elapsed += time.Since(start)
		for i, id := range ids {
			tp, fp, fn := txtShingleMatch(truth[id].ArticleBody, preds[i])
			if tp+fp > 0 {
				p += tp / (tp + fp)
				np++
			}
			if tp+fn > 0 {
				r += tp / (tp + fn)
				nr++
			}
		}
	}
	p /= float64(max(np, 1))
	r /= float64(max(nr, 1))
	f1 := 0.0
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	b.ReportMetric(p, "precision")
	b.ReportMetric(r, "recall")
	b.ReportMetric(f1, "F1")
	b.ReportMetric(float64(len(pages)*b.N)/elapsed.Seconds(), "pages/s")
}

// txtRenderPageFile renders a gzipped HTML page to text as a scraper would:
// block elements on their own lines, scripts, styles and the head dropped.
func txtRenderPageFile(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return "", err
	}
	body, err := io.ReadAll(zr)
	if err != nil {
		return "", err
	}
	root, err := html.Parse(strings.NewReader(string(body)))
	if err != nil {
		return "", err
	}
	var sb strings.Builder
	txtRenderText(root, &sb)
	return sb.String(), nil
}

var txtRenderBlocks = map[string]bool{
	"p": true, "div": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "li": true,
	"ul": true, "ol": true, "section": true, "article": true, "header": true, "footer": true, "nav": true,
	"aside": true, "figure": true, "figcaption": true, "blockquote": true, "table": true, "tr": true,
	"main": true, "form": true, "dl": true, "dt": true, "dd": true, "pre": true, "hr": true,
}

func txtRenderText(n *html.Node, sb *strings.Builder) {
	switch n.Type {
	case html.TextNode:
		sb.WriteString(strings.Join(strings.Fields(n.Data), " "))
		if strings.HasSuffix(n.Data, " ") || strings.HasSuffix(n.Data, "\n") {
			sb.WriteByte(' ')
		}
		return
	case html.ElementNode:
		switch n.Data {
		case "script", "style", "noscript", "template", "svg", "head":
			return
		case "br":
			sb.WriteByte('\n')
			return
		}
	}
	block := n.Type == html.ElementNode && txtRenderBlocks[n.Data]
	if block {
		sb.WriteString("\n\n")
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		txtRenderText(c, sb)
	}
	if block {
		sb.WriteString("\n\n")
	}
}

// txtShingleMatch is the benchmark's metric (evaluate.py): \w+ tokens, 4-gram
// shingle multisets, TP/FP/FN normalised to sum to 1 per document.
func txtShingleMatch(truth, pred string) (tp, fp, fn float64) {
	ts, ps := txtShingleSet(truth), txtShingleSet(pred)
	var t, f, n int
	for k, c := range ps {
		m := min(c, ts[k])
		t += m
		f += c - m
	}
	for k, c := range ts {
		n += c - min(c, ps[k])
	}
	total := float64(t + f + n)
	if total == 0 {
		return 0, 0, 0
	}
	return float64(t) / total, float64(f) / total, float64(n) / total
}

func txtShingleSet(s string) map[string]int {
	toks := strings.FieldsFunc(s, func(r rune) bool { return !(unicode.IsLetter(r) || unicode.IsNumber(r) || r == '_') })
	out := map[string]int{}
	if len(toks) == 0 {
		return out
	}
	for i := 0; i < max(1, len(toks)-3); i++ {
		out[strings.Join(toks[i:min(i+4, len(toks))], "\x00")]++
	}
	return out
}
