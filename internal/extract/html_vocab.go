package extract

import "strings"

// Class and id vocabularies. They describe page furniture in general terms
// (in several languages) and name widget vendors that appear on many sites;
// they never name a particular site.

// negativeTokens are whole class/id tokens (split at '-', '_', ' ' and
// camelCase) that mark furniture. Short words are matched as tokens only so
// that "ad" does not match "header" or "read".
var negativeTokens = map[string]bool{
	"ad": true, "ads": true, "adv": true, "advert": true, "advertisement": true, "advertising": true,
	"banner": true, "promo": true, "promos": true, "promotion": true, "sponsored": true, "sponsor": true,
	"share": true, "sharing": true, "shares": true, "social": true, "sharebar": true, "sharetools": true,
	"related": true, "relatedlinks": true, "recommended": true, "recommendations": true, "recirc": true,
	"comment": true, "comments": true, "discussion": true, "disqus": true, "respond": true, "replies": true,
	"nav": true, "navbar": true, "navigation": true, "menu": true, "breadcrumb": true, "breadcrumbs": true,
	"footer": true, "sidebar": true, "aside": true, "rail": true, "widget": true, "widgets": true,
	"newsletter": true, "subscribe": true, "subscription": true, "signup": true, "login": true, "paywall": true,
	"popular": true, "trending": true, "mostread": true, "mostpopular": true, "outbrain": true, "taboola": true,
	"cookie": true, "cookies": true, "consent": true, "gdpr": true, "modal": true, "popup": true, "overlay": true,
	"tags": true, "tag": true, "keywords": true, "topics": true,
	"byline": true, "author": true, "authors": true, "dateline": true, "timestamp": true, "published": true,
	"caption": true, "credit": true, "credits": true, "copyright": true,
	"toolbar": true, "tools": true, "print": true, "skip": true, "hidden": true, "srOnly": true,
	"pagination": true, "pager": true, "masthead": true, "more": true, "next": true, "prev": true,
	// The standfirst repeats the summary above the body.
	"dek": true, "deck": true, "standfirst": true, "excerpt": true, "subtitle": true, "strapline": true,
	"kicker": true, "eyebrow": true,
	// Other languages.
	"kommentare": true, "kommentar": true, "werbung": true, "anzeige": true, "teilen": true,
	"comentarios": true, "comentario": true, "publicidad": true, "compartir": true, "relacionados": true,
	"commentaires": true, "publicite": true, "partage": true, "partager": true,
	"commenti": true, "pubblicita": true, "condividi": true, "correlati": true,
	"comentarios_": true, "publicidade": true, "compartilhar": true, "relacionadas": true,
	"reklama": true, "kommentarii": true,
	"reacties": true, "advertentie": true, "gerelateerd": true, "kommentarer": true, "annons": true,
	"annonse": true, "yorum": true, "yorumlar": true, "reklam": true, "komentar": true, "komentarze": true,
	"iklan": true, "terkait": true, "bagikan": true,
	// Widely used share and recommendation widgets.
	"sharedaddy": true, "addthis": true, "shareaholic": true, "jp-relatedposts": true,
}

// negativeSubstrings are matched anywhere in the lower-cased class and id.
var negativeSubstrings = []string{
	"sharing", "share-", "social", "sidebar", "footer", "popup", "navigation", "navbar", "promo",
}

// summaryBoxSubstrings mark a key-points box: it sums the story up above
// it, as a standfirst does. They win over a generic keep token beside them
// ("story-keypoints", "keypoints story": the story's box, not the story);
// fixFurniture clears the mark again when the element holds the body.
var summaryBoxSubstrings = []string{"keypoints", "key-points", "key_points"}

// summaryBoxClass reports a lower-cased class and id that name a
// key-points box (summaryBoxSubstrings).
func summaryBoxClass(attrs string) bool {
	for _, s := range summaryBoxSubstrings {
		if strings.Contains(attrs, s) {
			return true
		}
	}
	return false
}

// strongNegativeSubstrings name furniture unambiguously: a "content" or
// "post" beside them ("post-comments", "post-list--most-popular") does not
// make the element the article.
var strongNegativeSubstrings = []string{
	"comment", "related", "recommend", "outbrain", "taboola", "most-read", "mostread", "most-popular",
	"mostpopular", "newsletter", "trending", "read-more", "readmore", "more-stories", "morestories",
	"further-reading", "also-read", "see-also", "cookie", "consent", "breadcrumb", "subscri",
	"sponsor", "advert", "lire-aussi", "leer-mas", "leia-tambem", "veja-tambem", "mehr-zum",
	"auch-interessant", "kommentar", "comentario", "commentaire", "commenti", "credit",
	"baca-juga", "lees-ook", "les-ogsa", "las-ocksa", "berita-terkait",
}

// positiveSubstrings mark the article body container.
var positiveSubstrings = []string{
	"article-body", "articlebody", "article_body", "article__body", "articlecontent", "article-content",
	"article__content", "article_content", "article-text", "articletext", "article__text", "story-body",
	"storybody", "story_body", "story-content", "storycontent", "story-text", "entry-content",
	"entrycontent", "entry_content", "post-content", "postcontent", "post_content", "post-body",
	"postbody", "post-entry", "main-content", "body-text", "bodytext", "body-copy", "text-body",
	"content-body", "contentbody", "rich-text", "richtext", "article-main", "news-body", "news-text",
	"newsbody", "td-post-content", "article__main",
	// Other languages.
	"cuerpo", "contenido-nota", "texto-nota", "artikeltext", "artikel-text", "artikel__text",
	"beitrag", "inhalt", "contenu-article", "texte-article", "article-texte", "testo-articolo",
	"articolo", "materia-conteudo", "conteudo-materia", "texto-materia", "tresc", "statya",
}

// keepTokens are words that say a container holds the main content. An
// element whose class mentions both furniture and one of these is not
// treated as furniture ("main has-sidebar").
var keepTokens = map[string]bool{
	"article": true, "body": true, "content": true, "main": true, "story": true, "entry": true,
	"post": true, "text": true, "column": true, "page": true, "wrapper": true, "container": true,
	// Embedded posts (tweets, videos) sit in the article as quoted content.
	"embed": true, "embedded": true,
}

// classTokens splits a lower-cased class/id string into words.
func classTokens(s string, fn func(tok string) bool) bool {
	start := -1
	for i := 0; i <= len(s); i++ {
		var c byte = ' '
		if i < len(s) {
			c = s[i]
		}
		sep := !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')
		if sep {
			if start >= 0 {
				if fn(s[start:i]) {
					return true
				}
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	return false
}

// classKind classifies an element's class and id: +1 article body, -1
// furniture, -2 unambiguous furniture, 0 neither. A body substring wins
// over everything, an unambiguous furniture substring over the rest; a
// furniture token or substring makes furniture unless a keep token stands
// beside it, and a key-points box is furniture too.
func classKind(attrs string) int {
	if attrs == "" {
		return 0
	}
	m := classSubstrings.scan(attrs)
	if m.flags&cmPositive != 0 {
		return 1
	}
	// "commentary" is an article genre, not reader comments.
	if m.flags&cmStrong != 0 || m.comments != m.commentarys {
		return -2
	}
	neg, keep := false, false
	classTokens(attrs, func(t string) bool {
		neg = neg || negativeTokens[t]
		keep = keep || keepTokens[t]
		return neg && keep
	})
	if !neg && m.flags&cmNegative == 0 {
		if m.flags&cmSummary != 0 {
			return -1
		}
		return 0
	}
	if keep {
		return 0
	}
	return -1
}

// boilerplatePhrases are whole short blocks that are page furniture, lower
// case, in several languages.
var boilerplatePhrases = map[string]bool{
	"advertisement": true, "advertisements": true, "this slideshow requires javascript": true, "sponsored": true, "sponsored content": true,
	"ad": true, "advert": true, "adverts": true, "story continues below advertisement": true, "article continues below advertisement": true,
	"continue reading below": true, "continue reading": true, "read more": true, "read more:": true,
	"related": true, "related articles": true, "related stories": true, "related content": true,
	"related coverage": true, "related news": true, "more from": true, "more stories": true, "see also": true,
	"editor's picks": true, "editors' picks": true, "editor’s picks": true, "most read": true, "most popular": true,
	"recommended": true, "recommended for you": true, "you may also like": true, "you might also like": true,
	"share": true, "share this": true, "share this article": true, "share this story": true, "share on facebook": true,
	"share on twitter": true, "tweet": true, "email": true, "print": true, "comments": true, "comment": true,
	"sign up": true, "subscribe": true, "subscribe now": true, "log in": true, "sign in": true, "skip to content": true,
	"skip to main content": true, "back to top": true, "loading...": true, "loading": true, "close": true,
	"image": true, "photo": true, "video": true, "play video": true, "watch": true, "listen": true,
	"werbung": true, "anzeige": true, "mehr zum thema": true, "weitere artikel": true, "lesen sie auch": true,
	"auch interessant": true, "teilen": true, "kommentare": true,
	"publicidad": true, "leer más": true, "lee también": true, "te puede interesar": true, "compartir": true,
	"comentarios": true, "noticias relacionadas": true,
	"publicité": true, "lire aussi": true, "à lire aussi": true, "voir aussi": true, "partager": true,
	"commentaires": true, "sur le même sujet": true,
	"pubblicità": true, "leggi anche": true, "condividi": true, "commenti": true,
	"publicidade": true, "leia também": true, "veja também": true, "compartilhe": true, "comentários": true,
	"reklama": true, "czytaj także": true, "czytaj też": true, "реклама": true, "читайте также": true,
	"iklan": true, "like this": true, "like loading": true, "sukai ini": true, "suka memuat": true,
	"sharing is caring": true, "shares": true, "share this post": true, "share on": true,
	"don't miss": true, "don’t miss": true, "trending": true, "trending news": true, "trending now": true,
	"top stories": true, "latest news": true, "more news": true, "must read": true, "popular stories": true,
	"gefällt mir": true, "me gusta": true, "j'aime": true, "mi piace": true, "curtir": true,
	"advertentie": true, "reacties": true, "lees ook": true, "annons": true, "annonse": true,
	"kommentarer": true, "reklam": true, "yorumlar": true, "ilgili haberler": true, "paylaş": true,
	"baca juga": true, "berita terkait": true, "komentar": true, "bagikan": true, "komentarze": true,
	"zobacz też": true, "zobacz także": true, "комментарии": true, "поделиться": true,
	"quảng cáo": true, "bình luận": true, "tin liên quan": true, "댓글": true, "공유": true, "광고": true,
	"관련기사": true, "评论": true, "分享": true, "广告": true, "コメント": true, "シェア": true,
	"تعليقات": true, "إعلان": true, "اقرأ أيضا": true, "مقالات ذات صلة": true, "विज्ञापन": true,
	"ये भी पढ़ें": true, "läs också": true, "læs også": true, "les også": true,
	"広告": true, "关注我们": true, "相关新闻": true, "相关阅读": true, "関連記事": true,
	// The label of a tag list, left on its own line when the tags are links.
	"tags": true, "etiquetas": true, "étiquettes": true, "mots-clés": true, "schlagwörter": true,
	"tag": true, "标签": true, "タグ": true, "태그": true,
}

// pointerPrefixes start short blocks that point to another page when a
// colon or arrow follows them ("Read more: ...", "Lesen Sie auch: ...");
// "Read more than forty books..." is a sentence.
var pointerPrefixes = []string{
	"read more", "read also", "related", "see also", "also read", "more", "watch", "listen",
	"lesen sie auch", "lesen sie mehr", "mehr zum thema", "lee también", "leer más", "lire aussi",
	"à lire aussi", "leggi anche", "leia também", "veja também", "czytaj także", "читайте также",
	"baca juga", "lees ook", "läs också", "læs også", "les også", "zobacz też", "zobacz także",
	"ayrıca okuyun", "ilgili haber", "اقرأ أيضا", "ये भी पढ़ें", "관련기사", "相关阅读", "関連記事",
}

// callPrefixes start short calls to action and credit lines, whatever
// follows.
var callPrefixes = []string{
	"click here", "sign up for", "subscribe to", "follow us", "copyright ©", "© ",
	"photo:", "photos:", "image:", "images:", "credit:", "picture:", "foto:", "fotos:", "bild:",
	"(photo", "(image", "image credit", "photo credit",
}

// photoAgencies end image credit lines ("Name/Agency/Getty Images").
var photoAgencies = []string{
	"getty images", "shutterstock", "istock", "alamy", "afp", "reuters", "ap photo", "epa", "dpa",
	"xinhua", "anadolu", "bloomberg", "associated press", "pa images", "pa wire",
}

// isCreditLine reports a short image credit: separated names ending in a
// photo agency.
func isCreditLine(lower string) bool {
	if len(lower) > 120 || !strings.ContainsAny(lower, "/|") {
		return false
	}
	end := strings.TrimRight(lower, " .)")
	for _, a := range photoAgencies {
		if strings.HasSuffix(end, a) {
			return true
		}
	}
	return false
}

func isBoilerplateText(lower string) bool {
	if boilerplatePhrases[strings.TrimRight(lower, " :.!»›>|")] {
		return true
	}
	if isCounter(lower) || isCreditLine(lower) {
		return true
	}
	if len(lower) > 120 {
		return false
	}
	for _, p := range callPrefixes {
		if strings.HasPrefix(lower, p) {
			return true
		}
	}
	for _, p := range pointerPrefixes {
		if rest, ok := strings.CutPrefix(lower, p); ok {
			rest = strings.TrimLeft(rest, " ")
			if rest == "" || strings.ContainsAny(rest[:1], ":»›>|-–—→") {
				return true
			}
		}
	}
	return false
}

// isCounter reports a gallery counter such as "Image 1 of 5" or "3/12".
func isCounter(lower string) bool {
	w := strings.Fields(lower)
	if len(w) == 0 || len(w) > 4 {
		return false
	}
	isNum := func(s string) bool {
		return s != "" && strings.Trim(s, "0123456789") == ""
	}
	last := w[len(w)-1]
	if i := strings.IndexByte(last, '/'); i > 0 && isNum(last[:i]) && isNum(last[i+1:]) {
		return true
	}
	if len(w) < 3 || !isNum(last) || !isNum(w[len(w)-3]) {
		return false
	}
	switch w[len(w)-2] {
	case "of", "de", "di", "von", "sur", "z", "из", "/":
		return true
	}
	return false
}
