package cli

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// The README's quick start is two commands a newcomer runs as written, from
// the repository's root: analyze on the example article, and the tests,
// which .ci/run must run the same way. The analyze line is run here through
// Run with its arguments as the README gives them, and must print the
// analysis it describes (the article, resolved actors, dates, quotes, keywords, a summary,
// events).
func TestREADMEQuickStart(t *testing.T) {
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	sec := readmeSection(string(b), "Quick start")
	_, block, ok := strings.Cut(sec, "```sh\n")
	if !ok {
		t.Fatal("README's Quick start has no sh block")
	}
	block, _, _ = strings.Cut(block, "```")
	lines := strings.Split(strings.TrimSpace(block), "\n")
	if len(lines) != 2 || lines[1] != "go test ./..." {
		t.Fatalf("Quick start block %q: want the analyze line and go test ./...", lines)
	}
	ci, err := os.ReadFile("../../.ci/run")
	if err != nil {
		t.Fatal(err)
	}
	ciLines := strings.Split(strings.TrimSpace(string(ci)), "\n")
	if last := ciLines[len(ciLines)-1]; last != lines[1] {
		t.Errorf(".ci/run ends with %q; the README's test command is %q", last, lines[1])
	}

	const prefix = "go run ./cmd/newsgraph "
	if !strings.HasPrefix(lines[0], prefix) {
		t.Fatalf("Quick start's first command %q does not start with %q", lines[0], prefix)
	}
	t.Chdir("../..")
	out, errOut, status := analyzeRun(t, nil, strings.Fields(strings.TrimPrefix(lines[0], prefix))...)
	if status != 0 {
		t.Fatalf("%s: status %d\n%s", lines[0], status, errOut)
	}
	var a model.Article
	if err := json.Unmarshal([]byte(out), &a); err != nil {
		t.Fatalf("%s: not one JSON article: %v\n%.300s", lines[0], err, out)
	}
	if a.Title == "" || a.Published == nil || len(a.Actors) == 0 || len(a.Quotes) == 0 || len(a.Events) == 0 || a.Summary == "" || len(a.Keywords) == 0 || len(a.Dates) == 0 {
		t.Errorf("%s: title %q, published %v, %d actors, %d quotes, %d events, %d keywords, %d dates, summary %q",
			lines[0], a.Title, a.Published, len(a.Actors), len(a.Quotes), len(a.Events), len(a.Keywords), len(a.Dates), a.Summary)
	}
}
