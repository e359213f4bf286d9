package extract

import (
	"strings"
	"testing"
)

// A frameset page's text is in its <noframes>, which the HTML parser reads
// as raw text: it came out as one paragraph of literal "<p>" markup. Its
// content is now the page's body. A page without a frameset drops its
// <noframes> notice, which no browser with frames shows.
func TestNoframes(t *testing.T) {
	const p1 = "ACCRA, March 12 (Reuters) - Ghana's central bank raised its main lending rate by 100 basis points on Monday to curb inflation, which reached 23 percent in February."
	const p2 = "The governor told reporters the bank would act again if prices kept rising in the second quarter."
	const notice = "This site uses frames, which your browser does not support."
	const body = "<p>" + p1 + "</p>\n<p>" + p2 + "</p>"
	tests := []struct {
		name    string
		page    string
		want    []string // paragraphs, in order
		notWant string
	}{
		{"frameset with noframes", `<html><head><title>Ghana raises rates</title></head>
<frameset cols="20%,80%"><frame src="menu.html"><frame src="story.html"></frameset>
<noframes>` + body + `</noframes></html>`, []string{p1, p2}, "<p>"},
		{"noframes inside the frameset, with a body", `<HTML><HEAD><TITLE>Ghana raises rates</TITLE></HEAD>
<FRAMESET ROWS="100,*"><FRAME SRC="top.html"><NOFRAMES><BODY>` + strings.ToUpper(body[:3]) + body[3:len(body)-4] + `</P></BODY></NOFRAMES></FRAMESET></HTML>`, []string{p1, p2}, "<P>"},
		{"page without frames drops its notice", `<html><head><title>Ghana raises rates</title></head><body>
<div class="story-body"><noframes><p>` + notice + `</p></noframes>` + body + `</div></body></html>`, []string{p1, p2}, "frames"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := HTML(tt.page, "https://news.example/2024/03/12/ghana-rates")
			if err != nil {
				t.Fatal(err)
			}
			if strings.Contains(a.Text, tt.notWant) || len(a.Paragraphs) < len(tt.want) {
				t.Fatalf("paragraphs %q, want %q without %q", a.Paragraphs, tt.want, tt.notWant)
			}
			for i, w := range tt.want {
				if !strings.Contains(a.Paragraphs[len(a.Paragraphs)-len(tt.want)+i], w[len(w)-40:]) {
					t.Errorf("paragraphs %q, want %q", a.Paragraphs, tt.want)
					break
				}
			}
		})
	}
}
