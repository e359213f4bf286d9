package cli

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/ingest/reanalyze"
	"github.com/newsgraph/newsgraph/internal/ingest/runner"
	"github.com/newsgraph/newsgraph/internal/queue"
)

// The summaries of ingest, the queue worker and reanalyze say what their
// count of merged reports is: reports that joined an event another article
// had reported. "6 reports merged" read as every report folded into some
// event; the JSON field keeps its name, merged_reports, for the scripts
// that read it.
func TestSummariesSayReportsJoinedOtherArticles(t *testing.T) {
	for _, c := range []struct {
		merged int
		want   string
	}{
		{0, "0 reports joined other articles' events"},
		{1, "1 report joined another article's event"},
		{3, "3 reports joined other articles' events"},
	} {
		s := runner.Stats{Items: 5, Stored: 5, NewEvents: 4, Merged: c.merged, Elapsed: time.Second}
		rs := reanalyze.Stats{Articles: 5, Reanalysed: 5, Remerged: 5, Events: 4, Merged: c.merged, Elapsed: time.Second}
		for name, pr := range map[string]func(Env, string) error{
			"ingest":    func(env Env, f string) error { return printIngestSummary(env, f, s, nil) },
			"worker":    func(env Env, f string) error { return printWorkerSummary(env, f, queue.WorkerStats{Stats: s}) },
			"reanalyze": func(env Env, f string) error { return printReanalyzeSummary(env, f, rs, true) },
		} {
			var out bytes.Buffer
			if err := pr(Env{Stdout: &out}, "text"); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(out.String(), c.want) || strings.Contains(out.String(), "reports merged") {
				t.Errorf("%s summary with %d: %q, want %q", name, c.merged, out.String(), c.want)
			}
			out.Reset()
			if err := pr(Env{Stdout: &out}, "json"); err != nil {
				t.Fatal(err)
			}
			var fields map[string]any
			if err := json.Unmarshal(out.Bytes(), &fields); err != nil {
				t.Fatalf("%s JSON summary: %v\n%s", name, err, out.String())
			}
			if got, ok := fields["merged_reports"].(float64); !ok || int(got) != c.merged {
				t.Errorf("%s JSON summary: merged_reports %v, want %d", name, fields["merged_reports"], c.merged)
			}
		}
	}
}
