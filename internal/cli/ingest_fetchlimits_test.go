package cli

import (
	"encoding/json"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A feed of links to a host that refuses connections: ingest gives the
// host up after --host-failures refusals, counts the links it did not
// fetch apart in its summary, and `ingest --failures` names each of them.
func TestIngestFetchLimits(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	dead := "http://" + ln.Addr().String()
	ln.Close()
	dir := t.TempDir()
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Wire</title>`)
	for i := range 12 {
		fmt.Fprintf(&b, "<item><title>Berth %d closed</title><link>%s/a/%d</link><guid>b%d</guid></item>", i, dead, i, i)
	}
	b.WriteString("</channel></rss>")
	feed := filepath.Join(dir, "harbour.rss")
	if err := os.WriteFile(feed, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "f.db")
	out, errOut, status := storeCmd(t, "ingest", "--db", db, "--format", "json", "--progress", "never", "--workers", "1",
		"--allow-private", "--host-failures", "2", feed)
	var stats struct {
		Items, Failed int
		NotFetched    int `json:"not_fetched"`
	}
	if err := json.Unmarshal([]byte(out), &stats); err != nil {
		t.Fatalf("ingest summary %q: %v\n%s", out, err, errOut)
	}
	if status != 1 || stats.Items != 12 || stats.Failed != 12 || stats.NotFetched != 10 {
		t.Errorf("status %d stats %+v; want 12 failed, 10 of them not fetched\n%s", status, stats, errOut)
	}
	out, _, _ = storeCmd(t, "ingest", "--db", db, "--failures")
	if n := strings.Count(out, "fetch-limit"); n != 10 || !strings.Contains(out, "harbour.rss#b11") {
		t.Errorf("--failures lists %d links stopped by a limit, want 10 with harbour.rss#b11:\n%s", n, out)
	}
	out, _, _ = storeCmd(t, "ingest", "--db", db, "--progress", "never", "--workers", "1", "--allow-private", "--host-failures", "2", feed)
	if !strings.Contains(out, "12 failed (10 not fetched: fetch limits)") {
		t.Errorf("text summary %q does not count the links not fetched", out)
	}
	if _, errOut, status := storeCmd(t, "ingest", "--db", db, "--host-concurrency", "0", feed); status != 2 || !strings.Contains(errOut, "--host-concurrency") {
		t.Errorf("--host-concurrency 0: status %d, %q", status, errOut)
	}
}
