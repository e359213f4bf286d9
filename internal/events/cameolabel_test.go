package events

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

func TestCAMEOLabel(t *testing.T) {
	tests := []struct {
		code, want string
		ok         bool
	}{
		{"1721", "Impose restrictions on political freedoms", true},  // no row in cameo.tsv: the labels file
		{"173", "Arrest, detain, or charge with legal action", true}, // cameo.tsv's description
		{"0334", "Express intent to provide military protection or peacekeeping", true},
		{"1799", "", false}, // not a codebook code: no parent's name
		{"", "", false},
	}
	for _, tt := range tests {
		got, ok := CAMEOLabel(tt.code)
		if got != tt.want || ok != tt.ok {
			t.Errorf("CAMEOLabel(%q) = %q, %v; want %q, %v", tt.code, got, ok, tt.want, tt.ok)
		}
	}
}

// TestCAMEOLabelsCoverCoder: every code the coder can emit, from a pattern
// file or from the Go code that recodes an event, has its own name, so the
// web pages never show a bare code the coder wrote.
func TestCAMEOLabelsCoverCoder(t *testing.T) {
	ps, err := LoadPatterns()
	if err != nil {
		t.Fatal(err)
	}
	codes := map[string]string{}
	for _, p := range ps.All {
		for _, c := range []string{p.CAMEO, p.IntransCAMEO, p.PartnerCAMEO, p.CourtCAMEO, p.StateCAMEO} {
			if c != "" {
				codes[c] = p.Rule
			}
		}
	}
	if len(codes) < 50 {
		t.Fatalf("only %d codes read from the patterns", len(codes))
	}
	// The Go code's codes are its string literals of two to four digits
	// ("2006" is Go's layout of a year, not a code).
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	shape := regexp.MustCompile(`^[0-9]{2,4}$`)
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			lit, ok := n.(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				return true
			}
			s, err := strconv.Unquote(lit.Value)
			if err == nil && shape.MatchString(s) && s != "2006" {
				codes[s] = fset.Position(lit.Pos()).String()
			}
			return true
		})
	}
	for c, where := range codes {
		if _, ok := CAMEOLabel(c); !ok {
			t.Errorf("CAMEO %s (%s) has no label in data/cameo.tsv or data/cameo-labels.tsv", c, where)
		}
	}
}

func TestParseCAMEOLabelsRejectsBadLine(t *testing.T) {
	if _, err := parseCAMEOLabels(strings.NewReader("# c\n1721 no tab\n")); err == nil {
		t.Error("a line without a tab was accepted")
	}
	got, err := parseCAMEOLabels(strings.NewReader("# c\n\n1722\tBan political parties or politicians\n"))
	if err != nil || got["1722"] != "Ban political parties or politicians" {
		t.Errorf("got %v, %v", got, err)
	}
}
