//go:build unix

package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// lockedBuffer is an output the test reads while analyze writes it.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// TestAnalyzeStreamsContainer: the records of a JSONL (or WARC) file are
// analysed and printed as they are read. analyze read a container whole
// before the first result, holding every record (and every analysed
// article) in memory: a 190 MB WARC took 0.97 GB and grew. Here the file
// is a pipe that gives its second line only once the first line's result
// is printed; read whole first, analyze would wait forever.
func TestAnalyzeStreamsContainer(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "live.jsonl")
	if err := syscall.Mkfifo(path, 0o600); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	line := func(title, text string) []byte {
		b, _ := json.Marshal(map[string]string{"title": title, "text": text})
		return append(b, '\n')
	}
	var out, errOut lockedBuffer
	done := make(chan int, 1)
	go func() {
		env := Env{Stdin: bytes.NewReader(nil), Stdout: &out, Stderr: &errOut}
		done <- Run(context.Background(), env, []string{"newsgraph", "analyze", "--format", "jsonl", "--workers", "1", path})
	}()
	w, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	// Longer than the 4 KiB the JSONL reader looks at first for a
	// byte-order mark, so that the first line is whole without the second.
	first := strings.Repeat("The council voted on Monday to keep the old library open. ", 80)
	if _, err := w.Write(line("First", first)); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(60 * time.Second)
	for !bytes.Contains([]byte(out.String()), []byte(`"title":"First"`)) {
		if time.Now().After(deadline) {
			w.Close()
			<-done
			t.Fatalf("no result for the first record while the file was still open; stderr: %s", errOut.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	if _, err := w.Write(line("Second", "The mayor said the library would stay open all summer.")); err != nil {
		t.Fatal(err)
	}
	w.Close()
	if code := <-done; code != 0 {
		t.Fatalf("exit %d; stderr: %s", code, errOut.String())
	}
	recs := analyzeDecodeAll(t, out.String())
	if len(recs) != 2 || recs[0]["title"] != "First" || recs[1]["title"] != "Second" || recs[1]["source"] != path+":2" {
		t.Errorf("results: %v", recs)
	}
}
