import {describe, expect, it} from "vitest";

import {classificationIn, kreisKind, plantWord, sectionLabel, verbandKind} from "../../../src/lib/labels.js";
import {profileLocationQuotients} from "../../../src/lib/kreis-profile.js";
import {occupationCells} from "../../../src/lib/branchen.js";
import {WZ_2008} from "../../../src/lib/sector-structure.js";
import type {KreisSectorRow} from "../../../src/shared/rows.js";

describe("data labels in the page language", () => {
  it("names the kind of a Kreis in English and keeps the German as the regions dataset has it", () => {
    expect(kreisKind("Landkreis", "en")).toBe("Rural district");
    expect(kreisKind("kreisfreie Stadt", "en")).toBe("District-free city");
    expect(kreisKind("Landkreis", "de")).toBe("Landkreis");
    expect(kreisKind("unbekannt", "en")).toBe("unbekannt");
  });

  it("names every Verband kind of the Gemeindeverzeichnis in English", () => {
    for (const kind of [
      "verbandsfreie Gemeinde",
      "Amt",
      "Kirchspielslandgemeinde",
      "Samtgemeinde",
      "Verbandsgemeinde",
      "Verwaltungsverband",
      "Verwaltungsgemeinschaft",
      "erfüllende Gemeinde"
    ]) {
      expect(verbandKind(kind, "en"), kind).not.toBe(kind);
      expect(verbandKind(kind, "de")).toBe(kind);
    }
    expect(verbandKind("Verwaltungsgemeinschaft", "en")).toBe("administrative community");
  });

  it("translates every WZ section and ETR sector by its code, the codes staying", () => {
    const english = classificationIn(WZ_2008, "en");
    expect(english.categories.map((c) => c.code)).toEqual(WZ_2008.categories.map((c) => c.code));
    expect(english.categories.every((c, i) => c.label !== WZ_2008.categories[i]!.label)).toBe(true);
    expect(english.parts[0]!.label).toBe("of which manufacturing (C)");
    expect(sectionLabel("B-E", "Produzierendes Gewerbe ohne Bau (B–E)", "en")).toBe(
      "Industry excluding construction (B–E)"
    );
    expect(classificationIn(WZ_2008, "de")).toBe(WZ_2008);
  });

  it("gives a plant's status and the basis of its closure year in English", () => {
    expect(plantWord("in Betrieb", "en")).toBe("in operation");
    expect(plantWord("geplant (ca.)", "en")).toBe("planned (approx.)");
    expect(plantWord("in Betrieb", "de")).toBe("in Betrieb");
  });
});

describe("location quotients and occupation groups name their categories in the page language", () => {
  // Made-up counts (not official figures): two WZ sections and one KldB group in a Kreis and Germany.
  const row = (code: string, classification: string, category: string, value: number, name: string | null) =>
    ({
      code,
      classification,
      category,
      value,
      category_name: name,
      year: 2025,
      flag: null,
      source: "x"
    }) as unknown as KreisSectorRow;
  const rows = [
    row("15084", "WZ 2008", "A", 50, null),
    row("15084", "WZ 2008", "F", 50, null),
    row("DG", "WZ 2008", "A", 10, null),
    row("DG", "WZ 2008", "F", 90, null),
    row("15084", "KldB 2010", "211", 5, "Berg-, Tagebau und Sprengtechnik"),
    row("DG", "KldB 2010", "211", 5, "Berg-, Tagebau und Sprengtechnik")
  ];

  it("WZ sections and KldB groups in English on English pages, as published on German ones", () => {
    const en = profileLocationQuotients(rows, {code: "15084", reference: "DG", classification: "WZ 2008", lang: "en"});
    expect(en.map((q) => q.name)).toEqual(["Agriculture, forestry and fishing (A)", "Construction (F)"]);
    const de = profileLocationQuotients(rows, {code: "15084", reference: "DG", classification: "WZ 2008"});
    expect(de.map((q) => q.name)).toEqual(["Land- und Forstwirtschaft, Fischerei (A)", "Baugewerbe (F)"]);
    const kldb = profileLocationQuotients(rows, {
      code: "15084",
      reference: "DG",
      classification: "KldB 2010",
      lang: "en"
    });
    expect(kldb[0]!.name).toBe("Mining, opencast mining, blasting");
  });

  it("the /branchen occupation labels carry the English group title and the code", () => {
    const cells = occupationCells(
      [
        {
          code: "15084",
          year: 2025,
          occupation: "211",
          occupation_name: "Berg-, Tagebau und Sprengtechnik",
          value: 5,
          source: "x"
        }
      ],
      "en"
    );
    expect(cells.classification.categories[0]!.label).toBe("Mining, opencast mining, blasting (211)");
  });
});
