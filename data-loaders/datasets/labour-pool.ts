import {groupNeighbours, kreisNeighbours} from "../../src/shared/neighbours.js";
import {COMPOSITE_REGIONS} from "../../src/shared/regions.js";
import {BA_WORKPLACE_BREAK} from "../../src/shared/breaks.js";
import {hasRecordedChange, NEWEST_TERRITORY} from "../../src/shared/territory.js";
import type {LabourPoolRow} from "../../src/shared/rows.js";
import type {BuildContext} from "../dataset.js";
import {defineDataset} from "../dataset.js";
import {sourcePath} from "../lib/paths.js";
import {readBaAnnualAverages, type BaAverageCell} from "../sources/ba-kldb.js";
import {buildKreiseTopology} from "./boundaries.js";
import {baEmployees, baOccupationNames, baRegionCodes} from "../inputs/employment.js";
import {NO_OCCUPATION} from "./employment-occupations.js";

/** The four counts of a row, in the order of the flags. */
export const COUNTS = ["svb_workplace", "svb_residence", "unemployed", "vacancies"] as const;
type Count = (typeof COUNTS)[number];
type Counts = Record<Count, number | null>;

export const LABOUR_POOL_SOURCES = [
  "ba-kldb-employees-workplace",
  "ba-kldb-employees-residence",
  "ba-kldb-unemployed",
  "ba-kldb-vacancies"
].join(",");

/** Rounds unemployed per vacancy to two decimals, shares and changes (in %) to one. */
function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * The derived columns of a row from its counts: unemployed per vacancy, vacancy share, and the change of SvB
 * and unemployed since `base` (the same region and group in the first year). On sums the counts are sums, so
 * every ratio is a ratio of sums, never an average of ratios.
 */
export function derive(
  counts: Counts,
  base: Counts | undefined
): Pick<LabourPoolRow, "unemployed_per_vacancy" | "vacancy_share" | "svb_change" | "unemployed_change"> {
  const {svb_workplace: svb, unemployed: u, vacancies: v} = counts;
  const change = (now: number | null, then: number | null | undefined) =>
    now === null || then === null || then === undefined || then === 0 ? null : round1((now / then - 1) * 100);
  return {
    unemployed_per_vacancy: u === null || v === null || v === 0 ? null : round2(u / v),
    vacancy_share: svb === null || v === null || svb + v === 0 ? null : round1((v / (svb + v)) * 100),
    svb_change: change(svb, base?.svb_workplace),
    unemployed_change: change(u, base?.unemployed)
  };
}

/**
 * What a row publishes. Unemployed, vacancies and unemployed per vacancy form the series of every year; SvB
 * (workplace, residence) and the vacancy share are published for the first and the last year, the changes since
 * the first year in the last year only — the full SvB series by group is `employment_occupations`, and repeating it
 * here would double the file. The derived figures are always computed from the full counts first.
 */
export function publish(row: LabourPoolRow, year: number, firstYear: number, lastYear: number): LabourPoolRow {
  if (year === lastYear) return row;
  const out = {...row, svb_change: null, unemployed_change: null};
  if (year === firstYear) return out;
  return {...out, svb_workplace: null, svb_residence: null, vacancy_share: null};
}

/**
 * Sums the counts of members; a null member leaves the sum a lower bound (listed in the flag). `extra` members
 * (the BA's vacancies without a Kreis, code "") add to the sum but are no Kreis: their missing SvB or unemployed
 * counts never make a sum a lower bound (issue 16: Germany was flagged in 1,016 of 1,885 SvB rows for that).
 */
export function sumCounts(
  members: readonly Counts[],
  extra: readonly Counts[] = []
): {counts: Counts; lowerBound: Count[]} {
  const counts = {} as Counts;
  const lowerBound: Count[] = [];
  for (const measure of COUNTS) {
    let sum = 0;
    let known = 0;
    for (const m of [...members, ...extra]) {
      const v = m[measure];
      if (v !== null) {
        sum += v;
        known++;
      }
    }
    const knownKreise = members.filter((m) => m[measure] !== null).length;
    counts[measure] = known === 0 ? null : sum;
    if (knownKreise < members.length && known > 0) lowerBound.push(measure);
  }
  return {counts, lowerBound};
}

/**
 * The series segment of a Kreis row: the BA's workplace reassignment from 30.06.2018 in the Kreise it recorded
 * (src/shared/territory.ts), so SvB changes since 2013 there would join two assignments; null elsewhere.
 */
export function poolSegment(code: string, year: number): string | null {
  return code.length === 5 && year >= BA_WORKPLACE_BREAK.year && hasRecordedChange(code, "assignment")
    ? BA_WORKPLACE_BREAK.label
    : null;
}

/**
 * The Kreise whose full series 2013–2025 the dataset holds: every Kreis of East Germany (with Berlin), every
 * member of the three Reviere, and every Kreis bordering one of those (the neighbours /standort compares). The
 * other Kreise keep the latest year only (their location facts); Länder, Germany and the aggregates are sums of
 * all their Kreise in every year. This keeps the file within the site's Parquet budget.
 */
export function seriesKreise(neighbours: ReadonlyMap<string, readonly string[]>): Set<string> {
  const core = [...neighbours.keys()].filter(
    (code) =>
      ["11", "12", "13", "14", "15", "16"].includes(code.slice(0, 2)) ||
      COMPOSITE_REGIONS.some((a) => a.kind === "revier" && a.members.includes(code))
  );
  return new Set([...core, ...groupNeighbours(neighbours, core)]);
}

function kreisNeighbourMap(context: BuildContext): Promise<Map<string, string[]>> {
  return context.cached("kreise:neighbours", async () => kreisNeighbours(await buildKreiseTopology()));
}

/**
 * The regions a Kreis is summed into: its Land, Germany and every aggregate it belongs to. Vacancies without a
 * Kreis (code "") count in Germany only.
 */
function sumTargets(kreis: string): string[] {
  if (kreis === "") return ["DG"];
  const land = kreis.slice(0, 2);
  return [
    land,
    "DG",
    ...COMPOSITE_REGIONS.filter((a) => a.members.includes(kreis) || a.members.includes(land)).map((a) => a.code)
  ];
}

export const labourPool = defineDataset<LabourPoolRow>({
  name: "labour_pool",
  description:
    "Arbeitskräftepotenzial nach Berufsgruppen (KldB 2010, 3-Steller): SvB am Arbeits- und Wohnort (30.06.), Arbeitslose und gemeldete Arbeitsstellen (Jahresdurchschnitt), 2013–2025; Kreise, Länder, Deutschland, Reviere",
  schema: {
    code: "string",
    occupation: "string",
    occupation_name: "string",
    year: "int",
    svb_workplace: "int",
    svb_residence: "int",
    unemployed: "int",
    vacancies: "int",
    unemployed_per_vacancy: "float",
    vacancy_share: "float",
    svb_change: "float",
    unemployed_change: "float",
    segment: "string",
    territory: "string",
    flag: "string",
    computed: "bool",
    source: "string"
  },
  columns: {
    code: "Regionalschlüssel (Kreis 5-, Land 2-stellig, DG = Deutschland) oder Aggregat (REV-MD, REV-LAU, REV-RH, OST, OST-B). Volle Zeitreihe für Kreise Ostdeutschlands, der Reviere und ihrer Nachbarn; übrige Kreise nur letztes Jahr",
    occupation: "Berufsgruppe KldB 2010, 3-stellig; 000 = ohne Angabe",
    occupation_name: "Bezeichnung der Berufsgruppe, wie von der BA veröffentlicht (Kurztitel)",
    year: "Jahr (SvB: Stichtag 30.06.; Arbeitslose, Stellen: Jahresdurchschnitt)",
    svb_workplace:
      "SvB am Arbeitsort, Personen; nur erstes (2013) und letztes Jahr (volle Reihe: employment_occupations); leer = gesperrt",
    svb_residence: "SvB am Wohnort, Personen; nur erstes und letztes Jahr; leer = gesperrt",
    unemployed: "Arbeitslose nach Zielberuf, Jahresdurchschnitt, gerundet wie veröffentlicht; leer = gesperrt",
    vacancies:
      "Gemeldete Arbeitsstellen (nur der der BA gemeldete Teil), Jahresdurchschnitt, gerundet wie veröffentlicht",
    unemployed_per_vacancy: "Arbeitslose je gemeldete Stelle (eigene Berechnung; bei Summen Quotient der Summen)",
    vacancy_share: "Stellen ÷ (SvB am Arbeitsort + Stellen) × 100, in %; erstes und letztes Jahr (eigene Berechnung)",
    svb_change: "Veränderung der SvB am Arbeitsort seit 2013 in %; nur im letzten Jahr (eigene Berechnung)",
    unemployed_change: "Veränderung der Arbeitslosen seit 2013 in %; nur im letzten Jahr (eigene Berechnung)",
    segment:
      "Reihenabschnitt: BA-Arbeitsortzuordnung ab 30.06.2018 in den Kreisen mit verzeichneter Neuzuordnung (dort keine SvB-Veränderung seit 2013); sonst leer",
    territory: `Gebietsstand: ${NEWEST_TERRITORY} (BA-Auszug, Hanau kreisfrei)`,
    flag: "suppressed:<Größen> = von der BA gesperrt; lower_bound:<Größen> = Summe ohne gesperrte Kreiswerte (Untergrenze)",
    computed: "true = Summe der Kreise (eigene Berechnung)",
    source: "Quellen (ids im Quellenkatalog sources.json, kommagetrennt)"
  },
  build: async (context) => {
    const regionCodes = baRegionCodes(context);
    const [workplace, residence] = await Promise.all([
      baEmployees(context, "workplace"),
      baEmployees(context, "residence")
    ]);
    const firstYear = workplace.reduce((min, c) => Math.min(min, c.year), Infinity);
    const lastYear = workplace.reduce((max, c) => Math.max(max, c.year), -Infinity);
    const [unemployed, vacancies] = await Promise.all([
      readBaAnnualAverages(sourcePath("ba-kldb/unemployed_total.parquet"), regionCodes, firstYear),
      readBaAnnualAverages(sourcePath("ba-kldb/jobs.parquet"), regionCodes, firstYear, {unassigned: true})
    ]);
    const names = baOccupationNames(context);
    const occupations = [...names.keys()].map((o) => o ?? NO_OCCUPATION);
    const nameOf = (occupation: string) => names.get(occupation === NO_OCCUPATION ? null : occupation) ?? "";

    // Counts per Kreis|occupation|year; a cell absent from a table stays null like a suppressed one.
    const cells = new Map<string, Counts>();
    const put = (
      measure: Count,
      list: readonly {region: string; occupation: string | null; year: number}[],
      value: (c: never) => number | null
    ) => {
      for (const c of list) {
        if (c.year > lastYear) continue;
        const key = `${c.region}|${c.occupation ?? NO_OCCUPATION}|${c.year}`;
        let counts = cells.get(key);
        if (!counts) {
          counts = {svb_workplace: null, svb_residence: null, unemployed: null, vacancies: null};
          cells.set(key, counts);
        }
        counts[measure] = value(c as never);
      }
    };
    put("svb_workplace", workplace, (c: {n: number | null}) => c.n);
    put("svb_residence", residence, (c: {n: number | null}) => c.n);
    put("unemployed", unemployed, (c: BaAverageCell) => c.value);
    put("vacancies", vacancies, (c: BaAverageCell) => c.value);

    const empty: Counts = {svb_workplace: null, svb_residence: null, unemployed: null, vacancies: null};
    const kreise = ["", ...[...regionCodes].sort()];
    const years = Array.from({length: lastYear - firstYear + 1}, (_, i) => firstYear + i);
    const series = seriesKreise(await kreisNeighbourMap(context));
    const rows: LabourPoolRow[] = [];
    const members = new Map<string, Counts[]>();
    const unassigned = new Map<string, Counts[]>();
    for (const code of kreise) {
      for (const occupation of occupations) {
        const base = cells.get(`${code}|${occupation}|${firstYear}`);
        for (const year of years) {
          const counts = cells.get(`${code}|${occupation}|${year}`) ?? empty;
          for (const target of sumTargets(code)) {
            const key = `${target}|${occupation}|${year}`;
            const list = code === "" ? unassigned : members;
            if (!list.has(key)) list.set(key, []);
            list.get(key)!.push(counts);
          }
          if (code === "" || (year !== lastYear && !series.has(code))) continue;
          const missing = COUNTS.filter((m) => counts[m] === null);
          if (missing.length === COUNTS.length) continue;
          const segment = poolSegment(code, year);
          const derived = derive(counts, base);
          const row: LabourPoolRow = {
            code,
            occupation,
            occupation_name: nameOf(occupation),
            year,
            ...counts,
            ...derived,
            // No SvB change across the BA reassignment of 2018 (the base year 2013 lies before it).
            svb_change: segment === poolSegment(code, firstYear) ? derived.svb_change : null,
            segment,
            territory: NEWEST_TERRITORY,
            flag: missing.length ? `suppressed:${missing.join(",")}` : null,
            computed: false,
            source: LABOUR_POOL_SOURCES
          };
          rows.push(publish(row, year, firstYear, lastYear));
        }
      }
    }
    const sums = new Map<string, {counts: Counts; lowerBound: Count[]}>();
    for (const [key, list] of members) sums.set(key, sumCounts(list, unassigned.get(key)));
    for (const [key, {counts, lowerBound}] of sums) {
      const [code, occupation, year] = key.split("|") as [string, string, string];
      if (COUNTS.every((m) => counts[m] === null)) continue;
      const row: LabourPoolRow = {
        code,
        occupation,
        occupation_name: nameOf(occupation),
        year: Number(year),
        ...counts,
        ...derive(counts, sums.get(`${code}|${occupation}|${firstYear}`)?.counts),
        segment: null,
        territory: NEWEST_TERRITORY,
        flag: lowerBound.length ? `lower_bound:${lowerBound.join(",")}` : null,
        computed: true,
        source: LABOUR_POOL_SOURCES
      };
      rows.push(publish(row, Number(year), firstYear, lastYear));
    }
    // Sorted by region, group, year: a page reading one region's series reads one block.
    return rows.sort((a, b) => compare(a.code, b.code) || compare(a.occupation, b.occupation) || a.year - b.year);
  }
});

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
