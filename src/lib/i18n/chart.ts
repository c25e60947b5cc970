import type {Entries} from "./types.js";

/** Texts inside the chart components (src/components/LineChart.ts and others): axis defaults and tooltips. */
export const chart = {
  "chart.year": {de: "Jahr", en: "Year"},
  "chart.index": {de: "Index ({base} = 100)", en: "Index ({base} = 100)"},
  "chart.rounded": {de: "gerundet (BBSR, auf 100 Personen)", en: "rounded (BBSR, to 100 persons)"},
  "chart.basis": {de: "Basis: {segment}", en: "Basis: {segment}"}
} satisfies Entries;
