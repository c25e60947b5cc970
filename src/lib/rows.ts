/**
 * Row types of the datasets the data build writes and the browser reads (one definition for both sides).
 * data-loaders/datasets/* build rows of these types; pages and src/lib read them with readParquet.
 */

/**
 * One row of `labour_pool`: the labour pool in one occupation group (KldB 2010, 3-digit) of a region in one
 * year — SvB on 30 June, registered unemployed and registered vacancies as annual averages (rounded as the BA
 * publishes them), and ratios computed in the build from the counts of the same row.
 */
export interface LabourPoolRow {
  /** Kreis (5 digits), Land (2), `DG` or an aggregate of src/lib/regions.ts (`REV-MD`, …). */
  code: string;
  /** KldB 2010 3-digit group; `000` = ohne Angabe. */
  occupation: string;
  /** The BA's short title of the group, German, as published. */
  occupation_name: string;
  year: number;
  /**
   * Persons on 30 June; null where the BA suppressed the cell (never 0 for suppressed). SvB and the vacancy share
   * are published for the first and the last year only, the changes for the last year only (file size).
   */
  svb_workplace: number | null;
  svb_residence: number | null;
  /** Annual averages, rounded to whole numbers as published; null where suppressed. */
  unemployed: number | null;
  vacancies: number | null;
  /** unemployed / vacancies (a ratio of sums on aggregates); null where either is unknown or vacancies are 0. */
  unemployed_per_vacancy: number | null;
  /** vacancies / (SvB at workplace + vacancies) × 100. */
  vacancy_share: number | null;
  /** Change of SvB at the workplace since the first year (2013), in %. */
  svb_change: number | null;
  /** Change of the unemployed since the first year (2013), in %. */
  unemployed_change: number | null;
  /**
   * `suppressed:<measures>` on a Kreis (those measures are null in the BA extract); `lower_bound:<measures>` on a
   * sum where members are suppressed (the sum and ratios built from it are a lower bound / approximate).
   */
  flag: string | null;
  /** True on sums (Land, Germany, aggregates); derived columns are always our computation. */
  computed: boolean;
  /** Source ids of the catalogue, comma-separated. */
  source: string;
}

/**
 * One row of `location_factors`: one measure of one region and year (land prices, income per taxpayer,
 * insolvencies, business registrations, commuters). Long format: `measure` names the figure, `unit` its unit.
 */
export interface LocationFactorRow {
  code: string;
  measure: string;
  year: number;
  value: number | null;
  unit: string;
  /** Special value of the source cell where `value` is null (`-`, `.`), or `members_missing` on an incomplete sum. */
  flag: string | null;
  /** True where we computed the value (ratios, sums to Land/Germany/aggregates). */
  computed: boolean;
  source: string;
}
