import {describe, expect, it} from "vitest";

import type {OverviewRow} from "../../../src/shared/rows.js";
import {baseYears, comparedRates, headlineCards, kreisMapValues, segmentLabel} from "../../../src/lib/overview-page.js";

/** Made-up rows of the Revier in the shape of the overview view (see test/fixtures/README.md, "overview page"). */
function row(measure: string, year: number, value: number | null, extra: Partial<OverviewRow> = {}): OverviewRow {
  return {
    code: "REV-MD",
    name: "Mitteldeutsches Revier",
    level: "aggregate",
    year,
    measure,
    value,
    reference: `31.12.${year}`,
    segment: null,
    flag: null,
    source: "src-1",
    computed: true,
    territory: "Gebietsstand 01.01.2026",
    ...extra
  };
}

const rows: OverviewRow[] = [
  ...[2000, 2001, 2002, 2003, 2004].map((y) => row("population", y, 1000 + 10 * (y - 2000))),
  ...[2001, 2002, 2003].map((y) =>
    row("unemployment_rate", y, 10 - (y - 2001), {reference: `Jahresdurchschnitt ${y}`})
  ),
  ...[2002, 2003, 2004].map((y) => row("svb_occ_211", y, 100 - (y - 2002) * 10, {reference: `30.06.${y}`}))
];

describe("the start page", () => {
  it("offers base years from 2001 to the last unemployment-rate year, defaulting to the first occupation year", () => {
    expect(baseYears(rows)).toEqual({years: [2001, 2002, 2003], initial: 2002});
  });

  it("starts the base years at Germany's first unemployment rate where Germany has one", () => {
    const germany = row("unemployment_rate", 2002, 7, {code: "DG", reference: "Jahresdurchschnitt 2002"});
    expect(baseYears([...rows, germany]).years).toEqual([2002, 2003]);
  });

  it("headline cards in English: 1,040 inhabitants on 31 Dec 2004, +2.0% since 2002", () => {
    const {cards} = headlineCards(rows, 2002, "en");
    expect(cards[0]).toMatchObject({label: "Inhabitants", value: "1,040", reference: "31 Dec 2004"});
    expect(cards[0]!.change).toBe("+2.0% (31 Dec 2002 – 31 Dec 2004)");
    expect(cards[2]!.value).toBe("8.0%");
    expect(cards[2]!.change).toBe("\u22121.0 percentage points (2002–2003, annual averages)");
    expect(cards[3]!.change).toBe("\u221220.0% (30 Jun 2002 – 30 Jun 2004)");
  });

  it("headline cards in German: 1.040 am 31.12.2004, missing series say keine Daten", () => {
    const {cards} = headlineCards(rows, 2002, "de");
    expect(cards[0]).toMatchObject({
      value: "1.040",
      reference: "31.12.2004",
      change: "+2,0\u00a0% (31.12.2002 – 31.12.2004)"
    });
    expect(cards[1]).toMatchObject({value: "keine Daten", change: "Veränderung: keine Daten"});
  });

  it("map values are sorted with missing values last", () => {
    const kreise = [
      row("population", 2002, 100, {code: "1", level: "kreis"}),
      row("population", 2003, 110, {code: "1", level: "kreis"}),
      row("population", 2002, null, {code: "2", level: "kreis"}),
      row("population", 2002, 100, {code: "3", level: "kreis"}),
      row("population", 2003, 120, {code: "3", level: "kreis"})
    ];
    const values = kreisMapValues(kreise, "bev", 2002, "en");
    expect(values.map((v) => v.code)).toEqual(["3", "1", "2"]);
    expect(values[0]!.value).toBeCloseTo(20, 9);
    expect(values[1]!.value).toBeCloseTo(10, 9);
    expect(values[2]!.value).toBeNull();
    expect(values[0]!.period).toBe("31 Dec 2002–31 Dec 2003");
  });

  it("names census segments in English", () => {
    expect(segmentLabel("Zensus 2022", "en")).toBe("2022 census");
    expect(segmentLabel("Zensus 2022", "de")).toBe("Zensus 2022");
  });
});

describe("the start page's unemployment rates", () => {
  const germany = (year: number, value: number | null, computed = false) =>
    row("unemployment_rate", year, value, {
      code: "DG",
      name: "Deutschland",
      computed,
      reference: `Jahresdurchschnitt ${year}`
    });
  const all = [...rows, germany(2003, 7.5), germany(2004, null), germany(2005, 6.3)];

  it("lists each region's rates with its name, keeps a year without a rate as a gap and spans the years shown", () => {
    const rates = comparedRates(all, ["REV-MD", "DG"], (code, fallback) => (code === "DG" ? "Germany" : fallback));
    expect(rates.rows.map((r) => [r.name, r.year, r.value])).toEqual([
      ["Mitteldeutsches Revier", 2001, 10],
      ["Mitteldeutsches Revier", 2002, 9],
      ["Mitteldeutsches Revier", 2003, 8],
      ["Germany", 2003, 7.5],
      ["Germany", 2004, null],
      ["Germany", 2005, 6.3]
    ]);
    expect([rates.from, rates.to]).toEqual([2001, 2005]);
    expect(rates.sources).toEqual(["src-1"]);
    expect(rates.computed).toBe(true); // the Revier's rates are sums of its Kreise
  });

  it("says a figure is official only when no shown rate is computed", () => {
    const rates = comparedRates(all, ["DG"], (_code, fallback) => fallback);
    expect(rates.computed).toBe(false);
    expect(comparedRates([...all, germany(2006, 6.1, true)], ["DG"], (_c, f) => f).computed).toBe(true);
  });
});
