import {describe, expect, it} from "vitest";

import {withGroupSums} from "../../src/lib/group-sums.js";

// Made-up counts for three regions; not official figures.
const rows = [
  {code: "A", year: 2020, value: 10},
  {code: "B", year: 2020, value: 5},
  {code: "A", year: 2021, value: 12},
  {code: "B", year: 2021, value: null}
];
const groups = [{code: "AB", name: "A und B", members: ["A", "B"]}];
const sum = (r: typeof rows) =>
  withGroupSums(r, groups, {
    key: (row) => String(row.year),
    value: (row) => row.value,
    build: (template, group, value) => ({...template, code: group.code, value})
  }).filter((row) => row.code === "AB");

describe("withGroupSums", () => {
  it("sums the members per key", () => {
    expect(sum(rows)).toContainEqual({code: "AB", year: 2020, value: 15});
  });

  it("gives null, not a partial sum, where a member's value is missing", () => {
    expect(sum(rows)).toContainEqual({code: "AB", year: 2021, value: null});
  });

  it("gives null where a member has no row for the key", () => {
    expect(sum([...rows, {code: "A", year: 2022, value: 7}])).toContainEqual({code: "AB", year: 2022, value: null});
  });
});
