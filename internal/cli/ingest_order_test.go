package cli

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/demo"
	"github.com/newsgraph/newsgraph/internal/store/backend"
	"github.com/newsgraph/newsgraph/internal/store/storetest"
)

// Ingest stores articles in input order however many workers analyse
// them: the demo corpus (near-duplicates, events several articles report)
// ingested with one worker and, several times, with four gives the same
// store, ids included.
func TestIngestSameStoreAnyWorkers(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline over the demo corpus four times")
	}
	corpus := demoCorpusFile(t)
	ingest := func(workers string) string {
		t.Helper()
		db := filepath.Join(t.TempDir(), "w"+workers+".db")
		if out, errOut, status := storeCmd(t, "ingest", "--db", db, "--progress", "never", "--workers", workers, corpus); status != 0 {
			t.Fatalf("ingest --workers %s: status %d\n%s%s", workers, status, out, errOut)
		}
		return articleOrder(t, db) + dumpStore(t, db)
	}
	want := ingest("1")
	if !strings.Contains(want, `duplicate_of="http`) {
		t.Fatal("the demo corpus has no near-duplicates: the test tests nothing")
	}
	for run := range 3 {
		if got := ingest("4"); got != want {
			t.Fatalf("run %d: ingest --workers 4 differs from --workers 1:\n%s", run+1, firstDiff(got, want))
		}
	}
}

// demoCorpusFile writes the demo corpus to a JSONL file for ingest.
func demoCorpusFile(t *testing.T) string {
	t.Helper()
	corpus := filepath.Join(t.TempDir(), "demo.jsonl")
	if err := os.WriteFile(corpus, demo.JSONL(), 0o644); err != nil {
		t.Fatal(err)
	}
	return corpus
}

// articleOrder is storetest.DumpOrder of the store at db: what depends on
// the order articles were stored in.
func articleOrder(t *testing.T, db string) string {
	t.Helper()
	st, err := backend.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	return storetest.DumpOrder(t, st)
}
