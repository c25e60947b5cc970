import {AsyncDuckDB, VoidLogger, type AsyncDuckDBConnection} from "@duckdb/duckdb-wasm";
import {DataType, type Table, tableFromArrays, tableToIPC, type Vector} from "apache-arrow";

/**
 * DuckDB-WASM, self-hosted: the wasm binary and the worker come from node_modules through Framework's
 * import.meta.resolve, never from a CDN. Only the "eh" build (WebAssembly exceptions: Chrome/Edge 95+,
 * Firefox 100+, Safari 15.2+) is shipped. Framework re-bundles the worker as an ES module, hence
 * `type: "module"`. DuckDB is never on the path to a page's first chart: pages draw from Parquet decoded
 * with hyparquet and call `openDatabase` only for interactive queries.
 */
export type Columns = Record<string, ArrayLike<unknown>>;

let instance: Promise<AsyncDuckDB> | undefined;
const loaded = new Map<string, Promise<void>>();

/** The page's one DuckDB instance, started on first use. */
export function duckdb(): Promise<AsyncDuckDB> {
  instance ??= (async () => {
    // Resolved here, not at module level, so that tests can import this module's pure helpers in Node.
    const worker = new Worker(import.meta.resolve("@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js"), {
      type: "module"
    });
    const db = new AsyncDuckDB(new VoidLogger(), worker);
    await db.instantiate(import.meta.resolve("@duckdb/duckdb-wasm/dist/duckdb-eh.wasm"));
    // Sums of integers are HUGEINT and averages DECIMAL in DuckDB; pages want plain JavaScript numbers.
    await db.open({query: {castBigIntToDouble: true, castDecimalToDouble: true}});
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

/**
 * Runs SQL and returns plain row objects. Results are converted column by column (Arrow's row proxies cost
 * ~2 µs a row: 120 ms for the 56,000 location quotients of all Kreise); BigInt becomes number. The connection
 * is always closed.
 */
export async function query<Row = Record<string, unknown>>(sql: string): Promise<Row[]> {
  const db = await duckdb();
  return withConnection(db, async (conn) => rowsOf(await conn.query(sql)) as Row[]);
}

/** Plain objects from an Arrow table, built from whole columns. */
export function rowsOf(table: Table): Record<string, unknown>[] {
  const names = table.schema.fields.map((field) => field.name);
  const columns = names.map((_, i) => {
    const vector = table.getChildAt(i)!;
    const values =
      DataType.isInt(vector.type) || DataType.isFloat(vector.type)
        ? vector.toArray()
        : (asciiStrings(vector) ?? [...vector]);
    const out: unknown[] = Array.from(values as ArrayLike<unknown>, (v) => (typeof v === "bigint" ? Number(v) : v));
    // Typed arrays cannot hold null: restore the nulls from the validity bitmap.
    if (vector.nullCount > 0) for (let r = 0; r < out.length; r++) if (!vector.isValid(r)) out[r] = null;
    return out;
  });
  const rows = new Array<Record<string, unknown>>(table.numRows);
  for (let r = 0; r < table.numRows; r++) {
    const row: Record<string, unknown> = {};
    for (let c = 0; c < names.length; c++) row[names[c]!] = columns[c]![r];
    rows[r] = row;
  }
  return rows;
}

async function withConnection<T>(db: AsyncDuckDB, f: (conn: AsyncDuckDBConnection) => Promise<T>): Promise<T> {
  const conn = await db.connect();
  try {
    return await f(conn);
  } finally {
    await conn.close();
  }
}

const latin1 = new TextDecoder("latin1");

/**
 * A text column decoded in one pass per chunk: region codes, occupation codes and years-as-text are ASCII, where
 * byte offsets equal character offsets, so one decode and slicing replace a TextDecoder call per cell (about
 * 1 µs each: 50 ms for the three text columns of the 56,000 location quotients). Returns undefined for
 * anything else (non-ASCII text, sliced chunks), which then takes the general path.
 */
export function asciiStrings(vector: Vector): string[] | undefined {
  if (!DataType.isUtf8(vector.type)) return undefined;
  const out = new Array<string>(vector.length);
  let row = 0;
  for (const data of vector.data) {
    const offsets = data.valueOffsets as Int32Array;
    if (data.offset !== 0 || !offsets) return undefined;
    const bytes = data.values.subarray(offsets[0], offsets[data.length]);
    for (let i = 0; i < bytes.length; i++) if (bytes[i]! > 0x7f) return undefined;
    const text = latin1.decode(bytes);
    const base = offsets[0]!;
    for (let i = 0; i < data.length; i++) out[row++] = text.slice(offsets[i]! - base, offsets[i + 1]! - base);
  }
  return out;
}

/** Turns row objects into columns for registerTable. */
export function toColumns<Row extends object>(rows: readonly Row[]): Columns {
  const columns: Record<string, unknown[]> = {};
  const keys = rows.length ? Object.keys(rows[0]!) : [];
  for (const key of keys) columns[key] = rows.map((row) => (row as Record<string, unknown>)[key]);
  return columns;
}
