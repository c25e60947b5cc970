/**
 * Lint for the CDN-free build: Observable Framework downloads `npm:` imports and the implicit globals (Plot, d3,
 * Inputs, html, aq, Arrow, DuckDBClient, sql blocks, FileAttachment parsers) from jsDelivr. Pages and components
 * must import every library explicitly from node_modules. This scans src/ and fails with file and line.
 */
import {readFileSync, readdirSync} from "node:fs";
import {join, relative} from "node:path";

import {projectRoot} from "../data-loaders/lib/paths.js";

const RULES: [RegExp, string][] = [
  [/(from\s*|import\s*\(\s*|import\s+)["']npm:/, "npm: import (downloads from jsDelivr); import from node_modules"],
  [/^```\s*sql\b/, "sql code block (needs DuckDBClient from jsDelivr); use src/components/db.ts"],
  [/^sql:/, "sql front matter (needs DuckDBClient from jsDelivr); use src/components/db.ts"],
  [
    /\bFileAttachment\([^)]*\)\s*\.\s*(csv|tsv|parquet|arrow|xlsx|zip|sqlite|image|dsv)\s*\(/,
    "FileAttachment parser loads its library from jsDelivr; use .arrayBuffer()/.json()/.text()"
  ],
  [/\bDuckDBClient\b/, "DuckDBClient comes from jsDelivr; use src/components/db.ts"]
];

/** Implicit globals Framework maps to npm: imports when a page uses them without importing them. */
const GLOBALS = [
  "Plot",
  "d3",
  "Inputs",
  "html",
  "svg",
  "aq",
  "Arrow",
  "L",
  "mapboxgl",
  "topojson",
  "_",
  "vl",
  "vg",
  "tex",
  "dot",
  "mermaid",
  "React",
  "ReactDOM",
  "echarts"
];

function files(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    if (entry.name.startsWith(".")) return [];
    const path = join(dir, entry.name);
    return entry.isDirectory() ? files(path) : /\.(md|ts|js)$/.test(entry.name) ? [path] : [];
  });
}

const problems: string[] = [];
for (const file of files(join(projectRoot, "src"))) {
  const text = readFileSync(file, "utf-8");
  const lines = text.split("\n");
  lines.forEach((line, i) => {
    for (const [pattern, message] of RULES) {
      if (pattern.test(line)) problems.push(`${relative(projectRoot, file)}:${i + 1}: ${message}`);
    }
  });
  if (file.endsWith(".md")) {
    const code = [...text.matchAll(/```js\n([\s\S]*?)```|\$\{([\s\S]*?)\}/g)].map((m) => m[1] ?? m[2]).join("\n");
    for (const name of GLOBALS) {
      const used = new RegExp(`(^|[^\\w.$])${name.replace("$", "\\$")}\\s*[.(\`]`, "m").test(code);
      const imported = new RegExp(`import\\s+[^;]*\\b${name}\\b[^;]*from`, "m").test(code);
      if (used && !imported)
        problems.push(`${relative(projectRoot, file)}: uses ${name} without importing it (implicit global → jsDelivr)`);
    }
  }
}
if (problems.length) {
  console.error(problems.join("\n"));
  process.exit(1);
}
console.error("check-no-cdn: no npm: imports, implicit globals or sql blocks in src/");
