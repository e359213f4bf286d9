package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// An ingest in which some documents failed runs to the end, exits with
// status 1 and ends with a line that says how many failed and how to list
// them (their warnings scroll by among a large batch's progress); the
// listing names each. A batch with no failure exits 0 without that line.
func TestIngestEndsWithFailedCount(t *testing.T) {
	dir := t.TempDir()
	good := "The harbour board said on Monday that the ferry line would resume its winter timetable next week.\n"
	files := map[string]string{
		"good.txt":  good,
		"other.txt": strings.Replace(good, "ferry line", "night bus", 1),
		"photo.txt": "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
		"empty.txt": "",
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db := filepath.Join(t.TempDir(), "with space.db")
	out, errOut, status := storeCmd(t, "ingest", "--db", db, "--progress", "never", dir)
	if status != 1 {
		t.Fatalf("status %d, want 1\n%s%s", status, out, errOut)
	}
	if !strings.Contains(out, "2 stored") || !strings.Contains(out, "2 failed") {
		t.Errorf("summary %q, want 2 stored and 2 failed", out)
	}
	lines := strings.Split(strings.TrimSpace(errOut), "\n")
	last := lines[len(lines)-1]
	if want := "2 of 4 items failed; newsgraph ingest --failures --db '" + db + "' lists them"; !strings.Contains(last, want) {
		t.Errorf("last line %q, want %q", last, want)
	}
	list, _, status := storeCmd(t, "ingest", "--db", db, "--failures")
	if status != 0 || !strings.Contains(list, "photo.txt") || !strings.Contains(list, "empty.txt") || strings.Contains(list, "good.txt") {
		t.Errorf("--failures (status %d):\n%s", status, list)
	}

	// Near miss: nothing failed.
	for _, name := range []string{"photo.txt", "empty.txt"} {
		os.Remove(filepath.Join(dir, name))
	}
	db2 := filepath.Join(t.TempDir(), "ok.db")
	out, errOut, status = storeCmd(t, "ingest", "--db", db2, "--progress", "never", dir)
	if status != 0 || strings.Contains(errOut, "items failed") {
		t.Errorf("clean batch: status %d\n%s%s", status, out, errOut)
	}
}
