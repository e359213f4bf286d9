package extract

import (
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestTrimTitle(t *testing.T) {
	tests := []struct{ in, site, want string }{
		{"Bridge reopens | The Courier", "The Courier", "Bridge reopens"},
		{"Council approves the harbour bridge budget - Courier", "", "Council approves the harbour bridge budget"},
		{"The Courier | Bridge reopens after years of work", "The Courier", "Bridge reopens after years of work"},
		{"Bridge reopens – courier.example", "courier.example", "Bridge reopens"},
		// A dash inside the headline is kept.
		{"Rain, then sun - and a long weekend ahead for the whole region", "Courier", "Rain, then sun - and a long weekend ahead for the whole region"},
		{"No separator here", "Site", "No separator here"},
	}
	for _, tt := range tests {
		if got := trimTitle(tt.in, tt.site); got != tt.want {
			t.Errorf("trimTitle(%q, %q) = %q, want %q", tt.in, tt.site, got, tt.want)
		}
	}
}

func TestNormLang(t *testing.T) {
	tests := map[string]string{
		"en-US": "en", "en_GB": "en", "DE": "de", "fr-FR,en;q=0.5": "fr", "pt-BR": "pt",
		"eng": "en", "zh-Hans-CN": "zh", "": "", "xx-invalid-tag-$$": "", "und": "",
	}
	for in, want := range tests {
		if got := normLang(in); got != want {
			t.Errorf("normLang(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestParseDateTime(t *testing.T) {
	tests := []struct {
		in   string
		want string // RFC 3339, "" for no date
	}{
		{"2021-07-30T10:15:00Z", "2021-07-30T10:15:00Z"},
		{"2021-07-30T10:15:00+0200", "2021-07-30T10:15:00+02:00"},
		{"2021-07-30T10:15:00.123-04:00", "2021-07-30T10:15:00.123-04:00"},
		{"2021-07-30 10:15:00", "2021-07-30T10:15:00Z"},
		{"2021-07-30", "2021-07-30T00:00:00Z"},
		{"Fri, 30 Jul 2021 10:15:00 +0000", "2021-07-30T10:15:00Z"},
		{"July 30, 2021", "2021-07-30T00:00:00Z"},
		{"30.07.2021", "2021-07-30T00:00:00Z"},
		{"1627640100", "2021-07-30T10:15:00Z"},
		{"yesterday", ""},
		{"1850-01-01", ""}, // too old for a news page
		{"2999-01-01", ""}, // in the future
	}
	for _, tt := range tests {
		got, ok := parseDateTime(tt.in)
		s := ""
		if ok {
			s = got.Format(time.RFC3339Nano)
		}
		if s != tt.want {
			t.Errorf("parseDateTime(%q) = %q, want %q", tt.in, s, tt.want)
		}
	}
}

func TestDateFromURL(t *testing.T) {
	tests := map[string]string{
		"https://x.example/2021/07/30/story":        "2021-07-30",
		"https://x.example/news/2021-07-30-story":   "2021-07-30",
		"https://x.example/archive/20210730/story":  "2021-07-30",
		"https://x.example/2019/nov/18/story":       "2019-11-18",
		"https://x.example/2019/november/18/story":  "2019-11-18",
		"https://x.example/2021/02/30/not-a-date":   "",
		"https://x.example/story-2021":              "",
		"https://x.example/items/12345678/whatever": "",
		"::not a url": "",
	}
	for in, want := range tests {
		got, ok := dateFromURL(in)
		s := ""
		if ok {
			s = got.Format("2006-01-02")
		}
		if s != want {
			t.Errorf("dateFromURL(%q) = %q, want %q", in, s, want)
		}
	}
}

func TestParseJSONLD(t *testing.T) {
	tests := []struct {
		name    string
		scripts []string
		want    ldInfo
	}{
		{
			name: "graph with type array",
			scripts: []string{`{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Page"},
				{"@type":["NewsArticle"],"headline":"Head","datePublished":"2020-01-02","author":{"@type":"Person","name":"A B"},
				"publisher":{"name":"Pub"},"keywords":["k1","k2"],"articleBody":"Body text.","inLanguage":"es"}]}`},
			want: ldInfo{headline: "Head", body: "Body text.", published: "2020-01-02", site: "Pub",
				authors: []string{"A B"}, keywords: []string{"k1", "k2"}, lang: "es"},
		},
		{
			name:    "array, string author and keywords, raw newline, trailing semicolon",
			scripts: []string{"[{\"@type\":\"BreadcrumbList\"},{\"@type\":\"BlogPosting\",\"headline\":\"Two\nlines\",\"author\":[\"X Y\",{\"name\":\"Z\"}],\"keywords\":\"a, b\"}];"},
			want:    ldInfo{headline: "Two lines", authors: []string{"X Y", "Z"}, keywords: []string{"a", "b"}},
		},
		{
			name:    "mainEntity of a WebPage",
			scripts: []string{`{"@type":"WebPage","mainEntity":{"@type":"Article","headline":"Inner","author":"https://x.example/me"}}`},
			want:    ldInfo{headline: "Inner"},
		},
		{
			name:    "broken and non-article",
			scripts: []string{`{ nope`, `{"@type":"Organization","name":"Org"}`, `"just a string"`, `[]`, ``},
			want:    ldInfo{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := parseJSONLD(tt.scripts); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("parseJSONLD = %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestBoilerplateLines(t *testing.T) {
	tests := []struct {
		text               string
		date, boiler, note bool
	}{
		{"Published: November 19, 2019 at 8:59 pm", true, false, false},
		{"Nov 18, 2019", true, false, false},
		{"— Jane Doe (@janedoe) November 18, 2019", false, false, false},
		{"2019 in review", false, false, false},
		{"Advertisement", false, true, false},
		{"Image 3 of 12", false, true, false},
		{"Foto 2 de 7", false, true, false},
		{"Jane Roe/City Times/Getty Images", false, true, false},
		{"Photo: Jo Reyes", false, true, false},
		{"Like Loading...", false, true, false},
		{"Baca juga: Harga beras naik lagi", false, true, false},
		{"Lees ook: Nieuwe fietspaden in de binnenstad", false, true, false},
		{"The photo agency sold the rights to Reuters.", false, false, false},
		{"Saturday 10 to 2", false, false, false},
		{"Lesen Sie auch: Wie andere Städte planen", false, true, false},
		{"Read more", false, true, false},
		{"Read more than forty books a year, she said, and you will change.", false, false, false},
		{"Jane Doe contributed to this report.", false, false, true},
		{"Follow her on Twitter @janedoe.", false, false, true},
		{"The council met on Tuesday.", false, false, false},
	}
	for _, tt := range tests {
		lower := strings.ToLower(tt.text)
		if got := isDateLine(lower); got != tt.date {
			t.Errorf("isDateLine(%q) = %v", tt.text, got)
		}
		if got := len(lower) < 160 && isBoilerplateText(lower); got != tt.boiler {
			t.Errorf("isBoilerplateText(%q) = %v", tt.text, got)
		}
		if got := isAuthorNote(tt.text); got != tt.note {
			t.Errorf("isAuthorNote(%q) = %v", tt.text, got)
		}
	}
}

func TestCleanByline(t *testing.T) {
	tests := []struct {
		in   []string
		want string
	}{
		{[]string{"By Jane Doe"}, "Jane Doe"},
		{[]string{"Jane Doe | November 18, 2019 12:01 PM"}, "Jane Doe"},
		{[]string{"Carrie Arnold November 15, 2019"}, "Carrie Arnold"},
		{[]string{"May Li"}, "May Li"},
		{[]string{"Von Lena Hoffmann", "lena hoffmann"}, "Lena Hoffmann"},
		{[]string{"A", "B", "A"}, "A, B"},
		{[]string{"Updated 3 hours ago"}, ""},
		{[]string{"Текст: Мария Орлова"}, "Мария Орлова"},
		{[]string{"| BY: Jane Doe"}, "Jane Doe"},
		{[]string{"Author: Jane Doe"}, "Jane Doe"},
		{[]string{"The city and state transport authorities"}, ""},
	}
	for _, tt := range tests {
		if got := cleanByline(tt.in); got != tt.want {
			t.Errorf("cleanByline(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestLDBodyText(t *testing.T) {
	tests := map[string]string{
		"First para.\nSecond &amp; last.":         "First para.\nSecond & last.",
		"<p>One <b>bold</b> line.</p><p>Two.</p>": "One bold line.\n\nTwo.",
		"  plain  ": "plain",
	}
	for in, want := range tests {
		if got := ldBodyText(in); got != want {
			t.Errorf("ldBodyText(%q) = %q, want %q", in, got, want)
		}
	}
	got := splitBody(ldBodyText("<p>One <b>bold</b> line.</p><p>Two.</p>"))
	if strings.Join(got, "|") != "One bold line.|Two." {
		t.Errorf("splitBody = %q", got)
	}
}
