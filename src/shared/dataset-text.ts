import {t, type Key, type Lang} from "./i18n/index.js";

/** The dictionary key of a dataset's description (`column` null) or of one of its columns. */
export function datasetTextKey(dataset: string, column: string | null = null): string {
  return column === null ? `datasets.${dataset}` : `datasets.${dataset}.${column}`;
}

/**
 * A dataset or column description in `lang`. The German text is the one of the dataset definition (the published
 * catalogue keeps it); English comes from the dictionary (src/shared/i18n/datasets.ts), whose `de` side is the
 * placeholder `{de}`. A dataset or column without an entry throws like any unknown key.
 */
export function datasetText(lang: Lang, german: string, dataset: string, column: string | null = null): string {
  return t(lang, datasetTextKey(dataset, column) as Key, {de: german});
}
