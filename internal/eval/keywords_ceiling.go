package eval

import (
	"context"
	"fmt"
	"io"
	"math"
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/nlp/keywords"
)

// The keyphrase ceiling asks a diagnostic question: with the candidates and
// the evidence the ranker has, how well could any weighting of that evidence
// do on this data set? It fits a logistic regression on one half of the set's
// own gold (even positions) and scores the other half (odd positions), and
// the other way round. The fitted weights are never shipped: the data sets
// are for evaluation only. A ceiling below a target says that reweighting
// cannot reach it; new candidates or new evidence would be needed.

// KeyphraseCeiling is the outcome of the diagnostic.
type KeyphraseCeiling struct {
	Docs [2]int
	// Ranker is F@10 of the shipped ranking, chosen by the same rule as
	// Learned, on each half.
	Ranker [2]float64
	// Learned is F@10 of the ranking learned on the other half.
	Learned [2]float64
	// Oracle is F@10 when every gold candidate is ranked first.
	Oracle [2]float64
	// FirstPhrases is F@10 of the same candidates taken in the order they
	// first occur: the literature's "first phrases" baseline, on our
	// candidates and under our scorer, so the shipped ranker's gain over
	// position alone can be read off directly.
	FirstPhrases [2]float64
	// Weights are the standardised weights learned on all documents, by
	// keywords.FeatureNames.
	Weights []float64
}

// ceilingDoc is one document's candidates and gold.
type ceilingDoc struct {
	sigs []keywords.Signal
	keys []string // matching key of each signal's phrase
	gold map[string]bool
}

// EvalKeyphraseCeiling runs signals on every document and fits and scores
// the learned ranking as described above.
func EvalKeyphraseCeiling(ctx context.Context, docs []KeyphraseDoc, signals func(context.Context, *model.Article) ([]keywords.Signal, error)) (KeyphraseCeiling, error) {
	var halves [2][]ceilingDoc
	for i, d := range docs {
		if err := ctx.Err(); err != nil {
			return KeyphraseCeiling{}, err
		}
		sigs, err := signals(ctx, &model.Article{Source: d.ID, Text: d.Text})
		if err != nil {
			return KeyphraseCeiling{}, fmt.Errorf("%s: %w", d.ID, err)
		}
		cd := ceilingDoc{sigs: sigs, gold: map[string]bool{}}
		for _, k := range d.Keys {
			if s := StemPhrase(k); s != "" {
				cd.gold[s] = true
			}
		}
		for _, s := range sigs {
			cd.keys = append(cd.keys, StemPhrase(s.Phrase))
		}
		halves[i%2] = append(halves[i%2], cd)
	}
	var out KeyphraseCeiling
	for h := range 2 {
		test, train := halves[h], halves[1-h]
		out.Docs[h] = len(test)
		w := fitLogistic(train)
		for _, d := range test {
			learned := make([]float64, len(d.sigs))
			ranker := make([]float64, len(d.sigs))
			oracle := make([]float64, len(d.sigs))
			first := make([]float64, len(d.sigs))
			for i, s := range d.sigs {
				first[i] = -float64(s.FirstWord)
				learned[i] = dot(w, s.Features())
				ranker[i] = s.Score
				oracle[i] = s.Score
				if d.gold[d.keys[i]] {
					oracle[i] += 1e9
				}
			}
			out.Learned[h] += d.f10(learned)
			out.Ranker[h] += d.f10(ranker)
			out.Oracle[h] += d.f10(oracle)
			out.FirstPhrases[h] += d.f10(first)
		}
		if n := float64(len(test)); n > 0 {
			out.Learned[h] /= n
			out.Ranker[h] /= n
			out.Oracle[h] /= n
			out.FirstPhrases[h] /= n
		}
	}
	out.Weights = fitLogistic(append(append([]ceilingDoc(nil), halves[0]...), halves[1]...))
	return out, nil
}

// f10 is the document's F@10 when its candidates are ranked by score and
// taken as Extract takes them: each matching key once, and no single word
// whose stem an earlier phrase already holds.
func (d ceilingDoc) f10(score []float64) float64 {
	order := make([]int, len(score))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return score[order[a]] > score[order[b]] })
	taken := keywords.Cover{}
	seen := map[string]bool{}
	n, tp := 0, 0
	for _, i := range order {
		if n == 10 {
			break
		}
		k := d.keys[i]
		if k == "" || seen[k] || !taken.Take(strings.Fields(d.sigs[i].Key)) {
			continue
		}
		seen[k] = true
		n++
		if d.gold[k] {
			tp++
		}
	}
	if n == 0 || tp == 0 || len(d.gold) == 0 {
		return 0
	}
	p, r := float64(tp)/float64(n), float64(tp)/float64(len(d.gold))
	return 2 * p * r / (p + r)
}

// fitLogistic fits P(gold | features) by Newton's method with a small ridge
// penalty on standardised features; it returns weights for raw features,
// the intercept last.
func fitLogistic(docs []ceilingDoc) []float64 {
	var xs [][]float64
	var ys []float64
	for _, d := range docs {
		for i, s := range d.sigs {
			xs = append(xs, s.Features())
			if d.gold[d.keys[i]] {
				ys = append(ys, 1)
			} else {
				ys = append(ys, 0)
			}
		}
	}
	if len(xs) == 0 {
		return nil
	}
	m := len(xs[0])
	mean, sd := make([]float64, m), make([]float64, m)
	for _, x := range xs {
		for j, v := range x {
			mean[j] += v
		}
	}
	for j := range mean {
		mean[j] /= float64(len(xs))
	}
	for _, x := range xs {
		for j, v := range x {
			sd[j] += (v - mean[j]) * (v - mean[j])
		}
	}
	for j := range sd {
		sd[j] = math.Sqrt(sd[j] / float64(len(xs)))
		if sd[j] == 0 {
			sd[j] = 1
		}
	}
	z := make([][]float64, len(xs))
	for i, x := range xs {
		z[i] = make([]float64, m+1)
		for j, v := range x {
			z[i][j] = (v - mean[j]) / sd[j]
		}
		z[i][m] = 1
	}
	const ridge = 1.0
	w := make([]float64, m+1)
	for range 25 {
		grad := make([]float64, m+1)
		hess := make([][]float64, m+1)
		for j := range hess {
			hess[j] = make([]float64, m+1)
			if j < m {
				hess[j][j] = ridge
				grad[j] = ridge * w[j]
			}
		}
		for i, x := range z {
			p := 1 / (1 + math.Exp(-dot(w, x)))
			g, h := p-ys[i], p*(1-p)
			for j := range x {
				grad[j] += g * x[j]
				for k := j; k < len(x); k++ {
					hess[j][k] += h * x[j] * x[k]
				}
			}
		}
		for j := range hess {
			for k := 0; k < j; k++ {
				hess[j][k] = hess[k][j]
			}
		}
		step := solve(hess, grad)
		if step == nil {
			break
		}
		var size float64
		for j := range w {
			w[j] -= step[j]
			size += math.Abs(step[j])
		}
		if size < 1e-8 {
			break
		}
	}
	// Back to raw features: w·((x-mean)/sd) + b.
	raw := make([]float64, m+1)
	raw[m] = w[m]
	for j := range m {
		raw[j] = w[j] / sd[j]
		raw[m] -= w[j] * mean[j] / sd[j]
	}
	return raw
}

// dot is w·x with w's last entry as the intercept when w is one longer.
func dot(w, x []float64) float64 {
	var s float64
	for j, v := range x {
		if j < len(w) {
			s += w[j] * v
		}
	}
	if len(w) == len(x)+1 {
		s += w[len(x)]
	}
	return s
}

// solve returns a with a·x = b by Gaussian elimination with partial
// pivoting, or nil when a is singular. It changes a and b.
func solve(a [][]float64, b []float64) []float64 {
	n := len(b)
	for c := range n {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(a[r][c]) > math.Abs(a[p][c]) {
				p = r
			}
		}
		if math.Abs(a[p][c]) < 1e-12 {
			return nil
		}
		a[c], a[p] = a[p], a[c]
		b[c], b[p] = b[p], b[c]
		for r := c + 1; r < n; r++ {
			f := a[r][c] / a[c][c]
			for k := c; k < n; k++ {
				a[r][k] -= f * a[c][k]
			}
			b[r] -= f * b[c]
		}
	}
	x := make([]float64, n)
	for r := n - 1; r >= 0; r-- {
		s := b[r]
		for k := r + 1; k < n; k++ {
			s -= a[r][k] * x[k]
		}
		x[r] = s / a[r][r]
	}
	return x
}

// WriteKeyphraseCeiling prints the diagnostic.
func WriteKeyphraseCeiling(w io.Writer, name string, c KeyphraseCeiling) {
	fmt.Fprintf(w, "%s ceiling (diagnostic; weights fitted on the set's own gold, never shipped)\n", name)
	fmt.Fprintf(w, "  F@10 on even / odd docs (%d / %d), ranked by:\n", c.Docs[0], c.Docs[1])
	fmt.Fprintf(w, "    first occurrence        %.3f / %.3f\n", c.FirstPhrases[0], c.FirstPhrases[1])
	fmt.Fprintf(w, "    shipped ranker          %.3f / %.3f\n", c.Ranker[0], c.Ranker[1])
	fmt.Fprintf(w, "    learned on other half   %.3f / %.3f\n", c.Learned[0], c.Learned[1])
	fmt.Fprintf(w, "    oracle (gold first)     %.3f / %.3f\n", c.Oracle[0], c.Oracle[1])
	if len(c.Weights) > 0 {
		fmt.Fprintf(w, "  weights learned on all docs (raw features):")
		for i, n := range keywords.FeatureNames() {
			fmt.Fprintf(w, " %s %+.2f;", n, c.Weights[i])
		}
		fmt.Fprintln(w)
	}
}
