import {beforeAll, describe, expect, it} from "vitest";
import {createContext} from "../../data-loaders/build-all.js";
import type {BuildContext} from "../../data-loaders/dataset.js";
import type {PopulationRow, GemeindePopulationRow} from "../../src/shared/rows.js";
import {
  checkBbsrAgainstRegionaldatenbank,
  checkGemeindeSums,
  checkYearOnYearChanges
} from "../../data-loaders/checks/population.js";
import {population} from "../../data-loaders/datasets/population.js";
import {readPopulationInputs} from "../../data-loaders/datasets/population-sources.js";
import {populationGemeinden} from "../../data-loaders/datasets/population-gemeinden.js";
import {SOURCES} from "../../src/shared/sources.js";
import {REVIER_KREISE} from "../../src/shared/regions.js";

let context: BuildContext;
let rows: PopulationRow[];
let gemeinden: GemeindePopulationRow[];
const get = (code: string, year: number, sex = "total") =>
  rows.find((r) => r.code === code && r.year === year && r.sex === sex)!;

beforeAll(async () => {
  context = createContext();
  rows = await population.build(context);
  gemeinden = await populationGemeinden.build(context);
}, 600_000);

describe("population: facts from the official tables", () => {
  it("Burgenlandkreis: 184,081 (2015, Regionaldatenbank), 176,333 (2021), 177,174 (2023, GV sum), 173,684 (2024)", () => {
    expect(get("15084", 2015)).toMatchObject({value: 184081, source: "rdb-12411-01-01-4-2017", rounded: false});
    expect(get("15084", 2021)).toMatchObject({value: 176333, source: "rdb-12411-01-01-4-2023"});
    expect(get("15084", 2023)).toMatchObject({value: 177174, source: "gv-2023", method: "gemeindesumme"});
    expect(get("15084", 2024)).toMatchObject({value: 173684, source: "genesis-12411-01-01-4-2024"});
    expect(get("15084", 2024, "female").value).toBe(88587);
  });

  it("has no 2024 figure on the same census basis as 2023, so pages never join them", () => {
    expect(get("15084", 2023).basis).toBe("Zensus 2011");
    expect(get("15084", 2024).basis).toBe("Zensus 2022");
  });

  it("fills 1991–1999 for Burgenlandkreis from BBSR (predecessors on 2021 code), marked rounded", () => {
    const early = rows.filter((r) => r.code === "15084" && r.sex === "total" && r.year > 1990 && r.year < 2000);
    expect(early).toHaveLength(9);
    expect(early.every((r) => r.rounded && r.source === "bbsr-ref-kreise-1990-2020" && r.value! % 100 === 0)).toBe(
      true
    );
  });

  it("gives every Revier Kreis a total for every year 1991–2024; 1990 (BBSR sheet not of 31.12.1990) is null with flag", () => {
    for (const code of REVIER_KREISE) {
      const years = rows.filter((r) => r.code === code && r.sex === "total" && r.value !== null).map((r) => r.year);
      expect(years, code).toEqual(Array.from({length: 34}, (_, i) => 1991 + i));
      expect(get(code, 1990), code).toMatchObject({value: null, flag: "/", source: "bbsr-ref-kreise-1990-2020"});
    }
    // Kreise with an exact 31.12.1990 figure on their 2021 territory keep it: Freudenstadt, GV 1990 Gemeinde sum.
    expect(get("08237", 1990)).toMatchObject({value: 109960, source: "gv-1990"});
  });

  it("31.12.2016 in Thüringen: split Kreise counted once (BBSR sheet 2016 repeats the population on each part)", () => {
    // BBSR sheet 2016 (in 1000): own row + population × key of the part of a split neighbour that moves in.
    // 16066 Schmalkalden-Meiningen: 123.5 + 124.7 (Wartburgkreis) × 0.026962 = 126,862 (not 123.5 + 124.7 = 248,200)
    expect(get("16066", 2016)).toMatchObject({value: 126862, source: "bbsr-ref-kreise-1990-2020", flag: null});
    // 16054 Suhl: 35.6 + 109.2 (Ilm-Kreis) × 0.020189 = 37,805
    expect(get("16054", 2016).value).toBe(37805);
    // 16072 Sonneberg: 56.5 + 108.3 (Saalfeld-Rudolstadt) × 0.020514 = 58,722
    expect(get("16072", 2016).value).toBe(58722);
    // The split Kreise keep only their remaining part: Wartburgkreis 42.6 (Eisenach) + 124.7 × 0.973038 = 163,938.
    expect(get("16063", 2016).value).toBe(163938);
    // Thüringen is now the exact Gemeinde sum of the GV 31.12.2016 (2,158,128). Its Kreise are exact GV sums where
    // the Kreis had its 2021 territory in 2016, else BBSR conversions rounded to 100 persons; each counted once, they
    // add up to the Land within that rounding (were 2,500,200 with the parts counted twice).
    expect(get("16", 2016)).toMatchObject({value: 2158128, method: "gemeindesumme", rounded: false, source: "gv-2016"});
    const kreise = rows.filter(
      (r) => r.code.startsWith("16") && r.code.length === 5 && r.year === 2016 && r.sex === "total"
    );
    const rounded = kreise.filter((r) => r.rounded);
    expect(rounded.map((r) => r.code)).toContain("16066");
    const sum = kreise.reduce((total, r) => total + r.value!, 0);
    expect(Math.abs(sum - 2158128)).toBeLessThanOrEqual(50 * rounded.length);
  });

  it("no Kreis or Land changes by more than 4 % from one year to the next on one territory and census basis", () => {
    expect(checkYearOnYearChanges(rows)).toEqual([]);
  });

  it("sums the Revier from its nine Kreise (2024: 2,023,873) and keeps the members' source", () => {
    const members = REVIER_KREISE.reduce((s, code) => s + get(code, 2024).value!, 0);
    expect(get("REV-MD", 2024)).toMatchObject({value: members, computed: true, source: "genesis-12411-01-01-4-2024"});
    expect(members).toBe(2023873);
  });

  it("uses exact Länder and Germany from the Regionaldatenbank (DG 31.12.2015 = 82,175,684)", () => {
    expect(get("DG", 2015)).toMatchObject({value: 82175684, computed: false});
    expect(get("15", 2021).value).toBe(2169253);
  });

  it("keeps 03159 Göttingen (formed 2016) on its 2021 territory: BBSR before 2016, never 0", () => {
    const goettingen = rows.filter((r) => r.code === "03159" && r.sex === "total");
    expect(goettingen.every((r) => r.value !== 0)).toBe(true);
    expect(get("03159", 2015)).toMatchObject({source: "bbsr-ref-kreise-1990-2020", rounded: true});
  });

  it("does not mix Wartburgkreis territories: before the 2021 merger with Eisenach it is the BBSR conversion", () => {
    expect(get("16063", 2019)).toMatchObject({source: "bbsr-ref-kreise-1990-2020", value: 161300});
    expect(get("16063", 2021).value).toBe(158900);
  });

  it("publishes the implausible BBSR Berlin 31.12.1991 (34,460.3 thousand) as null with flag, not as a number", () => {
    expect(get("11000", 1991)).toMatchObject({value: null, flag: "/"});
    expect(get("DG", 1991).value).toBeNull();
  });

  it("has one row per code, year and sex, and every source id is in the catalogue", () => {
    const keys = new Set(rows.map((r) => `${r.code}|${r.year}|${r.sex}`));
    expect(keys.size).toBe(rows.length);
    const ids = new Set([...rows, ...gemeinden].flatMap((r) => r.source.split(",")));
    expect([...ids].filter((id) => !SOURCES[id])).toEqual([]);
  });
});

describe("population: overlaps between sources", () => {
  it("BBSR agrees with the Regionaldatenbank within its rounding (1995–2015, same territory)", () => {
    expect(checkBbsrAgainstRegionaldatenbank(readPopulationInputs(context))).toEqual([]);
  });

  it("Gemeinden summed per Kreis equal the Kreis total (2015 -5 vs -4; 2021 GV and BBSR vs Regionaldatenbank)", () => {
    expect(checkGemeindeSums(context)).toEqual([]);
  });

  it("the rounded BBSR value and the exact figure differ by at most 50 where both exist (Burgenlandkreis 2015)", () => {
    const bbsr2015 = readPopulationInputs(context).bbsr.find((s) => s.year === 2015)!;
    const row = bbsr2015.rows.find((r) => r.code === "15084")!;
    expect(Math.abs(row.population! - 184081)).toBeLessThanOrEqual(50);
  });
});

describe("population_gemeinden", () => {
  const kreisSum = (kreis: string, date: string, source: string) =>
    gemeinden
      .filter((g) => g.kreis === kreis && g.date === date && g.source === source)
      .reduce((s, g) => s + g.value!, 0);

  it("sums the Gemeinden of every Revier Kreis to the Kreis total in 2015 and 2023", () => {
    for (const code of REVIER_KREISE) {
      expect(kreisSum(code, "2015-12-31", "rdb-12411-01-01-5-2017"), code).toBe(get(code, 2015).value);
      expect(kreisSum(code, "2023-12-31", "gv-2023"), code).toBe(get(code, 2023).value);
    }
  });

  it("states Gebietsstand and source: Zensus 2022 (15.05.2022), GV 2024 with population of 31.12.2023", () => {
    const zensus = gemeinden.filter((g) => g.source === "zensus-1000A-0000");
    expect(zensus.every((g) => g.date === "2022-05-15" && g.gebietsstand === "2022-05-15")).toBe(true);
    expect(gemeinden.find((g) => g.source === "gv-2024")).toMatchObject({
      date: "2023-12-31",
      gebietsstand: "2024-12-31"
    });
  });

  it("covers only Sachsen, Sachsen-Anhalt and Thüringen, with 8-digit codes", () => {
    expect(new Set(gemeinden.map((g) => g.land))).toEqual(new Set(["14", "15", "16"]));
    expect(gemeinden.every((g) => /^\d{8}$/.test(g.code))).toBe(true);
  });
});
