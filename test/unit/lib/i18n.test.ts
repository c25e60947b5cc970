import {describe, expect, it} from "vitest";

import {parts} from "../../../src/lib/i18n/dictionary.js";
import {t} from "../../../src/lib/i18n/index.js";

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
