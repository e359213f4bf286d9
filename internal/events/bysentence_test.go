package events

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// copiedEntities is how the coder grouped entities before they were
// indexed by position: a per-sentence copy, seat compounds left out. The
// index must give every sentence the same list.
func copiedEntities(text string, ents []model.Entity) map[int][]model.Entity {
	by := map[int][]model.Entity{}
	for _, e := range ents {
		if !seatCompound(text, e) {
			by[e.Sentence] = append(by[e.Sentence], e)
		}
	}
	return by
}

// copiedDates is the same for dates, each as events are dated.
func copiedDates(dates []model.TimeExpr) map[int][]model.TimeExpr {
	by := map[int][]model.TimeExpr{}
	for _, d := range dates {
		by[d.Sentence] = append(by[d.Sentence], dayOf(d))
	}
	return by
}

// The index gives each sentence exactly the copied grouping's list, in
// order, whether the article's lists come in sentence order or not, and
// leaves the article's lists as they were.
func TestSentenceIndexMatchesCopies(t *testing.T) {
	text := "Police in the Nairobi-based unit and Kenya met Uganda. Paris-headquartered firms and France."
	r := rand.New(rand.NewPCG(1, 2))
	types := []string{model.EntityGPE, model.EntityLoc, model.EntityPerson, model.EntityOrg}
	// Spans that make seatCompound true ("Nairobi" before "-based",
	// "Paris" before "-headquartered") and false.
	spans := [][2]int{{14, 21}, {37, 42}, {47, 53}, {55, 60}, {0, 6}}
	values := []struct{ v, end, prec string }{
		{"2024-05-01", "", model.PrecisionDay},
		{"2024-05-01T15:00", "", model.PrecisionMinute},
		{"2024-05-01T23", "", model.PrecisionHour},
		{"2024-05", "", model.PrecisionMonth},
		{"2024-05-01", "2024-05-03T12:00", model.PrecisionDay},
	}
	for round := range 200 {
		sorted := round%2 == 0
		var ents []model.Entity
		var dates []model.TimeExpr
		for i := range r.IntN(12) {
			sp := spans[r.IntN(len(spans))]
			ents = append(ents, model.Entity{Text: text[sp[0]:sp[1]], Type: types[r.IntN(len(types))], Sentence: r.IntN(4), Start: sp[0], End: sp[1], ActorID: string(rune('a' + i))})
		}
		for i := range r.IntN(8) {
			v := values[r.IntN(len(values))]
			dates = append(dates, model.TimeExpr{Text: string(rune('a' + i)), Sentence: r.IntN(4), Start: i, Value: v.v, EndValue: v.end, Precision: v.prec})
		}
		if sorted {
			slices.SortStableFunc(ents, func(a, b model.Entity) int { return a.Sentence - b.Sentence })
			slices.SortStableFunc(dates, func(a, b model.TimeExpr) int { return a.Sentence - b.Sentence })
		}
		entsBefore, datesBefore := slices.Clone(ents), slices.Clone(dates)
		wantE, wantD := copiedEntities(text, ents), copiedDates(dates)
		ix, dx := newSentenceEntities(text, ents), newSentenceDates(dates)
		for s := -1; s <= 4; s++ {
			if got := ix.of(s); !reflect.DeepEqual(got, wantE[s]) {
				t.Fatalf("round %d sentence %d: entities %+v, want %+v", round, s, got, wantE[s])
			}
			if got := dx.of(s); !reflect.DeepEqual(got, wantD[s]) {
				t.Fatalf("round %d sentence %d: dates %+v, want %+v", round, s, got, wantD[s])
			}
		}
		if !reflect.DeepEqual(ents, entsBefore) || !reflect.DeepEqual(dates, datesBefore) {
			t.Fatalf("round %d: the article's lists were changed", round)
		}
	}
}

// In sentence order (as the stages write them) a sentence's entities and
// dates are the article's own elements, not copies, and appending to one
// sentence's list cannot write over the next sentence's.
func TestSentenceIndexSharesArticleLists(t *testing.T) {
	text := "Kenya and Uganda met. Sudan spoke."
	ents := []model.Entity{
		{Text: "Kenya", Type: model.EntityGPE, Sentence: 0, Start: 0, End: 5},
		{Text: "Uganda", Type: model.EntityGPE, Sentence: 0, Start: 10, End: 16},
		{Text: "Sudan", Type: model.EntityGPE, Sentence: 1, Start: 22, End: 27},
	}
	dates := []model.TimeExpr{
		{Text: "Monday", Sentence: 0, Value: "2024-04-29", Precision: model.PrecisionDay},
		{Text: "Tuesday", Sentence: 1, Value: "2024-04-30", Precision: model.PrecisionDay},
	}
	ix, dx := newSentenceEntities(text, ents), newSentenceDates(dates)
	first := ix.of(0)
	if len(first) != 2 || &first[0] != &ents[0] {
		t.Fatalf("sentence 0's entities %+v are not the article's own", first)
	}
	if d := dx.of(1); len(d) != 1 || &d[0] != &dates[1] {
		t.Fatalf("sentence 1's dates %+v are not the article's own", d)
	}
	_ = append(first, model.Entity{Text: "Egypt"})
	if ents[2].Text != "Sudan" {
		t.Fatalf("appending to sentence 0's entities overwrote sentence 1's: %+v", ents[2])
	}
	if got := ix.of(7); got != nil {
		t.Errorf("a sentence without entities got %+v, want nil", got)
	}
}

// A sentence with a clock time gets day-precision copies (dayOf); the
// article keeps its clock times, and other sentences share its list.
func TestSentenceDatesClockTimes(t *testing.T) {
	dates := []model.TimeExpr{
		{Text: "at 3 p.m. on Tuesday", Sentence: 0, Value: "2024-04-30T15:00", Precision: model.PrecisionMinute},
		{Text: "on Monday", Sentence: 1, Value: "2024-04-29", Precision: model.PrecisionDay},
	}
	dx := newSentenceDates(dates)
	got := dx.of(0)
	if len(got) != 1 || got[0].Value != "2024-04-30" || got[0].Precision != model.PrecisionDay {
		t.Fatalf("clock time as dated = %+v, want the day 2024-04-30", got)
	}
	if dates[0].Value != "2024-04-30T15:00" || dates[0].Precision != model.PrecisionMinute {
		t.Errorf("the article's clock time was changed: %+v", dates[0])
	}
	if d := dx.of(1); len(d) != 1 || &d[0] != &dates[1] {
		t.Errorf("a sentence without clock times got a copy: %+v", d)
	}
}
