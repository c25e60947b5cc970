import {datasetColumns, datasetSource} from "../lib/dataset-export.js";
import {toCsv} from "../lib/csv.js";
import {type Lang, t} from "../shared/i18n/index.js";
import {pageLang} from "../shared/i18n/page.js";
import {readParquet} from "../shared/parquet.js";
import {download} from "./export.js";

export interface DownloadableDataset {
  name: string;
  load: () => Promise<ArrayBuffer>;
}

/**
 * CSV and XLSX buttons for a whole dataset: the Parquet file the page already links is decoded in the browser on
 * click (nothing is added to dist/), with the dataset's source line in the file.
 */
export function DatasetDownloads(
  datasets: readonly DownloadableDataset[],
  name: string,
  {lang = pageLang(), note = ""}: {lang?: Lang; note?: string} = {}
): HTMLElement {
  const dataset = datasets.find((d) => d.name === name);
  if (!dataset) throw new Error(`DatasetDownloads: no dataset named "${name}"`);
  const span = document.createElement("span");
  span.className = "rm-dataset-downloads";
  const load = async () => {
    const rows = await readParquet<Record<string, unknown>>(await dataset.load());
    const source = datasetSource(rows, lang) || note;
    return {rows, columns: datasetColumns(rows), meta: {title: name, subtitle: note, source, lang}};
  };
  const button = (label: string, format: string, action: () => Promise<void>) => {
    const node = document.createElement("button");
    node.type = "button";
    node.textContent = label;
    node.dataset.export = format;
    node.addEventListener("click", () => {
      node.disabled = true;
      action()
        .catch((error: unknown) => console.error(error))
        .finally(() => (node.disabled = false));
    });
    return node;
  };
  span.append(
    button("CSV", "csv", async () => {
      const {rows, columns, meta} = await load();
      download(new Blob([toCsv(rows, columns, meta)], {type: "text/csv;charset=utf-8"}), `${name}.csv`);
    }),
    button("XLSX", "xlsx", async () => {
      const {rows, columns, meta} = await load();
      if (rows.length >= 1_048_576) throw new Error(`${name}: ${rows.length} rows do not fit one XLSX sheet`);
      const {figureWorkbook} = await import("../lib/xlsx.js");
      const bytes = figureWorkbook(rows, columns, {...meta, link: location.href});
      download(
        new Blob([bytes as BlobPart], {type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}),
        `${name}.xlsx`
      );
    })
  );
  span.title = t(lang, "figure.tableDownload");
  return span;
}
