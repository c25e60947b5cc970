import {describe, expect, it} from "vitest";
import {branchenOccupationRows} from "../../../data-loaders/datasets/branchen-occupations.js";
import type {OccupationRow} from "../../../src/shared/rows.js";

// Made-up rows in the shape of employment_occupations.
const row = (code: string, measure: string, value: number | null, year = 2025): OccupationRow => ({
  code,
  year,
  occupation: "211",
  occupation_name: "Berg-, Tagebau und Sprengtechnik",
  measure,
  value,
  suppressed: value === null,
  flag: null,
  computed: false,
  source: `ba-kldb-employees-${measure === "svb_workplace" ? "workplace" : "residence"}`
});

describe("branchen_occupations view", () => {
  const rows = branchenOccupationRows([
    row("15084", "svb_workplace", 617),
    row("15084", "svb_residence", 700),
    row("09162", "svb_workplace", 3), // München: neither East Germany nor a Revier
    row("05362", "svb_workplace", 2000), // Rhein-Erft-Kreis: Rheinisches Revier
    row("12071", "svb_workplace", null), // Spree-Neiße: suppressed stays null
    row("09", "svb_workplace", 40),
    row("DG", "svb_workplace", 17867),
    row("15084", "svb_workplace", 600, 2013)
  ]);

  it("keeps SvB at the workplace of Germany, the Länder, East German and Revier Kreise, sorted by region and year", () => {
    expect(rows.map((r) => `${r.code}|${r.year}`)).toEqual([
      "05362|2025",
      "09|2025",
      "12071|2025",
      "15084|2013",
      "15084|2025",
      "DG|2025"
    ]);
  });

  it("keeps a suppressed cell as null, never 0", () => {
    expect(rows.find((r) => r.code === "12071")!.value).toBeNull();
  });
});
