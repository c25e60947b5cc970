/**
 * SQL builders for the indicators that pages compute over all Kreise at once in DuckDB-WASM. Each builder returns
 * one SELECT statement (a string) that gives the same numbers as the TypeScript functions; the integration test
 * `test/integration/indicators-sql.test.ts` runs both on the BA employment file for every Kreis and compares them
 * to 1e-9. The statements use only standard DuckDB SQL (CTEs, FILTER, window-free aggregates), so they run in
 * DuckDB-WASM 1.29 and in DuckDB in Node alike.
 *
 * Conventions, identical to the TypeScript side:
 * - Rows with a null category (BA: "ohne Angabe zum Zielberuf") are left out: they belong to no sector. Where that
 *   category has a code (`000` in the `employment_occupations` dataset), exclude it in `source.where`.
 * - Every region in the source gets a result. A table that mixes Kreise with Länder and Germany needs either
 *   `reference: {region: "DG"}` or `reference: {members: [...]}`; summing all rows would count people twice.
 * - A null value is a suppressed cell. Totals are sums of the known cells (SQL `SUM` skips nulls, as
 *   `sumByCategory(…, {missing: "sumKnown"})` does); a quotient whose own cell is null is null with a flag.
 * - The reference area is the sum of its member regions per category (`reference.members`), or of all regions in
 *   the source when `members` is omitted — the BA file has no row for Germany, so Germany is the sum of all Kreise.
 */

/** Where the counts come from and what the columns are called. */
export interface SqlSource {
  /** A table name or table expression, inserted as is, e.g. `employment` or `read_parquet('/path/file.parquet')`. */
  from: string;
  /** Column names; defaults `region`, `category`, `year`, `value`. */
  columns?: {region?: string; category?: string; year?: string; value?: string};
  /** An extra SQL condition selecting one series, inserted as is, e.g. `type = 'social insurance'`. */
  where?: string;
}

/**
 * The reference area: either the regions summed to form it (`members`; all regions of the source when omitted —
 * only right when the source holds Kreise alone), or one region whose rows already are the reference (`region`, e.g.
 * `"DG"` in a table that carries Germany as sum of the Kreise).
 */
export type SqlReference = {members?: readonly string[]; region?: never} | {region: string; members?: never};

/** Quotes an SQL identifier. */
export function sqlIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Quotes an SQL string literal. */
export function sqlString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

function sqlInteger(name: string, value: number): string {
  if (!Number.isSafeInteger(value)) throw new Error(`${name} must be an integer, got ${value}`);
  return String(value);
}

function sqlNumber(name: string, value: number): string {
  if (!Number.isFinite(value)) throw new Error(`${name} must be a finite number, got ${value}`);
  return String(value);
}

/** `base`: region, category, year, value (DOUBLE) for the given years, null categories dropped. */
function baseCte(source: SqlSource, years: readonly number[]): string {
  const c = {region: "region", category: "category", year: "year", value: "value", ...source.columns};
  const where = [
    `${sqlIdentifier(c.category)} IS NOT NULL`,
    `${sqlIdentifier(c.year)} IN (${years.map((y) => sqlInteger("year", y)).join(", ")})`
  ];
  if (source.where) where.push(`(${source.where})`);
  return `base AS (
  SELECT CAST(${sqlIdentifier(c.region)} AS VARCHAR) AS region,
         CAST(${sqlIdentifier(c.category)} AS VARCHAR) AS category,
         CAST(${sqlIdentifier(c.year)} AS INTEGER) AS year,
         CAST(${sqlIdentifier(c.value)} AS DOUBLE) AS value
  FROM ${source.from}
  WHERE ${where.join("\n    AND ")}
)`;
}

function membersCondition(reference: SqlReference): string {
  if (reference.region !== undefined) return `region = ${sqlString(reference.region)}`;
  if (reference.members === undefined) return "TRUE";
  if (reference.members.length === 0) throw new Error("reference.members must not be empty");
  return `region IN (${reference.members.map(sqlString).join(", ")})`;
}

/**
 * Location quotients of every region × category for one year against a reference area; the SQL twin of
 * `locationQuotients`. Columns: `region, category, region_value, region_total, reference_value, reference_total, lq,
 * flag` (flag: `suppressed`, `reference-suppressed`, `no-reference-employment`, `small` or null), ordered by region
 * and category.
 */
export function locationQuotientsSql({
  source,
  year,
  reference = {},
  minCount = 10
}: {
  source: SqlSource;
  year: number;
  reference?: SqlReference;
  minCount?: number;
}): string {
  return `WITH ${baseCte(source, [year])},
reference AS (
  SELECT category, SUM(value) AS reference_value FROM base WHERE ${membersCondition(reference)} GROUP BY category
),
reference_total AS (SELECT SUM(reference_value) AS reference_total FROM reference),
region_total AS (SELECT region, SUM(value) AS region_total FROM base GROUP BY region)
SELECT b.region, b.category, b.value AS region_value, t.region_total, r.reference_value, rt.reference_total,
  CASE WHEN b.value IS NULL OR r.reference_value IS NULL OR r.reference_value = 0 THEN NULL
       ELSE b.value / t.region_total / (r.reference_value / rt.reference_total) END AS lq,
  CASE WHEN b.value IS NULL THEN 'suppressed'
       WHEN r.reference_value IS NULL THEN 'reference-suppressed'
       WHEN r.reference_value = 0 THEN 'no-reference-employment'
       WHEN b.value < ${sqlNumber("minCount", minCount)} THEN 'small' END AS flag
FROM base b
JOIN region_total t USING (region)
LEFT JOIN reference r USING (category)
CROSS JOIN reference_total rt
ORDER BY b.region, b.category`;
}

/**
 * Shift-share components (Dunn 1960) of every region × category between two years against a reference area; the SQL
 * twin of `shiftShare`. A category is left out (`excluded = true`, components null) when any of its four cells is
 * null. G is the reference area's total growth over all categories; the regional shift is computed as
 * (e_i1 − e_i0) − e_i0·G_i so that national + industry_mix + regional_shift = total. Columns: `region, category,
 * region0, region1, reference0, reference1, national, industry_mix, regional_shift, total, excluded`.
 * The reference must contain every region (as Germany does); otherwise G_i can be undefined for a category the
 * region has. `region` returns that region's rows only; the reference area is still summed over all its members, so
 * the rows equal the unfiltered result's rows for that region (cheaper than filtering the result afterwards).
 */
export function shiftShareSql({
  source,
  startYear,
  endYear,
  reference = {},
  region
}: {
  source: SqlSource;
  startYear: number;
  endYear: number;
  reference?: SqlReference;
  /** Only this region's rows (a region code of the source). */
  region?: string;
}): string {
  const y0 = sqlInteger("startYear", startYear);
  const y1 = sqlInteger("endYear", endYear);
  return `WITH ${baseCte(source, [startYear, endYear])},
cells AS (
  SELECT region, category,
    MAX(value) FILTER (WHERE year = ${y0}) AS region0,
    MAX(value) FILTER (WHERE year = ${y1}) AS region1
  FROM base${region === undefined ? "" : ` WHERE region = ${sqlString(region)}`} GROUP BY region, category
),
reference AS (
  SELECT category,
    SUM(value) FILTER (WHERE year = ${y0}) AS reference0,
    SUM(value) FILTER (WHERE year = ${y1}) AS reference1
  FROM base WHERE ${membersCondition(reference)} GROUP BY category
),
growth AS (SELECT SUM(reference1) / SUM(reference0) - 1 AS G FROM reference),
joined AS (
  SELECT c.region, c.category, c.region0, c.region1, r.reference0, r.reference1, g.G,
    CASE WHEN r.reference0 > 0 THEN r.reference1 / r.reference0 - 1 ELSE 0 END AS Gi,
    (c.region0 IS NULL OR c.region1 IS NULL OR r.reference0 IS NULL OR r.reference1 IS NULL) AS excluded
  FROM cells c LEFT JOIN reference r USING (category) CROSS JOIN growth g
)
SELECT region, category, region0, region1, reference0, reference1,
  CASE WHEN excluded THEN NULL ELSE region0 * G END AS national,
  CASE WHEN excluded THEN NULL ELSE region0 * (Gi - G) END AS industry_mix,
  CASE WHEN excluded THEN NULL ELSE region1 - region0 - region0 * Gi END AS regional_shift,
  CASE WHEN excluded THEN NULL ELSE region1 - region0 END AS total,
  excluded
FROM joined
ORDER BY region, category`;
}

/**
 * Shift-share components summed per region (over the categories not excluded), with the number of excluded
 * categories. Columns: `region, national, industry_mix, regional_shift, total, excluded_categories`.
 */
export function shiftShareByRegionSql(options: Parameters<typeof shiftShareSql>[0]): string {
  return `SELECT region,
  SUM(national) AS national, SUM(industry_mix) AS industry_mix, SUM(regional_shift) AS regional_shift,
  SUM(total) AS total, COUNT(*) FILTER (WHERE excluded) AS excluded_categories
FROM (${shiftShareSql(options)}) AS components
GROUP BY region
ORDER BY region`;
}

/**
 * Krugman specialisation index of every region for one year; the SQL twin of `krugmanIndex` (mode `reference`) and
 * `krugmanIndexRest` (mode `rest`: against the reference area minus the region; only regions that are members of the
 * reference area are returned, or with a single reference `region` every other region — then only Kreise and Länder
 * inside that reference make sense). Categories with a null cell on either side are left out on both sides. Columns:
 * `region, krugman, excluded_categories`.
 */
export function krugmanSql({
  source,
  year,
  reference = {},
  mode = "reference"
}: {
  source: SqlSource;
  year: number;
  reference?: SqlReference;
  mode?: "reference" | "rest";
}): string {
  const other = mode === "rest" ? "r.reference_value - b.value" : "r.reference_value";
  // The rest of the reference area only exists for regions inside it; a single reference row has no rest for itself.
  const onlyMembers =
    mode !== "rest"
      ? ""
      : reference.region !== undefined
        ? `WHERE b.region <> ${sqlString(reference.region)}`
        : `WHERE ${membersCondition(reference).replace("region", "b.region")}`;
  return `WITH ${baseCte(source, [year])},
reference AS (
  SELECT category, SUM(value) AS reference_value FROM base WHERE ${membersCondition(reference)} GROUP BY category
),
pairs AS (
  SELECT b.region, b.category, b.value AS x, ${other} AS y
  FROM base b LEFT JOIN reference r USING (category)
  ${onlyMembers}
),
totals AS (
  SELECT region, SUM(x) FILTER (WHERE y IS NOT NULL) AS tx, SUM(y) FILTER (WHERE x IS NOT NULL) AS ty,
    COUNT(*) FILTER (WHERE x IS NULL OR y IS NULL) AS excluded_categories
  FROM pairs GROUP BY region
)
SELECT p.region, SUM(ABS(p.x / t.tx - p.y / t.ty)) AS krugman, ANY_VALUE(t.excluded_categories) AS excluded_categories
FROM pairs p JOIN totals t USING (region)
WHERE p.x IS NOT NULL AND p.y IS NOT NULL
GROUP BY p.region
ORDER BY p.region`;
}
