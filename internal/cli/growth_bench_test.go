package cli

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/pipeline"
)

// BenchmarkAnalyzeGrowth times each stage after tagging on one long,
// quote-dense article at two sizes four times apart, and reports the time
// per sentence (wall clock, and CPU time, which a shared machine disturbs
// less). A stage whose cost is linear in the length of the text shows
// about the same time per sentence at both sizes; a scan that grows with
// the square of the length (every quote looked at for every sentence,
// every earlier mention for every role) shows up to four times as much at
// the larger size. Such scans each cost seconds of `analyze` on 7 MB of
// text; at commit 8281f09, before they were removed, cpu-ns/sentence at
// 1000KB was 1.5x (resolve), 2.3x (quotes) and 1.8x (summary) that at
// 250KB, against 0.8x-1.1x after. Run: go test -run '^$' -bench
// AnalyzeGrowth -benchtime 1x -cpu 1 ./internal/cli (a minute or two;
// compare the two sizes of each stage, not absolute figures).
func BenchmarkAnalyzeGrowth(b *testing.B) {
	byName := productionStages(b)
	ctx := context.Background()
	order := []string{"nlp", "resolve", "timex", "quotes", "keywords", "summary", "events"}
	for _, size := range []int{250_000, 1_000_000} {
		paras := growthParagraphs(b, size)
		published := time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)
		a := &model.Article{Title: "Report", Text: strings.Join(paras, "\n\n"), Paragraphs: paras, Language: "en", Published: &published}
		// Run the stages once, keeping what each one starts from.
		before := map[string]model.Article{}
		for _, n := range order {
			before[n] = snapshot(a)
			if err := pipeline.Run(ctx, []pipeline.Stage{byName[n]}, &model.Document{Article: a}); err != nil {
				b.Fatal(err)
			}
		}
		sentences := len(a.Sentences)
		for _, n := range order[1:] {
			b.Run(fmt.Sprintf("%s/%dKB", n, size/1000), func(b *testing.B) {
				stage := []pipeline.Stage{byName[n]}
				from := before[n]
				var cpu time.Duration
				b.ResetTimer()
				for i := 0; i < b.N; i++ {
					b.StopTimer()
					a := snapshot(&from)
					b.StartTimer()
					c := processCPU()
					if err := pipeline.Run(ctx, stage, &model.Document{Article: &a}); err != nil {
						b.Fatal(err)
					}
					cpu += processCPU() - c
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*sentences), "ns/sentence")
				if cpu > 0 {
					b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N*sentences), "cpu-ns/sentence")
				}
			})
		}
	}
}

// snapshot copies the article deeply enough that running a stage on the
// copy leaves a untouched: the slices that stages fill or sort.
func snapshot(a *model.Article) model.Article {
	c := *a
	c.Sentences = slices.Clone(a.Sentences)
	for i := range c.Sentences {
		c.Sentences[i].Tokens = slices.Clone(c.Sentences[i].Tokens)
	}
	c.Entities = slices.Clone(a.Entities)
	c.Actors = slices.Clone(a.Actors)
	c.Dates = slices.Clone(a.Dates)
	c.Quotes = slices.Clone(a.Quotes)
	c.Keywords = slices.Clone(a.Keywords)
	c.Events = slices.Clone(a.Events)
	return c
}

// The people named in testdata/growth-paragraphs.txt, which growthParagraphs
// renames in every copy.
var growthPeople = []string{"Park Ji-won", "Ian Doyle", "Marta Lindqvist", "Amina Yusuf", "Claire Moreau", "Tomas Novak",
	"Ana Ribeiro", "Rakesh Sharma", "Lucia Herrera", "Paolo Conti", "Helen Banda", "Sean Kelly", "Kate Hill", "Diego Morales",
	"Olga Petrova", "Nadia Haddad", "Martin Alvarez", "Sipho Ndlovu", "Pemba Dorje", "Ingrid Solberg", "Maria Cole",
	"Hanna Virtanen", "Ramon Reyes", "Robert Lane", "Tran Van Minh", "Joseph Kamau", "Lars Holm"}

var (
	growthGiven  = strings.Fields("Anna Ben Carla David Elena Farid Grace Hiro Ines Jonas Kofi Lena Mateo Nora Omar Priya Quinn Rosa Samir Tara Umar Vera Wen Yara Zoltan Alice Bruno Chen Dara Emeka")
	growthFamily = strings.Fields("Abara Berg Castillo Dube Eriksen Fontaine Gallo Hoang Ivanova Jaffer Kowalski Lindgren Mensah Nakamura Okafor Petrov Quist Rahman Silva Tanaka Urquhart Varga Weber Xu Yilmaz Zamora Achebe Brandt Costa Duarte")
	growthDays   = strings.Fields("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")
	growthMonths = strings.Fields("January February March April May June July August September October November December")
	growthWords  = regexp.MustCompile(`\b(?:` + strings.Join(growthDays, "|") + `|` + strings.Join(growthMonths, "|") + `|\d+)\b`)
)

// growthParagraphs returns about size bytes of paragraphs for
// BenchmarkAnalyzeGrowth: shuffled rounds of the paragraphs in
// testdata/growth-paragraphs.txt (written for this repository), each copy
// with its people, weekdays, months and numbers changed, so that the
// vocabulary, people, actors and events grow with the text as in a long
// real document rather than repeating. The same size gives the same text.
func growthParagraphs(tb testing.TB, size int, files ...string) []string {
	if len(files) == 0 {
		files = []string{"testdata/growth-paragraphs.txt"}
	}
	var src []string
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		for _, p := range strings.Split(string(raw), "\n") {
			if p = strings.TrimSpace(p); p != "" {
				src = append(src, p)
			}
		}
	}
	r := rand.New(rand.NewPCG(42, 7))
	surname := map[string]*regexp.Regexp{}
	for _, name := range growthPeople {
		s := name[strings.LastIndexByte(name, ' ')+1:]
		surname[name] = regexp.MustCompile(`\b` + regexp.QuoteMeta(s) + `\b`)
	}
	vary := func(p string) string {
		for _, name := range growthPeople {
			if !strings.Contains(p, name) {
				continue
			}
			// Half the names double-barrelled: thousands of distinct people
			// in a long text, as in a real archive.
			f := growthFamily[r.IntN(len(growthFamily))]
			if r.IntN(2) == 0 {
				f += "-" + growthFamily[r.IntN(len(growthFamily))]
			}
			p = strings.ReplaceAll(p, name, growthGiven[r.IntN(len(growthGiven))]+" "+f)
			p = surname[name].ReplaceAllLiteralString(p, f) // "Herrera told"
		}
		return growthWords.ReplaceAllStringFunc(p, func(w string) string {
			switch {
			case slices.Contains(growthDays, w):
				return growthDays[r.IntN(len(growthDays))]
			case slices.Contains(growthMonths, w):
				return growthMonths[r.IntN(len(growthMonths))]
			case len(w) == 4 && strings.HasPrefix(w, "20"):
				return strconv.Itoa(2015 + r.IntN(13))
			case len(w) == 1:
				return strconv.Itoa(2 + r.IntN(8))
			}
			lo := 1
			for range len(w) - 1 {
				lo *= 10
			}
			return strconv.Itoa(lo + r.IntN(9*lo))
		})
	}
	var out []string
	n := 0
	for n < size {
		round := slices.Clone(src)
		r.Shuffle(len(round), func(i, j int) { round[i], round[j] = round[j], round[i] })
		for _, p := range round {
			p = vary(p)
			out = append(out, p)
			n += len(p) + 2
			if n >= size {
				break
			}
		}
	}
	return out
}
