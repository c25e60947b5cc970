import {expect} from "vitest";

import type {PageExpectation} from "../pages.js";

export const expectations: Record<string, PageExpectation> = {
  "/beschaeftigung": {
    ready: [
      "#svb-chart figure svg",
      "#svb-index figure svg",
      "#growth-differential figure svg",
      "#unemployment-rate figure svg",
      "#unemployed figure svg",
      "#inbound-flows figure svg",
      "#outbound-flows figure svg"
    ],
    interact: async (page) => {
      // Default view: the Mitteldeutsches Revier, summed from its nine Kreise.
      await page.waitForSelector("text=Sozialversicherungspflichtig Beschäftigte: Mitteldeutsches Revier");
      await page.getByLabel("Region", {exact: true}).selectOption({label: "Burgenlandkreis (ST)"});
      await page.waitForSelector("text=Sozialversicherungspflichtig Beschäftigte: Burgenlandkreis");
      await page.waitForSelector("#commuters figure svg");
      expect(page.url()).toContain("region=15084");
      await page.getByLabel("Vergleichsraum", {exact: true}).selectOption({label: "Mitteldeutsches Revier"});
      await page.waitForSelector("#svb-index >> text=Mitteldeutsches Revier");
      expect(page.url()).toContain("ref=REV-MD");
      for (const id of ["svb-chart", "growth-differential", "commuters"]) await page.click(`#${id} summary`);
    },
    texts: [
      // SvB at the workplace, Burgenlandkreis, 30.06.2015: 56.012 (Regionaldatenbank 13111-01-03-4, Stand 10.10.2017).
      "56.012",
      // Growth 30.06.2012–30.06.2025 (SvB at workplace): Burgenlandkreis 54.356 → 57.937 (+6,6 %), Sachsen-Anhalt
      // 773.472 → 788.189 (+1,9 %): differential 4,7 percentage points; against Germany (29.280.034 → 34.879.840,
      // +19,1 %): −12,5. Regionaldatenbank 2012, BA Berufsgruppensummen 2025 (data-cache/employment.parquet).
      "4,7",
      "\u221212,5",
      // Commuters Burgenlandkreis 30.06.2015 (Regionaldatenbank 13111-09-01-4): 11.474 in, 25.617 out, balance −14.143.
      "11.474",
      "\u221214.143",
      "Datenlizenz Deutschland – Namensnennung 2.0",
      "© Statistik der Bundesagentur für Arbeit"
    ]
  },
  "/en/beschaeftigung": {
    ready: [
      "#svb-chart figure svg",
      "#svb-index figure svg",
      "#growth-differential figure svg",
      "#unemployment-rate figure svg",
      "#unemployed figure svg",
      "#inbound-flows figure svg",
      "#outbound-flows figure svg"
    ],
    interact: async (page) => {
      await page.waitForSelector("text=Employees subject to social insurance: Central German lignite region");
      await page.goto(new URL("?region=15084&ref=DG", page.url()).href);
      await page.waitForSelector("#commuters figure svg");
      for (const id of ["svb-chart", "commuters"]) await page.click(`#${id} summary`);
    },
    // The figures of /beschaeftigung (Burgenlandkreis) in English formats.
    texts: [
      "Employees subject to social insurance: Burgenlandkreis",
      "Reference area",
      "56,012",
      "11,474",
      "\u221214,143"
    ]
  }
};
