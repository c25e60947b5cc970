import {describe, expect, it} from "vitest";

import {SOURCES, sourceLine} from "../../src/lib/sources.js";

describe("sourceLine", () => {
  it("names each Regionaldatenbank table with its stand and the licence once", () => {
    const line = sourceLine(["rdb-12411-01-01-4-2017", "rdb-13111-01-03-4-2017"], {computed: true});
    expect(line).toBe(
      "Quelle: Statistische Ämter des Bundes und der Länder, Regionaldatenbank, Tabellen 12411-01-01-4, 13111-01-03-4, Stand 10.10.2017; Datenlizenz Deutschland – Namensnennung 2.0; eigene Berechnung"
    );
  });

  it("keeps the BA's required notice next to the licence of official statistics", () => {
    const ba = Object.values(SOURCES).find((s) => s.licence === "BA")!;
    const line = sourceLine([ba.id, "rdb-12411-01-01-4-2017"]);
    expect(line).toContain("© Statistik der Bundesagentur für Arbeit");
    expect(line).toContain("Datenlizenz Deutschland – Namensnennung 2.0");
  });

  it("loses no publisher, table or stand of any catalogued source", () => {
    const all = Object.keys(SOURCES);
    const line = sourceLine(all);
    for (const source of Object.values(SOURCES)) {
      if (/Tabelle \S+/.test(source.attribution))
        expect(line).toContain(source.attribution.match(/Tabelle (\S+),/)![1]);
      for (const stand of source.attribution.matchAll(/Stand (\d\d\.\d\d\.\d{4})/g)) expect(line).toContain(stand[1]);
    }
    expect(() => sourceLine(["nope"])).toThrow(/unknown source id/);
  });
});
