package merge

import (
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
)

// ownAtOtherGranularity finds the stored event one of the article's own
// joinable reports made or joined that report ev, also joinable, tells
// again at another granularity on the same day: "Israel carried out air
// strikes on Hezbollah positions, the Israeli military said, hitting
// depots in southern Lebanon" is coded as Israel -> Hezbollah and as the
// Israeli military -> Lebanon, one attack told twice. Kept apart, the
// second seeded an event of its own, whose exact key a later outlet's
// "Israeli warplanes bombed southern Lebanon" then preferred to the
// first: the story of three outlets was split in two. One article telling
// one type of act on one day by parties that would match across outlets
// (see granularMatch: the same country, one side the country as a whole
// or both parts of its state; never the army and a rebel group of one
// country) tells one happening, as its reports of one key on one day
// already share one event. Both must give that day themselves (the
// caller passes only a report that does; dated holds the events such
// reports made or joined): two reports an article leaves undated take its
// publish day, which says nothing of their being one happening ("the two
// sides continue to negotiate", "Beijing would resume buying farm goods as
// part of a deal" in a feature on talks). Reports of another day, another
// precision than the day, or another polarity stay apart; so do the
// article's own loose reports, which are kept to their article
// (localKeyMark).
func ownAtOtherGranularity(ev *model.Event, key string, day time.Time, precision string, own map[string][]*store.Event, dated map[int64]bool) (best *store.Event, swapped bool) {
	src, tgt := eventParty(ev.Source), eventParty(ev.Target)
	if precision != model.PrecisionDay || src.country == "" || tgt.country == "" {
		return nil, false
	}
	domestic := src.country == tgt.country
	date := day.Format(time.DateOnly)
	bestScore := 0
	for k, events := range own {
		if k == key {
			continue // the caller's loop over the exact key
		}
		for _, e := range events {
			if !dated[e.ID] || strings.Contains(e.Key, localKeyMark) || e.Date != date || e.Precision != model.PrecisionDay {
				continue
			}
			if ev.Polarity != "" && e.Polarity != "" && (ev.Polarity == "negated") != (e.Polarity == "negated") {
				continue
			}
			score, sw := granularMatch(ev, key, src, tgt, domestic, e)
			// Ties go to the lower id, the event stored first: the map's
			// order is random.
			if score > bestScore || score == bestScore && score > 0 && e.ID < best.ID {
				best, swapped, bestScore = e, sw, score
			}
		}
	}
	return best, swapped
}

// dayKey is what articleMerge.days holds an article's reports' days by:
// the type and the countries of the two sides (each side's actor key when
// it has no country), in either order for symmetric types. The article's
// reports of one happening may name it at two granularities ("Pakistani
// warplanes", PAK.MIL, and "Pakistan"), and two days of them are two
// happenings as two days of one key are.
func dayKey(ev *model.Event) string {
	typ := strings.ToUpper(ev.Type)
	side := func(as []model.EventActor) string {
		if len(as) > 0 && as[0].Country != "" {
			return strings.ToUpper(as[0].Country)
		}
		return actorKey(as)
	}
	src, tgt := side(ev.Source), side(ev.Target)
	if symmetric(typ, ev.CAMEO) && tgt != "" && tgt < src {
		src, tgt = tgt, src
	}
	return typ + "|" + src + "|" + tgt
}
