import {inBranchenView} from "../../src/shared/regions.js";
import {defineDataset} from "../dataset.js";
import type {BranchenOccupationRow, OccupationRow} from "../../src/shared/rows.js";

/** The rows of `employment_occupations` the /branchen page needs: workplace only, regions of {@link inBranchenView}. */
export function branchenOccupationRows(rows: readonly OccupationRow[]): BranchenOccupationRow[] {
  return rows
    .filter((r) => r.measure === "svb_workplace" && inBranchenView(r.code))
    .map(({code, year, occupation, occupation_name, value, flag, computed, source}) => ({
      code,
      year,
      occupation,
      occupation_name,
      value,
      flag,
      computed,
      source
    }))
    .sort((a, b) => a.code.localeCompare(b.code) || a.year - b.year || a.occupation.localeCompare(b.occupation));
}

/**
 * A view for the /branchen page: `employment_occupations` (1.5 M rows, 2.6 MB) trimmed to SvB at the workplace in
 * the regions the page offers (`inBranchenView`), so that the page loads a fraction of it and computes location quotients and
 * shift-share in JavaScript without DuckDB. No new source parsing: built from the dataset's rows.
 */
export const branchenOccupations = defineDataset<BranchenOccupationRow>({
  name: "branchen_occupations",
  description:
    "Sicht für /branchen: SvB am Arbeitsort nach Berufsgruppen (KldB 2010), 30.06.2013–30.06.2025; Deutschland, Länder, Kreise Ostdeutschlands und der Reviere",
  schema: {
    code: "string",
    year: "int",
    occupation: "string",
    occupation_name: "string",
    value: "int",
    flag: "string",
    computed: "bool",
    source: "string"
  },
  columns: {
    code: "Regionalschlüssel (Land 2-, Kreis 5-stellig, DG = Deutschland)",
    year: "Jahr (Stichtag 30.06.)",
    occupation: "Berufsgruppe KldB 2010, 3-stellig; 000 = ohne Angabe",
    occupation_name: "Bezeichnung der Berufsgruppe",
    value: "Personen; leer, wenn die BA den Wert gesperrt hat (nie 0)",
    flag: "suppressed_cells_excluded = Summe ohne gesperrte Kreiswerte (Untergrenze)",
    computed: "true = eigene Berechnung (Summe der Kreise)",
    source: "Quelle (id im Quellenkatalog sources.json)"
  },
  build: (context) => branchenOccupationRows(context.rows<OccupationRow>("employment_occupations"))
});
