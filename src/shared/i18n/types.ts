/** Two languages, German first: the site is German at `/`, English under `/en/`. */
export type Lang = "de" | "en";

export const LANGS: readonly Lang[] = ["de", "en"];

/** One dictionary entry: the same words in both languages. A missing language is a type error. */
export interface Entry {
  de: string;
  en: string;
}

export type Entries = Record<string, Entry>;
