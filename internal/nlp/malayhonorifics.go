package nlp

import "strings"

// Malaysia's and Brunei's state honours are written before the name of
// everyone who holds one ("Datuk Seri Aminah Yusof", "Tan Sri Razali
// Hamzah", "Dato' Sri Kamal Idris", "Puan Sri Noraini Salleh"), in English
// reports too, and are no part of the name: the same person is "Aminah"
// or "Ms Aminah" later. The tagger, which knows none of them, runs them
// into a person's span, makes an organisation of them ("Datuk Seri Aminah
// Yusof"), or cuts the name after "Sri" ("Tan [Sri Muhyiddin] [Yassin]").

// malayHonorificHeads begin an honour. "Tan" and "Puan" do so only before
// "Sri" ("Tan" alone is a family name), "Toh" only before "Puan".
var malayHonorificHeads = wordSet(`datuk dato datin`)

// malayHonorificGrades follow "Datuk", "Dato" or "Datin" in the higher
// honours ("Datuk Seri", "Dato' Sri", "Datuk Patinggi", "Datin Paduka").
// "Sri" is a given name too ("Sri Mulyani"), so it is cut only there.
var malayHonorificGrades = wordSet(`seri sri paduka patinggi amar wira`)

// malayHonorificEnd returns the end of the honour that starts at word i
// ("Datuk Seri" at "Datuk"), -1 when none starts there.
func malayHonorificEnd(words []string, i int) int {
	n := len(words)
	if !capitalised(words[i]) {
		return -1
	}
	w := strings.ToLower(words[i])
	switch {
	case malayHonorificHeads[w] || w == "dato'" || w == "dato’":
		k := i + 1
		if w == "dato" && k < n && (words[k] == "'" || words[k] == "’") {
			k++
		}
		if k < n && capitalised(words[k]) && malayHonorificGrades[strings.ToLower(words[k])] {
			k++
		}
		return k
	case (w == "tan" || w == "puan") && i+1 < n && (words[i+1] == "Sri" || words[i+1] == "Seri"):
		return i + 2
	case w == "toh" && i+1 < n && words[i+1] == "Puan":
		return i + 2
	}
	return -1
}

// cutMalayHonorifics takes a Malaysian honour out of the tagger's spans and
// makes the capitalised name after it one person: "Tan Sri Razali Hamzah"
// is the person "Razali Hamzah" however the tagger split or typed it. The
// honour must stand where a name starts (untagged, or first in a span),
// and the name is up to five capitalised words or name particles ("bin",
// "binti"), ending in a capitalised word, before any place or other name
// the tagger marked, and not ending like an organisation's name.
func cutMalayHonorifics(words, tags []string) {
	n := len(words)
	for i := 0; i < n; i++ {
		if strings.HasPrefix(tags[i], "I-") {
			continue
		}
		e := malayHonorificEnd(words, i)
		if e < 0 || e >= n {
			continue
		}
		end := e
		for k := e; k < n && k-e < 5; k++ {
			w := words[k]
			typ := strings.TrimPrefix(strings.TrimPrefix(tags[k], "B-"), "I-")
			if k > e && tags[k] != "O" && typ != "PER" && typ != "ORG" || k > e && strings.HasPrefix(tags[k], "B-") && typ != "PER" {
				break
			}
			if nameParticles[w] && k > e {
				continue
			}
			if !capitalised(w) || functionWords[strings.ToLower(w)] || !hasAlnum(w) {
				break
			}
			end = k + 1
		}
		if end == e || orgHeads[strings.ToLower(words[end-1])] {
			continue
		}
		for k := i; k < e; k++ {
			tags[k] = "O"
		}
		setSpan(tags, e, end, "PER")
		if end < n && strings.HasPrefix(tags[end], "I-") {
			tags[end] = "B-" + strings.TrimPrefix(tags[end], "I-")
		}
		i = end - 1
	}
}
