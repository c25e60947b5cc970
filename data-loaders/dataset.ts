import type {Schema} from "./lib/parquet.js";

/**
 * A published dataset: a name (the file is `<name>.parquet`), a schema, and a build function that reads the
 * source mirror and returns every row. Build functions throw SourceError on bad input; nothing is written then.
 */
export interface Dataset<Row extends object = object> {
  name: string;
  description: string;
  schema: Schema<Row>;
  /** Column descriptions for docs/datasets.md (npm run docs) and the /daten page. */
  columns: {[K in keyof Row]: string};
  build(context: BuildContext): Row[] | Promise<Row[]>;
}

/**
 * Shared state of one data build: datasets may use rows that others built (for example `regions` uses the
 * population names), and sources read once are cached here.
 */
export interface BuildContext {
  /** Rows of a dataset built earlier in the same run (datasets are built in registry order). */
  rows<Row extends object>(name: string): Row[];
  /** Memoises an expensive read (an xlsx workbook, a large CSV) across datasets. */
  cached<T>(key: string, read: () => T): T;
}

/**
 * A published file that is not a Parquet dataset (the TopoJSON map boundaries): its file name with extension and a
 * build returning the content and the number of records (features) it holds.
 */
export interface Artifact {
  file: string;
  build(context: BuildContext): Promise<{content: string | Uint8Array; rows: number}>;
}

export function defineDataset<Row extends object>(dataset: Dataset<Row>): Dataset<Row> {
  return dataset;
}
