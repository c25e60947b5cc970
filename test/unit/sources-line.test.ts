import {describe, expect, it} from "vitest";

import {t} from "../../src/shared/i18n/index.js";
import {
  attributionIn,
  firstYearOf,
  PAGE_SOURCES,
  SOURCES,
  sourceIds,
  sourceLine,
  tableAttribution
} from "../../src/shared/sources.js";

const DL_DE = "Datenlizenz Deutschland – Namensnennung 2.0";

describe("sourceLine in German", () => {
  it("names each Regionaldatenbank table with its stand and the licence once", () => {
    const line = sourceLine(["rdb-12411-01-01-4-2017", "rdb-13111-01-03-4-2017"], {computed: true, lang: "de"});
    expect(line).toBe(
      "Quelle: Statistische Ämter des Bundes und der Länder, Regionaldatenbank, Tabellen 12411-01-01-4, 13111-01-03-4, Stand 10.10.2017; Datenlizenz Deutschland – Namensnennung 2.0; eigene Berechnung"
    );
  });

  it("keeps the BA's required notice next to the licence of official statistics", () => {
    const ba = Object.values(SOURCES).find((s) => s.licence === "BA")!;
    const line = sourceLine([ba.id, "rdb-12411-01-01-4-2017"], {lang: "de"});
    expect(line).toContain("© Statistik der Bundesagentur für Arbeit");
    expect(line).toContain(DL_DE);
  });

  it("loses no publisher, table or stand of any catalogued source", () => {
    const all = Object.keys(SOURCES);
    const line = sourceLine(all, {lang: "de"});
    for (const source of Object.values(SOURCES)) {
      if (source.attribution === tableAttribution(source)) {
        expect(line).toContain(source.table);
        expect(line).toContain(`Stand ${source.stand}`);
      } else expect(line).toContain(source.attribution.replace(/^Quelle: /, "").split("; Datenlizenz")[0]);
    }
    expect(() => sourceLine(["nope"], {lang: "de"})).toThrow(/unknown source id/);
  });

  it("builds a table citation from the catalogue fields publisher, table and stand", () => {
    expect(tableAttribution(SOURCES["rdb-13111-01-03-4-2017"]!)).toBe(
      "Quelle: Statistische Ämter des Bundes und der Länder, Regionaldatenbank, Tabelle 13111-01-03-4, Stand 10.10.2017; Datenlizenz Deutschland – Namensnennung 2.0"
    );
  });

  it("the German side of the dictionary gives every catalogue attribution word for word", () => {
    for (const source of Object.values(SOURCES)) {
      expect(attributionIn(source, "de"), source.id).toBe(source.attribution.replace(/^Quelle: /, ""));
    }
  });

  it("fails loudly when a call site forgets the language", () => {
    expect(() => sourceLine(["rdb-12411-01-01-4-2017"], {} as never)).toThrow(/lang must be/);
  });
});

describe("sourceLine in English", () => {
  it("names publishers and words in English, keeps the German table title and glosses it", () => {
    const line = sourceLine(["rdb-12411-01-01-4-2017", "rdb-13111-01-03-4-2017"], {computed: true, lang: "en"});
    expect(line).toBe(
      "Source: Statistical Offices of the Federation and the Länder, Regionaldatenbank, tables " +
        "12411-01-01-4 “Bevölkerung nach Geschlecht, Stichtag 31.12., Kreise” (population by sex, districts), " +
        "13111-01-03-4 “Sozialversicherungspflichtig Beschäftigte am Arbeitsort nach Geschlecht und Nationalität, Stichtag 30.06., Kreise” " +
        "(employees subject to social insurance at workplace), as of 10 Oct 2017; " +
        "Datenlizenz Deutschland – Namensnennung 2.0 (dl-de/by-2-0); own calculation"
    );
  });

  it("keeps the BA and BKG notices and the licence name verbatim", () => {
    const line = sourceLine(["ba-kldb-employees-workplace", "bkg-vg5000-2021", "gv-2023"], {lang: "en"});
    expect(line).toBe(
      "Source: © Statistik der Bundesagentur für Arbeit; © GeoBasis-DE / BKG 2021 (data modified); " +
        "Federal Statistical Office (Destatis), Gemeindeverzeichnis (municipality directory), boundaries as of 31 Dec 2023 " +
        "(population 31 Dec 2023); Datenlizenz Deutschland – Namensnennung 2.0 (dl-de/by-2-0)"
    );
  });

  it("cites the 2026 unemployment table with the BA's statistics in English and its stand as an English date", () => {
    const line = sourceLine(["rdb-13211-02-05-4-2026-2025"], {computed: true, lang: "en"});
    expect(line).toContain("table 13211-02-05-4 “Arbeitslose nach ausgewählten Personengruppen");
    expect(line).toContain("(unemployed and unemployment rates, annual average), as of 26 Feb 2026");
    expect(line).toContain("labour market statistics of the Bundesagentur für Arbeit");
    expect(line).toMatch(/\(dl-de\/by-2-0\); own calculation$/);
  });

  it("names a table's German title once in a line, however many stands cite it", () => {
    const line = sourceLine(["rdb-12411-01-01-4-2017", "rdb-12411-01-01-4-2023"], {lang: "en"});
    expect(line.match(/Bevölkerung nach Geschlecht/g)).toHaveLength(1);
    expect(line).toContain("table 12411-01-01-4, as of 10 Jul 2023");
  });

  it("has an English text for every catalogued source: no German connecting words, every table glossed", () => {
    const line = sourceLine(Object.keys(SOURCES), {computed: true, lang: "en"});
    expect(line.startsWith("Source: ")).toBe(true);
    const outsideTitles = line.replace(/“[^”]*”/g, "").replace(/„[^“]*“/g, "");
    for (const word of ["Quelle", "Tabelle", " Stand ", "eigene Berechnung", "Bevölkerung am", "über GERDA"]) {
      expect(outsideTitles, word).not.toContain(word);
    }
    for (const source of Object.values(SOURCES)) {
      if (source.attribution === tableAttribution(source)) expect(line).toContain(`${source.table} “${source.title}”`);
    }
    expect(line).toContain(t("en", "sources.licenceDlDe"));
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

describe("data stand of the land prices (issue 16)", () => {
  it("cites 61511-01-03-4 with the stand of its 2024 figures, not the table's metadata date 10.03.2023", () => {
    const line = sourceLine(["genesis-61511-01-03-4-2024"], {lang: "de"});
    expect(line).toContain("Tabelle 61511-01-03-4, Stand 10.03.2026");
    expect(line).not.toContain("10.03.2023");
  });
});
