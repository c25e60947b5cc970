import type {BuildContext} from "../dataset.js";
import {defineDataset} from "../dataset.js";
import {RATE_ALL} from "../../src/lib/unemployment.js";
import {findColumn, yearOfTime} from "../sources/regionaldatenbank-export.js";
import {
  baUnemployedSums,
  cellValue,
  gerdaCovariates,
  isPublishedLevel,
  rdbTable,
  sumToLaenderAndGermany
} from "../inputs/employment.js";
import type {LabourMarketRow} from "../../src/lib/rows.js";

export const RATE_DEPENDENT = "bezogen auf abhängige zivile Erwerbspersonen";
export const ANNUAL_AVERAGE = "Jahresdurchschnitt";

/** Arbeitslose and both rates from 13211-02-05-4 (2001–2016). */
export function rdbUnemployment(context: BuildContext): LabourMarketRow[] {
  const table = rdbTable(context, "13211-02-05-4");
  const columns = [
    {measure: "unemployed", definition: ANNUAL_AVERAGE, index: findColumn(table, ["Arbeitslose", "Anzahl"])},
    {
      measure: "unemployment_rate",
      definition: RATE_DEPENDENT,
      index: findColumn(table, ["Arbeitslosenquote bez. abh. zivile Erwerbspers.", "Prozent"])
    },
    {
      measure: "unemployment_rate",
      definition: RATE_ALL,
      index: findColumn(table, ["Arbeitslosenquote bez. auf alle zivile Erwerbsp.", "Prozent"])
    }
  ];
  return table.records
    .filter((r) => isPublishedLevel(r.code))
    .flatMap((r) =>
      columns.map(({measure, definition, index}) => {
        const {value, flag} = cellValue(table, r, index);
        return {
          code: r.code,
          year: yearOfTime(r.time),
          measure,
          definition,
          value,
          flag,
          computed: false,
          source: "rdb-13211-02-05-4-2017"
        };
      })
    );
}

/** INKAR unemployment rate (q_alo, share of all civilian labour force) via GERDA, Kreise 1998–2021. */
export function inkarUnemploymentRate(context: BuildContext): LabourMarketRow[] {
  return gerdaCovariates(context)
    .filter((r) => r.values.unemployment_rate !== null)
    .map((r) => ({
      code: r.code,
      year: r.year,
      measure: "unemployment_rate",
      definition: RATE_ALL,
      value: r.values.unemployment_rate ?? null,
      flag: null,
      computed: false,
      source: "gerda-inkar-covariates"
    }));
}

/**
 * Registered unemployed from the BA extract: annual averages summed over occupations. 2012 is incomplete in the
 * extract (Germany 2.68 M against about 2.9 M official) and 2025 a partial year (PROVENANCE.md §4): flagged.
 */
export async function baUnemployed(context: BuildContext): Promise<LabourMarketRow[]> {
  const sums = await baUnemployedSums(context);
  // Kept resolved for the cross-source check, which runs synchronously after the build.
  context.cached("ba:unemployed:resolved", () => sums);
  const yearFlag = (year: number) => (year === 2012 ? "incomplete_year" : year === 2025 ? "partial_year" : null);
  // The BA suppresses whole Kreise in some years (144 of 145 cells NULL): a partial sum would be far too low,
  // so a Kreis with any suppressed cell gets no value, and a Land or Germany missing a Kreis none either.
  const kreise = sums.map((s) => ({
    code: s.region,
    year: s.year,
    measure: "unemployed",
    definition: ANNUAL_AVERAGE,
    value: s.suppressedCells > 0 ? null : Math.round(s.value * 10) / 10,
    flag: s.suppressedCells > 0 ? "suppressed" : yearFlag(s.year),
    computed: false,
    source: "ba-kldb-unemployed"
  }));
  const aggregates = sumToLaenderAndGermany(
    kreise,
    (r) => String(r.year),
    (r) => r.value,
    (r) => r.flag
  ).map(({code, sample, sum}) => ({
    ...sample,
    code,
    value: sum.missing > 0 || sum.value === null ? null : Math.round(sum.value * 10) / 10,
    flag: sum.missing > 0 ? "kreise_missing" : yearFlag(sample.year),
    computed: true
  }));
  return [...kreise, ...aggregates];
}

/**
 * Precedence per (code, year, measure, definition): Regionaldatenbank (2001–2016) before BA (2012–2025) for
 * counts, Regionaldatenbank before INKAR (1998–2021) for the rate on all civilian labour force. Null cells
 * (e.g. "." for Kreise before the 2007/2008 reforms) give way to the next source.
 */
export function labourPrecedence(...series: LabourMarketRow[][]): LabourMarketRow[] {
  const chosen = new Map<string, LabourMarketRow>();
  for (const rows of series) {
    for (const r of rows) {
      const key = `${r.code}|${r.year}|${r.measure}|${r.definition}`;
      const current = chosen.get(key);
      if (!current || (current.value === null && r.value !== null)) chosen.set(key, r);
    }
  }
  return [...chosen.values()].sort((a, b) => a.code.localeCompare(b.code) || a.year - b.year);
}

export const labourMarket = defineDataset<LabourMarketRow>({
  name: "labour_market",
  description: "Arbeitslose (Jahresdurchschnitt) und Arbeitslosenquoten mit ihrer Bezugsgröße, 1998–2025",
  schema: {
    code: "string",
    year: "int",
    measure: "string",
    definition: "string",
    value: "float",
    flag: "string",
    computed: "bool",
    source: "string"
  },
  columns: {
    code: "Regionalschlüssel (Land 2-, Kreis 5-stellig, DG = Deutschland)",
    year: "Jahr (Jahresdurchschnitt)",
    measure: "unemployed (Arbeitslose, Personen) | unemployment_rate (Arbeitslosenquote, Prozent)",
    definition: `Bezugsgröße der Quote ("${RATE_ALL}" oder "${RATE_DEPENDENT}") bzw. "${ANNUAL_AVERAGE}" bei Anzahlen`,
    value: "Personen bzw. Prozent; leer, wenn die Quelle keinen Wert hat",
    flag: "Sonderzeichen der Quelle; incomplete_year = BA 2012 unvollständig; partial_year = BA 2025 Teiljahr; suppressed = BA hat Felder des Kreises gesperrt; kreise_missing = Summe fehlt, weil Kreise gesperrt sind",
    computed: "true = eigene Berechnung (Summe der Kreise)",
    source: "Quelle (id im Quellenkatalog sources.json)"
  },
  build: async (context) =>
    labourPrecedence(rdbUnemployment(context), await baUnemployed(context), inkarUnemploymentRate(context))
});
