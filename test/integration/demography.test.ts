import {describe, expect, it} from "vitest";

import {createContext} from "../../data-loaders/build-all.js";
import {ageBounds, demography} from "../../data-loaders/datasets/demography.js";

const rows = demography.build(createContext()) as Awaited<ReturnType<typeof demography.build>>;
const find = (code: string, year: number, measure: string, age = "total") =>
  rows.find((r) => r.code === code && r.year === year && r.measure === measure && r.age_group === age);

describe("demography", () => {
  it("gives births, deaths and migration over Kreis boundaries: Burgenlandkreis 2015 = 1,407 / 2,815 / 7,533 in / 6,107 out", () => {
    expect(find("15084", 2015, "births")!.value).toBe(1407);
    expect(find("15084", 2015, "deaths")!.value).toBe(2815);
    expect(find("15084", 2015, "in_migration")).toMatchObject({value: 7533, source: "rdb-12711-05-02-4-2017"});
    expect(find("15084", 2015, "out_migration")!.value).toBe(6107);
  });

  it("covers 1995–2015 and keeps '.' before the Kreisreform as null with the flag (Burgenlandkreis 1995)", () => {
    const years = new Set(rows.filter((r) => r.measure === "births").map((r) => r.year));
    expect(Math.min(...years)).toBe(1995);
    expect(Math.max(...years)).toBe(2015);
    expect(find("15084", 1995, "births")).toMatchObject({value: null, flag: "."});
    // Altenburger Land kept its territory: complete from 1995.
    expect(find("16077", 1995, "births")!.value).not.toBeNull();
  });

  it("gives the 17 age groups of 31.12.2015 and the dependency-ratio bands summed from them", () => {
    expect(find("15084", 2015, "population", "65 bis unter 75 Jahre")!.value).toBe(22263);
    const bands = ["0-19", "20-64", "65+"].map((b) => find("15084", 2015, "population", b)!);
    expect(bands.map((b) => b.value)).toEqual([27171, 108025, 48885]);
    expect(bands.every((b) => b.computed)).toBe(true);
    expect(bands.reduce((s, b) => s + b.value!, 0)).toBe(find("15084", 2015, "population")!.value);
    expect(find("15084", 2015, "population")!.value).toBe(184081);
  });

  it("bands add up to the total in every region; a region without figures ('-', 03159 in 2015) has null bands", () => {
    for (const total of rows.filter((r) => r.measure === "population" && r.age_group === "total")) {
      const bands = ["0-19", "20-64", "65+"].map((b) => find(total.code, 2015, "population", b)!.value);
      if (total.value === null) expect(bands).toEqual([null, null, null]);
      else expect(bands.reduce((s, v) => s! + v!, 0)).toBe(total.value);
    }
    expect(find("03159", 2015, "population")).toMatchObject({value: null, flag: "-"});
  });

  it("refuses an age group it cannot place", () => {
    expect(ageBounds("20 bis unter 25 Jahre", {file: "x", line: 1})).toEqual([20, 25]);
    expect(() => ageBounds("Kinder", {file: "12411-02-03-4_00.csv", line: 9})).toThrow(
      /12411-02-03-4_00.csv:line 9, field "Altersgruppe": unknown age group "Kinder"/
    );
  });

  it("has one row per key", () => {
    const keys = rows.map((r) => `${r.code}|${r.year}|${r.measure}|${r.age_group}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
