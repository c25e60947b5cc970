/**
 * Cross-source checks of the economy datasets (run by the data build after all datasets are built, and in the
 * integration tests). Each returns the disagreements; an empty list means the sources agree.
 */
import type {BuildContext} from "../dataset.js";
import type {EmploymentRow, OccupationRow} from "../../src/lib/rows.js";
import {rdbSvbTotals} from "../datasets/employment.js";
import type {OccupationSum} from "../sources/ba-kldb.js";
import {gerdaBbsrEmployees} from "../inputs/employment.js";
import {rdbUnemployment} from "../datasets/labour-market.js";

/**
 * Kreise whose territory differs between the Regionaldatenbank export (Gebietsstand of 2015) and the BA extract
 * (Gebietsstand 2026): a comparison there measures the reform, not the data.
 */
export const TERRITORIAL_CHANGES: Record<string, string> = {
  "06435": "Main-Kinzig-Kreis: Hanau (06415) seit 01.01.2026 kreisfrei",
  "06415": "Hanau: seit 01.01.2026 kreisfrei",
  "03152": "Göttingen (alt): am 01.11.2016 mit Osterode am Harz zu 03159 fusioniert",
  "03156": "Osterode am Harz: am 01.11.2016 in 03159 aufgegangen",
  "03159": "Göttingen: seit 01.11.2016 (aus 03152 und 03156)",
  "07135":
    "Cochem-Zell: 2013 gegenläufige Abweichung von ±26 zum Rhein-Hunsrück-Kreis, vermutlich Gemeindewechsel (nicht geprüft)",
  "07140": "Rhein-Hunsrück-Kreis: siehe 07135",
  "16056": "Eisenach: seit 01.07.2021 Teil des Wartburgkreises",
  "16063": "Wartburgkreis: mit Eisenach seit 01.07.2021, Gemeindewechsel 2019",
  "16054": "Suhl: Thüringer Gebietsreform 2019",
  "16061": "Eichsfeld: Thüringer Gebietsreform 2019",
  "16064": "Unstrut-Hainich-Kreis: Thüringer Gebietsreform 2019",
  "16066": "Schmalkalden-Meiningen: Thüringer Gebietsreform 2019",
  "16070": "Ilm-Kreis: Thüringer Gebietsreform 2019",
  "16072": "Sonneberg: Thüringer Gebietsreform 2019",
  "16073": "Saalfeld-Rudolstadt: Thüringer Gebietsreform 2019"
};

/**
 * 13111-07-05-4: A + B-F + G-U equals the total up to the few persons without a WZ assignment (≤ 0.01 % + 1),
 * B-E + F = B-F and G-I + J + K + L + M-N + O-Q + R-U = G-U exactly; regions with a suppressed cell are skipped.
 */
export function checkWzSectionsSum(rows: readonly EmploymentRow[]): string[] {
  const byCode = new Map<string, Record<string, number | null>>();
  for (const r of rows) {
    if (r.classification !== "WZ 2008") continue;
    const m = byCode.get(r.code) ?? {};
    m[r.category] = r.value;
    byCode.set(r.code, m);
  }
  const problems: string[] = [];
  for (const [code, m] of byCode) {
    if (Object.values(m).some((v) => v === null)) continue;
    const v = m as Record<string, number>;
    const unassigned = v.total! - (v.A! + v["B-F"]! + v["G-U"]!);
    if (unassigned < 0 || unassigned > v.total! * 0.0001 + 1) {
      problems.push(`${code}: A + B-F + G-U = ${v.total! - unassigned}, total ${v.total}`);
    }
    if (v["B-E"]! + v.F! !== v["B-F"]) problems.push(`${code}: B-E + F ≠ B-F`);
    const services = v["G-I"]! + v.J! + v.K! + v.L! + v["M-N"]! + v["O-Q"]! + v["R-U"]!;
    if (services !== v["G-U"]) problems.push(`${code}: G-I … R-U = ${services}, G-U ${v["G-U"]}`);
  }
  return problems;
}

/**
 * BA occupation sums against the Regionaldatenbank SvB at workplace, 30.06.2013–2015, Kreise: the BA sum misses
 * the suppressed cells (at most 3 persons each, Burgenlandkreis 2015: 56,001 vs 56,012 with 6 cells) and the two
 * data stands differ slightly, so RDB − BA must lie in [−1 %, 3 × suppressed cells + 1 %] of the RDB figure.
 */
export function checkBaOccupationsVsRdb(context: BuildContext, occupations: readonly OccupationRow[]): string[] {
  const sums = new Map<string, {value: number; cells: number}>();
  for (const r of occupations) {
    if (r.computed || r.measure !== "svb_workplace" || r.year > 2015) continue;
    const key = `${r.code}|${r.year}`;
    const sum = sums.get(key) ?? {value: 0, cells: 0};
    if (r.value === null) sum.cells++;
    else sum.value += r.value;
    sums.set(key, sum);
  }
  const problems: string[] = [];
  for (const r of rdbSvbTotals(context, "workplace")) {
    if (r.code.length !== 5 || r.year < 2013 || r.value === null || r.code in TERRITORIAL_CHANGES) continue;
    const ba = sums.get(`${r.code}|${r.year}`);
    if (!ba) {
      problems.push(`${r.code} ${r.year}: in the Regionaldatenbank, missing in the BA extract`);
      continue;
    }
    const gap = r.value - ba.value;
    if (gap < -0.01 * r.value || gap > 3 * ba.cells + 0.01 * r.value) {
      problems.push(
        `${r.code} ${r.year}: Regionaldatenbank ${r.value}, BA sum ${ba.value} (${ba.cells} suppressed cells)`
      );
    }
  }
  return problems;
}

/**
 * BBSR SvB (1000, one decimal) against the exact Regionaldatenbank figure. For 2014–2015 the median Kreis must
 * agree within rounding (≤ 50 persons) and three quarters of the Kreise too; the rest differ because BBSR used an
 * earlier data stand. 2012–2013 are not compared: BBSR holds the figures from before the BA revision of 2014.
 */
export function checkBbsrVsRdb(context: BuildContext): string[] {
  const exact = new Map(rdbSvbTotals(context, "workplace").map((r) => [`${r.code}|${r.year}`, r.value]));
  const problems: string[] = [];
  for (const year of [2014, 2015]) {
    const gaps = gerdaBbsrEmployees(context)
      .filter((r) => r.year === year && !(r.code in TERRITORIAL_CHANGES) && r.values.employees_cty !== null)
      .flatMap((r) => {
        const e = exact.get(`${r.code}|${year}`);
        return e == null ? [] : [Math.abs(Math.round(r.values.employees_cty! * 1000) - e)];
      })
      .sort((a, b) => a - b);
    const median = gaps[gaps.length >> 1] ?? Infinity;
    const within = gaps.filter((g) => g <= 50).length;
    if (gaps.length < 380) problems.push(`${year}: only ${gaps.length} Kreise to compare`);
    if (median > 50) problems.push(`${year}: median gap ${median} persons exceeds the rounding of 50`);
    if (within < 0.75 * gaps.length) problems.push(`${year}: only ${within} of ${gaps.length} Kreise within rounding`);
  }
  return problems;
}

/**
 * Arbeitslose (Regionaldatenbank, annual average, whole persons) against the BA annual averages summed over
 * occupations, 2013–2016, Kreise without suppressed cells: within 5 persons (Burgenlandkreis 2015: 9,725 vs
 * 9,725.3).
 */
export function checkUnemployedVsBa(context: BuildContext): string[] {
  const ba = new Map(
    context
      .cached<OccupationSum[] | undefined>("ba:unemployed:resolved", () => undefined)
      ?.map((s) => [`${s.region}|${s.year}`, s]) ?? []
  );
  if (ba.size === 0) return ["BA unemployment sums are not loaded (labour_market not built)"];
  const problems: string[] = [];
  for (const r of rdbUnemployment(context)) {
    if (r.measure !== "unemployed" || r.code.length !== 5 || r.value === null) continue;
    if (r.year < 2013 || r.year > 2016 || r.code in TERRITORIAL_CHANGES) continue;
    const b = ba.get(`${r.code}|${r.year}`);
    if (!b || b.suppressedCells > 0) continue;
    if (Math.abs(r.value - b.value) > 5) {
      problems.push(`${r.code} ${r.year}: Regionaldatenbank ${r.value}, BA ${b.value.toFixed(1)}`);
    }
  }
  return problems;
}
