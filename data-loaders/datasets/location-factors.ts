import {COMPOSITE_REGIONS} from "../../src/shared/regions.js";
import type {CommuterRow, LocationFactorRow, PopulationRow} from "../../src/shared/rows.js";
import {NEWEST_TERRITORY, oldTerritoryMembers, territoryOfFigure} from "../../src/shared/territory.js";
import type {BuildContext} from "../dataset.js";
import {defineDataset} from "../dataset.js";
import {SourceError} from "../lib/errors.js";
import {sourcePath} from "../lib/paths.js";
import {readGenesisTable, type GenesisObservation, type GenesisTable} from "../sources/genesis-flat-csv.js";
import {findColumn, yearOfTime} from "../sources/regionaldatenbank-export.js";
import {baEmployees, baRegionCodes, cellValue, rdbTable} from "../inputs/employment.js";

const KREIS = /^\d{5}$/;

/** A row before its territory is set (the dataset sets it from code, year and source). */
type FactorRow = Omit<LocationFactorRow, "territory">;

/** A component value of one Kreis: the number, or null with the special value of the source cell. */
interface Component {
  value: number | null;
  flag: string | null;
}

/** Reads (once per build) a tablefile of genesis-api-2026. */
function genesisTable(context: BuildContext, table: string): GenesisTable {
  return context.cached(`genesis:${table}`, () => readGenesisTable(sourcePath(`genesis-api-2026/tablefiles/${table}`)));
}

/**
 * The Kreis values of one value variable of a GENESIS table, where the other variables' attributes match
 * `where` ("" = the total). Rows of districts and municipalities (8-digit keys: Berlin Bezirke, Saarbrücken)
 * are skipped; a Kreis twice is an error naming the line.
 */
export function kreisValues(
  table: GenesisTable,
  valueCode: string,
  where: Record<string, string> = {}
): {year: number; values: Map<string, Component>} {
  const values = new Map<string, Component>();
  let year: number | null = null;
  const lines = new Map<string, number>();
  const matching = table.data.observations.filter(
    (o) =>
      o.valueCode === valueCode &&
      Object.entries(where).every(
        ([code, attribute]) => o.variables.find((v) => v.code === code)?.attribute === attribute
      )
  );
  if (!matching.length) {
    throw new SourceError(
      {file: table.data.file, field: "value_variable_code"},
      `no observations of ${valueCode} with ${JSON.stringify(where)} (renamed variable?)`
    );
  }
  for (const o of matching) {
    const code = kreisOf(o, table.data.file);
    if (!KREIS.test(code)) continue;
    const previous = lines.get(code);
    if (previous !== undefined) {
      throw new SourceError({file: table.data.file, line: o.line}, `Kreis ${code} twice (first on line ${previous})`);
    }
    lines.set(code, o.line);
    const y = Number(o.time);
    if (year !== null && y !== year) {
      throw new SourceError(
        {file: table.data.file, line: o.line, field: "time"},
        `expected one year, found ${year} and ${y}`
      );
    }
    year = y;
    values.set(code, {value: o.value, flag: o.value === null ? o.flag : null});
  }
  return {year: year!, values};
}

function kreisOf(o: GenesisObservation, file: string): string {
  const kreis = o.variables.find((v) => v.code === "KREISE");
  if (!kreis) throw new SourceError({file, line: o.line, field: "1_variable_code"}, "expected the variable KREISE");
  return kreis.attribute;
}

/** The sum targets of a Kreis: its Land, Germany and the aggregates of src/shared/regions.ts it belongs to. */
export function sumTargets(kreis: string): string[] {
  const land = kreis.slice(0, 2);
  return [
    land,
    "DG",
    ...COMPOSITE_REGIONS.filter((a) => a.members.includes(kreis) || a.members.includes(land)).map((a) => a.code)
  ];
}

/**
 * Sums Kreis components into every target region. A target with an unknown member is flagged
 * `members_missing` (the sum, and any ratio of such sums, covers only the known members).
 */
export function sumComponents(kreise: ReadonlyMap<string, Component>): Map<string, {value: number; missing: number}> {
  const sums = new Map<string, {value: number; missing: number}>();
  for (const [kreis, {value, flag}] of kreise) {
    for (const target of sumTargets(kreis)) {
      const sum = sums.get(target) ?? {value: 0, missing: 0};
      // "-" is "nichts vorhanden" (nothing): zero in a sum, not a gap. Dissolved Kreise stand in the tables as "-".
      if (value === null && flag !== "-") sum.missing++;
      else if (value !== null) sum.value += value;
      sums.set(target, sum);
    }
  }
  return sums;
}

/**
 * A ratio per region: for Kreise `numerator / denominator × scale` of the Kreis; for Länder, Germany and the
 * aggregates the ratio of the summed components (never an average of Kreis ratios).
 */
export function ratioRows(
  numerator: ReadonlyMap<string, Component>,
  denominator: ReadonlyMap<string, Component>,
  scale: number,
  digits: number,
  base: Omit<FactorRow, "code" | "value" | "flag" | "computed">,
  current: ReadonlySet<string>
): FactorRow[] {
  const round = (v: number) => Math.round(v * 10 ** digits) / 10 ** digits;
  const rows: FactorRow[] = [];
  for (const [code, n] of numerator) {
    if (!current.has(code)) continue;
    const d = denominator.get(code);
    const value = n.value === null || !d?.value ? null : round((n.value / d.value) * scale);
    rows.push({...base, code, value, flag: value === null ? (n.flag ?? d?.flag ?? "missing") : null, computed: true});
  }
  const sumsN = sumComponents(numerator);
  const sumsD = sumComponents(denominator);
  for (const [code, n] of sumsN) {
    const d = sumsD.get(code);
    const missing = n.missing + (d?.missing ?? 0);
    rows.push({
      ...base,
      code,
      value: d && d.value > 0 ? round((n.value / d.value) * scale) : null,
      flag: missing ? "members_missing" : null,
      computed: true
    });
  }
  return rows;
}

/** Published Kreis values, and sums of them for Länder, Germany and the aggregates. */
export function countRows(
  kreise: ReadonlyMap<string, Component>,
  base: Omit<FactorRow, "code" | "value" | "flag" | "computed">,
  current: ReadonlySet<string>
): FactorRow[] {
  const rows: FactorRow[] = [...kreise]
    .filter(([code]) => current.has(code))
    .map(([code, {value, flag}]) => ({
      ...base,
      code,
      value,
      flag,
      computed: false
    }));
  for (const [code, {value, missing}] of sumComponents(kreise)) {
    rows.push({...base, code, value, flag: missing ? "members_missing" : null, computed: true});
  }
  return rows;
}

function landPrices(context: BuildContext): FactorRow[] {
  const current = baRegionCodes(context);
  const table = genesisTable(context, "61511-01-03-4");
  const source = "genesis-61511-01-03-4-2024";
  const rows: FactorRow[] = [];
  for (const [plot, attribute] of [
    ["all", ""],
    ["baureif", "BAUNW101"]
  ] as const) {
    const where = {BAUNW2: attribute};
    const price = kreisValues(table, "BAU004", where);
    const area = kreisValues(table, "BAU002", where);
    const sum = kreisValues(table, "BAU003", where);
    const cases = kreisValues(table, "BAU001", where);
    const year = price.year;
    // Kreise: the price as published. Länder, Germany, aggregates: purchase sum ÷ area of the summed Kreise
    // (both rounded in the source to 1,000 EUR and 1,000 m², so approximate), computed.
    for (const row of countRows(price.values, {measure: `land_price_${plot}`, year, unit: "EUR/m²", source}, current)) {
      if (!row.computed) rows.push(row);
    }
    for (const row of ratioRows(
      sum.values,
      area.values,
      1,
      2,
      {measure: `land_price_${plot}`, year, unit: "EUR/m²", source},
      current
    )) {
      if (row.code.length !== 5) rows.push(row);
    }
    rows.push(...countRows(area.values, {measure: `land_area_${plot}`, year, unit: "1000 m²", source}, current));
    rows.push(...countRows(sum.values, {measure: `land_sum_${plot}`, year, unit: "1000 EUR", source}, current));
    rows.push(...countRows(cases.values, {measure: `land_cases_${plot}`, year, unit: "Anzahl", source}, current));
  }
  return rows;
}

function income(context: BuildContext): FactorRow[] {
  const current = baRegionCodes(context);
  const table = genesisTable(context, "73111-01-01-4");
  const source = "genesis-73111-01-01-4-2021";
  const taxpayers = kreisValues(table, "LSNW01");
  const total = kreisValues(table, "EKF002");
  const year = taxpayers.year;
  return [
    ...countRows(taxpayers.values, {measure: "taxpayers", year, unit: "Anzahl", source}, current),
    // Gesamtbetrag der Einkünfte in 1,000 EUR per taxpayer → EUR per taxpayer.
    ...ratioRows(
      total.values,
      taxpayers.values,
      1000,
      0,
      {measure: "income_per_taxpayer", year, unit: "EUR", source},
      current
    )
  ];
}

/** SvB at the workplace on 30 June of `year`, summed over occupation groups (suppressed cells make it a lower bound). */
async function svbByKreis(context: BuildContext, year: number): Promise<Map<string, Component>> {
  const sums = new Map<string, Component>();
  for (const cell of await baEmployees(context, "workplace")) {
    if (cell.year !== year) continue;
    const sum = sums.get(cell.region) ?? {value: 0, flag: null};
    if (cell.n !== null) sum.value! += cell.n;
    sums.set(cell.region, sum);
  }
  if (!sums.size) throw new Error(`no SvB at the workplace for ${year} in the BA extract`);
  return sums;
}

/**
 * The SvB denominator on the territory of the cases (52411 on the Kreise of 31.12. of the year, the BA extract on
 * the newest): a Kreis whose territory changed in between gets the sum of the Kreise its old territory now forms
 * (Main-Kinzig-Kreis 2024 with Hanau: 06435 + 06415), or no denominator (then no ratio) where no such sum is
 * recorded. Issue 16: 91 insolvencies with Hanau over 94,294 SvB without it gave 9.7 instead of 6.4.
 */
export function onCasesTerritory(svb: ReadonlyMap<string, Component>, year: number): Map<string, Component> {
  const out = new Map(svb);
  for (const code of svb.keys()) {
    if (!KREIS.test(code) || territoryOfFigure(code, year, "genesis-52411") === NEWEST_TERRITORY) continue;
    const members = oldTerritoryMembers(code, `${year}-12-31`);
    const parts = members?.map((m) => svb.get(m)?.value ?? null);
    // The absorbed Kreis (Hanau) has no cases of its own in that year; it must not count twice in the Land sums.
    for (const m of members ?? []) if (m !== code) out.delete(m);
    out.set(
      code,
      parts && parts.every((v) => v !== null)
        ? {value: parts.reduce((a, b) => a! + b!, 0), flag: null}
        : {value: null, flag: "territory_mismatch"}
    );
  }
  return out;
}

async function insolvencies(context: BuildContext): Promise<FactorRow[]> {
  const current = baRegionCodes(context);
  const table = genesisTable(context, "52411-02-01-4");
  const source = "genesis-52411-02-01-4-2024";
  const cases = kreisValues(table, "ISV006", {ISVAT3: ""});
  const year = cases.year;
  const svb = onCasesTerritory(await svbByKreis(context, year), year);
  return [
    ...countRows(cases.values, {measure: "insolvencies", year, unit: "Anzahl", source}, current),
    ...ratioRows(
      cases.values,
      svb,
      10_000,
      1,
      {
        measure: "insolvencies_per_10000_svb",
        year,
        unit: "je 10.000 SvB",
        source: `${source},ba-kldb-employees-workplace`
      },
      current
    )
  ];
}

function businessRegistrations(context: BuildContext): FactorRow[] {
  const current = baRegionCodes(context);
  const table = rdbTable(context, "52311-01-04-4");
  const source = "rdb-52311-01-04-4-2017";
  const population = context.rows<PopulationRow>("population");
  const rows: FactorRow[] = [];
  const columns = [
    ["registrations", findColumn(table, ["Gewerbeanmeldungen", "Anzahl"])],
    ["closures", findColumn(table, ["Gewerbeabmeldungen", "Anzahl"])]
  ] as const;
  const years = [...new Set(table.records.map((r) => yearOfTime(r.time)))];
  for (const year of years) {
    const inhabitants = new Map<string, Component>();
    for (const p of population) {
      if (p.year === year && p.sex === "total" && KREIS.test(p.code))
        inhabitants.set(p.code, {value: p.value, flag: p.flag});
    }
    for (const [measure, column] of columns) {
      const counts = new Map<string, Component>();
      for (const record of table.records) {
        if (yearOfTime(record.time) !== year || !KREIS.test(record.code)) continue;
        counts.set(record.code, cellValue(table, record, column));
      }
      rows.push(...countRows(counts, {measure: `business_${measure}`, year, unit: "Anzahl", source}, current));
      if (inhabitants.size) {
        rows.push(
          ...ratioRows(
            counts,
            inhabitants,
            10_000,
            1,
            {
              measure: `business_${measure}_per_10000`,
              year,
              unit: "je 10.000 Einwohner",
              source: `${source},${[...new Set(population.filter((p) => p.year === year && p.code.length === 5).map((p) => p.source))].join(",")}`
            },
            current
          )
        );
      }
    }
  }
  return rows;
}

function commuterBalance(context: BuildContext): FactorRow[] {
  const commuters = context.rows<CommuterRow>("commuters");
  const year = Math.max(...commuters.map((r) => r.year));
  return commuters
    .filter((r) => r.year === year && ["balance", "in_commuters", "out_commuters", "svb_residence"].includes(r.measure))
    .map((r) => ({
      code: r.code,
      measure: r.measure === "balance" ? "commuter_balance" : r.measure,
      year,
      value: r.value,
      unit: "Personen",
      flag: r.flag,
      computed: r.computed,
      source: r.source
    }));
}

/**
 * Location factors an investor asks about, one row per region, measure and year: land prices (61511-01-03-4),
 * income per taxpayer (73111-01-01-4), company insolvencies per 10,000 SvB (52411-02-01-4 with BA SvB), business
 * registrations and closures per 10,000 inhabitants (52311-01-04-4), commuters (Pendleratlas).
 */
export const locationFactors = defineDataset<LocationFactorRow>({
  name: "location_factors",
  description:
    "Standortfaktoren: Kaufwerte für Bauland 2024, Einkünfte je Steuerpflichtigen 2021, Unternehmensinsolvenzen je 10.000 SvB 2024, Gewerbean- und -abmeldungen je 10.000 Einwohner 1998–2015, Pendlersaldo 2016; Kreise, Länder, Deutschland, Reviere",
  schema: {
    code: "string",
    measure: "string",
    year: "int",
    value: "float",
    unit: "string",
    flag: "string",
    computed: "bool",
    source: "string",
    territory: "string"
  },
  columns: {
    code: "Regionalschlüssel (Kreis 5-, Land 2-stellig, DG = Deutschland) oder Aggregat (REV-MD, REV-LAU, REV-RH, OST, OST-B)",
    measure:
      "land_price_all / land_price_baureif (EUR/m²), land_area_* (1000 m²), land_sum_* (Kaufsumme, 1000 EUR), land_cases_* (Veräußerungsfälle), taxpayers, income_per_taxpayer (EUR), insolvencies, insolvencies_per_10000_svb, business_registrations, business_closures (+ _per_10000 Einwohner), commuter_balance, in_commuters, out_commuters, svb_residence",
    year: "Berichtsjahr",
    value: "Wert in `unit`; leer mit flag, wenn nicht veröffentlicht",
    unit: "Einheit",
    flag: "Sonderzeichen der Quelle (- . x) oder members_missing = Summe/Quotient ohne fehlende Kreise",
    computed:
      "true = eigene Berechnung (Quotient, Summe der Kreise; Bodenpreis für Länder/Deutschland = Kaufsumme ÷ Fläche)",
    source: "Quellen (ids im Quellenkatalog sources.json, kommagetrennt)",
    territory: `Gebietsstand des Werts: ${NEWEST_TERRITORY} oder „Gebietsstand vor <Datum>" (Quotienten: Zähler und Nenner auf diesem Gebiet; territory_mismatch = kein gemeinsames Gebiet, leer)`
  },
  build: async (context) => {
    const rows = [
      ...landPrices(context),
      ...income(context),
      ...(await insolvencies(context)),
      ...businessRegistrations(context),
      ...commuterBalance(context)
    ];
    return rows
      .map((r): LocationFactorRow => ({...r, territory: territoryOfFigure(r.code, r.year, r.source)}))
      .sort((a, b) => a.measure.localeCompare(b.measure) || a.year - b.year || a.code.localeCompare(b.code));
  }
});
