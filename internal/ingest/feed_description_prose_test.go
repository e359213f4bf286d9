package ingest

import (
	"fmt"
	"html"
	"strings"
	"testing"
)

// A feed item's description stands in for its article (HintFeedText) when
// it says enough of its own: prose, with or without links inside it, with
// markup, pictures or a "read more" link around it. One that is only links
// (a news aggregator's link to the headline and the outlet's name, a list
// of related headlines) or a line too short says nothing of its own and is
// not kept, whatever the length of the linked headlines. A description
// whose CDATA section the feed escaped is read as the section's text.
func TestFeedDescriptionCountsItsOwnText(t *testing.T) {
	cases := []struct {
		desc string
		kept bool
	}{
		// Wire prose, plain.
		{`Ghana's army accused separatist fighters of attacking a police post near Ho on Monday, a military spokesman said.`, true},
		{`LONDON (Wire) - Britain's jobless rate rose to 4.6 percent in the three months to January, official figures showed on Tuesday.`, true},
		{`Peru's Congress voted on Thursday to remove the interior minister over a rise in extortion cases in Lima.`, true},
		{`Indonesia will ban exports of raw bauxite from June, the energy minister told reporters in Jakarta on Friday.`, true},
		{`Sri Lanka's central bank cut its key rate by 50 basis points on Wednesday, its first cut this year.`, true},
		{`Thousands marched in Tbilisi on Saturday against a draft law on foreign funding, witnesses said.`, true},
		{`Norway's sovereign wealth fund posted a record first-half profit of 1.1 trillion crowns, it said on Wednesday.`, true},
		{`Mexico's president said on Monday she would send a bill to Congress to cap credit card interest rates.`, true},
		{`Floods in northern Nigeria have killed at least 30 people and displaced thousands, emergency officials said.`, true},
		{`Pakistan and Afghanistan agreed on Sunday to reopen the Torkham border crossing after a week-long closure.`, true},
		// Prose in markup, with links inside or a pointer after it.
		{`<p>Kenya's central bank held its benchmark rate at 13 percent on Tuesday, citing easing inflation.</p><p>The post <a href="https://x.example/a">Kenya holds rates</a> appeared first on <a href="https://x.example">Nairobi Business Daily</a>.</p>`, true},
		{`<img src="https://x.example/p.jpg" alt="Ferry at the quay"/><p>Estonia will raise ferry fares between Tallinn and Helsinki in April, the ministry said.</p><p><a href="https://x.example/r">Read more &raquo;</a></p>`, true},
		{`Bangladesh began building flood barriers along the river at Dhaka on Sunday. <a href="https://x.example/more">Read the full story</a>`, true},
		{`<p><a href="https://x.example/who">The World Health Organization</a> said on Friday that cholera cases in Sudan had doubled in a month, mostly in Darfur.</p>`, true},
		{`<p>Morocco and Mauritania signed a deal on Wednesday to link their power grids.</p><div class="feedflare"><a href="http://feeds.example/ff"><img src="http://feeds.example/i" border="0"></img></a></div>`, true},
		{`<div><b>BOGOTA</b> &mdash; Colombia's government and a rebel faction agreed on Tuesday to extend a ceasefire by six months.</div>`, true},
		{`<p>Vietnam opened the second line of the Hanoi metro on Saturday after years of delays.</p>`, true},
		{`<p>Chile's copper output fell for a third month in February as a strike slowed work at two northern mines, <a href="https://x.example/ine">the statistics agency</a> said.</p>`, true},
		{`Poland's parliament passed a bill on Friday to raise defence spending to 4 percent of output [&#8230;]`, true},
		{`<![CDATA[Egypt raised fuel prices by up to 15 percent on Friday, the petroleum ministry said.]]>`, true},
		{`<![CDATA[<p>Jordan's king swore in a new cabinet on Wednesday, the royal court said, </p>]]><![CDATA[<p>the third in two years.</p>]]>`, true},
		{`<table><tr><td><img src="https://x.example/t.jpg"/></td><td>Tanzania's parliament approved a budget of 49 trillion shillings for the coming year on Tuesday.</td></tr></table>`, true},
		{`<p>Ukraine's grain exports rose 8 percent in May from April, the agriculture ministry said, as ships kept using the Black Sea corridor.</p>`, true},
		{`<h2>Rates</h2><p>The Bank of Korea kept its base rate at 3.0 percent on Thursday, as expected by economists.</p>`, true},
		{`<p>Argentina's inflation slowed to 2.4 percent in April, <a href="https://x.example/indec">INDEC</a> data showed on Wednesday.</p>`, true},
		{`<ul><li>Iceland's volcano erupted again on Monday near Grindavik, the meteorological office said, the seventh eruption since December.</li></ul>`, true},
		{`Philippines coast guard said Chinese vessels fired water cannon at a supply boat near Second Thomas Shoal on Monday.`, true},
		{`<p>Senegal's new government said on Thursday it would audit oil and gas contracts signed under the previous president.</p><p><a href="https://x.example/s">Continue reading</a></p>`, true},
		{`<span>Turkey's lira weakened past 40 per dollar for the first time on Wednesday, data from the central bank showed.</span>`, true},
		// Links only: an aggregator's headline and outlet, link lists.
		{`<a href="https://news.example/a">Peru's Congress votes to remove interior minister over extortion</a>&nbsp;&nbsp;<font color="#6f6f6f">Andina Herald</font>`, false},
		{`<ol><li><a href="https://news.example/a">Chile's copper output falls for third month</a>&nbsp;&nbsp;<font color="#6f6f6f">Mining Weekly</font></li><li><a href="https://news.example/b">Strike slows work at two northern mines</a>&nbsp;&nbsp;<font color="#6f6f6f">Andes Wire</font></li></ol>`, false},
		{`<a href="https://news.example/c">Kenya's central bank holds benchmark lending rate at 13 percent</a>`, false},
		{`<p><a href="https://x.example/1">Floods kill 30 in northern Nigeria</a> | <a href="https://x.example/2">Emergency officials warn of more rain</a></p>`, false},
		{`<a href="https://news.example/d"><img src="https://news.example/d.jpg"/></a><a href="https://news.example/d">Thousands march in Tbilisi against foreign funding law</a>`, false},
		{`<ul><li><a href="https://x.example/a">Indonesia to ban raw bauxite exports from June</a></li><li><a href="https://x.example/b">Miners seek delay</a></li><li><a href="https://x.example/c">Smelter plans</a></li></ul>`, false},
		{`<a href="https://news.example/e">Sri Lanka cuts key rate by 50 basis points, first cut this year</a>&nbsp;<font>Colombo Daily</font>`, false},
		{`<a href="https://news.example/f">Mexico to send bill capping credit card rates to Congress, president says</a>`, false},
		// Too short to stand in for an article.
		{`Read more`, false},
		{`<p><a href="https://x.example/r">Read more &raquo;</a></p>`, false},
		{`Markets update.`, false},
		{`<img src="https://x.example/p.jpg"/>`, false},
		{`Full story inside.`, false},
		{`<p>Video</p>`, false},
	}
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Sweep</title>`)
	for i, c := range cases {
		fmt.Fprintf(&b, "<item><title>Item %d</title><link>https://wire.example/%d</link><guid>g%d</guid><description>%s</description></item>", i, i, i, html.EscapeString(c.desc))
	}
	b.WriteString(`</channel></rss>`)
	feed, err := ParseFeed(strings.NewReader(b.String()), FeedOptions{})
	if err != nil {
		t.Fatal(err)
	}
	entries := feed.Entries("sweep.xml")
	if len(entries) != len(cases) {
		t.Fatalf("%d entries, want %d", len(entries), len(cases))
	}
	for i, e := range entries {
		if e.Link == nil {
			t.Errorf("%d: no link entry (%v)", i, e.Err)
			continue
		}
		_, kept := e.Link.Hints[HintFeedText]
		if kept != cases[i].kept {
			t.Errorf("%d: description kept = %v, want %v (its own text: %d characters): %s", i, kept, cases[i].kept, FeedTextChars(e.Link.Hints), cases[i].desc)
		}
	}
}

// A short link after a description's last finished sentence points to the
// article ("Read the full story") and is left out of the description that
// stands in for it; a link inside a sentence, or ending one, is words of
// the story and stays.
func TestDescriptionDocumentDropsTrailingPointer(t *testing.T) {
	cases := []struct {
		desc      string
		want, not string
	}{
		{`Bangladesh began building flood barriers along the river at Dhaka on Sunday. <a href="https://x.example/more">Read the full story</a>`, "at Dhaka on Sunday.", "full story"},
		{`<p>Senegal said on Thursday it would audit oil and gas contracts signed under the previous president. <a href="https://x.example/s">Continue reading &rarr;</a></p>`, "previous president.", "Continue"},
		{`Thousands marched in Tbilisi on Saturday against a draft law on foreign funding, witnesses said. <a href="https://x.example/v">Watch</a>`, "witnesses said.", "Watch"},
		{`<p>Chile's copper output fell for a third month in February, <a href="https://x.example/ine">the statistics agency</a> said.</p>`, "the statistics agency said.", ""},
		{`Argentina's inflation slowed to 2.4 percent in April, according to <a href="https://x.example/indec">the statistics agency INDEC</a>`, "according to the statistics agency INDEC", ""},
		{`Egypt raised fuel prices by up to 15 percent on Friday, the petroleum ministry said. <a href="https://x.example/l">A long linked headline about what fuel prices in Egypt mean for households and bakeries across the country</a>`, "households and bakeries", ""},
	}
	for i, c := range cases {
		doc := DescriptionDocument("feed.xml#"+fmt.Sprint(i), "https://wire.example/a", map[string]string{HintFeedText: c.desc, "title": "Headline"}, fmt.Errorf("404"))
		if doc == nil {
			t.Errorf("%d: no description document", i)
			continue
		}
		text := htmlToText(doc.Content)
		if !strings.Contains(text, c.want) || c.not != "" && strings.Contains(text, c.not) {
			t.Errorf("%d: description text %q; want %q kept and %q left out", i, text, c.want, c.not)
		}
	}
}

// An item's title and link whose CDATA sections the feed escaped are read
// as the sections' text, as a description is; text that merely mentions
// the markers is left as it is.
func TestFeedEscapedCDATAFields(t *testing.T) {
	feed, err := ParseFeed(strings.NewReader(`<?xml version="1.0"?><rss version="2.0"><channel><title>Amman Wire</title>`+
		`<item><title>&lt;![CDATA[Jordan's king swears in new cabinet]]&gt;</title><link>&lt;![CDATA[https://wire.example/jordan]]&gt;</link><guid>j1</guid></item>`+
		`<item><title>Parser notes: &lt;![CDATA[ is how XML opens a section</title><link>https://wire.example/notes</link><guid>j2</guid></item>`+
		`</channel></rss>`), FeedOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(feed.Items) != 2 {
		t.Fatalf("%d items, want 2", len(feed.Items))
	}
	if it := feed.Items[0]; it.Title != "Jordan's king swears in new cabinet" || it.Link != "https://wire.example/jordan" {
		t.Errorf("title %q link %q; want the sections' text", it.Title, it.Link)
	}
	if it := feed.Items[1]; !strings.Contains(it.Title, "<![CDATA[ is how") {
		t.Errorf("title %q; want the mention of the marker kept", it.Title)
	}
}
