package resolve

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
)

// Towns below the cities' table. Conflict and disaster news is set in
// places far smaller than the cities of 100,000 the knowledge base takes
// on a name alone ("M23 rebels seized Bunagana", "fighting near
// Avdiivka"); kb.KB.Towns holds the places of 10,000 and more. Many of
// them share their name with a word, a person or a town elsewhere
// ("Mission", "Bath", "Leer"), so a name is taken as a town only when the
// tagger already calls it a place and the article says which country:
// the town's country is named in it (by name, demonym or an actor of the
// country), or its dateline is there. A name the table gives one town
// only is also taken when the text calls it a town ("the town of X", "X,
// a town in ...").

// settlementNouns are the words that call a name a town: "the town of
// Kidal", "Sake, a town west of Goma".
var settlementNouns = wordSet("town towns village villages city hamlet settlement township locality commune")

// town returns the town of the knowledge base's towns table that the place
// mention e (normalised name key) stands for, or nil (see the comment at
// the top of the file).
func (d *docState) town(e *model.Entity, key string) *link {
	towns := d.s.kb.Towns(key)
	// A name cities of similar size in several countries share
	// ("Richmond": Virginia's, British Columbia's) is the city of the
	// country the article names, before any smaller town of the name.
	quals := d.s.kb.QualifiedCities(key)
	cued := d.townCue(e)
	if len(towns) == 0 && len(quals) == 0 {
		if cued {
			return d.unlistedTown(e)
		}
		return nil
	}
	// "the Valley", "the Delta": a town's name takes no article unless
	// the text says it is the town.
	if i := d.tokenAt(e.Start); !cued && (i >= 1 && i <= len(d.toks) && d.toks[i-1].norm == "the" || strings.HasPrefix(strings.ToLower(e.Text), "the ")) {
		return nil
	}
	// A given name or a known person's family name ("Leer", "Tippi",
	// "Bonga") is a town only where the text says it is a place.
	if (d.s.kb.GivenNameGender(key) != "" || len(d.s.kb.Surname(key)) > 0) && !cued && !d.placeSlot(e) {
		return nil
	}
	// "<Town>, <country or region>" says where the town lies, before any
	// other country the article names or its dateline: "Saint Francois,
	// Guadeloupe" in a story from PARIS is Guadeloupe's town, not the
	// French one of the name.
	if where := d.commaWhere(e); where != "" {
		for _, a := range quals {
			if a.Country == where {
				return fromActor(a)
			}
		}
		for _, a := range towns {
			if a.Country == where {
				return fromActor(a)
			}
		}
	}
	dateline := d.datelineCountry()
	for _, a := range quals {
		if d.namesCountry(a.Country) || d.namesCountryAnywhere(a.Country) || a.Country == dateline {
			return fromActor(a)
		}
	}
	for _, a := range towns {
		if d.namesCountry(a.Country) || d.namesCountryAnywhere(a.Country) || a.Country == dateline || d.namesPartOf(a.Country) {
			return fromActor(a)
		}
	}
	// "Fighting in Jenin killed four people, the Palestinian health
	// ministry said": a nationality word after the town says which
	// country as plainly as the country's name there does.
	for _, a := range towns {
		if d.namesByDemonym(a.Country) {
			return fromActor(a)
		}
	}
	if cued && len(towns) == 1 {
		return fromActor(towns[0])
	}
	return nil
}

// datelineCountry returns the country of the place the article's wire
// dateline names ("KIDAL, Mali (Newsgraph Wire) -"), "" without one.
// Unlike homeCountry it may be asked while the article's mentions are
// still being resolved: the dateline's come first.
func (d *docState) datelineCountry() string {
	for _, e := range d.datelineMentions() {
		if l := d.entEnd[e.End]; l != nil && l.country != "" && (l.typ == kb.TypeCountry || l.typ == kb.TypePlace) {
			return l.country
		}
	}
	return ""
}

// datelineMentions returns the article's mentions that start within its
// wire dateline (the mentions are in text order); none without one.
func (d *docState) datelineMentions() []model.Entity {
	n := 0
	for d.dateline > 0 && n < len(d.art.Entities) && d.art.Entities[n].Start < d.dateline {
		n++
	}
	return d.art.Entities[:n]
}

// namesPartOf reports whether a place mention anywhere in the article,
// before or after, is a curated part of country cc (the places of
// actors.tsv that are neither countries nor first-level regions:
// "Puntland", "Scotland", "Crimea", "Gaza"): such a name says which
// country as plainly as the country's own, so a bare dateline town
// ("GAROWE (Wire) - Puntland's president ...") is the town there. The
// generated regions are left out: many share their names with places
// elsewhere or with common words.
func (d *docState) namesPartOf(cc string) bool {
	if d.partCC == nil {
		d.partCC = map[string]bool{}
		for i := range d.art.Entities {
			e := &d.art.Entities[i]
			if e.Type != model.EntityGPE && e.Type != model.EntityLoc {
				continue
			}
			key := kb.Normalize(strings.TrimPrefix(strings.TrimPrefix(e.Text, "the "), "The "))
			for _, a := range d.s.kb.LookupNorm(key, d.date) {
				if a.Type == kb.TypePlace && a.Country != "" && strings.HasPrefix(a.ID, "loc:") {
					d.partCC[a.Country] = true
				}
			}
		}
	}
	return d.partCC[cc]
}

// townCue reports whether the text around mention e calls it a town: a
// settlement noun and "of" right before it ("the town of Kidal", "the
// village of Sake") or an apposition right after it made of a determiner
// and, within three words, a settlement noun ("Bunagana, a town on the
// Ugandan border", "Sake, a small lakeside town").
func (d *docState) townCue(e *model.Entity) bool {
	i := d.tokenAt(e.Start)
	if i >= 2 && i <= len(d.toks) && d.toks[i-1].norm == "of" && settlementNouns[d.toks[i-2].norm] {
		return true
	}
	j := d.tokenAt(e.End)
	if j+2 >= len(d.toks) || d.toks[j].norm != "" || d.art.Text[d.toks[j].start] != ',' {
		return false
	}
	if w := d.toks[j+1].norm; w != "a" && w != "an" && w != "the" {
		return false
	}
	for k := j + 2; k < len(d.toks) && k <= j+4; k++ {
		if d.toks[k].norm == "" {
			return false
		}
		if settlementNouns[d.toks[k].norm] {
			return true
		}
	}
	return false
}

// directionWords come between "in" and the place a town is in: "a town in
// eastern Congo", "in the north of Mali" is read no further.
var directionWords = wordSet("the eastern western northern southern central northeastern northwestern southeastern southwestern far restive volatile")

// unlistedTown gives a place the text calls a town but that no table holds
// ("the town of Kitchanga in North Kivu province", "Bunagana, a town in
// eastern Congo") the country of the country, region or city named right
// after "in" in the same sentence, or else the country of the article's
// dateline; nil when neither says. The id is the article's own
// ("doc:place:kitchanga_cod"), like a U.S. place the knowledge base does
// not know.
func (d *docState) unlistedTown(e *model.Entity) *link {
	name := cleanName(e.Text)
	if name == "" || strings.Contains(strings.ToLower(name), "the ") {
		return nil
	}
	country := d.countryAfterIn(d.tokenAt(e.End))
	if country == "" && !d.jointDateline() {
		country = d.datelineCountry()
	}
	if country == "" {
		return nil
	}
	id := "doc:place:" + kb.Slug(name+" "+country)
	if l, ok := d.byID[id]; ok {
		return l
	}
	return &link{id: id, name: name, typ: kb.TypePlace, country: country}
}

// jointDateline says whether the wire dateline names several places
// joined by a slash ("THE HAGUE/NEW YORK (AP) -", "KYIV/MOSCOW (Reuters) -"):
// the story was reported from each, so the first place's country is not
// where a town the text names without its country lies.
func (d *docState) jointDateline() bool {
	n := d.dateline
	if n <= 0 || n > len(d.art.Text) {
		return false
	}
	head, _, _ := strings.Cut(d.art.Text[:n], "(")
	head, _, _ = strings.Cut(head, ",")
	return strings.Contains(head, "/")
}

// countryAfterIn returns the country of the place named after the first
// "in" within ten words from token j, before the sentence ends: a
// country, a region of one or a city ("in Congo's North Kivu", "in
// eastern Congo", "in North Kivu province"); "" for none.
func (d *docState) countryAfterIn(j int) string {
	k := d.s.kb
	for i := j; i < len(d.toks) && i < j+10; i++ {
		t := d.toks[i]
		if t.norm == "" && strings.ContainsAny(d.art.Text[t.start:t.end], ".;:!?") {
			return ""
		}
		if t.norm != "in" {
			continue
		}
		n := i + 1
		for n < len(d.toks) && !d.toks[n].upper && directionWords[d.toks[n].norm] {
			n++
		}
		for m := min(n+3, len(d.toks)); m > n; m-- {
			words := make([]string, 0, m-n)
			for _, w := range d.toks[n:m] {
				if w.norm == "" || !w.upper {
					break
				}
				words = append(words, w.norm)
			}
			if len(words) != m-n {
				continue
			}
			key := strings.Join(words, " ")
			for _, a := range k.LookupNorm(key, d.date) {
				if a.Type == kb.TypeCountry || a.Type == kb.TypePlace && a.Country != "" {
					return a.Country
				}
			}
			if a, ok := k.City(key); ok {
				return a.Country
			}
		}
		return ""
	}
	return ""
}

// datelineTown gives the place of a wire dateline that no table holds
// ("LOKICHOGGIO, Kenya, June 3 (AFP) -") the country the dateline names
// after it: the wire writes a small town with its country or region, and
// that is where the town is. The id is the article's own, as unlistedTown's.
func (d *docState) datelineTown(e *model.Entity) *link {
	if e.End >= d.dateline {
		return nil
	}
	country := d.commaCountry(e)
	name := cleanName(e.Text)
	if country == "" || name == "" {
		return nil
	}
	id := "doc:place:" + kb.Slug(name+" "+country)
	if l, ok := d.byID[id]; ok {
		return l
	}
	return &link{id: id, name: name, typ: kb.TypePlace, country: country}
}

// commaWhere returns the country that the place mention written right
// after mention e and a comma names or lies in ("Saint Francois,
// Guadeloupe": GLP), "" without one.
func (d *docState) commaWhere(e *model.Entity) string {
	if e.End+2 > len(d.art.Text) || d.art.Text[e.End:e.End+2] != ", " {
		return ""
	}
	for i := range d.art.Entities {
		f := &d.art.Entities[i]
		if f.Start == e.End+2 && (f.Type == model.EntityGPE || f.Type == model.EntityLoc) {
			return d.whereCountry(f.Text)
		}
	}
	return ""
}
