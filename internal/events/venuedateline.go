package events

import "github.com/newsgraph/newsgraph/internal/model"

// A dateline that is only a venue. "GENEVA (Wire) - Iranian and U.S.
// envoys met on Tuesday for talks on the nuclear programme": summits and
// talks are held in third countries' cities as often as at home, and a
// story filed from the host city about the visitors is not about the
// host. Its bare "the army" or "the government" is not Switzerland's.
// Whether the dateline is such a venue is the resolver's decision
// (Article.DatelineVenue, made by resolve's venueDateline), which the
// coder reads rather than making its own; venueHome says whose story it
// is then.

// venueHome is the home of a story filed from a venue, or from a news hub
// (hubDateline): the state other than the dateline's that the article
// names most often by the names homeCountry counts, when one alone leads
// ("GENEVA - Libyan delegates met for talks ... Libya's parliament"); ""
// when two tie ("Iranian and U.S. envoys met"), as no one of them is the
// story's and a guess between them would be wrong half the time.
func (c *Coder) venueHome(ents []model.Entity, dateline string) string {
	counts := map[string]int{}
	for _, e := range ents {
		if e.Country != dateline && c.namesState(e) {
			counts[e.Country]++
		}
	}
	best, n, tied := "", 0, false
	for cc, k := range counts {
		switch {
		case k > n:
			best, n, tied = cc, k, false
		case k == n:
			tied = true
		}
	}
	if tied {
		return ""
	}
	return best
}
