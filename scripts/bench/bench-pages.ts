/**
 * The bench-only pages (bench/*.html, never shipped): fills in the hashed dist/ file names and returns the extra
 * routes for scripts/static-server.ts. Generated HTML goes to a scratch folder, not into dist/.
 */
import {mkdirSync, readFileSync, writeFileSync} from "node:fs";
import {join} from "node:path";

import {findHashed} from "./dist-files.js";
import type {PageSpec} from "./pages.js";

export interface BuiltModules {
  db: string;
  parquet: string;
  stylesheet?: string;
  /** src/lib/sector-structure.ts as built, for the /branchen update path; absent in an older dist/. */
  sectorStructure?: string;
  /** The branchen_occupations view as /branchen fetches it. */
  branchenData?: string;
}

/** The built modules every bench page needs; throws naming the file when dist/ lacks one. */
export function builtModules(dist: string): BuiltModules {
  const need = (logical: string) => {
    const found = findHashed(dist, logical);
    if (!found) throw new Error(`dist/ has no ${logical} (with or without hash): is dist/ built from this tree?`);
    return `/${found}`;
  };
  const optional = (logical: string) => {
    const found = findHashed(dist, logical);
    return found && `/${found}`;
  };
  return {
    db: need("_import/components/db.js"),
    parquet: need("_import/shared/parquet.js"),
    stylesheet: optional("_import/style.css"),
    sectorStructure: optional("_import/lib/sector-structure.js"),
    branchenData: optional("_file/data/branchen_occupations.parquet")
  };
}

function fill(template: string, head: string[], config: object): string {
  return template
    .replace("<!--bench:head-->", head.join("\n    "))
    .replace("/*bench:config*/", JSON.stringify(config).replace(/</g, "\\u003c"));
}

function headFor(modules: string[], stylesheet?: string): string[] {
  return [
    ...(stylesheet ? [`<link rel="stylesheet" type="text/css" href="${stylesheet}">`] : []),
    ...modules.map((m) => `<link rel="modulepreload" href="${m}">`)
  ];
}

/**
 * Writes the naive page for one PageSpec; returns its route, or a reason why it cannot be built (no naive spec,
 * data file or chart module missing from dist/).
 */
export function writeNaivePage(
  benchDir: string,
  dist: string,
  scratch: string,
  page: PageSpec,
  modules: BuiltModules
): {route: string; file: string} | {skip: string} {
  if (!page.naive) return {skip: "no naive variant defined in scripts/bench/pages.ts"};
  const chart = findHashed(dist, page.naive.chart.module);
  if (!chart) return {skip: `dist/ has no ${page.naive.chart.module}`};
  const tables: {table: string; data: string}[] = [];
  for (const {table, data} of page.naive.tables) {
    const file = findHashed(dist, data);
    if (!file) return {skip: `dist/ has no ${data}`};
    tables.push({table, data: `/${file}`});
  }
  const config = {
    db: modules.db,
    parquet: modules.parquet,
    chart: `/${chart}`,
    export: page.naive.chart.export,
    options: page.naive.options ?? {},
    tables,
    sql: page.naive.sql
  };
  const html = fill(
    readFileSync(join(benchDir, "naive.html"), "utf-8"),
    headFor([modules.db, modules.parquet, config.chart], modules.stylesheet),
    config
  );
  const slug = page.route === "/" ? "index" : page.route.slice(1).replace(/\//g, "_");
  mkdirSync(scratch, {recursive: true});
  const file = join(scratch, `naive-${slug}.html`);
  writeFileSync(file, html);
  return {route: `/__bench/naive/${slug}`, file};
}

/** Writes the DuckDB harness page; returns its route and file. */
export function writeHarnessPage(
  benchDir: string,
  scratch: string,
  modules: BuiltModules
): {route: string; file: string} {
  const html = fill(readFileSync(join(benchDir, "harness.html"), "utf-8"), headFor([modules.db, modules.parquet]), {
    db: modules.db,
    parquet: modules.parquet,
    sectorStructure: modules.sectorStructure ?? null,
    branchenData: modules.branchenData ?? null
  });
  mkdirSync(scratch, {recursive: true});
  const file = join(scratch, "harness.html");
  writeFileSync(file, html);
  return {route: "/__bench/harness", file};
}
