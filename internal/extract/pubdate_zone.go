package extract

import (
	"time"

	"github.com/newsgraph/newsgraph/internal/clockzone"
)

// Time zones of publish times written without one.
//
// "2021.07.28 15:24" on a Korean page is Seoul time, not UTC. A clock the
// page wrote without a zone is parsed in the floating location and, once
// chosen as the publish time, placed in the zone the page's own evidence
// gives: its other timestamps, its language tags, its domain. The table
// and the order of evidence are internal/clockzone's, shared with feeds.

// floating is the location of a clock time written without a zone
// (clockzone.Floating).
var floating = clockzone.Floating

// placeFloating puts a clock written without a zone into the zone the
// page's evidence gives and says where the zone came from (clockzone.Place).
// offsets are the page's other timestamps, in order of trust; modified
// those of them that give the modified time; locales its language tags;
// urls its addresses.
func placeFloating(t time.Time, offsets, modified []time.Time, locales, urls []string) (time.Time, string) {
	return clockzone.Place(t, clockzone.Evidence{Offsets: offsets, Modified: modified, Locales: locales, URLs: urls})
}
