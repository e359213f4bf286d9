package extract

import (
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/internal/clockzone"
	"github.com/newsgraph/newsgraph/internal/model"
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

// placeByBody places the publish clock the page's markup left without a
// zone (metaCollector.unplaced) by what its body paras say, in the order a
// plain text's header clock is placed (textIn): after the markup's own
// evidence, the language the body is written in when no tag names one,
// then the place the wire dateline opening the body names ("SEOUL, July
// 30 (Yonhap) --": Seoul's clock). A reporter files from where the news
// is, the site may stamp its clock elsewhere: the dateline is the last
// evidence, and better than UTC.
func (m *metaCollector) placeByBody(a *model.Article, paras []string) {
	if a.Published == nil || a.PublishedZoneSource != model.ZoneUnknown || m.unplaced.IsZero() || len(paras) == 0 {
		return
	}
	ev := m.unplacedEv
	ev.Locales = append(ev.Locales[:len(ev.Locales):len(ev.Locales)], detectLanguage(a.Title+"\n"+strings.Join(paras, "\n\n")))
	if p := txtDatelinePlace(paras[0]); p != "" {
		ev.Places = []string{p}
	}
	t, zoneSource := clockzone.Place(m.unplaced, ev)
	a.Published, a.PublishedZoneSource = &t, zoneSource
}
