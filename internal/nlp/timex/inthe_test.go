package timex

import (
	"strings"
	"testing"
	"time"
)

// "earlier in the day", "later in the week", "earlier in the month", "later
// in the year" are a part of the day, week, month or year the text dated
// last; a report of the day of writing with none before counts from the
// publish date, as "earlier this week" does, and a story with none leaves
// them undated.
func TestInThe(t *testing.T) {
	pub := time.Date(2024, 4, 12, 9, 0, 0, 0, time.UTC) // a Friday
	tests := []struct {
		name, text string
		want       map[string]string
	}{
		{"week of the day of writing", "The envoy arrived on Thursday. Officials had met earlier in the week to prepare the visit.",
			map[string]string{"earlier in the week": "2024-04-08/2024-04-10"}},
		{"week of the day of writing, no day before", "Police said the suspect was arrested earlier in the week.",
			map[string]string{"earlier in the week": "2024-04-08/2024-04-11"}},
		{"later in the week of a named day", "The talks opened on Monday, March 4. A deal was expected later in the week.",
			map[string]string{"later in the week": "2024-03-05/2024-03-10"}},
		{"month of a named day", "The rebels seized the town on 3 May 2021. Later in the month, the army retook it.",
			map[string]string{"Later in the month": "2021-05"}},
		{"month of the day of writing", "The ministry said exports rose earlier in the month.",
			map[string]string{"earlier in the month": "2024-04"}},
		{"year of a story", "The plant was sold in 2019. Later in the year, the new owners cut 300 jobs.",
			map[string]string{"Later in the year": "2019"}},
		{"year of the day of writing", "The central bank said on Tuesday it would cut rates later in the year.",
			map[string]string{"later in the year": "2024"}},
		{"day of a named day", "Protesters marched on parliament on 9 March 2022. Earlier in the day, police had sealed off the square.",
			map[string]string{"Earlier in the day": "2022-03-09"}},
		// A story's year holds on, as it does for "that year".
		{"story's year further back", "The city was founded in 1820. It grew fast. Mills opened. Later in the year, a fire broke out.",
			map[string]string{"Later in the year": "1820"}},
		// Near misses: the words in other uses date nothing, and "earlier
		// this week" still counts from the day of writing.
		{"this week after a named day", "The talks opened on Monday, March 4. Officials met earlier this week.",
			map[string]string{"earlier this week": "2024-04-08/2024-04-11"}},
		{"not a time", "The striker scored later in the game and earlier in the season.",
			map[string]string{"in the game": "", "in the season": ""}},
	}
	for _, tt := range tests {
		got := stageDates(t, tt.text, pub)
		for text, want := range tt.want {
			if want == "" {
				for g, v := range got {
					if strings.Contains(g, text) {
						t.Errorf("%s: %q dated %q, want no date", tt.name, g, v)
					}
				}
				continue
			}
			if got[text] != want {
				t.Errorf("%s: %q = %q, want %q (dates %v)", tt.name, text, got[text], want, got)
			}
		}
	}
}
