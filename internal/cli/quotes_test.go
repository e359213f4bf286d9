package cli

import (
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/store"
)

// An article written for this test, ingested through the whole pipeline:
// its quotes are listed by speaker name or id, with conduit and audience.
func TestQuotesCommand(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "q.db")
	doc := filepath.Join(dir, "olsen.txt")
	os.WriteFile(doc, []byte("Harbour to reopen north quay\n\nThe harbour master, Marta Olsen, said the north quay would reopen in May. "+
		`"The crews have waited long enough," Olsen told the Harbour Gazette on Monday. `+
		`"We will not close it again this winter," Olsen told the port council.`), 0o644)
	if _, errOut, status := storeCmd(t, "ingest", "--db", db, "--progress", "never", doc); status != 0 {
		t.Fatalf("ingest: %d %s", status, errOut)
	}
	out, errOut, status := storeCmd(t, "quotes", "--db", db, "--speaker", "marta olsen", "--format", "json")
	var quotes []store.Quote
	if err := json.Unmarshal([]byte(out), &quotes); status != 0 || err != nil {
		t.Fatalf("quotes: %d %v %s %s", status, err, out, errOut)
	}
	var texts []string
	for _, q := range quotes {
		texts = append(texts, q.Text)
		if q.SpeakerID == "" || q.Title != "Harbour to reopen north quay" {
			t.Errorf("quote %+v: want the speaker's id and the article's title", q)
		}
	}
	if want := []string{"the north quay would reopen in May", "The crews have waited long enough", "We will not close it again this winter"}; !slices.Equal(texts, want) {
		t.Fatalf("quotes %q, want %q", texts, want)
	}
	if quotes[1].Conduit != "Harbour Gazette" || quotes[2].Audience != "the port council" {
		t.Errorf("conduit %q, audience %q", quotes[1].Conduit, quotes[2].Audience)
	}

	// By id, with words, as CSV.
	out, _, status = storeCmd(t, "quotes", "--db", db, "--speaker", quotes[0].SpeakerID, "--text", "WINTER close", "--format", "csv")
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if status != 0 || err != nil || len(recs) != 2 || recs[0][2] != "quote" || recs[1][2] != "We will not close it again this winter" || recs[1][4] != "the port council" {
		t.Errorf("quotes csv: %d %q (%v)", status, out, err)
	}
	// The article is undated: a date range leaves it out.
	if out, _, status = storeCmd(t, "quotes", "--db", db, "--since", "2020-01-01", "--format", "json"); status != 0 || strings.TrimSpace(out) != "[]" {
		t.Errorf("quotes --since: %d %q", status, out)
	}
	if _, errOut, status = storeCmd(t, "quotes", "--db", db, "--speaker", "Nobody Known"); status != 1 || !strings.Contains(errOut, "Nobody Known") {
		t.Errorf("unknown speaker: %d %q", status, errOut)
	}
	if _, errOut, status = storeCmd(t, "quotes", "--db", db, "--until", "2024-13-01"); status != 2 || !strings.Contains(errOut, "until") {
		t.Errorf("bad date: %d %q", status, errOut)
	}
}
