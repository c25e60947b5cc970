import type {Entries} from "./types.js";

/** /beschaeftigung (src/beschaeftigung.md, src/lib/employment-page.ts) and the commuter chart. */
export const employment = {
  "employment.intro": {
    de: "Sozialversicherungspflichtig Beschäftigte (SvB) am Arbeits- und Wohnort, Wachstum im Vergleich mit dem Land und Deutschland, Arbeitslosigkeit und Pendler. Wählen Sie eine Region und einen Vergleichsraum; die Auswahl steht in der Adresse, ein Link gibt die Ansicht wieder.",
    en: "Employees subject to social insurance contributions at the workplace and at the place of residence, growth compared with the Land and Germany, unemployment and commuters. Choose a region and a reference area; the choice is kept in the page's address, so a link shows the same view."
  },
  "employment.region": {de: "Region", en: "Region"},
  "employment.reference": {de: "Vergleichsraum", en: "Reference area"},
  "employment.from": {de: "Basisjahr", en: "Base year"},
  "employment.to": {de: "bis", en: "to"},
  "employment.series": {de: "Reihe", en: "Series"},
  "employment.series.svb": {de: "SvB am Arbeits- und Wohnort", en: "Employees at the workplace and place of residence"},
  "employment.series.bergbau": {de: "Bergbauberufe (KldB 211)", en: "Mining occupations (KldB 211)"},
  "employment.mining.title": {
    de: "Beschäftigte in Berg-, Tagebau und Sprengtechnik: {name}",
    en: "Employees in mining, quarrying and blasting: {name}"
  },
  "employment.mining.subtitle": {
    de: "Personen (SvB am Arbeitsort, Berufsgruppe 211 der KldB 2010), Stichtag 30.06., {from}–{to}; letzter Wert: {latest}",
    en: "Persons (employees at the workplace, occupation group 211 of KldB 2010), reference date 30 June, {from}–{to}; latest value: {latest}"
  },
  "employment.mining.description": {
    de: "Liniendiagramm der SvB am Arbeitsort in Bergbauberufen (KldB 211) in {name} je Jahr; gesperrte Werte als Lücke.",
    en: "Line chart of employees at the workplace in mining occupations (KldB 211) in {name} per year; suppressed values as gaps."
  },
  "employment.break": {de: "Revision 2014 / Quellenwechsel", en: "2014 revision / change of source"},
  "employment.persons": {de: "Personen", en: "Persons"},
  "employment.series.svb_workplace": {de: "am Arbeitsort", en: "at the workplace"},
  "employment.series.svb_residence": {de: "am Wohnort", en: "at the place of residence"},
  "employment.heading.employees": {de: "Beschäftigte", en: "Employees"},
  "employment.heading.growth": {de: "Wachstum und Arbeitslosigkeit", en: "Growth and unemployment"},
  "employment.heading.commuters": {de: "Arbeitslose und Pendler", en: "Unemployed and commuters"},
  "employment.svb.axis": {de: "SvB (Personen)", en: "Employees (persons)"},
  "employment.svb.title": {
    de: "Sozialversicherungspflichtig Beschäftigte: {name}",
    en: "Employees subject to social insurance: {name}"
  },
  "employment.svb.subtitle": {
    de: "Personen am Arbeits- und Wohnort, Stichtag 30.06., {from}–{to} (Wohnort ab {residence}); bis {before} auf 100 gerundet und vor der Revision 2014, daher nicht mit {break} verbunden",
    en: "Persons at the workplace and place of residence, reference date 30 June, {from}–{to} (place of residence from {residence}); up to {before} rounded to 100 and before the 2014 revision, hence not joined to {break}"
  },
  "employment.svb.description": {
    de: "Liniendiagramm der SvB am Arbeitsort und am Wohnort in {name} je Jahr.",
    en: "Line chart of employees at the workplace and at the place of residence in {name} per year."
  },
  "employment.index.title": {de: "SvB am Arbeitsort im Vergleich", en: "Employees at the workplace compared"},
  "employment.index.subtitle": {
    de: "Index, {base} = 100, {from}–{to}; Linien beim Bruch {before}/{break} getrennt{missing}",
    en: "Index, {base} = 100, {from}–{to}; lines separated at the break {before}/{break}{missing}"
  },
  "employment.index.missing": {de: "; keine Daten im Basisjahr: {names}", en: "; no data in the base year: {names}"},
  "employment.index.description": {
    de: "Indexierte Entwicklung der SvB am Arbeitsort von {names}.",
    en: "Indexed change in employees at the workplace of {names}."
  },
  "employment.growth.axis": {
    de: "Differenz in Prozentpunkten (Region minus Vergleichsraum)",
    en: "Difference in percentage points (region minus reference area)"
  },
  "employment.growth.title": {
    de: "Wachstumsdifferenz {name}, {from}–{to}",
    en: "Growth differential {name}, {from}–{to}"
  },
  "employment.growth.subtitle": {
    de: "Prozentpunkte: Wachstum der SvB am Arbeitsort ({fromDate} bis {toDate}) minus Wachstum des Vergleichsraums{warning}",
    en: "Percentage points: growth of employees at the workplace ({fromDate} to {toDate}) minus growth of the reference area{warning}"
  },
  "employment.growth.warning": {
    de: "; Achtung: Zeitraum enthält den Bruch {before}/{break}",
    en: "; note: the period contains the break {before}/{break}"
  },
  "employment.growth.description": {
    de: "Balken: um wie viele Prozentpunkte die Beschäftigung in {name} schneller (positiv) oder langsamer (negativ) wuchs als im Land, in Deutschland und im Vergleichsraum.",
    en: "Bars: by how many percentage points employment in {name} grew faster (positive) or slower (negative) than in the Land, in Germany and in the reference area."
  },
  "employment.rate.title": {de: "Arbeitslosenquote", en: "Unemployment rate"},
  "employment.rate.axis": {de: "Arbeitslosenquote (%)", en: "Unemployment rate (%)"},
  "employment.rate.subtitle": {
    de: "Prozent, bezogen auf alle zivilen Erwerbspersonen (Jahresdurchschnitt), {from}–{to}; Aggregate und Jahre ohne veröffentlichte Quote aus der Summe der Arbeitslosen und der Bezugsgrößen der Mitglieder berechnet, nie gemittelt",
    en: "Per cent of the civilian labour force (annual average), {from}–{to}; aggregates and years without a published rate computed from the sums of the members' unemployed and labour force, never averaged"
  },
  "employment.rate.description": {
    de: "Arbeitslosenquote von {names} je Jahr.",
    en: "Unemployment rate of {names} per year."
  },
  "employment.unemployed.axis": {de: "Arbeitslose (Personen)", en: "Unemployed (persons)"},
  "employment.unemployed.title": {de: "Arbeitslose: {name}", en: "Unemployed: {name}"},
  "employment.unemployed.subtitle": {
    de: "Personen, Jahresdurchschnitt, {from}–{to}{note}",
    en: "Persons, annual average, {from}–{to}{note}"
  },
  "employment.unemployed.partial": {de: "; {year} Teiljahr", en: "; {year} part of the year"},
  "employment.unemployed.ba": {
    de: "; {years} aus der Statistik der BA, sonst Regionaldatenbank",
    en: "; {years} from the Federal Employment Agency's statistics, otherwise Regionaldatenbank"
  },
  "employment.unemployed.description": {
    de: "Liniendiagramm der Zahl der Arbeitslosen in {name} je Jahr.",
    en: "Line chart of the number of unemployed in {name} per year."
  },
  "employment.commuters.x": {de: "Stichtag 30.06.", en: "Reference date 30 June"},
  "employment.commuters.onlyKreise": {
    de: "keine Daten: Pendler über Kreisgrenzen gibt es nur für Kreise. Wer zwischen zwei Kreisen derselben Region pendelt, wäre bei einer Summe doppelt gezählt.",
    en: "no data: commuters across district borders exist for districts only. Someone commuting between two districts of the same region would be counted twice in a sum."
  },
  "employment.commuters.title": {
    de: "Pendler über die Kreisgrenze: {name}",
    en: "Commuters across the district border: {name}"
  },
  "employment.commuters.subtitle": {
    de: "SvB, Stichtag 30.06., {from}–{to}; Saldo = Ein- minus Auspendler; Quoten je 100 SvB am Arbeits- bzw. Wohnort{noRates}",
    en: "Employees, reference date 30 June, {from}–{to}; balance = in- minus out-commuters; rates per 100 employees at the workplace or place of residence{noRates}"
  },
  "employment.commuters.noRates": {
    de: " ({years} ohne Quoten: keine Gesamtzahlen in der Quelle)",
    en: " ({years} without rates: no totals in the source)"
  },
  "employment.commuters.subtitleNone": {
    de: "Nur für Kreise: Pendler über Kreisgrenzen lassen sich nicht zu Ländern, Revieren oder Deutschland summieren (keine Daten)",
    en: "Districts only: commuters across district borders cannot be summed to Länder, lignite regions or Germany (no data)"
  },
  "employment.commuters.description": {
    de: "Ein- und Auspendler von {name} je Jahr als Balken, der Pendlersaldo als Punkt.",
    en: "In- and out-commuters of {name} per year as bars, the commuter balance as a dot."
  },
  "employment.flows.groupNote": {
    de: "; für Gruppen von Kreisen: die größten Ströme unter den je zehn größten jedes Kreises",
    en: "; for groups of districts: the largest flows among the ten largest of each district"
  },
  "employment.inbound.axis": {de: "Einpendler (Personen)", en: "In-commuters (persons)"},
  "employment.inbound.title": {de: "Woher die Einpendler kommen: {name}", en: "Where in-commuters come from: {name}"},
  "employment.inbound.subtitle": {
    de: "SvB mit Wohnort außerhalb und Arbeitsort in der Region, größte Ströme, Stichtag {date}{note}",
    en: "Employees living outside and working in the region, largest flows, reference date {date}{note}"
  },
  "employment.inbound.description": {
    de: "Rangliste der Wohnortkreise mit den meisten Einpendlern nach {name}.",
    en: "Ranking of the districts of residence with the most in-commuters to {name}."
  },
  "employment.outbound.axis": {de: "Auspendler (Personen)", en: "Out-commuters (persons)"},
  "employment.outbound.title": {de: "Wohin die Auspendler fahren: {name}", en: "Where out-commuters go: {name}"},
  "employment.outbound.subtitle": {
    de: "SvB mit Wohnort in der Region und Arbeitsort außerhalb, größte Ströme, Stichtag {date}{note}",
    en: "Employees living in the region and working outside it, largest flows, reference date {date}{note}"
  },
  "employment.outbound.description": {
    de: "Rangliste der Arbeitsortkreise mit den meisten Auspendlern aus {name}.",
    en: "Ranking of the districts of work with the most out-commuters from {name}."
  },
  "employment.reading": {
    de: "Lesehilfe: SvB-Gesamtzahlen folgen einer Vorrangregel – {exact} exakt aus der Regionaldatenbank, {ba} als Summe der BA-Berufsgruppen (wo die BA Felder gesperrt hat, eine Untergrenze), {rounded} aus den BBSR-Referenztabellen (auf 100 Personen gerundet, vor der Revision der Beschäftigungsstatistik 2014). Werte von Revieren und Ostdeutschland sind Summen ihrer Mitglieder; fehlt ein Mitglied, steht dort „keine Daten“.",
    en: "How to read: employee totals follow an order of precedence – {exact} exactly from the Regionaldatenbank, {ba} as the sum of the Federal Employment Agency's occupation groups (a lower bound where it suppressed cells), {rounded} from the BBSR reference tables (rounded to 100 persons, before the 2014 revision of the employment statistics). Values of lignite regions and East Germany are sums of their members; where a member is missing, they read “no data”."
  },
  "employment.col.date": {de: "Stichtag", en: "Reference date"},
  "employment.col.year": {de: "Jahr", en: "Year"},
  "employment.col.region": {de: "Region", en: "Region"},
  "employment.col.svb": {de: "SvB", en: "Employees"},
  "employment.col.note": {de: "Hinweis", en: "Note"},
  "employment.col.index": {de: "Index ({year} = 100)", en: "Index ({year} = 100)"},
  "employment.col.comparison": {de: "Vergleich", en: "Compared with"},
  "employment.col.growthRegion": {de: "Wachstum {name} (%)", en: "Growth {name} (%)"},
  "employment.col.growthReference": {de: "Wachstum Vergleichsraum (%)", en: "Growth of the reference area (%)"},
  "employment.col.differential": {de: "Differenz (Prozentpunkte)", en: "Difference (percentage points)"},
  "employment.col.rate": {de: "Quote (%)", en: "Rate (%)"},
  "employment.col.unemployed": {de: "Arbeitslose", en: "Unemployed"},
  "employment.col.in": {de: "Einpendler", en: "In-commuters"},
  "employment.col.out": {de: "Auspendler", en: "Out-commuters"},
  "employment.col.balance": {de: "Saldo", en: "Balance"},
  "employment.col.inRate": {de: "Einpendlerquote (%)", en: "In-commuter rate (%)"},
  "employment.col.outRate": {de: "Auspendlerquote (%)", en: "Out-commuter rate (%)"},
  "employment.col.residence": {de: "Wohnort", en: "Place of residence"},
  "employment.col.workplace": {de: "Arbeitsort", en: "Workplace"},
  "employment.note.rounded": {de: "auf 100 gerundet", en: "rounded to 100"},
  "employment.note.lowerBound": {de: "Untergrenze (gesperrte Felder)", en: "lower bound (suppressed cells)"},
  "employment.note.rateComputed": {
    de: "aus Arbeitslosen und Bezugsgröße der Mitglieder berechnet",
    en: "computed from the members' unemployed and labour force"
  },
  "employment.flag.0": {
    de: "Teiljahr (BA, Jahresdurchschnitt der vorliegenden Monate)",
    en: "part of the year (Federal Employment Agency, average of the months available)"
  },
  "employment.flag.1": {de: "unvollständiges Jahr (BA)", en: "incomplete year (Federal Employment Agency)"},
  "employment.flag.2": {de: "von der BA gesperrt", en: "suppressed by the Federal Employment Agency"},
  "employment.flag.3": {de: "nicht alle Kreise mit Wert", en: "not all districts have a value"},
  "employment.flag.4": {de: "Zahlenwert unbekannt oder geheim", en: "value unknown or confidential"},
  "employment.flag.5": {de: "nichts vorhanden", en: "nil"}
} satisfies Entries;
