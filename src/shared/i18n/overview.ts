import type {Entries} from "./types.js";

/** The start page (src/index.md, src/lib/overview-page.ts). */
export const overview = {
  "overview.title": {de: "Mitteldeutsches Revier im Überblick", en: "The Central German lignite region at a glance"},
  "overview.intro": {
    de: "Die neun Kreise des Mitteldeutschen Reviers (Strukturstärkungsgesetz Kohleregionen §2 Nr. 3) – Halle (Saale), Anhalt-Bitterfeld, Burgenlandkreis, Mansfeld-Südharz und Saalekreis in Sachsen-Anhalt, Leipzig, Landkreis Leipzig und Nordsachsen in Sachsen sowie das Altenburger Land in Thüringen – zusammengefasst und im Vergleich mit ihren Ländern, Ostdeutschland und Deutschland. Alle Revierwerte sind Summen der neun Kreise (eigene Berechnung).",
    en: "The nine districts of the Central German lignite region (Mitteldeutsches Revier; Structural Strengthening Act for Coal Regions, §2 no. 3) – Halle (Saale), Anhalt-Bitterfeld, Burgenlandkreis, Mansfeld-Südharz and Saalekreis in Saxony-Anhalt, Leipzig, Landkreis Leipzig and Nordsachsen in Saxony, and Altenburger Land in Thuringia – taken together and compared with their Länder, East Germany and Germany. All values for the region are sums of the nine districts (own calculation)."
  },
  "overview.baseYear": {de: "Vergleichsjahr", en: "Base year"},
  "overview.baseYearHint": {
    de: "Veränderungen und Indizes ab diesem Jahr (Voreinstellung {initial}, das erste Jahr der Beschäftigtenzahlen nach Berufen). Eine Veränderung endet immer vor einem Zensus- oder Revisionsbruch.",
    en: "Changes and indices from this year (default {initial}, the first year of employment by occupation). A change always ends before a census break or a revision."
  },
  "overview.annualAverages": {de: "{from}–{to}, Jahresdurchschnitte", en: "{from}–{to}, annual averages"},
  "overview.changeMissing": {de: "Veränderung: keine Daten", en: "Change: no data"},
  "overview.population": {de: "Einwohnerinnen und Einwohner", en: "Inhabitants"},
  "overview.populationNote": {
    de: "Stand {year} auf Basis des Zensus 2022; die Veränderung ist auf Zensus-2011-Basis gerechnet, nicht über den Bruch.",
    en: "{year} on the basis of the 2022 census; the change is computed on the 2011 census basis, not across the break."
  },
  "overview.svb": {
    de: "Sozialversicherungspflichtig Beschäftigte am Arbeitsort",
    en: "Employees subject to social insurance at the workplace"
  },
  "overview.svbNote": {
    de: "Summe der BA-Berufsgruppen ohne gesperrte Felder (Untergrenze).",
    en: "Sum of the Federal Employment Agency's occupation groups without suppressed cells (lower bound)."
  },
  "overview.rate": {de: "Arbeitslosenquote", en: "Unemployment rate"},
  "overview.rateNote": {
    de: "Bezogen auf alle zivilen Erwerbspersonen; Quote nur bis {last} verfügbar. Arbeitslose {reference}: {value}{partial}.",
    en: "Relative to the whole civilian labour force; rate available up to {last} only. Unemployed {reference}: {value}{partial}."
  },
  "overview.partialYear": {de: "Teiljahr", en: "part of the year"},
  "overview.mining": {
    de: "Beschäftigte in Berg-, Tagebau und Sprengtechnik",
    en: "Employees in mining, open-cast mining and blasting"
  },
  "overview.miningNote": {
    de: "SvB am Arbeitsort der Berufsgruppe 211 (KldB 2010), Näherung für den Braunkohlebergbau; Daten ab {year}.",
    en: "Employees at the workplace in occupation group 211 (KldB 2010), a proxy for lignite mining; data from {year}."
  },
  "overview.capacity": {de: "Braunkohle-Kraftwerksleistung am Netz", en: "Lignite power plant capacity in operation"},
  "overview.capacityReference": {
    de: "Nettonennleistung, Stand {reference}",
    en: "Net rated capacity, as of {reference}"
  },
  "overview.capacityChange": {
    de: "{change} bis {end} laut Stilllegungsjahren",
    en: "{change} by {end} according to the closure years"
  },
  "overview.capacityNote": {
    de: "Danach {value} MW ohne festgelegtes Stilllegungsjahr (Planung, keine Messung).",
    en: "After that, {value} MW without a fixed closure year (plan, not a measurement)."
  },
  "overview.sumNote": {
    de: "Mitteldeutsches Revier: Summe der neun Kreise.",
    en: "Central German lignite region: sum of the nine districts."
  },
  "overview.compare": {de: "Entwicklung im Vergleich", en: "Development compared"},
  "overview.populationIndex": {de: "Bevölkerung im Vergleich", en: "Population compared"},
  "overview.populationIndex.subtitle": {
    de: "Index ({base} = 100), Stichtag 31.12., {from}–{to}; Brüche: {breaks} (Linien nicht verbunden)",
    en: "Index ({base} = 100), as of 31 Dec, {from}–{to}; breaks: {breaks} (lines not joined)"
  },
  "overview.populationIndex.description": {
    de: "Indexierte Einwohnerzahl des Mitteldeutschen Reviers, Sachsen-Anhalts, Sachsens, Thüringens, Ostdeutschlands und Deutschlands, Basisjahr {year}.{missing}",
    en: "Indexed population of the Central German lignite region, Saxony-Anhalt, Saxony, Thuringia, East Germany and Germany, base year {year}.{missing}"
  },
  "overview.svbIndex": {de: "Beschäftigung im Vergleich", en: "Employment compared"},
  "overview.svbIndex.subtitle": {
    de: "Index ({base} = 100), sozialversicherungspflichtig Beschäftigte am Arbeitsort, {from}–{to}; bis {before} BBSR (gerundet, vor der Revision 2014)",
    en: "Index ({base} = 100), employees subject to social insurance at the workplace, {from}–{to}; up to {before} BBSR (rounded, before the 2014 revision)"
  },
  "overview.svbIndex.description": {
    de: "Indexierte Zahl der SvB am Arbeitsort im Mitteldeutschen Revier, in den drei Ländern, Ostdeutschland und Deutschland, Basisjahr {year}.{missing}",
    en: "Indexed number of employees at the workplace in the Central German lignite region, the three Länder, East Germany and Germany, base year {year}.{missing}"
  },
  "overview.rateCompared": {de: "Arbeitslosenquote im Vergleich", en: "Unemployment rate compared"},
  "overview.rateCompared.subtitle": {
    de: "Prozent aller zivilen Erwerbspersonen, Jahresdurchschnitt, {from}–{to}, letzter Wert {to}; Revier, Ostdeutschland und Jahre ohne veröffentlichte Quote aus den Summen der Kreise bzw. Länder berechnet",
    en: "Per cent of the civilian labour force, annual average, {from}–{to}, latest value {to}; the lignite region, East Germany and years without a published rate computed from the districts' or Länder sums"
  },
  "overview.rateCompared.description": {
    de: "Arbeitslosenquote des Mitteldeutschen Reviers, Sachsen-Anhalts, Sachsens, Thüringens, Ostdeutschlands und Deutschlands je Jahr; Lücken, wo keine Quote vorliegt.",
    en: "Unemployment rate of the Central German lignite region, Saxony-Anhalt, Saxony, Thuringia, East Germany and Germany by year; gaps where there is no rate."
  },
  "overview.col.rate": {de: "Arbeitslosenquote (%)", en: "Unemployment rate (%)"},
  "overview.indexMissing": {
    de: " Ohne Wert im Jahr {year} und daher nicht gezeigt: {names}.",
    en: " Without a value in {year} and therefore not shown: {names}."
  },
  "overview.revision": {de: "Revision 2014", en: "2014 revision"},
  "overview.col.region": {de: "Region", en: "Region"},
  "overview.col.year": {de: "Jahr", en: "Year"},
  "overview.col.population": {de: "Einwohner", en: "Inhabitants"},
  "overview.col.svb": {de: "SvB", en: "Employees"},
  "overview.col.index": {de: "Index ({year} = 100)", en: "Index ({year} = 100)"},
  "overview.col.segment": {de: "Reihenabschnitt", en: "Series segment"},
  "overview.col.kreis": {de: "Kreis", en: "District"},
  "overview.col.code": {de: "Schlüssel", en: "Code"},
  "overview.col.revier": {de: "Revier", en: "Lignite region"},
  "overview.col.period": {de: "Zeitraum/Stichtag", en: "Period/reference date"},
  "overview.yes": {de: "ja", en: "yes"},
  "overview.mapHeading": {de: "Die Kreise auf der Karte", en: "The districts on the map"},
  "overview.indicator": {de: "Kennzahl", en: "Indicator"},
  "overview.map.bev": {de: "Bevölkerungsveränderung", en: "Population change"},
  "overview.map.bev.subtitle": {
    de: "Veränderung in %, {periods} (Stichtag 31.12., Zensus-2011-Basis)",
    en: "Change in %, {periods} (as of 31 Dec, 2011 census basis)"
  },
  "overview.map.svb": {de: "Veränderung der Beschäftigung (SvB)", en: "Change in employment"},
  "overview.map.svb.subtitle": {
    de: "Veränderung der SvB am Arbeitsort in %, {periods}",
    en: "Change in employees at the workplace in %, {periods}"
  },
  "overview.map.alq": {de: "Arbeitslosenquote", en: "Unemployment rate"},
  "overview.map.alq.subtitle": {
    de: "Prozent aller zivilen Erwerbspersonen, {periods}",
    en: "Per cent of the civilian labour force, {periods}"
  },
  "overview.map.bergbau": {
    de: "Anteil Berg-, Tagebau und Sprengtechnik an den SvB",
    en: "Share of mining, open-cast mining and blasting in employment"
  },
  "overview.map.bergbau.subtitle": {
    de: "Anteil der Berufsgruppe 211 (KldB 2010) an den SvB am Arbeitsort in %, {periods}; gesperrte Werte: keine Daten",
    en: "Share of occupation group 211 (KldB 2010) in employees at the workplace in %, {periods}; suppressed values: no data"
  },
  "overview.map.unitChange": {de: "Veränderung in %", en: "Change in %"},
  "overview.map.unitRate": {de: "Arbeitslosenquote in %", en: "Unemployment rate in %"},
  "overview.map.unitShare": {de: "Anteil in %", en: "Share in %"},
  "overview.map.title": {
    de: "{indicator}: Kreise in Sachsen, Sachsen-Anhalt und Thüringen",
    en: "{indicator}: districts in Saxony, Saxony-Anhalt and Thuringia"
  },
  "overview.map.description": {
    de: "Karte der Kreise Sachsens, Sachsen-Anhalts und Thüringens, eingefärbt nach {indicator}; das Mitteldeutsche Revier ist umrandet. Grau schraffiert: keine Daten.",
    en: "Map of the districts of Saxony, Saxony-Anhalt and Thuringia, coloured by {indicator}; the Central German lignite region is outlined. Grey hatching: no data."
  },
  "overview.map.hint": {
    de: "Umrandet: das Mitteldeutsche Revier. Grau: keine Daten (z. B. von der Bundesagentur für Arbeit gesperrte Werte).",
    en: "Outlined: the Central German lignite region. Grey: no data (e.g. values suppressed by the Federal Employment Agency)."
  },
  "overview.next": {de: "Weiter", en: "Next"},
  "overview.nextCompare": {de: "Regionen vergleichen", en: "Compare regions"}
} satisfies Entries;
