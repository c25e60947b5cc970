import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";

import {afterAll, beforeAll, describe, expect, it} from "vitest";

import {readReleases} from "../../data-loaders/datasets/release.js";
import {diffReleases, type ReleaseRecord} from "../../src/shared/release.js";
import {release} from "../../scripts/release.js";
import {latestPoint} from "../../src/shared/release-signals.js";
import {recordOfBuild} from "../helpers/release-record.js";

/*
 * The first committed record (releases/2026-12-06.json) was made from the sources as they stood before the newest
 * unemployment table: a full data build with REVIER_WITHOUT_SOURCES=rdb-13211-02-05-4-2026-2025 (releases/README.md).
 * Compared with it, today's build (data/, all sources) must show that table, and only it, as new, and the
 * Kreise's 2025 unemployment rates as new figures: Burgenlandkreis 7.3 % (2023: 7.2 %), Sachsen-Anhalt 8.0 %.
 */
const NEW_TABLE = "rdb-13211-02-05-4-2026-2025";
let baseline: ReleaseRecord;
let current: ReleaseRecord;
const temporary: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), "revier-release-"));
  temporary.push(dir);
  return dir;
};

beforeAll(async () => {
  baseline = readReleases()[0]!;
  current = await recordOfBuild();
});
afterAll(() => temporary.forEach((dir) => rmSync(dir, {recursive: true, force: true})));

describe("today's build against the record from before the 2025 unemployment table", () => {
  it("the first record is that of the sources without the 2025 table", () => {
    expect(baseline.note).toContain(NEW_TABLE);
    expect(baseline.sources[NEW_TABLE]).toBeUndefined();
    expect(latestPoint(baseline.series.unemployment_rate!["15084"])!.slice(0, 2)).toEqual([2023, 7.2]);
  });

  it("lists exactly the 2025 table as new, with its data date, and no source as changed or backwards", () => {
    const diff = diffReleases(baseline, current);
    expect(diff.newSources).toEqual([{id: NEW_TABLE, table: "13211-02-05-4", stand: "26.02.2026"}]);
    expect([diff.updatedSources, diff.backwards, diff.removedSources, diff.unexplained]).toEqual([[], [], [], []]);
  });

  it("lists the Kreise's 2025 unemployment rates as new figures, Burgenlandkreis 7.3", () => {
    const diff = diffReleases(baseline, current);
    const rates = diff.newFigures.filter((f) => f.series === "unemployment_rate" && /^\d{5}$/.test(f.code));
    const kreiseWithRate = Object.entries(current.series.unemployment_rate!).filter(
      ([code, points]) => /^\d{5}$/.test(code) && points.some((p) => p[0] === 2025 && p[1] !== null)
    );
    expect(rates.map((f) => f.code).sort()).toEqual(kreiseWithRate.map(([code]) => code).sort());
    expect(rates.length).toBeGreaterThanOrEqual(398);
    expect(rates.every((f) => f.year === 2025 && f.source === NEW_TABLE)).toBe(true);
    expect(rates.find((f) => f.code === "15084")).toMatchObject({value: 7.3});
    // Every new figure comes from the new table.
    expect(new Set(diff.newFigures.map((f) => f.source))).toEqual(new Set([NEW_TABLE]));
  });
});

describe("npm run release", () => {
  const setup = (edit?: (r: ReleaseRecord) => void) => {
    const [releases, cache] = [tempDir(), tempDir()];
    const previous = structuredClone(baseline);
    edit?.(previous);
    writeFileSync(join(releases, `${previous.release}.json`), JSON.stringify(previous));
    writeFileSync(join(cache, "release.json"), JSON.stringify(current));
    return {releasesDir: releases, cacheDir: cache, date: "2026-12-06"};
  };

  it("prints the diff and records the release as the next id of the day", () => {
    const options = setup();
    const outcome = release(options);
    expect(outcome.status).toBe("released");
    expect(outcome.id).toBe("2026-12-06-2");
    expect(outcome.report).toContain(`New sources (1):\n  ${NEW_TABLE}  13211-02-05-4  Stand 26.02.2026`);
    expect(outcome.report).toMatch(/unemployment_rate 2025: \d+ regions/);
    expect(JSON.parse(readFileSync(outcome.file!, "utf8")).series.unemployment_rate["15084"].at(-1)[1]).toBe(7.3);
    expect(release(options).status).toBe("unchanged");
  });

  it("refuses when a source is older than in the last release, and writes nothing", () => {
    const options = setup((r) => (r.sources["rdb-13211-02-05-4-2026-2023"]!.stand = "31.12.2026"));
    const outcome = release(options);
    expect(outcome.status).toBe("refused");
    expect(outcome.report).toContain(
      "source rdb-13211-02-05-4-2026-2023 (13211-02-05-4) went backwards: Stand 09.07.2026, the previous release had 31.12.2026"
    );
    expect(existsSync(join(options.releasesDir, "2026-12-06-2.json"))).toBe(false);
  });

  it("refuses when a headline figure moved by more than 1 % although its source did not change", () => {
    const options = setup((r) => (r.series.svb_workplace!["15084"]!.at(-1)![1] = 50000));
    const outcome = release(options);
    expect(outcome.status).toBe("refused");
    expect(outcome.problems).toEqual([
      "svb_workplace 15084 2025 changed from 50000 to 57937 (more than 1 %) although its source ba-kldb-employees-workplace did not change"
    ]);
  });
});
