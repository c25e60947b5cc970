/**
 * Where two sources publish the same Kreis figure for the same year (13111 vs the BA SvB sums, 13211 vs the BA
 * unemployed, 12411 vs Gemeinde sums), they must agree within {@link MAX_OVERLAP_PERCENT} unless a recorded change
 * of territory (or of the BA's workplace assignment) lies between their Gebietsstände (src/shared/territory.ts). Pure:
 * figures with their location in, findings out; the data build throws on the first unexplained one.
 */
import {SourceError, type SourceLocation} from "../lib/errors.js";
import {TERRITORIAL_CHANGES, type TerritorialChange} from "../../src/shared/territory.js";

/** Largest difference, in percent of the first source's figure, two sources may show for one Kreis and year. */
export const MAX_OVERLAP_PERCENT = 2;

/** One figure of one source, with where it stands. */
export interface OverlapFigure {
  code: string;
  year: number;
  value: number | null;
  /** Source id of the catalogue (src/lib/sources.ts). */
  source: string;
  /** The Gebietsstand the source publishes the figure on, ISO (src/shared/territory.ts sourceTerritoryDate). */
  gebietsstand: string;
  /** File, line (or Parquet row, `unit: "row"`) and field of the figure. */
  at: SourceLocation;
}

export interface OverlapRule {
  /** What is compared, e.g. "SvB am Arbeitsort 30.06.: 13111 vs BA-Summe". */
  name: string;
  /** Kinds of recorded change that explain a difference ("assignment" only for SvB at the workplace). */
  explainedBy: readonly TerritorialChange["kind"][];
  maxPercent?: number;
}

/** A Kreis and year where the two sources differ by more than the rule allows. */
export interface OverlapFinding {
  rule: string;
  code: string;
  year: number;
  a: OverlapFigure;
  b: OverlapFigure;
  /** (b − a) / a × 100. */
  percent: number;
  /** The recorded change that explains the difference; null when none does. */
  explanation: TerritorialChange | null;
}

/**
 * The recorded change of Kreis `code` that lies between the two figures: a territorial change dated after the
 * earlier Gebietsstand and on or before the later one, or (where the rule allows) a change of assignment in force
 * in the figure's year.
 */
export function explainingChange(
  code: string,
  year: number,
  a: OverlapFigure,
  b: OverlapFigure,
  kinds: readonly TerritorialChange["kind"][]
): TerritorialChange | null {
  const [from, to] = [a.gebietsstand, b.gebietsstand].sort();
  return (
    TERRITORIAL_CHANGES.find(
      (c) =>
        kinds.includes(c.kind) &&
        c.kreise.includes(code) &&
        (c.kind === "territory" ? c.date > from! && c.date <= to! : Number(c.date.slice(0, 4)) <= year)
    ) ?? null
  );
}

/** Every Kreis and year both lists have a value for, where they differ by more than the rule allows. */
export function compareOverlap(
  rule: OverlapRule,
  a: readonly OverlapFigure[],
  b: readonly OverlapFigure[]
): OverlapFinding[] {
  const max = rule.maxPercent ?? MAX_OVERLAP_PERCENT;
  const other = new Map(b.filter((f) => f.value !== null).map((f) => [`${f.code}|${f.year}`, f]));
  const findings: OverlapFinding[] = [];
  for (const fa of a) {
    const fb = other.get(`${fa.code}|${fa.year}`);
    if (!fb || fa.value === null || !(fa.value > 0)) continue;
    const percent = ((fb.value! - fa.value) / fa.value) * 100;
    if (Math.abs(percent) <= max) continue;
    const explanation = explainingChange(fa.code, fa.year, fa, fb, rule.explainedBy);
    findings.push({rule: rule.name, code: fa.code, year: fa.year, a: fa, b: fb, percent, explanation});
  }
  return findings.sort((x, y) => x.code.localeCompare(y.code) || x.year - y.year);
}

/** Where a figure stands, as a SourceError prints it. */
function where(at: SourceLocation): string {
  const line = at.line === undefined ? "" : `:${at.unit ?? "line"} ${at.line}`;
  return `${at.file}${line}${at.field === undefined ? "" : `, field "${at.field}"`}`;
}

/** One line for a finding: rule, Kreis, year, both values with their files, the difference and its explanation. */
export function describeFinding(f: OverlapFinding): string {
  const explained = f.explanation ? `explained: ${f.explanation.date} ${f.explanation.what}` : "not explained";
  return (
    `${f.rule}: Kreis ${f.code} ${f.year}: ${f.a.source} ${f.a.value} (${where(f.a.at)}) vs ${f.b.source} ` +
    `${f.b.value} (${where(f.b.at)}), ${f.percent > 0 ? "+" : ""}${f.percent.toFixed(1)} % (${explained})`
  );
}

/**
 * Throws a SourceError naming the first unexplained finding (file, line or row, field of the first source; the
 * other source, the values and the rule in the message) and how many more there are.
 */
export function failOnUnexplained(findings: readonly OverlapFinding[]): void {
  const open = findings.filter((f) => f.explanation === null);
  if (open.length === 0) return;
  const first = open[0]!;
  const more = open.length > 1 ? `; ${open.length - 1} more: ${open.slice(1, 6).map(describeFinding).join("; ")}` : "";
  throw new SourceError(
    {...first.a.at, rule: `${first.rule}: sources differ by at most ${MAX_OVERLAP_PERCENT} %`},
    `${describeFinding(first)}; record the territorial change in src/shared/territory.ts if there is one${more}`
  );
}
