package events_test

import (
	"bufio"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestSweepDomestic runs testdata/sweep_domestic.tsv, sentences written for
// this repository on domestic politics, courts, elections, protests and
// policing (arrests, charges, verdicts, impeachments, resignations,
// strikes, rallies, riots, crackdowns, curfews, bans, pardons, probes),
// in the column format of probes.txt: the sentence, the main-clause events
// it must give and those it must not. Rows whose coding is still wrong are
// kept as "# open:" comments with the coding a coder should give, so that
// the file pins only what is right and says what is left.
func TestSweepDomestic(t *testing.T) {
	stages := fullPipeline(t)
	f, err := os.Open("testdata/sweep_domestic.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	pub := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 2 || len(cols) > 3 {
			t.Fatalf("sweep_domestic.tsv: want 2 or 3 tab-separated columns: %q", line)
		}
		want := parseProbes(t, cols[1])
		var not []probe
		if len(cols) == 3 {
			not = parseProbes(t, cols[2])
		}
		if len(want)+len(not) == 0 {
			t.Fatalf("sweep_domestic.tsv: a row that checks nothing: %q", line)
		}
		n++
		text := cols[0]
		art := codeSentence(t, stages, text, pub)
		var main []model.Event
		for _, e := range art.Events {
			if e.Confidence >= 0.5 {
				main = append(main, e)
			}
		}
		for _, w := range want {
			found := false
			for _, e := range main {
				found = found || probeFits(w, e, false)
			}
			if !found {
				t.Errorf("%s\n\tmissing %+v; got:%s", text, w, describe(main))
			}
		}
		for _, w := range not {
			for _, e := range main {
				if probeFits(w, e, true) {
					t.Errorf("%s\n\tunexpected %+v; got:%s", text, w, describe(main))
					break
				}
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if n < 100 {
		t.Errorf("only %d sweep rows read", n)
	}
}
