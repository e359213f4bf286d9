package kb

import (
	"strings"
	"testing"
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
