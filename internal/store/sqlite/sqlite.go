// Package sqlite is newsgraph's embedded store: SQLite through the pure-Go
// driver modernc.org/sqlite (no cgo), in WAL mode so readers run while the
// single writer commits. modernc was chosen over ncruces/go-sqlite3 because
// its default build includes FTS5 (ncruces v0.37's does not) and both
// compiled in about the same time here (~25 s cold) while modernc inserted
// 10,000 rows with FTS in 1.4 s.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"time"

	sqlite "modernc.org/sqlite" // registers the "sqlite" driver
	sqlite3 "modernc.org/sqlite/lib"

	"github.com/newsgraph/newsgraph/internal/store"
	"github.com/newsgraph/newsgraph/internal/store/migrate"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// Options tunes a store.
type Options struct {
	// BusyTimeout is how long a connection waits for a lock held by
	// another process before failing (default 10 s).
	BusyTimeout time.Duration
	// ReadConns caps parallel readers (default GOMAXPROCS, at least 2).
	ReadConns int
}

// DB is a SQLite-backed store.Store.
type DB struct {
	path    string
	write   *sql.DB // one connection: SQLite has one writer
	read    *sql.DB
	writeMu sync.Mutex
	schema  int
}

var _ store.Store = (*DB)(nil)

// Open opens (creating if needed) the database file at path and migrates it
// to the current schema. It refuses a database whose schema is newer than
// this program knows (store.ErrNewerSchema).
func Open(ctx context.Context, path string, opts Options) (*DB, error) {
	if opts.BusyTimeout <= 0 {
		opts.BusyTimeout = 10 * time.Second
	}
	if opts.ReadConns <= 0 {
		opts.ReadConns = max(2, runtime.GOMAXPROCS(0))
	}
	dsn := func(readOnly bool) string {
		q := url.Values{}
		q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", opts.BusyTimeout.Milliseconds()))
		q.Add("_pragma", "journal_mode(WAL)")
		q.Add("_pragma", "synchronous(NORMAL)")
		q.Add("_pragma", "foreign_keys(1)")
		q.Add("_pragma", "cache_size(-32000)")
		if readOnly {
			q.Add("_pragma", "query_only(1)")
		} else {
			// Take the write lock at BEGIN so a second writer waits on
			// busy_timeout instead of failing on upgrade.
			q.Set("_txlock", "immediate")
			// PRAGMA optimize (see optimize) samples this many rows of
			// an index rather than reading it whole, so it stays quick
			// on a big store.
			q.Add("_pragma", "analysis_limit(1000)")
			// Each write statement inside a transaction keeps the
			// pages it changes in a statement journal, to undo itself
			// alone if it fails. Past 64 KiB (an event's insert
			// touches the events table, its indexes and the kept
			// counts: about that) SQLite spilled the journal to a
			// temporary file and wrote every later statement's pages
			// there with a system call each until the commit: 38% of
			// the CPU time of storing events
			// (BenchmarkSeedEvents). In memory the journal holds at
			// most the pages of one statement.
			q.Add("_pragma", "temp_store(MEMORY)")
		}
		return "file:" + path + "?" + q.Encode()
	}
	w, err := sql.Open("sqlite", dsn(false))
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	w.SetMaxOpenConns(1)
	w.SetMaxIdleConns(1)
	w.SetConnMaxLifetime(0)
	w.SetConnMaxIdleTime(0)
	db := &DB{path: path, write: w}
	// Processes opening one new file together can get SQLITE_BUSY while
	// another converts it to WAL or creates the schema: SQLite returns it
	// at once in some of those states instead of waiting out busy_timeout.
	// Opening is idempotent, so wait a little and try again.
	err = db.migrate(ctx)
	for wait := 10 * time.Millisecond; err != nil && busy(err) && wait < opts.BusyTimeout; wait *= 2 {
		select {
		case <-ctx.Done():
		case <-time.After(wait):
			err = db.migrate(ctx)
		}
		if ctx.Err() != nil {
			break
		}
	}
	if err != nil {
		w.Close()
		return nil, explainOpen(path, err)
	}
	r, err := sql.Open("sqlite", dsn(true))
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	r.SetMaxOpenConns(opts.ReadConns)
	r.SetMaxIdleConns(opts.ReadConns)
	db.read = r
	db.optimize(ctx, "PRAGMA optimize=0x10002")
	return db, nil
}

// optimize gathers the statistics SQLite's query planner reads
// (sqlite_stat1) for the tables that lack them or have grown much since,
// as SQLite advises: with 0x10002 when a connection opens (every table),
// plain before it closes (the tables the connection used). Without them
// the planner guesses every index equally selective, and a store that grew
// from empty never had any. It is advice for the planner, not data: a
// failure (a busy or read-only file) leaves the store as it was and is not
// an error of Open or Close.
func (db *DB) optimize(ctx context.Context, pragma string) {
	_, _ = db.write.ExecContext(ctx, pragma)
}

// explainOpen says in words what SQLite's "unable to open database file
// (14)" or "file is not a database (26)" means for the path given: the
// usual mistakes are --db naming a folder, a file in a folder that does not
// exist, or a file that is something else (an article, a log).
func explainOpen(path string, err error) error {
	st, serr := os.Stat(path)
	switch {
	case serr == nil && st.IsDir():
		return fmt.Errorf("%s is a folder, not a database file (name a file, such as %s): %w",
			path, filepath.Join(path, "newsgraph.db"), err)
	case errors.Is(serr, fs.ErrNotExist):
		dir := filepath.Dir(path)
		if _, derr := os.Stat(dir); errors.Is(derr, fs.ErrNotExist) {
			return fmt.Errorf("cannot create database %s: folder %s does not exist: %w", path, dir, err)
		}
	case serr == nil:
		var se *sqlite.Error
		if errors.As(err, &se) && se.Code() == sqlite3.SQLITE_NOTADB {
			return fmt.Errorf("%s is not a SQLite database (is it the right file?): %w", path, err)
		}
	}
	return err
}

// Close gathers the planner's statistics (optimize) and closes both
// connection pools.
func (db *DB) Close() error {
	db.optimize(context.Background(), "PRAGMA optimize")
	return errors.Join(db.read.Close(), db.write.Close())
}

type migration = migrate.Migration

// migrations returns the embedded migrations in version order.
func migrations() ([]migration, error) { return migrate.Load(migrationFS, "migrations") }

// SchemaVersion is the newest schema this program knows.
func SchemaVersion() int {
	ms, err := migrations()
	if err != nil {
		return 0
	}
	return migrate.Latest(ms)
}

func (db *DB) migrate(ctx context.Context) error {
	ms, err := migrations()
	if err != nil {
		return fmt.Errorf("read migrations: %w", err)
	}
	// In an immediate transaction, like every write here: a statement that
	// starts reading and then writes (CREATE TABLE IF NOT EXISTS) outside
	// one gets SQLITE_BUSY at once, without waiting out busy_timeout, when
	// another process opening the same new file writes first.
	var cur int
	err = func() error {
		tx, err := db.write.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		defer tx.Rollback()
		if _, err := tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
			version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`); err != nil {
			return err
		}
		if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&cur); err != nil {
			return err
		}
		return tx.Commit()
	}()
	if err != nil {
		return fmt.Errorf("read schema version of %s: %w", db.path, err)
	}
	known := migrate.Latest(ms)
	if cur > known {
		return fmt.Errorf("%s has schema version %d, this newsgraph knows up to %d; upgrade newsgraph: %w",
			db.path, cur, known, store.ErrNewerSchema)
	}
	for _, m := range ms {
		if m.Version <= cur {
			continue
		}
		tx, err := db.write.BeginTx(ctx, nil)
		if err != nil {
			return fmt.Errorf("migrate %s to %s: %w", db.path, m.Name, err)
		}
		// Another process opening the same new file may have applied it
		// between our read of the version and this transaction, which
		// holds the write lock (BEGIN IMMEDIATE): ask again under it.
		var done int
		if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM schema_migrations WHERE version = ?`, m.Version).Scan(&done); err != nil {
			tx.Rollback()
			return fmt.Errorf("migrate %s to %s: %w", db.path, m.Name, err)
		}
		if done > 0 {
			tx.Rollback()
			continue
		}
		if _, err := tx.ExecContext(ctx, m.SQL); err != nil {
			tx.Rollback()
			return fmt.Errorf("migrate %s to %s: %w", db.path, m.Name, err)
		}
		if step := goSteps[m.Version]; step != nil {
			if err := step(ctx, tx); err != nil {
				tx.Rollback()
				return fmt.Errorf("migrate %s to %s: %w", db.path, m.Name, err)
			}
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations(version, name, applied_at) VALUES (?, ?, ?)`,
			m.Version, m.Name, fmtTime(time.Now())); err != nil {
			tx.Rollback()
			return fmt.Errorf("migrate %s to %s: %w", db.path, m.Name, err)
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("migrate %s to %s: %w", db.path, m.Name, err)
		}
	}
	db.schema = max(cur, known)
	return nil
}

// Write runs fn in one immediate transaction on the writer connection.
func (db *DB) Write(ctx context.Context, fn func(ctx context.Context, tx store.Tx) error) error {
	db.writeMu.Lock()
	defer db.writeMu.Unlock()
	sqlTx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store: begin: %w", err)
	}
	t := &tx{tx: sqlTx, stmts: map[string]*sql.Stmt{}}
	defer t.closeStmts()
	if err := fn(ctx, t); err != nil {
		sqlTx.Rollback()
		return err
	}
	if err := t.writeRanks(ctx); err != nil {
		sqlTx.Rollback()
		return err
	}
	// The writes leave the name key of an actor they add or rename unset
	// (SQL cannot fold names as store.FoldName does): set before commit.
	if err := fillNameKeys(ctx, sqlTx); err != nil {
		sqlTx.Rollback()
		return err
	}
	if err := sqlTx.Commit(); err != nil {
		return fmt.Errorf("store: commit: %w", err)
	}
	return nil
}

// timeLayout keeps stored times fixed-width so text order is time order.
const timeLayout = "2006-01-02T15:04:05Z"

func fmtTime(t time.Time) string { return t.UTC().Format(timeLayout) }

func fmtTimePtr(t *time.Time) any {
	if t == nil || t.IsZero() {
		return nil
	}
	return fmtTime(*t)
}

func parseTime(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return time.Time{}
	}
	return t
}

func parseTimePtr(s sql.NullString) *time.Time {
	if !s.Valid || s.String == "" {
		return nil
	}
	t := parseTime(s.String)
	if t.IsZero() {
		return nil
	}
	return &t
}

// busy reports whether err is SQLite's "database is locked" (SQLITE_BUSY or
// one of its extended codes).
func busy(err error) bool {
	var se *sqlite.Error
	return errors.As(err, &se) && se.Code()&0xff == 5
}
