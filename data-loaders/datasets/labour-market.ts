import {NO_OFFICIAL_RATE, RATE_ALL, unemploymentRateSeries} from "../../src/lib/unemployment.js";
import {LAND_CODE_BY_NAME} from "../../src/lib/regions.js";
import type {BuildContext} from "../dataset.js";
import {defineDataset} from "../dataset.js";
import {SourceError} from "../lib/errors.js";
import {count, covers, expectRows, rate} from "../lib/expectations.js";
import {sourcePath} from "../lib/paths.js";
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
import type {LabourMarketRow, RegionMemberRow} from "../../src/lib/rows.js";

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

/** The same table in the exports of 2021 (2015–2020) and 2026 (2023, 2025), newest first. */
export function recentUnemployment(context: BuildContext): LabourMarketRow[] {
  return UNEMPLOYMENT_EXPORTS.flatMap(({source, path, years}) => {
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
 * extract (Germany 2.68 M against about 2.9 M official) and 2025 a partial year (PROVENANCE.md §4): flagged.
 */
export async function baUnemployed(context: BuildContext): Promise<LabourMarketRow[]> {
  const sums = await baUnemployedSums(context);
  // Kept resolved for the cross-source check, which runs synchronously after the build.
  context.cached("ba:unemployed:resolved", () => sums);
  const yearFlag = (year: number) => (year === 2012 ? "incomplete_year" : year === 2025 ? "partial_year" : null);
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
 * Precedence per (code, year, measure, definition): the newest Regionaldatenbank export first (2026: 2023, 2025;
 * 2021: 2015–2020; 2017: 2001–2016), then GENESIS-Online 13211-0007 (Länder 2010–2025, equal to the Länder rows of
 * 13211-02-05-4 where both exist), then BA (2012–2025) for counts and INKAR (1998–2021) for the rate on all
 * civilian labour force. Null cells
 * (e.g. "." for Kreise before the 2007/2008 reforms) give way to the next source.
 */
export function labourPrecedence(...series: LabourMarketRow[][]): LabourMarketRow[] {
  const chosen = new Map<string, LabourMarketRow>();
  for (const rows of series) {
    for (const r of rows) {
      const key = `${r.code}|${r.year}|${r.measure}|${r.definition}`;
      const current = chosen.get(key);
      if (!current || (current.value === null && r.value !== null)) chosen.set(key, r);
    }
  }
  return [...chosen.values()].sort((a, b) => a.code.localeCompare(b.code) || a.year - b.year);
}

export {NO_OFFICIAL_RATE};

/**
 * Rates on all civilian labour force for the Länder, Germany and the aggregates where no table publishes one,
 * computed once here (src/lib/unemployment.ts: members' unemployed and published rates, recursively) and published as
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
    flag: `Sonderzeichen der Quelle; ${NO_OFFICIAL_RATE} = keine amtliche Quote für dieses Jahr; incomplete_year = BA 2012 unvollständig; partial_year = BA 2025 Teiljahr; suppressed = BA hat Felder des Kreises gesperrt; kreise_missing = Summe fehlt, weil Kreise gesperrt sind`,
    computed: "true = eigene Berechnung (Summe der Kreise; Quote aus Arbeitslosen und Quoten der Mitglieder)",
    source: "Quelle(n) (id im Quellenkatalog sources.json, mehrere durch Komma)",
    table: "Amtliche Tabelle (13211-02-05-4, 13211-0007, INKAR q_alo, BA-Sonderauswertung) bzw. eigene Berechnung"
  },
  build: async (context) => {
    const official = labourPrecedence(
      recentUnemployment(context),
      rdbUnemployment(context),
      genesisLaenderUnemployment(context),
      await baUnemployed(context),
      inkarUnemploymentRate(context)
    );
    const completed = completeRates(official, context.rows<RegionMemberRow>("region_members"));
    return [...official, ...completed].sort(
      (a, b) => a.code.localeCompare(b.code) || a.year - b.year || a.measure.localeCompare(b.measure)
    );
  }
});
