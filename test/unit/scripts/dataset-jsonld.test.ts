import {describe, expect, it} from "vitest";

import {coverageOf, datasetJsonLd} from "../../../scripts/dataset-jsonld.js";

// Made-up rows (test/fixtures/README.md, "head metadata"); the source ids are real catalogue entries, the values not.
const rows = [
  {code: "15084", year: 2019, value: 1, source: "rdb-12411-01-01-4-2017"},
  {code: "14713", year: 2024, value: 2, source: "rdb-12411-01-01-4-2017"},
  {code: "16077", year: 2021, value: null, source: "wikipedia-braunkohletagebaue"}
];
const dataset = {
  name: "population",
  file: "population.parquet",
  description: "Bevölkerung",
  columns: [{name: "code", type: "string", description: ""}],
  bytes: 1
};

describe("Dataset JSON-LD", () => {
  it("reads years, Länder and sources from the rows", () => {
    const coverage = coverageOf(rows);
    expect(coverage.years).toEqual([2019, 2024]);
    expect(coverage.lands).toEqual(["14", "15", "16"]);
    expect(coverage.sources.map((s) => s.id)).toEqual(["rdb-12411-01-01-4-2017", "wikipedia-braunkohletagebaue"]);
    expect(coverageOf([{code: "DG", year: 2020}]).lands).toEqual(["DG"]);
  });

  it("names the licences, coverage and the Parquet download", () => {
    const ld = datasetJsonLd(dataset, coverageOf(rows), {
      lang: "de",
      downloadUrl: "https://a.example/_file/data/population.1234abcd.parquet",
      pageUrl: "https://a.example/daten"
    }) as Record<string, unknown>;
    expect(ld["@type"]).toBe("Dataset");
    expect(ld.license).toEqual([
      "https://www.govdata.de/dl-de/by-2-0",
      "https://creativecommons.org/licenses/by-sa/4.0/"
    ]);
    expect(ld.temporalCoverage).toBe("2019/2024");
    expect(ld.spatialCoverage).toEqual([
      {"@type": "Place", name: "Sachsen"},
      {"@type": "Place", name: "Sachsen-Anhalt"},
      {"@type": "Place", name: "Thüringen"}
    ]);
    expect(ld.url).toBe("https://a.example/daten#population");
    expect(ld.creditText).toMatch(/Tabelle 12411-01-01-4.*Datenlizenz Deutschland/);
    expect(ld.distribution).toEqual([
      {
        "@type": "DataDownload",
        encodingFormat: "application/vnd.apache.parquet",
        contentUrl: "https://a.example/_file/data/population.1234abcd.parquet"
      }
    ]);
  });
});
