package timex

import (
	"regexp"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
)

// A wire report gives one moment in two zones, the second in brackets:
// "at 3 a.m. local time (1900 GMT Sunday)", "at 9:15 p.m. EDT (0115 GMT
// Thursday)". The two are one instant, so their days differ by the zones'
// offset: the day named with one of them fixes the other's, which may be
// the day before or after it.

// zonePairJoin is what stands between the two times of a pair: the
// bracket that opens the second.
var zonePairJoin = regexp.MustCompile(`^\s*[(\[]\s*$`)

// maxZoneOffset is the widest a zone's clock stands from UTC, in minutes
// (UTC+14, Kiribati's Line Islands; UTC-12 the other way): with the
// offset of one time unknown ("local time"), the day that puts the two
// times within it of each other is the one meant.
const maxZoneOffset = 14 * 60

// zonePairs sets the day of one time of each pair given in two zones from
// the other's (add: the sentence's clock times, in text order; took, the
// index of the day each took in or -1; s the sentence at byte offset base
// of the text). The time told with a day of its own keeps it; when
// neither was, the first, which the sentence tells, keeps its day and the
// one in brackets moves. A pair with no zone in one of its times, or with
// both days told, is left.
func zonePairs(s string, base int, add []model.TimeExpr, took []int, ref time.Time) {
	for i := 0; i+1 < len(add); i++ {
		a, b := &add[i], &add[i+1]
		if a.End > b.Start || a.TimeZone == "" || b.TimeZone == "" ||
			!zonePairJoin.MatchString(s[a.End-base:b.Start-base]) || took[i] >= 0 && took[i+1] >= 0 {
			continue
		}
		offA, knownA := zoneOffsets[a.TimeZone]
		offB, knownB := zoneOffsets[b.TimeZone]
		if !knownA && !knownB {
			continue // two zones neither of which says its offset
		}
		wallA, okA := wallClock(a.Value)
		wallB, okB := wallClock(b.Value)
		if !okA || !okB {
			continue
		}
		moved, days := b, 0
		if took[i] < 0 && took[i+1] >= 0 {
			moved = a
		}
		best := -1
		for k := -1; k <= 1; k++ {
			diff := int(wallA.Sub(wallB).Minutes()) // a's wall clock ahead of b's
			if moved == a {
				diff += k * 24 * 60
			} else {
				diff -= k * 24 * 60
			}
			var miss int
			if knownA && knownB {
				miss = abs(diff - (offA - offB))
			} else {
				miss = abs(diff)
				if miss > maxZoneOffset {
					continue
				}
			}
			if best < 0 || miss < best {
				best, days = miss, k
			}
		}
		if best >= 0 && days != 0 {
			moveClockDay(moved, days, ref)
		}
		i++
	}
}

// wallClock reads the day and time of a clock time's value
// ("2026-03-08T19:00Z") as the clock on the wall shows it, whatever its
// zone; ok is false for a value with no minute or the day's end (T24:00).
func wallClock(v string) (time.Time, bool) {
	if len(v) < len("2006-01-02T15:04") {
		return time.Time{}, false
	}
	t, err := time.Parse("2006-01-02T15:04", v[:len("2006-01-02T15:04")])
	return t, err == nil
}
