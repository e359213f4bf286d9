package resolve

import "github.com/newsgraph/newsgraph/internal/kb"

// incomingSuffixes are the words hyphened after an office's title for the
// one chosen to hold it but not yet in it: "President-elect Jane Roe",
// "Prime Minister-designate Jane Roe".
var incomingSuffixes = map[string]bool{"elect": true, "designate": true}

// incomingTitleEnd returns the token index of the title's last word when
// toks[j] is such a suffix joined by a hyphen with no spaces ("President" in
// "President-elect"); ok is false otherwise.
func (d *docState) incomingTitleEnd(j int) (int, bool) {
	if j < 2 || j >= len(d.toks) || !incomingSuffixes[d.toks[j].norm] || d.punct(j-1) != "-" {
		return 0, false
	}
	if int(d.toks[j-2].end) != int(d.toks[j-1].start) || int(d.toks[j-1].end) != int(d.toks[j].start) || d.toks[j-2].norm == "" {
		return 0, false
	}
	return j - 2, true
}

// incomingTitle reads the title before a name whose last word is "-elect" or
// "-designate": the title without the suffix, with its country and sector
// (the holder-to-be acts for the government he is to lead, as CAMEO codes a
// president-elect), but no office: the office is still the incumbent's, so
// the knowledge base's holder at the date is someone else.
func (d *docState) incomingTitle(j int) (title, bool) {
	end, ok := d.incomingTitleEnd(j)
	if !ok {
		return title{}, false
	}
	t := d.titleBefore(int(d.toks[end+1].start))
	if t.sector == "" {
		return title{}, false
	}
	t.office = ""
	return t, true
}

// incomingHomeTitle says whether the title before the person's name at
// byte offset off is a capitalised state title with "-elect" or
// "-designate" and no country, body or place of its own: "NAIROBI (Wire) -
// President-elect Jane Roe" is the dateline country's, as "President Jane
// Roe" and "Interior Minister Jane Roe" are (datelineHome).
func (d *docState) incomingHomeTitle(off int, t title) bool {
	if t.visitor || !unplacedTitle(t) || !stateSectors[t.sector] {
		return false
	}
	end, ok := d.incomingTitleEnd(d.tokenAt(off) - 1)
	return ok && d.toks[end].upper
}

// capitalSpeaker reads a capitalised "Speaker" right before a name
// ("Speaker Moses Otieno") as a legislature's presiding officer, as the
// phrases naming the chamber are (roles.tsv lists only those, since a
// lower-case "speaker" is anyone speaking at a rally). A capitalised word
// before it that is no title ("Guest Speaker", "Keynote Speaker") makes a
// billing, not the office; "the Speaker" and a sentence's first word are
// the office. So are the deputy's titles ("Deputy Speaker Jane Roe", "the
// Vice Speaker"): a deputy speaker presides in the speaker's absence and
// sits in the same chamber. A country's name or a demonym before either
// ("Kenyan Speaker Moses Otieno", "Uganda's Deputy Speaker") says whose
// legislature it is, as it does before "President", and so does a
// chamber's name ("National Assembly Deputy Speaker"); a city or another
// organisation there ("Nairobi Speaker", "Rotary Speaker") is no country's
// chamber and leaves the billing.
func (d *docState) capitalSpeaker(j int) (title, bool) {
	if j < 0 || j >= len(d.toks) || d.toks[j].norm != "speaker" || !d.toks[j].upper {
		return title{}, false
	}
	phrase := "speaker"
	i := j - 1 // the word before the title
	if i >= 0 && speakerDeputies[d.toks[i].norm] && d.wordRun(i, j) {
		phrase = d.toks[i].norm + " speaker"
		i--
	}
	country := ""
	if i >= 0 && d.toks[i].norm == "'s" {
		// "Uganda's Speaker": the country's; after another possessive
		// ("the party's Speaker") the office is read as before, with
		// no country.
		if c, _, ok := d.countryEndingAt(i); ok && c.org == nil && c.place == nil {
			country = c.country
		}
	} else if i >= 0 && d.toks[i].upper && d.toks[i].norm != "the" {
		c, _, ok := d.countryEndingAt(i)
		if d.chamberEndingAt(i) {
			// "National Assembly Deputy Speaker Jane Roe", "Parliament
			// Vice Speaker": the chamber named before the title is the
			// one presided over (roles.tsv lists "<chamber> speaker"),
			// of the country its name gives, else the story's.
			if !ok || c.place != nil {
				c.country = ""
			}
			return title{country: c.country, sector: kb.SectorLegislature, phrase: phrase}, true
		}
		if !ok || c.country == "" || c.org != nil || c.place != nil {
			return title{}, false
		}
		country = c.country
	}
	r, ok := d.s.kb.RoleNorm("parliament speaker")
	if !ok {
		return title{}, false
	}
	return title{country: country, sector: r.Sector, phrase: phrase}, r.Sector == kb.SectorLegislature
}

// chamberEndingAt reports whether the one to three capitalised words
// ending at toks[j] name a legislative chamber whose presiding officer
// roles.tsv lists ("National Assembly" for "national assembly speaker",
// "Parliament" for "parliament speaker").
func (d *docState) chamberEndingAt(j int) bool {
	for n := 1; n <= 3 && j-n+1 >= 0; n++ {
		i := j - n + 1
		if !d.toks[i].upper || !d.wordRun(i, j) {
			break
		}
		if r, ok := d.s.kb.RoleNorm(d.phrase(i, j) + " speaker"); ok && r.Sector == kb.SectorLegislature {
			return true
		}
	}
	return false
}

// speakerDeputies are the words making a capitalised "Speaker" the
// deputy's title ("Deputy Speaker", "Vice Speaker"); "Assistant Speaker"
// is a chair of committees in some parliaments, no deputy of the office.
var speakerDeputies = map[string]bool{"deputy": true, "vice": true}
