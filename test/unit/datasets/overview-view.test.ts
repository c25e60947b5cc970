import {describe, expect, it} from "vitest";
import {joinSources, kreiseOf, ligniteCapacity, sumGroup} from "../../../data-loaders/datasets/overview.js";
import type {PlantRow} from "../../../src/shared/rows.js";

// Made-up values throughout (not from any source).
const value = (v: number | null, flag: string | null = null, source = "s1") => ({
  value: v,
  flag,
  source,
  computed: false
});

describe("sumGroup", () => {
  it("sums the members and carries their flags and sources", () => {
    const values = new Map([
      ["k1", value(100, "rounded")],
      ["k2", value(50.2, null, "s2")],
      ["k3", value(7)]
    ]);
    expect(sumGroup(values, {code: "G", members: ["k1", "k2"]})).toEqual({
      value: 150.2,
      flag: "rounded",
      source: "s1,s2",
      computed: true,
      segment: null
    });
  });

  it("is null, never a partial sum, when a member has no value or no row", () => {
    const values = new Map([
      ["k1", value(100)],
      ["k2", value(null, "suppressed")]
    ]);
    expect(sumGroup(values, {code: "G", members: ["k1", "k2"]})).toMatchObject({value: null, flag: "members_missing"});
    expect(sumGroup(values, {code: "G", members: ["k1", "k9"]})).toMatchObject({value: null, flag: "members_missing"});
  });
});

describe("kreiseOf", () => {
  it("expands Länder into their Kreise (East Germany → Kreise of its Länder)", () => {
    const members = [
      {group_code: "OST", member_code: "12"},
      {group_code: "OST", member_code: "14"},
      {group_code: "12", member_code: "12051"},
      {group_code: "14", member_code: "14511"},
      {group_code: "14", member_code: "14521"}
    ];
    expect(kreiseOf("OST", members)).toEqual(["12051", "14511", "14521"]);
    expect(kreiseOf("14511", members)).toEqual(["14511"]);
  });
});

describe("ligniteCapacity", () => {
  const plant = (revier: string, net: number | null, shutdown: number | null): PlantRow =>
    ({
      kind: "kraftwerk",
      revier,
      capacity_net_active_mw: net,
      shutdown_year: shutdown,
      source: "iwh",
      status_source: "bnetza"
    }) as PlantRow;

  it("sums the active net capacity and steps down at each scheduled shutdown year", () => {
    const rows = ligniteCapacity(
      [plant("REV-MD", 1000, 2030), plant("REV-MD", 30, null), plant("REV-MD", 0, 2021)],
      2026
    );
    expect(rows.find((r) => r.measure === "lignite_capacity_mw")).toMatchObject({value: 1030, year: 2026});
    const path = rows.filter((r) => r.measure === "lignite_capacity_planned_mw");
    expect(path.map((r) => [r.year, r.value])).toEqual([
      [2026, 1030],
      [2027, 1030],
      [2028, 1030],
      [2029, 1030],
      [2030, 30]
    ]);
  });

  it("publishes no path when a running plant's shutdown year has passed (stepwise shutdown)", () => {
    const rows = ligniteCapacity([plant("REV-RH", 500, 2022)], 2026);
    const path = rows.filter((r) => r.measure === "lignite_capacity_planned_mw");
    expect(path.every((r) => r.value === null && r.flag === "shutdown_year_passed")).toBe(true);
  });
});

describe("joinSources", () => {
  it("de-duplicates comma-separated ids in first-seen order", () => {
    expect(joinSources(["a,b", "b", "c,a", ""])).toBe("a,b,c");
  });
});
