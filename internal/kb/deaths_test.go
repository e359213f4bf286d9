package kb

import (
	"strings"
	"testing"
	"time"
)

// TestDeathRows: deaths.tsv names only known persons, with a date after
// every term, so a person dead at an article's date holds no office then.
func TestDeathRows(t *testing.T) {
	k := mustLoad(t)
	if len(k.died) == 0 {
		t.Fatal("no deaths loaded")
	}
	for id, d := range k.died {
		a, ok := k.Actor(id)
		if !ok || a.Type != TypePerson {
			t.Errorf("death of %s: no person", id)
			continue
		}
		if _, offices := k.OfficeAt(id, d); len(offices) > 0 {
			t.Errorf("%s holds %s on the day of death", id, strings.Join(offices, ", "))
		}
	}
	if d, ok := k.Died("person:edgar_lungu"); !ok || d.Format("2006-01-02") != "2025-06-05" {
		t.Errorf("Died(edgar_lungu) = %v, %v", d, ok)
	}
}

// TestSectorAtDeath: the day before his death a person still acts in the
// sector his terms or the data give (a former prime minister none,
// an opposition leader or a militant leader the data's, a leader in office
// the government's); from the day of death in none.
func TestSectorAtDeath(t *testing.T) {
	k := mustLoad(t)
	for _, c := range []struct {
		id, died, before string
	}{
		{"person:silvio_berlusconi", "2023-06-12", ""},            // former prime minister
		{"person:shinzo_abe", "2022-07-08", ""},                   // former prime minister
		{"person:alexei_navalny", "2024-02-16", SectorOpposition}, // no term: the data's sector
		{"person:ayman_al_zawahiri", "2022-07-31", SectorRebel},   // no term: the data's sector
		{"person:ali_khamenei", "2026-02-28", SectorGovernment},   // killed in office
		{"person:ebrahim_raisi", "2024-05-19", SectorGovernment},  // killed in office
		{"person:muhammadu_buhari", "2025-07-13", ""},             // former president
		{"person:elizabeth_ii", "2022-09-08", SectorGovernment},   // died on the throne
		{"person:hossein_amir_abdollahian", "2024-05-19", SectorGovernment},
		{"person:hugo_chavez", "2013-03-05", SectorGovernment},        // died in office
		{"person:umaru_musa_yaradua", "2010-05-05", SectorGovernment}, // died in office, successor sworn in the next day
		{"person:king_abdullah", "2015-01-23", SectorGovernment},      // died on the throne
		{"person:lech_kaczynski", "2010-04-10", SectorGovernment},     // killed in office
		{"person:shimon_peres", "2016-09-28", ""},                     // former president
		{"person:nestor_kirchner", "2010-10-27", ""},                  // former president
	} {
		a, ok := k.Actor(c.id)
		if !ok {
			t.Errorf("no actor %s", c.id)
			continue
		}
		d, ok := k.Died(c.id)
		if !ok || d.Format("2006-01-02") != c.died {
			t.Errorf("Died(%s) = %v, %v, want %s", c.id, d, ok, c.died)
			continue
		}
		if got := k.SectorAt(a, d.AddDate(0, 0, -1)); got != c.before {
			t.Errorf("SectorAt(%s, day before death) = %q, want %q", c.id, got, c.before)
		}
		for _, after := range []time.Time{d, d.AddDate(1, 0, 0)} {
			if got := k.SectorAt(a, after); got != "" {
				t.Errorf("SectorAt(%s, %s) = %q, want none", c.id, after.Format("2006-01-02"), got)
			}
		}
	}
}

func TestDeathRejectsBadRows(t *testing.T) {
	b := &builder{k: mustLoad(t)}
	for _, rec := range [][]string{
		{"person:no_such_person", "2020-01-01", "x"}, // unknown
		{"USA", "2020-01-01", "x"},                   // no person
		{"person:joe_biden", "", "x"},                // no date
		{"person:joe_biden", "2030-01-01", ""},       // no source
		{"person:keir_starmer", "2025-01-01", "x"},   // inside an open term
	} {
		if err := b.death(rec); err == nil {
			t.Errorf("death(%q) accepted", rec)
		}
	}
}
