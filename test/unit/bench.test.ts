import {describe, expect, it} from "vitest";

import {type BudgetInputs, evaluateBudgets, LIMITS, missedBudgets} from "../../scripts/bench/budgets.js";
import {formatBytes, formatMs, renderTable} from "../../scripts/bench/format.js";
import {median, percentile, summarize} from "../../scripts/bench/stats.js";

describe("bench statistics", () => {
  it("median of an odd sample is the middle value, of an even sample the mean of the two middle ones", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it("percentile interpolates linearly between ranks (type 7, as R and NumPy)", () => {
    // NumPy: np.percentile([10, 20, 30, 40, 50], 95) == 48.0; np.percentile(range(1, 21), 95) == 19.05
    expect(percentile([50, 10, 40, 20, 30], 0.95)).toBeCloseTo(48, 10);
    expect(
      percentile(
        Array.from({length: 20}, (_, i) => i + 1),
        0.95
      )
    ).toBeCloseTo(19.05, 10);
    expect(percentile([7], 0.95)).toBe(7);
  });

  it("summarize reports median, range, quartiles and p95 without reordering the input", () => {
    const samples = [120, 100, 400, 110, 105];
    const summary = summarize(samples);
    // p95: rank 0.95 × 4 = 3.8, between 120 and 400 → 120 + 0.8 × 280 = 344.
    expect({...summary, p95: Math.round(summary.p95 * 1e9) / 1e9}).toEqual({
      n: 5,
      median: 110,
      min: 100,
      max: 400,
      p25: 105,
      p75: 120,
      p95: 344
    });
    expect(samples).toEqual([120, 100, 400, 110, 105]);
  });

  it("refuses an empty sample and a quantile outside [0, 1]", () => {
    expect(() => median([])).toThrow(/empty/);
    expect(() => percentile([1, 2], 95)).toThrow(/\[0, 1\]/);
  });
});

const passing: BudgetInputs = {
  firstChartMs: {"/": 400},
  naiveFirstChartMs: {"/": 2000},
  bytesBeforeFirstChart: {"/": 350_000},
  queryP95Ms: {"shift-share": 20},
  dataBuildSeconds: 30,
  siteBuildSeconds: 250,
  parquetBytes: 2_000_000,
  distBytes: 38_000_000
};

describe("bench budgets", () => {
  it("are all met by figures within every limit", () => {
    const outcomes = evaluateBudgets(passing);
    expect(outcomes.map((o) => o.status)).toEqual(Array(outcomes.length).fill("met"));
    expect(missedBudgets(outcomes)).toEqual([]);
  });

  it("name each missed budget: slow first chart, too close to naive, heavy page, slow query, big dist/", () => {
    const missed = missedBudgets(
      evaluateBudgets({
        ...passing,
        firstChartMs: {"/": 1200},
        naiveFirstChartMs: {"/": 3000},
        bytesBeforeFirstChart: {"/": 700_000},
        queryP95Ms: {"shift-share": 20, "location quotients": 143},
        siteBuildSeconds: 320,
        distBytes: 81_000_000
      })
    );
    expect(missed.map((o) => o.budget)).toEqual([
      "first chart on /, median",
      "first chart on / ÷ naive",
      "bytes before first chart on / (brotli)",
      'query "location quotients", p95',
      "site build from clean",
      "dist/ in total"
    ]);
    expect(missed[1]!.actual).toBe("0.40");
  });

  it("treats a value exactly at the limit as met", () => {
    const outcomes = evaluateBudgets({
      ...passing,
      firstChartMs: {"/": LIMITS.firstChartMs},
      naiveFirstChartMs: {"/": LIMITS.firstChartMs * 3},
      parquetBytes: LIMITS.parquetBytes
    });
    expect(missedBudgets(outcomes)).toEqual([]);
  });

  it("reports budgets it could not measure as such, and does not count them as missed", () => {
    const outcomes = evaluateBudgets({
      ...passing,
      firstChartMs: {},
      naiveFirstChartMs: {},
      bytesBeforeFirstChart: {},
      queryP95Ms: {},
      dataBuildSeconds: undefined,
      siteBuildSeconds: undefined
    });
    const unmeasured = outcomes.filter((o) => o.status === "not measured").map((o) => o.budget);
    expect(unmeasured).toEqual([
      "first chart on /, median",
      "first chart on / ÷ naive",
      "bytes before first chart on / (brotli)",
      "interactive queries, p95",
      "data build, cold cache",
      "site build from clean"
    ]);
    expect(missedBudgets(outcomes)).toEqual([]);
  });
});

describe("bench formatting", () => {
  it("writes times and decimal byte units as the budgets state them", () => {
    expect(formatMs(3.44)).toBe("3.4 ms");
    expect(formatMs(512.4)).toBe("512 ms");
    expect(formatMs(1250)).toBe("1.25 s");
    expect(formatBytes(600_000)).toBe("600.0 kB");
    expect(formatBytes(45_000_000)).toBe("45.00 MB");
  });

  it("renders a Markdown table with numeric columns right-aligned and pipes escaped", () => {
    const text = renderTable(["page", "ms"], [["/a|b", "12 ms"]], {markdown: true});
    expect(text).toBe("| page | ms |\n| --- | ---: |\n| /a\\|b | 12 ms |");
  });
});
