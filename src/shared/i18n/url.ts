import type {Entries} from "./types.js";

/** Notices for page state in the URL that the data does not have (src/lib/url-state.ts). */
export const url = {
  "url.unknownRegion": {de: "Region {value} unbekannt – zeige {shown}", en: "Region {value} unknown – showing {shown}"},
  "url.unknownYear": {
    de: "Jahr {value} nicht in den Daten – zeige {shown}",
    en: "Year {value} not in the data – showing {shown}"
  },
  "url.unknownValue": {
    de: "{name}={value} ungültig – zeige {shown}",
    en: "{name}={value} not valid – showing {shown}"
  }
} satisfies Entries;
