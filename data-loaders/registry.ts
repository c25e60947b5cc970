import type {Artifact, Dataset} from "./dataset.js";
import {commuterFlows, commuters} from "./datasets/commuters.js";
import {demography} from "./datasets/demography.js";
import {employmentOccupations} from "./datasets/employment-occupations.js";
import {branchenOccupations} from "./datasets/branchen-occupations.js";
import {employment} from "./datasets/employment.js";
import {gemeindenOverview} from "./datasets/gemeinden-overview.js";
import {labourMarket} from "./datasets/labour-market.js";
import {labourPool} from "./datasets/labour-pool.js";
import {locationFactors} from "./datasets/location-factors.js";
import {valueAdded} from "./datasets/value-added.js";
import {BOUNDARY_ARTIFACTS} from "./datasets/boundaries.js";
import {RELEASE_ARTIFACTS} from "./datasets/release.js";
import {plants} from "./datasets/plants.js";
import {municipalities} from "./datasets/municipalities.js";
import {comparison, overview} from "./datasets/overview.js";
import {population} from "./datasets/population.js";
import {populationGemeinden} from "./datasets/population-gemeinden.js";
import {regionMembers, regions} from "./datasets/regions.js";
import {kreisProfiles} from "./datasets/kreis-profiles.js";
import {kreisSectors} from "./datasets/kreis-sectors.js";
import {miningJobs} from "./datasets/mining-jobs.js";
import {sectorValueAdded} from "./datasets/sector-value-added.js";

/**
 * Every dataset the site publishes, in build order (a dataset may use the rows of those before it).
 * Add a dataset by importing its definition and listing it here; `npm run data` builds, checks and writes it.
 */
export const DATASETS: Dataset[] = [
  population as Dataset,
  regions as Dataset,
  regionMembers as Dataset,
  populationGemeinden as Dataset,
  municipalities as Dataset,
  gemeindenOverview as Dataset,
  plants as Dataset,
  employment as Dataset,
  employmentOccupations as Dataset,
  labourMarket as Dataset,
  labourPool as Dataset,
  valueAdded as Dataset,
  demography as Dataset,
  commuters as Dataset,
  commuterFlows as Dataset,
  locationFactors as Dataset,
  branchenOccupations as Dataset,
  miningJobs as Dataset,
  sectorValueAdded as Dataset,
  kreisProfiles as Dataset,
  kreisSectors as Dataset,
  comparison as Dataset,
  overview as Dataset
];

/**
 * Published files that are not Parquet, built after the datasets: TopoJSON map boundaries, the release record and
 * the summary of what this release brought (/aktuell, the feeds).
 */
export const ARTIFACTS: Artifact[] = [...BOUNDARY_ARTIFACTS, ...RELEASE_ARTIFACTS];
