package extract

import (
	"bufio"
	"encoding/json"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/ingest"
)

// keepCase is one pasted article from the repository's own fixtures: a
// headline and body paragraphs separated by blank lines, none of which is
// boilerplate, so the extractor must keep every one.
type keepCase struct {
	name, title string
	paras       []string
}

// keepWireProbes reads the passages of the quote probes (see that file's
// header for its format).
func keepWireProbes(t *testing.T, path string) []keepCase {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []keepCase
	var cur *keepCase
	var body []string
	inWant := false
	flush := func() {
		if cur == nil {
			return
		}
		cur.paras = keepSplit(strings.Join(body, "\n"))
		out = append(out, *cur)
	}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "=== "):
			flush()
			cur = &keepCase{name: "wire.txt: " + strings.TrimPrefix(line, "=== "), title: "Report"}
			body, inWant = nil, false
		case cur == nil || inWant:
		case line == "---":
			inWant = true
		default:
			if title, ok := strings.CutPrefix(line, "title: "); ok && len(body) == 0 {
				cur.title = title
				continue
			}
			body = append(body, line)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	flush()
	return out
}

// keepEventProbes reads the sentences of the event probes: one
// tab-separated line each, the sentence first.
func keepEventProbes(t *testing.T, path string) []keepCase {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []keepCase
	for _, line := range strings.Split(string(raw), "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		s, _, _ := strings.Cut(line, "\t")
		out = append(out, keepCase{name: "probes.txt: " + s, title: "Report", paras: keepSplit(s)})
	}
	return out
}

// keepDemo reads the demo corpus, whose records ingest turns into a
// headline, a blank line and the text.
func keepDemo(t *testing.T, path string) []keepCase {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []keepCase
	for _, line := range strings.Split(string(raw), "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		var rec struct {
			URL, Title, Text string
		}
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		out = append(out, keepCase{name: "demo: " + rec.URL, title: rec.Title, paras: keepSplit(rec.Text)})
	}
	return out
}

// keepCredit matches a wire report's closing staff credit, "(Reporting by
// Jane Doe; editing by John Roe)": boilerplate, which the extractor may drop.
var keepCredit = regexp.MustCompile(`^\((?:Reporting|Writing|Additional reporting|Editing) by [^()]*\)$`)

func keepSplit(s string) []string {
	var out []string
	for _, p := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n\n") {
		if p = strings.Join(strings.Fields(p), " "); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// TestTextKeepsFixtureParagraphs runs the repository's own pasted-article
// fixtures (quote probes, event probes, demo corpus) through the plain-text
// path analyze takes (ingest's preparation, then Text) and checks that the
// headline is the title and every paragraph is in the body: none of them
// is boilerplate, so a paragraph lost is content lost.
func TestTextKeepsFixtureParagraphs(t *testing.T) {
	var cases []keepCase
	cases = append(cases, keepWireProbes(t, "../nlp/quotes/testdata/probes/wire.txt")...)
	cases = append(cases, keepEventProbes(t, "../events/testdata/probes.txt")...)
	cases = append(cases, keepDemo(t, "../demo/articles.jsonl")...)
	if len(cases) < 200 {
		t.Fatalf("only %d fixtures read", len(cases))
	}
	// Fixtures the extractor still gets wrong, with why; logged, not
	// failed, and reported when they start passing. (Empty now: "Ruto,
	// Kenya's president, meets Chinese envoy" read as a tag list until
	// txtPredicateItem.)
	open := map[string]string{}
	bad := 0
	for _, c := range cases {
		content := c.title + "\n\n" + strings.Join(c.paras, "\n\n") + "\n"
		doc, err := ingest.FromBytes("fixture", "", "text/plain; charset=utf-8", []byte(content))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		a, err := Text(doc.Content)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		var got []string
		for _, p := range a.Paragraphs {
			got = append(got, strings.Join(strings.Fields(p), " "))
		}
		text := strings.Join(got, "\n")
		var lost []string
		for _, p := range c.paras {
			if !strings.Contains(text, p) && !keepCredit.MatchString(p) {
				lost = append(lost, p)
			}
		}
		wrong := a.Title != c.title || len(lost) > 0
		if why, ok := open[c.name]; ok {
			if !wrong {
				t.Logf("open case %q now passes: drop it from the list", c.name)
			} else {
				t.Logf("open case %q (%s): title %q, lost %q", c.name, why, a.Title, lost)
			}
			continue
		}
		if wrong {
			bad++
			t.Errorf("%s:\n\ttitle %q (want %q)\n\tlost %q\n\tgot %q", c.name, a.Title, c.title, lost, got)
		}
	}
	t.Logf("%d fixtures, %d with a paragraph lost or a wrong title", len(cases), bad)
}

// TestTextKeepsShortParagraphs covers the shapes of pasted articles that
// lost a paragraph: a lead-in ending in a colon, a one-sentence quotation
// paragraph, a short first or last paragraph. Every paragraph after the
// headline is content.
func TestTextKeepsShortParagraphs(t *testing.T) {
	tests := []struct {
		name, in, title string
		paras           []string
	}{
		{"speech lead-in and short quotation",
			"Report\n\nThe finance minister said in a speech:\n\n\"Inflation is falling.\n\n\"But we are not there yet and rates will stay where they are,\" she added.\n",
			"Report", []string{"The finance minister said in a speech:", "\"Inflation is falling.", "\"But we are not there yet and rates will stay where they are,\" she added."}},
		{"short quotation paragraph inside the body",
			"Port strike ends\n\nDock workers in the northern port returned to work on Friday after a deal on pay was reached overnight.\n\n\"It is over.\"\n\nThe union said its members would vote on the deal next week.\n",
			"Port strike ends", []string{"Dock workers in the northern port returned to work on Friday after a deal on pay was reached overnight.", "\"It is over.\"", "The union said its members would vote on the deal next week."}},
		{"short first paragraph",
			"Report\n\nThe vote is off.\n\nThe governing party postponed the vote on the budget until after the summer recess, its leader said on Tuesday.\n",
			"Report", []string{"The vote is off.", "The governing party postponed the vote on the budget until after the summer recess, its leader said on Tuesday."}},
		{"short closing paragraph",
			"Talks resume\n\nNegotiators from both sides met again on Monday after a pause of three weeks, officials said.\n\n\"Thank you.\"\n",
			"Talks resume", []string{"Negotiators from both sides met again on Monday after a pause of three weeks, officials said.", "\"Thank you.\""}},
		{"many one-line quotations before the first long paragraph",
			"Report\n\nThe minister said:\n\n\"We are ready.\n\n\"We have waited.\n\n\"We will act.\n\n\"Nobody doubts it.\n\n\"It is time.\n\n\"Thank you.\"\n\n" +
				"She spoke for ten minutes.\n\nThe speech came after a week of protests in the capital over the price of fuel and bread.\n",
			"Report", []string{"The minister said:", "\"We are ready.", "\"We have waited.", "\"We will act.", "\"Nobody doubts it.", "\"It is time.", "\"Thank you.\"",
				"She spoke for ten minutes.", "The speech came after a week of protests in the capital over the price of fuel and bread."}},
		{"first paragraph above a run of one-line quotations",
			"Report\n\nThe army withdrew from the town on Sunday after two weeks of fighting with rebels, residents said.\n\n" +
				"\"It is calm.\n\n\"We are safe.\n\n\"We slept.\n\n\"Shops opened.\n\n\"Buses run.\n\n\"It is good.\n\n\"We hope.\"\n\n" +
				"Aid agencies said they would send food convoys on Monday as roads reopened in the north of the region.\n",
			"Report", []string{"The army withdrew from the town on Sunday after two weeks of fighting with rebels, residents said.",
				"\"It is calm.", "\"We are safe.", "\"We slept.", "\"Shops opened.", "\"Buses run.", "\"It is good.", "\"We hope.\"",
				"Aid agencies said they would send food convoys on Monday as roads reopened in the north of the region."}},
		{"a short quotation repeated as a refrain",
			"Strike vote\n\nThe union leader addressed thousands of workers outside the factory gates on Monday morning.\n\n\"We will not give up.\"\n\n" +
				"The crowd cheered as she listed the demands the company had refused to meet.\n\n\"We will not give up.\"\n\n" +
				"The company said it would meet union officials again on Thursday.\n",
			"Strike vote", []string{"The union leader addressed thousands of workers outside the factory gates on Monday morning.", "\"We will not give up.\"",
				"The crowd cheered as she listed the demands the company had refused to meet.", "\"We will not give up.\"",
				"The company said it would meet union officials again on Thursday."}},
		{"interview turns with the same answer",
			"Interview\n\nThe minister spoke to reporters after the cabinet meeting on Tuesday evening in the capital.\n\n" +
				"Q: Will you resign?\n\nA: No.\n\nQ: Will taxes rise?\n\nA: No.\n\nThe minister left without taking further questions from the press.\n",
			"Interview", []string{"The minister spoke to reporters after the cabinet meeting on Tuesday evening in the capital.",
				"Q: Will you resign?", "A: No.", "Q: Will taxes rise?", "A: No.", "The minister left without taking further questions from the press."}},
		{"furniture around a short body still goes",
			"Port strike ends\n\nPolitics\n\nShare this.\n\nListen to this article.\n\n5 min read\n\n" +
				"Dock workers in the northern port returned to work on Friday after a deal on pay was reached overnight.\n\n" +
				"\"Thank you all for your patience.\"\n\nRead more:\n\nEditor's Picks\n\nWe use cookies to improve your experience.\n",
			"Port strike ends", []string{"Dock workers in the northern port returned to work on Friday after a deal on pay was reached overnight.", "\"Thank you all for your patience.\""}},
		{"one line is body, not a headline",
			"Kenya and China agreed on Tuesday to expand trade links\n",
			"", []string{"Kenya and China agreed on Tuesday to expand trade links"}},
		{"one short line is body too",
			"Ruto meets Chinese envoy\n",
			"", []string{"Ruto meets Chinese envoy"}},
		{"headline and one sentence",
			"Ruto meets Chinese envoy\n\nKenya's president met the Chinese ambassador in Nairobi on Monday.\n",
			"Ruto meets Chinese envoy", []string{"Kenya's president met the Chinese ambassador in Nairobi on Monday."}},
		{"a short clause without a full stop below the headline",
			"Markets slide as rate fears return\n\nStocks fell sharply\n\nSouth Korean shares dropped on Tuesday after the central bank signalled that rates would stay high.\n",
			"Markets slide as rate fears return", []string{"Stocks fell sharply", "South Korean shares dropped on Tuesday after the central bank signalled that rates would stay high."}},
		{"short clauses without a full stop close the body",
			"Minister stays silent\n\nReporters asked the finance minister, Kim Soo-jin, whether the government would step in to support the market.\n\nKim declined\n\nStocks fell sharply\n",
			"Minister stays silent", []string{"Reporters asked the finance minister, Kim Soo-jin, whether the government would step in to support the market.", "Kim declined", "Stocks fell sharply"}},
		{"short furniture without a verb still goes",
			"Minister stays silent\n\nPolitics\n\n5 min read\n\nJane Porter\n\nReporters asked the finance minister, Kim Soo-jin, whether the government would step in to support the market.\n\nKim declined.\n\n" +
				"Last updated Tuesday\n\nAll rights reserved\n\nWorld News\n\nShare this article\n",
			"Minister stays silent", []string{"Reporters asked the finance minister, Kim Soo-jin, whether the government would step in to support the market.", "Kim declined."}},
		{"one-word headline and short quotations only",
			"Report\n\nThe president said:\n\n\"We will rebuild.\n\n\"We will not wait.\"\n",
			"Report", []string{"The president said:", "\"We will rebuild.", "\"We will not wait.\""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Text(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != tt.title || strings.Join(a.Paragraphs, "\n") != strings.Join(tt.paras, "\n") {
				t.Errorf("title %q paragraphs %q\n\twant title %q paragraphs %q", a.Title, a.Paragraphs, tt.title, tt.paras)
			}
		})
	}
}
