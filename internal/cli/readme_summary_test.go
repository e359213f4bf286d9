package cli

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/ingest/runner"
	"github.com/newsgraph/newsgraph/internal/queue"
)

// The JSON summaries of ingest and worker (--format json) are documented
// field by field in the README's section on them: not_fetched and
// fetch_retried came with the fetch limits and were named only in passing.
func TestREADMEDocumentsSummaryFields(t *testing.T) {
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(b)
	ingestSec := readmeSection(readme, "Ingesting and querying a store")
	workerSec := readmeSection(readme, "Scaling out: NATS JetStream workers")
	if ingestSec == "" || workerSec == "" {
		t.Fatal("README sections for ingest and worker not found")
	}
	// What printIngestSummary and printWorkerSummary encode.
	var ingestOut struct {
		runner.Stats
		DocsPerSecond float64 `json:"docs_per_second"`
	}
	var workerOut struct {
		queue.WorkerStats
		DocsPerSecond float64 `json:"docs_per_second"`
	}
	for _, c := range []struct {
		cmd, section string
		v            any
	}{{"ingest", ingestSec, ingestOut}, {"worker", workerSec, workerOut}} {
		raw, err := json.Marshal(c.v)
		if err != nil {
			t.Fatal(err)
		}
		var fields map[string]any
		if err := json.Unmarshal(raw, &fields); err != nil {
			t.Fatal(err)
		}
		if len(fields) < 10 {
			t.Fatalf("%s summary: only %d fields: %s", c.cmd, len(fields), raw)
		}
		for f := range fields {
			// worker's summary has ingest's fields, which the README
			// names once, under ingest.
			if !strings.Contains(c.section, "`"+f+"`") && !(c.cmd == "worker" && strings.Contains(ingestSec, "`"+f+"`")) {
				t.Errorf("%s --format json prints %q, which the README does not name", c.cmd, f)
			}
		}
	}
}
