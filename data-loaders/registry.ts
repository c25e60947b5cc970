import type {Dataset} from "./dataset.js";
import {population} from "./datasets/population.js";

/**
 * Every dataset the site publishes, in build order (a dataset may use the rows of those before it).
 * Add a dataset by importing its definition and listing it here; `npm run data` builds, checks and writes it.
 */
export const DATASETS: Dataset[] = [population as Dataset];
