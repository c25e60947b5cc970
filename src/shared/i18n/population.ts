import type {Entries} from "./types.js";

/** /bevoelkerung (src/bevoelkerung.md, src/lib/population-page.ts) and its charts. */
export const population = {
  "population.intro": {
    de: "Einwohnerinnen und Einwohner am 31. Dezember, {from}–{to}, für jeden Kreis, die Länder, Deutschland und die Aggregate (Reviere, Ostdeutschland). Die Fortschreibung hat zwei Brüche: ab {break1} auf Basis des Zensus 2011, ab {break2} auf Basis des Zensus 2022. Linien werden über diese Brüche nicht verbunden; ein Sprung dort ist eine Korrektur der Zählung, keine Zu- oder Abwanderung.",
    en: "Inhabitants on 31 December, {from}–{to}, for every district, the Länder, Germany and the aggregates (lignite regions, East Germany). The population update has two breaks: from {break1} based on the 2011 census, from {break2} based on the 2022 census. Lines are not joined across these breaks; a jump there is a correction of the count, not migration."
  },
  "population.region": {de: "Region", en: "Region"},
  "population.baseYear": {de: "Basisjahr des Index", en: "Base year of the index"},
  "population.kpi.inhabitants": {de: "Einwohner {name}", en: "Inhabitants {name}"},
  "population.kpi.basis": {de: "{date}, Basis {basis}", en: "{date}, {basis} basis"},
  "population.kpi.old": {de: "Einwohner, alte Basis", en: "Inhabitants, old basis"},
  "population.kpi.oldNote": {
    de: "{date}, Basis {basis} (nicht mit {year} vergleichbar)",
    en: "{date}, {basis} basis (not comparable with {year})"
  },
  "population.kpi.change": {de: "Veränderung {from}–{to}", en: "Change {from}–{to}"},
  "population.kpi.changeNote": {
    de: "{from}–{to}, beide auf Basis des {basis}",
    en: "{from}–{to}, both based on the {basis}"
  },
  "population.chart.title": {de: "Bevölkerung: {name}", en: "Population: {name}"},
  "population.chart.subtitle": {
    de: "Personen, Stichtag 31.12., {from}–{to}; Brüche {breaks}; hohle Punkte: gerundet (BBSR)",
    en: "Persons, reference date 31 Dec, {from}–{to}; breaks {breaks}; hollow dots: rounded (BBSR)"
  },
  "population.chart.description": {
    de: "Liniendiagramm der Einwohnerzahl von {name} von {from} bis {to}, unterbrochen an den Zensusbrüchen {years}.",
    en: "Line chart of the population of {name} from {from} to {to}, broken at the census breaks {years}."
  },
  "population.chart.unit": {de: "Personen", en: "persons"},
  "population.chart.x": {de: "Jahr (31.12.)", en: "Year (31 Dec)"},
  "population.chart.y": {de: "Einwohner", en: "Inhabitants"},
  "population.index.title": {
    de: "Bevölkerungsentwicklung im Vergleich ({year} = 100)",
    en: "Population change compared ({year} = 100)"
  },
  "population.index.subtitle": {
    de: "Index, {year} = 100, Stichtag 31.12., {from}–{to}; Linien an den Zensusbrüchen {years} unterbrochen, {last} als Punkt",
    en: "Index, {year} = 100, reference date 31 Dec, {from}–{to}; lines broken at the census breaks {years}, {last} as a dot"
  },
  "population.index.description": {
    de: "Indexierte Einwohnerzahl von {names}, Basisjahr {year}.",
    en: "Indexed population of {names}, base year {year}."
  },
  "population.index.missing": {
    de: "Keine Daten für das Basisjahr {year}: {names}.",
    en: "No data for the base year {year}: {names}."
  },
  "population.col.region": {de: "Region", en: "Region"},
  "population.col.date": {de: "Stichtag", en: "Reference date"},
  "population.col.inhabitants": {de: "Einwohner", en: "Inhabitants"},
  "population.col.basis": {de: "Zensusbasis", en: "Census basis"},
  "population.col.note": {de: "Hinweis", en: "Note"},
  "population.col.index": {de: "Index ({year} = 100)", en: "Index ({year} = 100)"},
  "population.col.year": {de: "Jahr", en: "Year"},
  "population.col.component": {de: "Komponente", en: "Component"},
  "population.col.persons": {de: "Personen", en: "Persons"},
  "population.col.per1000": {de: "je 1.000 Einwohner", en: "per 1,000 inhabitants"},
  "population.col.totalChange": {de: "Veränderung insgesamt", en: "Total change"},
  "population.col.ageGroup": {de: "Altersgruppe", en: "Age group"},
  "population.col.share": {de: "Anteil (%)", en: "Share (%)"},
  "population.col.youth": {de: "Jugendquotient", en: "Youth dependency ratio"},
  "population.col.oldAge": {de: "Altenquotient", en: "Old-age dependency ratio"},
  "population.col.total": {de: "Gesamtquotient", en: "Total dependency ratio"},
  "population.col.gemeinde": {de: "Gemeinde", en: "Municipality"},
  "population.col.code": {de: "Schlüssel", en: "Code"},
  "population.col.kreis": {de: "Kreis", en: "District"},
  "population.col.change": {de: "Veränderung (%)", en: "Change (%)"},
  "population.col.territory": {de: "Gebiet", en: "Territory"},
  "population.rounded": {de: "gerundet (BBSR)", en: "rounded (BBSR)"},
  "population.component.natural": {de: "Natürlicher Saldo", en: "Natural balance"},
  "population.component.migration": {de: "Wanderungssaldo", en: "Net migration"},
  "population.component.rest": {de: "Rest (Korrekturen, Zensus)", en: "Residual (corrections, census)"},
  "population.components.heading": {de: "Natürliche Bewegung und Wanderung", en: "Births, deaths and migration"},
  "population.components.intro": {
    de: "Die jährliche Veränderung zerfällt in den natürlichen Saldo (Geburten minus Sterbefälle), den Wanderungssaldo über die Kreisgrenzen (Zuzüge minus Fortzüge) und einen Rest. Der Rest ist, was die gemeldeten Bewegungen nicht erklären: Registerkorrekturen, Gebietsänderungen und 2011 die Umstellung auf den Zensus 2011. Für Aggregate werden die Salden der Mitglieder summiert; Wanderungen zwischen Mitgliedern heben sich dabei auf.",
    en: "The annual change splits into the natural balance (births minus deaths), net migration across district borders (arrivals minus departures) and a residual. The residual is what the reported movements do not explain: register corrections, territorial changes and, in 2011, the switch to the 2011 census. For aggregates the balances of the members are summed; migration between members cancels out."
  },
  "population.components.title": {
    de: "Natürlicher Saldo, Wanderung und Rest: {name}",
    en: "Natural balance, migration and residual: {name}"
  },
  "population.components.subtitle": {
    de: "je 1.000 Einwohner (mittlere Bevölkerung), Kalenderjahre {from}–{to}; Raute: Veränderung insgesamt",
    en: "per 1,000 inhabitants (mean population), calendar years {from}–{to}; diamond: total change"
  },
  "population.components.description": {
    de: "Gestapelte Säulen der Komponenten der Bevölkerungsveränderung von {name} je Jahr.",
    en: "Stacked columns of the components of the population change of {name} per year."
  },
  "population.components.none": {de: "keine Daten für diese Region", en: "no data for this region"},
  "population.components.missing": {
    de: "Keine Daten (Bewegungen oder Bevölkerung fehlen, z. B. vor den Kreisreformen 2007/2008): {years}.",
    en: "No data (movements or population missing, e.g. before the district reforms of 2007/2008): {years}."
  },
  "population.age.heading": {de: "Altersstruktur", en: "Age structure"},
  "population.age.title": {de: "Altersstruktur: {names}", en: "Age structure: {names}"},
  "population.age.subtitle": {
    de: "Anteil der Altersgruppe an der Bevölkerung in %, Stichtag {date}",
    en: "Share of the age group in the population in %, reference date {date}"
  },
  "population.age.description": {
    de: "Balken der Anteile der Altersgruppen an der Bevölkerung von {names} am {date}.",
    en: "Bars of the shares of the age groups in the population of {names} on {date}."
  },
  "population.dependency.title": {de: "Jugend- und Altenquotient", en: "Youth and old-age dependency ratios"},
  "population.dependency.subtitle": {
    de: "unter 20- bzw. ab 65-Jährige je 100 Personen von 20 bis unter 65 Jahren, Stichtag {date}",
    en: "persons under 20 and aged 65 and over per 100 persons aged 20 to under 65, reference date {date}"
  },
  "population.dependency.description": {
    de: "Gestapelte Balken des Jugend- und Altenquotienten der Revier-Kreise, des Reviers, der Länder, Ostdeutschlands und Deutschlands.",
    en: "Stacked bars of the youth and old-age dependency ratios of the districts of the lignite region, the region, the Länder, East Germany and Germany."
  },
  "population.gemeinden.heading": {
    de: "Gemeinden: Veränderung {from}–{to}",
    en: "Municipalities: change {from}–{to}"
  },
  "population.gemeinden.intro": {
    de: "Die Karte vergleicht jede Gemeinde in Sachsen, Sachsen-Anhalt und Thüringen am {start} und am {end}, beide auf Basis des Zensus 2011. Gemeinden werden über ihren amtlichen Schlüssel zugeordnet. Wo sich das Gebiet geändert hat (Fusion, Eingemeindung: Fläche laut Gemeindeverzeichnis um mehr als 2 % verändert) oder eine Gemeinde nicht an beiden Stichtagen bestand, zeigt die Karte „keine Daten“ (grau), denn ein Vergleich wäre dort falsch. Vergleichbar sind {comparable} von {count} Gemeinden der Karte (Grenzen vom 01.01.2021).",
    en: "The map compares every municipality in Saxony, Saxony-Anhalt and Thuringia on {start} and on {end}, both based on the 2011 census. Municipalities are matched by their official code. Where the territory changed (merger, incorporation: area changed by more than 2% according to the Gemeindeverzeichnis) or a municipality did not exist on both dates, the map shows “no data” (grey), because a comparison would be wrong there. {comparable} of the {count} municipalities of the map (boundaries of 1 Jan 2021) are comparable."
  },
  "population.gemeinden.title": {
    de: "Bevölkerungsveränderung der Gemeinden",
    en: "Population change of the municipalities"
  },
  "population.gemeinden.subtitle": {
    de: "Veränderung in %, {start}–{end}; Gemeindegrenzen {boundaries}; Farben ab ±6 % gleich; grau: keine Daten (Gebietsänderung); Umriss: Mitteldeutsches Revier",
    en: "Change in %, {start}–{end}; municipal boundaries of {boundaries}; same colour beyond ±6%; grey: no data (territorial change); outline: Central German lignite region"
  },
  "population.gemeinden.description": {
    de: "Karte der Gemeinden in Sachsen, Sachsen-Anhalt und Thüringen, eingefärbt nach der Veränderung der Einwohnerzahl vom {start} bis {end}.",
    en: "Map of the municipalities in Saxony, Saxony-Anhalt and Thuringia, coloured by the change in population from {start} to {end}."
  },
  "population.territory.unverändert": {de: "unverändert", en: "unchanged"},
  "population.territory.Gebietsänderung": {de: "Gebietsänderung", en: "territorial change"},
  "population.territory.neu": {de: "neu", en: "new"},
  "population.territory.gone": {de: "2021–2024 aufgelöst oder fusioniert", en: "dissolved or merged 2021–2024"},
  "population.tip.component": {
    de: "{count} Personen ({rate} je 1.000)\nVeränderung insgesamt: {change} ({changeRate} je 1.000)",
    en: "{count} persons ({rate} per 1,000)\nTotal change: {change} ({changeRate} per 1,000)"
  },
  "population.tip.youth": {de: "Jugendquotient (unter 20)", en: "Youth ratio (under 20)"},
  "population.tip.oldAge": {de: "Altenquotient (65 und älter)", en: "Old-age ratio (65 and over)"},
  "population.tip.per100": {
    de: "je 100 Personen im Alter von 20 bis unter 65 Jahren",
    en: "per 100 persons aged 20 to under 65"
  },
  "population.tip.ageShare": {de: "Anteil an der Bevölkerung (%)", en: "Share of the population (%)"},
  "population.tip.persons": {de: "{count} Personen", en: "{count} persons"},
  "population.next": {
    de: "Alle Gemeinden mit Fläche, Dichte und Verband:",
    en: "All municipalities with area, density and association:"
  }
} satisfies Entries;
