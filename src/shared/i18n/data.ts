import type {Entries} from "./types.js";

/** Labels and caveats of data series that several pages show (mining jobs, latest year, series breaks). */
export const data = {
  "data.mining.label": {
    de: "Beschäftigte in Berg-, Tagebau und Sprengtechnik (KldB 211)",
    en: "Employees in mining, quarrying and blasting (KldB 211)"
  },
  "data.mining.caveat": {
    de: "SvB am Arbeitsort der Berufsgruppe 211 (KldB 2010), 30.06.: Näherung für den Braunkohlebergbau – enthält auch anderen Bergbau und Steine-und-Erden-Gewinnung, nicht die Kraftwerksbeschäftigten; kleine Felder sperrt die BA (leer). © Statistik der Bundesagentur für Arbeit; eigene Berechnung.",
    en: "Employees subject to social insurance at the workplace in occupation group 211 (KldB 2010), 30 June: a proxy for lignite mining – it also counts other mining and quarrying, not power-plant staff; the BA suppresses small cells (empty). © Statistik der Bundesagentur für Arbeit; own calculation."
  },
  "data.latestYear": {de: "Letztes Jahr: {year}", en: "Latest year: {year}"},
  "data.commonYear": {
    de: "Verglichen im letzten gemeinsamen Jahr von Kreis, Land und Deutschland: {year}",
    en: "Compared in the latest year district, state and Germany all have: {year}"
  },
  "data.break.territory": {
    de: "Gebietsänderung: Werte vor und nach dem Bruch nicht vergleichbar",
    en: "Territorial change: values before and after the break are not comparable"
  },
  "data.break.ba2018": {
    de: "Ab 30.06.2018 ordnet die BA Beschäftigte einiger Betriebe einem Nachbarkreis zu: Bruch in der Reihe",
    en: "From 30 June 2018 the BA assigns some establishments' employees to a neighbouring district: series break"
  },
  "data.noOfficialRate": {
    de: "Für dieses Jahr gibt es keine amtliche Quote (nicht interpoliert)",
    en: "No official rate for this year (not interpolated)"
  }
} satisfies Entries;
