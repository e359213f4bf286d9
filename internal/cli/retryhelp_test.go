package cli

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/ingest/runner"
)

// TestRetryFlagsNameTheSameCauses checks that every flag retrying a failed
// fetch lists the causes runner.passing retries, in the same words: serve
// and ingest --feed-retries and worker --fetch-retries all retry by it, and
// their help once listed different causes.
func TestRetryFlagsNameTheSameCauses(t *testing.T) {
	for _, tc := range []struct {
		cmd, flag string
	}{
		{"serve", "feed-retries"},
		{"ingest", "feed-retries"},
		{"worker", "fetch-retries"},
	} {
		t.Run(tc.cmd, func(t *testing.T) {
			help, errOut, status := storeCmd(t, tc.cmd, "-h")
			if status != 0 {
				t.Fatalf("newsgraph %s -h: status %d, %s", tc.cmd, status, errOut)
			}
			_, usage, ok := strings.Cut(help, "\n  -"+tc.flag+" ")
			if !ok {
				t.Fatalf("newsgraph %s -h lists no --%s:\n%s", tc.cmd, tc.flag, help)
			}
			usage, _, _ = strings.Cut(usage, "\n  -")
			if !strings.Contains(usage, "("+runner.PassingCauses) {
				t.Errorf("--%s of %s does not list the causes retried (%q):\n%s", tc.flag, tc.cmd, runner.PassingCauses, usage)
			}
		})
	}
}
