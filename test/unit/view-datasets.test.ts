import {describe, expect, it} from "vitest";
import type {EmploymentRow, OccupationRow, MunicipalityRow} from "../../src/shared/rows.js";

import {municipalityFacts} from "../../data-loaders/datasets/kreis-profiles.js";
import {miningJobRows} from "../../data-loaders/datasets/mining-jobs.js";

// Made-up Gemeinden of a made-up Kreis 15999: two members of one Verbandsgemeinde (one a Stadt), one verbandsfreie
// Stadt. Real counts (Burgenlandkreis 33 Gemeinden, 13 Städte, 4 Verbandsgemeinden) are checked in the browser test.
function gemeinde(code: string, verband: string, kind: string, isStadt: boolean, area: number | null): MunicipalityRow {
  return {
    code,
    name: code,
    kreis: code.slice(0, 5),
    land: code.slice(0, 2),
    verband_code: verband,
    verband_name: verband,
    verband_kind: kind,
    kind: "",
    is_stadt: isStadt,
    area_km2: area,
    population: 100,
    lat: null,
    lon: null,
    date: "2023-12-31",
    gebietsstand: "2024-12-31",
    source: "gv-2024"
  };
}

const GEMEINDEN = [
  gemeinde("15999001", "159995001", "Verbandsgemeinde", true, 10.5),
  gemeinde("15999002", "159995001", "Verbandsgemeinde", false, 20),
  gemeinde("15999003", "159990003", "verbandsfreie Gemeinde", true, 30)
];

const value = (rows: ReturnType<typeof municipalityFacts>, code: string, metric: string) =>
  rows.find((r) => r.code === code && r.metric === metric)?.value;

describe("municipalityFacts", () => {
  const rows = municipalityFacts(GEMEINDEN, ["15999", "15", "DG"]);

  it("counts Gemeinden, Städte, verbandsfreie Gemeinden and distinct Verbandsgemeinden of a Kreis", () => {
    expect(value(rows, "15999", "gemeinden")).toBe(3);
    expect(value(rows, "15999", "staedte")).toBe(2);
    expect(value(rows, "15999", "verbandsfreie_gemeinden")).toBe(1);
    expect(value(rows, "15999", "verbandsgemeinden")).toBe(1);
    expect(value(rows, "15999", "area_km2")).toBe(60.5);
  });

  it("gives Germany counts and its area (the Gemeindeverzeichnis has both, issue 16), but no Verband counts", () => {
    expect(value(rows, "DG", "gemeinden")).toBe(3);
    expect(value(rows, "DG", "area_km2")).toBe(60.5);
    expect(value(rows, "DG", "verbandsgemeinden")).toBeUndefined();
  });

  it("gives a null area, not a partial sum, when a Gemeinde has no area", () => {
    const withGap = municipalityFacts([...GEMEINDEN.slice(1), {...GEMEINDEN[0]!, area_km2: null}], ["15999"]);
    expect(value(withGap, "15999", "area_km2")).toBeNull();
  });

  it("refuses a Verband kind it does not know (Ämter, Samtgemeinden are known) and a region without Gemeinden", () => {
    expect(() => municipalityFacts([{...GEMEINDEN[0]!, verband_kind: "Zweckverband"}], ["15999"])).toThrow(
      /Zweckverband/
    );
    expect(() => municipalityFacts(GEMEINDEN, ["14999"])).toThrow(/14999/);
  });
});

describe("miningJobRows", () => {
  const occupation = (code: string, year: number, v: number | null): OccupationRow => ({
    code,
    year,
    occupation: "211",
    occupation_name: "Berg-, Tagebau und Sprengtechnik",
    measure: "svb_workplace",
    value: v,
    suppressed: v === null,
    flag: null,
    computed: false,
    source: "ba-kldb-employees-workplace"
  });
  const total = (code: string, year: number, v: number): EmploymentRow => ({
    code,
    year,
    classification: "total",
    category: "total",
    measure: "svb_workplace",
    value: v,
    suppressed: false,
    flag: null,
    computed: false,
    source: "ba",
    segment: null
  });

  it("fails when a Revier Kreis has no KldB 211 row, rather than drawing a Revier sum without it", () => {
    expect(() => miningJobRows([occupation("15084", 2025, 617)], [])).toThrow(/no KldB 211 rows for/);
  });

  it("keeps a suppressed cell null and joins all SvB for the share", () => {
    // 15084: 617 SvB in KldB 211 and 57.937 SvB in total at the workplace on 30.06.2025 (BA; employment dataset).
    const codes = ["15002", "15082", "15084", "15087", "15088", "14713", "14729", "14730", "16077"]
      .concat(["12052", "12061", "12062", "12066", "12071", "14625", "14626"])
      .concat(["05116", "05162", "05334", "05358", "05362", "05366", "05370", "14", "15", "16", "DG"]);
    const occupations = codes.map((c) => occupation(c, 2025, c === "15087" ? null : 1));
    occupations[codes.indexOf("15084")] = occupation("15084", 2025, 617);
    const rows = miningJobRows(occupations, [total("15084", 2025, 57937)]);
    const blk = rows.find((r) => r.code === "15084")!;
    expect([blk.value, blk.svb_total]).toEqual([617, 57937]);
    const msh = rows.find((r) => r.code === "15087")!;
    expect([msh.value, msh.suppressed, msh.svb_total]).toEqual([null, true, null]);
  });
});
