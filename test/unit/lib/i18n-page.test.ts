import {describe, expect, it} from "vitest";

import {langOfPath, routeIn} from "../../../src/shared/i18n/page.js";

describe("language of a route", () => {
  it("is English under /en/ and German elsewhere", () => {
    expect(langOfPath("/en/")).toBe("en");
    expect(langOfPath("/en")).toBe("en");
    expect(langOfPath("/en/kreise/15084")).toBe("en");
    expect(langOfPath("/revier-monitor/en/bevoelkerung")).toBe("en");
    expect(langOfPath("/")).toBe("de");
    expect(langOfPath("/branchen")).toBe("de");
  });

  it("routeIn maps a Framework page path to the same route in the other language", () => {
    expect(routeIn("/index", "en")).toBe("/en/");
    expect(routeIn("/en/index", "de")).toBe("/");
    expect(routeIn("/bevoelkerung", "en")).toBe("/en/bevoelkerung");
    expect(routeIn("/en/kreise/15084", "de")).toBe("/kreise/15084");
    expect(routeIn("/kreise/index", "en")).toBe("/en/kreise/");
    expect(routeIn("/en/vergleich", "en")).toBe("/en/vergleich");
  });
});
