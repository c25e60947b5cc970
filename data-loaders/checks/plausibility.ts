/**
 * Year-on-year plausibility for any published count: within one series (region × measure × sex …) a value may
 * change from one year to the next by at most `maxPercent`; where the series crosses a break (census basis,
 * definition) the wider `breakPercent` applies, so that the first year after a break (31.12.2024 on Zensus 2022
 * basis) is checked too instead of skipped. Returns one message per violation, naming series, both years, values
 * and sources.
 */
export interface SeriesPoint {
  /** The series the point belongs to, e.g. "15084|total". */
  series: string;
  /** Shown in messages, e.g. "15084 Burgenlandkreis". */
  label: string;
  year: number;
  value: number | null;
  /** Census basis or definition; a change of it is a break. */
  basis?: string;
  source?: string;
}

export interface YearOnYearBand {
  /** Largest change within one basis, in percent of the earlier value. */
  maxPercent: number;
  /** Largest change across a break. */
  breakPercent: number;
  /** Values below this are too small for a percentage to mean anything (a Kreis with 3 unemployed). */
  minValue?: number;
  /** Measure a fall as the rise back (100 → 25 is +300 %): the band is a factor, not a percentage either way. */
  symmetric?: boolean;
  /** Series and year (`series|year`) known to jump for a documented reason. */
  known?: ReadonlySet<string>;
}

export function yearOnYearProblems(points: readonly SeriesPoint[], band: YearOnYearBand): string[] {
  const byKey = new Map(points.map((p) => [`${p.series}|${p.year}`, p]));
  const problems: string[] = [];
  for (const point of points) {
    const previous = byKey.get(`${point.series}|${point.year - 1}`);
    if (!previous || previous.value === null || point.value === null) continue;
    if (band.known?.has(`${point.series}|${point.year}`)) continue;
    if (previous.value < (band.minValue ?? 1) && point.value < (band.minValue ?? 1)) continue;
    const crossesBreak = (previous.basis ?? "") !== (point.basis ?? "");
    const limit = crossesBreak ? band.breakPercent : band.maxPercent;
    const change = point.value - previous.value;
    const base = band.symmetric ? Math.min(previous.value, point.value) : previous.value;
    if (base <= 0 || Math.abs(change) * 100 > limit * base) {
      const percent = previous.value === 0 ? "from 0" : `${((change / previous.value) * 100).toFixed(1)} %`;
      problems.push(
        `${point.label} ${previous.year} → ${point.year}: ${previous.value} (${previous.source ?? ""}) → ` +
          `${point.value} (${point.source ?? ""}), ${percent} (more than ${limit} %${
            crossesBreak ? ` across the break ${previous.basis} → ${point.basis}` : ""
          })`
      );
    }
  }
  return problems;
}
