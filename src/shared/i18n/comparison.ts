import type {Entries} from "./types.js";

/** /vergleich (src/vergleich.md, src/lib/comparison-page.ts). */
export const comparison = {
  "comparison.title": {de: "Regionen vergleichen", en: "Compare regions"},
  "comparison.intro": {
    de: "Beliebige Kreise, Länder und Aggregate nebeneinander – das Mitteldeutsche, das Lausitzer und das Rheinische Revier, Ostdeutschland, Deutschland. Aggregate sind Summen ihrer Kreise bzw. Länder; Quoten werden aus den Summen neu berechnet (eigene Berechnung). Die Auswahl steht in der Adresse der Seite: ein Link zeigt dieselbe Ansicht.",
    en: "Any districts, Länder and aggregates side by side – the Central German, Lusatian and Rhenish lignite regions, East Germany, Germany. Aggregates are sums of their districts or Länder; rates are recomputed from the sums (own calculation). The choice is kept in the page's address: a link shows the same view."
  },
  "comparison.year": {de: "Bezugsjahr", en: "Base year"},
  "comparison.population": {de: "Bevölkerung", en: "Population"},
  "comparison.population.subtitle": {
    de: "Index (31.12.{year} = 100), {from}–{to}; Brüche: {breaks}",
    en: "Index (31 Dec {year} = 100), {from}–{to}; breaks: {breaks}"
  },
  "comparison.population.description": {
    de: "Indexierte Einwohnerzahl der gewählten Regionen, Basisjahr {year}.{missing}",
    en: "Indexed population of the chosen regions, base year {year}.{missing}"
  },
  "comparison.svb": {de: "Sozialversicherungspflichtig Beschäftigte", en: "Employees subject to social insurance"},
  "comparison.svb.subtitle": {
    de: "Index (30.06.{year} = 100), SvB am Arbeitsort, {from}–{to}; bis {before} BBSR (gerundet, vor der Revision 2014)",
    en: "Index (30 Jun {year} = 100), employees at the workplace, {from}–{to}; up to {before} BBSR (rounded, before the 2014 revision)"
  },
  "comparison.svb.description": {
    de: "Indexierte Zahl der SvB am Arbeitsort der gewählten Regionen, Basisjahr {year}.{missing}",
    en: "Indexed number of employees at the workplace in the chosen regions, base year {year}.{missing}"
  },
  "comparison.rate": {de: "Arbeitslosenquote", en: "Unemployment rate"},
  "comparison.rate.axis": {de: "Arbeitslosenquote (%)", en: "Unemployment rate (%)"},
  "comparison.rate.subtitle": {
    de: "Prozent aller zivilen Erwerbspersonen, Jahresdurchschnitt, {from}–{to}; Aggregate und Jahre ohne veröffentlichte Quote aus den Summen der Mitglieder berechnet, Kreise ohne amtliche Quote leer",
    en: "Per cent of the civilian labour force, annual average, {from}–{to}; aggregates and years without a published rate computed from the members' sums, districts without an official rate left empty"
  },
  "comparison.rate.description": {
    de: "Arbeitslosenquote der gewählten Regionen im Zeitverlauf; Lücken, wo keine Daten vorliegen.",
    en: "Unemployment rate of the chosen regions over time; gaps where there are no data."
  },
  "comparison.mining": {de: "Berg-, Tagebau und Sprengtechnik", en: "Mining, open-cast mining and blasting"},
  "comparison.mining.axis": {de: "Anteil an den SvB (%)", en: "Share of employees (%)"},
  "comparison.mining.subtitle": {
    de: "Anteil der Berufsgruppe 211 (KldB 2010) an den SvB am Arbeitsort in %, {from}–{to}; gesperrte Werte: keine Daten",
    en: "Share of occupation group 211 (KldB 2010) in employees at the workplace in %, {from}–{to}; suppressed values: no data"
  },
  "comparison.mining.description": {
    de: "Anteil der Beschäftigten in Berg-, Tagebau und Sprengtechnik an allen SvB der gewählten Regionen, Näherung für den Braunkohlebergbau.",
    en: "Share of employees in mining, open-cast mining and blasting in all employees of the chosen regions, a proxy for lignite mining."
  },
  "comparison.missing": {
    de: " Ohne Wert im Jahr {year} und daher nicht gezeigt: {names}.",
    en: " Without a value in {year} and therefore not shown: {names}."
  },
  "comparison.tableTitle": {de: "Kennzahlen im Überblick", en: "Key figures"},
  "comparison.tableSubtitle": {
    de: "Letzter Stand je Kennzahl (Stichtag in der Tabelle); Veränderungen ab {year} (bzw. ab dem ersten Jahr mit Daten) bis zum letzten Jahr vor einem Zensus- oder Revisionsbruch",
    en: "Latest value of each figure (reference date in the table); changes from {year} (or the first year with data) to the last year before a census break or revision"
  },
  "comparison.tableCaption": {de: "Kennzahlen der gewählten Regionen", en: "Key figures of the chosen regions"},
  "comparison.col.region": {de: "Region", en: "Region"},
  "comparison.col.year": {de: "Jahr", en: "Year"},
  "comparison.col.date": {de: "Stand", en: "As of"},
  "comparison.col.population": {de: "Bevölkerung", en: "Population"},
  "comparison.col.populationChange": {de: "Veränderung Bevölkerung", en: "Population change"},
  "comparison.col.svb": {de: "SvB am Arbeitsort", en: "Employees at the workplace"},
  "comparison.col.svbChange": {de: "Veränderung SvB", en: "Change in employees"},
  "comparison.col.rate": {de: "Arbeitslosenquote (%)", en: "Unemployment rate (%)"},
  "comparison.col.rateChange": {de: "Veränderung Quote (Prozentpunkte)", en: "Change in rate (percentage points)"},
  "comparison.col.share": {de: "Anteil Berufsgruppe 211 (%)", en: "Share of occupation group 211 (%)"},
  "comparison.col.inhabitants": {de: "Einwohner", en: "Inhabitants"},
  "comparison.col.svbShort": {de: "SvB", en: "Employees"},
  "comparison.col.index": {de: "Index ({year} = 100)", en: "Index ({year} = 100)"}
} satisfies Entries;
