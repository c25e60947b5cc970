import {AsyncDuckDB, VoidLogger, type AsyncDuckDBConnection} from "@duckdb/duckdb-wasm";
import {tableFromArrays, tableToIPC} from "apache-arrow";

/**
 * DuckDB-WASM, self-hosted: the wasm binary and the worker come from node_modules through Framework's
 * import.meta.resolve, never from a CDN. Only the "eh" build (WebAssembly exceptions: Chrome/Edge 95+,
 * Firefox 100+, Safari 15.2+) is shipped. Framework re-bundles the worker as an ES module, hence
 * `type: "module"`. DuckDB is never on the path to a page's first chart: pages draw from Parquet decoded
 * with hyparquet and call `openDatabase` only for interactive queries.
 */
const WASM_URL = import.meta.resolve("@duckdb/duckdb-wasm/dist/duckdb-eh.wasm");
const WORKER_URL = import.meta.resolve("@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js");

export type Columns = Record<string, ArrayLike<unknown>>;

let instance: Promise<AsyncDuckDB> | undefined;
const loaded = new Map<string, Promise<void>>();

/** The page's one DuckDB instance, started on first use. */
export function duckdb(): Promise<AsyncDuckDB> {
  instance ??= (async () => {
    const worker = new Worker(WORKER_URL, {type: "module"});
    const db = new AsyncDuckDB(new VoidLogger(), worker);
    await db.instantiate(WASM_URL);
    return db;
  })();
  return instance;
}

/**
 * Registers rows (as columns) as a table, once per name. DuckDB-WASM 1.29 has no built-in Parquet reader and
 * its extension server is off limits, so data enters as Arrow IPC.
 */
export function registerTable(name: string, columns: () => Promise<Columns> | Columns): Promise<void> {
  let promise = loaded.get(name);
  if (!promise) {
    promise = (async () => {
      const db = await duckdb();
      const table = tableFromArrays((await columns()) as Parameters<typeof tableFromArrays>[0]);
      await withConnection(db, (conn) => conn.insertArrowFromIPCStream(tableToIPC(table, "stream"), {name}));
    })();
    loaded.set(name, promise);
  }
  return promise;
}

/** Runs SQL and returns plain row objects; BigInt results become numbers. The connection is always closed. */
export async function query<Row = Record<string, unknown>>(sql: string): Promise<Row[]> {
  const db = await duckdb();
  return withConnection(db, async (conn) => {
    const result = await conn.query(sql);
    return result.toArray().map((row) => plain(row.toJSON()) as Row);
  });
}

async function withConnection<T>(db: AsyncDuckDB, f: (conn: AsyncDuckDBConnection) => Promise<T>): Promise<T> {
  const conn = await db.connect();
  try {
    return await f(conn);
  } finally {
    await conn.close();
  }
}

function plain(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) out[key] = typeof value === "bigint" ? Number(value) : value;
  return out;
}

/** Turns row objects into columns for registerTable. */
export function toColumns<Row extends object>(rows: readonly Row[]): Columns {
  const columns: Record<string, unknown[]> = {};
  const keys = rows.length ? Object.keys(rows[0]!) : [];
  for (const key of keys) columns[key] = rows.map((row) => (row as Record<string, unknown>)[key]);
  return columns;
}
