package resolve_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/analysis/analysistest"
	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/pipeline"
	"github.com/newsgraph/newsgraph/internal/sweepfile"
)

// TestSweepActors runs testdata/sweep_actors.tsv: short sentences written
// for this repository, each with one mention and the actor, country and
// sector a coder gives it: leaders by title at different dates, ministers
// and ministries, capitals and seats standing for governments, a
// nationality word with a body, state news agencies, international
// bodies, armed groups, parties, courts, central banks and cities.
func TestSweepActors(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the whole pipeline")
	}
	runActorSweep(t, "testdata/sweep_actors.tsv", 150)
}

// TestSweepPeople runs testdata/sweep_people.tsv the same way: persons and
// offices (former, late and outgoing holders, leaders by date, names run
// together from given name and surname), news agencies and the works,
// clubs and places that look like persons.
func TestSweepPeople(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the whole pipeline")
	}
	runActorSweep(t, "testdata/sweep_people.tsv", 90)
}

// runActorSweep runs one sweep file of tab-separated rows: publish date,
// text, mention (the entity's text, or "ROLE:<words>" for the role
// mention whose text ends with them, as in the fixtures' .want files),
// actor id, country, sector, and an optional note. In the last three
// columns "*" takes anything and "-" wants none (for the actor: no id, or
// one the article made up, "doc:..."). Each text goes through the whole
// pipeline as "newsgraph analyze --published DATE -" reads it, so the
// tagger's entities are the ones resolved. Rows after "# open: " are
// those still wrong, with the answer they should get and a note saying
// why: they run and are counted but do not fail, so the file pins only
// what is right and says what is left. NEWSGRAPH_SWEEP_REPORT=1 logs every
// row's verdict. At least minPinned rows must be pinned.
func runActorSweep(t *testing.T, path string, minPinned int) {
	sweepStages := analysistest.Stages(t)
	sweepfile.Run(t, path, minPinned, func(line string, open bool) sweepfile.Verdict {
		cols := strings.Split(line, "\t")
		if len(cols) < 6 || len(cols) > 7 {
			t.Fatalf("%s: want 6 or 7 tab-separated columns: %q", path, line)
		}
		if cols[3] == "*" && cols[4] == "*" && cols[5] == "*" {
			t.Fatalf("%s: a row that checks nothing: %q", path, line)
		}
		pub, err := time.Parse("2006-01-02", cols[0])
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		text, key := cols[1], cols[2]
		doc, err := analysistest.Document(context.Background(), analysistest.ReportText(text), pub)
		if err != nil {
			t.Fatal(err)
		}
		if err := pipeline.Run(context.Background(), sweepStages, doc); err != nil {
			t.Fatalf("%s: %v", text, err)
		}
		got := sweepMentions(doc.Article, key)
		verdict := ""
		if len(got) == 0 {
			verdict = "no mention " + key
		}
		var seen []string
		for _, e := range got {
			id := e.ActorID
			if strings.HasPrefix(id, "doc:") {
				id = ""
			}
			seen = append(seen, e.ActorID+"/"+e.Country+"/"+e.Sector)
			if !sweepField(cols[3], id) || !sweepField(cols[4], e.Country) || !sweepField(cols[5], e.Sector) {
				verdict = "want " + strings.Join(cols[3:6], "/")
			}
		}
		var all []string
		for _, e := range doc.Article.Entities {
			all = append(all, e.Type+":"+e.Text+"="+e.ActorID)
		}
		return sweepfile.Verdict{Row: text + " (" + cols[0] + ") | " + key, Wrong: verdict,
			Got: " got " + strings.Join(seen, ", ") + " | " + strings.Join(all, " ")}
	})
}

// sweepMentions are art's entities key names: for "ROLE:<words>" the role
// mentions whose text ends with those words (the modifier before the role
// word included, as the fixtures' .want files read them), else those whose
// text is key.
func sweepMentions(art *model.Article, key string) []model.Entity {
	var out []model.Entity
	words, isRole := strings.CutPrefix(key, "ROLE:")
	for _, e := range art.Entities {
		switch {
		case isRole && e.Type == model.EntityRole && e.End >= len(words) && art.Text[e.End-len(words):e.End] == words:
			out = append(out, e)
		case !isRole && e.Type != model.EntityRole && e.Text == key:
			out = append(out, e)
		}
	}
	return out
}

// sweepField says a got value fits a sweep column: "*" anything, "-"
// nothing, else that value.
func sweepField(want, got string) bool {
	switch want {
	case "*":
		return true
	case "-":
		return got == ""
	}
	return want == got
}
