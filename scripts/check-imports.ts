/**
 * Import circles and the shared core: builds the graph of relative imports (value and type imports alike, static
 * and dynamic) over src/, data-loaders/, scripts/ and observablehq.config.ts and fails on any cycle, and on any
 * import of data-loaders/ or src/shared/ that leaves the modules they may use. A circle means two modules cannot be
 * read, tested or moved one without the other; the layers `src/*.md → src/components → src/lib → src/shared ←
 * data-loaders ← src/data/*.ts` only hold if imports point one way. ESLint's `no-restricted-imports`
 * (eslint.config.js) flags the same layer imports in the editor by their specifier; this check resolves every
 * import to its file, so no spelling of a path slips through.
 *
 *   npx tsx scripts/check-imports.ts     prints every cycle, exit code 1 if there is one
 *
 * The test test/scripts/check-imports.test.ts runs the same check in `npm test`.
 */
import {existsSync, readdirSync, readFileSync, statSync} from "node:fs";
import {dirname, join, relative, resolve} from "node:path";

import ts from "typescript";

import {projectRoot} from "../data-loaders/lib/paths.js";

/** Folders and single files whose modules take part in the check. */
export const ROOTS = ["src", "data-loaders", "scripts", "observablehq.config.ts"];
const SKIP = new Set(["node_modules", ".observablehq", "dist"]);

function tsFiles(path: string): string[] {
  if (!existsSync(path)) return [];
  if (statSync(path).isFile()) return path.endsWith(".ts") ? [path] : [];
  return readdirSync(path, {withFileTypes: true}).flatMap((entry) =>
    // Symlinks (src/en/ points at the German page sources) would count a module twice.
    SKIP.has(entry.name) || entry.isSymbolicLink() ? [] : tsFiles(join(path, entry.name))
  );
}

/** The module a relative specifier points to (`./x.js` → `x.ts`, `./dir` → `dir/index.ts`), or undefined. */
export function resolveImport(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith(".")) return undefined;
  const base = resolve(dirname(from), specifier);
  const candidates = [
    base.replace(/\.js$/, ".ts"),
    base,
    `${base}.ts`,
    join(base, "index.ts"),
    base.replace(/\.js$/, "/index.ts")
  ];
  return candidates.find((candidate) => candidate.endsWith(".ts") && existsSync(candidate));
}

/** Relative imports of one source text; the TypeScript scanner skips strings, templates and comments. */
export function importsOf(file: string, text: string): string[] {
  const {importedFiles} = ts.preProcessFile(text, true, true);
  return importedFiles.flatMap(({fileName}) => resolveImport(file, fileName) ?? []);
}

/** Module → the modules it imports, paths relative to `root`. */
export function importGraph(root = projectRoot, roots = ROOTS): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of roots.flatMap((r) => tsFiles(join(root, r)))) {
    const imports = importsOf(file, readFileSync(file, "utf8"));
    graph.set(
      relative(root, file),
      imports.map((i) => relative(root, i))
    );
  }
  return graph;
}

/**
 * Every strongly connected component with more than one module (or a module importing itself), each reported as
 * one concrete cycle `a → b → … → a` so the message names the imports to cut. Tarjan's algorithm, iterative.
 */
export function findCycles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;
  for (const start of [...graph.keys()].sort()) {
    if (index.has(start)) continue;
    const work: [string, number][] = [[start, 0]];
    while (work.length) {
      const frame = work[work.length - 1]!;
      const [node, next] = frame;
      if (next === 0) {
        index.set(node, counter);
        low.set(node, counter++);
        stack.push(node);
        onStack.add(node);
      }
      const edges = graph.get(node) ?? [];
      if (next < edges.length) {
        frame[1] = next + 1;
        const target = edges[next]!;
        if (!index.has(target)) work.push([target, 0]);
        else if (onStack.has(target)) low.set(node, Math.min(low.get(node)!, index.get(target)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent[0], Math.min(low.get(parent[0])!, low.get(node)!));
      if (low.get(node) === index.get(node)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== node);
        if (component.length > 1 || edges.includes(node)) components.push(component);
      }
    }
  }
  return components.map((component) => cycleWithin(graph, new Set(component)));
}

/** One shortest cycle through the alphabetically first module of a strongly connected component. */
function cycleWithin(graph: Map<string, string[]>, members: Set<string>): string[] {
  const start = [...members].sort()[0]!;
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length) {
    const node = queue.shift()!;
    for (const target of graph.get(node) ?? []) {
      if (!members.has(target)) continue;
      if (target === start) {
        const path = [start];
        for (let at = node; at !== start; at = previous.get(at)!) path.splice(1, 0, at);
        return [...path, start];
      }
      if (!previous.has(target)) {
        previous.set(target, node);
        queue.push(target);
      }
    }
  }
  return [start, start];
}

/**
 * Which project modules a layer may import (paths relative to the root): `src/shared/` is the contract between
 * the build and the browser and imports nothing else of the project; `data-loaders/` imports only itself and
 * `src/shared/`, so that browser code (src/lib, src/components) can change without touching the data build.
 */
export const LAYERS: readonly {layer: string; may: readonly string[]}[] = [
  {layer: "src/shared/", may: ["src/shared/"]},
  {layer: "data-loaders/", may: ["data-loaders/", "src/shared/"]}
];

/** Imports that leave a layer's allowed modules, as "importer → imported" (empty when the layers hold). */
export function layerViolations(graph: Map<string, string[]>, layers = LAYERS): string[] {
  return [...graph].flatMap(([from, imports]) => {
    const rule = layers.find(({layer}) => from.startsWith(layer));
    if (!rule) return [];
    return imports.filter((to) => !rule.may.some((m) => to.startsWith(m))).map((to) => `${from} → ${to}`);
  });
}

function mdFiles(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) =>
    SKIP.has(entry.name) || entry.isSymbolicLink()
      ? []
      : entry.isDirectory()
        ? mdFiles(join(dir, entry.name))
        : entry.name.endsWith(".md")
          ? [join(dir, entry.name)]
          : []
  );
}

/**
 * Pages (src/**\/*.md) that import the build: ESLint does not read Markdown, and a page importing data-loaders/
 * would pull Node code into the browser. Returns "file:line: specifier" for each.
 */
export function pageLayerViolations(root = projectRoot): string[] {
  return mdFiles(join(root, "src")).flatMap((file) =>
    readFileSync(file, "utf8")
      .split("\n")
      .flatMap((line, i) =>
        /(from\s*|import\s*\(\s*)["'][^"']*data-loaders\//.test(line)
          ? [`${relative(root, file)}:${i + 1}: ${line.trim()}`]
          : []
      )
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const graph = importGraph();
  const cycles = findCycles(graph);
  for (const cycle of cycles) console.error(`import circle: ${cycle.join(" → ")}`);
  const layers = layerViolations(graph);
  for (const layer of layers) console.error(`import outside its layer: ${layer}`);
  const pages = pageLayerViolations();
  for (const page of pages) console.error(`page imports the build: ${page}`);
  if (cycles.length || layers.length || pages.length) process.exit(1);
  console.error(
    "no import circles, data-loaders/ and src/shared/ import only src/shared/, no page imports data-loaders/"
  );
}
