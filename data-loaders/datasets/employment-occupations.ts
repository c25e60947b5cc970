import {defineDataset} from "../dataset.js";
import {baEmployees, baOccupationNames, sumToLaenderAndGermany, type Place} from "../inputs/employment.js";
import type {OccupationRow} from "../../src/shared/rows.js";

/** The code we publish for the BA's "ohne Angabe zum Zielberuf" (NA in the source). */
export const NO_OCCUPATION = "000";

/** SvB by occupation for every Kreis, plus Länder and Germany as sums of their Kreise (computed). */
export const employmentOccupations = defineDataset<OccupationRow>({
  name: "employment_occupations",
  description:
    "SvB am Arbeitsort nach Berufsgruppen (KldB 2010, 3-Steller), 30.06.2013–30.06.2025, alle Kreise, Länder, Deutschland",
  schema: {
    code: "string",
    year: "int",
    occupation: "string",
    occupation_name: "string",
    measure: "string",
    value: "int",
    suppressed: "bool",
    flag: "string",
    computed: "bool",
    source: "string"
  },
  columns: {
    code: "Regionalschlüssel (Land 2-, Kreis 5-stellig, DG = Deutschland)",
    year: "Jahr (Stichtag 30.06.)",
    occupation: "Berufsgruppe KldB 2010, 3-stellig (211 = Berg-, Tagebau und Sprengtechnik); 000 = ohne Angabe",
    occupation_name: "Bezeichnung der Berufsgruppe",
    measure: "svb_workplace (SvB am Arbeitsort)",
    value: "Personen; leer, wenn die BA den Wert gesperrt hat (nie 0)",
    suppressed: "true, wenn die BA den Wert gesperrt hat",
    flag: "suppressed_cells_excluded = Summe ohne gesperrte Kreiswerte (Untergrenze)",
    computed: "true = eigene Berechnung (Summe der Kreise)",
    source: "Quelle (id im Quellenkatalog sources.json)"
  },
  build: async (context) => {
    const names = baOccupationNames(context);
    const rows: OccupationRow[] = [];
    // Workplace only: every page and indicator uses the workplace view, and the residence table (another 1.3 MB)
    // would push dist/ over its 45 MB budget. SvB totals at residence are in `employment`.
    for (const place of ["workplace"] as Place[]) {
      const measure = `svb_${place}`;
      const source = `ba-kldb-employees-${place}`;
      const kreise: OccupationRow[] = (await baEmployees(context, place)).map((cell) => ({
        code: cell.region,
        year: cell.year,
        occupation: cell.occupation ?? NO_OCCUPATION,
        occupation_name: names.get(cell.occupation) ?? "",
        measure,
        value: cell.n,
        suppressed: cell.n === null,
        flag: null,
        computed: false,
        source
      }));
      const landAndGermany = sumToLaenderAndGermany(
        kreise,
        (r) => `${r.year}|${r.occupation}`,
        (r) => r.value,
        () => null
      ).map(({code, sample, sum}) => ({
        ...sample,
        code,
        value: sum.value,
        suppressed: sum.value === null,
        flag: sum.missing > 0 && sum.value !== null ? "suppressed_cells_excluded" : null,
        computed: true
      }));
      for (const r of kreise) rows.push(r);
      for (const r of landAndGermany) rows.push(r);
    }
    // Sorted by year: the SQL console and DuckDB queries of one year then read one block of rows, not six.
    return rows.sort((a, b) => a.year - b.year || compare(a.code, b.code) || compare(a.occupation, b.occupation));
  }
});

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
