import {beforeAll, describe, expect, it} from "vitest";

import {createContext} from "../../data-loaders/build-all.js";
import {checkSvbSpikes} from "../../data-loaders/checks/employment.js";
import type {
  EmploymentRow,
  KreisProfileRow,
  KreisSectorRow,
  LabourMarketRow,
  OverviewRow,
  PopulationRow,
  RegionMemberRow
} from "../../src/shared/rows.js";
import {DATASETS} from "../../data-loaders/registry.js";
import {svbSegment} from "../../src/shared/breaks.js";
import {populationSegment} from "../../src/shared/breaks.js";
import {RATE_ALL, unemploymentRateSeries} from "../../src/shared/unemployment.js";

/*
 * Facts of issue 10 on the real sources (every dataset built here from ../shared/sources). Each would fail on the
 * data of before: rates ended in 2016 (Länder, Germany) and 2021 (Kreise), population 2016/2018/2020 was BBSR rounded,
 * sector quotients were of 30.06.2015, territory changes and the BBSR dips of 2010 were unmarked, and /vergleich
 * recomputed East Germany's rate differently from /beschaeftigung.
 */
const context = createContext();
const rows = <T extends object>(name: string) => context.rows<T>(name);

beforeAll(async () => {
  const last = DATASETS.findIndex((d) => d.name === "overview");
  for (const dataset of DATASETS.slice(0, last + 1)) {
    context.built.set(dataset.name, (await dataset.build(context)) as object[]);
  }
}, 900_000);

const rate = (code: string, year: number) =>
  rows<LabourMarketRow>("labour_market").find(
    (r) => r.code === code && r.year === year && r.measure === "unemployment_rate" && r.definition === RATE_ALL
  );

describe("labour_market: official rates for every year a table covers, with the table per row", () => {
  it("has 2025: Burgenlandkreis 7.3, Sachsen-Anhalt 8.0, Germany 6.3 (13211-02-05-4 of 2026)", () => {
    expect(rate("15084", 2025)).toMatchObject({value: 7.3, computed: false, table: "13211-02-05-4"});
    expect(rate("15", 2025)).toMatchObject({value: 8, computed: false});
    expect(rate("DG", 2025)).toMatchObject({value: 6.3, computed: false});
  });

  it("has Sachsen-Anhalt 2019 (7.1) and 2021 (7.3, GENESIS-Online 13211-0007) and Burgenlandkreis 2015–2020", () => {
    expect(rate("15", 2019)!.value).toBe(7.1);
    expect(rate("15", 2021)).toMatchObject({value: 7.3, table: "13211-0007"});
    expect([2015, 2016, 2017, 2018, 2019, 2020, 2023].map((y) => rate("15084", y)!.value)).toEqual([
      10.3, 9.6, 8.1, 7.2, 6.5, 7, 7.2
    ]);
  });

  it("leaves Kreis rates of 2022 and 2024 empty with a flag (never interpolated)", () => {
    expect(rate("15084", 2022)).toMatchObject({value: null, flag: "no_official_rate"});
    expect(rate("15084", 2024)).toMatchObject({value: null, flag: "no_official_rate"});
  });
});

describe("employment: SvB by WZ section 2015–2020 and exact totals 2016–2020", () => {
  const svb = (code: string, year: number, classification = "total", category = "total") =>
    rows<EmploymentRow>("employment").find(
      (r) =>
        r.code === code &&
        r.year === year &&
        r.classification === classification &&
        r.category === category &&
        r.measure === "svb_workplace"
    );

  it("gives Burgenlandkreis's exact totals 2016–2020 from 13111-07-05-4, without the BA lower-bound flag", () => {
    expect([2015, 2016, 2017, 2018, 2019, 2020].map((y) => svb("15084", y)!.value)).toEqual([
      56012, 57168, 58787, 59427, 59472, 57945
    ]);
    expect(svb("15084", 2020)).toMatchObject({flag: null, source: "rdb-13111-07-05-4-2021"});
  });

  it("has every WZ section for every year 2015–2020 (Burgenlandkreis manufacturing 30.06.2020: 10,735)", () => {
    expect(svb("15084", 2020, "WZ 2008", "C")!.value).toBe(10735);
    const years = new Set(
      rows<EmploymentRow>("employment")
        .filter((r) => r.classification === "WZ 2008")
        .map((r) => r.year)
    );
    expect([...years].sort()).toEqual([2015, 2016, 2017, 2018, 2019, 2020]);
  });

  it("publishes the BBSR dip of 30.06.2010 as null with a flag, not as a false 10 % drop (Eifelkreis Bitburg-Prüm)", () => {
    expect(svb("07232", 2010)).toMatchObject({value: null, flag: "implausible"});
    expect(svb("07232", 2009)!.value).toBe(25000);
    expect(checkSvbSpikes(rows<EmploymentRow>("employment"))).toEqual([]);
  });

  it("marks the BA reassignment of 2018 as a series break (Bremen, Bremerhaven), not for unaffected Kreise", () => {
    expect(svb("04011", 2017)!.segment).not.toBe(svb("04011", 2018)!.segment);
    expect(svb("04012", 2018)!.segment).toBe(svbSegment("04012", 2018, false));
    expect(svb("15084", 2017)!.segment).toBe(svb("15084", 2018)!.segment);
  });
});

describe("population: exact figures and territorial truth", () => {
  const pop = (code: string, year: number) =>
    rows<PopulationRow>("population").find((r) => r.code === code && r.year === year && r.sex === "total")!;

  it("gives Burgenlandkreis 180,190 on 31.12.2018, not rounded (Destatis Kreis table)", () => {
    expect(pop("15084", 2018)).toMatchObject({value: 180190, rounded: false, source: "destatis-kreise-2018"});
    expect(pop("DG", 2018).value).toBe(83019213);
  });

  it("gives exact Gemeinde sums for 2019 and for 2016 where complete (not in NRW, where six Gemeinden are /)", () => {
    expect(pop("15084", 2019)).toMatchObject({value: 178846, rounded: false});
    expect(pop("15084", 2016)).toMatchObject({value: 183174, rounded: false, source: "gv-2016"});
    expect(pop("05154", 2016).rounded).toBe(true); // Kleve: Kerken is "/" in the GV of 2016
  });

  it("marks the territory change of Eichsfeld and Unstrut-Hainich-Kreis between 31.12.2022 and 2023", () => {
    for (const code of ["16061", "16064"]) {
      expect(pop(code, 2022).basis).toBe(pop(code, 2023).basis);
      expect(populationSegment(pop(code, 2022))).not.toBe(populationSegment(pop(code, 2023)));
    }
    const segment = (code: string, year: number) =>
      rows<OverviewRow>("comparison").find((r) => r.code === code && r.year === year && r.measure === "population")!
        .segment;
    expect(segment("16061", 2022)).not.toBe(segment("16061", 2023));
    expect(segment("15084", 2022)).toBe(segment("15084", 2023));
  });

  it("keeps the four Rheinland-Pfalz Kreise 1995–2010 on the territory of 2021 (not the Regionaldatenbank's old one)", () => {
    for (const code of ["07135", "07140", "07231", "07235"]) {
      for (let year = 1995; year <= 2010; year++)
        expect(pop(code, year).source, `${code} ${year}`).not.toBe("rdb-12411-01-01-4-2017");
    }
  });
});

describe("one code path per published figure", () => {
  it("shows the same unemployment rate in labour_market, comparison (/vergleich) and the page helper (/beschaeftigung)", () => {
    const labour = rows<LabourMarketRow>("labour_market");
    const members = rows<RegionMemberRow>("region_members");
    const membersOf = (code: string) => {
      const m = members.filter((x) => x.group_code === code).map((x) => x.member_code);
      return m.length ? m : undefined;
    };
    const comparison = rows<OverviewRow>("comparison").filter((r) => r.measure === "unemployment_rate");
    let compared = 0;
    for (const code of ["OST", "REV-MD", "DG", "15", "14", "16", "15084"]) {
      const page = new Map(unemploymentRateSeries(labour, code, membersOf).map((p) => [p.year, p.value]));
      for (const r of comparison.filter((c) => c.code === code)) {
        expect(page.get(r.year) ?? null, `${code} ${r.year}`).toBe(r.value);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(150);
    const ost2011 = comparison.find((r) => r.code === "OST" && r.year === 2011)!;
    expect(ost2011.value).toBe(rate("OST", 2011)!.value);
  });

  it("carries every value shared by two datasets unchanged (comparison, kreis_profiles vs population, employment, labour_market)", () => {
    const pick = new Map<string, number | null>();
    for (const r of rows<PopulationRow>("population"))
      if (r.sex === "total") pick.set(`population|${r.code}|${r.year}`, r.value);
    for (const r of rows<EmploymentRow>("employment")) {
      if (r.classification === "total" && r.measure === "svb_workplace")
        pick.set(`svb_workplace|${r.code}|${r.year}`, r.value);
    }
    for (const r of rows<LabourMarketRow>("labour_market")) {
      if (r.measure === "unemployed" || r.definition === RATE_ALL)
        pick.set(`${r.measure}|${r.code}|${r.year}`, r.value);
    }
    let compared = 0;
    for (const r of rows<OverviewRow>("comparison")) {
      const key = `${r.measure}|${r.code}|${r.year}`;
      if (!pick.has(key)) continue;
      expect(r.value, key).toBe(pick.get(key));
      compared++;
    }
    for (const r of rows<KreisProfileRow>("kreis_profiles")) {
      const key = `${r.metric}|${r.code}|${r.year}`;
      if (!pick.has(key)) continue;
      expect(r.value, `kreis_profiles ${key}`).toBe(pick.get(key));
      compared++;
    }
    expect(compared).toBeGreaterThan(50_000);
  });
});

describe("view datasets: latest figures", () => {
  it("give the Kreis profile the 2025 rate of Burgenlandkreis, Sachsen-Anhalt and Germany and mining jobs per Kreis", () => {
    const profile = rows<KreisProfileRow>("kreis_profiles");
    const get = (code: string, metric: string, year: number) =>
      profile.find((r) => r.code === code && r.metric === metric && r.year === year)?.value;
    expect([get("15084", "unemployment_rate", 2025), get("15", "unemployment_rate", 2025)]).toEqual([7.3, 8]);
    expect(get("DG", "unemployment_rate", 2025)).toBe(6.3);
    expect(get("15084", "svb_occ_211", 2025)).toBe(617);
    const kreise = new Set(profile.filter((r) => r.code.length === 5).map((r) => r.code));
    const mining = new Set(profile.filter((r) => r.metric === "svb_occ_211").map((r) => r.code));
    expect([...kreise].filter((c) => !mining.has(c))).toEqual([]);
  });

  it("give / the 2025 rates, and the sector quotients of 30.06.2020", () => {
    const start = rows<OverviewRow>("overview");
    const value = (code: string) =>
      start.find((r) => r.code === code && r.measure === "unemployment_rate" && r.year === 2025)?.value;
    expect([value("15084"), value("15"), value("DG")]).toEqual([7.3, 8, 6.3]);
    const wz = rows<KreisSectorRow>("kreis_sectors").filter((r) => r.classification === "WZ 2008");
    expect(new Set(wz.map((r) => r.year))).toEqual(new Set([2020]));
  });
});
