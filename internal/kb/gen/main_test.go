package main

import (
	"strings"
	"testing"
)

func TestRegionNames(t *testing.T) {
	tests := []struct {
		country, raw, name, aliases string
	}{
		{"PRK", "Chagang-do (Chagang Province)", "Chagang-do", "Chagang Province|Chagang"},
		{"KOR", "Gyeonggi-do", "Gyeonggi-do", "Gyeonggi"},
		{"KOR", "Seoul-teukbyeolsi", "Seoul-teukbyeolsi", "Seoul"},
		{"RUS", "Republic of Dagestan", "Republic of Dagestan", "Dagestan"},
		{"CHN", "Henan", "Henan", "Henan Province"},
		{"CHN", "Tibet", "Tibet", ""},
		{"USA", "California", "California", ""},
	}
	for _, tt := range tests {
		name, aliases := regionNames(tt.country, tt.raw)
		if name != tt.name || strings.Join(aliases, "|") != tt.aliases {
			t.Errorf("regionNames(%s, %q) = %q %q, want %q %q", tt.country, tt.raw, name, aliases, tt.name, tt.aliases)
		}
	}
}

func TestGeneric(t *testing.T) {
	for name, want := range map[string]bool{"Central": true, "North West": true, "Nord-Ouest": true,
		"Western Cape": false, "West Bengal": false, "Henan": false} {
		if got := generic(name); got != want {
			t.Errorf("generic(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestLatin(t *testing.T) {
	for s, want := range map[string]bool{"DPRK": true, "Chosŏn": true, "조선": false, "中华人民共和国": false} {
		if got := latin(s); got != want {
			t.Errorf("latin(%q) = %v, want %v", s, got, want)
		}
	}
}
