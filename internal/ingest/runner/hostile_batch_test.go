package runner

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"maps"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"

	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/pipeline"
	"github.com/newsgraph/newsgraph/internal/store"
)

// hostileStory is a short article of its own for each document n (the
// store skips a second copy of the same bytes).
func hostileStory(n int, extra string) string {
	return fmt.Sprintf("The harbour board of Porto Vell said on Monday that ferry line %d would resume its winter timetable next week. "+
		"Officials said the plan was approved after a long debate in the council, and %s.", n, extra)
}

func hostilePage(n int, head, extra string) string {
	return "<html><head>" + head + "<title>Ferry line " + fmt.Sprint(n) + "</title></head><body><article><p>" + hostileStory(n, extra) + "</p></article></body></html>"
}

func encodeWith(t *testing.T, e encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func hostileGzip(b []byte) []byte {
	var out bytes.Buffer
	zw := gzip.NewWriter(&out)
	zw.Write(b)
	zw.Close()
	return out.Bytes()
}

func hostileWARCRecord(id, target string, block []byte) []byte {
	return fmt.Appendf(nil, "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:%s>\r\nWARC-Target-URI: %s\r\n"+
		"Content-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", id, target, len(block), block)
}

// One folder holds every kind of hostile input next to good ones: pages in
// legacy encodings declared and not, binary files under article names, an
// empty and an oversized file, HTML nested 100,000 levels deep, a feed with
// a DOCTYPE, an external entity and an entity bomb, an Atom feed with
// xml:base, a gzip WARC with a bad HTTP header, a chunked gzip body and a
// damaged member, and a JSONL file with a BOM, CRLF endings, a bad line,
// invalid UTF-8 and a line over the size limit. The batch runs to the end:
// every good document is stored, every bad one is one failure whose
// message names it, and nothing else is lost or failed.
func TestHostileBatch(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	const maxBytes = 2 << 20
	rng := rand.New(rand.NewPCG(1, 2))
	random := make([]byte, 4096)
	for i := range random {
		random[i] = byte(rng.UintN(256))
	}
	deep := 100000
	nested := strings.Repeat("<div>", deep) + "<p>" + hostileStory(8, "nested") + "</p>" + strings.Repeat("</div>", deep)

	files := map[string][]byte{
		"good.html":       []byte(hostilePage(1, `<meta charset="utf-8">`, "all went well")),
		"cp1252.html":     encodeWith(t, charmap.Windows1252, hostilePage(2, "", "the Café Müller “welcomed” it")),
		"latin1-meta.htm": encodeWith(t, charmap.ISO8859_1, hostilePage(3, `<meta charset="iso-8859-1">`, "señor Núñez agreed")),
		"sjis.html":       encodeWith(t, japanese.ShiftJIS, hostilePage(4, `<meta charset="shift_jis">`, "東京で会議が開かれた")),
		"gbk.html":        encodeWith(t, simplifiedchinese.GBK, hostilePage(5, `<meta charset="gbk">`, "北京市政府表示")),
		"euckr.html":      encodeWith(t, korean.EUCKR, hostilePage(6, `<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">`, "서울시는 밝혔다")),
		"utf16.txt":       encodeWith(t, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), hostileStory(7, "the text came as UTF-16")),
		"nested.html":     []byte("<html><body>" + nested + "</body></html>"),
		"badutf8.txt":     []byte(hostileStory(9, "bytes \xff\xfe\xc3( were damaged")),
		"png.html":        append([]byte("\x89PNG\r\n\x1a\n"), random...),
		"report.pdf.txt":  append([]byte("%PDF-1.7\n"), random...),
		"random.txt":      random,
		"squeezed.html":   hostileGzip(random),
		"empty.txt":       nil,
		"huge.txt":        []byte(strings.Repeat(hostileStory(10, "it went on")+"\n", maxBytes/200+1)),
	}
	laughs := `<!ENTITY lol "lol">`
	for i := 1; i <= 9; i++ {
		prev := "&lol;"
		if i > 1 {
			prev = fmt.Sprintf("&lol%d;", i-1)
		}
		laughs += fmt.Sprintf(`<!ENTITY lol%d "%s">`, i, strings.Repeat(prev, 10))
	}
	files["hostile.rss"] = []byte(`<?xml version="1.0"?>
<!DOCTYPE rss [` + laughs + `<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>Harbour &xxe; news &lol9;</title><link>https://news.example/</link>
<item><title>Line 11</title><link>https://news.example/11</link><pubDate>Mon, 02 Nov 2026 10:00:00 GMT</pubDate>
<content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/"><![CDATA[<p>` + hostileStory(11, "the feed said so &xxe;") + `</p>]]></content:encoded></item>
<item><content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/"><![CDATA[<p>` + hostileStory(12, "no title, link or date came with it") + `</p>]]></content:encoded></item>
<item><title>Line 13</title><link>/local/13.html</link><pubDate>the 2nd of November, around 10</pubDate>
<content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/"><![CDATA[<p>` + hostileStory(13, "its link was relative and its date odd") + `</p>]]></content:encoded></item>
</channel></rss>`)
	files["based.atom"] = []byte(`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://atom.example/news/"><title>A</title><id>urn:a</id><updated>2026-11-02T10:00:00Z</updated>
<entry xml:base="sub/"><title>Line 14</title><link href="14.html"/><id>urn:a:14</id><updated>2026-11-02T10:00:00Z</updated>
<content type="html">&lt;p&gt;` + hostileStory(14, "the entry had a base of its own") + `&lt;/p&gt;</content></entry>
<entry><title>Line 15</title><id>urn:a:15</id><content type="text">` + hostileStory(15, "it had no link at all") + `</content></entry>
</feed>`)

	chunked := func(b []byte) []byte {
		var out bytes.Buffer
		for len(b) > 0 {
			n := min(len(b), 40)
			fmt.Fprintf(&out, "%x\r\n%s\r\n", n, b[:n])
			b = b[n:]
		}
		out.WriteString("0\r\n\r\n")
		return out.Bytes()
	}
	page := func(n int, extra string) []byte { return []byte(hostilePage(n, "", extra)) }
	okResp := func(body []byte) []byte {
		return fmt.Appendf(nil, "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\n\r\n%s", len(body), body)
	}
	damaged := hostileGzip(hostileWARCRecord("w-19", "https://w.example/19", okResp(page(19, "it was damaged"))))
	for i := 20; i < len(damaged)-10; i++ {
		damaged[i] ^= 0x5a
	}
	warc := bytes.Join([][]byte{
		hostileGzip([]byte("WARC/1.1\r\nWARC-Type: warcinfo\r\nWARC-Record-ID: <urn:uuid:w-0>\r\nContent-Type: application/warc-fields\r\nContent-Length: 12\r\n\r\nsoftware: x\n\r\n\r\n")),
		hostileGzip(hostileWARCRecord("w-16", "https://w.example/16", okResp(page(16, "the crawler kept it")))),
		hostileGzip(hostileWARCRecord("w-17", "https://w.example/17", append([]byte("NOT HTTP AT ALL\r\n\r\n"), page(17, "its header was garbage")...))),
		hostileGzip(hostileWARCRecord("w-18", "https://w.example/18", append([]byte("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n"),
			chunked(hostileGzip(page(18, "it came chunked and compressed")))...))),
		damaged,
		hostileGzip(hostileWARCRecord("w-20", "https://w.example/20", okResp(page(20, "it came after the damage")))),
	}, nil)
	files["crawl.warc.gz"] = warc

	line := func(n int, extra string) string {
		return fmt.Sprintf(`{"url":"https://j.example/%d","title":"Line %d","text":%q}`, n, n, hostileStory(n, extra))
	}
	jsonl := "\ufeff" + strings.Join([]string{
		line(21, "it came first after a BOM"),
		`{"url":"https://j.example/22","title":"broken`,
		`{"url":"https://j.example/23","text":"` + hostileStory(23, "bytes \xff\xfe were damaged") + `"}`,
		`{"url":"https://j.example/24","text":"` + strings.Repeat("x", maxBytes+10) + `"}`,
		line(25, "it came last"),
	}, "\r\n") + "\r\n"
	files["batch.jsonl"] = []byte(jsonl)

	for name, b := range files {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// What must fail, by the end of its source, and what the message says.
	wantFailed := map[string]string{
		"png.html":                    "PNG",
		"report.pdf.txt":              "PDF",
		"random.txt":                  "binary",
		"squeezed.html":               "binary",
		"empty.txt":                   "empty",
		"crawl.warc.gz#urn:uuid:w-17": "HTTP",
		"crawl.warc.gz":               "corrupt",
		"batch.jsonl:2":               "JSON",
		"batch.jsonl:4":               "size limit",
	}
	// good.html .. badutf8.txt (9), huge.txt as far as the size limit,
	// the feed's 3 items, the Atom's 2, the WARC's 3 pages and the JSONL's
	// 3 lines.
	const wantStored = 9 + 1 + 3 + 2 + 3 + 3

	in := Inputs{Paths: []string{dir}, MaxBytes: maxBytes}
	plan, err := Expand(in)
	if err != nil {
		t.Fatal(err)
	}
	st := openTemp(t)
	stats, err := Run(ctx, Config{Store: st, Stages: []pipeline.Stage{extract.New()}, Workers: 2}, plan.Items(ctx, in, st))
	if err != nil {
		t.Fatalf("the batch stopped: %v", err)
	}
	fs, err := st.Failures(ctx, 100)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, f := range fs {
		rel := strings.TrimPrefix(strings.TrimPrefix(f.Source, dir), string(filepath.Separator))
		got[rel] = f.Error
		want, ok := wantFailed[rel]
		if !ok {
			t.Errorf("unexpected failure %s: %s", rel, f.Error)
			continue
		}
		base := strings.SplitN(strings.SplitN(rel, "#", 2)[0], ":", 2)[0]
		if !strings.Contains(f.Error, base) || !strings.Contains(strings.ToLower(f.Error), strings.ToLower(want)) {
			t.Errorf("%s: error %q, want it to name %s and say %q", rel, f.Error, base, want)
		}
	}
	for src := range wantFailed {
		if _, ok := got[src]; !ok {
			t.Errorf("%s: no failure recorded (have %v)", src, slices.Sorted(maps.Keys(got)))
		}
	}
	// What was stored reads as written: legacy encodings decoded, the
	// page under 100,000 levels found, the feed's relative links resolved
	// against the channel's and the entry's xml:base.
	var texts, urls []string
	var huge *store.Article
	for id := int64(1); id <= int64(stats.Stored); id++ {
		a, err := st.Article(ctx, id)
		if err != nil {
			t.Fatalf("article %d: %v", id, err)
		}
		texts, urls = append(texts, a.Text), append(urls, a.URL)
		if strings.HasSuffix(a.Source, "huge.txt") {
			huge = a
		}
	}
	// The file over the size limit is read as far as the limit, and its
	// article says so.
	if huge == nil || huge.Data == nil || !slices.ContainsFunc(huge.Data.Incomplete, func(f model.StageFailure) bool {
		return strings.Contains(f.Error, "over the size limit")
	}) {
		t.Errorf("huge.txt: %+v, want it stored and marked cut at the size limit", huge)
	}
	all := strings.Join(texts, "\n")
	for _, want := range []string{"all went well", "Café Müller “welcomed” it", "señor Núñez agreed", "東京で会議が開かれた", "北京市政府表示", "서울시는 밝혔다",
		"the text came as UTF-16", "nested", "were damaged", "the feed said so", "no title, link or date", "its date odd", "a base of its own",
		"no link at all", "the crawler kept it", "chunked and compressed", "after the damage", "first after a BOM", "came last"} {
		if !strings.Contains(all, want) {
			t.Errorf("no stored text says %q", want)
		}
	}
	for _, want := range []string{"https://news.example/local/13.html", "https://atom.example/news/sub/14.html", "https://w.example/18", "https://j.example/23"} {
		if !slices.Contains(urls, want) {
			t.Errorf("no article stored under %s (have %v)", want, urls)
		}
	}
	if stats.Stored != wantStored || stats.Failed != len(wantFailed) || stats.Items != stats.Stored+stats.Failed+stats.Skipped {
		t.Errorf("stats %+v, want %d stored and %d failed, every item counted", stats, wantStored, len(wantFailed))
	}
}
