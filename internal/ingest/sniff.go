package ingest

import (
	"bytes"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	xunicode "golang.org/x/text/encoding/unicode"
)

// Statistical charset detection for text that says nothing about its
// encoding. Valid UTF-8 wins outright (legacy text is almost never valid
// UTF-8 by accident). Otherwise every candidate decodes a sample and the
// result is scored for plausibility: common CJK characters, kana, Hangul in
// the right proportions, letters of one alphabet with sensible case, accented
// Latin letters next to ASCII letters; replacement characters, C1 controls,
// half-width katakana soup and symbols inside words count against. The
// decoding that reads most like text wins. This is a cheap cousin of the
// Mozilla universal charset detector, enough to tell the families apart.

type sniffCandidate struct {
	name string
	enc  encoding.Encoding
}

// sniffCandidates are tried in order; on a tie the earlier one wins, so the
// most common encoding of each family comes first.
var sniffCandidates = []sniffCandidate{
	{"windows-1252", charmap.Windows1252},
	{"windows-1250", charmap.Windows1250},
	{"windows-1251", charmap.Windows1251},
	{"koi8-r", charmap.KOI8R},
	{"iso-8859-7", charmap.ISO8859_7},
	{"shift_jis", japanese.ShiftJIS},
	{"euc-jp", japanese.EUCJP},
	{"gb18030", simplifiedchinese.GB18030},
	{"big5", traditionalchinese.Big5},
	{"euc-kr", korean.EUCKR},
}

// sniffCharset guesses the encoding of unlabelled ASCII-compatible bytes.
func sniffCharset(b []byte) (encoding.Encoding, string) {
	sample := b[:min(len(b), 65536)]
	if bytes.Contains(sample, []byte("\x1b$B")) || bytes.Contains(sample, []byte("\x1b$@")) || bytes.Contains(sample, []byte("\x1b(J")) {
		return japanese.ISO2022JP, "iso-2022-jp"
	}
	if utf8.Valid(sample) || (len(b) > len(sample) && utf8.Valid(trimPartialRune(sample))) || mostlyUTF8(sample) {
		return xunicode.UTF8, "utf-8"
	}
	// 16 KiB of text is plenty to tell the families apart.
	sample = sample[:min(len(sample), 16384)]
	best, bestScore := sniffCandidates[0], -1e18
	for _, c := range sniffCandidates {
		out, err := c.enc.NewDecoder().Bytes(sample)
		if err != nil {
			continue
		}
		if s := plausibility(string(out)); s > bestScore {
			best, bestScore = c, s
		}
	}
	if enc, name, ok := sparseHighBytes(sample, best); ok {
		return enc, name
	}
	return best.enc, best.name
}

// sparseHighBytes overrules the contest for a text that is nearly all
// ASCII (at most one byte in 50 above 0x7F): an English or other Latin
// text with a few odd bytes, where a handful of characters is too little
// evidence for the statistics. Its odd bytes used to be read as
// Cyrillic letters (a lone 0xE0 between spaces is "а" in windows-1251) or,
// worse, as CJK characters that swallow the ASCII letter after them
// ("isl\xe0and" read as Shift_JIS lost its "a"). UTF-8 sequences as many
// as the invalid bytes make it UTF-8 with a stray byte (replaced); a
// non-Latin winner whose characters do not mostly form words of their own
// (three letters or more, or two CJK characters, not glued to ASCII
// letters: "(Москва)", "東京 office") gives way to windows-1252, which maps
// every byte to one character and swallows none. Latin winners (accented letters inside ASCII words are
// their signature) and real words in another script are kept.
func sparseHighBytes(sample []byte, best sniffCandidate) (encoding.Encoding, string, bool) {
	high, letters := 0, 0
	for _, c := range sample {
		if c >= 0x80 {
			high++
		} else if isASCIILetter(rune(c)) {
			letters++
		}
	}
	// A short note has few bytes to be one in 50 of: a handful of odd
	// bytes among twenty times as many ASCII letters is as sparse.
	if high == 0 || high*50 > len(sample) && (high > 4 || letters < 20*high) {
		return nil, "", false
	}
	if good, bad := utf8Sequences(sample); good > 0 && good >= bad {
		return xunicode.UTF8, "utf-8", true
	}
	if truncatedUTF8(sample) {
		// Every odd byte is part of a UTF-8 sequence cut short (a
		// curly quote's "\xe2\x80" without its last byte, from a copy
		// cut mid-character): the text is UTF-8 and its broken
		// characters are replaced, not read as two Cyrillic letters.
		return xunicode.UTF8, "utf-8", true
	}
	if best.name == "windows-1252" || best.name == "windows-1250" {
		return nil, "", false
	}
	out, err := best.enc.NewDecoder().Bytes(sample)
	if err != nil || foreignWordRunes(string(out))*2 >= nonASCIIRunes(string(out)) {
		return nil, "", false
	}
	return charmap.Windows1252, "windows-1252", true
}

// truncatedUTF8 reports bytes whose every byte above 0x7F belongs to a
// UTF-8 lead byte of a three- or four-byte sequence followed by all the
// continuation bytes it has before the sequence is cut off by an ASCII
// byte: at least one cut sequence, and no byte that fits no UTF-8
// sequence.
func truncatedUTF8(b []byte) bool {
	cut := 0
	for i := 0; i < len(b); {
		c := b[i]
		if c < 0x80 {
			i++
			continue
		}
		want := 0
		switch {
		case c >= 0xe1 && c <= 0xef:
			want = 2
		case c >= 0xf1 && c <= 0xf4:
			want = 3
		case c >= 0xc2 && c <= 0xdf:
			want = 1
		default:
			return false
		}
		j := i + 1
		for j < len(b) && j-i <= want && b[j]&0xc0 == 0x80 {
			j++
		}
		switch {
		case j-i == want+1:
			// A whole sequence: valid UTF-8 here.
		case j-i >= 2 && (j == len(b) || b[j] < 0x80):
			cut++
		default:
			return false
		}
		i = j
	}
	return cut > 0
}

// nonASCIIRunes counts the runes of s above U+007F.
func nonASCIIRunes(s string) int {
	n := 0
	for _, r := range s {
		if r >= 0x80 {
			n++
		}
	}
	return n
}

// foreignWordRunes counts the non-ASCII runes of s that stand in words of
// their own: runs of non-ASCII runes with three letters or more and no
// ASCII letter directly before or after (two will do for ideographs, kana
// and Hangul, each a syllable: "東京"). Two letters are not enough: two stray
// bytes side by side (a UTF-8 character cut short, "\xe2\x80") read as
// two Cyrillic letters ("вЂ") far more often than an English text quotes a
// two-letter Russian word alone.
func foreignWordRunes(s string) int {
	runes := []rune(s)
	n := 0
	for i := 0; i < len(runes); {
		if runes[i] < 0x80 {
			i++
			continue
		}
		j, letters, syllabic := i, 0, false
		for ; j < len(runes) && runes[j] >= 0x80; j++ {
			if unicode.IsLetter(runes[j]) {
				letters++
			}
			if unicode.In(runes[j], unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) {
				syllabic = true
			}
		}
		glued := i > 0 && isASCIILetter(runes[i-1]) || j < len(runes) && isASCIILetter(runes[j])
		if (letters >= 3 || syllabic && letters >= 2) && !glued {
			n += j - i
		}
		i = j
	}
	return n
}

// trimPartialRune drops an incomplete UTF-8 sequence cut off at the end of
// a sample.
func trimPartialRune(b []byte) []byte {
	for i := 1; i <= 3 && i <= len(b); i++ {
		if utf8.RuneStart(b[len(b)-i]) {
			if !utf8.FullRune(b[len(b)-i:]) {
				return b[:len(b)-i]
			}
			break
		}
	}
	return b
}

// plausibility scores decoded text; higher reads more like real text. Only
// non-ASCII runes score: the ASCII part decodes the same in every candidate.
func plausibility(s string) float64 {
	score := 0.0
	var prev rune = ' '
	runes := []rune(s)
	for i, r := range runes {
		if r < 0x80 {
			prev = r
			continue
		}
		next := ' '
		if i+1 < len(runes) {
			next = runes[i+1]
		}
		score += runeScore(prev, r, next)
		prev = r
	}
	return score
}

func runeScore(prev, r, next rune) float64 {
	switch {
	case r == utf8.RuneError:
		return -4
	case r < 0xA0: // C1 controls
		return -4
	case r >= 0xE000 && r <= 0xF8FF: // private use: unmapped codes
		return -3
	case r >= 0xFF61 && r <= 0xFF9F: // half-width katakana: rare in modern text
		return -1
	// CJK characters take two bytes (three in GB18030's extension) where
	// a single-byte decoding makes two letters of the same bytes, so their
	// scores are per character and about twice a letter's.
	case unicode.Is(unicode.Hiragana, r):
		return 2.4
	case unicode.Is(unicode.Katakana, r):
		return 1.6
	case unicode.Is(unicode.Han, r):
		if commonHanSet[r] {
			return 3.2
		}
		return 0.4
	case r >= 0xAC00 && r <= 0xD7A3: // Hangul syllables
		if commonHangulSet[r] {
			return 3.2
		}
		return 0.4
	case r >= 0x3130 && r <= 0x318F: // Hangul compatibility jamo: not running text
		return -1
	case r >= 0x3000 && r <= 0x303F, r >= 0xFF01 && r <= 0xFF5E: // CJK punctuation, full-width forms
		return 1
	case unicode.Is(unicode.Cyrillic, r) || unicode.Is(unicode.Greek, r):
		// One alphabet, mostly lower case, capitals at word starts; never
		// mixed with Latin letters inside a word ("cafй" is café misread).
		if isASCIILetter(prev) || isASCIILetter(next) {
			return -1
		}
		if unicode.IsLower(r) {
			return 1.0
		}
		if unicode.IsUpper(r) && !unicode.IsLetter(prev) {
			return 0.8
		}
		if unicode.IsUpper(r) && unicode.IsUpper(prev) {
			return 0.3 // an all-caps word
		}
		return -0.5
	case unicode.IsLetter(r) && r < 0x250: // accented Latin
		asciiNeighbour := isASCIILetter(prev) || isASCIILetter(next)
		switch {
		case unicode.IsUpper(r) && unicode.IsLower(prev):
			return -0.5 // a capital inside a word
		case asciiNeighbour:
			return 1.0
		}
		return 0.1
	case r == '’' || r == '‘' || r == '“' || r == '”' || r == '–' || r == '—' || r == '…' || r == '€' || r == '«' || r == '»' || r == '°' || r == '£' || r == '©' || r == '•' || r == '\u00A0':
		if r != '’' && unicode.IsLetter(prev) && unicode.IsLetter(next) {
			return -1 // typographic punctuation inside a word
		}
		return 0.5
	case unicode.IsSymbol(r) || unicode.IsPunct(r):
		if unicode.IsLetter(prev) && unicode.IsLetter(next) {
			return -1
		}
		if r >= 0x2500 && r <= 0x259F { // box drawing: KOI8 misread
			return -1
		}
		return -0.2
	}
	return 0
}

func isASCIILetter(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }

// commonHan holds frequent characters of Chinese (simplified and
// traditional) and Japanese news text. A right decoding hits them often; a
// wrong one produces rare characters.
const commonHan = "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基书非则白界达光放强即像难且权思王象完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根造言联持组每济车亲极林服快办议往元英士证近失转令准布始存未远叫台单影具罗字爱击流备兵连调深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官火断精满支视消越器容照须九增研写称企八功包片史委查轻易早曾除农找装广显李标谈图念六引历首医局突专费号尽另周较注语仅考落青随选列武红响虽推势参希古众构房半节土投某案黑维革划敌致陈律足态护七兴派孩验责营星够章音跟志底站严巴例防族供效续施留讲型料终答紧黄绝奇察母京段依批群项故按河米围江织害斗双境客纪采举杀攻父苏密低朝友诉止细愿千值仍男钱破网热助倒育属坐帝限船职速刻乐否刚威毛状率甚独球般普怕弹校苦创假久错承印晚兰试股拿预谁益阳若微尼继送急血惊伤素药适波夜省初喜卫源食险待述陆习置居劳财环排福纳欢雷警获模充负云停木游龙树疑层冷洲冲射略范竟句室异激汉村哈策演简卡罪判担州静退既衣宗积余痛检差富灵协角占配征修皮挥胜降阶审沉坚善读超免压银买皇养伊执副乱抗犯追帮宣佛岁航优怪香田铁控税左右份穿艺背阵草概恶块顿敢守酒岛托央户烈洋哥索胡款靠评版宝座释景顾弟登货互付伯慢欧换闻危忙核暗介坏讨丽良序升监临亮露永呼味野架域沙括舰鱼杂误湾吉减编楚肯测败屋跑梦散温困封救贵枪缺楼县尚毫移朋画班智亦短掌恐遗固席松秘谢鲁遇康虑幸均销钟诗藏赶剧票损忽巨炮旧端探湖录叶春乡附吸予礼港雨板庭妇归饭额含顺输招婚脱补谓督毒油疗旅泽材灭逐莫笔亡鲜词圣择寻厂睡博勒烟授诺伦岸奥唐卖俄炸载洛健堂旁宫借君禁阴园谋宋避抓荣孙逃束跳顶玉镇雪午练迫篇肉馆遍凡础洞卷坦牛宁纸诸训私庄祖丝翻暴森塔默握戏隐熟骨访弱蒙歌店鬼软典欲萨伙遭盘扩盖弄雄稳忘亿刺拥徒姆杨齐赛趣曲刀床迎冰虚玩析窗醒妻透购替塞努休虎扬途侵刑绿兄迅套贸毕唯谷轮库迹尤竞街促延震弃甲伟麻川申缓潜闪售灯针哲络抵朱埃抱鼓植纯夏忍页杰筑折郑贝尊吴秀混臣雅振染盛怒舞圆搞狂措姓残秋培迷诚宽宇猛摆梅毁伸摩盟末乃悲拍丁赵尺" +
	// traditional forms of the frequent characters above
	"這個們來為國說時會對於過發後裡種經麼學現當沒動還進從實軍無與長機關點業將兩問並應戰頭體見產話內給門兒東聲員義幾認條氣題爾別變總電數報結務場計區隊決馬書則聽卻難權設記類據邊張該萬覺術領確傳師觀讓識帶導爭運飛轉準遠單羅愛擊備連調團價黨華級離況亞請際復線斷滿視須寫稱農裝廣顯標談圖歷醫專費號盡較語僅隨選紅響雖勢參眾構節護興驗責營夠嚴終緊黃絕織鬥雙紀採舉殺蘇訴細願錢網熱屬職剛狀獨彈創錯試預誰陽繼驚傷藥適衛險陸習勞財環納歡獲負雲遊龍樹層衝範異漢積餘檢靈協佔徵揮勝階審堅讀壓銀買養執亂幫歲優鐵稅藝陣惡塊頓島戶評寶釋顧貨歐換聞壞討麗監臨編測敗夢溫貴槍樓縣畫謝慮銷鐘詩劇損舊錄葉鄉禮婦歸飯額順輸補謂療澤滅筆鮮詞聖擇尋廠煙諾倫奧賣載園謀榮孫頂鎮練館礎寧紙諸訓莊絲戲隱訪擴蓋穩億擁楊齊賽醒購綠貿畢輪庫競緩潛閃燈針絡純頁傑築鄭貝吳圓擺毀趙灣臺" +
	// frequent Japanese kanji not above
	"円県党首相氏込政府市町村駅区党選挙議員会社株式発表予定確認開催対応状況関係検討実施必要可能情報記者調査結果現在時間場合問題地域経済日本東京大阪中国韓国米国" +
	// CJK function characters
	"們嗎呢吧啊呀哦"

// Lookup sets built once from the lists; read-only afterwards.
var (
	commonHanSet    = runeSet(commonHan)
	commonHangulSet = runeSet(commonHangul)
)

func runeSet(s string) map[rune]bool {
	m := make(map[rune]bool, len(s)/3)
	for _, r := range s {
		m[r] = true
	}
	return m
}

// commonHangul holds the most frequent Hangul syllables of Korean text.
const commonHangul = "이다의는에하고을가지한로를서기사도자대으리수있나그국해인일정시어부게것들제보전라주과장상아소여적성원오요면만되동무비경세문생관구신중와었우미조내화연습했러공때없마실방위학양안재않니던년날야말발계까며등회선물모음분결통개당민식체명단행합저히된본외업현치터점른알반간났람거집작드령북남측담밝혔은"

// utf8Evidence weighs the valid multi-byte UTF-8 sequences of b by how
// seldom a legacy encoding forms them by chance: two for a printable
// character of three or four bytes, one for a letter of two bytes. A
// private-use or unassigned character, which a Ukrainian "\xee\xba\xbf"
// ("оєї" in windows-1251) decodes to, counts nothing.
func utf8Evidence(b []byte) int {
	weight := 0
	for i := 0; i < len(b); {
		if b[i] < 0x80 {
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			size = 1
		case size >= 3 && unicode.IsPrint(r):
			weight += 2
		case size == 2 && unicode.IsLetter(r):
			weight++
		}
		i += size
	}
	return weight
}
