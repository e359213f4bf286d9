package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/store/postgres/pgtest"
)

// A small merging corpus (written for this test): two outlets report one
// accusation, naming the accuser as the country and as its foreign
// minister, and a third reports another accusation by the same country a
// week later. eval merge scores the same on SQLite and PostgreSQL.
const evalMergeCorpus = `group g1 dev
cluster a ACCUSE
article https://one.example/1 2025-01-06T10:00:00Z
title: China accuses Philippines over shoal
China accused the Philippines on Monday of ramming a Chinese coast guard ship near Second Thomas Shoal.

article https://two.example/1 2025-01-06T16:00:00Z
title: Wang Yi blames Manila
Chinese Foreign Minister Wang Yi accused the Philippines on Monday of provoking a clash at sea near Second Thomas Shoal.

cluster b ACCUSE
article https://one.example/2 2025-01-14T10:00:00Z
title: China again accuses Philippines
China accused the Philippines on Tuesday of sending a plane over Scarborough Shoal.
`

func TestEvalMerge(t *testing.T) {
	corpus := filepath.Join(t.TempDir(), "corpus.txt")
	if err := os.WriteFile(corpus, []byte(evalMergeCorpus), 0o644); err != nil {
		t.Fatal(err)
	}
	run := func(t *testing.T, db string) string {
		args := []string{"eval", "merge", "--corpus", corpus, "--split", "dev"}
		if db != "" {
			args = append(args, "--db", db)
		}
		out, errOut, status := storeCmd(t, args...)
		if status != 0 {
			t.Fatalf("eval merge %v: status %d\n%s", args, status, errOut)
		}
		if !strings.Contains(out, "same-event pairs: P 1.000 R 1.000 F1 1.000 (1 correct of 1 predicted, 1 gold)") {
			t.Errorf("eval merge %v:\n%s", args, out)
		}
		return out
	}
	sqliteOut := run(t, "")
	t.Run("postgres", func(t *testing.T) {
		dsn, _ := pgtest.DSN(t)
		if out := run(t, dsn); out != sqliteOut {
			t.Errorf("SQLite and PostgreSQL differ:\n%s\n%s", sqliteOut, out)
		}
		// The store now holds the corpus: a second run would score what
		// it skipped.
		if _, _, status := storeCmd(t, "eval", "merge", "--corpus", corpus, "--db", dsn); status != 2 {
			t.Errorf("eval merge into a store that holds articles: status %d, want 2", status)
		}
	})
	if _, _, status := storeCmd(t, "eval", "merge", "--split", "train"); status != 2 {
		t.Errorf("--split train: status %d, want 2", status)
	}
}

// eval merge --shuffle ingests the corpus in another order, and with
// --remerge scores the events a remerge gives, which are those of ingesting
// oldest first (merge.Remerge): the scores of the default run.
func TestEvalMergeShuffledRemerged(t *testing.T) {
	corpus := filepath.Join(t.TempDir(), "corpus.txt")
	if err := os.WriteFile(corpus, []byte(evalMergeCorpus), 0o644); err != nil {
		t.Fatal(err)
	}
	run := func(args ...string) string {
		t.Helper()
		args = append([]string{"eval", "merge", "--corpus", corpus, "--split", "dev"}, args...)
		out, errOut, status := storeCmd(t, args...)
		if status != 0 {
			t.Fatalf("eval merge %v: status %d\n%s", args, status, errOut)
		}
		return out
	}
	want := run()
	for _, seed := range []string{"1", "2", "5"} {
		if got := run("--shuffle", seed, "--remerge"); got != want {
			t.Errorf("--shuffle %s --remerge:\n%s\nwant:\n%s", seed, got, want)
		}
	}
}
