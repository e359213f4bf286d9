package cli

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestEventsIDRefusesOtherFlags checks that a filter or page flag beside
// --id is refused with a message whose verb agrees with how many were given
// (flag.Visit names them in lexical order).
func TestEventsIDRefusesOtherFlags(t *testing.T) {
	db := filepath.Join(t.TempDir(), "news.db")
	seedEvents(t, db)
	for _, tc := range []struct {
		name  string
		extra []string
		want  string
	}{
		{"one flag", []string{"--limit", "3"}, "--limit does not apply to it"},
		{"two flags", []string{"--limit", "3", "--actor", "KST"}, "--actor, --limit do not apply to it"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			args := append([]string{"events", "--db", db, "--id", "1"}, tc.extra...)
			_, errOut, status := storeCmd(t, args...)
			if status != 2 {
				t.Fatalf("status %d, want 2 (stderr %q)", status, errOut)
			}
			if !strings.Contains(errOut, tc.want) {
				t.Errorf("stderr %q does not say %q", errOut, tc.want)
			}
		})
	}
}
