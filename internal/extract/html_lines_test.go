package extract

import (
	"strings"
	"testing"
)

func TestIsCommentNotice(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Comments are moderated and may take a day to appear.", true},
		{"NOTE: Offensive comments will not be approved.", true},
		{"Atenção: comentários ofensivos não serão aprovados pelo moderador.", true},
		{"Los comentarios están sujetos a moderación.", true},
		{"Kommentare werden vor der Veröffentlichung moderiert.", true},
		// Commentators and commentaries are part of a story.
		{"Commentators approved of the budget, calling it overdue.", false},
		{"The commentary was approved by the editors on Monday.", false},
		// Comments without moderation, moderation without comments.
		{"The minister declined to comment on the report.", false},
		{"The board approved the plan after a moderate debate.", false},
		// A paragraph is no notice however it is worded.
		{strings.Repeat("The council approved the rules for comments on its consultation site after a long debate. ", 4), false},
	}
	for _, tt := range tests {
		if got := isCommentNotice(tt.in); got != tt.want {
			t.Errorf("isCommentNotice(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// A paragraph the writer broke into short lines with <br> is a list and
// is kept; short lines that are separate elements are labels and are not.
func TestHTMLLineSets(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []string
	}{
		{
			name: "br lines beat a long notice",
			body: `<div class="post"><p>Stage 1: 3 May – Northport<br>Stage 2: 10 May – Eastport<br>Stage 3: 17 May – Old Quay<br>Stage 4: 24 May – Island</p>
<p>Comments that are off topic or offensive will not be approved by the moderator of this page.</p></div>`,
			want: []string{"Stage 1: 3 May – Northport", "Stage 2: 10 May – Eastport", "Stage 3: 17 May – Old Quay", "Stage 4: 24 May – Island"},
		},
		{
			name: "two lines are no list",
			body: `<div class="post"><p>Mira Holt<br>Harbour correspondent</p>
<p>The ferry company said on Monday that the night service would run every half hour from the first week of June.</p></div>`,
			want: []string{"The ferry company said on Monday that the night service would run every half hour from the first week of June."},
		},
		{
			name: "linked lines are a menu",
			body: `<div class="post"><p><a href="/a">Harbour news</a><br><a href="/b">Ferry times</a><br><a href="/c">Weather</a><br><a href="/d">Contact</a></p>
<p>The ferry company said on Monday that the night service would run every half hour from the first week of June.</p></div>`,
			want: []string{"The ferry company said on Monday that the night service would run every half hour from the first week of June."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := HTML("<html><body>"+tt.body+"</body></html>", "")
			if err != nil {
				t.Fatal(err)
			}
			if strings.Join(a.Paragraphs, "|") != strings.Join(tt.want, "|") {
				t.Errorf("Paragraphs = %q, want %q", a.Paragraphs, tt.want)
			}
		})
	}
}
