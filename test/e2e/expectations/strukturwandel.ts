import {expect} from "vitest";

import type {PageExpectation} from "../pages.js";

export const expectations: Record<string, PageExpectation> = {
  "/strukturwandel": {
    ready: [
      "#plant-map figure svg",
      "#plant-timeline figure svg",
      "#capacity-chart figure svg",
      "#plant-table table",
      "#mining-reviere figure svg",
      "#mining-kreise figure svg",
      "#sector-shares figure svg",
      "#quadrants figure svg"
    ],
    // plants dataset (IWH Kraftwerke.csv, MaStR): Kraftwerk Lippendorf 1.884 MW gross, shutdown 2035 (KVBG);
    // Kraftwerk Schkopau 1.112 MW, shutdown 2034 (KVBG). Tagebau Profen, Burgenlandkreis.
    texts: [
      "Bergbauberufe in den drei Revieren",
      "Sektoranteile an der Bruttowertschöpfung",
      "Entwicklungsmuster 2000–2014 gegenüber Deutschland",
      "eigene Berechnung"
    ],
    interact: async (page) => {
      const table = page.locator("#plant-table table");
      const row = (name: string) => table.locator("tr", {hasText: name}).first().innerText();
      expect(await row("Kraftwerk Lippendorf")).toMatch(
        /Kraftwerk Lippendorf\s+Kraftwerk\s+Landkreis Leipzig\s+.*\s1\.884\s+1\.782\s+1999\s+2035\s+KVBG/
      );
      expect(await row("Kraftwerk Schkopau")).toMatch(/\s1\.112\s+1\.010\s+1995\s+2034\s+KVBG/);
      expect(await row("Profen")).toMatch(/Tagebau\s+Burgenlandkreis/);
      await page.getByLabel("Revier", {exact: true}).selectOption({label: "Lausitzer Revier"});
      // Lausitz: Boxberg 2.639 MW, shutdown 2038 (plants dataset); the URL keeps the choice.
      await expect.poll(() => table.innerText()).toContain("Boxberg");
      expect(await table.innerText()).toContain("2.639");
      expect(await table.innerText()).not.toContain("Lippendorf");
      expect(page.url()).toContain("revier=REV-LAU");
    }
  }
};
