/**
 * The source catalogue: every id a dataset's `source` column may hold, with the attribution line the licence
 * requires. Pages build their source lines from here; `src/data/sources.json.ts` publishes it.
 */
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

export const SOURCES: Record<string, Source> = {
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
  }
};

/** The source line under a figure: the attributions of the sources used, and "eigene Berechnung" where we computed. */
export function sourceLine(ids: Iterable<string>, {computed = false}: {computed?: boolean} = {}): string {
  const lines = [...new Set(ids)].map((id) => {
    const source = SOURCES[id];
    if (!source) throw new Error(`unknown source id "${id}"`);
    return source.attribution;
  });
  return lines.join(" · ") + (computed ? "; eigene Berechnung" : "");
}
