import type {Entries} from "./types.js";

/**
 * What a page says about itself in its `<head>` (scripts/head.ts): the description search engines and link
 * previews show, and the Kreis profile's title and summary with its current figures.
 */
export const meta = {
  "meta.title.kreis": {de: "{name} – Kreisprofil", en: "{name} – District profile"},
  "meta.kreis.lead": {de: "{name} ({kind} in {land}):", en: "{name} ({kind} in {land}):"},
  "meta.kreis.population": {de: "{value} Einwohner am {date}", en: "population {value} on {date}"},
  "meta.kreis.rate": {de: "Arbeitslosenquote {value} ({year})", en: "unemployment rate {value} ({year})"},
  "meta.kreis.svb": {
    de: "{value} sozialversicherungspflichtig Beschäftigte am Arbeitsort ({date})",
    en: "{value} employees subject to social insurance at workplace ({date})"
  },
  "meta.kreis.tail": {
    de: "Kennzahlen, Entwicklung und Branchen im Vergleich mit {land} und Deutschland.",
    en: "Key figures, trends and industries compared with {land} and Germany."
  },
  "meta.description./": {
    de: "Das Mitteldeutsche Revier in Zahlen: seine neun Kreise in Sachsen, Sachsen-Anhalt und Thüringen zusammengefasst und im Vergleich mit ihren Ländern, Ostdeutschland und Deutschland, aus amtlicher Statistik.",
    en: "The Central German lignite region in figures: its nine districts in Saxony, Saxony-Anhalt and Thuringia combined and compared with their states, East Germany and Germany, from official statistics."
  },
  "meta.description./bevoelkerung": {
    de: "Einwohner jedes Kreises, der Länder, Deutschlands und der Reviere am 31. Dezember: Entwicklung, Altersstruktur, Geburten, Sterbefälle und Wanderungen, aus amtlicher Statistik.",
    en: "Population of every district, the states, Germany and the lignite regions on 31 December: development, age structure, births, deaths and migration, from official statistics."
  },
  "meta.description./beschaeftigung": {
    de: "Sozialversicherungspflichtig Beschäftigte, Arbeitslose und Pendler im Mitteldeutschen Revier nach Kreisen, Branchen und Berufen, aus Statistiken der Bundesagentur für Arbeit.",
    en: "Employees subject to social insurance, unemployed persons and commuters in the Central German lignite region by district, industry and occupation, from Federal Employment Agency statistics."
  },
  "meta.description./branchen": {
    de: "Branchen und Berufe im Mitteldeutschen Revier: Beschäftigtenanteile, Standortquotienten und Spezialisierungen der Kreise im Vergleich mit Deutschland.",
    en: "Industries and occupations in the Central German lignite region: employment shares, location quotients and specialisations of the districts compared with Germany."
  },
  "meta.description./strukturwandel": {
    de: "Strukturwandel im Mitteldeutschen Revier: Braunkohlekraftwerke und Tagebaue, Beschäftigte im Bergbau und Wertschöpfung nach Wirtschaftsbereichen.",
    en: "Structural change in the Central German lignite region: lignite power plants and mines, mining employment and value added by economic sector."
  },
  "meta.description./gemeinden": {
    de: "Alle Gemeinden des Mitteldeutschen Reviers und der Länder Sachsen, Sachsen-Anhalt und Thüringen: Einwohner, Fläche, Dichte, Veränderung und Gemeindeverband, auf Karte und in einer Tabelle.",
    en: "Every municipality of the Central German lignite region and of Saxony, Saxony-Anhalt and Thuringia: population, area, density, change and municipal association, on a map and in a table."
  },
  "meta.description./kreise/": {
    de: "Profile aller {count} Kreise und kreisfreien Städte Deutschlands: Kennzahlen, Entwicklung, Branchen und Berufe im Vergleich mit Land und Deutschland, als Steckbrief druckbar.",
    en: "Profiles of all {count} districts and district-free cities of Germany: key figures, trends, industries and occupations compared with the state and Germany, printable as fact sheets."
  },
  "meta.description./vergleich": {
    de: "Beliebige Kreise, Länder und Aggregate nebeneinander – Mitteldeutsches, Lausitzer und Rheinisches Revier, Ostdeutschland, Deutschland – als Zeitreihen, frei wählbar.",
    en: "Any districts, states and aggregates side by side – the Central German, Lusatian and Rhenish lignite regions, East Germany, Germany – as time series, freely chosen."
  },
  "meta.description./standort": {
    de: "Standortfaktoren eines Kreises: Arbeitslose und gemeldete Stellen nach Berufen, Bodenpreise, Einkünfte, Insolvenzen und Pendler im Vergleich mit Nachbarn, Revier, Land und Deutschland.",
    en: "Location factors of a district: unemployed persons and vacancies by occupation, land prices, incomes, insolvencies and commuters compared with neighbours, the lignite region, the state and Germany."
  },
  "meta.description./daten": {
    de: "Alle Datensätze des Revier-Monitors als Parquet, CSV und XLSX zum Herunterladen, mit Spalten, Quellen, Stand und Lizenz (Datenlizenz Deutschland – Namensnennung 2.0).",
    en: "Every dataset of the Revier-Monitor as Parquet, CSV and XLSX for download, with columns, sources, dates and licence (Data licence Germany – attribution – version 2.0)."
  }
} satisfies Entries;
