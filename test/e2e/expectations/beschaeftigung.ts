import {expect} from "vitest";

import {type PageExpectation, tableRows} from "../pages.js";

/** The row of a figure's table whose first cells are `first` (e.g. region and year). */
const rowOf = (rows: string[][], ...first: string[]) => rows.find((r) => first.every((cell, i) => r[i] === cell));

/*
 * Mining jobs (KldB 211, SvB at the workplace) of the Mitteldeutsches Revier on 30.06.2025: 984, the sum of its nine
 * Kreise in ../shared/sources/ba-kldb/employees_by_workplace.parquet (occupational_group 211, type "social
 * insurance", group "total", year 2025): 74 (14713) + 49 (14729) + 47 (14730) + 34 (15002) + 3 (15082) + 617
 * (15084) + 53 (15087) + 96 (15088) + 11 (16077) = 984.
 * Unemployment rates 2025 (annual average, all civilian labour force): Burgenlandkreis 7,3 and Germany 6,3
 * (regionalstatistik-2026/13211-02-05-4_2025.csv, lines 489 and 10), Sachsen-Anhalt 8,0 (same file, line 482, and
 * genesis-online-2026/13211-0007.csv, "Arbeitslosenquote aller zivilen Erwerbspersonen", 2025).
 */

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
      // Mining jobs as the series of the first chart: title, latest date, value, caveat and source line.
      await page.getByLabel("Reihe", {exact: true}).selectOption({label: "Bergbauberufe (KldB 211)"});
      await page.waitForSelector("text=Beschäftigte in Berg-, Tagebau und Sprengtechnik: Mitteldeutsches Revier");
      expect(page.url()).toContain("reihe=bergbau");
      expect(await page.innerText("#svb-chart h3")).toContain("letzter Wert: 30.06.2025");
      expect(rowOf(await tableRows(page, "#svb-chart"), "30.06.2025")?.[2]).toBe("984");
      expect(await page.innerText("#mining-caveat")).toContain("Näherung für den Braunkohlebergbau");
      expect(await page.innerText("#svb-chart .rm-source")).toContain("© Statistik der Bundesagentur für Arbeit");
      await page.getByLabel("Reihe", {exact: true}).selectOption({label: "SvB am Arbeits- und Wohnort"});
      await page.waitForSelector("text=Sozialversicherungspflichtig Beschäftigte: Mitteldeutsches Revier");
      expect(await page.locator("#mining-caveat").count()).toBe(0);
      await page.getByLabel("Region", {exact: true}).selectOption({label: "Burgenlandkreis (ST)"});
      await page.waitForSelector("text=Sozialversicherungspflichtig Beschäftigte: Burgenlandkreis");
      await page.waitForSelector("#commuters figure svg");
      expect(page.url()).toContain("region=15084");
      await page.getByLabel("Vergleichsraum", {exact: true}).selectOption({label: "Mitteldeutsches Revier"});
      await page.waitForSelector("#svb-index >> text=Mitteldeutsches Revier");
      expect(page.url()).toContain("ref=REV-MD");
      for (const id of ["svb-chart", "growth-differential", "commuters"]) await page.click(`#${id} summary`);
      // The unemployment rate of 2025 for the Kreis, its Land and Germany, and the latest year in the subtitle.
      const rates = await tableRows(page, "#unemployment-rate");
      expect(rowOf(rates, "Burgenlandkreis", "2025")?.[2]).toBe("7,3");
      expect(rowOf(rates, "Sachsen-Anhalt", "2025")?.[2]).toBe("8,0");
      expect(rowOf(rates, "Deutschland", "2025")?.[2]).toBe("6,3");
      expect(await page.innerText("#unemployment-rate h3")).toMatch(/–2025/);
    },
    texts: [
      // SvB at the workplace, Burgenlandkreis, 30.06.2015: 56.012 (Regionaldatenbank 13111-01-03-4, Stand 10.10.2017).
      "56.012",
      // Growth 30.06.2012–30.06.2025 (SvB at workplace): Burgenlandkreis 54.356 → 57.937 (+6,6 %), Sachsen-Anhalt
      // 773.472 → 788.189 (+1,9 %): differential 4,7 percentage points; against Germany (29.280.034 → 34.879.840,
      // +19,1 %): −12,5. Regionaldatenbank 2012, BA Berufsgruppensummen 2025 (data/employment.parquet).
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
      // Mining jobs in English: the same 984 on 30 Jun 2025 (see the comment at the top).
      await page.getByLabel("Series", {exact: true}).selectOption({label: "Mining occupations (KldB 211)"});
      await page.waitForSelector("text=Employees in mining, quarrying and blasting: Central German lignite region");
      expect(await page.innerText("#svb-chart h3")).toContain("latest value: 30 Jun 2025");
      expect(rowOf(await tableRows(page, "#svb-chart"), "30 Jun 2025")?.[2]).toBe("984");
      expect(await page.innerText("#mining-caveat")).toContain("a proxy for lignite mining");
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
