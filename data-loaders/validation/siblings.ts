/**
 * Sibling rules: a source checked against another source where the two overlap (insolvencies against the BA's
 * SvB, vacancies against unemployed, BA SvB against population). They run after the datasets, on the observations
 * the validation layer kept for each source (`observed`), and report like every other rule: a SourceError naming
 * file, line or Parquet row, field, value and the rule.
 *
 * Territory-aware overlaps of the same figure in two sources (13111 vs BA SvB, 13211 vs BA unemployed, 12411 vs
 * Gemeinde sums) plug in as further SiblingRules: add them to SIBLING_RULES (their module may live in
 * data-loaders/checks/; it only has to return SourceErrors from `check`).
 */
import type {PopulationRow} from "../../src/shared/rows.js";
import type {BuildContext} from "../dataset.js";
import {SourceError} from "../lib/errors.js";
import type {Observation, ObservedFile} from "./observations.js";

export interface SiblingRule {
  name: string;
  /** Catalogue ids of the sources compared; the first is the one whose file the findings name. */
  sources: readonly string[];
  check(context: BuildContext): SourceError[];
}

/** The observations the validation layer kept for a source read in this build. */
export function observed(context: BuildContext, id: string): ObservedFile {
  return context.cached<ObservedFile>(`observed:${id}`, () => {
    throw new Error(`source ${id} was not read in this build (a sibling rule needs it)`);
  });
}

const byKreisYear = (observations: readonly Observation[], keep: (o: Observation) => boolean) =>
  new Map(observations.filter((o) => o.code.length === 5 && keep(o)).map((o) => [`${o.code}|${o.year}`, o]));

const fmt = (v: number) => String(Math.round(v * 10) / 10);

/** Insolvencies per 10,000 SvB at the workplace of one Kreis at most 30 (Kreise 2024: 0–12.9, median 5.2). */
export const insolvenciesPerSvb: SiblingRule = {
  name: "insolvencies per 10,000 SvB",
  sources: ["genesis-52411-02-01-4-2024", "ba-kldb-employees-workplace"],
  check(context) {
    const insolvencies = observed(context, this.sources[0]!);
    const svb = byKreisYear(observed(context, this.sources[1]!).observations, () => true);
    const rule = "insolvencies per 10,000 SvB (BA, 30.06.) within 0–30 (Kreise 2024: 0–12.9)";
    return insolvencies.observations.flatMap((o) => {
      if (o.code.length !== 5 || o.field !== "ISV006" || o.group !== "ISVAT3=" || o.value === null) return [];
      const base = svb.get(`${o.code}|${o.year}`)?.value;
      if (!base) return [];
      const ratio = (o.value / base) * 10_000;
      if (ratio <= 30) return [];
      return [
        new SourceError(
          {file: insolvencies.file, line: o.at, unit: insolvencies.unit, field: o.field, rule},
          `found ${o.value}: ${fmt(ratio)} per 10,000 SvB (${o.code} ${o.year}, SvB ${base})`
        )
      ];
    });
  }
};

/**
 * Germany's registered unemployed per registered vacancy within 1–30 in every year (2013–2025: about 2–8): the
 * vacancies file ×10, or the unemployed file ÷10, falls outside. Named at the vacancies file's first row of the year.
 */
export const unemployedPerVacancy: SiblingRule = {
  name: "unemployed per vacancy (Germany)",
  sources: ["ba-kldb-vacancies", "ba-kldb-unemployed"],
  check(context) {
    const [vacancies, unemployed] = this.sources.map((id) => observed(context, id));
    const total = (file: ObservedFile) => {
      const sums = new Map<number, {value: number; first: Observation}>();
      for (const o of file.observations) {
        const s = sums.get(o.year) ?? {value: 0, first: o};
        s.value += o.value ?? 0;
        if (o.at < s.first.at) s.first = o;
        sums.set(o.year, s);
      }
      return sums;
    };
    const u = total(unemployed!);
    const rule = "Germany's unemployed per vacancy (BA) within 1–30 each year";
    return [...total(vacancies!)].flatMap(([year, v]) => {
      const ratio = (u.get(year)?.value ?? NaN) / v.value;
      if (!(ratio < 1 || ratio > 30)) return [];
      return [
        new SourceError(
          {file: vacancies!.file, line: v.first.at, unit: vacancies!.unit, field: "total", rule},
          `vacancies ${year} sum to ${Math.round(v.value)} for ${Math.round(u.get(year)?.value ?? 0)} unemployed: ${fmt(ratio)} per vacancy`
        )
      ];
    });
  }
};

/**
 * SvB at the workplace per inhabitant of one Kreis at most 1.5 (Wolfsburg, the highest, about 1.0): a Kreis ×10
 * in the BA file falls outside in every year, which no year-on-year rule sees.
 */
export const svbPerInhabitant: SiblingRule = {
  name: "SvB at the workplace per inhabitant",
  sources: ["ba-kldb-employees-workplace", "population"],
  check(context) {
    const svb = observed(context, this.sources[0]!);
    const population = new Map(
      context
        .rows<PopulationRow>("population")
        .filter((r) => r.sex === "total" && r.code.length === 5 && r.value !== null)
        .map((r) => [`${r.code}|${r.year}`, r.value!])
    );
    const rule = "SvB at the workplace per inhabitant (population dataset, 31.12.) at most 1.5 (highest: about 1.0)";
    return svb.observations.flatMap((o) => {
      const inhabitants = population.get(`${o.code}|${o.year}`);
      if (o.value === null || !inhabitants || o.value / inhabitants <= 1.5) return [];
      return [
        new SourceError(
          {file: svb.file, line: o.at, unit: svb.unit, field: "n", rule},
          `found ${o.value} SvB for ${inhabitants} inhabitants (${o.code} ${o.year}; row = first row of that Kreis and year)`
        )
      ];
    });
  }
};

/** Every sibling rule the data build runs after the datasets (see the module comment for the overlap hook). */
export const SIBLING_RULES: SiblingRule[] = [insolvenciesPerSvb, unemployedPerVacancy, svbPerInhabitant];
