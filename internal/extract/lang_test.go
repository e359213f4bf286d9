package extract

import "testing"

func TestDetectLanguage(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"english", "The minister said on Friday that the talks would resume in June, and that both sides had agreed to share data with their allies.", "en"},
		{"german", "Der Minister sagte am Freitag, dass die Gespräche im Juni wieder aufgenommen werden und beide Seiten sich auf den Austausch von Daten geeinigt haben.", "de"},
		{"french", "Le ministre a déclaré vendredi que les pourparlers reprendront en juin et que les deux pays se sont mis d'accord pour partager des données avec leurs alliés.", "fr"},
		{"spanish", "El ministro dijo el viernes que las conversaciones se reanudarán en junio y que los dos países acordaron compartir datos con sus aliados.", "es"},
		{"italian", "Il ministro ha detto venerdì che i colloqui riprenderanno a giugno e che i due paesi si sono accordati per condividere i dati con gli alleati della regione.", "it"},
		{"portuguese", "O ministro disse na sexta-feira que as conversas serão retomadas em junho e que os dois países concordaram em partilhar dados com os seus aliados.", "pt"},
		{"dutch", "De minister zei vrijdag dat de gesprekken in juni worden hervat en dat beide landen hebben afgesproken om gegevens met hun bondgenoten te delen.", "nl"},
		{"russian", "Министр заявил в пятницу, что переговоры возобновятся в июне и что обе страны договорились обмениваться данными со своими союзниками.", "ru"},
		{"japanese", "大臣は金曜日、協議が六月に再開されると述べ、両国がデータを共有することで合意したと明らかにした。", "ja"},
		{"chinese", "部长星期五表示，会谈将于六月恢复，两国同意与盟友分享数据。", "zh"},
		{"korean", "장관은 금요일 회담이 6월에 재개될 것이며 양국이 동맹국과 자료를 공유하기로 합의했다고 밝혔다.", "ko"},
		{"arabic", "قال الوزير يوم الجمعة إن المحادثات ستستأنف في يونيو وإن البلدين اتفقا على تبادل البيانات مع حلفائهما.", "ar"},
		{"too short", "Hello there", ""},
		{"numbers only", "12 34 56 78 90 12 34 56 78 90 12 34 56 78 90", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := detectLanguage(tt.text); got != tt.want {
				t.Errorf("detectLanguage() = %q, want %q", got, tt.want)
			}
		})
	}
}

// A declared language stands unless the text is clearly English against
// another declaration or clearly another language against English: a
// German site's syndicated English story must get the English readers.
func TestTextLanguage(t *testing.T) {
	const (
		english = "The minister said on Friday that the talks would resume in June, and that both sides had agreed to share data with their allies."
		german  = "Der Minister sagte am Freitag, dass die Gespräche im Juni wieder aufgenommen werden und beide Seiten sich auf den Austausch von Daten geeinigt haben."
		spanish = "El ministro dijo el viernes que las conversaciones se reanudarán en junio y que los dos países acordaron compartir datos con sus aliados."
	)
	tests := []struct{ name, declared, text, want string }{
		{"nothing declared", "", german, "de"},
		{"declaration agrees", "de", german, "de"},
		{"English story under a German declaration", "de", english, "en"},
		{"German story under an English declaration", "en", german, "de"},
		{"a sibling language is not overruled", "ca", spanish, "ca"},
		{"too little text keeps the declaration", "de", "Hello there", "de"},
		{"undetectable text keeps an unlisted language", "ca", "12 34 56 78 90 12 34 56 78 90", "ca"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := textLanguage(tt.declared, tt.text); got != tt.want {
				t.Errorf("textLanguage(%q, ...) = %q, want %q", tt.declared, got, tt.want)
			}
		})
	}
}
