package export

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/store"
)

// fakeReader serves events from memory, paging like a store.
type fakeReader struct {
	events   []store.Event
	mentions map[int64][]store.EventMention
}

// Events lists f.events in their order, from After (by id) and Offset.
func (f *fakeReader) Events(_ context.Context, q store.EventQuery) ([]store.Event, error) {
	start := q.Offset
	if q.After != nil {
		i := slices.IndexFunc(f.events, func(e store.Event) bool { return e.ID == q.After.ID })
		start += i + 1
	}
	if start >= len(f.events) {
		return nil, nil
	}
	end := min(len(f.events), start+q.Limit)
	return f.events[start:end], nil
}

func (f *fakeReader) Event(_ context.Context, id int64) (*store.Event, []store.EventMention, error) {
	for i := range f.events {
		if f.events[i].ID == id {
			return &f.events[i], f.mentions[id], nil
		}
	}
	return nil, nil, store.ErrNotFound
}

func testEvents(n int) *fakeReader {
	seen := time.Date(2025, 3, 4, 10, 15, 0, 0, time.UTC)
	pub := time.Date(2025, 3, 3, 22, 0, 0, 0, time.UTC)
	types := []struct{ typ, cameo string }{
		{"CONSULT", "0311"}, {"AGREE", ""}, {"PROTEST", "141"}, {"SANCTION", ""}, {"ASSAULT", "1823"},
		{"AID", "bogus"}, {"THREATEN", ""}, {"MOBILIZE", ""}, {"UNKNOWNTYPE", ""},
	}
	f := &fakeReader{mentions: map[int64][]store.EventMention{}}
	for i := 0; i < n; i++ {
		t := types[i%len(types)]
		e := store.Event{
			ID: int64(i + 1), Type: t.typ, CAMEO: t.cameo,
			SourceName: "Lumen\tgovernment", SourceCountry: "lum", TargetName: "Port Ardent", TargetCountry: "XAR",
			Location: "Kestrel Bay", Date: []string{"2025-03-02", "2025-03", "2025", ""}[i%4],
			Goldstein: []float64{0, 3.4, -12}[i%3], QuadClass: i % 5,
			NumMentions: 3, NumArticles: 3, NumSources: 2, FirstSeen: seen,
			EarliestURL: "https://north.example/a" + strconv.Itoa(i), EarliestAt: &pub,
		}
		f.events = append(f.events, e)
		f.mentions[e.ID] = []store.EventMention{
			{EventID: e.ID, ArticleID: 1, URL: "https://north.example/a", Site: "North Wire", Published: &pub, Sentence: 0, Text: "Lumen met Port Ardent.", Trigger: "met", Confidence: 0.8},
			{EventID: e.ID, ArticleID: 2, URL: "file:///x.txt", Title: "Copy\nwith newline", Sentence: 4, Text: "x", Confidence: 1.7},
		}
	}
	return f
}

func readTSV(t *testing.T, data []byte, cols int) [][]string {
	t.Helper()
	r := csv.NewReader(bytes.NewReader(data))
	r.Comma = '\t'
	r.LazyQuotes = true
	r.FieldsPerRecord = cols
	var rows [][]string
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return rows
		}
		if err != nil {
			t.Fatalf("row %d: %v", len(rows)+1, err)
		}
		rows = append(rows, rec)
	}
}

func checkDate(t *testing.T, what, s, layout string) {
	t.Helper()
	if len(s) != len(layout) {
		t.Errorf("%s = %q, want %d digits", what, s, len(layout))
		return
	}
	if _, err := time.Parse(layout, s); err != nil {
		t.Errorf("%s = %q: %v", what, s, err)
	}
}

func TestGDELTEventsExport(t *testing.T) {
	if len(EventColumns) != 61 || len(MentionColumns) != 16 {
		t.Fatalf("columns: %d events, %d mentions; GDELT 2.0 has 61 and 16", len(EventColumns), len(MentionColumns))
	}
	f := testEvents(1234) // more than one page
	var buf bytes.Buffer
	n, err := Write(context.Background(), f, &buf, Options{Format: FormatGDELTEvents})
	if err != nil {
		t.Fatal(err)
	}
	rows := readTSV(t, buf.Bytes(), 61)
	if n != 1234 || len(rows) != 1234 {
		t.Fatalf("wrote %d, parsed %d rows", n, len(rows))
	}
	col := map[string]int{}
	for i, c := range EventColumns {
		col[c] = i
	}
	for i, r := range rows {
		id, err := strconv.Atoi(r[col["GLOBALEVENTID"]])
		if err != nil || id != i+1 {
			t.Fatalf("row %d: GLOBALEVENTID %q", i, r[0])
		}
		checkDate(t, "SQLDATE", r[col["SQLDATE"]], "20060102")
		checkDate(t, "DATEADDED", r[col["DATEADDED"]], "20060102150405")
		if r[col["MonthYear"]] != r[col["SQLDATE"]][:6] || r[col["Year"]] != r[col["SQLDATE"]][:4] {
			t.Errorf("row %d: MonthYear/Year %q %q do not match SQLDATE %q", i, r[2], r[3], r[1])
		}
		frac, err := strconv.ParseFloat(r[col["FractionDate"]], 64)
		year, _ := strconv.Atoi(r[col["Year"]])
		if err != nil || frac < float64(year) || frac >= float64(year+1) {
			t.Errorf("row %d: FractionDate %q for year %d", i, r[4], year)
		}
		code, base, root := r[col["EventCode"]], r[col["EventBaseCode"]], r[col["EventRootCode"]]
		quad, _ := strconv.Atoi(r[col["QuadClass"]])
		if code == "" {
			// Only an event with neither a CAMEO code nor a known type.
			if f.events[i].Type != "UNKNOWNTYPE" {
				t.Errorf("row %d: no EventCode for type %s", i, f.events[i].Type)
			}
		} else {
			if !validCAMEO(code) || !strings.HasPrefix(code, base) || !strings.HasPrefix(base, root) || len(base) != 3 || len(root) != 2 {
				t.Errorf("row %d: codes %q %q %q inconsistent", i, code, base, root)
			}
			if quad != QuadClass(root) || quad < 1 || quad > 4 {
				t.Errorf("row %d: QuadClass %d for root %s", i, quad, root)
			}
		}
		g, err := strconv.ParseFloat(r[col["GoldsteinScale"]], 64)
		if err != nil || g < -10 || g > 10 {
			t.Errorf("row %d: GoldsteinScale %q", i, r[col["GoldsteinScale"]])
		}
		if r[col["Actor1Name"]] != "LUMEN GOVERNMENT" || r[col["Actor1CountryCode"]] != "LUM" || r[col["Actor2Code"]] != "XAR" {
			t.Errorf("row %d: actors %q %q %q", i, r[col["Actor1Name"]], r[col["Actor1CountryCode"]], r[col["Actor2Code"]])
		}
		if r[col["IsRootEvent"]] != "1" || r[col["NumSources"]] != "2" || r[col["ActionGeo_FullName"]] != "Kestrel Bay" || !strings.HasPrefix(r[col["SOURCEURL"]], "https://north.example/") {
			t.Errorf("row %d: %v", i, r)
		}
	}
	// Specific codes: the PLOVER fallback and the month-precision date.
	if rows[1][col["EventCode"]] != "057" || rows[1][col["SQLDATE"]] != "20250301" || rows[1][col["QuadClass"]] != "1" {
		t.Errorf("AGREE row: code %q date %q quad %q", rows[1][26], rows[1][1], rows[1][29])
	}
	if rows[3][col["SQLDATE"]] != "20250303" { // no date: the earliest report's day
		t.Errorf("undated row: SQLDATE %q", rows[3][1])
	}
	if rows[4][col["EventRootCode"]] != "18" || rows[4][col["QuadClass"]] != "4" {
		t.Errorf("ASSAULT row: %q %q", rows[4][28], rows[4][29])
	}
}

func TestGDELTMentionsExport(t *testing.T) {
	f := testEvents(5)
	var buf bytes.Buffer
	n, err := Write(context.Background(), f, &buf, Options{Format: FormatGDELTMentions, Header: true})
	if err != nil {
		t.Fatal(err)
	}
	rows := readTSV(t, buf.Bytes(), 16)
	if n != 10 || len(rows) != 11 || rows[0][0] != "GLOBALEVENTID" {
		t.Fatalf("n=%d rows=%d header %v", n, len(rows), rows[0])
	}
	for i, r := range rows[1:] {
		checkDate(t, "EventTimeDate", r[1], "20060102150405")
		checkDate(t, "MentionTimeDate", r[2], "20060102150405")
		conf, err := strconv.Atoi(r[11])
		if err != nil || conf < 0 || conf > 100 {
			t.Errorf("row %d: Confidence %q", i, r[11])
		}
		if s, _ := strconv.Atoi(r[6]); s < 1 {
			t.Errorf("row %d: SentenceID %q", i, r[6])
		}
	}
	web, cite := rows[1], rows[2]
	// MentionSourceName of a web page is its domain, as GDELT writes it,
	// not the name the outlet gives itself (the mention's Site).
	if web[3] != "1" || web[4] != "north.example" || web[5] != "https://north.example/a" || web[9] != "6" || web[11] != "80" {
		t.Errorf("web mention: %v", web)
	}
	if cite[3] != "2" || cite[5] != "Copy with newline file:///x.txt" || cite[11] != "100" || cite[6] != "5" {
		t.Errorf("citation mention: %v", cite)
	}
}

func TestJSONLExport(t *testing.T) {
	f := testEvents(3)
	// A planned event's span of days, on the event and its report.
	f.events[2].DateFrom, f.events[2].DateTo = "2025-03-10", "2025-03-16"
	f.mentions[3][0].DateFrom, f.mentions[3][0].DateTo = "2025-03-10", "2025-03-16"
	var buf bytes.Buffer
	if _, err := Write(context.Background(), f, &buf, Options{Format: FormatJSONL}); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d lines", len(lines))
	}
	var rec struct {
		ID       int64                `json:"id"`
		Type     string               `json:"type"`
		DateFrom string               `json:"date_from"`
		DateTo   string               `json:"date_to"`
		Mentions []store.EventMention `json:"mentions"`
	}
	if err := json.Unmarshal([]byte(lines[2]), &rec); err != nil || rec.ID != 3 || rec.Type != "PROTEST" || len(rec.Mentions) != 2 {
		t.Errorf("line 3: %v %+v", err, rec)
	}
	if rec.DateFrom != "2025-03-10" || rec.DateTo != "2025-03-16" {
		t.Errorf("line 3: span %s..%s, want 2025-03-10..2025-03-16", rec.DateFrom, rec.DateTo)
	}
	if len(rec.Mentions) > 0 && (rec.Mentions[0].DateFrom != "2025-03-10" || rec.Mentions[0].DateTo != "2025-03-16") {
		t.Errorf("line 3: its report's span %s..%s, want 2025-03-10..2025-03-16", rec.Mentions[0].DateFrom, rec.Mentions[0].DateTo)
	}
	if strings.Contains(lines[0], "date_from") {
		t.Errorf("line 1, an event with no span: %s", lines[0])
	}
	if _, err := Write(context.Background(), f, &buf, Options{Format: "csv"}); err == nil {
		t.Error("unknown format accepted")
	}
}

func ExampleEventRow() {
	e := &store.Event{ID: 7, Type: "PROTEST", CAMEO: "141", SourceName: "farmers", TargetName: "Lumen", TargetCountry: "LUM",
		Date: "2025-03-02", NumMentions: 1, NumSources: 1, NumArticles: 1, FirstSeen: time.Date(2025, 3, 2, 9, 0, 0, 0, time.UTC)}
	r := EventRow(e, nil, nil)
	fmt.Println(r[0], r[1], r[6], r[17], r[26], r[27], r[28], r[29], r[30], r[59])
	// Output: 7 20250302 FARMERS LUM 141 141 14 3 -6.5 20250302090000
}

// An export longer than a page reads page after page, each after the last
// event of the one before, and writes every event once.
func TestWritePages(t *testing.T) {
	f := &fakeReader{mentions: map[int64][]store.EventMention{}}
	for i := range 2*store.MaxLimit + 17 {
		f.events = append(f.events, store.Event{ID: int64(i + 1), Type: "CONSULT", Date: "2024-03-01", FirstSeen: time.Unix(1_700_000_000, 0).UTC()})
	}
	var buf bytes.Buffer
	n, err := Write(context.Background(), f, &buf, Options{Format: FormatJSONL})
	if err != nil || n != len(f.events) {
		t.Fatalf("wrote %d events, %v; want %d", n, err, len(f.events))
	}
	seen := map[int64]bool{}
	dec := json.NewDecoder(&buf)
	for dec.More() {
		var r JSONLRecord
		if err := dec.Decode(&r); err != nil {
			t.Fatal(err)
		}
		if seen[r.ID] {
			t.Fatalf("event %d written twice", r.ID)
		}
		seen[r.ID] = true
	}
	if len(seen) != len(f.events) {
		t.Errorf("%d distinct events written, want %d", len(seen), len(f.events))
	}
}

// TestActorTypeCodes: an actor id that names a sector gives GDELT's actor
// code (country + type) and Actor1Type1Code; other ids give the country.
func TestActorTypeCodes(t *testing.T) {
	for id, want := range map[string]string{"FRA.LAB": "LAB", "KEN.HLH": "HLH", "USA.GOV.FED": "GOV", "USA.GOV.DOD": "GOV",
		"place:USA-TX.GOV": "GOV", "GBR.PTY.LAB": "PTY", "FRA": "", "person:xi_jinping": "", "doc:org:acme.inc": "", "": ""} {
		if got := TypeCode(id); got != want {
			t.Errorf("TypeCode(%q) = %q, want %q", id, got, want)
		}
	}
	e := store.Event{ID: 1, Type: "PROTEST", CAMEO: "141", SourceActor: "FRA.AGR", SourceName: "Farmers", SourceCountry: "FRA",
		TargetActor: "FRA", TargetName: "France", TargetCountry: "FRA", FirstSeen: time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC)}
	row := EventRow(&e, nil, nil)
	if row[5] != "FRAAGR" || row[7] != "FRA" || row[12] != "AGR" || row[15] != "FRA" || row[22] != "" {
		t.Errorf("actor columns %q %q %q / %q %q, want FRAAGR FRA AGR / FRA \"\"", row[5], row[7], row[12], row[15], row[22])
	}
}
