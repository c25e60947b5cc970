import {basename} from "node:path";

import {parseDelimited, type DelimitedRecord} from "../lib/delimited.js";
import {readUtf8} from "../lib/encoding.js";
import {SourceError} from "../lib/errors.js";
import {parseGermanNumber, type SpecialValue} from "../lib/values.js";

/**
 * The table export of GENESIS-Online (www-genesis.destatis.de, "CSV" download, 2026 layout), e.g. 13211-0007:
 * UTF-8 with byte-order mark, `;`, a first line `Tabelle: <code>`, title lines, a header line naming the time
 * variable (`;;Jahr;;…`) and one with the times (`;;2010;;2011;;…`: each time spans a value and a quality column),
 * then blocks of one region line (`Sachsen-Anhalt;;;…`, the name only, no key) followed by one line per measure
 * (`Arbeitslose;Anzahl;151305;e;…`: label, unit, then value and quality per time), a footer from `__________`
 * with `Stand: dd.mm.yyyy / hh:mm:ss`. Quality "e" = endgültig (final), "v" = vorläufig (provisional).
 */
export interface GenesisOnlineValue {
  line: number;
  /** Region name as printed on the block's region line. */
  region: string;
  /** Measure label (first cell), e.g. "Arbeitslosenquote aller zivilen Erwerbspersonen". */
  measure: string;
  /** Unit (second cell): Anzahl, Prozent … */
  unit: string;
  /** The time as printed in the header (a year for annual tables). */
  time: string;
  value: number | null;
  /** Special value of the cell (-, ., …), null for a number. */
  flag: SpecialValue | null;
  /** Quality marker of the cell: e (final), v (provisional), p, r, s or "" where none is given. */
  quality: string;
}

export interface GenesisOnlineExport {
  file: string;
  table: string;
  title: string[];
  times: string[];
  stand: string;
  values: GenesisOnlineValue[];
}

const FOOTER_MARK = /^_{5,}$/;
const TIME = /^\d{4}(-\d{2})?$|^\d{2}\.\d{2}\.\d{4}$/;
const QUALITY = /^[evprs]?$/;

const isEmpty = (r: DelimitedRecord, from = 0) => r.cells.slice(from).every((c) => c.trim() === "");

/** Reads a GENESIS-Online table export; anything unexpected is a SourceError naming file, line and field. */
export function readGenesisOnlineExport(path: string, expectedTable?: string): GenesisOnlineExport {
  const file = basename(path);
  const records = parseDelimited(readUtf8(path).replace(/^\uFEFF/, ""));
  const first = (records[0]?.cells[0] ?? "").trim();
  const tableMatch = /^Tabelle: (\S+)$/.exec(first);
  if (!tableMatch) {
    throw new SourceError({file: path, line: 1}, `expected "Tabelle: <code>", found "${first.slice(0, 40)}"`);
  }
  const table = tableMatch[1]!;
  if (expectedTable !== undefined && table !== expectedTable) {
    throw new SourceError({file: path, line: 1}, `expected table ${expectedTable}, found ${table}`);
  }
  const footerIndex = records.findIndex((r) => FOOTER_MARK.test((r.cells[0] ?? "").trim()));
  if (footerIndex < 0) {
    throw new SourceError(
      {file: path, line: records.at(-1)?.line},
      'no footer line "__________": the file is truncated or not a GENESIS-Online export'
    );
  }
  const body = records.slice(1, footerIndex).filter((r) => !isEmpty(r));
  // The time line: first two cells empty, then times in every other cell.
  const timeIndex = body.findIndex((r) => (r.cells[0] ?? "") === "" && TIME.test((r.cells[2] ?? "").trim()));
  if (timeIndex < 0) throw new SourceError({file: path}, "no header line with the times (;;2010;;2011;;…)");
  const timeLine = body[timeIndex]!;
  const times: string[] = [];
  for (let i = 2; i < timeLine.cells.length; i += 2) {
    const time = timeLine.cells[i]!.trim();
    if (!TIME.test(time)) {
      throw new SourceError(
        {file: path, line: timeLine.line, field: `column ${i + 1}`},
        `expected a time, found "${time}"`
      );
    }
    if ((timeLine.cells[i + 1] ?? "").trim() !== "") {
      throw new SourceError(
        {file: path, line: timeLine.line, field: `column ${i + 2}`},
        "expected an empty quality column after each time"
      );
    }
    times.push(time);
  }
  if (new Set(times).size !== times.length) {
    throw new SourceError({file: path, line: timeLine.line}, "a time appears twice in the header");
  }
  // Swapped year headers swap the values of two years without any other sign: the times must increase.
  const order = (time: string) => time.split(".").reverse().join("");
  const back = times.findIndex((time, i) => i > 0 && order(time) <= order(times[i - 1]!));
  if (back > 0) {
    throw new SourceError(
      {file: path, line: timeLine.line, field: `column ${2 * back + 3}`, rule: "header times increase left to right"},
      `found ${times[back]} after ${times[back - 1]}`
    );
  }
  const width = 2 + 2 * times.length;
  const title = body
    .slice(0, timeIndex)
    .filter((r) => (r.cells[0] ?? "").trim() !== "")
    .map((r) => r.cells[0]!.trim());
  const values: GenesisOnlineValue[] = [];
  const seen = new Set<string>();
  let region: string | undefined;
  for (const record of body.slice(timeIndex + 1)) {
    const label = (record.cells[0] ?? "").trim();
    if (label === "") {
      throw new SourceError({file: path, line: record.line, field: "column 1"}, "data line without a label");
    }
    if (isEmpty(record, 1)) {
      region = label;
      continue;
    }
    if (region === undefined) {
      throw new SourceError({file: path, line: record.line}, `measure "${label}" before the first region line`);
    }
    if (record.cells.length !== width) {
      throw new SourceError(
        {file: path, line: record.line},
        `expected ${width} fields (label, unit, ${times.length} × value and quality), found ${record.cells.length}`
      );
    }
    const key = `${region}|${label}`;
    if (seen.has(key)) {
      throw new SourceError(
        {file: path, line: record.line, field: "column 1"},
        `duplicate measure ${label} for ${region}`
      );
    }
    seen.add(key);
    const unit = record.cells[1]!.trim();
    times.forEach((time, t) => {
      const field = `${label} ${time}`;
      const quality = record.cells[3 + 2 * t]!.trim();
      if (!QUALITY.test(quality)) {
        throw new SourceError({file: path, line: record.line, field}, `unknown quality marker "${quality}"`);
      }
      const {value, flag} = parseGermanNumber(record.cells[2 + 2 * t]!, {file: path, line: record.line, field});
      values.push({line: record.line, region: region!, measure: label, unit, time, value, flag, quality});
    });
  }
  if (!values.length) throw new SourceError({file: path}, "no data lines found");
  const footer = records
    .slice(footerIndex + 1)
    .map((r) => r.cells.join(";"))
    .join("\n");
  const stand = /Stand: (\d{2}\.\d{2}\.\d{4})/.exec(footer);
  if (!stand) {
    throw new SourceError({file: path, line: records.at(-1)?.line}, 'no "Stand: dd.mm.yyyy" line in the footer');
  }
  return {file, table, title, times, stand: stand[1]!, values};
}
