import {closeSync, openSync, readFileSync, readSync, statSync} from "node:fs";

import * as XLSX from "@e965/xlsx";
import {unzipSync} from "fflate";

import {SourceError} from "./errors.js";

/**
 * Container checks before a parser sees a file: the xlsx reader parses random bytes without throwing (it takes them
 * for a CSV or an old spreadsheet format) and DuckDB's Parquet errors do not say which file, so a corrupt file is
 * named here as what it is: "not a valid xlsx file", "not a valid Parquet file", "not a valid zip file".
 */
function head(path: string, length: number, position = 0): Buffer {
  const buffer = Buffer.alloc(length);
  const fd = openSync(path, "r");
  try {
    const read = readSync(fd, buffer, 0, length, position);
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const PARQUET_MAGIC = Buffer.from("PAR1");

/** A Parquet file starts and ends with "PAR1" and has room for a footer between. */
export function checkParquet(path: string): void {
  const size = statSync(path).size;
  const problem =
    size < 12
      ? `${size} bytes, too short`
      : !head(path, 4).equals(PARQUET_MAGIC)
        ? 'does not start with "PAR1"'
        : !head(path, 4, size - 4).equals(PARQUET_MAGIC)
          ? 'does not end with "PAR1" (truncated?)'
          : null;
  if (problem) throw new SourceError({file: path, rule: "Parquet container"}, `not a valid Parquet file: ${problem}`);
}

/**
 * An xlsx file is a zip archive holding `[Content_Types].xml` and `xl/workbook.xml`; the archive is listed (not
 * inflated beyond its directory) so that a cut or overwritten file is caught before the spreadsheet parser.
 */
export function checkXlsx(path: string, bytes: Uint8Array): void {
  const fail = (problem: string): never => {
    throw new SourceError({file: path, rule: "xlsx container"}, `not a valid xlsx file: ${problem}`);
  };
  if (bytes.length < 4 || !Buffer.from(bytes.subarray(0, 4)).equals(ZIP_MAGIC)) {
    fail("does not start with the zip signature PK\\3\\4");
  }
  const names = zipNames(bytes, path, "xlsx");
  for (const required of ["[Content_Types].xml", "xl/workbook.xml"]) {
    if (!names.includes(required)) fail(`the archive has no ${required}`);
  }
}

/** Names in a zip archive; a damaged archive is a SourceError "not a valid <kind> file". */
export function zipNames(bytes: Uint8Array, path: string, kind = "zip"): string[] {
  const names: string[] = [];
  try {
    // The filter sees every entry and inflates none.
    unzipSync(bytes, {
      filter: (file) => {
        names.push(file.name);
        return false;
      }
    });
  } catch (error) {
    throw new SourceError(
      {file: path, rule: `${kind} container`},
      `not a valid ${kind} file: ${(error as Error).message || String(error)}`
    );
  }
  return names;
}

/** A zip archive (a GENESIS tablefile download) can be listed; returns its entry names. */
export function checkZip(bytes: Uint8Array, path: string): string[] {
  if (bytes.length < 4 || !Buffer.from(bytes.subarray(0, 4)).equals(ZIP_MAGIC)) {
    throw new SourceError(
      {file: path, rule: "zip container"},
      "not a valid zip file: does not start with the zip signature PK\\3\\4"
    );
  }
  return zipNames(bytes, path, "zip");
}

/**
 * Reads an xlsx workbook after {@link checkXlsx}, parsed densely with raw values (no formatted text, no HTML);
 * `sheets` limits parsing to some sheets. A workbook the reader cannot parse is a SourceError naming the file.
 */
export function readXlsx(path: string, {sheets}: {sheets?: number} = {}): XLSX.WorkBook {
  const bytes = readFileSync(path);
  checkXlsx(path, bytes);
  try {
    return XLSX.read(bytes, {dense: true, cellText: false, cellHTML: false, ...(sheets === undefined ? {} : {sheets})});
  } catch (error) {
    throw new SourceError({file: path}, `not a readable xlsx workbook: ${(error as Error).message}`);
  }
}
