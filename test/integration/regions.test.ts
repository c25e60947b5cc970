import {describe, expect, it} from "vitest";
import {createContext} from "../../data-loaders/build-all.js";
import type {RegionRow} from "../../src/shared/rows.js";
import {regionMembers, regions} from "../../data-loaders/datasets/regions.js";
import {COMPOSITE_REGIONS} from "../../src/shared/regions.js";

describe("regions and region_members", async () => {
  const context = createContext();
  const rows = (await regions.build(context)) as RegionRow[];
  context.built.set("regions", rows);
  const members = await regionMembers.build(context);

  it("lists the 400 Kreise, 16 Länder and Germany of 31.12.2024 plus the five aggregates", () => {
    const count = (level: string) => rows.filter((r) => r.level === level).length;
    expect([count("kreis"), count("land"), count("staat"), count("aggregate")]).toEqual([400, 16, 1, 5]);
  });

  it("names Burgenlandkreis a Landkreis in Sachsen-Anhalt and Halle a kreisfreie Stadt", () => {
    expect(rows.find((r) => r.code === "15084")).toMatchObject({
      name: "Burgenlandkreis",
      parent: "15",
      kind: "Landkreis"
    });
    expect(rows.find((r) => r.code === "15002")).toMatchObject({kind: "kreisfreie Stadt", land: "15"});
  });

  it("makes every aggregate's members rows of region_members, and every Kreis a member of its Land", () => {
    for (const a of COMPOSITE_REGIONS) {
      expect(members.filter((m) => m.group_code === a.code).map((m) => m.member_code)).toEqual([...a.members]);
    }
    const kreise = rows.filter((r) => r.level === "kreis");
    expect(kreise.every((k) => members.some((m) => m.group_code === k.land && m.member_code === k.code))).toBe(true);
  });
});
