import type {Entries} from "./types.js";

/**
 * Source lines (src/shared/sources.ts). On English pages the publishers and connecting words are English, the
 * official German table titles stay as published and get a short English gloss (`sources.gloss.<table>`), and the
 * licence names and notices stay verbatim ("Datenlizenz Deutschland – Namensnennung 2.0", "© Statistik der
 * Bundesagentur für Arbeit", "© GeoBasis-DE / BKG"). The German side of each `sources.attr.*` entry is the
 * catalogue's attribution (a unit test checks they agree), so that both languages come from here.
 */
export const sources = {
  "sources.table": {de: "Tabelle", en: "table"},
  "sources.tables": {de: "Tabellen", en: "tables"},
  "sources.stand": {de: "Stand {date}", en: "as of {date}"},
  "sources.licenceDlDe": {
    de: "Datenlizenz Deutschland – Namensnennung 2.0",
    en: "Datenlizenz Deutschland – Namensnennung 2.0 (dl-de/by-2-0)"
  },

  "sources.pub.rdb": {
    de: "Statistische Ämter des Bundes und der Länder, Regionaldatenbank",
    en: "Statistical Offices of the Federation and the Länder, Regionaldatenbank"
  },
  "sources.pub.zensus": {
    de: "Statistische Ämter des Bundes und der Länder, Zensus 2022",
    en: "Statistical Offices of the Federation and the Länder, Zensus 2022 (census)"
  },
  "sources.pub.genesis": {
    de: "Statistisches Bundesamt (Destatis), GENESIS-Online",
    en: "Federal Statistical Office (Destatis), GENESIS-Online"
  },

  "sources.gloss.12411-01-01-4": {de: "Bevölkerung, Kreise", en: "population by sex, districts"},
  "sources.gloss.12411-01-01-5": {de: "Bevölkerung, Gemeinden", en: "population by sex, municipalities"},
  "sources.gloss.12411-02-03-4": {de: "Bevölkerung nach Alter", en: "population by sex and age group"},
  "sources.gloss.1000A-0000": {de: "Bevölkerung, Zensus", en: "census population, municipalities"},
  "sources.gloss.12612-01-01-4": {de: "Lebendgeborene", en: "live births"},
  "sources.gloss.12613-01-01-4": {de: "Gestorbene", en: "deaths"},
  "sources.gloss.12711-05-02-4": {de: "Wanderungen", en: "moves across district boundaries"},
  "sources.gloss.13111-01-03-4": {de: "SvB am Arbeitsort", en: "employees subject to social insurance at workplace"},
  "sources.gloss.13111-02-02-4": {de: "SvB am Wohnort", en: "employees subject to social insurance at residence"},
  "sources.gloss.13111-07-05-4": {de: "SvB nach WZ 2008", en: "employees at workplace by industry (WZ 2008)"},
  "sources.gloss.13111-09-01-4": {de: "Pendler", en: "employees at workplace and residence, commuters"},
  "sources.gloss.13211-02-05-4": {de: "Arbeitslose", en: "unemployed and unemployment rates, annual average"},
  "sources.gloss.13211-0007": {de: "Arbeitslose, Länder", en: "unemployed and unemployment rates by Land"},
  "sources.gloss.13312-01-04-4": {de: "Erwerbstätige", en: "persons in employment by industry"},
  "sources.gloss.13312-02-03-4": {de: "Arbeitnehmer", en: "employees by industry"},
  "sources.gloss.82111-01-05-4": {de: "BIP und BWS", en: "GDP and gross value added by industry"},
  "sources.gloss.61511-01-03-4": {de: "Baulandverkäufe", en: "sales of building land"},
  "sources.gloss.73111-01-01-4": {de: "Einkommensteuer", en: "income tax payers, income and income tax"},
  "sources.gloss.52411-02-01-4": {de: "Unternehmensinsolvenzen", en: "business insolvency filings"},
  "sources.gloss.52311-01-04-4": {de: "Gewerbean- und -abmeldungen", en: "business registrations and deregistrations"},

  "sources.attr.iwhPlants": {
    de: "Bundesnetzagentur, Marktstammdatenregister und Kraftwerksliste ({dlde}), zusammengeführt vom IWH Halle",
    en: "Bundesnetzagentur (Federal Network Agency), Marktstammdatenregister and Kraftwerksliste (power plant register and list; {dlde}), merged by IWH Halle"
  },
  "sources.attr.bnetzaPlants": {
    de: "Bundesnetzagentur, Kraftwerksliste, Datenstand {stand}; {dlde}",
    en: "Bundesnetzagentur (Federal Network Agency), Kraftwerksliste (list of power plants), data as of {stand}; {dlde}"
  },
  "sources.attr.opsd": {
    de: "Standorte: Open Power System Data, Conventional power plants 2020-10-01 (nach BNetzA und UBA)",
    en: "Sites: Open Power System Data, Conventional power plants 2020-10-01 (after BNetzA and UBA)"
  },
  "sources.attr.wikipediaMines": {
    de: "Tagebaue: Wikipedia, „Liste deutscher Braunkohletagebaue“, CC BY-SA 4.0 (keine amtliche Quelle)",
    en: "Opencast mines: Wikipedia, „Liste deutscher Braunkohletagebaue“ (list of German lignite opencast mines), CC BY-SA 4.0 (not an official source)"
  },
  "sources.attr.bkg": {
    de: "© GeoBasis-DE / BKG 2021 (Daten verändert); {dlde}",
    en: "© GeoBasis-DE / BKG 2021 (data modified); {dlde}"
  },
  "sources.attr.bbsrKreise": {
    de: "Bundesinstitut für Bau-, Stadt- und Raumforschung (BBSR), Referenztabellen (Kreise 1990–2020); {dlde}",
    en: "Federal Institute for Research on Building, Urban Affairs and Spatial Development (BBSR), Referenztabellen (reference tables), Kreise 1990–2020; {dlde}"
  },
  "sources.attr.bbsrGemeinden": {
    de: "Bundesinstitut für Bau-, Stadt- und Raumforschung (BBSR), Referenztabellen (Gemeinden ab 2020); {dlde}",
    en: "Federal Institute for Research on Building, Urban Affairs and Spatial Development (BBSR), Referenztabellen (reference tables), Gemeinden from 2020; {dlde}"
  },
  "sources.attr.gv": {
    de: "Statistisches Bundesamt (Destatis), Gemeindeverzeichnis, Gebietsstand {stand} (Bevölkerung {reference}); {dlde}",
    en: "Federal Statistical Office (Destatis), Gemeindeverzeichnis (municipality directory), boundaries as of {stand} (population {reference}); {dlde}"
  },
  "sources.attr.destatisKreise": {
    de: "Statistisches Bundesamt (Destatis), Gemeindeverzeichnis, Kreisfreie Städte und Landkreise, Gebietsstand {stand}; {dlde}",
    en: "Federal Statistical Office (Destatis), Gemeindeverzeichnis, „Kreisfreie Städte und Landkreise“ (districts by area and population), boundaries as of {stand}; {dlde}"
  },
  "sources.attr.rdbWithBa": {
    de: "{citation}; Arbeitsmarktstatistik der Bundesagentur für Arbeit; {dlde}",
    en: "{citation}; labour market statistics of the Bundesagentur für Arbeit (Federal Employment Agency); {dlde}"
  },
  "sources.attr.genesisWithBa": {
    de: "{citation}; Bundesagentur für Arbeit; {dlde}",
    en: "{citation}; Bundesagentur für Arbeit (Federal Employment Agency); {dlde}"
  },
  "sources.attr.ba": {
    de: "© Statistik der Bundesagentur für Arbeit",
    en: "© Statistik der Bundesagentur für Arbeit"
  },
  "sources.attr.gerdaInkar": {
    de: "BBSR, INKAR, über GERDA (county_covariates); {dlde}",
    en: "BBSR, INKAR (indicators for spatial and urban development), via GERDA (county_covariates); {dlde}"
  },
  "sources.attr.gerdaBbsr": {
    de: "BBSR, Laufende Raumbeobachtung, Referenztabellen Kreise, über GERDA; {dlde}",
    en: "BBSR, Laufende Raumbeobachtung, Referenztabellen Kreise (spatial monitoring, district reference tables), via GERDA; {dlde}"
  }
} satisfies Entries;
