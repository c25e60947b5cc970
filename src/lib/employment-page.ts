/**
 * What /beschaeftigung shows, computed from the employment, labour_market, commuters and commuter_flows datasets:
 * comparison regions, the SvB series and index, growth differentials, unemployment, commuters and the largest
 * flows, and the tables' columns. Pure; the page lays these out.
 */
import {withGroupSums} from "./group-sums.js";
import {type Key, t} from "../shared/i18n/index.js";
import type {Lang} from "../shared/i18n/types.js";
import {commuterIndicators, indexSeries} from "../shared/indicators/index.js";
import {formatStichtag} from "../shared/locale.js";
import {compareGrowth, SVB_BREAK_YEAR, svbSegment, svbSeries} from "./employment-series.js";
import {seriesOf} from "./overview.js";
import {COMPOSITE_GROUPS, groupOf, landOf} from "./region-picker.js";
import type {EmploymentRow, LabourMarketRow, OverviewRow} from "../shared/rows.js";
import {SOURCES, sourceIds, sourceLine} from "../shared/sources.js";
import {unemploymentRateSeries} from "../shared/unemployment.js";

type Column<T> = {label: string; value: (d: T) => unknown; digits?: number};
type NameOf = (code: string) => string;

/** Members of every group: Länder and Germany from region_members, the aggregates from src/shared/regions.ts. */
export function membersLookup(memberRows: readonly {group_code: string; member_code: string}[]) {
  const byGroup = new Map<string, string[]>();
  for (const {group_code, member_code} of memberRows) {
    if (!byGroup.has(group_code)) byGroup.set(group_code, []);
    byGroup.get(group_code)!.push(member_code);
  }
  const membersOf = (code: string): readonly string[] | undefined => groupOf(code)?.members ?? byGroup.get(code);
  /** The Kreise of a region (a Kreis itself; the Länder of a group resolved to their Kreise). */
  const kreiseOf = (code: string): string[] =>
    code.length === 5
      ? [code]
      : (membersOf(code) ?? []).flatMap((m) => (m.length === 2 ? (byGroup.get(m) ?? []) : [m]));
  return {membersOf, kreiseOf};
}

/** The region, its Land (for a Kreis), Germany and the chosen reference area, without duplicates. */
export function comparisonCodes(region: string, reference: string): string[] {
  const land = landOf(region);
  return [...new Set([region, land && land !== region ? land : null, "DG", reference])].filter((c): c is string => !!c);
}

/** SvB at the workplace and at the place of residence of one region, as two named series. */
export function svbChartRows(svb: readonly EmploymentRow[], region: string, lang: Lang) {
  return (["svb_workplace", "svb_residence"] as const).flatMap((measure) =>
    svbSeries(svb, region, measure).map((d) => ({
      ...d,
      measure,
      series: t(lang, `employment.series.${measure}`),
      segment: svbSegment(d.year)
    }))
  );
}

/** The series the first chart offers (URL parameter `reihe`): SvB at work and residence, or mining jobs (KldB 211). */
export const EMPLOYEE_SERIES = ["svb", "bergbau"] as const;
export type EmployeeSeries = (typeof EMPLOYEE_SERIES)[number];

/**
 * Mining jobs (SvB at the workplace in KldB 211, 30 June) of one region as one named series, from the `overview`
 * view: the figure / shows, aggregates summed there once (null, never a partial sum, where a member is suppressed).
 */
export function miningChartRows(overview: readonly OverviewRow[], region: string, lang: Lang) {
  return seriesOf(overview, region, "svb_occ_211").map((d) => ({
    year: d.year,
    value: d.value,
    flag: d.flag,
    computed: d.computed,
    source: d.source,
    measure: "svb_occ_211",
    series: t(lang, "data.mining.label"),
    segment: null,
    lowerBound: d.flag?.includes("suppressed_cells_excluded") ?? false
  }));
}

interface ChartRow {
  year: number;
  value: number | null;
  measure: string;
  computed?: boolean;
  source?: string | null;
}

/**
 * Title, unit and reference dates (the latest year the region has), source line, breaks and caveat of the first
 * chart for the chosen series; the years come from the rows, so a data refresh needs no page edit.
 */
export function employeeFigureTexts(series: EmployeeSeries, rows: readonly ChartRow[], name: string, lang: Lang) {
  const shown = rows.filter((d) => d.value !== null);
  const first = (measure: string) => shown.find((d) => d.measure === measure)?.year ?? "";
  const source = sourceLine(sourceIds(shown), {computed: shown.some((d) => d.computed), lang});
  const to = shown.length ? Math.max(...shown.map((d) => d.year)) : "";
  if (series === "bergbau") {
    return {
      title: t(lang, "employment.mining.title", {name}),
      subtitle: t(lang, "employment.mining.subtitle", {from: first("svb_occ_211"), to, latest: to && day(to, lang)}),
      description: t(lang, "employment.mining.description", {name}),
      source,
      caveat: t(lang, "data.mining.caveat"),
      breaks: []
    };
  }
  const breakYears = {before: SVB_BREAK_YEAR - 1, break: SVB_BREAK_YEAR};
  return {
    title: t(lang, "employment.svb.title", {name}),
    subtitle: t(lang, "employment.svb.subtitle", {
      from: first("svb_workplace"),
      to,
      residence: first("svb_residence"),
      ...breakYears
    }),
    description: t(lang, "employment.svb.description", {name}),
    source,
    caveat: "",
    breaks: [{year: SVB_BREAK_YEAR, label: t(lang, "employment.break")}]
  };
}

/**
 * The years of each source of the SvB totals at the workplace, read from Germany's rows, for the reading aid under
 * the page: BBSR reference tables (rounded), exact Regionaldatenbank figures, sums of the BA occupation groups.
 */
export function svbPrecedence(svb: readonly EmploymentRow[]): {rounded: string; exact: string; ba: string} {
  const rows = svbSeries(svb, "DG", "svb_workplace").filter((d) => d.value !== null);
  const span = (years: number[]) => (years.length ? `${Math.min(...years)}–${Math.max(...years)}` : "–");
  const ba = (d: (typeof rows)[number]) => (d.source ?? "").startsWith("ba-");
  return {
    rounded: span(rows.filter((d) => d.rounded).map((d) => d.year)),
    exact: span(rows.filter((d) => !d.rounded && !ba(d)).map((d) => d.year)),
    ba: span(rows.filter(ba).map((d) => d.year))
  };
}

/** Index (base year `from` = 100) of the SvB at the workplace of `codes`; codes without a base value in `missing`. */
export function svbIndexRows(svb: readonly EmploymentRow[], codes: readonly string[], from: number, nameOf: NameOf) {
  const rows = codes.flatMap((code) => {
    const series = svbSeries(svb, code, "svb_workplace");
    const base = series.find((d) => d.year === from);
    if (!base || base.value === null) return [];
    return indexSeries(series, from).map((p, i) => ({
      ...p,
      code,
      name: nameOf(code),
      segment: svbSegment(p.year),
      source: series[i]!.source
    }));
  });
  return {rows, missing: codes.filter((code) => !rows.some((d) => d.code === code))};
}

/** Growth of the region minus growth of each other comparison area, in percentage points, `from`–`to`. */
export function growthRows(
  svb: readonly EmploymentRow[],
  region: string,
  codes: readonly string[],
  from: number,
  to: number,
  nameOf: NameOf
) {
  const workplace = svbSeries(svb, region, "svb_workplace");
  const rows = codes
    .filter((code) => code !== region)
    .map((code) => {
      const result = compareGrowth(workplace, svbSeries(svb, code, "svb_workplace"), from, to);
      return {
        code,
        label: nameOf(code),
        value: result?.differential ?? null,
        regionGrowth: result?.regionGrowth ?? null,
        referenceGrowth: result?.referenceGrowth ?? null
      };
    });
  const sources = sourceIds(
    svb.filter((d) => (d.year === from || d.year === to) && d.measure === "svb_workplace" && codes.includes(d.code))
  );
  return {rows, sources};
}

/** Unemployment rates of `codes`, each series named. */
export function rateRows(
  labour: readonly LabourMarketRow[],
  codes: readonly string[],
  membersOf: (code: string) => readonly string[] | undefined,
  nameOf: NameOf
) {
  return codes.flatMap((code) =>
    unemploymentRateSeries(labour, code, membersOf).map((p) => ({...p, series: nameOf(code)}))
  );
}

/** Unemployed (annual average) of one region, aggregates summed from their members (null, flagged, where one is missing). */
export function unemployedRows(labour: readonly LabourMarketRow[], region: string, series: string) {
  return withGroupSums(
    labour.filter((d) => d.measure === "unemployed"),
    COMPOSITE_GROUPS,
    {
      key: (d) => String(d.year),
      value: (d) => d.value,
      build: (template, group, sum) => ({
        ...template,
        code: group.code,
        value: sum,
        computed: true,
        flag: sum === null ? "kreise_missing" : template.flag
      })
    }
  )
    .filter((d) => d.code === region)
    .sort((a, b) => a.year - b.year)
    .map((d) => ({...d, series}));
}

/**
 * The note in the subtitle of the unemployed chart: the partial last year, or the years taken from the BA's own
 * statistics (licence "BA" in the source catalogue) rather than the Regionaldatenbank, read from the rows.
 */
export function unemployedNote(
  rows: readonly {year: number; flag: string | null; source?: string | null}[],
  lang: Lang
): string {
  const last = rows.at(-1);
  if (last?.flag === "partial_year") return t(lang, "employment.unemployed.partial", {year: last.year});
  const ba = rows.filter((d) => sourceIds([d]).some((id) => SOURCES[id]?.licence === "BA")).map((d) => d.year);
  return ba.length ? t(lang, "employment.unemployed.ba", {years: ba.join(", ")}) : "";
}

const FLAGS = ["partial_year", "incomplete_year", "suppressed", "kreise_missing", ".", "-"];

/** What a flag of the labour-market dataset means, in `lang`; unknown flags as they are. */
export function flagNote(flag: string | null, lang: Lang): string {
  if (!flag) return "";
  const i = FLAGS.indexOf(flag);
  return i < 0 ? flag : t(lang, `employment.flag.${i}` as Key);
}

interface CommuterInput {
  code: string;
  year: number;
  measure: string;
  value: number | null;
  source: string;
}

/** Commuters across the boundary of a Kreis per year with in- and out-commuter rates; null for other regions. */
export function commuterRows(commuters: readonly CommuterInput[], region: string) {
  const isKreis = region.length === 5;
  const years = [...new Set(commuters.map((d) => d.year))].sort((a, b) => a - b);
  const at = (year: number, measure: string) =>
    commuters.find((d) => d.code === region && d.year === year && d.measure === measure) ?? null;
  return years.map((year) => {
    const get = (measure: string) => (isKreis ? (at(year, measure)?.value ?? null) : null);
    const [inCommuters, outCommuters, atWorkplace, atResidence] = [
      "in_commuters",
      "out_commuters",
      "svb_workplace",
      "svb_residence"
    ].map(get);
    const rates =
      inCommuters != null && outCommuters != null && atWorkplace && atResidence
        ? commuterIndicators({
            inCommuters,
            outCommuters,
            employeesAtWorkplace: atWorkplace,
            employeesAtResidence: atResidence
          })
        : null;
    const sources = ["in_commuters", "out_commuters", "balance"].map((m) => at(year, m)?.source).filter(Boolean);
    return {
      year,
      inCommuters: inCommuters ?? null,
      outCommuters: outCommuters ?? null,
      balance: get("balance"),
      inRate: rates?.inRate ?? null,
      outRate: rates?.outRate ?? null,
      source: isKreis ? [...new Set(sources)].join(",") : ""
    };
  });
}

/** Subtitle of the commuter chart: the years it covers and those without rates (the source has no totals). */
export function commuterSubtitle(rows: ReturnType<typeof commuterRows>, lang: Lang): string {
  const shown = rows.filter((d) => d.inCommuters !== null);
  if (!shown.length) return t(lang, "employment.commuters.subtitleNone");
  const noRates = shown.filter((d) => d.inRate === null).map((d) => d.year);
  return t(lang, "employment.commuters.subtitle", {
    from: shown[0]!.year,
    to: shown.at(-1)!.year,
    noRates: noRates.length ? t(lang, "employment.commuters.noRates", {years: noRates.join(", ")}) : ""
  });
}

interface Flow {
  from: string;
  to: string;
  value: number;
  year: number;
  source: string;
}

/**
 * The ten largest flows into and out of a region. commuter_flows holds each Kreis's ten largest origins and
 * destinations, so for a group of Kreise the list is the largest of those, not a complete ranking.
 */
export function largestFlows(flows: readonly Flow[], region: string, inside: ReadonlySet<string>, nameOf: NameOf) {
  const crossing = region === "DG" ? [] : flows.filter((d) => inside.has(d.from) !== inside.has(d.to));
  const top = (rows: Flow[], key: "from" | "to") =>
    rows
      .sort((a, b) => b.value - a.value)
      .slice(0, 10)
      .map((d) => ({
        ...d,
        label: nameOf(d[key]) + (region.length === 5 ? "" : ` → ${nameOf(d[key === "from" ? "to" : "from"])}`)
      }));
  return {
    inbound: top(
      crossing.filter((d) => inside.has(d.to)),
      "from"
    ),
    outbound: top(
      crossing.filter((d) => inside.has(d.from)),
      "to"
    )
  };
}

const day = (year: number, lang: Lang) => formatStichtag(year, "30.06.", lang);

type SvbNotes = {rounded?: boolean; lowerBound?: boolean; computed?: boolean};

/** Columns of the SvB table. */
export function svbColumns(lang: Lang): Column<{year: number; series: string; value: number | null} & SvbNotes>[] {
  const notes = (d: SvbNotes) =>
    [
      d.rounded ? t(lang, "employment.note.rounded") : "",
      d.lowerBound ? t(lang, "employment.note.lowerBound") : "",
      d.computed ? t(lang, "figure.ownCalculation") : ""
    ]
      .filter(Boolean)
      .join("; ");
  return [
    {label: t(lang, "employment.col.date"), value: (d) => day(d.year, lang)},
    {label: t(lang, "employment.col.svb"), value: (d) => d.series},
    {label: t(lang, "employment.persons"), value: (d) => d.value},
    {label: t(lang, "employment.col.note"), value: notes}
  ];
}

/** Columns of the index table. */
export function indexColumns(lang: Lang, from: number): Column<{name: string; year: number; index: number | null}>[] {
  return [
    {label: t(lang, "employment.col.region"), value: (d) => d.name},
    {label: t(lang, "employment.col.date"), value: (d) => day(d.year, lang)},
    {label: t(lang, "employment.col.index", {year: from}), value: (d) => d.index, digits: 1}
  ];
}

/** Columns of the growth table. */
export function growthColumns(lang: Lang, name: string): Column<ReturnType<typeof growthRows>["rows"][number]>[] {
  return [
    {label: t(lang, "employment.col.comparison"), value: (d) => d.label},
    {label: t(lang, "employment.col.growthRegion", {name}), value: (d) => d.regionGrowth, digits: 1},
    {label: t(lang, "employment.col.growthReference"), value: (d) => d.referenceGrowth, digits: 1},
    {label: t(lang, "employment.col.differential"), value: (d) => d.value, digits: 1}
  ];
}

/** Columns of the unemployment-rate table. */
export function rateColumns(lang: Lang): Column<ReturnType<typeof rateRows>[number]>[] {
  return [
    {label: t(lang, "employment.col.region"), value: (d) => d.series},
    {label: t(lang, "employment.col.year"), value: (d) => String(d.year)},
    {label: t(lang, "employment.col.rate"), value: (d) => d.value, digits: 1},
    {
      label: t(lang, "employment.col.note"),
      value: (d) => (d.computed && d.value !== null ? t(lang, "employment.note.rateComputed") : "")
    }
  ];
}

/** Columns of the unemployed table. */
export function unemployedColumns(lang: Lang): Column<ReturnType<typeof unemployedRows>[number]>[] {
  return [
    {label: t(lang, "employment.col.year"), value: (d) => String(d.year)},
    {label: t(lang, "employment.col.unemployed"), value: (d) => (d.value === null ? null : Math.round(d.value))},
    {label: t(lang, "employment.col.note"), value: (d) => flagNote(d.flag, lang)}
  ];
}

/** Columns of the commuter table. */
export function commuterColumns(lang: Lang): Column<ReturnType<typeof commuterRows>[number]>[] {
  return [
    {label: t(lang, "employment.col.date"), value: (d) => day(d.year, lang)},
    {label: t(lang, "employment.col.in"), value: (d) => d.inCommuters},
    {label: t(lang, "employment.col.out"), value: (d) => d.outCommuters},
    {label: t(lang, "employment.col.balance"), value: (d) => d.balance},
    {label: t(lang, "employment.col.inRate"), value: (d) => d.inRate, digits: 1},
    {label: t(lang, "employment.col.outRate"), value: (d) => d.outRate, digits: 1}
  ];
}

/** Columns of a flow table. */
export function flowColumns(lang: Lang, nameOf: NameOf): Column<Flow>[] {
  return [
    {label: t(lang, "employment.col.residence"), value: (d) => nameOf(d.from)},
    {label: t(lang, "employment.col.workplace"), value: (d) => nameOf(d.to)},
    {label: t(lang, "employment.col.svb"), value: (d) => d.value}
  ];
}
