package cli

import (
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// readmeSections maps each command to the README sections ("## " headings)
// that document its flags. Flags shared by several commands are written
// once where the commands are described together (--db, the fetch limits
// and --join-confidence under "Ingesting and querying a store"), so a
// command may be documented in more than one section.
var readmeSections = map[string][]string{
	"analyze":   {"Usage"},
	"ingest":    {"Ingesting and querying a store", "Scaling out: NATS JetStream workers"},
	"worker":    {"Ingesting and querying a store", "Scaling out: NATS JetStream workers"},
	"search":    {"Ingesting and querying a store"},
	"events":    {"Ingesting and querying a store"},
	"actors":    {"Ingesting and querying a store"},
	"quotes":    {"Ingesting and querying a store"},
	"remerge":   {"Ingesting and querying a store"},
	"reanalyze": {"Ingesting and querying a store"},
	"serve":     {"Serving: web UI and JSON API", "Ingesting and querying a store"},
	"export":    {"Export", "Ingesting and querying a store"},
	// eval events' --split is described with the event patterns, eval
	// ingest's --db with ingest.
	"eval":    {"Evaluation", "Usage", "Ingesting and querying a store"},
	"train":   {"Training"},
	"version": nil,
}

// readmeSection returns the text of the "## title" section of the README,
// up to the next "## " heading (its "### " subsections included).
func readmeSection(readme, title string) string {
	_, rest, ok := strings.Cut(readme, "\n## "+title+"\n")
	if !ok {
		return ""
	}
	if i := strings.Index(rest, "\n## "); i >= 0 {
		rest = rest[:i]
	}
	return rest
}

// helpFlags lists the flags "newsgraph ARGS -h" prints.
func helpFlags(t *testing.T, args ...string) []string {
	t.Helper()
	help, errOut, status := storeCmd(t, append(args, "-h")...)
	if status != 0 {
		t.Fatalf("newsgraph %s -h: status %d, %s", strings.Join(args, " "), status, errOut)
	}
	var flags []string
	for _, m := range regexp.MustCompile(`(?m)^  -([a-z0-9-]+)`).FindAllStringSubmatch(help, -1) {
		flags = append(flags, m[1])
	}
	return flags
}

// Every flag of every command (each eval stage and train model too) is
// named as --flag in the README section that documents the command, and
// every --flag the README names is a flag of some command. Flags were
// added (ingest --progress, worker --consumer, the eval knobs) without a
// word in the README, which the reader takes as the whole reference.
func TestREADMEDocumentsEveryFlag(t *testing.T) {
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(b)
	var cmds [][]string
	for _, c := range commands() {
		switch c.name {
		case "eval":
			for name := range evalCommands() {
				cmds = append(cmds, []string{"eval", name})
			}
		case "train":
			for _, sub := range []string{"clusters", "pos", "ner"} {
				cmds = append(cmds, []string{"train", sub})
			}
		default:
			cmds = append(cmds, []string{c.name})
		}
	}
	named := regexp.MustCompile(`--([a-z][a-z0-9-]*)`)
	all := map[string]bool{}
	for _, c := range cmds {
		titles, ok := readmeSections[c[0]]
		if !ok {
			t.Errorf("newsgraph %s: no README section listed for it in readmeSections", c[0])
			continue
		}
		documented := map[string]bool{}
		for _, title := range titles {
			sec := readmeSection(readme, title)
			if sec == "" {
				t.Fatalf("README has no section %q", title)
			}
			for _, m := range named.FindAllStringSubmatch(sec, -1) {
				documented[m[1]] = true
			}
		}
		for _, f := range helpFlags(t, c...) {
			all[f] = true
			if !documented[f] {
				t.Errorf("newsgraph %s --%s is not in the README (sections %q)", strings.Join(c, " "), f, titles)
			}
		}
	}
	if len(all) < 50 {
		t.Fatalf("only %d flags read from the commands' help: the help format changed?", len(all))
	}
	var unknown []string
	for _, m := range named.FindAllStringSubmatch(readme, -1) {
		if !all[m[1]] && !slices.Contains(unknown, m[1]) {
			unknown = append(unknown, m[1])
		}
	}
	if len(unknown) > 0 {
		t.Errorf("the README names flags no command has: --%s", strings.Join(unknown, ", --"))
	}
}
