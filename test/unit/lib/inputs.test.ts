// @vitest-environment jsdom
import {describe, expect, it} from "vitest";

import {formatOption, select} from "../../../src/lib/inputs.js";

describe("German Inputs", () => {
  it("labels years without a thousands separator and other numbers in German format", () => {
    expect(formatOption(2024)).toBe("2024");
    expect(formatOption(1234567)).toBe("1.234.567");
    expect(formatOption("Burgenlandkreis")).toBe("Burgenlandkreis");
  });

  it("shows the keys of a Map as option labels and years as years", () => {
    const byMap = select(new Map([["Burgenlandkreis", "15084"]]));
    expect(byMap.querySelector("option")?.textContent).toBe("Burgenlandkreis");
    const byYear = select([2012, 2025]);
    expect([...byYear.querySelectorAll("option")].map((o) => o.textContent)).toEqual(["2012", "2025"]);
  });
});
