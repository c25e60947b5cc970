import {svbSegment} from "../../src/shared/breaks.js";
import {hasRecordedChange, NEWEST_TERRITORY, segmentOf, territoryOfFigure} from "../../src/shared/territory.js";
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
  rdbFile,
  rdbTable,
  sumToLaenderAndGermany,
  type Place
} from "../inputs/employment.js";
import type {EmploymentRow} from "../../src/shared/rows.js";

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

function row(
  partial: Omit<EmploymentRow, "suppressed" | "flag" | "computed" | "segment"> & Partial<EmploymentRow>
): EmploymentRow {
  return {suppressed: false, flag: null, computed: false, segment: null, ...partial};
}

/**
 * Sets the segment of SvB-at-workplace rows (one rule for every page: src/lib/breaks.ts), with the territory where
 * the figure is not on the newest one (src/shared/territory.ts).
 */
export function withSegment(r: EmploymentRow): EmploymentRow {
  if (r.measure !== "svb_workplace") return r;
  const territory = territoryOfFigure(r.code, r.year, r.source);
  return {
    ...r,
    segment: segmentOf(
      svbSegment(r.code, r.year, r.flag === "rounded"),
      territory === NEWEST_TERRITORY ? null : territory
    )
  };
}

/**
 * The persons column (nationality and sex "Insgesamt") of a Regionaldatenbank SvB table, one row per published
 * Kreis, Land and Germany; `fields` gives what the tables differ in.
 */
function svbTableRows(
  table: ExportTable,
  source: string,
  fields: (r: ExportRecord, table: ExportTable) => Pick<EmploymentRow, "classification" | "category" | "measure">
): EmploymentRow[] {
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
        source
      });
    });
}

/** SvB totals (30 June) from the Regionaldatenbank, exact, DG + Länder + Kreise, 2012–2015. */
export function rdbSvbTotals(context: BuildContext, place: Place): EmploymentRow[] {
  const {table, label} = SVB_TABLES[place];
  return svbTableRows(rdbTable(context, table), `rdb-${table}-2017`, () => ({
    classification: "total",
    category: "total",
    measure: label
  }));
}

/**
 * SvB totals from the BA occupation cells: the sum over all occupation groups (incl. "ohne Angabe") per Kreis,
 * with suppressed cells counted as unknown (the sum is then a lower bound, flagged), and Länder / Germany as
 * sums of the Kreise (computed).
 */
export async function baSvbTotals(context: BuildContext, place: Place): Promise<EmploymentRow[]> {
  const source = `ba-kldb-employees-${place}`;
  const sums = sumOverOccupations(await baEmployees(context, place), (c) => c.n);
  // Kept resolved for the overlap check (checks/source-overlap.ts), which runs synchronously after the build.
  context.cached(`ba:employees:${place}:sums`, () => sums);
  const kreise = sums.map((s) =>
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
  const landAndGermany = sumToLaenderAndGermany(
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
  return [...kreise, ...landAndGermany];
}

/** Largest deviation, in percent, of a BBSR SvB figure from both neighbouring years in the same direction. */
export const MAX_SVB_SPIKE_PERCENT = 3;

/**
 * BBSR SvB figures (code|year) that lie more than MAX_SVB_SPIKE_PERCENT below (or above) both the year before and the
 * year after. Published as null with flag `implausible`, not as a false dip (36 Kreis-years 1998–2010, twelve of them in
 * the sheet of 30.06.2010).
 *
 * The dip of 2010 (issue 10), investigated in the mirror; the cause is not documented anywhere in it:
 * - It is printed so in the BBSR workbook itself (sheet 2010, column "sozialvers.pflichtig Beschäftigte am Arbeitsort
 *   am 30.6.2010 in 1000": Eifelkreis Bitburg-Prüm 25.0 → 22.6 → 25.5), not a reading or GERDA conversion error, and
 *   every affected Kreis maps 1:1 onto its territory of 2021 (all conversion keys 1): no mixed territory.
 * - Not a Kreis reform: none in Rheinland-Pfalz, Bayern, Niedersachsen or Thüringen between 2009 and 2011 (the reforms
 *   of Sachsen-Anhalt 2007, Sachsen 2008 and Mecklenburg-Vorpommern 2011 brought new codes).
 * - Not a winter reference date: seasonal Kreise show no seasonal pattern against the geometric mean of 2009 and 2011
 *   (Nordfriesland −0.1 %, Ostholstein −1.2 %, Berchtesgadener Land −0.3 %, Oberallgäu −1.7 %).
 * - Not the BA revision of 2014: 2009, 2010 and 2011 are all pre-revision figures of the same workbook.
 * - Pattern: rural Landkreise fall below both neighbours, cities do not — Rheinland-Pfalz (Eifel, Hunsrück,
 *   Westerwald, Trier-Saarburg −2 to −10 %; Koblenz +0.2 %, Trier +0.8 %, Mainz +0.2 %), Oberpfalz (Cham −7 %,
 *   Neustadt a.d. Waldnaab −8 %; Regensburg 0 %), Helmstedt −8 %, Thüringer Landkreise (Erfurt +0.4 %); the Germany sum
 *   of the sheet rises by 1.0 % from 2009 and by 2.6 % to 2011. This looks like figures missing for some rural areas
 *   in 2010, but the mirror cannot prove it.
 * No official SvB figure for 30.06.2010 by Kreis is in the mirror to replace them (Regionaldatenbank 13111-01-03-4
 * from 30.06.2012, 13111-07-05-4 from 2015, BA extract from 2013), so they stay null. Länder and Germany of the BBSR
 * years are sums of the Kreise as printed (flag `rounded`), so they include these figures (the twelve Kreise of 2010
 * net about −15,000 persons against the geometric mean of 2009 and 2011, 0.05 % of Germany).
 */
export function svbSpikes(rows: readonly {code: string; year: number; value: number | null}[]): Set<string> {
  const byKey = new Map(rows.map((r) => [`${r.code}|${r.year}`, r.value]));
  const out = new Set<string>();
  for (const r of rows) {
    const before = byKey.get(`${r.code}|${r.year - 1}`);
    const after = byKey.get(`${r.code}|${r.year + 1}`);
    if (r.value == null || before == null || after == null) continue;
    const limit = MAX_SVB_SPIKE_PERCENT / 100;
    const low = r.value < before * (1 - limit) && r.value < after * (1 - limit);
    const high = r.value > before * (1 + limit) && r.value > after * (1 + limit);
    if (low || high) out.add(`${r.code}|${r.year}`);
  }
  return out;
}

/**
 * SvB at workplace from the BBSR reference tables (via GERDA): 1000 persons with one decimal, so rounded to 100;
 * Kreise on 2021 boundaries, Länder / Germany summed (computed) from all Kreise as printed. Isolated spikes
 * (svbSpikes) are null with flag `implausible`.
 */
export function bbsrSvbTotals(context: BuildContext): EmploymentRow[] {
  const printed = gerdaBbsrEmployees(context)
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
  const landAndGermany = sumToLaenderAndGermany(
    printed,
    (r) => String(r.year),
    (r) => r.value,
    () => "rounded"
  ).map(({code, sample, sum}) => ({...sample, code, value: sum.value, computed: true}));
  const spikes = svbSpikes(printed);
  const kreise = printed.map((r) => (spikes.has(`${r.code}|${r.year}`) ? {...r, value: null, flag: "implausible"} : r));
  return [...kreise, ...landAndGermany];
}

/**
 * Whether a Kreis figure comes second to another source's figure of the same year (issue 16): a figure on an older
 * territory than the newest (src/shared/territory.ts), and, in the Kreise of the recorded BA reassignment, a
 * Regionaldatenbank figure beside the BA extract (their assignments differ by 2–14 % in 2018–2020), so that each
 * Kreis series from 2013 on is on one territory and one assignment.
 */
export function onOlderTerritory(r: Pick<EmploymentRow, "code" | "year" | "source" | "measure">): boolean {
  if (r.code.length !== 5) return false;
  if (territoryOfFigure(r.code, r.year, r.source) !== NEWEST_TERRITORY) return true;
  return r.measure === "svb_workplace" && hasRecordedChange(r.code, "assignment") && !r.source.startsWith("ba-kldb");
}

/**
 * Precedence for SvB totals, per region, year and measure (documented in docs/data.md): the exact Regionaldatenbank
 * figure (13111-01-03-4 2012–2015, then 13111-07-05-4 2015–2020) before the BA occupation sum (2013–2025) before
 * the rounded BBSR figure (1997–2020), except that a figure on the newest territory comes before one on an older
 * territory ({@link onOlderTerritory}). A source is skipped where its cell is null; the row of the first source is
 * kept if all are null.
 */
export function byPrecedence(...series: EmploymentRow[][]): EmploymentRow[] {
  const chosen = new Map<string, EmploymentRow>();
  for (const rows of series) {
    for (const r of rows) {
      const key = `${r.code}|${r.year}|${r.measure}|${r.classification}|${r.category}`;
      const current = chosen.get(key);
      const newer = r.value !== null && current !== undefined && onOlderTerritory(current) && !onOlderTerritory(r);
      if (!current || (current.value === null && r.value !== null) || newer) chosen.set(key, r);
    }
  }
  return [...chosen.values()];
}

/** The years of 13111-07-05-4 in regionalstatistik-2021/ (one file per Stichtag 30.06., "Stand: 17.08.2021"). */
export const WZ_YEARS = [2015, 2016, 2017, 2018, 2019, 2020] as const;
export const WZ_SOURCE_2017 = "rdb-13111-07-05-4-2017";
export const WZ_SOURCE_2021 = "rdb-13111-07-05-4-2021";

/**
 * SvB by WZ 2008 section at 30 June (13111-07-05-4, total of persons): 2015 from the mirror of 2017 (`year`
 * omitted: that file) or any year 2015–2020 from the export of 2021. Rows of Kreise that no longer (or not yet)
 * exist at that Stichtag — the export lists them with "-" in every cell — are dropped.
 */
export function wzSections(context: BuildContext, year?: number): EmploymentRow[] {
  const table =
    year === undefined
      ? rdbTable(context, "13111-07-05-4")
      : rdbFile(context, `regionalstatistik-2021/13111-07-05-4_${year}.csv`, "13111-07-05-4");
  const source = year === undefined ? WZ_SOURCE_2017 : WZ_SOURCE_2021;
  const rows = svbTableRows(table, source, (r, t) => ({
    classification: "WZ 2008",
    category: categoryOf(WZ_SECTIONS, r.dimensions[0] ?? "", {
      file: t.path,
      line: r.line,
      field: "Wirtschaftszweig"
    }),
    measure: "svb_workplace"
  }));
  if (year !== undefined && rows.some((r) => r.year !== year)) {
    throw new Error(`${table.path}: expected Stichtag 30.06.${year}, found ${rows.find((r) => r.year !== year)!.year}`);
  }
  const dissolved = new Set(rows.filter((r) => r.category === "total" && r.flag === "-").map((r) => r.code));
  return rows.filter((r) => !dissolved.has(r.code));
}

/** SvB by WZ section 2015–2020, all from the export of 2021 (the 2017 mirror's 2015 is a cross-check). */
export function wzSectionSeries(context: BuildContext): EmploymentRow[] {
  return WZ_YEARS.flatMap((year) => wzSections(context, year));
}

/** The exact SvB totals at workplace of 13111-07-05-4 ("Insgesamt" row) as `total` rows. */
export function wzTotals(sections: readonly EmploymentRow[]): EmploymentRow[] {
  return sections
    .filter((r) => r.category === "total")
    .map((r) => ({...r, classification: "total", category: "total"}));
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

/** The `employment` dataset: SvB totals 1997–2025, SvB by WZ section 2015–2020, ETR sectors 2000–2014. */
export const employment = defineDataset<EmploymentRow>({
  name: "employment",
  description:
    "Beschäftigung: SvB am Arbeits- und Wohnort (1997–2025), SvB nach WZ-Abschnitten (30.06.2015–2020), Erwerbstätige und Arbeitnehmer nach sieben Wirtschaftsbereichen (2000–2014)",
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
    source: "string",
    segment: "string"
  },
  columns: {
    code: "Regionalschlüssel (Land 2-, Kreis 5-stellig, DG = Deutschland)",
    year: "Jahr (SvB: Stichtag 30.06.; Erwerbstätige/Arbeitnehmer: Jahresdurchschnitt)",
    classification:
      "total | WZ 2008 (SvB nach Abschnitten, 2015–2020) | ETR (sieben Wirtschaftsbereiche der Erwerbstätigenrechnung)",
    category:
      "total oder WZ-2008-Abschnitt(e): A, B-F, B-E, C, F, G-U, G-I, J, K, L, M-N, O-Q, R-U; ETR: A, B-E, C, F, G-J, K-N, O-T",
    measure:
      "svb_workplace (SvB am Arbeitsort) | svb_residence (SvB am Wohnort) | persons_in_employment (Erwerbstätige) | employees (Arbeitnehmer)",
    value: "Personen; leer, wenn die Quelle keinen Wert hat",
    suppressed: "true, wenn die Quelle den Wert geheim hält",
    flag: "Sonderzeichen der Quelle; rounded = Quelle in 1000 mit einer Nachkommastelle; implausible = BBSR-Wert weicht um mehr als 3 % von beiden Nachbarjahren ab (leer); suppressed_cells_excluded = BA-Summe ohne gesperrte Felder (Untergrenze)",
    computed: "true = eigene Berechnung (Summe der Kreise eines Landes bzw. Deutschlands)",
    source: "Quelle (id im Quellenkatalog sources.json)",
    segment:
      "Reihenabschnitt der SvB am Arbeitsort: BBSR gerundet vs. exakt; BA-Arbeitsortzuordnung ab 30.06.2018 (zwölf Kreise); verschiedene Abschnitte nicht verbinden"
  },
  build: async (context) => {
    const sections = wzSectionSeries(context);
    const totals = byPrecedence(
      rdbSvbTotals(context, "workplace"),
      rdbSvbTotals(context, "residence"),
      wzTotals(sections),
      await baSvbTotals(context, "workplace"),
      await baSvbTotals(context, "residence"),
      bbsrSvbTotals(context)
    );
    return [...totals, ...sections, ...etrSectors(context, "13312-01-04-4"), ...etrSectors(context, "13312-02-03-4")]
      .map(withSegment)
      .sort((a, b) => a.code.localeCompare(b.code) || a.year - b.year);
  }
});
