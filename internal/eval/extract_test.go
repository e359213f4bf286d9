package eval

import (
	"math"
	"reflect"
	"testing"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"  ,. ", nil},
		{"Hello, world!", []string{"Hello", "world"}},
		{"snake_case x2 3.14", []string{"snake_case", "x2", "3", "14"}},
		{"café naïve", []string{"café", "naïve"}},
		{"12³ ½", []string{"12³", "½"}},
		// Python's re \w excludes combining marks: "हिन्दी" -> ह न द.
		{"हिन्दी", []string{"ह", "न", "द"}},
		{"日本語のテキスト", []string{"日本語のテキスト"}},
		{"it’s", []string{"it", "s"}},
	}
	for _, tt := range tests {
		if got := Tokenize(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Tokenize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestScoreDoc(t *testing.T) {
	tests := []struct {
		name          string
		truth, pred   string
		tp, fp, fn    float64
		exact         bool
		prec, rec, f1 float64
	}{
		{"identical", "a b c d e", "a, b c. d e", 1, 0, 0, true, 1, 1, 1},
		// truth shingles: abcd bcde; pred: abcd bcdx -> tp1 fp1 fn1.
		{"one differs", "a b c d e", "a b c d x", 1. / 3, 1. / 3, 1. / 3, false, .5, .5, .5},
		{"empty pred", "a b c d", "", 0, 0, 1, false, 0, 0, 0},
		{"empty truth", "", "a b c d", 0, 1, 0, false, 0, 0, 0},
		{"both empty", "", "", 0, 0, 0, true, 1, 1, 1},
		// Short texts give one shingle of all their tokens.
		{"short equal", "a b", "a b", 1, 0, 0, true, 1, 1, 1},
		{"short vs long", "a b", "a b c d", 0, .5, .5, false, 0, 0, 0},
		// Shingles are multisets: a repeated block counts twice.
		{"repeat", "a b c d", "a b c d a b c d", 1. / 5, 4. / 5, 0, false, 1. / 5, 1, 2 * (1. / 5) / (1 + 1./5)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := ScoreDoc(tt.truth, tt.pred)
			if !near(d.TP, tt.tp) || !near(d.FP, tt.fp) || !near(d.FN, tt.fn) || d.Exact != tt.exact {
				t.Fatalf("ScoreDoc = %+v, want tp=%v fp=%v fn=%v exact=%v", d, tt.tp, tt.fp, tt.fn, tt.exact)
			}
			if !near(d.Precision(), tt.prec) || !near(d.Recall(), tt.rec) || !near(d.F1(), tt.f1) {
				t.Fatalf("P/R/F1 = %v/%v/%v, want %v/%v/%v", d.Precision(), d.Recall(), d.F1(), tt.prec, tt.rec, tt.f1)
			}
		})
	}
}

func TestAggregate(t *testing.T) {
	docs := []DocScore{
		ScoreDoc("a b c d e", "a b c d e"), // P1 R1
		ScoreDoc("a b c d e", "a b c d x"), // P.5 R.5
		ScoreDoc("a b c d", ""),            // no precision (tp+fp=0), R0
		ScoreDoc("", ""),                   // counted in neither mean, but exact
	}
	m := Aggregate(docs)
	wantP, wantR := (1+.5)/2, (1+.5+0)/3
	if m.Docs != 4 || !near(m.Precision, wantP) || !near(m.Recall, wantR) ||
		!near(m.F1, 2*wantP*wantR/(wantP+wantR)) || !near(m.Accuracy, .5) {
		t.Fatalf("Aggregate = %+v, want P=%v R=%v acc=.5", m, wantP, wantR)
	}
}
