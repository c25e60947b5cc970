import {AsyncDuckDB, VoidLogger, type AsyncDuckDBConnection} from "@duckdb/duckdb-wasm";
import {
  Bool,
  DataType,
  Float64,
  Int64,
  makeData,
  makeVector,
  type RecordBatch,
  Table,
  tableToIPC,
  Utf8,
  type Vector
} from "apache-arrow";

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

/** The page's one DuckDB instance, started on first use (and again after `restartDuckdb`). */
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
      const table = arrowTable(await columns());
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

/** Why a limited query stopped before reading its whole result. */
export type Stopped = "cancelled" | "timeout";

export interface LimitedResult {
  /** Column names of the result, in order. */
  columns: string[];
  /** The first `limit` rows as plain objects: the only rows converted from Arrow. */
  rows: Record<string, unknown>[];
  /** Rows read in total (all of them when `complete`, a lower bound when stopped). */
  total: number;
  complete: boolean;
  stopped?: Stopped;
  /** ms from sending the query until the result (or the stop). */
  ms: number;
}

export interface LimitOptions {
  /** Rows converted to objects (default 1,000). */
  limit?: number;
  /** Time limit in ms (default 6,000); the query is cancelled when it is reached. */
  timeoutMs?: number;
  /** Cancels the query (the console's cancel button). */
  signal?: AbortSignal;
}

/** How long a cancelled query may take to stop before the worker is terminated (ms). */
const CANCEL_GRACE_MS = 1000;

/**
 * Runs SQL for the SQL console without ever holding the page: the result streams in as Arrow record batches
 * (`conn.send`), only the first `limit` rows become objects, the rest are only counted. Cancelling (the signal)
 * or the time limit asks DuckDB to cancel the pending query; if it has not stopped within a second (a long
 * materialisation in the worker does not look at the cancel flag), the worker is terminated and the next query
 * starts a fresh DuckDB (tables are registered again on demand). DuckDB computes in its worker, so the main
 * thread only decodes batches as they arrive.
 */
export async function queryLimited(sql: string, options: LimitOptions = {}): Promise<LimitedResult> {
  const {limit = 1000, timeoutMs = 6000, signal} = options;
  const db = await duckdb();
  const started = performance.now();
  const conn = await db.connect();
  const kept: RecordBatch[] = [];
  let keptRows = 0;
  let total = 0;
  let columns: string[] = [];
  let stopped: Stopped | undefined;
  const work = (async () => {
    const reader = await conn.send(sql);
    for await (const batch of reader) {
      if (stopped) break;
      if (!columns.length) columns = batch.schema.fields.map((field) => field.name);
      total += batch.numRows;
      if (keptRows < limit) {
        kept.push(batch);
        keptRows += batch.numRows;
      }
    }
    // A result without rows has no batch; the reader knows its schema once it has been read.
    if (!columns.length) columns = reader.schema?.fields.map((field) => field.name) ?? [];
  })();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onAbort: (() => void) | undefined;
  const stop = new Promise<Stopped>((resolve) => {
    timer = setTimeout(() => resolve("timeout"), timeoutMs);
    onAbort = () => resolve("cancelled");
    if (signal?.aborted) onAbort();
    signal?.addEventListener("abort", onAbort, {once: true});
  });
  try {
    const outcome = await Promise.race([work.then(() => undefined), stop]);
    if (outcome) {
      stopped = outcome;
      work.catch(() => undefined); // It fails once cancelled; the failure is the expected outcome.
      const settled = await Promise.race([
        conn.cancelSent().then(
          () =>
            work.then(
              () => true,
              () => true
            ),
          () => false
        ),
        new Promise<false>((resolve) => setTimeout(() => resolve(false), CANCEL_GRACE_MS))
      ]);
      if (!settled) await restartDuckdb(db);
      else await conn.close().catch(() => undefined);
    } else {
      await conn.close();
    }
  } catch (error) {
    await conn.close().catch(() => undefined);
    throw error;
  } finally {
    clearTimeout(timer);
    if (onAbort) signal?.removeEventListener("abort", onAbort);
  }
  const table = new Table(kept);
  const rows = keptRows ? rowsOf(keptRows > limit ? table.slice(0, limit) : table) : [];
  return {columns, rows, total, complete: !stopped, stopped, ms: performance.now() - started};
}

/** Terminates the worker (a query that does not stop) and forgets the tables; the next query starts afresh. */
async function restartDuckdb(db: AsyncDuckDB): Promise<void> {
  instance = undefined;
  loaded.clear();
  await db.terminate().catch(() => undefined);
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

/**
 * An Arrow table from plain columns, built directly from typed buffers. Not `tableFromArrays`: Arrow's builders
 * compile their null check with `new Function` (apache-arrow 17, builder/valid.mjs), which the site's
 * Content-Security-Policy forbids (no 'unsafe-eval'). Types follow tableFromArrays: numbers → Float64, bigint →
 * Int64, booleans → Bool, text (and mixed columns, as text) → Utf8; null and undefined are null.
 */
export function arrowTable(columns: Columns): Table {
  const vectors: Record<string, Vector> = {};
  for (const [name, values] of Object.entries(columns)) vectors[name] = columnVector(values);
  return new Table(vectors);
}

function columnVector(values: ArrayLike<unknown>): Vector {
  const length = values.length;
  let kind: string | undefined;
  for (let i = 0; i < length; i++) {
    const value = values[i];
    if (value === null || value === undefined) continue;
    const type = typeof value;
    if (kind === undefined) kind = type;
    if (type !== kind || !["number", "bigint", "boolean", "string"].includes(type)) {
      kind = "string";
      break;
    }
  }
  const nullBitmap = new Uint8Array((length + 7) >> 3);
  let nullCount = 0;
  for (let i = 0; i < length; i++) {
    if (values[i] === null || values[i] === undefined) nullCount++;
    else nullBitmap[i >> 3]! |= 1 << (i & 7);
  }
  const common = {length, nullCount, nullBitmap: nullCount ? nullBitmap : undefined};
  if (kind === "number") {
    const data = new Float64Array(length);
    for (let i = 0; i < length; i++) data[i] = (values[i] as number | null) ?? 0;
    return makeVector(makeData({type: new Float64(), data, ...common}));
  }
  if (kind === "bigint") {
    const data = new BigInt64Array(length);
    for (let i = 0; i < length; i++) data[i] = (values[i] as bigint | null) ?? 0n;
    return makeVector(makeData({type: new Int64(), data, ...common}));
  }
  if (kind === "boolean") {
    const data = new Uint8Array((length + 7) >> 3);
    for (let i = 0; i < length; i++) if (values[i] === true) data[i >> 3]! |= 1 << (i & 7);
    return makeVector(makeData({type: new Bool(), data, ...common}));
  }
  const encoder = new TextEncoder();
  const encoded: Uint8Array[] = new Array(length);
  const valueOffsets = new Int32Array(length + 1);
  for (let i = 0; i < length; i++) {
    const value = values[i];
    encoded[i] = value === null || value === undefined ? new Uint8Array(0) : encoder.encode(String(value));
    valueOffsets[i + 1] = valueOffsets[i]! + encoded[i]!.length;
  }
  const data = new Uint8Array(valueOffsets[length]!);
  for (let i = 0; i < length; i++) data.set(encoded[i]!, valueOffsets[i]!);
  return makeVector(makeData({type: new Utf8(), data, valueOffsets, ...common}));
}

/** Turns row objects into columns for registerTable. */
export function toColumns<Row extends object>(rows: readonly Row[]): Columns {
  const columns: Record<string, unknown[]> = {};
  const keys = rows.length ? Object.keys(rows[0]!) : [];
  for (const key of keys) columns[key] = rows.map((row) => (row as Record<string, unknown>)[key]);
  return columns;
}
