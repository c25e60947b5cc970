import {describe, expect, it} from "vitest";

import {growthPatterns, miningSeries, plantStand, revierPlants, sectorShares} from "../../src/lib/strukturwandel.js";

describe("strukturwandel", () => {
  it("takes the plant list's Stand from the source catalogue: 26.06.2026", () => {
    expect(plantStand()).toEqual({date: "26.06.2026", year: 2026});
    expect(plantStand("en")).toEqual({date: "26 Jun 2026", year: 2026});
    expect(() => plantStand("de", "no-such-source")).toThrow(/no Stand/);
  });

  it("adds up a Revier's plants and counts its mines (made-up capacities)", () => {
    const plant = (kind: string, revier: string, gross: number | null, net: number | null) => ({
      kind,
      revier,
      capacity_mw: gross,
      capacity_net_active_mw: net,
      source: "x"
    });
    const r = revierPlants(
      [
        plant("kraftwerk", "A", 1000, 900),
        plant("kraftwerk", "A", null, null),
        plant("tagebau", "A", null, null),
        plant("kraftwerk", "B", 5, 5)
      ],
      "A"
    );
    expect(r).toMatchObject({kraftwerke: 2, tagebaue: 1, gross: 1000, activeNet: 900});
  });

  it("sums a Revier's mining jobs only when no Kreis value is suppressed", () => {
    const row = (code: string, year: number, value: number | null) => ({
      code,
      year,
      value,
      suppressed: value === null,
      flag: null,
      source: "ba"
    });
    const s = miningSeries(
      [row("1", 2024, 600), row("2", 2024, 52), row("1", 2025, 617), row("2", 2025, null)],
      [{code: "REV", name: "Revier", members: ["1", "2"]}],
      ["1"],
      (c) => `n${c}`
    );
    expect(s.reviere.map((d) => [d.year, d.value])).toEqual([
      [2024, 652],
      [2025, null]
    ]);
    expect(s.kreise.map((d) => d.name)).toEqual(["n1", "n1"]);
    expect(s.span).toBe("2024–2025");
  });

  it("derives the growth-pattern period from the years Germany has both series", () => {
    const v = (code: string, year: number, measure: string, value: number) => ({
      code,
      year,
      measure,
      sector: "total",
      value,
      source: "x"
    });
    const rows = [2000, 2014].flatMap((y) => [
      v("DG", y, "gva", y === 2000 ? 100 : 150),
      v("DG", y, "persons_in_employment", 10),
      v("15084", y, "gva", y === 2000 ? 10 : 12),
      v("15084", y, "persons_in_employment", y === 2000 ? 2 : 1)
    ]);
    const g = growthPatterns(rows, []);
    expect([g.from, g.to]).toEqual([2000, 2014]);
    expect(g.rows.find((r) => r.code === "15084")?.relativeEmploymentGrowth).toBeCloseTo(0.5, 10);
    expect(sectorShares([], [], "15084").rows).toEqual([]);
  });
});
