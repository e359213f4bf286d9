// Package postgres is newsgraph's store on a PostgreSQL server, for when one
// machine's SQLite file is not enough: several ingest processes on other
// machines, or a database that outgrows one disk.
//
// It implements store.Store with hand-written SQL through database/sql and
// the driver github.com/lib/pq, which has no dependencies of its own (pgx
// would bring five modules for speed this store does not need: every
// write method is one statement, so one round trip, whatever the driver).
// The schema mirrors the SQLite store's (see migrations/0001_init.sql for
// the differences) and the same conformance suite (storetest) checks both.
//
// Writers are serialised across processes with a transaction-level
// advisory lock, as SQLite's write lock does: two ingests into one database
// take turns per batch, so the near-duplicate and event-merge lookups of
// one always see what the other committed.
package postgres

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"net/url"
	"runtime"
	"sync"
	"time"

	"github.com/lib/pq"

	"github.com/newsgraph/newsgraph/internal/store"
	"github.com/newsgraph/newsgraph/internal/store/migrate"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// Options tunes a store.
type Options struct {
	// MaxConns caps the connections to the server (default 2×GOMAXPROCS,
	// at least 4): one for the writer, the rest for parallel readers.
	MaxConns int
	// Schema, when set, is the schema the store's tables live in (it must
	// exist); by default the server's search_path decides (usually
	// "public"). Tests use one schema per test.
	Schema string
}

// DB is a PostgreSQL-backed store.Store.
type DB struct {
	db      *sql.DB
	writeMu sync.Mutex // one writer per process; the advisory lock orders processes
	schema  int
	// estimateFrom is the table size from which Health estimates
	// (store.EstimateFrom; tests lower it).
	estimateFrom int
}

var _ store.Store = (*DB)(nil)

// lockClass is the first key of the advisory lock that serialises writers
// ("ng"); the second is a hash of the schema, so stores in different
// schemas of one database do not wait for each other.
const lockClass = 0x6e67

// Open connects to the database at dsn (a postgres:// or postgresql:// URL,
// or a key=value connection string) and migrates it to the current schema.
// It refuses a database whose schema is newer than this program knows
// (store.ErrNewerSchema). Errors do not repeat dsn (it may hold a password).
func Open(ctx context.Context, dsn string, opts Options) (*DB, error) {
	cfg, err := pq.NewConfig(dsn)
	if err != nil {
		// A URL parse error quotes the whole URL, password included:
		// keep only what is wrong.
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err
		}
		return nil, fmt.Errorf("postgres: bad address: %w", err)
	}
	// libpq's default, not lib/pq's "require": a server without TLS on
	// localhost works as it does for psql; say sslmode=require (or
	// verify-full) in the URL to insist on TLS.
	if cfg.SSLMode == "" {
		cfg.SSLMode = pq.SSLModePrefer
	}
	// One round trip per query instead of two (prepare, then execute)
	// for the queries not prepared ahead (every read: their SQL varies
	// with the filters); bytea arguments go in binary, as they are.
	cfg.BinaryParameters = true
	if cfg.ApplicationName == "" {
		cfg.ApplicationName = "newsgraph"
	}
	if cfg.Runtime == nil {
		cfg.Runtime = map[string]string{}
	}
	// Times come back in UTC whatever the server's default.
	cfg.Runtime["timezone"] = "UTC"
	// Every query reads one page through an index; starting parallel
	// workers costs more than they save (the counterparts of an actor
	// over 100,000 events: 280-450 ms with two workers, 20-40 ms without,
	// on the 2-core test machine). A URL may set it otherwise.
	if _, ok := cfg.Runtime["max_parallel_workers_per_gather"]; !ok {
		cfg.Runtime["max_parallel_workers_per_gather"] = "0"
	}
	// A writer holds the advisory lock every other writer waits for until
	// its transaction ends. If its machine dies mid-transaction, the
	// server would notice only when TCP keepalive gives up on the
	// connection (two hours by default on Linux), and every worker would
	// wait as long; a transaction left idle ends after a minute instead.
	// newsgraph's transactions never wait on anything but the database
	// between their statements. A URL may set it otherwise.
	if _, ok := cfg.Runtime["idle_in_transaction_session_timeout"]; !ok {
		cfg.Runtime["idle_in_transaction_session_timeout"] = "60s"
	}
	if opts.Schema != "" {
		cfg.Runtime["search_path"] = pq.QuoteIdentifier(opts.Schema)
	}
	conn, err := pq.NewConnectorConfig(cfg)
	if err != nil {
		return nil, fmt.Errorf("postgres: %w", err)
	}
	if opts.MaxConns <= 0 {
		opts.MaxConns = max(4, 2*runtime.GOMAXPROCS(0))
	}
	sdb := sql.OpenDB(conn)
	sdb.SetMaxOpenConns(opts.MaxConns)
	sdb.SetMaxIdleConns(opts.MaxConns)
	sdb.SetConnMaxIdleTime(5 * time.Minute)
	if err := sdb.PingContext(ctx); err != nil {
		sdb.Close()
		return nil, fmt.Errorf("postgres: connect: %w", err)
	}
	db := &DB{db: sdb, estimateFrom: store.EstimateFrom}
	if err := db.migrate(ctx); err != nil {
		sdb.Close()
		return nil, err
	}
	return db, nil
}

// Close closes the connection pool.
func (db *DB) Close() error { return db.db.Close() }

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

// migrate applies the missing migrations, each in its own transaction
// under the writers' advisory lock, so two processes opening a new
// database at once migrate it once.
func (db *DB) migrate(ctx context.Context) error {
	ms, err := migrations()
	if err != nil {
		return fmt.Errorf("postgres: read migrations: %w", err)
	}
	return db.apply(ctx, ms)
}

// apply brings the database to the last of ms (in version order).
func (db *DB) apply(ctx context.Context, ms []migration) error {
	known := migrate.Latest(ms)
	cur := -1
	for cur < known {
		var applied string
		err := db.inWriteTx(ctx, func(tx *sql.Tx) error {
			if _, err := tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
				version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL)`); err != nil {
				return err
			}
			if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&cur); err != nil {
				return fmt.Errorf("read schema version: %w", err)
			}
			if cur > known {
				return fmt.Errorf("database has schema version %d, this newsgraph knows up to %d; upgrade newsgraph: %w",
					cur, known, store.ErrNewerSchema)
			}
			for _, m := range ms {
				if m.Version <= cur {
					continue
				}
				if _, err := tx.ExecContext(ctx, m.SQL); err != nil {
					return fmt.Errorf("migrate to %s: %w", m.Name, err)
				}
				if step := goSteps[m.Version]; step != nil {
					if err := step(ctx, tx); err != nil {
						return fmt.Errorf("migrate to %s: %w", m.Name, err)
					}
				}
				if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations(version, name, applied_at) VALUES ($1, $2, now())`,
					m.Version, m.Name); err != nil {
					return fmt.Errorf("migrate to %s: %w", m.Name, err)
				}
				cur, applied = m.Version, m.Name
				return nil // one migration per transaction
			}
			return nil
		})
		if err != nil {
			return fmt.Errorf("postgres: %w", err)
		}
		if applied == "" {
			break
		}
	}
	db.schema = max(cur, known)
	return nil
}

// inWriteTx runs fn in a read-committed transaction holding the writers'
// advisory lock. Read committed, whatever the server's default: each
// statement sees what the writer before us committed while we waited for
// the lock (a repeatable-read snapshot would predate it).
func (db *DB) inWriteTx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	sqlTx, err := db.db.BeginTx(ctx, &sql.TxOptions{Isolation: sql.LevelReadCommitted})
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	if _, err := sqlTx.ExecContext(ctx, `SELECT pg_advisory_xact_lock($1, hashtext(current_schema()))`, lockClass); err != nil {
		sqlTx.Rollback()
		return fmt.Errorf("take the write lock: %w", err)
	}
	if err := fn(sqlTx); err != nil {
		sqlTx.Rollback()
		return err
	}
	if err := sqlTx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

// Write runs fn in one transaction. Writers take turns: one at a time in
// this process, and across processes through the advisory lock.
func (db *DB) Write(ctx context.Context, fn func(ctx context.Context, tx store.Tx) error) error {
	db.writeMu.Lock()
	defer db.writeMu.Unlock()
	var fnErr error
	err := db.inWriteTx(ctx, func(sqlTx *sql.Tx) error {
		t := &tx{tx: sqlTx, stmts: map[string]*sql.Stmt{}}
		defer t.closeStmts()
		if fnErr = fn(ctx, t); fnErr != nil {
			return fnErr
		}
		// PostgreSQL aborts a transaction at its first failed statement
		// (SQLite goes on); when fn went on after such an error, commit
		// would fail with a message that hides the cause.
		if t.failed != nil {
			return fmt.Errorf("store: transaction aborted by an earlier error: %w", t.failed)
		}
		if err := t.writeRanks(ctx); err != nil {
			return err
		}
		// The writes leave the name key of an actor they add or rename
		// unset (SQL cannot fold names as store.FoldName does): set
		// before commit.
		return fillNameKeys(ctx, sqlTx)
	})
	if fnErr != nil {
		return fnErr // fn's own error, unwrapped, as the SQLite store returns it
	}
	if err != nil {
		return fmt.Errorf("store: %w", err)
	}
	return nil
}

// dbTime is how a time is stored: UTC, whole seconds (as the SQLite store
// keeps them), so ties between reports break the same way in both stores.
func dbTime(t time.Time) time.Time { return t.UTC().Truncate(time.Second) }

func dbTimePtr(t *time.Time) any {
	if t == nil || t.IsZero() {
		return nil
	}
	return dbTime(*t)
}

func timePtr(t sql.NullTime) *time.Time {
	if !t.Valid {
		return nil
	}
	u := t.Time.UTC()
	return &u
}
