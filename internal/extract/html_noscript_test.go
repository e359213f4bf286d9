package extract

import (
	"strings"
	"testing"
)

// A client-rendered page ships an empty mount point and keeps its article
// in <noscript>: it failed with "no article content found". Its
// <noscript> content is now the body when the page has no other, without
// the "enable JavaScript" notices such blocks also hold; a page with a
// body of its own keeps ignoring its <noscript>.
func TestNoscriptFallback(t *testing.T) {
	const p1 = "LIMA, June 4 (AP) - Peru's congress voted on Tuesday to remove the mining minister after a week of road blockades in the southern Andes, the third cabinet change this year."
	const p2 = "Lawmakers said the minister had failed to open talks with farming communities who say a copper project threatens their water."
	const p3 = "The president's office said a successor would be named by Friday."
	const notice = "Please enable JavaScript in your browser to read this site."
	const story = "<article><h1>Peru removes mining minister</h1><p>" + p1 + "</p><p>" + p2 + "</p><p>" + p3 + "</p></article>"
	const head = `<html><head><title>Peru removes mining minister</title>
<noscript><img src="https://px.example/t.gif" alt=""></noscript>
<script>window.__STATE__={"a":1}</script></head>`
	tests := []struct {
		name    string
		page    string
		want    []string
		notWant []string
	}{
		{"article only in noscript", head + `<body><div id="root"></div>
<noscript><p>` + notice + `</p>` + story + `</noscript>
<script src="/app.js"></script></body></html>`, []string{p1, p2, p3}, []string{"JavaScript", "<p>"}},
		{"notice and article in separate noscript blocks, upper case", strings.ToUpper(head[:6]) + head[6:] + `<BODY><NAV><A HREF="/">Home</A> <A HREF="/world">World</A></NAV><DIV ID="app"></DIV>
<NOSCRIPT><DIV CLASS="js-warning">This website requires JavaScript to run.</DIV></NOSCRIPT>
<NOSCRIPT>` + story + `</NOSCRIPT></BODY></HTML>`, []string{p1, p2, p3}, []string{"requires JavaScript"}},
		{"unclosed noscript at the end of a cut page", head + `<body><div id="root"></div><noscript>` + story, []string{p1, p2, p3}, nil},
		{"page with its own body ignores noscript", head + `<body><div class="story"><p>` + p1 + `</p><p>` + p2 + `</p></div>
<noscript><p>` + notice + `</p><p>Readers without script see this other text about Chilean wine exports, which is not the article at all.</p></noscript></body></html>`,
			[]string{p1, p2}, []string{"JavaScript", "Chilean"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := HTML(tt.page, "https://news.example/2024/06/04/peru-minister")
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				if !strings.Contains(a.Text, w) {
					t.Errorf("text %q lacks %q", a.Text, w)
				}
			}
			for _, nw := range tt.notWant {
				if strings.Contains(a.Text, nw) {
					t.Errorf("text %q holds %q", a.Text, nw)
				}
			}
		})
	}
}

// A JavaScript notice is short and about the reader's browser; prose
// that names JavaScript is an article's.
func TestIsScriptNotice(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"Please enable JavaScript to view this page.", true},
		{"You need to turn on JavaScript in your browser settings.", true},
		{"JavaScript is disabled. Some features will not work.", true},
		{"The court in Dublin heard the company had paid the fine.", false},
		{"The Oslo start-up, which writes JavaScript tools for banks, said on Monday it had raised 40 million euros from investors in Norway and Sweden and would hire 200 engineers by the end of next year in its offices abroad.", false},
	}
	for _, tt := range tests {
		if got := isScriptNotice(tt.s); got != tt.want {
			t.Errorf("isScriptNotice(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}
