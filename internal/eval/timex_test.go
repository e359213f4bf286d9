package eval

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/nlp/timex"
)

// The fixture is a GUM-style document written for this test: two
// sentences with four <date> elements (a full date with its weekday,
// "yesterday", a decade as a from-to range, and an open-ended span).
func TestEvalTimexFixture(t *testing.T) {
	docs, err := LoadGUM("testdata/gum")
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 {
		t.Fatalf("%d documents", len(docs))
	}
	d := docs[0]
	if got := d.Created.Format("2006-01-02"); got != "2021-07-30" {
		t.Errorf("created %s", got)
	}
	var spans []string
	for _, g := range d.Dates {
		spans = append(spans, d.SpanText(g.S, g.E)+"="+g.value())
	}
	want := "Friday, July 23, 2021=2021-07-23|yesterday=2021-07-29|the 1980s=1980-01-01/1989-12-31|the past three years=notBefore 2018 notAfter "
	if got := strings.Join(spans, "|"); got != want {
		t.Errorf("dates\n got %s\nwant %s", got, want)
	}
	splits, err := GUMSplits("testdata/gum/splits.md")
	if err != nil {
		t.Fatal(err)
	}
	if test, _ := FilterGUMSplit(docs, splits, "test"); len(test) != 1 {
		t.Errorf("test split: %d documents, want 1", len(test))
	}
	if dev, _ := FilterGUMSplit(docs, splits, "dev"); len(dev) != 0 {
		t.Errorf("dev split: %d documents, want 0", len(dev))
	}
	if _, err := FilterGUMSplit(docs, splits, "holdout"); err == nil {
		t.Error("unknown split accepted")
	}
	stage := timex.NewStage()
	sc, err := EvalTimex(context.Background(), docs, func(ctx context.Context, d *GUMDoc) (*model.Article, error) {
		a := d.GoldArticle()
		return a, stage.Process(ctx, &model.Document{Article: a})
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	// All four are found; the open span has no value to compare.
	if sc.Gold != 4 || sc.Valued != 3 || sc.LenientTP != 4 || sc.ValueOK != 3 || sc.ValueMatched != 3 {
		t.Errorf("scores %+v", sc)
	}
	// A stage that finds nothing scores nothing.
	sc, err = EvalTimex(context.Background(), docs, func(ctx context.Context, d *GUMDoc) (*model.Article, error) {
		return d.GoldArticle(), nil
	}, nil)
	if err != nil || sc.LenientTP != 0 || sc.Pred != 0 || sc.Gold != 4 {
		t.Errorf("empty stage: %+v %v", sc, err)
	}
}

func TestTimexIntervals(t *testing.T) {
	for _, tc := range []struct {
		gold GUMDate
		pred model.TimeExpr
		ok   bool
	}{
		{GUMDate{When: "2017-07-21"}, model.TimeExpr{Value: "2017-07-21"}, true},
		{GUMDate{When: "2017-07-21"}, model.TimeExpr{Value: "2017-07"}, false},
		{GUMDate{When: "1900"}, model.TimeExpr{Value: "1900", EndValue: "2011-04-13"}, true}, // "since 1900"
		{GUMDate{When: "--10"}, model.TimeExpr{Value: "2013-10"}, true},
		{GUMDate{When: "--10"}, model.TimeExpr{Value: "2013-10-05"}, false},
		{GUMDate{From: "1980-01-01", To: "1989-12-31"}, model.TimeExpr{Value: "1980", EndValue: "1989"}, true},
		{GUMDate{From: "2016-01", To: "2016-06"}, model.TimeExpr{Value: "2016-01", EndValue: "2016-06"}, true},
		{GUMDate{From: "1980-01-01", To: "1989-12-31"}, model.TimeExpr{Value: "1980"}, false},
		// A time of day is compared by its day.
		{GUMDate{When: "2010-09-04T22:30:00"}, model.TimeExpr{Value: "2010-09-04T22:30"}, true},
		{GUMDate{When: "2010-09-04T22:30:00"}, model.TimeExpr{Value: "2010-09-04"}, true},
		{GUMDate{When: "2010-09-04"}, model.TimeExpr{Value: "2010-09-04T23"}, true},
		{GUMDate{When: "2010-09-04T22:30:00"}, model.TimeExpr{Value: "2010-09"}, false},
	} {
		lo, hi, valued := tc.gold.interval()
		if !valued {
			t.Errorf("%+v not valued", tc.gold)
			continue
		}
		plo, phi, ok := predInterval(tc.pred, tc.gold.When != "")
		got := ok && sameInterval(lo, hi, plo, phi, tc.gold)
		if got != tc.ok {
			t.Errorf("gold %s, predicted %s/%s: match %v, want %v", tc.gold.value(), tc.pred.Value, tc.pred.EndValue, got, tc.ok)
		}
	}
	if _, _, valued := (GUMDate{NotBefore: "1979"}).interval(); valued {
		t.Error("an open bound is valued")
	}
}

// Years before the common era are compared as written (-0753 is 753 BC in
// gold and prediction alike), before every later year; malformed signed
// years are no values.
func TestTimexYearsBeforeCommonEra(t *testing.T) {
	for _, tc := range []struct {
		gold GUMDate
		pred model.TimeExpr
		ok   bool
	}{
		{GUMDate{When: "-0753"}, model.TimeExpr{Value: "-0753"}, true},
		{GUMDate{When: "-0753"}, model.TimeExpr{Value: "0753"}, false},
		{GUMDate{When: "-0753"}, model.TimeExpr{Value: "-0752"}, false},
		{GUMDate{When: "-0508-06"}, model.TimeExpr{Value: "-0508-06"}, true},
		{GUMDate{When: "-0508-06"}, model.TimeExpr{Value: "-0508"}, false},
		{GUMDate{When: "-11700"}, model.TimeExpr{Value: "-11700"}, true},
		{GUMDate{From: "-0776", To: "-0700"}, model.TimeExpr{Value: "-0776", EndValue: "-0700"}, true},
		{GUMDate{From: "-0776", To: "0393"}, model.TimeExpr{Value: "-0776", EndValue: "0393"}, true},
	} {
		lo, hi, valued := tc.gold.interval()
		if !valued {
			t.Errorf("%+v not valued", tc.gold)
			continue
		}
		if !lo.Before(time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)) {
			t.Errorf("%s starts %v, not before the common era", tc.gold.value(), lo)
		}
		plo, phi, ok := predInterval(tc.pred, tc.gold.When != "")
		got := ok && sameInterval(lo, hi, plo, phi, tc.gold)
		if got != tc.ok {
			t.Errorf("gold %s, predicted %s/%s: match %v, want %v", tc.gold.value(), tc.pred.Value, tc.pred.EndValue, got, tc.ok)
		}
	}
	for _, v := range []string{"-0000", "-044", "-0a44", "--", "-", "-12345678901", "+0753"} {
		if d := parseISO(v); !d.invalid {
			t.Errorf("parseISO(%q) = %+v, want invalid", v, d)
		}
	}
	if d := parseISO("-0044"); d.invalid || !d.hasYear || d.year != -44 {
		t.Errorf("parseISO(-0044) = %+v, want year -44", d)
	}
}

func FuzzParseDates(f *testing.F) {
	f.Add(`XML=<date when:::"2021-07-23">|SpaceAfter=No`)
	f.Add(`XML=<hi rend:::"bold"><date from:::"1980" to:::"1989"></date></hi>`)
	f.Add(`XML=</date></date><date`)
	f.Fuzz(func(t *testing.T, misc string) {
		d := &GUMDoc{}
		var open []int
		for ti := range 3 {
			d.parseDates(misc, ti, &open)
		}
		for _, g := range d.Dates {
			if g.E != -1 && g.E <= g.S {
				t.Fatalf("date closes before it opens: %+v", g)
			}
		}
		for _, v := range []string{misc, strings.TrimPrefix(misc, "XML=")} {
			_ = parseISO(v)
		}
	})
}

// GUM marks the two ends of "1947 to 1960" as two dates; one predicted range
// over both matches both (its end value against the second) and counts
// once for precision. A range that does not span a gold date matches
// nothing more, and a wrong end value is a wrong value.
func TestEvalTimexRangeEnds(t *testing.T) {
	text := "He served from 1947 to 1960 and retired in 1961."
	toks := []GUMToken{}
	for _, w := range []string{"1947", "1960", "1961"} {
		i := strings.Index(text, w)
		toks = append(toks, GUMToken{Text: w, Start: i, End: i + len(w)})
	}
	doc := &GUMDoc{ID: "d", Text: text, Toks: toks, Dates: []GUMDate{{S: 0, E: 1, When: "1947"}, {S: 1, E: 2, When: "1960"}, {S: 2, E: 3, When: "1961"}}}
	rs, re := strings.Index(text, "1947"), strings.Index(text, "1960")+4
	score := func(end string, extra bool) TimexScores {
		dates := []model.TimeExpr{{Text: text[rs:re], Start: rs, End: re, Value: "1947", EndValue: end, Precision: "year"}}
		if extra {
			dates = append(dates, model.TimeExpr{Text: "He", Start: 0, End: 2, Value: "2000", Precision: "year"})
		}
		sc, err := EvalTimex(context.Background(), []*GUMDoc{doc}, func(context.Context, *GUMDoc) (*model.Article, error) {
			return &model.Article{Text: text, Dates: dates}, nil
		}, nil)
		if err != nil {
			t.Fatal(err)
		}
		return sc
	}
	sc := score("1960", true)
	if sc.LenientTP != 2 || sc.PredMatched != 1 || sc.RangeEnds != 1 || sc.ValueOK != 2 || sc.Pred != 2 {
		t.Errorf("range over both ends: %+v", sc)
	}
	if sc := score("1959", false); sc.LenientTP != 2 || sc.ValueOK != 1 {
		t.Errorf("wrong end value: %+v", sc)
	}
	// Without an end value the expression is no range and matches one date.
	if sc := score("", false); sc.LenientTP != 1 || sc.RangeEnds != 0 {
		t.Errorf("no range: %+v", sc)
	}
}

// GUM marks a clock time as a <time>, which the scorer does not score: a
// predicted clock time on one is left out of the predictions; one on no
// markup, or a date on a <time>, still counts as wrong.
func TestEvalTimexLeavesOutTimes(t *testing.T) {
	text := "On Monday the ferry left at 9 am and the bus at 10 am."
	toks := []GUMToken{}
	for _, w := range []string{"Monday", "9", "am", "10"} {
		i := strings.Index(text, w)
		toks = append(toks, GUMToken{Text: w, Start: i, End: i + len(w)})
	}
	doc := &GUMDoc{ID: "d", Text: text, Toks: toks, Dates: []GUMDate{{S: 0, E: 1, When: "2021-07-26"}}, Times: [][2]int{{1, 3}}}
	at := func(s, value, prec string) model.TimeExpr {
		i := strings.Index(text, s)
		return model.TimeExpr{Text: s, Start: i, End: i + len(s), Value: value, Precision: prec}
	}
	score := func(dates ...model.TimeExpr) TimexScores {
		sc, err := EvalTimex(context.Background(), []*GUMDoc{doc}, func(context.Context, *GUMDoc) (*model.Article, error) {
			return &model.Article{Text: text, Dates: dates}, nil
		}, nil)
		if err != nil {
			t.Fatal(err)
		}
		return sc
	}
	monday := at("Monday", "2021-07-26", "day")
	if sc := score(monday, at("9 am", "2021-07-26T09:00", "minute")); sc.Pred != 1 || sc.OnTimes != 1 || sc.PredMatched != 1 {
		t.Errorf("clock time on a <time>: %+v", sc)
	}
	if sc := score(monday, at("10 am", "2021-07-26T10:00", "minute")); sc.Pred != 2 || sc.OnTimes != 0 {
		t.Errorf("clock time on no markup: %+v", sc)
	}
	if sc := score(monday, at("9 am", "2021-07-26", "day")); sc.Pred != 2 || sc.OnTimes != 0 {
		t.Errorf("a date on a <time>: %+v", sc)
	}
}

// <time> tags are read as token ranges beside the dates.
func TestParseGUMTimes(t *testing.T) {
	d := &GUMDoc{}
	var open []int
	for ti, misc := range []string{`XML=<time when:::"15:11:00">`, `XML=</time>`, `XML=<date when:::"2008-01-19"></date>`} {
		d.parseDates(misc, ti, &open)
	}
	if len(d.Times) != 1 || d.Times[0] != [2]int{0, 2} || len(d.Dates) != 1 || d.Dates[0].S != 2 || d.Dates[0].E != 3 {
		t.Errorf("times %v dates %+v", d.Times, d.Dates)
	}
}
