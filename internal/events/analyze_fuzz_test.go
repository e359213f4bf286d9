package events_test

import (
	"bufio"
	"context"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/analysis/analysistest"
	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/pipeline"
)

// edgeSentences are the shapes index-heavy rules get wrong: a trigger as
// the first or last word, a lone or unclosed quote mark, a report verb with
// nothing after it, a clause cut off after its conjunction.
var edgeSentences = []string{
	"",
	".",
	"\"",
	"\" \"",
	"“",
	"said,",
	"Asked whether",
	"Asked whether he would resign, the minister said,",
	"a day after",
	"A day after.",
	"Attacked.",
	"Police arrested",
	"arrested the opposition leader",
	"The minister said, \"",
	"\"We will retaliate,\" said",
	"\"We will retaliate\"",
	"He said the talks, which",
	"It failed to",
	"Russia demanded that",
	"Kenya was asked by",
	"abducted by",
	"The rebels abducted",
	"on Monday",
	"Parliament voted on",
	"The university said",
	"Ukraine's own",
	"the United States'",
	"( U.S.-led",
	"-- --",
	"Mr.",
	"By",
	"according to",
	// The ends of the shapes the later rules read: a bare count after a
	// second verb, the accused act, a warned-of plight, a passive adjunct,
	// a pair phrase, a ruler's seat, bare leaders, a posted channel.
	"and wounded 12",
	"Militants killed five soldiers and wounded",
	"accused Kenya of",
	"Uganda accused Kenya of shelling,",
	"warned that",
	"The agency warned that civilians would",
	"before being",
	"was questioned before being charged",
	"the two men",
	"Sultan of",
	"world leaders",
	"leaders of",
	"said in a post on",
	"demanded that the army stop",
	"urged Sudan to",
	"a crowd",
}

// FuzzAnalyze runs arbitrary report bodies through the whole analysis as
// analyze wires it (tagger, resolver, dates, quotes, events): the coder's
// rules read the tagged words around a trigger by index, and a sentence
// the tagger shapes unusually must not make one of them read past either
// end. Every event's evidence must lie inside the article text.
func FuzzAnalyze(f *testing.F) {
	for _, s := range edgeSentences {
		f.Add(s)
	}
	// A sample of the probes seeds the corpus with sentences that reach
	// the rules; all of them run in TestProbes already.
	if pf, err := os.Open("testdata/probes.txt"); err == nil {
		sc := bufio.NewScanner(pf)
		sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
		for n := 0; sc.Scan(); n++ {
			line := sc.Text()
			if n%40 != 0 || line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			f.Add(strings.SplitN(line, "\t", 2)[0])
		}
		pf.Close()
	}
	pub := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 2000 {
			return
		}
		checkAnalyzed(t, fullPipeline(t), s, pub)
	})
}

// checkAnalyzed runs text as a report body through stages; a load or stage
// error is an answer (an empty body has nothing to analyse), a panic or an
// event whose evidence lies outside the article text is not.
func checkAnalyzed(t *testing.T, stages []pipeline.Stage, text string, pub time.Time) *model.Article {
	t.Helper()
	doc, err := analysistest.Document(context.Background(), analysistest.ReportText(text), pub)
	if err != nil {
		return nil
	}
	if err := pipeline.Run(context.Background(), stages, doc); err != nil || doc.Article == nil {
		return nil
	}
	a := doc.Article
	for _, e := range a.Events {
		for _, v := range e.Evidence {
			if v.Start < 0 || v.End > len(a.Text) || v.Start > v.End {
				t.Fatalf("bad evidence offsets %+v in %q", v, a.Text)
			}
		}
	}
	return a
}

// TestAnalyzeEdgeSentences runs the edge shapes, alone and after a plain
// sentence (so that a rule looking back across the sentence start has
// words there), through the whole analysis: none may panic.
func TestAnalyzeEdgeSentences(t *testing.T) {
	stages := fullPipeline(t)
	pub := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	// The plain sentence alone codes its meeting: the edge runs below go
	// through a pipeline that codes events, not one that returns early.
	if a := checkAnalyzed(t, stages, "Kenya met Ghana on Monday.", pub); a == nil || len(a.Events) == 0 || a.Events[0].Type != "CONSULT" {
		t.Fatalf("control sentence: article %+v", a)
	}
	for _, s := range edgeSentences {
		for _, text := range []string{s, "Kenya met Ghana on Monday. " + s, s + " Ghana said."} {
			t.Run(text, func(t *testing.T) {
				checkAnalyzed(t, stages, text, pub)
			})
		}
	}
}
