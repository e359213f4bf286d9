package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/analysis"
	"github.com/newsgraph/newsgraph/internal/analysis/analysistest"
	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/pipeline"
)

// TestProbesMatchAnalyze holds the event probe harness (internal/events
// TestProbes: analysis.Stages over analysistest.Document) to what
// "newsgraph analyze" prints for the same text: a sample of the probe
// sentences must get identical events both ways. The harness was once wired
// by hand, and the probes could pass on output no user saw.
func TestProbesMatchAnalyze(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the models and runs the whole pipeline")
	}
	sentences := probeSample(t, "../events/testdata/probes.txt", 40,
		// The case that showed the gap: a negation cue inside a name.
		"Without Borders")
	if len(sentences) < 50 {
		t.Fatalf("only %d probe sentences sampled", len(sentences))
	}
	pub := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)

	// The harness's path.
	stages, err := analysis.Stages(analysis.Config{SummarySentences: analysis.DefaultSummarySentences})
	if err != nil {
		t.Fatal(err)
	}
	harness := make([][]model.Event, len(sentences))
	for i, s := range sentences {
		doc, err := analysistest.Document(context.Background(), analysistest.ReportText(s), pub)
		if err != nil {
			t.Fatal(err)
		}
		if err := pipeline.Run(context.Background(), stages, doc); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
		harness[i] = doc.Article.Events
	}

	// The CLI's: one analyze over every sentence as a file, with the
	// default flags but the probes' publish date.
	dir := t.TempDir()
	var args []string
	for i, s := range sentences {
		args = append(args, analyzeTestFile(t, dir, fmt.Sprintf("p%03d.txt", i), []byte(analysistest.ReportText(s))))
	}
	out, errOut, code := analyzeRun(t, nil, append([]string{"analyze", "--published", "2024-05-01", "--format", "jsonl"}, args...)...)
	if code != 0 {
		t.Fatalf("analyze: exit %d: %s", code, errOut)
	}
	got := map[string][]model.Event{}
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var a model.Article
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatal(err)
		}
		got[filepath.Base(a.Source)] = a.Events
	}
	// Standard input, as a user pipes one sentence, for the case that
	// showed the gap.
	stdinOut, errOut, code := analyzeRun(t, strings.NewReader(analysistest.ReportText(sentences[len(sentences)-1])), "analyze", "--published", "2024-05-01", "-")
	if code != 0 {
		t.Fatalf("analyze -: exit %d: %s", code, errOut)
	}
	var last model.Article
	if err := json.Unmarshal([]byte(stdinOut), &last); err != nil {
		t.Fatal(err)
	}

	withEvents := 0
	for i, s := range sentences {
		cli, ok := got[fmt.Sprintf("p%03d.txt", i)]
		if !ok {
			t.Errorf("%s: no analyze output", s)
			continue
		}
		if len(cli) > 0 {
			withEvents++
		}
		if !sameEvents(harness[i], cli) {
			t.Errorf("%s\n\tharness: %s\n\tanalyze: %s", s, eventsJSON(harness[i]), eventsJSON(cli))
		}
	}
	if s := sentences[len(sentences)-1]; !sameEvents(harness[len(sentences)-1], last.Events) {
		t.Errorf("%s (standard input)\n\tharness: %s\n\tanalyze: %s", s, eventsJSON(harness[len(sentences)-1]), eventsJSON(last.Events))
	}
	// Identical empty lists would prove nothing.
	if withEvents < len(sentences)/2 {
		t.Errorf("only %d of %d sampled probes coded any event", withEvents, len(sentences))
	}
}

// probeSample returns every nth probe sentence of the file at path, then
// those containing any of also (the last one last).
func probeSample(t *testing.T, path string, n int, also ...string) []string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out, extra []string
	i := 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		s, _, _ := strings.Cut(line, "\t")
		for _, a := range also {
			if strings.Contains(s, a) {
				extra = append(extra, s)
			}
		}
		if i%n == 0 {
			out = append(out, s)
		}
		i++
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return append(out, extra...)
}

// sameEvents compares events as analyze prints them (JSON), so that a nil
// and an empty list, or a time's internal form, do not count as a change.
func sameEvents(a, b []model.Event) bool {
	var x, y any
	if err := json.Unmarshal([]byte(eventsJSON(a)), &x); err != nil {
		return false
	}
	if err := json.Unmarshal([]byte(eventsJSON(b)), &y); err != nil {
		return false
	}
	return reflect.DeepEqual(x, y)
}

func eventsJSON(evs []model.Event) string {
	if len(evs) == 0 {
		return "[]"
	}
	b, err := json.Marshal(evs)
	if err != nil {
		return fmt.Sprintf("unmarshalable events: %v", err)
	}
	return string(b)
}
