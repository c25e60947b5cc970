import {decompress} from "fzstd";
import {parquetReadObjects} from "hyparquet";

/**
 * Decodes a Parquet file (zstd, as written by data-loaders/lib/parquet.ts) into row objects, in the browser
 * and in Node. Pages draw their first chart from this, without waiting for DuckDB-WASM.
 * Integer columns arrive as numbers; 64-bit integers (none in our datasets) would arrive as BigInt.
 */
export async function readParquet<Row>(buffer: ArrayBuffer): Promise<Row[]> {
  const rows = await parquetReadObjects({
    file: buffer,
    compressors: {ZSTD: (input: Uint8Array, outputLength: number) => decompress(input, new Uint8Array(outputLength))}
  });
  return rows as Row[];
}
