/**
 * The data build: builds every dataset in data-loaders/registry.ts from the source mirror, runs the cross-source
 * checks, and only when all succeed writes `data/<name>.parquet` (the thin loaders in src/data/ serve
 * these). A failing dataset or check writes nothing. Prints a summary: dataset, rows, bytes, seconds.
 *
 *   npm run data            build everything
 *   npm run data -- NAME    build only the named datasets (and those before them in the registry), skip checks;
 *                           written only when REVIER_DATA_DIR names a separate folder; there,
 *                           REVIER_DATASETS=a,b builds exactly a and b (nothing before them)
 *
 * One build at a time: a second build waits for the first one's lock (`data.lock`, REVIER_LOCK_TIMEOUT_MS,
 * default 15 min) and then builds; the swap never leaves data/ incomplete (data-loaders/lib/cache-swap.ts).
 */
import {rmSync} from "node:fs";
import {join} from "node:path";

import {SOURCES} from "../src/shared/sources.js";
import {CHECKS} from "./checks/index.js";
import type {BuildContext} from "./dataset.js";
import {acquireCacheLock, swapInCache} from "./lib/cache-swap.js";
import {verifyInputs} from "./lib/manifest.js";
import {toParquet} from "./lib/parquet.js";
import {DATA_DIR, projectRoot, withoutSources} from "./lib/paths.js";
import {UNEMPLOYMENT_EXPORTS} from "./datasets/labour-market.js";
import {ARTIFACTS, DATASETS} from "./registry.js";
import {SIBLING_RULES} from "./validation/siblings.js";

/** A source id with the mirror file it stands for, so that a failed check names the files to look at. */
function sourceFile(id: string): string {
  const path = SOURCES[id]?.path;
  return path ? `${id} = ${path}` : id;
}

export interface BuiltDataset {
  name: string;
  rows: number;
  bytes: Uint8Array;
  seconds: number;
  /** File name in data/; default `<name>.parquet`. */
  file?: string;
}

export function createContext(): BuildContext & {built: Map<string, object[]>} {
  const built = new Map<string, object[]>();
  const memo = new Map<string, unknown>();
  return {
    built,
    rows<Row extends object>(name: string): Row[] {
      const rows = built.get(name);
      if (!rows) throw new Error(`dataset "${name}" has not been built yet (check the order in registry.ts)`);
      return rows as Row[];
    },
    cached<T>(key: string, read: () => T): T {
      if (!memo.has(key)) memo.set(key, read());
      return memo.get(key) as T;
    }
  };
}

/**
 * Builds the datasets (all, or `only` the named ones and those before them in the registry), the artifacts and
 * the checks. `exactly` builds just the named datasets and artifacts, nothing before them, no checks (a dataset
 * that needs another's rows then fails naming it); the concurrency test uses it to keep two builds short.
 */
export async function buildAll(only?: string[], exactly?: string[]): Promise<BuiltDataset[]> {
  // Inputs first: a file that differs from its manifest fails here, named as such, before any reader sees it.
  verifyInputs();
  const optional: string[] = UNEMPLOYMENT_EXPORTS.map((e) => e.source);
  const unknown = withoutSources().filter((id) => !optional.includes(id));
  if (unknown.length) {
    throw new Error(
      `REVIER_WITHOUT_SOURCES: ${unknown.join(", ")} cannot be left out (possible: ${optional.join(", ")})`
    );
  }
  const context = createContext();
  const results: BuiltDataset[] = [];
  if (exactly?.length) only = exactly;
  const last = only?.length
    ? Math.max(...only.map((n) => DATASETS.findIndex((d) => d.name === n)))
    : DATASETS.length - 1;
  const datasets = exactly?.length ? DATASETS.filter((d) => exactly.includes(d.name)) : DATASETS.slice(0, last + 1);
  for (const dataset of datasets) {
    const started = performance.now();
    const rows = await dataset.build(context);
    context.built.set(dataset.name, rows);
    const bytes = toParquet(rows, dataset.schema);
    results.push({name: dataset.name, rows: rows.length, bytes, seconds: (performance.now() - started) / 1000});
  }
  for (const artifact of ARTIFACTS.filter((a) => !only?.length || only.includes(a.file))) {
    const started = performance.now();
    const {content, rows} = await artifact.build(context);
    const bytes = typeof content === "string" ? new TextEncoder().encode(content) : content;
    const seconds = (performance.now() - started) / 1000;
    results.push({name: artifact.file, file: artifact.file, rows, bytes, seconds});
  }
  if (!only?.length) {
    const findings = SIBLING_RULES.flatMap((rule) => rule.check(context));
    if (findings.length) {
      throw new Error(
        `${findings.length} sibling-source rule(s) failed:\n${findings
          .slice(0, 50)
          .map((e) => e.message)
          .join("\n")}`
      );
    }
    const failures = CHECKS.flatMap((check) =>
      check.run(context).map((problem) => `${check.name} (${check.sources.map(sourceFile).join(" vs. ")}): ${problem}`)
    );
    if (failures.length) {
      throw new Error(`${failures.length} cross-source check(s) failed:\n${failures.slice(0, 50).join("\n")}`);
    }
  }
  return results;
}

/**
 * Writes all files into a temporary folder first and swaps it in (data-loaders/lib/cache-swap.ts), so a failure
 * never leaves a partial cache and a reader never sees one. Call while holding the cache lock.
 */
export function writeCache(results: BuiltDataset[]): void {
  swapInCache(
    DATA_DIR,
    results.map(({name, bytes, file}) => ({name: file ?? `${name}.parquet`, bytes})),
    // Test only (test/integration/data-cache-swap-crash.test.ts): die like a killed build between the two renames.
    process.env.REVIER_TEST_CRASH_MID_SWAP ? () => process.kill(process.pid, "SIGKILL") : undefined
  );
  // Framework caches loader output; drop it so the thin loaders serve the new files.
  if (!process.env.REVIER_DATA_DIR) {
    rmSync(join(projectRoot, "src/.observablehq/cache/data"), {recursive: true, force: true});
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const started = performance.now();
  const only = process.argv.slice(2);
  const exactly = process.env.REVIER_DATA_DIR ? process.env.REVIER_DATASETS?.split(",").filter(Boolean) : undefined;
  if (exactly?.length) only.push(...exactly);
  const write = !only.length || Boolean(process.env.REVIER_DATA_DIR);
  // The lock covers the whole build, not only the swap: two builds never interleave, the second one waits.
  const lock = write
    ? await acquireCacheLock(DATA_DIR, {
        timeoutMs: Number(process.env.REVIER_LOCK_TIMEOUT_MS ?? 15 * 60_000),
        onWait: (owner) =>
          console.error(`waiting for the data build pid ${owner.pid} (started ${owner.started}) to finish …`),
        onRestore: (from) => console.error(`restored the last good datasets from ${from} (a build died mid-swap)`)
      })
    : undefined;
  let results: BuiltDataset[];
  try {
    results = await buildAll(only, exactly);
    if (write) writeCache(results);
  } finally {
    lock?.release();
  }
  const total = results.reduce((sum, r) => sum + r.bytes.length, 0);
  console.error("dataset".padEnd(24) + "rows".padStart(10) + "bytes".padStart(12) + "seconds".padStart(10));
  for (const r of results) {
    console.error(
      r.name.padEnd(24) +
        String(r.rows).padStart(10) +
        String(r.bytes.length).padStart(12) +
        r.seconds.toFixed(2).padStart(10)
    );
  }
  console.error(
    "total".padEnd(24) +
      "".padStart(10) +
      String(total).padStart(12) +
      ((performance.now() - started) / 1000).toFixed(2).padStart(10)
  );
  if (only.length)
    console.error(`(partial build: checks skipped, ${write ? `written to ${DATA_DIR}` : "nothing written"})`);
}
