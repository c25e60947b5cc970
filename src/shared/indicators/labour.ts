import {IndicatorError, requireCount, requirePositive} from "./errors.js";

export interface CommuterIndicators {
  /** Pendlersaldo: in-commuters − out-commuters; positive for a job centre that draws workers in. */
  balance: number;
  /** Einpendlerquote: in-commuters per 100 employees at the workplace. */
  inRate: number;
  /** Auspendlerquote: out-commuters per 100 employees at the residence. */
  outRate: number;
}

/**
 * Commuter balance and rates (definitions of the BA Pendlerstatistik):
 *
 *   balance = in − out;   inRate = 100 · in / employees at workplace;   outRate = 100 · out / employees at residence
 *
 * In-commuters work in the region and live elsewhere; out-commuters live in the region and work elsewhere. Note
 * employees at workplace − employees at residence = in − out, so the balance can be checked against the two totals.
 * Literature: Statistik der Bundesagentur für Arbeit, *Pendlerverflechtungen der sozialversicherungspflichtig
 * Beschäftigten*, Methodenbericht / Glossar ("Einpendler", "Auspendler").
 *
 * @throws IndicatorError for negative counts, zero employment totals, or more commuters than employees.
 */
export function commuterIndicators({
  inCommuters,
  outCommuters,
  employeesAtWorkplace,
  employeesAtResidence
}: {
  inCommuters: number;
  outCommuters: number;
  employeesAtWorkplace: number;
  employeesAtResidence: number;
}): CommuterIndicators {
  const name = "commuterIndicators";
  requireCount(name, "inCommuters", inCommuters);
  requireCount(name, "outCommuters", outCommuters);
  requirePositive(name, "employeesAtWorkplace", employeesAtWorkplace);
  requirePositive(name, "employeesAtResidence", employeesAtResidence);
  if (inCommuters > employeesAtWorkplace) {
    throw new IndicatorError(
      name,
      "inCommuters",
      `(${inCommuters}) exceeds employeesAtWorkplace (${employeesAtWorkplace})`
    );
  }
  if (outCommuters > employeesAtResidence) {
    throw new IndicatorError(
      name,
      "outCommuters",
      `(${outCommuters}) exceeds employeesAtResidence (${employeesAtResidence})`
    );
  }
  return {
    balance: inCommuters - outCommuters,
    inRate: (100 * inCommuters) / employeesAtWorkplace,
    outRate: (100 * outCommuters) / employeesAtResidence
  };
}

/** The components of the BA's reference figure (Bezugsgröße) for the unemployment rate. */
export interface LabourForceComponents {
  unemployed: number;
  /** Sozialversicherungspflichtig Beschäftigte (incl. trainees). */
  employeesSocialInsurance: number;
  /** Ausschließlich geringfügig Beschäftigte. */
  marginallyEmployed: number;
  /** Beamte (without soldiers). */
  civilServants: number;
  /** Selbständige und mithelfende Familienangehörige; left out for the rate based on dependent labour. */
  selfEmployed: number;
}

/**
 * Unemployment rate (Arbeitslosenquote) from its components, per 100 of the civilian labour force:
 *
 *   all civilian labour:  u = 100 · U / (SvB + marginal + civil servants + self-employed + U)
 *   dependent labour:     u = 100 · U / (SvB + marginal + civil servants + U)
 *
 * `basis: "all"` (default) is the headline rate the BA publishes ("bezogen auf alle zivilen Erwerbspersonen"); the
 * dependent-labour rate is higher. The BA fixes the reference figure once a year (usually from the previous June),
 * so recomputing it from current-month employment does not reproduce the published rate exactly.
 * Literature: Statistik der Bundesagentur für Arbeit, *Grundlagen: Methodenbericht – Berechnung von
 * Arbeitslosenquoten*.
 *
 * @throws IndicatorError for negative counts or an empty labour force.
 */
export function unemploymentRate(
  components: LabourForceComponents,
  {basis = "all"}: {basis?: "all" | "dependent"} = {}
): number {
  const name = "unemploymentRate";
  for (const field of [
    "unemployed",
    "employeesSocialInsurance",
    "marginallyEmployed",
    "civilServants",
    "selfEmployed"
  ] as const) {
    requireCount(name, field, components[field]);
  }
  const {unemployed, employeesSocialInsurance, marginallyEmployed, civilServants, selfEmployed} = components;
  const labourForce =
    employeesSocialInsurance + marginallyEmployed + civilServants + (basis === "all" ? selfEmployed : 0) + unemployed;
  requirePositive(name, "labour force", labourForce);
  return (100 * unemployed) / labourForce;
}

/**
 * GDP per person employed (labour productivity) as an index, Germany = 100:
 *
 *   I = 100 · (Y_r / L_r) / (Y_DE / L_DE)
 *
 * Y gross domestic product (or gross value added) in current prices, L persons employed at the workplace
 * (Erwerbstätige, Arbeitsort) from the same release of the Arbeitskreis VGR der Länder. Below 100: each person
 * employed produces less than the German average.
 * Literature: Arbeitskreis „Volkswirtschaftliche Gesamtrechnungen der Länder“, *Bruttoinlandsprodukt,
 * Bruttowertschöpfung in den kreisfreien Städten und Landkreisen*, Reihe 2 Band 1, definitions.
 *
 * @throws IndicatorError for values that are not positive (GDP may not be 0 or negative here).
 */
export function gdpPerPersonEmployedIndex(
  gdp: number,
  employed: number,
  gdpGermany: number,
  employedGermany: number
): number {
  const name = "gdpPerPersonEmployedIndex";
  requirePositive(name, "gdp", gdp);
  requirePositive(name, "employed", employed);
  requirePositive(name, "gdpGermany", gdpGermany);
  requirePositive(name, "employedGermany", employedGermany);
  return (100 * (gdp / employed)) / (gdpGermany / employedGermany);
}
