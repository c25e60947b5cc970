import {describe, expect, it} from "vitest";

import {
  decodeHash,
  flagParam,
  noticeText,
  oneOf,
  regionListParam,
  regionParam,
  shorten,
  validateParam,
  yearParam
} from "../../../src/lib/url-state.js";

// Made-up allowed sets standing for what a page reads from its data (see test/fixtures/README.md, "url state").
const NAMES: Record<string, string> = {
  "15084": "Burgenlandkreis",
  "14729": "Leipzig",
  "REV-MD": "Mitteldeutsches Revier"
};
const name = (code: string) => NAMES[code] ?? code;
const region = regionParam(Object.keys(NAMES), "15084", name);

describe("validateParam", () => {
  it("keeps an allowed region and reports nothing", () => {
    expect(validateParam("region", "14729", region)).toEqual({value: "14729", rejected: null});
  });

  it("falls back to the default region for an unknown code and says which region it shows", () => {
    const result = validateParam("region", "99999", region);
    expect(result.value).toBe("15084");
    expect(noticeText("de", [result.rejected])).toBe("Region 99999 unbekannt – zeige Burgenlandkreis");
    expect(noticeText("en", [result.rejected])).toBe("Region 99999 unknown – showing Burgenlandkreis");
  });

  it("uses the default without a notice when the parameter is absent", () => {
    expect(validateParam("region", null, region)).toEqual({value: "15084", rejected: null});
  });

  it("rejects years outside the data and anything that is not a four-digit year", () => {
    const years = yearParam([2013, 2014, 2015], 2013);
    expect(validateParam("jahr", "2014", years).value).toBe(2014);
    for (const raw of ["2031", "1990", "2014.5", "abc", "", "02014"]) {
      const result = validateParam("jahr", raw, years);
      expect(result.value, raw).toBe(2013);
      expect(result.rejected?.kind, raw).toBe("year");
    }
    expect(noticeText("en", [validateParam("jahr", "2031", years).rejected])).toBe(
      "Year 2031 not in the data – showing 2013"
    );
  });

  it("a region list keeps the known codes and names the unknown ones", () => {
    const list = regionListParam(Object.keys(NAMES), ["REV-MD"], name, 8);
    const mixed = validateParam("r", "15084,99999,14729,15084", list);
    expect(mixed.value).toEqual(["15084", "14729"]);
    expect(noticeText("de", [mixed.rejected])).toBe("Region 99999 unbekannt – zeige Burgenlandkreis, Leipzig");
    const none = validateParam("r", "<script>,99999", list);
    expect(none.value).toEqual(["REV-MD"]);
    expect(none.rejected?.raw).toBe("<script>,99999");
  });

  it("a select key outside its options falls back, and flags are 1 or 0", () => {
    const basis = oneOf(["bev", "svb"], "bev");
    expect(validateParam("karte", "svb", basis).value).toBe("svb");
    expect(noticeText("de", [validateParam("karte", "x", basis).rejected])).toBe("karte=x ungültig – zeige bev");
    expect(validateParam("staedte", "1", flagParam()).value).toBe(true);
    expect(validateParam("staedte", "yes", flagParam()).rejected?.raw).toBe("yes");
  });

  it("joins several notices into one line and is empty when all are valid", () => {
    const a = validateParam("region", "1", region).rejected;
    const b = validateParam("jahr", "3000", yearParam([2020], 2020)).rejected;
    expect(noticeText("de", [a, null, b])).toBe(
      "Region 1 unbekannt – zeige Burgenlandkreis · Jahr 3000 nicht in den Daten – zeige 2020"
    );
    expect(noticeText("de", [null, null])).toBe("");
  });
});

describe("hostile URLs (issue 22)", () => {
  // 400 made-up five-digit codes standing for the Kreise a comparison could list.
  const codes = Array.from({length: 400}, (_, i) => String(10000 + i * 7));

  it("caps a comparison of all 400 regions at 12 and says so", () => {
    const list = regionListParam(codes, ["REV-MD"]);
    const all = validateParam("r", codes.join(","), list);
    expect(all.value).toEqual(codes.slice(0, 12));
    expect(noticeText("de", [all.rejected])).toBe("400 Regionen angefragt, höchstens 12 möglich – zeige die ersten 12");
    expect(noticeText("en", [all.rejected])).toBe("400 regions requested, at most 12 possible – showing the first 12");
    expect(validateParam("r", codes.slice(0, 12).join(","), list).rejected).toBeNull();
  });

  it("echoes at most about 60 characters of unknown input, with the number of items left out", () => {
    const unknown = Array.from({length: 500}, (_, i) => `X${i}`).join(",");
    const text = noticeText("de", [validateParam("r", unknown, regionListParam(codes, ["15084"], name)).rejected]);
    expect(text.length).toBeLessThan(160);
    expect(text).toMatch(/^Region X0,X1,[^ ]* … \(\+4\d\d weitere\) unbekannt – zeige Burgenlandkreis$/);
    expect(shorten("en", "a".repeat(3000))).toBe("a".repeat(60) + "…");
    expect(shorten("en", "15084")).toBe("15084");
  });

  it("ignores a malformed hash instead of throwing a URIError", () => {
    expect(decodeHash("#%E0%A4%A")).toBe("");
    expect(decodeHash("#panel-svb")).toBe("panel-svb");
    expect(decodeHash("#gr%C3%B6%C3%9Fe")).toBe("größe");
  });
});
