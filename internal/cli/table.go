package cli

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"
	"unicode/utf8"
)

// outputFlagHelp documents --format for the query commands.
const outputFlagHelp = "output: table (default on a terminal), json, jsonl (default otherwise), csv"

// totalFlagHelp documents --total of the listings that count their rows
// (events, search).
const totalFlagHelp = "with --format json: an object with the rows in items and the listing's total, total_capped, limit and offset (as the API's pages) instead of an array (the total is printed with or without it: under a table, else on stderr)"

// resolveFormat picks the query output format: table on a terminal,
// JSONL when piped.
func resolveFormat(env Env, format string) (string, error) {
	switch format {
	case "":
		if isTerminal(env.Stdout) {
			return "table", nil
		}
		return "jsonl", nil
	case "table", "json", "jsonl", "csv":
		return format, nil
	}
	return "", usageError("unknown --format %q (want table, json, jsonl or csv)", format)
}

// rowSet is a query result: records for JSON, and the same as text cells
// for a table or CSV.
type rowSet struct {
	header  []string
	rows    [][]string
	records []any
}

func (rs *rowSet) add(record any, cells ...string) {
	rs.records = append(rs.records, record)
	rs.rows = append(rs.rows, cells)
}

// write prints the rows in the format. Table cells are cut to width so
// a row stays on one line; CSV and JSON carry the full values.
func (rs *rowSet) write(w io.Writer, format string) error {
	switch format {
	case "json":
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		recs := rs.records
		if recs == nil {
			recs = []any{}
		}
		return enc.Encode(recs)
	case "jsonl":
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		for _, r := range rs.records {
			if err := enc.Encode(r); err != nil {
				return err
			}
		}
		return nil
	case "csv":
		cw := csv.NewWriter(w)
		cw.Write(rs.header)
		cw.WriteAll(rs.rows)
		return cw.Error()
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, strings.Join(rs.header, "\t"))
	widths := cellWidths(rs.header, rs.rows, tableCell*len(rs.header))
	for _, r := range rs.rows {
		cells := make([]string, len(r))
		for i, c := range r {
			n := tableCell
			if i < len(widths) {
				n = widths[i]
			}
			cells[i] = cut(oneLine(c), n)
		}
		fmt.Fprintln(tw, strings.Join(cells, "\t"))
	}
	if len(rs.rows) == 0 {
		fmt.Fprintln(tw, "(no results)")
	}
	return tw.Flush()
}

// tableCell is the room of a table's column when every column is cut
// alike: a table row takes at most tableCell runes a column.
const tableCell = 60

// cellWidths are the widths the table's columns are cut to so that a row
// takes at most budget runes: a column narrower than its share keeps its
// width, and the room it leaves goes to the widest columns (a quote, a
// joint speaker, a title), which are cut to one common width. A column
// is cut only when the row would not fit otherwise. Every column was cut
// at 60 runes, so a long joint speaker or place lost its end while the
// date and id columns beside it left room unused.
func cellWidths(header []string, rows [][]string, budget int) []int {
	natural := make([]int, len(header))
	for i, h := range header {
		natural[i] = utf8.RuneCountInString(h)
	}
	for _, r := range rows {
		for i, c := range r {
			if i < len(natural) {
				natural[i] = max(natural[i], utf8.RuneCountInString(oneLine(c)))
			}
		}
	}
	total := func(capAt int) int {
		sum := 0
		for _, n := range natural {
			sum += min(n, capAt)
		}
		return sum
	}
	// The widest common width that fits: found by bisection over
	// [tableCell, widest], as tableCell a column always fits the budget.
	lo, hi := tableCell, max(tableCell, slices.Max(append([]int{0}, natural...)))
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if total(mid) <= budget {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	widths := make([]int, len(natural))
	for i, n := range natural {
		widths[i] = min(n, lo)
	}
	return widths
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// cut shortens s to n runes, the last an ellipsis, at the last word
// boundary when one falls in the second half (a name or place is read by
// its words: "Ethiopia, Eritrea and Som…" misreads), else inside the word.
func cut(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	if n <= 1 {
		return "…"
	}
	all := []rune(s)
	r := all[:n-1]
	if all[n-1] == ' ' {
		// The kept runes end a word.
		r = []rune(strings.TrimRight(string(r), " ,;:-–—"))
	} else if i := lastSpace(r); i >= n/2 {
		r = []rune(strings.TrimRight(string(r[:i]), " ,;:-–—"))
	}
	return string(r) + "…"
}

// lastSpace is the index of the last space in r (its spaces are single:
// oneLine), -1 when none.
func lastSpace(r []rune) int {
	for i := len(r) - 1; i > 0; i-- {
		if r[i] == ' ' {
			return i
		}
	}
	return -1
}

func (rs *rowSet) writeOne(env Env) error {
	enc := json.NewEncoder(env.Stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(rs.records[0])
}
