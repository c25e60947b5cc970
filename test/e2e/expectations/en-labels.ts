import {expect} from "vitest";

import type {PageExpectation} from "../pages.js";

/**
 * English pages show data labels and source lines in English where the statistics publish them in German only
 * (WZ sections, KldB groups, Kreis and Verband kinds, plant status), while proper names and the official table
 * titles stay German. Burgenlandkreis (15084): a Landkreis in Sachsen-Anhalt; its strongest WZ section against
 * Germany is agriculture (A), its strongest occupation group 211 mining (location quotient 20.83, 30.06.2025).
 */
export const expectations: Record<string, PageExpectation> = {
  "/en/kreise/15084": {
    ready: [
      "#fact-sheet dl",
      "#facts-table table",
      "#population-trend figure svg",
      "#svb-trend figure svg",
      "#unemployment-trend figure svg",
      "#lq-wz figure svg",
      "#lq-kldb figure svg"
    ],
    texts: [
      "Rural district in Saxony-Anhalt",
      "Agriculture, forestry and fishing (A): 2.62",
      "Source: Statistical Offices of the Federation and the Länder, Regionaldatenbank, table",
      "Datenlizenz Deutschland – Namensnennung 2.0 (dl-de/by-2-0); own calculation",
      "© Statistik der Bundesagentur für Arbeit"
    ],
    interact: async (page) => {
      // The location-quotient charts name WZ sections and KldB groups in English (axis labels are SVG text).
      const wz = await page.locator("#lq-wz svg").first().textContent();
      expect(wz).toContain("Agriculture, forestry and fishing (A)");
      expect(wz).not.toContain("Land- und Forstwirtschaft");
      const kldb = await page.locator("#lq-kldb svg").first().textContent();
      expect(kldb).toContain("Mining, opencast mining, blasting");
      expect(kldb).not.toContain("Berg-, Tagebau");
    }
  }
};
