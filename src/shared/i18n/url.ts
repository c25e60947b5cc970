import type {Entries} from "./types.js";

/** Notices for page state in the URL that the data does not have (src/lib/url-state.ts). */
export const url = {
  "url.unknownRegion": {de: "Region {value} unbekannt – zeige {shown}", en: "Region {value} unknown – showing {shown}"},
  "url.unknownYear": {
    de: "Jahr {value} nicht in den Daten – zeige {shown}",
    en: "Year {value} not in the data – showing {shown}"
  },
  "url.tooMany": {
    de: "{count} Regionen angefragt, höchstens {max} möglich – zeige die ersten {max}",
    en: "{count} regions requested, at most {max} possible – showing the first {max}"
  },
  "url.unknownFigure": {
    de: "Grafik „{value}“ gibt es auf dieser Seite nicht – zeige die ganze Seite",
    en: "This page has no figure “{value}” – showing the whole page"
  },
  "url.more": {de: "{text} … (+{count} weitere)", en: "{text} … (+{count} more)"},
  "url.unknownValue": {
    de: "{name}={value} ungültig – zeige {shown}",
    en: "{name}={value} not valid – showing {shown}"
  }
} satisfies Entries;
