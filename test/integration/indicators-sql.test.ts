// The SQL builders in src/shared/indicators/sql.ts against the TypeScript functions, on the real BA file
// ../shared/sources/ba-kldb/employees_by_workplace.parquet (SvB at the workplace, 30 June, by Kreis × KldB 2010
// occupation group; suppressed cells NULL; no row for Germany, so Germany is the sum of all 401 Kreise). Both sides
// must agree for every Kreis and category to 1e-9.
import {DuckDBInstance, type DuckDBConnection} from "@duckdb/node-api";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {sourcePath} from "../../data-loaders/lib/paths.js";
import {
  type CategoryValue,
  krugmanIndex,
  krugmanIndexRest,
  locationQuotients,
  type RegionCategoryValue,
  shiftShare,
  type ShiftShareRow,
  sqlString,
  sumByCategory
} from "../../src/shared/indicators/index.js";
import {
  krugmanSql,
  locationQuotientsSql,
  shiftShareByRegionSql,
  shiftShareSql,
  type SqlSource
} from "../../src/shared/indicators/sql.js";
import {REVIER_KREISE} from "../../src/shared/regions.js";

const FILE = sourcePath("ba-kldb/employees_by_workplace.parquet");
const SERIES = `type = 'social insurance' AND "group" = 'total'`;
const source: SqlSource = {
  from: `read_parquet(${sqlString(FILE)})`,
  columns: {category: "occupational_group", value: "n"},
  where: SERIES
};
const START = 2013;
const END = 2025;

/** |a − b| ≤ 1e-9 · max(1, |a|): absolute for quotients and indices, relative for counts in the thousands. */
function close(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
}

let connection: DuckDBConnection;
/** year → region → category cells, from the same file, as the TypeScript side sees them. */
const cells = new Map<number, Map<string, CategoryValue[]>>();
const flat = new Map<number, RegionCategoryValue[]>();

async function query(sql: string): Promise<Record<string, unknown>[]> {
  const reader = await connection.runAndReadAll(sql);
  return reader.getRowObjectsJS() as Record<string, unknown>[];
}

beforeAll(async () => {
  const instance = await DuckDBInstance.create(":memory:");
  connection = await instance.connect();
  // Rows without an occupation ("ohne Angabe zum Zielberuf") belong to no sector; the SQL builders drop them too.
  const rows = await query(`SELECT region, occupational_group AS category, CAST(year AS INTEGER) AS year,
      CAST(n AS DOUBLE) AS value
    FROM read_parquet(${sqlString(FILE)})
    WHERE ${SERIES} AND occupational_group IS NOT NULL AND year IN (${START}, ${END})
    ORDER BY region, category`);
  for (const row of rows) {
    const year = row.year as number;
    const cell = {region: row.region as string, category: row.category as string, value: row.value as number | null};
    if (!cells.has(year)) cells.set(year, new Map());
    const byRegion = cells.get(year)!;
    if (!byRegion.has(cell.region)) byRegion.set(cell.region, []);
    byRegion.get(cell.region)!.push({category: cell.category, value: cell.value});
    if (!flat.has(year)) flat.set(year, []);
    flat.get(year)!.push(cell);
  }
});

afterAll(() => connection?.closeSync());

/** Germany (or another reference area) as the TypeScript side builds it: sum of the known cells per category. */
function reference(year: number, members?: readonly string[]): CategoryValue[] {
  return sumByCategory(flat.get(year)!, {members, missing: "sumKnown"});
}

describe("the BA employment file as the indicators see it", () => {
  it("has 401 Kreise with 140 occupation groups each and no row for Germany", () => {
    const regions = cells.get(END)!;
    expect(regions.size).toBe(401);
    for (const [, categories] of regions) expect(categories).toHaveLength(140);
    expect([...regions.keys()].every((code) => /^\d{5}$/.test(code))).toBe(true);
  });
});

describe("location quotients: SQL and TypeScript agree", () => {
  for (const [label, members] of [
    ["Germany (all Kreise)", undefined],
    ["the Mitteldeutsches Revier", REVIER_KREISE]
  ] as const) {
    it(`for every Kreis × occupation group in ${END} against ${label}`, async () => {
      const sqlRows = await query(locationQuotientsSql({source, year: END, reference: {members}}));
      const ref = reference(END, members);
      const sqlByKey = new Map(sqlRows.map((r) => [`${r.region}|${r.category}`, r]));
      expect(sqlRows).toHaveLength(401 * 140);
      let compared = 0;
      const flags = new Map<string | null, number>();
      for (const [region, categories] of cells.get(END)!) {
        for (const ts of locationQuotients(categories, ref)) {
          const sql = sqlByKey.get(`${region}|${ts.category}`)!;
          expect(sql.flag ?? null, `${region} ${ts.category}`).toBe(ts.flag);
          expect(close(sql.lq as number | null, ts.lq), `${region} ${ts.category}: ${sql.lq} vs ${ts.lq}`).toBe(true);
          expect(sql.region_total).toBe(ts.regionTotal);
          expect(sql.reference_total).toBe(ts.referenceTotal);
          flags.set(ts.flag, (flags.get(ts.flag) ?? 0) + 1);
          compared++;
        }
      }
      expect(compared).toBe(401 * 140);
      // the real data exercise the special cases: suppressed cells and small counts occur
      expect(flags.get("suppressed")).toBeGreaterThan(100);
      expect(flags.get("small")).toBeGreaterThan(100);
    });
  }

  it("shows the Burgenlandkreis specialised in mining (KldB 211) in 2025, LQ ≈ 20.8", async () => {
    const rows = await query(
      `SELECT * FROM (${locationQuotientsSql({source, year: END})}) WHERE region = '15084' AND category = '211'`
    );
    // From the file, 30.06.2025: 617 SvB in KldB 211 in the Burgenlandkreis (PROVENANCE.md §4) of 57,536 SvB with a
    // known occupation and unsuppressed cell; Germany (sum of all Kreise): 17,867 of 34,709,696.
    // LQ = (617 / 57,536) / (17,867 / 34,709,696) = 0.010724 / 0.00051476 = 20.833
    expect(rows[0]).toMatchObject({region_value: 617, region_total: 57536, reference_value: 17867});
    expect(rows[0]!.reference_total).toBe(34709696);
    expect(rows[0]!.lq).toBeCloseTo(617 / 57536 / (17867 / 34709696), 12);
    expect(rows[0]!.lq).toBeCloseTo(20.833, 3);
  });

  it("weights location quotients by Germany's sector shares to 1 in every Kreis", async () => {
    const rows = await query(`SELECT region, SUM(lq * reference_value / reference_total) AS weighted
      FROM (${locationQuotientsSql({source, year: END})}) GROUP BY region`);
    expect(rows).toHaveLength(401);
    for (const row of rows) expect(Math.abs((row.weighted as number) - 1), String(row.region)).toBeLessThan(1e-9);
  });
});

describe("shift-share: SQL and TypeScript agree", () => {
  it(`for every Kreis × occupation group, ${START}–${END}, against Germany`, async () => {
    const sqlRows = await query(shiftShareSql({source, startYear: START, endYear: END}));
    const sqlTotals = new Map(
      (await query(shiftShareByRegionSql({source, startYear: START, endYear: END}))).map((r) => [r.region, r])
    );
    const sqlByKey = new Map(sqlRows.map((r) => [`${r.region}|${r.category}`, r]));
    const ref0 = new Map(reference(START).map((c) => [c.category, c.value]));
    const ref1 = new Map(reference(END).map((c) => [c.category, c.value]));
    const sumKnown = (m: Map<string, number | null>) => [...m.values()].reduce<number>((s, v) => s + (v ?? 0), 0);
    const referenceTotal = {reference0: sumKnown(ref0), reference1: sumKnown(ref1)};
    expect(sqlTotals.size).toBe(401);

    for (const [region, start] of cells.get(START)!) {
      const end = new Map(
        cells
          .get(END)!
          .get(region)!
          .map((c) => [c.category, c.value])
      );
      const rows: ShiftShareRow[] = [];
      let excluded = 0;
      for (const {category, value: region0} of start) {
        const region1 = end.get(category) ?? null;
        const reference0 = ref0.get(category) ?? null;
        const reference1 = ref1.get(category) ?? null;
        // a category with any suppressed cell is left out on both sides, never read as 0
        if (region0 === null || region1 === null || reference0 === null || reference1 === null) excluded++;
        else rows.push({category, region0, region1, reference0, reference1});
      }
      const ts = shiftShare(rows, {referenceTotal});
      for (const c of ts.categories) {
        const sql = sqlByKey.get(`${region}|${c.category}`)!;
        for (const [sqlName, value] of [
          ["national", c.national],
          ["industry_mix", c.industryMix],
          ["regional_shift", c.regionalShift],
          ["total", c.total]
        ] as const) {
          expect(close(sql[sqlName] as number, value), `${region} ${c.category} ${sqlName}`).toBe(true);
        }
      }
      const totals = sqlTotals.get(region)!;
      expect(Number(totals.excluded_categories), region).toBe(excluded);
      expect(close(totals.national as number, ts.national), `${region} national`).toBe(true);
      expect(close(totals.industry_mix as number, ts.industryMix), `${region} industry mix`).toBe(true);
      expect(close(totals.regional_shift as number, ts.regionalShift), `${region} regional shift`).toBe(true);
      expect(close(totals.total as number, ts.total), `${region} total`).toBe(true);
      // the components add up to the change of the categories compared
      expect(close(ts.national + ts.industryMix + ts.regionalShift, ts.total), region).toBe(true);
    }
  });

  it("with region: '15084' gives exactly the Burgenlandkreis rows of the unfiltered result", async () => {
    const all = await query(shiftShareSql({source, startYear: START, endYear: END}));
    const one = await query(shiftShareSql({source, startYear: START, endYear: END, region: "15084"}));
    // 140 occupation groups; Germany's growth G and G_i still come from all 401 Kreise, so the numbers are unchanged
    expect(one).toHaveLength(140);
    expect(one).toEqual(all.filter((r) => r.region === "15084"));
    expect(one.some((r) => r.excluded === false && r.regional_shift !== 0)).toBe(true);
  });
});

describe("Krugman specialisation index: SQL and TypeScript agree", () => {
  it(`for every Kreis in ${END}, against Germany and against the rest of Germany`, async () => {
    const ref = reference(END);
    const againstGermany = new Map((await query(krugmanSql({source, year: END}))).map((r) => [r.region, r]));
    const againstRest = new Map((await query(krugmanSql({source, year: END, mode: "rest"}))).map((r) => [r.region, r]));
    expect(againstGermany.size).toBe(401);
    expect(againstRest.size).toBe(401);
    for (const [region, categories] of cells.get(END)!) {
      const ts = krugmanIndex(categories, ref);
      const sql = againstGermany.get(region)!;
      expect(close(sql.krugman as number, ts.index), `${region}: ${sql.krugman} vs ${ts.index}`).toBe(true);
      expect(Number(sql.excluded_categories)).toBe(ts.excluded.length);
      const rest = krugmanIndexRest(categories, ref);
      expect(close(againstRest.get(region)!.krugman as number, rest.index), `${region} rest`).toBe(true);
      // the rest of Germany differs at least as much from the Kreis as Germany including it
      expect(rest.index).toBeGreaterThanOrEqual(ts.index - 1e-12);
      expect(ts.index).toBeGreaterThan(0);
      expect(ts.index).toBeLessThan(2);
    }
  });
});

describe("a table that carries Germany as its own row (as the employment_occupations dataset does)", () => {
  it("gives every Kreis the same location quotients and Krugman indices with reference {region: 'DG'}", async () => {
    // Germany appended as the sum of the Kreise, with the column names of the published dataset
    await connection.run(`CREATE OR REPLACE TEMP TABLE occupations AS
      WITH kreise AS (
        SELECT region AS code, CAST(year AS INTEGER) AS year, COALESCE(occupational_group, '000') AS occupation, n AS value
        FROM read_parquet(${sqlString(FILE)}) WHERE ${SERIES} AND year = ${END})
      SELECT * FROM kreise
      UNION ALL SELECT 'DG', year, occupation, SUM(value) FROM kreise GROUP BY year, occupation`);
    const table: SqlSource = {
      from: "occupations",
      columns: {region: "code", category: "occupation", value: "value"},
      where: "occupation <> '000'"
    };
    const lqDg = await query(locationQuotientsSql({source: table, year: END, reference: {region: "DG"}}));
    const lqAll = new Map(
      (await query(locationQuotientsSql({source, year: END}))).map((r) => [`${r.region}|${r.category}`, r])
    );
    expect(lqDg).toHaveLength(402 * 140);
    for (const row of lqDg) {
      if (row.region === "DG") {
        // Germany against itself: 1 wherever defined
        if (row.lq !== null) expect(close(row.lq as number, 1)).toBe(true);
        continue;
      }
      const other = lqAll.get(`${row.region}|${row.category}`)!;
      expect(close(row.lq as number | null, other.lq as number | null), `${row.region} ${row.category}`).toBe(true);
      expect(row.flag).toBe(other.flag);
    }
    const kDg = await query(krugmanSql({source: table, year: END, reference: {region: "DG"}, mode: "rest"}));
    const kAll = new Map((await query(krugmanSql({source, year: END, mode: "rest"}))).map((r) => [r.region, r]));
    expect(kDg).toHaveLength(401);
    for (const row of kDg) expect(close(row.krugman as number, kAll.get(row.region)!.krugman as number)).toBe(true);
  });
});
