import {describe, expect, it} from "vitest";

import {buildKreiseTopology} from "../../data-loaders/datasets/boundaries.js";
import {groupNeighbours, kreisNeighbours, neighboursOf} from "../../src/shared/neighbours.js";
import {REVIER_KREISE} from "../../src/shared/regions.js";

// The Kreis TopoJSON as the site publishes it (VG5000, 01.01.2021, simplified and quantised).
const neighbours = kreisNeighbours(await buildKreiseTopology());

describe("Kreis neighbours from the boundary TopoJSON", () => {
  it("gives the nine Kreise bordering the Burgenlandkreis (15084)", () => {
    // Saalekreis, Landkreis Leipzig, Altenburger Land, Gera, Greiz, Saale-Holzland-Kreis, Weimarer Land,
    // Sömmerda, Kyffhäuserkreis.
    expect(neighboursOf(neighbours, "15084")).toEqual([
      "14729",
      "15088",
      "16052",
      "16065",
      "16068",
      "16071",
      "16074",
      "16076",
      "16077"
    ]);
  });

  it("is symmetric and covers all 400 Kreise, each with at least one neighbour", () => {
    expect(neighbours.size).toBe(400);
    for (const [code, list] of neighbours) {
      expect(list.length, code).toBeGreaterThan(0);
      for (const n of list) expect(neighbours.get(n), `${code} → ${n}`).toContain(code);
    }
  });

  it("gives the Kreise around the Mitteldeutsches Revier, none of them a member", () => {
    const around = groupNeighbours(neighbours, REVIER_KREISE);
    expect(around).toContain("16052"); // Gera
    expect(around).toContain("15091"); // Wittenberg
    expect(around.some((c) => REVIER_KREISE.includes(c))).toBe(false);
  });

  it("rejects an unknown Kreis", () => {
    expect(() => neighboursOf(neighbours, "99999")).toThrow(/unknown Kreis "99999"/);
  });
});
