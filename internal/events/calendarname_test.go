package events_test

import (
	"strings"
	"testing"
	"time"
)

// A weekday or month name is a date, not the lone family name of an office
// holder who bears it (Saint Vincent's prime minister Godwin Friday, in
// office from November 2025): "resigned on Friday" names no actor. The
// holder is still coded where an office word or his full name names him.
func TestCalendarNameIsNoHolder(t *testing.T) {
	stages := fullPipeline(t)
	pub := time.Date(2026, 2, 7, 0, 0, 0, 0, time.UTC)
	const holder = "person:godwin_friday"
	tests := []struct {
		name, text string
		wantHolder bool // some event side is the holder
	}{
		{"on weekday", "BRATISLAVA (Wire) - Slovakia's economy minister resigned on Friday over a corruption scandal.", false},
		{"weekday after verb", "BRATISLAVA (Wire) - The economy minister resigned Friday, the government said.", false},
		{"weekday and day part", "BRATISLAVA (Wire) - Slovak police arrested the deputy minister late Friday night, police said.", false},
		{"office word", "Prime Minister Friday met the Barbadian prime minister in Kingstown on Monday.", true},
		{"full name", "Saint Vincent's Prime Minister Godwin Friday met the Barbadian prime minister on Friday.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			art := codeSentence(t, stages, tt.text, pub)
			if len(art.Events) == 0 {
				t.Fatalf("no events coded for %q", tt.text)
			}
			got := false
			for _, e := range art.Events {
				for _, a := range append(append(e.Source[:0:0], e.Source...), e.Target...) {
					if a.ActorID == holder {
						got = true
					}
					if !tt.wantHolder && (a.Country == "VCT" || strings.EqualFold(a.Text, "Friday")) {
						t.Errorf("%s side %q (%s): a date taken for an actor", e.Type, a.Text, a.Country)
					}
				}
			}
			if got != tt.wantHolder {
				t.Errorf("holder coded = %v, want %v; events %+v", got, tt.wantHolder, art.Events)
			}
		})
	}
}
