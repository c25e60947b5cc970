import * as Plot from "@observablehq/plot";

/** A break in a series: the first year on a new basis (e.g. 2024, the first year on Zensus-2022 basis). */
export interface SeriesBreak {
  year: number;
  label: string;
}

/**
 * A dashed rule half a year before each break, so it falls between the last old and the first new year, with its
 * label at the top, left of the rule.
 */
export function breakMarks(breaks: readonly SeriesBreak[]): Plot.Markish[] {
  const x = (d: SeriesBreak) => d.year - 0.5;
  return [
    Plot.ruleX(breaks, {x, strokeDasharray: "4,3", strokeOpacity: 0.6}),
    Plot.text(breaks, {
      x,
      frameAnchor: "top",
      text: "label",
      textAnchor: "end",
      dx: -3,
      dy: 4,
      fontSize: 10,
      fillOpacity: 0.7
    })
  ];
}
