import {describe, expect, it} from "vitest";

import {buildCatalog} from "../../../data-loaders/catalog.js";
import {datenPage} from "../../../data-loaders/pages/daten-page.js";
import {DATASETS} from "../../../data-loaders/registry.js";
import {datasetText, datasetTextKey} from "../../../src/shared/dataset-text.js";
import {datasets} from "../../../src/shared/i18n/datasets.js";

describe("dataset and column descriptions in both languages", () => {
  const catalog = buildCatalog();

  it("has an English text for every dataset and column the /daten page shows", () => {
    const missing: string[] = [];
    for (const dataset of catalog.datasets) {
      if (!(datasetTextKey(dataset.name) in datasets)) missing.push(dataset.name);
      for (const column of dataset.columns)
        if (!(datasetTextKey(dataset.name, column.name) in datasets)) missing.push(`${dataset.name}.${column.name}`);
    }
    expect(missing, "add these to src/shared/i18n/datasets.ts").toEqual([]);
  });

  it("has no English text for a dataset or column that no longer exists", () => {
    const shown = new Set(
      DATASETS.flatMap((d) => [datasetTextKey(d.name), ...Object.keys(d.schema).map((c) => datasetTextKey(d.name, c))])
    );
    expect(Object.keys(datasets).filter((key) => !shown.has(key))).toEqual([]);
  });

  it("keeps the German text of the dataset definition and gives the English one on /en/", () => {
    const population = DATASETS.find((d) => d.name === "population")!;
    expect(datasetText("de", population.description, "population")).toBe(population.description);
    expect(datasetText("en", population.description, "population")).toBe(
      "Population on 31 Dec by sex: districts, states, Germany, lignite regions and East Germany, 1990–2024"
    );
    const sex = (population.columns as Record<string, string>).sex!;
    expect(datasetText("de", sex, "population", "sex")).toBe(sex);
    expect(() => datasetText("en", "x", "population", "no_such_column")).toThrow(/unknown key/);
  });

  it("renders the English descriptions on /en/daten and the German ones on /daten", () => {
    const en = datenPage(catalog, "en");
    const de = datenPage(catalog, "de");
    expect(en).toContain("Lignite power plants and opencast mines of the Central German, Lusatian and Rhineland");
    expect(en).toContain("Net rated capacity of the units not finally shut down on 26 Jun 2026");
    expect(en).not.toContain("Braunkohlekraftwerke und Braunkohletagebaue");
    expect(de).toContain("Braunkohlekraftwerke und Braunkohletagebaue des Mitteldeutschen");
    expect(de).not.toContain("{de}");
    // The BNetzA power-plant list's data stand in the sources table: 26.06.2026 / 26 Jun 2026.
    expect(de).toContain("| 26.06.2026 |");
    expect(en).toContain("| 26 Jun 2026 |");
    expect(en).not.toContain("| 26.06.2026 |");
  });
});
