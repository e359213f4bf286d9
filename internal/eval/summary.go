package eval

import (
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/nlp/keywords"
)

// Summary evaluation on GUM's human summaries (meta summary1, "(human1)",
// one sentence per document). ROUGE-1, ROUGE-2 and ROUGE-L F1 as in Lin
// (2004): words lower-cased, punctuation dropped, Porter-stemmed (ROUGE's
// -m), no stopword removal, clipped n-gram counts, LCS for L; macro-average
// over documents. Baselines: lead-3 as the first three sentences of the
// text after the headline, and lead-3 over body sentences only (skipping
// datelines, captions and headings, as the summarizer does).

// RougeTokens splits text into lower-case stemmed words.
func RougeTokens(s string) []string {
	var out []string
	for _, w := range strings.Fields(s) {
		if n := keywords.Normalize(w); n != "" {
			out = append(out, keywords.Stem(n))
		}
	}
	return out
}

// RougeN returns the F1 of n-gram overlap between candidate and reference.
func RougeN(cand, ref []string, n int) float64 {
	cg, rg := rougeNgrams(cand, n), rougeNgrams(ref, n)
	var overlap, nc, nr int
	for g, c := range cg {
		overlap += min(c, rg[g])
		nc += c
	}
	for _, c := range rg {
		nr += c
	}
	return rougeF(overlap, nc, nr)
}

func rougeNgrams(t []string, n int) map[string]int {
	m := map[string]int{}
	for i := 0; i+n <= len(t); i++ {
		m[strings.Join(t[i:i+n], " ")]++
	}
	return m
}

func rougeF(overlap, nc, nr int) float64 {
	if overlap == 0 || nc == 0 || nr == 0 {
		return 0
	}
	p, r := float64(overlap)/float64(nc), float64(overlap)/float64(nr)
	return 2 * p * r / (p + r)
}

// RougeL returns the F1 of the longest common subsequence.
func RougeL(cand, ref []string) float64 {
	if len(cand) == 0 || len(ref) == 0 {
		return 0
	}
	prev := make([]int, len(ref)+1)
	cur := make([]int, len(ref)+1)
	for i := 1; i <= len(cand); i++ {
		for j := 1; j <= len(ref); j++ {
			if cand[i-1] == ref[j-1] {
				cur[j] = prev[j-1] + 1
			} else {
				cur[j] = max(prev[j], cur[j-1])
			}
		}
		prev, cur = cur, prev
	}
	return rougeF(prev[len(ref)], len(cand), len(ref))
}

// Rouge holds ROUGE-1/2/L F1 sums or averages.
type Rouge struct{ R1, R2, RL float64 }

func (r *Rouge) add(cand, ref string) Rouge {
	c, g := RougeTokens(cand), RougeTokens(ref)
	x := Rouge{RougeN(c, g, 1), RougeN(c, g, 2), RougeL(c, g)}
	r.R1 += x.R1
	r.R2 += x.R2
	r.RL += x.RL
	return x
}

func (r Rouge) div(n int) Rouge {
	if n == 0 {
		return r
	}
	return Rouge{r.R1 / float64(n), r.R2 / float64(n), r.RL / float64(n)}
}

// SummaryScores are the averaged figures.
type SummaryScores struct {
	Docs                     int
	System, Lead3, Lead3Body Rouge
	Words, LeadWords         float64 // average summary length in words
	Elapsed                  time.Duration
}

// SummaryItem is one JSONL line of --out.
type SummaryItem struct {
	Doc       string `json:"doc"`
	Reference string `json:"reference"`
	Summary   string `json:"summary"`
	Lead3     string `json:"lead3"`
	Rouge     Rouge  `json:"rouge"`
	LeadRouge Rouge  `json:"lead3_rouge"`
}

// SummaryFuncs produce the system summary and the body-lead baseline for
// an analysed article.
type SummaryFuncs struct {
	Analyze  func(context.Context, *GUMDoc) (*model.Article, error)
	Summary  func(*model.Article) string
	LeadBody func(*model.Article) string
}

// EvalSummary scores the summaries of every GUM document with a human
// summary.
func EvalSummary(ctx context.Context, docs []*GUMDoc, f SummaryFuncs, out io.Writer) (SummaryScores, error) {
	var sc SummaryScores
	enc := newJSONL(out)
	for _, d := range docs {
		if d.Summary == "" {
			continue
		}
		if err := ctx.Err(); err != nil {
			return sc, err
		}
		t0 := time.Now()
		a, err := f.Analyze(ctx, d)
		if err != nil {
			return sc, fmt.Errorf("%s: %w", d.ID, err)
		}
		sys := f.Summary(a)
		sc.Elapsed += time.Since(t0)
		lead := d.lead3()
		sc.Docs++
		it := SummaryItem{Doc: d.ID, Reference: d.Summary, Summary: sys, Lead3: lead}
		it.Rouge = sc.System.add(sys, d.Summary)
		it.LeadRouge = sc.Lead3.add(lead, d.Summary)
		sc.Lead3Body.add(f.LeadBody(a), d.Summary)
		sc.Words += float64(len(strings.Fields(sys)))
		sc.LeadWords += float64(len(strings.Fields(lead)))
		if enc != nil {
			if err := enc.Encode(it); err != nil {
				return sc, err
			}
		}
	}
	sc.System, sc.Lead3, sc.Lead3Body = sc.System.div(sc.Docs), sc.Lead3.div(sc.Docs), sc.Lead3Body.div(sc.Docs)
	if sc.Docs > 0 {
		sc.Words /= float64(sc.Docs)
		sc.LeadWords /= float64(sc.Docs)
	}
	return sc, nil
}

// lead3 returns the first three sentences after the headline paragraph.
func (d *GUMDoc) lead3() string {
	var parts []string
	for _, s := range d.Sents {
		if s.Paragraph == 0 && len(d.Paras) > 1 {
			continue // the headline
		}
		parts = append(parts, s.Text)
		if len(parts) == 3 {
			break
		}
	}
	return strings.Join(parts, " ")
}

// WriteSummaryScores prints the system beside the baselines.
func WriteSummaryScores(w io.Writer, sc SummaryScores) {
	fmt.Fprintf(w, "documents %d (human summary1; ROUGE F1, stemmed, macro-average)\n", sc.Docs)
	fmt.Fprintf(w, "                      ROUGE-1  ROUGE-2  ROUGE-L\n")
	row := func(name string, r Rouge) {
		fmt.Fprintf(w, "  %-20s %.4f   %.4f   %.4f\n", name, r.R1, r.R2, r.RL)
	}
	row("summary", sc.System)
	row("lead-3", sc.Lead3)
	row("lead-3 body", sc.Lead3Body)
	fmt.Fprintf(w, "  words: summary %.1f, lead-3 %.1f\n", sc.Words, sc.LeadWords)
	if s := sc.Elapsed.Seconds(); s > 0 {
		fmt.Fprintf(w, "  speed %.1f docs/s (analysis and summary)\n", float64(sc.Docs)/s)
	}
}
