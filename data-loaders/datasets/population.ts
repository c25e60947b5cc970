import {BASE_TERRITORY} from "../../src/shared/breaks.js";
import {COMPOSITE_REGIONS} from "../../src/shared/regions.js";
import {sourceIds} from "../../src/shared/sources.js";
import {defineDataset} from "../dataset.js";
import {convertPopulation, type BbsrSheet} from "../sources/bbsr-referenz.js";
import {
  type Figure,
  type PopulationInputs,
  POPULATION_SOURCES,
  readPopulationInputs,
  SEXES,
  stableKreise,
  territoryYear,
  wholeKreise
} from "./population-sources.js";
import type {PopulationRow, Sex} from "../../src/shared/rows.js";

/**
 * The census base of a 31.12. population figure. The Regionaldatenbank notes "ab dem Berichtsjahr 2011: nach dem
 * Zensus 2011"; the Gemeindeverzeichnis states that 31.12.2023 is still on Zensus-2011 basis, and the GENESIS
 * table of 31.12.2024 is on Zensus-2022 basis (PROVENANCE.md, caveat 2).
 */
export function censusBasis(year: number): string {
  if (year >= 2024) return "Zensus 2022";
  if (year >= 2011) return "Zensus 2011";
  return "VZ 1987 / Register 1990";
}

const FIRST_YEAR = 1990;

/**
 * Kreise whose territory changed after 31.12.2021 through Gemeinde moves between Kreise, with the years from which
 * a new territory applies. Gemeinde areas summed per Kreis from the GV: Eichsfeld 943.1 km² (2021) → 991.2 (2023) →
 * 1,002.3 (2024); Unstrut-Hainich-Kreis 979.7 → 931.6 → 924.4; Wartburgkreis 1,371.2 → 1,367.2 (2024). No source
 * here has their 2023 and 2024 population on the territory of 2021, so the figures stay as published and the break
 * is marked (`territory`), as census breaks are.
 */
export const TERRITORY_CHANGES: ReadonlyMap<string, readonly number[]> = new Map([
  ["16061", [2023, 2024]],
  ["16064", [2023, 2024]],
  ["16063", [2024]]
]);

/** The `territory` value of a region's figure of 31.12.`year`. */
export function territoryOf(code: string, year: number): string {
  const from = (TERRITORY_CHANGES.get(code) ?? []).filter((y) => y <= year).at(-1);
  return from === undefined ? BASE_TERRITORY : `Gebietsstand 31.12.${from}`;
}

/** Sources that publish Kreis (and Land) figures directly; every other exact figure is a sum of Gemeinden. */
const KREIS_TABLES: ReadonlySet<string> = new Set([
  POPULATION_SOURCES.rdb2017,
  POPULATION_SOURCES.rdb2023,
  POPULATION_SOURCES.genesis2024,
  POPULATION_SOURCES.kreise2018
]);
/** The BBSR Kreis sheet of 31.12.2011 carries the pre-census (VZ 1987 / Register 1990) figures. */
export const BBSR_PRE_CENSUS_YEAR = 2011;
const LAST_YEAR = 2024;
/**
 * The BBSR Kreis sheet headed "Bevölkerung am 31.12.1990" does not hold 31.12.1990 figures: its Kreise add up to
 * Land totals 2–3 % away from the exact GV 31.12.1990 (Bayern 11,220,800 vs 11,448,823; Sachsen 4,900,800 vs
 * 4,764,301; Sachsen-Anhalt 2,965,200 vs 2,873,957) but close to those of an earlier date, and its Kreise fall by
 * 4–6 % to 1991 (Halle 321.7 → 303.0 thousand; GV 31.12.1990: 310,234). Its conversions are published as null with
 * flag "/"; Kreise with an exact 1990 figure (GV 1990, territory unchanged) keep it.
 */
export const BBSR_MISDATED_YEARS: readonly number[] = [1990];

/**
 * Builds the Kreis, Land, Germany and aggregate series. Precedence where sources overlap (one rule):
 * 1. an exact Kreis table (Regionaldatenbank 1995–2015 and 2021, GENESIS 2024),
 * 2. exact Gemeinde sums (GV 2017, GV Q4-2020 for 2019, BBSR Gemeinden 2022, GV 2023),
 * 3. the BBSR conversion onto the Kreise of 31.12.2021 (rounded to 100 persons).
 * An exact Kreis figure is used only if the Kreis already had its territory of 31.12.2021 at the source's
 * Gebietsstand (BBSR table of that year maps it 1:1), so every Kreis series is on one territory.
 */
export function buildPopulation(inputs: PopulationInputs): PopulationRow[] {
  const {kreise, laender, kreisTables, gemeindeSums, bbsr} = inputs;
  const sheets = new Map(bbsr.map((s) => [s.year, s]));
  const implausible = implausibleBbsrRows(bbsr);
  const stable = new Map(bbsr.map((s) => [s.year, stableKreise(s)]));
  // After 2020 the Kreise are those of 31.12.2021 (no Kreis reform until 31.12.2024).
  const whole = new Map(bbsr.map((s) => [s.year, wholeKreise(s)]));
  const isStable = (code: string, year: number) => year > 2020 || (stable.get(year)?.has(code) ?? false);
  // The Regionaldatenbank of 2017 back-casts whole-Kreis mergers onto the Kreise of 2015 but keeps Gemeinde moves
  // (Rheinland-Pfalz 2014) on the old territory: its figure for a year counts only where the Kreis was made of whole
  // Kreise in that year.
  const onTerritory = (figure: Figure) =>
    isStable(figure.code, territoryYear(figure.source, figure.year)) &&
    (figure.source !== POPULATION_SOURCES.rdb2017 ||
      figure.year > 2020 ||
      (whole.get(figure.year)?.has(figure.code) ?? false));
  const exact = new Map<string, Figure>();
  // Berlin and Hamburg are Land and Kreis at once; some tables list them only as Land (02, 11).
  const cityStates = [...laender.keys()].filter((l) => [...kreise.values()].filter((k) => k.land === l).length === 1);
  const asKreis = (figure: Figure): Figure[] =>
    cityStates.includes(figure.code) ? [figure, {...figure, code: `${figure.code}000`}] : [figure];
  // A total cell with a special value ("." secret, "-" nothing) keeps its flag and source where no other source has
  // a figure, instead of turning into "missing in BBSR" (male/female rows exist only where a source has a figure).
  const flagged = new Map<string, Figure>();
  for (const figure of [...kreisTables, ...gemeindeSums].flatMap(asKreis)) {
    const key = `${figure.code}|${figure.year}|${figure.sex}`;
    if (exact.has(key)) continue;
    if (figure.code.length === 5 && !onTerritory(figure)) continue;
    if (figure.value === null) {
      if (figure.flag !== null && !flagged.has(key)) flagged.set(key, figure);
      continue;
    }
    exact.set(key, figure);
  }
  const rows: PopulationRow[] = [];
  const byKey = new Map<string, PopulationRow>();
  const push = (row: PopulationRow) => {
    rows.push(row);
    byKey.set(`${row.code}|${row.year}|${row.sex}`, row);
  };
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    const converted = sheets.has(year) ? convertPopulation(sheets.get(year)!) : undefined;
    const resolution = sheets.get(year)?.rows[0]?.resolution ?? 1;
    for (const [code, {name}] of kreise) {
      for (const sex of SEXES) {
        const figure = exact.get(`${code}|${year}|${sex}`);
        if (figure) {
          const method = KREIS_TABLES.has(figure.source) ? "kreistabelle" : "gemeindesumme";
          push({
            ...base(code, name, "kreis", year, sex),
            value: figure.value,
            source: figure.source,
            method,
            computed: method !== "kreistabelle"
          });
        } else if (sex === "total" && converted?.get(code)) {
          // Null where the sheet's rows give no usable figure (see rowShares), a row is a typing error, or the
          // sheet is not of its stated date.
          const bad =
            BBSR_MISDATED_YEARS.includes(year) ||
            converted.get(code)!.population === null ||
            converted.get(code)!.sources.some((c) => implausible.has(`${year}|${c}`));
          push({
            ...base(code, name, "kreis", year, sex),
            value: bad ? null : converted.get(code)!.population,
            flag: bad ? "/" : null,
            source: POPULATION_SOURCES.bbsrKreise,
            basis: year === BBSR_PRE_CENSUS_YEAR ? censusBasis(2010) : censusBasis(year),
            rounded: resolution > 1,
            computed: converted.get(code)!.sources.join() !== code,
            method: "bbsr-umrechnung"
          });
        } else if (sex === "total" && flagged.has(`${code}|${year}|${sex}`)) {
          const figure = flagged.get(`${code}|${year}|${sex}`)!;
          push({
            ...base(code, name, "kreis", year, sex),
            flag: figure.flag,
            source: figure.source,
            method: KREIS_TABLES.has(figure.source) ? "kreistabelle" : "gemeindesumme"
          });
        } else if (sex === "total") {
          push({
            ...base(code, name, "kreis", year, sex),
            flag: "-",
            source: POPULATION_SOURCES.bbsrKreise,
            method: "fehlt"
          });
        }
      }
    }
    // Länder and Germany: the exact figure where a source has it, otherwise the sum of their Kreise.
    for (const [code, name, level] of [
      ...[...laender].map(([c, n]) => [c, n, "land"] as const),
      ["DG", "Deutschland", "staat"] as const
    ]) {
      const members =
        code === "DG" ? [...kreise.keys()] : [...kreise].filter(([, k]) => k.land === code).map(([c]) => c);
      for (const sex of SEXES) {
        const figure = exact.get(`${code}|${year}|${sex}`);
        if (figure) {
          const method = KREIS_TABLES.has(figure.source) ? "kreistabelle" : "gemeindesumme";
          push({
            ...base(code, name, level, year, sex),
            value: figure.value,
            source: figure.source,
            method,
            computed: method !== "kreistabelle"
          });
          continue;
        }
        const sum = sumOf(members.map((m) => byKey.get(`${m}|${year}|${sex}`)));
        if (sum) push({...base(code, name, level, year, sex), ...sum});
      }
    }
    for (const composite of COMPOSITE_REGIONS) {
      for (const sex of SEXES) {
        const sum = sumOf(composite.members.map((m) => byKey.get(`${m}|${year}|${sex}`)));
        if (sum) push({...base(composite.code, composite.name, "aggregate", year, sex), ...sum});
      }
    }
  }
  return rows;
}

/**
 * BBSR rows whose population jumps by more than a factor 5 against both the year before and the year after
 * under the same key, name and target (a typing error upstream: Berlin 31.12.1991 is printed as 34,460.3 thousand). They are
 * published as null with flag "/" (not reliable enough) instead of being silently corrected.
 */
export function implausibleBbsrRows(sheets: BbsrSheet[]): Set<string> {
  const key = (r: {code: string; name: string; target: string}) => `${r.code}|${r.name}|${r.target}`;
  const byYear = new Map(sheets.map((s) => [s.year, new Map(s.rows.map((r) => [key(r), r.population]))]));
  const out = new Set<string>();
  const jump = (a: number | null | undefined, b: number | null | undefined) =>
    a != null && b != null && a > 0 && b > 0 && (a / b > 5 || b / a > 5);
  for (const sheet of sheets) {
    for (const row of sheet.rows) {
      const before = byYear.get(sheet.year - 1)?.get(key(row));
      const after = byYear.get(sheet.year + 1)?.get(key(row));
      if (before === undefined || after === undefined) continue;
      if (jump(row.population, before) && jump(row.population, after)) {
        out.add(`${sheet.year}|${row.code}`);
      }
    }
  }
  return out;
}

function base(code: string, name: string, level: string, year: number, sex: Sex): PopulationRow {
  return {
    code,
    name,
    level,
    year,
    sex,
    value: null,
    flag: null,
    basis: censusBasis(year),
    territory: territoryOf(code, year),
    source: "",
    rounded: false,
    computed: false,
    method: ""
  };
}

/** Sum of member rows: null with flag where a member is null, rounded if any member is. Undefined if a row is missing. */
function sumOf(
  members: (PopulationRow | undefined)[]
): Pick<PopulationRow, "value" | "flag" | "source" | "rounded" | "computed" | "method"> | undefined {
  if (!members.length || members.some((m) => !m)) return undefined;
  const rows = members as PopulationRow[];
  const missing = rows.some((m) => m.value === null);
  return {
    value: missing ? null : rows.reduce((s, m) => s + m.value!, 0),
    flag: missing ? "." : null,
    source: sourceIds(rows).sort().join(","),
    rounded: rows.some((m) => m.rounded),
    computed: true,
    method: "summe"
  };
}

/** The population dataset: Kreise, Länder, Germany and the aggregates, 31.12.1990–31.12.2024. */
export const population = defineDataset<PopulationRow>({
  name: "population",
  description:
    "Bevölkerung am 31.12. nach Geschlecht: Kreise, Länder, Deutschland, Reviere und Ostdeutschland, 1990–2024",
  schema: {
    code: "string",
    name: "string",
    level: "string",
    year: "int",
    sex: "string",
    value: "int",
    flag: "string",
    basis: "string",
    territory: "string",
    source: "string",
    rounded: "bool",
    computed: "bool",
    method: "string"
  },
  columns: {
    code: "Regionalschlüssel (Land 2-, Kreis 5-stellig, DG = Deutschland) oder Aggregat (REV-MD, REV-LAU, REV-RH, OST, OST-B)",
    name: "Name der Region",
    level: "kreis | land | staat | aggregate",
    year: "Jahr (Stichtag 31.12.)",
    sex: "total | male | female (male/female nur aus exakten Quellen)",
    value: "Personen; leer, wenn keine Quelle einen Wert hat (siehe flag)",
    flag: "Sonderzeichen bei fehlendem Wert (-, ., ..., x, /)",
    basis: "Zensusbasis der Fortschreibung; 2024 (Zensus 2022) ist nicht mit 2023 (Zensus 2011) verbunden zu zeichnen",
    territory: `Gebietsstand, auf den sich der Wert bezieht (${BASE_TERRITORY}; Eichsfeld, Unstrut-Hainich-Kreis ab 2023 und Wartburgkreis ab 2024 auf neuem Gebiet): Werte verschiedenen Gebietsstands nicht verbinden`,
    source: "Quelle(n) (id im Quellenkatalog sources.json, mehrere durch Komma)",
    rounded: "true, wenn die Quelle gerundet veröffentlicht (BBSR: auf 100 Personen)",
    computed: "true, wenn eigene Berechnung (Summe von Gemeinden, Kreisen oder Mitgliedern; BBSR-Umrechnung)",
    method: "kreistabelle | gemeindesumme | bbsr-umrechnung | summe"
  },
  build: (context) => buildPopulation(readPopulationInputs(context))
});
