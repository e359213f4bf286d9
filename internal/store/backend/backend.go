// Package backend opens a store from a --db address: a file path for the
// embedded SQLite store, or a postgres:// (postgresql://) URL for a
// PostgreSQL server. It is separate from package store so that store does
// not import its own backends.
package backend

import (
	"context"
	"fmt"
	"net/url"
	"strings"

	"github.com/newsgraph/newsgraph/internal/store"
	"github.com/newsgraph/newsgraph/internal/store/postgres"
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

// IsPostgres reports whether addr names a PostgreSQL server.
func IsPostgres(addr string) bool {
	lower := strings.ToLower(addr)
	return strings.HasPrefix(lower, "postgres://") || strings.HasPrefix(lower, "postgresql://")
}

// Open opens the store at addr.
func Open(ctx context.Context, addr string) (store.Store, error) {
	switch {
	case addr == "":
		return nil, fmt.Errorf("no database given (--db or $%s)", EnvVar)
	case IsPostgres(addr):
		db, err := postgres.Open(ctx, addr, postgres.Options{})
		if err != nil {
			// The driver's errors do not repeat the address; say which
			// server, without its password.
			return nil, fmt.Errorf("%s: %w", Redact(addr), err)
		}
		return db, nil
	case strings.Contains(addr, "://"):
		return nil, fmt.Errorf("%s: unknown database scheme (want a file path or postgres://): %w", Redact(addr), store.ErrUnsupported)
	}
	path := strings.TrimPrefix(addr, "sqlite:")
	db, err := sqlite.Open(ctx, path, sqlite.Options{})
	if err != nil {
		return nil, err
	}
	return db, nil
}

// Redact hides the passwords in a database URL (user:password@ and the
// password and sslpassword parameters) before it reaches a log or an error.
func Redact(addr string) string {
	scheme, rest, ok := strings.Cut(addr, "://")
	if !ok {
		return addr
	}
	hostPart, query, hasQuery := strings.Cut(rest, "?")
	if at := strings.LastIndex(hostPart, "@"); at >= 0 {
		if user, _, ok := strings.Cut(hostPart[:at], ":"); ok {
			hostPart = user + ":xxx" + hostPart[at:]
		}
	}
	if hasQuery {
		params := strings.Split(query, "&")
		for i, p := range params {
			k, _, _ := strings.Cut(p, "=")
			if key, err := url.QueryUnescape(k); err == nil && (strings.EqualFold(key, "password") || strings.EqualFold(key, "sslpassword")) {
				params[i] = k + "=xxx"
			}
		}
		hostPart += "?" + strings.Join(params, "&")
	}
	return scheme + "://" + hostPart
}
