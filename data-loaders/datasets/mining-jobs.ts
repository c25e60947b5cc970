/**
 * View dataset `mining_jobs` for /strukturwandel and the Kreis profiles: SvB at the workplace in the occupation group
 * KldB 2010 211 "Berg-, Tagebau und Sprengtechnik" (the lignite proxy), 30.06.2013–30.06.2025, with all SvB at the
 * workplace of the same region and date for the share. Built from `employment_occupations` and `employment` so that
 * the page need not load the 2.6 MB occupation file.
 */
import {COMPOSITE_REGIONS} from "../../src/shared/regions.js";
import {defineDataset} from "../dataset.js";
import type {EmploymentRow, MiningJobsRow, OccupationRow} from "../../src/shared/rows.js";

/** KldB 2010 occupation group of mining, opencast mining and blasting. */
export const MINING_OCCUPATION = "211";

/** Länder whose Kreise the view covers in full: Sachsen, Sachsen-Anhalt, Thüringen. */
export const VIEW_LAENDER = ["14", "15", "16"] as const;

/** The regions of the view: every Kreis of 14/15/16, the members of all three Reviere, the three Länder and DG. */
export function miningJobCodes(occupationCodes: Iterable<string>): Set<string> {
  const revierMembers = COMPOSITE_REGIONS.filter((a) => a.kind === "revier").flatMap((a) => a.members);
  const codes = new Set<string>([...revierMembers, ...VIEW_LAENDER, "DG"]);
  for (const code of occupationCodes) {
    if (code.length === 5 && (VIEW_LAENDER as readonly string[]).includes(code.slice(0, 2))) codes.add(code);
  }
  return codes;
}

/** Selects KldB 211 at the workplace for the view's regions and joins all SvB at the workplace. */
export function miningJobRows(
  occupations: readonly OccupationRow[],
  employment: readonly EmploymentRow[]
): MiningJobsRow[] {
  const mining = occupations.filter((r) => r.occupation === MINING_OCCUPATION && r.measure === "svb_workplace");
  const codes = miningJobCodes(new Set(mining.map((r) => r.code)));
  const totals = new Map(
    employment
      .filter((r) => r.classification === "total" && r.category === "total" && r.measure === "svb_workplace")
      .map((r) => [`${r.code}|${r.year}`, r])
  );
  const rows = mining
    .filter((r) => codes.has(r.code))
    .map((r) => {
      const total = totals.get(`${r.code}|${r.year}`);
      return {
        code: r.code,
        year: r.year,
        value: r.value,
        suppressed: r.suppressed,
        flag: r.flag,
        computed: r.computed,
        svb_total: total?.value ?? null,
        source: r.source,
        svb_total_source: total?.source ?? null
      };
    });
  const missing = [...codes].filter((code) => !rows.some((r) => r.code === code));
  if (missing.length) throw new Error(`mining_jobs: no KldB 211 rows for ${missing.join(", ")}`);
  return rows.sort((a, b) => a.code.localeCompare(b.code) || a.year - b.year);
}

export const miningJobs = defineDataset<MiningJobsRow>({
  name: "mining_jobs",
  description:
    "Ansicht: SvB am Arbeitsort in der Berufsgruppe 211 (Berg-, Tagebau und Sprengtechnik), 30.06.2013–30.06.2025, Kreise in SN/ST/TH, Revier-Kreise, Länder, Deutschland",
  schema: {
    code: "string",
    year: "int",
    value: "int",
    suppressed: "bool",
    flag: "string",
    computed: "bool",
    svb_total: "int",
    source: "string",
    svb_total_source: "string"
  },
  columns: {
    code: "Regionalschlüssel (Land 2-, Kreis 5-stellig, DG = Deutschland)",
    year: "Jahr (Stichtag 30.06.)",
    value: "SvB am Arbeitsort in KldB 211; leer, wenn die BA den Wert gesperrt hat (nie 0)",
    suppressed: "true, wenn die BA den Wert gesperrt hat",
    flag: "suppressed_cells_excluded = Summe ohne gesperrte Kreiswerte (Untergrenze)",
    computed: "true = eigene Berechnung (Summe der Kreise)",
    svb_total: "alle SvB am Arbeitsort (Datensatz employment), für den Anteil",
    source: "Quelle der KldB-Zahl (id im Quellenkatalog)",
    svb_total_source: "Quelle der SvB insgesamt (id im Quellenkatalog)"
  },
  build: (context) =>
    miningJobRows(context.rows<OccupationRow>("employment_occupations"), context.rows<EmploymentRow>("employment"))
});
