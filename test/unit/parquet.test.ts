import {describe, expect, it} from "vitest";

import {toParquet} from "../../data-loaders/lib/parquet.js";
import {readParquet} from "../../src/shared/parquet.js";

// Made-up rows: the writer (data build) and the reader (browser) must agree value for value.
describe("Parquet written by the data build", () => {
  it("keeps leading zeros of codes, nulls (never 0) and every column type", async () => {
    const rows = [
      {code: "01001", year: 2024, value: 90164, share: 0.25, flag: null, rounded: false},
      {code: "15084", year: 2024, value: null, share: null, flag: ".", rounded: true},
      {code: "01001", year: 2023, value: 0, share: 0, flag: null, rounded: false}
    ];
    const bytes = toParquet(rows, {
      code: "string",
      year: "int",
      value: "int",
      share: "float",
      flag: "string",
      rounded: "bool"
    });
    const back = await readParquet(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
    );
    expect(back).toEqual(rows);
  });

  it("refuses a non-integer in an integer column", () => {
    expect(() => toParquet([{year: 2024.5}], {year: "int"})).toThrow(/year.*integer/);
  });

  it("refuses a number in a string column (a code must stay a string)", () => {
    expect(() => toParquet([{code: 15084}], {code: "string"})).toThrow(/code.*string/);
  });
});
