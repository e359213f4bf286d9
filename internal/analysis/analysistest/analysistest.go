// Package analysistest turns a probe sentence into the document a user
// gets from "newsgraph analyze", for tests that check the coder through the
// whole pipeline (the event probes) and for the test that holds those
// probes to the CLI's output.
package analysistest

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/analysis"
	"github.com/newsgraph/newsgraph/internal/ingest"
	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/pipeline"
)

// ReportText is the plain-text report a probe sentence is run as: a
// headline line ("Report"), a blank line and the sentence as the body, so
// that extraction never takes the sentence for the title.
func ReportText(sentence string) string {
	return "Report\n\n" + sentence + "\n"
}

// Document reads content as "newsgraph analyze --published PUB -" reads
// standard input: ingest.Load sniffs its format and charset as for any
// input, and pub is its publish date when the content carries none.
func Document(ctx context.Context, content string, pub time.Time) (*model.Document, error) {
	doc, err := ingest.Load(ctx, "-", ingest.Options{Stdin: strings.NewReader(content)})
	if err != nil {
		return nil, fmt.Errorf("load probe text: %w", err)
	}
	if doc.Published.IsZero() {
		doc.Published = pub
	}
	return doc, nil
}

var (
	stagesOnce sync.Once
	stages     []pipeline.Stage
	stagesErr  error
)

// Stages is the analysis exactly as analyze wires it (analysis.Stages with
// analyze's default settings: extract, tagger, resolver, dates, quotes,
// keywords, summary, events), built once per test binary: the stages hold
// no per-document state, and loading the models for every test would cost
// seconds each.
func Stages(t testing.TB) []pipeline.Stage {
	t.Helper()
	stagesOnce.Do(func() {
		stages, stagesErr = analysis.Stages(analysis.Config{SummarySentences: analysis.DefaultSummarySentences})
	})
	if stagesErr != nil {
		t.Fatal(stagesErr)
	}
	return stages
}
