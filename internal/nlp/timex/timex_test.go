package timex

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
)

// ref is a Friday.
var ref = time.Date(2021, 7, 30, 9, 0, 0, 0, time.UTC)

func TestFind(t *testing.T) {
	tests := []struct {
		sentence, text, value, prec, rel, end string
	}{
		{"The report was released Friday.", "Friday", "2021-07-30", "day", "current", ""},
		// A weekday in the infinitive of an appeal, order or plan dates
		// the act asked for, which comes after the asking; the asking's
		// own weekday, and a said or done act's, stay past.
		{"The opposition leader called on supporters to march peacefully through the capital on Saturday.", "Saturday", "2021-07-31", "day", "future", ""},
		{"The bishops urged the faithful to vote on Sunday.", "Sunday", "2021-08-01", "day", "future", ""},
		{"The minister planned to travel to the border on Monday.", "Monday", "2021-08-02", "day", "future", ""},
		{"The army ordered all reservists to report to their units on Tuesday.", "Tuesday", "2021-08-03", "day", "future", ""},
		{"The union asked members to stay away from work on Wednesday.", "Wednesday", "2021-08-04", "day", "future", ""},
		{"The union urged members on Wednesday to stay away from work.", "Wednesday", "2021-07-28", "day", "past", ""},
		{"The opposition leader said on Saturday that the vote was rigged.", "Saturday", "2021-07-24", "day", "past", ""},
		{"Thousands marched through the capital on Saturday.", "Saturday", "2021-07-24", "day", "past", ""},
		{"Protesters marched to the parliament on Saturday.", "Saturday", "2021-07-24", "day", "past", ""},
		{"The junta ordered the envoy to leave the country within 72 hours on Wednesday.", "Wednesday", "2021-07-28", "day", "past", ""},
		{"When asked to comment on Wednesday, the ministry declined.", "Wednesday", "2021-07-28", "day", "past", ""},
		{"The leader called for calm and troops moved into the city on Wednesday.", "Wednesday", "2021-07-28", "day", "past", ""},
		// Asked on the day of writing for an act that day: that day.
		{"The governor urged residents to stay indoors on Friday.", "Friday", "2021-07-30", "day", "current", ""},
		// An order or declaration sets a period running from when it is
		// made: its "until" or "by" weekday is ahead, whatever the
		// order's tense; a state told in the past ended on the past one.
		{"The governor ordered schools closed until Monday.", "Monday", "2021-08-02", "day", "future", ""},
		{"The president ordered flags flown at half-mast until Wednesday.", "Wednesday", "2021-08-04", "day", "future", ""},
		{"The court told the ministry to reply by Wednesday.", "Wednesday", "2021-08-04", "day", "future", ""},
		{"The market stayed closed until Wednesday.", "Wednesday", "2021-07-28", "day", "past", ""},
		{"He remained in hospital until Wednesday.", "Wednesday", "2021-07-28", "day", "past", ""},
		// Wire copy names the day of writing by its weekday: a period
		// opening "from Friday" on a Friday opens that day; "next
		// Friday" and a bare "on Friday" ahead stay a week on.
		{"The new fares would apply from Friday.", "Friday", "2021-07-30", "day", "current", ""},
		{"The rate will be set at 1,200 naira per dollar starting Friday.", "Friday", "2021-07-30", "day", "current", ""},
		{"The new fares will apply from next Friday.", "next Friday", "2021-08-06", "day", "future", ""},
		{"Officials met on Tuesday.", "Tuesday", "2021-07-27", "day", "past", ""},
		{"The leaders will meet on Tuesday.", "Tuesday", "2021-08-03", "day", "future", ""},
		{"Talks will resume next Friday.", "next Friday", "2021-08-06", "day", "future", ""},
		// "a week from Friday" is the Friday after the coming one.
		{"The leaders will meet a week from Tuesday in Paris.", "a week from Tuesday", "2021-08-10", "day", "future", ""},
		{"The vote is due two weeks from Monday.", "two weeks from Monday", "2021-08-16", "day", "future", ""},
		// A day something is set for is ahead, whatever the verb's tense;
		// "for Tuesday's attack" names a past day's event.
		{"The unions called a strike for Tuesday.", "Tuesday", "2021-08-03", "day", "future", ""},
		{"The opposition announced a rally for Sunday.", "Sunday", "2021-08-01", "day", "future", ""},
		{"Police arrested two men for Tuesday's attack.", "Tuesday", "2021-07-27", "day", "past", ""},
		// A weekday that dates a definite act named by its noun is the past
		// one, though "would" tells of the response to it; a weekday on
		// the response itself stays ahead.
		{"Iran said it would respond to the Israeli strike on Tuesday.", "Tuesday", "2021-07-27", "day", "past", ""},
		{"Iran said it would avenge Tuesday's strike on its consulate.", "Tuesday", "2021-07-27", "day", "past", ""},
		{"Iran said it would respond on Tuesday to the Israeli strike.", "Tuesday", "2021-08-03", "day", "future", ""},
		// A verb starting or stopping the act takes the weekday: its tense
		// says which day.
		{"The unions said they would call off the strike on Wednesday.", "Wednesday", "2021-08-04", "day", "future", ""},
		{"The rebels said they would halt the attacks on Monday.", "Monday", "2021-08-02", "day", "future", ""},
		{"The unions called off the strike on Wednesday.", "Wednesday", "2021-07-28", "day", "past", ""},
		{"The ministers will meet on Tuesday after the attack.", "Tuesday", "2021-08-03", "day", "future", ""},
		{"The market was shut on Saturday morning.", "Saturday", "2021-07-24", "day", "past", ""},
		{"A week after the vote, on Monday, protesters marched.", "Monday", "2021-07-26", "day", "past", ""},
		{"He arrived last week.", "last week", "2021-07-19", "day", "past", "2021-07-25"},
		{"He spoke earlier this week.", "earlier this week", "2021-07-26", "day", "past", "2021-07-29"},
		{"Drills are planned for next month.", "next month", "2021-08", "month", "future", ""},
		{"Next month's scheduled drills may prove a test.", "Next month", "2021-08", "month", "future", ""},
		{"Exports fell this month.", "this month", "2021-07", "month", "current", ""},
		{"Prices rose last month.", "last month", "2021-06", "month", "past", ""},
		// "this time last year" is the day of writing, a year before.
		{"This time last year, the rebels held half the province.", "This time last year", "2020-07-30", "day", "past", ""},
		{"By this time next year, the dam will be finished.", "this time next year", "2022-07-30", "day", "future", ""},
		// A part of a month named from the day of writing is narrowed as
		// "late June" is.
		{"Talks stalled late last month.", "late last month", "2021-06-16", "day", "past", "2021-06-30"},
		{"Police arrested 40 people early this month.", "early this month", "2021-07-01", "day", "past", "2021-07-15"},
		{"The meeting ended on July 27.", "July 27", "2021-07-27", "day", "past", ""},
		// "last year", "this year", "next year" after a month name its
		// year, counted from the day of writing, whatever the verb's
		// tense would infer ("will end in May next year" after "began in
		// March this year" is no March of 2022).
		{"The war began in April last year.", "April last year", "2020-04", "month", "past", ""},
		{"The talks, which began in March this year, will end in May next year.", "March this year", "2021-03", "month", "past", ""},
		{"The talks, which began in March this year, will end in May next year.", "May next year", "2022-05", "month", "future", ""},
		{"The plant will open in January of next year.", "January of next year", "2022-01", "month", "future", ""},
		{"Prices have risen since March last year.", "since March last year", "2020-03", "month", "past", "2021-07-30"},
		{"The deal was signed in mid-April last year.", "mid-April last year", "2020-04-10", "day", "past", "2020-04-20"},
		{"The summit will be held on July 2.", "July 2", "2022-07-02", "day", "future", ""},
		{"The vote is set for August 3.", "August 3", "2021-08-03", "day", "future", ""},
		{"It happened on July 27, 2021.", "July 27, 2021", "2021-07-27", "day", "past", ""},
		{"It happened on 27 July 2019.", "27 July 2019", "2019-07-27", "day", "past", ""},
		{"Elections were held on 2 May.", "2 May", "2021-05-02", "day", "past", ""},
		{"The file is dated 2020-03-15.", "2020-03-15", "2020-03-15", "day", "past", ""},
		{"They exchanged letters since April.", "since April", "2021-04", "month", "past", "2021-07-30"},
		// An abbreviated month keeps its full stop before the day, as wire
		// style writes it: "since Feb. 14" is that day, not all February.
		{"Forty people have been killed since Feb. 14.", "Feb. 14", "2021-02-14", "day", "past", "2021-07-30"},
		{"Talks have stalled since Sept. 3, 2019.", "Sept. 3, 2019", "2019-09-03", "day", "past", "2021-07-30"},
		{"Prices have risen since Feb. 2019.", "Feb. 2019", "2019-02", "month", "past", "2021-07-30"},
		{"Prices have risen since Feb.", "since Feb", "2021-02", "month", "past", "2021-07-30"},
		{"The process launched in 2018.", "2018", "2018", "year", "past", ""},
		{"Summits held in 2018-2019 failed.", "2018-2019", "2018", "year", "past", "2019"},
		{"The talks of 2018-19 failed.", "2018-19", "2018", "year", "past", "2019"},
		{"Lines reopened after 14 months of silence.", "14 months", "2020-05", "month", "past", "2021-07-30"},
		{"He was arrested three years ago.", "three years ago", "2018", "year", "past", ""},
		{"She arrived yesterday.", "yesterday", "2021-07-29", "day", "past", ""},
		{"The minister speaks today.", "today", "2021-07-30", "day", "current", ""},
		{"A vote is expected tonight.", "tonight", "2021-07-30", "day", "current", ""},
		{"He will return tomorrow.", "tomorrow", "2021-07-31", "day", "future", ""},
		{"No group had claimed the attack at the time of writing.", "the time of writing", "2021-07-30", "day", "current", ""},
		{"Sherman traveled to China over the weekend.", "over the weekend", "2021-07-24", "day", "past", "2021-07-25"},
		{"The championship ran throughout the weekend.", "throughout the weekend", "2021-07-24", "day", "past", "2021-07-25"},
		{"The talks will resume next spring.", "next spring", "2022-03", "month", "future", "2022-05"},
		{"Protests erupted last winter.", "last winter", "2020-12", "month", "past", "2021-02"},
		{"The fire broke out on Friday the 13th.", "Friday the 13th", "2020-11-13", "day", "past", ""},
		{"The summit opens on Tuesday the 3rd.", "Tuesday the 3rd", "2021-08-03", "day", "future", ""},
		{"The plant closed on Monday the 5th.", "Monday the 5th", "2021-07-05", "day", "past", ""},
		{"The wall was finished in the spring of 2019.", "the spring of 2019", "2019-03", "month", "past", "2019-05"},
		{"Heating bills will be higher this winter.", "this winter", "2021-12", "month", "future", "2022-02"},
		{"The mill was built in the winter of 1791.", "the winter of 1791", "1791-12", "month", "past", "1792-02"},
		{"The army camped there in the winter of 1776-77.", "the winter of 1776-77", "1776-12", "month", "past", "1777-02"},
		{"Fighting flared in the 1990s.", "the 1990s", "1990", "year", "past", "1999"},
		{"The party was founded in March 1921.", "March 1921", "1921-03", "month", "past", ""},
		{"Elections are due in November.", "November", "2021-11", "month", "future", ""},
		{"The strike began in March.", "March", "2021-03", "month", "past", ""},
		{"Trade grew last year.", "last year", "2020", "year", "past", ""},
		// Historical dates: any four-digit year inside a full date, an old
		// bare year after a preposition, centuries.
		{"He was born on August 2, 1754.", "August 2, 1754", "1754-08-02", "day", "past", ""},
		{"The charter was signed on the 4th of July 1776.", "4th of July 1776", "1776-07-04", "day", "past", ""},
		{"He earned a PhD in 1721.", "1721", "1721", "year", "past", ""},
		{"He went there in 1724 as professor.", "1724", "1724", "year", "past", ""},
		{"His chief work (1738) is famous.", "1738", "1738", "year", "past", ""},
		{"The town grew in the 19th century.", "the 19th century", "1800", "year", "past", "1899"},
		{"Mills closed in the late 20th century.", "the late 20th century", "1967", "year", "past", "1999"},
		{"The 1930’s were hard.", "The 1930’s", "1930", "year", "past", "1939"},
		{"Mills closed in the twentieth century.", "the twentieth century", "1900", "year", "past", "1999"},
		{"Warhol worked there in the sixties.", "the sixties", "1960", "year", "past", "1969"},
		{"The border has been closed since the Korean War.", "the Korean War", "1950-06-25", "day", "past", "1953-07-27"},
		{"Security tightened after 9/11.", "9/11", "2001-09-11", "day", "past", ""},
		{"His father fought in World War Two.", "World War Two", "1939-09-01", "day", "past", "1945-09-02"},
		{"Two of the harbour cranes date from before WWII.", "WWII", "1939-09-01", "day", "past", "1945-09-02"},
		{"Thousands died in the Iran-Iraq War.", "the Iran-Iraq War", "1980-09-22", "day", "past", "1988-08-20"},
		{"Britain fought the Falklands War.", "the Falklands War", "1982-04-02", "day", "past", "1982-06-14"},
		{"October was the wettest month.", "October", "2020-10", "month", "past", ""},
		{"Seventeen years ago the school opened.", "Seventeen years ago", "2004", "year", "past", ""},
		{"Sales fell Last Year.", "Last Year", "2020", "year", "past", ""},
		// The sentence's own year dates its yearless dates that follow.
		{"In 2018, Kim met Trump in Singapore on June 12.", "June 12", "2018-06-12", "day", "past", ""},
		{"The talks failed in 2019 and resumed in October.", "October", "2019-10", "month", "past", ""},
		{"The president, who took office in 2019, will travel to Beijing in May.", "May", "2022-05", "month", "future", ""},
		{"The dam, completed in 1964, was inspected on July 9.", "July 9", "2021-07-09", "day", "past", ""},
		{"On June 12 the envoys recalled the summit held in 2018.", "June 12", "2021-06-12", "day", "past", ""},
		// A weekday before a date is part of it.
		{"The interview took place on Saturday, April 4, 2009.", "Saturday, April 4, 2009", "2009-04-04", "day", "past", ""},
		{"Washington crossed the river in November of 1776.", "November of 1776", "1776-11", "month", "past", ""},
		{"Fireworks lit the sky on the 4th of July.", "4th of July", "2021-07-04", "day", "past", ""},
		// Ranges, fiscal years, quarters and halves, parts of years.
		{"Inflation averaged 3 percent between 2010 and 2015.", "2010 and 2015", "2010", "year", "past", "2015"},
		{"Fighting raged from March to May.", "March to May", "2021-03", "month", "past", "2021-05"},
		{"The plant was closed between January and March 2019.", "January and March 2019", "2019-01", "month", "past", "2019-03"},
		{"Exports rose in January–March.", "January–March", "2021-01", "month", "past", "2021-03"},
		{"The season runs from November to February.", "November to February", "2021-11", "month", "future", "2022-02"},
		{"The meeting took place on 5–6 September 2019.", "5–6 September 2019", "2019-09-05", "day", "past", "2019-09-06"},
		{"The fair is held on September 5-6, 2019.", "September 5-6, 2019", "2019-09-05", "day", "past", "2019-09-06"},
		{"Revenue for fiscal 2020 rose.", "fiscal 2020", "2020", "year", "past", ""},
		{"FY22 profit will double.", "FY22", "2022", "year", "future", ""},
		{"Output shrank in the second quarter.", "the second quarter", "2021-04", "month", "past", "2021-06"},
		{"Sales fell in the third quarter of last year.", "the third quarter of last year", "2020-07", "month", "past", "2020-09"},
		{"Growth will pick up in the second half.", "the second half", "2021-07", "month", "current", "2021-12"},
		{"Profits rose in Q1 2020.", "Q1 2020", "2020-01", "month", "past", "2020-03"},
		{"Profits fell last quarter.", "last quarter", "2021-04", "month", "past", "2021-06"},
		{"Growth will slow by the end of the year.", "the end of the year", "2021", "year", "current", ""},
		{"The contract runs until the end of 2026.", "2026", "2026", "year", "future", ""},
		{"He has led the party since mid-2019.", "mid-2019", "2019", "year", "past", "2021-07-30"},
		{"The reforms of the mid-1990s failed.", "the mid-1990s", "1993", "year", "past", "1997"},
		{"Mills closed in the late 1970s.", "the late 1970s", "1975", "year", "past", "1979"},
		{"The town grew in the 1800s.", "the 1800s", "1800", "year", "past", "1899"},
		{"The mosque dates from the 1540s.", "the 1540s", "1540", "year", "past", "1549"},
		{"The agency was founded in 2001 and restructured a decade later.", "a decade later", "2011", "year", "past", ""},
		{"The duel took place on 30 May 1832 and he died the following morning.", "the following morning", "1832-05-31", "day", "past", ""},
		// Spans from or to the publish date; a bare duration is no date.
		{"Prices rose over the past three years.", "the past three years", "2018-07-31", "day", "past", "2021-07-30"},
		{"Talks are planned for the next two weeks.", "the next two weeks", "2021-07-30", "day", "future", "2021-08-12"},
		{"A decision is due within 30 days.", "within 30 days", "2021-07-30", "day", "future", "2021-08-29"},
		{"Rents doubled over the past decade.", "the past decade", "2011-07-31", "day", "past", "2021-07-30"},
		{"Emissions must halve over the next decade.", "the next decade", "2021-07-30", "day", "future", "2031-07-29"},
		{"The town grew more in the past century than in the five before.", "the past century", "1921-07-31", "day", "past", "2021-07-30"},
		// "The last" is "the past": the ten (hundred) years to the day
		// of writing, as TIMEX2 and TimeML read it, not the calendar
		// decade (century) before this one.
		{"Wages barely moved in the last decade.", "the last decade", "2011-07-31", "day", "past", "2021-07-30"},
		{"Rents have tripled over the last century.", "the last century", "1921-07-31", "day", "past", "2021-07-30"},
		// A bare year as the object of a verb that opens or closes a
		// stretch of time.
		{"Okafor opened 2019 with two wins in Lagos.", "2019", "2019", "year", "past", ""},
		{"The club ended 2020 as the league leader.", "2020", "2020", "year", "past", ""},
		{"The bank's shares closed 2018 down 12 percent.", "2018", "2018", "year", "past", ""},
		// Periods named by their length and last month, as results give them.
		{"Sales fell 4 percent in the three months to March, the retailer said.", "the three months to March", "2021-01", "month", "past", "2021-03"},
		{"Profit doubled in the year to June 2020.", "the year to June 2020", "2019-07", "month", "past", "2020-06"},
		{"The loss narrowed in the six months ended September 30, 2019.", "the six months ended September 30, 2019", "2019-04", "month", "past", "2019-09"},
		{"Revenue rose in the quarter to June.", "the quarter to June", "2021-04", "month", "past", "2021-06"},
		// A period that "ended" is over at the publish date (2021-07-30):
		// one ending later in the month is last year's.
		{"Profit rose in the quarter ended July 31.", "the quarter ended July 31", "2020-05", "month", "past", "2020-07"},
		{"Sales rose in the half ended July.", "the half ended July", "2020-02", "month", "past", "2020-07"},
		{"Profit rose in the quarter ended June 30.", "the quarter ended June 30", "2021-04", "month", "past", "2021-06"},
		// A winter starts in December of its year and ends in February of
		// the next: "the winter of 2019" is 2019-12 to 2020-02.
		{"Gas use peaked in the winter of 2019.", "the winter of 2019", "2019-12", "month", "past", "2020-02"},
		// A bare year without a preposition, in a year's company: in a
		// list after another year, attributive after "a" or a possessive,
		// in a name or citation after a capitalised word; an old year
		// followed by a verb in the past.
		{"The club won the cup in 2009, 2010 and 2012.", "2010", "2010", "year", "past", ""},
		{"In a 2003 interview with a radio station, she criticised the plan.", "2003", "2003", "year", "past", ""},
		{"The minister recalled the union's 2018 strike.", "2018", "2018", "year", "past", ""},
		{"Crowds filled the halls of Comic Fair Lagos 2019 in Ikeja.", "2019", "2019", "year", "past", ""},
		{"Replication was called for early on (see Okoro and Lund 2017).", "2017", "2017", "year", "past", ""},
		{"The method spread quickly (Adams, 2015; Brenner, 2016).", "2015", "2015", "year", "past", ""},
		{"He taught there from 1724, but a fever in 1733 gave him a reason to leave.", "1733", "1733", "year", "past", ""},
		// A part of a month: its first or second half, or its middle days.
		{"The rains start in late September.", "late September", "2021-09-16", "day", "future", "2021-09-30"},
		{"Talks began in early March 2019.", "early March 2019", "2019-03-01", "day", "past", "2019-03-15"},
		{"The vote took place in mid-June.", "mid-June", "2021-06-10", "day", "past", "2021-06-20"},
		{"Prices have risen since early March.", "since early March", "2021-03-01", "day", "past", "2021-07-30"},
		{"Late February was cold.", "Late February", "2021-02-16", "day", "past", "2021-02-28"},
		// "end-June", as wire reports write it, is the month's end: its
		// second half, as "late June" (TIMEX3 gives both the mod END).
		{"Output had fallen by end-June, the ministry said.", "end-June", "2021-06-16", "day", "past", "2021-06-30"},
		{"The refinery is due to restart at end-September.", "end-September", "2021-09-16", "day", "future", "2021-09-30"},
		{"End-June stocks stood at a record.", "End-June", "2021-06-16", "day", "past", "2021-06-30"},
		{"The contract ran until end-March 2019.", "end-March 2019", "2019-03-16", "day", "past", "2019-03-31"},
		{"The talks reached a dead end June 3.", "June 3", "2021-06-03", "day", "past", ""}, // no hyphen: no part
		// "The year before" with no year named is the one before the
		// publish year's.
		{"Sales fell by a third from the year before.", "the year before", "2020", "year", "past", ""},
		// Ranges of days across months: a year at either end dates both;
		// without one the end takes the tense's year, so a range under
		// way at the publish date starts this year.
		{"The exhibition is to run from July 23 through September 9.", "July 23 through September 9", "2021-07-23", "day", "current", "2021-09-09"},
		{"The festival runs from 28 February to 3 March 2024.", "28 February to 3 March 2024", "2024-02-28", "day", "future", "2024-03-03"},
		{"Voting took place between June 30 and July 2.", "June 30 and July 2", "2021-06-30", "day", "past", "2021-07-02"},
		{"The camp ran from December 28, 2019 to January 3.", "December 28, 2019 to January 3", "2019-12-28", "day", "past", "2020-01-03"},
		{"He was seen on March 3 and April 5.", "April 5", "2021-04-05", "day", "past", ""},
		// Holidays on fixed days, with the year their modifier, a written
		// year or the tense calls for.
		{"Shops will close on Christmas Day.", "Christmas Day", "2021-12-25", "day", "future", ""},
		{"He was arrested last Christmas.", "last Christmas", "2020-12-25", "day", "past", ""},
		{"The ceasefire will hold until Christmas, officials said.", "Christmas", "2021-12-25", "day", "future", ""},
		{"They married on New Year's Eve 2019.", "New Year's Eve 2019", "2019-12-31", "day", "past", ""},
		{"The bombing happened on Halloween.", "Halloween", "2020-10-31", "day", "past", ""},
		{"The parade on St. Patrick's Day drew crowds.", "St. Patrick's Day", "2021-03-17", "day", "past", ""},
		{"Unions plan rallies for May Day.", "May Day", "2022-05-01", "day", "future", ""},
		// Full years joined by a spaced dash; a lifetime or a reign may
		// reach a century.
		{"The study models harvests over 2000 - 2050 in four regions.", "2000 - 2050", "2000", "year", "current", "2050"},
		{"The painter Jean Dufresne (1704 – 1787) trained in Lyon.", "1704 – 1787", "1704", "year", "past", "1787"},
		{"The king reigned 1715 - 1774 over a growing state.", "1715 - 1774", "1715", "year", "past", "1774"},
		// Days of one month joined in words after "from" or "between":
		// the preposition is not part of the text.
		{"The summit will run from September 6 to 9 in Geneva.", "September 6 to 9", "2021-09-06", "day", "future", "2021-09-09"},
		{"Voting was held between June 10 and 12, 2020.", "June 10 and 12, 2020", "2020-06-10", "day", "past", "2020-06-12"},
		{"Talks ran from 3 to 5 March without a deal.", "3 to 5 March", "2021-03-03", "day", "past", "2021-03-05"},
		// "In recent days/weeks/months" is the past few of them, as "the
		// past few days" is.
		{"Dozens were killed in recent days, the agency said.", "recent days", "2021-07-28", "day", "past", "2021-07-30"},
		{"Prices have climbed in recent weeks.", "recent weeks", "2021-07-10", "day", "past", "2021-07-30"},
		// "On the 3rd": a day of the publish month, the month before when
		// a past act would be ahead, the month after when a future one
		// would be behind.
		{"The ceasefire took effect on the 3rd.", "the 3rd", "2021-07-03", "day", "past", ""},
		{"The ceasefire took effect on the 15th, the army said.", "the 15th", "2021-07-15", "day", "past", ""},
		{"The truce collapsed on the 29th after talks broke down.", "the 29th", "2021-07-29", "day", "past", ""},
		{"The vote will be held on the 3rd.", "the 3rd", "2021-08-03", "day", "future", ""},
		{"Polls will open on the 30th.", "the 30th", "2021-07-30", "day", "current", ""},
		// "Friday week" (British): a week after the coming Friday, or told
		// of a past act a week before the last one; "the week after next"
		// is two weeks on.
		{"The vote will be held on Friday week.", "Friday week", "2021-08-06", "day", "future", ""},
		{"Parliament returns Monday week.", "Monday week", "2021-08-09", "day", "future", ""},
		{"The ceasefire began Tuesday week.", "Tuesday week", "2021-07-20", "day", "past", ""},
		{"Talks resume the week after next.", "the week after next", "2021-08-09", "day", "future", "2021-08-15"},
		// "Overnight" in a report of the past is the night before the day
		// of writing; in a forecast the coming night.
		{"Troops shelled the village overnight, the army said.", "overnight", "2021-07-29", "day", "past", ""},
		{"Drones struck the port overnight into Friday.", "overnight", "2021-07-29", "day", "past", ""},
		{"Rebels will attack the town overnight.", "overnight", "2021-07-30", "day", "current", ""},
		// "In the coming days/weeks/months" is the next few of them.
		{"The president will visit Beijing in the coming weeks.", "the coming weeks", "2021-07-30", "day", "future", "2021-08-19"},
		{"A decision is expected in the coming days.", "the coming days", "2021-07-30", "day", "future", "2021-08-01"},
		{"Prices are set to rise over the coming months.", "the coming months", "2021-07-30", "day", "future", "2021-10-29"},
		{"Recent months have seen a surge in arrivals.", "Recent months", "2021-05-01", "day", "past", "2021-07-30"},
		// Hours are counted from noon of the publish day (ref's hour is
		// not trusted: a publish date often has none), to the days they
		// reach.
		{"Rebels said 24 hours ago that they would withdraw.", "24 hours ago", "2021-07-29", "day", "past", ""},
		{"Two hours ago the blast shook the city.", "Two hours ago", "2021-07-30", "day", "current", ""},
		{"At least 40 people were killed in the past 24 hours.", "the past 24 hours", "2021-07-29", "day", "past", "2021-07-30"},
		// Centuries before the year 1000, and before Christ, which count
		// back: the early 3rd century BC is its first third, from 300 BC.
		{"The mosque dates from the 10th century.", "the 10th century", "0900", "year", "past", "0999"},
		{"The temple was built in the 5th century BC.", "the 5th century BC", "-0500", "year", "past", "-0401"},
		{"Walls rose in the early 3rd century B.C. around the port.", "the early 3rd century B.C.", "-0300", "year", "past", "-0268"},
		{"Coins of the 1st century AD were found.", "the 1st century AD", "0001", "year", "past", "0099"},
		// Thousands written with a comma.
		{"Farmers settled the valley some 5,000 years ago.", "5,000 years ago", "-2979", "year", "past", ""},
	}
	for _, tt := range tests {
		got := Find(tt.sentence, 0, 0, ref)
		var te *model.TimeExpr
		for i := range got {
			if got[i].Text == tt.text {
				te = &got[i]
			}
		}
		if te == nil {
			t.Errorf("%q: no expression %q in %+v", tt.sentence, tt.text, got)
			continue
		}
		if te.Value != tt.value || te.Precision != tt.prec || te.Relation != tt.rel || te.EndValue != tt.end {
			t.Errorf("%q: %q = %s/%s/%s end %q, want %s/%s/%s end %q", tt.sentence, tt.text, te.Value, te.Precision, te.Relation, te.EndValue, tt.value, tt.prec, tt.rel, tt.end)
		}
		if tt.sentence[te.Start:te.End] != te.Text {
			t.Errorf("%q: offsets %d:%d do not give %q", tt.sentence, te.Start, te.End, te.Text)
		}
	}
}

func TestNoFalseDates(t *testing.T) {
	for _, s := range []string{
		"Officials may meet soon.",
		"Some 2018 people protested.",
		"The Arab Spring changed the region.",
		"He has 1500 troops.",
		"A force of 1500 troops arrived.",
		"He was jailed for ten years.",
		"A 14-year-old boy was hurt.",
		"The visa is valid for 30 days.",
		"They signed a 10-year lease.",
		"The October Revolution shaped the century.",
		"June Carter sang.",
		"She is in her twenties.",
		"The team scored twice in the fourth quarter.",
		"The envoy flew home the following day.",
		// "Overnight" as an adjective, or in the present, is no date.
		"An overnight curfew was imposed.",
		"Shares fell in overnight trading.",
		"He became an overnight success.",
		"Markets are calm overnight.",
		"The army's overnight-shelling claims were denied.",
		// An ordinal before a noun modifies it: no day of the month.
		"He served on the 3rd Battalion.",
		"The fighting stopped on the 3rd round of talks.",
		"She succeeded on the 2nd time of asking.",
		"Gunmen fired on the 5th floor.",
		"The ceasefire took effect on the 3rd-largest island.",
		"Two days later he resigned.",
		"The crash came ten days before the start of the festival.",
		"Tickets sold out within the first half of the day.",
		// A number after a verb that opens or closes is a year only
		// with a year's company.
		"The index closed 1850 points lower.",
		"The candidate ended 2012 votes short of a majority.",
		"The fund began 2000 shares lower.",
		"The year to come will be hard.",
		// Counts after "a", a capitalised word or the sentence's first
		// word, and numbers that label things.
		"They ran a 2000 metre race.",
		"The town keeps a 2000 year old custom.",
		"Nearly 2000 people came.",
		"The army detained 2000 Syrians.",
		"Flight 1906 landed safely.",
		"The vote on Resolution 1973 was close.",
		"A 2000-strong crowd gathered.",
		// A holiday's name in passing is no day; nor is a Christmas of
		// another calendar.
		"In the following decade the city grew.",
		"He wrote three novels in the last five months of his life.",
		"Prices doubled in the first two years of the war.",
		"The vote may move to the year before the Games.",
		"Christmas shopping fell sharply.",
		"She sold Halloween costumes.",
		"Orthodox Christmas Day is a holiday in Serbia.",
		// A weekday that recurs names no day.
		"The market opens every Friday.",
		"Editors pick headlines on a Monday.",
		"The roads are busy on Saturday mornings.",
		"Each Tuesday the council meets.",
		"She posts a new video every Wednesday/Thursday.",
		"The ferry runs two crossings per week on Tuesday and Friday.",
		// A weekday that begins a paper's name, or tells which paper, is
		// the day it comes out every week.
		"Police served a closure order on the Sunday Leader newspaper.",
		"The minister told the Sunday Times he would resign.",
		"The Sunday Telegraph's editor was questioned.",
		"He wrote a column for a Sunday newspaper.",
		"About 1900-2000 troops were sent.",
		"Some 1100 - 1150 troops were sent.",
		// A year's digits before a decimal point are a number.
		"The index rose to 2021.5 points.",
		"Output fell to 1998.75 tonnes.",
		// Hours are a date only back from the day of writing ("ago",
		// "the past"): ahead they are deadlines and forecasts.
		"Troops must leave within 48 hours, the army said.",
		"Rain is expected over the next 30 hours.",
		"The strike lasted for 24 hours.",
		"A 24-hour strike shut the port.",
		"Police questioned him for several hours.",
		// Numbers joined in words with no month are no days.
		"The board may meet between 10 and 12 members.",
	} {
		if got := Find(s, 0, 0, ref); len(got) != 0 {
			t.Errorf("%q: unexpected %+v", s, got)
		}
	}
}

func TestAnniversary(t *testing.T) {
	s := "The meeting ended on July 27, a date marking the 68th anniversary of the cease-fire."
	got := Find(s, 0, 0, ref)
	var found bool
	for _, te := range got {
		if strings.Contains(te.Text, "anniversary") {
			found = true
			if te.Value != "2021-07-27" || te.Base != "1953-07-27" {
				t.Errorf("anniversary = %+v, want value 2021-07-27 base 1953-07-27", te)
			}
		}
	}
	if !found {
		t.Fatalf("no anniversary in %+v", got)
	}
	// A named period in the sentence is what is remembered, not the day.
	got = Find("They marked the 68th anniversary of the end of the Korean War.", 0, 0, ref)
	for _, te := range got {
		if strings.Contains(te.Text, "anniversary") && (te.Value != "2021" || te.Base != "1953") {
			t.Errorf("anniversary beside a named period = %+v, want value 2021 base 1953", te)
		}
	}
	got = Find("They marked the 100th anniversary of the party.", 0, 0, ref)
	if len(got) != 1 || got[0].Base != "1921" {
		t.Errorf("100th anniversary = %+v, want base 1921", got)
	}
}

func TestNoReference(t *testing.T) {
	got := Find("On Friday, July 27, 2021, and yesterday.", 0, 0, time.Time{})
	if len(got) != 1 || got[0].Value != "2021-07-27" || got[0].Relation != "" {
		t.Errorf("without a reference only absolute dates: %+v", got)
	}
}

func TestStage(t *testing.T) {
	text := "Talks began on Monday.\n\nThey will resume next month."
	doc := &model.Document{Published: ref, Article: &model.Article{Text: text}}
	if err := NewStage().Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	d := doc.Article.Dates
	if len(d) != 2 || d[0].Value != "2021-07-26" || d[1].Value != "2021-08" || d[1].Sentence != 1 {
		t.Errorf("dates = %+v", d)
	}
	if text[d[1].Start:d[1].End] != d[1].Text {
		t.Errorf("article offsets wrong: %+v", d[1])
	}
}

// A text without dates still says the stage looked: an empty list, not
// nil, which the event coder reads as "no stage looked" and looks itself.
func TestStageFoundNone(t *testing.T) {
	doc := &model.Document{Published: ref, Article: &model.Article{Text: "Talks began. They will resume."}}
	if err := NewStage().Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	if d := doc.Article.Dates; d == nil || len(d) != 0 {
		t.Errorf("dates = %#v, want an empty non-nil list", d)
	}
}

func FuzzFind(f *testing.F) {
	seeds, _ := filepath.Glob("testdata/*.txt")
	for _, p := range seeds {
		b, err := os.ReadFile(p)
		if err == nil {
			f.Add(string(b))
		}
	}
	f.Add("On Friday, since April 2018-2019 the 68th anniversary of 14 months ago next month's")
	f.Add("On Christmas Day, in late March, from 28 February to 3 March 2024 the following February, three months later the next Tuesday (1704 – 1787) a 2003 interview")
	f.Add("In 753 BC, AD 79 and 410 A.D. the empire fell in 476. On Friday the 13th, the day before, Athens today is old; Tuesday the 3")
	// Small hours of a night, a part of the day between day and time, the night of a date.
	f.Add("On Monday night at 1:15 a.m. local time, at 2:30 that night, shortly after midnight on Friday night, on the night of July 26 at 4:40 a.m., Tuesday evening at 7:40, at 2 a.m. last night")
	// Parts of years and of parts of days: deadlines in wire style, modifiers.
	f.Add("by end-2025, by end-year, by end of the year, by year-end, at the close of 2019, end-1990s, late Friday night at 2:10, early Sunday afternoon")
	// Formal dates, circa ranges, two-digit decades, perfect spans.
	f.Add("on the 1st day of Feb. next, the 12th of October last, c. 1871 – 72, the late '90s, has lived there for close to 100 years, after 2 years")
	// Parts of named months and decades, fiscal spans, holidays, clock times before weekdays, days around a date.
	f.Add("at the end of March 2025, the start of May's term, by the end of the decade, fiscal 2026-27, FY24/25, ahead of Thanksgiving last year, on Labor Day, is midnight Friday, until 5 p.m. Sunday, the day after Christmas, a fortnight ago, in Winter 2023-24")
	// Lunar holidays, n-th weekdays of a month, quarters by deixis, counts from now.
	f.Add("Millions travelled for the Lunar New Year, during Ramadan 2023 and Eid ul-Fitr, on the first Monday of April 2026 and the last Sunday in May, next quarter, the latter half of the year, a century ago, 2015 through 2018, a week from today, later tonight")
	// Weekday spans, schedules and days moved, feasts from Easter and of the Hebrew calendar, leap days, the turn of the year, parts of a century.
	f.Add("from Wednesday to Friday, open Monday-Friday each week, postponed from Tuesday to Friday, Thursday marks the anniversary, on Whit Monday, for Passover, Hanukkah last year, Easter falls late this year, Christmas in 2019, on February 29, at the turn of 2025, every December, the first decade of the century, in Sydney this winter")
	// Game quarters, days brought forward, seasons with their place, two days running, weeks' parts.
	f.Add("in the fourth quarter on Sunday, brought forward from Friday to Tuesday, during the European summer, on June 21 and 22, 14 and 15 April, mid-April, will last 48 hours, every other Thursday, by the weekend, at the end of the week, by mid-year, in the second week of April, the first half of May, on the first of next month, the 5th of this month, until the end of June, in a fortnight, by year's end, the week of March 23, postponed from April to June, brought forward to May from September")
	f.Fuzz(func(t *testing.T, s string) {
		for _, te := range Find(s, 0, 0, ref) {
			if te.Start < 0 || te.End > len(s) || te.Start > te.End || s[te.Start:te.End] != te.Text {
				t.Fatalf("bad offsets %+v", te)
			}
			if te.Value == "" || te.Precision == "" {
				t.Fatalf("empty value %+v", te)
			}
		}
	})
}

func TestReference(t *testing.T) {
	outside := time.Date(2020, 1, 2, 0, 0, 0, 0, time.UTC)
	inPage := time.Date(2021, 7, 30, 0, 0, 0, 0, time.UTC)
	doc := &model.Document{Published: outside, Article: &model.Article{}}
	if got := Reference(doc); !got.Equal(outside) {
		t.Errorf("without an article date the --published date is used, got %v", got)
	}
	doc.Article.Published = &inPage
	if got := Reference(doc); !got.Equal(inPage) {
		t.Errorf("the article's own date wins, got %v", got)
	}
	// The stage reads relative dates against it.
	doc.Article.Text = "They met yesterday."
	if err := NewStage().Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Article.Dates) != 1 || doc.Article.Dates[0].Value != "2021-07-29" {
		t.Errorf("dates = %+v", doc.Article.Dates)
	}
}

// An undated article is read against its reference date (Last-Modified or
// capture time) when nothing gives a publish date, and against nothing when
// it has none: not against the day of analysis.
func TestReferenceFallback(t *testing.T) {
	captured := time.Date(2021, 7, 30, 12, 0, 0, 0, time.UTC)
	doc := &model.Document{Article: &model.Article{ReferenceDate: &captured, ReferenceSource: model.DateCaptured, Text: "They met yesterday."}}
	if got := Reference(doc); !got.Equal(captured) {
		t.Errorf("reference = %v, want the capture time", got)
	}
	if err := NewStage().Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Article.Dates) != 1 || doc.Article.Dates[0].Value != "2021-07-29" {
		t.Errorf("dates = %+v", doc.Article.Dates)
	}
	given := time.Date(2021, 7, 20, 0, 0, 0, 0, time.UTC)
	doc.Published = given
	if got := Reference(doc); !got.Equal(given) {
		t.Errorf("reference = %v, want the given publish date before the capture time", got)
	}
	if got := Reference(&model.Document{Article: &model.Article{}}); !got.IsZero() {
		t.Errorf("reference of an undated article = %v, want none", got)
	}
}

func TestTenseAround(t *testing.T) {
	tests := []struct {
		s    string
		want Tense
	}{
		{"The two sides will hold talks on Friday.", TenseFuture},
		{"They had exchanged letters on Friday.", TensePast},
		{"Drills are planned for Friday.", TenseFuture},
		{"The referendum is to be held on Friday.", TenseFuture},
		{"The broadcasts began on Friday.", TensePast},
		{"The council met on Friday to plan the new streets.", TensePast},
		{"Rooms on Friday can be severely limited.", TenseUnknown},
		{"The government announced on Friday that subsidies would end.", TensePast},
		{"He said that the talks would resume on Friday.", TenseFuture},
		{"On Friday the ministry said it would pay.", TensePast},
		{"On Friday, Hamed and his cousin are to sail to the United Kingdom.", TenseFuture},
		{"On Friday, Ahmed Saeed landed in Cairo.", TensePast},
		// A possible act is a later one; one that "may have" happened
		// is past, and "May" with a capital is the month.
		{"Schools in the capital may reopen on Friday.", TenseFuture},
		{"The ceasefire talks might resume on Friday.", TenseFuture},
		{"Rebels may have crossed the border on Friday.", TensePast},
		{"In May the council met again on Friday.", TensePast},
		// "set" is a future cue only as the participle of an
		// arrangement ("set for", "set to"); the verb "set" is not.
		{"The talks are set for Friday.", TenseFuture},
		{"The minister is set to visit Kigali on Friday.", TenseFuture},
		{"Soldiers set fire to homes in the village on Friday.", TenseUnknown},
		{"Aid agencies set up camps near the border on Friday.", TenseUnknown},
	}
	for _, tt := range tests {
		i := strings.Index(tt.s, "Friday")
		if got := TenseAround(tt.s, i, i+6); got != tt.want {
			t.Errorf("TenseAround(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// "plan" as a noun after a determiner or a possessive says nothing of the
// future; as a verb it does.
func TestTenseAroundPlanNoun(t *testing.T) {
	for s, want := range map[string]Tense{
		"The plan for a strike on Monday is controversial":         TenseUnknown,
		"Iran's plans for talks on Monday are unclear":             TenseUnknown,
		"The plan drew condemnation from the union on Monday":      TensePast, // "drew"
		"China plans to hold talks with India on Monday next week": TenseFuture,
		"Japan criticised the Chinese plan on Monday":              TensePast,
		"Seoul voiced anger over plans for a base on Monday":       TensePast,
	} {
		i := strings.Index(s, "on Monday")
		if got := TenseAround(s, i, i+9); got != want {
			t.Errorf("TenseAround(%q) = %v, want %v", s, got, want)
		}
	}
}

// PlanNoun tells the plan named from the plan made.
func TestPlanNoun(t *testing.T) {
	for s, want := range map[string]bool{
		"Japan criticised the Chinese plan":            true,
		"Officials voiced anger over plans for a dam":  true,
		"Seoul rejected plans for a new base":          true,
		"They welcomed a new peace plan":               true,
		"The plan drew condemnation":                   true,
		"China plans to hold talks":                    false,
		"The two Koreas plan to meet":                  false,
		"We plan to meet":                              false,
		"The government plans to raise taxes":          false,
		"China has plans to build a dam":               false,
		"The ministers will plan the summit carefully": false,
	} {
		words := strings.Fields(s)
		i := -1
		for k, w := range words {
			if w == "plan" || w == "plans" {
				i = k
			}
		}
		if got := PlanNoun(words, i); got != want {
			t.Errorf("PlanNoun(%q) = %v, want %v", s, got, want)
		}
	}
}

// On a Saturday "this weekend" is the weekend under way, not the next one.
func TestThisWeekendOnAWeekend(t *testing.T) {
	sat := time.Date(2016, 9, 3, 10, 0, 0, 0, time.UTC)
	got := Find("Crowds are expected this weekend.", 0, 0, sat)
	if len(got) != 1 || got[0].Value != "2016-09-03" || got[0].EndValue != "2016-09-04" {
		t.Errorf("this weekend on a Saturday = %+v, want 2016-09-03/04", got)
	}
}

// "That year" and "two years later" count from the year the text last
// named: in a story, the story's year; in the news, one named within two
// sentences. With none they are no date.
func TestAnaphoricYears(t *testing.T) {
	text := "The firm was founded in 1998. That year, it hired ten people. Two years later it moved to Lyon.\n\n" +
		"Sales grew. Staff grew. Profits grew. That same year, it failed."
	doc := &model.Document{Published: ref, Article: &model.Article{Text: text}}
	if err := NewStage().Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, d := range doc.Article.Dates {
		got[d.Text] = d.Value
	}
	for text, want := range map[string]string{"1998": "1998", "That year": "1998", "Two years later": "2000"} {
		if got[text] != want {
			t.Errorf("%q = %q, want %q (dates %v)", text, got[text], want, got)
		}
	}
	// A story's year holds until another is named; in the news, read from
	// the day of writing, it holds two sentences.
	if got["That same year"] != "2000" {
		t.Errorf("'That same year' in a story four sentences after 'two years later' = %q, want 2000", got["That same year"])
	}
	news := "The firm was founded in 1998. It said on Tuesday that sales grew. Staff grew. Profits grew. That same year, it failed."
	doc = &model.Document{Published: ref, Article: &model.Article{Text: news}}
	if err := NewStage().Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	for _, d := range doc.Article.Dates {
		if d.Text == "That same year" {
			t.Errorf("'That same year' in the news four sentences after the last year = %q, want no date", d.Value)
		}
	}
	if len(Find("That year, it failed.", 0, 0, ref)) != 0 {
		t.Error("Find dated 'That year' with no year before it")
	}
}

// "Today" as the present age is no date; "today" as the day of writing is
// the publish date.
func TestNowadays(t *testing.T) {
	age := []string{
		"Today, most cars run on petrol.",
		"Today, about two million people speak the language.",
		"The Europe of today is richer than it was.",
		"Today's world is more connected.",
		"Prices are given in today's dollars.",
		"The bridge is still in use today.",
		"The mill, which closed in 1950, still stands today.",
		"The old port is known today as the Harbour Quarter.",
		"He walked across what is today Poland.",
		"The firm grew to the size it is today.",
		"More students study abroad today than ever before.",
		"The song is as popular today as it was in 1970.",
		"Free copies of Riverside Today are handed out at the station.",
		"Athens today is a modern city.",
		"The old town today has about 9,000 residents.",
		"Young people today face higher rents than their parents did.",
		"Children today spend more time online.",
	}
	for _, s := range age {
		for _, te := range Find(s, 0, 0, ref) {
			if strings.EqualFold(te.Text, "today") {
				t.Errorf("%q: 'today' dated %s, want no date (the present age)", s, te.Value)
			}
		}
	}
	day := []string{
		"The minister said today that the plan was dead.",
		"Today's vote was delayed.",
		"The talks will resume today.",
		"Protesters are marching today in the capital.",
		"The ministry is to publish the figures today.",
		"He was still missing today.",
		"Today the president meets the pope.",
		"Today we remember the victims.",
		"As of today, the shops are closed.",
		"The vote today is a test for the government.",
		"Smith today is expected to resign.",
		"Lisbon today is in mourning for the victims.",
		"The city today has announced new parking rules.",
		"Workers today walked out of the plant.",
	}
	for _, s := range day {
		found := false
		for _, te := range Find(s, 0, 0, ref) {
			if strings.EqualFold(te.Text, "today") {
				found = te.Value == "2021-07-30"
			}
		}
		if !found {
			t.Errorf("%q: 'today' not dated 2021-07-30", s)
		}
	}
}

// stageDates runs the stage on text published at pub and returns each
// expression's value (with its end value after a slash).
func stageDates(t *testing.T, text string, pub time.Time) map[string]string {
	t.Helper()
	doc := &model.Document{Published: pub, Article: &model.Article{Text: text}}
	if err := NewStage().Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, d := range doc.Article.Dates {
		v := d.Value
		if d.EndValue != "" {
			v += "/" + d.EndValue
		}
		got[d.Text] = v
	}
	return got
}

// A story told in another year dates its yearless dates by the year it last
// wrote out; news keeps reading them from the publish date.
func TestNarrativeYear(t *testing.T) {
	pub := time.Date(2024, 4, 12, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		name, text string
		want       map[string]string
	}{
		{"the day before and after a named day", "The referendum was held on March 3. The day before, thousands marched in the capital. The day after, the count was still going on.",
			map[string]string{"March 3": "2024-03-03", "The day before": "2024-03-02", "The day after": "2024-03-04"}},
		{"history", "In 1831 the captain sailed from Plymouth. On July 14 he reached the Azores. In September the ship crossed the equator.",
			map[string]string{"July 14": "1831-07-14", "September": "1831-09"}},
		{"ranges and parts of the year", "In 1831 the captain sailed from Plymouth. From March to May he charted the coast, and by the end of the year he had reached Cape Horn.",
			map[string]string{"March to May": "1831-03/1831-05", "the end of the year": "1831"}},
		{"across paragraphs", "He was released on 29 April 1832.\n\nHis fatal duel took place on 30 May.\n\nOn 2 June, he was buried.",
			map[string]string{"30 May": "1832-05-30", "2 June": "1832-06-02"}},
		{"season year", "The town was founded in 1790. In the winter of 1791 a mill was built.\n\nAfter the fire of 1871, the city was rebuilt. On October 10 the council met to plan the streets.",
			map[string]string{"the winter of 1791": "1791-12/1792-02", "October 10": "1871-10-10"}},
		{"season without year", "In 1776 the fort was built. In the winter the river froze.\n\nOn 3 March the garrison marched out.",
			map[string]string{"3 March": "1776-03-03"}},
		// A year in passing carries into the next paragraph no more: the
		// news of the publish year ('reported a loss for 2023', 'closed in
		// 2019'); nor does a story of last year to a reporting sentence.
		// 'Since 1998' in the present perfect runs to the day of writing: the
		// text is news, and 'On July 14 the ministry said' is this July's.
		{"since in the present", "The ministry has come under pressure over the floods, the worst since 1998.\n\nIn 2015 a flood destroyed 3,000 homes. On July 14 the ministry said it would pay.",
			map[string]string{"July 14": "2023-07-14"}},
		// In the past it runs to the story's time: the story goes on.
		{"since in the past", "On September 1, 2012, he made his debut.\n\nHe became the second player since 1900 to hit four doubles. He was called up on July 6.",
			map[string]string{"July 6": "2012-07-06"}},
		{"year in passing", "The bridge was built in 1932 and closed in 2019 after inspectors found cracks.\n\nEngineers began repairs on March 4.",
			map[string]string{"March 4": "2024-03-04"}},
		{"last year's report", "The company reported a loss for 2023. On March 28 it said it would cut 2,000 jobs.",
			map[string]string{"March 28": "2024-03-28"}},
		{"dated year into the next paragraph", "He was released on 29 April 1832.\n\nHis duel took place on 30 May.",
			map[string]string{"30 May": "1832-05-30"}},
		{"story years", "In 1889 she travelled to Algiers. On 12 October she opened a school, which by the following spring had sixty pupils.\n\nTwo years later she returned to France. In March she married.",
			map[string]string{"12 October": "1889-10-12", "the following spring": "1890-03/1890-05", "Two years later": "1891", "March": "1891-03"}},
		{"a period leaves the year unknown", "She died in 1889.\n\nDuring the First World War her school was shelled on 4 September.",
			map[string]string{"4 September": "2023-09-04"}}, // not 1889
		{"previous to this year", "Earlier this year, floods displaced 40,000 people. The previous year, a drought had ruined the harvest.",
			map[string]string{"The previous year": "2023"}},
		{"earlier than a year", "The firm moved to Lyon in 1998. Two years earlier it had opened a shop in Paris.",
			map[string]string{"Two years earlier": "1996"}},
		// Days counted back in a sentence that dates a day count from that
		// day, as "later" counts forward; with no day named they count
		// from the day of writing.
		{"days earlier than a named day", "Soldiers freed four tourists on Thursday who had been kidnapped by gunmen five days earlier.",
			map[string]string{"Thursday": "2024-04-11", "five days earlier": "2024-04-06"}},
		{"weeks before a named day", "Police found the stolen lorry on Tuesday; it had vanished from a depot two weeks before.",
			map[string]string{"Tuesday": "2024-04-09", "two weeks before": "2024-03-26"}},
		{"days earlier than the day of writing", "The tourists had been kidnapped by gunmen five days earlier.",
			map[string]string{"five days earlier": "2024-04-07"}},
		{"durations of a story", "He was ordained in 1355. After several years in Rome, he settled in Trier, and within a few months he had founded a school.",
			map[string]string{"several years": "", "a few months": ""}},
		{"durations from now in a story", "The region was settled in 1820. At least five cyclones struck in the past 35 years.",
			map[string]string{"the past 35 years": "1989-04-13/2024-04-12"}},
		{"anaphoric year", "The war ended in 1865. Two years later the family moved west. On March 3 they arrived in Denver.",
			map[string]string{"March 3": "1867-03-03"}},
		{"same sentence", "Earlier that year, on 30 January, Spain had recognised the republic.",
			map[string]string{"30 January": "2024-01-30"}}, // no year before: the publish date's
		{"present tense", "The castle was built in 1602. It opens on May 1.",
			map[string]string{"May 1": "2024-05-01"}},
		{"modal passive", "The port dates from 1835. In October, rooms can be severely limited.",
			map[string]string{"October": "2024-10"}}, // read from the publish date, not 1835
		// News: a lede read from the publish date, years as background.
		{"news background", "Rebels seized the town on Sunday.\n\nThe dam was completed in 1964. On April 9 the ministry said it would inspect the dam.",
			map[string]string{"April 9": "2024-04-09"}},
		{"news ending year", "The firm reported a loss on Tuesday.\n\nThe company was founded in 1998. In March it cut 2,000 jobs.",
			map[string]string{"March": "2024-03"}},
		{"news framed story", "The museum reopened on Tuesday.\n\nIn 1931, a fire gutted the building. On July 14 firemen reached the roof.",
			map[string]string{"July 14": "1931-07-14"}},
		{"news framed but reported", "The museum reopened on Tuesday.\n\nIn 1931, a fire gutted the building. On April 2 the ministry said it was safe.",
			map[string]string{"April 2": "2024-04-02"}},
		// Any verb of attribution makes the sentence a report (the same
		// list that wraps a reported clause's tense).
		{"news framed but reported in writing", "The museum reopened on Tuesday.\n\nIn 1931, a fire gutted the building. On April 2 the ministry wrote that it was safe.",
			map[string]string{"April 2": "2024-04-02"}},
		{"news framed but noted", "The museum reopened on Tuesday.\n\nIn 1931, a fire gutted the building. On April 2 the inspectors noted the roof was safe.",
			map[string]string{"April 2": "2024-04-02"}},
		{"news frame in another paragraph", "The museum reopened on Tuesday.\n\nIn 1931, a fire gutted the building.\n\nOn April 2 visitors returned.",
			map[string]string{"April 2": "2024-04-02"}},
		// Time moves forward: after a year named late in it, a yearless
		// earlier month comes the next year.
		{"late year", "The brewery was sold in late 2021. The new owners took over on January 1 and closed the plant in March.",
			map[string]string{"January 1": "2022-01-01", "March": "2022-03"}},
		{"end of a year", "The plan was announced at the end of 2022. It took effect in February.",
			map[string]string{"February": "2023-02"}},
		{"late month", "The mine flooded in November 2019. Rescuers reached the last miners on 4 December; the inquiry reported in April.",
			map[string]string{"4 December": "2019-12-04", "April": "2020-04"}},
		{"not past the day of writing", "The brewery was sold in late 2023. The new owners took over on June 1.",
			map[string]string{"June 1": "2023-06-01"}},
		{"early year stays", "The brewery was sold in early 2021. The new owners took over on January 1.",
			map[string]string{"January 1": "2021-01-01"}},
		// "The following month", "the previous week" count from the
		// month or day dated last, in the sentence or just before.
		{"following month", "He was appointed governor in February 1860. He died the following month.",
			map[string]string{"the following month": "1860-03"}},
		{"following week in the sentence", "The treaty was signed on 3 March 1921 and ratified the following week.",
			map[string]string{"the following week": "1921-03-07/1921-03-13"}},
		{"previous month", "The dam burst on 2 June 1889. The previous month had been the wettest on record.",
			map[string]string{"The previous month": "1889-05"}},
		{"following month in news", "Prices will rise the following month, the bank said.",
			map[string]string{"the following month": "2024-05"}},
		{"the 3rd of the month dated last", "Talks opened on March 28 in Geneva and ended on the 3rd without a deal.",
			map[string]string{"March 28": "2024-03-28", "the 3rd": "2024-04-03"}},
		{"the 3rd in a story", "In 1921 the delegates met on 1 March. The treaty was signed on the 3rd.",
			map[string]string{"the 3rd": "1921-03-03"}},
		{"weekday before a week-long noun", "Protesters began Friday week-long sit-ins.",
			map[string]string{"Friday week": ""}},
		{"the week after a named day", "Troops will withdraw the week after next month's vote.",
			map[string]string{"the week after next": ""}},
		// With nothing dated before, a past "the following week" has no
		// time to count from: the day of writing would put it ahead.
		{"following week with nothing dated", "The foreign minister travelled to Moscow the following week.",
			map[string]string{"the following week": ""}},
		{"following month with nothing dated", "The envoy resigned the following month.",
			map[string]string{"the following month": ""}},
		{"following week after a day", "The minister met his counterpart on March 27 and flew to Moscow the following week.",
			map[string]string{"March 27": "2024-03-27", "the following week": "2024-04-01/2024-04-07"}},
		// Counted on from Monday of the week of writing, the week would
		// follow the report of a past act: no date.
		{"following week after a weekday, past the day of writing", "The minister met his counterpart on Monday and flew to Moscow the following week.",
			map[string]string{"Monday": "2024-04-08", "the following week": ""}},
		{"part of a month in a story", "In 1889 the company moved to Leeds. In late March the first looms arrived.",
			map[string]string{"late March": "1889-03-16/1889-03-31"}},
		{"the next weekday", "The fair opened on Saturday, March 2, 2024. The organisers counted the takings the next Tuesday.",
			map[string]string{"next Tuesday": "2024-03-05"}},
		{"the following weekday in a story", "The accord was signed on 3 March 1921 and ratified the following Monday.",
			map[string]string{"following Monday": "1921-03-07"}},
		{"the following month by name", "The leaders met in Singapore in June 2018. They met again in Hanoi the following February.",
			map[string]string{"February": "2019-02"}},
		{"the following month after a year", "The leaders first met in 2018 and again the following February.",
			map[string]string{"February": "2019-02"}},
		{"months later", "The plant closed in March 2019. Three months later it reopened.",
			map[string]string{"Three months later": "2019-06"}},
		{"a month later in the sentence", "He was arrested on 4 May 1921 and freed a month later.",
			map[string]string{"a month later": "1921-06"}},
		{"months later without a month", "Three months later it reopened.",
			map[string]string{"Three months later": ""}},
		{"holiday in a story", "In 1914 the armies dug in along the river. On Christmas Day the soldiers met between the lines.",
			map[string]string{"Christmas Day": "1914-12-25"}},
		{"dateline", "Wednesday, April 10, 2024\n\nThe band I started in 1993 toured widely. We played in late September at the fair.",
			map[string]string{"late September": "2023-09-16/2023-09-30"}},
	}
	for _, tt := range tests {
		got := stageDates(t, tt.text, pub)
		for text, want := range tt.want {
			if want == "" {
				// No date: no expression holds these words.
				for g, v := range got {
					if strings.Contains(g, text) {
						t.Errorf("%s: %q dated %q, want no date", tt.name, g, v)
					}
				}
				continue
			}
			if got[text] != want {
				t.Errorf("%s: %q = %q, want %q (dates %v)", tt.name, text, got[text], want, got)
			}
		}
	}
}

// A past verb the cue words miss ("left") counts when the tagger says VBD.
func TestNarrativeTaggedPast(t *testing.T) {
	text := "The fort was built in 1776. On 3 March the garrison left."
	pub := time.Date(2024, 4, 12, 9, 0, 0, 0, time.UTC)
	second := strings.Index(text, "On 3")
	var toks []model.Token
	for _, w := range []string{"On", "3", "March", "the", "garrison", "left"} {
		i := second + strings.Index(text[second:], w)
		pos := "NN"
		if w == "left" {
			pos = "VBD"
		}
		toks = append(toks, model.Token{Text: w, Start: i, End: i + len(w), POS: pos})
	}
	for _, tagged := range []bool{false, true} {
		s2 := model.Sentence{Index: 1, Start: second, End: len(text), Text: text[second:]}
		if tagged {
			s2.Tokens = toks
		}
		a := &model.Article{Text: text, Sentences: []model.Sentence{{Index: 0, Start: 0, End: second - 1, Text: text[:second-1]}, s2}}
		doc := &model.Document{Published: pub, Article: a}
		if err := NewStage().Process(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		want := "2024-03-03" // no tense: the publish date's reading
		if tagged {
			want = "1776-03-03"
		}
		for _, d := range a.Dates {
			if d.Text == "3 March" && d.Value != want {
				t.Errorf("tagged %v: 3 March = %s, want %s", tagged, d.Value, want)
			}
		}
	}
}

// Years of antiquity: with an era, and three-digit years after a
// preposition of time in a past-tense sentence. Years before Christ have a
// minus and no year zero (753 BC is -0753).
func TestOldYears(t *testing.T) {
	tests := []struct{ sentence, text, value string }{
		{"Rome was founded in 753 BC.", "753 BC", "-0753"},
		{"The temple was built around 300 BCE.", "300 BCE", "-0300"},
		{"The town was destroyed in 146 B.C.", "146 B.C.", "-0146"},
		{"Vesuvius buried the town in AD 79.", "AD 79", "0079"},
		{"The city was sacked in 410 AD by the Goths.", "410 AD", "0410"},
		{"The western empire fell in 476.", "476", "0476"},
		{"In 800, Charlemagne was crowned in Rome.", "800", "0800"},
		{"The abbey was founded in 674 and burned in 867.", "867", "0867"},
		// A number joined by "and" or "or" to a year a preposition leads
		// is a year too.
		{"He fought in 1687 and 1689 against the raiders.", "1689", "1689"},
		{"She moved there in 1699 or 1700 with her family.", "1700", "1700"},
		{"The fort was rebuilt in 1642, 1650 and 1671 after raids.", "1671", "1671"},
		{"In 1689 a revolution broke out in the capital.", "1689", "1689"},
	}
	for _, tc := range tests {
		got := ""
		for _, te := range Find(tc.sentence, 0, 0, ref) {
			if te.Text == tc.text {
				got = te.Value
				if te.Relation != "past" {
					t.Errorf("%q: %q relation %q, want past", tc.sentence, tc.text, te.Relation)
				}
			}
		}
		if got != tc.value {
			t.Errorf("%q: %q = %q, want %q", tc.sentence, tc.text, got, tc.value)
		}
	}
	none := []string{
		"The risk was one in 250.",
		"Runs batted in 171",
		"Sales rose in 250 stores.",
		"Prices will rise in 300 towns.",
		"He finished in 476th place.",
		"The ship sank in 200 metres of water.",
		"The vote ended in 312-95.",
		"The CE 10 filter failed.",
		"The ad ran in 300 newspapers.",
		"She moved to Paris in her 20s.",
		"Men in their 30s were hired.",
		"He was in his early 40s when he left.",
		// Counts joined by "and" or "or" stay counts.
		"Sales rose in 250 and 300 stores.",
		"The ship carried 1500 or 1600 tonnes.",
		"Prices rose in 1650 and 1700 shops.",
		// A rate is no year.
		"The estate brought in 1500 a year.",
		"Tickets sold in 1200 a head.",
	}
	for _, s := range none {
		if got := Find(s, 0, 0, ref); len(got) > 0 {
			t.Errorf("%q: found %q (%s), want no date", s, got[0].Text, got[0].Value)
		}
	}
}

// TestCircaYears: a year after circa ("c.", "ca.") or the born and died of
// a biography ("b.", "d.") is a year, whatever follows it; the tokenizer
// keeps these abbreviations whole, so the year no longer opens a sentence.
func TestCircaYears(t *testing.T) {
	tests := []struct{ sentence, text, value string }{
		{"Ana Ruiz (c. 1818 – May 2, 1880) was a printer in Lyon.", "1818", "1818"},
		{"The mill was built c. 1850 by settlers.", "1850", "1850"},
		{"The chapel was built ca. 1790, the records show.", "1790", "1790"},
		{"The printer Ana Ruiz (b. 1950 in Lyon) retired.", "1950", "1950"},
		{"Her teacher (d. 1921 in Paris) left no will.", "1921", "1921"},
	}
	for _, tc := range tests {
		got := ""
		for _, te := range Find(tc.sentence, 0, 0, ref) {
			if te.Text == tc.text {
				got = te.Value
			}
		}
		if got != tc.value {
			t.Errorf("%q: %q = %q, want %q", tc.sentence, tc.text, got, tc.value)
		}
	}
}

// "Friday the 13th" with nothing leading it is the unlucky day in general
// or the film's title, not a day to date.
func TestFridayThe13th(t *testing.T) {
	for _, s := range []string{
		"Friday the 13th is feared by many sailors.",
		"We watched Friday the 13th on the couch.",
	} {
		if got := Find(s, 0, 0, ref); len(got) > 0 {
			t.Errorf("%q: found %q (%s), want no date", s, got[0].Text, got[0].Value)
		}
	}
}

// TestAnchoredDurations checks that a duration ending at its sentence's
// event ("after 14 months of silence") is a TIMEX3 duration (P14M) whose
// span is counted back from the date its sentence gives, and from the
// publish date only when the sentence gives none. ref is 2021-07-30.
func TestAnchoredDurations(t *testing.T) {
	for _, tc := range []struct {
		sentence, text            string
		duration, value, endValue string
	}{
		{"On July 3, the army said its counterpart had restored two hotlines after 14 months of silence.", "14 months", "P14M", "2020-05", "2021-07-03"},
		{"The two sides agreed on Wednesday to a ceasefire after two days of fighting.", "two days", "P2D", "2021-07-26", "2021-07-28"},
		{"Shipping resumed after three weeks of talks, the port said on May 20, 2019.", "three weeks", "P3W", "2019-04-29", "2019-05-20"},
		{"In March, lawmakers passed the bill after two years of debate.", "two years", "P2Y", "2019", "2021-03"},
		// No date in the sentence: the publish date ends it.
		{"Lines reopened after 14 months of silence.", "14 months", "P14M", "2020-05", "2021-07-30"},
		// A span relative to the day of writing keeps it.
		{"On Monday, he said prices had doubled over the past two years.", "the past two years", "P2Y", "2019-07-31", "2021-07-30"},
	} {
		var got *model.TimeExpr
		for _, te := range Find(tc.sentence, 0, 0, ref) {
			if te.Text == tc.text {
				got = &te
			}
		}
		if got == nil {
			t.Errorf("%q: no %q in %+v", tc.sentence, tc.text, Find(tc.sentence, 0, 0, ref))
			continue
		}
		if got.Duration != tc.duration || got.Value != tc.value || got.EndValue != tc.endValue {
			t.Errorf("%q: %q = duration %q, %s/%s; want %q, %s/%s", tc.sentence, tc.text, got.Duration, got.Value, got.EndValue, tc.duration, tc.value, tc.endValue)
		}
	}
}

// TestEarlyYearsAndCitations: years before 1000 that a word makes a year
// ("c. 347", "in the year 71") or that follow one the sentence named, a
// span of them, a year of 1000-1799 heading its sentence, the year of a
// work cited in brackets and the two-digit end of a bracketed span. The
// rows after them are numbers that must stay numbers.
func TestEarlyYearsAndCitations(t *testing.T) {
	tests := []struct{ sentence, text, value, end string }{
		{"The bishop (c. 315 – 386) wrote a letter to the council.", "315 – 386", "0315", "0386"},
		{"The monk was born c. 347 in the hills of Dalmatia.", "347", "0347", ""},
		{"The Romans built the fort in the year 71.", "71", "0071", ""},
		{"The bishop was not consecrated until about 360 - 366, when he went to Rome.", "360 - 366", "0360", "0366"},
		{"Born in 340 AD, he moved to Rome around 360 and taught there.", "360", "0360", ""},
		{"1596, dating from the Safavid era, the avenue is the oldest in the city.", "1596", "1596", ""},
		{"1647: the palace was rebuilt after a fire.", "1647", "1647", ""},
		{"Enjambment breaks a phrase across lines (Ruiz Soto, 2000: 103), a study found.", "2000", "2000", ""},
		{"Replications are rare in education (Makel & Lopez, 2014 and others).", "2014", "2014", ""},
		{"Surveys have been run (see Smith et al., 2017), the panel said.", "2017", "2017", ""},
		{"Her early stories (1892 – 94) drew on court poetry.", "1892 – 94", "1892", "1894"},
		{"Holt played for Boston (2013 – present) and Pittsburgh.", "2013 – present", "2013", "2021-07-30"},
		{"She has chaired the board 2016-present.", "2016-present", "2016", "2021-07-30"},
		{"His 2010 season was cut short by an injury.", "2010", "2010", ""},
		{"The band toured after their 2019 album sold well.", "2019", "2019", ""},
	}
	for _, tc := range tests {
		got, end := "", ""
		for _, te := range Find(tc.sentence, 0, 0, ref) {
			if te.Text == tc.text {
				got, end = te.Value, te.EndValue
			}
		}
		if got != tc.value || end != tc.end {
			t.Errorf("%q: %q = %q/%q, want %q/%q", tc.sentence, tc.text, got, end, tc.value, tc.end)
		}
	}
	none := []string{
		// "about", "around", "after" and "from" lead counts unless a year
		// near the number was named.
		"Around 300 people died in the fire.",
		"The crowd grew to about 250, police said.",
		"Prices fell after 120 trades were cancelled.",
		"Rents rose from 450 to 500.",
		// A two-digit number is a year only after "c." or "the year".
		"The team won in 12 of its games.",
		"Circa 300 soldiers were killed in the raid.",
		// A spaced dash to two digits outside brackets is a score.
		"The score stood at 2010 - 12 at the break.",
		// A count after a name and a comma, or a count heading a sentence.
		"Marchers gathered (Paris, 2000 protesters) in the square.",
		"In Paris, 1500 people marched.",
		"1200 soldiers crossed the river.",
		// A possessive before a count.
		"The firm laid off half of its 2000 employees.",
		"Their 1500 troops held the bridge.",
	}
	for _, s := range none {
		for _, te := range Find(s, 0, 0, ref) {
			t.Errorf("%q: found %q (%s/%s), want no date", s, te.Text, te.Value, te.EndValue)
		}
	}
}

// TestOldYearTaggedPast: a three-digit year opening its sentence is a year
// when the tagger finds the sentence's verb in the past, which the cue
// words miss ("died"); the year it names dates "that year" after it, with
// four digits. Untagged, the number is left alone.
func TestOldYearTaggedPast(t *testing.T) {
	text := "In 348 Pachomius died. The brothers chose a successor that year."
	pub := time.Date(2024, 4, 12, 9, 0, 0, 0, time.UTC)
	second := strings.Index(text, "The brothers")
	var toks []model.Token
	for _, w := range []string{"In", "348", "Pachomius", "died"} {
		i := strings.Index(text, w)
		pos := "NNP"
		switch w {
		case "died":
			pos = "VBD"
		case "In":
			pos = "IN"
		case "348":
			pos = "CD"
		}
		toks = append(toks, model.Token{Text: w, Start: i, End: i + len(w), POS: pos})
	}
	for _, tagged := range []bool{false, true} {
		s1 := model.Sentence{Index: 0, Start: 0, End: second - 1, Text: text[:second-1]}
		if tagged {
			s1.Tokens = toks
		}
		a := &model.Article{Text: text, Sentences: []model.Sentence{s1, {Index: 1, Start: second, End: len(text), Text: text[second:]}}}
		doc := &model.Document{Published: pub, Article: a}
		if err := NewStage().Process(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		got := map[string]string{}
		for _, d := range a.Dates {
			got[d.Text] = d.Value
		}
		if !tagged {
			if v, ok := got["348"]; ok {
				t.Errorf("untagged: 348 = %s, want no date", v)
			}
			continue
		}
		if got["348"] != "0348" || got["that year"] != "0348" {
			t.Errorf("tagged: 348 = %q, that year = %q, want 0348 both", got["348"], got["that year"])
		}
	}
}
