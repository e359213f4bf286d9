package quotes

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

var update = flag.Bool("update", false, "rewrite the golden .want files")

// TestGolden runs the finder over our own fixtures (testdata/*.txt, with
// entity lists in *.ents) and compares with *.want, one quote a line:
// kind | text | speaker | conduit. Review a diff before -update.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	f := newFinder(t)
	for _, path := range files {
		name := strings.TrimSuffix(path, ".txt")
		t.Run(filepath.Base(name), func(t *testing.T) {
			raw, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			a := buildArticle(string(raw), readEntities(t, name+".ents"))
			qs := f.Find(a)
			for _, q := range qs {
				if a.Text[q.Start:q.End] != q.Text {
					t.Errorf("quote text %q is not Text[%d:%d]", q.Text, q.Start, q.End)
				}
			}
			got := describe(qs)
			if *update {
				if err := os.WriteFile(name+".want", []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(name + ".want")
			if err != nil {
				t.Fatalf("%v (run with -update to create)", err)
			}
			if got != string(want) {
				t.Errorf("quotes differ\n--- got\n%s--- want\n%s", got, want)
			}
		})
	}
}

// A wire dateline opening the article is not part of the reported speech.
func TestIndirectQuoteSkipsDateline(t *testing.T) {
	text := "NAIROBI, March 3 (Wire) - Kenya and Somalia agreed on Tuesday to reopen their border, officials said."
	qs := newFinder(t).Find(&model.Article{Text: text})
	if len(qs) != 1 {
		t.Fatalf("quotes:\n%s", describe(qs))
	}
	if !strings.HasPrefix(qs[0].Text, "Kenya and Somalia agreed") || text[qs[0].Start:qs[0].End] != qs[0].Text {
		t.Errorf("quote = %q [%d:%d], want it to start after the dateline", qs[0].Text, qs[0].Start, qs[0].End)
	}
}

// BenchmarkFindManyQuotes is an interview of 5,000 short exchanges: every
// pronoun looks back only a bounded way, so the time per quote stays flat as
// the document grows (it grew with the document before).
func BenchmarkFindManyQuotes(b *testing.B) {
	text := strings.Repeat(`"Hello," said Kim. "Bye," he added. `, 5000)
	a := buildArticle(text, []entityDef{{typ: model.EntityPerson, name: "Kim"}})
	f := newFinder(b)
	b.ResetTimer()
	for b.Loop() {
		f.Find(a)
	}
}

// "the company" or "the operator" names the nearest firm before it whatever
// the firm is called, but not a public body named in between.
func TestFirmDescription(t *testing.T) {
	f := newFinder(t)
	for _, tc := range []struct{ text, speaker string }{
		{`Northwind Ferries cancelled every crossing. "Safety first," the operator said.`, "Northwind Ferries"},
		{`Greenfield Energy was fined by the Commission. "We will appeal," the company said.`, "Greenfield Energy"},
		{`The Commission fined nobody. "We will appeal," the company said.`, ""},
	} {
		a := buildArticle(tc.text, []entityDef{{typ: "ORG", name: "Northwind Ferries"}, {typ: "ORG", name: "Greenfield Energy"}, {typ: "ORG", name: "Commission"}})
		for i := range a.Entities {
			if a.Entities[i].Text == "Commission" {
				a.Entities[i].Sector = "igo"
			}
		}
		qs := f.Find(a)
		if len(qs) == 0 {
			t.Errorf("%q: no quote", tc.text)
			continue
		}
		got := ""
		if qs[0].Speaker != nil {
			got = qs[0].Speaker.Text
		}
		if tc.speaker == "" && got != "" && got != "the company" || tc.speaker != "" && got != tc.speaker {
			t.Errorf("%q: speaker %q, want %q", tc.text, got, tc.speaker)
		}
	}
}

// hostileShapes are texts with no full stop holding n quotations, as a
// broken or hostile document can: one sentence of n quotes, unattributed,
// attributed to a different speaker each, woven into reports, or short
// fragments between speech verbs. Five words a quote, as one of three or
// fewer is a fragment that looks for its verb only close by.
var hostileShapes = []struct {
	name   string
	format string // one quote, %[1]d its number
}{
	{"bare", `"w%[1]d said x%[1]d y%[1]d z%[1]d"`},
	{"speakers", `Kim%[1]d said "w%[1]d x%[1]d y%[1]d z%[1]d v%[1]d" and`},
	{"reports", `the minister said that the w%[1]d plan "would x%[1]d y%[1]d z%[1]d v%[1]d" and`},
	{"fragments", `officials said the x%[1]d was "w%[1]d" and Kim%[1]d told reporters "a b c d e" in an interview and`},
	{"pronouns", `"w%[1]d x%[1]d y%[1]d z%[1]d v%[1]d," she said and Lee%[1]d added that "they would x%[1]d y%[1]d z%[1]d" and`},
	{"company", `Park%[1]d of Acme%[1]d Airlines said "w%[1]d x%[1]d y%[1]d z%[1]d" and the airline said "a%[1]d b c d e" and`},
}

// hostileEntities marks every capitalised word of text as a person, and
// the "Acme... Airlines" names as organisations, as a tagger would.
func hostileEntities(text string) []entityDef {
	var ents []entityDef
	seen := map[string]bool{}
	fields := strings.Fields(text)
	for i, w := range fields {
		w = strings.Trim(w, `.,;:!?"`)
		if len(w) < 2 || w[0] < 'A' || w[0] > 'Z' || seen[w] || w == "Airlines" {
			continue
		}
		seen[w] = true
		if strings.HasPrefix(w, "Acme") && i+1 < len(fields) && fields[i+1] == "Airlines" {
			ents = append(ents, entityDef{typ: model.EntityOrg, name: w + " Airlines"})
			continue
		}
		ents = append(ents, entityDef{typ: model.EntityPerson, name: w, gender: "female"})
	}
	return ents
}

func hostileText(format string, n int) string {
	var b strings.Builder
	for i := range n {
		if i > 0 {
			b.WriteByte(' ')
		}
		fmt.Fprintf(&b, format, i)
	}
	return b.String()
}

// BenchmarkFindHostileQuotes finds the quotes of one sentence of n quotes
// at a few sizes: the time per quote must stay about flat as n grows (it
// grew with n when every quote read its whole sentence).
func BenchmarkFindHostileQuotes(b *testing.B) {
	f := newFinder(b)
	for _, shape := range hostileShapes {
		for _, n := range []int{250, 1000, 4000} {
			text := hostileText(shape.format, n)
			a := buildArticle(text, hostileEntities(text))
			b.Run(fmt.Sprintf("%s/quotes=%d", shape.name, n), func(b *testing.B) {
				for b.Loop() {
					f.Find(a)
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/quote")
			})
		}
	}
}
