/**
 * The `overview` view: the few headline series the start page (/) and the comparison page (/vergleich) draw, for
 * every Kreis, Land, Germany and aggregate, taken from the rows of the other datasets (no source is parsed here).
 * It exists so that / draws its first chart from a file of a few hundred kB instead of loading
 * `employment_occupations` (2.6 MB) and four other datasets.
 *
 * Composite regions are sums of their members' values (indicators `sumComponents()`): null, never a partial sum, when a member
 * has no value. Unemployment rates are taken from `labour_market` as they are, official or computed there once
 * (src/shared/unemployment.ts), so /, /vergleich and /beschaeftigung show the same figure.
 */
import {NEWEST_TERRITORY, segmentOf, territoryOfFigure} from "../../src/shared/territory.js";
import {populationSegment} from "../../src/shared/breaks.js";
import {COMPOSITE_REGIONS} from "../../src/shared/regions.js";
import {sumComponents} from "../../src/shared/indicators/sum-components.js";
import {SOURCES, sourceIds} from "../../src/shared/sources.js";
import type {BuildContext} from "../dataset.js";
import {defineDataset} from "../dataset.js";
import type {
  EmploymentRow,
  LabourMarketRow,
  OccupationRow,
  OverviewRow,
  PlantRow,
  PopulationRow,
  RegionMemberRow,
  RegionRow
} from "../../src/shared/rows.js";

import {RATE_ALL} from "../../src/shared/unemployment.js";

/** The measures of the view, with unit and meaning (for docs/datasets.md, /daten and page labels). */
export const MEASURES = {
  population: "Bevölkerung am 31.12. (Personen)",
  svb_workplace: "Sozialversicherungspflichtig Beschäftigte am Arbeitsort am 30.06. (Personen)",
  svb_occ_211:
    "SvB am Arbeitsort in der Berufsgruppe 211 „Berg-, Tagebau und Sprengtechnik“ (KldB 2010) am 30.06. (Personen)",
  unemployed: "Arbeitslose, Jahresdurchschnitt (Personen)",
  unemployment_rate: "Arbeitslosenquote bezogen auf alle zivilen Erwerbspersonen, Jahresdurchschnitt (Prozent)",
  lignite_capacity_mw: "Nettonennleistung der nicht endgültig stillgelegten Braunkohlekraftwerke (MW)",
  lignite_capacity_planned_mw:
    "Davon nach den Stilllegungsjahren der Kraftwerke am Ende des Jahres noch am Netz (MW; Planung, keine Messung)"
} as const;

export type Measure = keyof typeof MEASURES;

const PLANT_STATUS_SOURCE = "bnetza-kraftwerksliste-2026";

interface Value {
  value: number | null;
  flag: string | null;
  source: string;
  computed: boolean;
  segment?: string | null;
}

interface Group {
  code: string;
  members: readonly string[];
}

/**
 * Sums members' values per group with the indicator library's `sumComponents()`: null (flag `members_missing`) when a
 * member has no value; the members' flags (e.g. `rounded`, `suppressed_cells_excluded`) and sources carry over.
 */
export function sumGroup(values: ReadonlyMap<string, Value>, group: Group): Value {
  const members = group.members.map((code) => ({region: code, persons: values.get(code)?.value ?? null}));
  const {sums} = sumComponents(members, {members: group.members, components: ["persons"]});
  const known = group.members.map((code) => values.get(code)).filter((v) => v !== undefined);
  const flags = [...new Set(known.map((v) => v.flag).filter((f) => f !== null))];
  const segments = [...new Set(known.map((v) => v.segment ?? null))];
  return {
    // Counts are whole persons or (BA annual averages) tenths: round away floating-point noise of the sum.
    value: sums.persons === null ? null : Math.round(sums.persons * 10) / 10,
    flag: sums.persons === null ? "members_missing" : flags.length ? flags.sort().join(",") : null,
    source: joinSources(known.map((v) => v.source)),
    computed: true,
    // Members on different sides of a break (cannot happen with one source per year, but be explicit): no segment.
    segment: segments.length === 1 ? segments[0] : null
  };
}

/** Comma-joined, de-duplicated source ids, in first-seen order. */
export function joinSources(sources: readonly string[]): string {
  return sourceIds(sources.map((source) => ({source}))).join(",");
}

/** Members of every group the view publishes: the aggregates (Reviere, East Germany). Länder and DG come as rows. */
function compositeGroups(): Group[] {
  return COMPOSITE_REGIONS.map((a) => ({code: a.code, members: a.members}));
}

/**
 * The Kreise of a group, expanding Länder into their Kreise (OST = Länder 12–16 → their Kreise), from the
 * `region_members` dataset.
 */
export function kreiseOf(code: string, members: readonly RegionMemberRow[]): string[] {
  const direct = members.filter((m) => m.group_code === code).map((m) => m.member_code);
  if (!direct.length) return [code];
  return direct.flatMap((member) => (member.length === 5 ? [member] : kreiseOf(member, members)));
}

/**
 * A counted series (persons) for every Kreis, Land and DG as the dataset has them, plus the aggregates as sums of
 * their members (Reviere from Kreise, East Germany from Länder).
 */
function countSeries(
  byCodeYear: ReadonlyMap<number, Map<string, Value>>,
  groups: readonly Group[]
): Map<number, Map<string, Value>> {
  const result = new Map<number, Map<string, Value>>();
  for (const [year, values] of byCodeYear) {
    const out = new Map(values);
    for (const group of groups) out.set(group.code, sumGroup(values, group));
    result.set(year, out);
  }
  return result;
}

function byYear<Row extends {code: string; year: number}>(
  rows: readonly Row[],
  value: (row: Row) => Value
): Map<number, Map<string, Value>> {
  const result = new Map<number, Map<string, Value>>();
  for (const row of rows) {
    let values = result.get(row.year);
    if (!values) result.set(row.year, (values = new Map()));
    if (values.has(row.code)) throw new Error(`overview: ${row.code} ${row.year} appears twice`);
    values.set(row.code, value(row));
  }
  return result;
}

/**
 * Lignite capacity per Revier: the net capacity of units not finally shut down at the BNetzA status date, and the
 * capacity left at the end of each year until the last scheduled shutdown year. The path is null (flag
 * `shutdown_year_passed`) for a Revier with an active plant whose listed shutdown year has already passed
 * (stepwise shutdowns: the year does not say what remains).
 */
export function ligniteCapacity(plants: readonly PlantRow[], statusYear: number): OverviewRowInput[] {
  const rows: OverviewRowInput[] = [];
  const reference = SOURCES[PLANT_STATUS_SOURCE]!.stand;
  for (const revier of COMPOSITE_REGIONS.filter((a) => a.kind === "revier").map((a) => a.code)) {
    const active = plants.filter((p) => p.kind === "kraftwerk" && p.revier === revier);
    if (!active.length) continue;
    const source = joinSources(active.flatMap((p) => [p.source, p.status_source ?? ""]));
    const missing = active.some((p) => p.capacity_net_active_mw === null);
    const total = missing ? null : round3(active.reduce((s, p) => s + p.capacity_net_active_mw!, 0));
    rows.push({
      code: revier,
      year: statusYear,
      measure: "lignite_capacity_mw",
      value: total,
      reference,
      segment: null,
      flag: missing ? "plants_without_status" : null,
      source,
      computed: true
    });
    const running = active.filter((p) => (p.capacity_net_active_mw ?? 0) > 0);
    const ambiguous = running.some((p) => p.shutdown_year !== null && p.shutdown_year < statusYear);
    const lastYear = Math.max(statusYear, ...running.map((p) => p.shutdown_year ?? 0));
    for (let year = statusYear; year <= lastYear; year++) {
      const left = running
        .filter((p) => p.shutdown_year === null || p.shutdown_year > year)
        .reduce((s, p) => s + p.capacity_net_active_mw!, 0);
      rows.push({
        code: revier,
        year,
        measure: "lignite_capacity_planned_mw",
        value: ambiguous || total === null ? null : round3(left),
        reference: `Ende ${year}`,
        segment: null,
        flag: ambiguous ? "shutdown_year_passed" : total === null ? "plants_without_status" : null,
        source,
        computed: true
      });
    }
  }
  return rows;
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

type OverviewRowInput = Omit<OverviewRow, "name" | "level" | "territory">;

/**
 * The territory of a view row from its source (src/shared/territory.ts); a Kreis figure on an older territory than the
 * newest also starts its own segment, so that no line or change joins two territories.
 */
export function withTerritory<R extends {code: string; year: number; source: string; segment: string | null}>(
  r: R
): R & {territory: string} {
  const territory = r.code.length === 5 ? territoryOfFigure(r.code, r.year, r.source) : NEWEST_TERRITORY;
  const segment =
    territory === NEWEST_TERRITORY || (r.segment ?? "").includes(territory)
      ? r.segment
      : segmentOf(r.segment, territory);
  return {...r, segment, territory};
}

/** Builds the view from the rows of population, regions, region_members, plants, employment(_occupations), labour_market. */
export function buildOverview(context: BuildContext): OverviewRow[] {
  const regionRows = context.rows<RegionRow>("regions");
  const regionsByCode = new Map(regionRows.map((r) => [r.code, r]));
  const published = new Set(regionRows.map((r) => r.code));
  const groups = compositeGroups();
  const rows: OverviewRowInput[] = [];

  const push = (measure: Measure, reference: (year: number) => string, series: Map<number, Map<string, Value>>) => {
    for (const [year, values] of series) {
      for (const [code, v] of values) {
        if (!published.has(code)) continue; // Kreise before the reforms of 2007/2008 and 2021
        rows.push({
          code,
          year,
          measure,
          value: v.value,
          reference: reference(year),
          segment: v.segment ?? null,
          flag: v.flag,
          source: v.source,
          computed: v.computed
        });
      }
    }
  };

  // Population: the dataset already has every region, aggregates included; the census basis is the segment.
  const population = context.rows<PopulationRow>("population").filter((r) => r.sex === "total");
  push(
    "population",
    (y) => `31.12.${y}`,
    byYear(population, (r) => ({
      value: r.value,
      flag: r.flag,
      source: r.source,
      computed: r.computed,
      // A census or a territory break: values of different segments are never joined.
      segment: populationSegment(r)
    }))
  );

  const employment = context
    .rows<EmploymentRow>("employment")
    .filter((r) => r.classification === "total" && r.measure === "svb_workplace");
  push(
    "svb_workplace",
    (y) => `30.06.${y}`,
    countSeries(
      byYear(employment, (r) => ({
        value: r.value,
        flag: r.flag,
        source: r.source,
        computed: r.computed,
        segment: r.segment
      })),
      groups
    )
  );

  const mining = context
    .rows<OccupationRow>("employment_occupations")
    .filter((r) => r.occupation === "211" && r.measure === "svb_workplace");
  push(
    "svb_occ_211",
    (y) => `30.06.${y}`,
    countSeries(
      byYear(mining, (r) => ({
        value: r.value,
        flag: r.suppressed ? "suppressed" : r.flag,
        source: r.source,
        computed: r.computed
      })),
      groups
    )
  );

  const labour = context.rows<LabourMarketRow>("labour_market");
  push(
    "unemployed",
    (y) => `Jahresdurchschnitt ${y}`,
    countSeries(
      byYear(
        labour.filter((r) => r.measure === "unemployed"),
        (r) => ({value: r.value, flag: r.flag, source: r.source, computed: r.computed})
      ),
      groups
    )
  );
  // Rates as labour_market publishes them: official, or computed there once for groups (never recomputed here).
  push(
    "unemployment_rate",
    (y) => `Jahresdurchschnitt ${y}`,
    byYear(
      labour.filter((r) => r.measure === "unemployment_rate" && r.definition === RATE_ALL),
      (r) => ({value: r.value, flag: r.flag, source: r.source, computed: r.computed})
    )
  );

  const statusYear = Number(SOURCES[PLANT_STATUS_SOURCE]!.stand.slice(-4));
  rows.push(...ligniteCapacity(context.rows<PlantRow>("plants"), statusYear));

  return rows
    .map((r) => {
      const region = regionsByCode.get(r.code)!;
      return {...withTerritory(r), name: region.name, level: region.level};
    })
    .sort((a, b) => a.measure.localeCompare(b.measure) || a.code.localeCompare(b.code) || a.year - b.year);
}

/** The Länder whose Kreise the start page maps: Sachsen (14), Sachsen-Anhalt (15), Thüringen (16). */
export const OVERVIEW_LAENDER = ["14", "15", "16"] as const;

const SCHEMA = {
  code: "string",
  name: "string",
  level: "string",
  year: "int",
  measure: "string",
  value: "float",
  reference: "string",
  segment: "string",
  flag: "string",
  source: "string",
  computed: "bool",
  territory: "string"
} as const;

const COLUMNS = {
  code: "Regionalschlüssel (Land 2-, Kreis 5-stellig, DG) oder Aggregat-Code (REV-MD, REV-LAU, REV-RH, OST, OST-B)",
  name: "Name der Region",
  level: "kreis | land | staat | aggregate",
  year: "Jahr",
  measure: Object.entries(MEASURES)
    .map(([k, v]) => `${k} = ${v}`)
    .join("; "),
  value: "Wert (Personen, Prozent bzw. MW); leer, wenn die Quelle oder ein Mitglied eines Aggregats keinen Wert hat",
  reference: "Stichtag bzw. Zeitraum, wie angezeigt (31.12.2024, 30.06.2025, Jahresdurchschnitt 2021, 26.06.2026)",
  segment:
    "Reihenabschnitt: Werte verschiedener Abschnitte nicht verbinden (Bevölkerung: Zensusbasis; SvB: BBSR gerundet vor der Revision 2014 bzw. revidiert; Gebietsstand)",
  flag: "Kennzeichen der Quelle oder eines Mitglieds (rounded, suppressed_cells_excluded …) bzw. Grund für einen leeren Wert (members_missing, suppressed, shutdown_year_passed)",
  source: "Quelle(n) (ids im Quellenkatalog, durch Komma getrennt)",
  computed: "true = eigene Berechnung (Summe, aus Summen neu berechnete Quote, Leistungssumme)",
  territory: `Gebietsstand des Werts: ${NEWEST_TERRITORY} oder „Gebietsstand vor <Datum>" (ein Kreiswert auf älterem Gebiet bildet einen eigenen Abschnitt)`
};

/** All rows, built once per data build and shared by `comparison` and `overview`. */
const allRows = (context: BuildContext) => context.cached("overview:rows", () => buildOverview(context));

/** Every Kreis, Land, Germany and aggregate: the comparison page (/vergleich) picks any of them. */
export const comparison = defineDataset<OverviewRow>({
  name: "comparison",
  description:
    "Vergleich (Sicht für /vergleich): Bevölkerung, SvB, Berufsgruppe 211, Arbeitslose und -quote aller Kreise, Länder, Deutschlands und der Aggregate; Braunkohleleistung je Revier",
  schema: SCHEMA,
  columns: COLUMNS,
  build: allRows
});

/**
 * The start page's share of `comparison`: the Kreise of Sachsen, Sachsen-Anhalt and Thüringen (for the map) and
 * every Land, Germany and aggregate — about a quarter of the bytes, so that / draws its first chart quickly.
 */
export const overview = defineDataset<OverviewRow>({
  name: "overview",
  description:
    "Überblick (Sicht für /): wie comparison, aber nur die Kreise Sachsens, Sachsen-Anhalts und Thüringens (dazu alle Länder, Deutschland, Aggregate)",
  schema: SCHEMA,
  columns: COLUMNS,
  build: (context) =>
    allRows(context).filter(
      (r) => r.level !== "kreis" || (OVERVIEW_LAENDER as readonly string[]).includes(r.code.slice(0, 2))
    )
});
