package nlp

import (
	"fmt"
	"strings"
	"testing"
)

func TestIsScore(t *testing.T) {
	for w, want := range map[string]bool{
		"3-1": true, "239-8": true, "15-10": true, "6–4": true,
		"1996-97": false, "1996-08-30": false, "3-": false, "-3": false, "a-1": false, "2024": false,
		"": false, "–3": false, "3–": false, "12-1a": false,
	} {
		if got := isScore(w); got != want {
			t.Errorf("isScore(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestHasFold checks the stack lower-casing against strings.ToLower: ASCII
// in any case, non-ASCII and words longer than the buffer.
func TestHasFold(t *testing.T) {
	set := wordSet("innings straße" + " " + strings.Repeat("x", 40))
	for w, want := range map[string]bool{
		"innings": true, "Innings": true, "INNINGS": true, "inning": false, "": false,
		"STRASSE": false, "Straße": true, strings.Repeat("X", 40): true, strings.Repeat("X", 39): false,
	} {
		if got := hasFold(set, w); got != want || got != set[strings.ToLower(w)] {
			t.Errorf("hasFold(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestMarkTeams(t *testing.T) {
	countries := map[string]bool{"belgium": true, "pakistan": true}
	country := func(ws []string) bool { return countries[strings.ToLower(strings.Join(ws, " "))] }
	// A sports report: "innings", "wickets", "batsman" and a score.
	sports := [][2]string{
		{"Riverton beat Eastfield by six wickets .", "B-LOC O B-LOC O O O O"},
		{"Northvale drew with Southport after rain .", "B-LOC O O B-LOC O O O"},
		{"Riverton captain Jo Smith made 80 in the innings .", "B-LOC O B-PER I-PER O O O O O O"},
		{"Westham 239-8 , Northvale 180 .", "B-LOC O O B-LOC O O"},
		{"Belgium beat Pakistan 2-0 in Riverton .", "B-LOC O B-LOC O O B-LOC O"},
		{"At Lakeside : Northvale 201 , Eastfield 150 .", "O B-LOC O B-LOC O O B-LOC O O"},
		{"England beat Wales 3-1 at Lakeside .", "B-LOC O B-LOC O O B-LOC O"},
		{"The batsman grew up in Eastfield .", "O O O O O B-LOC O"},
		{"He played for Southport and joined Westham .", "O O O B-LOC O O B-LOC O"},
		{"Southport 's lead was cut to two points .", "B-LOC O O O O O O O O"},
		{"RIVERTON 2024-05-01", "B-LOC O"},
	}
	want := []string{
		"B-ORG O B-ORG O O O O",
		"B-ORG O O B-ORG O O O",
		"B-ORG O B-PER I-PER O O O O O O",
		"B-ORG O O B-ORG O O",
		"B-LOC O B-LOC O O B-LOC O", // countries stay places; so does a venue after "in"
		"O B-LOC O B-ORG O O B-ORG O O",
		"B-LOC O B-LOC O O B-LOC O", // home nations are national sides
		"O O O O O B-LOC O",         // where someone grew up is a place
		"O O O B-ORG O O B-ORG O",
		"B-ORG O O O O O O O O", // a team seen in one slot is a team throughout
		"B-LOC O",               // a dateline names a place
	}
	words, tags := split(sports)
	markTeams(words, tags, country, sportsDocument(words))
	for i := range tags {
		if got := strings.Join(tags[i], " "); got != want[i] {
			t.Errorf("%q: got %s, want %s", strings.Join(words[i], " "), got, want[i])
		}
	}

	// The same slots outside a sports report are left alone.
	news := [][2]string{
		{"Riverton beat Eastfield in the bid for the new port .", "B-LOC O B-LOC O O O O O O O O"},
		{"The council of Northvale joined Southport in the appeal .", "O O O B-LOC O B-LOC O O O O"},
	}
	words, tags = split(news)
	markTeams(words, tags, country, sportsDocument(words))
	for i := range tags {
		if got := strings.Join(tags[i], " "); got != news[i][1] {
			t.Errorf("not sports: %q: got %s, want %s", strings.Join(words[i], " "), got, news[i][1])
		}
	}
}

func split(rows [][2]string) (words, tags [][]string) {
	for _, r := range rows {
		words = append(words, strings.Fields(r[0]))
		tags = append(tags, strings.Fields(r[1]))
	}
	return words, tags
}

func TestSportsDocument(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"The striker scored twice . The league leaders won 3-1 . The coach was pleased .", true},
		{"United won 2-1 in the league . City drew 1-1 .", true},
		{"The Senate voted 52-48 to pass the bill . The House vote is next .", false},
		{"Shares rose 2-3 percent in early trading .", false},
	} {
		var sents [][]string
		for _, s := range strings.Split(c.text, " . ") {
			sents = append(sents, strings.Fields(s))
		}
		if got := sportsDocument(sents); got != c.want {
			t.Errorf("%q: got %v, want %v", c.text, got, c.want)
		}
	}
}

func TestCountriesArePlaces(t *testing.T) {
	country := func(ws []string) bool { return strings.Join(ws, " ") == "Belgium" }
	words := strings.Fields("Belgium and Belgium Telecom protested")
	tags := strings.Fields("B-ORG O B-ORG I-ORG O")
	countriesArePlaces(words, tags, country)
	if got, want := strings.Join(tags, " "), "B-GPE O B-ORG I-ORG O"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

func TestRowNames(t *testing.T) {
	for row, want := range map[string]string{
		"Reading 2 Stoke 2":                   "[[0 1] [2 3]]",
		"Eastfield Rovers 1 West Hale City 0": "[[0 2] [3 6]]",
		"Brechin 3 0 3 0 2 2 3":               "[[0 1]]",
		"NORTH VALE 61 75 .449 20":            "[[0 2]]",
		"Riverton 5 4":                        "[]", // two figures: not a standings line
		"Played 10 won 4":                     "[]",
		"Jo Smith 68 70 , 138":                "[]",
	} {
		got := fmt.Sprint(rowNames(strings.Fields(row)))
		if got != want {
			t.Errorf("rowNames(%q) = %s, want %s", row, got, want)
		}
	}
}

func TestMarkTeamsTableRows(t *testing.T) {
	country := func([]string) bool { return false }
	words, tags := split([][2]string{
		{"The striker scored in the league match at the stadium .", "O O O O O O O O O O O"},
		{"Reading 2 Stoke 2", "O O B-LOC O"},
		{"Brechin 3 0 3 0 2 2 3", "O O O O O O O O"},
		{"Tom Lehman 68 67 70 66 271", "B-PER I-PER O O O O O"},
	})
	markTeams(words, tags, country, sportsDocument(words))
	want := []string{"O O O O O O O O O O O", "B-ORG O B-ORG O", "B-ORG O O O O O O O", "B-PER I-PER O O O O O"}
	for i := range tags {
		if got := strings.Join(tags[i], " "); got != want[i] {
			t.Errorf("%q: got %s, want %s", strings.Join(words[i], " "), got, want[i])
		}
	}
}

func TestMarkClubs(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		// The town taken for a person, the club word left out.
		{"Real Madrid signed a new striker .", "O B-PER O O O O O", "B-ORG I-ORG O O O O O"},
		{"The Real Madrid coach said it was fine .", "O O B-ORG O O O O O O", "O B-ORG I-ORG O O O O O O"},
		// The whole name typed as the place.
		{"Inter Milan lost on Sunday .", "B-LOC I-LOC O O O O", "B-ORG I-ORG O O O O"},
		{"Paris Saint-Germain said it would appeal .", "B-LOC I-LOC O O O O O", "B-ORG I-ORG O O O O O"},
		// A town with the club word after it untagged.
		{"Fans of Leeds United and Bolton Wanderers marched .", "O O B-LOC O O B-LOC O O O",
			"O O B-ORG I-ORG O B-ORG I-ORG O O"},
		// "Real" before an untagged word is no club; "City" is left alone.
		{"Real Estate prices rose in Mexico City and Manchester City .", "O O O O O B-LOC I-LOC O B-LOC O O",
			"O O O O O B-LOC I-LOC O B-LOC O O"},
		// A person's name before "United" stays a person.
		{"Ann Lee United the party .", "B-PER I-PER O O O O", "B-PER I-PER O O O O"},
		// A club word inside an organisation's span the tagger found whole
		// does not split it.
		{"Police said the Marlow Athletic Club had closed .", "O O O B-ORG I-ORG I-ORG O O O",
			"O O O B-ORG I-ORG I-ORG O O O"},
		// A club word of two words ("Red Star") before the town.
		{"Red Star Belgrade beat Partizan 2-1 .", "B-PER I-PER I-PER O B-ORG O O", "B-ORG I-ORG I-ORG O B-ORG O O"},
		{"Fans of Red Star Belgrade sang .", "O O O O B-LOC O O", "O O B-ORG I-ORG I-ORG O O"},
		// A line in title case is left alone.
		{"AS Roma Beat Lazio In Derby", "O B-LOC O B-LOC O O", "O B-LOC O B-LOC O O"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		markClubs(words, tags)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.words, got, c.want)
		}
	}
}

func TestMarkNationalTeams(t *testing.T) {
	countries := map[string]bool{"sweden": true, "south korea": true, "belgium": true, "germany": true, "russia": true, "tunisia": true, "turkey": true}
	country := func(ws []string) bool { return countries[strings.ToLower(strings.Join(ws, " "))] }
	sports := [][2]string{
		{"Sweden beat South Korea 1-0 in their World Cup opener .", "B-GPE O B-GPE I-GPE O O O O O O O O"},
		{"Belgium 's players celebrated in the stadium .", "B-GPE O O O O O O O"},
		{"The coach said Sweden deserved the win .", "O O O B-GPE O O O O"},
		{"The football final will be played in Russia .", "O O O O O O O B-GPE O"},
		{"Germany 's chancellor watched the match .", "B-GPE O O O O O O"},
		{"Scotland drew with Germany .", "B-LOC O O B-GPE O"},
		{"Group G : Tunisia 1 – 2 England", "O O O B-GPE O O O B-LOC"},
		{"Earlier Russia faced Wales , and Wales won .", "O B-GPE O B-LOC O O B-LOC O O"},
	}
	want := []string{
		"B-ORG O B-ORG I-ORG O O O O O O O O",
		"B-ORG O O O O O O O",
		"O O O B-ORG O O O O",     // a team seen in one slot is a team throughout
		"O O O O O O O B-GPE O",   // a venue
		"B-GPE O O O O O O",       // the state
		"B-ORG O O B-ORG O",       // a home nation is a side too
		"O O O B-ORG O O O B-ORG", // after a score written in three tokens
		"O B-ORG O B-ORG O O B-ORG O O",
	}
	words, tags := split(sports)
	got := markNationalTeams(words, tags, country, sportsDocument(words))
	for i := range tags {
		if g := strings.Join(tags[i], " "); g != want[i] {
			t.Errorf("%q: got %s, want %s", strings.Join(words[i], " "), g, want[i])
		}
	}
	if !got[[3]int{0, 2, 4}] || !got[[3]int{2, 3, 4}] || got[[3]int{3, 7, 8}] {
		t.Errorf("team spans %v", got)
	}
	// Outside a sports report nothing changes.
	news := [][2]string{{"Sweden beat South Korea in the bid for the summit .", "B-GPE O B-GPE I-GPE O O O O O O O"}}
	words, tags = split(news)
	if got := markNationalTeams(words, tags, country, sportsDocument(words)); len(got) > 0 || strings.Join(tags[0], " ") != news[0][1] {
		t.Errorf("not sports: got %v %v", tags[0], got)
	}
	// Outside a sports report a country owning its players is its side;
	// owning soldiers or a team of negotiators it stays the state.
	for _, c := range [][3]string{
		{"Fans attacked a bus carrying Turkey 's players .", "O O O O O B-GPE O O O", "O O O O O B-ORG O O O"},
		{"Wales 's squad flew home .", "B-LOC O O O O O", "B-ORG O O O O O"},
		{"Turkey 's soldiers crossed the border .", "B-GPE O O O O O O", "B-GPE O O O O O O"},
		{"Turkey 's team of negotiators arrived .", "B-GPE O O O O O O", "B-GPE O O O O O O"},
		{"Chelsea 's players trained .", "B-ORG O O O O", "B-ORG O O O O"},
		// Players in a market, sector or region are the country's firms
		// or powers; in a match or a stadium they are still its side.
		{"Turkey 's players in the gas market accused Russia .", "B-GPE O O O O O O O O O", "B-GPE O O O O O O O O O"},
		{"Japan 's players across the region met .", "B-GPE O O O O O O O", "B-GPE O O O O O O O"},
		{"Germany 's players in the energy sector protested .", "B-GPE O O O O O O O O", "B-GPE O O O O O O O O"},
		{"Turkey 's players in the stadium were attacked .", "B-GPE O O O O O O O O", "B-ORG O O O O O O O O"},
		{"Turkey 's players in the final match were attacked .", "B-GPE O O O O O O O O O", "B-ORG O O O O O O O O O"},
		{"Turkey 's footballers in the transfer market were attacked .", "B-GPE O O O O O O O O O", "B-ORG O O O O O O O O O"},
	} {
		words, tags := split([][2]string{{c[0], c[1]}})
		got := markNationalTeams(words, tags, country, sportsDocument(words))
		if g := strings.Join(tags[0], " "); g != c[2] || (len(got) > 0) != (c[1] != c[2]) {
			t.Errorf("%q: got %s %v, want %s", c[0], g, got, c[2])
		}
	}
}

func TestJoinTownClubs(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		// The tagger found the club but left "City" out, or took "City" alone.
		{"He will start against Stoke City on Saturday .", "O O O O B-ORG O O O O", "O O O O B-ORG I-ORG O O O"},
		{"Exeter City drew with Barnet .", "O B-ORG O O B-GPE O", "B-ORG I-ORG O O B-GPE O"},
		{"Fans of Luton Town sang .", "O O B-LOC B-ORG O O", "O O B-ORG I-ORG O O"},
		// Cities stay places; a capitalised word after "City" goes on
		// with another name ("Stoke City Council"); a sentence's first
		// function word is no town.
		{"She moved to Mexico City and Kansas City .", "O O O B-GPE I-GPE O B-LOC I-LOC O", "O O O B-GPE I-GPE O B-LOC I-LOC O"},
		{"The Stoke City Council met .", "O B-ORG O O O O", "O B-ORG O O O O"},
		{"The City said no .", "O B-ORG O O O", "O B-ORG O O O"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		joinTownClubs(words, tags)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.words, got, c.want)
		}
	}
}

func TestMarkTeamNames(t *testing.T) {
	demonym := func(w string) bool { return w == "Kenyans" || w == "Catholics" }
	common := func(w string) bool { return w == "Farmers" || w == "Democrats" || w == "Kings" }
	for _, c := range []struct{ words, tags, want string }{
		// A place and a capitalised plural: a team wherever it stands.
		{"The Chicago Bulls signed a guard .", "O B-GPE O O O O O", "O B-ORG I-ORG O O O O"},
		{"Fans of the Los Angeles Lakers cheered .", "O O O B-GPE I-GPE O O O", "O O O B-ORG I-ORG I-ORG O O"},
		// Words the tagger left untagged: a team only in a team's slot.
		{"The Golden State Warriors beat them .", "O O O O O O O", "O B-ORG I-ORG I-ORG O O O"},
		{"They lost to the Golden State Warriors .", "O O O O O O O O", "O O O O B-ORG I-ORG I-ORG O"},
		{"She met the Golden State Warriors today .", "O O O O O O O O", "O O O O O O O O"},
		// A word for people is a team's only in a team's slot.
		{"The Sacramento Kings beat Boston .", "O B-GPE O O B-GPE O", "O B-ORG I-ORG O B-GPE O"},
		{"The Sacramento Kings met there .", "O B-GPE O O O O", "O B-GPE O O O O"},
		// A singular word after a place: a team only in a team's slot.
		{"The Utah Jazz beat the Orlando Magic .", "O B-GPE O O O B-GPE O O", "O B-ORG I-ORG O O B-ORG I-ORG O"},
		{"The Utah Jazz festival opened .", "O B-GPE O O O O", "O B-GPE O O O O"},
		{"Kansas City beat Denver .", "B-GPE O O B-GPE O", "B-GPE O O B-GPE O"},
		{"The Golden State beat them .", "O O O O O O", "O O O O O O"},
		// Must not: people, a nationality or group, a place's plural head,
		// a name going on, a plural in capitals, a headline.
		{"Ohio Farmers protested .", "B-GPE O O O", "B-GPE O O O"},
		{"Chicago Democrats voted no .", "B-GPE O O O O", "B-GPE O O O O"},
		{"Boston Catholics prayed .", "B-GPE O O O", "B-GPE O O O"},
		{"They hiked the Virginia Mountains today .", "O O O B-GPE O O O", "O O O B-GPE O O O"},
		{"The Ohio Farmers Union said .", "O B-GPE O O O O", "O B-GPE O O O O"},
		{"The Ohio USAS said .", "O B-GPE O O O", "O B-GPE O O O"},
		{"Chicago Bulls Beat Boston Celtics", "B-GPE O O B-GPE O", "B-GPE O O B-GPE O"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		markTeamNames(words, tags, demonym, common)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.words, got, c.want)
		}
	}
}

func TestMarkFoldedTeams(t *testing.T) {
	demonym := func(w string) bool { return w == "Irish" }
	places := map[string]bool{"Miami": true, "Orlando": true, "Kansas": true, "Kansas City": true,
		"New": false, "New York": true, "Boston": true, "Dublin": true}
	place := func(ws []string) bool { return places[strings.Join(ws, " ")] }
	for _, c := range []struct{ words, tags, want string }{
		// A place and one word folded into its span, in a team's slot.
		{"The Miami Heat lost to the Boston Celtics .", "O B-LOC I-LOC O O O B-ORG I-ORG O", "O B-ORG I-ORG O O O B-ORG I-ORG O"},
		{"Boston beat the Orlando Magic .", "B-GPE O O B-LOC I-LOC O", "B-GPE O O B-ORG I-ORG O"},
		{"They lost to the Miami Heat .", "O O O O B-LOC I-LOC O", "O O O O B-ORG I-ORG O"},
		// Must not: out of a team's slot, a whole known place, a place's
		// head, a nationality, an unknown first part, a headline.
		{"The Miami Heat wave ended .", "O B-LOC I-LOC O O O", "O B-LOC I-LOC O O O"},
		{"Kansas City lost power .", "B-GPE I-GPE O O O", "B-GPE I-GPE O O O"},
		{"New York beat Boston .", "B-GPE I-GPE O B-GPE O", "B-GPE I-GPE O B-GPE O"},
		{"The Miami Beach lost power .", "O B-LOC I-LOC O O O", "O B-LOC I-LOC O O O"},
		{"The Dublin Irish won .", "O B-LOC I-LOC O O", "O B-LOC I-LOC O O"},
		{"The Springfield Heat lost .", "O B-LOC I-LOC O O", "O B-LOC I-LOC O O"},
		{"Miami Heat Lost To Boston", "B-LOC I-LOC O O B-GPE", "B-LOC I-LOC O O B-GPE"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		markFoldedTeams(words, tags, demonym, place)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.words, got, c.want)
		}
	}
}
