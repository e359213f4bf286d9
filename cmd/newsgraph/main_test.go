package main

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"log"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer is a bytes.Buffer safe for the transport's goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// A server that sends more than its Content-Length makes net/http log
// through package log; routed, that line is a slog warning, not a bare
// line on stderr.
func TestStdLogRoutedThroughSlog(t *testing.T) {
	prevDefault, prevOut, prevFlags := slog.Default(), log.Writer(), log.Flags()
	t.Cleanup(func() {
		slog.SetDefault(prevDefault)
		slog.SetLogLoggerLevel(slog.LevelInfo)
		log.SetOutput(prevOut)
		log.SetFlags(prevFlags)
	})
	var logBuf syncBuffer
	routeStdLog(slog.New(slog.NewTextHandler(&logBuf, nil)))

	// Content-Length 5, then eleven bytes: the six past it arrive on a
	// connection the client has put back as idle.
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		conn, rw, err := w.(http.Hijacker).Hijack()
		if err != nil {
			t.Error(err)
			return
		}
		defer conn.Close()
		rw.WriteString("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\nhello EXTRA")
		rw.Flush()
		// Hold the connection open until the client reads past it.
		_, _ = bufio.NewReader(conn).ReadByte()
	}))
	defer srv.Close()

	client := &http.Client{Transport: &http.Transport{DialContext: (&net.Dialer{}).DialContext}}
	defer client.CloseIdleConnections()
	req, err := http.NewRequestWithContext(context.Background(), "GET", srv.URL, nil)
	if err != nil {
		t.Fatal(err)
	}
	res, err := client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	body, err := io.ReadAll(res.Body)
	res.Body.Close()
	if err != nil || string(body) != "hello" {
		t.Fatalf("body %q, err %v", body, err)
	}
	// The transport notices the extra bytes on its own goroutine once the
	// connection is idle; wait for its line (a bound, not a speed test).
	deadline := time.Now().Add(10 * time.Second)
	for !strings.Contains(logBuf.String(), "Unsolicited response") && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	got := logBuf.String()
	if !strings.Contains(got, "Unsolicited response") {
		t.Fatalf("net/http's line did not reach slog: %q", got)
	}
	if !strings.Contains(got, "level=WARN") {
		t.Errorf("routed at the wrong level: %q", got)
	}
}

// Direct log.Print calls land in slog at warn level too.
func TestLogPrintIsWarn(t *testing.T) {
	prevDefault, prevOut, prevFlags := slog.Default(), log.Writer(), log.Flags()
	t.Cleanup(func() {
		slog.SetDefault(prevDefault)
		slog.SetLogLoggerLevel(slog.LevelInfo)
		log.SetOutput(prevOut)
		log.SetFlags(prevFlags)
	})
	var logBuf syncBuffer
	routeStdLog(slog.New(slog.NewTextHandler(&logBuf, nil)))
	log.Printf("server at %s misbehaved", "news.example")
	if got := logBuf.String(); !strings.Contains(got, "level=WARN") || !strings.Contains(got, `msg="server at news.example misbehaved"`) {
		t.Fatalf("log.Printf gave %q", got)
	}
}
