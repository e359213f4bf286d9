// Package backend opens a store from a --db address: a file path for the
// embedded SQLite store, or (later) a postgres:// URL. It is separate from
// package store so that store does not import its own backends.
package backend

import (
	"context"
	"fmt"
	"strings"

	"github.com/newsgraph/newsgraph/internal/store"
	"github.com/newsgraph/newsgraph/internal/store/sqlite"
)

// EnvVar names the environment variable that sets the default --db.
const EnvVar = "NEWSGRAPH_DB"

// DefaultFile is the database used when neither --db nor $NEWSGRAPH_DB is set.
const DefaultFile = "newsgraph.db"

// DefaultAddr returns $NEWSGRAPH_DB, or newsgraph.db in the working directory.
func DefaultAddr(getenv func(string) string) string {
	if getenv != nil {
		if v := getenv(EnvVar); v != "" {
			return v
		}
	}
	return DefaultFile
}

// Open opens the store at addr.
func Open(ctx context.Context, addr string) (store.Store, error) {
	lower := strings.ToLower(addr)
	switch {
	case addr == "":
		return nil, fmt.Errorf("no database given (--db or $%s)", EnvVar)
	case strings.HasPrefix(lower, "postgres://"), strings.HasPrefix(lower, "postgresql://"):
		return nil, fmt.Errorf("%s: PostgreSQL: %w (use a file path for the embedded SQLite store)", redact(addr), store.ErrUnsupported)
	case strings.Contains(addr, "://"):
		return nil, fmt.Errorf("%s: unknown database scheme: %w", redact(addr), store.ErrUnsupported)
	}
	path := strings.TrimPrefix(addr, "sqlite:")
	db, err := sqlite.Open(ctx, path, sqlite.Options{})
	if err != nil {
		return nil, err
	}
	return db, nil
}

// redact hides a password in a database URL before it reaches a log.
func redact(addr string) string {
	scheme, rest, ok := strings.Cut(addr, "://")
	if !ok {
		return addr
	}
	if at := strings.LastIndex(rest, "@"); at >= 0 {
		if user, _, ok := strings.Cut(rest[:at], ":"); ok {
			return scheme + "://" + user + ":xxx" + rest[at:]
		}
	}
	return addr
}
