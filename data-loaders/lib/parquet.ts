import {Bool, Float64, Int32, Table, tableToIPC, Utf8, vectorFromArray} from "apache-arrow";
import {Compression, Table as WasmTable, WriterPropertiesBuilder, writeParquet} from "parquet-wasm/node";

/** Column types a dataset may use. Region codes are always strings (leading zeros), years integers. */
export type ColumnType = "string" | "int" | "float" | "bool";

export type Schema<Row> = {[K in keyof Row]: ColumnType};

const ARROW_TYPES = {string: new Utf8(), int: new Int32(), float: new Float64(), bool: new Bool()};

/** Builds an Arrow table from rows, column by column, in the order of the schema. */
export function toArrow<Row extends object>(rows: readonly Row[], schema: Schema<Row>): Table {
  const columns: Record<string, ReturnType<typeof vectorFromArray>> = {};
  for (const [name, type] of Object.entries(schema) as [keyof Row & string, ColumnType][]) {
    const values = rows.map((row) => {
      const v = row[name] as unknown;
      if (v === undefined) throw new Error(`column "${name}" is missing in a row: ${JSON.stringify(row)}`);
      if (type === "int" && v !== null && !Number.isInteger(v)) {
        throw new Error(`column "${name}" must be an integer, found ${String(v)}`);
      }
      return v;
    });
    columns[name] = vectorFromArray(values, ARROW_TYPES[type] as never);
  }
  return new Table(columns);
}

/** Serialises rows to Parquet (zstd), the format every dataset of the site is published in. */
export function toParquet<Row extends object>(rows: readonly Row[], schema: Schema<Row>): Uint8Array {
  const ipc = tableToIPC(toArrow(rows, schema), "stream");
  const properties = new WriterPropertiesBuilder().setCompression(Compression.ZSTD).build();
  return writeParquet(WasmTable.fromIPCStream(ipc), properties);
}
