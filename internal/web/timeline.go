package web

import (
	"math"
	"sort"
	"time"

	"github.com/newsgraph/newsgraph/internal/store"
)

// Bar is one period of the timeline: events per quad class.
type Bar struct {
	Start, End string // YYYY-MM-DD, inclusive
	Label      string
	Href       string // the events of the bar (set by the page, with its filters)
	Quad       [5]int // index 1-4; 0 = unknown
	Total      int
	// NotAsserted is how many of Total did not take place as their
	// reports tell them (store.DateCount.NotAsserted): a denied or only
	// planned act is drawn with the rest, and the tooltip says how many.
	NotAsserted int
	X, W        float64
	Segs        []Seg
}

// Seg is one stacked segment of a bar.
type Seg struct {
	Quad int
	Y, H float64
	N    int
}

// Timeline is the drawn timeline.
type Timeline struct {
	W, H, PlotH float64
	// PlotTop is where the tallest bar ends: room above it for the
	// count scale's top label.
	PlotTop float64
	Bars    []Bar
	Max     int
	Period  string // day, week, month or year
	// Ticks label the time axis, Levels the count scale (gridlines): the
	// bars had a date at each end of the axis and no scale, so neither
	// when a bar was nor how many events it held could be read.
	Ticks  []Tick
	Levels []Level
}

// Tick is a label of the time axis, under the bar it names.
type Tick struct {
	X      float64
	Label  string
	Anchor string // text-anchor: start, middle or end
}

// Level is a gridline of the count scale.
type Level struct {
	Y float64
	N int
}

// maxBars is about the most bars the timeline draws: at 960 units wide a
// bar stays some 10 wide. The period is the shortest that keeps under it.
const maxBars = 90

// BuildTimeline buckets events by date (day, week, month or year, whichever
// keeps the bars under maxBars) and stacks them by quad class. Events
// without a full day date are left out of day and week bars; a month bar
// counts the events known only to its month, a year bar those known only
// to a month or to itself (coarseBucket), as the events page its bar links
// to lists them.
func BuildTimeline(events []store.Event, w, h float64) Timeline {
	counts := make([]store.DateCount, 0, len(events))
	for _, e := range events {
		counts = append(counts, store.DateCount{Date: e.Date, QuadClass: e.QuadClass, Events: 1})
	}
	return BuildTimelineCounts(counts, w, h)
}

// BuildTimelineCounts is BuildTimeline over the store's counts of events
// by date and quad class (store.EventCounts), so that the timeline is of
// every matching event rather than of a page of them.
func BuildTimelineCounts(counts []store.DateCount, w, h float64) Timeline {
	var days []time.Time
	for _, c := range counts {
		if len(c.Date) != 10 || c.Events <= 0 {
			continue
		}
		if t, err := time.Parse("2006-01-02", c.Date); err == nil {
			days = append(days, t)
		}
	}
	tl := Timeline{W: w, H: h, PlotH: h - 30, PlotTop: 16, Period: "day"}
	if len(days) == 0 {
		return tl
	}
	sort.Slice(days, func(i, j int) bool { return days[i].Before(days[j]) })
	first, last := days[0], days[len(days)-1]
	span := int(last.Sub(first).Hours()/24) + 1
	bucket := func(t time.Time) time.Time { return t }
	next := func(t time.Time) time.Time { return t.AddDate(0, 0, 1) }
	// Months and years are counted, not estimated from days: one old
	// date among recent ones (an anniversary, a verdict on a 1990s
	// crime) spans decades, and by month that was 850 bars a pixel wide.
	months := (last.Year()-first.Year())*12 + int(last.Month()-first.Month()) + 1
	switch {
	case months > maxBars:
		tl.Period = "year"
		bucket = func(t time.Time) time.Time { return time.Date(t.Year(), 1, 1, 0, 0, 0, 0, time.UTC) }
		next = func(t time.Time) time.Time { return t.AddDate(1, 0, 0) }
	case span > maxBars*7:
		tl.Period = "month"
		bucket = func(t time.Time) time.Time { return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC) }
		next = func(t time.Time) time.Time { return t.AddDate(0, 1, 0) }
	case span > maxBars:
		tl.Period = "week"
		bucket = func(t time.Time) time.Time { return t.AddDate(0, 0, -int((t.Weekday()+6)%7)) } // Monday
		next = func(t time.Time) time.Time { return t.AddDate(0, 0, 7) }
	}
	index := map[time.Time]int{}
	for t := bucket(first); !t.After(last); t = next(t) {
		end := next(t).AddDate(0, 0, -1)
		// The year is in every label: a bar's tooltip and the axis's
		// ends name a day that may be in any year.
		label := t.Format("2 Jan 2006")
		switch tl.Period {
		case "week":
			label = "week of " + label
		case "month":
			label = t.Format("Jan 2006")
		case "year":
			label = t.Format("2006")
		}
		index[t] = len(tl.Bars)
		tl.Bars = append(tl.Bars, Bar{Start: t.Format("2006-01-02"), End: end.Format("2006-01-02"), Label: label})
	}
	for _, c := range counts {
		if len(c.Date) != 10 || c.Events <= 0 {
			continue
		}
		t, err := time.Parse("2006-01-02", c.Date)
		if err != nil {
			continue
		}
		tl.add(&tl.Bars[index[bucket(t)]], c)
	}
	// The days drew the bars; an event known only to a month or a year is
	// counted in the bar of its period, when the bars are that long (and
	// it falls within them). The bar's link (/events?since=its first
	// day&until=its last) lists those events: a month bar's link listed
	// the month's events its bar did not count.
	for _, c := range counts {
		if start, ok := coarseBucket(c, tl.Period); ok {
			if i, in := index[start]; in {
				tl.add(&tl.Bars[i], c)
			}
		}
	}
	bw := w / float64(len(tl.Bars))
	plotSpan := tl.PlotH - tl.PlotTop
	for i := range tl.Bars {
		b := &tl.Bars[i]
		b.X, b.W = round1(float64(i)*bw), round1(max(1, bw-1))
		y := tl.PlotH
		for _, q := range []int{1, 2, 3, 4, 0} {
			if b.Quad[q] == 0 {
				continue
			}
			hgt := plotSpan * float64(b.Quad[q]) / float64(max(1, tl.Max))
			y -= hgt
			b.Segs = append(b.Segs, Seg{Quad: q, Y: round1(y), H: round1(hgt), N: b.Quad[q]})
		}
	}
	tl.addTicks()
	tl.addLevels()
	return tl
}

// tickLabel is a bar's name on the time axis: short, as the axis has room
// for few characters a bar; a day's or week's label names its year where
// the year changes (and on the first tick), a month's on January (and on
// the first).
func tickLabel(b Bar, period string, withYear bool) string {
	t, err := time.Parse("2006-01-02", b.Start)
	if err != nil {
		return b.Label
	}
	switch period {
	case "year":
		return t.Format("2006")
	case "month":
		if withYear || t.Month() == time.January {
			return t.Format("Jan 2006")
		}
		return t.Format("Jan")
	}
	if withYear {
		return t.Format("2 Jan 2006")
	}
	return t.Format("2 Jan")
}

// tickChar is the estimated advance of a character of the axis labels
// (12-unit sans-serif), in drawing units.
const tickChar = 7.0

// addTicks labels every k-th bar, k the least step at which the labels
// leave room between them, starting at the first bar.
func (tl *Timeline) addTicks() {
	n := len(tl.Bars)
	if n == 0 {
		return
	}
	bw := tl.W / float64(n)
	widest := 0
	for i, b := range tl.Bars {
		widest = max(widest, len(tickLabel(b, tl.Period, i == 0)))
	}
	step := max(1, int(math.Ceil((float64(widest)*tickChar+12)/bw)))
	// Calendar steps read better: whole weeks of days, quarters of months.
	switch {
	case tl.Period == "day" && step > 1 && step <= 7:
		step = 7
	case tl.Period == "month" && step > 1 && step <= 3:
		step = 3
	case tl.Period == "month" && step > 3 && step <= 6:
		step = 6
	case tl.Period == "month" && step > 6 && step <= 12:
		step = 12
	}
	lastYear := -1
	for i := 0; i < n; i += step {
		b := tl.Bars[i]
		year := 0
		if t, err := time.Parse("2006-01-02", b.Start); err == nil {
			year = t.Year()
		}
		lbl := tickLabel(b, tl.Period, year != lastYear)
		lastYear = year
		x, anchor := b.X+b.W/2, "middle"
		half := float64(len(lbl)) * tickChar / 2
		switch {
		case x-half < 0:
			x, anchor = b.X, "start"
		case x+half > tl.W:
			x, anchor = b.X+b.W, "end"
		}
		tl.Ticks = append(tl.Ticks, Tick{X: round1(x), Label: lbl, Anchor: anchor})
	}
}

// addLevels puts gridlines at a round step of the count (1, 2 or 5 times
// a power of ten), about four of them up to the tallest bar.
func (tl *Timeline) addLevels() {
	if tl.Max <= 0 {
		return
	}
	step := 1
	for p := 1; ; p *= 10 {
		if s := roundStep(tl.Max, p); s > 0 {
			step = s
			break
		}
	}
	plotSpan := tl.PlotH - tl.PlotTop
	for n := step; n <= tl.Max; n += step {
		tl.Levels = append(tl.Levels, Level{Y: round1(tl.PlotH - plotSpan*float64(n)/float64(tl.Max)), N: n})
	}
}

// roundStep is the least of p, 2p and 5p that cuts top into at most four
// steps, 0 when none does.
func roundStep(top, p int) int {
	for _, s := range []int{p, 2 * p, 5 * p} {
		if top/s <= 4 {
			return s
		}
	}
	return 0
}

// add counts c in bar b.
func (tl *Timeline) add(b *Bar, c store.DateCount) {
	q := c.QuadClass
	if q < 1 || q > 4 {
		q = 0
	}
	b.Quad[q] += c.Events
	b.Total += c.Events
	b.NotAsserted += c.NotAsserted
	tl.Max = max(tl.Max, b.Total)
}

// coarseBucket is the first day of the bar of period that counts c, a
// count of events known only to a month ("2025-03") or a year ("2025")
// (store.CoarseDateSQL): a month's in a month bar or a year bar, a year's
// in a year bar; ok is false for a day's count and a shorter period, whose
// bars (and links: store.UntilCuts) leave a coarser date out.
func coarseBucket(c store.DateCount, period string) (time.Time, bool) {
	if c.Events <= 0 {
		return time.Time{}, false
	}
	var t time.Time
	var err error
	switch {
	case len(c.Date) == len("2006-01") && (period == "month" || period == "year"):
		t, err = time.Parse("2006-01", c.Date)
	case len(c.Date) == len("2006") && period == "year":
		t, err = time.Parse("2006", c.Date)
	default:
		return time.Time{}, false
	}
	if err != nil {
		return time.Time{}, false
	}
	if period == "year" {
		t = time.Date(t.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
	}
	return t, true
}
