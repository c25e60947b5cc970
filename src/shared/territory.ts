/**
 * The territory model (issue 16): every Kreis figure carries the territory it refers to, and a figure is compared
 * (change, index, growth rate, ratio) only with figures on the same territory. Shared by the data build, which
 * writes `territory` and `segment` columns, and the pages, which never compute across a segment.
 *
 * The newest territory the sources use is that of the BA extract: the Kreise of 01.01.2026, with Hanau (06415) as its
 * own Kreis. A figure is on the newest territory unless a recorded change of its Kreis lies after the source's
 * Gebietsstand; then it is on "Gebietsstand vor <date of that change>".
 */

/** One recorded change of Kreis territory (or, `kind: "assignment"`, of the BA's workplace assignment). */
export interface TerritorialChange {
  /** The day the change took effect, ISO. */
  date: string;
  kind: "territory" | "assignment";
  /** Kreise whose figures differ before and after the change. */
  kreise: readonly string[];
  /** What changed, German, as the README and the figure notes say it. */
  what: string;
  /**
   * Official conversion where the newest territory gives one: a Kreis on its territory before the change as the
   * sum of Kreise after it (Main-Kinzig-Kreis with Hanau = 06435 + 06415).
   */
  before?: Readonly<Record<string, readonly string[]>>;
  /** The reverse: a Kreis on its territory after the change as the sum of Kreise before it (Wartburgkreis + Eisenach). */
  after?: Readonly<Record<string, readonly string[]>>;
}

/** Gebietsstand of the newest territory (BA extract: Hanau kreisfrei). */
export const NEWEST_TERRITORY_DATE = "2026-01-01";

/** Every territorial change the data of Revier-Monitor contain (README "Gebietsstände"). */
export const TERRITORIAL_CHANGES: readonly TerritorialChange[] = [
  {
    date: "2016-11-01",
    kind: "territory",
    kreise: ["03152", "03156", "03159"],
    what: "Landkreise Göttingen (03152) und Osterode am Harz (03156) zum Landkreis Göttingen (03159) fusioniert"
  },
  {
    date: "2019-01-01",
    kind: "territory",
    kreise: ["16054", "16061", "16063", "16064", "16066", "16070", "16072", "16073"],
    what: "Thüringer Gemeindegebietsreform 2019: Gemeinden wechseln den Kreis (u. a. Neuhaus am Rennweg zu Sonneberg)"
  },
  {
    date: "2021-07-01",
    kind: "territory",
    kreise: ["16056", "16063"],
    what: "Eisenach (16056) in den Wartburgkreis (16063) eingegliedert",
    after: {"16063": ["16063", "16056"]}
  },
  {
    date: "2023-01-01",
    kind: "territory",
    kreise: ["16061", "16064"],
    what: "Anrode und Dünwald: Ortsteile vom Unstrut-Hainich-Kreis zum Eichsfeld (Dingelstädt)"
  },
  {
    date: "2024-01-01",
    kind: "territory",
    kreise: ["16061", "16063", "16064"],
    what: "Gemeindewechsel zwischen Eichsfeld, Unstrut-Hainich-Kreis und Wartburgkreis"
  },
  {
    date: NEWEST_TERRITORY_DATE,
    kind: "territory",
    kreise: ["06415", "06435"],
    what: "Hanau (06415) kreisfrei, nicht mehr Teil des Main-Kinzig-Kreises (06435)",
    before: {"06435": ["06435", "06415"]}
  },
  {
    date: "2018-06-30",
    kind: "assignment",
    kreise: [
      "04011",
      "04012",
      "07231",
      "07235",
      "08415",
      "08416",
      "09263",
      "09278",
      "09464",
      "09475",
      "09576",
      "16054",
      "16069"
    ],
    what: "BA ordnet Beschäftigte einzelner Betriebe ab 30.06.2018 einem Nachbarkreis zu; der BA-Auszug (Datenstand 2026) weicht darin 2018–2020 um 2–14 % von der Regionaldatenbank (Stand 2021) ab"
  }
];

const DE_DATE = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

/** The label of the newest territory. */
export const NEWEST_TERRITORY = `Gebietsstand ${DE_DATE(NEWEST_TERRITORY_DATE)}`;

/** Whether Kreis `code` has a recorded change of `kind` (default: territory). */
export function hasRecordedChange(code: string, kind: TerritorialChange["kind"] = "territory"): boolean {
  return TERRITORIAL_CHANGES.some((c) => c.kind === kind && c.kreise.includes(code));
}

/** The territorial changes of Kreis `code` after the Gebietsstand `asOf` (ISO), earliest first. */
export function changesAfter(code: string, asOf: string): TerritorialChange[] {
  return TERRITORIAL_CHANGES.filter((c) => c.kind === "territory" && c.kreise.includes(code) && c.date > asOf).sort(
    (a, b) => a.date.localeCompare(b.date)
  );
}

/**
 * The territory of a figure of `code` published on the Gebietsstand `asOf` (ISO): the newest one unless a recorded
 * change of the Kreis took effect after `asOf`. Länder and Germany are on the newest territory (no Land changed).
 */
export function territoryLabel(code: string, asOf: string): string {
  const next = code.length === 5 ? changesAfter(code, asOf)[0] : undefined;
  return next ? `Gebietsstand vor ${DE_DATE(next.date)}` : NEWEST_TERRITORY;
}

/**
 * The Gebietsstand (ISO) a source publishes its figure of `year` on: the BA extract on the newest territory, the
 * GERDA/BBSR reference tables on that of 31.12.2021, the Gemeindeverzeichnis of 31.12.2024 on its own, and the
 * Regionaldatenbank / GENESIS tables on the territory of their reference date (30.06. for SvB and commuters, 31.12.
 * otherwise).
 */
export function sourceTerritoryDate(source: string, year: number): string {
  const first = source.split(",")[0]!.trim();
  if (first.startsWith("ba-kldb")) return NEWEST_TERRITORY_DATE;
  if (first.startsWith("gerda") || first.startsWith("bbsr")) return "2021-12-31";
  if (first.startsWith("gv-")) return `${first.slice(3, 7)}-12-31`;
  if (/^rdb-(13111|19321)|^ba-pendleratlas/.test(first)) return `${year}-06-30`;
  return `${year}-12-31`;
}

/**
 * The Kreise on the newest territory whose sum is Kreis `code` on the Gebietsstand `asOf`, where every change after
 * `asOf` records that conversion; undefined where one does not (no conversion, the figures stay apart).
 */
export function oldTerritoryMembers(code: string, asOf: string): readonly string[] | undefined {
  const changes = changesAfter(code, asOf);
  if (changes.length !== 1) return changes.length === 0 ? [code] : undefined;
  return changes[0]!.before?.[code];
}

/** The territory label of a figure of `code` in `year` from `source`. */
export function territoryOfFigure(code: string, year: number, source: string): string {
  return territoryLabel(code, sourceTerritoryDate(source, year));
}

/** A series segment: the parts that must all be equal for two figures to be compared (basis, revision, territory). */
export function segmentOf(...parts: readonly (string | null | undefined)[]): string {
  return parts.filter((p) => p).join(" · ");
}
