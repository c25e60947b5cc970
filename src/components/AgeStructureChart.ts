import * as Plot from "@observablehq/plot";

import {t} from "../shared/i18n/index.js";
import type {Lang} from "../shared/i18n/types.js";
import {formatInteger, formatPercent, PAGE_LANG} from "../shared/locale.js";
import {redrawing} from "./export.js";
import {SERIES_COLORS} from "../lib/palette.js";

export interface AgePoint {
  name: string;
  age_group: string;
  /** Persons in the age group. */
  value: number | null;
  /** Share of the region's population in per cent. */
  share: number | null;
}

/**
 * Age structure: share of each age group in the population, one bar per region and age group (grouped), so that a
 * Kreis can be read against its Land and Germany. Age groups are given in order (`ageGroups`).
 */
export const AgeStructureChart = redrawing(function AgeStructureChart(
  rows: readonly AgePoint[],
  {
    width,
    ageGroups,
    regions,
    lang = PAGE_LANG,
    ...options
  }: Plot.PlotOptions & {ageGroups: string[]; regions: string[]; lang?: Lang}
) {
  return Plot.plot({
    width,
    height: 40 + ageGroups.length * (8 + 9 * regions.length),
    marginLeft: 130,
    x: {label: t(lang, "population.tip.ageShare"), grid: true},
    y: {domain: regions, axis: null},
    fy: {domain: ageGroups, label: null},
    color: {legend: true, domain: regions, range: SERIES_COLORS},
    marks: [
      Plot.barX(rows, {
        x: "share",
        y: "name",
        fy: "age_group",
        fill: "name",
        tip: true,
        title: (d: AgePoint) =>
          `${d.name}\n${d.age_group}: ${formatPercent(d.share, 1, lang)} (${t(lang, "population.tip.persons", {count: formatInteger(d.value, lang)})})`
      }),
      Plot.ruleX([0])
    ],
    ...options
  });
});
