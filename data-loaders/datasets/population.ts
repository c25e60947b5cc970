import {isAbsolute} from "node:path";

import {AGGREGATES} from "../../src/lib/regions.js";
import type {BuildContext} from "../dataset.js";
import {defineDataset} from "../dataset.js";
import {SourceError} from "../lib/errors.js";
import {sourcePath} from "../lib/paths.js";
import {count, covers, expectRows, includesAll, regionCode, totalOfParts, yearWithin} from "../lib/expectations.js";
import {parseGermanNumber} from "../lib/values.js";
import {convertPopulation, readBbsrWorkbook, type BbsrSheet, unitPopulation} from "../sources/bbsr-referenz.js";
import {kreisKey, readGvCsv, readGvWorkbook, type GvTable} from "../sources/destatis-gv.js";
import {readGenesisTable, variable} from "../sources/genesis-flat-csv.js";
import {
  readRegionaldatenbankExport,
  regionName,
  valueColumns,
  yearOfStichtag
} from "../sources/regionaldatenbank-export.js";
import type {PopulationRow, Sex} from "../../src/lib/rows.js";

const SEX_LABELS: Record<string, Sex> = {Insgesamt: "total", männlich: "male", weiblich: "female"};
const SEXES: Sex[] = ["total", "male", "female"];

/**
 * The census base of a 31.12. population figure. The Regionaldatenbank notes "ab dem Berichtsjahr 2011: nach dem
 * Zensus 2011"; the Gemeindeverzeichnis states that 31.12.2023 is still on Zensus-2011 basis, and the GENESIS
 * table of 31.12.2024 is on Zensus-2022 basis (PROVENANCE.md, caveat 2).
 */
export function censusBasis(year: number): string {
  if (year >= 2024) return "Zensus 2022";
  if (year >= 2011) return "Zensus 2011";
  return "VZ 1987 / Register 1990";
}

/** Source ids of the files this dataset reads (keys of src/lib/sources.ts). */
export const POPULATION_SOURCES = {
  rdb2017: "rdb-12411-01-01-4-2017",
  rdbGemeinden2017: "rdb-12411-01-01-5-2017",
  rdb2023: "rdb-12411-01-01-4-2023",
  genesis2024: "genesis-12411-01-01-4-2024",
  bbsrKreise: "bbsr-ref-kreise-1990-2020",
  bbsrGemeinden: "bbsr-ref-gemeinden-2020-2022",
  gvQ4_2020: "gv-q4-2020",
  zensus2022: "zensus-1000A-0000"
} as const;

/** The GV files the datasets read: source id → file. `gv-<year>` is the population date's year. */
export const GV_FILES: Record<string, string> = {
  "gv-1990": "destatis-gv/31121990_Auszug_GV.xlsx",
  "gv-1994": "destatis-gv/31121994_Auszug_GV.xlsx",
  "gv-1997": "destatis-gv/31121998_Auszug_GV.xlsx",
  "gv-2002": "destatis-gv/31122002_Auszug_GV.xlsx",
  "gv-2005": "destatis-gv/31122005_Auszug_GV.xlsx",
  "gv-2009": "destatis-gv/31122009_Auszug_GV.xlsx",
  "gv-2013": "destatis-gv/31122013_Auszug_GV.xlsx",
  "gv-2017": "destatis-gv/31122017_Auszug_GV.xlsx",
  "gv-2021": "destatis-gv/31122021_Auszug_GV.xlsx",
  "gv-2023": "destatis-gv/31122023_Auszug_GV.xlsx",
  "gv-2024": "destatis-gv/AuszugGV4QAktuell_2024.xlsx"
};

// ---------------------------------------------------------------------------------------------------------------
// Cached source reads (each workbook is parsed once per build, whichever dataset asks first)

export function gvTable(context: BuildContext, id: string): GvTable {
  return context.cached(`gv:${id}`, () => {
    if (id === POPULATION_SOURCES.gvQ4_2020) {
      return readGvCsv(sourcePath("destatis-gv/q4-2020/AuszugGV4QAktuell.csv"), {
        gebietsstand: "31.12.2020",
        populationDate: "31.12.2019"
      });
    }
    const file = GV_FILES[id];
    if (!file) throw new Error(`unknown GV source "${id}"`);
    return readGvWorkbook(sourcePath(file));
  });
}

export function bbsrKreise(context: BuildContext): BbsrSheet[] {
  return context.cached("bbsr:kreise", () =>
    readBbsrWorkbook(sourcePath("bbsr-referenz/ref-kreise-umrech-2021-1990-2020.xlsx"), "kreis")
  );
}

export function bbsrGemeinden(context: BuildContext): BbsrSheet[] {
  return context.cached("bbsr:gemeinden", () =>
    readBbsrWorkbook(sourcePath("bbsr-referenz/ref-gemeinden-ab-2020.xlsx"), "gemeinde")
  );
}

/** A figure of one region, date and sex from one source. */
export interface Figure {
  code: string;
  name: string;
  year: number;
  sex: Sex;
  value: number | null;
  flag: string | null;
  source: string;
}

/** Population by sex from a Regionaldatenbank export of table 12411-01-01-4 or -5 (time and sex in columns). */
export function readPopulationExport(relativePath: string, source: string): Figure[] {
  const path = isAbsolute(relativePath) ? relativePath : sourcePath(relativePath);
  const data = readRegionaldatenbankExport(path);
  if (!/^12411-01-01-[45]$/.test(data.table)) {
    throw new SourceError({file: path, line: 1}, `expected table 12411-01-01-4 or -5, found ${data.table}`);
  }
  const columns = valueColumns(data).map((column) => {
    const date = column.labels.find((label) => /^\d{2}\.\d{2}\.\d{4}$/.test(label)) ?? column.labels[0] ?? "";
    const sexLabel = column.labels.at(-1) ?? "";
    const sex = SEX_LABELS[sexLabel];
    if (!sex) throw new SourceError({file: path, field: `column ${column.index + 1}`}, `unknown sex "${sexLabel}"`);
    return {index: column.index, year: yearOfStichtag(date, {file: path, field: `column ${column.index + 1}`}), sex};
  });
  const rows: Figure[] = [];
  const checked: CheckedFigure[] = [];
  const seen = new Set<string>();
  for (const record of data.rows) {
    const code = record.cells[0]!.trim();
    if (seen.has(code))
      throw new SourceError({file: path, line: record.line, field: "code"}, `duplicate region ${code}`);
    seen.add(code);
    const name = regionName(record.cells[1] ?? "");
    for (const {index, year, sex} of columns) {
      const {value, flag} = parseGermanNumber(record.cells[index]!, {
        file: path,
        line: record.line,
        field: `${sex} 31.12.${year}`
      });
      rows.push({code, name, year, sex, value, flag, source});
      checked.push({line: record.line, code, year, sex, value, field: `${sex} 31.12.${year}`});
    }
  }
  const standYear = Number(data.stand.slice(6));
  checkPopulationFigures(path, checked, {
    lengths: data.table.endsWith("-5") ? [0, 2, 3, 5, 7, 8, 10, 11] : [0, 2, 3, 5, 8],
    years: [FIRST_YEAR, standYear],
    required: ["DG", ...LAND_CODES],
    requiredLabel: "Deutschland and the 16 Länder"
  });
  return rows;
}

const LAND_CODES = Array.from({length: 16}, (_, i) => String(i + 1).padStart(2, "0"));

/** A figure with where it stands, for the declared checks. */
interface CheckedFigure {
  line: number;
  code: string;
  year: number;
  sex: Sex;
  value: number | null;
  field: string;
}

/**
 * What a population table must contain: region codes of the right length with their leading zero ("1001" is not
 * Flensburg), persons ≥ 0, years within the file's span and not after its data stand, total = männlich + weiblich,
 * and the regions the table covers (Germany and the Länder, or all Kreise).
 */
export function checkPopulationFigures(
  file: string,
  figures: CheckedFigure[],
  declared: {
    lengths: number[];
    years: [number, number];
    required?: readonly string[];
    requiredLabel?: string;
    kreise?: ReadonlySet<string>;
  }
): void {
  const byKey = new Map<string, Partial<Record<Sex, CheckedFigure>>>();
  for (const f of figures) {
    const key = `${f.code}|${f.year}`;
    byKey.set(key, {...byKey.get(key), [f.sex]: f});
  }
  const triples = [...byKey.values()].filter((t) => t.total && t.male && t.female) as Record<Sex, CheckedFigure>[];
  expectRows<CheckedFigure>(figures, {
    file,
    line: (f) => f.line,
    rules: [
      regionCode("code", (f) => f.code, {lengths: declared.lengths}),
      count(
        (f) => f.field,
        (f) => f.value
      ),
      yearWithin("Stichtag", (f) => f.year, declared.years[0], declared.years[1]),
      ...(declared.required
        ? [includesAll<CheckedFigure>("code", (f) => f.code, declared.required, declared.requiredLabel!)]
        : []),
      ...(declared.kreise
        ? [
            covers<CheckedFigure>(
              "code",
              {code: (f) => f.code, year: (f) => f.year},
              {
                codes: declared.kreise,
                label: "Kreise (Gebietsstand 31.12.2024)",
                allowOthers: true
              }
            )
          ]
        : [])
    ]
  });
  expectRows(triples, {
    file,
    line: (t) => t.total.line,
    rules: [
      totalOfParts(
        "Insgesamt",
        (t) => t.total.value,
        [(t) => t.male.value, (t) => t.female.value],
        "männlich + weiblich"
      )
    ]
  });
}

/** Kreise, Länder and Germany of 31.12.2024 from the GENESIS flat CSV (Kreise only; Länder are summed later). */
export function readGenesisPopulation(
  kreise?: ReadonlySet<string>,
  dir = sourcePath("genesis-api-2026/tablefiles/12411-01-01-4")
): Figure[] {
  const {data, metadata} = readGenesisTable(dir);
  const file = `${dir}/${data.file}`;
  const out: Figure[] = [];
  const checked: CheckedFigure[] = [];
  for (const o of data.observations) {
    const region = variable(o, ["KREISE", "DLAND", "DINSG"], file);
    const sexVariable = variable(o, ["GES"], file);
    const sex: Sex | undefined = {"": "total", GESM: "male", GESW: "female"}[sexVariable.attribute] as Sex | undefined;
    if (!sex) {
      throw new SourceError(
        {file, line: o.line, field: "2_variable_attribute_code"},
        `unknown sex "${sexVariable.attribute}"`
      );
    }
    if (!/^(DG|\d{2}|\d{3}|\d{5}|\d{8})$/.test(region.attribute)) {
      throw new SourceError(
        {file, line: o.line, field: "1_variable_attribute_code"},
        `expected a region code, found "${region.attribute}"`
      );
    }
    if (o.valueCode !== "BEVSTD") {
      throw new SourceError(
        {file, line: o.line, field: "value_variable_code"},
        `expected BEVSTD, found ${o.valueCode}`
      );
    }
    const year = Number(o.time.slice(0, 4));
    if (!o.time.endsWith("-12-31")) {
      throw new SourceError({file, line: o.line, field: "time"}, `expected a 31 December, found ${o.time}`);
    }
    out.push({
      code: region.attribute,
      name: region.attributeLabel,
      year,
      sex,
      value: o.value,
      flag: o.flag,
      source: POPULATION_SOURCES.genesis2024
    });
    checked.push({line: o.line, code: region.attribute, year, sex, value: o.value, field: "value"});
  }
  // The table's span is in its metadata ("From" 31.12.1995, "To" 31.12.2024): no row may lie outside it.
  checkPopulationFigures(file, checked, {
    lengths: [0, 2, 5, 8],
    years: [Number(metadata.from.slice(6)), Number(metadata.to.slice(6))],
    kreise
  });
  return out;
}

/** Gemeinde population summed per Kreis (5-digit) and per Land (2-digit), by sex, from a GV extract. */
export function gvSums(table: GvTable, source: string): Figure[] {
  const year = Number(table.populationDate.slice(6));
  const sums = new Map<string, Record<Sex, number | null>>();
  for (const record of table.records) {
    if (record.satzart !== "60") continue;
    for (const code of [kreisKey(record), record.land, "DG"]) {
      const entry = sums.get(code) ?? {total: 0, male: 0, female: 0};
      entry.total = add(entry.total, record.population);
      entry.male = add(entry.male, record.male);
      entry.female = add(entry.female, record.female);
      sums.set(code, entry);
    }
  }
  return [...sums].flatMap(([code, entry]) =>
    SEXES.map((sex) => ({code, name: "", year, sex, value: entry[sex], flag: entry[sex] === null ? "." : null, source}))
  );
}

/** BBSR Gemeinde sheet (2022 is exact) summed per Kreis and Land; each source Gemeinde counted once. */
export function bbsrGemeindeSums(sheet: BbsrSheet, source: string): Figure[] {
  const sums = new Map<string, number | null>();
  for (const [gemeinde, population] of unitPopulation(sheet)) {
    for (const code of [gemeinde.slice(0, 5), gemeinde.slice(0, 2), "DG"]) {
      sums.set(code, add(sums.get(code) ?? 0, population));
    }
  }
  return [...sums].map(([code, value]) => ({
    code,
    name: "",
    year: sheet.year,
    sex: "total" as Sex,
    value,
    flag: value === null ? "." : null,
    source
  }));
}

function add(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : a + b;
}

/**
 * Whether Kreis `code` had its territory of 31.12.2021 at the end of `year`: in the BBSR conversion table of
 * that year it maps onto itself with population key 1 and no other Kreis maps into it.
 */
export function stableKreise(sheet: BbsrSheet): Set<string> {
  // Raw rows: a repeated row (the 2020 Eisenach defect) still shows that two Kreise went into one.
  const rows = sheet.rows;
  const byTarget = new Map<string, typeof rows>();
  for (const row of rows) byTarget.set(row.target, [...(byTarget.get(row.target) ?? []), row]);
  const bySource = new Map<string, number>();
  for (const row of rows) bySource.set(row.code, (bySource.get(row.code) ?? 0) + 1);
  const stable = new Set<string>();
  for (const [target, into] of byTarget) {
    const only = into.length === 1 ? into[0]! : undefined;
    if (only && only.code === target && only.populationKey === 1 && bySource.get(target) === 1) stable.add(target);
  }
  return stable;
}

// ---------------------------------------------------------------------------------------------------------------
// The dataset

const FIRST_YEAR = 1990;
/** The BBSR Kreis sheet of 31.12.2011 carries the pre-census (VZ 1987 / Register 1990) figures. */
export const BBSR_PRE_CENSUS_YEAR = 2011;
const LAST_YEAR = 2024;
/**
 * The BBSR Kreis sheet headed "Bevölkerung am 31.12.1990" does not hold 31.12.1990 figures: its Kreise add up to
 * Land totals 2–3 % away from the exact GV 31.12.1990 (Bayern 11,220,800 vs 11,448,823; Sachsen 4,900,800 vs
 * 4,764,301; Sachsen-Anhalt 2,965,200 vs 2,873,957) but close to those of an earlier date, and its Kreise fall by
 * 4–6 % to 1991 (Halle 321.7 → 303.0 thousand; GV 31.12.1990: 310,234). Its conversions are published as null with
 * flag "/"; Kreise with an exact 1990 figure (GV 1990, territory unchanged) keep it.
 */
export const BBSR_MISDATED_YEARS: readonly number[] = [1990];

/**
 * Everything the population series is assembled from, read once. `exact` holds the exact figures per source
 * in precedence order (Kreis tables first, Gemeinde sums second); `bbsr` the BBSR sheets (rounded).
 */
export interface PopulationInputs {
  kreise: Map<string, {name: string; land: string}>;
  laender: Map<string, string>;
  kreisTables: Figure[];
  gemeindeSums: Figure[];
  bbsr: BbsrSheet[];
}

export function readPopulationInputs(context: BuildContext): PopulationInputs {
  return context.cached("population:inputs", () => {
    const gv2024 = gvTable(context, "gv-2024");
    const kreise = new Map<string, {name: string; land: string}>();
    const laender = new Map<string, string>();
    for (const r of gv2024.records) {
      if (r.satzart === "40") kreise.set(kreisKey(r), {name: r.name, land: r.land});
      if (r.satzart === "10") laender.set(r.land, r.name);
    }
    const kreisTables = [
      ...readPopulationExport("regionalstatistik-2017/12411-01-01-4_00.csv", POPULATION_SOURCES.rdb2017),
      ...readPopulationExport("regionalstatistik-2023/12411-01-01-4.csv", POPULATION_SOURCES.rdb2023),
      ...readGenesisPopulation(new Set(kreise.keys()))
    ];
    const bbsrG = bbsrGemeinden(context);
    const gemeindeSums = [
      ...gvSums(gvTable(context, "gv-1990"), "gv-1990"),
      ...gvSums(gvTable(context, "gv-1994"), "gv-1994"),
      ...gvSums(gvTable(context, "gv-2017"), "gv-2017"),
      ...gvSums(gvTable(context, POPULATION_SOURCES.gvQ4_2020), POPULATION_SOURCES.gvQ4_2020),
      ...bbsrGemeindeSums(bbsrG.find((s) => s.year === 2022)!, POPULATION_SOURCES.bbsrGemeinden),
      ...gvSums(gvTable(context, "gv-2023"), "gv-2023")
    ];
    return {kreise, laender, kreisTables, gemeindeSums, bbsr: bbsrKreise(context)};
  });
}

/** Gebietsstand of the Kreise in each exact source: the later of the figure's date and the file's status. */
function territoryYear(source: string, year: number): number {
  if (source === POPULATION_SOURCES.rdb2017) return 2015; // back-cast onto the Kreise of the file's last year
  if (source === POPULATION_SOURCES.gvQ4_2020) return 2020; // Gebietsstand 31.12.2020, population 31.12.2019
  return year;
}

/**
 * Builds the Kreis, Land, Germany and aggregate series. Precedence where sources overlap (one rule):
 * 1. an exact Kreis table (Regionaldatenbank 1995–2015 and 2021, GENESIS 2024),
 * 2. exact Gemeinde sums (GV 2017, GV Q4-2020 for 2019, BBSR Gemeinden 2022, GV 2023),
 * 3. the BBSR conversion onto the Kreise of 31.12.2021 (rounded to 100 persons).
 * An exact Kreis figure is used only if the Kreis already had its territory of 31.12.2021 at the source's
 * Gebietsstand (BBSR table of that year maps it 1:1), so every Kreis series is on one territory.
 */
export function buildPopulation(inputs: PopulationInputs): PopulationRow[] {
  const {kreise, laender, kreisTables, gemeindeSums, bbsr} = inputs;
  const sheets = new Map(bbsr.map((s) => [s.year, s]));
  const implausible = implausibleBbsrRows(bbsr);
  const stable = new Map(bbsr.map((s) => [s.year, stableKreise(s)]));
  // After 2020 the Kreise are those of 31.12.2021 (no Kreis reform until 31.12.2024).
  const isStable = (code: string, year: number) => year > 2020 || (stable.get(year)?.has(code) ?? false);
  const exact = new Map<string, Figure>();
  // Berlin and Hamburg are Land and Kreis at once; some tables list them only as Land (02, 11).
  const cityStates = [...laender.keys()].filter((l) => [...kreise.values()].filter((k) => k.land === l).length === 1);
  const asKreis = (figure: Figure): Figure[] =>
    cityStates.includes(figure.code) ? [figure, {...figure, code: `${figure.code}000`}] : [figure];
  // A total cell with a special value ("." secret, "-" nothing) keeps its flag and source where no other source has
  // a figure, instead of turning into "missing in BBSR" (male/female rows exist only where a source has a figure).
  const flagged = new Map<string, Figure>();
  for (const figure of [...kreisTables, ...gemeindeSums].flatMap(asKreis)) {
    const key = `${figure.code}|${figure.year}|${figure.sex}`;
    if (exact.has(key)) continue;
    if (figure.code.length === 5 && !isStable(figure.code, territoryYear(figure.source, figure.year))) continue;
    if (figure.value === null) {
      if (figure.flag !== null && !flagged.has(key)) flagged.set(key, figure);
      continue;
    }
    exact.set(key, figure);
  }
  const rows: PopulationRow[] = [];
  const byKey = new Map<string, PopulationRow>();
  const push = (row: PopulationRow) => {
    rows.push(row);
    byKey.set(`${row.code}|${row.year}|${row.sex}`, row);
  };
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    const converted = sheets.has(year) ? convertPopulation(sheets.get(year)!) : undefined;
    const resolution = sheets.get(year)?.rows[0]?.resolution ?? 1;
    for (const [code, {name}] of kreise) {
      for (const sex of SEXES) {
        const figure = exact.get(`${code}|${year}|${sex}`);
        if (figure) {
          const method =
            figure.source.startsWith("rdb-12411-01-01-4") || figure.source.startsWith("genesis")
              ? "kreistabelle"
              : "gemeindesumme";
          push({
            ...base(code, name, "kreis", year, sex),
            value: figure.value,
            source: figure.source,
            method,
            computed: method !== "kreistabelle"
          });
        } else if (sex === "total" && converted?.get(code)) {
          // Null where the sheet's rows give no usable figure (see rowShares), a row is a typing error, or the
          // sheet is not of its stated date.
          const bad =
            BBSR_MISDATED_YEARS.includes(year) ||
            converted.get(code)!.population === null ||
            converted.get(code)!.sources.some((c) => implausible.has(`${year}|${c}`));
          push({
            ...base(code, name, "kreis", year, sex),
            value: bad ? null : converted.get(code)!.population,
            flag: bad ? "/" : null,
            source: POPULATION_SOURCES.bbsrKreise,
            basis: year === BBSR_PRE_CENSUS_YEAR ? censusBasis(2010) : censusBasis(year),
            rounded: resolution > 1,
            computed: converted.get(code)!.sources.join() !== code,
            method: "bbsr-umrechnung"
          });
        } else if (sex === "total" && flagged.has(`${code}|${year}|${sex}`)) {
          const figure = flagged.get(`${code}|${year}|${sex}`)!;
          push({
            ...base(code, name, "kreis", year, sex),
            flag: figure.flag,
            source: figure.source,
            method:
              figure.source.startsWith("rdb-12411-01-01-4") || figure.source.startsWith("genesis")
                ? "kreistabelle"
                : "gemeindesumme"
          });
        } else if (sex === "total") {
          push({
            ...base(code, name, "kreis", year, sex),
            flag: "-",
            source: POPULATION_SOURCES.bbsrKreise,
            method: "fehlt"
          });
        }
      }
    }
    // Länder and Germany: the exact figure where a source has it, otherwise the sum of their Kreise.
    for (const [code, name, level] of [
      ...[...laender].map(([c, n]) => [c, n, "land"] as const),
      ["DG", "Deutschland", "staat"] as const
    ]) {
      const members =
        code === "DG" ? [...kreise.keys()] : [...kreise].filter(([, k]) => k.land === code).map(([c]) => c);
      for (const sex of SEXES) {
        const figure = exact.get(`${code}|${year}|${sex}`);
        if (figure) {
          const method = figure.source.startsWith("rdb-12411-01-01-4") ? "kreistabelle" : "gemeindesumme";
          push({
            ...base(code, name, level, year, sex),
            value: figure.value,
            source: figure.source,
            method,
            computed: method !== "kreistabelle"
          });
          continue;
        }
        const sum = sumOf(members.map((m) => byKey.get(`${m}|${year}|${sex}`)));
        if (sum) push({...base(code, name, level, year, sex), ...sum});
      }
    }
    for (const aggregate of AGGREGATES) {
      for (const sex of SEXES) {
        const sum = sumOf(aggregate.members.map((m) => byKey.get(`${m}|${year}|${sex}`)));
        if (sum) push({...base(aggregate.code, aggregate.name, "aggregate", year, sex), ...sum});
      }
    }
  }
  return rows;
}

/**
 * BBSR rows whose population jumps by more than a factor 5 against both the year before and the year after
 * under the same key, name and target (a typing error upstream: Berlin 31.12.1991 is printed as 34,460.3 thousand). They are
 * published as null with flag "/" (not reliable enough) instead of being silently corrected.
 */
export function implausibleBbsrRows(sheets: BbsrSheet[]): Set<string> {
  const key = (r: {code: string; name: string; target: string}) => `${r.code}|${r.name}|${r.target}`;
  const byYear = new Map(sheets.map((s) => [s.year, new Map(s.rows.map((r) => [key(r), r.population]))]));
  const out = new Set<string>();
  const jump = (a: number | null | undefined, b: number | null | undefined) =>
    a != null && b != null && a > 0 && b > 0 && (a / b > 5 || b / a > 5);
  for (const sheet of sheets) {
    for (const row of sheet.rows) {
      const before = byYear.get(sheet.year - 1)?.get(key(row));
      const after = byYear.get(sheet.year + 1)?.get(key(row));
      if (before === undefined || after === undefined) continue;
      if (jump(row.population, before) && jump(row.population, after)) {
        out.add(`${sheet.year}|${row.code}`);
      }
    }
  }
  return out;
}

function base(code: string, name: string, level: string, year: number, sex: Sex): PopulationRow {
  return {
    code,
    name,
    level,
    year,
    sex,
    value: null,
    flag: null,
    basis: censusBasis(year),
    source: "",
    rounded: false,
    computed: false,
    method: ""
  };
}

/** Sum of member rows: null with flag where a member is null, rounded if any member is. Undefined if a row is missing. */
function sumOf(
  members: (PopulationRow | undefined)[]
): Pick<PopulationRow, "value" | "flag" | "source" | "rounded" | "computed" | "method"> | undefined {
  if (!members.length || members.some((m) => !m)) return undefined;
  const rows = members as PopulationRow[];
  const missing = rows.some((m) => m.value === null);
  return {
    value: missing ? null : rows.reduce((s, m) => s + m.value!, 0),
    flag: missing ? "." : null,
    source: [...new Set(rows.flatMap((m) => m.source.split(",")))].sort().join(","),
    rounded: rows.some((m) => m.rounded),
    computed: true,
    method: "summe"
  };
}

/** The population dataset: Kreise, Länder, Germany and the aggregates, 31.12.1990–31.12.2024. */
export const population = defineDataset<PopulationRow>({
  name: "population",
  description:
    "Bevölkerung am 31.12. nach Geschlecht: Kreise, Länder, Deutschland, Reviere und Ostdeutschland, 1990–2024",
  schema: {
    code: "string",
    name: "string",
    level: "string",
    year: "int",
    sex: "string",
    value: "int",
    flag: "string",
    basis: "string",
    source: "string",
    rounded: "bool",
    computed: "bool",
    method: "string"
  },
  columns: {
    code: "Regionalschlüssel (Land 2-, Kreis 5-stellig, DG = Deutschland) oder Aggregat (REV-MD, REV-LAU, REV-RH, OST, OST-B)",
    name: "Name der Region",
    level: "kreis | land | staat | aggregate",
    year: "Jahr (Stichtag 31.12.)",
    sex: "total | male | female (male/female nur aus exakten Quellen)",
    value: "Personen; leer, wenn keine Quelle einen Wert hat (siehe flag)",
    flag: "Sonderzeichen bei fehlendem Wert (-, ., ..., x, /)",
    basis: "Zensusbasis der Fortschreibung; 2024 (Zensus 2022) ist nicht mit 2023 (Zensus 2011) verbunden zu zeichnen",
    source: "Quelle(n) (id im Quellenkatalog sources.json, mehrere durch Komma)",
    rounded: "true, wenn die Quelle gerundet veröffentlicht (BBSR: auf 100 Personen)",
    computed: "true, wenn eigene Berechnung (Summe von Gemeinden, Kreisen oder Mitgliedern; BBSR-Umrechnung)",
    method: "kreistabelle | gemeindesumme | bbsr-umrechnung | summe"
  },
  build: (context) => buildPopulation(readPopulationInputs(context))
});

// ---------------------------------------------------------------------------------------------------------------
// Cross-source checks (run by data-loaders/checks.ts and by the tests)

/** Exact figures (total) by code for one source and year. */
function totals(figures: Figure[], source: string, year: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const f of figures) {
    if (f.source === source && f.year === year && f.sex === "total" && f.value !== null) out.set(f.code, f.value);
  }
  return out;
}

/**
 * BBSR (rounded to 100 persons) against the exact Regionaldatenbank, 1995–2015, for every Kreis whose territory
 * was the same in that year, in 2015 and in 2021 (BBSR maps it 1:1 onto itself in both sheets): there both
 * describe one territory and must agree within half the rounding step. Where territories differ the two
 * legitimately disagree (the Regionaldatenbank back-casts some reformed Kreise, not others).
 */
export function checkBbsrAgainstRegionaldatenbank(inputs: PopulationInputs): string[] {
  const problems: string[] = [];
  const stable2015 = stableKreise(inputs.bbsr.find((s) => s.year === 2015)!);
  for (const sheet of inputs.bbsr) {
    // The BBSR sheet of 2011 is still on the pre-census basis (Flensburg 89.4 thousand vs 82,801 after the
    // Zensus 2011); the basis column says so, and the years compared here are those on one basis.
    if (sheet.year < 1995 || sheet.year > 2015 || sheet.year === BBSR_PRE_CENSUS_YEAR) continue;
    const exact = totals(inputs.kreisTables, POPULATION_SOURCES.rdb2017, sheet.year);
    const stableInYear = stableKreise(sheet);
    for (const [code, {population, sources}] of convertPopulation(sheet)) {
      const official = exact.get(code);
      if (official === undefined || population === null || !stable2015.has(code) || !stableInYear.has(code)) continue;
      const tolerance = (sources.length * sheet.rows[0]!.resolution) / 2;
      if (Math.abs(official - population) > tolerance) {
        problems.push(
          `${code} 31.12.${sheet.year}: BBSR ${population}, Regionaldatenbank ${official} (tolerance ${tolerance})`
        );
      }
    }
  }
  return problems;
}

/** Gemeinde sums per Kreis equal the Kreis total where the dates match (both exact): returns the differences. */
export function compareSums(kreis: Map<string, number>, gemeinden: Map<string, number>, label: string): string[] {
  const problems: string[] = [];
  for (const [code, value] of kreis) {
    if (code.length !== 5) continue;
    const sum = gemeinden.get(code);
    if (sum !== undefined && sum !== value) problems.push(`${code} ${label}: Kreis ${value}, Gemeinden summed ${sum}`);
  }
  return problems;
}

/** Kreis totals from Gemeinde rows (8-digit codes) of the -5 Regionaldatenbank export. */
export function rdbGemeindeSums(year: number): Map<string, number> {
  const sums = new Map<string, number>();
  for (const f of readPopulationExport(
    "regionalstatistik-2017/12411-01-01-5_00.csv",
    POPULATION_SOURCES.rdbGemeinden2017
  )) {
    if (f.year !== year || f.sex !== "total" || f.code.length !== 8 || f.value === null) continue;
    sums.set(f.code.slice(0, 5), (sums.get(f.code.slice(0, 5)) ?? 0) + f.value);
  }
  return sums;
}

export function checkGemeindeSums(context: BuildContext): string[] {
  const inputs = readPopulationInputs(context);
  const kreisGv = (id: string) =>
    totals(gvSums(gvTable(context, id), id), id, Number(gvTable(context, id).populationDate.slice(6)));
  const bbsr2021 = bbsrGemeindeSums(
    bbsrGemeinden(context).find((s) => s.year === 2021)!,
    POPULATION_SOURCES.bbsrGemeinden
  );
  return [
    ...compareSums(
      totals(inputs.kreisTables, POPULATION_SOURCES.rdb2017, 2015),
      rdbGemeindeSums(2015),
      "31.12.2015 (12411-01-01-4 vs -5)"
    ),
    ...compareSums(
      totals(inputs.kreisTables, POPULATION_SOURCES.rdb2023, 2021),
      kreisGv("gv-2021"),
      "31.12.2021 (Regionaldatenbank vs GV)"
    ),
    ...compareSums(
      totals(inputs.kreisTables, POPULATION_SOURCES.rdb2023, 2021),
      totals(bbsr2021, POPULATION_SOURCES.bbsrGemeinden, 2021),
      "31.12.2021 (Regionaldatenbank vs BBSR Gemeinden)"
    )
  ];
}

/** Largest plausible change, in percent, of a Kreis's or Land's population from one 31 December to the next. */
export const MAX_YEARLY_CHANGE_PERCENT = 4;

/**
 * Year-on-year changes above MAX_YEARLY_CHANGE_PERCENT that the official tables really show (checked by hand), by
 * `code|year` (the later year): these are not reader errors.
 */
export const KNOWN_JUMPS: ReadonlyMap<string, string> = new Map([
  ["08237|1993", "BBSR 120.4 thousand agrees with the exact GV 31.12.1994 (120,046); growth in the early 1990s"],
  ["07315|2005", "Regionaldatenbank exact in both years (Mainz 186,061 → 194,372)"],
  ["07211|2015", "Regionaldatenbank exact in both years (Trier 108,472 → 114,914; refugee reception 2015)"],
  ["07211|2016", "Trier 2015 exact 114,914, BBSR 2016 110.1 thousand: the 2015 reception population left"],
  ["13004|2015", "Regionaldatenbank exact in both years (Schwerin 92,138 → 96,800)"]
]);

/**
 * Plausibility of the published series: every Kreis and Land changes by at most MAX_YEARLY_CHANGE_PERCENT from one year
 * to the next. All Kreis series are on the territory of 31.12.2021 (territorial changes are converted away), so a
 * larger jump is a reading error unless the census basis changes between the years (Zensus 2011, Zensus 2022;
 * the `basis` column) or it is a documented real change (KNOWN_JUMPS). Returns one message per jump, naming the
 * region, the years, both values and their sources.
 */
export function checkYearOnYearChanges(
  rows: Pick<PopulationRow, "code" | "name" | "level" | "year" | "sex" | "value" | "basis" | "source" | "method">[],
  known: ReadonlyMap<string, string> = KNOWN_JUMPS
): string[] {
  const totals = rows.filter((r) => r.sex === "total" && (r.level === "kreis" || r.level === "land"));
  const byKey = new Map(totals.map((r) => [`${r.code}|${r.year}`, r]));
  const problems: string[] = [];
  for (const row of totals) {
    const previous = byKey.get(`${row.code}|${row.year - 1}`);
    if (!previous || previous.value === null || row.value === null || previous.basis !== row.basis) continue;
    if (known.has(`${row.code}|${row.year}`)) continue;
    // Integer arithmetic: 104,000 against 100,000 is exactly 4 % and passes.
    const change = row.value - previous.value;
    if (Math.abs(change) * 100 > MAX_YEARLY_CHANGE_PERCENT * previous.value) {
      problems.push(
        `${row.code} ${row.name} 31.12.${previous.year} → 31.12.${row.year}: ${previous.value} (${previous.source}, ` +
          `${previous.method}) → ${row.value} (${row.source}, ${row.method}), ${((change / previous.value) * 100).toFixed(1)} % ` +
          `(more than ${MAX_YEARLY_CHANGE_PERCENT} % on one territory and census basis)`
      );
    }
  }
  return problems;
}
