/**
 * The performance budgets of issue 6 and their evaluation. Pure: it takes measured figures and says which
 * budget is met, missed or could not be measured (a page that does not exist yet, a flag that was not given).
 * `npm run bench -- --check` exits non-zero when a budget is missed.
 */
import {formatBytes, formatMs} from "./format.js";

/** The page the first-chart budgets apply to. */
export const BUDGET_ROUTE = "/";

export const LIMITS = {
  /** Time to first chart on BUDGET_ROUTE, median, localhost, cold cache. */
  firstChartMs: 1000,
  /** Our time to first chart divided by the naive page's (DuckDB first, then the chart). */
  naiveRatio: 1 / 3,
  /** Bytes transferred before the first chart on BUDGET_ROUTE, as brotli. */
  bytesBeforeFirstChart: 600_000,
  /** Every interactive query, 95th percentile, once DuckDB is ready. */
  queryP95Ms: 50,
  /** `npx tsx data-loaders/build-all.ts` from a cold cache. */
  dataBuildSeconds: 90,
  /** `npm run build` from clean (data from the cache, 400 Kreis profiles × 2 languages; issue 11: 5 minutes). */
  siteBuildSeconds: 300,
  /** All Parquet files the site ships. */
  parquetBytes: 8_000_000,
  /**
   * Everything in dist/, with all 400 Kreis profiles in German and English (issue 11: at most 80 MB; the 45 MB of
   * the first release held 49 German profiles).
   */
  distBytes: 80_000_000
} as const;

/** The figures the budgets look at; undefined means "not measured in this run". */
export interface BudgetInputs {
  /** Median time to first chart per route. */
  firstChartMs: Record<string, number | undefined>;
  /** Median naive time to first chart per route. */
  naiveFirstChartMs: Record<string, number | undefined>;
  /** Median brotli bytes before the first chart per route. */
  bytesBeforeFirstChart: Record<string, number | undefined>;
  /** 95th percentile latency per interactive query (name → ms). */
  queryP95Ms: Record<string, number>;
  dataBuildSeconds?: number;
  siteBuildSeconds?: number;
  parquetBytes: number;
  distBytes: number;
}

export type BudgetStatus = "met" | "missed" | "not measured";

export interface BudgetOutcome {
  budget: string;
  limit: string;
  actual: string;
  status: BudgetStatus;
  /** Why it could not be measured. */
  note?: string;
}

function outcome(
  budget: string,
  limit: string,
  value: number | undefined,
  max: number,
  show: (v: number) => string,
  note: string
): BudgetOutcome {
  if (value === undefined || !Number.isFinite(value)) return {budget, limit, actual: "–", status: "not measured", note};
  return {budget, limit, actual: show(value), status: value <= max ? "met" : "missed"};
}

/** Evaluates every budget against the measured figures. */
export function evaluateBudgets(inputs: BudgetInputs): BudgetOutcome[] {
  const route = BUDGET_ROUTE;
  const ours = inputs.firstChartMs[route];
  const naive = inputs.naiveFirstChartMs[route];
  const noChart = `no chart measured on ${route} (page missing from dist/ or without a chart)`;
  const outcomes: BudgetOutcome[] = [
    outcome(
      `first chart on ${route}, median`,
      `≤ ${formatMs(LIMITS.firstChartMs)}`,
      ours,
      LIMITS.firstChartMs,
      formatMs,
      noChart
    ),
    outcome(
      `first chart on ${route} ÷ naive`,
      `≤ ${LIMITS.naiveRatio.toFixed(2)}`,
      ours !== undefined && naive !== undefined ? ours / naive : undefined,
      LIMITS.naiveRatio,
      (v) => v.toFixed(2),
      ours === undefined ? noChart : `no naive variant of ${route} defined in scripts/bench/pages.ts`
    ),
    outcome(
      `bytes before first chart on ${route} (brotli)`,
      `≤ ${formatBytes(LIMITS.bytesBeforeFirstChart)}`,
      inputs.bytesBeforeFirstChart[route],
      LIMITS.bytesBeforeFirstChart,
      formatBytes,
      noChart
    )
  ];
  const queries = Object.entries(inputs.queryP95Ms);
  if (!queries.length) {
    outcomes.push({
      budget: "interactive queries, p95",
      limit: `≤ ${formatMs(LIMITS.queryP95Ms)}`,
      actual: "–",
      status: "not measured",
      note: "no query was run"
    });
  }
  for (const [name, p95] of queries) {
    outcomes.push(
      outcome(`query "${name}", p95`, `≤ ${formatMs(LIMITS.queryP95Ms)}`, p95, LIMITS.queryP95Ms, formatMs, "")
    );
  }
  outcomes.push(
    outcome(
      "data build, cold cache",
      `≤ ${LIMITS.dataBuildSeconds} s`,
      inputs.dataBuildSeconds,
      LIMITS.dataBuildSeconds,
      (v) => `${v.toFixed(1)} s`,
      "run with --build-times to measure"
    ),
    outcome(
      "site build from clean",
      `≤ ${LIMITS.siteBuildSeconds} s`,
      inputs.siteBuildSeconds,
      LIMITS.siteBuildSeconds,
      (v) => `${v.toFixed(1)} s`,
      "run with --build-times to measure"
    ),
    outcome(
      "all Parquet files",
      `≤ ${formatBytes(LIMITS.parquetBytes)}`,
      inputs.parquetBytes,
      LIMITS.parquetBytes,
      formatBytes,
      ""
    ),
    outcome("dist/ in total", `≤ ${formatBytes(LIMITS.distBytes)}`, inputs.distBytes, LIMITS.distBytes, formatBytes, "")
  );
  return outcomes;
}

/** The budgets that were missed (what `--check` fails on). */
export function missedBudgets(outcomes: readonly BudgetOutcome[]): BudgetOutcome[] {
  return outcomes.filter((o) => o.status === "missed");
}
