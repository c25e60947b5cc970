/**
 * Data labels in the page language. The official tables publish WZ sections, Kreis kinds and Gemeindeverband kinds
 * in German only; on English pages these show our English translation from the dictionary
 * (src/shared/i18n/classifications.ts), on German pages the label as published. Proper names (Kreise, Gemeinden,
 * Verbände) and table titles are never translated. Occupation groups: src/lib/kldb-en.ts.
 */
import {dictionary} from "../shared/i18n/dictionary.js";
import {type Key, t} from "../shared/i18n/index.js";
import type {Lang} from "../shared/i18n/types.js";
import type {Classification} from "./sector-structure.js";

const KREIS_KINDS: Readonly<Record<string, Key>> = {
  "kreisfreie Stadt": "kind.kreisfreieStadt",
  Landkreis: "kind.landkreis",
  Kreis: "kind.kreis",
  Stadtkreis: "kind.stadtkreis",
  Regionalverband: "kind.regionalverband"
};

const VERBAND_KINDS: Readonly<Record<string, Key>> = {
  "verbandsfreie Gemeinde": "verband.verbandsfrei",
  "erfüllende Gemeinde": "verband.erfuellend",
  Verwaltungsgemeinschaft: "verband.verwaltungsgemeinschaft",
  Verwaltungsverband: "verband.verwaltungsverband",
  Verbandsgemeinde: "verband.verbandsgemeinde",
  Amt: "verband.amt",
  Samtgemeinde: "verband.samtgemeinde",
  Kirchspielslandgemeinde: "verband.kirchspielslandgemeinde"
};

function lookup(table: Readonly<Record<string, Key>>, german: string, lang: Lang): string {
  const key = table[german];
  return lang === "de" || !key ? german : t(lang, key);
}

/** The kind of a Kreis ("Landkreis", "kreisfreie Stadt", … as the regions dataset has it) in `lang`. */
export function kreisKind(kind: string, lang: Lang): string {
  return lookup(KREIS_KINDS, kind, lang);
}

/** The kind of a Gemeindeverband ("Verwaltungsgemeinschaft", "verbandsfreie Gemeinde", …) in `lang`. */
export function verbandKind(kind: string, lang: Lang): string {
  return lookup(VERBAND_KINDS, kind, lang);
}

/** A WZ 2008 section or ETR sector by its code ("A", "B-E", "G-J", …) in `lang`; German as given otherwise. */
export function sectionLabel(code: string, german: string, lang: Lang): string {
  const key = `wz.${code}`;
  return lang === "de" || !(key in dictionary) ? german : t(lang, key as Key);
}

/** A classification with its category labels in `lang` (the codes stay). */
export function classificationIn(classification: Classification, lang: Lang): Classification {
  if (lang === "de") return classification;
  return {
    categories: classification.categories.map((c) => ({...c, label: sectionLabel(c.code, c.label, lang)})),
    parts: classification.parts.map((p) => ({...p, label: sectionLabel(p.code, p.label, lang)}))
  };
}

const PLANT_WORDS: Readonly<Record<string, Key>> = {
  "in Betrieb": "sw.status.inBetrieb",
  "teilweise stillgelegt": "sw.status.teilweise",
  stillgelegt: "sw.status.stillgelegt",
  "geplant (ca.)": "sw.basis.geplant",
  Tagebauliste: "sw.basis.tagebauliste"
};

/** A plant's status or the basis of its closure year as the plant list has it, in `lang`. */
export function plantWord(word: string, lang: Lang): string {
  return lookup(PLANT_WORDS, word, lang);
}
