/**
 * View dataset `kreis_profiles` for the Kreis profile pages (/kreise/<code>): the numbers every profile needs, for
 * every Kreis of Germany, the 16 Länder and Germany, in one long table that all 400 profiles share (the browser
 * caches it once). Built from population, employment, labour_market and
 * municipalities; the municipality counts and areas are computed here from the Gemeindeverzeichnis 31.12.2024.
 */
import {defineDataset} from "../dataset.js";
import type {
  CommuterRow,
  EmploymentRow,
  KreisProfileRow,
  LabourMarketRow,
  MunicipalityRow,
  OccupationRow,
  PopulationRow,
  RegionRow
} from "../../src/shared/rows.js";
import {svbSegment} from "../../src/shared/breaks.js";
import {NEWEST_TERRITORY, segmentOf, territoryLabel, territoryOfFigure} from "../../src/shared/territory.js";
import {RATE_ALL} from "../../src/shared/unemployment.js";

/** KldB 2010 group 211 "Berg-, Tagebau und Sprengtechnik": the mining-jobs proxy shown on every profile. */
export const MINING_OCCUPATION = "211";

/** Gebietsstand of the municipality facts (Gemeindeverzeichnis). */
export const PROFILE_GEBIETSSTAND = "2024-12-31";

/** The Gemeindeverband kinds of the Gemeindeverzeichnis → the metric counting them. */
export const VERBAND_METRICS: Readonly<Record<string, string>> = {
  Amt: "aemter",
  Samtgemeinde: "samtgemeinden",
  Kirchspielslandgemeinde: "kirchspielslandgemeinden",
  Verbandsgemeinde: "verbandsgemeinden",
  Verwaltungsgemeinschaft: "verwaltungsgemeinschaften",
  Verwaltungsverband: "verwaltungsverbaende",
  "erfüllende Gemeinde": "erfuellende_gemeinden"
};

/** Codes with a profile (every Kreis of Germany) plus the comparison areas (the 16 Länder, Germany). */
export function profileCodes(regions: readonly RegionRow[]): string[] {
  const kreise = regions.filter((r) => r.level === "kreis").map((r) => r.code);
  const laender = regions.filter((r) => r.level === "land").map((r) => r.code);
  if (kreise.length < 400)
    throw new Error(`kreis_profiles: the regions dataset lists ${kreise.length} Kreise, not 400`);
  return [...kreise, ...laender, "DG"];
}

/**
 * Counts and area of the Gemeinden of each profile region at the Gebietsstand: Gemeinden, Städte, verbandsfreie
 * Gemeinden (Einheitsgemeinden), and the Gemeindeverbände by kind (distinct verband codes). The area is the sum of
 * the Gemeinden's areas, for Germany as for the Länder (issue 16: the profile showed "keine Daten" for Germany).
 */
export function municipalityFacts(
  municipalities: readonly MunicipalityRow[],
  codes: readonly string[]
): KreisProfileRow[] {
  const current = municipalities.filter((m) => m.gebietsstand === PROFILE_GEBIETSSTAND);
  const source = current[0]?.source;
  if (!source) throw new Error(`kreis_profiles: no municipalities at Gebietsstand ${PROFILE_GEBIETSSTAND}`);
  const year = Number(PROFILE_GEBIETSSTAND.slice(0, 4));
  const rows: KreisProfileRow[] = [];
  for (const code of codes) {
    const members = current.filter((m) =>
      code === "DG" ? true : code.length === 2 ? m.land === code : m.kreis === code
    );
    if (members.length === 0) throw new Error(`kreis_profiles: no Gemeinden for ${code} at ${PROFILE_GEBIETSSTAND}`);
    const fact = (metric: string, value: number | null): KreisProfileRow => ({
      code,
      metric,
      year,
      value,
      flag: null,
      basis: null,
      segment: null,
      territory: territoryLabel(code, PROFILE_GEBIETSSTAND),
      computed: true,
      source
    });
    rows.push(fact("gemeinden", members.length), fact("staedte", members.filter((m) => m.is_stadt).length));
    rows.push(
      fact("verbandsfreie_gemeinden", members.filter((m) => m.verband_kind === "verbandsfreie Gemeinde").length)
    );
    const areas = members.map((m) => m.area_km2);
    const area = areas.some((a) => a === null) ? null : areas.reduce((s, a) => s! + a!, 0)!;
    rows.push(fact("area_km2", area === null ? null : Math.round(area * 100) / 100));
    // Germany has other kinds of Gemeindeverband (Ämter, Samtgemeinden …); profiles compare only the counts above.
    if (code === "DG") continue;
    for (const [kind, metric] of Object.entries(VERBAND_METRICS)) {
      rows.push(fact(metric, new Set(members.filter((m) => m.verband_kind === kind).map((m) => m.verband_code)).size));
    }
    const unknown = members.filter(
      (m) => m.verband_kind !== "verbandsfreie Gemeinde" && !VERBAND_METRICS[m.verband_kind]
    );
    if (unknown.length) {
      throw new Error(
        `kreis_profiles: unknown Gemeindeverband kind "${unknown[0]!.verband_kind}" (${unknown[0]!.code})`
      );
    }
  }
  return rows;
}

/** The territory part of a segment: empty on the newest territory, so unchanged Kreise keep their segments. */
const territoryPart = (territory: string) => (territory === NEWEST_TERRITORY ? null : territory);

/**
 * A profile row carrying a dataset row's value, flag and provenance unchanged (no census basis), with the territory
 * of its source and the segment `base` (if any) plus that territory.
 */
function carried(
  r: Pick<KreisProfileRow, "code" | "year" | "value" | "flag" | "computed" | "source">,
  metric: string,
  base: string | null = null
): KreisProfileRow {
  const territory = territoryOfFigure(r.code, r.year, r.source);
  return {
    code: r.code,
    metric,
    year: r.year,
    value: r.value,
    flag: r.flag,
    basis: null,
    segment: segmentOf(base, territoryPart(territory)) || null,
    territory,
    computed: r.computed,
    source: r.source
  };
}

/** Population's `territory` ("Gebietsstand 31.12.2021") as an ISO date. */
function populationTerritoryDate(territory: string): string {
  const m = /(\d{2})\.(\d{2})\.(\d{4})/.exec(territory);
  if (!m) throw new Error(`kreis_profiles: population territory "${territory}" has no date`);
  return `${m[3]}-${m[2]}-${m[1]}`;
}

export function kreisProfileRows(
  regions: readonly RegionRow[],
  population: readonly PopulationRow[],
  employment: readonly EmploymentRow[],
  labour: readonly LabourMarketRow[],
  municipalities: readonly MunicipalityRow[],
  commuterRows: readonly CommuterRow[] = [],
  occupations: readonly OccupationRow[] = []
): KreisProfileRow[] {
  const codes = profileCodes(regions);
  const wanted = new Set(codes);
  const series: KreisProfileRow[] = [
    ...population
      .filter((r) => wanted.has(r.code) && r.sex === "total")
      .map((r) => {
        const territory = territoryLabel(r.code, populationTerritoryDate(r.territory));
        return {
          code: r.code,
          metric: "population",
          year: r.year,
          value: r.value,
          flag: r.flag ?? (r.rounded ? "rounded" : null),
          basis: r.basis,
          segment: segmentOf(r.basis, territoryPart(territory)),
          territory,
          computed: r.computed,
          source: r.source
        };
      }),
    ...employment
      .filter(
        (r) =>
          wanted.has(r.code) && r.classification === "total" && r.category === "total" && r.measure === "svb_workplace"
      )
      .map((r) => carried(r, "svb_workplace", svbSegment(r.code, r.year, r.flag === "rounded"))),
    ...labour
      .filter(
        (r) =>
          wanted.has(r.code) &&
          (r.measure === "unemployed" || (r.measure === "unemployment_rate" && r.definition === RATE_ALL))
      )
      .map((r) => carried(r, r.measure)),
    // Pendlersaldo over the Kreis boundary (Regionaldatenbank 2012–2015, Pendleratlas 2016).
    ...commuterRows
      .filter(
        (r) =>
          wanted.has(r.code) &&
          (r.measure === "balance" || r.measure === "in_commuters" || r.measure === "out_commuters")
      )
      .map((r) => carried(r, r.measure === "balance" ? "commuter_balance" : r.measure)),
    // Mining jobs: SvB at workplace in KldB 211 "Berg-, Tagebau und Sprengtechnik" (the lignite proxy; it also
    // counts quarrying and blasting, and the BA suppresses small cells).
    ...occupations
      .filter((r) => wanted.has(r.code) && r.occupation === MINING_OCCUPATION && r.measure === "svb_workplace")
      .map((r) => carried({...r, flag: r.suppressed ? "suppressed" : r.flag}, "svb_occ_211"))
  ];
  const rows = [...series, ...municipalityFacts(municipalities, codes)];
  const seen = new Set<string>();
  for (const r of rows) {
    const key = `${r.code}|${r.metric}|${r.year}`;
    if (seen.has(key)) throw new Error(`kreis_profiles: duplicate ${key}`);
    seen.add(key);
  }
  return rows.sort((a, b) => a.code.localeCompare(b.code) || a.metric.localeCompare(b.metric) || a.year - b.year);
}

export const kreisProfiles = defineDataset<KreisProfileRow>({
  name: "kreis_profiles",
  description:
    "Ansicht für die Kreisprofile: Bevölkerung, SvB, Bergbau-SvB (KldB 211), Arbeitslose, Arbeitslosenquote, Fläche, Gemeindezahlen und Pendler aller 400 Kreise, der 16 Länder und Deutschlands",
  schema: {
    code: "string",
    metric: "string",
    year: "int",
    value: "float",
    flag: "string",
    basis: "string",
    segment: "string",
    territory: "string",
    computed: "bool",
    source: "string"
  },
  columns: {
    code: "Regionalschlüssel (Land 2-, Kreis 5-stellig, DG = Deutschland)",
    metric:
      "population | svb_workplace | svb_occ_211 (SvB am Arbeitsort in KldB 211 Berg-, Tagebau und Sprengtechnik; Näherung für Bergbau-/Braunkohlejobs) | unemployed | unemployment_rate | area_km2 | gemeinden | staedte | verbandsfreie_gemeinden | aemter | samtgemeinden | kirchspielslandgemeinden | verbandsgemeinden | verwaltungsgemeinschaften | verwaltungsverbaende | erfuellende_gemeinden | commuter_balance | in_commuters | out_commuters",
    year: "Jahr (Bevölkerung 31.12., SvB 30.06., Arbeitslose Jahresdurchschnitt, Gemeinden: Gebietsstand 31.12.)",
    value: "Wert (Personen, Prozent, km² oder Anzahl); leer, wenn die Quelle keinen Wert hat",
    flag: "Sonderzeichen bzw. Kennzeichen der Quelle (rounded, partial_year …)",
    basis: "Zensusbasis der Bevölkerungszahl",
    segment:
      "Reihenabschnitt (Zensusbasis, SvB-Revision und BA-Zuordnung, Gebietsstand): Veränderungen, Indizes und Quoten nur innerhalb eines Abschnitts; verschiedene Abschnitte nicht verbinden",
    territory: `Gebietsstand des Werts: ${NEWEST_TERRITORY} (neuester, der des BA-Auszugs) oder „Gebietsstand vor <Datum der Änderung>" (README „Gebietsstände")`,
    computed: "true = eigene Berechnung (Summen, Zählungen)",
    source: "Quelle(n) (id im Quellenkatalog)"
  },
  build: (context) =>
    kreisProfileRows(
      context.rows<RegionRow>("regions"),
      context.rows<PopulationRow>("population"),
      context.rows<EmploymentRow>("employment"),
      context.rows<LabourMarketRow>("labour_market"),
      context.rows<MunicipalityRow>("municipalities"),
      context.rows<CommuterRow>("commuters"),
      context.rows<OccupationRow>("employment_occupations")
    )
});
