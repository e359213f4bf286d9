package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/model"
)

// Text extracts the article from plain text (pasted or scraped).
//
// Placeholder: first line is the title, blank-line blocks are paragraphs.
// Replaced by the full plain-text extractor.
func Text(content string) (*model.Article, error) {
	a := &model.Article{}
	blocks := strings.Split(strings.ReplaceAll(content, "\r\n", "\n"), "\n\n")
	for _, b := range blocks {
		b = strings.Join(strings.Fields(b), " ")
		if b == "" {
			continue
		}
		if a.Title == "" {
			a.Title = b
			continue
		}
		a.Paragraphs = append(a.Paragraphs, b)
	}
	return a, nil
}
