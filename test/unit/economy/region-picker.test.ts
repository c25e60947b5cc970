import {describe, expect, it} from "vitest";

import {landOf, pickableRegions, referenceOptions, regionOptions} from "../../../src/lib/region-picker.js";
import {inBranchenView} from "../../../src/shared/regions.js";

// Made-up subset of the regions dataset (real codes and names).
const regions = [
  {code: "DG", name: "Deutschland", level: "staat", land: null},
  {code: "15", name: "Sachsen-Anhalt", level: "land", land: "15"},
  {code: "05", name: "Nordrhein-Westfalen", level: "land", land: "05"},
  {code: "15084", name: "Burgenlandkreis", level: "kreis", land: "15"},
  {code: "05362", name: "Rhein-Erft-Kreis", level: "kreis", land: "05"},
  {code: "05111", name: "Düsseldorf, Stadt", level: "kreis", land: "05"}
];

describe("regionOptions", () => {
  it("lists the Mitteldeutsches Revier first, then aggregates, Germany, Länder and Kreise with their Land", () => {
    const options = [...regionOptions(regions).entries()];
    expect(options[0]).toEqual(["Mitteldeutsches Revier", "REV-MD"]);
    expect(options.map(([, code]) => code).indexOf("DG")).toBeLessThan(options.map(([, code]) => code).indexOf("15"));
    expect(options).toContainEqual(["Burgenlandkreis (ST)", "15084"]);
  });

  it("offers on /branchen only regions the occupation view holds", () => {
    const codes = [...regionOptions(regions, inBranchenView).values()];
    expect(codes).toContain("15084");
    expect(codes).toContain("05362"); // Rheinisches Revier
    expect(codes).toContain("REV-LAU");
    expect(codes).not.toContain("05111"); // Düsseldorf: neither East Germany nor a Revier
  });
});

describe("referenceOptions", () => {
  it("offers Germany, East Germany, the Kreis's Land and the Revier, never the region itself", () => {
    expect([...referenceOptions("15084", regions).values()]).toEqual(["DG", "OST-B", "OST", "15", "REV-MD"]);
    expect([...referenceOptions("REV-MD", regions).values()]).not.toContain("REV-MD");
    expect([...referenceOptions("DG", regions).values()]).not.toContain("DG");
  });

  it("knows the Land of a Kreis and of a Land, none of Germany or an aggregate", () => {
    expect(landOf("15084")).toBe("15");
    expect(landOf("15")).toBe("15");
    expect(landOf("DG")).toBeNull();
    expect(landOf("REV-MD")).toBeNull();
  });
});

describe("pickableRegions (the one list behind both pickers)", () => {
  it("names Germany, Länder and aggregates in the page's language and groups Kreise by Land", () => {
    const regions = [
      {code: "15", name: "Sachsen-Anhalt", level: "land", land: "15"},
      {code: "15084", name: "Burgenlandkreis", level: "kreis", land: "15"}
    ];
    const en = pickableRegions(regions, () => true, "en");
    expect(en[0]).toEqual({
      code: "REV-MD",
      name: "Central German lignite region",
      group: "Lignite regions and East Germany"
    });
    expect(en.find((r) => r.code === "DG")?.name).toBe("Germany");
    expect(en.find((r) => r.code === "15")?.name).toBe("Saxony-Anhalt");
    expect(en.at(-1)).toEqual({code: "15084", name: "Burgenlandkreis (ST)", group: "Districts in Saxony-Anhalt"});
    const de = pickableRegions(regions, (code) => code !== "DG", "de");
    expect(de.at(-1)?.group).toBe("Kreise in Sachsen-Anhalt");
    expect(de.map((r) => r.code)).not.toContain("DG");
  });
});
