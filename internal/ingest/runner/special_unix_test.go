//go:build unix

package runner

import (
	"bytes"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// A named pipe, socket or device met in a folder walk is left out (never
// opened: a pipe with no writer blocks the walk for ever) with one warning
// naming its path; a special file whose name the walk passes over anyway
// (hidden, no article extension) stays silent, and regular files beside
// them are read as before.
func TestFolderWalkWarnsOfSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(name string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("Harbour reopens\n\nThe port reopened."), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("story.txt")
	fifo := filepath.Join(dir, "wire.txt")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	if err := syscall.Mkfifo(filepath.Join(dir, ".hidden.txt"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "control.pid"), 0o600); err != nil {
		t.Fatal(err)
	}
	// A link to a pipe is that pipe.
	linked := filepath.Join(dir, "linked.html")
	if err := os.Symlink(fifo, linked); err != nil {
		t.Fatal(err)
	}
	// A socket (its path must be short: bind it in a short temp folder).
	sockDir, err := os.MkdirTemp("", "ng")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(sockDir)
	sock := filepath.Join(sockDir, "feed")
	if l, err := net.Listen("unix", sock); err == nil {
		defer l.Close()
	} else {
		sock = ""
	}

	var buf bytes.Buffer
	log := slog.New(slog.NewTextHandler(&buf, nil))
	paths := []string{dir}
	if sock != "" {
		paths = append(paths, sockDir)
	}
	plan, err := Expand(Inputs{Paths: paths, Log: log})
	if err != nil {
		t.Fatal(err)
	}
	if len(plan.Files) != 1 || filepath.Base(plan.Files[0]) != "story.txt" {
		t.Errorf("files %v, want story.txt only", plan.Files)
	}
	out := buf.String()
	want := []string{fifo, linked}
	if sock != "" {
		want = append(want, sock)
	}
	for _, p := range want {
		if strings.Count(out, "source="+p+"\n") != 1 {
			t.Errorf("no one warning naming %s:\n%s", p, out)
		}
	}
	if !strings.Contains(out, "named pipe") || (sock != "" && !strings.Contains(out, "socket")) {
		t.Errorf("warnings do not say what the files are:\n%s", out)
	}
	if n := strings.Count(out, "level=WARN"); n != len(want) {
		t.Errorf("%d warnings, want %d (hidden and non-article names stay silent):\n%s", n, len(want), out)
	}
	if sock != "" && len(plan.EmptyFolders) != 1 {
		t.Errorf("empty folders %v, want the socket's folder", plan.EmptyFolders)
	}

	// No logger: still skipped, no panic.
	if plan, err := Expand(Inputs{Paths: []string{dir}}); err != nil || len(plan.Files) != 1 {
		t.Errorf("without a logger: files %v, err %v", plan.Files, err)
	}
}
