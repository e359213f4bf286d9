package timex

import (
	"context"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/events/segment"
	"github.com/newsgraph/newsgraph/internal/model"
)

// Times of day: a clock time is finer than its day (minute, or hour for
// "shortly before midnight"), with its zone; a part of a day is noted on
// the day's expression, whose text and value stay the day's. ref is Friday
// 2021-07-30.
func TestTimesOfDay(t *testing.T) {
	for _, tc := range []struct {
		sentence, text, value, prec, part, zone string
	}{
		// A day named in words right next to the time is told with it:
		// one expression.
		{"The blast hit the market at 3 p.m. local time on Tuesday.", "3 p.m. local time on Tuesday", "2021-07-27T15:00", "minute", "", "local"},
		{"The blast hit the market on Tuesday at 3 p.m. local time.", "Tuesday at 3 p.m. local time", "2021-07-27T15:00", "minute", "", "local"},
		{"Polls closed at 14:30 GMT on Thursday.", "14:30 GMT on Thursday", "2021-07-29T14:30Z", "minute", "", "GMT"},
		{"Polls closed on Thursday at 8 p.m. (1900 GMT).", "1900 GMT", "2021-07-29T19:00Z", "minute", "", "GMT"},
		{"Polls closed on Thursday at 8 p.m. (1900 GMT).", "Thursday at 8 p.m.", "2021-07-29T20:00", "minute", "", ""},
		{"The quake struck at 10:42am JST on Monday.", "10:42am JST on Monday", "2021-07-26T10:42+09:00", "minute", "", "JST"},
		{"Trading halted at 9.15 a.m. EDT on Wednesday.", "9.15 a.m. EDT on Wednesday", "2021-07-28T09:15-04:00", "minute", "", "EDT"},
		{"The talks will resume at 12 p.m. on Monday.", "12 p.m. on Monday", "2021-08-02T12:00", "minute", "", ""},
		{"The ferry left at 12 a.m. on Monday.", "12 a.m. on Monday", "2021-07-26T00:00", "minute", "", ""},
		{"Fighting stopped at noon on Sunday.", "noon on Sunday", "2021-07-25T12:00", "minute", "", ""},
		{"The curfew will begin at midnight on Saturday.", "midnight on Saturday", "2021-07-31T24:00", "minute", "", ""},
		{"The ship sank shortly before midnight on Tuesday.", "shortly before midnight on Tuesday", "2021-07-27T23", "hour", "", ""},
		{"Shots rang out shortly after midnight on Sunday.", "shortly after midnight on Sunday", "2021-07-25T00", "hour", "", ""},
		{"A zone the map cannot place keeps its name: at 6 p.m. CST on Monday.", "6 p.m. CST on Monday", "2021-07-26T18:00", "minute", "", "CST"},
		// Not next to it: the day keeps its expression and dates the time.
		{"On Tuesday, police said, the blast hit the market at 3 p.m.", "3 p.m.", "2021-07-27T15:00", "minute", "", ""},
		{"On Tuesday, police said, the blast hit the market at 3 p.m.", "Tuesday", "2021-07-27", "day", "", ""},
		// A date written in numbers keeps its own expression.
		{"The ferry docked at 2:30 p.m. on July 27.", "2:30 p.m.", "2021-07-27T14:30", "minute", "", ""},
		{"The ferry docked at 2:30 p.m. on July 27.", "July 27", "2021-07-27", "day", "", ""},
		// No day in the sentence: the day of writing.
		{"The vote closes at 5 p.m.", "5 p.m.", "2021-07-30T17:00", "minute", "", ""},
		// Parts of a day.
		{"Troops crossed the border early Tuesday.", "Tuesday", "2021-07-27", "day", "early", ""},
		{"Troops crossed the border late on Tuesday.", "Tuesday", "2021-07-27", "day", "late", ""},
		{"Troops crossed the border on Tuesday evening.", "Tuesday", "2021-07-27", "day", "evening", ""},
		{"Troops crossed the border early Tuesday morning.", "Tuesday", "2021-07-27", "day", "early morning", ""},
		{"The ceasefire collapsed late Friday night.", "Friday", "2021-07-30", "day", "late night", ""},
		{"Talks broke down late on Thursday evening.", "Thursday", "2021-07-29", "day", "late evening", ""},
		{"Rebels shelled the port early Sunday afternoon.", "Sunday", "2021-07-25", "day", "early afternoon", ""},
		{"Police cleared the square late yesterday afternoon.", "yesterday", "2021-07-29", "day", "late afternoon", ""},
		{"Shelling resumed early Monday.", "Monday", "2021-07-26", "day", "early", ""},
		// The modifier keeps the part's clock hours and small hours.
		{"The ceasefire collapsed late Friday night at 11:40.", "Friday night at 11:40", "2021-07-30T23:40", "minute", "late night", ""},
		{"The ceasefire collapsed late Friday night at 2:10.", "Friday night at 2:10", "2021-07-31T02:10", "minute", "late night", ""},
		// Not a modifier of the day: "late" as an adjective elsewhere.
		{"The late president's son spoke on Friday night.", "Friday", "2021-07-30", "day", "night", ""},
		{"Troops crossed the border yesterday afternoon.", "yesterday", "2021-07-29", "day", "afternoon", ""},
		{"Troops crossed the border last night.", "last night", "2021-07-29", "day", "night", ""},
		{"A vote is expected tonight.", "tonight", "2021-07-30", "day", "night", ""},
	} {
		got := Find(tc.sentence, 0, 0, ref)
		var te *model.TimeExpr
		for i := range got {
			if got[i].Text == tc.text {
				te = &got[i]
			}
		}
		if te == nil {
			t.Errorf("%q: no expression %q in %+v", tc.sentence, tc.text, got)
			continue
		}
		if te.Value != tc.value || te.Precision != tc.prec || te.PartOfDay != tc.part || te.TimeZone != tc.zone {
			t.Errorf("%q: %q = %s %s part %q zone %q; want %s %s part %q zone %q", tc.sentence, tc.text,
				te.Value, te.Precision, te.PartOfDay, te.TimeZone, tc.value, tc.prec, tc.part, tc.zone)
		}
		if tc.sentence[te.Start:te.End] != te.Text {
			t.Errorf("%q: offsets %d:%d do not give %q", tc.sentence, te.Start, te.End, te.Text)
		}
	}
}

// A clock time takes in the day told in words right next to it, before or
// after ("2:30 the next day", "the following morning at 7:15"), and a
// 24-hour-style time without a.m. or p.m. moves into the part of the day
// named with it ("that evening at 7:40" is 19:40). Monday is 2021-07-26.
func TestClockTimeWithItsDay(t *testing.T) {
	for _, tc := range []struct {
		text, want string // want: the expressions of the second sentence, "text=value"
	}{
		{"The ferry left on Monday. It docked at 2:30 the next day.", "2:30 the next day=2021-07-27T02:30"},
		{"The ferry left on Monday. It docked at 2:30 a.m. the next day.", "2:30 a.m. the next day=2021-07-27T02:30"},
		{"The ferry left on Monday. It docked the next day at 2:30.", "the next day at 2:30=2021-07-27T02:30"},
		{"The ferry left on Monday. The next day at 2:30 it docked.", "The next day at 2:30=2021-07-27T02:30"},
		{"The ferry left on Monday. It docked at 7:15 the following morning.", "7:15 the following morning=2021-07-27T07:15"},
		{"The ferry left on Monday. It docked the following morning, at 7:15.", "the following morning, at 7:15=2021-07-27T07:15"},
		{"The ferry left on Monday. It docked at 7 p.m. that evening.", "7 p.m. that evening=2021-07-26T19:00"},
		{"The ferry left on Monday. It docked that evening at 7:40.", "that evening at 7:40=2021-07-26T19:40"},
		{"The ferry left on Monday. It docked at 4:15 the next afternoon.", "4:15 the next afternoon=2021-07-27T16:15"},
		{"The ferry left on Monday. It docked at 10:30 that night.", "10:30 that night=2021-07-26T22:30"},
		{"The ferry left on Monday. It docked at 9:30 that morning.", "9:30 that morning=2021-07-26T09:30"},
		{"The ferry left on Monday. It docked at 2:30 on Tuesday.", "2:30 on Tuesday=2021-07-27T02:30"},
		// Two times, one day: the day goes with the one next to it.
		{"The ferry left on Monday. It docked on Tuesday at 2:30 and left at 4:45.", "Tuesday at 2:30=2021-07-27T02:30 4:45=2021-07-27T04:45"},
		{"The ferry left on Monday. It docked at 2:30 on Tuesday at 4:45.", "2:30 on Tuesday=2021-07-27T02:30 4:45=2021-07-27T04:45"},
		// A bare hour is a time of day only with a part of the day.
		{"The ferry left on Monday. It docked at 7 that evening.", "7 that evening=2021-07-26T19:00"},
		{"The ferry left on Monday. It docked the following morning at 9.", "the following morning at 9=2021-07-27T09:00"},
		{"The ferry left on Monday. It docked at 7 p.m. that evening.", "7 p.m. that evening=2021-07-26T19:00"},
		{"The ferry left on Monday. It docked at 7 the next day.", "the next day=2021-07-27"},
		{"The ferry left on Monday. It docked at berth 7 that evening.", "that evening=2021-07-26"},
	} {
		segs := segment.Sentences(tc.text)
		dates, err := Dates(context.Background(), tc.text, segs, ref, nil)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, d := range dates {
			if d.Sentence == 1 {
				got = append(got, d.Text+"="+d.Value)
				if tc.text[d.Start:d.End] != d.Text {
					t.Errorf("%q: offsets %d:%d do not give %q", tc.text, d.Start, d.End, d.Text)
				}
			}
		}
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("%q:\n got %s\nwant %s", tc.text, g, tc.want)
		}
	}
}

// Numbers that only look like times are none: a verse, a score, a year, a
// ratio, "I am", a bare "noon" without a preposition in a name.
func TestNoFalseTimes(t *testing.T) {
	for _, s := range []string{
		"He quoted John 3:16 to the crowd.",
		"The home side won 2:1 on Saturday.",
		"The plant opened in 1930 and closed in 2019.",
		"Exports rose 4.5 percent.",
		"I am 45 years old, am I not?",
		"The film High Noon was shown.",
		"He starred in Chimes at Midnight on Tuesday.",
		"She cut her marathon best to 2:05:30 on Sunday.",
		"They earned 1500 euros a month.",
		"Shares rose by 7 percent that morning.",
		"The count rose to 9 on Tuesday evening.",
		"The death toll stood at 7 on Tuesday evening.",
		"The index fell by 7 that afternoon.",
	} {
		for _, te := range Find(s, 0, 0, ref) {
			if te.Precision == model.PrecisionMinute || te.Precision == model.PrecisionHour {
				t.Errorf("%q: clock time %+v", s, te)
			}
		}
	}
}

// A clock time in a sentence without a day takes the day the text dated
// last.
func TestClockTimeTakesTheStorysDay(t *testing.T) {
	text := "Rebels attacked the base on Tuesday. The assault began at 4 a.m. and lasted two hours."
	dates, err := Dates(context.Background(), text, segment.Sentences(text), ref, nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range dates {
		got = append(got, d.Text+"="+d.Value)
	}
	if len(dates) < 2 || dates[1].Text != "4 a.m." || dates[1].Value != "2021-07-27T04:00" || dates[1].Relation != "past" {
		t.Errorf("dates = %v", got)
	}
}

// A night runs past midnight: a clock time in the small hours told with a
// night or an evening of a day is on the next day ("at 2:30 that night"
// after Monday the 26th is Tuesday the 27th at 02:30), whether the night
// is named next to the time, elsewhere in its sentence or in the sentence
// before. A night's own midnight, a late-evening time, a morning after the
// small hours and a day told without its night keep their day, and so does
// a night named without a clock time ("late on Monday night"). ref is
// Friday 2021-07-30; want lists the expressions of the last sentence,
// "text=value/relation".
func TestSmallHoursOfANight(t *testing.T) {
	for _, tc := range []struct {
		text, want string
	}{
		// The night next to the time.
		{"The ferry left on Monday. It docked at 2:30 that night.", "2:30 that night=2021-07-27T02:30/past"},
		{"The ferry left on Monday. It docked at 1 a.m. that night.", "1 a.m. that night=2021-07-27T01:00/past"},
		{"The ferry left on Monday. It docked at 2 that night.", "2 that night=2021-07-27T02:00/past"},
		// A day's part told between it and the time is told with both: "Tuesday evening at 7:40" is 19:40.
		{"The ferry left on Monday. It docked on Tuesday evening at 7:40.", "Tuesday evening at 7:40=2021-07-27T19:40/past"},
		{"Gunmen stormed the hotel on Monday night at 1:15 a.m. local time.", "Monday night at 1:15 a.m. local time=2021-07-27T01:15/past"},
		{"The ferry left on Monday. It docked on Tuesday evening at 2:10.", "Tuesday evening at 2:10=2021-07-28T02:10/past"},
		{"Gunmen stormed the hotel shortly after midnight on Monday night.", "shortly after midnight on Monday night=2021-07-27T00/past"},
		{"Gunmen stormed the hotel at 3 a.m. on Monday evening, police said.", "3 a.m. on Monday evening=2021-07-27T03:00/past"},
		{"Gunmen stormed the hotel at 2 a.m. last night.", "2 a.m. last night=2021-07-30T02:00/current"},
		{"The curfew takes effect at 1 a.m. tonight.", "1 a.m. tonight=2021-07-31T01:00/future"},
		// The night elsewhere in the sentence, or in the one before.
		{"The fire broke out on Monday night and was put out at 3 a.m.", "Monday=2021-07-26/past 3 a.m.=2021-07-27T03:00/past"},
		{"Clashes erupted on the night of July 26 and ended at 4:40 a.m.", "July 26=2021-07-26/past 4:40 a.m.=2021-07-27T04:40/past"},
		{"Clashes erupted in the capital on Monday night. Police withdrew at 4 a.m.", "4 a.m.=2021-07-27T04:00/past"},
		{"Clashes erupted in the capital on Monday night at 11 p.m. local time. Police withdrew at 4 a.m.", "4 a.m.=2021-07-27T04:00/past"},
		// Kept on their day.
		{"The ferry left on Monday. It docked at midnight that night.", "midnight that night=2021-07-26T24:00/past"},
		{"The ferry left on Monday. It docked shortly before midnight that night.", "shortly before midnight that night=2021-07-26T23/past"},
		{"The ferry left on Monday. It docked at 11:40 p.m. that night.", "11:40 p.m. that night=2021-07-26T23:40/past"},
		{"The ferry left on Monday. It docked at 10:30 that night.", "10:30 that night=2021-07-26T22:30/past"},
		{"The fire broke out on Monday night and was put out at 7 a.m.", "Monday=2021-07-26/past 7 a.m.=2021-07-26T07:00/past"},
		{"Gunmen stormed the hotel at 2 a.m. on Tuesday.", "2 a.m. on Tuesday=2021-07-27T02:00/past"},
		{"Gunmen stormed the hotel early Tuesday at 2 a.m.", "Tuesday at 2 a.m.=2021-07-27T02:00/past"},
		{"Gunmen stormed the hotel shortly after midnight on Tuesday.", "shortly after midnight on Tuesday=2021-07-27T00/past"},
		{"The ferry left on Monday morning. It docked at 4 a.m.", "4 a.m.=2021-07-26T04:00/past"},
		{"The council met late on Monday night.", "Monday=2021-07-26/past"},
		{"Clashes erupted in the capital on Monday night. On Tuesday police withdrew at 4 a.m.", "Tuesday=2021-07-27/past 4 a.m.=2021-07-27T04:00/past"},
	} {
		segs := segment.Sentences(tc.text)
		dates, err := Dates(context.Background(), tc.text, segs, ref, nil)
		if err != nil {
			t.Fatal(err)
		}
		last := segs[len(segs)-1].Index
		var got []string
		for _, d := range dates {
			if d.Sentence != last {
				continue
			}
			got = append(got, d.Text+"="+d.Value+"/"+d.Relation)
		}
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("%q:\n got %s\nwant %s", tc.text, g, tc.want)
		}
	}
}
