// @vitest-environment jsdom
import {describe, expect, it} from "vitest";

import {DatasetDownloads} from "../../src/components/DatasetDownloads.js";
import {expectSnapshot} from "./snapshot.js";

// The buttons decode the dataset's Parquet file on click; before that they are all the page shows. Made-up dataset
// name; its loader is never called here (test/fixtures/README.md).
const datasets = [
  {
    name: "population",
    load: () => {
      throw new Error("loaded only on click");
    }
  }
];

describe("DatasetDownloads", () => {
  it("renders a CSV and an XLSX button for the dataset as in test/snapshots/DatasetDownloads", () => {
    const span = DatasetDownloads(datasets, "population", {lang: "de"});
    expectSnapshot("DatasetDownloads", span);
    expect([...span.querySelectorAll("button")].map((b) => b.dataset.export)).toEqual(["csv", "xlsx"]);
  });

  it("names the dataset when the page asks for one that is not there", () => {
    expect(() => DatasetDownloads(datasets, "populaton")).toThrow('no dataset named "populaton"');
  });
});
