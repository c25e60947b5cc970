import {defineDataset} from "../dataset.js";
import {SourceError} from "../lib/errors.js";
import {sourcePath} from "../lib/paths.js";
import {ags, type GvTable} from "../sources/destatis-gv.js";
import {readGenesisTable, variable} from "../sources/genesis-flat-csv.js";
import {unitPopulation} from "../sources/bbsr-referenz.js";
import {bbsrGemeinden, GV_FILES, gvTable, POPULATION_SOURCES, readPopulationExport} from "./population-sources.js";
import type {GemeindePopulationRow} from "../../src/shared/rows.js";

/** Länder whose Gemeinden are published: Sachsen, Sachsen-Anhalt, Thüringen. */
export const GEMEINDE_LAENDER = ["14", "15", "16"];

const iso = (date: string) => `${date.slice(6)}-${date.slice(3, 5)}-${date.slice(0, 2)}`;

function fromGv(table: GvTable, source: string): GemeindePopulationRow[] {
  return table.records
    .filter((r) => r.satzart === "60" && GEMEINDE_LAENDER.includes(r.land))
    .map((r) => ({
      code: ags(r),
      name: r.name,
      kreis: ags(r).slice(0, 5),
      land: r.land,
      date: iso(table.populationDate),
      year: Number(table.populationDate.slice(6)),
      value: r.population,
      flag: r.population === null ? "." : null,
      rounded: false,
      gebietsstand: iso(table.gebietsstand),
      source
    }));
}

/** Zensus 2022 (15.05.2022) from the GENESIS table 1000A-0000: 12-digit ARS → 8-digit AGS. */
export function readZensusGemeinden(): GemeindePopulationRow[] {
  const dir = sourcePath("genesis-api-2026/tablefiles/1000A-0000");
  const {data} = readGenesisTable(dir);
  const file = `${dir}/${data.file}`;
  const rows: GemeindePopulationRow[] = [];
  for (const o of data.observations) {
    const region = variable(o, ["GEOGM4", "GEODL1"], file);
    if (region.code === "GEODL1") continue;
    if (!/^\d{12}$/.test(region.attribute)) {
      throw new SourceError(
        {file, line: o.line, field: "1_variable_attribute_code"},
        `expected a 12-digit ARS, found "${region.attribute}"`
      );
    }
    const code = region.attribute.slice(0, 5) + region.attribute.slice(9);
    if (!GEMEINDE_LAENDER.includes(code.slice(0, 2))) continue;
    rows.push({
      code,
      name: region.attributeLabel,
      kreis: code.slice(0, 5),
      land: code.slice(0, 2),
      date: o.time,
      year: Number(o.time.slice(0, 4)),
      value: o.value,
      flag: o.flag,
      rounded: false,
      gebietsstand: o.time,
      source: POPULATION_SOURCES.zensus2022
    });
  }
  return rows;
}

/** Population of every Gemeinde of Sachsen, Sachsen-Anhalt and Thüringen at every date the mirror gives. */
export const populationGemeinden = defineDataset<GemeindePopulationRow>({
  name: "population_gemeinden",
  description: "Bevölkerung der Gemeinden in Sachsen, Sachsen-Anhalt und Thüringen, 1990–2023 (Stichtage der Quellen)",
  schema: {
    code: "string",
    name: "string",
    kreis: "string",
    land: "string",
    date: "string",
    year: "int",
    value: "int",
    flag: "string",
    rounded: "bool",
    gebietsstand: "string",
    source: "string"
  },
  columns: {
    code: "Amtlicher Gemeindeschlüssel (8-stellig)",
    name: "Gemeindename laut Quelle",
    kreis: "Kreis (5-stellig) zum Gebietsstand",
    land: "Land (2-stellig)",
    date: "Stichtag der Bevölkerungszahl (ISO)",
    year: "Jahr des Stichtags",
    value: "Personen; leer mit flag, wenn die Quelle keinen Wert hat",
    flag: "Sonderzeichen der Quelle",
    rounded: "true, wenn gerundet (BBSR 2020: auf 10 Personen)",
    gebietsstand: "Gebietsstand der Gemeindeliste (ISO); Regionaldatenbank 2008–2015: jeweiliger Stichtag",
    source: "Quelle (id im Quellenkatalog)"
  },
  build: (context) => {
    const rows: GemeindePopulationRow[] = [];
    // Regionaldatenbank 12411-01-01-5: a Gemeinde that did not exist at a date has "-"; such cells are left out.
    const export5 = readPopulationExport(
      "regionalstatistik-2017/12411-01-01-5_00.csv",
      POPULATION_SOURCES.rdbGemeinden2017
    );
    // A kreisfreie Stadt is a Kreis and a Gemeinde at once; the -5 export lists it only under its Kreis key.
    const withGemeinden = new Set(export5.filter((f) => f.code.length === 8).map((f) => f.code.slice(0, 5)));
    const asGemeinde = (f: (typeof export5)[number]) =>
      f.code.length === 5 && !withGemeinden.has(f.code) ? {...f, code: `${f.code}000`} : f;
    for (const f of export5.map(asGemeinde)) {
      if (f.sex !== "total" || f.code.length !== 8 || !GEMEINDE_LAENDER.includes(f.code.slice(0, 2))) continue;
      if (f.value === null && f.flag === "-") continue;
      const date = `${f.year}-12-31`;
      rows.push({
        code: f.code,
        name: f.name,
        kreis: f.code.slice(0, 5),
        land: f.code.slice(0, 2),
        date,
        year: f.year,
        value: f.value,
        flag: f.flag,
        rounded: false,
        gebietsstand: date,
        source: f.source
      });
    }
    for (const id of Object.keys(GV_FILES)) rows.push(...fromGv(gvTable(context, id), id));
    rows.push(...fromGv(gvTable(context, POPULATION_SOURCES.gvQ4_2020), POPULATION_SOURCES.gvQ4_2020));
    for (const sheet of bbsrGemeinden(context)) {
      const names = new Map(sheet.rows.map((r) => [r.code, r.name]));
      for (const [code, value] of unitPopulation(sheet)) {
        if (!GEMEINDE_LAENDER.includes(code.slice(0, 2))) continue;
        const date = `${sheet.year}-12-31`;
        const resolution = sheet.rows[0]!.resolution;
        rows.push({
          code,
          name: names.get(code)!,
          kreis: code.slice(0, 5),
          land: code.slice(0, 2),
          date,
          year: sheet.year,
          value,
          flag: value === null ? "." : null,
          rounded: resolution > 1,
          gebietsstand: date,
          source: POPULATION_SOURCES.bbsrGemeinden
        });
      }
    }
    rows.push(...readZensusGemeinden());
    const seen = new Set<string>();
    for (const r of rows) {
      const key = `${r.code}|${r.date}|${r.source}|${r.gebietsstand}`;
      if (seen.has(key)) throw new Error(`population_gemeinden: duplicate row ${key}`);
      seen.add(key);
    }
    return rows;
  }
});
