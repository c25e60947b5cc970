import {expect} from "vitest";

import type {PageExpectation} from "../pages.js";

export const expectations: Record<string, PageExpectation> = {
  "/standort": {
    ready: ["#standort-ratio figure svg", "#standort-map figure svg", "#standort-land figure svg", "#location-facts"],
    interact: async (page) => {
      const base = page.url().split("?")[0]!;
      await page.goto(`${base}?kreis=15084&beruf=513`);
      await page.waitForSelector("#standort-land figure svg");
      // BA, Burgenlandkreis 2025, group 513: annual averages 600.92 unemployed and 53.75 vacancies, as published.
      const kpi = await page.innerText("#standort-kpi");
      expect(kpi).toContain("513 Lagerwirt.,Post,Zustellung,Güterumschlag");
      expect(kpi).toContain("601 Arbeitslose");
      expect(kpi).toContain("54 gemeldete Stellen");
      // The nine Kreise sharing a border with the Burgenlandkreis (Kreis TopoJSON).
      const neighbours = await page.innerText("#standort-neighbours");
      for (const name of ["Saalekreis", "Gera", "Altenburger Land", "Kyffhäuserkreis", "Weimarer Land"]) {
        expect(neighbours).toContain(name);
      }
      // Land price 2024 (61511-01-03-4): Burgenlandkreis 23,97 €/m², beside Sachsen-Anhalt and Germany.
      await page.click("#standort-land summary");
      const land = await page.innerText("#standort-land");
      expect(land).toContain("23,97");
      expect(land).toContain("Sachsen-Anhalt");
      expect(land).toContain("Deutschland");
      expect(land).toContain("142");
      expect(await page.innerText("#caveat-vacancies")).toContain("nur der Teil");
      // Unknown values fall back to the defaults with a one-line notice.
      await page.goto(`${base}?kreis=99999&beruf=999`);
      await page.waitForSelector(".rm-url-notice");
      const notice = await page.innerText(".rm-url-notice");
      expect(notice).toContain("Region 99999 unbekannt – zeige Burgenlandkreis");
      expect(notice).toContain("beruf=999");
    },
    texts: ["Datenlizenz Deutschland – Namensnennung 2.0", "© Statistik der Bundesagentur für Arbeit"]
  }
};
