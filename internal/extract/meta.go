package extract

import (
	"encoding/json"
	"net/url"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/newsgraph/newsgraph/internal/clockzone"
	"github.com/newsgraph/newsgraph/internal/model"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// metaCollector gathers metadata candidates while the page is walked; resolve
// picks the best of them.
type metaCollector struct {
	metas       map[string][]string // lower-cased name/property/itemprop/http-equiv -> contents
	title       string              // <title>
	h1          []string
	canonical   string
	lang        string
	relAuthors  []string
	bylines     []string // text of byline/author elements
	times       []string // <time datetime> values
	pubTimes    []string // <time> values marked as the publish time
	hiddenDates []string // hidden inputs holding the publish date
	datelines   []string // text of short elements classed as a date
	itemDates   []string // itemprop=datePublished values
	jsonld      []string
	textOnly    bool // the page was too large or deep to examine fully
	// root is the parsed page, searched for a publish date given in words
	// only when nothing else dates it.
	root        *html.Node
	bylineElems int
	// xmlDoc is a document in an XML vocabulary (parseXMLPage), whose
	// byline, author and creator elements (NITF <byline>, <dc:creator>)
	// name its writer: elemBylines, read only there, where no markup of
	// HTML's names one.
	xmlDoc      bool
	elemBylines []string
	// byline and orgs are what resolve found: the writer's names and the
	// names the page gives itself and its owner. The body's last
	// paragraphs are read against them (a note about the writer, the
	// company's own "about" paragraph).
	byline string
	orgs   []string

	// relAuthorHrefs are the addresses rel=author links point to (an
	// author's archive, "/author/jane-doe/"), read to expand initials.
	relAuthorHrefs []string

	// unplaced is a publish clock written without a zone that the page's
	// markup gave no evidence of the zone for (read as UTC meanwhile, in
	// floating), and unplacedEv that evidence: the body, found later, may
	// tell more (placeByBody).
	unplaced   time.Time
	unplacedEv clockzone.Evidence
	// shownTimes are <time> elements' datetime values with the text they
	// show readers ("2019-11-20 06:35:46", "Updated: Nov. 20, 2019 1:35
	// a.m."): the zone the stamps are written in (utcStamps).
	shownTimes [][2]string
}

const maxMetaValues = 8

func (m *metaCollector) addMeta(key, val string) {
	key = strings.ToLower(strings.TrimSpace(key))
	val = strings.TrimSpace(val)
	if key == "" || val == "" {
		return
	}
	if m.metas == nil {
		m.metas = make(map[string][]string)
	}
	if len(m.metas[key]) < 64 {
		m.metas[key] = append(m.metas[key], val)
	}
}

func (m *metaCollector) first(keys ...string) string {
	for _, k := range keys {
		for _, v := range m.metas[k] {
			if v = cleanSpace(v); v != "" {
				return v
			}
		}
	}
	return ""
}

// visitTree visits every element under n (used for <head>, which is not
// otherwise walked).
func (m *metaCollector) visitTree(n *html.Node) {
	stack := []*html.Node{n}
	for len(stack) > 0 && len(stack) < 100000 {
		x := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if x.Type == html.ElementNode && x != n {
			m.visit(x)
		}
		for c := x.LastChild; c != nil; c = c.PrevSibling {
			if c.Type == html.ElementNode {
				stack = append(stack, c)
			}
		}
	}
}

// visit records what element n says about the page.
func (m *metaCollector) visit(n *html.Node) {
	switch n.DataAtom {
	case atom.Meta:
		content := attr(n, "content")
		for _, k := range []string{"name", "property", "itemprop", "http-equiv"} {
			if v := attr(n, k); v != "" {
				m.addMeta(v, content)
			}
		}
		return
	case atom.Link:
		rel := strings.ToLower(attr(n, "rel"))
		if rel == "canonical" && m.canonical == "" {
			m.canonical = strings.TrimSpace(attr(n, "href"))
		}
		return
	case atom.Title:
		if m.title == "" && n.Parent != nil && n.Parent.DataAtom != atom.Svg {
			m.title = cleanSpace(plainTextRaw(n))
		}
		return
	case atom.Html:
		if m.lang == "" {
			m.lang = attr(n, "lang")
			if m.lang == "" {
				m.lang = attr(n, "xml:lang")
			}
		}
	case atom.Script:
		if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") && len(m.jsonld) < 16 {
			m.jsonld = append(m.jsonld, plainTextRaw(n))
		}
		return
	case atom.H1:
		if len(m.h1) < 4 {
			if t := cleanSpace(plainText(n)); t != "" {
				m.h1 = append(m.h1, t)
			}
		}
	case atom.Time:
		if v := attr(n, "datetime"); v != "" && len(m.times) < maxMetaValues {
			m.times = append(m.times, v)
			if t := cleanSpace(plainText(n)); t != "" && len(t) < 80 {
				m.shownTimes = append(m.shownTimes, [2]string{v, t})
			}
		}
	}
	var itemprop, rel, cls string
	for _, a := range n.Attr {
		switch a.Key {
		case "itemprop":
			itemprop = a.Val
		case "rel":
			rel = a.Val
		case "class":
			cls = a.Val
		}
	}
	if itemprop != "" {
		switch {
		case strings.Contains(itemprop, "datePublished"):
			v := attr(n, "content")
			if v == "" {
				v = attr(n, "datetime")
			}
			if v == "" {
				v = plainText(n)
			}
			// A comment's or related story's date is not the page's.
			if v != "" && len(m.itemDates) < maxMetaValues && !inAsideOrLink(n) {
				m.itemDates = append(m.itemDates, v)
			}
		case (itemprop == "author" || itemprop == "creator") && !othersAuthor(n):
			v := attr(n, "content")
			if v == "" {
				// A Person item names itself in a nested itemprop=name;
				// the rest of its text is a title or a photo credit.
				v = itemName(n)
			}
			if v == "" {
				v = plainText(n)
			}
			if v != "" && len(m.bylines) < maxMetaValues {
				m.bylines = append(m.bylines, v)
			}
		}
	}
	if strings.Contains(rel, "author") && len(m.relAuthors) < maxMetaValues && !othersAuthor(n) {
		if t := cleanSpace(plainText(n)); t != "" {
			m.relAuthors = append(m.relAuthors, t)
		}
		if h := attr(n, "href"); h != "" {
			m.relAuthorHrefs = append(m.relAuthorHrefs, h)
		}
	}
	lc := strings.ToLower(cls) // read twice below
	if n.DataAtom == atom.Input || n.DataAtom == atom.Time || cls != "" {
		m.visitDate(n, lc)
	}
	if n.DataAtom == 0 && (n.Data == "byline" || n.Data == "author" || n.Data == "creator") && len(m.elemBylines) < maxMetaValues {
		if t := cleanSpace(elementByline(n)); t != "" && len(t) < 200 {
			m.elemBylines = append(m.elemBylines, t)
		}
	}
	if cls != "" && m.bylineElems < 4 {
		if classTokens(lc, func(t string) bool { return t == "byline" || t == "author" || t == "authors" }) && !othersAuthor(n) {
			if t := cleanSpace(plainText(n)); t != "" && len(t) < 200 {
				m.bylineElems++
				m.bylines = append(m.bylines, t)
			}
		}
	}
}

// plainTextRaw returns the concatenated text children (for raw-text
// elements such as <script> and <title>).
func plainTextRaw(n *html.Node) string {
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return b.String()
}

func cleanSpace(s string) string {
	var tb textBuilder
	tb.add(s, false)
	return tb.b.String()
}

// ldInfo is what JSON-LD says about the article.
type ldInfo struct {
	headline, body, published, site string
	// otherPublished is the datePublished of a top-level object that is not
	// an article (the WebPage, a ClaimReview): less sure, used after meta.
	otherPublished string
	// modified is the article's dateModified: never a publish date, but
	// the zone it is written in is the site's (zonedStamps).
	modified          string
	authors, keywords []string
	// authorIDs are the @id references of an article's author given by
	// reference only ({"@id": ".../#/schema/person/1"}, as Yoast writes
	// it), resolved against the graph's nodes once all are read.
	authorIDs []string
	// authorURLs are the addresses (@id, url) the article's author
	// objects give, named or not: an author archive's address spells the
	// writer's name ("/author/jane-doe/"), read to expand initials.
	authorURLs []string
	lang       string
}

// articleTypes are the schema.org types that describe the page's article.
var articleTypes = map[string]bool{
	"article": true, "newsarticle": true, "blogposting": true, "reportagenews": true,
	"reportagenewsarticle": true, "analysisnewsarticle": true, "opinionnewsarticle": true, "backgroundnewsarticle": true,
	"reviewnewsarticle": true, "askpublicnewsarticle": true, "scholarlyarticle": true,
	"techarticle": true, "liveblogposting": true, "socialmediaposting": true, "webpage": false,
	"report": true, "posting": true, "review": true,
	// A fact-check is the page's article: its author is the checker; the
	// claim's author sits apart, under itemReviewed, which is not read.
	"claimreview": true,
}

// parseJSONLD reads every JSON-LD script and keeps the first article-like
// object's fields. It accepts arrays, @graph, @type arrays and common
// syntax slips (raw control characters in strings, trailing semicolons,
// HTML comment or CDATA wrappers).
func parseJSONLD(scripts []string) ldInfo {
	var info ldInfo
	var webpage map[string]any
	named := map[string]map[string]any{} // @id -> node with a name
	for _, s := range scripts {
		v, ok := decodeJSONLoose(s)
		if !ok {
			continue
		}
		// Breadth-first over nested objects, capped.
		queue := []any{v}
		for steps := 0; len(queue) > 0 && steps < 500; steps++ {
			x := queue[0]
			queue = queue[1:]
			switch t := x.(type) {
			case []any:
				queue = append(queue, t...)
			case map[string]any:
				if g, ok := t["@graph"]; ok {
					queue = append(queue, g)
				}
				if id, ok := t["@id"].(string); ok && len(named) < 256 {
					if _, ok := t["name"]; ok {
						named[id] = t
					}
				}
				types := ldTypes(t["@type"])
				isArticle := false
				for _, ty := range types {
					if articleTypes[ty] {
						isArticle = true
					}
					if ty == "webpage" && webpage == nil {
						webpage = t
					}
				}
				if isArticle {
					fillLD(&info, t)
				} else if info.otherPublished == "" && len(types) > 0 {
					info.otherPublished = ldString(t["datePublished"])
				}
				if me, ok := t["mainEntity"]; ok {
					queue = append(queue, me)
				}
			}
		}
	}
	if webpage != nil && info.headline == "" {
		fillLD(&info, webpage)
	}
	if len(info.authors) == 0 {
		for _, id := range info.authorIDs {
			if len(info.authors) < 10 {
				info.authors = append(info.authors, ldNames(named[id])...)
			}
		}
	}
	return info
}

// ldIDs returns the @id references of a value given by reference only
// (an object or array of objects with an @id and no name).
func ldIDs(v any) []string {
	switch t := v.(type) {
	case map[string]any:
		if id, ok := t["@id"].(string); ok && id != "" {
			if _, named := t["name"]; !named {
				return []string{id}
			}
		}
	case []any:
		var out []string
		for _, x := range t {
			if len(out) >= 10 {
				break
			}
			out = append(out, ldIDs(x)...)
		}
		return out
	}
	return nil
}

// ldURLs returns the @id and url addresses of a person value (an object
// or an array of objects).
func ldURLs(v any) []string {
	var out []string
	switch t := v.(type) {
	case map[string]any:
		for _, k := range []string{"@id", "url"} {
			if s, ok := t[k].(string); ok && looksLikeURL(s) {
				out = append(out, s)
			}
		}
	case []any:
		for _, x := range t {
			if len(out) >= 10 {
				break
			}
			out = append(out, ldURLs(x)...)
		}
	}
	return out
}

func fillLD(info *ldInfo, t map[string]any) {
	if info.headline == "" {
		info.headline = ldString(t["headline"])
		if info.headline == "" {
			info.headline = ldString(t["name"])
		}
	}
	if info.body == "" {
		if b, ok := t["articleBody"].(string); ok {
			info.body = ldBodyText(b)
		}
	}
	if info.published == "" {
		info.published = ldString(t["datePublished"])
		if info.published == "" {
			info.published = ldString(t["dateCreated"])
		}
	}
	if info.modified == "" {
		info.modified = ldString(t["dateModified"])
	}
	if len(info.authorURLs) == 0 {
		info.authorURLs = ldURLs(t["author"])
	}
	if len(info.authors) == 0 {
		info.authors = ldNames(t["author"])
		if len(info.authors) == 0 {
			info.authors = ldNames(t["creator"])
		}
		if len(info.authors) == 0 && len(info.authorIDs) == 0 {
			info.authorIDs = ldIDs(t["author"])
		}
	}
	if info.site == "" {
		if n := ldNames(t["publisher"]); len(n) > 0 {
			info.site = n[0]
		}
	}
	if len(info.keywords) == 0 {
		switch k := t["keywords"].(type) {
		case string:
			info.keywords = splitList(k)
		case []any:
			for _, x := range k {
				if s := ldString(x); s != "" {
					info.keywords = append(info.keywords, s)
				}
			}
		}
	}
	if info.lang == "" {
		info.lang = ldString(t["inLanguage"])
	}
}

func ldTypes(v any) []string {
	switch t := v.(type) {
	case string:
		return []string{strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(t, "http://schema.org/"), "https://schema.org/"))}
	case []any:
		var out []string
		for _, x := range t {
			out = append(out, ldTypes(x)...)
		}
		return out
	}
	return nil
}

// ldString returns a string value, or the first string of an array, or an
// object's name / @value.
func ldString(v any) string {
	switch t := v.(type) {
	case string:
		return cleanSpace(html.UnescapeString(t))
	case []any:
		for _, x := range t {
			if s := ldString(x); s != "" {
				return s
			}
		}
	case map[string]any:
		if s := ldString(t["@value"]); s != "" {
			return s
		}
		if s, ok := t["name"].(string); ok {
			return cleanSpace(s)
		}
	}
	return ""
}

// ldNames returns the names of a person/organisation value (string, object
// or array of either).
func ldNames(v any) []string {
	switch t := v.(type) {
	case string:
		if s := cleanSpace(t); s != "" && !looksLikeURL(s) {
			return []string{s}
		}
	case map[string]any:
		if s := ldString(t["name"]); s != "" {
			return []string{s}
		}
	case []any:
		var out []string
		for _, x := range t {
			if len(out) >= 10 {
				break
			}
			out = append(out, ldNames(x)...)
		}
		return out
	}
	return nil
}

func decodeJSONLoose(s string) (any, bool) {
	s = strings.TrimSpace(s)
	s = strings.TrimPrefix(s, "<!--")
	s = strings.TrimSuffix(s, "-->")
	s = strings.TrimSpace(s)
	s = strings.TrimPrefix(s, "//<![CDATA[")
	s = strings.TrimPrefix(s, "<![CDATA[")
	s = strings.TrimSuffix(s, "//]]>")
	s = strings.TrimSuffix(s, "]]>")
	s = strings.TrimSpace(s)
	s = strings.TrimRight(s, "; \n\r\t")
	if s == "" {
		return nil, false
	}
	var v any
	if err := json.Unmarshal([]byte(s), &v); err == nil {
		return v, true
	}
	// Raw newlines and tabs inside strings are the most common slip; as
	// white space outside strings they mean nothing, so blank them all.
	b := []byte(s)
	for i, c := range b {
		if c < 0x20 {
			b[i] = ' '
		}
	}
	if err := json.Unmarshal(b, &v); err == nil {
		return v, true
	}
	// A trailing comma before a closing bracket ("[\"a\", ]") is the next.
	if err := json.Unmarshal(dropTrailingCommas(b), &v); err == nil {
		return v, true
	}
	return nil, false
}

// dropTrailingCommas removes commas, outside strings, that only white space
// separates from a closing ] or }.
func dropTrailingCommas(b []byte) []byte {
	out := make([]byte, 0, len(b))
	inStr, esc := false, false
	for i := 0; i < len(b); i++ {
		c := b[i]
		if inStr {
			switch {
			case esc:
				esc = false
			case c == '\\':
				esc = true
			case c == '"':
				inStr = false
			}
			out = append(out, c)
			continue
		}
		if c == '"' {
			inStr = true
		}
		if c == ',' {
			j := i + 1
			for j < len(b) && (b[j] == ' ' || b[j] == '\t' || b[j] == '\n' || b[j] == '\r') {
				j++
			}
			if j < len(b) && (b[j] == ']' || b[j] == '}') {
				continue
			}
		}
		out = append(out, c)
	}
	return out
}

func looksLikeURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "//") || strings.HasPrefix(s, "www.")
}

// packedTags reads one tag where the markup promises one (an article:tag
// value, an item of JSON-LD's keywords list), except when a site packed
// its whole list into it ("science-fiction, books, fantasy"). Two or more
// separators mark such a list; one comma is kept, as it can be part of a
// tag's name ("Washington, D.C.").
func packedTags(s string) []string {
	if parts := splitList(s); len(parts) >= 3 {
		return parts
	}
	if s = cleanSpace(s); s != "" {
		return []string{s}
	}
	return nil
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' || r == '|' || r == '、' || r == '，' || r == '；' }) {
		if p = cleanSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// resolve fills the article's metadata from what was collected. hostSite
// says the site name is only the host of the page's address, the last
// resort, which a site name given with the document beats (finish).
func (m *metaCollector) resolve(a *model.Article, pageURL string) (ld ldInfo, hostSite bool) {
	ld = parseJSONLD(m.jsonld)

	// Site first: the title's suffix is trimmed with it.
	// A Twitter handle is not a site name; the host is better.
	a.Site = m.first("og:site_name", "application-name")
	if a.Site == "" {
		a.Site = ld.site
	}
	if i := strings.Index(a.Site, " | "); i > 0 {
		a.Site = strings.TrimSpace(a.Site[:i]) // "Name | tagline | tagline"
	}
	if strings.HasPrefix(a.Site, "@") {
		a.Site = ""
	}

	// URL.
	base, _ := url.Parse(pageURL)
	canon := m.canonical
	if canon == "" {
		canon = m.first("og:url")
	}
	if canon != "" {
		if u, err := url.Parse(canon); err == nil && (u.Scheme == "" || u.Scheme == "http" || u.Scheme == "https") {
			if base != nil {
				u = base.ResolveReference(u)
			}
			if u.IsAbs() {
				a.URL = u.String()
			}
		}
	}
	if a.URL == "" {
		a.URL = pageURL
	}
	if a.Site == "" {
		a.Site, hostSite = siteFromURL(a.URL), true
	}

	// Title.
	var cands []string
	for _, c := range []string{m.first("og:title"), ld.headline, m.first("twitter:title"), m.first("headline", "dc.title", "title")} {
		if c != "" {
			cands = append(cands, c)
		}
	}
	cands = append(cands, m.h1...)
	if m.title != "" {
		cands = append(cands, m.title)
	}
	if len(cands) > 0 {
		a.Title = trimTitle(cands[0], a.Site)
		// An <h1> that the og:title contains is the cleaner title.
		for _, h := range m.h1 {
			if len(h) >= 10 && len(h) < len(a.Title) && strings.Contains(a.Title, h) {
				a.Title = h
				break
			}
		}
	}

	// Byline: the first source that names a person (bylines.go,
	// chooseByline).
	// The names the page gives itself and its owner: a byline naming one
	// of them names no writer.
	orgs := []string{a.Site, ld.site, m.first("og:site_name"), m.first("publisher", "dc.publisher"), m.first("copyright", "dc.rights")}
	markup := [][]string{m.metas["author"], ld.authors}
	for _, k := range []string{"article:author", "dc.creator", "byl", "sailthru.author", "parsely-author"} {
		markup = append(markup, m.metas[k])
	}
	markup = append(markup, m.relAuthors)
	// A later byline element inside the first is the name element of an
	// author card or a byline section. When the section's text opens with
	// the names and runs on into another field (the publication, the
	// writer's title: "Tom Hale Harbour Press"), the names are read from
	// the name elements. Otherwise the nested elements come last: read
	// when the first names no one, or an organisation (a card whose text
	// runs on into a biography). Other later ones are other stories' cards.
	var nested []string
	for i := 1; i < len(m.bylines); i++ {
		if t := strings.TrimSpace(m.bylines[i]); t != "" && strings.Contains(strings.ToLower(m.bylines[0]), strings.ToLower(t)) {
			nested = append(nested, m.bylines[i])
		}
	}
	if len(m.bylines) > 0 {
		if names := runOnNames(m.bylines[0], nested, orgs); names != nil {
			markup = append(markup, names)
		} else {
			markup = append(markup, m.bylines[:1])
		}
	}
	if m.xmlDoc && len(m.elemBylines) > 0 {
		markup = append(markup, m.elemBylines[:1])
	}
	for _, t := range nested {
		markup = append(markup, []string{t})
	}
	headings := append([]string{a.Title, m.title, m.first("og:title")}, m.h1...)
	initialsName := func(initials string) string {
		return nameFromAuthorURL(initials, append(append([]string{}, ld.authorURLs...), m.relAuthorHrefs...), m.root)
	}
	a.Byline = chooseByline(markup, func() string { return cleanByline(visibleByline(m.root)) }, orgs, headings, initialsName)
	m.byline, m.orgs = a.Byline, orgs

	// Published, in the order of trust documented in pubdate.go.
	a.Published, a.PublishedSource, a.PublishedZoneSource = m.published(ld, a.URL, pageURL)

	// Language.
	for _, l := range []string{m.lang, m.first("og:locale"), m.first("content-language", "language", "dc.language"), ld.lang} {
		if code := normLang(l); code != "" {
			a.Language = code
			break
		}
	}

	// Tags.
	var tags []string
	for _, v := range m.metas["article:tag"] {
		tags = append(tags, packedTags(v)...)
	}
	for _, k := range []string{"keywords", "news_keywords"} {
		for _, v := range m.metas[k] {
			tags = append(tags, splitList(v)...)
		}
	}
	for _, v := range ld.keywords {
		tags = append(tags, packedTags(v)...)
	}
	// The page's printed tag list joins the markup's tags, after them:
	// markup often names one section-wide tag ("News", "Soccer") while
	// the page prints the story's topics under the body, and a page whose
	// markup names no tags at all has only the printed list.
	a.Tags = dedupeTags(append(tags, visibleTags(m.root)...))
	return ld, hostSite
}

// published picks the publish date (see pubdate.go for the order) and
// says where it came from: the page (model.DateFromContent) or its URL.
// A time of day written without a zone is placed in the page's zone, and
// the third result says where that zone came from (pubdate_zone.go).
func (m *metaCollector) published(ld ldInfo, canonURL, pageURL string) (*time.Time, string, string) {
	t := m.publishedInPage(ld, canonURL, pageURL)
	if t != nil && t.Location() == floating {
		stamps, modified := m.zonedStamps(ld)
		stamps = append(stamps, m.utcStamps()...)
		placed, zoneSource := placeFloating(*t, stamps, modified, m.locales(), []string{canonURL, pageURL})
		if zoneSource == model.ZoneUnknown {
			m.unplaced = *t
			m.unplacedEv = clockzone.Evidence{Offsets: stamps, Modified: modified, Locales: m.locales(), URLs: []string{canonURL, pageURL}}
		}
		return &placed, model.DateFromContent, zoneSource
	}
	if t != nil {
		return t, model.DateFromContent, ""
	}
	if t, ok := dateFromURL(canonURL); ok {
		return &t, model.DateFromURL, ""
	}
	if t, ok := dateFromURL(pageURL); ok {
		return &t, model.DateFromURL, ""
	}
	return nil, "", ""
}

// utcStamps are the page's <time> stamps written without a zone, read as
// UTC, when one of them shows readers its clock moved by a whole zone
// offset (datetime="2019-11-20 06:35:46" shown as "Nov. 20, 2019 1:35
// a.m."): the site's stamps are UTC and what it shows is local time, so
// a publish clock that is one of the stamps is UTC (clockzone.Place reads
// the same clock written with its zone as the one), and no dateline or
// language puts it in another zone. A stamp shown at its own clock says
// nothing: the site writes local time in both.
func (m *metaCollector) utcStamps() []time.Time {
	wall := func(t time.Time) time.Time {
		return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), 0, 0, time.UTC)
	}
	utc := false
	for _, p := range m.shownTimes {
		st, ok := parseDateTime(p[0])
		if !ok || dateOnly(st) || st.Location() != floating {
			continue
		}
		shown, ok := looseDateTime(p[1])
		if !ok || dateOnly(shown) || shown.Location() != floating {
			continue
		}
		d := wall(shown).Sub(wall(st))
		if d != 0 && d%(15*time.Minute) == 0 && d >= -12*time.Hour && d <= 14*time.Hour {
			utc = true
			break
		}
	}
	if !utc {
		return nil
	}
	var out []time.Time
	for _, v := range append(append([]string{}, m.times...), m.pubTimes...) {
		if t, ok := parseDateTime(v); ok && !dateOnly(t) && t.Location() == floating {
			out = append(out, time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), time.UTC))
		}
	}
	return out
}

// locales are the page's language tags, most trusted first.
func (m *metaCollector) locales() []string {
	return []string{m.lang, m.first("og:locale"), m.first("content-language", "language", "dc.language")}
}

// zonedStamps are the page's timestamps that parse with a time of day and
// a zone, publish and modified alike, in order of trust: the zone they are
// written in is the site's. modified are those of them that give the
// modified time: the publish time is no later.
func (m *metaCollector) zonedStamps(ld ldInfo) (stamps, modified []time.Time) {
	zoned := func(raw []string) []time.Time {
		var out []time.Time
		for _, s := range raw {
			if t, ok := parseDateTime(s); ok && !dateOnly(t) && t.Location() != floating {
				out = append(out, t)
			}
		}
		return out
	}
	mod := []string{ld.modified}
	for _, k := range []string{"article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "last-modified"} {
		mod = append(mod, m.metas[k]...)
	}
	modified = zoned(mod)
	return append(zoned(m.publishStamps(ld)), modified...), modified
}

// publishedInPage is the publish date the page itself gives; urls are
// its addresses, whose country domain tells the order of a slash date
// when its language tags do not.
func (m *metaCollector) publishedInPage(ld ldInfo, urls ...string) *time.Time {
	var first *time.Time
	for _, d := range m.publishStamps(ld) {
		t, ok := parseDateTime(d)
		switch {
		case !ok:
		case first == nil:
			first = &t
		case dateOnly(*first) && !dateOnly(t) && t.Year() == first.Year() && t.YearDay() == first.YearDay():
			// The same day, told to the second by a less trusted tag.
			return &t
		}
	}
	if first != nil {
		return first
	}
	// The page's own language tags, region and all ("pt_BR", "en-US"),
	// and its country domain tell how it writes slash dates.
	order := pageDateOrder(append(m.locales(), ld.lang), urls...)
	for _, d := range m.datelines {
		if t, ok := datelineDate(d, order); ok && !tooLate(t) {
			return &t
		}
	}
	if t, ok := labelledDate(m.root, order); ok {
		return &t
	}
	return nil
}

// publishStamps are the page's publish timestamps in its markup, in the
// order of trust documented in pubdate.go.
func (m *metaCollector) publishStamps(ld ldInfo) []string {
	var dates []string
	if ld.published != "" {
		dates = append(dates, ld.published)
	}
	dates = append(dates, m.itemDates...)
	for _, k := range []string{"article:published_time", "og:published_time", "published_time", "pubdate", "publishdate", "publish-date", "publish_date",
		"date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.date", "sailthru.date", "parsely-pub-date",
		"article.published", "datepublished", "cxenseparse:recs:publishtime", "original-publish-date"} {
		dates = append(dates, m.metas[k]...)
	}
	// Other meta names that say they hold the publish date, in sorted order
	// so the choice does not depend on map iteration.
	var keys []string
	for k := range m.metas {
		if publishMetaKey(k) {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		dates = append(dates, m.metas[k]...)
	}
	if ld.otherPublished != "" {
		dates = append(dates, ld.otherPublished)
	}
	dates = append(dates, m.pubTimes...)
	dates = append(dates, m.times...)
	return append(dates, m.hiddenDates...)
}

// dateOnly reports a date without a time of day (midnight UTC).
func dateOnly(t time.Time) bool {
	_, off := t.Zone()
	return off == 0 && t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 && t.Nanosecond() == 0
}

// tooLate reports a date after the present, with two days' grace for
// time zones and clocks: a page cannot have been published in the future.
func tooLate(t time.Time) bool { return t.After(time.Now().Add(48 * time.Hour)) }

// trimTitle removes a " | Site" style suffix or prefix.
func trimTitle(t, site string) string {
	t = cleanSpace(t)
	for _, sep := range []string{" | ", " - ", " — ", " – ", " :: ", " · ", " « ", " » "} {
		i := strings.LastIndex(t, sep)
		if i <= 0 {
			continue
		}
		head, tail := t[:i], t[i+len(sep):]
		if site != "" && sameName(tail, site) || len(tail) < len(head)/2 && len(strings.Fields(tail)) <= 4 && siteLike(tail, site) {
			return strings.TrimSpace(head)
		}
		j := strings.Index(t, sep)
		if j > 0 && site != "" && sameName(t[:j], site) {
			return strings.TrimSpace(t[j+len(sep):])
		}
	}
	return t
}

func sameName(a, b string) bool {
	norm := func(s string) string {
		var sb strings.Builder
		for _, r := range strings.ToLower(s) {
			if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127 {
				sb.WriteRune(r)
			}
		}
		return strings.TrimPrefix(sb.String(), "www")
	}
	na, nb := norm(a), norm(b)
	return na != "" && nb != "" && (na == nb || strings.HasPrefix(nb, na) || strings.HasPrefix(na, nb))
}

// siteLike reports whether a title suffix looks like a site name rather
// than part of the headline: capitalised words or a domain.
func siteLike(tail, site string) bool {
	if site == "" {
		return strings.Contains(tail, ".") || len(tail) < 30
	}
	return sameName(tail, site) || strings.Contains(strings.ToLower(tail), ".com") || len(tail) < 25
}

// accountNames are the names of a site's accounts, not of people: a
// content system's default user signs posts "admin".
var accountNames = map[string]bool{"admin": true, "administrator": true, "administrador": true, "webmaster": true,
	"root": true, "user": true, "wordpress": true, "site admin": true, "redaktion admin": true}

func cleanByline(names []string) string {
	seen := map[string]bool{}
	var out []string
	for _, n := range names {
		n = cleanSpace(n)
		// A lead after a separator: "| BY: Jane Doe".
		n = strings.TrimLeft(n, " |·•-–—")
		for _, p := range []string{"By ", "by ", "BY ", "By: ", "by: ", "BY: ", "Por ", "por ", "Von ", "von ", "Par ", "par ", "Di ", "di ",
			"Author: ", "Autor: ", "Autora: ", "Auteur : ", "Auteur: ", "Автор: ", "Текст: "} {
			n = strings.TrimPrefix(n, p)
		}
		n = cutAtStop(cutAtWeekday(stripBylineDate(strings.TrimSpace(n))))
		if n == "" || len(n) > 150 || looksLikeURL(n) || seen[strings.ToLower(n)] || accountNames[strings.ToLower(n)] || readsAsPhrase(n) {
			continue
		}
		seen[strings.ToLower(n)] = true
		out = append(out, n)
		if len(out) >= 10 {
			break
		}
	}
	return strings.Join(out, ", ")
}

// dedupeTags cleans tags and drops repeats, keeping the first spelling:
// case and the hyphens or underscores of a slug do not make a new tag
// ("science-fiction" in the markup, "Science Fiction" printed on the page).
func dedupeTags(tags []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, t := range tags {
		t = cleanSpace(t)
		k := tagKey(t)
		if t == "" || len(t) > 100 || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, t)
		if len(out) >= 50 {
			break
		}
	}
	return out
}

// tagKey is the form of tag t that dedupeTags compares: lower case, with
// a slug's hyphens and underscores read as spaces.
func tagKey(t string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(t), func(r rune) bool {
		return r == '-' || r == '_' || unicode.IsSpace(r)
	}), " ")
}

// normLang turns "en-US", "en_GB", "eng" into ISO 639-1 ("en").
func normLang(s string) string { return clockzone.LanguageCode(s) }

// Date parsing.

var dateLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05.000Z0700",
	"2006-01-02T15:04:05.999999999",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04Z0700",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 Z0700",
	"2006-01-02 15:04:05 -07:00",
	"2006-01-02 15:04:05 MST",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02",
	"2006/01/02 15:04:05",
	"2006/01/02",
	"20060102T150405Z0700",
	"20060102",
	time.RFC1123Z,
	time.RFC1123,
	time.RFC850,
	time.ANSIC,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 02 Jan 2006",
	"January 2, 2006 3:04 PM",
	"January 2, 2006, 3:04 PM",
	"January 2, 2006",
	"Jan 2, 2006",
	"Jan. 2, 2006",
	"2 January 2006",
	"2 Jan 2006",
	"02.01.2006",
	"02.01.2006 15:04",
}

// parseDateTime reads a date in one of the common machine or English
// formats. Dates before 1990 or more than two days in the future of the
// present are refused as likely wrong.
func parseDateTime(s string) (time.Time, bool) {
	s = cleanSpace(s)
	if s == "" || len(s) > 64 {
		return time.Time{}, false
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			if t.Year() < 1990 || t.After(time.Now().Add(48*time.Hour)) {
				return time.Time{}, false
			}
			return layoutZone(t, l), true
		}
	}
	// Written-out dates: "19 Nov 2019 07:09 GMT", "01:38:07 PM IST Nov 20,
	// 2019", "Tue Nov 19 2019 05:44:06 GMT+0000", "Nov. 18, 2019, 4:06 p.m.".
	if strings.IndexFunc(s, unicode.IsLetter) >= 0 {
		if t, ok := looseDateTime(s); ok && t.Year() >= 1990 && !tooLate(t) {
			return t, true
		}
	}
	// Unix seconds or milliseconds.
	if len(s) >= 9 && len(s) <= 13 && strings.Trim(s, "0123456789") == "" {
		var n int64
		for _, c := range s {
			n = n*10 + int64(c-'0')
		}
		if len(s) == 13 {
			n /= 1000
		}
		t := time.Unix(n, 0).UTC()
		if t.Year() >= 1990 && t.Before(time.Now().Add(48*time.Hour)) {
			return t, true
		}
	}
	return time.Time{}, false
}

// layoutZone fixes the zone of t, parsed with layout l: a clock the
// layout gave no zone is floating (placeFloating puts it in the page's
// zone), and a zone abbreviation time.Parse did not know ("EST", "KST"
// where the machine's own zone is UTC: it records them at offset zero)
// gets its offset from zoneOffsets.
func layoutZone(t time.Time, l string) time.Time {
	zoned := strings.Contains(l, "Z07") || strings.Contains(l, "-07") || strings.Contains(l, "MST")
	wall := func(loc *time.Location) time.Time {
		return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), loc)
	}
	switch name, off := t.Zone(); {
	case !zoned && strings.Contains(l, ":04"):
		return wall(floating)
	case strings.Contains(l, "MST") && off == 0:
		if o, ok := zoneOffsets[strings.ToLower(name)]; ok && o != 0 {
			return wall(time.FixedZone(name, o))
		}
	}
	return t
}

// DateFromURL finds the date a page's URL carries, as the extractor reads it
// when the page itself gives none (see dateFromURL).
func DateFromURL(raw string) (time.Time, bool) { return dateFromURL(raw) }

// dateFromURL finds /YYYY/MM/DD/, /YYYY-MM-DD, /YYYYMMDD/ or a slug ending
// in -YYYYMMDD in a URL path.
func dateFromURL(raw string) (time.Time, bool) {
	u, err := url.Parse(raw)
	if err != nil {
		return time.Time{}, false
	}
	parts := strings.FieldsFunc(u.Path, func(r rune) bool { return r == '/' })
	num := func(s string, n int) (int, bool) {
		if len(s) != n {
			return 0, false
		}
		v := 0
		for _, c := range s {
			if c < '0' || c > '9' {
				return 0, false
			}
			v = v*10 + int(c-'0')
		}
		return v, true
	}
	valid := func(y, m, d int) (time.Time, bool) {
		if y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31 {
			return time.Time{}, false
		}
		t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		if t.Day() != d || t.After(time.Now().Add(48*time.Hour)) {
			return time.Time{}, false
		}
		return t, true
	}
	for i, p := range parts {
		if y, ok := num(p, 4); ok && i+2 < len(parts) {
			m, ok1 := num(parts[i+1], 2)
			if !ok1 {
				m, ok1 = monthNumber(parts[i+1]) // /2019/nov/18/
			}
			d, ok2 := num(parts[i+2], 2)
			if ok1 && ok2 {
				if t, ok := valid(y, m, d); ok {
					return t, true
				}
			}
		}
		// YYYY-MM-DD at the start of a segment.
		if len(p) >= 10 && p[4] == '-' && p[7] == '-' {
			y, ok0 := num(p[:4], 4)
			m, ok1 := num(p[5:7], 2)
			d, ok2 := num(p[8:10], 2)
			if ok0 && ok1 && ok2 && (len(p) == 10 || p[10] == '-' || p[10] == '_' || p[10] == '.') {
				if t, ok := valid(y, m, d); ok {
					return t, true
				}
			}
		}
		// A slug ending in its date: "tuft-cells-20191115".
		if n := len(p); n > 9 && (p[n-9] == '-' || p[n-9] == '_') {
			if v, ok := num(p[n-8:], 8); ok {
				if t, ok := valid(v/10000, v/100%100, v%100); ok {
					return t, true
				}
			}
		}
		if len(p) == 8 {
			if v, ok := num(p, 8); ok {
				if t, ok := valid(v/10000, v/100%100, v%100); ok {
					return t, true
				}
			}
		}
	}
	return time.Time{}, false
}

var monthNames = map[string]bool{
	"jan": true, "january": true, "feb": true, "february": true, "mar": true, "march": true, "apr": true,
	"april": true, "may": true, "jun": true, "june": true, "jul": true, "july": true, "aug": true,
	"august": true, "sep": true, "sept": true, "september": true, "oct": true, "october": true,
	"nov": true, "november": true, "dec": true, "december": true,
}

// stripBylineDate cuts what a byline element often carries after the name:
// " | November 18, 2019 12:01 PM", " November 15, 2019", " - Updated ...".
func stripBylineDate(n string) string {
	if i := strings.Index(n, " | "); i > 0 {
		n = n[:i]
	}
	words := strings.Fields(n)
	for i, w := range words {
		lw := strings.ToLower(strings.Trim(w, ".,"))
		// The digits of a handle that is the whole byline ("mholt_77")
		// are no date's.
		digit := strings.ContainsAny(w, "0123456789") && !(len(words) == 1 && isHandle(strings.TrimRight(w, ".,")))
		nextDigit := i+1 < len(words) && strings.ContainsAny(words[i+1], "0123456789")
		if digit || monthNames[lw] && nextDigit || lw == "updated" || lw == "published" {
			return strings.TrimRight(strings.Join(words[:i], " "), " ,-–—|·")
		}
	}
	return n
}

func monthNumber(s string) (int, bool) {
	s = strings.ToLower(s)
	for i, m := range []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"} {
		if s == m || len(s) > 3 && monthNames[s] && strings.HasPrefix(s, m) {
			return i + 1, true
		}
	}
	return 0, false
}

// ldBodyText turns a JSON-LD articleBody into text with one paragraph per
// line. Some publishers put HTML in it; its tags become line breaks where
// they end blocks.
func ldBodyText(s string) string {
	if !strings.Contains(s, "<") {
		return strings.TrimSpace(html.UnescapeString(s))
	}
	z := html.NewTokenizer(strings.NewReader(s))
	var b strings.Builder
	for {
		switch z.Next() {
		case html.ErrorToken:
			return strings.TrimSpace(b.String())
		case html.TextToken:
			b.Write(z.Text())
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			if blockTags[atom.Lookup(name)] {
				b.WriteByte('\n')
			}
		}
	}
}

// itemName is the text of the first itemprop=name element under n (n
// itself excluded), or "".
func itemName(n *html.Node) string {
	stack := []*html.Node{}
	for c := n.LastChild; c != nil; c = c.PrevSibling {
		stack = append(stack, c)
	}
	for steps := 0; len(stack) > 0 && steps < 200; steps++ {
		x := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if x.Type != html.ElementNode {
			continue
		}
		if attr(x, "itemprop") == "name" {
			if v := attr(x, "content"); v != "" {
				return v
			}
			return plainText(x)
		}
		for c := x.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, c)
		}
	}
	return ""
}

// elementByline returns the text of an XML byline element: the name in a
// NITF <person> inside it when there is one (its <byttl> is the writer's
// title, not a name), else all its text, the elements' texts apart
// ("<name>Ana Lee</name><role>Writer</role>" is no "Ana LeeWriter").
func elementByline(n *html.Node) string {
	var b strings.Builder
	var person string
	var walk func(x *html.Node, depth int)
	walk = func(x *html.Node, depth int) {
		if depth > 20 || person != "" {
			return
		}
		for c := x.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				b.WriteString(c.Data)
			case html.ElementNode:
				if c.Data == "person" {
					person = plainText(c)
					return
				}
				b.WriteByte(' ')
				walk(c, depth+1)
				b.WriteByte(' ')
			}
		}
	}
	walk(n, 0)
	if strings.TrimSpace(person) != "" {
		return person
	}
	return b.String()
}

// siteFromURL is the site name of a page that names none: its host
// without "www." ("https://www.example.com/a" -> "example.com"); "" when
// the address has no host.
func siteFromURL(addr string) string {
	u, err := url.Parse(addr)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}
