// Bench harness (bench only): DuckDB-WASM as the site uses it (the built src/components/db.ts from dist/).
// benchReady resolves with performance.now() once DuckDB has answered its first query: what a page waits for
// before any interactive result. benchQuery times query() as pages call it (connection, SQL, rows as objects);
// benchQueryArrow times the same without turning the Arrow result into row objects.
const config = JSON.parse(document.getElementById("bench-config").textContent);
const [{duckdb, registerTable, query, toColumns}, {readParquet}] = await Promise.all([
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
