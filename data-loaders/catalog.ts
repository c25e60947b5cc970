import {existsSync, statSync} from "node:fs";
import {join} from "node:path";

import {SOURCES, type Source} from "../src/shared/sources.js";
import {DATA_DIR} from "./lib/paths.js";
import {DATASETS} from "./registry.js";

export interface CatalogDataset {
  name: string;
  file: string;
  description: string;
  columns: {name: string; type: string; description: string}[];
  bytes: number | null;
}

export interface Catalog {
  datasets: CatalogDataset[];
  sources: Source[];
}

/** What the /daten page lists: every published dataset with its columns, and every source with its licence. */
export function buildCatalog(): Catalog {
  return {
    datasets: DATASETS.map((dataset) => {
      const path = join(DATA_DIR, `${dataset.name}.parquet`);
      return {
        name: dataset.name,
        file: `${dataset.name}.parquet`,
        description: dataset.description,
        columns: Object.entries(dataset.schema).map(([name, type]) => ({
          name,
          type: String(type),
          description: (dataset.columns as Record<string, string>)[name] ?? ""
        })),
        bytes: existsSync(path) ? statSync(path).size : null
      };
    }),
    sources: Object.values(SOURCES)
  };
}
