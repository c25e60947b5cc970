/**
 * Prepares Observable Framework's npm cache so that `observable build` contacts no host.
 *
 * Framework 1.13's client bundle (stdlib) refers to its lazily loaded "recommended libraries" (d3, Plot,
 * DuckDB, …) by `npm:` specifier and, at build time, asks registry.npmjs.org which version each one resolves
 * to (dist/npm.js, resolveNpmVersion). It first looks for a folder `<root>/.observablehq/cache/_npm/<name>@<version>`;
 * an empty folder is enough to answer the question without network. The files themselves are only fetched
 * (from jsDelivr) when a page really uses the implicit global — our pages never do (scripts/check-no-cdn.ts
 * enforces that), so nothing is downloaded. The version named is the one in node_modules where the package is
 * installed, so the lazily referenced path at least names what we ship.
 */
import {existsSync, mkdirSync, readFileSync, readdirSync, rmSync} from "node:fs";
import {join} from "node:path";

import {projectRoot} from "../data-loaders/lib/paths.js";

const frameworkClient = join(projectRoot, "node_modules/@observablehq/framework/dist/client");
const cache = join(projectRoot, "src/.observablehq/cache/_npm");

/** Every package the client bundle names as `npm:<name>…`. */
function referencedPackages(): Set<string> {
  const names = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, {withFileTypes: true})) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".js")) {
        for (const m of readFileSync(path, "utf-8").matchAll(/npm:((?:@[\w.-]+\/)?[\w.-]+)/g)) names.add(m[1]!);
      }
    }
  };
  walk(frameworkClient);
  return names;
}

function installedVersion(name: string): string | undefined {
  // Read node_modules/<name>/package.json directly: many packages do not export "./package.json".
  const path = join(projectRoot, "node_modules", name, "package.json");
  return existsSync(path) ? JSON.parse(readFileSync(path, "utf-8")).version : undefined;
}

// Loader outputs cached by Framework are only refreshed when the loader file itself changes, not when the
// data-loaders/ modules it imports or the data build change: drop them so every build serves fresh output.
const frameworkCache = join(projectRoot, "src/.observablehq/cache");
if (existsSync(frameworkCache)) {
  for (const entry of readdirSync(frameworkCache)) {
    if (!["_npm", "_node", "_jsr"].includes(entry)) rmSync(join(frameworkCache, entry), {recursive: true, force: true});
  }
}

const prepared: string[] = [];
for (const name of [...referencedPackages()].sort()) {
  // Framework pins DuckDB-WASM itself (DUCKDB_WASM_VERSION = 1.29.0); other names take the installed version,
  // or 0.0.0 for packages we do not install (never fetched: no page imports them).
  const version = installedVersion(name) ?? "0.0.0";
  mkdirSync(join(cache, `${name}@${version}`), {recursive: true});
  prepared.push(`${name}@${version}`);
}
console.error(`prepare-framework-cache: ${prepared.length} packages resolved offline (${prepared.join(", ")})`);
