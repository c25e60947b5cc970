import {readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";

import {describe, expect, it} from "vitest";

/**
 * Issue 10, "no hard-coded years or dates in pages": a page takes its years from the data or the source catalogue
 * (src/lib/latest.ts, src/shared/sources.ts), so that the next data refresh needs no page edit. Four digits that look
 * like a year are allowed only where they are part of a name, each with its reason; a fact of law such as the coal
 * exit (COAL_EXIT_YEAR in src/lib/structural-change.ts) lives in src/lib as a named constant.
 */
const ALLOWED: readonly {text: string; reason: string}[] = [
  {text: "WZ 2008", reason: "name of the classification of economic activities (Wirtschaftszweige, Ausgabe 2008)"},
  {text: "KldB 2010", reason: "name of the classification of occupations (Klassifikation der Berufe 2010)"}
];

/** Lines of `text` with a year-like literal (1900–2099) outside the allowed names: "line: text". */
function yearLiterals(text: string): string[] {
  return text.split("\n").flatMap((line, i) => {
    const stripped = ALLOWED.reduce((l, {text: name}) => l.replaceAll(name, ""), line);
    return /(?<!\w)(19|20)\d\d(?!\w)/.test(stripped) ? [`${i + 1}: ${line.trim()}`] : [];
  });
}

/** Every page of the site: src/**\/*.md and page loaders (*.md.ts); /en/ routes are symlinks to the same files. */
function pages(dir = "src"): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.name === "en" || entry.name.startsWith(".")) return [];
    if (entry.isDirectory()) return pages(path);
    return /\.md(\.ts)?$/.test(entry.name) ? [path] : [];
  });
}

describe("pages take their years from the data", () => {
  it("finds a year written into a page, a date, and a source id with its download year", () => {
    expect(yearLiterals("const capacity = capacityOnGrid(plants, {toYear: 2039});")).toHaveLength(1);
    expect(yearLiterals("subtitle: `Stand 26.06.2026`")).toHaveLength(1);
    expect(yearLiterals('sourceLine(["ba-pendleratlas-2016"])')).toHaveLength(1);
    expect(yearLiterals('classification: "KldB 2010", category: "WZ 2008", width: 640')).toEqual([]);
  });

  it("no page (src/**/*.md) holds a year literal outside the named exceptions", () => {
    const files = pages();
    expect(files).toContain(join("src", "beschaeftigung.md"));
    expect(files).toContain(join("src", "kreise", "[code].md"));
    const found = files.flatMap((file) => yearLiterals(readFileSync(file, "utf-8")).map((hit) => `${file}:${hit}`));
    expect(found).toEqual([]);
  });
});
