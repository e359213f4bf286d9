package cli

import (
	"context"
	"flag"
	"fmt"
	"os"

	"github.com/newsgraph/newsgraph/internal/store"
	"github.com/newsgraph/newsgraph/internal/store/backend"
)

// dbFlag adds the --db flag every store command takes. Its default comes
// from $NEWSGRAPH_DB, which may be a PostgreSQL URL with a password: -h
// names the variable instead of printing its value (the flag package
// prints a flag's default as it is).
func dbFlag(fs *flag.FlagSet, env Env) *string {
	v := &dbAddr{addr: backend.DefaultAddr(env.Getenv)}
	fs.Var(v, "db", "the `database`: a SQLite file path, or a PostgreSQL URL postgres://user:password@host:5432/dbname "+
		"(default $"+backend.EnvVar+", else "+backend.DefaultFile+")")
	return &v.addr
}

// dbAddr is --db's value. Until set on the command line it shows as empty,
// so the help text prints no default of its own (see dbFlag).
type dbAddr struct {
	addr string
	set  bool
}

func (d *dbAddr) String() string {
	if d == nil || !d.set {
		return ""
	}
	return d.addr
}

func (d *dbAddr) Set(s string) error {
	d.addr, d.set = s, true
	return nil
}

// openStore opens the store a command's --db names.
func openStore(ctx context.Context, addr string) (store.Store, error) {
	return backend.Open(ctx, addr)
}

// openExistingStore opens the store for a query command, refusing to create
// an empty database by accident (a mistyped --db).
func openExistingStore(ctx context.Context, addr string) (store.Store, error) {
	if _, err := os.Stat(addr); err != nil && !containsScheme(addr) {
		// A PostgreSQL URL names a server: nothing to check on disk.
		return nil, fmt.Errorf("database %s: %w (ingest something first, or pass --db)", addr, err)
	}
	return backend.Open(ctx, addr)
}

func containsScheme(addr string) bool {
	for i := 0; i+2 < len(addr); i++ {
		if addr[i:i+3] == "://" {
			return true
		}
	}
	return false
}
