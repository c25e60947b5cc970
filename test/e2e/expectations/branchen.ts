import {expect} from "vitest";

import type {PageExpectation} from "../pages.js";

export const expectations: Record<string, PageExpectation> = {
  "/branchen": {
    ready: ["#lq-wz figure svg", "#lq-etr figure svg", "#krugman figure svg", "#occupation-table table"],
    interact: async (page) => {
      await page.getByLabel("Region", {exact: true}).selectOption({label: "Burgenlandkreis (ST)"});
      await page.waitForSelector("text=Alle Berufsgruppen: Burgenlandkreis");
      expect(page.url()).toContain("region=15084");
      await page.waitForSelector("#portfolio figure svg");
      await page.waitForSelector("#shift-share figure svg");
      // Burgenlandkreis against Germany, 30.06.2025 (BA, SvB at the workplace, KldB 211 Berg-, Tagebau und
      // Sprengtechnik): (617 / 57.536) / (17.867 / 34.709.696) = 20,83; totals without "ohne Angabe" (000).
      const table = await page.innerText("#occupation-table");
      expect(table).toContain("Berg-, Tagebau und Sprengtechnik (211)");
      expect(table).toContain("20,83");
      // A different reference area changes the quotients and the URL.
      await page.getByLabel("Vergleichsraum", {exact: true}).selectOption({label: "Sachsen-Anhalt"});
      await page.waitForSelector("text=Krugman-Spezialisierungsindex: Burgenlandkreis gegenüber Sachsen-Anhalt");
      expect(page.url()).toContain("ref=15");
      expect(await page.innerText("#occupation-table")).not.toContain("20,83");
      await page.getByLabel("Vergleichsraum", {exact: true}).selectOption({label: "Deutschland"});
      await page.waitForSelector("text=Krugman-Spezialisierungsindex: Burgenlandkreis gegenüber Deutschland");
      await page.click("#lq-wz summary");
    },
    texts: [
      // WZ 2008 sections, SvB 30.06.2020, the table's latest Stichtag (Regionaldatenbank 13111-07-05-4):
      // Burgenlandkreis A 1.157 of 57.944, Germany 253.548 of 33.321.402 (sum of the ten sections) → 2,62;
      // B–E 13.556 vs 7.431.788 → 1,05.
      "Land- und Forstwirtschaft, Fischerei (A)",
      "2,62",
      "1,05",
      "Datenlizenz Deutschland – Namensnennung 2.0",
      "© Statistik der Bundesagentur für Arbeit"
    ]
  }
};
