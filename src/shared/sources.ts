/**
 * The source catalogue: every id a dataset's `source` column may hold, with the attribution line the licence
 * requires. Pages build their source lines from here; `src/data/sources.json.ts` publishes it.
 */
import {type Key, t} from "./i18n/index.js";
import type {Lang} from "./i18n/types.js";

export interface Source {
  id: string;
  publisher: string;
  /** Table code or product name. */
  table: string;
  title: string;
  /** The reference date(s) the file covers, as the publisher states them. */
  reference: string;
  /** Data stand ("Stand") printed in the file, dd.mm.yyyy. */
  stand: string;
  licence: "dl-de/by-2-0" | "BA" | "BKG" | "CC BY-SA 4.0" | "Destatis";
  /** The attribution line as it must appear under a figure. */
  attribution: string;
  /** Path of the raw file below ../shared/sources. */
  path: string;
}

const RDB = "Statistische Ämter des Bundes und der Länder, Regionaldatenbank";
const DL_DE = "Datenlizenz Deutschland – Namensnennung 2.0";

const GV = "Statistisches Bundesamt (Destatis), Gemeindeverzeichnis";
const BBSR = "Bundesinstitut für Bau-, Stadt- und Raumforschung (BBSR), Referenztabellen";

/** A Destatis "Auszug GV" file: Gebietsstand and population date as printed in its row 5. */
function gvSource(id: string, file: string, gebietsstand: string, populationDate: string): Source {
  return {
    id,
    publisher: GV,
    table: "Auszug GV (GV-ISys)",
    title: `Gemeinden nach Fläche und Bevölkerung, Gebietsstand ${gebietsstand}, Bevölkerung am ${populationDate}`,
    reference: populationDate,
    stand: gebietsstand,
    licence: "dl-de/by-2-0",
    attribution: `Quelle: ${GV}, Gebietsstand ${gebietsstand} (Bevölkerung ${populationDate}); ${DL_DE}`,
    path: file
  };
}

/**
 * Sources a page names directly because the figure's rows carry no source column (map geometry, plant lists,
 * fallbacks for empty commuter cards, the Regionaldatenbank tables behind computed growth patterns). Pages use these
 * names, not the ids: the ids carry the year of the download, and a refresh changes them here only.
 */
export const PAGE_SOURCES = {
  geometry: "bkg-vg5000-2021",
  plantList: "bnetza-kraftwerksliste-2026",
  plantDates: "iwh-kraftwerke-2026",
  commuterFlows: "ba-pendleratlas-2016",
  commuterTotals: "rdb-13111-09-01-4-2017",
  grossValueAdded: "rdb-82111-01-05-4-2017",
  personsInEmployment: "rdb-13312-01-04-4-2017",
  populationKreise: "rdb-12411-01-01-4-2017"
} as const;

/** The first year a source covers, from its reference in the catalogue ("31.12.1995–31.12.2015" → 1995). */
export function firstYearOf(id: string): number {
  const year = SOURCES[id]?.reference.match(/\d{4}/)?.[0];
  if (!year) throw new Error(`source "${id}": no year in its reference`);
  return Number(year);
}

export const SOURCES: Record<string, Source> = {
  "iwh-kraftwerke-2026": {
    id: "iwh-kraftwerke-2026",
    publisher: "Bundesnetzagentur, Marktstammdatenregister; zusammengeführt vom IWH Halle (Projekt iwh-stark)",
    table: "Kraftwerke.csv",
    title: "Kraftwerke aus MaStR und Kraftwerksliste mit Revierzuordnung",
    reference: "2026",
    stand: "26.06.2026",
    licence: "dl-de/by-2-0",
    attribution:
      "Quelle: Bundesnetzagentur, Marktstammdatenregister und Kraftwerksliste (Datenlizenz Deutschland – Namensnennung 2.0), zusammengeführt vom IWH Halle",
    path: "kraftwerke/iwh-stark/Kraftwerke.csv"
  },
  "bnetza-kraftwerksliste-2026": {
    id: "bnetza-kraftwerksliste-2026",
    publisher: "Bundesnetzagentur",
    table: "Kraftwerksliste",
    title: "Kraftwerksliste (bundesweit; alle Netz- und Umspannebenen)",
    reference: "26.06.2026",
    stand: "26.06.2026",
    licence: "dl-de/by-2-0",
    attribution:
      "Quelle: Bundesnetzagentur, Kraftwerksliste, Datenstand 26.06.2026; Datenlizenz Deutschland – Namensnennung 2.0",
    path: "kraftwerke/bnetza/Kraftwerksliste.xlsx"
  },
  "opsd-kraftwerke-2020": {
    id: "opsd-kraftwerke-2020",
    publisher: "Open Power System Data (nach BNetzA Kraftwerksliste und UBA)",
    table: "conventional_power_plants_DE",
    title: "Conventional power plants, Version 2020-10-01 (Standortkoordinaten)",
    reference: "2020",
    stand: "01.10.2020",
    licence: "dl-de/by-2-0",
    attribution: "Standorte: Open Power System Data, Conventional power plants 2020-10-01 (nach BNetzA und UBA)",
    path: "kraftwerke/opsd-2020/conventional_power_plants_DE.csv"
  },
  "wikipedia-braunkohletagebaue": {
    id: "wikipedia-braunkohletagebaue",
    publisher: "Wikipedia, „Liste deutscher Braunkohletagebaue“ (zusammengestellt vom IWH Halle)",
    table: "braunkohletagebaue_2000.csv",
    title: "Braunkohletagebaue, seit 2000 in Betrieb (keine amtliche Quelle)",
    reference: "2000–2026",
    stand: "2026",
    licence: "CC BY-SA 4.0",
    attribution: "Tagebaue: Wikipedia, „Liste deutscher Braunkohletagebaue“, CC BY-SA 4.0 (keine amtliche Quelle)",
    path: "kraftwerke/iwh-stark/braunkohletagebaue_2000.csv"
  },
  "bkg-vg5000-2021": {
    id: "bkg-vg5000-2021",
    publisher: "Bundesamt für Kartographie und Geodäsie (BKG)",
    table: "VG5000",
    title: "Verwaltungsgebiete 1:5 000 000, Ebenen (Kreise, Gemeinden); generalisiert, nach WGS84 umgerechnet",
    reference: "01.01.2021",
    stand: "01.01.2021",
    licence: "dl-de/by-2-0",
    attribution: "© GeoBasis-DE / BKG 2021 (Daten verändert); Datenlizenz Deutschland – Namensnennung 2.0",
    path: "bkg-vg5000-2021/shape/"
  },
  "rdb-12411-01-01-4-2017": {
    id: "rdb-12411-01-01-4-2017",
    publisher: RDB,
    table: "12411-01-01-4",
    title: "Bevölkerung nach Geschlecht, Stichtag 31.12., Kreise",
    reference: "31.12.1995–31.12.2015",
    stand: "10.10.2017",
    licence: "dl-de/by-2-0",
    attribution: `Quelle: ${RDB}, Tabelle 12411-01-01-4, Stand 10.10.2017; ${DL_DE}`,
    path: "regionalstatistik-2017/12411-01-01-4_00.csv"
  },
  "rdb-12411-01-01-5-2017": {
    id: "rdb-12411-01-01-5-2017",
    publisher: RDB,
    table: "12411-01-01-5",
    title: "Bevölkerung nach Geschlecht, Stichtag 31.12., Gemeinden",
    reference: "31.12.2008–31.12.2015",
    stand: "10.10.2017",
    licence: "dl-de/by-2-0",
    attribution: `Quelle: ${RDB}, Tabelle 12411-01-01-5, Stand 10.10.2017; ${DL_DE}`,
    path: "regionalstatistik-2017/12411-01-01-5_00.csv"
  },
  "rdb-12411-01-01-4-2023": {
    id: "rdb-12411-01-01-4-2023",
    publisher: RDB,
    table: "12411-01-01-4",
    title: "Bevölkerung nach Geschlecht, Stichtag 31.12., Kreise",
    reference: "31.12.2021",
    stand: "10.07.2023",
    licence: "dl-de/by-2-0",
    attribution: `Quelle: ${RDB}, Tabelle 12411-01-01-4, Stand 10.07.2023; ${DL_DE}`,
    path: "regionalstatistik-2023/12411-01-01-4.csv"
  },
  "genesis-12411-01-01-4-2024": {
    id: "genesis-12411-01-01-4-2024",
    publisher: RDB,
    table: "12411-01-01-4",
    title: "Bevölkerung nach Geschlecht, Stichtag 31.12., Kreise (Fortschreibung auf Basis des Zensus 2022)",
    reference: "31.12.2024",
    stand: "31.03.2025",
    licence: "dl-de/by-2-0",
    attribution: `Quelle: ${RDB}, Tabelle 12411-01-01-4, Stand 31.03.2025; ${DL_DE}`,
    path: "genesis-api-2026/tablefiles/12411-01-01-4/00_12411-01-01-4_1773175772751_de_flat.csv"
  },
  "zensus-1000A-0000": {
    id: "zensus-1000A-0000",
    publisher: "Statistische Ämter des Bundes und der Länder, Zensus 2022",
    table: "1000A-0000",
    title: "Personen: Bevölkerungszahl, Gemeinden (Gebietsstand 15.05.2022)",
    reference: "15.05.2022",
    stand: "20.08.2024",
    licence: "dl-de/by-2-0",
    attribution: `Quelle: Statistische Ämter des Bundes und der Länder, Zensus 2022, Tabelle 1000A-0000, Stand 20.08.2024; ${DL_DE}`,
    path: "genesis-api-2026/tablefiles/1000A-0000/00_1000A-0000_1773175153999_de_flat.csv"
  },
  "bbsr-ref-kreise-1990-2020": {
    id: "bbsr-ref-kreise-1990-2020",
    publisher: BBSR,
    table: "ref-kreise-umrech-2021-1990-2020",
    title: "Kreise 1990–2020: Fläche, Bevölkerung am 31.12. (in 1000), Umsteigeschlüssel auf die Kreise vom 31.12.2021",
    reference: "31.12.1990–31.12.2020",
    stand: "Gebietsstand 31.12.2021",
    licence: "dl-de/by-2-0",
    attribution: `Quelle: ${BBSR} (Kreise 1990–2020); ${DL_DE}`,
    path: "bbsr-referenz/ref-kreise-umrech-2021-1990-2020.xlsx"
  },
  "bbsr-ref-gemeinden-2020-2022": {
    id: "bbsr-ref-gemeinden-2020-2022",
    publisher: BBSR,
    table: "ref-gemeinden-ab-2020",
    title:
      "Gemeinden 2020–2022: Fläche, Bevölkerung am 31.12. (2020 in 100, 2021 in 100 mit zwei Dezimalen, 2022 exakt)",
    reference: "31.12.2020–31.12.2022",
    stand: "Gebietsstand 31.12.2023",
    licence: "dl-de/by-2-0",
    attribution: `Quelle: ${BBSR} (Gemeinden ab 2020); ${DL_DE}`,
    path: "bbsr-referenz/ref-gemeinden-ab-2020.xlsx"
  },
  "gv-1990": gvSource("gv-1990", "destatis-gv/31121990_Auszug_GV.xlsx", "01.01.1991", "31.12.1990"),
  "gv-1994": gvSource("gv-1994", "destatis-gv/31121994_Auszug_GV.xlsx", "31.12.1994", "31.12.1994"),
  "gv-1997": gvSource("gv-1997", "destatis-gv/31121998_Auszug_GV.xlsx", "31.12.1997", "31.12.1997"),
  "gv-2002": gvSource("gv-2002", "destatis-gv/31122002_Auszug_GV.xlsx", "31.12.2002", "31.12.2002"),
  "gv-2005": gvSource("gv-2005", "destatis-gv/31122005_Auszug_GV.xlsx", "31.12.2005", "31.12.2005"),
  "gv-2009": gvSource("gv-2009", "destatis-gv/31122009_Auszug_GV.xlsx", "31.12.2009", "31.12.2009"),
  "gv-2013": gvSource("gv-2013", "destatis-gv/31122013_Auszug_GV.xlsx", "31.12.2013", "31.12.2013"),
  "gv-2016": gvSource("gv-2016", "destatis-gv/31122016_Auszug_GV.xlsx", "31.12.2016", "31.12.2016"),
  "gv-2017": gvSource("gv-2017", "destatis-gv/31122017_Auszug_GV.xlsx", "31.12.2017", "31.12.2017"),
  "gv-2019": gvSource("gv-2019", "destatis-gv/31122019_Auszug_GV.xlsx", "31.12.2019", "31.12.2019"),
  "destatis-kreise-2018": {
    id: "destatis-kreise-2018",
    publisher: "Statistisches Bundesamt (Destatis), Gemeindeverzeichnis",
    table: "04-kreise (GV-ISys)",
    title: "Kreisfreie Städte und Landkreise nach Fläche, Bevölkerung und Bevölkerungsdichte, Gebietsstand 31.12.2018",
    reference: "31.12.2018",
    stand: "31.12.2018",
    licence: "dl-de/by-2-0",
    attribution: `Quelle: ${GV}, Kreisfreie Städte und Landkreise, Gebietsstand 31.12.2018; ${DL_DE}`,
    path: "destatis-kreise/04-kreise-2018.xlsx"
  },
  "gv-q4-2020": gvSource("gv-q4-2020", "destatis-gv/q4-2020/AuszugGV4QAktuell.csv", "31.12.2020", "31.12.2019"),
  "gv-2021": gvSource("gv-2021", "destatis-gv/31122021_Auszug_GV.xlsx", "31.12.2021", "31.12.2021"),
  "gv-2023": gvSource("gv-2023", "destatis-gv/31122023_Auszug_GV.xlsx", "31.12.2023", "31.12.2023"),
  "gv-2024": gvSource("gv-2024", "destatis-gv/AuszugGV4QAktuell_2024.xlsx", "31.12.2024", "31.12.2023"),
  "rdb-13111-01-03-4-2017": {
    id: "rdb-13111-01-03-4-2017",
    publisher: RDB,
    table: "13111-01-03-4",
    title:
      "Sozialversicherungspflichtig Beschäftigte am Arbeitsort nach Geschlecht und Nationalität, Stichtag 30.06., Kreise",
    reference: "30.06.2012–30.06.2015",
    stand: "10.10.2017",
    licence: "dl-de/by-2-0",
    attribution: `Quelle: ${RDB}, Tabelle 13111-01-03-4, Stand 10.10.2017; ${DL_DE}`,
    path: "regionalstatistik-2017/13111-01-03-4_00.csv"
  },
  "rdb-13111-02-02-4-2017": {
    id: "rdb-13111-02-02-4-2017",
    publisher: RDB,
    table: "13111-02-02-4",
    title:
      "Sozialversicherungspflichtig Beschäftigte am Wohnort nach Geschlecht und Nationalität, Stichtag 30.06., Kreise",
    reference: "30.06.2012–30.06.2015",
    stand: "10.10.2017",
    licence: "dl-de/by-2-0",
    attribution: `Quelle: ${RDB}, Tabelle 13111-02-02-4, Stand 10.10.2017; ${DL_DE}`,
    path: "regionalstatistik-2017/13111-02-02-4_00.csv"
  },
  "rdb-13111-07-05-4-2017": {
    id: "rdb-13111-07-05-4-2017",
    publisher: RDB,
    table: "13111-07-05-4",
    title:
      "Sozialversicherungspflichtig Beschäftigte am Arbeitsort nach Wirtschaftszweigen (WZ 2008), Stichtag 30.06., Kreise",
    reference: "30.06.2015",
    stand: "10.10.2017",
    licence: "dl-de/by-2-0",
    attribution: `Quelle: ${RDB}, Tabelle 13111-07-05-4, Stand 10.10.2017; ${DL_DE}`,
    path: "regionalstatistik-2017/13111-07-05-4_00.csv"
  },
  "rdb-13111-07-05-4-2021": {
    id: "rdb-13111-07-05-4-2021",
    publisher: RDB,
    table: "13111-07-05-4",
    title:
      "Sozialversicherungspflichtig Beschäftigte am Arbeitsort nach Wirtschaftszweigen (WZ 2008), Stichtag 30.06., Kreise",
    reference: "30.06.2015–30.06.2020",
    stand: "17.08.2021",
    licence: "dl-de/by-2-0",
    attribution: `Quelle: ${RDB}, Tabelle 13111-07-05-4, Stand 17.08.2021; ${DL_DE}`,
    path: "regionalstatistik-2021/13111-07-05-4_<Jahr>.csv"
  },
  "rdb-13111-09-01-4-2017": {
    id: "rdb-13111-09-01-4-2017",
    publisher: RDB,
    table: "13111-09-01-4",
    title:
      "Sozialversicherungspflichtig Beschäftigte am Arbeits- und Wohnort sowie Ein- und Auspendler über Kreisgrenzen, Stichtag 30.06., Kreise",
    reference: "30.06.2012–30.06.2015",
    stand: "10.10.2017",
    licence: "dl-de/by-2-0",
    attribution: `Quelle: ${RDB}, Tabelle 13111-09-01-4, Stand 10.10.2017; ${DL_DE}`,
    path: "regionalstatistik-2017/13111-09-01-4_00.csv"
  },
  "rdb-13211-02-05-4-2017": {
    id: "rdb-13211-02-05-4-2017",
    publisher: RDB,
    table: "13211-02-05-4",
    title: "Arbeitslose nach ausgewählten Personengruppen sowie Arbeitslosenquoten, Jahresdurchschnitt, Kreise",
    reference: "2001–2016",
    stand: "10.10.2017",
    licence: "dl-de/by-2-0",
    attribution: `Quelle: ${RDB}, Tabelle 13211-02-05-4, Stand 10.10.2017; ${DL_DE}`,
    path: "regionalstatistik-2017/13211-02-05-4_00.csv"
  },
  "rdb-13211-02-05-4-2021": {
    id: "rdb-13211-02-05-4-2021",
    publisher: RDB,
    table: "13211-02-05-4",
    title: "Arbeitslose nach ausgewählten Personengruppen sowie Arbeitslosenquoten, Jahresdurchschnitt, Kreise",
    reference: "2015–2020",
    stand: "17.08.2021",
    licence: "dl-de/by-2-0",
    attribution: `Quelle: ${RDB}, Tabelle 13211-02-05-4, Stand 17.08.2021; Arbeitsmarktstatistik der Bundesagentur für Arbeit; ${DL_DE}`,
    path: "regionalstatistik-2021/13211-02-05-4.csv"
  },
  "rdb-13211-02-05-4-2026-2023": {
    id: "rdb-13211-02-05-4-2026-2023",
    publisher: RDB,
    table: "13211-02-05-4",
    title: "Arbeitslose nach ausgewählten Personengruppen sowie Arbeitslosenquoten, Jahresdurchschnitt, Kreise",
    reference: "2023",
    stand: "09.07.2026",
    licence: "dl-de/by-2-0",
    attribution: `Quelle: ${RDB}, Tabelle 13211-02-05-4, Stand 09.07.2026; Arbeitsmarktstatistik der Bundesagentur für Arbeit; ${DL_DE}`,
    path: "regionalstatistik-2026/13211-02-05-4_2023.csv"
  },
  "rdb-13211-02-05-4-2026-2025": {
    id: "rdb-13211-02-05-4-2026-2025",
    publisher: RDB,
    table: "13211-02-05-4",
    title: "Arbeitslose nach ausgewählten Personengruppen sowie Arbeitslosenquoten, Jahresdurchschnitt, Kreise",
    reference: "2025",
    stand: "26.02.2026",
    licence: "dl-de/by-2-0",
    attribution: `Quelle: ${RDB}, Tabelle 13211-02-05-4, Stand 26.02.2026; Arbeitsmarktstatistik der Bundesagentur für Arbeit; ${DL_DE}`,
    path: "regionalstatistik-2026/13211-02-05-4_2025.csv"
  },
  "genesis-13211-0007-2026": {
    id: "genesis-13211-0007-2026",
    publisher: "Statistisches Bundesamt (Destatis), GENESIS-Online",
    table: "13211-0007",
    title: "Arbeitslose, Arbeitslosenquoten, Gemeldete Arbeitsstellen: Bundesländer, Jahre",
    reference: "2010–2025",
    stand: "20.05.2026",
    licence: "dl-de/by-2-0",
    attribution: `Quelle: Statistisches Bundesamt (Destatis), GENESIS-Online, Tabelle 13211-0007, Stand 20.05.2026; Bundesagentur für Arbeit; ${DL_DE}`,
    path: "genesis-online-2026/13211-0007.csv"
  },
  "rdb-13312-01-04-4-2017": {
    id: "rdb-13312-01-04-4-2017",
    publisher: RDB,
    table: "13312-01-04-4",
    title: "Erwerbstätige nach Wirtschaftsbereichen (WZ 2008), Jahresdurchschnitt, Kreise (AK Erwerbstätigenrechnung)",
    reference: "2000–2014",
    stand: "10.10.2017",
    licence: "dl-de/by-2-0",
    attribution: `Quelle: ${RDB}, Tabelle 13312-01-04-4, Stand 10.10.2017; ${DL_DE}`,
    path: "regionalstatistik-2017/13312-01-04-4_00.csv"
  },
  "rdb-13312-02-03-4-2017": {
    id: "rdb-13312-02-03-4-2017",
    publisher: RDB,
    table: "13312-02-03-4",
    title: "Arbeitnehmer nach Wirtschaftsbereichen (WZ 2008), Jahresdurchschnitt, Kreise (AK Erwerbstätigenrechnung)",
    reference: "2000–2014",
    stand: "10.10.2017",
    licence: "dl-de/by-2-0",
    attribution: `Quelle: ${RDB}, Tabelle 13312-02-03-4, Stand 10.10.2017; ${DL_DE}`,
    path: "regionalstatistik-2017/13312-02-03-4_00.csv"
  },
  "rdb-82111-01-05-4-2017": {
    id: "rdb-82111-01-05-4-2017",
    publisher: RDB,
    table: "82111-01-05-4",
    title:
      "Bruttoinlandsprodukt und Bruttowertschöpfung nach Wirtschaftsbereichen (WZ 2008), Jahressumme, Kreise (VGR der Länder)",
    reference: "2000–2014",
    stand: "10.10.2017",
    licence: "dl-de/by-2-0",
    attribution: `Quelle: ${RDB}, Tabelle 82111-01-05-4, Stand 10.10.2017; ${DL_DE}`,
    path: "regionalstatistik-2017/82111-01-05-4_00.csv"
  },
  "rdb-12612-01-01-4-2017": {
    id: "rdb-12612-01-01-4-2017",
    publisher: RDB,
    table: "12612-01-01-4",
    title: "Lebendgeborene nach Geschlecht, Jahressumme, Kreise",
    reference: "1995–2015",
    stand: "10.10.2017",
    licence: "dl-de/by-2-0",
    attribution: `Quelle: ${RDB}, Tabelle 12612-01-01-4, Stand 10.10.2017; ${DL_DE}`,
    path: "regionalstatistik-2017/12612-01-01-4_00.csv"
  },
  "rdb-12613-01-01-4-2017": {
    id: "rdb-12613-01-01-4-2017",
    publisher: RDB,
    table: "12613-01-01-4",
    title: "Gestorbene nach Geschlecht, Jahressumme, Kreise",
    reference: "1995–2015",
    stand: "10.10.2017",
    licence: "dl-de/by-2-0",
    attribution: `Quelle: ${RDB}, Tabelle 12613-01-01-4, Stand 10.10.2017; ${DL_DE}`,
    path: "regionalstatistik-2017/12613-01-01-4_00.csv"
  },
  "rdb-12711-05-02-4-2017": {
    id: "rdb-12711-05-02-4-2017",
    publisher: RDB,
    table: "12711-05-02-4",
    title: "Zu- und Fortzüge über die Kreisgrenzen nach Nationalität, Jahressumme, Kreise",
    reference: "1995–2015",
    stand: "10.10.2017",
    licence: "dl-de/by-2-0",
    attribution: `Quelle: ${RDB}, Tabelle 12711-05-02-4, Stand 10.10.2017; ${DL_DE}`,
    path: "regionalstatistik-2017/12711-05-02-4_00.csv"
  },
  "rdb-12411-02-03-4-2017": {
    id: "rdb-12411-02-03-4-2017",
    publisher: RDB,
    table: "12411-02-03-4",
    title: "Bevölkerung nach Geschlecht und Altersgruppen (17), Stichtag 31.12., Kreise",
    reference: "31.12.2015",
    stand: "10.10.2017",
    licence: "dl-de/by-2-0",
    attribution: `Quelle: ${RDB}, Tabelle 12411-02-03-4, Stand 10.10.2017; ${DL_DE}`,
    path: "regionalstatistik-2017/12411-02-03-4_00.csv"
  },
  "ba-kldb-employees-workplace": {
    id: "ba-kldb-employees-workplace",
    publisher: "Statistik der Bundesagentur für Arbeit",
    table: "SvB-GeB-AO-KldB10 (Auftrag 317-408036)",
    title:
      "Sozialversicherungspflichtig Beschäftigte am Arbeitsort nach Berufsgruppen (KldB 2010, 3-Steller), Stichtag 30.06., Kreise",
    reference: "30.06.2013–30.06.2025",
    stand: "Sonderauswertung, übernommen aus RegioHub/badata (Commit vom 30.07.2026)",
    licence: "BA",
    attribution: "© Statistik der Bundesagentur für Arbeit",
    path: "ba-kldb/employees_by_workplace.parquet"
  },
  "ba-kldb-employees-residence": {
    id: "ba-kldb-employees-residence",
    publisher: "Statistik der Bundesagentur für Arbeit",
    table: "SvB-GeB-WO-KldB10 (Auftrag 317-408036)",
    title:
      "Sozialversicherungspflichtig Beschäftigte am Wohnort nach Berufsgruppen (KldB 2010, 3-Steller), Stichtag 30.06., Kreise",
    reference: "30.06.2013–30.06.2025",
    stand: "Sonderauswertung, übernommen aus RegioHub/badata (Commit vom 30.07.2026)",
    licence: "BA",
    attribution: "© Statistik der Bundesagentur für Arbeit",
    path: "ba-kldb/employees_by_residence.parquet"
  },
  "ba-kldb-unemployed": {
    id: "ba-kldb-unemployed",
    publisher: "Statistik der Bundesagentur für Arbeit",
    table: "ALO-OST-B-ZR (Auftrag 317-408036)",
    title: "Arbeitslose nach Zielberuf (KldB 2010, 3-Steller), Jahresdurchschnitt, Kreise",
    reference: "2012–2025 (2012 unvollständig, 2025 Teiljahr)",
    stand: "Sonderauswertung, übernommen aus RegioHub/badata (Commit vom 30.07.2026)",
    licence: "BA",
    attribution: "© Statistik der Bundesagentur für Arbeit",
    path: "ba-kldb/unemployed_total.parquet"
  },
  "genesis-61511-01-03-4-2024": {
    id: "genesis-61511-01-03-4-2024",
    publisher: RDB,
    table: "61511-01-03-4",
    title:
      "Veräußerungsfälle, veräußerte Fläche, Kaufsumme, durchschnittlicher Kaufwert nach Baulandarten, Jahressumme, Kreise",
    reference: "2024",
    // The table's metadata says "Updated 10.03.2023", older than its 2024 figures: that is the date of the table's
    // structure, not of the data (issue 16). The data stand is the retrieval of 10.03.2026 (time stamp in the file name).
    stand: "10.03.2026",
    licence: "dl-de/by-2-0",
    attribution: `Quelle: ${RDB}, Tabelle 61511-01-03-4, Stand 10.03.2026; ${DL_DE}`,
    path: "genesis-api-2026/tablefiles/61511-01-03-4/00_61511-01-03-4_1773175078131_de_flat.csv"
  },
  "genesis-73111-01-01-4-2021": {
    id: "genesis-73111-01-01-4-2021",
    publisher: RDB,
    table: "73111-01-01-4",
    title:
      "Lohn- und Einkommensteuerpflichtige, Gesamtbetrag der Einkünfte, Lohn- und Einkommensteuer, Jahressumme, Kreise",
    reference: "2021",
    stand: "17.10.2025",
    licence: "dl-de/by-2-0",
    attribution: `Quelle: ${RDB}, Tabelle 73111-01-01-4, Stand 17.10.2025; ${DL_DE}`,
    path: "genesis-api-2026/tablefiles/73111-01-01-4/00_73111-01-01-4_1773175092845_de_flat.csv"
  },
  "genesis-52411-02-01-4-2024": {
    id: "genesis-52411-02-01-4-2024",
    publisher: RDB,
    table: "52411-02-01-4",
    title: "Beantragte Unternehmensinsolvenzen, Jahressumme, Kreise",
    reference: "2024",
    stand: "11.04.2025",
    licence: "dl-de/by-2-0",
    attribution: `Quelle: ${RDB}, Tabelle 52411-02-01-4, Stand 11.04.2025; ${DL_DE}`,
    path: "genesis-api-2026/tablefiles/52411-02-01-4/00_52411-02-01-4_1773177231272_de_flat.csv"
  },
  "rdb-52311-01-04-4-2017": {
    id: "rdb-52311-01-04-4-2017",
    publisher: RDB,
    table: "52311-01-04-4",
    title: "Gewerbeanmeldungen, Gewerbeabmeldungen, Jahressumme, Kreise",
    reference: "1998–2015",
    stand: "10.10.2017",
    licence: "dl-de/by-2-0",
    attribution: `Quelle: ${RDB}, Tabelle 52311-01-04-4, Stand 10.10.2017; ${DL_DE}`,
    path: "regionalstatistik-2017/52311-01-04-4_00.csv"
  },
  "ba-kldb-vacancies": {
    id: "ba-kldb-vacancies",
    publisher: "Statistik der Bundesagentur für Arbeit",
    table: "Gemeldete Arbeitsstellen nach Berufen (Auftrag 317-408036)",
    title:
      "Gemeldete Arbeitsstellen nach Zielberuf (KldB 2010, 3-Steller), Jahresdurchschnitt, Kreise; nur der der BA gemeldete Teil des Stellenangebots",
    reference: "2012–2025 (2025 Teiljahr)",
    stand: "Sonderauswertung, übernommen aus RegioHub/badata (Commit vom 30.07.2026)",
    licence: "BA",
    attribution: "© Statistik der Bundesagentur für Arbeit",
    path: "ba-kldb/jobs.parquet"
  },
  "ba-pendleratlas-2016": {
    id: "ba-pendleratlas-2016",
    publisher: "Statistik der Bundesagentur für Arbeit",
    table: "Pendleratlas (PendlerData, 201606)",
    title: "Ein- und Auspendler über Kreisgrenzen mit den zehn größten Herkunfts- und Zielkreisen, Stichtag 30.06.2016",
    reference: "30.06.2016",
    stand: "Abruf 2017 (noerw/pendleratlas, Commit vom 18.01.2018)",
    licence: "BA",
    attribution: "© Statistik der Bundesagentur für Arbeit",
    path: "ba-pendleratlas-2016/pendler.json"
  },
  "gerda-inkar-covariates": {
    id: "gerda-inkar-covariates",
    publisher: "BBSR, INKAR (über das GERDA-Projekt)",
    table: "INKAR q_alo, a_bws_1sektor/2sektor/3sektor, q_bip_ew",
    title:
      "INKAR-Indikatoren je Kreis (Gebietsstand 2021): Arbeitslosenquote, Anteile der Wirtschaftssektoren an der Bruttowertschöpfung, BIP je Einwohner",
    reference: "1995–2022",
    stand: "GERDA R-Paket, Commit vom 19.04.2026",
    licence: "dl-de/by-2-0",
    attribution: `Quelle: BBSR, INKAR, über GERDA (county_covariates); ${DL_DE}`,
    path: "gerda/county_covariates.csv"
  },
  "gerda-bbsr-ref-kreise": {
    id: "gerda-bbsr-ref-kreise",
    publisher: "BBSR, Referenztabellen Kreise (über das GERDA-Projekt)",
    table: "ref-kreise-umrech-2021-1990-2020 / cty_area_pop_emp",
    title: "Sozialversicherungspflichtig Beschäftigte am Arbeitsort 30.06., in 1000, Gebietsstand 31.12.2021",
    reference: "1997–2020",
    stand: "GERDA, Commit vom 17.10.2024",
    licence: "dl-de/by-2-0",
    attribution: `Quelle: BBSR, Laufende Raumbeobachtung, Referenztabellen Kreise, über GERDA; ${DL_DE}`,
    path: "gerda/cty_area_pop_emp.csv"
  }
};

/**
 * The attribution of a table of official statistics, built from the catalogue fields:
 * "Quelle: <publisher>, Tabelle <table>, Stand <stand>; <licence>". A source whose attribution is exactly this line
 * is cited by its fields in a source line, so that tables of one publisher and stand share one citation.
 */
export function tableAttribution(source: Pick<Source, "publisher" | "table" | "stand">): string {
  return `Quelle: ${source.publisher}, Tabelle ${source.table}, Stand ${source.stand}; ${DL_DE}`;
}

/** Publishers of table citations, by their German name in the catalogue; English names come from the dictionary. */
const PUBLISHER_KEYS: Readonly<Record<string, Key>> = {
  [RDB]: "sources.pub.rdb",
  "Statistische Ämter des Bundes und der Länder, Zensus 2022": "sources.pub.zensus",
  "Statistisches Bundesamt (Destatis), GENESIS-Online": "sources.pub.genesis"
};

/**
 * The dictionary entry of each source whose attribution is not a plain table citation (its German side is the
 * catalogue's attribution without "Quelle: "; a unit test checks that they agree).
 */
function attributionKey(id: string): Key | undefined {
  if (id.startsWith("gv-")) return "sources.attr.gv";
  if (id.startsWith("ba-")) return "sources.attr.ba";
  if (id.startsWith("rdb-13211-02-05-4-") && id !== "rdb-13211-02-05-4-2017") return "sources.attr.rdbWithBa";
  const keys: Record<string, Key> = {
    "iwh-kraftwerke-2026": "sources.attr.iwhPlants",
    "bnetza-kraftwerksliste-2026": "sources.attr.bnetzaPlants",
    "opsd-kraftwerke-2020": "sources.attr.opsd",
    "wikipedia-braunkohletagebaue": "sources.attr.wikipediaMines",
    "bkg-vg5000-2021": "sources.attr.bkg",
    "bbsr-ref-kreise-1990-2020": "sources.attr.bbsrKreise",
    "bbsr-ref-gemeinden-2020-2022": "sources.attr.bbsrGemeinden",
    "destatis-kreise-2018": "sources.attr.destatisKreise",
    "genesis-13211-0007-2026": "sources.attr.genesisWithBa",
    "gerda-inkar-covariates": "sources.attr.gerdaInkar",
    "gerda-bbsr-ref-kreise": "sources.attr.gerdaBbsr"
  };
  return keys[id];
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A catalogue date "10.10.2017" in `lang` ("10 Oct 2017"); other text is kept. */
function dateIn(text: string, lang: Lang): string {
  if (lang === "de") return text;
  return text.replace(/\b(\d{2})\.(\d{2})\.(\d{4})\b/g, (_, d: string, m: string, y: string) => {
    return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
  });
}

/**
 * One table of official statistics in `lang`: "12411-01-01-4" / "12411-01-01-4 “<German title>” (gloss)". In an
 * English line the title and gloss come once, at the table's first mention (`titled` holds the tables and titles already named).
 */
function tableIn(source: Source, lang: Lang, titled = new Set<string>()): string {
  const named = `${source.table} “${source.title}”`;
  if (lang === "de" || titled.has(named)) return source.table;
  titled.add(named);
  return `${source.table} “${source.title}” (${t(lang, `sources.gloss.${source.table}` as Key)})`;
}

function publisherIn(publisher: string, lang: Lang): string {
  const key = PUBLISHER_KEYS[publisher];
  return lang === "de" || !key ? publisher : t(lang, key);
}

/** "<publisher>, Tabelle(n) <tables>, Stand <stand>" in `lang`. */
function citation(publisher: string, tables: readonly Source[], stand: string, lang: Lang, titled?: Set<string>) {
  const word = t(lang, tables.length > 1 ? "sources.tables" : "sources.table");
  const list = tables.map((source) => tableIn(source, lang, titled)).join(", ");
  return `${publisherIn(publisher, lang)}, ${word} ${list}, ${t(lang, "sources.stand", {date: dateIn(stand, lang)})}`;
}

/** The attribution of one source in `lang`, without "Quelle: " (German: the catalogue's line). */
export function attributionIn(source: Source, lang: Lang, titled?: Set<string>): string {
  const key = attributionKey(source.id);
  if (!key)
    return `${citation(source.publisher, [source], source.stand, lang, titled)}; ${t(lang, "sources.licenceDlDe")}`;
  return t(lang, key, {
    dlde: t(lang, "sources.licenceDlDe"),
    stand: dateIn(source.stand, lang),
    reference: dateIn(source.reference, lang),
    citation: key.endsWith("WithBa") ? citation(source.publisher, [source], source.stand, lang, titled) : ""
  });
}

/**
 * The distinct source ids of rows, in order of first appearance: a `source` column holds one catalogue id or
 * several separated by commas; null or empty is none.
 */
export function sourceIds(rows: Iterable<{readonly source?: string | null}>): string[] {
  const ids = new Set<string>();
  for (const row of rows) for (const id of row.source?.split(",") ?? []) if (id.trim()) ids.add(id.trim());
  return [...ids];
}

/**
 * The source line under a figure: the attributions of the sources used, and "eigene Berechnung" / "own calculation"
 * where we computed. English lines name publishers and connecting words in English and keep the official German
 * table titles with an English gloss; licence names and the BA and BKG notices stay verbatim.
 */
export function sourceLine(ids: Iterable<string>, {computed = false, lang}: {computed?: boolean; lang: Lang}): string {
  if (lang !== "de" && lang !== "en") throw new Error(`sourceLine: lang must be "de" or "en", got ${String(lang)}`);
  const sources = [...new Set(ids)].map((id) => {
    const source = SOURCES[id];
    if (!source) throw new Error(`unknown source id "${id}"`);
    return source;
  });
  return citeSources(sources, lang) + (computed ? `; ${t(lang, "figure.ownCalculation")}` : "");
}

/**
 * Joins the attributions of several sources into one source line that a chart can carry: "Quelle: " once, tables
 * of the same publisher and stand together ("Regionaldatenbank, Tabellen 13111-01-03-4, 13211-02-05-4, Stand
 * 10.10.2017", from the fields `publisher`, `table`, `stand`), other attributions as written, and the licence note
 * once at the end. Nothing is dropped: every publisher, table, stand and licence of the inputs appears in the output.
 */
export function citeSources(sources: readonly Source[], lang: Lang): string {
  const licenceSuffix = `; ${t(lang, "sources.licenceDlDe")}`;
  let dlDe = false;
  const parts: (Source | {publisher: string; stand: string; tables: Source[]})[] = [];
  const groups = new Map<string, {publisher: string; stand: string; tables: Source[]}>();
  for (const source of sources) {
    if (source.attribution !== tableAttribution(source)) {
      parts.push(source);
      continue;
    }
    dlDe = true;
    const key = `${source.publisher}\u0000${source.stand}`;
    let group = groups.get(key);
    if (!group) {
      group = {publisher: source.publisher, stand: source.stand, tables: []};
      groups.set(key, group);
      parts.push(group);
    }
    if (!group.tables.some((s) => s.table === source.table)) group.tables.push(source);
  }
  // Rendered in order, so that an English line names a table's title at its first mention only.
  const titled = new Set<string>();
  const rendered: string[] = [];
  for (const part of parts) {
    let text =
      "id" in part
        ? lang === "de"
          ? part.attribution.replace(/^Quelle: /, "")
          : attributionIn(part, lang, titled)
        : citation(part.publisher, part.tables, part.stand, lang, titled);
    if (text.endsWith(licenceSuffix)) {
      dlDe = true;
      text = text.slice(0, -licenceSuffix.length);
    }
    if (!rendered.includes(text)) rendered.push(text);
  }
  return `${t(lang, "figure.source")}: ${rendered.join("; ")}${dlDe ? licenceSuffix : ""}`;
}

/** A publisher's short name: its abbreviation in parentheses ("BBSR", "Destatis"), else its name up to a comma. */
function shortPublisher(publisher: string, lang: Lang): string {
  const name = publisherIn(publisher, lang);
  return /\(([A-Z][\w-]+)\)/.exec(name)?.[1] ?? name.split(", ")[0]!;
}

const SHORT_LICENCE: Record<Source["licence"], string> = {
  "dl-de/by-2-0": "dl-de/by-2-0",
  Destatis: "dl-de/by-2-0",
  BKG: "© GeoBasis-DE / BKG 2021, dl-de/by-2-0",
  BA: "© Statistik der Bundesagentur für Arbeit",
  "CC BY-SA 4.0": "CC BY-SA 4.0"
};

/**
 * The one short line a figure needs where the full citation does not fit (link previews; issue 18, item 4):
 * publishers, table numbers, licences and "eigene Berechnung", e.g. "Quelle: Statistische Ämter des Bundes und der
 * Länder, Destatis; Tabelle 12411-01-01-4; dl-de/by-2-0; eigene Berechnung".
 */
export function shortSourceLine(
  ids: Iterable<string>,
  {computed = false, lang}: {computed?: boolean; lang: Lang}
): string {
  const sources = [...new Set(ids)].map((id) => {
    const source = SOURCES[id];
    if (!source) throw new Error(`unknown source id "${id}"`);
    return source;
  });
  const publishers = [...new Set(sources.map((s) => shortPublisher(s.publisher, lang)))];
  const tables = [...new Set(sources.map((s) => s.table).filter((table) => /^\d{5}-/.test(table)))];
  const licences = [...new Set(sources.map((s) => SHORT_LICENCE[s.licence]))];
  const parts = [
    `${t(lang, "figure.source")}: ${publishers.join(", ")}`,
    tables.length ? `${t(lang, tables.length > 1 ? "sources.tables" : "sources.table")} ${tables.join(", ")}` : "",
    ...licences,
    computed ? t(lang, "figure.ownCalculation") : ""
  ];
  return parts.filter(Boolean).join("; ");
}
