package resolve

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/kb"
)

// Trades. A definite description by a company's trade ("the French
// drugmaker", "the carmaker", "the airline", "the bank") refers back to a
// company of that trade: after "Renault said ... Sanofi reported ...",
// "the drugmaker" is Sanofi, and after Renault alone it is not Renault.
// The trade of a company is known from a small curated table of the
// knowledge base's companies (companies.tsv) whose trade is their main and
// lasting business (the makers of cars, medicines, chips, aircraft and
// steel, airlines and banks, from each company's own description of its
// business), or from its name ("Kenya Airways", "Equity Bank", "Atlas
// Motors", "Sage Therapeutics"). A company whose trade is not known stays
// a candidate for any trade word, as before.

// tradeNouns map the head of a trade description to its trade.
var tradeNouns = map[string]string{
	"carmaker": "car", "automaker": "car", "drugmaker": "drug", "airline": "airline",
	"bank": "bank", "lender": "bank", "chipmaker": "chip", "planemaker": "plane", "jetmaker": "plane",
	"steelmaker": "steel",
}

// companyTrades are the trades of knowledge-base companies, by id.
var companyTrades = func() map[string]string {
	m := map[string]string{}
	for trade, ids := range map[string]string{
		"car": `USA.BUS.TESLA USA.BUS.GENERALMOTORS USA.BUS.FORDMOTORCOMPANY CHN.BUS.BYD CHN.BUS.GEELY
			JPN.BUS.TOYOTAMOTOR JPN.BUS.HONDA JPN.BUS.NISSAN KOR.BUS.HYUNDAIMOTOR KOR.BUS.KIA IND.BUS.TATAMOTORS
			FRA.BUS.RENAULT DEU.BUS.VOLKSWAGEN DEU.BUS.BMW DEU.BUS.MERCEDESBENZGROU NLD.BUS.STELLANTIS`,
		"drug": `USA.BUS.PFIZER USA.BUS.MODERNA USA.BUS.ELILILLY USA.BUS.ABBVIE USA.BUS.JOHNSONANDJOHNSO
			CHE.BUS.NOVARTIS CHE.BUS.ROCHE GBR.BUS.ASTRAZENECA GBR.BUS.GSK FRA.BUS.SANOFI DEU.BUS.BAYER
			DNK.BUS.NOVONORDISK ISR.BUS.TEVA`,
		"airline": `USA.BUS.AMERICANAIRLINES AUS.BUS.QANTAS DEU.BUS.LUFTHANSA TUR.BUS.TURKISHAIRLINES`,
		"bank": `USA.BUS.JPMORGANCHASE USA.BUS.BANKOFAMERICA USA.BUS.CITIGROUP USA.BUS.WELLSFARGO
			USA.BUS.GOLDMANSACHS USA.BUS.MORGANSTANLEY IRL.BUS.BANKOFIRELAND CHN.BUS.INDUSTRIALANDCOM
			CHN.BUS.CHINACONSTRUCTIO CHN.BUS.AGRICULTURALBANK CHN.BUS.BANKOFCHINA IND.BUS.HDFCBANK
			IND.BUS.STATEBANKOFINDIA IND.BUS.BANKOFINDIA RUS.BUS.SBERBANK CAN.BUS.ROYALBANKOFCANAD
			AUS.BUS.COMMONWEALTHBANK CHE.BUS.UBS GBR.BUS.HSBC GBR.BUS.BARCLAYS GBR.BUS.STANDARDCHARTERE
			FRA.BUS.BNPPARIBAS DEU.BUS.DEUTSCHEBANK ITA.BUS.UNICREDIT ITA.BUS.INTESASANPAOLO
			ESP.BUS.BANCOSANTANDER NLD.BUS.ING CYP.BUS.BANKOFCYPRUS GEO.BUS.BANKOFGEORGIA`,
		"chip":  `USA.BUS.NVIDIA USA.BUS.INTEL USA.BUS.ADVANCEDMICRODEV USA.BUS.QUALCOMM USA.BUS.BROADCOM TWN.BUS.TSMC TWN.BUS.MEDIATEK KOR.BUS.SKHYNIX`,
		"plane": `USA.BUS.BOEING NLD.BUS.AIRBUS BRA.BUS.EMBRAER CAN.BUS.BOMBARDIER FRA.BUS.DASSAULTAVIATION`,
		"steel": `JPN.BUS.NIPPONSTEEL KOR.BUS.POSCO`,
	} {
		for _, id := range strings.Fields(ids) {
			m[id] = trade
		}
	}
	return m
}()

// nameTrades are the words in a company's name that give its trade.
var nameTrades = map[string]string{
	"airlines": "airline", "airways": "airline", "bank": "bank", "bancorp": "bank", "motors": "car",
	"motor": "car", "pharmaceuticals": "drug", "pharmaceutical": "drug", "pharma": "drug",
	"therapeutics": "drug", "semiconductor": "chip", "semiconductors": "chip", "steel": "steel",
}

// tradeOf returns the trade of the organisation l, "" when not known.
func tradeOf(l *link) string {
	if t, ok := companyTrades[l.id]; ok {
		return t
	}
	for _, w := range strings.Fields(kb.Normalize(l.name)) {
		if t, ok := nameTrades[w]; ok {
			return t
		}
	}
	return ""
}

// otherTrade reports whether the trade description whose head is head
// ("drugmaker") names a trade other than the one organisation l is known
// to ply.
func otherTrade(head string, l *link) bool {
	want, ok := tradeNouns[head]
	if !ok {
		return false
	}
	got := tradeOf(l)
	return got != "" && got != want
}
