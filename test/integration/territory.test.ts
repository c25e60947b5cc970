import {beforeAll, describe, expect, it} from "vitest";

import {createContext} from "../../data-loaders/build-all.js";
import {CHECKS} from "../../data-loaders/checks/index.js";
import {
  svbBaFigures,
  svbTableFigures,
  unemployedBaFigures,
  unemployedTableFigures
} from "../../data-loaders/checks/overlap-inputs.js";
import {compareOverlap} from "../../data-loaders/checks/source-overlap.js";
import {DATASETS} from "../../data-loaders/registry.js";
import {change, factRows, recentChange} from "../../src/lib/kreis-facts.js";
import {profileLocationQuotients} from "../../src/lib/kreis-profile.js";
import {locationFacts} from "../../src/lib/location-factors.js";
import type {
  KreisProfileRow,
  KreisSectorRow,
  LabourMarketRow,
  LabourPoolRow,
  LocationFactorRow,
  OverviewRow
} from "../../src/shared/rows.js";
import {NEWEST_TERRITORY} from "../../src/shared/territory.js";

/*
 * Issue 16 on the real sources (the datasets built here from ../shared/sources): one territory per series. Each
 * fact failed on the data before: the Wartburgkreis's SvB change joined two territories (+44.3 %), the
 * Main-Kinzig-Kreis's unemployed switched area from year to year, the insolvency rate divided cases with Hanau by
 * SvB without it, the 2025 unemployed were flagged as a partial year, and so on.
 */
const context = createContext();
const WANTED = new Set([
  "population",
  "regions",
  "region_members",
  "municipalities",
  "plants",
  "employment",
  "employment_occupations",
  "labour_market",
  "labour_pool",
  "commuters",
  "location_factors",
  "kreis_profiles",
  "kreis_sectors",
  "comparison"
]);

beforeAll(async () => {
  for (const dataset of DATASETS.filter((d) => WANTED.has(d.name))) {
    context.built.set(dataset.name, (await dataset.build(context)) as object[]);
  }
}, 1_500_000);

const profile = () => context.rows<KreisProfileRow>("kreis_profiles");

describe("kreis_profiles: SvB changes on one territory", () => {
  it("Wartburgkreis 2015–2025 on today's territory (with Eisenach): 63,974 → 58,818, −8.1 % (was +44.3 %)", () => {
    const c = recentChange(profile(), "16063", "svb_workplace", 10)!;
    expect(c).toMatchObject({from: 2015, to: 2025, territory: NEWEST_TERRITORY, stated: true});
    expect(c.percent).toBeCloseTo(-8.06, 1);
  });

  it("Main-Kinzig-Kreis 2015–2025 without Hanau: +19.4 % (was −24.4 % from a 2015 figure with Hanau)", () => {
    expect(recentChange(profile(), "06435", "svb_workplace", 10)!.percent).toBeCloseTo(19.4, 1);
  });

  it("Bremerhaven 2020 → 2021 from one source and assignment: a small change, not −11.7 %", () => {
    const c = change(profile(), "04012", "svb_workplace", 2020, 2021)!;
    expect(Math.abs(c.percent)).toBeLessThan(3);
  });

  it("never computes a change across a territorial break: Eichsfeld and Unstrut-Hainich-Kreis 2022 → 2023", () => {
    expect(change(profile(), "16061", "population", 2022, 2023)).toBeNull();
    expect(change(profile(), "16064", "population", 2022, 2023)).toBeNull();
    const territories = (code: string) =>
      new Set(
        profile()
          .filter((r) => r.code === code && r.metric === "population")
          .map((r) => r.territory)
      );
    expect(territories("16061").size).toBe(3);
  });

  it("gives every Kreis's SvB from 2013 one territory: no Kreis changes territory within 2013–2025", () => {
    const byKreis = new Map<string, Set<string>>();
    for (const r of profile()) {
      if (r.metric !== "svb_workplace" || r.code.length !== 5 || r.year < 2013 || r.value === null) continue;
      byKreis.set(r.code, (byKreis.get(r.code) ?? new Set()).add(r.territory));
    }
    expect([...byKreis].filter(([, t]) => t.size > 1).map(([code]) => code)).toEqual([]);
  });
});

describe("labour_market: unemployed on one area", () => {
  it("Main-Kinzig-Kreis 2013–2025 all from the BA extract without Hanau (2023: 7,547, not 11,958 with Hanau)", () => {
    const series = context
      .rows<LabourMarketRow>("labour_market")
      .filter((r) => r.code === "06435" && r.measure === "unemployed" && r.year >= 2013);
    expect(new Set(series.map((r) => r.source))).toEqual(new Set(["ba-kldb-unemployed"]));
    expect(series.find((r) => r.year === 2023)!.value).toBeCloseTo(7547.2, 1);
  });

  it("has no partial_year flag: the BA 2025 figures are full-year averages (Berlin 218,314.8 vs 218,315)", () => {
    const rows = context.rows<LabourMarketRow>("labour_market");
    expect(rows.filter((r) => r.flag === "partial_year")).toEqual([]);
  });

  it("takes the Länder counts 2010–2025 from the current 13211-0007: Sachsen-Anhalt 2011 = 139,310", () => {
    const land = context
      .rows<LabourMarketRow>("labour_market")
      .filter((r) => /^\d{2}$/.test(r.code) && r.year >= 2010 && r.year <= 2013 && r.measure === "unemployed");
    expect(land.find((r) => r.code === "15" && r.year === 2011)).toMatchObject({value: 139310, table: "13211-0007"});
    expect(land.filter((r) => r.table !== "13211-0007")).toEqual([]);
  });

  it("the Burgenlandkreis profile shows the 2025 unemployed (6,513) beside the 2025 rate", () => {
    const facts = factRows(profile(), {code: "15084", land: "15", year: 2024});
    expect(facts.find((f) => f.metric === "unemployed")).toMatchObject({year: 2025, kreis: 6513});
    expect(facts.find((f) => f.metric === "unemployment_rate")).toMatchObject({year: 2025});
  });
});

describe("ratios on one area", () => {
  it("insolvencies per 10,000 SvB, Main-Kinzig-Kreis 2024: 91 cases over the SvB with Hanau = 6.4 (was 9.7)", () => {
    const factors = context.rows<LocationFactorRow>("location_factors");
    const rate = factors.find((r) => r.code === "06435" && r.measure === "insolvencies_per_10000_svb")!;
    expect(rate).toMatchObject({value: 6.4, territory: "Gebietsstand vor 01.01.2026"});
    const hessen = factors.find((r) => r.code === "06" && r.measure === "insolvencies_per_10000_svb")!;
    expect(hessen.value).toBe(5.8);
  });
});

describe("labour_pool and location quotients", () => {
  it("flags Germany as a lower bound only where a Kreis cell is suppressed (not for the unassigned vacancies)", () => {
    const pool = context.rows<LabourPoolRow>("labour_pool");
    const year = pool.reduce((max, r) => Math.max(max, r.year), -Infinity);
    const kreisRows = pool.filter((r) => r.code.length === 5 && r.year === year);
    const kreise = new Set(kreisRows.map((r) => r.code));
    for (const measure of ["svb_workplace", "unemployed"] as const) {
      const suppressed = new Set<string>();
      const seen = new Map<string, number>();
      for (const r of kreisRows) {
        if (r[measure] === null) suppressed.add(r.occupation);
        seen.set(r.occupation, (seen.get(r.occupation) ?? 0) + 1);
      }
      for (const [occupation, n] of seen) if (n < kreise.size) suppressed.add(occupation);
      const flagged = pool
        .filter((r) => r.code === "DG" && r.year === year && (r.flag ?? "").includes(measure))
        .map((r) => r.occupation);
      expect(flagged.filter((o) => !suppressed.has(o))).toEqual([]);
    }
    const g000 = pool.find((r) => r.code === "DG" && r.occupation === "000" && r.year === year)!;
    expect(g000.flag ?? "").not.toContain("unemployed");
  });

  it("has one location quotient per group and year: Burgenlandkreis 211 the same in both profile lists", () => {
    const facts = locationFacts("15084", {
      pool: context.rows<LabourPoolRow>("labour_pool"),
      factors: context.rows<LocationFactorRow>("location_factors")
    });
    const strongest = profileLocationQuotients(context.rows<KreisSectorRow>("kreis_sectors"), {
      code: "15084",
      reference: "DG",
      classification: "KldB 2010"
    });
    for (const group of facts.groups) {
      expect(group.lq).toBeCloseTo(strongest.find((q) => q.category === group.occupation)!.lq!, 10);
    }
    expect(facts.groups.map((g) => g.occupation)).toContain("211");
  });

  it("labour_pool carries the territory and no SvB change across the BA reassignment (Bremerhaven)", () => {
    const pool = context.rows<LabourPoolRow>("labour_pool");
    const year = pool.reduce((max, r) => Math.max(max, r.year), -Infinity);
    const bremerhaven = pool.filter((r) => r.code === "04012" && r.year === year);
    expect(bremerhaven.every((r) => r.svb_change === null && r.territory === NEWEST_TERRITORY)).toBe(true);
    expect(pool.some((r) => r.code === "15084" && r.year === year && r.svb_change !== null)).toBe(true);
  });
});

describe("kreis_sectors on today's territory", () => {
  it("Wartburgkreis WZ sections of 30.06.2020 with Eisenach: B–E quotient 1.64 (was 1.87 without Eisenach)", () => {
    const wz = profileLocationQuotients(context.rows<KreisSectorRow>("kreis_sectors"), {
      code: "16063",
      reference: "DG",
      classification: "WZ 2008"
    });
    expect(wz.find((q) => q.category === "B-E")!.lq).toBeCloseTo(1.64, 1);
  });
});

describe("Germany in the profile comparison, view columns", () => {
  it("has Germany's area (357,684 km², sum of the Gemeinden of the GV 31.12.2024)", () => {
    const area = profile().find((r) => r.code === "DG" && r.metric === "area_km2")!;
    expect(area.value).toBeCloseTo(357683.87, 1);
  });

  it("comparison rows carry the territory; the Wartburgkreis 2012 SvB (without Eisenach) is a segment of its own", () => {
    const rows = context
      .rows<OverviewRow>("comparison")
      .filter((r) => r.code === "16063" && r.measure === "svb_workplace");
    const y2012 = rows.find((r) => r.year === 2012)!;
    const y2013 = rows.find((r) => r.year === 2013)!;
    expect(y2012.territory).toBe("Gebietsstand vor 01.01.2019");
    expect(y2013.territory).toBe(NEWEST_TERRITORY);
    expect(y2012.segment).not.toBe(y2013.segment);
  });
});

describe("overlap check on the real sources", () => {
  it("explains every difference over 2 % by a recorded change, among them the 16 Kreise of 30.06.2020", () => {
    const svb = compareOverlap(
      {name: "svb", explainedBy: ["territory", "assignment"]},
      svbTableFigures(context),
      svbBaFigures(context)
    );
    expect(svb.filter((f) => f.explanation === null)).toEqual([]);
    const in2020 = new Set(svb.filter((f) => f.year === 2020).map((f) => f.code));
    for (const code of ["16063", "06435", "04012", "16054", "08416", "16064", "16061", "16069", "08415", "09278"])
      expect(in2020.has(code)).toBe(true);
    const unemployed = compareOverlap(
      {name: "unemployed", explainedBy: ["territory"]},
      unemployedTableFigures(context),
      unemployedBaFigures(context)
    );
    expect(unemployed.filter((f) => f.explanation === null)).toEqual([]);
    expect(unemployed.some((f) => f.code === "06435" && f.year === 2025)).toBe(true);
  });

  it("runs in the data build's checks and passes", () => {
    for (const check of CHECKS.filter((c) => c.name.includes("±2 %"))) expect(check.run(context)).toEqual([]);
  });
});
