import {accessibility} from "./accessibility.js";
import {branchen} from "./branchen.js";
import {chart} from "./chart.js";
import {classifications} from "./classifications.js";
import {common} from "./common.js";
import {comparison} from "./comparison.js";
import {data} from "./data.js";
import {daten} from "./daten.js";
import {datasets} from "./datasets.js";
import {employment} from "./employment.js";
import {figure} from "./figure.js";
import {gemeinden} from "./gemeinden.js";
import {kreise} from "./kreise.js";
import {latest} from "./latest.js";
import {meta} from "./meta.js";
import {overview} from "./overview.js";
import {picker} from "./picker.js";
import {population} from "./population.js";
import {region} from "./region.js";
import {sources} from "./sources.js";
import {sql} from "./sql.js";
import {standort} from "./standort.js";
import {strukturwandel} from "./strukturwandel.js";
import {url} from "./url.js";

/**
 * The one dictionary of the site. Each area keeps its entries in its own module (`common.ts`, one per page or
 * topic) so that parallel changes do not collide; keys are prefixed with the area ("nav.", "standort.", …) and
 * must be unique across modules (a unit test checks this and that no language is empty).
 */
export const parts = {
  accessibility,
  branchen,
  chart,
  classifications,
  common,
  comparison,
  data,
  datasets,
  daten,
  employment,
  figure,
  gemeinden,
  kreise,
  latest,
  meta,
  overview,
  picker,
  population,
  region,
  sources,
  sql,
  standort,
  strukturwandel,
  url
} as const;

type Parts = typeof parts;
/** Every key of every area module. */
export type Key = {[P in keyof Parts]: keyof Parts[P]}[keyof Parts] & string;

export const dictionary: Readonly<Record<string, {de: string; en: string}>> = Object.assign(
  {},
  ...Object.values(parts)
);
