package resolve

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestFinanceRoles: a finance minister's and a central-bank head's title
// written as a role ("the German finance minister", "the Fed chair") is
// the holder of the office at the article's date, in the country a
// nationality, a possessive, the bank named before the role word, the
// dateline or the title itself gives; with no country, or for a former
// holder, it is no holder.
func TestFinanceRoles(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text, published string
		ents                  []ent
		role                  string // the role mention's text
		want                  string // its actor id; "" for none
	}{
		{"a nationality before the finance minister", "The German finance minister said the budget would balance.", "2023-05-01",
			[]ent{{"German", model.EntityNORP}}, "finance minister", "person:christian_lindner"},
		{"a possessive country before the finance minister", "Britain's finance minister presented the budget on Wednesday.", "2024-03-01",
			[]ent{{"Britain", model.EntityGPE}}, "finance minister", "person:jeremy_hunt"},
		{"the holder at the article's date", "Britain's finance minister presented the budget on Wednesday.", "2024-10-30",
			[]ent{{"Britain", model.EntityGPE}}, "finance minister", "person:rachel_reeves"},
		{"the portfolio written out, with a dateline", "NEW DELHI — The Minister of Finance presented the budget on Thursday.", "2024-02-01",
			[]ent{{"NEW DELHI", model.EntityGPE}}, "Minister of Finance", "person:nirmala_sitharaman"},
		{"a title only Britain's finance minister bears", "The Chancellor of the Exchequer presented the budget on Wednesday.", "2021-10-27",
			nil, "Chancellor of the Exchequer", "person:rishi_sunak"},
		{"a title only the U.S. finance minister bears", "The Treasury Secretary flew to Beijing on Thursday.", "2024-04-04",
			nil, "Treasury Secretary", "person:janet_yellen"},
		{"the central bank governor with a dateline", "TOKYO — The central bank governor said rates would stay low.", "2024-05-01",
			[]ent{{"TOKYO", model.EntityGPE}}, "central bank governor", "person:kazuo_ueda"},
		{"a possessive country before the central bank governor", "India's central bank governor said inflation was easing.", "2024-05-01",
			[]ent{{"India", model.EntityGPE}}, "central bank governor", "person:shaktikanta_das"},
		{"the Fed chair", "The Fed chair said inflation was easing.", "2024-05-01",
			[]ent{{"Fed", model.EntityOrg}}, "chair", "person:jerome_powell"},
		{"the ECB president is the bank's head, not a state's president", "The ECB president said rates would hold.", "2024-05-01",
			[]ent{{"ECB", model.EntityOrg}}, "president", "person:christine_lagarde"},
		{"the World Bank's president heads an international bank, no central bank", "The World Bank president said growth would slow.", "2024-05-01",
			[]ent{{"World Bank", model.EntityOrg}}, "president", "person:ajay_banga"},
		{"a bank of another name with its governor", "The Bank of England governor said rates would hold.", "2024-05-01",
			[]ent{{"Bank of England", model.EntityOrg}}, "governor", "person:andrew_bailey"},
		{"no country, no holder", "The finance minister said the budget would balance.", "2024-05-01",
			nil, "finance minister", ""},
		{"a former finance minister is no holder", "BERLIN — The former finance minister said the budget would not balance.", "2024-05-01",
			[]ent{{"BERLIN", model.EntityGPE}}, "finance minister", ""},
		{"the home country's finance minister at a dateline", "BERLIN — The finance minister said the budget would not balance.", "2024-05-01",
			[]ent{{"BERLIN", model.EntityGPE}}, "finance minister", "person:christian_lindner"},
		{"a visiting finance minister is not the dateline country's", "BERLIN — The visiting finance minister said the budget would not balance.", "2024-05-01",
			[]ent{{"BERLIN", model.EntityGPE}}, "finance minister", ""},
		{"a visiting finance minister keeps the country named with him", "BERLIN — The visiting Indian finance minister said the budget would not balance.", "2024-05-01",
			[]ent{{"BERLIN", model.EntityGPE}, {"Indian", model.EntityNORP}}, "finance minister", "person:nirmala_sitharaman"},
		{"a commercial bank's president stays no central bank's head", "The Deutsche Bank president said profits rose.", "2024-05-01",
			[]ent{{"Deutsche Bank", model.EntityOrg}}, "president", "!person:christine_lagarde"},
	} {
		got := roleHolder(t, s, c.text, c.published, c.ents, c.role)
		if len(c.want) > 0 && c.want[0] == '!' {
			if got == c.want[1:] {
				t.Errorf("%s: %q: %q -> %q, want anything else", c.name, c.text, c.role, got)
			}
			continue
		}
		if got != c.want {
			t.Errorf("%s: %q: %q -> %q, want %q", c.name, c.text, c.role, got, c.want)
		}
	}
}
