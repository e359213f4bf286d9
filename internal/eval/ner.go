package eval

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/internal/nlp/tagger/corpus"
)

// This file scores named-entity tags as conlleval does: an entity counts as
// correct only when its type and both its boundaries match exactly.

// NERCoreTypes are the types the headline F1 is computed over (CoNLL's
// PER/ORG/LOC; MISC is reported on its own because its scope differs
// between corpora).
var NERCoreTypes = []string{"PER", "ORG", "LOC"}

// nerTypeMap maps corpus type names and newsgraph's finer types onto the
// CoNLL types: GPE -> LOC, NORP -> MISC, WNUT-17 and UNER names, GMB names.
var nerTypeMap = map[string]string{
	"GPE": "LOC", "NORP": "MISC", "FAC": "LOC",
	"person": "PER", "location": "LOC", "corporation": "ORG", "group": "ORG",
	"product": "MISC", "creative-work": "MISC",
	"OTH": "O", "O": "O",
	"per": "PER", "org": "ORG", "geo": "LOC", "gpe": "MISC", "eve": "MISC", "art": "MISC", "nat": "O", "tim": "O",
}

// MapCoNLLTypes rewrites IOB2 tags to CoNLL types in place.
func MapCoNLLTypes(tags []string) []string { return corpus.MapTypes(tags, nerTypeMap) }

// Span is one entity: tokens [Start, End) of type Type.
type Span struct {
	Type       string
	Start, End int
}

// Spans returns the entities of an IOB2 tag sequence. An I-X that does not
// continue an X entity starts a new one (as conlleval reads it).
func Spans(tags []string) []Span {
	var out []Span
	for i := 0; i < len(tags); i++ {
		t := tags[i]
		if t == "O" || len(t) < 3 {
			continue
		}
		typ := t[2:]
		j := i + 1
		for j < len(tags) && len(tags[j]) > 2 && tags[j][0] == 'I' && tags[j][2:] == typ {
			j++
		}
		out = append(out, Span{typ, i, j})
		i = j - 1
	}
	return out
}

// PRF holds entity counts.
type PRF struct{ TP, FP, FN int }

// Precision is TP/(TP+FP).
func (c PRF) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }

// Recall is TP/(TP+FN).
func (c PRF) Recall() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 is the harmonic mean of precision and recall.
func (c PRF) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// NERScore accumulates entity counts per type.
type NERScore struct {
	ByType map[string]*PRF
}

// NewNERScore returns an empty score.
func NewNERScore() *NERScore { return &NERScore{ByType: map[string]*PRF{}} }

func (s *NERScore) get(t string) *PRF {
	c, ok := s.ByType[t]
	if !ok {
		c = &PRF{}
		s.ByType[t] = c
	}
	return c
}

// Add scores one sentence of gold and predicted IOB2 tags.
func (s *NERScore) Add(gold, pred []string) {
	g, p := Spans(gold), Spans(pred)
	gs := map[Span]bool{}
	for _, x := range g {
		gs[x] = true
	}
	for _, x := range p {
		if gs[x] {
			s.get(x.Type).TP++
			delete(gs, x)
		} else {
			s.get(x.Type).FP++
		}
	}
	for x := range gs {
		s.get(x.Type).FN++
	}
}

// Over sums the counts of the given types.
func (s *NERScore) Over(types []string) PRF {
	var t PRF
	for _, ty := range types {
		if c, ok := s.ByType[ty]; ok {
			t.TP += c.TP
			t.FP += c.FP
			t.FN += c.FN
		}
	}
	return t
}

// Types lists the types seen, sorted.
func (s *NERScore) Types() []string {
	var ts []string
	for t := range s.ByType {
		ts = append(ts, t)
	}
	sort.Strings(ts)
	return ts
}

// NERResult is the outcome of EvalNER.
type NERResult struct {
	Score     *NERScore
	Sentences int
	Tokens    int
	Elapsed   time.Duration // wall-clock time spent tagging
	CPU       time.Duration // process CPU time spent tagging (0 if unknown)
}

// TokensPerSecond is the tagging speed.
func (r NERResult) TokensPerSecond() float64 {
	if r.Elapsed <= 0 {
		return 0
	}
	return float64(r.Tokens) / r.Elapsed.Seconds()
}

// EvalNER reads CoNLL or UNER iob2 data from r, tags each document's
// sentences (documents start at -DOCSTART- or "# newdoc") with tagDoc,
// scores the predictions against the gold tags (both mapped to CoNLL
// types) and, when out is not nil, writes "token gold predicted" lines with
// a blank line between sentences.
func EvalNER(r io.Reader, tagDoc func(sents [][]string) [][]string, out io.Writer) (NERResult, error) {
	sents, err := corpus.ReadCoNLL(r)
	if err != nil {
		return NERResult{}, err
	}
	res := NERResult{Score: NewNERScore(), Sentences: len(sents)}
	preds := make([][]string, len(sents))
	start := time.Now()
	cpu, cpuOK := processCPU()
	for i := 0; i < len(sents); {
		j := i + 1
		for j < len(sents) && !sents[j].DocStart {
			j++
		}
		doc := make([][]string, j-i)
		for k := i; k < j; k++ {
			doc[k-i] = sents[k].Words
			res.Tokens += len(sents[k].Words)
		}
		copy(preds[i:j], tagDoc(doc))
		i = j
	}
	res.Elapsed = time.Since(start)
	if cpu2, ok := processCPU(); ok && cpuOK {
		res.CPU = cpu2 - cpu
	}
	var bw *bufio.Writer
	if out != nil {
		bw = bufio.NewWriter(out)
	}
	for i, s := range sents {
		gold := MapCoNLLTypes(append([]string(nil), s.Tags...))
		pred := MapCoNLLTypes(corpus.ToIOB2(append([]string(nil), preds[i]...)))
		if len(pred) != len(gold) {
			return res, fmt.Errorf("eval: sentence %d: %d predictions for %d tokens", i, len(pred), len(gold))
		}
		res.Score.Add(gold, pred)
		if bw != nil {
			if s.DocStart {
				fmt.Fprintf(bw, "-DOCSTART- O O\n\n")
			}
			for k, w := range s.Words {
				fmt.Fprintf(bw, "%s %s %s\n", w, gold[k], pred[k])
			}
			bw.WriteByte('\n')
		}
	}
	if bw != nil {
		if err := bw.Flush(); err != nil {
			return res, err
		}
	}
	return res, nil
}

// Report formats the result as a table: per type, the PER/ORG/LOC micro
// average, and all types.
func (r NERResult) Report() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%-14s %9s %9s %9s %7s %7s %7s\n", "type", "precision", "recall", "F1", "tp", "fp", "fn")
	row := func(name string, c PRF) {
		fmt.Fprintf(&b, "%-14s %9.4f %9.4f %9.4f %7d %7d %7d\n", name, c.Precision(), c.Recall(), c.F1(), c.TP, c.FP, c.FN)
	}
	for _, t := range r.Score.Types() {
		row(t, *r.Score.ByType[t])
	}
	row("PER/ORG/LOC", r.Score.Over(NERCoreTypes))
	row("all", r.Score.Over(r.Score.Types()))
	fmt.Fprintf(&b, "%d sentences, %d tokens, tagging %.0f tokens/s wall-clock", r.Sentences, r.Tokens, r.TokensPerSecond())
	if r.CPU > 0 {
		fmt.Fprintf(&b, ", %.0f tokens per CPU-second", float64(r.Tokens)/r.CPU.Seconds())
	}
	b.WriteString("\n")
	return b.String()
}
