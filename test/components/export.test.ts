// @vitest-environment jsdom
import type {FeatureCollection} from "geojson";
import {beforeAll, describe, expect, it} from "vitest";
import * as XLSX from "@e965/xlsx";

import {AgeStructureChart} from "../../src/components/AgeStructureChart.js";
import {BarList} from "../../src/components/BarList.js";
import {CapacityChart} from "../../src/components/CapacityChart.js";
import {ChangeComponentsChart} from "../../src/components/ChangeComponentsChart.js";
import {Choropleth} from "../../src/components/Choropleth.js";
import {CommuterChart} from "../../src/components/CommuterChart.js";
import {DependencyChart} from "../../src/components/DependencyChart.js";
import {CHAR_WIDTH, composeSvg, type ExportSize, resolvePaint, svgString} from "../../src/components/export.js";
import {Figure} from "../../src/components/figure.js";
import {GemeindenMap} from "../../src/components/GemeindenMap.js";
import {LineChart} from "../../src/components/LineChart.js";
import {LocationQuotientChart} from "../../src/components/LocationQuotientChart.js";
import {PlantMap} from "../../src/components/PlantMap.js";
import {PlantTimeline} from "../../src/components/PlantTimeline.js";
import {PortfolioChart} from "../../src/components/PortfolioChart.js";
import {QuadrantChart} from "../../src/components/QuadrantChart.js";
import {SectorShareChart} from "../../src/components/SectorShareChart.js";
import {column, figureWorkbook, licencesIn} from "../../src/lib/xlsx.js";
import {lineBreaks, lineRows} from "../fixtures/components.js";
import {expectSnapshot} from "./snapshot.js";

// Made-up values and shapes for rendering tests (see test/fixtures/README.md); not official figures.
const square = (code: string, name: string, x: number, y: number) => ({
  type: "Feature" as const,
  id: code,
  properties: {code, name},
  geometry: {
    type: "Polygon" as const,
    coordinates: [
      [
        [x, y],
        [x, y + 0.5],
        [x + 0.5, y + 0.5],
        [x + 0.5, y],
        [x, y]
      ]
    ]
  }
});
const kreise: FeatureCollection = {
  type: "FeatureCollection",
  features: [
    square("15084", "Kreis A", 11.5, 51),
    square("15088", "Kreis B", 12, 51),
    square("14729", "Kreis C", 12.5, 51)
  ]
};
const years = [2019, 2020, 2021];
const twoRegions = ["Region A", "Region B"].flatMap((name, i) =>
  years.map((year, j) => ({name, year, value: 1000 + 10 * i + j, index: 100 + i + j}))
);

/** Each chart component with a small made-up fixture that exercises its colour legend. */
const CHARTS: Record<string, () => Element> = {
  IndexChart: () => LineChart(twoRegions, {y: "index", baseYear: 2019, width: 640}),
  LineChart: () => LineChart(twoRegions, {width: 640, yLabel: "Personen", zero: true, dots: "all", missing: true}),
  BarList: () =>
    BarList(
      [
        {label: "Bergbau (B)", value: 3.2, group: "Kreis"},
        {label: "Handel (G)", value: 0.9, group: "Land"}
      ],
      {width: 640, xLabel: "Standortquotient"}
    ),
  BarListSingle: () => BarList([{label: "Bergbau (B)", value: 3.2}], {width: 640, xLabel: "Standortquotient"}),
  CommuterChart: () =>
    CommuterChart(
      [
        {year: 2020, inCommuters: 100, outCommuters: 200, balance: -100},
        {year: 2021, inCommuters: 120, outCommuters: 190, balance: -70}
      ],
      {width: 640}
    ),
  CapacityChart: () =>
    CapacityChart(
      [
        {year: 2025, plant: "Kraftwerk A", capacity: 900, basis: "stilllegungsjahr"},
        {year: 2025, plant: "Kraftwerk B", capacity: 400, basis: "stilllegungsjahr"},
        {year: 2026, plant: "Kraftwerk A", capacity: 900, basis: "stilllegungsjahr"}
      ] as never,
      {width: 640}
    ),
  SectorShareChart: () =>
    SectorShareChart(
      years.flatMap((year) => [
        {year, sector: "Industrie", share: 30, basis: "berechnet" as const},
        {year, sector: "Dienstleistungen", share: 68, basis: "berechnet" as const}
      ]),
      {width: 640}
    ),
  AgeStructureChart: () =>
    AgeStructureChart(
      ["unter 18", "65 und älter"].flatMap((age_group) =>
        ["Region A", "Region B"].map((name, i) => ({name, age_group, value: 100, share: 15 + i}))
      ),
      {width: 640, ageGroups: ["unter 18", "65 und älter"], regions: ["Region A", "Region B"]}
    ),
  DependencyChart: () =>
    DependencyChart(
      [
        {name: "Region A", youth: 30, oldAge: 45, total: 75},
        {name: "Region B", youth: 32, oldAge: 40, total: 72}
      ],
      {width: 640}
    ),
  ChangeComponentsChart: () =>
    ChangeComponentsChart(
      years.flatMap((year) =>
        ["Natürlicher Saldo", "Wanderungssaldo", "Rest (Korrekturen, Zensus)"].map((component, i) => ({
          year,
          component,
          count: 100 * (i ? 1 : -1),
          rate: i ? 1 : -1,
          change: 0,
          changeRate: 0
        }))
      ),
      {width: 640}
    ),
  LocationQuotientChart: () =>
    LocationQuotientChart(
      [
        {label: "Bergbau (B)", lq: 3.1, value: 1200},
        {label: "Handel (G)", lq: 0.8, value: 5000}
      ],
      {width: 640}
    ),
  PortfolioChart: () =>
    PortfolioChart(
      [
        {label: "Bergbau (B)", lq: 3.1, growth: -2, size: 1200},
        {label: "Handel (G)", lq: 0.8, growth: 1.5, size: 5000}
      ],
      {width: 640, referenceGrowth: 0.5}
    ),
  QuadrantChart: () =>
    QuadrantChart(
      (["virtuous-cycle", "restructuring", "industrial-take-off", "deindustrialisation"] as const).map(
        (pattern, i) => ({
          code: `1508${i}`,
          name: `Kreis ${i}`,
          relativeEmploymentGrowth: i % 2 ? -1 : 1,
          relativeProductivityGrowth: i < 2 ? 1 : -1,
          pattern
        })
      ),
      {width: 640, referenceName: "Deutschland"}
    ),
  PlantTimeline: () =>
    PlantTimeline(
      [
        {
          name: "Kraftwerk A",
          kind: "Kraftwerk",
          commissioned: 1995,
          shutdown_year: 2035,
          shutdown_basis: null,
          status: "in Betrieb"
        },
        {
          name: "Tagebau B",
          kind: "Tagebau",
          commissioned: 1990,
          shutdown_year: 2034,
          shutdown_basis: null,
          status: "in Betrieb"
        }
      ],
      {width: 640, today: 2025}
    ),
  Choropleth: () =>
    Choropleth(kreise, {
      width: 640,
      values: new Map([
        ["15084", 1.2],
        ["15088", -0.4],
        ["14729", null]
      ]),
      label: "Veränderung (%)"
    }),
  PlantMap: () =>
    PlantMap(
      [
        {
          name: "Kraftwerk A",
          kind: "Kraftwerk",
          capacity_mw: 900,
          shutdown_year: 2035,
          status: "in Betrieb",
          operator: "X",
          lat: 51.2,
          lon: 12.2,
          location: "Ort"
        },
        {
          name: "Tagebau B",
          kind: "Tagebau",
          capacity_mw: null,
          shutdown_year: 2034,
          status: "in Betrieb",
          operator: "Y",
          lat: 51.3,
          lon: 11.8,
          location: "Ort"
        }
      ],
      {width: 640, kreise, revier: new Set(["15084", "15088"])}
    ),
  GemeindenMap: () =>
    GemeindenMap(
      [
        {code: "15084001", name: "Gemeinde A", lat: 51.2, lon: 11.7, population: 5000, value: -3},
        {code: "15088002", name: "Gemeinde B", lat: 51.2, lon: 12.2, population: 20000, value: 2}
      ],
      {width: 640, kreise, label: "Veränderung (%)", mode: "change"}
    )
};

const meta = {
  title: "Sozialversicherungspflichtig Beschäftigte am Arbeitsort nach Wirtschaftsabschnitten: Bundesländer und Kreise",
  subtitle: "Personen, Stichtag 30.06.2024",
  source:
    "Quelle: Statistische Ämter des Bundes und der Länder, Regionaldatenbank, Tabelle 12411-01-01-4, Stand 2025; Datenlizenz Deutschland – Namensnennung 2.0; eigene Berechnung",
  footer: "Revier-Monitor · http://127.0.0.1/beschaeftigung?region=15084#svb-trend"
};

beforeAll(() => {
  // JSDOM has no canvas; Plot draws its ramp legends (continuous colour) into one. A stub that yields a data URL.
  HTMLCanvasElement.prototype.getContext = function () {
    return {fillRect() {}, fillStyle: ""} as unknown as CanvasRenderingContext2D;
  } as never;
  HTMLCanvasElement.prototype.toDataURL = () => "data:image/png;base64,iVBORw0KGgo=";
});

const number = (node: Element, name: string) => Number(node.getAttribute(name) ?? 0);
/** A chart text's coordinate: Plot writes some in em (of its 10 px font). */
const coordinate = (node: Element, name: string) => {
  const value = node.getAttribute(name) ?? "0";
  return parseFloat(value) * (value.endsWith("em") ? 10 : 1);
};

/** The translation an element's ancestors (up to `root`) apply; Plot only translates (and rotates axis labels). */
function offset(node: Element, root: Element): [number, number] {
  let dx = 0;
  let dy = 0;
  for (let n: Element | null = node; n && n !== root; n = n.parentElement) {
    const match = /translate\(\s*([-\d.e]+)[ ,]+([-\d.e]+)?/.exec(n.getAttribute("transform") ?? "");
    if (match) {
      dx += Number(match[1]);
      dy += Number(match[2] ?? 0);
    }
  }
  return [dx, dy];
}

/** Colours a swatch or a mark is painted with (fill or stroke, on the element or inherited from its group). */
function paints(node: Element): string[] {
  return ["fill", "stroke"].flatMap((name) => {
    const value = node.closest(`[${name}]`)?.getAttribute(name);
    return value && value !== "none" ? [value.toLowerCase()] : [];
  });
}

function exported(name: string, size: ExportSize = "screen") {
  const chart = CHARTS[name]!();
  const svg = composeSvg(chart, meta, size);
  document.body.replaceChildren(svg);
  const [, , width, height] = svg.getAttribute("viewBox")!.split(" ").map(Number) as [number, number, number, number];
  return {chart, svg, width, height};
}

describe("composeSvg", () => {
  it("renders the standalone image of a line chart (texts, legend, chart, source line) as in test/snapshots/export", () => {
    // The shared made-up fixture (test/fixtures/components.ts): Region A and B 2019–2022 with a break in 2022.
    const chart = LineChart(lineRows, {width: 640, lang: "de", breaks: lineBreaks, zero: true, missing: true});
    const text = {
      title: "Einwohner der erfundenen Regionen A und B",
      subtitle: "Personen, Stichtag 31.12.",
      source: "Quelle: erfundene Werte für den Test; eigene Berechnung",
      footer: "Revier-Monitor · https://example.org/#test"
    };
    expectSnapshot("export", composeSvg(chart, text, "screen"));
  });
});

describe("composeSvg for every chart component", () => {
  for (const name of Object.keys(CHARTS)) {
    for (const size of ["slide", "screen"] as const) {
      it(`${name} (${size}): no CSS variable or page colour left, legend colours equal the series colours, all text inside`, () => {
        const {svg, width, height} = exported(name, size);
        const text = svgString(svg);
        expect(text).not.toMatch(/var\(/);
        expect(text).not.toMatch(/currentcolor/i);
        expect(svg.querySelector("style")).toBeNull();
        // A standalone XML file (LibreOffice, Inkscape and rsvg reject e.g. a doubled xmlns attribute).
        const parsed = new DOMParser().parseFromString(text, "image/svg+xml");
        expect(parsed.querySelector("parsererror")).toBeNull();
        expect(parsed.documentElement.namespaceURI).toBe("http://www.w3.org/2000/svg");
        if (size === "slide") expect([width, height]).toEqual([1920, 1080]);

        // Title and source line are there, in full.
        const own = [...svg.querySelectorAll(":scope > text")];
        const joined = own.map((t) => t.textContent).join(" ");
        expect(joined).toContain(meta.title.split(" ").slice(-3).join(" "));
        expect(joined).toContain("eigene Berechnung");
        expect(joined).toContain("Personen, Stichtag 30.06.2024");
        expect(joined.replace(/\s+/g, "")).toContain(meta.footer.replace(/\s+/g, ""));

        // The texts of the frame (title, subtitle, legend labels, source line, footer) lie inside the image.
        for (const t of own) {
          const size = number(t, "font-size");
          const weight = t.getAttribute("font-weight") === "bold" ? "bold" : "normal";
          const x = number(t, "x");
          const y = number(t, "y");
          expect(x, t.textContent!).toBeGreaterThanOrEqual(0);
          expect(x + t.textContent!.length * size * CHAR_WIDTH[weight], t.textContent!).toBeLessThanOrEqual(width);
          expect(y - size, t.textContent!).toBeGreaterThanOrEqual(0);
          expect(y + size * 0.3, t.textContent!).toBeLessThanOrEqual(height);
        }
        // Every nested SVG (chart, legends) lies inside the image, and every chart text inside its own chart.
        for (const nested of svg.querySelectorAll(":scope > svg")) {
          const [x, y, w, h] = ["x", "y", "width", "height"].map((a) => number(nested, a)) as [
            number,
            number,
            number,
            number
          ];
          expect(x).toBeGreaterThanOrEqual(0);
          expect(y).toBeGreaterThanOrEqual(0);
          expect(x + w).toBeLessThanOrEqual(width + 0.01);
          expect(y + h).toBeLessThanOrEqual(height + 0.01);
          const [, , vw, vh] = nested
            .getAttribute("viewBox")!
            .split(/[\s,]+/)
            .map(Number) as number[];
          for (const t of nested.querySelectorAll("text")) {
            const [dx, dy] = offset(t, nested);
            const tx = dx + coordinate(t, "x");
            const ty = dy + coordinate(t, "y");
            expect(tx, `${t.textContent} x`).toBeGreaterThanOrEqual(-1);
            expect(tx, `${t.textContent} x`).toBeLessThanOrEqual(vw! + 1);
            expect(ty, `${t.textContent} y`).toBeGreaterThanOrEqual(-1);
            expect(ty, `${t.textContent} y`).toBeLessThanOrEqual(vh! + 1);
          }
        }

        // Legend: each swatch keeps its series colour, and that colour is one the chart's marks are drawn in.
        const swatches = [...svg.querySelectorAll(":scope > svg.rm-export-swatch")];
        const chartSvg = svg.querySelector(":scope > svg.rm-export-chart")!;
        const markColours = new Set(
          [...chartSvg.querySelectorAll("[aria-label] *")]
            .filter((n) => !n.children.length)
            .filter(
              (n) => !/axis|grid|rule|frame|text|tip/.test(n.closest("[aria-label]")!.getAttribute("aria-label")!)
            )
            .flatMap(paints)
        );
        for (const swatch of swatches) {
          const colours = paints(swatch.querySelector("rect, circle, path, line, use") ?? swatch).filter(
            (c) => c !== "#ffffff" && c !== "white"
          );
          expect(colours.length, `${name}: swatch without colour`).toBeGreaterThan(0);
          for (const c of colours) {
            expect(["#888", "#888888", "black", "#000", "#000000"]).not.toContain(c);
            expect([...markColours], `${name}: legend colour ${c} is not a series colour`).toContain(c);
          }
        }
        if (CHARTS[name]!().querySelector("[class$='-swatch']")) expect(swatches.length).toBeGreaterThan(0);
      });
    }
  }

  it("wraps a long title into several lines inside a 4:3 image, and scales the chart to fill the space", () => {
    const chart = CHARTS.IndexChart!();
    const long = {...meta, title: `${meta.title} ${meta.title}`};
    const svg = composeSvg(chart, long, "standard");
    expect(svg.getAttribute("viewBox")).toBe("0 0 1600 1200");
    const titleLines = [...svg.querySelectorAll(":scope > text[font-weight=bold]")];
    expect(titleLines.length).toBeGreaterThan(1);
    expect(titleLines.map((t) => t.textContent).join(" ")).toBe(long.title);
    const plot = svg.querySelector(":scope > svg.rm-export-chart")!;
    expect(number(plot, "width")).toBeGreaterThan(1000);
  });

  it("draws the chart again for a slide when it can, at the scale of the texts", () => {
    const sizes: {width: number; height: number}[] = [];
    const svg = composeSvg(CHARTS.IndexChart!(), meta, "slide", (size) => {
      sizes.push(size);
      return LineChart(twoRegions, {...size, y: "index", baseYear: 2019});
    });
    expect(sizes).toHaveLength(1);
    // 1920 px wide, texts at twice the screen size: the chart is drawn 1920 / 2 minus the margins wide.
    expect(sizes[0]!.width).toBe(904);
    const plot = svg.querySelector(":scope > svg.rm-export-chart")!;
    expect(number(plot, "width")).toBeCloseTo(1808, 0);
  });

  it("resolves the page's theme variables to the light theme, fallbacks included", () => {
    expect(resolvePaint("var(--theme-foreground-focus)")).toBe("#3b5fc0");
    expect(resolvePaint("var(--theme-background, white)")).toBe("#ffffff");
    expect(resolvePaint("var(--unknown, steelblue)")).toBe("steelblue");
    expect(resolvePaint("currentColor")).toBe("#1b1e23");
  });
});

describe("Figure menu", () => {
  it("offers PNG and SVG in three sizes, CSV, XLSX, Link and Embed, in the page's language", () => {
    const figure = Figure(CHARTS.IndexChart!(), [], [], {...meta, description: "Zwei Reihen.", lang: "en"});
    const names = [...figure.querySelectorAll("button[data-export]")].map((b) => b.getAttribute("data-export"));
    expect(names).toEqual([
      "png-slide",
      "png-standard",
      "png-screen",
      "svg-slide",
      "svg-standard",
      "svg",
      "csv",
      "xlsx",
      "link",
      "embed"
    ]);
    expect(figure.querySelector("button[data-export=png-slide]")?.textContent).toBe("PNG 16:9 (slide)");
    expect(figure.querySelector(".rm-table-view summary")?.textContent).toBe("Show table");
  });
});

describe("XLSX", () => {
  const rows = [
    {region: "Saalekreis", year: 2023, value: 1234.5},
    {region: "Burgenlandkreis", year: 2023, value: null}
  ];
  const columns = [
    {label: "Region", value: (d: (typeof rows)[number]) => d.region},
    {label: "Jahr", value: (d: (typeof rows)[number]) => d.year},
    {label: "Wert", value: (d: (typeof rows)[number]) => d.value}
  ];

  it("has a data sheet with numbers as numbers and missing values empty, and a sheet with title, unit, source and licence", () => {
    const bytes = figureWorkbook(rows, columns, {...meta, lang: "de", link: "https://example.org/#x"});
    const book = XLSX.read(bytes, {type: "array"});
    expect(book.SheetNames).toEqual(["Daten", "Quelle und Hinweise"]);
    const data = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets.Daten!, {header: 1, defval: null});
    expect(data).toEqual([
      ["Region", "Jahr", "Wert"],
      ["Saalekreis", 2023, 1234.5],
      ["Burgenlandkreis", 2023, null]
    ]);
    const about = XLSX.utils.sheet_to_json<string[]>(book.Sheets["Quelle und Hinweise"]!, {header: 1});
    expect(about).toContainEqual(["Titel", meta.title]);
    expect(about).toContainEqual(["Einheit und Stand", "Personen, Stichtag 30.06.2024"]);
    expect(about).toContainEqual(["Lizenz", "Datenlizenz Deutschland – Namensnennung 2.0"]);
    expect(about).toContainEqual(["Link", "https://example.org/#x"]);
  });

  it("names the sheets in English for the English site", () => {
    const book = XLSX.read(figureWorkbook(rows, columns, {...meta, lang: "en"}), {type: "array"});
    expect(book.SheetNames).toEqual(["Data", "Source and notes"]);
  });

  it("finds BA and BKG licences in a source line, and writes column letters past Z", () => {
    expect(licencesIn("Quelle: BA; © Statistik der Bundesagentur für Arbeit; © GeoBasis-DE / BKG 2021")).toBe(
      "© Statistik der Bundesagentur für Arbeit; © GeoBasis-DE / BKG 2021"
    );
    expect([0, 25, 26, 701, 702].map(column)).toEqual(["A", "Z", "AA", "ZZ", "AAA"]);
  });
});
