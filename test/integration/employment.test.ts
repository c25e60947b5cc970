import {beforeAll, describe, expect, it} from "vitest";
import {createContext} from "../../data-loaders/build-all.js";
import {population} from "../../data-loaders/datasets/population.js";
import {regionMembers, regions} from "../../data-loaders/datasets/regions.js";
import {checkBaOccupationsVsRdb, checkBbsrVsRdb, checkWzSectionsSum} from "../../data-loaders/checks/employment.js";
import type {OccupationRow, EmploymentRow} from "../../src/shared/rows.js";
import {employmentOccupations} from "../../data-loaders/datasets/employment-occupations.js";
import {employment} from "../../data-loaders/datasets/employment.js";
import {toParquet} from "../../data-loaders/lib/parquet.js";

const context = createContext();
let rows: EmploymentRow[];
let occupations: OccupationRow[];

beforeAll(async () => {
  for (const dataset of [population, regions, regionMembers]) {
    context.built.set(dataset.name, (await dataset.build(context)) as object[]);
  }
  rows = await employment.build(context);
  occupations = await employmentOccupations.build(context);
  context.built.set("employment", rows);
  context.built.set("employment_occupations", occupations);
}, 600_000);

const total = (code: string, year: number, measure = "svb_workplace") =>
  rows.find((r) => r.code === code && r.year === year && r.measure === measure && r.classification === "total")!;

describe("employment: SvB totals by source precedence", () => {
  it("uses the exact Regionaldatenbank figure 2012–2015: Burgenlandkreis 30.06.2015 = 56,012", () => {
    expect(total("15084", 2015)).toMatchObject({value: 56012, flag: null, source: "rdb-13111-01-03-4-2017"});
    expect(total("15084", 2015, "svb_residence")).toMatchObject({value: 70108, source: "rdb-13111-02-02-4-2017"});
  });

  it("uses the BBSR figure (in 1000, flagged rounded) before 2012: Burgenlandkreis 1997 = 65,900", () => {
    expect(total("15084", 1997)).toMatchObject({value: 65900, flag: "rounded", source: "gerda-bbsr-ref-kreise"});
    expect(rows.some((r) => r.measure === "svb_workplace" && r.classification === "total" && r.year === 1996)).toBe(
      false
    );
  });

  it("uses the BA occupation sum from 2021 (after 13111-07-05-4), marked where cells are suppressed: Burgenlandkreis 2025 = 57,937", () => {
    expect(total("15084", 2025)).toMatchObject({
      value: 57937,
      flag: "suppressed_cells_excluded",
      source: "ba-kldb-employees-workplace"
    });
  });

  it("sums Kreise to Länder and Germany where the source has none (computed): Sachsen-Anhalt 2021", () => {
    const land = total("15", 2021);
    const kreise = rows.filter(
      (r) =>
        r.code.startsWith("15") &&
        r.code.length === 5 &&
        r.year === 2021 &&
        r.measure === "svb_workplace" &&
        r.classification === "total"
    );
    expect(land.computed).toBe(true);
    expect(land.value).toBe(kreise.reduce((s, r) => s + r.value!, 0));
    // Germany 2025 from the BA extract: 34.9 million (PROVENANCE §4).
    expect(total("DG", 2025).value).toBe(34879840);
    expect(total("DG", 2015)).toMatchObject({value: 30771297, computed: false});
  });

  it("has one row per key and codes that keep their leading zeros", () => {
    const keys = rows.map((r) => `${r.code}|${r.year}|${r.classification}|${r.category}|${r.measure}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(rows.every((r) => /^(DG|\d{2}|\d{5})$/.test(r.code))).toBe(true);
    expect(total("01001", 2015).value).toBe(40774);
  });
});

describe("employment: WZ sections and ETR sectors", () => {
  it("gives SvB by WZ section at 30.06.2015: Burgenlandkreis B-F 18,419, C 10,266", () => {
    const wz = rows.filter((r) => r.code === "15084" && r.classification === "WZ 2008" && r.year === 2015);
    expect(wz.find((r) => r.category === "B-F")!.value).toBe(18419);
    expect(wz.find((r) => r.category === "C")!.value).toBe(10266);
    expect(wz).toHaveLength(14);
  });

  it("keeps suppressed WZ cells null, never 0", () => {
    const suppressed = rows.filter((r) => r.suppressed);
    expect(suppressed.length).toBeGreaterThan(0);
    expect(suppressed.every((r) => r.value === null && r.flag === ".")).toBe(true);
  });

  it("gives Erwerbstätige and Arbeitnehmer by ETR sector in persons: Burgenlandkreis 2014 = 72,400 / 64,800", () => {
    const etr = (measure: string, category: string) =>
      rows.find(
        (r) =>
          r.code === "15084" &&
          r.year === 2014 &&
          r.classification === "ETR" &&
          r.measure === measure &&
          r.category === category
      )!;
    expect(etr("persons_in_employment", "total")).toMatchObject({value: 72400, flag: "rounded"});
    expect(etr("employees", "total").value).toBe(64800);
    expect(etr("persons_in_employment", "B-E").value).toBe(14100);
    expect(new Set(rows.filter((r) => r.classification === "ETR").map((r) => r.year)).size).toBe(15);
  });

  it("passes the cross-source checks: WZ sums, BA vs Regionaldatenbank, BBSR vs exact", () => {
    expect(checkWzSectionsSum(rows)).toEqual([]);
    expect(checkBaOccupationsVsRdb(context, occupations)).toEqual([]);
    expect(checkBbsrVsRdb(context)).toEqual([]);
  });

  it("the BA check fails on a sum that misses persons beyond its suppressed cells", () => {
    const broken = occupations.map((r) =>
      r.code === "15084" && r.year === 2015 && r.occupation === "211" && r.measure === "svb_workplace"
        ? {...r, value: r.value! - 2000}
        : r
    );
    expect(checkBaOccupationsVsRdb(context, broken)).toEqual([
      "15084 2015: Regionaldatenbank 56012, BA sum 54001 (6 suppressed cells)"
    ]);
  });
});

describe("employment_occupations", () => {
  it("has the lignite proxy KldB 211, Burgenlandkreis at workplace: 833 (2013) → 617 (2025)", () => {
    const mining = occupations.filter(
      (r) => r.code === "15084" && r.occupation === "211" && r.measure === "svb_workplace"
    );
    expect(mining.map((r) => r.value)).toEqual([833, 839, 862, 833, 822, 787, 786, 782, 703, 660, 662, 652, 617]);
    expect(mining[0]!.occupation_name).toBe("Berg-, Tagebau und Sprengtechnik");
  });

  it("keeps BA-suppressed cells null with suppressed = true, never 0", () => {
    const suppressed = occupations.filter((r) => r.suppressed);
    // employees_by_workplace.parquet has 735,033 social-insurance totals, 703,691 of them non-NULL.
    expect(suppressed.filter((r) => !r.computed && r.measure === "svb_workplace")).toHaveLength(735033 - 703691);
    expect(suppressed.every((r) => r.value === null)).toBe(true);
  });

  it("sums Länder and Germany from the Kreise, marking sums that miss suppressed cells", () => {
    const de = occupations.filter((r) => r.code === "DG" && r.year === 2013 && r.measure === "svb_workplace");
    expect(de.every((r) => r.computed)).toBe(true);
    expect(de.reduce((s, r) => s + (r.value ?? 0), 0)).toBe(29610630);
  });

  it("stays within its size budget: under 3 MB of Parquet", () => {
    const bytes = toParquet(occupations, employmentOccupations.schema);
    expect(bytes.length).toBeLessThan(3_000_000);
  }, 60_000);
});
