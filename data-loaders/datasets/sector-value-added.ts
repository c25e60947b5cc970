/**
 * View dataset `sector_value_added` for /strukturwandel: gross value added at current prices by the ETR sectors
 * (2000–2014), INKAR's shares of the primary, secondary and tertiary sector in GVA (Kreise, to 2021) and persons in
 * employment (ETR, 2000–2014), for the Kreise of Sachsen, Sachsen-Anhalt and Thüringen, the members of the three
 * Reviere, the three Länder and Germany. Only current Kreis codes (regions dataset, Gebietsstand 31.12.2024).
 */
import {COMPOSITE_REGIONS} from "../../src/shared/regions.js";
import {defineDataset} from "../dataset.js";
import type {EmploymentRow, RegionRow, SectorValueAddedRow, ValueAddedRow} from "../../src/shared/rows.js";

import {VIEW_LAENDER} from "./mining-jobs.js";

/** The disjoint ETR sectors that add up to total GVA (C is part of B-E and left out). */
export const GVA_SECTORS = ["total", "A", "B-E", "F", "G-J", "K-N", "O-T"] as const;

/** Current Kreise of 14/15/16 and the Revier members, plus the three Länder and Germany. */
export function valueAddedCodes(regions: readonly RegionRow[]): Set<string> {
  const kreise = regions
    .filter((r) => r.level === "kreis" && (VIEW_LAENDER as readonly string[]).includes(r.land ?? ""))
    .map((r) => r.code);
  const members = COMPOSITE_REGIONS.filter((a) => a.kind === "revier").flatMap((a) => a.members);
  return new Set([...kreise, ...members, ...VIEW_LAENDER, "DG"]);
}

export function sectorValueAddedRows(
  regions: readonly RegionRow[],
  valueAdded: readonly ValueAddedRow[],
  employment: readonly EmploymentRow[]
): SectorValueAddedRow[] {
  const codes = valueAddedCodes(regions);
  const gva = valueAdded
    .filter(
      (r) =>
        codes.has(r.code) &&
        ((r.measure === "gva" && (GVA_SECTORS as readonly string[]).includes(r.sector)) || r.measure === "gva_share")
    )
    .map(({code, year, measure, sector, value, flag, source}) => ({code, year, measure, sector, value, flag, source}));
  const persons = employment
    .filter(
      (r) =>
        codes.has(r.code) &&
        r.classification === "ETR" &&
        r.category === "total" &&
        r.measure === "persons_in_employment"
    )
    .map((r) => ({
      code: r.code,
      year: r.year,
      measure: "persons_in_employment",
      sector: "total",
      value: r.value,
      flag: r.flag,
      source: r.source
    }));
  return [...gva, ...persons].sort(
    (a, b) => a.code.localeCompare(b.code) || a.measure.localeCompare(b.measure) || a.year - b.year
  );
}

export const sectorValueAdded = defineDataset<SectorValueAddedRow>({
  name: "sector_value_added",
  description:
    "Ansicht: Bruttowertschöpfung nach Wirtschaftsbereichen und Erwerbstätige 2000–2014, INKAR-Sektoranteile bis 2021; Kreise in SN/ST/TH, Revier-Kreise, Länder, Deutschland",
  schema: {
    code: "string",
    year: "int",
    measure: "string",
    sector: "string",
    value: "float",
    flag: "string",
    source: "string"
  },
  columns: {
    code: "Regionalschlüssel (Land 2-, Kreis 5-stellig, DG = Deutschland)",
    year: "Jahr",
    measure: "gva (BWS, 1000 EUR, jeweilige Preise) | gva_share (INKAR, Prozent) | persons_in_employment (Personen)",
    sector: "total | A | B-E | F | G-J | K-N | O-T | primary | secondary | tertiary",
    value: "Wert; leer, wenn die Quelle keinen Wert hat",
    flag: "Sonderzeichen der Quelle; rounded = Erwerbstätige in 1000 mit einer Nachkommastelle",
    source: "Quelle (id im Quellenkatalog)"
  },
  build: (context) =>
    sectorValueAddedRows(
      context.rows<RegionRow>("regions"),
      context.rows<ValueAddedRow>("value_added"),
      context.rows<EmploymentRow>("employment")
    )
});
