import {tableFromArrays, tableFromJSON} from "apache-arrow";
import {describe, expect, it} from "vitest";

import {rowsOf} from "../../../src/components/db.js";

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
