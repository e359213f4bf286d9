package events_test

import (
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/sweepfile"
)

// TestSweepHumanitarian runs testdata/sweep_humanitarian.tsv: sentences
// written for this repository on aid, disasters, migration, health,
// business and energy, each with the coding a PLOVER/CAMEO coder should
// give. Most business, weather and health news is no political event,
// hence the many NOTHING rows.
func TestSweepHumanitarian(t *testing.T) {
	runSweep(t, "testdata/sweep_humanitarian.tsv", 60)
}

// TestSweepDomestic runs testdata/sweep_domestic.tsv: sentences written
// for this repository on domestic politics, courts, elections, protests
// and policing (arrests, charges, verdicts, impeachments, resignations,
// strikes, rallies, riots, crackdowns, curfews, bans, pardons, probes).
func TestSweepDomestic(t *testing.T) {
	runSweep(t, "testdata/sweep_domestic.tsv", 100)
}

// runSweep runs one sweep file. Columns as in probes.txt (sentence,
// events that must be coded, events that must not), except that a type
// may list alternatives a coder could equally choose ("SANCTION|COERCE")
// and "NOTHING" as the wanted events means no main-clause event at all.
// Rows after "# open: " are the ones the coder still gets wrong, with the
// coding it should give (and a trailing "(why)" note): they run and are
// counted but do not fail, so the file pins only what is right and says
// what is left; set NEWSGRAPH_SWEEP_REPORT=1 to see every row's verdict
// and events. At least minPinned rows must be pinned.
func runSweep(t *testing.T, path string, minPinned int) {
	stages := fullPipeline(t)
	pub := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	sweepfile.Run(t, path, minPinned, func(line string, open bool) sweepfile.Verdict {
		if open {
			line = stripWhy(line)
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 2 || len(cols) > 3 {
			t.Fatalf("%s: want 2 or 3 tab-separated columns: %q", path, line)
		}
		text := cols[0]
		nothing := strings.TrimSpace(cols[1]) == "NOTHING"
		var want, deny []probe
		if !nothing {
			want = parseProbes(t, cols[1])
		}
		if len(cols) == 3 {
			deny = parseProbes(t, cols[2])
		}
		if !nothing && len(want)+len(deny) == 0 {
			t.Fatalf("%s: a row that checks nothing: %q", path, line)
		}
		art := probeArticle(t, stages, text, pub)
		if art == nil {
			return sweepfile.Verdict{Skip: true}
		}
		main := mainClause(art.Events)
		var wrong []string
		if nothing && len(main) > 0 {
			wrong = append(wrong, "want no event")
		}
		for _, w := range want {
			if !sweepFound(w, main, false) {
				wrong = append(wrong, "missing "+cols[1])
			}
		}
		for _, w := range deny {
			if sweepFound(w, main, true) {
				wrong = append(wrong, "unexpected "+cols[2])
			}
		}
		return sweepfile.Verdict{Row: text, Wrong: strings.Join(wrong, "; "), Got: describe(main)}
	})
}

// stripWhy drops an open row's trailing "(why it is still wrong)" note.
func stripWhy(line string) string {
	line = strings.TrimRight(line, " ")
	if !strings.HasSuffix(line, ")") {
		return line
	}
	tab := strings.LastIndex(line, "\t")
	if i := strings.Index(line[tab+1:], " ("); i >= 0 {
		return line[:tab+1+i]
	}
	return line
}

// sweepFound says an event of evs fits p, trying each of p's "|"-joined
// alternative types.
func sweepFound(p probe, evs []model.Event, loose bool) bool {
	for _, typ := range strings.Split(p.typ, "|") {
		alt := p
		alt.typ = typ
		for _, e := range evs {
			if probeFits(alt, e, loose) {
				return true
			}
		}
	}
	return false
}

// TestSweepModality runs testdata/sweep_modality.tsv: sentences written
// for this repository on negation ("did not", "denied that", "ruled out",
// "without"), modality ("plans to", "is set to", "may", "would ... if",
// questions, "was to have") and acts told as history ("in 2015", "last
// year's talks", "a decade ago"), with near-misses that are none of these
// ("not only ... but", "did not stop X from meeting").
func TestSweepModality(t *testing.T) {
	runSweep(t, "testdata/sweep_modality.tsv", 100)
}

// TestSweepSecurity runs testdata/sweep_security.tsv: sentences written
// for this repository on security and military news outside plain
// battles (cyber attacks, espionage, weapons tests, ship seizures, water
// cannon, airspace incidents, border clashes, kidnappings, drills,
// deployments, arms deliveries, alerts, hotlines).
func TestSweepSecurity(t *testing.T) {
	runSweep(t, "testdata/sweep_security.tsv", 140)
}
