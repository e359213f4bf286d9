package backend

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/store"
)

func TestRedact(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"postgres://news:s3cret@db.example:5432/newsgraph", "postgres://news:xxx@db.example:5432/newsgraph"},
		{"postgresql://news@db.example/newsgraph?sslmode=require", "postgresql://news@db.example/newsgraph?sslmode=require"},
		{"postgres://db.example/n?user=news&password=s3cret&sslmode=verify-full", "postgres://db.example/n?user=news&password=xxx&sslmode=verify-full"},
		{"postgres://a:b%40c@h/d?sslpassword=k&PASSWORD=p", "postgres://a:xxx@h/d?sslpassword=xxx&PASSWORD=xxx"},
		{"postgres://u:p@h/d?x=a@b", "postgres://u:xxx@h/d?x=a@b"},
		{"/var/lib/newsgraph.db", "/var/lib/newsgraph.db"},
	} {
		if got := Redact(c.in); got != c.want {
			t.Errorf("Redact(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// A PostgreSQL URL reaches the PostgreSQL store: with no server there, the
// error names the address without its password.
func TestOpenPostgresURL(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	// Port 1 on loopback: nothing listens, the connection is refused.
	for _, addr := range []string{
		"postgres://news:s3cret@127.0.0.1:1/newsgraph?sslmode=disable&connect_timeout=5",
		"POSTGRESQL://news@127.0.0.1:1/newsgraph?password=s3cret&connect_timeout=5",
	} {
		_, err := Open(ctx, addr)
		if err == nil {
			t.Fatalf("Open(%s) succeeded with no server", Redact(addr))
		}
		if strings.Contains(err.Error(), "s3cret") || !strings.Contains(err.Error(), "127.0.0.1:1") {
			t.Errorf("error %q: want the address without its password", err)
		}
		if errors.Is(err, store.ErrUnsupported) {
			t.Errorf("error %q: PostgreSQL is supported", err)
		}
	}
}

// A malformed URL is refused without repeating its password (Go's URL
// parser quotes the whole URL in its errors).
func TestOpenBadURL(t *testing.T) {
	for _, addr := range []string{"postgres://u:s3cret@h:notaport/db", "postgres://u:s3cret%zz@h/db", "postgres://u:s3cret@h/db?sslmode=bogus"} {
		_, err := Open(context.Background(), addr)
		if err == nil || strings.Contains(err.Error(), "s3cret") || !strings.Contains(err.Error(), "bad address") {
			t.Errorf("Open(%s): %v", Redact(addr), err)
		}
	}
}

func TestOpenUnknownScheme(t *testing.T) {
	_, err := Open(context.Background(), "mysql://root:pw@localhost/db")
	if !errors.Is(err, store.ErrUnsupported) || strings.Contains(err.Error(), "pw@") {
		t.Errorf("err = %v, want ErrUnsupported without the password", err)
	}
}

func TestOpenSQLiteFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.db")
	for _, addr := range []string{path, "sqlite:" + path} {
		s, err := Open(context.Background(), addr)
		if err != nil {
			t.Fatal(err)
		}
		s.Close()
	}
}
