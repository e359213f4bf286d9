package resolve

// bareAppositive reports whether the apposition after a person's name
// ending at byte end is a role alone, with no country, body, place or
// complement of its own: "Sara Lind, a spokesperson, said", "Ama Owusu,
// a senior official." An article, then only adjectives before the role
// words, which close the apposition (a comma or the sentence's end). A
// role with a complement ("a spokeswoman for the Interior Ministry",
// "leader of the Movement for Renewal"), a noun before the role ("a
// company spokesman") or a capitalised word ("an Army spokesman") says
// whose the role is, and is left to the rules that read it.
func (d *docState) bareAppositive(end int) bool {
	i := d.tokenAt(end)
	if i >= len(d.toks) || d.art.Text[int(d.toks[i].start):int(d.toks[i].end)] != "," {
		return false
	}
	j := i + 1
	if j < len(d.toks) && (d.toks[j].norm == "a" || d.toks[j].norm == "an" || d.toks[j].norm == "the") {
		j++
	}
	last := j
	for last < len(d.toks) && last <= j+4 && d.toks[last].norm != "" && !d.toks[last].upper {
		last++
	}
	if last == j || last-j > 4 {
		return false
	}
	if last < len(d.toks) {
		if p := d.art.Text[int(d.toks[last].start):int(d.toks[last].end)]; p != "," && p != "." {
			return false
		}
	}
	_, start, ok := d.roleEndingAt(last - 1)
	if !ok || start < j {
		return false
	}
	for k := j; k < start; k++ {
		if pos := d.posAt(int(d.toks[k].start)); pos != "JJ" && pos != "JJS" {
			return false
		}
	}
	return true
}
