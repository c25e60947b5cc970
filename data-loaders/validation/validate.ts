/**
 * The validation layer's entry: `validateSource(id, observed, territories)` applies the declared rules of source
 * `id` (declarations.ts) to the observations a reader produced, through the one reporting mechanism of
 * data-loaders/lib/expectations.ts. A source without a declaration is an error here and in the catalogue test.
 */
import {SOURCES} from "../../src/shared/sources.js";
import {expectRows, type Rule} from "../lib/expectations.js";
import {SourceError} from "../lib/errors.js";
import {DECLARATIONS, type SourceRules} from "./declarations.js";
import type {ObservedFile, Observation} from "./observations.js";
import {codes, territory, valueRule, years} from "./rules.js";

export interface Territories {
  /** The 400 Kreise of the regions list (Gebietsstand 31.12.2021). */
  kreise: ReadonlySet<string>;
  /** The Kreise of the BA's region_codes.csv. */
  ba?: ReadonlySet<string>;
}

/** The rule list of a declaration, in the order they are checked (shape first, then meaning, then consistency). */
export function rulesOf(id: string, declared: SourceRules, territories: Territories): Rule<Observation>[] {
  const kind = (o: Observation) => declared.fields.find(([pattern]) => pattern.test(o.field))?.[1];
  const fieldRule: Rule<Observation> = {
    field: (o) => o.field,
    rule: `fields declared for ${id} (data-loaders/validation/declarations.ts)`,
    row: (o) => (kind(o) ? null : `undeclared field "${o.field}" (renamed or added column?)`)
  };
  const kreise = declared.territory === "ba" ? territories.ba : territories.kreise;
  const expected = kreise && new Set([...kreise].filter((c) => c.length === 5));
  return [
    fieldRule,
    codes(),
    ...(declared.years ? years(...declared.years).slice(0, declared.complete === false ? 1 : 2) : []),
    ...(["count", "amount", "rate"] as const).map((k) => valueRule("value", k, (o) => kind(o) === k)),
    ...(declared.territory && expected ? [territory(expected, `Kreise (${declared.territory} list)`)] : []),
    ...(declared.rules ?? [])
  ].map((rule) => (rule.field === "value" ? {...rule, field: (o: Observation) => o.field} : rule));
}

/** Sources validated in this process (the build reports them; tests look at them). */
export const VALIDATED = new Set<string>();

/** Checks a source's observations against its declaration; throws a SourceError for the first violation. */
export function validateSource(id: string, observed: ObservedFile, territories: Territories): void {
  const declared = DECLARATIONS[id];
  if (!declared || "inReader" in declared) {
    throw new SourceError(
      {file: observed.file, rule: "every source declares its rules"},
      `source "${id}" has no rule set in data-loaders/validation/declarations.ts`
    );
  }
  expectRows(observed.observations, {
    file: observed.file,
    unit: observed.unit,
    line: (o) => o.at,
    rules: rulesOf(id, declared, territories)
  });
  VALIDATED.add(id);
}

/**
 * The catalogue id of a file or folder of the mirror, by the catalogue's `path` (`<Jahr>` stands for a year):
 * `regionalstatistik-2021/13111-07-05-4_2020.csv` → `rdb-13111-07-05-4-2021`.
 */
export function sourceIdOf(relativePath: string): string {
  const matches = (path: string) =>
    new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace("<Jahr>", "\\d{4}")}$`).test(relativePath) ||
    path.startsWith(`${relativePath}/`);
  const found = Object.values(SOURCES).filter((s) => matches(s.path));
  if (found.length !== 1) {
    throw new Error(`${relativePath}: ${found.length} catalogue entries in src/lib/sources.ts (expected one)`);
  }
  return found[0]!.id;
}
