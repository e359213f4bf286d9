package events

import (
	"cmp"
	"slices"
	"sort"

	"github.com/newsgraph/newsgraph/internal/model"
)

// sentenceEntities gives each sentence its entities as a window on the
// article's own list rather than a copy. The coder used to copy every
// entity (and date) into a per-sentence map held for the whole of an
// article's coding, where the analysis peaks, though it only reads them:
// for 9.9 MB of generated prose (146,000 entities, 43,700 dates) the maps
// allocated 64 MB and held 42 MB.
type sentenceEntities struct {
	text string
	// all is the article's entities in sentence order; within a sentence
	// in the article's order, which the coder's choices depend on.
	all []model.Entity
}

func newSentenceEntities(text string, ents []model.Entity) sentenceEntities {
	return sentenceEntities{text: text, all: bySentence(ents, func(e *model.Entity) int { return e.Sentence })}
}

// of returns the entities of sentence idx, without those seatCompound
// drops ("a Nairobi-based group": the place is part of a description, not
// a participant). The result is read-only: it may share the article's
// array, and its capacity ends with it so an append cannot write over the
// next sentence's entities.
func (x sentenceEntities) of(idx int) []model.Entity {
	run := sentenceRun(x.all, idx, func(e *model.Entity) int { return e.Sentence })
	if !slices.ContainsFunc(run, func(e model.Entity) bool { return seatCompound(x.text, e) }) {
		return run
	}
	// Rare: only this sentence's entities are copied, for the time it is
	// coded.
	kept := slices.DeleteFunc(slices.Clone(run), func(e model.Entity) bool { return seatCompound(x.text, e) })
	if len(kept) == 0 {
		return nil
	}
	return kept
}

// sentenceDates gives each sentence its dates as events are dated (dayOf),
// shared with the article's list where dayOf changes none of them, which
// is all but the sentences with a clock time.
type sentenceDates struct{ all []model.TimeExpr }

func newSentenceDates(dates []model.TimeExpr) sentenceDates {
	return sentenceDates{all: bySentence(dates, func(d *model.TimeExpr) int { return d.Sentence })}
}

// of returns the dates of sentence idx, read-only like sentenceEntities.of.
func (x sentenceDates) of(idx int) []model.TimeExpr {
	run := sentenceRun(x.all, idx, func(d *model.TimeExpr) int { return d.Sentence })
	if !slices.ContainsFunc(run, finerThanDay) {
		return run
	}
	out := make([]model.TimeExpr, len(run))
	for i, d := range run {
		out[i] = dayOf(d)
	}
	return out
}

// finerThanDay says dayOf would change d: a minute or an hour, or a value
// with a clock time.
func finerThanDay(d model.TimeExpr) bool {
	return d.Precision == model.PrecisionMinute || d.Precision == model.PrecisionHour || hasClock(d.Value) || hasClock(d.EndValue)
}

// bySentence returns xs ordered by sentence, keeping the order within a
// sentence: xs itself when it already is (the stages write entities and
// dates in text order), else a sorted copy, so that each sentence's items
// are one run of it whatever a caller handed in. sentence is given
// pointers into xs: a comparison of copies would move each copy to the
// heap, allocating the very copies the index is there to save.
func bySentence[T any](xs []T, sentence func(*T) int) []T {
	sorted := true
	for i := 1; i < len(xs) && sorted; i++ {
		sorted = sentence(&xs[i-1]) <= sentence(&xs[i])
	}
	if sorted {
		return xs
	}
	order := make([]int, len(xs))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(i, j int) int { return cmp.Compare(sentence(&xs[i]), sentence(&xs[j])) })
	out := make([]T, len(xs))
	for k, i := range order {
		out[k] = xs[i]
	}
	return out
}

// sentenceRun returns the run of xs (sorted by sentence) in sentence idx,
// nil when there is none, capped so that appending to it copies.
func sentenceRun[T any](xs []T, idx int, sentence func(*T) int) []T {
	lo := sort.Search(len(xs), func(i int) bool { return sentence(&xs[i]) >= idx })
	hi := lo
	for hi < len(xs) && sentence(&xs[hi]) == idx {
		hi++
	}
	if lo == hi {
		return nil
	}
	return xs[lo:hi:hi]
}
