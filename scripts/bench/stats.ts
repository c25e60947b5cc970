/**
 * Summary statistics for benchmark samples. The machine is shared and noisy, so every figure is reported as a
 * median with its spread, never as a single run or a mean.
 */

/** The q-quantile (0 ≤ q ≤ 1) with linear interpolation between closest ranks (type 7, as in R and NumPy). */
export function percentile(samples: readonly number[], q: number): number {
  if (!samples.length) throw new Error("percentile of an empty sample");
  if (!(q >= 0 && q <= 1)) throw new Error(`percentile: q must be within [0, 1], got ${q}`);
  const sorted = [...samples].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const a = sorted[lower]!;
  const b = sorted[upper]!;
  return a + (b - a) * (position - lower);
}

/** The median (the 0.5 quantile). */
export function median(samples: readonly number[]): number {
  return percentile(samples, 0.5);
}

export interface Summary {
  n: number;
  median: number;
  min: number;
  max: number;
  /** First and third quartile. */
  p25: number;
  p75: number;
  p95: number;
}

/** Median, range, quartiles and 95th percentile of a sample. */
export function summarize(samples: readonly number[]): Summary {
  return {
    n: samples.length,
    median: median(samples),
    min: Math.min(...samples),
    max: Math.max(...samples),
    p25: percentile(samples, 0.25),
    p75: percentile(samples, 0.75),
    p95: percentile(samples, 0.95)
  };
}
