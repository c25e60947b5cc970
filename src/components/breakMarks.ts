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
      // Wrapped to two short lines so that it stays off the y-axis labels on a phone, with a halo in the page's
      // background colour so that it stays readable where it crosses a line or grid, in light and dark mode.
      lineWidth: 9,
      fill: "currentColor",
      fillOpacity: 0.85,
      stroke: "var(--theme-background, white)",
      strokeWidth: 3,
      paintOrder: "stroke"
    })
  ];
}

/**
 * Points that are the only value of their line (series × segment): no line can be drawn through them, so a chart
 * shows them as dots (e.g. 2024, the first year on Zensus-2022 basis). `value`, `series` and `segment` read a row.
 */
export function isolated<T>(
  rows: readonly T[],
  value: (d: T) => number | null | undefined,
  series: (d: T) => unknown,
  segment: (d: T) => unknown = () => ""
): T[] {
  const key = (d: T) => `${series(d)}|${segment(d) ?? ""}`;
  const counts = new Map<string, number>();
  for (const d of rows) if (value(d) != null) counts.set(key(d), (counts.get(key(d)) ?? 0) + 1);
  return rows.filter((d) => value(d) != null && counts.get(key(d)) === 1);
}
