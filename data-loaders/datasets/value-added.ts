import type {BuildContext} from "../dataset.js";
import {defineDataset} from "../dataset.js";
import {findColumn, yearOfTime} from "../sources/regionaldatenbank-export.js";
import {ETR_SECTORS} from "./employment.js";
import {cellValue, gerdaCovariates, isPublishedLevel, rdbTable} from "../inputs/employment.js";
import type {ValueAddedRow} from "../../src/shared/rows.js";

const GVA_HEADING = ["BWS zu Herstellungspreisen in jeweiligen Preisen", "WZ 2008-Abschnitte und Zusammenfassungen"];

/** GDP, GDP per person employed / per inhabitant and GVA by sector at current prices, 82111-01-05-4 (2000–2014). */
export function vgrValueAdded(context: BuildContext): ValueAddedRow[] {
  const table = rdbTable(context, "82111-01-05-4");
  const columns = [
    {measure: "gdp", sector: "total", unit: "1000 EUR", index: findColumn(table, ["Bruttoinlandsprodukt", "Tsd. EUR"])},
    {
      measure: "gdp_per_person_employed",
      sector: "total",
      unit: "EUR",
      index: findColumn(table, ["Bruttoinlandsprodukt je Erwerbstätigen", "EUR"])
    },
    {
      measure: "gdp_per_capita",
      sector: "total",
      unit: "EUR",
      index: findColumn(table, ["Bruttoinlandsprodukt je Einwohner", "EUR"])
    },
    ...Object.entries(ETR_SECTORS).map(([label, sector]) => ({
      measure: "gva",
      sector,
      unit: "1000 EUR",
      index: findColumn(table, [...GVA_HEADING, label, "Tsd. EUR"])
    }))
  ];
  return table.records
    .filter((r) => isPublishedLevel(r.code))
    .flatMap((r) =>
      columns.map(({measure, sector, unit, index}) => {
        const {value, flag} = cellValue(table, r, index);
        return {
          code: r.code,
          year: yearOfTime(r.time),
          measure,
          sector,
          unit,
          value,
          flag,
          source: "rdb-82111-01-05-4-2017"
        };
      })
    );
}

const INKAR_SHARES = {
  share_primary_sector: "primary",
  share_secondary_sector: "secondary",
  share_tertiary_sector: "tertiary"
} as const;

/**
 * Shares of the primary, secondary and tertiary sector in gross value added (INKAR via GERDA), Kreise on 2021
 * boundaries. Ratios cannot be summed, so Länder and Germany are not derived from them.
 */
export function inkarSectorShares(context: BuildContext): ValueAddedRow[] {
  return gerdaCovariates(context).flatMap((r) =>
    Object.entries(INKAR_SHARES)
      .filter(([column]) => r.values[column] !== null)
      .map(([column, sector]) => ({
        code: r.code,
        year: r.year,
        measure: "gva_share",
        sector,
        unit: "Prozent",
        value: r.values[column]!,
        flag: null,
        source: "gerda-inkar-covariates"
      }))
  );
}

export const valueAdded = defineDataset<ValueAddedRow>({
  name: "value_added",
  description:
    "Bruttoinlandsprodukt und Bruttowertschöpfung nach Wirtschaftsbereichen (2000–2014), BIP je Erwerbstätigen, Sektoranteile an der BWS (INKAR, bis 2022)",
  schema: {
    code: "string",
    year: "int",
    measure: "string",
    sector: "string",
    unit: "string",
    value: "float",
    flag: "string",
    source: "string"
  },
  columns: {
    code: "Regionalschlüssel (Land 2-, Kreis 5-stellig, DG = Deutschland)",
    year: "Jahr",
    measure:
      "gdp (BIP) | gva (Bruttowertschöpfung zu Herstellungspreisen, jeweilige Preise) | gdp_per_person_employed (BIP je Erwerbstätigen) | gdp_per_capita (BIP je Einwohner) | gva_share (Anteil an der BWS, INKAR)",
    sector: "total | A | B-E | C | F | G-J | K-N | O-T (WZ 2008) | primary | secondary | tertiary (INKAR)",
    unit: "1000 EUR | EUR | Prozent",
    value: "Wert in der Einheit unit; leer, wenn die Quelle keinen Wert hat",
    flag: "Sonderzeichen der Quelle",
    source: "Quelle (id im Quellenkatalog sources.json)"
  },
  build: (context) => [...vgrValueAdded(context), ...inkarSectorShares(context)]
});
