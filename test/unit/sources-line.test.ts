import {describe, expect, it} from "vitest";

import {firstYearOf, PAGE_SOURCES, SOURCES, sourceIds, sourceLine, tableAttribution} from "../../src/lib/sources.js";

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
      if (source.attribution === tableAttribution(source)) {
        expect(line).toContain(source.table);
        expect(line).toContain(`Stand ${source.stand}`);
      } else expect(line).toContain(source.attribution.replace(/^Quelle: /, "").split("; Datenlizenz")[0]);
    }
    expect(() => sourceLine(["nope"])).toThrow(/unknown source id/);
  });

  it("builds a table citation from the catalogue fields publisher, table and stand", () => {
    expect(tableAttribution(SOURCES["rdb-13111-01-03-4-2017"]!)).toBe(
      "Quelle: Statistische Ämter des Bundes und der Länder, Regionaldatenbank, Tabelle 13111-01-03-4, Stand 10.10.2017; Datenlizenz Deutschland – Namensnennung 2.0"
    );
  });
});

describe("sourceIds", () => {
  it("splits comma-separated ids, keeps the first-seen order, and skips duplicates, null and empty sources", () => {
    expect(sourceIds([{source: "b,a"}, {source: "a, c"}, {source: null}, {source: ""}, {}])).toEqual(["b", "a", "c"]);
  });
});

describe("firstYearOf", () => {
  it("reads a source's first year from the catalogue: the Regionaldatenbank Kreis population table starts in 1995", () => {
    expect(firstYearOf(PAGE_SOURCES.populationKreise)).toBe(1995);
    expect(() => firstYearOf("no-such-source")).toThrow(/no-such-source/);
  });

  it("every source a page names directly is in the catalogue", () => {
    for (const id of Object.values(PAGE_SOURCES)) expect(SOURCES[id], id).toBeDefined();
  });
});
