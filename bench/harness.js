// Bench harness (bench only): DuckDB-WASM as the site uses it (the built src/components/db.ts from dist/).
// benchReady resolves with performance.now() once DuckDB has answered its first query: what a page waits for
// before any interactive result. benchQuery times query() as pages call it (connection, SQL, rows as objects);
// benchQueryArrow times the same without turning the Arrow result into row objects. benchQueryConsole times the
// /daten SQL console's path (queryLimited: Arrow record batches, the first 1,000 rows as objects, the rest counted).
const config = JSON.parse(document.getElementById("bench-config").textContent);
const [{duckdb, registerTable, query, queryLimited, toColumns}, {readParquet}] = await Promise.all([
  import(config.db),
  import(config.parquet)
]);

window.benchReady = query("SELECT 1 AS one").then(() => performance.now());

window.benchLoad = async (name, url) => {
  const started = performance.now();
  await registerTable(name, async () => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return toColumns(await readParquet(await response.arrayBuffer()));
  });
  const [{rows}] = await query(`SELECT count(*)::INTEGER AS rows FROM "${name}"`);
  return {ms: performance.now() - started, rows};
};

window.benchQuery = async (sql) => {
  const started = performance.now();
  const rows = await query(sql);
  return {ms: performance.now() - started, rows: rows.length};
};

window.benchQueryConsole = async (sql) => {
  const started = performance.now();
  const result = await queryLimited(sql, {limit: 1000});
  if (!result.complete) throw new Error(`query stopped (${result.stopped}): ${sql}`);
  return {ms: performance.now() - started, rows: result.total};
};

window.benchQueryArrow = async (sql) => {
  const db = await duckdb();
  const started = performance.now();
  const conn = await db.connect();
  try {
    const table = await conn.query(sql);
    return {ms: performance.now() - started, rows: table.numRows};
  } finally {
    await conn.close();
  }
};

window.benchHarnessLoaded = true;

// The /branchen path (no DuckDB): the page decodes the branchen_occupations view with hyparquet, indexes it once,
// and on every change of region, reference area or years runs its `occupation` cell. benchBranchenLoad and
// benchBranchenUpdate mirror src/branchen.md (cells `occupationData` and `occupation`) with the built
// src/lib/sector-structure.ts; keep them in step with the page.
let branchen = null;

window.benchBranchenLoad = async () => {
  if (!config.sectorStructure || !config.branchenData) return null;
  const lib = await import(config.sectorStructure);
  const started = performance.now();
  const response = await fetch(config.branchenData);
  if (!response.ok) throw new Error(`${config.branchenData}: HTTP ${response.status}`);
  const rows = await readParquet(await response.arrayBuffer());
  const decoded = performance.now();
  const names = new Map();
  for (const d of rows)
    if (d.occupation !== "000" && !names.has(d.occupation)) names.set(d.occupation, d.occupation_name);
  const codes = [...names.keys()].sort();
  branchen = {
    lib,
    cells: lib.indexCells(rows, {
      key: (d) => (d.occupation === "000" ? null : `${d.code}|${d.year}`),
      category: (d) => d.occupation,
      value: (d) => d.value
    }),
    classification: {categories: codes.map((code) => ({code, label: `${names.get(code)} (${code})`})), parts: []},
    codes
  };
  return {rows: rows.length, decodeMs: decoded - started, indexMs: performance.now() - decoded};
};

window.benchBranchenUpdate = (region, reference, from, year) => {
  const {lib, cells, classification, codes} = branchen;
  const started = performance.now();
  const at = (y) => (code) => cells.get(`${code}|${y}`);
  const r0 = lib.countsOf(at(from), region, "null");
  const r1 = lib.countsOf(at(year), region, "null");
  const f0 = lib.countsOf(at(from), reference, "sumKnown");
  const f1 = lib.countsOf(at(year), reference, "sumKnown");
  if (!r0 || !r1 || !f0 || !f1) throw new Error(`no occupation data for ${region} or ${reference}`);
  const lqs = lib.locationQuotientTable(r1, f1, classification);
  const shift = year > from ? lib.shiftShareOf(r0, r1, f0, f1, codes) : null;
  const points = year > from ? lib.portfolio(r0, lqs) : [];
  const ms = performance.now() - started;
  // Returned so that nothing computed is dead code the engine could skip.
  return {ms, rows: lqs.length, portfolio: points.length, excluded: shift?.excluded.length ?? 0};
};
