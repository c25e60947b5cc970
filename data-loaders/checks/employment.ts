/**
 * Cross-source checks of the economy datasets (run by the data build after all datasets are built, and in the
 * integration tests). Each returns the disagreements; an empty list means the sources agree.
 */
import type {BuildContext} from "../dataset.js";
import type {EmploymentRow, OccupationRow} from "../../src/shared/rows.js";
import {rdbSvbTotals, svbSpikes, wzSections} from "../datasets/employment.js";
import type {OccupationSum} from "../sources/ba-kldb.js";
import {gerdaBbsrEmployees} from "../inputs/employment.js";
import {
  genesisLaenderUnemployment,
  rdbUnemployment,
  recentUnemployment,
  UNEMPLOYMENT_EXPORTS
} from "../datasets/labour-market.js";
import {withoutSources} from "../lib/paths.js";

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
 * 13111-07-05-4: A + B-F + G-U equals the total up to the few persons without a WZ assignment (≤ 0.1 % + 1; 0.01 %
 * in 2015, up to 0.06 % later, e.g. Ansbach 09561 30.06.2016: 17 of 26,400),
 * B-E + F = B-F and G-I + J + K + L + M-N + O-Q + R-U = G-U exactly; regions with a suppressed cell are skipped.
 */
export function checkWzSectionsSum(rows: readonly EmploymentRow[]): string[] {
  const byCode = new Map<string, Record<string, number | null>>();
  for (const r of rows) {
    if (r.classification !== "WZ 2008") continue;
    const key = `${r.code} 30.06.${r.year}`;
    const m = byCode.get(key) ?? {};
    m[r.category] = r.value;
    byCode.set(key, m);
  }
  const problems: string[] = [];
  for (const [code, m] of byCode) {
    if (Object.values(m).some((v) => v === null)) continue;
    const v = m as Record<string, number>;
    const unassigned = v.total! - (v.A! + v["B-F"]! + v["G-U"]!);
    if (unassigned < 0 || unassigned > v.total! * 0.001 + 1) {
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

/**
 * 13111-07-05-4 of 30.06.2015 in the export of 2021 against the mirror of 2017 (Burgenlandkreis 56,012 in both): every
 * region and section present in both must agree exactly (a cross-check of the reader, not a second source).
 */
export function checkWz2015Overlap(context: BuildContext): string[] {
  const key = (r: EmploymentRow) => `${r.code}|${r.category}`;
  const mirror = new Map(wzSections(context).map((r) => [key(r), r.value]));
  const problems: string[] = [];
  let compared = 0;
  for (const r of wzSections(context, 2015)) {
    if (!mirror.has(key(r))) continue;
    compared++;
    if (mirror.get(key(r)) !== r.value) {
      problems.push(`${r.code} ${r.category} 30.06.2015: export 2021 ${r.value}, mirror 2017 ${mirror.get(key(r))}`);
    }
  }
  if (compared < 5000) problems.push(`only ${compared} cells of 30.06.2015 in both exports`);
  return problems;
}

/**
 * SvB at workplace (published totals of Kreise) has no isolated BBSR spike: no BBSR figure lies more than
 * MAX_SVB_SPIKE_PERCENT below or above both neighbouring years (the BBSR dips of 2010 are nulled with a flag).
 */
export function checkSvbSpikes(rows: readonly EmploymentRow[]): string[] {
  const totals = rows.filter(
    (r) => r.classification === "total" && r.measure === "svb_workplace" && r.code.length === 5 && r.value !== null
  );
  // Only BBSR figures are judged: spikes in the exact Regionaldatenbank and BA series are what those tables publish.
  const bbsr = new Set(totals.filter((r) => r.source === "gerda-bbsr-ref-kreise").map((r) => `${r.code}|${r.year}`));
  return [...svbSpikes(totals)]
    .filter((k) => bbsr.has(k))
    .map((k) => {
      const [code, year] = k.split("|");
      const near = totals.filter((r) => r.code === code && Math.abs(r.year - Number(year)) <= 1);
      return `${code} 30.06.${year}: ${near.map((r) => `${r.year} ${r.value} (${r.source})`).join(", ")}`;
    });
}

/**
 * GENESIS-Online 13211-0007 (Länder) against the Länder rows of the Regionaldatenbank 13211-02-05-4 exports (2015–2020,
 * 2023, 2025): counts within 5 persons and both rates within 0.1 point in every year both have (equal in 380 of 384).
 */
export function checkLaenderRates(context: BuildContext): string[] {
  const key = (r: {code: string; year: number; measure: string; definition: string}) =>
    `${r.code}|${r.year}|${r.measure}|${r.definition}`;
  const rdb = new Map(
    recentUnemployment(context)
      .filter((r) => r.code.length === 2)
      .map((r) => [key(r), r.value])
  );
  const problems: string[] = [];
  let compared = 0;
  for (const r of genesisLaenderUnemployment(context)) {
    if (!rdb.has(key(r))) continue;
    compared++;
    // The two exports have different data stands (2021/2026 vs 20.05.2026): counts may differ by a few persons and
    // rates by 0.1 point (Hessen 2017: 166,287 vs 166,286; Hessen 2020 dependent rate 6.0 vs 5.9).
    const other = rdb.get(key(r));
    const tolerance = r.measure === "unemployed" ? 5 : 0.1 + 1e-9;
    if (other === null || r.value === null || other === undefined || Math.abs(other - r.value) > tolerance) {
      problems.push(
        `${r.code} ${r.year} ${r.measure} (${r.definition}): 13211-0007 ${r.value}, 13211-02-05-4 ${rdb.get(key(r))}`
      );
    }
  }
  // 16 Länder × 3 figures in every year the exports read cover (8: 2015–2020, 2023, 2025; fewer in a build that
  // leaves an export out, REVIER_WITHOUT_SOURCES).
  const read = UNEMPLOYMENT_EXPORTS.filter((e) => !withoutSources().includes(e.source));
  const years = read.reduce((n, e) => n + e.years.length, 0);
  if (compared < 16 * years * 3) problems.push(`only ${compared} Länder figures compared (${years} years)`);
  return problems;
}
