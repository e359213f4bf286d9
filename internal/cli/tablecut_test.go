package cli

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
)

func TestCutAtWordBoundary(t *testing.T) {
	for _, c := range []struct {
		in   string
		n    int
		want string
	}{
		{"Ethiopia, Eritrea and Somalia", 40, "Ethiopia, Eritrea and Somalia"},
		{"Ethiopia, Eritrea and Somalia", 29, "Ethiopia, Eritrea and Somalia"},
		// The comma before the boundary goes with the cut word.
		{"Ethiopia, Eritrea and Somalia", 18, "Ethiopia, Eritrea…"},
		{"Ethiopia, Eritrea and Somalia", 17, "Ethiopia…"},
		{"Ethiopia, Eritrea and Somalia", 11, "Ethiopia…"},
		// A hyphen joins a name's parts: no boundary.
		{"Sao Jose dos Campos-Taubate-Jacarei", 20, "Sao Jose dos…"},
		// No boundary in the second half: cut inside the word.
		{"Mecklenburg-Vorpommern", 10, "Mecklenbu…"},
		{"Zürich und Genève", 12, "Zürich und…"},
		{"anything", 1, "…"},
	} {
		if got := cut(c.in, c.n); got != c.want {
			t.Errorf("cut(%q, %d) = %q, want %q", c.in, c.n, got, c.want)
		}
		if n := len([]rune(cut(c.in, c.n))); n > max(c.n, 1) {
			t.Errorf("cut(%q, %d) is %d runes", c.in, c.n, n)
		}
	}
}

// A long joint speaker takes the room its row's short columns leave: the
// table is as wide as when every column was cut at tableCell runes, the
// speaker is no longer cut at 60, and what must still be cut is cut at a
// word with an ellipsis. CSV and JSON carry every value whole.
func TestTableWidestColumnsTakeTheRoom(t *testing.T) {
	speaker := "President Luiz Inacio Lula da Silva of Brazil and President Javier Milei of Argentina"
	quote := strings.Repeat("This agreement will create thousands of jobs on both sides of the border. ", 6)
	rec := map[string]string{"speaker": speaker, "quote": quote}
	rs := rowSet{header: []string{"date", "speaker", "quote", "id"}}
	rs.add(rec, "2026-03-07", speaker, quote, "5")

	var table bytes.Buffer
	if err := rs.write(&table, "table"); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimRight(table.String(), "\n"), "\n")
	if len(lines) != 2 {
		t.Fatalf("table is %d lines:\n%s", len(lines), table.String())
	}
	row := lines[1]
	if !strings.Contains(row, speaker) {
		t.Errorf("speaker cut:\n%s", row)
	}
	// 4 columns of 60 runes and 3 gaps of 2 is the old widest row.
	if n := len([]rune(row)); n > 4*tableCell+3*2 {
		t.Errorf("row is %d runes, over the table's room:\n%s", n, row)
	}
	// The quote's cell: cut at a word of the quote, with an ellipsis.
	cell, _, _ := strings.Cut(row[strings.Index(row, speaker)+len(speaker):], "…")
	cell = strings.TrimSpace(cell)
	if !strings.HasPrefix(oneLine(quote), cell+" ") || len(cell) < 2*tableCell {
		t.Errorf("quote not cut at a word with an ellipsis, or not given the room (%q):\n%s", cell, row)
	}
	if !strings.HasSuffix(row, "  5") {
		t.Errorf("the id column is lost:\n%s", row)
	}

	var out bytes.Buffer
	if err := rs.write(&out, "csv"); err != nil {
		t.Fatal(err)
	}
	got, err := csv.NewReader(&out).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[1][1] != speaker || got[1][2] != quote {
		t.Errorf("csv is not whole: %q", got)
	}
	out.Reset()
	if err := rs.write(&out, "json"); err != nil {
		t.Fatal(err)
	}
	var recs []map[string]string
	if err := json.Unmarshal(out.Bytes(), &recs); err != nil {
		t.Fatal(err)
	}
	if len(recs) != 1 || recs[0]["speaker"] != speaker || recs[0]["quote"] != quote {
		t.Errorf("json is not whole: %v", recs)
	}
}

// Columns that fit are not cut, and with no room to spare every column is
// cut at tableCell as before.
func TestCellWidths(t *testing.T) {
	long := strings.Repeat("word ", 40) // 199 runes once on one line
	for _, c := range []struct {
		name   string
		header []string
		rows   [][]string
		want   []int
	}{
		{"fits", []string{"a", "b"}, [][]string{{"short", "also short"}}, []int{5, 10}},
		{"room from the short", []string{"id", "text"}, [][]string{{"12", long}}, []int{2, 118}},
		{"two wide share", []string{"id", "x", "y"}, [][]string{{"1", long, long}}, []int{2, 89, 89}},
		{"none to spare", []string{"x", "y"}, [][]string{{long, long}}, []int{60, 60}},
	} {
		got := cellWidths(c.header, c.rows, tableCell*len(c.header))
		if !slicesEqual(got, c.want) {
			t.Errorf("%s: widths %v, want %v", c.name, got, c.want)
		}
	}
}

func slicesEqual(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
