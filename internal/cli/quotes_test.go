package cli

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
	"github.com/newsgraph/newsgraph/internal/store/sqlite"
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

	// --offset skips quotes of the listing, as events --offset does.
	out, errOut, status = storeCmd(t, "quotes", "--db", db, "--speaker", "marta olsen", "--offset", "1", "--limit", "1", "--format", "json")
	var page []store.Quote
	if err := json.Unmarshal([]byte(out), &page); status != 0 || err != nil || len(page) != 1 || page[0].Text != texts[1] {
		t.Errorf("quotes --offset 1 --limit 1: %d %v %s %s, want %q", status, err, out, errOut, texts[1])
	}
	if _, errOut, status = storeCmd(t, "quotes", "--db", db, "--offset", "-1"); status != 2 || !strings.Contains(errOut, "--offset") {
		t.Errorf("quotes --offset -1: %d %q, want a usage error", status, errOut)
	}

	// By id, with words, as CSV.
	out, _, status = storeCmd(t, "quotes", "--db", db, "--speaker", quotes[0].SpeakerID, "--text", "WINTER close", "--format", "csv")
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if status != 0 || err != nil || len(recs) != 2 || recs[0][4] != "quote" || recs[1][4] != "We will not close it again this winter" || recs[1][7] != "the port council" ||
		recs[0][1] != "reported" || recs[1][0] != "" || recs[1][1] == "" || recs[1][2] != quotes[0].ReportDateSource {
		t.Errorf("quotes csv: %d %q (%v)", status, out, err)
	}
	// The article is undated: a date range places it by its file's
	// modification time (today), as an event's reports are placed.
	if out, _, status = storeCmd(t, "quotes", "--db", db, "--until", "2020-01-01", "--format", "json"); status != 0 || strings.TrimSpace(out) != "[]" {
		t.Errorf("quotes --until: %d %q", status, out)
	}
	if out, _, status = storeCmd(t, "quotes", "--db", db, "--since", "2020-01-01", "--format", "json"); status != 0 || !strings.Contains(out, `"report_date_source": "reference"`) {
		t.Errorf("quotes --since: %d %q", status, out)
	}
	if _, errOut, status = storeCmd(t, "quotes", "--db", db, "--speaker", "Nobody Known"); status != 1 || !strings.Contains(errOut, "Nobody Known") {
		t.Errorf("unknown speaker: %d %q", status, errOut)
	}
	if _, errOut, status = storeCmd(t, "quotes", "--db", db, "--until", "2024-13-01"); status != 2 || !strings.Contains(errOut, "until") {
		t.Errorf("bad date: %d %q", status, errOut)
	}
	// An inverted span is a usage error, as events --since/--until make
	// one, not an empty listing that reads as "no quotes then".
	if _, errOut, status = storeCmd(t, "quotes", "--db", db, "--since", "2024-03-02", "--until", "2024-03-01"); status != 2 || !strings.Contains(errOut, "before since") {
		t.Errorf("inverted span: %d %q", status, errOut)
	}
	if _, errOut, status = storeCmd(t, "quotes", "--db", db, "--since", "2024-03-01", "--until", "2024-03-01"); status != 0 {
		t.Errorf("one-day span: %d %q", status, errOut)
	}
}

// A quote said "in a statement" and one told to a magazine, in an article
// written for this test and ingested through the whole pipeline, are
// listed with their conduits and the conduits' kinds: channel for the
// occasion, none for the outlet, in the table, CSV and JSON alike (the
// JSON as the API gives it).
func TestQuotesConduitKind(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "c.db")
	doc := filepath.Join(dir, "varga.txt")
	os.WriteFile(doc, []byte("Ceasefire talks resume in Geneva\n\n"+
		`"The ceasefire must hold," Foreign Minister Lena Varga said in a statement on Monday. `+
		`"We have no plans to withdraw," Varga told Newsweek.`), 0o644)
	if _, errOut, status := storeCmd(t, "ingest", "--db", db, "--progress", "never", doc); status != 0 {
		t.Fatalf("ingest: %d %s", status, errOut)
	}
	want := map[string][2]string{ // quote -> conduit, kind
		"The ceasefire must hold":      {"in a statement", model.ConduitChannel},
		"We have no plans to withdraw": {"Newsweek", ""},
	}
	out, errOut, status := storeCmd(t, "quotes", "--db", db, "--format", "json")
	var quotes []store.Quote
	if err := json.Unmarshal([]byte(out), &quotes); status != 0 || err != nil || len(quotes) != len(want) {
		t.Fatalf("quotes: %d %v %s %s", status, err, out, errOut)
	}
	for _, q := range quotes {
		if w := want[q.Text]; q.Conduit != w[0] || q.ConduitKind != w[1] {
			t.Errorf("json: %q with conduit %q (kind %q), want %q (kind %q)", q.Text, q.Conduit, q.ConduitKind, w[0], w[1])
		}
	}
	if strings.Count(out, `"conduit_kind"`) != 1 {
		t.Errorf("json: conduit_kind given %d times, want once (an outlet has none):\n%s", strings.Count(out, `"conduit_kind"`), out)
	}
	out, _, status = storeCmd(t, "quotes", "--db", db, "--format", "csv")
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if status != 0 || err != nil || len(recs) != 3 {
		t.Fatalf("csv: %d %v %q", status, err, out)
	}
	col := map[string]int{}
	for i, h := range recs[0] {
		col[h] = i
	}
	for _, r := range recs[1:] {
		if w := want[r[col["quote"]]]; r[col["conduit"]] != w[0] || r[col["conduit_kind"]] != w[1] {
			t.Errorf("csv row %q: want conduit %q, kind %q", r, w[0], w[1])
		}
	}
	out, _, status = storeCmd(t, "quotes", "--db", db, "--format", "table")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if status != 0 || len(lines) != 3 || !strings.Contains(lines[0], "conduit_kind") {
		t.Fatalf("table: %d %q", status, out)
	}
	for _, l := range lines[1:] {
		if strings.Contains(l, "in a statement") != strings.Contains(l, model.ConduitChannel) {
			t.Errorf("table row %q: channel wanted with the statement only", l)
		}
	}
}

// A speaker is found as a user names it: by a name the knowledge base
// knows it by, by a family name, by the words that named it in a quote,
// in any case; a name two stored actors share is a command-line mistake
// (status 2) that lists both ids.
func TestQuotesSpeakerNames(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "q.db")
	st, err := sqlite.Open(ctx, db, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	pub := time.Date(2025, 3, 4, 9, 0, 0, 0, time.UTC)
	data := &model.Article{URL: "https://wire.example/1", Title: "Trade talks", Published: &pub,
		Actors: []model.ActorRef{
			{ID: "USA.GOV.DOC", Name: "U.S. Department of Commerce", Type: "organisation", Country: "USA"},
			{ID: "person:xi_jinping", Name: "Xi Jinping", Type: "person", Country: "CHN"},
			{ID: "Q_ORCA_SHIP", Name: "Orca", Type: "organisation"},
			{ID: "Q_ORCA_BAND", Name: "Orca", Type: "organisation"},
		},
		Quotes: []model.Quote{
			{Text: "Export licences will be reviewed", Kind: model.QuoteDirect, Speaker: &model.Speaker{Text: "a department spokesman", ActorID: "USA.GOV.DOC"}},
			{Text: "Both sides gain from open markets", Kind: model.QuoteDirect, Speaker: &model.Speaker{Text: "the Chinese president", ActorID: "person:xi_jinping"}},
			{Text: "The ships sail on Friday", Kind: model.QuoteDirect, Speaker: &model.Speaker{Text: "Orca", ActorID: "Q_ORCA_SHIP"}},
		}}
	err = st.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		_, err := tx.InsertArticle(ctx, &store.Article{URL: data.URL, Source: data.URL, ContentHash: "h1", Title: data.Title,
			Text: "Trade talks.", Published: &pub, Data: data})
		return err
	})
	st.Close()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ speaker, want string }{
		{"US Commerce Department", "Export licences will be reviewed"},
		{"u.s. department of commerce", "Export licences will be reviewed"},
		{"Xi", "Both sides gain from open markets"},
		{"The Chinese President", "Both sides gain from open markets"},
	} {
		out, errOut, status := storeCmd(t, "quotes", "--db", db, "--speaker", c.speaker, "--format", "json")
		var quotes []store.Quote
		if err := json.Unmarshal([]byte(out), &quotes); status != 0 || err != nil || len(quotes) != 1 || quotes[0].Text != c.want {
			t.Errorf("--speaker %q: %d %s %s, want %q", c.speaker, status, out, errOut, c.want)
		}
	}
	_, errOut, status := storeCmd(t, "quotes", "--db", db, "--speaker", "ORCA")
	if status != 2 || !strings.Contains(errOut, "Q_ORCA_SHIP") || !strings.Contains(errOut, "Q_ORCA_BAND") {
		t.Errorf("--speaker ORCA: %d %q, want status 2 listing both actors", status, errOut)
	}
}

// TestEventsFamilyName: `events --actor` with a person's family name alone
// lists that person's events when one stored person has it, in any case
// and without accents; two persons of that family name are a command-line
// mistake (status 2) listing both, as for --speaker.
func TestEventsFamilyName(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "f.db")
	st, err := sqlite.Open(ctx, db, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	pub := time.Date(2025, 3, 4, 9, 0, 0, 0, time.UTC)
	data := &model.Article{URL: "https://wire.example/f", Title: "Visits", Published: &pub,
		Actors: []model.ActorRef{
			{ID: "Q_DEMIR", Name: "Aylin Demir", Type: "person", Country: "TUR"},
			{ID: "Q_NOVAK_J", Name: "Jan Novák", Type: "person", Country: "CZE"},
			{ID: "Q_NOVAK_E", Name: "Eva Novak", Type: "person", Country: "CZE"},
		}}
	err = st.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		id, err := tx.InsertArticle(ctx, &store.Article{URL: data.URL, Source: data.URL, ContentHash: "hf", Title: data.Title,
			Text: "Visits.", Published: &pub, Data: data})
		if err != nil {
			return err
		}
		for i, who := range [][2]string{{"Q_DEMIR", "Aylin Demir"}, {"Q_NOVAK_J", "Jan Novák"}, {"Q_NOVAK_E", "Eva Novak"}} {
			e := &store.Event{Key: who[0], Type: "CONSULT", SourceActor: who[0], SourceName: who[1], TargetActor: "FRA", TargetName: "France",
				Date: "2025-03-04", QuadClass: 1}
			if _, err := tx.InsertEvent(ctx, e); err != nil {
				return err
			}
			if err := tx.AddMention(ctx, &store.EventMention{EventID: e.ID, ArticleID: id, ArticleEventID: strconv.Itoa(i)}); err != nil {
				return err
			}
		}
		return nil
	})
	st.Close()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"DEMIR", "demir"} {
		out, errOut, status := storeCmd(t, "events", "--db", db, "--actor", name, "--format", "json")
		var evs []store.Event
		if err := json.Unmarshal([]byte(out), &evs); status != 0 || err != nil || len(evs) != 1 || evs[0].SourceActor != "Q_DEMIR" {
			t.Errorf("--actor %s: %d %s %s, want the event of Q_DEMIR", name, status, out, errOut)
		}
	}
	_, errOut, status := storeCmd(t, "events", "--db", db, "--actor", "NOVAK")
	if status != 2 || !strings.Contains(errOut, "Q_NOVAK_J") || !strings.Contains(errOut, "Q_NOVAK_E") {
		t.Errorf("--actor NOVAK: %d %q, want status 2 listing both persons", status, errOut)
	}
}

// The quotes table names a joint speaker's actors by their stored names,
// as the web pages do ("the two governments (Moldova government, ...)"),
// an id the store does not know by the id; CSV and JSON keep the ids.
func TestQuotesTableNamesJointSpeaker(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "joint.db")
	st, err := sqlite.Open(ctx, db, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	pub := time.Date(2025, 5, 2, 8, 0, 0, 0, time.UTC)
	text := "The governments of Ardenia and Belvar said talks would resume in spring."
	url := "https://wire.example/talks"
	govs := &model.Speaker{Text: "the two governments", ActorIDs: []string{"ARD.GOV", "BLV.GOV"}}
	// CRV.GOV is no stored actor (the analysis named none).
	other := &model.Speaker{Text: "both sides", ActorIDs: []string{"ARD.GOV", "CRV.GOV"}}
	art := &store.Article{URL: url, Source: url, Site: "Wire", ContentHash: url, Title: "Talks to resume", Text: text, Published: &pub,
		Data: &model.Article{Title: "Talks to resume", Paragraphs: []string{text}, Text: text, Published: &pub,
			Actors: []model.ActorRef{{ID: "ARD.GOV", Name: "Ardenia government", Type: "role", Country: "ARD", Mentions: 1},
				{ID: "BLV.GOV", Name: "Belvar government", Type: "role", Country: "BLV", Mentions: 1}},
			Quotes: []model.Quote{{Text: "Talks resume in spring", Kind: model.QuoteDirect, Speaker: govs},
				{Text: "The border stays open", Kind: model.QuoteDirect, Speaker: other}}}}
	if err := st.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		_, err := tx.InsertArticle(ctx, art)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	st.Close()

	out, errOut, status := storeCmd(t, "quotes", "--db", db, "--format", "table")
	for _, want := range []string{"the two governments (Ardenia government, Belvar government)", "both sides (Ardenia government, CRV.GOV)"} {
		if status != 0 || !strings.Contains(out, want) {
			t.Errorf("table: %d %s, want %q in\n%s", status, errOut, want, out)
		}
	}
	out, errOut, status = storeCmd(t, "quotes", "--db", db, "--format", "csv")
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if status != 0 || err != nil || len(rows) != 3 {
		t.Fatalf("csv: %d %v %s %s", status, err, out, errOut)
	}
	col := slices.Index(rows[0], "speaker")
	speakers := []string{rows[1][col], rows[2][col]}
	slices.Sort(speakers)
	if want := []string{"both sides (ARD.GOV, CRV.GOV)", "the two governments (ARD.GOV, BLV.GOV)"}; !slices.Equal(speakers, want) {
		t.Errorf("csv speakers: %q, want %q", speakers, want)
	}
	out, errOut, status = storeCmd(t, "quotes", "--db", db, "--format", "json")
	var quotes []store.Quote
	if err := json.Unmarshal([]byte(out), &quotes); status != 0 || err != nil || len(quotes) != 2 {
		t.Fatalf("json: %d %v %s %s", status, err, out, errOut)
	}
	for _, q := range quotes {
		if want := map[string][]string{govs.Text: govs.ActorIDs, other.Text: other.ActorIDs}[q.Speaker]; !slices.Equal(q.SpeakerIDs, want) {
			t.Errorf("json %q speaker_ids: %q, want %q", q.Speaker, q.SpeakerIDs, want)
		}
	}
	// --speaker finds a joint speaker by the words that named it, which
	// no one actor stands for; words that named no speaker whole are
	// still not found (status 1).
	out, errOut, status = storeCmd(t, "quotes", "--db", db, "--format", "json", "--speaker", "BOTH SIDES")
	if err := json.Unmarshal([]byte(out), &quotes); status != 0 || err != nil || len(quotes) != 1 || quotes[0].Text != "The border stays open" {
		t.Errorf("--speaker 'BOTH SIDES': %d %v %s %s, want the one quote of both sides", status, err, out, errOut)
	}
	if _, errOut, status = storeCmd(t, "quotes", "--db", db, "--speaker", "both"); status != 1 || !strings.Contains(errOut, "no quote names its speaker so") {
		t.Errorf("--speaker both: %d %s, want status 1, not found", status, errOut)
	}
}
