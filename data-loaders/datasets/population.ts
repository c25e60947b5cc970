import {parseGermanNumber} from "../lib/values.js";
import {sourcePath} from "../lib/paths.js";
import {defineDataset} from "../dataset.js";
import {SourceError} from "../lib/errors.js";
import {
  readRegionaldatenbankExport,
  regionName,
  valueColumns,
  yearOfStichtag
} from "../sources/regionaldatenbank-export.js";

export type Sex = "total" | "male" | "female";

/** One row of the `population` dataset: persons on 31 December of `year`. */
export interface PopulationRow {
  code: string;
  name: string;
  year: number;
  sex: Sex;
  value: number | null;
  /** The special value that stood in the source cell when `value` is null. */
  flag: string | null;
  /** The census the figure is carried forward from (a break in the series where it changes). */
  basis: string;
  source: string;
}

const SEX_LABELS: Record<string, Sex> = {Insgesamt: "total", männlich: "male", weiblich: "female"};

/** The census base of a 31.12. population figure (Regionaldatenbank footnote: "ab dem Berichtsjahr 2011: nach dem Zensus 2011"). */
export function censusBasis(year: number): string {
  if (year >= 2022) return "Zensus 2022";
  if (year >= 2011) return "Zensus 2011";
  return "VZ 1987 / Register 1990";
}

/**
 * Population by sex from a Regionaldatenbank export of table 12411-01-01-4 (time and sex in columns).
 * `source` is the id of the file in the source catalogue.
 */
export function readPopulationExport(relativePath: string, source: string): PopulationRow[] {
  const path = sourcePath(relativePath);
  const data = readRegionaldatenbankExport(path);
  if (data.table !== "12411-01-01-4") {
    throw new SourceError({file: path, line: 1}, `expected table 12411-01-01-4, found ${data.table}`);
  }
  const columns = valueColumns(data).map((column) => {
    const date = column.labels.find((label) => /^\d{2}\.\d{2}\.\d{4}$/.test(label)) ?? column.labels[0] ?? "";
    const sexLabel = column.labels.at(-1) ?? "";
    const sex = SEX_LABELS[sexLabel];
    if (!sex) throw new SourceError({file: path, field: `column ${column.index + 1}`}, `unknown sex "${sexLabel}"`);
    return {index: column.index, year: yearOfStichtag(date, {file: path, field: `column ${column.index + 1}`}), sex};
  });
  const rows: PopulationRow[] = [];
  for (const record of data.rows) {
    const code = record.cells[0]!.trim();
    const name = regionName(record.cells[1] ?? "");
    for (const {index, year, sex} of columns) {
      const {value, flag} = parseGermanNumber(record.cells[index]!, {
        file: path,
        line: record.line,
        field: `${sex} 31.12.${year}`
      });
      rows.push({code, name, year, sex, value, flag, basis: censusBasis(year), source});
    }
  }
  return rows;
}

/** The population dataset: every region of the source at every 31 December it gives. */
export const population = defineDataset<PopulationRow>({
  name: "population",
  description: "Bevölkerung am 31.12. nach Geschlecht: Kreise, Länder, Deutschland",
  schema: {
    code: "string",
    name: "string",
    year: "int",
    sex: "string",
    value: "int",
    flag: "string",
    basis: "string",
    source: "string"
  },
  columns: {
    code: "Regionalschlüssel (Land 2-, Kreis 5-stellig, DG = Deutschland)",
    name: "Name der Region",
    year: "Jahr (Stichtag 31.12.)",
    sex: "total | male | female",
    value: "Personen; leer, wenn die Quelle keinen Wert hat (siehe flag)",
    flag: "Sonderzeichen der Quelle bei fehlendem Wert (-, ., ..., x, /)",
    basis: "Zensusbasis der Fortschreibung (Bruch in der Reihe, wo sie wechselt)",
    source: "Quelle (id im Quellenkatalog sources.json)"
  },
  build: () => readPopulationExport("regionalstatistik-2017/12411-01-01-4_00.csv", "rdb-12411-01-01-4-2017")
});
