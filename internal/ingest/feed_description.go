package ingest

import (
	"fmt"
	"maps"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/model"
)

// HintFeedText is the FeedLink.Hints (and runner.Ref.Hints) key of the feed
// item's own description, kept with a link to fetch so that the item is not
// lost when its article cannot be fetched (DescriptionDocument). It rides
// with the link wherever the link goes (the feed's links to fetch again in
// the store, a queue message to a worker) and is taken out of the hints of
// the document that is fetched: it is no field of the article.
const HintFeedText = "feed_text"

// MinFeedTextChars is the least a description must say, in characters of
// text, to stand in for its article: below it a description is a headline
// again or "Read more", which is no article.
const MinFeedTextChars = 40

// maxFeedTextBytes caps the description a link carries: it travels in the
// store and in queue messages, and a description is a teaser, not the
// article (a feed with the whole text gives it as content, and the item is
// no link to fetch).
const maxFeedTextBytes = 64 << 10

// setFeedText keeps an item's description in a link's hints when it says
// enough to stand in for its article. The text of its links does not
// count: a description that is a link to the story's headline and the
// outlet's name (as news aggregators write them), or a list of such
// links, says nothing the title does not.
func setFeedText(hints map[string]string, summary string) {
	if proseChars(summary) < MinFeedTextChars {
		return
	}
	hints[HintFeedText] = capText(summary, maxFeedTextBytes)
}

// FeedTextChars is how many characters of text the feed's description in
// hints (HintFeedText) holds, its markup and the text of its links left
// out (setFeedText); 0 without one.
func FeedTextChars(hints map[string]string) int {
	text := hints[HintFeedText]
	if text == "" {
		return 0
	}
	return proseChars(text)
}

// proseChars is how many characters of text a description says of its
// own: its markup and the text of its links left out.
func proseChars(summary string) int {
	return utf8.RuneCountInString(htmlText(summary, true))
}

// WithoutFeedText returns hints without the feed's description
// (HintFeedText), copied only when it is there.
func WithoutFeedText(hints map[string]string) map[string]string {
	if _, ok := hints[HintFeedText]; !ok {
		return hints
	}
	out := maps.Clone(hints)
	delete(out, HintFeedText)
	return out
}

// DescriptionDocument is the document a feed link's item gives when its
// article could not be fetched (cause): the item's description, which the
// hints carry (HintFeedText), under the item's title, marked as cut
// (model.HintTruncated: the article's Incomplete says only the description
// was read, and why). It is nil when the hints carry no description. The
// caller dates it as it would the fetched article.
func DescriptionDocument(source, url string, hints map[string]string, cause error) *model.Document {
	text := hints[HintFeedText]
	if text == "" {
		return nil
	}
	doc, err := contentDocument(source, url, hints["title"], trailingPointer.ReplaceAllString(text, "$1$2"), true)
	if err != nil {
		return nil
	}
	doc.Hints = maps.Clone(hints) // not empty: it holds the text
	delete(doc.Hints, HintFeedText)
	doc.Hints[model.HintTruncated] = fmt.Sprintf("%s: the linked article could not be fetched (%.120s)", descriptionOnly, cause)
	return doc
}

// trailingPointer is a short link that ends a description after a
// finished sentence ("... on Sunday. <a>Read the full story</a>"): a
// pointer to the article, no words of it, which the extractor keeps when it
// shares the sentence's paragraph. A link inside or ending a sentence
// ("..., <a>the ministry</a> said." or "according to <a>the ministry</a>")
// is not after a sentence's end and stays.
var trailingPointer = regexp.MustCompile(`(?is)([.!?…"”’)\]]\s*)<a\b[^>]*>[^<]{1,60}</a>\s*((?:</(?:p|div|span)>\s*)*)$`)

// descriptionOnly begins the HintTruncated of a DescriptionDocument.
const descriptionOnly = "only the feed's description was read"

// IsDescriptionDocument reports a document made by DescriptionDocument: a
// feed's description standing in for its article.
func IsDescriptionDocument(doc *model.Document) bool {
	return doc != nil && strings.HasPrefix(doc.Hints[model.HintTruncated], descriptionOnly)
}

// DescribedArticle reports a stored article read from a feed's description
// (DescriptionDocument) rather than from its page: its Incomplete says so.
// Ingest fetches its page again, and a page with the article's text takes
// its place.
func DescribedArticle(a *model.Article) bool {
	if a == nil {
		return false
	}
	for _, f := range a.Incomplete {
		if f.Stage == "ingest" && strings.HasPrefix(f.Error, descriptionOnly) {
			return true
		}
	}
	return false
}
