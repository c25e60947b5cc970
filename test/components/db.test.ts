import {Table, tableFromArrays, tableFromIPC, tableFromJSON, tableToIPC, Utf8, vectorFromArray} from "apache-arrow";
import {describe, expect, it} from "vitest";

import {arrowTable, asciiStrings, rowsOf} from "../../src/components/db.js";

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

describe("arrowTable", () => {
  it("builds the table DuckDB receives from plain columns, with nulls, umlauts, 64-bit integers and booleans", () => {
    const table = arrowTable({
      code: ["15084", "14626", null],
      name: ["Burgenlandkreis", "Görlitz", "Deutschland"],
      value: [184081, null, 0.5],
      big: [1n, null, 3n],
      flag: [true, false, null],
      mixed: [1, "a", null]
    });
    expect(table.schema.fields.map((f) => String(f.type))).toEqual([
      "Utf8",
      "Utf8",
      "Float64",
      "Int64",
      "Bool",
      "Utf8"
    ]);
    expect(rowsOf(table)).toEqual([
      {code: "15084", name: "Burgenlandkreis", value: 184081, big: 1, flag: true, mixed: "1"},
      {code: "14626", name: "Görlitz", value: null, big: null, flag: false, mixed: "a"},
      {code: null, name: "Deutschland", value: 0.5, big: 3, flag: null, mixed: null}
    ]);
    // The same table survives the IPC stream that registerTable hands to DuckDB.
    expect(rowsOf(tableFromIPC(tableToIPC(table, "stream")))).toEqual(rowsOf(table));
  });
});
