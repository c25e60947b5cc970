import {NO_OFFICIAL_RATE, RATE_ALL, unemploymentRateSeries} from "../../src/shared/unemployment.js";
import {LAND_CODE_BY_NAME} from "../../src/shared/regions.js";
import {NEWEST_TERRITORY, territoryOfFigure} from "../../src/shared/territory.js";
import type {BuildContext} from "../dataset.js";
import {defineDataset} from "../dataset.js";
import {SourceError} from "../lib/errors.js";
import {count, covers, expectRows, rate} from "../lib/expectations.js";
import {sourcePath, withoutSources} from "../lib/paths.js";
import {readGenesisOnlineExport} from "../sources/genesis-online-export.js";
import {findColumn, yearOfTime, type ExportTable} from "../sources/regionaldatenbank-export.js";
import {
  baUnemployedSums,
  cellValue,
  gerdaCovariates,
  isPublishedLevel,
  rdbFile,
  rdbTable,
  sumToLaenderAndGermany
} from "../inputs/employment.js";
import type {LabourMarketRow, RegionMemberRow} from "../../src/shared/rows.js";

export const RATE_DEPENDENT = "bezogen auf abhängige zivile Erwerbspersonen";
export const ANNUAL_AVERAGE = "Jahresdurchschnitt";

/** The exports of 13211-02-05-4 ("Arbeitslose … sowie Arbeitslosenquoten – Jahresdurchschnitt – Kreise") read. */
export const UNEMPLOYMENT_EXPORTS = [
  {source: "rdb-13211-02-05-4-2026-2025", path: "regionalstatistik-2026/13211-02-05-4_2025.csv", years: [2025]},
  {source: "rdb-13211-02-05-4-2026-2023", path: "regionalstatistik-2026/13211-02-05-4_2023.csv", years: [2023]},
  {
    source: "rdb-13211-02-05-4-2021",
    path: "regionalstatistik-2021/13211-02-05-4.csv",
    years: [2015, 2016, 2017, 2018, 2019, 2020]
  }
] as const;

/** Arbeitslose and both rates of one export of 13211-02-05-4 (any layout, any years). */
export function unemploymentTableRows(table: ExportTable, source: string): LabourMarketRow[] {
  const columns = [
    {measure: "unemployed", definition: ANNUAL_AVERAGE, index: findColumn(table, ["Arbeitslose", "Anzahl"])},
    {
      measure: "unemployment_rate",
      definition: RATE_DEPENDENT,
      index: findColumn(table, ["Arbeitslosenquote bez. abh. zivile Erwerbspers.", "Prozent"])
    },
    {
      measure: "unemployment_rate",
      definition: RATE_ALL,
      index: findColumn(table, ["Arbeitslosenquote bez. auf alle zivile Erwerbsp.", "Prozent"])
    }
  ];
  return table.records
    .filter((r) => isPublishedLevel(r.code))
    .flatMap((r) =>
      columns.map(({measure, definition, index}) => {
        const {value, flag} = cellValue(table, r, index);
        return {
          code: r.code,
          year: yearOfTime(r.time),
          measure,
          definition,
          value,
          flag,
          computed: false,
          source,
          table: "13211-02-05-4"
        };
      })
    );
}

/** Arbeitslose and both rates from 13211-02-05-4 (2001–2016, mirror of 2017). */
export function rdbUnemployment(context: BuildContext): LabourMarketRow[] {
  return unemploymentTableRows(rdbTable(context, "13211-02-05-4"), "rdb-13211-02-05-4-2017");
}

/**
 * The same table in the exports of 2021 (2015–2020) and 2026 (2023, 2025), newest first; an export named in
 * REVIER_WITHOUT_SOURCES is left out (a build as the sources stood before it).
 */
export function recentUnemployment(context: BuildContext): LabourMarketRow[] {
  const without = withoutSources();
  return UNEMPLOYMENT_EXPORTS.filter(({source}) => !without.includes(source)).flatMap(({source, path, years}) => {
    const table = rdbFile(context, path, "13211-02-05-4");
    const rows = unemploymentTableRows(table, source);
    const unexpected = rows.find((r) => !(years as readonly number[]).includes(r.year));
    if (unexpected) throw new SourceError({file: table.path}, `unexpected year ${unexpected.year}`);
    return rows;
  });
}

const GENESIS_0007_MEASURES: Record<string, {measure: string; definition: string} | null> = {
  Arbeitslose: {measure: "unemployed", definition: ANNUAL_AVERAGE},
  "Arbeitslosenquote aller zivilen Erwerbspersonen": {measure: "unemployment_rate", definition: RATE_ALL},
  "Arbeitslosenquote d. abhängigen ziv. Erwerbspers.": {measure: "unemployment_rate", definition: RATE_DEPENDENT},
  "Gemeldete Arbeitsstellen": null
};

/** Länder 2010–2025 from GENESIS-Online 13211-0007 (counts and both rates; no Germany row). */
export function genesisLaenderUnemployment(
  context: BuildContext,
  path = sourcePath("genesis-online-2026/13211-0007.csv")
): LabourMarketRow[] {
  const data = context.cached(`genesis-online:${path}`, () => readGenesisOnlineExport(path, "13211-0007"));
  // Counts (Anzahl) are whole numbers ≥ 0, rates (Prozent) within 0–100, and every year holds all 16 Länder.
  expectRows(data.values, {
    file: path,
    line: (v) => v.line,
    rules: [
      count(
        (v) => `${v.measure} ${v.time}`,
        (v) => (v.unit === "Anzahl" ? v.value : null)
      ),
      rate("Prozent", (v) => (v.unit === "Prozent" ? v.value : null)),
      covers(
        "region",
        {code: (v) => v.region, year: (v) => Number(v.time)},
        {
          codes: new Set(Object.keys(LAND_CODE_BY_NAME)),
          label: "Länder"
        }
      )
    ]
  });
  return data.values.flatMap((v) => {
    const code = LAND_CODE_BY_NAME[v.region];
    if (!code) throw new SourceError({file: path, line: v.line, field: "region"}, `unknown Land "${v.region}"`);
    if (!(v.measure in GENESIS_0007_MEASURES)) {
      throw new SourceError({file: path, line: v.line, field: "column 1"}, `unknown measure "${v.measure}"`);
    }
    const meaning = GENESIS_0007_MEASURES[v.measure];
    if (!meaning) return [];
    if (!/^\d{4}$/.test(v.time)) throw new SourceError({file: path, line: v.line}, `expected a year, found ${v.time}`);
    return [
      {
        code,
        year: Number(v.time),
        ...meaning,
        value: v.value,
        flag: v.flag,
        computed: false,
        source: "genesis-13211-0007-2026",
        table: "13211-0007"
      }
    ];
  });
}

/** INKAR unemployment rate (q_alo, share of all civilian labour force) via GERDA, Kreise 1998–2021. */
export function inkarUnemploymentRate(context: BuildContext): LabourMarketRow[] {
  return gerdaCovariates(context)
    .filter((r) => r.values.unemployment_rate !== null)
    .map((r) => ({
      code: r.code,
      year: r.year,
      measure: "unemployment_rate",
      definition: RATE_ALL,
      value: r.values.unemployment_rate ?? null,
      flag: null,
      computed: false,
      source: "gerda-inkar-covariates",
      table: "INKAR q_alo"
    }));
}

/**
 * Registered unemployed from the BA extract: annual averages summed over occupations. 2012 is incomplete in the
 * extract (Germany 2.68 M against about 2.9 M official): flagged. 2025 is a full-year average like the others
 * (Berlin 218,314.8 against 218,315 in 13211-0007, Hamburg 93,782.6 against 93,783), so it carries no flag.
 */
export async function baUnemployed(context: BuildContext): Promise<LabourMarketRow[]> {
  const sums = await baUnemployedSums(context);
  // Kept resolved for the cross-source check, which runs synchronously after the build.
  context.cached("ba:unemployed:resolved", () => sums);
  const yearFlag = (year: number) => (year === 2012 ? "incomplete_year" : null);
  // The BA suppresses whole Kreise in some years (144 of 145 cells NULL): a partial sum would be far too low,
  // so a Kreis with any suppressed cell gets no value, and a Land or Germany missing a Kreis none either.
  const kreise = sums.map((s) => ({
    code: s.region,
    year: s.year,
    measure: "unemployed",
    definition: ANNUAL_AVERAGE,
    value: s.suppressedCells > 0 ? null : Math.round(s.value * 10) / 10,
    flag: s.suppressedCells > 0 ? "suppressed" : yearFlag(s.year),
    computed: false,
    source: "ba-kldb-unemployed",
    table: "BA ALO-OST-B-ZR"
  }));
  const landAndGermany = sumToLaenderAndGermany(
    kreise,
    (r) => String(r.year),
    (r) => r.value,
    (r) => r.flag
  ).map(({code, sample, sum}) => ({
    ...sample,
    code,
    value: sum.missing > 0 || sum.value === null ? null : Math.round(sum.value * 10) / 10,
    flag: sum.missing > 0 ? "kreise_missing" : yearFlag(sample.year),
    computed: true
  }));
  return [...kreise, ...landAndGermany];
}

/**
 * Whether a Kreis count of unemployed is on an older territory than the newest (src/shared/territory.ts): then the BA
 * count on the newest territory comes first, so that a Kreis series does not switch area from year to year
 * (Main-Kinzig-Kreis: the tables include Hanau until 2025, the BA extract does not).
 */
function countOnOlderTerritory(r: LabourMarketRow): boolean {
  return r.measure === "unemployed" && territoryOfFigure(r.code, r.year, r.source) !== NEWEST_TERRITORY;
}

/**
 * Precedence per (code, year, measure, definition): the newest Regionaldatenbank export first (2026: 2023, 2025;
 * 2021: 2015–2020; 2017: 2001–2016), then GENESIS-Online 13211-0007 (Länder 2010–2025, equal to the Länder rows of
 * 13211-02-05-4 where both exist), then BA (2012–2025) for counts and INKAR (1998–2021) for the rate on all
 * civilian labour force. Null cells (e.g. "." for Kreise before the 2007/2008 reforms) give way to the next source;
 * a Kreis count on an older territory gives way to a BA count on the newest one. The build passes 13211-0007 before
 * the mirror of 2017 for the Länder: it is the current release (the mirror's 2010–2013 Länder counts are older).
 */
export function labourPrecedence(...series: LabourMarketRow[][]): LabourMarketRow[] {
  const chosen = new Map<string, LabourMarketRow>();
  for (const rows of series) {
    for (const r of rows) {
      const key = `${r.code}|${r.year}|${r.measure}|${r.definition}`;
      const current = chosen.get(key);
      const newer =
        r.value !== null && current !== undefined && countOnOlderTerritory(current) && !countOnOlderTerritory(r);
      if (!current || (current.value === null && r.value !== null) || newer) chosen.set(key, r);
    }
  }
  return [...chosen.values()].sort((a, b) => a.code.localeCompare(b.code) || a.year - b.year);
}

/** Largest factor by which a year's implied labour force may differ from the median of its neighbouring years. */
export const MAX_LABOUR_FORCE_FACTOR = 1.5;
/** How many of the nearest other years (not themselves flagged) a year is compared with. */
const LABOUR_FORCE_NEIGHBOURS = 6;

/** Median of a non-empty list. */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Counts of unemployed that do not fit the rate printed in the same table row: the civilian labour force implied by
 * the pair (unemployed × 100 ÷ rate on all civilian labour force) of a year differs by more than
 * {@link MAX_LABOUR_FORCE_FACTOR} from the median of the same region's six nearest other years, and the count
 * itself does too (so it is the count, not the rate, that is off). A labour force does not halve and recover within
 * a year; a territorial change brings a new code. Returns the keys `code|year|source`.
 *
 * Regionaldatenbank 13211-02-05-4 (mirror of 2017) has such cells in four neighbouring Kreise of the Oldenburger
 * Land: Vechta (03460) 2010 772 between 3,197 (2009) and 2,749 (2011), Cloppenburg (03453) 2009 1,404 between 4,968
 * and 5,034, Oldenburg Stadt (03403) 2009 3,970 between 7,834 and 7,369, Landkreis Oldenburg (03458) 2009 7,647 and
 * 2010 9,452 between 3,777 (2008) and 3,034 (2011); the rates of those rows (Vechta 2010: 4.0 %) are in line with the
 * neighbouring years and with INKAR, and so are the counts of long-term unemployed (Vechta 2010: 708 of "772"; INKAR
 * gives a share of 23.7 % long-term unemployed, which implies about 2,980 unemployed). The Niedersachsen total of
 * those years is printed separately and is not the sum of these Kreise. No other source here has these counts
 * (the BA extract starts in 2012), so they are published as null with flag "/" (keine Angabe, da Zahlenwert nicht
 * sicher genug), as the BBSR's Berlin 1991 population (population.ts, implausibleBbsrRows).
 */
export function countsInconsistentWithRate(rows: readonly LabourMarketRow[]): Set<string> {
  const rates = new Map(
    rows
      .filter((r) => r.measure === "unemployment_rate" && r.definition === RATE_ALL && !r.computed)
      .map((r) => [`${r.code}|${r.year}|${r.source}`, r.value])
  );
  const series = new Map<string, {year: number; key: string; count: number; force: number}[]>();
  for (const r of rows) {
    if (r.measure !== "unemployed" || r.computed || r.value === null || r.value <= 0) continue;
    const rate = rates.get(`${r.code}|${r.year}|${r.source}`);
    if (rate == null || rate <= 0) continue;
    const points = series.get(r.code) ?? [];
    points.push({year: r.year, key: `${r.code}|${r.year}|${r.source}`, count: r.value, force: (r.value * 100) / rate});
    series.set(r.code, points);
  }
  const factor = (value: number, reference: number) => Math.max(value / reference, reference / value);
  const out = new Set<string>();
  for (const points of series.values()) {
    // Greedy: the worst point first, then again without it, so that a run of two bad years (Landkreis Oldenburg
    // 2009/2010) does not hide either of them or make a good year at the end of a series look bad.
    const flagged = new Set<(typeof points)[number]>();
    for (;;) {
      let worst: {point: (typeof points)[number]; by: number} | undefined;
      for (const p of points) {
        if (flagged.has(p)) continue;
        const near = points
          .filter((q) => q !== p && !flagged.has(q))
          .sort((a, b) => Math.abs(a.year - p.year) - Math.abs(b.year - p.year))
          .slice(0, LABOUR_FORCE_NEIGHBOURS);
        if (near.length < 3) continue;
        const by = factor(p.force, median(near.map((q) => q.force)));
        const countBy = factor(p.count, median(near.map((q) => q.count)));
        if (by > MAX_LABOUR_FORCE_FACTOR && countBy > MAX_LABOUR_FORCE_FACTOR && (!worst || by > worst.by)) {
          worst = {point: p, by};
        }
      }
      if (!worst) break;
      flagged.add(worst.point);
      out.add(worst.point.key);
    }
  }
  return out;
}

/** Sets the counts of {@link countsInconsistentWithRate} to null with flag "/" (the rate rows stay as printed). */
export function withoutInconsistentCounts(rows: readonly LabourMarketRow[]): LabourMarketRow[] {
  const bad = countsInconsistentWithRate(rows);
  return rows.map((r) =>
    r.measure === "unemployed" && bad.has(`${r.code}|${r.year}|${r.source}`) ? {...r, value: null, flag: "/"} : r
  );
}

/** Rates that disagree with INKAR by more than this many points are looked at ({@link ratesInconsistent}). */
export const MAX_INKAR_DIFFERENCE = 0.5;
/** A rate that lies more than this share above or below both neighbouring years is isolated. */
const ISOLATED_RATE_SHARE = 0.1;
/** Largest deviation of a row's ratio dependent ÷ all-civilian rate from the median ratio of its series. */
export const MAX_RATE_RATIO_DEVIATION = 0.15;

/**
 * Rates of a Regionaldatenbank row that are off, as keys `code|year|source|definition`:
 * (a) the rate on all civilian labour force of a Kreis differs from INKAR q_alo (same definition) by more than
 * {@link MAX_INKAR_DIFFERENCE} points and lies more than 10 % above or below both neighbouring years, while INKAR does
 * not: both rates of the row are off (13211-02-05-4, mirror 2017, 2012: Odenwaldkreis 4.3 % between 5.9 and 5.9,
 * INKAR 5.61; Rheingau-Taunus-Kreis 5.5 % between 4.6 and 4.3, INKAR 4.29; Wetteraukreis 4.3 % between 4.9 and 5.3,
 * INKAR 4.88 — the three rates look shuffled, the counts are right). The rate on all civilian labour force then
 * comes from INKAR (next source in labourPrecedence), the dependent one stays null.
 * (b) the ratio of the two rates of one row departs from the median ratio of its series by more than
 * {@link MAX_RATE_RATIO_DEVIATION}: the rate that is further from its own series' median is off (Annaberg, 14171,
 * 2003: 29.6 % on dependent labour force beside 17.9 % on all; 2002 18.9 and 17.1).
 * A real movement moves both rates and INKAR alike (Bayern 2008, Wartburgkreis on another territory in INKAR).
 */
export function ratesInconsistent(rows: readonly LabourMarketRow[], inkar: readonly LabourMarketRow[]): Set<string> {
  const out = new Set<string>();
  const rate = (definition: string) =>
    new Map(
      rows
        .filter((r) => r.measure === "unemployment_rate" && r.definition === definition && r.value !== null)
        .map((r) => [`${r.code}|${r.year}|${r.source}`, r.value!])
    );
  const all = rate(RATE_ALL);
  const dependent = rate(RATE_DEPENDENT);
  const inkarRates = new Map(inkar.filter((r) => r.value !== null).map((r) => [`${r.code}|${r.year}`, r.value!]));
  const isolated = (value: number, before: number | undefined, after: number | undefined) =>
    before !== undefined &&
    after !== undefined &&
    ((value < before * (1 - ISOLATED_RATE_SHARE) && value < after * (1 - ISOLATED_RATE_SHARE)) ||
      (value > before * (1 + ISOLATED_RATE_SHARE) && value > after * (1 + ISOLATED_RATE_SHARE)));
  const bySeries = new Map<string, {year: number; key: string; all: number; dependent: number}[]>();
  for (const [key, value] of all) {
    const [code, year, source] = key.split("|") as [string, string, string];
    const y = Number(year);
    const other = inkarRates.get(`${code}|${y}`);
    if (
      other !== undefined &&
      Math.abs(other - value) > MAX_INKAR_DIFFERENCE &&
      isolated(value, all.get(`${code}|${y - 1}|${source}`), all.get(`${code}|${y + 1}|${source}`)) &&
      !isolated(other, inkarRates.get(`${code}|${y - 1}`), inkarRates.get(`${code}|${y + 1}`))
    ) {
      out.add(`${key}|${RATE_ALL}`);
      out.add(`${key}|${RATE_DEPENDENT}`);
    }
    const dep = dependent.get(key);
    if (dep !== undefined && value > 0) {
      const points = bySeries.get(`${code}|${source}`) ?? [];
      points.push({year: y, key, all: value, dependent: dep});
      bySeries.set(`${code}|${source}`, points);
    }
  }
  for (const points of bySeries.values()) {
    if (points.length < 4) continue;
    const ratio = median(points.map((p) => p.dependent / p.all));
    for (const p of points) {
      if (Math.abs(p.dependent / p.all / ratio - 1) <= MAX_RATE_RATIO_DEVIATION) continue;
      const near = points.filter((q) => q !== p && Math.abs(q.year - p.year) <= 3);
      const off = (value: number, values: number[]) => Math.abs(Math.log(value / median(values)));
      const dependentOff =
        off(
          p.dependent,
          near.map((q) => q.dependent)
        ) >
        off(
          p.all,
          near.map((q) => q.all)
        );
      out.add(`${p.key}|${dependentOff ? RATE_DEPENDENT : RATE_ALL}`);
    }
  }
  return out;
}

/** Sets the rates of {@link ratesInconsistent} to null with flag "/" (the next source may then give a value). */
export function withoutInconsistentRates(
  rows: readonly LabourMarketRow[],
  inkar: readonly LabourMarketRow[]
): LabourMarketRow[] {
  const bad = ratesInconsistent(rows, inkar);
  return rows.map((r) =>
    r.measure === "unemployment_rate" && bad.has(`${r.code}|${r.year}|${r.source}|${r.definition}`)
      ? {...r, value: null, flag: "/"}
      : r
  );
}

export {NO_OFFICIAL_RATE};

/**
 * Rates on all civilian labour force for the Länder, Germany and the aggregates where no table publishes one,
 * computed once here (src/shared/unemployment.ts: members' unemployed and published rates, recursively) and published as
 * `computed` rows, so every page reads the same figure. A Kreis without a published rate, and a group whose
 * members lack one, get a null row with flag {@link NO_OFFICIAL_RATE} for every year from its first published
 * rate to the last year of any table.
 */
export function completeRates(
  rows: readonly LabourMarketRow[],
  members: readonly RegionMemberRow[]
): LabourMarketRow[] {
  const membersByGroup = new Map<string, string[]>();
  for (const m of members)
    membersByGroup.set(m.group_code, [...(membersByGroup.get(m.group_code) ?? []), m.member_code]);
  const rates = rows.filter((r) => r.measure === "unemployment_rate" && r.definition === RATE_ALL);
  const years = [...new Set(rates.map((r) => r.year))].sort((a, b) => a - b);
  const last = years.at(-1)!;
  const out: LabourMarketRow[] = [];
  const gap = (code: string, year: number): LabourMarketRow => ({
    code,
    year,
    measure: "unemployment_rate",
    definition: RATE_ALL,
    value: null,
    flag: NO_OFFICIAL_RATE,
    computed: false,
    source: "",
    table: ""
  });
  // Any row the tables give, null or not, stays as it is; only keys no table has are added.
  const present = new Set(rates.map((r) => `${r.code}|${r.year}`));
  // Kreise of today (members of a Land): gaps only, from their first published rate on.
  const current = new Set(members.filter((m) => m.member_code.length === 5).map((m) => m.member_code));
  const kreise = [...new Set(rates.filter((r) => r.code.length === 5 && current.has(r.code)).map((r) => r.code))];
  for (const code of kreise) {
    const first = Math.min(...rates.filter((r) => r.code === code && r.value !== null).map((r) => r.year));
    for (let year = first; year <= last; year++) if (!present.has(`${code}|${year}`)) out.push(gap(code, year));
  }
  const published = rows.filter((r) => r.value !== null);
  for (const code of membersByGroup.keys()) {
    const series = new Map(
      unemploymentRateSeries(published, code, (c) => membersByGroup.get(c)).map((p) => [p.year, p])
    );
    for (const year of years) {
      if (present.has(`${code}|${year}`)) continue;
      const point = series.get(year);
      if (!point || point.value === null) {
        out.push(gap(code, year));
        continue;
      }
      out.push({
        code,
        year,
        measure: "unemployment_rate",
        definition: RATE_ALL,
        value: Math.round(point.value * 100) / 100,
        flag: null,
        computed: true,
        source: point.source,
        table: "eigene Berechnung"
      });
    }
  }
  return out;
}

export const labourMarket = defineDataset<LabourMarketRow>({
  name: "labour_market",
  description:
    "Arbeitslose (Jahresdurchschnitt) und Arbeitslosenquoten mit ihrer Bezugsgröße und Tabelle, 1998–2025; Quoten der Länder, Deutschlands und der Aggregate ohne amtlichen Wert aus den Kreisen bzw. Ländern berechnet",
  schema: {
    code: "string",
    year: "int",
    measure: "string",
    definition: "string",
    value: "float",
    flag: "string",
    computed: "bool",
    source: "string",
    table: "string"
  },
  columns: {
    code: "Regionalschlüssel (Land 2-, Kreis 5-stellig, DG = Deutschland) oder Aggregat (REV-MD, REV-LAU, REV-RH, OST, OST-B)",
    year: "Jahr (Jahresdurchschnitt)",
    measure: "unemployed (Arbeitslose, Personen) | unemployment_rate (Arbeitslosenquote, Prozent)",
    definition: `Bezugsgröße der Quote ("${RATE_ALL}" oder "${RATE_DEPENDENT}") bzw. "${ANNUAL_AVERAGE}" bei Anzahlen`,
    value: "Personen bzw. Prozent; leer, wenn keine Tabelle einen Wert hat (nie interpoliert)",
    flag: `Sonderzeichen der Quelle ("/" auch für Arbeitslosenzahlen und Quoten, die ihrer Zeile, den Nachbarjahren und INKAR widersprechen); ${NO_OFFICIAL_RATE} = keine amtliche Quote für dieses Jahr; incomplete_year = BA 2012 unvollständig; suppressed = BA hat Felder des Kreises gesperrt; kreise_missing = Summe fehlt, weil Kreise gesperrt sind`,
    computed: "true = eigene Berechnung (Summe der Kreise; Quote aus Arbeitslosen und Quoten der Mitglieder)",
    source: "Quelle(n) (id im Quellenkatalog sources.json, mehrere durch Komma)",
    table: "Amtliche Tabelle (13211-02-05-4, 13211-0007, INKAR q_alo, BA-Sonderauswertung) bzw. eigene Berechnung"
  },
  build: async (context) => {
    const inkar = inkarUnemploymentRate(context);
    const checked = (rows: LabourMarketRow[]) => withoutInconsistentRates(withoutInconsistentCounts(rows), inkar);
    const official = labourPrecedence(
      checked(recentUnemployment(context)),
      genesisLaenderUnemployment(context),
      checked(rdbUnemployment(context)),
      await baUnemployed(context),
      inkar
    );
    const completed = completeRates(official, context.rows<RegionMemberRow>("region_members"));
    return [...official, ...completed].sort(
      (a, b) => a.code.localeCompare(b.code) || a.year - b.year || a.measure.localeCompare(b.measure)
    );
  }
});
