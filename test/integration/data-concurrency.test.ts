/**
 * Two real data builds at once (child processes, real sources), into a temp cache folder. Limited to the
 * `plants` dataset and the Kreis boundaries (REVIER_DATASETS) so that three builds fit in about a minute on a
 * loaded machine; the lock and the swap are the same code the full build runs.
 */
import {spawn, spawnSync} from "node:child_process";
import {createHash} from "node:crypto";
import {existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";

import {afterAll, describe, expect, it} from "vitest";

import {acquireCacheLock} from "../../data-loaders/lib/cache-swap.js";
import {projectRoot} from "../../data-loaders/lib/paths.js";

const EXPECTED = ["kreise.topojson", "plants.parquet"];
const base = mkdtempSync(join(tmpdir(), "data-concurrency-"));
const cache = join(base, "data");

interface Run {
  code: number | null;
  stderr: string;
}

function build(): {done: Promise<Run>; stderr: () => string} {
  const child = spawn(join(projectRoot, "node_modules/.bin/tsx"), ["data-loaders/build-all.ts"], {
    cwd: projectRoot,
    env: {...process.env, REVIER_DATA_DIR: cache, REVIER_DATASETS: "plants,kreise.topojson"},
    stdio: ["ignore", "ignore", "pipe"]
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return {done: new Promise((ok) => child.on("close", (code) => ok({code, stderr}))), stderr: () => stderr};
}

function hashes(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((name) => [
        name,
        createHash("sha256")
          .update(readFileSync(join(dir, name)))
          .digest("hex")
      ])
  );
}

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

afterAll(() => rmSync(base, {recursive: true, force: true}));

describe("two data builds at once", () => {
  it("leave data/ complete and identical to a single build; the second one waits for the first", async () => {
    const single = await build().done;
    expect(single.code, single.stderr).toBe(0);
    const reference = hashes(cache);
    expect(Object.keys(reference)).toEqual(EXPECTED);

    // Hold the lock while both start, so that both are running and both race for it the moment it is released.
    const held = await acquireCacheLock(cache);
    const first = build();
    const second = build();
    const deadline = Date.now() + 60_000;
    while (!(first.stderr().includes("waiting") && second.stderr().includes("waiting")) && Date.now() < deadline) {
      await sleep(100);
    }
    expect(first.stderr()).toContain(`waiting for the data build pid ${process.pid}`);
    expect(second.stderr()).toContain(`waiting for the data build pid ${process.pid}`);
    held.release();

    // A reader during both builds: whenever the folder is there, it holds every file.
    const seen: string[][] = [];
    let reading = true;
    const reader = (async () => {
      while (reading) {
        try {
          seen.push(readdirSync(cache).sort());
        } catch {
          // Between the two renames of a swap the folder is briefly absent: never incomplete.
        }
        await sleep(5);
      }
    })();
    const runs = await Promise.all([first.done, second.done]);
    reading = false;
    await reader;

    for (const run of runs) expect(run.code, run.stderr).toBe(0);
    // One of them got the lock at release, the other waited again for that build.
    const other = new RegExp(`waiting for the data build pid (?!${process.pid}\\b)\\d+`);
    expect(runs.filter((run) => other.test(run.stderr))).toHaveLength(1);
    expect(seen.length).toBeGreaterThan(10);
    expect(seen.filter((names) => names.join() !== EXPECTED.join())).toEqual([]);
    expect(hashes(cache)).toEqual(reference);
    // No lock, temp or old folder left behind.
    expect(readdirSync(base)).toEqual(["data"]);
  }, 240_000);

  it("fails with a message naming the lock's owner when the other build does not finish in time", async () => {
    const held = await acquireCacheLock(cache);
    try {
      await expect(acquireCacheLock(cache, {timeoutMs: 300, pollMs: 50})).rejects.toThrow(
        new RegExp(`data/ is locked by build pid ${process.pid} .*gave up after 0 s.*delete .*data\\.lock`)
      );
    } finally {
      held.release();
    }
    expect(existsSync(`${cache}.lock`)).toBe(false);
  });

  it("takes over a lock left by a build that no longer runs", async () => {
    const dead = spawnSync("true").pid;
    writeFileSync(`${cache}.lock`, JSON.stringify({pid: dead, started: "2026-01-01T00:00:00.000Z"}));
    const lock = await acquireCacheLock(cache, {timeoutMs: 1000, pollMs: 50});
    expect(JSON.parse(readFileSync(lock.file, "utf-8")).pid).toBe(process.pid);
    lock.release();
    expect(existsSync(`${cache}.lock`)).toBe(false);
  });
});
