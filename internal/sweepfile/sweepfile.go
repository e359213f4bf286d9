// Package sweepfile runs the sweep files of the stages' tests: sentences or
// passages written for the repository, one row a line, each with the
// answer a careful reader would give. A row that is right is pinned: it
// fails the test when it goes wrong. Rows after "# open: " are the ones
// still wrong, with the answer they should get and a note saying why: they
// run and are counted but do not fail, so a file pins only what is right
// and says what is left. Blank lines and other "#" lines are comments.
// NEWSGRAPH_SWEEP_REPORT=1 logs every row's verdict. The events, quotes
// and actor sweeps differ in their columns and checks, not in this.
package sweepfile

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// A Verdict is what a row's check found.
type Verdict struct {
	Row   string // the row as a message names it (its text)
	Wrong string // what is wrong; empty when the row is right
	Got   string // what the stage gave, for the message
	Skip  bool   // the check reported its own error; count nothing
}

// Run reads the sweep file at path and checks each row: check gets the
// row's line (without its "# open: " mark) and whether it is open. At
// least minPinned rows must be pinned.
func Run(t *testing.T, path string, minPinned int, check func(line string, open bool) Verdict) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	report := os.Getenv("NEWSGRAPH_SWEEP_REPORT") != ""
	var pinned, open, openRight int
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		rest, isOpen := strings.CutPrefix(line, "# open: ")
		if isOpen {
			line = rest
		} else if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		v := check(line, isOpen)
		if v.Skip {
			continue
		}
		if isOpen {
			open++
			if v.Wrong == "" {
				openRight++
			}
		} else {
			pinned++
		}
		switch {
		case report:
			verdict := "RIGHT"
			if v.Wrong != "" {
				verdict = "WRONG " + v.Wrong
			}
			if isOpen {
				verdict = "open " + verdict
			}
			t.Logf("%s | %s |%s", verdict, v.Row, v.Got)
		case !isOpen && v.Wrong != "":
			t.Errorf("%s\n\t%s; got:%s", v.Row, v.Wrong, v.Got)
		case isOpen && v.Wrong == "":
			t.Logf("open row now right, drop its open mark: %s", v.Row)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d rows pinned, %d open (%d of them now right)", pinned, open, openRight)
	if pinned < minPinned {
		t.Errorf("%s: only %d pinned rows read", path, pinned)
	}
}
