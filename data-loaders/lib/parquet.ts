import {
  Bool,
  Dictionary,
  Float64,
  Int32,
  makeData,
  makeVector,
  Table,
  tableToIPC,
  Utf8,
  vectorFromArray,
  type Vector
} from "apache-arrow";
import {Compression, Table as WasmTable, WriterPropertiesBuilder, writeParquet} from "parquet-wasm/node";

/** Column types a dataset may use. Region codes are always strings (leading zeros), years integers. */
export type ColumnType = "string" | "int" | "float" | "bool";

export type Schema<Row> = {[K in keyof Row]: ColumnType};

const ARROW_TYPES = {string: new Utf8(), int: new Int32(), float: new Float64(), bool: new Bool()};

/** Builds an Arrow table from rows, column by column, in the order of the schema. */
export function toArrow<Row extends object>(rows: readonly Row[], schema: Schema<Row>): Table {
  const columns: Record<string, Vector> = {};
  for (const [name, type] of Object.entries(schema) as [keyof Row & string, ColumnType][]) {
    const values = rows.map((row) => {
      const v = row[name] as unknown;
      if (v === undefined) throw new Error(`column "${name}" is missing in a row: ${JSON.stringify(row)}`);
      if (type === "int" && v !== null && !Number.isInteger(v)) {
        throw new Error(`column "${name}" must be an integer, found ${String(v)}`);
      }
      return v;
    });
    columns[name] =
      type === "string"
        ? dictionaryVector(values as (string | null)[], name)
        : vectorFromArray(values, ARROW_TYPES[type] as never);
  }
  return new Table(columns);
}

/**
 * A string column, dictionary-encoded: region codes, categories and source ids repeat a lot, so encoding each
 * distinct string once is ~10× faster than Arrow's Utf8 builder on the 1.5 M occupation rows. Parquet stores it
 * as an ordinary UTF-8 column.
 */
function dictionaryVector(values: readonly (string | null)[], name: string): Vector {
  const ids = new Map<string, number>();
  const indices = new Int32Array(values.length);
  const validity = new Uint8Array(Math.ceil(values.length / 8));
  let nulls = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value === null) {
      nulls++;
      continue;
    }
    if (typeof value !== "string") throw new Error(`column "${name}" must be a string, found ${String(value)}`);
    let id = ids.get(value);
    if (id === undefined) ids.set(value, (id = ids.size));
    indices[i] = id;
    validity[i >> 3]! |= 1 << (i & 7);
  }
  const type = new Dictionary(new Utf8(), new Int32());
  const dictionary = vectorFromArray([...ids.keys()], new Utf8());
  return makeVector(
    makeData({
      type,
      length: values.length,
      nullCount: nulls,
      nullBitmap: nulls ? validity : null,
      data: indices,
      dictionary
    })
  );
}

/** Serialises rows to Parquet (zstd), the format every dataset of the site is published in. */
export function toParquet<Row extends object>(rows: readonly Row[], schema: Schema<Row>): Uint8Array {
  const ipc = tableToIPC(toArrow(rows, schema), "stream");
  const properties = new WriterPropertiesBuilder().setCompression(Compression.ZSTD).build();
  return writeParquet(WasmTable.fromIPCStream(ipc), properties);
}
