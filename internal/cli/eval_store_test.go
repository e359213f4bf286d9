package cli

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/store/postgres/pgtest"
)

// eval ingest and eval api-load take --db: a SQLite file or a PostgreSQL
// URL, and measure that store.
func TestEvalStoresTakeDB(t *testing.T) {
	dsn, _ := pgtest.DSN(t)
	data := t.TempDir()
	os.MkdirAll(filepath.Join(data, "html"), 0o755)
	for i, body := range []string{
		"<p>Dockworkers in Port Alma returned to work on Monday after a week-long strike over pay, the union said.</p>",
		"<p>The coastal rail line reopened on Friday after storm repairs were finished ahead of schedule, officials said.</p>",
	} {
		var gz bytes.Buffer
		w := gzip.NewWriter(&gz)
		w.Write([]byte("<html><head><title>Report</title></head><body><article>" + body + "</article></body></html>"))
		w.Close()
		os.WriteFile(filepath.Join(data, "html", string(rune('a'+i))+".html.gz"), gz.Bytes(), 0o644)
	}
	for _, db := range []string{filepath.Join(t.TempDir(), "eval.db"), dsn} {
		out, errOut, status := storeCmd(t, "eval", "ingest", "--data", data, "--docs", "6", "--db", db, "--format", "json", "--workers", "1")
		var rep struct {
			Stored  int    `json:"stored"`
			Backend string `json:"backend"`
		}
		if err := json.Unmarshal([]byte(out), &rep); err != nil || status != 0 || rep.Stored != 6 {
			t.Errorf("eval ingest --db %s: status %d, %q %v\n%s", db, status, out, err, errOut)
		}
		if want := map[bool]string{true: "postgres", false: "sqlite"}[db == dsn]; rep.Backend != want {
			t.Errorf("eval ingest --db %s: backend %q, want %q", db, rep.Backend, want)
		}
	}
	out, errOut, status := storeCmd(t, "eval", "api-load", "--db", dsn, "--events", "300", "--requests", "30", "--rate", "300")
	if status != 0 || !strings.Contains(out, "api-load: 300 events in postgres") {
		t.Errorf("eval api-load --db postgres: status %d\n%s\n%s", status, out, errOut)
	}
	if _, errOut, status := storeCmd(t, "eval", "api-load", "--db", dsn, "--read-conns", "4"); status != 2 {
		t.Errorf("--read-conns with PostgreSQL: status %d, want a usage error\n%s", status, errOut)
	}
}
