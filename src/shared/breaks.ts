/**
 * Series breaks: places where a line must not be drawn through, shared by the data build (which writes them into
 * `segment` columns) and the charts (which mark them and draw a value alone in its segment as a dot). The SvB
 * segments below are the employment breaks that are not census or territory changes.
 */

/** SvB segments: BBSR figures (rounded, before the BA revision of 2014) and the exact, revised figures. */
export const SVB_SEGMENTS = {
  rounded: "BBSR, gerundet (vor der Revision 2014)",
  exact: "Regionaldatenbank/BA (revidiert)"
} as const;

/**
 * From 30.06.2018 the BA assigns employees of some establishments to a neighbouring Kreis (workplace series of the
 * Regionaldatenbank and the BA extract alike; the national total is unchanged): Bremen +/Bremerhaven −, Tübingen +/
 * Reutlingen −, Suhl −/Hildburghausen +, Straubing/Straubing-Bogen, Hof (Stadt/Landkreis), Trier-Saarburg/
 * Bernkastel-Wittlich. Their series are not comparable across 2017/2018.
 */
export const BA_WORKPLACE_BREAK = {
  year: 2018,
  kreise: ["04011", "04012", "08415", "08416", "16054", "16069", "09263", "09278", "09464", "09475", "07231", "07235"],
  label: "BA-Arbeitsortzuordnung ab 30.06.2018"
} as const;

/** Whether SvB-at-workplace figures of `code` in `year` lie after the BA reassignment of 2018. */
export function afterBaReassignment(code: string, year: number): boolean {
  return year >= BA_WORKPLACE_BREAK.year && (BA_WORKPLACE_BREAK.kreise as readonly string[]).includes(code);
}

/**
 * The segment of an SvB-at-workplace figure: rounded BBSR or exact, and for the Kreise reassigned by the BA from
 * 2018 on, the reassignment. Figures of different segments are never joined by a line.
 */
export function svbSegment(code: string, year: number, rounded: boolean): string {
  const base = rounded ? SVB_SEGMENTS.rounded : SVB_SEGMENTS.exact;
  return afterBaReassignment(code, year) ? `${base} · ${BA_WORKPLACE_BREAK.label}` : base;
}

/** A break in a series: the first year on a new basis (e.g. 2024, the first year on Zensus-2022 basis). */
export interface SeriesBreak {
  year: number;
  label: string;
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

/** The territory every Kreis series of the population dataset is converted to. */
export const BASE_TERRITORY = "Gebietsstand 31.12.2021";

/**
 * The line segment of a population figure: its census basis, plus its territory where that differs from the base
 * (Kreise with Gemeinde moves after 2021). Values of different segments are never joined by a line.
 */
export function populationSegment(row: {basis: string; territory?: string | null}): string {
  return !row.territory || row.territory === BASE_TERRITORY ? row.basis : `${row.basis} · ${row.territory}`;
}
