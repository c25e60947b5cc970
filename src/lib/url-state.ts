import {t} from "../shared/i18n/index.js";
import type {Lang} from "../shared/i18n/types.js";

/**
 * Page state in the URL, so that a copied link reproduces the view (region, reference area, years). Values are
 * read once when the page loads and written with history.replaceState when an input changes.
 *
 * Every parameter is validated against the data (issue 12, item 5): `readParam("r", regionParam(codes, "15084",
 * name))` gives the value if it is allowed and the page's default otherwise, together with what was rejected, and
 * `urlNotice(lang, [param, …])` turns the rejections into the one line the page shows ("Region 99999 unbekannt –
 * zeige Burgenlandkreis"). The parsing and the messages are pure (`validateParam`, `noticeText`) and unit-tested.
 */

/** What kind of value a parameter holds; chooses the wording of the notice. */
export type ParamKind = "region" | "year" | "value";

export interface ParamSpec<T> {
  kind: ParamKind;
  /** The value for the raw text, or undefined when it is not allowed. */
  parse: (raw: string) => T | undefined;
  /** The page's default, used when the parameter is missing or not allowed. */
  fallback: T;
  /** The fallback as the reader knows it (a region's name rather than its code). */
  describe?: (value: T) => string;
  /** For lists: the items that were dropped although others were kept. */
  rejected?: (raw: string) => string[];
}

export interface Rejected {
  name: string;
  kind: ParamKind;
  /** The text from the URL that was not allowed. */
  raw: string;
  /** What is shown instead. */
  shown: string;
}

export interface Validated<T> {
  value: T;
  /** Null when the URL had no such parameter or an allowed value. */
  rejected: Rejected | null;
}

/** The value of parameter `name` given its raw text (null: not in the URL). Pure. */
export function validateParam<T>(name: string, raw: string | null, spec: ParamSpec<T>): Validated<T> {
  const describe = spec.describe ?? ((v: T) => (Array.isArray(v) ? v.join(", ") : String(v)));
  if (raw === null) return {value: spec.fallback, rejected: null};
  const value = spec.parse(raw);
  if (value === undefined) {
    return {value: spec.fallback, rejected: {name, kind: spec.kind, raw, shown: describe(spec.fallback)}};
  }
  const dropped = spec.rejected?.(raw) ?? [];
  if (dropped.length) {
    return {value, rejected: {name, kind: spec.kind, raw: dropped.join(", "), shown: describe(value)}};
  }
  return {value, rejected: null};
}

/** One of a fixed set of strings (codes, keys of a select). */
export function oneOf(allowed: Iterable<string>, fallback: string, describe?: (value: string) => string) {
  const set = new Set(allowed);
  return {
    kind: "value",
    parse: (raw: string) => (set.has(raw) ? raw : undefined),
    fallback,
    describe
  } satisfies ParamSpec<string>;
}

/** A region code out of those the page has data for; `name` gives the region's name for the notice. */
export function regionParam(codes: Iterable<string>, fallback: string, name?: (code: string) => string) {
  return {...oneOf(codes, fallback, name), kind: "region"} satisfies ParamSpec<string>;
}

/** A year out of those the data has (written as four digits). */
export function yearParam(years: Iterable<number>, fallback: number): ParamSpec<number> {
  const set = new Set(years);
  return {
    kind: "year",
    parse: (raw) => (/^\d{4}$/.test(raw) && set.has(Number(raw)) ? Number(raw) : undefined),
    fallback
  };
}

/**
 * A comma-separated list of region codes (`?r=REV-MD,15084`): unknown codes are dropped (and named in the
 * notice); when none is left, the default list. Duplicates are removed; at most `max` codes are kept.
 */
export function regionListParam(
  codes: Iterable<string>,
  fallback: string[],
  name: (code: string) => string = String,
  max = Infinity
): ParamSpec<string[]> {
  const set = new Set(codes);
  const items = (raw: string) => [...new Set(raw.split(",").map((s) => s.trim()))].filter((s) => s !== "");
  return {
    kind: "region",
    parse: (raw) => {
      const known = items(raw).filter((c) => set.has(c));
      return known.length ? known.slice(0, max) : undefined;
    },
    rejected: (raw) => items(raw).filter((c) => !set.has(c)),
    fallback,
    describe: (list) => list.map(name).join(", ")
  };
}

/** A yes/no switch written as `1` (`0`, empty or absent: no). */
export function flagParam(): ParamSpec<boolean> {
  return {
    kind: "value",
    parse: (raw) => (raw === "1" ? true : raw === "0" || raw === "" ? false : undefined),
    fallback: false
  };
}

/** The line a page shows for rejected parameters, or "" when all were fine. Pure. */
export function noticeText(lang: Lang, rejected: readonly (Rejected | null)[]): string {
  return rejected
    .filter((r): r is Rejected => r !== null)
    .map((r) => {
      const key =
        r.kind === "region" ? "url.unknownRegion" : r.kind === "year" ? "url.unknownYear" : "url.unknownValue";
      return t(lang, key, {name: r.name, value: r.raw, shown: r.shown});
    })
    .join(" · ");
}

/** Reads and validates parameter `name` from the page's URL. */
export function readParam<T>(name: string, spec: ParamSpec<T>): Validated<T> {
  return validateParam(name, new URLSearchParams(location.search).get(name), spec);
}

/**
 * The notice for the page: a `<p class="rm-url-notice" role="status">` with the text of noticeText, or an empty
 * text node when every parameter was valid (so the page can always interpolate it).
 */
export function urlNotice(lang: Lang, params: readonly Validated<unknown>[]): Node {
  const text = noticeText(
    lang,
    params.map((p) => p.rejected)
  );
  if (!text) return document.createTextNode("");
  const p = document.createElement("p");
  p.className = "rm-url-notice";
  p.setAttribute("role", "status");
  p.textContent = text;
  return p;
}

/** The raw value of a parameter, unvalidated; prefer readParam. */
export function getParam(name: string, fallback: string): string {
  return new URLSearchParams(location.search).get(name) ?? fallback;
}

export function getNumberParam(name: string, fallback: number): number {
  const value = Number(new URLSearchParams(location.search).get(name));
  return Number.isFinite(value) && new URLSearchParams(location.search).has(name) ? value : fallback;
}

/** Writes parameters into the URL without reloading; null removes one. */
export function setParams(params: Record<string, string | number | null>): void {
  const search = new URLSearchParams(location.search);
  for (const [name, value] of Object.entries(params)) {
    if (value === null) search.delete(name);
    else search.set(name, String(value));
  }
  // Commas are legal in a query string; keep lists readable (`?r=REV-MD,15084`, not `%2C`).
  const query = search.toString().replace(/%2C/gi, ",");
  history.replaceState(history.state, "", `${location.pathname}${query ? `?${query}` : ""}${location.hash}`);
}

/**
 * Keeps an input's value in the URL: `bindToUrl(select(...), "region")`. The input's initial value must already
 * come from readParam; `serialize` turns the value into the URL string.
 */
export function bindToUrl<T extends HTMLElement & {value: unknown}>(
  input: T,
  name: string,
  serialize: (value: T["value"]) => string = String
): T {
  input.addEventListener("input", () => setParams({[name]: serialize(input.value)}));
  return input;
}
