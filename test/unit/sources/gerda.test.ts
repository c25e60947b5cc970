import {describe, expect, it} from "vitest";

import {sourcePath} from "../../../data-loaders/lib/paths.js";
import {readGerdaCountyTable} from "../../../data-loaders/sources/gerda.js";
import {mutatedCopy, sourceError} from "../../helpers/source-errors.js";

const COVARIATES = "gerda/county_covariates.csv";
const OPTIONS = {codeColumn: "county_code", columns: ["unemployment_rate", "share_secondary_sector"]};

describe("GERDA Kreis tables (real files)", () => {
  it("reads INKAR covariates: Burgenlandkreis 2015 unemployment rate 10.25 %, secondary sector 36.42 % of GVA (line 10382)", () => {
    const rows = readGerdaCountyTable(sourcePath(COVARIATES), OPTIONS);
    expect(rows).toHaveLength(11200);
    const row = rows.find((r) => r.code === "15084" && r.year === 2015)!;
    expect(row.line).toBe(10382);
    expect(row.values).toEqual({unemployment_rate: 10.25, share_secondary_sector: 36.42});
    // 1995–1997 have no rate for the Revier: empty cells become null, not 0.
    expect(rows.find((r) => r.code === "15084" && r.year === 1995)!.values.unemployment_rate).toBeNull();
  });

  it("reads the BBSR SvB in 1000: Burgenlandkreis 2015 = 56.0, none before 1997", () => {
    const rows = readGerdaCountyTable(sourcePath("gerda/cty_area_pop_emp.csv"), {
      codeColumn: "county_code_21",
      columns: ["employees_cty"]
    });
    expect(rows.find((r) => r.code === "15084" && r.year === 2015)!.values.employees_cty).toBe(56);
    expect(rows.find((r) => r.code === "15084" && r.year === 1996)!.values.employees_cty).toBeNull();
  });
});

describe("GERDA broken copies name file, line and field", () => {
  it("truncated file: a short last line", () => {
    const path = mutatedCopy(COVARIATES, (t) => t.slice(0, t.indexOf('"15084",2015') + 30));
    const error = sourceError(() => readGerdaCountyTable(path, OPTIONS));
    expect(error.line).toBe(10382);
    expect(error.message).toMatch(/truncated/);
  });

  it("wrong encoding: a Latin-1 byte", () => {
    const path = mutatedCopy(COVARIATES, (t) => Buffer.concat([Buffer.from(t, "utf8"), Buffer.from("ü", "latin1")]));
    expect(() => readGerdaCountyTable(path, OPTIONS)).toThrow(/not valid UTF-8/);
  });

  it("renamed column unemployment_rate → alq", () => {
    const path = mutatedCopy(COVARIATES, (t) => t.replace('"unemployment_rate"', '"alq"'));
    const error = sourceError(() => readGerdaCountyTable(path, OPTIONS));
    expect([error.line, error.field]).toEqual([1, "unemployment_rate"]);
  });

  it("unknown region code 99084", () => {
    const path = mutatedCopy(COVARIATES, (t) => t.replace('"15084",2015', '"99084",2015'));
    const error = sourceError(() => readGerdaCountyTable(path, OPTIONS));
    expect([error.line, error.field]).toEqual([10382, "county_code"]);
    expect(error.message).toMatch(/unknown region code/);
  });

  it("duplicate key (Kreis, year)", () => {
    const path = mutatedCopy(COVARIATES, (t) => t.replace('"15084",2016', '"15084",2015'));
    const error = sourceError(() => readGerdaCountyTable(path, OPTIONS));
    expect(error.line).toBe(10383);
    expect(error.message).toMatch(/duplicate key 15084 \/ 2015 \(first on line 10382\)/);
  });

  it("a number where a code belongs: 1001 without its leading zero", () => {
    const path = mutatedCopy(COVARIATES, (t) => t.replace('"01001",1995', "1001,1995"));
    const error = sourceError(() => readGerdaCountyTable(path, OPTIONS));
    expect([error.line, error.field]).toEqual([2, "county_code"]);
    expect(error.message).toMatch(/5-digit Kreis code, found "1001"/);
  });

  it("text where a number belongs", () => {
    const path = mutatedCopy(COVARIATES, (t) => t.replace('"15084",2015,', '"15084",2015,hoch'));
    const error = sourceError(() => readGerdaCountyTable(path, {codeColumn: "county_code", columns: ["share_65plus"]}));
    expect([error.line, error.field]).toEqual([10382, "share_65plus"]);
  });
});
