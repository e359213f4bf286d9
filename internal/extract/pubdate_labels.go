package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The words that label a visible dateline, by language. Whether a date
// gives the publish or the update time is the label's to say, in its own
// language: "更新" is an update in Japanese and Chinese, "수정" one in
// Korean, while "입력" (entered), "등록" (registered), "配信" (sent out)
// and "发布" (issued) give the publish time. A line may carry both
// ("입력 2021.07.28 15:24 | 수정 2021.07.29", "Updated 3:04 PM |
// Published July 28, 2021"): the publish label's part is read.

// dateLabelSet is one language's dateline labels, lower case.
type dateLabelSet struct {
	lang            string
	publish, update []string
}

var dateLabelSets = []dateLabelSet{
	{"en", []string{"published", "posted"}, []string{"updated", "modified"}},
	{"de", []string{"publiziert", "veröffentlicht", "erschienen"}, []string{"aktualisiert", "geändert"}},
	{"fr", []string{"publié"}, []string{"mis à jour", "modifié"}},
	{"es", []string{"publicado", "publicada", "publicación"}, []string{"actualizado", "actualizada", "actualización"}},
	{"pt", []string{"publicado", "publicada", "publicação"}, []string{"atualizado", "atualizada", "atualização"}},
	{"it", []string{"pubblicato", "pubblicata"}, []string{"aggiornato", "aggiornata", "aggiornamento"}},
	{"nl", []string{"gepubliceerd"}, []string{"bijgewerkt"}},
	{"pl", []string{"opublikowano", "data publikacji"}, []string{"zaktualizowano", "aktualizacja"}},
	{"ru", []string{"опубликовано", "дата публикации"}, []string{"обновлено", "изменено"}},
	// Korean: 입력 (entered), 등록 (registered), 승인 (approved for
	// print), 송고 (filed, at the agencies), 발행 and 게재 (published),
	// 작성 (written); 수정 (revised), 업데이트.
	{"ko", []string{"입력", "등록", "승인", "송고", "발행", "게재", "작성"}, []string{"수정", "업데이트"}},
	// Japanese: 公開 (made public), 配信 (sent out), 投稿 (posted), 掲載
	// (carried), 発行; 更新 (updated).
	{"ja", []string{"公開", "配信", "投稿", "掲載", "発行"}, []string{"更新"}},
	// Chinese, simplified and traditional: 发布/發布/發佈 (issued), 发表/
	// 發表 (published), 刊登 (printed); 更新 (updated), 修改/修訂
	// (revised).
	{"zh", []string{"发布", "發布", "發佈", "发表", "發表", "刊登"}, []string{"更新", "修改", "修訂"}},
}

// bareDateLabels are the Chinese and Japanese field labels that say only
// "time" or "date" (时间/時間, 日期, 日付): an article's meta line gives its
// time of issue under them ("时间：2021-07-30 10:20 来源：新华社"). They
// label a publish date only as a field of their own, opening the text or
// after a separator and followed by a colon: inside a longer label
// ("更新时间：", "活动时间：") the word before them says what the time is.
var bareDateLabels = []string{"时间", "時間", "日期", "日付"}

// hasBareDateField reports lower-cased text that holds a bare date label
// as a field of its own (bareDateLabels).
func hasBareDateField(ls string) bool {
	for _, l := range bareDateLabels {
		for from := 0; ; {
			i := strings.Index(ls[from:], l)
			if i < 0 {
				break
			}
			i += from
			from = i + len(l)
			if r, _ := utf8.DecodeLastRuneInString(ls[:i]); i > 0 && unicode.IsLetter(r) {
				continue
			}
			rest := strings.TrimLeft(ls[from:], " 　")
			if strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "：") {
				return true
			}
		}
	}
	return false
}

// publishLabels and updateLabels are all languages' labels of each kind.
var publishLabels, updateLabels = func() (pub, upd []string) {
	for _, s := range dateLabelSets {
		pub = append(pub, s.publish...)
		upd = append(upd, s.update...)
	}
	return pub, upd
}()

// cjkLabelAffixes make a Korean, Japanese or Chinese label a longer word
// that is still the label: "기사입력" (article entered), "최종수정" (last
// revised), "最終更新"; "입력시간" (entry time), "公開日時" (date and time
// made public), "发布时间" (time issued), "發佈於" (issued at).
var (
	cjkLabelPrefixes = []string{"기사", "최종", "最終", "最后", "最後", "初回"}
	cjkLabelSuffixes = []string{"시간", "일시", "일자", "일", "시각", "날짜", "日時", "日", "時間", "時刻", "时间", "日期", "于", "於"}
)

// isCJKLabelWord reports a word (a run of letters) that is a Korean,
// Japanese or Chinese dateline label, with the affixes it takes and
// nothing else: "입력시간" is one, "등록년월일" (a newspaper's
// registration date, printed in its footer) and "회원등록" are not.
func isCJKLabelWord(w string) bool {
	if w == "" || w[0] < utf8.RuneSelf {
		return false
	}
	for _, l := range bareDateLabels {
		if w == l {
			return true
		}
	}
	for _, p := range cjkLabelPrefixes {
		if rest, ok := strings.CutPrefix(w, p); ok && rest != "" {
			w = rest
			break
		}
	}
	for _, labels := range [][]string{publishLabels, updateLabels} {
		for _, l := range labels {
			rest, ok := strings.CutPrefix(w, l)
			if !ok || l[0] < utf8.RuneSelf {
				continue
			}
			if rest == "" {
				return true
			}
			for _, s := range cjkLabelSuffixes {
				if rest == s {
					return true
				}
			}
		}
	}
	return false
}

// cjkClock is a time of day written with hour and minute signs:
// "15時24分" (Japanese), "15时24分" (Chinese), "15시 24분" (Korean).
var cjkClock = regexp.MustCompile(`(\d{1,2})\s?[時时시]\s?(\d{1,2})\s?[分분]`)

// normCJKClock rewrites such clocks as "15:24", the way clockRe reads
// them.
func normCJKClock(s string) string {
	if !strings.ContainsAny(s, "時时시") {
		return s
	}
	return cjkClock.ReplaceAllStringFunc(s, func(m string) string {
		g := cjkClock.FindStringSubmatch(m)
		if len(g[2]) == 1 {
			g[2] = "0" + g[2]
		}
		return " " + g[1] + ":" + g[2] + " "
	})
}

// indexLabel is the byte offset of the first of labels in ls (lower
// case), or -1.
func indexLabel(ls string, labels []string) int {
	first := -1
	for _, l := range labels {
		if i := strings.Index(ls, l); i >= 0 && (first < 0 || i < first) {
			first = i
		}
	}
	return first
}

// publishAfterUpdate is the part of a dateline that a publish label
// opens when an update stamp comes first ("Updated 3:04 PM | Published
// July 28, 2021", "수정 2021.07.29 10:00 | 등록 2021.07.28 15:24"), up to
// the next update label. All before it must be date words, labels and
// numbers: in a sentence ("The report, updated since, was published on 3
// March") the publish label opens no dateline.
func publishAfterUpdate(s string) (string, bool) {
	ls := strings.ToLower(s)
	if len(ls) != len(s) {
		return "", false // lower-casing changed the byte offsets
	}
	u := indexLabel(ls, updateLabels)
	if u < 0 {
		return "", false
	}
	p := indexLabel(ls[u:], publishLabels)
	if p < 0 {
		return "", false
	}
	p += u
	if !onlyDateWords(s[:p]) {
		return "", false
	}
	return beforeUpdated(s[p:]), true
}

// onlyDateWords reports whether every word of s is a date word, a month
// or a dateline label (numbers and punctuation are no words).
func onlyDateWords(s string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '.'
	}) {
		if !isDateWord(strings.Trim(w, ".")) {
			return false
		}
	}
	return true
}

// isDateWord reports a word that may stand on a date line beside the
// date: txtDateWords, a month name, a CJK label word.
func isDateWord(w string) bool {
	if w == "" || txtDateWords[w] || isCJKLabelWord(w) {
		return true
	}
	_, ok := txtMonths[w]
	return ok
}
