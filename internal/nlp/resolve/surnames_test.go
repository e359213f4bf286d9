package resolve

import (
	"strings"
	"testing"
)

// A family name after a title is a person's mention even where the tagger
// read it as an English word ("Vice Premier He"), when exactly one person
// in office then has that family name and holds the office the title
// names; family-name-first names in full resolve by the knowledge base.
func TestTitledSurnames(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text, published string
		ents                  [][2]string // the tagger's entities
		want                  []string    // text|type|actor/country for every entity after resolving
	}{
		{"a deputy's title before a family name that is a word", "Vice Premier He said trade would grow.", "2025-06-01",
			nil, []string{"He|PER|person:he_lifeng/CHN"}},
		{"the full name family name first", "He Lifeng met the envoy.", "2025-06-01",
			[][2]string{{"He Lifeng", "PER"}}, []string{"He Lifeng|PER|person:he_lifeng/CHN"}},
		{"the full name and the titled family name later", "He Lifeng arrived on Monday. Vice Premier He said trade would grow. He left.", "2025-06-01",
			[][2]string{{"He Lifeng", "PER"}}, []string{"He Lifeng|PER|person:he_lifeng/CHN", "He|PER|person:he_lifeng/CHN"}},
		{"no vice premier of that name in office before 2023", "Vice Premier He said trade would grow.", "2020-06-01",
			nil, nil},
		{"a premier's title is no vice premier's", "Premier He said trade would grow.", "2025-06-01",
			nil, nil},
		{"the pronoun after a sentence's end is no name", "He met the vice premier. He said trade would grow.", "2025-06-01",
			nil, nil},
		{"a lower-case title is no title of a name", "The talks with the vice premier He chaired went well.", "2025-06-01",
			nil, nil},
		{"the family name of two vice premiers at different dates", "Vice Premier Liu said trade would grow.", "2020-06-01",
			[][2]string{{"Liu", "PER"}}, []string{"Liu|PER|person:liu_he/CHN"}},
		{"the family name of the later vice premier", "Vice Premier Liu said trade would grow.", "2024-06-01",
			[][2]string{{"Liu", "PER"}}, []string{"Liu|PER|person:liu_guozhong/CHN"}},
		{"a vice premier the tagger left untagged, a finance minister of his name in office", "Vice Premier Liu said trade would grow.", "2021-03-01",
			nil, []string{"Liu|PER|person:liu_he/CHN"}},
		{"the finance minister of the family name a vice premier shares", "Finance Minister Liu said revenue would grow.", "2021-03-01",
			[][2]string{{"Liu", "PER"}}, []string{"Liu|PER|person:liu_kun/CHN"}},
		{"a title naming no office leaves two bearers in office apart", "Minister Liu said revenue would grow.", "2021-03-01",
			[][2]string{{"Liu", "PER"}}, []string{"Liu|PER|doc:person:liu/"}},
		{"a Korean prime minister by family name and title", "Prime Minister Kim said the talks went well.", "2025-08-01",
			[][2]string{{"Kim", "PER"}}, []string{"Kim|PER|person:kim_min_seok/KOR"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveTagged(t, s, c.text, c.published, c.ents)
			var got []string
			for _, e := range art.Entities {
				if e.Type == EntityRole {
					continue
				}
				got = append(got, e.Text+"|"+e.Type+"|"+e.ActorID+"/"+e.Country)
			}
			if strings.Join(got, "; ") != strings.Join(c.want, "; ") {
				t.Errorf("got  %v\nwant %v", got, c.want)
			}
		})
	}
}
