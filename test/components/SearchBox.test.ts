// @vitest-environment jsdom
import {describe, expect, it, vi} from "vitest";

import {filterRows, SearchBox} from "../../src/components/SearchBox.js";
import {expectSnapshot} from "./snapshot.js";

// Made-up fixture (test/fixtures/README.md): invented names, not the Gemeindeverzeichnis.
const rows = [
  {name: "Zeitz, Stadt", kreis: "Burgenlandkreis"},
  {name: "Droyßiger-Zeitzer Forst", kreis: "Burgenlandkreis"},
  {name: "Halle (Saale), Stadt", kreis: "Halle (Saale)"}
];

describe("SearchBox", () => {
  it("renders the made-up fixture as in test/snapshots/SearchBox", () => {
    expectSnapshot("SearchBox", SearchBox(rows, {columns: ["name"], label: "Gemeinde suchen", lang: "de"}));
  });

  it("matches word starts only, every word of the query, in any listed column", () => {
    expect(filterRows(rows, "Zeitz", ["name"]).map((r) => r.name)).toEqual(["Zeitz, Stadt"]);
    expect(filterRows(rows, "stadt burgen", ["name", "kreis"]).map((r) => r.name)).toEqual(["Zeitz, Stadt"]);
    expect(filterRows(rows, "", ["name"])).toHaveLength(3);
    expect(filterRows(rows, "(saale", ["name"]).map((r) => r.name)).toEqual(["Halle (Saale), Stadt"]);
  });

  it("updates its value and hit count on input, and the input event reaches the form (Framework's view)", () => {
    const box = SearchBox(rows, {columns: ["name"], label: "Gemeinde suchen", query: "Halle", lang: "de"});
    expect(box.value).toHaveLength(1);
    const listener = vi.fn();
    box.addEventListener("input", listener);
    const input = box.querySelector("input")!;
    input.value = "Stadt";
    input.dispatchEvent(new Event("input", {bubbles: true}));
    expect(listener).toHaveBeenCalledTimes(1);
    expect(box.value.map((r) => r.name)).toEqual(["Zeitz, Stadt", "Halle (Saale), Stadt"]);
    expect(box.query).toBe("Stadt");
    expect(box.querySelector("output")!.value).toBe("2 Treffer");
  });

  it("labels its field and sets no inline event-handler attribute", () => {
    const box = SearchBox(rows, {columns: ["name"], label: "Gemeinde suchen", lang: "en"});
    const input = box.querySelector("input")!;
    expect(box.querySelector(`label[for="${input.id}"]`)!.textContent).toBe("Gemeinde suchen");
    expect(box.outerHTML).not.toMatch(/\son[a-z]+=/i);
    const unlabelled = SearchBox(rows, {columns: ["name"], placeholder: "Search district …", lang: "en"});
    expect(unlabelled.querySelector("input")!.getAttribute("aria-label")).toBe("Search district …");
  });
});
