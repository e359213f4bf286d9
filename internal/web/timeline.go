package web

import (
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
	X, W       float64
	Segs       []Seg
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
	Bars        []Bar
	Max         int
	Period      string // day, week, month or year
}

// maxBars is about the most bars the timeline draws: at 960 units wide a
// bar stays some 10 wide. The period is the shortest that keeps under it.
const maxBars = 90

// BuildTimeline buckets events by date (day, week, month or year, whichever
// keeps the bars under maxBars) and stacks them by quad class. Events
// without a full day date are left out.
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
	tl := Timeline{W: w, H: h, PlotH: h - 30, Period: "day"}
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
		b := &tl.Bars[index[bucket(t)]]
		q := c.QuadClass
		if q < 1 || q > 4 {
			q = 0
		}
		b.Quad[q] += c.Events
		b.Total += c.Events
		tl.Max = max(tl.Max, b.Total)
	}
	bw := w / float64(len(tl.Bars))
	for i := range tl.Bars {
		b := &tl.Bars[i]
		b.X, b.W = round1(float64(i)*bw), round1(max(1, bw-1))
		y := tl.PlotH
		for _, q := range []int{1, 2, 3, 4, 0} {
			if b.Quad[q] == 0 {
				continue
			}
			hgt := tl.PlotH * float64(b.Quad[q]) / float64(max(1, tl.Max))
			y -= hgt
			b.Segs = append(b.Segs, Seg{Quad: q, Y: round1(y), H: round1(hgt), N: b.Quad[q]})
		}
	}
	return tl
}
