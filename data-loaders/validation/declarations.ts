/**
 * What each source must contain, declared once per source id of the catalogue (src/lib/sources.ts), not per
 * reader: the layer (validate.ts) applies these rules to whatever reader hands it the source's observations.
 *
 * - `fields`: every field of the file is matched to a kind (count, amount, rate); a field no pattern matches is an
 *   error (a renamed or added column is noticed, not passed through unchecked).
 * - `territory`: all Kreise of the stated territory present in every year and field ("kreise" = the 400 Kreise of
 *   the regions list, Gebietsstand 31.12.2021; "ba" = those of the BA's region_codes.csv).
 * - `years`: the span the file states; no year outside it, none missing inside it.
 * - `rules`: further rules on the observations (rules.ts): bands, Land = sum of Kreise, consistency of parts.
 *
 * Sources whose readers already check their declared content inside the reader, on rows that never leave it
 * (cell-level workbooks, shapes, plant lists), point there with `inReader`; they are listed so that the catalogue
 * test (test/unit/validation/declarations.test.ts) fails for any source that declares nothing at all.
 */
import type {Observation} from "./observations.js";
import {
  atLeast,
  band,
  landSums,
  quotientOfParts,
  rateBetweenParts,
  ratioBand,
  yearOnYear,
  type FieldKind
} from "./rules.js";
import {YEAR_ON_YEAR} from "../checks/year-on-year.js";
import type {Rule} from "../lib/expectations.js";

export interface SourceRules {
  fields: readonly (readonly [RegExp, FieldKind])[];
  territory?: "kreise" | "ba";
  years?: readonly [number, number];
  /** Every year of `years` in the file (default); false for a source of one file per year. */
  complete?: boolean;
  rules?: readonly Rule<Observation>[];
}

export type Declaration = SourceRules | {inReader: string};

const is = (pattern: RegExp) => (o: Observation) => pattern.test(o.field);
const KREIS = (o: Observation) => o.code.length === 5;

/** The band of data-loaders/checks/year-on-year.ts for unemployed: at most ×4 either way (+300 %). */
const BA_SUM_FACTOR = 1 + YEAR_ON_YEAR.unemployedPercent / 100;

/** Kreis unemployment rates: the highest since 2001 is 31.4 % (labour_market); 40 % leaves room, 73 % does not. */
const KREIS_RATE_MAX = 40;

/** 13211-02-05-4 in every export: Arbeitslose by group (counts) and rates (Prozent). */
function unemploymentExport(from: number, to: number): SourceRules {
  const total = "Arbeitslosenquote bez. auf alle zivile Erwerbsp. / Prozent";
  return {
    fields: [
      [/\/ Anzahl$/, "count"],
      [/\/ Prozent$/, "rate"]
    ],
    territory: "kreise",
    years: [from, to],
    rules: [
      band(
        "Arbeitslosenquote (Kreise)",
        // The total rates and those of men and women (the rates of foreigners and the young reach 48 %).
        (o) => KREIS(o) && /^Arbeitslosenquote [^/]+( \/ (Männer|Frauen))? \/ Prozent$/.test(o.field),
        0,
        KREIS_RATE_MAX,
        "Kreis unemployment rates (highest since 2001: 31.4 %)"
      ),
      atLeast(
        "Arbeitslosenquote bez. abh. zivile Erwerbspers. / Prozent",
        total,
        "same unemployed, fewer persons in the denominator"
      ),
      rateBetweenParts(total, [
        "Arbeitslosenquote bez. auf alle zivile Erwerbsp. / Männer / Prozent",
        "Arbeitslosenquote bez. auf alle zivile Erwerbsp. / Frauen / Prozent"
      ]),
      landSums(is(/^Arbeitslose \/ Anzahl$/), 10, "Arbeitslose")
    ]
  };
}

/** 13111-07-05-4 (SvB at the workplace by WZ 2008 section, 30.06.): counts, Land = sum of its Kreise. */
const svbBySection = (from: number, to: number): SourceRules => ({
  fields: [[/^Nationalität \//, "count"]],
  territory: "kreise",
  // One file per year (13111-07-05-4_<Jahr>.csv): each holds one year of the span.
  years: [from, to],
  complete: false,
  rules: [landSums(is(/^Nationalität \/ Insgesamt \/ Geschlecht \/ Insgesamt$/), 0, "SvB insgesamt")]
});

/**
 * The Regionaldatenbank mirror of 2017: Kreise of several Gebietsstände (no territory rule), the span of each
 * table; counts ("Anzahl", persons by sex), amounts (1000 persons, EUR), balances that may be negative.
 */
const rdb2017 = (from: number, to: number, extra: SourceRules["fields"] = []): SourceRules => ({
  fields: [
    ...extra,
    [/(^|\/ )(Insgesamt|männlich|weiblich)$|\/ Anzahl$/, "count"],
    [/\/ (1000|Tsd\. EUR|EUR)$/, "amount"]
  ],
  years: [from, to]
});

export const DECLARATIONS: Record<string, Declaration> = {
  // Land prices 2024: cases and areas counts, sums and prices amounts; price = sum ÷ area within rounding.
  "genesis-61511-01-03-4-2024": {
    fields: [
      [/^BAU00[12]$/, "count"],
      [/^BAU00[34]$/, "amount"]
    ],
    territory: "kreise",
    years: [2024, 2024],
    rules: [quotientOfParts("BAU004", "BAU003", "BAU002", 2, "price per m²")]
  },
  // Income tax statistics 2021: taxpayers counts, amounts in 1000 EUR; income per taxpayer 15,000–150,000 EUR
  // (Kreise 2021: 32,422–81,590).
  "genesis-73111-01-01-4-2021": {
    fields: [
      [/^LSNW01$/, "count"],
      [/^(LSNW02|EKF002)$/, "amount"]
    ],
    territory: "kreise",
    years: [2021, 2021],
    rules: [
      ratioBand("EKF002", "LSNW01", {
        scale: 1000,
        min: 15_000,
        max: 150_000,
        label: "income per taxpayer (EUR; Kreise 2021: 32,422–81,590)"
      })
    ]
  },
  // Insolvencies 2024 (per 10,000 SvB: sibling rule with the BA, siblings.ts).
  "genesis-52411-02-01-4-2024": {
    fields: [
      [/^(ISV006|ISVNW1)$/, "count"],
      [/^FOR002$/, "amount"]
    ],
    territory: "kreise",
    years: [2024, 2024]
  },
  "rdb-13211-02-05-4-2026-2025": unemploymentExport(2025, 2025),
  "rdb-13211-02-05-4-2026-2023": unemploymentExport(2023, 2023),
  "rdb-13211-02-05-4-2021": unemploymentExport(2015, 2020),
  "rdb-13211-02-05-4-2017": {
    // Kreise of earlier Gebietsstände (no territory rule); Niedersachsen's Land rows differ from the sum of its
    // Kreise in 2009/2010 as published (README, "Prüfungen"): no Land-sum rule.
    ...unemploymentExport(2001, 2016),
    // One row there has a total rate outside its men's and women's (06634 Schwalm-Eder-Kreis 2014: 5.2, parts 5.1 and 4.0).
    territory: undefined,
    rules: unemploymentExport(2001, 2016).rules!.slice(0, 2)
  },
  "rdb-12411-02-03-4-2017": rdb2017(2015, 2015),
  "rdb-12612-01-01-4-2017": rdb2017(1995, 2015),
  "rdb-12613-01-01-4-2017": rdb2017(1995, 2015),
  "rdb-12711-05-02-4-2017": rdb2017(1995, 2015),
  "rdb-13111-01-03-4-2017": rdb2017(2012, 2015),
  "rdb-13111-02-02-4-2017": rdb2017(2012, 2015),
  "rdb-13111-07-05-4-2017": rdb2017(2015, 2015),
  "rdb-13111-09-01-4-2017": rdb2017(2012, 2015, [[/^Pendlersaldo/, "signed"]]),
  "rdb-13312-01-04-4-2017": rdb2017(2000, 2014),
  "rdb-13312-02-03-4-2017": rdb2017(2000, 2014),
  "rdb-52311-01-04-4-2017": rdb2017(1998, 2015),
  "rdb-82111-01-05-4-2017": rdb2017(2000, 2014),
  "rdb-13111-07-05-4-2021": svbBySection(2015, 2020),
  // BA extracts, summed per Kreis and year: every Kreis of region_codes.csv, no year missing, no Kreis ×10
  // from one year to the next.
  "ba-kldb-unemployed": {
    fields: [[/^unemployed$/, "amount"]],
    territory: "ba",
    years: [2013, 2025],
    rules: [yearOnYear(KREIS, BA_SUM_FACTOR, YEAR_ON_YEAR.unemployedMinValue)]
  },
  "ba-kldb-vacancies": {
    fields: [[/^vacancies$/, "amount"]],
    territory: "ba",
    years: [2013, 2025],
    rules: [yearOnYear(KREIS, BA_SUM_FACTOR, YEAR_ON_YEAR.unemployedMinValue)]
  },
  "ba-kldb-employees-workplace": {
    fields: [[/^svb_workplace$/, "count"]],
    territory: "ba",
    years: [2013, 2025],
    rules: [yearOnYear(KREIS, 1.5, 1000)]
  },
  "ba-kldb-employees-residence": {
    fields: [[/^svb_residence$/, "count"]],
    territory: "ba",
    years: [2013, 2025],
    rules: [yearOnYear(KREIS, 1.5, 1000)]
  },
  // Readers that check their declared content themselves (data-loaders/lib/expectations.ts), on rows that never
  // leave them. Moving these onto observations is the next step; until then the reader is named here.
  "iwh-kraftwerke-2026": {inReader: "readIwhPlants (IWH_DECLARATION)"},
  "bnetza-kraftwerksliste-2026": {inReader: "readBnetzaUnits"},
  "opsd-kraftwerke-2020": {inReader: "readOpsdUnits"},
  "wikipedia-braunkohletagebaue": {inReader: "readMines"},
  "bkg-vg5000-2021": {inReader: "readVg5000 (ARS length, .prj, .cpg)"},
  "rdb-12411-01-01-4-2017": {inReader: "readPopulationExport"},
  "rdb-12411-01-01-5-2017": {inReader: "readPopulationExport"},
  "rdb-12411-01-01-4-2023": {inReader: "readPopulationExport"},
  "genesis-12411-01-01-4-2024": {inReader: "readGenesisPopulation"},
  "zensus-1000A-0000": {inReader: "readZensusGemeinden"},
  "gv-1990": {inReader: "readGvWorkbook / readGvCsv (parseGvRows)"},
  "gv-1994": {inReader: "readGvWorkbook / readGvCsv (parseGvRows)"},
  "gv-1997": {inReader: "readGvWorkbook / readGvCsv (parseGvRows)"},
  "gv-2002": {inReader: "readGvWorkbook / readGvCsv (parseGvRows)"},
  "gv-2005": {inReader: "readGvWorkbook / readGvCsv (parseGvRows)"},
  "gv-2009": {inReader: "readGvWorkbook / readGvCsv (parseGvRows)"},
  "gv-2013": {inReader: "readGvWorkbook / readGvCsv (parseGvRows)"},
  "gv-2016": {inReader: "readGvWorkbook / readGvCsv (parseGvRows)"},
  "gv-2017": {inReader: "readGvWorkbook / readGvCsv (parseGvRows)"},
  "gv-2019": {inReader: "readGvWorkbook / readGvCsv (parseGvRows)"},
  "gv-q4-2020": {inReader: "readGvWorkbook / readGvCsv (parseGvRows)"},
  "gv-2021": {inReader: "readGvWorkbook / readGvCsv (parseGvRows)"},
  "gv-2023": {inReader: "readGvWorkbook / readGvCsv (parseGvRows)"},
  "gv-2024": {inReader: "readGvWorkbook / readGvCsv (parseGvRows)"},
  "bbsr-ref-kreise-1990-2020": {inReader: "readBbsrWorkbook"},
  "bbsr-ref-gemeinden-2020-2022": {inReader: "readBbsrWorkbook"},
  "destatis-kreise-2018": {inReader: "readKreisPopulation"},
  "genesis-13211-0007-2026": {inReader: "genesisLaenderUnemployment, readGenesisOnlineExport (header years)"},
  "ba-pendleratlas-2016": {inReader: "readPendleratlas"},
  "gerda-inkar-covariates": {inReader: "readGerdaCountyTable (GERDA_TABLES)"},
  "gerda-bbsr-ref-kreise": {inReader: "readGerdaCountyTable (GERDA_TABLES)"}
};
