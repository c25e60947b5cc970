import type {Page} from "playwright-core";
import {expect} from "vitest";

import {type PageExpectation, tableRows} from "../pages.js";

const PROFILE_READY = [
  "#fact-sheet dl",
  "#facts-table table",
  "#population-trend figure svg",
  "#svb-trend figure svg",
  "#unemployment-trend figure svg",
  "#lq-wz figure svg",
  "#lq-kldb figure svg"
];

/** The Kreis's value in the key-figure table, e.g. "Gemeinden (31.12.2024)" → "33". */
async function fact(page: Page, label: string): Promise<string> {
  return page
    .locator("#facts-table tbody tr", {has: page.locator("th", {hasText: label})})
    .first()
    .locator("td")
    .first()
    .innerText();
}

export const expectations: Record<string, PageExpectation> = {
  "/kreise/": {
    ready: ["#kreise-map figure svg", "#kreise-list table a"],
    // All 400 Kreise of Germany (regions dataset, Gebietsstand 31.12.2024), the nine Revier Kreise first;
    // Burgenlandkreis 173.684 (31.12.2024).
    texts: ["Kreisprofile", "Burgenlandkreis", "173.684", "Altenburger Land", "Leipzig, Stadt", "München"],
    interact: async (page) => {
      expect(await page.locator("#kreise-list tbody tr").count()).toBe(400);
      const first = await page.locator("#kreise-list tbody tr .rm-badge").count();
      expect(first).toBe(9);
      expect(await page.locator("#kreise-list tbody tr").nth(8).locator(".rm-badge").count()).toBe(1);
      await page.getByPlaceholder("Kreis suchen …").fill("Burgenland");
      await expect.poll(() => page.locator("#kreise-list tbody tr").count()).toBe(1);
      expect(await page.locator("#kreise-list a", {hasText: "Burgenlandkreis"}).getAttribute("href")).toBe("./15084");
      await page.getByPlaceholder("Kreis suchen …").fill("");
      await expect.poll(() => page.locator("#kreise-list tbody tr").count()).toBe(400);
    }
  },
  "/kreise/:code": {
    ready: PROFILE_READY,
    texts: ["Kennzahlen im Vergleich", "Deutschland", "Standortquotient", "alle Kreisprofile"]
  },
  "/kreise/15084": {
    ready: PROFILE_READY,
    // kreis_profiles view: population 31.12.2024 = 173.684 (GENESIS 12411-01-01-4, Zensus-2022 basis); Gemeinden at
    // 31.12.2024 = 33, of which 13 Städte, 4 Verbandsgemeinden, 7 verbandsfreie (Gemeindeverzeichnis 31.12.2024,
    // AuszugGV4QAktuell_2024.xlsx); area = sum of the Gemeinden 1.419,92 km².
    // Fact sheet: Pendlersaldo 30.06.2016 −13.700 (BA Pendleratlas), 617 SvB in KldB 211 on 30.06.2025 (BA).
    texts: [
      "Burgenlandkreis",
      "Sachsen-Anhalt",
      "1.419,9",
      "Mitteldeutschen Revier",
      "−13.700",
      "617",
      "Steckbrief (PDF)"
    ],
    interact: async (page) => {
      // Location facts (issue 13): land price 2024 23,97 €/m² (61511-01-03-4), income per taxpayer 2021 34.834 €
      // (73111-01-01-4), commuter balance 30.06.2016 −13.700 (Pendleratlas), group 211 among the strongest.
      await page.waitForSelector("#location-facts li");
      const facts = await page.innerText("#location-facts");
      expect(facts).toContain("23,97 €/m²");
      expect(facts).toContain("34.834 €");
      expect(facts).toMatch(/[−-]13\.700/);
      expect(facts).toContain("211 Berg-, Tagebau und Sprengtechnik");
      expect(await fact(page, "Bevölkerung am 31.12.2024")).toBe("173.684");
      // Issue 10, "Done when": the unemployment rate of 2025 for Kreis, Land and Germany (annual average, all
      // civilian labour force; regionalstatistik-2026/13211-02-05-4_2025.csv lines 489, 482 and 10: 7,3 / 8,0 / 6,3;
      // Sachsen-Anhalt 8,0 also in genesis-online-2026/13211-0007.csv) ...
      const rates = await tableRows(page, "#unemployment-trend");
      const rate = (region: string) => rates.find((r) => r[0] === region && r[1] === "2025")?.[2];
      expect([rate("Burgenlandkreis"), rate("Sachsen-Anhalt"), rate("Deutschland")]).toEqual(["7,3", "8,0", "6,3"]);
      expect(await page.innerText("#unemployment-trend h3")).toContain("–2025");
      // The key-figure table compares the rate at its latest common year, 2025, beside the population of 2024.
      const rateFact = page.locator("#facts-table tr", {hasText: "Arbeitslosenquote 2025"}).first();
      expect(await rateFact.innerText()).toMatch(/7,3\s+8,0\s+6,3/);
      // Issue 16: the unemployed of 2025 beside the 2025 rate (regionalstatistik-2026/13211-02-05-4_2025.csv: 6.513);
      // the BA's 2025 averages are full-year figures, no longer flagged as a partial year.
      expect(await fact(page, "Arbeitslose, Jahresdurchschnitt 2025")).toBe("6.513");
      // Germany's area and density are no longer "keine Daten" (sum of the Gemeinden, GV 31.12.2024).
      const area = page.locator("#facts-table tr", {hasText: "Fläche (km²"}).first();
      expect(await area.innerText()).toMatch(/1\.419,9\s+[\d.]+,\d\s+357\.683,9/);
      // ... sector location quotients (WZ 2008) on 30.06.2020, the latest date of 13111-07-05-4 (regionalstatistik-2021) ...
      expect(await page.innerText("#lq-wz h3")).toContain("30.06.2020");
      // ... and the exact population of 31.12.2018: 180.190 (destatis-kreise/04-kreise-2018.xlsx, sheet "Kreisfreie
      // Städte u. Landkreise", row 446), not the BBSR value rounded to 100.
      const population = await tableRows(page, "#population-trend");
      expect(population.find((r) => r[0] === "Burgenlandkreis" && r[1] === "2018")?.[2]).toBe("180.190");
      expect(await fact(page, "Gemeinden (31.12.2024)")).toBe("33");
      expect(await fact(page, "davon Städte")).toBe("13");
      const row = page.locator("#facts-table tr", {hasText: "Verbandsgemeinden"}).first();
      expect(await row.innerText()).toMatch(/Verbandsgemeinden\s+4\s+18/);
      // Another reference date: 31.12.2015 = 184.081 (Regionaldatenbank 12411-01-01-4, Stand 10.10.2017).
      await page.getByLabel("Stichtag Bevölkerung 31.12.").selectOption({label: "2015"});
      await expect.poll(() => fact(page, "Bevölkerung am 31.12.2015")).toBe("184.081");
      // The choice is in the URL; a year without data there gives a notice and the latest year.
      await expect.poll(() => page.url()).toContain("jahr=2015");
      await page.goto(page.url().replace("jahr=2015", "jahr=2031"));
      await page.waitForSelector("#facts-table .rm-url-notice");
      expect(await page.innerText("#facts-table .rm-url-notice")).toContain("2031");
      expect(await fact(page, "Bevölkerung am 31.12.2024")).toBe("173.684");
    }
  },
  "/kreise/16063": {
    ready: PROFILE_READY,
    // Issue 16: Wartburgkreis SvB 2015–2025 on one territory, today's with Eisenach (BA extract, 30.06.2015 63.974 →
    // 30.06.2025 58.818): −8,1 %, the territory stated; not +44,3 % from 40.770 without Eisenach (13111-01-03-4).
    texts: ["Wartburgkreis", "Thüringen"],
    interact: async (page) => {
      const sheet = await page.innerText("#fact-sheet");
      expect(sheet).toMatch(/Veränderung 2015–2025 auf einem Gebiet \(Gebietsstand 01\.01\.2026\): [−-]8,1 %/);
      expect(sheet).not.toContain("+44,3 %");
      // The index chart's 2013 base is on the same territory: every Wartburgkreis SvB index from 2013 is shown.
      const svb = await tableRows(page, "#svb-trend");
      expect(svb.find((r) => r[0] === "Wartburgkreis" && r[1] === "2025")?.[2]).toBe("58.818");
    }
  },
  "/kreise/06435": {
    ready: PROFILE_READY,
    // Issue 16: Main-Kinzig-Kreis without Hanau (BA extract, Gebietsstand 01.01.2026): SvB 2015–2025 +19,4 %.
    texts: ["Main-Kinzig-Kreis", "Hessen"],
    interact: async (page) => {
      expect(await page.innerText("#fact-sheet")).toMatch(/Veränderung 2015–2025 auf einem Gebiet[^:]*: \+19,4 %/);
    }
  },
  "/kreise/14713": {
    ready: PROFILE_READY,
    // Leipzig, Stadt: 611.850 (31.12.2024, GENESIS 12411-01-01-4); one Gemeinde, a Stadt; 297,8 km².
    texts: ["Leipzig, Stadt", "Sachsen", "611.850", "297,8"],
    interact: async (page) => {
      expect(await fact(page, "Gemeinden (31.12.2024)")).toBe("1");
      await page.getByLabel("Vergleichsraum").selectOption({label: "Sachsen"});
      await expect.poll(() => page.locator("#lq-wz h3").innerText()).toContain("gegenüber Sachsen");
      expect(page.url()).toContain("vergleich=14");
    }
  },
  "/kreise/16077": {
    ready: PROFILE_READY,
    // Altenburger Land: 87.508 (31.12.2024); 30 Gemeinden, 5 Städte, 3 Verwaltungsgemeinschaften, 3 Gemeinden mit
    // erfüllender Gemeinde (Gemeindeverzeichnis 31.12.2024); 569,4 km².
    texts: ["Altenburger Land", "Thüringen", "87.508", "569,4"],
    interact: async (page) => {
      expect(await fact(page, "Gemeinden (31.12.2024)")).toBe("30");
      expect(await fact(page, "davon Städte")).toBe("5");
      const row = page.locator("#facts-table tr", {hasText: "Verwaltungsgemeinschaften"}).first();
      expect(await row.innerText()).toMatch(/Verwaltungsgemeinschaften\s+3\s/);
    }
  },
  "/kreise/09162": {
    ready: PROFILE_READY,
    // München, Landeshauptstadt: a Kreis outside the three Länder now has a profile (population 31.12.2024 from
    // GENESIS 12411-01-01-4); one Gemeinde, a Stadt.
    texts: ["München", "Bayern", "Kennzahlen im Vergleich"],
    interact: async (page) => {
      expect(await fact(page, "Gemeinden (31.12.2024)")).toBe("1");
    }
  },
  "/kreise/02000": {
    ready: PROFILE_READY,
    // Hamburg is Land and Kreis at once; its WZ sections come from the Land rows.
    texts: ["Hamburg", "Kennzahlen im Vergleich"]
  }
};
