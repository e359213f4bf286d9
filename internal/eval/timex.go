package eval

import (
	"context"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
)

// Date normalisation is scored on GUM's TEI <date> markup: every calendar
// expression in its documents ("Friday", "July 21, 2017", "two years ago",
// "the 1980s") carries its value, normalised by the annotators against the
// document's creation date, which is given to the pipeline as the publish
// date. A predicted expression matches a gold one when their spans overlap
// (lenient) or are equal (exact), one to one in text order. A value is
// right when both denote the same interval of days (a single gold date is
// compared with the prediction's start value): "1980s" is 1980-01-01
// to 1989-12-31 on both sides; a gold value without a year ("--10", the
// month) is compared on the fields it gives. Gold dates with only open
// bounds ("the past 35 years": notBefore 1979) count for spans only.
//
// GUM marks dates, not times of day, durations or sets, so a predicted
// expression outside its markup is a false positive for precision even
// when it is a correct date of another kind.

// TimexScores are the figures of EvalTimex.
type TimexScores struct {
	Docs, Gold, Pred int
	Valued           int // gold dates with a value to compare (when, or from-to)
	ExactTP          int // gold dates predicted with the same span
	LenientTP        int // gold dates overlapped by a predicted expression
	// PredMatched counts the predicted expressions that matched a gold
	// date: LenientTP but for a range matched by both its ends (below).
	PredMatched int
	// RangeEnds counts gold dates matched as the second end of a predicted
	// range ("1947 to 1960" against GUM's "1947" and "1960").
	RangeEnds    int
	ValueOK      int // matched valued gold dates whose value is right
	ValueMatched int // matched valued gold dates
	// OnTimes counts predicted clock times (precision minute or hour)
	// that match no gold date and lie on a GUM <time>: GUM marks them as
	// times, which this scorer does not score, so they are left out of
	// Pred rather than counted wrong.
	OnTimes int
	Elapsed time.Duration
}

// TimexItem is one JSONL line of --out: a gold date and what was predicted
// over it, or a predicted expression no gold date overlaps.
type TimexItem struct {
	Doc       string `json:"doc"`
	Gold      string `json:"gold,omitempty"`
	GoldValue string `json:"gold_value,omitempty"`
	Pred      string `json:"pred,omitempty"`
	PredValue string `json:"pred_value,omitempty"`
	Exact     bool   `json:"exact,omitempty"`
	ValueOK   bool   `json:"value_ok,omitempty"`
}

// EvalTimex runs analyze on each document (it must fill Article.Dates) and
// scores the dates against the <date> markup.
func EvalTimex(ctx context.Context, docs []*GUMDoc, analyze func(context.Context, *GUMDoc) (*model.Article, error), out io.Writer) (TimexScores, error) {
	var sc TimexScores
	enc := newJSONL(out)
	for _, d := range docs {
		if err := ctx.Err(); err != nil {
			return sc, err
		}
		a, took, err := timedAnalyze(ctx, d, analyze)
		sc.Elapsed += took
		if err != nil {
			return sc, err
		}
		sc.Docs++
		sc.Pred += len(a.Dates)
		used := make([]bool, len(a.Dates))
		// ended marks a range whose second end has matched a gold date.
		ended := make([]bool, len(a.Dates))
		for _, g := range d.Dates {
			if g.E <= g.S || g.E > len(d.Toks) {
				continue // unclosed markup
			}
			sc.Gold++
			gs, ge := d.Toks[g.S].Start, d.Toks[g.E-1].End
			lo, hi, valued := g.interval()
			if valued {
				sc.Valued++
			}
			item := TimexItem{Doc: d.ID, Gold: d.Text[gs:ge], GoldValue: g.value()}
			best := -1
			for i, p := range a.Dates {
				if used[i] || p.End <= gs || p.Start >= ge {
					continue
				}
				if best < 0 || overlap(p.Start, p.End, gs, ge) > overlap(a.Dates[best].Start, a.Dates[best].End, gs, ge) {
					best = i
				}
			}
			end := false
			if best < 0 {
				// GUM marks the ends of a range as two dates: "1947 to
				// 1960" is <date>1947</date> to <date>1960</date>. A
				// predicted range that already matched the first end and
				// spans this second one matches it too, its value
				// compared with the range's end value; it still counts once
				// for precision.
				for i, p := range a.Dates {
					if used[i] && !ended[i] && p.EndValue != "" && p.Start < gs && p.End >= ge {
						best, end = i, true
						ended[i] = true
						sc.RangeEnds++
						break
					}
				}
			}
			if best >= 0 {
				p := a.Dates[best]
				if !end {
					sc.PredMatched++
				}
				used[best] = true
				sc.LenientTP++
				item.Pred, item.PredValue = p.Text, predValue(p)
				if end {
					p.Value, p.EndValue = p.EndValue, ""
				}
				if p.Start == gs && p.End == ge {
					sc.ExactTP++
					item.Exact = true
				}
				if valued {
					sc.ValueMatched++
					if plo, phi, ok := predInterval(p, g.When != ""); ok && sameInterval(lo, hi, plo, phi, g) {
						sc.ValueOK++
						item.ValueOK = true
					}
				}
			}
			if enc != nil {
				if err := enc.Encode(item); err != nil {
					return sc, err
				}
			}
		}
		for i, p := range a.Dates {
			if !used[i] && onGUMTime(d, p) {
				used[i] = true
				sc.Pred--
				sc.OnTimes++
			}
		}
		if enc != nil {
			for i, p := range a.Dates {
				if !used[i] {
					if err := enc.Encode(TimexItem{Doc: d.ID, Pred: p.Text, PredValue: predValue(p)}); err != nil {
						return sc, err
					}
				}
			}
		}
	}
	return sc, nil
}

func overlap(a, b, c, d int) int { return min(b, d) - max(a, c) }

// onGUMTime says a predicted clock time lies on a <time> element of d.
func onGUMTime(d *GUMDoc, p model.TimeExpr) bool {
	if p.Precision != model.PrecisionMinute && p.Precision != model.PrecisionHour {
		return false
	}
	for _, t := range d.Times {
		if t[1] <= t[0] || t[1] > len(d.Toks) {
			continue
		}
		if p.Start < d.Toks[t[1]-1].End && d.Toks[t[0]].Start < p.End {
			return true
		}
	}
	return false
}

func predValue(p model.TimeExpr) string {
	if p.EndValue != "" {
		return p.Value + "/" + p.EndValue
	}
	return p.Value
}

func (g GUMDate) value() string {
	switch {
	case g.When != "":
		return g.When
	case g.From != "" || g.To != "":
		return g.From + "/" + g.To
	case g.NotBefore != "" || g.NotAfter != "":
		return "notBefore " + g.NotBefore + " notAfter " + g.NotAfter
	}
	return ""
}

// isoDate is a parsed ISO 8601 calendar value: year (or none), month and
// day (0 when not given).
type isoDate struct {
	year        int
	hasYear     bool
	month, day  int
	yearsDigits int // 4 for a year, 3 for a decade ("198"), 2 for a century ("19")
	invalid     bool
}

// parseISO reads "2017-07-21", "2017-07", "2017", "--10", "--10-05", and
// years before the common era with a minus and four digits or more
// ("-0753", "-0508-06", "-11700"). Gold and predictions write those as XML
// Schema 1.0 does, with no year zero (753 BC is -0753, see timex.eraYear),
// so the signed year is compared as it is written: -0753 is year -753 here,
// which ISO 8601's astronomical count would call 754 BC, but both sides
// are read alike. "-0000" names no year.
func parseISO(v string) isoDate {
	var d isoDate
	// A time of day ("2010-09-04T22:30:00", "2021-07-27T15:00Z") is
	// compared by its day: values are intervals of days.
	if i := strings.IndexByte(v, 'T'); i > 0 {
		v = v[:i]
	}
	if rest, ok := strings.CutPrefix(v, "--"); ok {
		parts := strings.Split(rest, "-")
		d.month, _ = strconv.Atoi(parts[0])
		if len(parts) > 1 {
			d.day, _ = strconv.Atoi(parts[1])
		}
		d.invalid = d.month < 1 || d.month > 12
		return d
	}
	bc := false
	if rest, ok := strings.CutPrefix(v, "-"); ok {
		bc, v = true, rest
	}
	parts := strings.Split(v, "-")
	// Four digits; a year before the common era may have more ("-11700").
	if len(parts[0]) != 4 && (!bc || len(parts[0]) < 4 || len(parts[0]) > 9) || !allDigits(parts[0]) {
		d.invalid = true
		return d
	}
	y, err := strconv.Atoi(parts[0])
	if err != nil || bc && y == 0 {
		d.invalid = true
		return d
	}
	if bc {
		y = -y
	}
	d.year, d.hasYear = y, true
	if len(parts) > 1 {
		d.month, _ = strconv.Atoi(parts[1])
		if d.month < 1 || d.month > 12 {
			d.invalid = true
		}
	}
	if len(parts) > 2 {
		d.day, _ = strconv.Atoi(parts[2])
	}
	return d
}

func allDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// bounds returns the first and last day the value denotes, for a value with
// a year.
func (d isoDate) bounds() (time.Time, time.Time) {
	switch {
	case d.day > 0:
		t := time.Date(d.year, time.Month(d.month), d.day, 0, 0, 0, 0, time.UTC)
		return t, t
	case d.month > 0:
		t := time.Date(d.year, time.Month(d.month), 1, 0, 0, 0, 0, time.UTC)
		return t, t.AddDate(0, 1, -1)
	default:
		t := time.Date(d.year, 1, 1, 0, 0, 0, 0, time.UTC)
		return t, t.AddDate(1, 0, -1)
	}
}

// interval returns the gold date's interval; valued is false for open
// bounds, year-less values (compared field by field in sameInterval) count
// as valued with zero times.
func (g GUMDate) interval() (lo, hi time.Time, valued bool) {
	if g.When != "" {
		d := parseISO(g.When)
		if d.invalid {
			return lo, hi, false
		}
		if !d.hasYear {
			return lo, hi, true
		}
		lo, hi = d.bounds()
		return lo, hi, true
	}
	if g.From != "" && g.To != "" {
		f, t := parseISO(g.From), parseISO(g.To)
		if f.invalid || t.invalid || !f.hasYear || !t.hasYear {
			return lo, hi, false
		}
		lo, _ = f.bounds()
		_, hi = t.bounds()
		return lo, hi, true
	}
	return lo, hi, false
}

// predInterval is the interval a predicted expression denotes: from its
// value's first day to its end value's (or its value's) last day. Against
// a single gold date only the value counts: "1900" in "since 1900" names
// 1900, and the end value is what "since" adds.
func predInterval(p model.TimeExpr, single bool) (lo, hi time.Time, ok bool) {
	d := parseISO(p.Value)
	if d.invalid || !d.hasYear {
		return lo, hi, false
	}
	lo, hi = d.bounds()
	if p.EndValue != "" && !single {
		e := parseISO(p.EndValue)
		if e.invalid || !e.hasYear {
			return lo, hi, false
		}
		_, hi = e.bounds()
	}
	return lo, hi, true
}

// sameInterval compares a predicted interval with the gold date's; a gold
// value without a year compares its month (and day) with the prediction's,
// which must be of the same size (a month, or a day).
func sameInterval(glo, ghi, plo, phi time.Time, g GUMDate) bool {
	if g.When != "" {
		if d := parseISO(g.When); !d.hasYear {
			d.year, d.hasYear = plo.Year(), true
			glo, ghi = d.bounds()
		}
	}
	return glo.Equal(plo) && ghi.Equal(phi)
}

// WriteTimexScores prints the figures.
func WriteTimexScores(w io.Writer, name string, sc TimexScores) {
	fmt.Fprintf(w, "%s: %d documents, %d gold dates (%d with a value to compare), %d predicted\n", name, sc.Docs, sc.Gold, sc.Valued, sc.Pred)
	if sc.OnTimes > 0 {
		fmt.Fprintf(w, "  (%d predicted clock times on GUM <time> markup, which is not scored, left out)\n", sc.OnTimes)
	}
	p, r, f := prf(sc.ExactTP, sc.Pred, sc.Gold)
	fmt.Fprintf(w, "  span exact     P %.3f  R %.3f  F1 %.3f\n", p, r, f)
	// Precision counts predictions, recall gold dates: a range matched by
	// both ends is one right prediction covering two gold dates.
	p, r = 0, 0
	if sc.Pred > 0 {
		p = float64(sc.PredMatched) / float64(sc.Pred)
	}
	if sc.Gold > 0 {
		r = float64(sc.LenientTP) / float64(sc.Gold)
	}
	f = 0
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	fmt.Fprintf(w, "  span lenient   P %.3f  R %.3f  F1 %.3f   (overlap; %d gold dates matched as the end of a range)\n", p, r, f, sc.RangeEnds)
	var acc, e2e float64
	if sc.ValueMatched > 0 {
		acc = float64(sc.ValueOK) / float64(sc.ValueMatched)
	}
	if sc.Valued > 0 {
		e2e = float64(sc.ValueOK) / float64(sc.Valued)
	}
	fmt.Fprintf(w, "  value          accuracy %.3f on matched dates (%d/%d); right value for %.3f of all valued gold dates\n", acc, sc.ValueOK, sc.ValueMatched, e2e)
	if sc.Elapsed > 0 {
		fmt.Fprintf(w, "  speed          %.0f docs/s (whole analysis before dates included)\n", float64(sc.Docs)/sc.Elapsed.Seconds())
	}
}

// GUMSplits reads splits.md of a GUM directory: document id -> "train",
// "dev", "test" or "test2". Documents it does not list are train.
func GUMSplits(path string) (map[string]string, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	out := map[string]string{}
	split := ""
	for _, line := range strings.Split(string(raw), "\n") {
		line = strings.TrimSpace(line)
		if h, ok := strings.CutPrefix(line, "## "); ok {
			split = strings.TrimSpace(h)
			continue
		}
		if id, ok := strings.CutPrefix(line, "* "); ok && split != "" {
			out[strings.TrimSpace(id)] = split
		}
	}
	return out, nil
}

// FilterGUMSplit keeps the documents of one split ("all" keeps every one).
func FilterGUMSplit(docs []*GUMDoc, splits map[string]string, split string) ([]*GUMDoc, error) {
	switch split {
	case "all":
		return docs, nil
	case "train", "dev", "test":
	default:
		return nil, fmt.Errorf("split: want train, dev, test or all, got %q", split)
	}
	var out []*GUMDoc
	for _, d := range docs {
		s := splits[d.ID]
		if s == "" {
			s = "train"
		}
		if s == split {
			out = append(out, d)
		}
	}
	return out, nil
}
