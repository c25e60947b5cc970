// @vitest-environment jsdom
import {describe, expect, it, vi} from "vitest";

import {DataTable} from "../../src/components/DataTable.js";
import {expectSnapshot} from "./snapshot.js";

// Made-up fixture (test/fixtures/README.md): three invented Gemeinden with round numbers, one without an area.
const rows = [
  {name: "Aachtal", population: 1200, area: 12.5},
  {name: "Öhringen", population: 800, area: null},
  {name: "Zeitzer Land", population: 30000, area: 80.25}
];

const table = (options = {}) =>
  DataTable(rows, {
    columns: ["name", "population", "area"],
    header: {name: "Gemeinde", population: "Einwohner", area: "Fläche (km²)"},
    lang: "de",
    label: "Gemeinden",
    ...options
  });

const column = (root: Element, index: number) =>
  [...root.querySelectorAll("tbody tr")].map((tr) => tr.querySelectorAll("td")[index]!.textContent);

describe("DataTable", () => {
  it("renders the made-up fixture as in test/snapshots/DataTable", () => {
    expectSnapshot("DataTable", table({sort: "population", reverse: true, select: true}));
  });

  it("sets no inline event-handler attribute (the strict CSP reports every one, issue 23)", () => {
    const markup = table({select: true}).outerHTML;
    expect(markup).not.toMatch(/\son[a-z]+=/i);
  });

  it("sorts by a column when its header button is clicked, descending on the second click, missing values last", () => {
    const root = table();
    const button = root.querySelectorAll<HTMLButtonElement>("th button")[2]!;
    button.click();
    expect(column(root, 0)).toEqual(["Aachtal", "Zeitzer Land", "Öhringen"]);
    expect(button.parentElement!.getAttribute("aria-sort")).toBe("ascending");
    button.click();
    expect(column(root, 0)).toEqual(["Zeitzer Land", "Aachtal", "Öhringen"]);
    expect(button.parentElement!.getAttribute("aria-sort")).toBe("descending");
  });

  it("sorts names in German collation (Ö with O, not after Z) and formats numbers in the table's language", () => {
    const root = table({sort: "name"});
    expect(column(root, 0)).toEqual(["Aachtal", "Öhringen", "Zeitzer Land"]);
    expect(column(root, 1)).toEqual(["1.200", "800", "30.000"]);
    expect(column(root, 2)).toEqual(["12,5", "", "80,25"]);
  });

  it("selects a row with its labelled radio and tells view() with an input event", () => {
    const root = table({select: true, sort: "name"});
    document.body.append(root); // a radio reacts to clicks only when connected
    const listener = vi.fn();
    root.addEventListener("input", listener);
    expect(root.value).toBeNull();
    const radio = root.querySelectorAll<HTMLInputElement>("tbody input[type=radio]")[2]!;
    expect(radio.getAttribute("aria-label")).toBe("Zeile auswählen: Zeitzer Land");
    radio.click();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(root.value).toBe(rows[2]);
    // The selection survives a re-sort.
    root.querySelector<HTMLButtonElement>("th button")!.click();
    expect(root.querySelector<HTMLInputElement>("tbody input:checked")!.getAttribute("aria-label")).toContain(
      "Zeitzer Land"
    );
  });

  it("selects a row when any of its cells is clicked", () => {
    const root = table({select: true, sort: "name"});
    document.body.append(root);
    root.querySelectorAll<HTMLElement>("tbody tr")[1]!.querySelectorAll("td")[2]!.click();
    expect(root.value).toBe(rows[1]);
  });

  it("is a focusable, named scroll region", () => {
    const scroll = table().querySelector(".rm-datatable-scroll")!;
    expect(scroll.getAttribute("role")).toBe("region");
    expect(scroll.getAttribute("tabindex")).toBe("0");
    expect(scroll.getAttribute("aria-label")).toBe("Gemeinden");
  });

  it("renders a long table in portions and adds rows as the reader scrolls to the end", () => {
    const many = Array.from({length: 500}, (_, i) => ({name: `Gemeinde ${i}`, population: i}));
    const root = DataTable(many, {rows: 10, lang: "en"});
    const tbody = root.querySelector("tbody")!;
    expect(tbody.children).toHaveLength(20);
    const scroll = root.querySelector<HTMLElement>(".rm-datatable-scroll")!;
    Object.defineProperties(scroll, {
      scrollTop: {value: 400, configurable: true},
      clientHeight: {value: 264, configurable: true},
      scrollHeight: {value: 600, configurable: true}
    });
    scroll.dispatchEvent(new Event("scroll"));
    expect(tbody.children).toHaveLength(40);
  });
});
