import {expect} from "vitest";

import type {PageExpectation} from "../pages.js";

export const expectations: Record<string, PageExpectation> = {
  "/gemeinden": {
    ready: ["#gemeinden-table table", "#gemeinden-map figure svg"],
    texts: ["Gemeindeverzeichnis", "eigene Berechnung"],
    // `texts` are checked after the interaction (search "Zeitz").
    interact: async (page) => {
      // Before the search: Halle (Saale), Stadt with 242.172 inhabitants on 31.12.2023 and 135,56 km² — Destatis GV
      // destatis-gv/AuszugGV4QAktuell_2024.xlsx (Gebietsstand 31.12.2024), Satzart 60, ARS 15 0 02 0000 000.
      const before = await page.innerText("#gemeinden-table table");
      expect(before).toContain("Halle (Saale), Stadt");
      expect(before).toContain("242.172");
      expect(before).toContain("135,56");
      await page.fill("#gemeinden-table input[type=search]", "Zeitz");
      await page.waitForFunction(() => location.search.includes("q=Zeitz"));
      await page.waitForFunction(
        () => !document.querySelector("#gemeinden-table table")?.textContent?.includes("Halle")
      );
      const table = await page.innerText("#gemeinden-table table");
      // Zeitz, Stadt: 28.345 inhabitants (same GV file). The search matches word starts only, so the five Gemeinden
      // of the Verbandsgemeinde "Droyßiger-Zeitzer Forst" do not match: one row.
      expect(table).toContain("Zeitz, Stadt");
      expect(table).toContain("28.345");
      expect(table).not.toContain("Halle (Saale)");
      const rows = await page.$$eval("#gemeinden-table table tbody tr", (trs) => trs.map((tr) => tr.textContent ?? ""));
      expect(rows).toHaveLength(1);
      expect(rows[0]).toContain("Burgenlandkreis");
      // The hits are marked on the map.
      expect(await page.innerText("#gemeinden-map figure")).toContain("Zeitz, Stadt");
    }
  },
  "/en/gemeinden": {
    ready: ["#gemeinden-table table", "#gemeinden-map figure svg"],
    // The same Gemeinde as above in English formats: Halle (Saale), Stadt 242,172 inhabitants, 135.56 km².
    texts: ["Municipalities", "Inhabitants 31 Dec 2023", "Change since 31 Dec 2021", "Gemeindeverzeichnis"],
    interact: async (page) => {
      const table = await page.innerText("#gemeinden-table table");
      expect(table).toContain("Halle (Saale), Stadt");
      expect(table).toContain("242,172");
      expect(table).toContain("135.56");
      // Verband kinds in English (the Gemeindeverzeichnis publishes them in German only).
      expect(table).toContain("municipality in no association");
      expect(table).not.toContain("verbandsfreie Gemeinde");
    }
  }
};
