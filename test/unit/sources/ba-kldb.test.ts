import {mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";

import {DuckDBInstance} from "@duckdb/node-api";
import {beforeAll, describe, expect, it} from "vitest";

import {SourceError} from "../../../data-loaders/lib/errors.js";
import {sourcePath} from "../../../data-loaders/lib/paths.js";
import {
  readBaEmployees,
  readBaOccupationCodes,
  readBaRegionCodes,
  readBaUnemployedSums,
  sumOverOccupations,
  type BaEmployeeCell
} from "../../../data-loaders/sources/ba-kldb.js";

const WORKPLACE = sourcePath("ba-kldb/employees_by_workplace.parquet");
const dir = mkdtempSync(join(tmpdir(), "ba-"));
let codes: Set<string>;
let cells: BaEmployeeCell[];

/** Writes a mutated copy of the Sachsen-Anhalt part of employees_by_workplace.parquet, made with DuckDB. */
async function mutatedParquet(name: string, select: string): Promise<string> {
  const path = join(dir, `${name}.parquet`);
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  await connection.run(
    `COPY (WITH src AS (SELECT * FROM read_parquet('${WORKPLACE}') WHERE region LIKE '15%') ${select}) TO '${path}' (FORMAT parquet)`
  );
  connection.closeSync();
  instance.closeSync();
  return path;
}

async function sourceError(run: () => Promise<unknown>): Promise<SourceError> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(SourceError);
    return error as SourceError;
  }
  throw new Error("expected a SourceError");
}

beforeAll(async () => {
  codes = new Set(readBaRegionCodes(sourcePath("ba-kldb/region_codes.csv")).keys());
  cells = await readBaEmployees(WORKPLACE, codes);
}, 60_000);

describe("BA occupation data (real files)", () => {
  it("has 401 regions (400 Kreise plus Hanau 06415, kreisfrei since 2026) and 145 occupation codes", () => {
    expect(codes.size).toBe(401);
    expect(codes.has("06415")).toBe(true);
    const occupations = readBaOccupationCodes(sourcePath("ba-kldb/occupational_group_codes.csv"));
    expect(occupations.size).toBe(145);
    expect(occupations.get("211")).toBe("Berg-, Tagebau und Sprengtechnik");
    expect(occupations.get(null)).toBe("ohne Angabe zum Zielberuf");
  });

  it("gives the lignite proxy: KldB 211 at workplace in the Burgenlandkreis 833 (2013) → 617 (2025)", () => {
    const mining = cells.filter((c) => c.region === "15084" && c.occupation === "211");
    expect(mining.find((c) => c.year === 2013)!.n).toBe(833);
    expect(mining.find((c) => c.year === 2025)!.n).toBe(617);
  });

  it("keeps suppressed cells as null, never 0, and sums them as unknown: Burgenlandkreis 2015 = 56,001 with 6 suppressed", () => {
    const suppressed = cells.filter((c) => c.n === null);
    expect(suppressed.length).toBe(735033 - 703691);
    const sum = sumOverOccupations(
      cells.filter((c) => c.region === "15084" && c.year === 2015),
      (c) => c.n
    );
    expect(sum).toEqual([{region: "15084", year: 2015, value: 56001, suppressedCells: 6, row: expect.any(Number)}]);
  });

  it("sums unemployed annual averages: Burgenlandkreis 2015 = 9,725.3; 2012 is nearly all suppressed", async () => {
    const sums = await readBaUnemployedSums(sourcePath("ba-kldb/unemployed_total.parquet"), codes);
    const b2015 = sums.find((s) => s.region === "15084" && s.year === 2015)!;
    expect(b2015.value).toBeCloseTo(9725.33, 1);
    expect(b2015.suppressedCells).toBe(0);
    expect(sums.find((s) => s.region === "15084" && s.year === 2012)!.suppressedCells).toBe(144);
  });
});

describe("BA Parquet broken copies name file, row and field", () => {
  it("truncated file", async () => {
    const path = join(dir, "truncated.parquet");
    const bytes = readFileSync(await mutatedParquet("whole", "SELECT * FROM src"));
    writeFileSync(path, bytes.subarray(0, bytes.length >> 1));
    const error = await sourceError(() => readBaEmployees(path, codes));
    expect(error.file).toBe(path);
    expect(error.message).toMatch(/not a valid Parquet file/);
  });

  it("renamed column n → count", async () => {
    const path = await mutatedParquet("renamed", "SELECT * RENAME (n AS count) FROM src");
    const error = await sourceError(() => readBaEmployees(path, codes));
    expect(error.field).toBe("n");
    expect(error.message).toMatch(/column missing/);
  });

  it("a number where a code belongs: region stored as an integer", async () => {
    const path = await mutatedParquet("int-region", "SELECT * REPLACE (CAST(region AS INTEGER) AS region) FROM src");
    const error = await sourceError(() => readBaEmployees(path, codes));
    expect(error.field).toBe("region");
    expect(error.message).toMatch(/expected a VARCHAR column, found INTEGER/);
  });

  it("unknown region code", async () => {
    const path = await mutatedParquet(
      "unknown",
      "SELECT * REPLACE (CASE WHEN region = '15084' THEN '15099' ELSE region END AS region) FROM src"
    );
    const error = await sourceError(() => readBaEmployees(path, codes));
    expect(error.field).toBe("region");
    expect(error.line).toBeGreaterThan(1);
    expect(error.message).toMatch(/unknown region code "15099"/);
  });

  it("duplicate key (region, occupation, year)", async () => {
    const path = await mutatedParquet(
      "duplicate",
      "SELECT * FROM src UNION ALL SELECT * FROM src WHERE region = '15084' AND occupational_group = '211' AND year = 2015"
    );
    const error = await sourceError(() => readBaEmployees(path, codes));
    expect(error.message).toMatch(/duplicate key 15084 \/ 211 \/ 2015/);
    expect(error.line).toBeGreaterThan(1);
  });

  it("a malformed occupation code", async () => {
    const path = await mutatedParquet(
      "occupation",
      "SELECT * REPLACE (CASE WHEN occupational_group = '211' THEN '21' ELSE occupational_group END AS occupational_group) FROM src"
    );
    const error = await sourceError(() => readBaEmployees(path, codes));
    expect(error.field).toBe("occupational_group");
  });

  it("wrong encoding of the region code list", () => {
    const path = join(dir, "region_codes.csv");
    writeFileSync(path, Buffer.from('"code","name"\n"09162","München"\n', "latin1"));
    expect(() => readBaRegionCodes(path)).toThrow(/not valid UTF-8/);
  });
});
