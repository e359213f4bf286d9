// Package keyset holds the SQL that both store backends build alike: the
// columns each event sort orders by, and the condition that resumes a
// sorted listing after a given row (keyset paging). A page found by an
// offset reads and throws away every row before it; one found by a keyset
// condition starts where the index says the previous page ended, so a deep
// page costs what the first page costs. The backends differ only in how
// they write a parameter ("?" or "$n") and a time, which they pass in.
package keyset

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/store"
)

// Field names the value of a sort column in a store.EventPos.
type Field int

// The sortable fields of an event.
const (
	FieldID Field = iota
	FieldDate
	FieldSources
	FieldArticles
	FieldFirstSeen
	FieldGoldstein
)

// Col is one column of an ORDER BY.
type Col struct {
	Expr  string // qualified column, e.g. e.date
	Desc  bool
	Field Field
}

// Value is the column's value at p. FirstSeen is a time.Time: a backend
// that stores times as text converts it (see After's param).
func (c Col) Value(p store.EventPos) any {
	switch c.Field {
	case FieldDate:
		return p.Date
	case FieldSources:
		return p.NumSources
	case FieldArticles:
		return p.NumArticles
	case FieldFirstSeen:
		return p.FirstSeen
	case FieldGoldstein:
		return p.Goldstein
	}
	return p.ID
}

// eventSorts are the orders of the event sorts, over an alias whose
// columns are named as in the events table, but for the id column.
var eventSorts = map[string][]struct {
	name  string
	desc  bool
	field Field
}{
	store.SortDate:      {{"date", true, FieldDate}, {"", true, FieldID}},
	store.SortSources:   {{"num_sources", true, FieldSources}, {"date", true, FieldDate}, {"", true, FieldID}},
	store.SortArticles:  {{"num_articles", true, FieldArticles}, {"date", true, FieldDate}, {"", true, FieldID}},
	store.SortFirst:     {{"first_seen", true, FieldFirstSeen}, {"", true, FieldID}},
	store.SortGoldstein: {{"goldstein", false, FieldGoldstein}, {"date", true, FieldDate}, {"", true, FieldID}},
}

// EventOrder returns the columns that sort ("" is SortDate) orders events
// by, on the table alias (e for events, r for event_country_ranks, k for
// event_keys, whose columns share the events table's names) whose event
// id column is idCol (id or event_id). ok is false for an unknown sort.
func EventOrder(sort, alias, idCol string) (cols []Col, ok bool) {
	if sort == "" {
		sort = store.SortDate
	}
	spec, ok := eventSorts[sort]
	if !ok {
		return nil, false
	}
	for _, s := range spec {
		name := s.name
		if s.field == FieldID {
			name = idCol
		}
		cols = append(cols, Col{Expr: alias + "." + name, Desc: s.desc, Field: s.field})
	}
	return cols, true
}

// Reverse is cols in the opposite order, each column's direction turned:
// walked so, an index yields the rows before a position nearest first
// (keyset paging back), which the caller turns round.
func Reverse(cols []Col) []Col {
	out := make([]Col, len(cols))
	for i, c := range cols {
		c.Desc = !c.Desc
		out[i] = c
	}
	return out
}

// OrderBy is the ORDER BY list of cols.
func OrderBy(cols []Col) string {
	parts := make([]string, len(cols))
	for i, c := range cols {
		parts[i] = c.Expr + " ASC"
		if c.Desc {
			parts[i] = c.Expr + " DESC"
		}
	}
	return strings.Join(parts, ", ")
}

// After is the condition that holds for the rows that come after the row
// whose values are vals in the order cols (the last column must be unique,
// an id). param adds one value as a query parameter and returns its
// placeholder.
//
// A run of columns sorted the same way is one row-value comparison,
// (a, b, c) < (?, ?, ?), which SQLite and PostgreSQL both answer as a
// range of an index on those columns. Where the direction changes
// (goldstein ascending, then date and id descending), the leading run
// bounds the range and the rest is a filter on the rows that tie with it:
//
//	g >= ? AND (g > ? OR (d, id) < (?, ?))
func After(cols []Col, vals []any, param func(any) string) string {
	n := 1
	for n < len(cols) && cols[n].Desc == cols[0].Desc {
		n++
	}
	lhs := make([]string, n)
	for i := range n {
		lhs[i] = cols[i].Expr
	}
	// Each use of a value is a parameter of its own: SQLite's "?" are
	// numbered in order of appearance.
	row := func(op string) string {
		rhs := make([]string, n)
		for i := range n {
			rhs[i] = param(vals[i])
		}
		if n == 1 {
			return lhs[0] + " " + op + " " + rhs[0]
		}
		return "(" + strings.Join(lhs, ", ") + ") " + op + " (" + strings.Join(rhs, ", ") + ")"
	}
	strict, weak := ">", ">="
	if cols[0].Desc {
		strict, weak = "<", "<="
	}
	if n == len(cols) {
		return row(strict)
	}
	return row(weak) + " AND (" + row(strict) + " OR " + After(cols[n:], vals[n:], param) + ")"
}

// EventAfter is After for an event listing resuming after p.
func EventAfter(cols []Col, p store.EventPos, param func(any) string) string {
	vals := make([]any, len(cols))
	for i, c := range cols {
		vals[i] = c.Value(p)
	}
	return After(cols, vals, param)
}

// PrefixCols qualifies a comma-separated column list with a table alias
// and its dot ("e.").
func PrefixCols(prefix, cols string) string {
	parts := strings.Split(cols, ",")
	for i, c := range parts {
		parts[i] = prefix + strings.TrimSpace(c)
	}
	return strings.Join(parts, ", ")
}
