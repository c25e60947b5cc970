import {readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";

import {describe, expect, it} from "vitest";

import {dictionary, parts} from "../../../src/shared/i18n/dictionary.js";
import {t} from "../../../src/shared/i18n/index.js";

describe("the dictionary", () => {
  it("has a German and an English text for every key, and no key in two area modules", () => {
    const seen = new Map<string, string>();
    for (const [area, entries] of Object.entries(parts)) {
      for (const [key, entry] of Object.entries(entries as Record<string, {de: string; en: string}>)) {
        expect(seen.get(key), `${key} is defined in ${seen.get(key)} and ${area}`).toBeUndefined();
        seen.set(key, area);
        expect(entry.de.trim(), `${area}: ${key} has no German text`).not.toBe("");
        expect(entry.en.trim(), `${area}: ${key} has no English text`).not.toBe("");
      }
    }
  });

  it("t() returns the language's text and throws on an unknown key", () => {
    expect(t("de", "value.missing")).toBe("keine Daten");
    expect(t("en", "value.missing")).toBe("no data");
    expect(() => t("en", "no.such.key" as never)).toThrow(/unknown key "no.such.key"/);
  });
});

describe("keys used in the code", () => {
  it('every t(lang, "key") literal in src/, scripts/ and the config exists in the dictionary', () => {
    const files = [
      ...readdirSync("src", {recursive: true, encoding: "utf-8"})
        .filter((f) => /\.(ts|md)$/.test(f) && !f.startsWith("en/") && !f.startsWith(".observablehq"))
        .map((f) => join("src", f)),
      ...readdirSync("scripts", {recursive: true, encoding: "utf-8"})
        .filter((f) => f.endsWith(".ts"))
        .map((f) => join("scripts", f)),
      "observablehq.config.ts"
    ];
    const used: string[] = [];
    const unknown: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, "utf-8");
      for (const match of text.matchAll(/\bt\(\s*[\w.]+\s*,\s*["'`]([\w.-]+)["'`]/g)) {
        used.push(match[1]!);
        if (!(match[1]! in dictionary)) unknown.push(`${file}: ${match[1]}`);
      }
    }
    expect(used.length).toBeGreaterThan(3);
    expect(unknown).toEqual([]);
  });
});
