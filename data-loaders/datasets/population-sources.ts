/**
 * The source reads of the `population` dataset: each file parsed once per build (memoised in the build context),
 * turned into exact figures per region, date and sex (`Figure`), with the Gemeinde sums and the BBSR sheets.
 * The dataset (precedence, territory, aggregates) is in population.ts, the cross-source checks in
 * data-loaders/checks/population.ts.
 */
import {isAbsolute} from "node:path";

import type {BuildContext} from "../dataset.js";
import {SourceError} from "../lib/errors.js";
import {sourcePath} from "../lib/paths.js";
import {count, covers, expectRows, includesAll, regionCode, totalOfParts, yearWithin} from "../lib/expectations.js";
import {parseGermanNumber} from "../lib/values.js";
import {readBbsrWorkbook, type BbsrSheet, unitPopulation} from "../sources/bbsr-referenz.js";
import {readKreisTable} from "../sources/destatis-kreise.js";
import {kreisKey, readGvCsv, readGvWorkbook, type GvTable} from "../sources/destatis-gv.js";
import {readGenesisTable, variable} from "../sources/genesis-flat-csv.js";
import {
  readRegionaldatenbankExport,
  regionName,
  valueColumns,
  yearOfStichtag
} from "../sources/regionaldatenbank-export.js";

import type {Sex} from "../../src/shared/rows.js";

export type {Sex};

const SEX_LABELS: Record<string, Sex> = {Insgesamt: "total", männlich: "male", weiblich: "female"};
export const SEXES: Sex[] = ["total", "male", "female"];

/** Source ids of the files this dataset reads (keys of src/shared/sources.ts). */
export const POPULATION_SOURCES = {
  rdb2017: "rdb-12411-01-01-4-2017",
  rdbGemeinden2017: "rdb-12411-01-01-5-2017",
  rdb2023: "rdb-12411-01-01-4-2023",
  genesis2024: "genesis-12411-01-01-4-2024",
  bbsrKreise: "bbsr-ref-kreise-1990-2020",
  bbsrGemeinden: "bbsr-ref-gemeinden-2020-2022",
  gvQ4_2020: "gv-q4-2020",
  zensus2022: "zensus-1000A-0000",
  kreise2018: "destatis-kreise-2018"
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
  "gv-2016": "destatis-gv/31122016_Auszug_GV.xlsx",
  "gv-2017": "destatis-gv/31122017_Auszug_GV.xlsx",
  "gv-2019": "destatis-gv/31122019_Auszug_GV.xlsx",
  "gv-2021": "destatis-gv/31122021_Auszug_GV.xlsx",
  "gv-2023": "destatis-gv/31122023_Auszug_GV.xlsx",
  "gv-2024": "destatis-gv/AuszugGV4QAktuell_2024.xlsx"
};

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

/** The first 31.12. any population source here covers (GV 31.12.1990). */
const FIRST_YEAR = 1990;
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
    kreiseLabel?: string;
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
                label: declared.kreiseLabel ?? "Kreise (Gebietsstand 31.12.2024)",
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

/** The figure of one sex (total, male, female) on a line of a Destatis Kreis table. */
const bySex = (r: {total: number | null; male: number | null; female: number | null}, sex: Sex) =>
  sex === "total" ? r.total : sex === "male" ? r.male : r.female;

/**
 * Kreise, Länder and Germany of a Destatis Kreis table (`04-kreise-<year>.xlsx`), exact, by sex. `kreise` (with
 * its `label`) are the Kreise the table must cover: those of its Gebietsstand.
 */
export function readKreisPopulation(
  relativePath: string,
  source: string,
  kreise?: {codes: ReadonlySet<string>; label: string}
): Figure[] {
  const path = isAbsolute(relativePath) ? relativePath : sourcePath(relativePath);
  const table = readKreisTable(path);
  const year = Number(table.gebietsstand.slice(6));
  checkPopulationFigures(
    path,
    table.rows.flatMap((r) =>
      SEXES.map((sex) => ({
        line: r.line,
        code: r.code,
        year,
        sex,
        value: bySex(r, sex),
        field: sex === "total" ? "F (Bevölkerung insgesamt)" : sex === "male" ? "G (männlich)" : "H (weiblich)"
      }))
    ),
    {
      lengths: [0, 2, 5],
      years: [year, year],
      required: ["DG"],
      requiredLabel: "the Germany line",
      kreise: kreise?.codes,
      kreiseLabel: kreise?.label
    }
  );
  return table.rows.flatMap((r) =>
    SEXES.map((sex) => ({
      code: r.code,
      name: r.name,
      year,
      sex,
      value: bySex(r, sex),
      flag: null,
      source
    }))
  );
}

/**
 * Kreise of 31.12.2021 that in the BBSR table of a year consist of whole Kreise of that year (every row into the
 * target has population key 1 and its source Kreis goes nowhere else): the Regionaldatenbank back-casts such
 * mergers exactly (Sachsen-Anhalt 2007, Sachsen 2008). A Kreis that gained or lost single Gemeinden (key < 1:
 * Cochem-Zell, Rhein-Hunsrück-Kreis, Bernkastel-Wittlich, Trier-Saarburg before 2014) is not among them: the
 * Regionaldatenbank keeps its old territory for those years.
 */
export function wholeKreise(sheet: BbsrSheet): Set<string> {
  const bySource = new Map<string, number>();
  for (const row of sheet.rows) bySource.set(row.code, (bySource.get(row.code) ?? 0) + 1);
  const byTarget = new Map<string, BbsrSheet["rows"]>();
  for (const row of sheet.rows) byTarget.set(row.target, [...(byTarget.get(row.target) ?? []), row]);
  const whole = new Set<string>();
  for (const [target, rows] of byTarget) {
    if (rows.every((r) => r.populationKey === 1 && bySource.get(r.code) === 1)) whole.add(target);
  }
  return whole;
}

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
      ...readGenesisPopulation(new Set(kreise.keys())),
      ...readKreisPopulation("destatis-kreise/04-kreise-2018.xlsx", POPULATION_SOURCES.kreise2018, {
        // No Kreis changed between 31.12.2018 and 31.12.2019 (Eisenach joined the Wartburgkreis in 2021).
        codes: kreiseOf(gvTable(context, "gv-2019")),
        label: "Kreise of the GV 31.12.2019"
      })
    ];
    const bbsrG = bbsrGemeinden(context);
    const gemeindeSums = [
      ...gvSums(gvTable(context, "gv-1990"), "gv-1990"),
      ...gvSums(gvTable(context, "gv-1994"), "gv-1994"),
      ...gvSums(gvTable(context, "gv-2016"), "gv-2016"),
      ...gvSums(gvTable(context, "gv-2017"), "gv-2017"),
      ...gvSums(gvTable(context, "gv-2019"), "gv-2019"),
      ...gvSums(gvTable(context, POPULATION_SOURCES.gvQ4_2020), POPULATION_SOURCES.gvQ4_2020),
      ...bbsrGemeindeSums(bbsrG.find((s) => s.year === 2022)!, POPULATION_SOURCES.bbsrGemeinden),
      ...gvSums(gvTable(context, "gv-2023"), "gv-2023")
    ];
    return {kreise, laender, kreisTables, gemeindeSums, bbsr: bbsrKreise(context)};
  });
}

/** The Kreise (Satzart 40) of a GV extract. */
function kreiseOf(table: GvTable): Set<string> {
  return new Set(table.records.filter((r) => r.satzart === "40").map(kreisKey));
}

/** Gebietsstand of the Kreise in each exact source: the later of the figure's date and the file's status. */
export function territoryYear(source: string, year: number): number {
  if (source === POPULATION_SOURCES.rdb2017) return 2015; // back-cast onto the Kreise of the file's last year
  if (source === POPULATION_SOURCES.gvQ4_2020) return 2020; // Gebietsstand 31.12.2020, population 31.12.2019
  return year;
}
