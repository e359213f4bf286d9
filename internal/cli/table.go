package cli

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
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
	for _, r := range rs.rows {
		cells := make([]string, len(r))
		for i, c := range r {
			cells[i] = cut(oneLine(c), 60)
		}
		fmt.Fprintln(tw, strings.Join(cells, "\t"))
	}
	if len(rs.rows) == 0 {
		fmt.Fprintln(tw, "(no results)")
	}
	return tw.Flush()
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

func cut(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

func (rs *rowSet) writeOne(env Env) error {
	enc := json.NewEncoder(env.Stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(rs.records[0])
}
