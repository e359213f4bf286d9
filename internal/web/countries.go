package web

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/api"
)

// sideCountry is the country of an event's side as a row shows it: the
// knowledge base's name, with the stored code kept for the title.
type sideCountry struct {
	Name, Code string
}

// eventSideCountry names the country of an event's side (actor, name as
// the event has them, code as stored): rows showed the bare code ("SDN"),
// which asks a reader to know ISO 3166. It is empty when there is nothing
// to add: no code, a side that is the country itself (actor SDN, or named
// "Sudan"). A code the knowledge base does not name is shown as it is.
func eventSideCountry(actor, name, code string) sideCountry {
	if code == "" || code == actor {
		return sideCountry{}
	}
	n := api.CountryName(code)
	if n == "" {
		n = code
	}
	if strings.EqualFold(strings.TrimSpace(name), n) {
		return sideCountry{}
	}
	return sideCountry{Name: n, Code: code}
}

// placeCountryName is the knowledge base's name of a country code, else
// the code as it is.
func placeCountryName(code string) string {
	if n := api.CountryName(code); n != "" {
		return n
	}
	return code
}
