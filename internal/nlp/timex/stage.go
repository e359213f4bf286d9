package timex

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/internal/events/segment"
	"github.com/newsgraph/newsgraph/internal/model"
)

// Stage fills Article.Dates.
type Stage struct{}

// NewStage returns the "timex" pipeline stage.
func NewStage() Stage { return Stage{} }

// Name implements pipeline.Stage.
func (Stage) Name() string { return "timex" }

// Reference returns the date relative expressions are read against: the
// article's publish date, else the one supplied from outside, else the
// article's reference date (the page's Last-Modified or capture time, for
// a page that gives no publish date), else none (zero): relative dates
// are then left unresolved rather than read against the day of analysis.
func Reference(doc *model.Document) time.Time {
	if a := doc.Article; a != nil {
		if a.Published != nil && !a.Published.IsZero() {
			return *a.Published
		}
		if doc.Published.IsZero() && a.ReferenceDate != nil {
			return *a.ReferenceDate
		}
	}
	return doc.Published
}

// Process implements pipeline.Stage.
func (Stage) Process(ctx context.Context, doc *model.Document) error {
	a := doc.Article
	if a == nil {
		return nil
	}
	sents := a.Sentences
	if len(sents) == 0 {
		sents = segment.Sentences(a.Text)
	}
	dates, err := Dates(ctx, a.Text, sents, Reference(doc), a.Dates[:0])
	if err != nil {
		return err
	}
	if dates == nil {
		// Looked and found none: an empty list, not nil, so that the
		// event coder, which finds dates itself when no stage did
		// (Dates nil), does not look again.
		dates = []model.TimeExpr{}
	}
	a.Dates = dates
	return nil
}

// Dates finds the time expressions of a text split into sentences, each read
// with what the sentences before it say about time (the story's year, the
// day last dated, whether the text is news), and appends them to dst. The
// stage and the event coder, when it runs without the stage, read dates
// alike through it.
func Dates(ctx context.Context, text string, sents []model.Sentence, ref time.Time, dst []model.TimeExpr) ([]model.TimeExpr, error) {
	// The year the story is in: the one the text last wrote out (see
	// narrate), and where. A period after it ("During the First World
	// War", "the 1930s") leaves the story's year unknown.
	year, yearSent, yearPara, yearFrame, seenYear := 0, 0, 0, false, false
	// yearDated says the year came with its month or day ("29 April
	// 1832"): a date that sets the story's time, not a year in passing.
	yearDated := false
	// yearFrom is lateIn of the expression that named the story's year.
	var yearFrom time.Month
	// The year last named in any way ("in 1998", "this year", "two years
	// later"), which "that year" and "the previous year" count from.
	near, nearSent := 0, 0
	news := false
	lastDay, lastDaySent := "", 0
	lastDayPart := "" // the part of the day lastDay was told with
	// The last day dated other than by "the day before/after" (see
	// countDays).
	eventDay, eventDaySent := "", 0
	// The last month dated, by a month or a day, not counted from the day
	// of writing: "the following month" in a story counts from it.
	lastMonth, lastMonthSent := "", 0
	// The place the text is written from, where its first sentence
	// names one (a dateline: "SYDNEY (Reuters) -", "Sydney, July 3"):
	// south of the equator, its seasons are the south's.
	south := len(sents) > 0 && namesSouth(datelineCase(text[sents[0].Start:sents[0].End]))
	for _, s := range sents {
		if err := ctx.Err(); err != nil {
			return dst, err
		}
		dc := discourse{news: news, story: !news && seenYear, south: south}
		for _, t := range s.Tokens {
			dc.pastVerb = dc.pastVerb || t.POS == "VBD"
		}
		switch {
		case near != 0 && s.Index-nearSent <= 2:
			dc.near = near
		case !news:
			dc.near = year // a story's year holds until another is named
		}
		if lastDay != "" && s.Index-lastDaySent <= 2 {
			dc.day, dc.dayPart = lastDay, lastDayPart
		}
		if eventDay != "" && s.Index-eventDaySent <= 2 {
			dc.eventDay = eventDay
		}
		if lastMonth != "" && s.Index-lastMonthSent <= 2 {
			dc.month = lastMonth
		}
		switch {
		case year == 0:
		case !news && (yearPara == s.Paragraph || yearFrame || yearDated):
			// A story carries its year on within a paragraph; into the
			// next ones only a year that opens its sentence or comes
			// with a month or day. ("The bridge was closed in 2019.\n\n
			// Engineers began repairs on March 4": the news of this
			// year.)
			dc.narr = year
		case news && yearFrame && yearPara == s.Paragraph && s.Index-yearSent <= 2 && year != ref.Year():
			dc.narr = year
		}
		if dc.narr != 0 {
			dc.narrFrom = yearFrom
		}
		first := len(dst)
		for _, f := range find(text[s.Start:s.End], s.Start, s.Index, ref, dc) {
			if clockYear(text[s.Start:s.End], s.Start, f.te) {
				continue // "(1900 GMT)" is a time, added below
			}
			// A fiscal year is a label ("fiscal 2025 results"), not
			// the year a story is told in.
			if y, ok := writtenYear(f.te); ok && f.kind != kFiscal {
				year, yearSent, yearPara, yearFrame, seenYear = y, s.Index, s.Paragraph, f.frame, true
				yearDated = len(f.te.Value) >= 7 && strings.Contains(f.te.Text, f.te.Value[:4])
				yearFrom = lateIn(f.te)
			} else if year != 0 && period(f) && f.te.Value[:4] > fmt.Sprintf("%04d", year) {
				year = 0
			}
			if y, ok := namedYear(f); ok {
				near, nearSent = y, s.Index
			}
			if f.deictic || f.yearless && !seenYear || nearRef(f.te, ref) {
				news = true
			}
			if f.te.Precision == model.PrecisionDay && f.te.EndValue == "" {
				lastDay, lastDaySent = f.te.Value, s.Index
				if !f.around {
					eventDay, eventDaySent = f.te.Value, s.Index
				}
			}
			if (f.te.Precision == model.PrecisionDay || f.te.Precision == model.PrecisionMonth) && f.te.EndValue == "" && len(f.te.Value) >= 7 && !f.deictic {
				lastMonth, lastMonthSent = f.te.Value[:7], s.Index
			}
			dst = append(dst, f.te)
		}
		dst = timesOfDay(text[s.Start:s.End], s.Start, s.Index, dst, first, ref, dc)
		if lastDaySent == s.Index {
			lastDayPart = lastPartOfDay(dst[first:])
		}
	}
	return dst, nil
}

// lastPartOfDay is the part of the day the last single day of a sentence's
// expressions was told with: a day's own ("Friday night"), or that of the
// clock time that took the day in ("Friday night at 11 p.m."); "" when the
// last day was told without one. A clock time told without a day ("and at
// 11 p.m.") leaves the night it is in as it was.
func lastPartOfDay(own []model.TimeExpr) string {
	part := ""
	for _, te := range own {
		switch {
		case te.EndValue != "":
		case te.Precision == model.PrecisionDay:
			part = te.PartOfDay
		case (te.Precision == model.PrecisionMinute || te.Precision == model.PrecisionHour) && te.PartOfDay != "":
			part = te.PartOfDay
		}
	}
	return part
}

// nearRef says a written-out date falls within a month of the publish date
// ("Wednesday, October 3, 2007" atop an interview published that day): the
// text is written from its own day.
func nearRef(te model.TimeExpr, ref time.Time) bool {
	if ref.IsZero() || te.EndValue != "" || te.Precision != model.PrecisionDay || !strings.Contains(te.Text, te.Value[:4]) {
		return false
	}
	t, err := time.Parse("2006-01-02", te.Value)
	if err != nil {
		return false
	}
	d := civil(ref).Sub(t)
	return d < 32*24*time.Hour && d > -32*24*time.Hour
}

// period says an expression names a stretch of years by itself ("the First
// World War", "the 1930s", "from 1961 to 1965"), not read from the publish
// date.
func period(f found) bool {
	switch f.kind {
	case kYearRange, kDecade, kCentury, kDecadeWord, kNamedPeriod:
		return len(f.te.Value) >= 4 && f.te.EndValue != "" && f.te.EndValue[:4] != f.te.Value[:4]
	}
	return false
}

// namedYear is the year an expression names, written out or not: "in
// 1998", "this year", "two years ago", "two years later".
func namedYear(f found) (int, bool) {
	if y, ok := writtenYear(f.te); ok && f.kind != kFiscal {
		return y, true
	}
	switch f.kind {
	case kRelYear, kAgo, kEndOf:
		if len(f.te.Value) >= 4 && f.te.EndValue == "" {
			y, err := strconv.Atoi(f.te.Value[:4])
			return y, err == nil
		}
	}
	return 0, false
}

// writtenYear is the year of an expression that names it ("in 1998",
// "May 2, 2010", or "two years later" after one): its value's year when its
// text holds that year's digits or counts from one.
func writtenYear(te model.TimeExpr) (int, bool) {
	if len(te.Value) < 4 {
		return 0, false
	}
	// A span within one year names it too ("the summer of 2010"); others
	// ("1947 to 1960", "since 2005") name no single year.
	if te.EndValue != "" && (len(te.EndValue) != 7 || te.EndValue[:4] != te.Value[:4]) {
		return 0, false
	}
	y, err := strconv.Atoi(te.Value[:4])
	if err != nil {
		return 0, false
	}
	// A year before 1000 is written without the zeros its value has:
	// "in 348" is 0348.
	if strings.Contains(te.Text, te.Value[:4]) || y > 0 && y < 1000 && strings.Contains(te.Text, strconv.Itoa(y)) || anaphoric.MatchString(te.Text) || countedLater.MatchString(te.Text) {
		return y, true
	}
	return 0, false
}
