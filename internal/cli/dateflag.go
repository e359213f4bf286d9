package cli

import "github.com/newsgraph/newsgraph/internal/datearg"

// dateFlagForms names the date forms every --since and --until of the
// store commands takes (parseDateFlag), for their help texts.
const dateFlagForms = datearg.Forms

// dateFlag is a date given on the command line, at the precision it was
// given: a year, a month, a day or an instant.
type dateFlag = datearg.Date

// parseDateFlag reads a --since or --until date: one parser for the
// commands that filter by a date (events, export, reanalyze) and the API's
// since and until (datearg.Parse), so that each takes what the others
// take.
func parseDateFlag(s string) (dateFlag, error) { return datearg.Parse(s) }
