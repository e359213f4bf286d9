// Package pgtest gives tests a PostgreSQL server: the one $NEWSGRAPH_TEST_POSTGRES
// names (a DSN), else a throwaway cluster it creates with initdb in a
// temporary folder, serving on a unix socket only, and stops at the end.
// Without either, tests that need it skip, saying what is missing.
//
// A package's TestMain calls Main; each test calls DSN for an empty schema
// of its own, dropped when the test ends. The server is found or started
// when a test first asks for it, so a package whose PostgreSQL tests are a
// few among many (internal/cli) pays for initdb only when they run.
package pgtest

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	_ "github.com/lib/pq" // the "postgres" driver, for creating schemas
)

// EnvVar names a PostgreSQL server for tests, as a URL or key=value DSN.
// The role needs CREATE on the database (each test makes a schema).
const EnvVar = "NEWSGRAPH_TEST_POSTGRES"

// server is the server of this test binary, found or started by the first
// DSN call.
var server struct {
	main bool // Main is running the tests
	once sync.Once
	dsn  string       // base DSN (URL or key=value)
	skip string       // why there is none
	fail error        // $NEWSGRAPH_TEST_POSTGRES is set and broken
	stop func() error // stops a throwaway server (nil for an external one)
	seq  atomic.Int64

	mu     sync.Mutex
	shared []string // SharedDSN's schemas, dropped at the end
}

// Main runs the tests and stops the server if one of them started it; its
// result is the exit code for os.Exit.
func Main(m *testing.M) int {
	server.main = true
	code := m.Run()
	if server.stop == nil && server.dsn != "" {
		// An external server outlives us: leave it as we found it.
		for _, schema := range server.shared {
			if err := exec1(server.dsn, `DROP SCHEMA `+schema+` CASCADE`); err != nil {
				fmt.Fprintln(os.Stderr, "pgtest:", err)
			}
		}
	}
	if server.stop != nil {
		if err := server.stop(); err != nil {
			fmt.Fprintln(os.Stderr, "pgtest: stopping the server:", err)
		}
	}
	return code
}

// ensure finds or starts the server once. Without Main nothing would stop
// a throwaway server, so tests skip instead.
func ensure(t testing.TB) {
	t.Helper()
	server.once.Do(func() {
		if !server.main {
			server.skip = "pgtest.Main was not called from TestMain"
			return
		}
		stop, err := start()
		var broken brokenEnv
		switch {
		case errors.As(err, &broken):
			server.fail = err
		case err != nil:
			server.skip = err.Error()
		default:
			server.stop = stop
		}
	})
	if server.fail != nil {
		// Asked for and not working: fail loudly rather than skip.
		t.Fatal("pgtest:", server.fail)
	}
	if server.dsn == "" {
		t.Skip("PostgreSQL tests skipped: " + server.skip)
	}
}

// DSN returns the address of a new, empty schema for this test (the
// search_path of the connections is set to it), and the schema's name.
// It skips the test when there is no server.
func DSN(t testing.TB) (dsn, schema string) {
	t.Helper()
	ensure(t)
	schema = fmt.Sprintf("t%d_%d", os.Getpid(), server.seq.Add(1))
	if err := exec1(server.dsn, `CREATE SCHEMA `+schema); err != nil {
		t.Fatalf("pgtest: create schema: %v", err)
	}
	t.Cleanup(func() {
		if err := exec1(server.dsn, `DROP SCHEMA `+schema+` CASCADE`); err != nil {
			t.Errorf("pgtest: drop schema %s: %v", schema, err)
		}
	})
	return WithParam(server.dsn, "search_path", schema), schema
}

// SharedDSN is DSN for a schema that outlives the test: it is dropped when
// Main ends (with the whole cluster, for a throwaway one). Tests that
// empty a schema and hand it to the next test use it (migrating a new
// schema costs a third of a second).
func SharedDSN(t testing.TB) (dsn, schema string) {
	t.Helper()
	ensure(t)
	schema = fmt.Sprintf("s%d_%d", os.Getpid(), server.seq.Add(1))
	if err := exec1(server.dsn, `CREATE SCHEMA `+schema); err != nil {
		t.Fatalf("pgtest: create schema: %v", err)
	}
	server.mu.Lock()
	server.shared = append(server.shared, schema)
	server.mu.Unlock()
	return WithParam(server.dsn, "search_path", schema), schema
}

// exec1 runs one statement on a new connection.
func exec1(dsn, q string) error {
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	_, err = db.Exec(q)
	return err
}

// WithParam adds a connection parameter to a URL or key=value DSN.
func WithParam(dsn, key, value string) string {
	if u, err := url.Parse(dsn); err == nil && (u.Scheme == "postgres" || u.Scheme == "postgresql") {
		q := u.Query()
		q.Set(key, value)
		u.RawQuery = q.Encode()
		return u.String()
	}
	return dsn + " " + key + "='" + strings.NewReplacer(`\`, `\\`, `'`, `\'`).Replace(value) + "'"
}

// start finds or starts a server and returns how to stop it (nil for an
// external one).
func start() (stop func() error, err error) {
	if dsn := os.Getenv(EnvVar); dsn != "" {
		if err := ping(dsn, 10*time.Second); err != nil {
			return nil, brokenEnv{err}
		}
		server.dsn = dsn
		return nil, nil
	}
	initdb, postgres, err := binaries()
	if err != nil {
		return nil, err
	}
	cred, err := credential()
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp("", "newsgraph-pg-")
	if err != nil {
		return nil, err
	}
	cleanup := func() { os.RemoveAll(dir) }
	if cred != nil {
		// The server runs as that user and must own its folder.
		if err := os.Chown(dir, int(cred.Uid), int(cred.Gid)); err != nil {
			cleanup()
			return nil, fmt.Errorf("chown %s: %w", dir, err)
		}
	}
	data := filepath.Join(dir, "data")
	cmd := exec.Command(initdb, "-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync")
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: cred}
	if out, err := cmd.CombinedOutput(); err != nil {
		cleanup()
		return nil, fmt.Errorf("initdb failed: %v: %s", err, lastLines(string(out), 5))
	}
	logFile, err := os.Create(filepath.Join(dir, "postgres.log"))
	if err != nil {
		cleanup()
		return nil, err
	}
	// A unix socket in the folder, no TCP port: nothing to collide with.
	// No fsync: the cluster is thrown away.
	srv := exec.Command(postgres, "-D", data, "-k", dir, "-c", "listen_addresses=",
		"-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off", "-c", "max_connections=60")
	srv.Stdout, srv.Stderr = logFile, logFile
	// Pdeathsig: if the test binary dies (a -timeout panic), the server
	// goes with it rather than lingering.
	srv.SysProcAttr = &syscall.SysProcAttr{Credential: cred, Pdeathsig: syscall.SIGQUIT, Setpgid: true}
	if err := srv.Start(); err != nil {
		logFile.Close()
		cleanup()
		return nil, fmt.Errorf("start postgres: %w", err)
	}
	exited := make(chan error, 1)
	go func() { exited <- srv.Wait() }()
	stop = func() error {
		defer cleanup()
		defer logFile.Close()
		// SIGINT is a fast shutdown: disconnect everyone, stop.
		srv.Process.Signal(syscall.SIGINT)
		select {
		case <-exited:
			return nil
		case <-time.After(15 * time.Second):
			srv.Process.Kill()
			<-exited
			return errors.New("postgres did not stop within 15 s; killed")
		}
	}
	dsn := "postgres://postgres@/postgres?host=" + url.QueryEscape(dir) + "&sslmode=disable"
	if err := ping(dsn, 30*time.Second); err != nil {
		stop()
		return nil, fmt.Errorf("throwaway server did not come up: %v", err)
	}
	server.dsn = dsn
	return stop, nil
}

// brokenEnv: $NEWSGRAPH_TEST_POSTGRES is set but no server answers there.
type brokenEnv struct{ err error }

func (e brokenEnv) Error() string { return "$" + EnvVar + ": " + e.err.Error() }

// binaries finds initdb and postgres on PATH, else in Debian's
// /usr/lib/postgresql/N/bin (newest N), where the server package puts them.
func binaries() (initdb, postgres string, err error) {
	initdb, err1 := exec.LookPath("initdb")
	postgres, err2 := exec.LookPath("postgres")
	if err1 == nil && err2 == nil {
		return initdb, postgres, nil
	}
	dirs, _ := filepath.Glob("/usr/lib/postgresql/*/bin")
	sort.Slice(dirs, func(i, j int) bool { return version(dirs[i]) > version(dirs[j]) })
	for _, d := range dirs {
		i, p := filepath.Join(d, "initdb"), filepath.Join(d, "postgres")
		if isExec(i) && isExec(p) {
			return i, p, nil
		}
	}
	var missing []string
	if err1 != nil {
		missing = append(missing, "initdb")
	}
	if err2 != nil {
		missing = append(missing, "postgres")
	}
	return "", "", fmt.Errorf("set $%s to a server's DSN, or install a PostgreSQL server so that initdb and postgres are on PATH "+
		"(missing: %s)", EnvVar, strings.Join(missing, ", "))
}

func version(binDir string) int {
	n, _ := strconv.Atoi(filepath.Base(filepath.Dir(binDir)))
	return n
}

func isExec(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.Mode().IsRegular() && fi.Mode()&0o111 != 0
}

// credential is the user the cluster runs as: ourselves, or, when we are
// root (initdb and postgres refuse to run as root), the "postgres" user a
// server package creates, else "nobody".
func credential() (*syscall.Credential, error) {
	if os.Getuid() != 0 {
		return nil, nil
	}
	for _, name := range []string{"postgres", "nobody"} {
		u, err := user.Lookup(name)
		if err != nil {
			continue
		}
		uid, err1 := strconv.ParseUint(u.Uid, 10, 32)
		gid, err2 := strconv.ParseUint(u.Gid, 10, 32)
		if err1 != nil || err2 != nil || uid == 0 {
			continue
		}
		return &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid), NoSetGroups: true}, nil
	}
	return nil, fmt.Errorf("running as root, and initdb refuses root, but there is no non-root user (postgres or nobody) to run it as; "+
		"set $%s to a server's DSN", EnvVar)
}

// ping waits until a connection to dsn works.
func ping(dsn string, wait time.Duration) error {
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	ctx, cancel := context.WithTimeout(context.Background(), wait)
	defer cancel()
	for {
		err := db.PingContext(ctx)
		if err == nil {
			return nil
		}
		select {
		case <-ctx.Done():
			return err
		case <-time.After(50 * time.Millisecond):
		}
	}
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, " | ")
}
