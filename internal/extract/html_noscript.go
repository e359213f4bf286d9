package extract

import "strings"

// noscriptBody gathers the content of a page's <noscript> elements into a
// body of its own. A client-rendered page (a single-page app, a paywall
// shell) ships an empty mount point and puts its server-rendered article
// in <noscript> for readers without script; stripRawBlocks drops those
// blocks, so such a page had no body at all. It is only read when the page
// has no other body, since an ordinary page's <noscript> holds tracking
// pixels and "enable JavaScript" notices.
func noscriptBody(s string) string {
	body := elementContents(s, "noscript")
	if strings.TrimSpace(body) == "" {
		return ""
	}
	return "<html><body>" + body + "</body></html>"
}

// noscriptParagraphs is the article of a page whose only body is in its
// <noscript> elements, without the notices asking the reader to turn on
// JavaScript that such elements also hold.
func noscriptParagraphs(s, title string) (paras, caps []string) {
	body := noscriptBody(s)
	if body == "" {
		return nil, nil
	}
	root, err := parseHTML(stripRawBlocks(body))
	if err != nil {
		return nil, nil
	}
	paras, caps = flatten(root, false).mainContent(title)
	kept := paras[:0]
	for _, para := range paras {
		if !isScriptNotice(para) {
			kept = append(kept, para)
		}
	}
	return kept, caps
}

// isScriptNotice reports a short paragraph about the reader's JavaScript
// or browser ("Please enable JavaScript to view this site", "This page
// requires JavaScript"): page furniture, never the article. A long
// paragraph that names JavaScript is prose, kept.
func isScriptNotice(s string) bool {
	if len(s) > 240 {
		return false
	}
	lower := strings.ToLower(s)
	if !strings.Contains(lower, "javascript") && !strings.Contains(lower, "java script") {
		return false
	}
	return containsAny(lower, scriptNoticeWords)
}

// scriptNoticeWords are what a notice asks or says of the reader's
// browser.
var scriptNoticeWords = []string{"enable", "turn on", "switch on", "activate", "allow", "require", "need", "browser", "disabled", "is off", "support"}

// noscriptFallbackBelow is the body length (bytes) under which a page's
// <noscript> content is considered: less than one short wire paragraph,
// what a client-rendered shell's menus and footer leave.
const noscriptFallbackBelow = 300
