import type {BuildContext} from "../dataset.js";
import {defineDataset} from "../dataset.js";
import {SourceError} from "../lib/errors.js";
import {sourcePath} from "../lib/paths.js";
import {readPendleratlas, type PendlerKreis} from "../sources/pendleratlas.js";
import {findColumn, yearOfTime} from "../sources/regionaldatenbank-export.js";
import {cellValue, isPublishedLevel, rdbTable} from "../inputs/employment.js";
import type {CommuterFlowRow, CommuterRow} from "../../src/shared/rows.js";

const RDB_COLUMNS = [
  ["svb_workplace", "Sozialversicherungspfl. Beschäftigte (Arbeitsort)"],
  ["in_commuters", "Einpendler(innen) über Kreisgrenzen (Arbeitsort)"],
  ["svb_residence", "Sozialversicherungspfl. Beschäftigte (Wohnort)"],
  ["out_commuters", "Auspendler(innen) über die Kreisgrenzen (Wohnort)"],
  ["balance", "Pendlersaldo (über die Kreisgrenze)"]
] as const;

/** In-, out-commuters and balance over Kreis boundaries, 13111-09-01-4 (30.06.2012–2015, all persons). */
export function rdbCommuters(context: BuildContext): CommuterRow[] {
  const table = rdbTable(context, "13111-09-01-4");
  const columns = RDB_COLUMNS.map(([measure, label]) => ({measure, index: findColumn(table, [label, "Anzahl"])}));
  return table.records
    .filter((r) => isPublishedLevel(r.code) && r.dimensions[0] === "Insgesamt")
    .flatMap((r) =>
      columns.map(({measure, index}) => {
        const {value, flag} = cellValue(table, r, index);
        return {
          code: r.code,
          year: yearOfTime(r.time),
          measure,
          value,
          flag,
          computed: false,
          source: "rdb-13111-09-01-4-2017"
        };
      })
    );
}

export function pendleratlas(context: BuildContext): PendlerKreis[] {
  return context.cached("pendleratlas", () => readPendleratlas(sourcePath("ba-pendleratlas-2016/pendler.json")));
}

/** Totals of the Pendleratlas, June 2016; the balance is computed as in − out. */
export function pendleratlasTotals(context: BuildContext): CommuterRow[] {
  const source = "ba-pendleratlas-2016";
  return pendleratlas(context).flatMap((k) => [
    {code: k.code, year: 2016, measure: "in_commuters", value: k.inTotal.total, flag: null, computed: false, source},
    {code: k.code, year: 2016, measure: "out_commuters", value: k.outTotal.total, flag: null, computed: false, source},
    {
      code: k.code,
      year: 2016,
      measure: "balance",
      value: k.inTotal.total - k.outTotal.total,
      flag: null,
      computed: true,
      source
    },
    {
      code: k.code,
      year: 2016,
      measure: "svb_residence",
      value: k.employeesResidence.total,
      flag: null,
      computed: false,
      source
    }
  ]);
}

/**
 * The Kreis-to-Kreis flows of 2016: each Kreis's ten largest origins and destinations. A flow listed by both
 * ends appears once; the two listings must agree, otherwise the file is inconsistent.
 */
export function commuterFlowRows(context: BuildContext): CommuterFlowRow[] {
  const path = sourcePath("ba-pendleratlas-2016/pendler.json");
  const flows = new Map<string, CommuterFlowRow>();
  const add = (from: string, to: string, value: number, field: string) => {
    const key = `${from}>${to}`;
    const existing = flows.get(key);
    if (existing && existing.value !== value) {
      throw new SourceError(
        {file: path, line: 1, field},
        `flow ${from} → ${to} is ${value} here but ${existing.value} in the other list`
      );
    }
    flows.set(key, {from, to, year: 2016, value, source: "ba-pendleratlas-2016"});
  };
  for (const k of pendleratlas(context)) {
    for (const f of k.inflows) add(f.origin, k.code, f.count.total, `${k.code}.einpendler.${f.origin}`);
    for (const f of k.outflows) add(k.code, f.destination, f.count.total, `${k.code}.auspendler.${f.destination}`);
  }
  return [...flows.values()].sort((a, b) => a.from.localeCompare(b.from) || b.value - a.value);
}

export const commuters = defineDataset<CommuterRow>({
  name: "commuters",
  description: "Ein- und Auspendler über Kreisgrenzen und Pendlersaldo, 30.06.2012–30.06.2016",
  schema: {
    code: "string",
    year: "int",
    measure: "string",
    value: "int",
    flag: "string",
    computed: "bool",
    source: "string"
  },
  columns: {
    code: "Regionalschlüssel (Land 2-, Kreis 5-stellig, DG = Deutschland)",
    year: "Jahr (Stichtag 30.06.)",
    measure:
      "in_commuters (Einpendler) | out_commuters (Auspendler) | balance (Saldo = Ein- minus Auspendler) | svb_workplace | svb_residence",
    value:
      "Personen (SvB); leer, wenn die Quelle keinen Wert hat (x bei Ländern: Kreisgrenzen-Pendler nicht summierbar)",
    flag: "Sonderzeichen der Quelle",
    computed: "true = eigene Berechnung (Saldo 2016)",
    source: "Quelle (id im Quellenkatalog sources.json)"
  },
  build: (context) => [...rdbCommuters(context), ...pendleratlasTotals(context)]
});

export const commuterFlows = defineDataset<CommuterFlowRow>({
  name: "commuter_flows",
  description: "Pendlerströme zwischen Kreisen (je Kreis die zehn größten Herkunfts- und Zielkreise), 30.06.2016",
  schema: {from: "string", to: "string", year: "int", value: "int", source: "string"},
  columns: {
    from: "Wohnortkreis (5-stellig)",
    to: "Arbeitsortkreis (5-stellig)",
    year: "Jahr (Stichtag 30.06.)",
    value: "SvB, die in from wohnen und in to arbeiten",
    source: "Quelle (id im Quellenkatalog sources.json)"
  },
  build: (context) => commuterFlowRows(context)
});
