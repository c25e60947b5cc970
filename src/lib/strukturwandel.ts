/**
 * What the /strukturwandel page shows, computed from the `plants`, `mining_jobs` and `sector_value_added` rows:
 * the plants of a Revier with their totals, mining-job series of the Reviere and their Kreise, three-sector shares
 * and the Camagni–Capello growth patterns. Dates come from the data (the plant list's Stand, the years the value
 * added and employment series share), not from the page.
 */
import {withGroupSums, type Group} from "./group-sums.js";
import type {Lang} from "../shared/i18n/types.js";
import {formatReference} from "../shared/locale.js";
import {PAGE_SOURCES, SOURCES, sourceIds} from "../shared/sources.js";
import {growthQuadrants, threeSectorShares, type ThreeSector} from "./structural-change.js";

interface Plant {
  kind: string;
  revier: string;
  capacity_mw: number | null;
  capacity_net_active_mw: number | null;
  source: string;
}

/**
 * The power-plant list's data stand from the source catalogue, as a date in `lang` ("26.06.2026" /
 * "26 Jun 2026") and its year (2026).
 */
export function plantStand(lang: Lang = "de", sourceId: string = PAGE_SOURCES.plantList): {date: string; year: number} {
  const stand = SOURCES[sourceId]?.stand;
  const year = Number(stand?.slice(-4));
  if (!stand || !Number.isInteger(year)) throw new Error(`strukturwandel: no Stand for source ${sourceId}`);
  return {date: formatReference(stand, lang), year};
}

/** Plants and mines of one Revier with the lead sentence's totals (MW; a plant without capacity adds nothing). */
export function revierPlants<P extends Plant>(plants: readonly P[], revier: string) {
  const own = plants.filter((p) => p.revier === revier);
  const kraftwerke = own.filter((p) => p.kind === "kraftwerk");
  return {
    plants: own,
    kraftwerke: kraftwerke.length,
    tagebaue: own.filter((p) => p.kind === "tagebau").length,
    gross: kraftwerke.reduce((s, p) => s + (p.capacity_mw ?? 0), 0),
    activeNet: kraftwerke.reduce((s, p) => s + (p.capacity_net_active_mw ?? 0), 0)
  };
}

interface MiningRow {
  code: string;
  year: number;
  value: number | null;
  suppressed: boolean;
  flag: string | null;
  source: string;
}

/** Mining jobs (KldB 211) of the Reviere (sums of their Kreise) and of the Kreise of one Revier, with names. */
export function miningSeries(
  rows: readonly MiningRow[],
  groups: readonly Group[],
  members: readonly string[],
  nameOf: (code: string) => string
) {
  const sums = withGroupSums(rows, groups, {
    key: (r) => String(r.year),
    value: (r) => r.value,
    build: (t, g, sum) => ({...t, code: g.code, value: sum, suppressed: false, flag: null})
  });
  const codes = new Set(groups.map((g) => g.code));
  const named = (r: MiningRow) => ({
    name: nameOf(r.code),
    year: r.year,
    value: r.value,
    code: r.code,
    source: r.source
  });
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  return {
    reviere: sums.filter((r) => codes.has(r.code)).map(named),
    kreise: rows.filter((r) => members.includes(r.code)).map(named),
    span: years.length ? `${years[0]}–${years.at(-1)}` : "–"
  };
}

interface ValueRow {
  code: string;
  year: number;
  measure: string;
  sector: string;
  value: number | null;
  source: string;
}

/**
 * Three-sector shares of gross value added of a region: computed from absolute GVA (Reviere as sums of their
 * Kreise) and, for single Kreise, the shares INKAR publishes.
 */
export function sectorShares(rows: readonly ValueRow[], groups: readonly Group[], region: string) {
  const gva = withGroupSums(
    rows.filter((r) => r.measure === "gva"),
    groups,
    {
      key: (r) => `${r.year}|${r.sector}`,
      value: (r) => r.value,
      build: (t, g, sum) => ({...t, code: g.code, value: sum})
    }
  ).filter((r) => r.code === region);
  const years = [...new Set(gva.map((r) => r.year))].sort((a, b) => a - b);
  const computed = years.flatMap((year) => {
    const bySector = Object.fromEntries(gva.filter((r) => r.year === year).map((r) => [r.sector, r.value]));
    return Object.entries(threeSectorShares(bySector)).map(([sector, share]) => ({
      year,
      sector: sector as ThreeSector,
      share,
      basis: "computed" as const
    }));
  });
  const published = rows.filter((r) => r.measure === "gva_share" && r.code === region);
  const inkar = published.map((r) => ({
    year: r.year,
    sector: r.sector as ThreeSector,
    share: r.value,
    basis: "inkar" as const
  }));
  const span = (list: readonly {year: number}[]) =>
    list.length ? `${Math.min(...list.map((d) => d.year))}–${Math.max(...list.map((d) => d.year))}` : null;
  return {
    rows: [...computed, ...inkar],
    computedSpan: span(computed),
    inkarSpan: span(inkar),
    sources: [...(computed.length ? [PAGE_SOURCES.grossValueAdded] : []), ...sourceIds(published.slice(0, 1))]
  };
}

/** The regions of the sector-share picker: Reviere, the three Länder and Germany, then the Kreise by name. */
export function shareRegionCodes(rows: readonly ValueRow[], reviere: readonly string[], nameOf: (c: string) => string) {
  const kreise = [...new Set(rows.filter((r) => r.code.length === 5).map((r) => r.code))];
  kreise.sort((a, b) => nameOf(a).localeCompare(nameOf(b), "de"));
  return {top: [...reviere, "14", "15", "16", "DG"], kreise};
}

/**
 * Camagni–Capello growth patterns of every Kreis, Revier and Land in the value-added view against Germany, over
 * the longest period for which both GVA and persons in employment exist.
 */
export function growthPatterns(rows: readonly ValueRow[], groups: readonly Group[]) {
  const sum = (measure: string, sector?: string) =>
    withGroupSums(
      rows.filter((r) => r.measure === measure && (sector === undefined || r.sector === sector)),
      groups,
      {key: (r) => String(r.year), value: (r) => r.value, build: (t, g, s) => ({...t, code: g.code, value: s})}
    );
  const byCodeYear = new Map<string, {code: string; year: number; output: number | null; employment: number | null}>();
  const entry = (r: ValueRow) => {
    const key = `${r.code}|${r.year}`;
    const e = byCodeYear.get(key) ?? {code: r.code, year: r.year, output: null, employment: null};
    byCodeYear.set(key, e);
    return e;
  };
  for (const r of sum("gva", "total")) entry(r).output = r.value;
  for (const r of sum("persons_in_employment")) entry(r).employment = r.value;
  const years = [...byCodeYear.values()]
    .filter((e) => e.code === "DG" && e.output !== null && e.employment !== null)
    .map((e) => e.year);
  if (!years.length) throw new Error("strukturwandel: no year with GVA and persons in employment for Germany");
  const from = Math.min(...years);
  const to = Math.max(...years);
  const codes = [
    ...new Set([
      ...rows.filter((r) => r.code.length === 5).map((r) => r.code),
      ...groups.map((g) => g.code),
      "14",
      "15",
      "16"
    ])
  ];
  return {from, to, ...growthQuadrants([...byCodeYear.values()], {codes, reference: "DG", from, to})};
}
