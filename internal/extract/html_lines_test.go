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

func TestCollapsedClass(t *testing.T) {
	for cls, want := range map[string]bool{
		"collapse":                 true,
		"navbar-collapse collapse": true,
		"collapse show":            false, // opened
		"collapse in":              false, // opened, older frameworks
		"collapsed":                false, // the toggle button's state, not a folded box
		"navbar-collapse":          false,
		"":                         false,
	} {
		if got := collapsedClass(cls); got != want {
			t.Errorf("collapsedClass(%q) = %v, want %v", cls, got, want)
		}
	}
}

// A box folded away behind a toggle ("Read the letter") is not shown when
// the page loads, and its text is no part of the article, however long.
func TestHTMLCollapsedBox(t *testing.T) {
	body := `<article><div class="post-body">
<p>The harbour authority said on Monday that the night ferry would return in June after a two-year pause for repairs to the pier.</p>
<p>Workers on the late shift had asked for the service since it stopped, saying the bus took three times as long to reach the island.</p>
</div>
<div class="appeal-box"><button data-toggle="collapse" data-target="#letter">Read the letter</button>
<div class="collapse" id="letter"><p>Every day our small team answers readers' questions about what they read, and we do it at no cost to them, which is far from free for us to produce.</p>
<p>If you value this work, please consider joining the readers who support us each month so that we can keep going for many years to come.</p>
<ul><li>Mira Holt</li><li>Tomas Berg</li><li>Ana Lima</li></ul></div></div></article>`
	a, err := HTML("<html><body>"+body+"</body></html>", "")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"The harbour authority said on Monday that the night ferry would return in June after a two-year pause for repairs to the pier.",
		"Workers on the late shift had asked for the service since it stopped, saying the bus took three times as long to reach the island.",
	}
	if strings.Join(a.Paragraphs, "|") != strings.Join(want, "|") {
		t.Errorf("Paragraphs = %q, want %q", a.Paragraphs, want)
	}
}

// A key-points box above the story sums it up, as a standfirst does, and
// is left out of the body like one.
func TestHTMLKeyPointsBox(t *testing.T) {
	body := `<div class="story"><div class="RenderKeyPoints-keyPoints"><div class="RenderKeyPoints-header">Key Points</div>
<ul><li>The harbour authority will restart the night ferry in June after a two-year pause for pier repairs.</li>
<li>Late-shift workers had asked for the service since it stopped.</li></ul></div>
<div class="story-body"><p>EASTPORT — The harbour authority said on Monday that the night ferry would return in June after a two-year pause for repairs to the pier.</p>
<p>Workers on the late shift had asked for the service since it stopped, saying the bus took three times as long to reach the island.</p></div></div>`
	a, err := HTML("<html><body>"+body+"</body></html>", "")
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Paragraphs) != 2 || !strings.HasPrefix(a.Paragraphs[0], "EASTPORT") {
		t.Errorf("Paragraphs = %q, want the two story paragraphs", a.Paragraphs)
	}
}

// A key-points class wins over a generic "story" beside it: the box
// before the body is the story's summary, not the story. The same class
// on the wrapper that holds the body leaves the body in.
func TestHTMLKeyPointsBoxStoryClass(t *testing.T) {
	points := `<ul><li>The harbour authority will restart the night ferry in June after a two-year pause for pier repairs.</li>
<li>Late-shift workers had asked for the service since it stopped.</li></ul>`
	story := `<p>EASTPORT — The harbour authority said on Monday that the night ferry would return in June after a two-year pause for repairs to the pier.</p>
<p>Workers on the late shift had asked for the service since it stopped, saying the bus took three times as long to reach the island.</p>`
	tests := []struct {
		name, body string
	}{
		{"box classed story-keypoints", `<div class="story-keypoints">` + points + `</div><div class="story-body">` + story + `</div>`},
		{"box classed keypoints and story", `<div class="keypoints story">` + points + `</div><div class="story-body">` + story + `</div>`},
		{"box classed story-key-points before an unmarked body", `<div class="story-key-points">` + points + `</div><div>` + story + `</div>`},
		{"key-points class on the story's wrapper", `<div class="story has-keypoints">` + story + `</div>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := HTML("<html><body>"+tt.body+"</body></html>", "")
			if err != nil {
				t.Fatal(err)
			}
			if len(a.Paragraphs) != 2 || !strings.HasPrefix(a.Paragraphs[0], "EASTPORT") {
				t.Errorf("Paragraphs = %q, want the two story paragraphs", a.Paragraphs)
			}
		})
	}
}
