package cli

import (
	"regexp"
	"strings"
	"testing"
)

// Every command's help ends with examples that run that command and name
// only flags it has (an example with a renamed flag would teach a mistake),
// and the top-level help has some too.
func TestHelpExamples(t *testing.T) {
	flagRe := regexp.MustCompile(`(?:^| )--?([a-z][a-z0-9-]*)`)
	for _, c := range commands() {
		switch c.name {
		case "eval", "train", "version":
			continue // eval and train list their stages; version has no flags
		}
		out, _, status := storeCmd(t, c.name, "-h")
		if status != 0 {
			t.Errorf("%s -h: status %d", c.name, status)
			continue
		}
		_, ex, ok := strings.Cut(out, "\nExamples:\n")
		if !ok {
			t.Errorf("%s -h: no examples", c.name)
			continue
		}
		flags, _, _ := strings.Cut(out, "\nExamples:\n")
		for _, line := range strings.Split(strings.TrimSpace(ex), "\n") {
			line = strings.TrimSpace(line)
			if _, cmd, _ := strings.Cut(line, "newsgraph "); !strings.HasPrefix(cmd, c.name+" ") && cmd != c.name {
				t.Errorf("%s -h: example %q does not run newsgraph %s", c.name, line, c.name)
			}
			_, args, _ := strings.Cut(line, "newsgraph "+c.name)
			for _, m := range flagRe.FindAllStringSubmatch(args, -1) {
				if !strings.Contains(flags, "\n  -"+m[1]+" ") && !strings.Contains(flags, "\n  -"+m[1]+"\n") {
					t.Errorf("%s -h: example %q names --%s, which %s does not have", c.name, line, m[1], c.name)
				}
			}
		}
	}
	out, _, _ := storeCmd(t, "help")
	if !strings.Contains(out, "\nExamples:\n  newsgraph ") {
		t.Errorf("newsgraph help: no examples in %q", out)
	}
}
