import {describe, expect, it} from "vitest";

import {createContext} from "../../data-loaders/build-all.js";
import {commuterFlows, commuters} from "../../data-loaders/datasets/commuters.js";
import {REVIER_KREISE} from "../../src/shared/regions.js";

const context = createContext();
const rows = commuters.build(context) as Awaited<ReturnType<typeof commuters.build>>;
const flows = commuterFlows.build(context) as Awaited<ReturnType<typeof commuterFlows.build>>;
const find = (code: string, year: number, measure: string) =>
  rows.find((r) => r.code === code && r.year === year && r.measure === measure)!;

describe("commuters", () => {
  it("gives commuters over Kreis boundaries 2012–2015 (13111-09-01-4): Burgenlandkreis 2015 in 11,474, out 25,617, balance −14,143", () => {
    expect(find("15084", 2015, "in_commuters")).toMatchObject({value: 11474, source: "rdb-13111-09-01-4-2017"});
    expect(find("15084", 2015, "out_commuters").value).toBe(25617);
    expect(find("15084", 2015, "balance").value).toBe(-14143);
    expect(find("15084", 2012, "in_commuters").value).not.toBeNull();
  });

  it("balance = in − out wherever both are known", () => {
    for (const r of rows.filter((r) => r.measure === "balance" && r.value !== null)) {
      expect(r.value).toBe(find(r.code, r.year, "in_commuters").value! - find(r.code, r.year, "out_commuters").value!);
    }
  });

  it("adds the Pendleratlas totals of June 2016 with a computed balance: Burgenlandkreis 12,241 − 25,941", () => {
    expect(find("15084", 2016, "in_commuters")).toMatchObject({value: 12241, source: "ba-pendleratlas-2016"});
    expect(find("15084", 2016, "balance")).toMatchObject({value: -13700, computed: true});
  });

  it("keeps the Länder's special values (Kreis-boundary commuters cannot be summed) as null with their flag", () => {
    expect(find("15", 2015, "in_commuters")).toMatchObject({value: null, flag: "."});
    expect(find("01", 2015, "in_commuters")).toMatchObject({value: null, flag: "x"});
  });

  it("has every Revier Kreis in every year 2012–2016", () => {
    for (const code of REVIER_KREISE) {
      for (let year = 2012; year <= 2016; year++) expect(find(code, year, "out_commuters").value).toBeGreaterThan(0);
    }
  });
});

describe("commuter_flows", () => {
  it("gives the Kreis-to-Kreis flows of 2016: 4,794 from the Burgenlandkreis to the Saalekreis", () => {
    expect(flows.find((f) => f.from === "15084" && f.to === "15088")).toMatchObject({value: 4794, year: 2016});
  });

  it("lists each flow once, between two different Kreise, with 5-digit codes", () => {
    const keys = flows.map((f) => `${f.from}>${f.to}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(flows.every((f) => /^\d{5}$/.test(f.from) && /^\d{5}$/.test(f.to) && f.from !== f.to)).toBe(true);
  });

  it("no flow out of a Kreis exceeds its out-commuters", () => {
    for (const f of flows) expect(f.value).toBeLessThanOrEqual(find(f.from, 2016, "out_commuters").value!);
  });
});
