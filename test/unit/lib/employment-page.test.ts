import {describe, expect, it} from "vitest";

import type {OverviewRow} from "../../../src/shared/rows.js";
import {
  commuterRows,
  commuterSubtitle,
  comparisonCodes,
  employeeFigureTexts,
  flagNote,
  largestFlows,
  membersLookup,
  miningChartRows,
  svbPrecedence,
  unemployedNote
} from "../../../src/lib/employment-page.js";
import {sourceIds} from "../../../src/shared/sources.js";

/** Made-up commuters and flows (see test/fixtures/README.md, "employment page"); not official figures. */
const commuter = (year: number, measure: string, value: number | null) => ({
  code: "15084",
  year,
  measure,
  value,
  source: `src-${measure}`
});
const flow = (from: string, to: string, value: number) => ({from, to, value, year: 2016, source: "flows"});

describe("the employment page", () => {
  it("compares a Kreis with its Land, Germany and the reference area, without duplicates", () => {
    expect(comparisonCodes("15084", "OST")).toEqual(["15084", "15", "DG", "OST"]);
    expect(comparisonCodes("REV-MD", "DG")).toEqual(["REV-MD", "DG"]);
  });

  it("resolves a group to its Kreise, Länder through region_members", () => {
    const {kreiseOf, membersOf} = membersLookup([
      {group_code: "15", member_code: "15084"},
      {group_code: "15", member_code: "15088"}
    ]);
    expect(kreiseOf("15")).toEqual(["15084", "15088"]);
    expect(kreiseOf("15084")).toEqual(["15084"]);
    expect(membersOf("REV-MD")).toContain("15084");
  });

  it("commuter rates per 100 employees: 100 in of 1,000 at the workplace = 10, 250 out of 1,000 at home = 25", () => {
    const rows = commuterRows(
      [
        commuter(2015, "in_commuters", 100),
        commuter(2015, "out_commuters", 250),
        commuter(2015, "balance", -150),
        commuter(2015, "svb_workplace", 1000),
        commuter(2015, "svb_residence", 1000),
        commuter(2016, "in_commuters", 90),
        commuter(2016, "out_commuters", 200),
        commuter(2016, "balance", -110)
      ],
      "15084"
    );
    expect(rows[0]).toMatchObject({
      year: 2015,
      inCommuters: 100,
      outCommuters: 250,
      balance: -150,
      inRate: 10,
      outRate: 25
    });
    expect(rows[1]).toMatchObject({year: 2016, inRate: null, outRate: null});
    expect(commuterSubtitle(rows, "en")).toContain("30 June, 2015–2016; balance");
    expect(commuterSubtitle(rows, "en")).toContain("(2016 without rates: no totals in the source)");
    expect(commuterSubtitle(commuterRows([], "REV-MD"), "en")).toMatch(/^Districts only/);
    expect(sourceIds(rows.slice(0, 1))).toEqual(["src-in_commuters", "src-out_commuters", "src-balance"]);
    // Not a Kreis: no commuters (a sum would count commuting between members twice).
    expect(commuterRows([commuter(2015, "in_commuters", 100)], "REV-MD")[0]).toMatchObject({inCommuters: null});
  });

  it("lists the largest flows across the boundary, largest first, and not those inside", () => {
    const flows = [flow("A", "K", 10), flow("B", "K", 30), flow("K", "A", 5), flow("K", "L", 7)];
    const {inbound, outbound} = largestFlows(flows, "REV-MD", new Set(["K", "L"]), (c) => `Kreis ${c}`);
    expect(inbound.map((d) => d.label)).toEqual(["Kreis B → Kreis K", "Kreis A → Kreis K"]);
    expect(outbound.map((d) => d.value)).toEqual([5]);
  });

  it("explains flags in English", () => {
    expect(flagNote("kreise_missing", "en")).toBe("not all districts have a value");
    expect(flagNote(null, "de")).toBe("");
    expect(flagNote("x", "de")).toBe("x");
  });
});

/** Made-up mining-job rows of the overview view (test/fixtures/README.md, "employment page"); not official figures. */
const mining = (year: number, value: number | null, flag: string | null = null): OverviewRow => ({
  code: "REV-MD",
  name: "Mitteldeutsches Revier",
  level: "aggregate",
  year,
  measure: "svb_occ_211",
  value,
  reference: `30.06.${year}`,
  segment: null,
  flag,
  source: "ba-kldb-employees-workplace",
  computed: true,
  territory: "Gebietsstand 01.01.2026"
});

describe("mining jobs as a series of the employment page", () => {
  const overview = [mining(2014, 120), mining(2013, 100), mining(2015, null, "members_missing")];

  it("takes the region's KldB 211 series from the overview view, by year, with its gaps", () => {
    const rows = miningChartRows([...overview, {...mining(2014, 7), code: "15084"}], "REV-MD", "en");
    expect(rows.map((d) => [d.year, d.value])).toEqual([
      [2013, 100],
      [2014, 120],
      [2015, null]
    ]);
    expect(rows[0]!.series).toBe("Employees in mining, quarrying and blasting (KldB 211)");
  });

  it("names the latest year with a value and carries the caveat; the SvB series keeps its 2012 break", () => {
    const texts = employeeFigureTexts("bergbau", miningChartRows(overview, "REV-MD", "de"), "Revier", "de");
    expect(texts.subtitle).toContain("2013–2014; letzter Wert: 30.06.2014");
    expect(texts.caveat).toContain("Berufsgruppe 211");
    expect(texts.source).toContain("© Statistik der Bundesagentur für Arbeit");
    expect(texts.breaks).toEqual([]);
    const svb = employeeFigureTexts("svb", [{year: 2010, value: 5, measure: "svb_workplace"}], "Revier", "en");
    expect(svb.caveat).toBe("");
    expect(svb.breaks.map((b) => b.year)).toEqual([2012]);
  });
});

describe("the subtitle of the unemployed chart", () => {
  // Years and source ids as labour_market has them for Burgenlandkreis (Regionaldatenbank, BA extract 2021/2022/2024).
  const rows = [
    {year: 2020, flag: null, source: "rdb-13211-02-05-4-2021"},
    {year: 2021, flag: null, source: "ba-kldb-unemployed"},
    {year: 2023, flag: null, source: "rdb-13211-02-05-4-2026-2023"},
    {year: 2024, flag: null, source: "ba-kldb-unemployed"}
  ];

  it("names the years taken from the BA's statistics, read from the rows", () => {
    expect(unemployedNote(rows, "de")).toBe("; 2021, 2024 aus der Statistik der BA, sonst Regionaldatenbank");
    expect(unemployedNote(rows.slice(0, 1), "en")).toBe("");
  });

  it("says when the last year covers only part of the year", () => {
    expect(unemployedNote([...rows, {year: 2025, flag: "partial_year", source: "ba-kldb-unemployed"}], "en")).toBe(
      "; 2025 part of the year"
    );
  });
});

describe("the reading aid under the employment page", () => {
  // Germany's SvB totals as the employment dataset has them: BBSR rounded, Regionaldatenbank exact, BA sums (values made up).
  const total = (year: number, flag: string | null, source: string) =>
    ({
      code: "DG",
      year,
      measure: "svb_workplace",
      classification: "total",
      category: "total",
      value: 1,
      flag,
      source
    }) as never;

  it("names the years of each source from the data: BBSR 2010–2011, exact 2012–2020, BA sums 2021–2022", () => {
    const rows = [
      total(2010, "rounded", "gerda-bbsr-ref-kreise"),
      total(2011, "rounded", "gerda-bbsr-ref-kreise"),
      total(2012, null, "rdb-13111-01-03-4-2017"),
      total(2020, null, "rdb-13111-07-05-4-2021"),
      total(2021, "suppressed_cells_excluded", "ba-kldb-employees-workplace"),
      total(2022, "suppressed_cells_excluded", "ba-kldb-employees-workplace")
    ];
    expect(svbPrecedence(rows)).toEqual({rounded: "2010–2011", exact: "2012–2020", ba: "2021–2022"});
  });
});
