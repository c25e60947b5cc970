import {describe, expect, it} from "vitest";

import {createContext} from "../../data-loaders/build-all.js";
import {municipalities} from "../../data-loaders/datasets/municipalities.js";

describe("municipalities (Gemeindeverzeichnis)", async () => {
  const rows = await municipalities.build(createContext());
  const at2024 = rows.filter((r) => r.gebietsstand === "2024-12-31");

  it("holds all 10,959 Gemeinden of 31.12.2024 with the population of 31.12.2023", () => {
    expect(at2024).toHaveLength(10959);
    expect(at2024.every((r) => r.date === "2023-12-31")).toBe(true);
  });

  it("sums Burgenlandkreis to 177,174 and describes Hohenmölsen as a town without Verband (Einheitsgemeinde)", () => {
    expect(at2024.filter((r) => r.kreis === "15084").reduce((s, r) => s + r.population!, 0)).toBe(177174);
    expect(at2024.find((r) => r.code === "15084235")).toMatchObject({
      kind: "Stadt, verbandsfrei",
      is_stadt: true,
      verband_code: "150840235"
    });
  });

  it("gives every Gemeinde of Sachsen-Anhalt, Sachsen and Thüringen coordinates inside Germany", () => {
    const east = at2024.filter((r) => ["14", "15", "16"].includes(r.land));
    expect(east.every((r) => r.lat! > 50 && r.lat! < 53.1 && r.lon! > 9.8 && r.lon! < 15.1)).toBe(true);
  });

  it("has one row per code and Gebietsstand", () => {
    expect(new Set(rows.map((r) => `${r.code}|${r.gebietsstand}`)).size).toBe(rows.length);
  });
});
