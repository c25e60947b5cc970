import {
  type CategoryValue,
  growthRate,
  herfindahl,
  krugmanIndex,
  locationQuotient,
  type LocationQuotientRow,
  locationQuotients,
  type MissingPolicy,
  shiftShare,
  type ShiftShareResult,
  sumByCategory
} from "../shared/indicators/index.js";
import {groupOf} from "./region-picker.js";

/** A classification's categories that partition the total (no overlaps), with labels, and sub-categories shown apart. */
export interface Classification {
  categories: readonly {code: string; label: string}[];
  /** "darunter" rows: a part of one category (manufacturing C within B–E), never summed with the partition. */
  parts: readonly {code: string; label: string; of: string}[];
}

/** SvB by WZ 2008 section (Regionaldatenbank 13111-07-05-4): the ten sections that add up to the total. */
export const WZ_2008: Classification = {
  categories: [
    {code: "A", label: "Land- und Forstwirtschaft, Fischerei (A)"},
    {code: "B-E", label: "Produzierendes Gewerbe ohne Bau (B–E)"},
    {code: "F", label: "Baugewerbe (F)"},
    {code: "G-I", label: "Handel, Verkehr, Gastgewerbe (G–I)"},
    {code: "J", label: "Information und Kommunikation (J)"},
    {code: "K", label: "Finanz- und Versicherungsdienstleistungen (K)"},
    {code: "L", label: "Grundstücks- und Wohnungswesen (L)"},
    {code: "M-N", label: "Unternehmensdienstleistungen (M–N)"},
    {code: "O-Q", label: "Öffentl. Verwaltung, Erziehung, Gesundheit (O–Q)"},
    {code: "R-U", label: "Sonstige Dienstleistungen (R–U)"}
  ],
  parts: [{code: "C", label: "darunter Verarbeitendes Gewerbe (C)", of: "B-E"}]
};

/** The seven sectors of the Erwerbstätigenrechnung: six that add up to the total, and manufacturing within B–E. */
export const ETR_SECTORS: Classification = {
  categories: [
    {code: "A", label: "Land- und Forstwirtschaft, Fischerei (A)"},
    {code: "B-E", label: "Produzierendes Gewerbe ohne Bau (B–E)"},
    {code: "F", label: "Baugewerbe (F)"},
    {code: "G-J", label: "Handel, Verkehr, Gastgewerbe, Information (G–J)"},
    {code: "K-N", label: "Finanzen, Grundstücke, Unternehmensdienste (K–N)"},
    {code: "O-T", label: "Öffentliche und sonstige Dienstleister (O–T)"}
  ],
  parts: [{code: "C", label: "darunter Verarbeitendes Gewerbe (C)", of: "B-E"}]
};

/** Counts per category of one region, or undefined where the data have no cells for it. */
export type CellLookup = (code: string) => CategoryValue[] | undefined;

/**
 * Indexes rows by region and a key (e.g. the year) into category counts, so that a page can look up one region and
 * year without scanning all rows again.
 */
export function indexCells<Row>(
  rows: readonly Row[],
  {
    key,
    category,
    value
  }: {key: (row: Row) => string | null; category: (row: Row) => string; value: (row: Row) => number | null}
): Map<string, CategoryValue[]> {
  const index = new Map<string, CategoryValue[]>();
  for (const row of rows) {
    const k = key(row);
    if (k === null) continue;
    let cells = index.get(k);
    if (!cells) index.set(k, (cells = []));
    cells.push({category: category(row), value: value(row)});
  }
  return index;
}

/**
 * Category counts of a region: its own cells, or for an aggregate (Revier, East Germany) the sum of its members'
 * cells with `sumByCategory`. `missing: "null"` (for the region looked at) makes a category null when any member's
 * cell is suppressed; `"sumKnown"` (for a large reference area) sums the known cells. Null when a member has no
 * cells at all (no partial aggregates).
 */
export function countsOf(cells: CellLookup, code: string, missing: MissingPolicy): CategoryValue[] | null {
  const own = cells(code);
  if (own) return own;
  const group = groupOf(code);
  if (!group) return null;
  const rows = [];
  for (const member of group.members) {
    const memberCells = cells(member);
    if (!memberCells) return null;
    for (const c of memberCells) rows.push({region: member, category: c.category, value: c.value});
  }
  return sumByCategory(rows, {members: group.members, missing}).map(({category, value}) => ({category, value}));
}

/** Keeps only the given categories, in their order; a category without a cell becomes null. */
export function pick(values: readonly CategoryValue[], categories: readonly string[]): CategoryValue[] {
  const map = new Map(values.map((v) => [v.category, v.value]));
  return categories.map((category) => ({category, value: map.get(category) ?? null}));
}

/** A location quotient with what a table needs: label and both shares. */
export interface LocationQuotientEntry extends LocationQuotientRow {
  label: string;
  /** Share of the category in the region's total, per cent; null when suppressed. */
  regionShare: number | null;
  /** Share in the reference area, per cent. */
  referenceShare: number | null;
  /** True for a "darunter" row (a part of another category). */
  part: boolean;
}

/**
 * Location quotients of a region against a reference area for a classification (indicator `locationQuotients` on the
 * partition; "darunter" rows with `locationQuotient` against the same totals).
 */
export function locationQuotientTable(
  region: readonly CategoryValue[],
  reference: readonly CategoryValue[],
  classification: Classification,
  labels: ReadonlyMap<string, string> = new Map()
): LocationQuotientEntry[] {
  const codes = classification.categories.map((c) => c.code);
  const label = (code: string) =>
    classification.categories.find((c) => c.code === code)?.label ?? labels.get(code) ?? code;
  const rows: LocationQuotientEntry[] = locationQuotients(pick(region, codes), pick(reference, codes)).map((r) => ({
    ...r,
    label: label(r.category),
    regionShare: r.regionValue === null ? null : (100 * r.regionValue) / r.regionTotal,
    referenceShare: r.referenceValue === null ? null : (100 * r.referenceValue) / r.referenceTotal,
    part: false
  }));
  const e_r = rows[0]?.regionTotal ?? 0;
  const E = rows[0]?.referenceTotal ?? 0;
  for (const part of classification.parts) {
    const e = pick(region, [part.code])[0]!.value;
    const R = pick(reference, [part.code])[0]!.value;
    const known = e !== null && R !== null && R > 0 && e <= e_r && R <= E;
    const at = rows.findIndex((r) => r.category === part.of) + 1;
    rows.splice(at, 0, {
      category: part.code,
      label: part.label,
      regionValue: e,
      regionTotal: e_r,
      referenceValue: R,
      referenceTotal: E,
      lq: known ? locationQuotient(e, e_r, R, E) : null,
      flag: e === null ? "suppressed" : R === null ? "reference-suppressed" : e < 10 ? "small" : null,
      regionShare: e === null ? null : (100 * e) / e_r,
      referenceShare: R === null ? null : (100 * R) / E,
      part: true
    });
  }
  return rows;
}

/** Krugman specialisation and Herfindahl concentration of one region and year. */
export interface StructureIndices {
  krugman: number;
  herfindahl: number;
  /** H* = (H − 1/N) / (1 − 1/N). */
  herfindahlNormalised: number | null;
  /** Categories left out because a cell was suppressed. */
  excluded: number;
}

/** `krugmanIndex` against the reference area and `herfindahl` of the region, over the given categories. */
export function structureIndices(
  region: readonly CategoryValue[],
  reference: readonly CategoryValue[],
  categories: readonly string[]
): StructureIndices {
  const r = pick(region, categories);
  const k = krugmanIndex(r, pick(reference, categories));
  const h = herfindahl(r);
  return {
    krugman: k.index,
    herfindahl: h.index,
    herfindahlNormalised: h.normalised,
    excluded: new Set([...k.excluded, ...h.excluded]).size
  };
}

/**
 * Shift-share decomposition (indicator `shiftShare`, with the Esteban-Marquillas split) of a region's employment
 * between two years. Categories with a suppressed cell in any of the four counts are left out and listed; the
 * reference growth G still uses the reference area's totals over all its known categories.
 */
export function shiftShareOf(
  region0: readonly CategoryValue[],
  region1: readonly CategoryValue[],
  reference0: readonly CategoryValue[],
  reference1: readonly CategoryValue[],
  categories: readonly string[]
): {result: ShiftShareResult; excluded: string[]} {
  const [r0, r1, f0, f1] = [region0, region1, reference0, reference1].map((v) => pick(v, categories));
  const rows = [];
  const excluded: string[] = [];
  for (let i = 0; i < categories.length; i++) {
    const values = [r0![i]!.value, r1![i]!.value, f0![i]!.value, f1![i]!.value];
    if (values.some((v) => v === null)) excluded.push(categories[i]!);
    else {
      const [a, b, c, d] = values as number[];
      rows.push({category: categories[i]!, region0: a!, region1: b!, reference0: c!, reference1: d!});
    }
  }
  const total = (v: CategoryValue[]) => v.reduce((s, x) => s + (x.value ?? 0), 0);
  const result = shiftShare(rows, {referenceTotal: {reference0: total(f0!), reference1: total(f1!)}});
  return {result, excluded};
}

/** A bubble of the portfolio chart. */
export interface PortfolioEntry {
  category: string;
  label: string;
  lq: number;
  /** Per cent change of the region's employment in the category (indicator `growthRate`). */
  growth: number;
  size: number;
}

/**
 * Portfolio of a region: location quotient at the end of a period, growth of the region's employment over the
 * period, and employment at the end. Categories with a suppressed cell, no employment at the start, or fewer than
 * `minSize` persons at the end are left out (their growth rates jump with a handful of persons).
 */
export function portfolio(
  region0: readonly CategoryValue[],
  lqs: readonly LocationQuotientEntry[],
  {minSize = 100}: {minSize?: number} = {}
): PortfolioEntry[] {
  const start = new Map(region0.map((v) => [v.category, v.value]));
  const out: PortfolioEntry[] = [];
  for (const r of lqs) {
    const e0 = start.get(r.category) ?? null;
    if (r.part || r.lq === null || r.regionValue === null || e0 === null || e0 <= 0 || r.regionValue < minSize)
      continue;
    out.push({
      category: r.category,
      label: r.label,
      lq: r.lq,
      growth: 100 * growthRate(e0, r.regionValue),
      size: r.regionValue
    });
  }
  return out;
}
