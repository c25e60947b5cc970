import type {BuildContext} from "../dataset.js";
import {
  checkBaOccupationsVsRdb,
  checkBbsrVsRdb,
  checkLaenderRates,
  checkSvbSpikes,
  checkUnemployedVsBa,
  checkWz2015Overlap,
  checkWzSectionsSum
} from "./employment.js";
import type {
  EmploymentRow,
  GemeindeOverviewRow,
  LabourMarketRow,
  OccupationRow,
  PopulationRow
} from "../../src/shared/rows.js";

import {checkOverviewAgainstPopulation} from "./gemeinden.js";
import {checkCountsFitRates, checkRatesFitInBuild} from "./labour-market.js";
import {readPopulationInputs} from "../datasets/population-sources.js";
import {
  checkBbsrAgainstRegionaldatenbank,
  checkGemeindeSums,
  checkGv2019,
  checkYearOnYearChanges
} from "./population.js";
import {yearOnYearProblems} from "./plausibility.js";
import {
  populationFigures,
  svbBaFigures,
  svbTableFigures,
  unemployedBaFigures,
  unemployedTableFigures
} from "./overlap-inputs.js";
import {
  compareOverlap,
  describeFinding,
  failOnUnexplained,
  type OverlapFigure,
  type OverlapRule
} from "./source-overlap.js";
import {populationPoints, unemployedPoints, YEAR_ON_YEAR} from "./year-on-year.js";

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

/**
 * An overlap check (source-overlap.ts) as a cross check: logs the differences a recorded change explains and throws
 * a SourceError on the first one nothing explains.
 */
function overlapCheck(
  rule: OverlapRule,
  sources: string[],
  figures: (context: BuildContext) => [OverlapFigure[], OverlapFigure[]]
): CrossCheck {
  return {
    name: rule.name,
    sources,
    run: (context) => {
      const findings = compareOverlap(rule, ...figures(context));
      const explained = findings.filter((f) => f.explanation !== null);
      const kreise = new Set(explained.map((f) => f.code));
      console.error(
        `overlap: ${rule.name}: ${explained.length} differences over 2 % in ${kreise.size} Kreise explained by recorded changes, ${findings.length - explained.length} unexplained`
      );
      if (process.env.REVIER_OVERLAP_VERBOSE) for (const f of findings) console.error(`  ${describeFinding(f)}`);
      failOnUnexplained(findings);
      return [];
    }
  };
}

export const CHECKS: CrossCheck[] = [
  overlapCheck(
    {
      name: "SvB am Arbeitsort je Kreis: 13111 = BA-Berufsgruppensumme (±2 %)",
      explainedBy: ["territory", "assignment"]
    },
    ["rdb-13111-01-03-4-2017", "rdb-13111-07-05-4-2021", "ba-kldb-employees-workplace"],
    (context) => [svbTableFigures(context), svbBaFigures(context)]
  ),
  overlapCheck(
    {name: "Arbeitslose je Kreis: 13211 = BA-Jahresdurchschnitt (±2 %)", explainedBy: ["territory"]},
    ["rdb-13211-02-05-4-2017", "rdb-13211-02-05-4-2021", "rdb-13211-02-05-4-2026-2025", "ba-kldb-unemployed"],
    (context) => [unemployedTableFigures(context), unemployedBaFigures(context)]
  ),
  overlapCheck(
    {name: "Bevölkerung je Kreis: Kreistabelle (12411) = Summe der Gemeinden (±2 %)", explainedBy: ["territory"]},
    ["rdb-12411-01-01-4-2017", "rdb-12411-01-01-4-2023", "gv-2023", "bbsr-ref-gemeinden-2020-2022"],
    (context) => {
      const {kreis, gemeinden} = populationFigures(context);
      return [kreis, gemeinden];
    }
  ),
  {
    name: "Gemeinden (GV Gebietsstand 31.12.2024) je Land summiert = Landesbevölkerung 31.12.2023 (GV 31.12.2023)",
    sources: ["gv-2024", "gv-2023"],
    run: (context) =>
      checkOverviewAgainstPopulation(
        context.rows<GemeindeOverviewRow>("gemeinden_overview"),
        context.rows<{code: string; year: number; sex: string; value: number | null}>("population")
      )
  },
  {
    name: "BBSR-Bevölkerung stimmt im Rahmen der Rundung mit der Regionaldatenbank überein (1995–2015)",
    sources: ["bbsr-ref-kreise-1990-2020", "rdb-12411-01-01-4-2017"],
    run: (context) => checkBbsrAgainstRegionaldatenbank(readPopulationInputs(context))
  },
  {
    name: "Bevölkerung je Kreis und Land ändert sich von Jahr zu Jahr um höchstens 4 % (gleicher Gebiets- und Zensusstand)",
    sources: ["bbsr-ref-kreise-1990-2020", "rdb-12411-01-01-4-2017", "gv-2017", "genesis-12411-01-01-4-2024"],
    run: (context) => checkYearOnYearChanges(context.rows<PopulationRow>("population"))
  },
  {
    name: "Bevölkerung je Kreis und Land über Zensusbrüche (2010 → 2011, 2023 → 2024): höchstens 10 %",
    sources: ["rdb-12411-01-01-4-2017", "gv-2023", "genesis-12411-01-01-4-2024"],
    run: (context) =>
      yearOnYearProblems(populationPoints(context.rows<PopulationRow>("population")), {
        maxPercent: 100, // within one basis the 4 % check above applies
        breakPercent: YEAR_ON_YEAR.populationBreakPercent
      })
  },
  {
    name: "Arbeitslose je Kreis und Land ändern sich von Jahr zu Jahr um höchstens +300 % / −75 %",
    sources: ["rdb-13211-02-05-4-2017", "ba-kldb-unemployed"],
    run: (context) =>
      yearOnYearProblems(unemployedPoints(context.rows<LabourMarketRow>("labour_market")), {
        maxPercent: YEAR_ON_YEAR.unemployedPercent,
        breakPercent: YEAR_ON_YEAR.unemployedPercent,
        minValue: YEAR_ON_YEAR.unemployedMinValue,
        symmetric: true
      })
  },
  {
    name: "Arbeitslose passen zur Quote derselben Tabellenzeile (implizite Erwerbspersonen höchstens Faktor 1,5 vom Median der sechs nächsten Jahre)",
    sources: [
      "rdb-13211-02-05-4-2017",
      "rdb-13211-02-05-4-2021",
      "rdb-13211-02-05-4-2026-2023",
      "rdb-13211-02-05-4-2026-2025"
    ],
    run: (context) => checkCountsFitRates(context.rows<LabourMarketRow>("labour_market"))
  },
  {
    name: "Arbeitslosenquoten der Regionaldatenbank: kein isolierter Ausreißer gegen INKAR, beide Quoten einer Zeile im üblichen Verhältnis",
    sources: [
      "rdb-13211-02-05-4-2017",
      "rdb-13211-02-05-4-2021",
      "rdb-13211-02-05-4-2026-2023",
      "rdb-13211-02-05-4-2026-2025",
      "gerda-inkar-covariates"
    ],
    run: (context) => checkRatesFitInBuild(context)
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
  },
  {
    name: "Gemeinden je Kreis summiert: GV 31.12.2019 = GV Q4-2020 (Bevölkerung 31.12.2019)",
    sources: ["gv-2019", "gv-q4-2020"],
    run: (context) => checkGv2019(context)
  },
  {
    name: "13111-07-05-4 30.06.2015: Export 2021 = Spiegel 2017 (Burgenlandkreis 56.012)",
    sources: ["rdb-13111-07-05-4-2021", "rdb-13111-07-05-4-2017"],
    run: (context) => checkWz2015Overlap(context)
  },
  {
    name: "Arbeitslosenquoten der Länder: GENESIS-Online 13211-0007 = Länderzeilen von 13211-02-05-4",
    sources: [
      "genesis-13211-0007-2026",
      "rdb-13211-02-05-4-2021",
      "rdb-13211-02-05-4-2026-2023",
      "rdb-13211-02-05-4-2026-2025"
    ],
    run: (context) => checkLaenderRates(context)
  },
  {
    name: "SvB am Arbeitsort je Kreis ohne isolierte Ausreißer (> 3 % gegen beide Nachbarjahre)",
    sources: [
      "gerda-bbsr-ref-kreise",
      "rdb-13111-01-03-4-2017",
      "rdb-13111-07-05-4-2021",
      "ba-kldb-employees-workplace"
    ],
    run: (context) => checkSvbSpikes(context.rows<EmploymentRow>("employment"))
  },
  {
    name: "WZ-Abschnitte summieren sich zur SvB-Gesamtzahl (30.06.2015–2020)",
    sources: ["rdb-13111-07-05-4-2021"],
    run: (context) => checkWzSectionsSum(context.rows<EmploymentRow>("employment"))
  },
  {
    name: "BA-Berufsgruppensummen = SvB der Regionaldatenbank bis auf gesperrte Felder (2013–2015)",
    sources: ["ba-kldb-employees-workplace", "rdb-13111-01-03-4-2017"],
    run: (context) => checkBaOccupationsVsRdb(context, context.rows<OccupationRow>("employment_occupations"))
  },
  {
    name: "BBSR-SvB (in 1000) stimmt im Rahmen der Rundung mit der Regionaldatenbank überein (2014–2015)",
    sources: ["gerda-bbsr-ref-kreise", "rdb-13111-01-03-4-2017"],
    run: (context) => checkBbsrVsRdb(context)
  },
  {
    name: "Arbeitslose der Regionaldatenbank = BA-Jahresdurchschnitt (2013–2016)",
    sources: ["rdb-13211-02-05-4-2017", "ba-kldb-unemployed"],
    run: (context) => checkUnemployedVsBa(context)
  }
];
