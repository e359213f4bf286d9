package kb

import "testing"

// A Russian or Ukrainian city GeoNames writes with the soft sign's
// apostrophe is found by the name English news writes without it; the
// apostrophe of other romanisations ("Xi’an") is no soft sign and gives no
// short form.
func TestSoftSignCities(t *testing.T) {
	k := mustLoad(t)
	for name, want := range map[string]string{"Ryazan": "city:RUS:ryazan", "Stavropol": "city:RUS:stavropol", "Nalchik": "city:RUS:nal_chik",
		"Ryazan’": "city:RUS:ryazan", "Kramatorsk": "city:UKR:kramators_k"} {
		if a, ok := k.City(Normalize(name)); !ok || a.ID != want {
			t.Errorf("City(%q) = %+v, %v; want %s", name, a, ok, want)
		}
	}
	if a, ok := k.City(Normalize("Xian")); ok && a.ID == "city:CHN:xi_an" {
		t.Errorf("City(Xian) = %s: an apostrophe outside Cyrillic romanisations was dropped", a.ID)
	}
}
