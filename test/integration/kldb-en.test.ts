import {describe, expect, it} from "vitest";

import {sourcePath} from "../../data-loaders/lib/paths.js";
import {readBaOccupationCodes} from "../../data-loaders/sources/ba-kldb.js";
import {KLDB_EN_OURS, occupationTitle} from "../../src/lib/kldb-en.js";

describe("English titles of the occupation groups (our translation)", () => {
  const codes = readBaOccupationCodes(sourcePath("ba-kldb/occupational_group_codes.csv"));

  it("has a title for every group of the BA extract and none for a group that is not in it", () => {
    const published = [...codes.keys()].map((c) => c ?? "000");
    expect(published.filter((c) => !KLDB_EN_OURS[c])).toEqual([]);
    expect(Object.keys(KLDB_EN_OURS).filter((c) => !published.includes(c))).toEqual([]);
  });

  it("keeps the German title as published in German", () => {
    const german = codes.get("513")!;
    expect(german).toBe("Lagerwirt.,Post,Zustellung,Güterumschlag");
    expect(occupationTitle("513", german, "de")).toBe(german);
    expect(occupationTitle("513", german, "en")).toBe("Warehousing, postal and delivery services, cargo handling");
  });
});
