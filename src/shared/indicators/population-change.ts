import {requireCount, requirePositive} from "./errors.js";

/** Population at the start and end of a period and the recorded flows in between. */
export interface PopulationFlows {
  /** Population at the start (e.g. 31.12. of the previous year). */
  populationStart: number;
  /** Population at the end (31.12.). */
  populationEnd: number;
  births: number;
  deaths: number;
  /** Moves into the region (Zuzüge), from other regions of Germany and from abroad. */
  inMigration: number;
  /** Moves out of the region (Fortzüge). */
  outMigration: number;
}

export interface PopulationChange {
  /** P_end − P_start. */
  change: number;
  /** Natürlicher Saldo: births − deaths. */
  naturalBalance: number;
  /** Wanderungssaldo: in-migration − out-migration. */
  migrationBalance: number;
  /**
   * change − naturalBalance − migrationBalance: corrections, census revisions, territorial changes and late
   * registrations. Reported rather than folded into migration, so a census break is visible.
   */
  residual: number;
  /** (P_start + P_end) / 2. */
  meanPopulation: number;
  /** Per 1,000 of the mean population. */
  changeRate: number;
  naturalRate: number;
  migrationRate: number;
  residualRate: number;
}

/**
 * Decomposition of population change (demographic balancing equation):
 *
 *   P_end − P_start = (births − deaths) + (in-migration − out-migration) + residual
 *
 * The counts and rates per 1,000 of the mean population (P_start + P_end)/2. The residual is what the recorded flows
 * do not explain — register corrections, the census revision of 2011 or 2022, boundary changes — and is shown
 * rather than hidden in the migration balance.
 *
 * Literature: Preston, S. H., Heuveline, P. & Guillot, M. (2001), *Demography: Measuring and Modeling Population
 * Processes*, Blackwell, ch. 1 (balancing equation, crude rates per 1,000 of mid-period population); Destatis,
 * *Bevölkerungsfortschreibung*, Qualitätsbericht.
 *
 * @throws IndicatorError for negative or non-finite counts or a mean population of 0.
 */
export function populationChange(flows: PopulationFlows): PopulationChange {
  const name = "populationChange";
  for (const field of [
    "populationStart",
    "populationEnd",
    "births",
    "deaths",
    "inMigration",
    "outMigration"
  ] as const) {
    requireCount(name, field, flows[field]);
  }
  const change = flows.populationEnd - flows.populationStart;
  const naturalBalance = flows.births - flows.deaths;
  const migrationBalance = flows.inMigration - flows.outMigration;
  const residual = change - naturalBalance - migrationBalance;
  const meanPopulation = requirePositive(name, "mean population", (flows.populationStart + flows.populationEnd) / 2);
  const perThousand = (x: number) => (1000 * x) / meanPopulation;
  return {
    change,
    naturalBalance,
    migrationBalance,
    residual,
    meanPopulation,
    changeRate: perThousand(change),
    naturalRate: perThousand(naturalBalance),
    migrationRate: perThousand(migrationBalance),
    residualRate: perThousand(residual)
  };
}
