package resolve

import (
	"strings"
	"testing"
)

// TestLeadersOutsideG20: heads of state and government often in the news
// whose countries the G20 audits do not cover resolve to the person with
// the country of the office held at the article's date, by full name and
// by the name news uses alone after it (the family name, or the given
// name where that is the custom: Ethiopia's Abiy).
func TestLeadersOutsideG20(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		full, short, id, country, published string
	}{
		{"Abiy Ahmed", "Abiy", "person:abiy_ahmed", "ETH", "2024-03-01"},
		{"Gustavo Petro", "Petro", "person:gustavo_petro", "COL", "2024-03-01"},
		{"William Ruto", "Ruto", "person:william_ruto", "KEN", "2024-03-01"},
		{"Bola Tinubu", "Tinubu", "person:bola_tinubu", "NGA", "2024-03-01"},
		{"Muhammadu Buhari", "Buhari", "person:muhammadu_buhari", "NGA", "2019-03-01"},
		{"Cyril Ramaphosa", "Ramaphosa", "person:cyril_ramaphosa", "ZAF", "2024-03-01"},
		{"Nicolás Maduro", "Maduro", "person:nicolas_maduro", "VEN", "2024-03-01"},
		{"Hugo Chávez", "Chávez", "person:hugo_chavez", "VEN", "2010-03-01"},
		{"Tamim bin Hamad Al Thani", "Sheikh Tamim", "person:tamim_bin_hamad_al_thani", "QAT", "2024-03-01"},
		{"Abdel Fattah el-Sisi", "Sisi", "person:abdel_fattah_el_sisi", "EGY", "2024-03-01"},
		{"Paul Kagame", "Kagame", "person:paul_kagame", "RWA", "2024-03-01"},
		{"Félix Tshisekedi", "Tshisekedi", "person:felix_tshisekedi", "COD", "2024-03-01"},
		{"Yoweri Museveni", "Museveni", "person:yoweri_museveni", "UGA", "2024-03-01"},
		{"Ferdinand Marcos Jr.", "Marcos", "person:ferdinand_marcos_jr", "PHL", "2024-03-01"},
		{"Rodrigo Duterte", "Duterte", "person:rodrigo_duterte", "PHL", "2020-03-01"},
		{"Anwar Ibrahim", "Anwar", "person:anwar_ibrahim", "MYS", "2024-03-01"},
		{"Abdel Fattah al-Burhan", "Burhan", "person:abdel_fattah_al_burhan", "SDN", "2024-03-01"},
		{"Omar al-Bashir", "Bashir", "person:omar_al_bashir", "SDN", "2018-03-01"},
		{"Mohamed Hamdan Dagalo", "Dagalo", "person:mohamed_hamdan_dagalo", "SDN", "2024-03-01"},
	} {
		t.Run(c.full, func(t *testing.T) {
			text := c.full + " met envoys in the capital on Monday. " + c.short + " said talks would continue."
			art := resolveTagged(t, s, text, c.published, [][2]string{{c.full, "PER"}, {c.short, "PER"}})
			want := c.id + "/" + c.country
			var got []string
			for _, e := range art.Entities {
				if e.Type == "PER" {
					got = append(got, e.Text+"|"+e.ActorID+"/"+e.Country)
				}
			}
			if len(got) != 2 || !strings.HasSuffix(got[0], "|"+want) || !strings.HasSuffix(got[1], "|"+want) {
				t.Errorf("got %v, want both mentions %s", got, want)
			}
		})
	}
}
