//go:build unix

package ingest

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
)

// A named pipe given as an input is read when a writer comes, and a wait on
// it (no writer yet, or one that never finishes) ends when the context is
// cancelled: the run was deaf to Ctrl-C and SIGTERM there, and hung.
func TestLoadNamedPipe(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "story.txt")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	const text = "Ferry resumes\n\nThe ferry to the island ran again on Monday after a week of storms."
	load := func(ctx context.Context) (*model.Document, error) {
		type result struct {
			doc *model.Document
			err error
		}
		done := make(chan result, 1)
		go func() {
			doc, err := Load(ctx, fifo, Options{})
			done <- result{doc, err}
		}()
		select {
		case r := <-done:
			return r.doc, r.err
		case <-time.After(30 * time.Second): // a watchdog for a hang, not a timing
			t.Fatal("Load did not return")
			return nil, nil
		}
	}

	// A writer that writes and leaves: the text is read.
	go func() {
		if w, err := os.OpenFile(fifo, os.O_WRONLY, 0); err == nil {
			w.WriteString(text)
			w.Close()
		}
	}()
	doc, err := load(context.Background())
	if err != nil || !strings.Contains(doc.Content, "ran again on Monday") {
		t.Fatalf("with a writer: %v", err)
	}

	// No writer: cancelling ends the wait in open.
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(50*time.Millisecond, cancel)
	if _, err := load(ctx); !errors.Is(err, context.Canceled) || !strings.Contains(err.Error(), "named pipe") {
		t.Errorf("no writer: err %v, want the cancel, naming the pipe", err)
	}
	// The abandoned open still waits for a writer: give it one.
	if w, err := os.OpenFile(fifo, os.O_WRONLY, 0); err == nil {
		w.Close()
	}

	// A writer that stays: cancelling ends the wait in read.
	opened := make(chan *os.File, 1)
	go func() {
		w, _ := os.OpenFile(fifo, os.O_WRONLY, 0)
		w.WriteString("Half a story")
		opened <- w
	}()
	ctx, cancel = context.WithCancel(context.Background())
	time.AfterFunc(50*time.Millisecond, cancel)
	if _, err := load(ctx); !errors.Is(err, context.Canceled) {
		t.Errorf("silent writer: err %v, want the cancel", err)
	}
	(<-opened).Close()
}
