import {dictionary, type Key} from "./dictionary.js";
import type {Lang} from "./types.js";

export type {Key} from "./dictionary.js";
export {LANGS, type Entry, type Lang} from "./types.js";

/**
 * The text for `key` in `lang`. `{name}` placeholders are filled from `params`. An unknown key throws, so that a
 * missing translation fails the browser test (console error) instead of showing a key on screen.
 */
export function t(lang: Lang, key: Key, params: Record<string, string | number> = {}): string {
  const entry = dictionary[key];
  if (!entry) throw new Error(`i18n: unknown key "${key}"`);
  return entry[lang].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
