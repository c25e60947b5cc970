/**
 * schema.org `Dataset` descriptions of the published datasets for the /daten page
 * (https://developers.google.com/search/docs/appearance/structured-data/dataset): name, description, licence,
 * temporal and spatial coverage read from the built Parquet, and the Parquet file as the download. CSV and XLSX
 * are made in the browser from that file, so they are not separate downloads here.
 */
import {type Catalog, buildCatalog} from "../data-loaders/catalog.js";
import {readBuiltDataset} from "../data-loaders/read-dataset.js";
import {datasetText} from "../src/shared/dataset-text.js";
import {t, type Lang} from "../src/shared/i18n/index.js";
import {readParquet} from "../src/shared/parquet.js";
import {regionLabel} from "../src/lib/region-picker.js";
import {SOURCES, type Source, sourceLine} from "../src/shared/sources.js";
import {absoluteUrl} from "./site.js";

const DL_DE = "https://www.govdata.de/dl-de/by-2-0";
/** What each licence of the source catalogue means as a schema.org `license` (URL or named terms). */
const LICENCES: Record<Source["licence"], string | {"@type": "CreativeWork"; name: string}> = {
  "dl-de/by-2-0": DL_DE,
  // BKG and Destatis publish under dl-de/by-2-0 with their own attribution line (../shared/sources/PROVENANCE.md).
  BKG: DL_DE,
  Destatis: DL_DE,
  BA: {"@type": "CreativeWork", name: "© Statistik der Bundesagentur für Arbeit (Nutzung mit Quellenangabe)"},
  "CC BY-SA 4.0": "https://creativecommons.org/licenses/by-sa/4.0/"
};

/** What the build knows about a dataset's rows: years, regions and sources. */
export interface Coverage {
  years: [number, number] | null;
  /** Land codes (2 digits) of the regions; "DG" when the rows cover Germany. */
  lands: string[];
  sources: Source[];
}

export function coverageOf(rows: readonly Record<string, unknown>[]): Coverage {
  let first = Infinity;
  let last = -Infinity;
  const lands = new Set<string>();
  const sources = new Set<string>();
  for (const row of rows) {
    if (typeof row.year === "number") {
      first = Math.min(first, row.year);
      last = Math.max(last, row.year);
    }
    for (const key of ["code", "kreis", "from", "to"]) {
      const code = row[key];
      if (code === "DG") lands.add("DG");
      else if (typeof code === "string" && /^\d{2}(\d{3}|\d{6})?$/.test(code)) lands.add(code.slice(0, 2));
    }
    for (const [key, value] of Object.entries(row)) {
      if (/^(status_|location_)?source/.test(key) && typeof value === "string" && value in SOURCES) sources.add(value);
    }
  }
  // 16 Länder or Germany itself: the dataset covers Germany.
  const all = lands.has("DG") || [...lands].length >= 16;
  return {
    years: Number.isFinite(first) ? [first, last] : null,
    lands: all ? ["DG"] : [...lands].sort(),
    sources: [...sources].map((id) => SOURCES[id]!)
  };
}

export function datasetJsonLd(
  dataset: Catalog["datasets"][number],
  coverage: Coverage,
  {lang, downloadUrl, pageUrl}: {lang: Lang; downloadUrl: string; pageUrl: string}
): object {
  const licences = [
    ...new Map(coverage.sources.map((s) => [JSON.stringify(LICENCES[s.licence]), LICENCES[s.licence]])).values()
  ];
  return {
    "@context": "https://schema.org",
    "@type": "Dataset",
    name: `${t(lang, "site.title")}: ${dataset.name}`,
    description: datasetText(lang, dataset.description, dataset.name),
    url: `${pageUrl}#${dataset.name.replace(/_/g, "-")}`,
    inLanguage: lang,
    isAccessibleForFree: true,
    license: licences.length === 1 ? licences[0] : licences.length ? licences : DL_DE,
    creator: {"@type": "Organization", name: t(lang, "site.title")},
    // The attribution the licences require, as under every figure.
    ...(coverage.sources.length
      ? {
          creditText: sourceLine(
            coverage.sources.map((s) => s.id),
            {computed: true, lang}
          )
        }
      : {}),
    ...(coverage.years ? {temporalCoverage: `${coverage.years[0]}/${coverage.years[1]}`} : {}),
    ...(coverage.lands.length
      ? {spatialCoverage: coverage.lands.map((code) => ({"@type": "Place", name: regionLabel(code, undefined, lang)}))}
      : {}),
    variableMeasured: dataset.columns.map((c) => c.name),
    distribution: [{"@type": "DataDownload", encodingFormat: "application/vnd.apache.parquet", contentUrl: downloadUrl}]
  };
}

/** The Dataset objects of the /daten page in `lang`; `html` is the built page (its download links carry hashes). */
export async function datenJsonLd(html: string, lang: Lang, route: string, base: string): Promise<object[]> {
  const catalog = buildCatalog();
  const out: object[] = [];
  for (const dataset of catalog.datasets) {
    const href = new RegExp(`href="(?:\\./|\\.\\./)*(_file/data/${dataset.name}\\.[0-9a-f]+\\.parquet)"`).exec(
      html
    )?.[1];
    if (!href) throw new Error(`${route}: no download link of ${dataset.file} in the built page`);
    const bytes = readBuiltDataset(dataset.name);
    const rows = await readParquet<Record<string, unknown>>(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
    );
    out.push(
      datasetJsonLd(dataset, coverageOf(rows), {
        lang,
        downloadUrl: absoluteUrl(href, base),
        pageUrl: absoluteUrl(route, base)
      })
    );
  }
  return out;
}
