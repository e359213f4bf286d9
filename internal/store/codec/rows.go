package codec

import (
	"cmp"
	"database/sql"
	"slices"

	"github.com/newsgraph/newsgraph/internal/store"
)

// ScanDateCounts reads EventCounts' rows (date, quad class, events), which
// both backends return in the same column types, in date and class order.
// The order is made here, not in SQL: an ORDER BY draws the planner to an
// index in that order over one that finds the rows.
func ScanDateCounts(rows *sql.Rows) ([]store.DateCount, error) {
	var out []store.DateCount
	for rows.Next() {
		var c store.DateCount
		if err := rows.Scan(&c.Date, &c.QuadClass, &c.Events); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	slices.SortFunc(out, func(a, b store.DateCount) int {
		return cmp.Or(cmp.Compare(a.Date, b.Date), cmp.Compare(a.QuadClass, b.QuadClass))
	})
	return out, nil
}

// ScanSpeakers reads Speakers' rows (the way a row matched, as an index
// into store.MatchOrder, then the actor's id, name, type, country and
// counts), which both backends return in the same column types.
func ScanSpeakers(rows *sql.Rows) ([]store.SpeakerMatch, error) {
	out := []store.SpeakerMatch{}
	for rows.Next() {
		var m store.SpeakerMatch
		var way int
		if err := rows.Scan(&way, &m.ID, &m.Name, &m.Type, &m.Country, &m.Articles, &m.Events); err != nil {
			return nil, err
		}
		m.By = store.MatchOrder[way]
		out = append(out, m)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	return out, nil
}
