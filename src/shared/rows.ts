/**
 * The contract between the data build and the browser: the row of every dataset that data-loaders/ writes to
 * Parquet and the pages read back. The build imports these types (data-loaders → src/lib), the browser reads them
 * from here; neither side imports the other. Column comments say what a value means; null is always "no value",
 * never 0, with the reason in `flag`.
 */

// `regions`, `region_members` (data-loaders/datasets/regions.ts)

/** One region Revier-Monitor publishes figures for. */
export interface RegionRow {
  code: string;
  name: string;
  /** kreis | land | staat | aggregate */
  level: string;
  /** The region one level up (Kreis → Land → DG); null for Germany and the aggregates. */
  parent: string | null;
  /** The Land a Kreis or Land belongs to (2 digits); null for Germany and the aggregates. */
  land: string | null;
  /** kreisfreie Stadt | Landkreis | Kreis | Stadtkreis | Land | Staat | revier | east */
  kind: string;
  /** Legal or definitional basis of an aggregate (StStG §2 …); null otherwise. */
  basis: string | null;
  source: string;
}

/** One membership: an aggregate, Land or Germany (`group_code`) and one of its members. */
export interface RegionMemberRow {
  group_code: string;
  member_code: string;
}

// `population` (data-loaders/datasets/population.ts)

export type Sex = "total" | "male" | "female";

/** One row of the `population` dataset: persons on 31 December of `year`. */
export interface PopulationRow {
  code: string;
  name: string;
  /** kreis | land | staat | aggregate */
  level: string;
  year: number;
  sex: Sex;
  value: number | null;
  /** The special value that stood in the source cell when `value` is null. */
  flag: string | null;
  /** The census the figure is carried forward from (a break in the series where it changes). */
  basis: string;
  /**
   * The territory the figure refers to, "Gebietsstand 31.12.2021" unless the Kreis changed later (Eichsfeld,
   * Unstrut-Hainich-Kreis 2023/2024, Wartburgkreis 2024): a break in the series where it changes, like `basis`.
   */
  territory: string;
  /** Source id(s) in the catalogue; several ids (comma-separated) where an aggregate's members differ. */
  source: string;
  /** True where the source publishes the figure rounded (BBSR: to 100 persons). */
  rounded: boolean;
  /** True where Revier-Monitor summed the figure (Länder from Kreise or Gemeinden, aggregates, BBSR conversions). */
  computed: boolean;
  /** How the figure was obtained: kreistabelle | gemeindesumme | bbsr-umrechnung | summe. */
  method: string;
}

// `population_gemeinden` (data-loaders/datasets/population-gemeinden.ts)

/** Population of one Gemeinde at one date from one source. */
export interface GemeindePopulationRow {
  code: string;
  name: string;
  kreis: string;
  land: string;
  /** Reference date, ISO yyyy-mm-dd. */
  date: string;
  year: number;
  value: number | null;
  flag: string | null;
  /** True where the source rounds (BBSR 2020: to 10 persons). */
  rounded: boolean;
  /** Territorial status of the Gemeinde list, ISO date. */
  gebietsstand: string;
  source: string;
}

// `municipalities` (data-loaders/datasets/municipalities.ts)

/** One Gemeinde of the Gemeindeverzeichnis at one Gebietsstand. */
export interface MunicipalityRow {
  code: string;
  name: string;
  kreis: string;
  land: string;
  verband_code: string;
  verband_name: string;
  verband_kind: string;
  kind: string;
  is_stadt: boolean;
  area_km2: number | null;
  population: number | null;
  lat: number | null;
  lon: number | null;
  /** Reference date of the population, ISO. */
  date: string;
  /** Gebietsstand of the list, ISO. */
  gebietsstand: string;
  source: string;
}

// `gemeinden_overview` (data-loaders/datasets/gemeinden-overview.ts)

export type Territory = "unverändert" | "Gebietsänderung" | "neu";

/**
 * A view for the pages /gemeinden and /bevoelkerung: every Gemeinde of Sachsen, Sachsen-Anhalt and Thüringen at the
 * Gebietsstand 31.12.2024 (population 31.12.2023) with its Kreis name, Verband, area and density, and the population of
 * 31.12.2021 where its territory is unchanged since then, so that the pages can show a two-year change without
 * comparing a merged Gemeinde with one of its former parts. Built from `municipalities` and `regions` only.
 */
export interface GemeindeOverviewRow {
  code: string;
  name: string;
  kreis: string;
  kreis_name: string;
  land: string;
  /** true for the Gemeinden of the nine Kreise of the Mitteldeutsches Revier. */
  revier: boolean;
  verband_code: string;
  verband_name: string;
  verband_kind: string;
  kind: string;
  is_stadt: boolean;
  area_km2: number | null;
  population: number | null;
  /** Persons per km², population / area (null when either is missing). */
  density: number | null;
  lat: number | null;
  lon: number | null;
  /** Reference date of `population` (ISO). */
  date: string;
  gebietsstand: string;
  /** Population at `date_start` with the territory of `gebietsstand`; null unless `territory` is "unverändert". */
  population_start: number | null;
  date_start: string;
  /** unverändert | Gebietsänderung | neu (see TERRITORY_TOLERANCE). */
  territory: Territory;
  source: string;
  source_start: string;
}

// `plants` (data-loaders/datasets/plants.ts)

export interface PlantRow {
  id: string;
  name: string;
  kind: "kraftwerk" | "tagebau";
  revier: string;
  kreis: string;
  operator: string;
  capacity_mw: number | null;
  capacity_basis: string | null;
  capacity_net_active_mw: number | null;
  commissioned: number | null;
  shutdown_year: number | null;
  shutdown_basis: string | null;
  status: string;
  lat: number | null;
  lon: number | null;
  location: string;
  source: string;
  status_source: string | null;
  location_source: string | null;
}

// `employment` (data-loaders/datasets/employment.ts)

/** One row of the `employment` dataset. */
export interface EmploymentRow {
  code: string;
  year: number;
  /** `total`, `WZ 2008` (sections of SvB, 30.06.2015–2020) or `ETR` (the seven sectors of the Erwerbstätigenrechnung). */
  classification: string;
  /** `total` or the section code (A, B-F, B-E, C, F, G-U, G-I, J, K, L, M-N, O-Q, R-U; ETR: A, B-E, C, F, G-J, K-N, O-T). */
  category: string;
  /** `svb_workplace`, `svb_residence` (30 June), `persons_in_employment`, `employees` (annual averages). */
  measure: string;
  /** Persons; null where the source has no value (see flag / suppressed). */
  value: number | null;
  /** True where the source suppressed the cell (secrecy). */
  suppressed: boolean;
  /** Special value of the source, `rounded` (source in 1000 with one decimal) or `suppressed_cells_excluded`. */
  flag: string | null;
  /** True where we summed Kreise to a Land or Germany. */
  computed: boolean;
  source: string;
  /**
   * Series segment of SvB at workplace (src/shared/breaks.ts): rounded BBSR vs exact figures, and the BA reassignment of
   * 2018 in twelve Kreise; figures of different segments are not joined. Null for other measures.
   */
  segment: string | null;
}

// `employment_occupations` (data-loaders/datasets/employment-occupations.ts)

/** One row of `employment_occupations`: SvB on 30 June by occupation group (KldB 2010, 3-digit). */
export interface OccupationRow {
  code: string;
  year: number;
  /** KldB 2010 3-digit group (211 = Berg-, Tagebau und Sprengtechnik, our lignite proxy); `000` = ohne Angabe. */
  occupation: string;
  occupation_name: string;
  /** `svb_workplace` or `svb_residence`. */
  measure: string;
  /** Persons; null where the BA suppressed the cell (never 0). */
  value: number | null;
  suppressed: boolean;
  /** `suppressed_cells_excluded` on computed sums that miss suppressed Kreis cells. */
  flag: string | null;
  computed: boolean;
  source: string;
}

// `labour_market` (data-loaders/datasets/labour-market.ts)

/** One row of `labour_market`. */
export interface LabourMarketRow {
  code: string;
  year: number;
  /** `unemployed` (persons, annual average) or `unemployment_rate` (percent). */
  measure: string;
  /** What the figure is: the denominator of a rate, or "Jahresdurchschnitt" for counts. */
  definition: string;
  value: number | null;
  /**
   * Special value of the source, or `no_official_rate` (no table has the rate; never interpolated), `incomplete_year`
   * (BA 2012), `suppressed`, `kreise_missing`.
   */
  flag: string | null;
  computed: boolean;
  source: string;
  /**
   * The official table the figure comes from (13211-02-05-4, 13211-0007, INKAR q_alo, BA extract) or
   * "eigene Berechnung" for rates computed from members.
   */
  table: string;
}

// `value_added` (data-loaders/datasets/value-added.ts)

/** One row of `value_added`. */
export interface ValueAddedRow {
  code: string;
  year: number;
  /** `gdp`, `gva`, `gdp_per_person_employed`, `gdp_per_capita` (VGR der Länder) or `gva_share` (INKAR). */
  measure: string;
  /** `total`, an ETR sector (A, B-E, C, F, G-J, K-N, O-T) or, for INKAR shares, `primary` / `secondary` / `tertiary`. */
  sector: string;
  /** `1000 EUR`, `EUR` or `Prozent`. */
  unit: string;
  value: number | null;
  flag: string | null;
  source: string;
}

// `demography` (data-loaders/datasets/demography.ts)

/** One row of `demography`. */
export interface DemographyRow {
  code: string;
  year: number;
  /** `births`, `deaths`, `in_migration`, `out_migration` (over Kreis boundaries; annual sums) or `population` (31.12.). */
  measure: string;
  /** `total`, an age group of 12411-02-03-4 ("unter 3 Jahre" …) or a computed band `0-19`, `20-64`, `65+`. */
  age_group: string;
  value: number | null;
  flag: string | null;
  computed: boolean;
  source: string;
}

// `commuters`, `commuter_flows` (data-loaders/datasets/commuters.ts)

/** One row of `commuters`: commuters over the Kreis boundary on 30 June. */
export interface CommuterRow {
  code: string;
  year: number;
  /** `in_commuters`, `out_commuters`, `balance` (in − out), `svb_workplace`, `svb_residence`. */
  measure: string;
  value: number | null;
  flag: string | null;
  computed: boolean;
  source: string;
}

/** One Kreis-to-Kreis flow of `commuter_flows` (SvB living in `from` and working in `to`, 30.06.2016). */
export interface CommuterFlowRow {
  from: string;
  to: string;
  year: number;
  value: number;
  source: string;
}

// `branchen_occupations` (data-loaders/datasets/branchen-occupations.ts)

/** One row of `branchen_occupations`: SvB at the workplace by occupation group, trimmed for the /branchen page. */
export interface BranchenOccupationRow {
  code: string;
  year: number;
  occupation: string;
  occupation_name: string;
  /** Persons; null where the BA suppressed the cell (never 0). */
  value: number | null;
  /** `suppressed_cells_excluded` on Länder and Germany that miss suppressed Kreis cells (a lower bound). */
  flag: string | null;
  computed: boolean;
  source: string;
}

// `mining_jobs` (data-loaders/datasets/mining-jobs.ts)

export interface MiningJobsRow {
  code: string;
  year: number;
  /** SvB in KldB 211 at the workplace; null where the BA suppressed the cell (never 0). */
  value: number | null;
  suppressed: boolean;
  /** `suppressed_cells_excluded` on Land/Germany sums that miss suppressed Kreis cells. */
  flag: string | null;
  computed: boolean;
  /** All SvB at the workplace (employment dataset), for the share; null where missing. */
  svb_total: number | null;
  source: string;
  svb_total_source: string | null;
}

// `sector_value_added` (data-loaders/datasets/sector-value-added.ts)

export interface SectorValueAddedRow {
  code: string;
  year: number;
  /** `gva` (1000 EUR, current prices), `gva_share` (INKAR, percent) or `persons_in_employment` (persons). */
  measure: string;
  /** `total`, an ETR sector, or `primary` / `secondary` / `tertiary` (INKAR shares). */
  sector: string;
  value: number | null;
  flag: string | null;
  source: string;
}

// `kreis_profiles` (data-loaders/datasets/kreis-profiles.ts)

export interface KreisProfileRow {
  code: string;
  /**
   * population | svb_workplace | svb_occ_211 | unemployed | unemployment_rate | area_km2 | gemeinden | staedte |
   * verbandsfreie_gemeinden | aemter | samtgemeinden | kirchspielslandgemeinden | verbandsgemeinden |
   * verwaltungsgemeinschaften | verwaltungsverbaende | erfuellende_gemeinden | commuter_balance | in_commuters |
   * out_commuters
   */
  metric: string;
  year: number;
  value: number | null;
  flag: string | null;
  /** Census basis of population figures (Zensus 2011 / Zensus 2022); null otherwise. */
  basis: string | null;
  /**
   * Series segment (census basis, SvB revision and BA reassignment, territory): a change, index or ratio is computed
   * only between figures of one segment, and a chart never joins two (src/shared/territory.ts).
   */
  segment: string | null;
  /** The territory the figure refers to: "Gebietsstand 01.01.2026" (newest) or "Gebietsstand vor <change>". */
  territory: string;
  computed: boolean;
  source: string;
}

// `kreis_sectors` (data-loaders/datasets/kreis-sectors.ts)

export interface KreisSectorRow {
  code: string;
  /** `WZ 2008` or `KldB 2010`. */
  classification: string;
  year: number;
  category: string;
  /** Name of the occupation group (KldB); null for WZ sections (the page names them). */
  category_name: string | null;
  value: number | null;
  suppressed: boolean;
  flag: string | null;
  source: string;
}

// `overview`, `comparison` (data-loaders/datasets/overview.ts)

/** One value of one headline series: a region, a year and a measure. */
export interface OverviewRow {
  code: string;
  name: string;
  /** kreis | land | staat | aggregate */
  level: string;
  year: number;
  /** See {@link MEASURES}. */
  measure: string;
  /** Persons, percent or MW; null where a source (or, for a sum, a member) has no value. */
  value: number | null;
  /** The reference date as shown to users: "31.12.2024", "30.06.2025", "Jahresdurchschnitt 2021", "26.06.2026". */
  reference: string;
  /**
   * Series segment: values in different segments must not be joined by a line (population: census basis; SvB:
   * BBSR, rounded, before the 2014 revision vs. exact figures after it). Null where the series has no break.
   */
  segment: string | null;
  /** Flag of the source or of a member (rounded, suppressed_cells_excluded, partial_year …), or why it is null. */
  flag: string | null;
  /** Source ids (catalogue src/shared/sources.ts), comma-separated. */
  source: string;
  /** True where we computed the value (sums, recomputed rates, capacity sums). */
  computed: boolean;
  /** The territory of the value (src/shared/territory.ts): "Gebietsstand 01.01.2026" or "Gebietsstand vor <date>". */
  territory: string;
}

// `labour_pool`, `location_factors` (data-loaders/datasets/labour-pool.ts, location-factors.ts)

/**
 * One row of `labour_pool`: the labour pool in one occupation group (KldB 2010, 3-digit) of a region in one
 * year — SvB on 30 June, registered unemployed and registered vacancies as annual averages (rounded as the BA
 * publishes them), and ratios computed in the build from the counts of the same row.
 */
export interface LabourPoolRow {
  /** Kreis (5 digits), Land (2), `DG` or an aggregate of src/shared/regions.ts (`REV-MD`, …). */
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
  /** Series segment: the BA's workplace reassignment from 2018 in the Kreise it concerns (no SvB change across it). */
  segment: string | null;
  /** The territory of the figures (the BA extract: "Gebietsstand 01.01.2026"). */
  territory: string;
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
  /** The territory of the figure (src/shared/territory.ts); a ratio is published only where both parts share one. */
  territory: string;
}
