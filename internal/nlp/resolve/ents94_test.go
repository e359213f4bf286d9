package resolve

import (
	"strings"
	"testing"
)

// TestIncomingAndSpeakerTitles: a capitalised "Speaker" before a name is
// the home legislature's presiding officer; "-elect" and "-designate"
// titles give the holder-to-be the country and government sector the
// plain title gives (never the incumbent's id); a role after another
// person's possessive places the holder in a domestic story. The
// negative rows show what each rule must not do.
func TestIncomingAndSpeakerTitles(t *testing.T) {
	s := newStage(t)
	const kenya = "NAIROBI, Kenya (AP) — "
	dl := [][2]string{{"NAIROBI", "GPE"}, {"Kenya", "GPE"}, {"AP", "ORG"}}
	with := func(more ...[2]string) [][2]string { return append(append([][2]string{}, dl...), more...) }
	for _, c := range []struct {
		name, text string
		ents       [][2]string
		person     string // the last entity's actor/country/sector
	}{
		{"capitalised Speaker", kenya + "Speaker Moses Otieno said the house would sit.",
			with([2]string{"Moses Otieno", "PER"}), "doc:person:moses_otieno/KEN/legislature"},
		{"the Speaker", kenya + "The Speaker, Moses Otieno, adjourned. Later the Speaker Ruth Ama spoke.",
			with([2]string{"Moses Otieno", "PER"}, [2]string{"Ruth Ama", "PER"}), "doc:person:ruth_ama/KEN/legislature"},
		{"lower-case speaker stays nothing", kenya + "The speaker Moses Otieno told the rally to disperse.",
			with([2]string{"Moses Otieno", "PER"}), "doc:person:moses_otieno//"},
		{"a billed speaker is no office", kenya + "Guest Speaker Moses Otieno told the conference to act.",
			with([2]string{"Moses Otieno", "PER"}), "doc:person:moses_otieno//"},
		{"President-elect under a dateline", kenya + "President-elect Dan Moyo said the talks would resume.",
			with([2]string{"Dan Moyo", "PER"}), "doc:person:dan_moyo/KEN/government"},
		{"Prime Minister-designate", kenya + "Prime Minister-designate Dan Moyo named his team.",
			with([2]string{"Dan Moyo", "PER"}), "doc:person:dan_moyo/KEN/government"},
		{"Minister-designate", kenya + "Minister-designate Dan Moyo named his team.",
			with([2]string{"Dan Moyo", "PER"}), "doc:person:dan_moyo/KEN/government"},
		{"a nationality before President-elect", kenya + "Ghanaian President-elect Dan Moyo arrived for talks.",
			with([2]string{"Ghanaian", "NORP"}, [2]string{"Dan Moyo", "PER"}), "doc:person:dan_moyo/GHA/government"},
		{"another country in the sentence leaves it unplaced", kenya + "President-elect Dan Moyo flew to Germany.",
			with([2]string{"Dan Moyo", "PER"}, [2]string{"Germany", "GPE"}), "DEU/DEU/"},
		{"a hyphen with spaces is no suffix", kenya + "Dan Moyo - elect of the club - spoke.",
			with([2]string{"Dan Moyo", "PER"}), "doc:person:dan_moyo//"},
		{"a person's lawyer in a domestic story", kenya + "Otieno Kamau's lawyer Ruth Ama said the trial was unfair.",
			with([2]string{"Otieno Kamau", "PER"}, [2]string{"Ruth Ama", "PER"}), "doc:person:ruth_ama/KEN/civilian"},
		{"a person's lawyer with another country in the sentence", kenya + "Otieno Kamau's lawyer Ruth Ama flew to Germany.",
			with([2]string{"Otieno Kamau", "PER"}, [2]string{"Ruth Ama", "PER"}, [2]string{"Germany", "GPE"}), "DEU/DEU/"},
		{"a person's lawyer without a dateline", "Otieno Kamau's lawyer Ruth Ama said the trial was unfair.",
			[][2]string{{"Otieno Kamau", "PER"}, {"Ruth Ama", "PER"}}, "doc:person:ruth_ama//civilian"},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveTagged(t, s, c.text, "2024-05-01", c.ents)
			got := actorKeys(art)
			if len(got) == 0 || got[len(got)-1] != c.person {
				t.Errorf("got %v, want last %q", strings.Join(got, " "), c.person)
			}
			if c.name == "another country in the sentence leaves it unplaced" || c.name == "a person's lawyer with another country in the sentence" {
				// The person is the entity before the country.
				if p := got[len(got)-2]; !strings.HasSuffix(p, "//government") && !strings.HasSuffix(p, "//civilian") {
					t.Errorf("person placed: %s", p)
				}
			}
		})
	}
}
