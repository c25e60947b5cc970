import type {Entries} from "./types.js";

/** Texts inside the chart components (src/components/LineChart.ts and others): axis defaults and tooltips. */
export const chart = {
  "chart.year": {de: "Jahr", en: "Year"},
  "chart.index": {de: "Index ({base} = 100)", en: "Index ({base} = 100)"},
  "chart.rounded": {de: "gerundet (BBSR, auf 100 Personen)", en: "rounded (BBSR, to 100 persons)"},
  "chart.basis": {de: "Basis: {segment}", en: "Basis: {segment}"},
  "chart.lq": {de: "Standortquotient", en: "Location quotient"},
  "chart.lqAxis": {
    de: "Standortquotient (1 = Anteil wie im Vergleichsraum)",
    en: "Location quotient (1 = same share as the reference area)"
  },
  "chart.lqLog": {de: "Standortquotient (log. Skala) →", en: "Location quotient (log scale) →"},
  "chart.lqAbove": {de: "über 1", en: "above 1"},
  "chart.lqBelow": {de: "unter 1", en: "below 1"},
  "chart.svb": {de: "SvB", en: "Employees"},
  "chart.employmentChange": {de: "↑ Veränderung der Beschäftigung (%)", en: "↑ Change in employment (%)"},
  "chart.change": {de: "Veränderung", en: "Change"},
  "chart.employment": {de: "Beschäftigung", en: "Employment"},
  "chart.productivity": {de: "Produktivität", en: "Productivity"},
  "chart.gvaShare": {de: "Anteil an der Bruttowertschöpfung (%)", en: "Share of gross value added (%)"},
  "chart.gvaComputed": {de: "aus absoluter BWS berechnet", en: "computed from absolute GVA"},
  "chart.commissioned": {de: "Inbetriebnahme/Aufschluss: {year}", en: "Commissioned/opened: {year}"},
  "chart.noYear": {de: "ohne Jahr", en: "no year"}
} satisfies Entries;
