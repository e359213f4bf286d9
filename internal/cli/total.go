package cli

import (
	"fmt"
	"strconv"

	"github.com/newsgraph/newsgraph/internal/store"
)

// totalLine says which rows of how many a page shows: "1-50 of 1,234
// events", "51-100 of 10,000+ events" when the count stopped at its cap,
// "0 of 12 events (offset 20 is past the end)" for a page past the end.
func totalLine(rows, offset int, t store.Total, noun string) string {
	all := thousands(t.N)
	if t.More {
		all += "+"
	}
	switch {
	case rows == 0 && offset == 0:
		return fmt.Sprintf("0 %s", noun)
	case rows == 0:
		return fmt.Sprintf("0 of %s %s (offset %d is past the end)", all, noun, offset)
	}
	return fmt.Sprintf("%d-%d of %s %s", offset+1, offset+rows, all, noun)
}

// thousands writes n with commas between groups of three digits, as the
// web pages and the ingest summary write counts.
func thousands(n int) string {
	s := strconv.Itoa(n)
	neg := ""
	if n < 0 {
		neg, s = "-", s[1:]
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return neg + s
}

// totalPage is a listing in --format json with --total: the rows with the
// API's page fields, so that a script reads the same names from both.
type totalPage struct {
	Items       []any `json:"items"`
	Limit       int   `json:"limit"`
	Offset      int   `json:"offset"`
	Total       int   `json:"total"`
	TotalCapped bool  `json:"total_capped,omitempty"`
}

// writeListing prints a page of a listing with its total: in a table, as
// the line under it; in JSON with withTotal, in the page object around
// the rows; otherwise on stderr (JSON, JSONL and CSV on stdout stay the
// rows alone, as scripts read them).
func writeListing(env Env, rs *rowSet, format string, limit, offset int, t store.Total, noun string, withTotal bool) error {
	line := totalLine(len(rs.records), offset, t, noun)
	switch {
	case format == "table":
		if err := rs.write(env.Stdout, format); err != nil {
			return err
		}
		_, err := fmt.Fprintln(env.Stdout, line)
		return err
	case format == "json" && withTotal:
		items := rs.records
		if items == nil {
			items = []any{}
		}
		return writeJSON(env, totalPage{Items: items, Limit: limit, Offset: offset, Total: t.N, TotalCapped: t.More})
	}
	if err := rs.write(env.Stdout, format); err != nil {
		return err
	}
	if env.Stderr != nil {
		fmt.Fprintln(env.Stderr, line)
	}
	return nil
}
