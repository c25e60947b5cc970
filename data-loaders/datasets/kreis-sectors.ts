/**
 * View dataset `kreis_sectors` for the Kreis profiles' sector strengths: SvB at the workplace by WZ 2008 section
 * (latest Stichtag of 13111-07-05-4, 30.06.2020, the disjoint sections that add up to the total) and by occupation
 * group (KldB 2010, 3-digit, latest year), for every Kreis of Germany, the 16 Länder and Germany. The page computes
 * the location quotients with the indicator library.
 */
import {defineDataset} from "../dataset.js";
import type {EmploymentRow, KreisSectorRow, OccupationRow, RegionRow} from "../../src/shared/rows.js";
import {TERRITORIAL_CHANGES} from "../../src/shared/territory.js";
import {NO_OCCUPATION} from "./employment-occupations.js";
import {profileCodes} from "./kreis-profiles.js";

/** WZ 2008 sections of the SvB table that partition the total (B-F, G-U and C overlap them and are left out). */
export const DISJOINT_WZ_SECTIONS = ["A", "B-E", "F", "G-I", "J", "K", "L", "M-N", "O-Q", "R-U"] as const;

export function kreisSectorRows(
  regions: readonly RegionRow[],
  employment: readonly EmploymentRow[],
  occupations: readonly OccupationRow[]
): KreisSectorRow[] {
  const codes = new Set(profileCodes(regions));
  // The latest Stichtag of the WZ table (30.06.2020): one year per classification, so quotients compare like with like.
  let wzYear = -Infinity;
  for (const r of employment) if (r.classification === "WZ 2008" && r.year > wzYear) wzYear = r.year;
  const wz = employment
    .filter(
      (r) =>
        codes.has(r.code) &&
        r.year === wzYear &&
        r.classification === "WZ 2008" &&
        r.measure === "svb_workplace" &&
        (DISJOINT_WZ_SECTIONS as readonly string[]).includes(r.category)
    )
    .map((r) => ({
      code: r.code,
      classification: "WZ 2008",
      year: r.year,
      category: r.category,
      category_name: null,
      value: r.value,
      suppressed: r.suppressed,
      flag: r.flag,
      source: r.source
    }));
  // A Kreis merged after the WZ Stichtag gets the sum of the Kreise it was made of, so its quotients describe today's
  // territory (issue 16: the Wartburgkreis of 30.06.2020 without Eisenach had a B–E quotient of 1.87, with it 1.64).
  for (const c of TERRITORIAL_CHANGES) {
    if (!c.after || c.date <= `${wzYear}-06-30`) continue;
    for (const [target, members] of Object.entries(c.after)) {
      if (!codes.has(target)) continue;
      const parts = employment.filter(
        (r) =>
          members.includes(r.code) &&
          r.year === wzYear &&
          r.classification === "WZ 2008" &&
          r.measure === "svb_workplace" &&
          (DISJOINT_WZ_SECTIONS as readonly string[]).includes(r.category)
      );
      for (const row of wz.filter((r) => r.code === target)) {
        const cells = parts.filter((p) => p.category === row.category);
        if (cells.length !== members.length) throw new Error(`kreis_sectors: ${target} ${row.category} lacks a member`);
        const unknown = cells.some((p) => p.value === null);
        Object.assign(row, {
          value: unknown ? null : cells.reduce((sum, p) => sum + p.value!, 0),
          suppressed: cells.some((p) => p.suppressed),
          flag: unknown ? (cells.find((p) => p.flag)?.flag ?? null) : null,
          source: [...new Set(cells.map((p) => p.source))].join(",")
        });
      }
    }
  }
  // Berlin (11000) and Hamburg (02000) are Land and Kreis at once; the WZ table has them at Land level only.
  for (const code of codes) {
    const land = code.slice(0, 2);
    if (code === `${land}000` && !wz.some((r) => r.code === code)) {
      wz.push(...wz.filter((r) => r.code === land).map((r) => ({...r, code})));
    }
  }
  const workplace = occupations.filter((r) => r.measure === "svb_workplace" && r.occupation !== NO_OCCUPATION);
  // A loop, not Math.max(...rows): the occupation file has ~750 000 workplace rows.
  let latest = -Infinity;
  for (const r of workplace) if (r.year > latest) latest = r.year;
  const kldb = workplace
    .filter((r) => codes.has(r.code) && r.year === latest)
    .map((r) => ({
      code: r.code,
      classification: "KldB 2010",
      year: r.year,
      category: r.occupation,
      category_name: r.occupation_name,
      value: r.value,
      suppressed: r.suppressed,
      flag: r.flag,
      source: r.source
    }));
  for (const code of codes) {
    if (!wz.some((r) => r.code === code)) throw new Error(`kreis_sectors: no WZ sections for ${code}`);
    if (!kldb.some((r) => r.code === code)) throw new Error(`kreis_sectors: no occupation groups for ${code}`);
  }
  return [...wz, ...kldb].sort(
    (a, b) =>
      a.code.localeCompare(b.code) ||
      a.classification.localeCompare(b.classification) ||
      a.category.localeCompare(b.category)
  );
}

export const kreisSectors = defineDataset<KreisSectorRow>({
  name: "kreis_sectors",
  description:
    "Ansicht für die Kreisprofile: SvB am Arbeitsort nach WZ-Abschnitten (letzter Stichtag der Tabelle 13111-07-05-4) und Berufsgruppen (KldB 2010, letzter Stichtag), alle 400 Kreise, 16 Länder, Deutschland",
  schema: {
    code: "string",
    classification: "string",
    year: "int",
    category: "string",
    category_name: "string",
    value: "int",
    suppressed: "bool",
    flag: "string",
    source: "string"
  },
  columns: {
    code: "Regionalschlüssel (Land 2-, Kreis 5-stellig, DG = Deutschland)",
    classification: "WZ 2008 (Wirtschaftsabschnitte) | KldB 2010 (Berufsgruppen, 3-Steller)",
    year: "Jahr (Stichtag 30.06.)",
    category: "WZ-Abschnitt(e) (A, B-E, F, G-I, J, K, L, M-N, O-Q, R-U) bzw. KldB-Berufsgruppe",
    category_name: "Bezeichnung der Berufsgruppe (KldB)",
    value: "SvB am Arbeitsort; leer, wenn gesperrt (nie 0)",
    suppressed: "true, wenn die Quelle den Wert gesperrt hat",
    flag: "Kennzeichen der Quelle (suppressed_cells_excluded …)",
    source: "Quelle (id im Quellenkatalog)"
  },
  build: (context) =>
    kreisSectorRows(
      context.rows<RegionRow>("regions"),
      context.rows<EmploymentRow>("employment"),
      context.rows<OccupationRow>("employment_occupations")
    )
});
