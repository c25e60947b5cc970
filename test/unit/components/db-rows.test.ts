import {Table, tableFromArrays, tableFromJSON, Utf8, vectorFromArray} from "apache-arrow";
import {describe, expect, it} from "vitest";

import {asciiStrings, rowsOf} from "../../../src/components/db.js";

// Made-up values: the conversion of DuckDB's Arrow results into the row objects pages use.
describe("rowsOf", () => {
  it("keeps strings, numbers and nulls, and turns 64-bit integers into numbers", () => {
    const table = tableFromJSON([
      {code: "15084", value: 184081, share: 0.5},
      {code: "15002", value: null, share: null}
    ]);
    expect(rowsOf(table)).toEqual([
      {code: "15084", value: 184081, share: 0.5},
      {code: "15002", value: null, share: null}
    ]);
    const big = tableFromArrays({n: new BigInt64Array([1n, 2n])});
    expect(rowsOf(big)).toEqual([{n: 1}, {n: 2}]);
  });
});

describe("asciiStrings", () => {
  it("decodes ASCII text columns in one pass, keeping nulls for rowsOf to restore", () => {
    const table = new Table({code: vectorFromArray(["15084", "01001", null, "DG"], new Utf8())});
    expect(rowsOf(table).map((r) => r.code)).toEqual(["15084", "01001", null, "DG"]);
  });

  it("leaves non-ASCII text to the general path (umlauts decoded correctly)", () => {
    const vector = vectorFromArray(["Burgenlandkreis", "Görlitz"], new Utf8());
    expect(asciiStrings(vector)).toBeUndefined();
    expect(rowsOf(new Table({name: vector})).map((r) => r.name)).toEqual(["Burgenlandkreis", "Görlitz"]);
  });
});
