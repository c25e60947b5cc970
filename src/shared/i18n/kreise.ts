import type {Entries} from "./types.js";

/** The Kreis index (/kreise/), the Kreis profiles (/kreise/<code>) and their printed fact sheets. */
export const kreise = {
  "kreise.index.title": {de: "Kreisprofile", en: "District profiles"},
  "kreise.index.lead": {
    de: "Ein Profil für jeden der {count} Kreise und kreisfreien Städte Deutschlands: Kennzahlen, Entwicklung, Stärken nach Branchen und Berufen, Vergleich mit dem Land und Deutschland, als Steckbrief druckbar. Die Kreise des Mitteldeutschen Reviers stehen vorn, dann alle übrigen nach Ländern.",
    en: "A profile for each of Germany's {count} districts and district-free cities: key figures, development, strengths by industry and occupation, comparison with the state and Germany, printable as a fact sheet. The districts of the Central German lignite region come first, then all others by state."
  },
  "kreise.index.search": {de: "Kreis suchen …", en: "Search district …"},
  "kreise.index.searchLabel": {de: "Kreis, Land oder Kennziffer", en: "District, Land or code"},
  "kreise.index.revierGroup": {de: "Mitteldeutsches Revier", en: "Central German lignite region"},
  "kreise.index.col.kreis": {de: "Kreis", en: "District"},
  "kreise.index.col.land": {de: "Land", en: "State"},
  "kreise.index.col.population": {de: "Einwohner 31.12.{year}", en: "Population 31 Dec {year}"},
  "kreise.index.col.gemeinden": {de: "Gemeinden", en: "Municipalities"},
  "kreise.index.col.density": {de: "Einwohner je km²", en: "Inhabitants per km²"},
  "kreise.index.badge": {de: "Revier", en: "lignite region"},
  "kreise.map.title": {de: "Bevölkerungsdichte der Kreise", en: "Population density of the districts"},
  "kreise.map.subtitle": {
    de: "Einwohner je km², Bevölkerung 31.12.{year}, Fläche Gebietsstand 31.12.{gv}; Mitteldeutsches Revier umrandet",
    en: "Inhabitants per km², population 31 Dec {year}, area as of 31 Dec {gv}; Central German lignite region outlined"
  },
  "kreise.map.description": {
    de: "Karte der {count} Kreise Deutschlands nach Bevölkerungsdichte, das Mitteldeutsche Revier umrandet.",
    en: "Map of Germany's {count} districts by population density, the Central German lignite region outlined."
  },
  "kreise.profile.lead": {
    de: "{kind} in {land} · Regionalschlüssel {code}",
    en: "{kind} in {land} · regional code {code}"
  },
  "kreise.profile.inRevier": {
    de: "gehört zum Mitteldeutschen Revier (StStG §2 Nr. 3)",
    en: "part of the Central German lignite region (StStG §2 no. 3)"
  },
  "kreise.profile.all": {de: "alle Kreisprofile", en: "all district profiles"},
  "kreise.profile.print": {de: "Steckbrief (PDF)", en: "Fact sheet (PDF)"},
  "kreise.profile.printHint": {
    de: "Druckt diese Seite als einseitigen Steckbrief (A4); im Druckdialog „Als PDF speichern“ wählen.",
    en: "Prints this page as a one-page fact sheet (A4); choose “Save as PDF” in the print dialog."
  },
  "kreise.profile.yearLabel": {de: "Stichtag Bevölkerung 31.12.", en: "Population as of 31 Dec"},
  "kreise.profile.factsFile": {de: "kennzahlen", en: "key-figures"},
  "kreise.profile.factsTitle": {de: "Kennzahlen im Vergleich", en: "Key figures compared"},
  "kreise.profile.factsSubtitle": {
    de: "{name}, {land} und Deutschland; Stichtage wie angegeben",
    en: "{name}, {land} and Germany; reference dates as stated"
  },
  "kreise.profile.factsNote": {
    de: "Gemeindezahlen und Flächen: Zählung bzw. Summe der Gemeinden laut Gemeindeverzeichnis (Gebietsstand 31.12.{gv}); für Deutschland ohne Fläche (gemeindefreie Gebiete fehlen in der Liste) und ohne Gemeindeverbände. SvB, Bergbauberufe, Arbeitslose und Arbeitslosenquote stehen für das letzte Jahr, in dem Kreis, Land und Deutschland Werte haben (bei einem früheren Stichtag der Bevölkerung: bis zu dessen Jahr); das Jahr steht in jeder Zeile; Arbeitslose nur in vollständigen Jahren.",
    en: "Municipality counts and areas: count or sum of the municipalities in the Gemeindeverzeichnis (territory as of 31 Dec {gv}); for Germany without area (unincorporated areas are not listed) and without municipal associations. Employees, mining jobs, unemployed persons and the unemployment rate are for the latest year in which district, state and Germany all have values (up to the chosen year when an earlier population date is chosen); each row names its year; unemployed persons in complete years only."
  },
  "kreise.col.metric": {de: "Kennzahl", en: "Indicator"},
  "kreise.col.germany": {de: "Deutschland", en: "Germany"},
  "kreise.fact.population": {de: "Bevölkerung am 31.12.{year}", en: "Population on 31 Dec {year}"},
  "kreise.fact.area": {de: "Fläche (km², Gebietsstand 31.12.{gv})", en: "Area (km², territory as of 31 Dec {gv})"},
  "kreise.fact.density": {de: "Einwohner je km² (31.12.{year})", en: "Inhabitants per km² (31 Dec {year})"},
  "kreise.fact.svb": {
    de: "SvB am Arbeitsort, 30.06.{year}",
    en: "Employees subject to social insurance at workplace, 30 Jun {year}"
  },
  "kreise.fact.mining": {
    de: "SvB in Berg-, Tagebau und Sprengtechnik (KldB 211), 30.06.{year}",
    en: "Employees in mining, quarrying and blasting occupations (KldB 211), 30 Jun {year}"
  },
  "kreise.fact.unemployed": {
    de: "Arbeitslose, Jahresdurchschnitt {year}",
    en: "Unemployed persons, annual average {year}"
  },
  "kreise.fact.rate": {
    de: "Arbeitslosenquote {year} (% aller zivilen Erwerbspersonen)",
    en: "Unemployment rate {year} (% of civilian labour force)"
  },
  "kreise.fact.gemeinden": {de: "Gemeinden (31.12.{gv})", en: "Municipalities (31 Dec {gv})"},
  "kreise.fact.staedte": {de: "davon Städte", en: "of which towns"},
  "kreise.fact.verbandsfreie_gemeinden": {
    de: "verbandsfreie Gemeinden (Einheitsgemeinden)",
    en: "unitary municipalities (not in an association)"
  },
  "kreise.fact.aemter": {de: "Ämter", en: "Ämter (municipal associations)"},
  "kreise.fact.samtgemeinden": {de: "Samtgemeinden", en: "Samtgemeinden (municipal associations)"},
  "kreise.fact.kirchspielslandgemeinden": {
    de: "Kirchspielslandgemeinden",
    en: "Kirchspielslandgemeinden (parish associations)"
  },
  "kreise.fact.verbandsgemeinden": {de: "Verbandsgemeinden", en: "Verbandsgemeinden (municipal associations)"},
  "kreise.fact.verwaltungsgemeinschaften": {
    de: "Verwaltungsgemeinschaften",
    en: "Verwaltungsgemeinschaften (administrative communities)"
  },
  "kreise.fact.verwaltungsverbaende": {de: "Verwaltungsverbände", en: "Verwaltungsverbände (administrative unions)"},
  "kreise.fact.erfuellende_gemeinden": {
    de: "Gemeinden mit erfüllender Gemeinde",
    en: "municipalities served by an administering municipality"
  },
  "kreise.dev.title": {de: "Entwicklung", en: "Development"},
  "kreise.dev.population": {de: "Bevölkerung", en: "Population"},
  "kreise.dev.gapNote": {
    de: "○ an der x-Achse: kein Wert für dieses Jahr (die Linie ist dort unterbrochen)",
    en: "○ on the x axis: no value for that year (the line breaks there)"
  },
  "kreise.dev.populationSubtitle": {
    de: "Index ({base} = 100), Stichtag 31.12.{base}–{last}; Bevölkerung ab Zensus-2022-Basis nicht mit früheren Jahren verbunden",
    en: "Index ({base} = 100), 31 Dec {base}–{last}; population on the 2022 census basis not joined to earlier years"
  },
  "kreise.dev.svb": {
    de: "Sozialversicherungspflichtig Beschäftigte am Arbeitsort",
    en: "Employees subject to social insurance at workplace"
  },
  "kreise.dev.svbSubtitle": {
    de: "Index ({base} = 100), Stichtag 30.06.{base}–{last}",
    en: "Index ({base} = 100), 30 Jun {base}–{last}"
  },
  "kreise.dev.rate": {de: "Arbeitslosenquote", en: "Unemployment rate"},
  "kreise.dev.rateSubtitle": {
    de: "Prozent aller zivilen Erwerbspersonen, Jahresdurchschnitt {first}–{last}",
    en: "Per cent of the civilian labour force, annual average {first}–{last}"
  },
  "kreise.dev.rateUnit": {de: "Arbeitslosenquote (%)", en: "Unemployment rate (%)"},
  "kreise.dev.indexUnit": {de: "Index ({base} = 100)", en: "Index ({base} = 100)"},
  "kreise.dev.territoryBreak": {de: "Gebietsänderung", en: "Boundary change"},
  "kreise.dev.description": {
    de: "{what} von {name}, {land} und Deutschland im Zeitverlauf.",
    en: "{what} of {name}, {land} and Germany over time."
  },
  "kreise.col.region": {de: "Region", en: "Region"},
  "kreise.col.year": {de: "Jahr", en: "Year"},
  "kreise.col.value": {de: "Wert", en: "Value"},
  "kreise.col.index": {de: "Index ({base} = 100)", en: "Index ({base} = 100)"},
  "kreise.col.rate": {de: "Quote (%)", en: "Rate (%)"},
  "kreise.lq.title": {de: "Stärken nach Branchen und Berufen", en: "Strengths by industry and occupation"},
  "kreise.lq.lead": {
    de: "Standortquotient = Anteil einer Branche (eines Berufs) an allen SvB am Arbeitsort im Kreis geteilt durch denselben Anteil im Vergleichsraum; über 1 heißt: stärker vertreten als dort.",
    en: "Location quotient = share of an industry (occupation) in all employees at the workplace in the district divided by the same share in the reference area; above 1 means over-represented."
  },
  "kreise.lq.reference": {de: "Vergleichsraum", en: "Reference area"},
  "kreise.lq.wzTitle": {de: "Branchen (WZ-Abschnitte)", en: "Industries (WZ sections)"},
  "kreise.lq.wzSubtitle": {
    de: "Standortquotient gegenüber {ref}, SvB am Arbeitsort, Stichtag 30.06.{year}",
    en: "Location quotient against {ref}, employees at workplace, 30 Jun {year}"
  },
  "kreise.lq.kldbTitle": {de: "Stärkste Berufsgruppen", en: "Strongest occupation groups"},
  "kreise.lq.kldbSubtitle": {
    de: "Die {n} höchsten Standortquotienten gegenüber {ref} (Berufsgruppen mit mindestens {min} SvB), SvB am Arbeitsort, 30.06.{year}",
    en: "The {n} highest location quotients against {ref} (occupation groups with at least {min} employees), employees at workplace, 30 Jun {year}"
  },
  "kreise.lq.description": {
    de: "Standortquotienten von {name} gegenüber {ref}.",
    en: "Location quotients of {name} against {ref}."
  },
  "kreise.col.category": {de: "Kategorie", en: "Category"},
  "kreise.col.regionValue": {de: "SvB im Kreis", en: "Employees in district"},
  "kreise.col.referenceValue": {de: "SvB {ref}", en: "Employees {ref}"},
  "kreise.col.lq": {de: "Standortquotient", en: "Location quotient"},
  "kreise.sheet.title": {de: "Steckbrief", en: "Fact sheet"},
  "kreise.sheet.location": {de: "Eckdaten", en: "Key facts"},
  "kreise.sheet.population": {de: "Bevölkerung 31.12.{year}", en: "Population 31 Dec {year}"},
  "kreise.sheet.change": {de: "Veränderung {from}–{to}", en: "Change {from}–{to}"},
  "kreise.sheet.changeTerritory": {
    de: "Veränderung {from}–{to} auf einem Gebiet ({territory})",
    en: "Change {from}–{to} on one territory ({territory})"
  },
  "kreise.sheet.area": {de: "Fläche", en: "Area"},
  "kreise.sheet.density": {de: "Einwohner je km²", en: "Inhabitants per km²"},
  "kreise.sheet.gemeinden": {
    de: "Gemeinden / Städte / Verbandsgemeinden u. ä.",
    en: "Municipalities / towns / municipal associations"
  },
  "kreise.sheet.svb": {de: "SvB am Arbeitsort 30.06.{year}", en: "Employees at workplace 30 Jun {year}"},
  "kreise.sheet.rate": {de: "Arbeitslosenquote {year}", en: "Unemployment rate {year}"},
  "kreise.sheet.commuters": {de: "Pendlersaldo 30.06.{year}", en: "Commuter balance 30 Jun {year}"},
  "kreise.sheet.commutersDetail": {de: "{in} Ein-, {out} Auspendler", en: "{in} in-, {out} out-commuters"},
  "kreise.sheet.mining": {
    de: "SvB in Bergbauberufen (KldB 211) 30.06.{year}",
    en: "Employees in mining occupations (KldB 211) 30 Jun {year}"
  },
  "kreise.sheet.suppressed": {de: "gesperrt", en: "suppressed"},
  "kreise.sheet.topWz": {de: "Stärkste Branchen (Standortquotient)", en: "Strongest industries (location quotient)"},
  "kreise.sheet.topKldb": {
    de: "Stärkste Berufsgruppen (Standortquotient)",
    en: "Strongest occupation groups (location quotient)"
  },
  "kreise.sheet.lqNote": {
    de: "gegenüber Deutschland, SvB am Arbeitsort; Branchen 30.06.{wz}, Berufe 30.06.{kldb} (mind. 100 SvB)",
    en: "against Germany, employees at workplace; industries 30 Jun {wz}, occupations 30 Jun {kldb} (at least 100 employees)"
  },
  "kreise.sheet.plants": {
    de: "Braunkohlekraftwerke im Kreis oder bis {km} km entfernt",
    en: "Lignite power plants in the district or within {km} km"
  },
  "kreise.sheet.plantsNone": {
    de: "keine Braunkohlekraftwerke im Kreis oder bis {km} km entfernt",
    en: "no lignite power plants in the district or within {km} km"
  },
  "kreise.sheet.plant": {
    de: "{name}, {mw} MW, {km} km{shutdown}",
    en: "{name}, {mw} MW, {km} km{shutdown}"
  },
  "kreise.sheet.plantShutdown": {de: ", Stilllegung {year}", en: ", closure {year}"},
  "kreise.sheet.plantsSource": {
    de: "Kraftwerke: Bundesnetzagentur, Kraftwerksliste; IWH; Entfernung zum Kreismittelpunkt, eigene Berechnung",
    en: "Power plants: Bundesnetzagentur, Kraftwerksliste; IWH; distance to district centre, own calculation"
  },
  "kreise.sheet.footer": {
    de: "Revier-Monitor · {url} · erstellt aus amtlichen Daten (dl-de/by-2-0; © Statistik der Bundesagentur für Arbeit; © GeoBasis-DE / BKG)",
    en: "Revier-Monitor · {url} · made from official data (dl-de/by-2-0; © Statistik der Bundesagentur für Arbeit; © GeoBasis-DE / BKG)"
  }
} satisfies Entries;
