import type {BuildContext} from "../dataset.js";
import {defineDataset} from "../dataset.js";
import {SourceError} from "../lib/errors.js";
import {findColumn, yearOfTime, type ExportTable} from "../sources/regionaldatenbank-export.js";
import {cellValue, isPublishedLevel, rdbTable} from "../inputs/employment.js";
import type {DemographyRow} from "../../src/shared/rows.js";

function simple(
  table: ExportTable,
  measure: string,
  column: number,
  source: string,
  keep: (dimensions: string[]) => boolean = () => true
): DemographyRow[] {
  return table.records
    .filter((r) => isPublishedLevel(r.code) && keep(r.dimensions))
    .map((r) => {
      const {value, flag} = cellValue(table, r, column);
      return {
        code: r.code,
        year: yearOfTime(r.time),
        measure,
        age_group: "total",
        value,
        flag,
        computed: false,
        source
      };
    });
}

/** Births (12612-01-01-4), deaths (12613-01-01-4) and migration over Kreis boundaries (12711-05-02-4), 1995–2015. */
export function vitalAndMigration(context: BuildContext): DemographyRow[] {
  const births = rdbTable(context, "12612-01-01-4");
  const deaths = rdbTable(context, "12613-01-01-4");
  const migration = rdbTable(context, "12711-05-02-4");
  const allNationalities = (d: string[]) => d[0] === "Insgesamt";
  return [
    ...simple(births, "births", findColumn(births, ["Insgesamt"]), "rdb-12612-01-01-4-2017"),
    ...simple(deaths, "deaths", findColumn(deaths, ["Geschlecht", "Insgesamt"]), "rdb-12613-01-01-4-2017"),
    ...simple(
      migration,
      "in_migration",
      findColumn(migration, ["Zuzüge über die Kreisgrenzen", "Geschlecht", "Insgesamt", "Anzahl"]),
      "rdb-12711-05-02-4-2017",
      allNationalities
    ),
    ...simple(
      migration,
      "out_migration",
      findColumn(migration, ["Fortzüge über die Kreisgrenzen", "Geschlecht", "Insgesamt", "Anzahl"]),
      "rdb-12711-05-02-4-2017",
      allNationalities
    )
  ];
}

/** Lower and upper (exclusive) age of a 12411 age-group label; null for "Insgesamt". */
export function ageBounds(label: string, where: {file: string; line: number}): [number, number] | null {
  if (label === "Insgesamt") return null;
  let m = /^unter (\d+) Jahre$/.exec(label);
  if (m) return [0, Number(m[1])];
  m = /^(\d+) bis unter (\d+) Jahre$/.exec(label);
  if (m) return [Number(m[1]), Number(m[2])];
  m = /^(\d+) Jahre und mehr$/.exec(label);
  if (m) return [Number(m[1]), Infinity];
  throw new SourceError({...where, field: "Altersgruppe"}, `unknown age group "${label}"`);
}

/** The bands of the dependency ratios: young (under 20), working age (20–64), old (65 and over). */
export const DEPENDENCY_BANDS = [
  {band: "0-19", from: 0, to: 20},
  {band: "20-64", from: 20, to: 65},
  {band: "65+", from: 65, to: Infinity}
] as const;

/**
 * Population by the 17 age groups of 12411-02-03-4 (31.12.2015) and the three dependency-ratio bands summed
 * from them (computed). A group straddling a band boundary would make the sum wrong, so it is an error.
 */
export function ageGroups(context: BuildContext): DemographyRow[] {
  const table = rdbTable(context, "12411-02-03-4");
  const column = findColumn(table, ["Insgesamt"]);
  const rows: DemographyRow[] = [];
  const bands = new Map<string, DemographyRow>();
  for (const r of table.records) {
    if (!isPublishedLevel(r.code)) continue;
    const label = r.dimensions[0] ?? "";
    const bounds = ageBounds(label, {file: table.path, line: r.line});
    const {value, flag} = cellValue(table, r, column);
    const year = yearOfTime(r.time);
    const source = "rdb-12411-02-03-4-2017";
    rows.push({
      code: r.code,
      year,
      measure: "population",
      age_group: bounds ? label : "total",
      value,
      flag,
      computed: false,
      source
    });
    if (!bounds) continue;
    const band = DEPENDENCY_BANDS.find((b) => bounds[0] >= b.from && bounds[1] <= b.to);
    if (!band) {
      throw new SourceError(
        {file: table.path, line: r.line, field: "Altersgruppe"},
        `age group "${label}" straddles a dependency-ratio band`
      );
    }
    const key = `${r.code}|${year}|${band.band}`;
    let sum = bands.get(key);
    if (!sum) {
      sum = {
        code: r.code,
        year,
        measure: "population",
        age_group: band.band,
        value: 0,
        flag: null,
        computed: true,
        source
      };
      bands.set(key, sum);
    }
    if (value === null) {
      sum.value = null;
      sum.flag = flag;
    } else if (sum.value !== null) sum.value += value;
  }
  return [...rows, ...bands.values()];
}

export const demography = defineDataset<DemographyRow>({
  name: "demography",
  description:
    "Lebendgeborene, Gestorbene, Zu- und Fortzüge über die Kreisgrenzen (1995–2015); Bevölkerung nach Altersgruppen und Altersbändern für Abhängigenquotienten (31.12.2015)",
  schema: {
    code: "string",
    year: "int",
    measure: "string",
    age_group: "string",
    value: "int",
    flag: "string",
    computed: "bool",
    source: "string"
  },
  columns: {
    code: "Regionalschlüssel (Land 2-, Kreis 5-stellig, DG = Deutschland)",
    year: "Jahr (Jahressumme bzw. Stichtag 31.12.)",
    measure:
      "births (Lebendgeborene) | deaths (Gestorbene) | in_migration / out_migration (Zu-/Fortzüge über die Kreisgrenzen) | population (Bevölkerung 31.12.)",
    age_group: 'total | Altersgruppe der Quelle (z. B. "65 bis unter 75 Jahre") | 0-19, 20-64, 65+ (berechnete Bänder)',
    value: "Personen bzw. Fälle; leer, wenn die Quelle keinen Wert hat (siehe flag)",
    flag: 'Sonderzeichen der Quelle (z. B. "." für Kreise vor den Kreisreformen 2007/2008)',
    computed: "true = eigene Berechnung (Summe der Altersgruppen)",
    source: "Quelle (id im Quellenkatalog sources.json)"
  },
  build: (context) => [...vitalAndMigration(context), ...ageGroups(context)]
});
