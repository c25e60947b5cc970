import {describe, expect, it} from "vitest";

import {
  formatDecimal,
  formatInteger,
  formatPercentChange,
  formatReference,
  formatStichtag,
  numberLocaleOf,
  PAGE_LANG
} from "../../../src/shared/locale.js";

describe("number and date formats per language", () => {
  it("outside a browser the page language is German", () => {
    expect(PAGE_LANG).toBe("de");
    expect(formatInteger(2023873)).toBe("2.023.873");
  });

  it("writes numbers as 1.234,5 in German and 1,234.5 in English", () => {
    expect(formatDecimal(1234.5, 1, "de")).toBe("1.234,5");
    expect(formatDecimal(1234.5, 1, "en")).toBe("1,234.5");
    expect(formatInteger(-2500, "en")).toBe("\u22122,500");
    expect(formatPercentChange(-3.96, 1, "de")).toBe("\u22124,0\u00a0%");
    expect(formatPercentChange(1.2, 1, "en")).toBe("+1.2%");
    expect(numberLocaleOf("en").format(",.0f")(1234567)).toBe("1,234,567");
  });

  it("says keine Daten / no data for a missing value, never 0", () => {
    expect(formatInteger(null, "de")).toBe("keine Daten");
    expect(formatDecimal(Number.NaN, 1, "en")).toBe("no data");
  });

  it("writes dates as 31.12.2024 in German and 31 Dec 2024 in English", () => {
    expect(formatStichtag(2024, "31.12.", "de")).toBe("31.12.2024");
    expect(formatStichtag(2024, "31.12.", "en")).toBe("31 Dec 2024");
    expect(formatStichtag(2025, "30.06.", "en")).toBe("30 Jun 2025");
    expect(formatReference("31.12.2023", "en")).toBe("31 Dec 2023");
    expect(formatReference("Jahresdurchschnitt 2021", "en")).toBe("annual average 2021");
    expect(formatReference("Jahresdurchschnitt 2021", "de")).toBe("Jahresdurchschnitt 2021");
    expect(formatReference("Gebietsstand 31.12.2021", "en")).toBe("territorial status 31 Dec 2021");
  });
});
