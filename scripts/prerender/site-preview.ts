/**
 * Preview images of the pages that are not Kreis profiles: the Mitteldeutsches Revier beside East Germany and
 * Germany in the page's topic (population, employees or unemployment rate), from the `overview` dataset, drawn by
 * the same LineChart as the pages. One image per topic, shared by the pages of that topic and both languages.
 */
import {readBuiltDataset} from "../../data-loaders/read-dataset.js";
import {LineChart} from "../../src/components/LineChart.js";
import {baseYear, indexedSeries} from "../../src/lib/kreis-facts.js";
import {regionLabel} from "../../src/lib/region-picker.js";
import {t} from "../../src/shared/i18n/index.js";
import {useLocale} from "../../src/shared/locale.js";
import {readParquet} from "../../src/shared/parquet.js";
import type {KreisProfileRow, OverviewRow} from "../../src/shared/rows.js";
import {shortSourceLine, sourceIds} from "../../src/shared/sources.js";
import {previewPng} from "./preview.js";

const CODES = ["REV-MD", "OST", "DG"];

/** The topic of each page (German route); pages not listed show the population. */
const TOPICS: Record<string, "population" | "svb" | "rate"> = {
  "/beschaeftigung": "svb",
  "/branchen": "svb",
  "/strukturwandel": "svb",
  "/standort": "rate",
  "/vergleich": "rate"
};
const METRIC = {population: "population", svb: "svb_workplace", rate: "unemployment_rate"} as const;

export function topicOf(germanRoute: string): "population" | "svb" | "rate" {
  return TOPICS[germanRoute] ?? "population";
}

/** The overview rows of the three regions, in the shape the profile's series functions read. */
export async function loadOverview(): Promise<KreisProfileRow[]> {
  const bytes = readBuiltDataset("overview");
  const rows = await readParquet<OverviewRow>(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
  );
  return rows.filter((r) => CODES.includes(r.code)).map((r) => ({...r, metric: r.measure, basis: r.segment}));
}

export function sitePreview(rows: readonly KreisProfileRow[], topic: "population" | "svb" | "rate", url: string) {
  useLocale("de");
  const metric = METRIC[topic];
  const name = (code: string) => regionLabel(code, code, "de");
  const base = topic === "rate" ? null : baseYear(rows, CODES, [metric]);
  const points =
    base === null
      ? rows
          .filter((r) => r.metric === metric && r.value !== null)
          .sort((a, b) => CODES.indexOf(a.code) - CODES.indexOf(b.code) || a.year - b.year)
          .map((r) => ({...r, name: name(r.code), segment: ""}))
      : indexedSeries(rows, CODES, metric, base).points.map((p) => ({...p, name: name(p.code), value: p.index}));
  const years = points.map((p) => p.year);
  const span = {base: base ?? "", first: Math.min(...years), last: Math.max(...years)};
  return previewPng(
    (size) =>
      LineChart(points, {
        ...size,
        lang: "de",
        highlight: name("REV-MD"),
        digits: 1,
        baseYear: base ?? undefined,
        yLabel: base === null ? "%" : t("de", "kreise.dev.indexUnit", {base}),
        dots: "all",
        missing: true
      }),
    {
      title: `${t("de", "site.title")}: ${name("REV-MD")}`,
      subtitle: `${t("de", `kreise.dev.${topic}`)}; ${t("de", `kreise.dev.${topic}Subtitle`, span)}`,
      source: shortSourceLine(sourceIds(points), {computed: true, lang: "de"}),
      footer: url
    }
  );
}
