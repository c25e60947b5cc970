import {beforeAll, describe, expect, it} from "vitest";

import {
  diffReleases,
  nextReleaseId,
  type Point,
  releaseProblems,
  type ReleaseRecord,
  standDate
} from "../../../src/shared/release.js";
import {
  bySegment,
  changeBetween,
  headlineFigures,
  movers,
  periodChange,
  signals
} from "../../../src/shared/release-signals.js";
import {REVIER_KREISE} from "../../../src/shared/regions.js";
import {recordOfBuild} from "../../helpers/release-record.js";

/*
 * The record of the published datasets (data/, `npm run data` on ../shared/sources). Figures checked against
 * comparison.parquet with DuckDB: unemployment rate (all civilian labour force) Burgenlandkreis 2023 7.2, 2024 none
 * (no official rate), 2025 7.3; Sachsen-Anhalt 2023 7.5, 2025 8.0; Germany 2023 5.7, 2025 6.3. SvB at workplace
 * Burgenlandkreis 30.06.2023 59,939, 2024 59,859, 2025 57,937. Population 31.12.2024 173,684 (Zensus 2022 basis;
 * 2023 on Zensus 2011 basis).
 */
let record: ReleaseRecord;
beforeAll(async () => {
  record = await recordOfBuild();
});

/** A copy of the record with one change applied. */
function edited(edit: (r: ReleaseRecord) => void): ReleaseRecord {
  const copy = structuredClone(record);
  edit(copy);
  return copy;
}

describe("releaseRecord on the built datasets", () => {
  it("keeps the latest unemployment rates: Burgenlandkreis 7.3 and Sachsen-Anhalt 8.0 in 2025", () => {
    // The segment is the territory the rate is on (issue 16): the newest one, Gebietsstand 01.01.2026.
    expect(record.series.unemployment_rate!["15084"]!.at(-1)).toEqual([
      2025,
      7.3,
      "Gebietsstand 01.01.2026",
      "rdb-13211-02-05-4-2026-2025"
    ]);
    expect(record.series.unemployment_rate!["15"]!.at(-1)!.slice(0, 2)).toEqual([2025, 8]);
    expect(record.sources["rdb-13211-02-05-4-2026-2025"]).toEqual({table: "13211-02-05-4", stand: "26.02.2026"});
  });

  it("holds all 400 Kreise, the 16 Länder, Germany and the Reviere for every headline series", () => {
    const kreise = Object.keys(record.series.unemployment_rate!).filter((c) => /^\d{5}$/.test(c));
    expect(kreise).toHaveLength(400);
    for (const code of ["15", "DG", "REV-MD"]) expect(record.series.svb_workplace![code]).toBeDefined();
    expect(record.names["15084"]).toBe("Burgenlandkreis");
  });
});

describe("changes stay within one segment", () => {
  it("Burgenlandkreis' rate: +0.1 points since 2023 (2024 has no official rate); Sachsen-Anhalt +0.5, Germany +0.6; rank 68 → 84 of 398", () => {
    const [figure] = headlineFigures(record, "15084").filter((f) => f.series === "unemployment_rate");
    expect(figure!.change).toMatchObject({previousYear: 2023, previousValue: 7.2, year: 2025, value: 7.3, change: 0.1});
    expect(figure!.land).toMatchObject({code: "15", value: 8, change: {previousValue: 7.5, change: 0.5}});
    expect(figure!.germany).toMatchObject({value: 6.3, change: {previousValue: 5.7, change: 0.6}});
    // DuckDB: 83 of the 398 Kreise with a rate had a higher one in 2025, 67 in 2023.
    expect(figure!.rank).toEqual({rank: 84, of: 398});
    expect(figure!.previousRank).toEqual({rank: 68, of: 398});
  });

  it("population has no change across the census break (2023 Zensus 2011, 2024 Zensus 2022)", () => {
    expect(periodChange(record, "population", "15084")).toBeNull();
    expect(changeBetween(record, "population", "15084", 2023, 2024)).toBeNull();
    // Without the segment key the two would be compared: the key is what keeps the break.
    expect(periodChange(record, "population", "15084", () => "")).toMatchObject({previousYear: 2023, year: 2024});
  });

  it("a finer segment key (e.g. a territory) splits a series further", () => {
    const territory = (p: Point) => `${bySegment(p)}|${p[0] >= 2025 ? "new" : "old"}`;
    expect(periodChange(record, "svb_workplace", "15084")).toMatchObject({previousYear: 2024});
    expect(periodChange(record, "svb_workplace", "15084", territory)).toBeNull();
  });
});

describe("signals", () => {
  it("Burgenlandkreis: SvB fell two years in a row (59,939 → 59,859 → 57,937), no rate signal (+0.1 while the Land +0.5)", () => {
    const own = signals(record).filter((s) => s.code === "15084");
    expect(own.map((s) => s.kind)).toEqual(["svb-fell-twice"]);
    expect(own[0]).toMatchObject({before: {year: 2023, value: 59939}, change: {previousValue: 59859, value: 57937}});
    expect(own[0]!.href).toBe("/kreise/15084#svb-trend");
  });

  it("a rate rise of more than 0.5 points is a signal: Leipzig (14713) +1.4 is, Landkreis Leipzig (14729) +0.4 is not", () => {
    const rate = signals(record).filter((s) => s.series === "unemployment_rate" && REVIER_KREISE.includes(s.code));
    for (const s of rate) expect(s.change.change > 0.5 || (s.land?.change ?? 0) < 0).toBe(true);
    expect(rate.map((s) => s.code)).toContain("14713");
    expect(rate.map((s) => s.code)).not.toContain("14729");
  });

  it("a rate that rose while the Land's fell is a signal even below 0.5 points", () => {
    const lowered = edited((r) => {
      const land = r.series.unemployment_rate!["15"]!;
      land[land.length - 1] = [2025, 7.4, land.at(-1)![2], "rdb-13211-02-05-4-2026-2025"];
    });
    const own = signals(lowered).filter((s) => s.code === "15084" && s.series === "unemployment_rate");
    expect(own).toMatchObject([{kind: "rate-rose-land-fell", land: {change: -0.1}}]);
  });

  it("movers of the Revier: largest rise Leipzig (14713, 7.1 → 8.5 %), largest fall Anhalt-Bitterfeld (15082, −0.3)", () => {
    const m = movers(record, "unemployment_rate", REVIER_KREISE);
    expect(m.rises[0]).toMatchObject({code: "14713", previousValue: 7.1, value: 8.5, change: 1.4});
    expect(m.falls[0]).toMatchObject({code: "15082", change: -0.3});
  });
});

describe("diffReleases and the release rules", () => {
  it("finds nothing between a record and itself", () => {
    const diff = diffReleases(record, record);
    expect([diff.newSources, diff.newFigures, diff.revisions, diff.backwards].flat()).toEqual([]);
  });

  it("a source with an older data date than in the previous release stops the release", () => {
    const newer = edited((r) => (r.sources["ba-kldb-vacancies"]!.stand = "31.12.2099"));
    const diff = diffReleases(newer, record);
    expect(diff.backwards.map((s) => s.id)).toEqual(["ba-kldb-vacancies"]);
    expect(releaseProblems(diff)[0]).toMatch(/ba-kldb-vacancies .* went backwards/);
  });

  it("a figure moving by more than 1 % without a source change stops it; with a new source stand it is a revision", () => {
    const moved = edited((r) => (r.series.svb_workplace!["15084"]!.at(-1)![1] = 57937 * 1.02));
    const diff = diffReleases(record, moved);
    expect(diff.unexplained).toMatchObject([{code: "15084", year: 2025, previous: 57937}]);
    expect(releaseProblems(diff)).toHaveLength(1);
    const restamped = edited((r) => {
      r.series.svb_workplace!["15084"]!.at(-1)![1] = 57937 * 1.02;
      r.sources["ba-kldb-employees-workplace"]!.stand = "31.12.2099";
    });
    const explained = diffReleases(record, restamped);
    expect(explained.revisions.map((f) => f.code)).toContain("15084");
    expect(explained.unexplained).toEqual([]);
  });

  it("release ids and data dates order as dates", () => {
    expect(nextReleaseId("2026-12-06", ["2026-12-06", "2026-12-06-2"])).toBe("2026-12-06-3");
    expect(standDate("26.02.2026")).toBe("2026-02-26");
    expect(standDate("Gebietsstand 31.12.2021")).toBe("2021-12-31");
  });
});
