import type {BuildContext} from "./dataset.js";
import {checkBbsrAgainstRegionaldatenbank, checkGemeindeSums, readPopulationInputs} from "./datasets/population.js";

/**
 * A cross-source check: it compares two sources where they overlap and returns the disagreements. A non-empty
 * result fails the data build, naming both sources.
 */
export interface CrossCheck {
  name: string;
  /** The two (or more) source ids compared. */
  sources: string[];
  run(context: BuildContext): string[];
}

export const CHECKS: CrossCheck[] = [
  {
    name: "BBSR-Bevölkerung stimmt im Rahmen der Rundung mit der Regionaldatenbank überein (1995–2015)",
    sources: ["bbsr-ref-kreise-1990-2020", "rdb-12411-01-01-4-2017"],
    run: (context) => checkBbsrAgainstRegionaldatenbank(readPopulationInputs(context))
  },
  {
    name: "Gemeinden je Kreis summiert = Kreisbevölkerung (31.12.2015, 31.12.2021)",
    sources: [
      "rdb-12411-01-01-5-2017",
      "rdb-12411-01-01-4-2017",
      "gv-2021",
      "bbsr-ref-gemeinden-2020-2022",
      "rdb-12411-01-01-4-2023"
    ],
    run: (context) => checkGemeindeSums(context)
  }
];
