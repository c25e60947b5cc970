import {readdirSync, readFileSync} from "node:fs";
import {basename, join} from "node:path";

import {parseDelimited} from "../lib/delimited.js";
import {readUtf8} from "../lib/encoding.js";
import {SourceError} from "../lib/errors.js";
import {listedMatch, requireListed} from "../lib/manifest-listing.js";
import {parseGermanNumber, type SpecialValue} from "../lib/values.js";

/**
 * The flat CSV ("ffcsv") of the GENESIS REST 2020 `data/tablefile` service: UTF-8 with BOM, `;`, one observation
 * per line, a variable number of `N_variable_*` groups (code, label, attribute code, attribute label), totals
 * with an empty attribute code, German decimal comma and the special values `- . ... x /`.
 * See ../shared/sources/API-FORMATS.md §1.6.
 */
export interface GenesisVariable {
  /** Variable code, e.g. `KREISE`, `GES`, `GEOGM4`. */
  code: string;
  label: string;
  /** Attribute (value) code, e.g. `15084`, `GESW`; empty for a total. */
  attribute: string;
  attributeLabel: string;
}

export interface GenesisObservation {
  /** 1-based physical line in the file. */
  line: number;
  statistic: string;
  /** `STAG` (Stichtag, ISO date in `time`) or `JAHR` (year). */
  timeCode: string;
  time: string;
  variables: GenesisVariable[];
  value: number | null;
  flag: SpecialValue | null;
  unit: string;
  /** Code of the value variable, e.g. `BEVSTD`. */
  valueCode: string;
}

export interface GenesisFlatCsv {
  file: string;
  observations: GenesisObservation[];
}

const FIXED_HEAD = ["statistics_code", "statistics_label", "time_code", "time_label", "time"];
const FIXED_TAIL = ["value", "value_unit", "value_variable_code", "value_variable_label"];
const GROUP = ["variable_code", "variable_label", "variable_attribute_code", "variable_attribute_label"];
const VARIABLE_CODE = /^[A-Z][A-Z0-9]*$/;

/** Reads a GENESIS flat CSV; every malformed line is an error naming file, line and field. */
export function readGenesisFlatCsv(path: string): GenesisFlatCsv {
  const text = readUtf8(path);
  const records = parseDelimited(text).filter((r, i) => i === 0 || r.cells.some((c) => c !== ""));
  const header = records[0]?.cells ?? [];
  const groups = checkHeader(header, path);
  const width = header.length;
  const seen = new Map<string, number>();
  const observations: GenesisObservation[] = [];
  for (const record of records.slice(1)) {
    const {line, cells} = record;
    if (cells.length !== width) {
      throw new SourceError({file: path, line}, `expected ${width} fields, found ${cells.length} (truncated line?)`);
    }
    const variables: GenesisVariable[] = [];
    for (let g = 0; g < groups; g++) {
      const at = FIXED_HEAD.length + 4 * g;
      const code = cells[at]!;
      // A value variable that a classifying variable does not apply to (52411: employees and claims are not
      // broken down by type of proceedings) leaves the whole group of four fields empty: no variable.
      if (g > 0 && [0, 1, 2, 3].every((i) => cells[at + i] === "")) continue;
      if (!VARIABLE_CODE.test(code)) {
        throw new SourceError(
          {file: path, line, field: `${g + 1}_variable_code`},
          `expected a variable code (capital letters), found "${code}"`
        );
      }
      variables.push({code, label: cells[at + 1]!, attribute: cells[at + 2]!, attributeLabel: cells[at + 3]!});
    }
    const tail = FIXED_HEAD.length + 4 * groups;
    const time = cells[4]!;
    const timeCode = cells[2]!;
    if (timeCode === "STAG" && !/^\d{4}-\d{2}-\d{2}$/.test(time)) {
      throw new SourceError({file: path, line, field: "time"}, `expected an ISO date, found "${time}"`);
    }
    const {value, flag} = parseGermanNumber(cells[tail]!, {file: path, line, field: "value"});
    const valueCode = cells[tail + 2]!;
    const key = [time, ...variables.map((v) => `${v.code}=${v.attribute}`), valueCode].join("|");
    const previous = seen.get(key);
    if (previous !== undefined) {
      throw new SourceError({file: path, line}, `duplicate observation ${key} (first on line ${previous})`);
    }
    seen.set(key, line);
    observations.push({
      line,
      statistic: cells[0]!,
      timeCode,
      time,
      variables,
      value,
      flag,
      unit: cells[tail + 1]!,
      valueCode
    });
  }
  if (!observations.length) throw new SourceError({file: path, line: 2}, "no observations (truncated file?)");
  return {file: basename(path), observations};
}

/** Checks the fixed columns and the `N_variable_*` groups; returns the number of groups. */
function checkHeader(header: string[], path: string): number {
  const groups = (header.length - FIXED_HEAD.length - FIXED_TAIL.length) / 4;
  const expected = [
    ...FIXED_HEAD,
    ...Array.from({length: Math.max(0, groups)}, (_, g) => GROUP.map((name) => `${g + 1}_${name}`)).flat(),
    ...FIXED_TAIL
  ];
  if (!Number.isInteger(groups) || groups < 1) {
    throw new SourceError(
      {file: path, line: 1},
      `header has ${header.length} columns; expected 5 fixed, groups of 4 "N_variable_*" and 4 value columns`
    );
  }
  expected.forEach((name, i) => {
    if (header[i] !== name) {
      throw new SourceError({file: path, line: 1, field: name}, `expected column "${name}", found "${header[i]}"`);
    }
  });
  return groups;
}

/** The metadata JSON (`metadata/table` response) stored next to a flat CSV. */
export interface GenesisTableMetadata {
  code: string;
  title: string;
  /** First and last reference date of the table, dd.mm.yyyy. */
  from: string;
  to: string;
  /** "dd.mm.yyyy hh:mm:ssh" as the service writes it. */
  updated: string;
  copyright: string;
}

/** Reads `01_table.json`; a missing field or a status other than 0/22 is an error naming the field. */
export function readGenesisMetadata(path: string): GenesisTableMetadata {
  let json: unknown;
  try {
    json = JSON.parse(readUtf8(path));
  } catch (error) {
    if (error instanceof SourceError) throw error;
    throw new SourceError({file: path}, `not valid JSON: ${(error as Error).message}`);
  }
  const get = (keys: string[]): string => {
    let at: unknown = json;
    for (const key of keys) at = (at as Record<string, unknown> | null)?.[key];
    if (typeof at !== "string" && typeof at !== "number") {
      throw new SourceError({file: path, field: keys.join(".")}, "missing in the metadata");
    }
    return String(at);
  };
  const status = get(["Status", "Code"]);
  if (status !== "0" && status !== "22") {
    throw new SourceError(
      {file: path, field: "Status.Code"},
      `service status ${status}: ${get(["Status", "Content"])}`
    );
  }
  return {
    code: get(["Object", "Code"]),
    title: get(["Object", "Content"]).replace(/\s*\n\s*/g, " "),
    from: get(["Object", "Time", "From"]),
    to: get(["Object", "Time", "To"]),
    updated: get(["Object", "Updated"]),
    copyright: get(["Copyright"]).replace(/\s*\n\s*/g, " ")
  };
}

/** A decoded tablefile folder: the German flat CSV and its metadata. */
export interface GenesisTable {
  metadata: GenesisTableMetadata;
  data: GenesisFlatCsv;
}

/**
 * Reads `genesis-api-2026/tablefiles/<table>/`: the `*_de_flat.csv` and the `*.json` written just before it.
 * The table code inside the metadata must be the folder's.
 */
export function readGenesisTable(dir: string): GenesisTable {
  const files = readdirSync(dir).sort();
  // Exactly the listed flat CSV: an unlisted `*_de_flat.csv` next to it is refused, never read instead.
  const csv = basename(listedMatch(dir, /_de_flat\.csv$/, "*_de_flat.csv"));
  const json = files.find(
    (f) => f.endsWith(".json") && f.slice(0, 2) === String(Number(csv.slice(0, 2)) + 1).padStart(2, "0")
  );
  if (!json) throw new SourceError({file: dir}, `no metadata JSON next to ${csv}`);
  requireListed(join(dir, json));
  const metadata = readGenesisMetadata(join(dir, json));
  if (metadata.code !== basename(dir)) {
    throw new SourceError(
      {file: join(dir, json), field: "Object.Code"},
      `expected ${basename(dir)}, found ${metadata.code}`
    );
  }
  const data = readGenesisFlatCsv(join(dir, csv));
  return {metadata, data};
}

/** Whether a file starts with the UTF-8 byte-order mark the service writes (a re-saved copy may lack it). */
export function hasBom(path: string): boolean {
  const bytes = readFileSync(path).subarray(0, 3);
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/** The variable with the given code in an observation, or an error naming the line. */
export function variable(observation: GenesisObservation, codes: readonly string[], file: string): GenesisVariable {
  const found = observation.variables.find((v) => codes.includes(v.code));
  if (!found) {
    throw new SourceError(
      {file, line: observation.line},
      `expected a variable ${codes.join(" or ")}, found ${observation.variables.map((v) => v.code).join(", ")}`
    );
  }
  return found;
}
