import {readUtf8} from "../lib/encoding.js";
import {SourceError} from "../lib/errors.js";

/**
 * The BA Pendleratlas, June 2016 (`ba-pendleratlas-2016/pendler.json`, PROVENANCE.md §12): a GeoJSON
 * FeatureCollection of the 401 Kreise; each feature's `properties` hold `ID` (5-digit code), `region`, and
 * `einpendler` / `auspendler`: the ten largest origin / destination Kreise `{frauen, maenner, anzahl}` plus
 * `gesamt` (all in- / out-commuters across the Kreis boundary) and `svb` (employees subject to social insurance
 * living in the Kreis). The file is one line, so errors name line 1 and the JSON path of the field.
 */
export interface PendlerCount {
  total: number;
  women: number;
  men: number;
}

export interface PendlerKreis {
  code: string;
  name: string;
  /** In-commuters over the Kreis boundary (all origins). */
  inTotal: PendlerCount;
  /** Out-commuters over the Kreis boundary (all destinations). */
  outTotal: PendlerCount;
  /** SvB living in the Kreis (the `svb` entry; the same figure stands in both lists). */
  employeesResidence: PendlerCount;
  /** The ten largest origins of in-commuters. */
  inflows: {origin: string; count: PendlerCount}[];
  /** The ten largest destinations of out-commuters. */
  outflows: {destination: string; count: PendlerCount}[];
}

const KREIS = /^\d{5}$/;
const TOTAL_KEYS = new Set(["gesamt", "svb"]);

function lineOfPosition(text: string, message: string): number {
  const m = /position (\d+)/.exec(message);
  return m ? text.slice(0, Number(m[1])).split("\n").length : text.split("\n").length;
}

/** Reads the Pendleratlas into one record per Kreis; malformed input is a SourceError naming file, line and field. */
export function readPendleratlas(path: string): PendlerKreis[] {
  const text = readUtf8(path);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    throw new SourceError({file: path, line: lineOfPosition(text, message)}, `not valid JSON (truncated?): ${message}`);
  }
  const features = (json as {features?: unknown}).features;
  if (!Array.isArray(features)) throw new SourceError({file: path, line: 1, field: "features"}, "no features array");
  const fail = (field: string, message: string): never => {
    throw new SourceError({file: path, line: 1, field}, message);
  };
  const count = (value: unknown, field: string): PendlerCount => {
    const v = value as {anzahl?: unknown; frauen?: unknown; maenner?: unknown} | null;
    const n = (x: unknown, name: string): number =>
      typeof x === "number" && Number.isInteger(x) && x >= 0
        ? x
        : fail(`${field}.${name}`, `expected a whole number of persons, found ${JSON.stringify(x)}`);
    if (v === null || typeof v !== "object") return fail(field, "expected {frauen, maenner, anzahl}");
    return {total: n(v.anzahl, "anzahl"), women: n(v.frauen, "frauen"), men: n(v.maenner, "maenner")};
  };
  const kreise: PendlerKreis[] = [];
  const seen = new Map<string, number>();
  features.forEach((feature: unknown, i: number) => {
    const where = `features[${i}].properties`;
    const p = (feature as {properties?: Record<string, unknown>}).properties;
    if (!p) return fail(where, "feature without properties");
    const code = p.ID;
    if (typeof code !== "string" || !KREIS.test(code)) {
      return fail(`${where}.ID`, `expected a 5-digit Kreis code as a string, found ${JSON.stringify(code)}`);
    }
    if (seen.has(code)) return fail(`${where}.ID`, `duplicate Kreis ${code} (first in features[${seen.get(code)}])`);
    seen.set(code, i);
    const lists = {einpendler: p.einpendler, auspendler: p.auspendler};
    for (const [name, list] of Object.entries(lists)) {
      if (list === null || typeof list !== "object") return fail(`${where}.${name}`, "missing (renamed?)");
      for (const key of ["gesamt", "svb"]) {
        if (!(key in list)) fail(`${where}.${name}.${key}`, "missing total");
      }
    }
    const partners = (name: "einpendler" | "auspendler") =>
      Object.entries(lists[name] as Record<string, unknown>)
        .filter(([key]) => !TOTAL_KEYS.has(key))
        .map(([key, value]) => {
          if (!KREIS.test(key)) fail(`${where}.${name}.${key}`, `expected a 5-digit Kreis code, found "${key}"`);
          return [key, count(value, `${where}.${name}.${key}`)] as const;
        });
    kreise.push({
      code,
      name: String(p.region ?? ""),
      inTotal: count((lists.einpendler as Record<string, unknown>).gesamt, `${where}.einpendler.gesamt`),
      outTotal: count((lists.auspendler as Record<string, unknown>).gesamt, `${where}.auspendler.gesamt`),
      employeesResidence: count((lists.auspendler as Record<string, unknown>).svb, `${where}.auspendler.svb`),
      inflows: partners("einpendler").map(([origin, c]) => ({origin, count: c})),
      outflows: partners("auspendler").map(([destination, c]) => ({destination, count: c}))
    });
  });
  // Every partner Kreis must be one of the features: an unknown code is a broken or foreign file.
  kreise.forEach((kreis) => {
    const i = seen.get(kreis.code)!;
    for (const {origin} of kreis.inflows) {
      if (!seen.has(origin)) fail(`features[${i}].properties.einpendler.${origin}`, `unknown region code "${origin}"`);
    }
    for (const {destination} of kreis.outflows) {
      if (!seen.has(destination)) {
        fail(`features[${i}].properties.auspendler.${destination}`, `unknown region code "${destination}"`);
      }
    }
  });
  return kreise;
}
