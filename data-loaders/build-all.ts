/**
 * The data build: builds every dataset in data-loaders/registry.ts from the source mirror, runs the cross-source
 * checks, and only when all succeed writes `data-cache/<name>.parquet` (the thin loaders in src/data/ serve
 * these). A failing dataset or check writes nothing. Prints a summary: dataset, rows, bytes, seconds.
 *
 *   npm run data            build everything
 *   npm run data -- NAME    build only the named datasets (and those before them in the registry), skip checks
 */
import {mkdirSync, renameSync, rmSync, writeFileSync} from "node:fs";
import {join} from "node:path";

import {CHECKS} from "./checks.js";
import type {BuildContext} from "./dataset.js";
import {toParquet} from "./lib/parquet.js";
import {DATA_CACHE, projectRoot} from "./lib/paths.js";
import {ARTIFACTS, DATASETS} from "./registry.js";

export interface BuiltDataset {
  name: string;
  rows: number;
  bytes: Uint8Array;
  seconds: number;
  /** File name in data-cache/; default `<name>.parquet`. */
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

export async function buildAll(only?: string[]): Promise<BuiltDataset[]> {
  const context = createContext();
  const results: BuiltDataset[] = [];
  const last = only?.length
    ? Math.max(...only.map((n) => DATASETS.findIndex((d) => d.name === n)))
    : DATASETS.length - 1;
  for (const dataset of DATASETS.slice(0, last + 1)) {
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
    const failures = CHECKS.flatMap((check) =>
      check.run(context).map((problem) => `${check.name} (${check.sources.join(" vs. ")}): ${problem}`)
    );
    if (failures.length) {
      throw new Error(`${failures.length} cross-source check(s) failed:\n${failures.slice(0, 50).join("\n")}`);
    }
  }
  return results;
}

/** Writes all files into a temporary folder first and swaps it in, so a failure never leaves a partial cache. */
export function writeCache(results: BuiltDataset[]): void {
  const temporary = `${DATA_CACHE}.tmp-${process.pid}`;
  rmSync(temporary, {recursive: true, force: true});
  mkdirSync(temporary, {recursive: true});
  for (const {name, bytes, file} of results) writeFileSync(join(temporary, file ?? `${name}.parquet`), bytes);
  rmSync(DATA_CACHE, {recursive: true, force: true});
  renameSync(temporary, DATA_CACHE);
  // Framework caches loader output; drop it so the thin loaders serve the new files.
  rmSync(join(projectRoot, "src/.observablehq/cache/data"), {recursive: true, force: true});
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const started = performance.now();
  const only = process.argv.slice(2);
  const results = await buildAll(only);
  if (!only.length) writeCache(results);
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
  if (only.length) console.error("(partial build: nothing written, checks skipped)");
}
