import type {BuildContext} from "../dataset.js";
import {defineDataset} from "../dataset.js";
import {sumOverOccupations} from "../sources/ba-kldb.js";
import {findColumn, yearOfTime, type ExportRecord, type ExportTable} from "../sources/regionaldatenbank-export.js";
import {
  baEmployees,
  categoryOf,
  cellValue,
  gerdaBbsrEmployees,
  isPublishedLevel,
  rdbTable,
  sumToLaenderAndGermany,
  type Place
} from "../inputs/employment.js";
import type {EmploymentRow} from "../../src/lib/rows.js";

/** Section labels of 13111-07-05-4 (rows) → WZ 2008 codes. */
export const WZ_SECTIONS: Record<string, string> = {
  "Land- und Forstwirtschaft, Fischerei (A)": "A",
  "Produzierendes Gewerbe (B-F)": "B-F",
  "Produzierendes Gewerbe ohne Baugewerbe (B-E)": "B-E",
  "Verarbeitendes Gewerbe (C)": "C",
  "Baugewerbe (F)": "F",
  "Dienstleistungsbereiche (G-U)": "G-U",
  "Handel, Gastgewerbe, Verkehr (G-I)": "G-I",
  "Information und Kommunikation (J)": "J",
  "Erbringung von Finanz- und Vers.leistungen (K)": "K",
  "Grundstücks- und Wohnungswesen (L)": "L",
  "Freiberufl,wissenschaftl. techn. Dienstl.,sonst.DL": "M-N",
  "Öff.Verw.,Verteidig.,Sozialvers.,Erz.-u.Unterricht": "O-Q",
  "Kunst, Unterhaltung, Erholung, Priv. Haush.,usw.": "R-U",
  Insgesamt: "total"
};

/** Sector labels of the ETR tables 13312-01-04-4 / 13312-02-03-4 (columns) → WZ 2008 codes. */
export const ETR_SECTORS: Record<string, string> = {
  Insgesamt: "total",
  "Land- und Forstwirtschaft, Fischerei (A)": "A",
  "Produzierendes Gewerbe ohne Baugewerbe (B-E)": "B-E",
  "Verarbeitendes Gewerbe (C)": "C",
  "Baugewerbe (F)": "F",
  "Handel,Verkehr,Gastgewerbe,Informa-/Kommunikation": "G-J",
  "Fin-,Vers.-,Unt.-dienstl.,Grundst.-/Wohnungswesen": "K-N",
  "öffentl. u. sonst. Dienstl.,Erziehung, Gesundheit": "O-T"
};

const SVB_TABLES: Record<Place, {table: string; label: string}> = {
  workplace: {table: "13111-01-03-4", label: "svb_workplace"},
  residence: {table: "13111-02-02-4", label: "svb_residence"}
};

function row(partial: Omit<EmploymentRow, "suppressed" | "flag" | "computed"> & Partial<EmploymentRow>): EmploymentRow {
  return {suppressed: false, flag: null, computed: false, ...partial};
}

/**
 * The persons column (nationality and sex "Insgesamt") of a Regionaldatenbank SvB table, one row per published
 * Kreis, Land and Germany; `fields` gives what the tables differ in.
 */
function svbTableRows(
  context: BuildContext,
  code: string,
  fields: (r: ExportRecord, table: ExportTable) => Pick<EmploymentRow, "classification" | "category" | "measure">
): EmploymentRow[] {
  const table = rdbTable(context, code);
  const column = findColumn(table, ["Nationalität", "Insgesamt", "Geschlecht", "Insgesamt"]);
  return table.records
    .filter((r) => isPublishedLevel(r.code))
    .map((r) => {
      const {value, flag} = cellValue(table, r, column);
      return row({
        code: r.code,
        year: yearOfTime(r.time),
        ...fields(r, table),
        value,
        suppressed: flag === ".",
        flag,
        source: `rdb-${code}-2017`
      });
    });
}

/** SvB totals (30 June) from the Regionaldatenbank, exact, DG + Länder + Kreise, 2012–2015. */
export function rdbSvbTotals(context: BuildContext, place: Place): EmploymentRow[] {
  const {table, label} = SVB_TABLES[place];
  return svbTableRows(context, table, () => ({classification: "total", category: "total", measure: label}));
}

/**
 * SvB totals from the BA occupation cells: the sum over all occupation groups (incl. "ohne Angabe") per Kreis,
 * with suppressed cells counted as unknown (the sum is then a lower bound, flagged), and Länder / Germany as
 * sums of the Kreise (computed).
 */
export async function baSvbTotals(context: BuildContext, place: Place): Promise<EmploymentRow[]> {
  const source = `ba-kldb-employees-${place}`;
  const kreise = sumOverOccupations(await baEmployees(context, place), (c) => c.n).map((s) =>
    row({
      code: s.region,
      year: s.year,
      classification: "total",
      category: "total",
      measure: SVB_TABLES[place].label,
      value: s.value,
      flag: s.suppressedCells > 0 ? "suppressed_cells_excluded" : null,
      source
    })
  );
  const aggregates = sumToLaenderAndGermany(
    kreise,
    (r) => String(r.year),
    (r) => r.value,
    (r) => r.flag
  ).map(({code, sample, sum}) => ({
    ...sample,
    code,
    value: sum.value,
    flag: [...sum.flags][0] ?? null,
    computed: true
  }));
  return [...kreise, ...aggregates];
}

/**
 * SvB at workplace from the BBSR reference tables (via GERDA): 1000 persons with one decimal, so rounded to 100;
 * Kreise on 2021 boundaries, Länder / Germany summed (computed).
 */
export function bbsrSvbTotals(context: BuildContext): EmploymentRow[] {
  const kreise = gerdaBbsrEmployees(context)
    .filter((r) => r.values.employees_cty !== null)
    .map((r) =>
      row({
        code: r.code,
        year: r.year,
        classification: "total",
        category: "total",
        measure: "svb_workplace",
        value: Math.round(r.values.employees_cty! * 1000),
        flag: "rounded",
        source: "gerda-bbsr-ref-kreise"
      })
    );
  const aggregates = sumToLaenderAndGermany(
    kreise,
    (r) => String(r.year),
    (r) => r.value,
    () => "rounded"
  ).map(({code, sample, sum}) => ({...sample, code, value: sum.value, computed: true}));
  return [...kreise, ...aggregates];
}

/**
 * Precedence for SvB totals, per region, year and measure (documented in the README): the exact Regionaldatenbank
 * figure (2012–2015) before the BA occupation sum (2013–2025) before the rounded BBSR figure (1997–2020). A source
 * is skipped where its cell is null; the row of the first source is kept if all are null.
 */
export function byPrecedence(...series: EmploymentRow[][]): EmploymentRow[] {
  const chosen = new Map<string, EmploymentRow>();
  for (const rows of series) {
    for (const r of rows) {
      const key = `${r.code}|${r.year}|${r.measure}|${r.classification}|${r.category}`;
      const current = chosen.get(key);
      if (!current || (current.value === null && r.value !== null)) chosen.set(key, r);
    }
  }
  return [...chosen.values()];
}

/** SvB by WZ 2008 section at 30.06.2015 (13111-07-05-4, total of persons). */
export function wzSections(context: BuildContext): EmploymentRow[] {
  return svbTableRows(context, "13111-07-05-4", (r, table) => ({
    classification: "WZ 2008",
    category: categoryOf(WZ_SECTIONS, r.dimensions[0] ?? "", {
      file: table.path,
      line: r.line,
      field: "Wirtschaftszweig"
    }),
    measure: "svb_workplace"
  }));
}

/** Erwerbstätige (13312-01-04-4) or Arbeitnehmer (13312-02-03-4) by the seven ETR sectors, 1000 → persons. */
export function etrSectors(context: BuildContext, table: "13312-01-04-4" | "13312-02-03-4"): EmploymentRow[] {
  const data = rdbTable(context, table);
  const measure = table === "13312-01-04-4" ? "persons_in_employment" : "employees";
  const heading =
    table === "13312-01-04-4" ? "Erwerbstätige im Jahresdurchschnitt" : "Arbeitnehmer im Jahresdurchschnitt";
  const columns = Object.entries(ETR_SECTORS).map(([label, category]) => ({
    category,
    index: findColumn(data, [heading, label, "1000"])
  }));
  return data.records
    .filter((r) => isPublishedLevel(r.code))
    .flatMap((r) =>
      columns.map(({category, index}) => {
        const {value, flag} = cellValue(data, r, index);
        return row({
          code: r.code,
          year: yearOfTime(r.time),
          classification: "ETR",
          category,
          measure,
          // The table gives 1000 persons with one decimal: exact to 100 persons at best.
          value: value === null ? null : Math.round(value * 1000),
          suppressed: flag === ".",
          flag: flag ?? "rounded",
          source: `rdb-${table}-2017`
        });
      })
    );
}

/** The `employment` dataset: SvB totals 1997–2025, SvB by WZ section 2015, ETR sectors 2000–2014. */
export const employment = defineDataset<EmploymentRow>({
  name: "employment",
  description:
    "Beschäftigung: SvB am Arbeits- und Wohnort (1997–2025), SvB nach WZ-Abschnitten (30.06.2015), Erwerbstätige und Arbeitnehmer nach sieben Wirtschaftsbereichen (2000–2014)",
  schema: {
    code: "string",
    year: "int",
    classification: "string",
    category: "string",
    measure: "string",
    value: "int",
    suppressed: "bool",
    flag: "string",
    computed: "bool",
    source: "string"
  },
  columns: {
    code: "Regionalschlüssel (Land 2-, Kreis 5-stellig, DG = Deutschland)",
    year: "Jahr (SvB: Stichtag 30.06.; Erwerbstätige/Arbeitnehmer: Jahresdurchschnitt)",
    classification:
      "total | WZ 2008 (SvB nach Abschnitten, nur 2015) | ETR (sieben Wirtschaftsbereiche der Erwerbstätigenrechnung)",
    category:
      "total oder WZ-2008-Abschnitt(e): A, B-F, B-E, C, F, G-U, G-I, J, K, L, M-N, O-Q, R-U; ETR: A, B-E, C, F, G-J, K-N, O-T",
    measure:
      "svb_workplace (SvB am Arbeitsort) | svb_residence (SvB am Wohnort) | persons_in_employment (Erwerbstätige) | employees (Arbeitnehmer)",
    value: "Personen; leer, wenn die Quelle keinen Wert hat",
    suppressed: "true, wenn die Quelle den Wert geheim hält",
    flag: "Sonderzeichen der Quelle; rounded = Quelle in 1000 mit einer Nachkommastelle; suppressed_cells_excluded = BA-Summe ohne gesperrte Felder (Untergrenze)",
    computed: "true = eigene Berechnung (Summe der Kreise eines Landes bzw. Deutschlands)",
    source: "Quelle (id im Quellenkatalog sources.json)"
  },
  build: async (context) => {
    const totals = byPrecedence(
      rdbSvbTotals(context, "workplace"),
      rdbSvbTotals(context, "residence"),
      await baSvbTotals(context, "workplace"),
      await baSvbTotals(context, "residence"),
      bbsrSvbTotals(context)
    );
    return [
      ...totals,
      ...wzSections(context),
      ...etrSectors(context, "13312-01-04-4"),
      ...etrSectors(context, "13312-02-03-4")
    ].sort((a, b) => a.code.localeCompare(b.code) || a.year - b.year);
  }
});
