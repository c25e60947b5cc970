/**
 * The Kreis profile (src/kreise/[code].md) as the browser first draws it, rendered at build time into the page's
 * placeholders (scripts/prerender/slots.ts): name, lead, fact sheet card, key-figure table and the three trend
 * charts, by the same components and src/lib functions the page calls, with the page's default state (latest
 * population date). The values below mirror the page's cells; the browser test compares the two.
 */
import {readFileSync} from "node:fs";
import {join} from "node:path";

import {readBuiltDataset} from "../../data-loaders/read-dataset.js";
import {DATA_DIR} from "../../data-loaders/lib/paths.js";
import {FactSheet, PrintButton} from "../../src/components/FactSheet.js";
import {Figure, TableDownloads} from "../../src/components/figure.js";
import {KeyFigureTable} from "../../src/components/KeyFigureTable.js";
import {LineChart} from "../../src/components/LineChart.js";
import {LocationFacts} from "../../src/components/LocationFacts.js";
import {t, type Lang} from "../../src/shared/i18n/index.js";
import {select} from "../../src/lib/inputs.js";
import {kreisCentre} from "../../src/lib/kreis-centre.js";
import {
  baseYear,
  factRows,
  factSourceIds,
  indexedSeries,
  plantsNear,
  populationYears,
  sheetFacts
} from "../../src/lib/kreis-facts.js";
import {metricSeries, profileLocationQuotients, topSpecialisations} from "../../src/lib/kreis-profile.js";
import {kreisKind} from "../../src/lib/labels.js";
import {indexLabourPool} from "../../src/lib/labour-pool.js";
import {indexFactors, locationFacts} from "../../src/lib/location-factors.js";
import {useLocale} from "../../src/shared/locale.js";
import {readParquet} from "../../src/shared/parquet.js";
import {regionLabel} from "../../src/lib/region-picker.js";
import {REVIER_KREISE} from "../../src/shared/regions.js";
import type {
  KreisProfileRow,
  KreisSectorRow,
  LabourPoolRow,
  LocationFactorRow,
  PlantRow,
  RegionRow
} from "../../src/shared/rows.js";
import {shortSourceLine, sourceIds, sourceLine} from "../../src/shared/sources.js";
import {previewPng} from "./preview.js";
import type {Slots} from "./slots.js";

/** Width the charts are drawn at; the page scales them to the card (same height, so nothing moves). */
export const PRERENDER_WIDTH = 560;

async function read<Row>(name: string): Promise<Row[]> {
  const bytes = readBuiltDataset(name);
  return readParquet<Row>(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
}

export type KreisData = Awaited<ReturnType<typeof loadKreisData>>;

export async function loadKreisData() {
  const [regions, profile, sectors, plants, poolRows, factorRows] = await Promise.all([
    read<RegionRow>("regions"),
    read<KreisProfileRow>("kreis_profiles"),
    read<KreisSectorRow>("kreis_sectors"),
    read<PlantRow>("plants"),
    read<LabourPoolRow>("labour_pool"),
    read<LocationFactorRow>("location_factors")
  ]);
  const topology = JSON.parse(readFileSync(join(DATA_DIR, "kreise.topojson"), "utf-8"));
  return {
    regions,
    profile,
    sectors,
    plants,
    topology,
    pool: indexLabourPool(poolRows),
    factors: indexFactors(factorRows)
  };
}

/** The values of the page's cells for one Kreis in one language (the page's default state). */
function kreisModel(data: KreisData, code: string, lang: Lang) {
  useLocale(lang);
  const {regions, profile} = data;
  // Cell 3 of the page.
  const region = regions.find((r) => r.code === code)!;
  const nameOf = new Map([
    ...regions.map((r): [string, string] => [r.code, regionLabel(r.code, r.name, lang)]),
    ["DG", t(lang, "kreise.col.germany")]
  ]);
  const {name} = region;
  const land = region.land!;
  const compare = [code, land, "DG"];
  const named = <R extends {code: string}>(rows: R[]) => rows.map((d) => ({...d, name: nameOf.get(d.code) ?? d.code}));
  const BASE = baseYear(profile, compare, ["population", "svb_workplace"])!;
  const popIndex = named(indexedSeries(profile, compare, "population", BASE).points);
  const svbIndex = named(indexedSeries(profile, compare, "svb_workplace", BASE).points);
  const rates = named(compare.flatMap((c) => metricSeries(profile, c, "unemployment_rate")));
  type Row = {year: number; value: number | null; index?: number | null; name: string; source?: string | null};
  const span = (rows: Row[]) => ({
    first: Math.min(...rows.map((d) => d.year)),
    last: Math.max(...rows.map((d) => d.year))
  });
  const focus = {region: {code, name}};
  // A hollow circle on the axis marks a year without a value; every export says so.
  const gapNote = (rows: Row[]) => (rows.some((d) => d.value === null) ? [t(lang, "kreise.dev.gapNote")] : []);
  const index = (what: "population" | "svb" | "rate", rows: Row[]) => ({
    ...focus,
    notes: gapNote(rows),
    filename: `${what}-${BASE}-${span(rows).last}`,
    title: t(lang, `kreise.dev.${what}`),
    subtitle: t(lang, `kreise.dev.${what}Subtitle` as "kreise.dev.populationSubtitle", {base: BASE, ...span(rows)}),
    description: t(lang, "kreise.dev.description", {
      what: t(lang, `kreise.dev.${what}`),
      name,
      land: nameOf.get(land)!
    }),
    source: sourceLine(sourceIds(rows), {computed: true, lang})
  });
  const rateMeta = {
    ...index("rate", rates),
    filename: `unemployment-rate-${span(rates).last}`,
    subtitle: t(lang, "kreise.dev.rateSubtitle", span(rates)),
    source: sourceLine(sourceIds(rates), {computed: rates.some((d) => d.computed), lang})
  };
  const chart = (rows: Row[], width: number, o: Record<string, unknown> = {}) =>
    LineChart(
      rows.map((d) => ({...d, value: d.index ?? d.value})),
      {
        width,
        lang,
        highlight: name,
        digits: 1,
        dots: "all",
        missing: true,
        baseYear: BASE,
        yLabel: t(lang, "kreise.dev.indexUnit", {base: BASE}),
        ...o
      }
    );
  const indexColumns = [
    {label: t(lang, "kreise.col.region"), value: (d: Row) => d.name},
    {label: t(lang, "kreise.col.year"), value: (d: Row) => String(d.year)},
    {label: t(lang, "kreise.col.value"), value: (d: Row) => d.value},
    {label: t(lang, "kreise.col.index", {base: BASE}), value: (d: Row) => d.index ?? null, digits: 1}
  ];
  const rateColumns = [
    ...indexColumns.slice(0, 2),
    {label: t(lang, "kreise.col.rate"), value: (d: Row) => d.value, digits: 1}
  ];
  const rateOptions = {baseYear: undefined, yLabel: t(lang, "kreise.dev.rateUnit")};
  return {
    region,
    nameOf,
    name,
    land,
    compare,
    popIndex,
    svbIndex,
    rates,
    index,
    rateMeta,
    chart,
    indexColumns,
    rateColumns,
    rateOptions
  };
}

/** What fills the profile's placeholders, by container (see slots.ts); `url` is the page's address without scheme. */
/**
 * The preview image of a Kreis (German; the English page shares it): the population index of the Kreis, its Land and
 * Germany, titled with the Kreis, with the chart's source line and the page's address.
 */
export function kreisPreview(data: KreisData, code: string, url: string): Buffer {
  const {name, popIndex, index, chart} = kreisModel(data, code, "de");
  const meta = index("population", popIndex);
  return previewPng((size) => chart(popIndex, size.width, {height: size.height}), {
    title: t("de", "meta.title.kreis", {name}),
    subtitle: `${meta.title}; ${meta.subtitle}`,
    source: shortSourceLine(sourceIds(popIndex), {computed: true, lang: "de"}),
    footer: t("de", "figure.exportFooter", {site: t("de", "site.title"), link: url})
  });
}

export function kreisSlots(data: KreisData, code: string, lang: Lang, url: string): Slots {
  const {profile, sectors, plants, topology} = data;
  const model = kreisModel(data, code, lang);
  const {region, nameOf, name, land, compare, popIndex, svbIndex, rates, index, rateMeta, chart} = model;
  const {indexColumns, rateColumns, rateOptions} = model;
  type Row = Parameters<typeof chart>[0][number];
  const sheetCharts = (
    [
      [popIndex, index("population", popIndex), {}],
      [svbIndex, index("svb", svbIndex), {}],
      [rates, rateMeta, rateOptions]
    ] as const
  ).map(([rows, meta, o]) => ({...meta, chart: chart(rows, 230, {height: 140, marginLeft: 36, ...o})}));

  // Cell 4: the fact sheet's sectors and plants.
  const dg = (cls: string) => profileLocationQuotients(sectors, {code, reference: "DG", classification: cls, lang});
  const yearOf = (cls: string) => sectors.find((r) => r.classification === cls)?.year ?? null;
  const RADIUS = 50;
  const nearPlants = plantsNear(plants, code, kreisCentre(topology, code), RADIUS);
  const sheetSources = sourceIds([
    ...popIndex,
    ...svbIndex,
    ...rates,
    ...profile.filter((r) => r.code === code && ["commuter_balance", "svb_occ_211", "gemeinden"].includes(r.metric)),
    ...sectors.filter((r) => r.code === code),
    // The plants keep their rows' `source` (plantsNear spreads them); PlantFact does not declare it.
    ...(nearPlants as unknown as PlantRow[])
  ]);

  // Key-figure table at the latest population date (the year picker's default).
  const years = populationYears(profile, code);
  const year = years.at(-1)!;
  const facts = factRows(profile, {code, land, year});
  const gv = facts.find((f) => f.metric === "gemeinden")!.year;
  const factSources = factSourceIds(
    profile,
    compare.flatMap((c) => facts.map((f) => ({code: c, metric: f.metric, year: f.year})))
  );
  const yearInput = select(years.slice().reverse().map(String), {
    label: t(lang, "kreise.profile.yearLabel"),
    value: String(year)
  });
  const landName = nameOf.get(land)!;
  const figure = (rows: Row[], columns: typeof indexColumns, meta: ReturnType<typeof index>, o = {}) =>
    Figure(chart(rows, PRERENDER_WIDTH, o), rows, columns, {...meta, lang});

  return {
    h1: [name],
    "p.rm-lead": [
      t(lang, "kreise.profile.lead", {kind: kreisKind(region.kind, lang), land: landName, code}),
      REVIER_KREISE.includes(code) ? ` · ${t(lang, "kreise.profile.inRevier")}` : "",
      t(lang, "kreise.profile.all"),
      PrintButton(lang)
    ],
    ".rm-sheet-wrap": [
      FactSheet({
        lang,
        facts: sheetFacts(profile, code),
        topWz: topSpecialisations(dg("WZ 2008"), {n: 5, minCount: 100}),
        topKldb: topSpecialisations(dg("KldB 2010"), {n: 5, minCount: 100}),
        years: {wz: yearOf("WZ 2008"), kldb: yearOf("KldB 2010")},
        plants: nearPlants,
        radiusKm: RADIUS,
        charts: sheetCharts,
        source: `${sourceLine(sheetSources, {computed: true, lang})}; ${t(lang, "kreise.sheet.plantsSource")}`,
        url,
        extra: LocationFacts(locationFacts(code, {pool: data.pool, factors: data.factors}), {
          lang,
          href: `${lang === "en" ? "/en" : ""}/standort?kreis=${code}`
        })
      })
    ],
    "#facts-table": [
      t(lang, "kreise.profile.factsTitle"),
      t(lang, "kreise.profile.factsSubtitle", {name, land: landName}),
      null,
      yearInput,
      KeyFigureTable(facts, {lang, columns: [name, landName, t(lang, "kreise.col.germany")]}),
      t(lang, "kreise.profile.factsNote", {gv: gv ?? "–"}),
      sourceLine(factSources, {computed: true, lang}),
      TableDownloads(facts, [], {
        title: `${t(lang, "kreise.profile.factsTitle")}: ${name}`,
        subtitle: "",
        source: "",
        lang
      })
    ],
    "main > h2": [t(lang, "kreise.dev.title"), t(lang, "kreise.lq.title")],
    "#population-trend": [figure(popIndex, indexColumns, index("population", popIndex))],
    "#svb-trend": [figure(svbIndex, indexColumns, index("svb", svbIndex))],
    "#unemployment-trend": [figure(rates, rateColumns, rateMeta, rateOptions)]
  };
}
