import type {Entries, Entry} from "./types.js";

/**
 * English descriptions of the published datasets and their columns on /en/daten, keyed by dataset name
 * (`datasets.<name>`) and column (`datasets.<name>.<column>`). The German text stays where it is defined, in the
 * dataset definitions (data-loaders/datasets/*.ts) and the published catalogue: the `de` side of each entry is the
 * placeholder `{de}`, which `datasetText` (src/shared/dataset-text.ts) fills with that German text. A unit test
 * (test/unit/dataset-text.test.ts) fails when a dataset or column of the registry has no English here.
 */
function en(text: string): Entry {
  return {de: "{de}", en: text};
}

const CODE = "Regional code (state 2, district 5 digits, DG = Germany)";
const CODE_AGG = `${CODE} or aggregate (REV-MD, REV-LAU, REV-RH, OST, OST-B)`;
const AGS = "Official municipality code (8 digits)";
const REGION_NAME = "Name of the region";
const LEVEL = "kreis (district) | land (state) | staat (country) | aggregate";
const SOURCE = "Source (id in the source catalogue sources.json)";
const SOURCE_SHORT = "Source (id in the source catalogue)";
const SOURCES = "Source(s) (ids in the source catalogue sources.json, comma-separated)";
const SOURCES_SHORT = "Source(s) (ids in the source catalogue, comma-separated)";
const SOURCE_ROW = "Source of the row (id in the source catalogue)";
const FLAG_SOURCE = "Special character of the source";
const BA_SUPPRESSED = "true if the Federal Employment Agency (BA) suppressed the value";
const SUM_EXCLUDED = "suppressed_cells_excluded = sum without suppressed district values (lower bound)";
const SUM_KREISE = "true = own calculation (sum of the districts)";
const YEAR = "Year";
const YEAR_JUNE = "Year (reference date 30 June)";
const LAND = "State (2 digits)";
const KREIS = "District (5 digits)";
const STADT = "true for towns and cities";
const AREA = "Area in km²";
const LAT = "Latitude of the centre (WGS84)";
const LON = "Longitude of the centre (WGS84)";
const VERBAND_NAME = "Name of the municipal association";
const VERBAND_KIND =
  "Type of association (verbandsfreie Gemeinde = independent municipality, Verbandsgemeinde, Verwaltungsgemeinschaft …)";
const OCCUPATION_NAME = "Name of the occupational group";
const OCCUPATION = "Occupational group KldB 2010, 3 digits; 000 = not stated";
const PERSONS_BA = "Persons; empty if the BA suppressed the value (never 0)";
const COMPARISON_MEASURE =
  "population = population on 31 Dec (persons); svb_workplace = employees subject to social insurance at the workplace on 30 June (persons); svb_occ_211 = such employees in occupational group 211 “mining, opencast mining and blasting” (KldB 2010) on 30 June (persons); unemployed = unemployed, annual average (persons); unemployment_rate = unemployment rate relative to the whole civilian labour force, annual average (per cent); lignite_capacity_mw = net rated capacity of the lignite power plants not finally shut down (MW); lignite_capacity_planned_mw = of which still on the grid at the end of the year according to the plants' shutdown years (MW; plan, not a measurement)";
const COMPARISON_VALUE =
  "Value (persons, per cent or MW); empty if the source or a member of an aggregate has no value";
const COMPARISON_REFERENCE =
  "Reference date or period as shown (31 Dec 2024, 30 Jun 2025, annual average 2021, 26 Jun 2026)";
const COMPARISON_SEGMENT =
  "Series segment: do not connect values of different segments (population: census basis; SvB: BBSR rounded before the 2014 revision, or revised; territory)";
const COMPARISON_FLAG =
  "Flag of the source or of a member (rounded, suppressed_cells_excluded …) or reason for an empty value (members_missing, suppressed, shutdown_year_passed)";
const COMPARISON_COMPUTED = "true = own calculation (sum, rate recomputed from sums, capacity sum)";
const TERRITORY =
  "Territory of the value: Gebietsstand 01.01.2026 (the newest, that of the BA extract) or “Gebietsstand vor <date of the change>” (README “Gebietsstände”)";

export const datasets = {
  "datasets.population": en(
    "Population on 31 Dec by sex: districts, states, Germany, lignite regions and East Germany, 1990–2024"
  ),
  "datasets.population.code": en(CODE_AGG),
  "datasets.population.name": en(REGION_NAME),
  "datasets.population.level": en(LEVEL),
  "datasets.population.year": en("Year (reference date 31 Dec)"),
  "datasets.population.sex": en("total | male | female (male/female only from exact sources)"),
  "datasets.population.value": en("Persons; empty if no source has a value (see flag)"),
  "datasets.population.flag": en("Special character for a missing value (-, ., ..., x, /)"),
  "datasets.population.basis": en(
    "Census basis of the population update; do not draw 2024 (census 2022) connected to 2023 (census 2011)"
  ),
  "datasets.population.territory": en(
    "Territorial status the value refers to (status 31 Dec 2021; Eichsfeld and Unstrut-Hainich-Kreis from 2023 and Wartburgkreis from 2024 on their new territory): do not connect values of different territorial status"
  ),
  "datasets.population.source": en(SOURCES),
  "datasets.population.rounded": en("true if the source publishes rounded values (BBSR: to 100 persons)"),
  "datasets.population.computed": en(
    "true if own calculation (sum of municipalities, districts or members; BBSR conversion)"
  ),
  "datasets.population.method": en(
    "kreistabelle (district table) | gemeindesumme (sum of municipalities) | bbsr-umrechnung (BBSR conversion) | summe (sum)"
  ),

  "datasets.regions": en(
    "Regions: districts, states, Germany (territorial status 31 Dec 2024) and aggregates (lignite regions, East Germany)"
  ),
  "datasets.regions.code": en("Regional code (state 2, district 5 digits, DG) or aggregate code"),
  "datasets.regions.name": en("Name (municipality directory or src/shared/regions.ts)"),
  "datasets.regions.level": en(LEVEL),
  "datasets.regions.parent": en("Parent region (district → state → DG); empty for DG and aggregates"),
  "datasets.regions.land": en("State (2 digits) of a district or state"),
  "datasets.regions.kind": en(
    "District type according to the official text code (kreisfreie Stadt = district-free city, Landkreis = rural district, Kreis …), Land, Staat, revier, east"
  ),
  "datasets.regions.basis": en("Legal basis of an aggregate (e.g. StStG §2 no. 3)"),
  "datasets.regions.source": en(SOURCE_SHORT),

  "datasets.region_members": en("Membership: aggregates, states and Germany with their members"),
  "datasets.region_members.group_code": en("Code of the group (aggregate, state, DG)"),
  "datasets.region_members.member_code": en("Code of the member (district or state)"),

  "datasets.population_gemeinden": en(
    "Population of the municipalities in Saxony, Saxony-Anhalt and Thuringia, 1990–2023 (reference dates of the sources)"
  ),
  "datasets.population_gemeinden.code": en(AGS),
  "datasets.population_gemeinden.name": en("Municipality name as in the source"),
  "datasets.population_gemeinden.kreis": en("District (5 digits) at the territorial status"),
  "datasets.population_gemeinden.land": en(LAND),
  "datasets.population_gemeinden.date": en("Reference date of the population figure (ISO)"),
  "datasets.population_gemeinden.year": en("Year of the reference date"),
  "datasets.population_gemeinden.value": en("Persons; empty with flag if the source has no value"),
  "datasets.population_gemeinden.flag": en(FLAG_SOURCE),
  "datasets.population_gemeinden.rounded": en("true if rounded (BBSR 2020: to 10 persons)"),
  "datasets.population_gemeinden.gebietsstand": en(
    "Territorial status of the municipality list (ISO); Regionaldatenbank 2008–2015: the respective reference date"
  ),
  "datasets.population_gemeinden.source": en(SOURCE_SHORT),

  "datasets.municipalities": en(
    "Municipality directory: territorial status 31 Dec 2024 (Germany), 31 Dec 2021 and 31 Dec 2023 (SN, ST, TH)"
  ),
  "datasets.municipalities.code": en(AGS),
  "datasets.municipalities.name": en("Municipality name"),
  "datasets.municipalities.kreis": en(KREIS),
  "datasets.municipalities.land": en(LAND),
  "datasets.municipalities.verband_code": en(
    "Municipal association (9 digits: district + association part of the ARS)"
  ),
  "datasets.municipalities.verband_name": en(VERBAND_NAME),
  "datasets.municipalities.verband_kind": en(VERBAND_KIND),
  "datasets.municipalities.kind": en(
    'Municipality type according to the official text code, with association membership (e.g. "Stadt, verbandsfrei" = unitary municipality)'
  ),
  "datasets.municipalities.is_stadt": en("true for towns and cities (text codes 61, 62, 63, 67)"),
  "datasets.municipalities.area_km2": en(AREA),
  "datasets.municipalities.population": en("Population on the reference date `date`"),
  "datasets.municipalities.lat": en(LAT),
  "datasets.municipalities.lon": en(LON),
  "datasets.municipalities.date": en(
    "Reference date of the population (ISO); for the territorial status 31 Dec 2024 it is 31 Dec 2023"
  ),
  "datasets.municipalities.gebietsstand": en("Territorial status of the list (ISO)"),
  "datasets.municipalities.source": en(SOURCE_SHORT),

  "datasets.gemeinden_overview": en(
    "View: municipalities in Saxony, Saxony-Anhalt and Thuringia (territorial status 31 Dec 2024) with area, density, association and population on 31 Dec 2021 where the territory is unchanged"
  ),
  "datasets.gemeinden_overview.code": en(AGS),
  "datasets.gemeinden_overview.name": en("Municipality name"),
  "datasets.gemeinden_overview.kreis": en(KREIS),
  "datasets.gemeinden_overview.kreis_name": en("Name of the district"),
  "datasets.gemeinden_overview.land": en(LAND),
  "datasets.gemeinden_overview.revier": en(
    "true for municipalities of the nine districts of the Central German lignite region"
  ),
  "datasets.gemeinden_overview.verband_code": en("Municipal association (9 digits)"),
  "datasets.gemeinden_overview.verband_name": en(VERBAND_NAME),
  "datasets.gemeinden_overview.verband_kind": en(VERBAND_KIND),
  "datasets.gemeinden_overview.kind": en("Municipality type according to the official text code"),
  "datasets.gemeinden_overview.is_stadt": en(STADT),
  "datasets.gemeinden_overview.area_km2": en(AREA),
  "datasets.gemeinden_overview.population": en("Population on the reference date date"),
  "datasets.gemeinden_overview.density": en("Inhabitants per km² (own calculation)"),
  "datasets.gemeinden_overview.lat": en(LAT),
  "datasets.gemeinden_overview.lon": en(LON),
  "datasets.gemeinden_overview.date": en("Reference date of the population (ISO; 31 Dec 2023)"),
  "datasets.gemeinden_overview.gebietsstand": en("Territorial status of the list (ISO; 31 Dec 2024)"),
  "datasets.gemeinden_overview.population_start": en(
    "Population on date_start, only if the territory is unchanged (otherwise empty)"
  ),
  "datasets.gemeinden_overview.date_start": en("Reference date of the starting population (ISO; 31 Dec 2021)"),
  "datasets.gemeinden_overview.territory": en(
    "unverändert (unchanged) | Gebietsänderung (territorial change: area changed by more than 2 %) | neu (new: code did not exist in 2021)"
  ),
  "datasets.gemeinden_overview.source": en(SOURCE_ROW),
  "datasets.gemeinden_overview.source_start": en("Source of the starting population (id in the source catalogue)"),

  "datasets.plants": en(
    "Lignite power plants and opencast mines of the Central German, Lusatian and Rhineland lignite regions with capacity, operator, commissioning and shutdown year"
  ),
  "datasets.plants.id": en("MaStR power plant number (KWK…) or own key (kw-…, tb-…)"),
  "datasets.plants.name": en("Name as in the source"),
  "datasets.plants.kind": en("kraftwerk (power plant) or tagebau (opencast mine)"),
  "datasets.plants.revier": en("Lignite region: REV-MD, REV-LAU, REV-RH (src/shared/regions.ts)"),
  "datasets.plants.kreis": en("District (5 digits, territorial status 2024) of the site or of the mine's municipality"),
  "datasets.plants.operator": en("Operator as in the source"),
  "datasets.plants.capacity_mw": en("Electrical capacity in MW (power plants; empty for mines)"),
  "datasets.plants.capacity_basis": en("brutto: gross capacity of all units according to MaStR/IWH"),
  "datasets.plants.capacity_net_active_mw": en(
    "Net rated capacity of the units not finally shut down on 26 Jun 2026, in MW (BNetzA power plant list)"
  ),
  "datasets.plants.commissioned": en("Year of commissioning (power plant: according to the IWH list; mine: opening)"),
  "datasets.plants.shutdown_year": en(
    "Year of the (planned) shutdown according to the IWH list or the mine list; for plants shut down in stages the year the IWH list names"
  ),
  "datasets.plants.shutdown_basis": en(
    "Basis of the shutdown: KVBG, EnWG, reserve, other (IWH); for mines 'geplant (ca.)' (planned, approx.) or 'Tagebauliste' (mine list)"
  ),
  "datasets.plants.status": en(
    "in Betrieb (in operation), teilweise stillgelegt (partly shut down), stillgelegt (shut down) (BNetzA, 26 Jun 2026); mines: status of the list"
  ),
  "datasets.plants.lat": en("Latitude (WGS84): power plant site (OPSD) or centre of the mine's municipality"),
  "datasets.plants.lon": en("Longitude (WGS84), as lat"),
  "datasets.plants.location": en(
    "standort (coordinates of the plant), gemeinde (centre of the municipality) or keine (none)"
  ),
  "datasets.plants.source": en("Source of the row (catalogue id)"),
  "datasets.plants.status_source": en("Source of status and net capacity (catalogue id)"),
  "datasets.plants.location_source": en("Source of the coordinates (catalogue id)"),

  "datasets.employment": en(
    "Employment: employees subject to social insurance (SvB) at workplace and residence (1997–2025), SvB by WZ section (30 Jun 2015–2020), persons in employment and employees by seven economic sectors (2000–2014)"
  ),
  "datasets.employment.code": en(CODE),
  "datasets.employment.year": en("Year (SvB: reference date 30 June; persons in employment/employees: annual average)"),
  "datasets.employment.classification": en(
    "total | WZ 2008 (SvB by section, 2015–2020) | ETR (seven economic sectors of the employment accounts)"
  ),
  "datasets.employment.category": en(
    "total or WZ 2008 section(s): A, B-F, B-E, C, F, G-U, G-I, J, K, L, M-N, O-Q, R-U; ETR: A, B-E, C, F, G-J, K-N, O-T"
  ),
  "datasets.employment.measure": en(
    "svb_workplace (SvB at the workplace) | svb_residence (SvB at the place of residence) | persons_in_employment | employees"
  ),
  "datasets.employment.value": en("Persons; empty if the source has no value"),
  "datasets.employment.suppressed": en("true if the source keeps the value confidential"),
  "datasets.employment.flag": en(
    "Special character of the source; rounded = source in thousands with one decimal; implausible = BBSR value deviates by more than 3 % from both neighbouring years (empty); suppressed_cells_excluded = BA sum without suppressed cells (lower bound)"
  ),
  "datasets.employment.computed": en("true = own calculation (sum of the districts of a state or of Germany)"),
  "datasets.employment.source": en(SOURCE),
  "datasets.employment.segment": en(
    "Series segment of SvB at the workplace: BBSR rounded vs. exact; BA workplace assignment from 30 Jun 2018 (twelve districts); do not connect different segments"
  ),

  "datasets.employment_occupations": en(
    "SvB at the workplace by occupational group (KldB 2010, 3 digits), 30 Jun 2013–30 Jun 2025, all districts, states, Germany"
  ),
  "datasets.employment_occupations.code": en(CODE),
  "datasets.employment_occupations.year": en(YEAR_JUNE),
  "datasets.employment_occupations.occupation": en(
    "Occupational group KldB 2010, 3 digits (211 = mining, opencast mining and blasting); 000 = not stated"
  ),
  "datasets.employment_occupations.occupation_name": en(OCCUPATION_NAME),
  "datasets.employment_occupations.measure": en("svb_workplace (SvB at the workplace)"),
  "datasets.employment_occupations.value": en(PERSONS_BA),
  "datasets.employment_occupations.suppressed": en(BA_SUPPRESSED),
  "datasets.employment_occupations.flag": en(SUM_EXCLUDED),
  "datasets.employment_occupations.computed": en(SUM_KREISE),
  "datasets.employment_occupations.source": en(SOURCE),

  "datasets.labour_market": en(
    "Unemployed (annual average) and unemployment rates with their reference base and table, 1998–2025; rates of the states, Germany and the aggregates without an official value computed from the districts or states"
  ),
  "datasets.labour_market.code": en(CODE_AGG),
  "datasets.labour_market.year": en("Year (annual average)"),
  "datasets.labour_market.measure": en(
    "unemployed (unemployed, persons) | unemployment_rate (unemployment rate, per cent)"
  ),
  "datasets.labour_market.definition": en(
    'Reference base of the rate ("bezogen auf alle zivilen Erwerbspersonen" = relative to the whole civilian labour force, or "bezogen auf abhängige zivile Erwerbspersonen" = relative to dependent civilian labour force) or "Jahresdurchschnitt" (annual average) for counts'
  ),
  "datasets.labour_market.value": en("Persons or per cent; empty if no table has a value (never interpolated)"),
  "datasets.labour_market.flag": en(
    'Special character of the source ("/" also for unemployment counts and rates that contradict their row, the neighbouring years and INKAR); no_official_rate = no official rate for this year; incomplete_year = BA 2012 incomplete; suppressed = BA suppressed cells of the district; kreise_missing = sum missing because districts are suppressed'
  ),
  "datasets.labour_market.computed": en(
    "true = own calculation (sum of the districts; rate from the unemployed and rates of the members)"
  ),
  "datasets.labour_market.source": en(SOURCES),
  "datasets.labour_market.table": en(
    "Official table (13211-02-05-4, 13211-0007, INKAR q_alo, BA special evaluation) or own calculation"
  ),

  "datasets.labour_pool": en(
    "Labour pool by occupational group (KldB 2010, 3 digits): SvB at workplace and residence (30 June), unemployed and registered vacancies (annual average), 2013–2025; districts, states, Germany, lignite regions"
  ),
  "datasets.labour_pool.code": en(
    "Regional code (district 5, state 2 digits, DG = Germany) or aggregate (REV-MD, REV-LAU, REV-RH, OST, OST-B). Full time series for the districts of East Germany, the lignite regions and their neighbours; other districts only the latest year"
  ),
  "datasets.labour_pool.occupation": en(OCCUPATION),
  "datasets.labour_pool.occupation_name": en("Name of the occupational group as published by the BA (short title)"),
  "datasets.labour_pool.year": en("Year (SvB: reference date 30 June; unemployed, vacancies: annual average)"),
  "datasets.labour_pool.svb_workplace": en(
    "SvB at the workplace, persons; only first (2013) and latest year (full series: employment_occupations); empty = suppressed"
  ),
  "datasets.labour_pool.svb_residence": en(
    "SvB at the place of residence, persons; only first and latest year; empty = suppressed"
  ),
  "datasets.labour_pool.unemployed": en(
    "Unemployed by target occupation, annual average, rounded as published; empty = suppressed"
  ),
  "datasets.labour_pool.vacancies": en(
    "Registered vacancies (only the part reported to the BA), annual average, rounded as published"
  ),
  "datasets.labour_pool.unemployed_per_vacancy": en(
    "Unemployed per registered vacancy (own calculation; for sums the quotient of the sums)"
  ),
  "datasets.labour_pool.vacancy_share": en(
    "Vacancies ÷ (SvB at the workplace + vacancies) × 100, in %; first and latest year (own calculation)"
  ),
  "datasets.labour_pool.svb_change": en(
    "Change of SvB at the workplace since 2013 in %; only in the latest year (own calculation)"
  ),
  "datasets.labour_pool.unemployed_change": en(
    "Change of the unemployed since 2013 in %; only in the latest year (own calculation)"
  ),
  "datasets.labour_pool.flag": en(
    "suppressed:<measures> = suppressed by the BA; lower_bound:<measures> = sum without suppressed district values (lower bound)"
  ),
  "datasets.labour_pool.segment": en(
    "Series segment: the BA's workplace reassignment from 30 June 2018 in the districts with a recorded reassignment (no SvB change since 2013 there); empty otherwise"
  ),
  "datasets.labour_pool.territory": en("Territory: Gebietsstand 01.01.2026 (BA extract, Hanau a district-free city)"),
  "datasets.labour_pool.computed": en("true = sum of the districts (own calculation)"),
  "datasets.labour_pool.source": en("Sources (ids in the source catalogue sources.json, comma-separated)"),

  "datasets.value_added": en(
    "Gross domestic product and gross value added by economic sector (2000–2014), GDP per person in employment, sector shares of GVA (INKAR, up to 2022)"
  ),
  "datasets.value_added.code": en(CODE),
  "datasets.value_added.year": en(YEAR),
  "datasets.value_added.measure": en(
    "gdp (GDP) | gva (gross value added at basic prices, current prices) | gdp_per_person_employed (GDP per person in employment) | gdp_per_capita (GDP per inhabitant) | gva_share (share of GVA, INKAR)"
  ),
  "datasets.value_added.sector": en(
    "total | A | B-E | C | F | G-J | K-N | O-T (WZ 2008) | primary | secondary | tertiary (INKAR)"
  ),
  "datasets.value_added.unit": en("1000 EUR | EUR | Prozent (per cent)"),
  "datasets.value_added.value": en("Value in the unit unit; empty if the source has no value"),
  "datasets.value_added.flag": en(FLAG_SOURCE),
  "datasets.value_added.source": en(SOURCE),

  "datasets.demography": en(
    "Live births, deaths, moves into and out of the district across district borders (1995–2015); population by age group and age bands for dependency ratios (31 Dec 2015)"
  ),
  "datasets.demography.code": en(CODE),
  "datasets.demography.year": en("Year (annual total or reference date 31 Dec)"),
  "datasets.demography.measure": en(
    "births (live births) | deaths | in_migration / out_migration (moves in/out across district borders) | population (population 31 Dec)"
  ),
  "datasets.demography.age_group": en(
    'total | age group of the source (e.g. "65 bis unter 75 Jahre" = 65 to under 75 years) | 0-19, 20-64, 65+ (computed bands)'
  ),
  "datasets.demography.value": en("Persons or cases; empty if the source has no value (see flag)"),
  "datasets.demography.flag": en(
    'Special character of the source (e.g. "." for districts before the district reforms of 2007/2008)'
  ),
  "datasets.demography.computed": en("true = own calculation (sum of the age groups)"),
  "datasets.demography.source": en(SOURCE),

  "datasets.commuters": en(
    "In- and out-commuters across district borders and commuter balance, 30 Jun 2012–30 Jun 2016"
  ),
  "datasets.commuters.code": en(CODE),
  "datasets.commuters.year": en(YEAR_JUNE),
  "datasets.commuters.measure": en(
    "in_commuters | out_commuters | balance (in- minus out-commuters) | svb_workplace | svb_residence"
  ),
  "datasets.commuters.value": en(
    "Persons (SvB); empty if the source has no value (x for states: commuters across district borders cannot be summed)"
  ),
  "datasets.commuters.flag": en(FLAG_SOURCE),
  "datasets.commuters.computed": en("true = own calculation (balance 2016)"),
  "datasets.commuters.source": en(SOURCE),

  "datasets.commuter_flows": en(
    "Commuter flows between districts (for each district the ten largest districts of origin and destination), 30 Jun 2016"
  ),
  "datasets.commuter_flows.from": en("District of residence (5 digits)"),
  "datasets.commuter_flows.to": en("District of the workplace (5 digits)"),
  "datasets.commuter_flows.year": en(YEAR_JUNE),
  "datasets.commuter_flows.value": en("SvB who live in from and work in to"),
  "datasets.commuter_flows.source": en(SOURCE),

  "datasets.location_factors": en(
    "Location factors: purchase prices for building land 2024, income per taxpayer 2021, company insolvencies per 10,000 SvB 2024, business registrations and deregistrations per 10,000 inhabitants 1998–2015, commuter balance 2016; districts, states, Germany, lignite regions"
  ),
  "datasets.location_factors.code": en(
    "Regional code (district 5, state 2 digits, DG = Germany) or aggregate (REV-MD, REV-LAU, REV-RH, OST, OST-B)"
  ),
  "datasets.location_factors.measure": en(
    "land_price_all / land_price_baureif (EUR/m²), land_area_* (1000 m²), land_sum_* (purchase sum, 1000 EUR), land_cases_* (sales), taxpayers, income_per_taxpayer (EUR), insolvencies, insolvencies_per_10000_svb, business_registrations, business_closures (+ _per_10000 inhabitants), commuter_balance, in_commuters, out_commuters, svb_residence"
  ),
  "datasets.location_factors.year": en("Reporting year"),
  "datasets.location_factors.value": en("Value in `unit`; empty with flag if not published"),
  "datasets.location_factors.unit": en("Unit"),
  "datasets.location_factors.flag": en(
    "Special character of the source (- . x) or members_missing = sum/quotient without missing districts"
  ),
  "datasets.location_factors.computed": en(
    "true = own calculation (quotient, sum of the districts; land price for states/Germany = purchase sum ÷ area)"
  ),
  "datasets.location_factors.source": en("Sources (ids in the source catalogue sources.json, comma-separated)"),
  "datasets.location_factors.territory": en(
    `${TERRITORY}; ratios: numerator and denominator on that territory (territory_mismatch = no common territory, empty)`
  ),

  "datasets.branchen_occupations": en(
    "View for /branchen: SvB at the workplace by occupational group (KldB 2010), 30 Jun 2013–30 Jun 2025; Germany, states, districts of East Germany and the lignite regions"
  ),
  "datasets.branchen_occupations.code": en(CODE),
  "datasets.branchen_occupations.year": en(YEAR_JUNE),
  "datasets.branchen_occupations.occupation": en(OCCUPATION),
  "datasets.branchen_occupations.occupation_name": en(OCCUPATION_NAME),
  "datasets.branchen_occupations.value": en(PERSONS_BA),
  "datasets.branchen_occupations.flag": en(SUM_EXCLUDED),
  "datasets.branchen_occupations.computed": en(SUM_KREISE),
  "datasets.branchen_occupations.source": en(SOURCE),

  "datasets.mining_jobs": en(
    "View: SvB at the workplace in occupational group 211 (mining, opencast mining and blasting), 30 Jun 2013–30 Jun 2025, districts in SN/ST/TH, lignite-region districts, states, Germany"
  ),
  "datasets.mining_jobs.code": en(CODE),
  "datasets.mining_jobs.year": en(YEAR_JUNE),
  "datasets.mining_jobs.value": en("SvB at the workplace in KldB 211; empty if the BA suppressed the value (never 0)"),
  "datasets.mining_jobs.suppressed": en(BA_SUPPRESSED),
  "datasets.mining_jobs.flag": en(SUM_EXCLUDED),
  "datasets.mining_jobs.computed": en(SUM_KREISE),
  "datasets.mining_jobs.svb_total": en("All SvB at the workplace (dataset employment), for the share"),
  "datasets.mining_jobs.source": en("Source of the KldB figure (id in the source catalogue)"),
  "datasets.mining_jobs.svb_total_source": en("Source of the total SvB (id in the source catalogue)"),

  "datasets.sector_value_added": en(
    "View: gross value added by economic sector and persons in employment 2000–2014, INKAR sector shares up to 2021; districts in SN/ST/TH, lignite-region districts, states, Germany"
  ),
  "datasets.sector_value_added.code": en(CODE),
  "datasets.sector_value_added.year": en(YEAR),
  "datasets.sector_value_added.measure": en(
    "gva (GVA, 1000 EUR, current prices) | gva_share (INKAR, per cent) | persons_in_employment (persons)"
  ),
  "datasets.sector_value_added.sector": en("total | A | B-E | F | G-J | K-N | O-T | primary | secondary | tertiary"),
  "datasets.sector_value_added.value": en("Value; empty if the source has no value"),
  "datasets.sector_value_added.flag": en(
    "Special character of the source; rounded = persons in employment in thousands with one decimal"
  ),
  "datasets.sector_value_added.source": en(SOURCE_SHORT),

  "datasets.kreis_profiles": en(
    "View for the district profiles: population, SvB, mining SvB (KldB 211), unemployed, unemployment rate, area, numbers of municipalities and commuters of all 400 districts, the 16 states and Germany"
  ),
  "datasets.kreis_profiles.code": en(CODE),
  "datasets.kreis_profiles.metric": en(
    "population | svb_workplace | svb_occ_211 (SvB at the workplace in KldB 211 mining, opencast mining and blasting; proxy for mining/lignite jobs) | unemployed | unemployment_rate | area_km2 | gemeinden | staedte | verbandsfreie_gemeinden | aemter | samtgemeinden | kirchspielslandgemeinden | verbandsgemeinden | verwaltungsgemeinschaften | verwaltungsverbaende | erfuellende_gemeinden | commuter_balance | in_commuters | out_commuters"
  ),
  "datasets.kreis_profiles.year": en(
    "Year (population 31 Dec, SvB 30 June, unemployed annual average, municipalities: territorial status 31 Dec)"
  ),
  "datasets.kreis_profiles.value": en("Value (persons, per cent, km² or count); empty if the source has no value"),
  "datasets.kreis_profiles.flag": en("Special character or flag of the source (rounded …)"),
  "datasets.kreis_profiles.basis": en("Census basis of the population figure"),
  "datasets.kreis_profiles.segment": en(
    "Series segment (census basis, SvB revision and BA assignment, territory): changes, indices and ratios only within one segment; never connect different segments"
  ),
  "datasets.kreis_profiles.territory": en(TERRITORY),
  "datasets.kreis_profiles.computed": en("true = own calculation (sums, counts)"),
  "datasets.kreis_profiles.source": en("Source(s) (id in the source catalogue)"),

  "datasets.kreis_sectors": en(
    "View for the district profiles: SvB at the workplace by WZ section (latest reference date of table 13111-07-05-4) and occupational group (KldB 2010, latest reference date), all 400 districts, 16 states, Germany"
  ),
  "datasets.kreis_sectors.code": en(CODE),
  "datasets.kreis_sectors.classification": en(
    "WZ 2008 (economic sections) | KldB 2010 (occupational groups, 3 digits)"
  ),
  "datasets.kreis_sectors.year": en(YEAR_JUNE),
  "datasets.kreis_sectors.category": en(
    "WZ section(s) (A, B-E, F, G-I, J, K, L, M-N, O-Q, R-U) or KldB occupational group"
  ),
  "datasets.kreis_sectors.category_name": en("Name of the occupational group (KldB)"),
  "datasets.kreis_sectors.value": en("SvB at the workplace; empty if suppressed (never 0)"),
  "datasets.kreis_sectors.suppressed": en("true if the source suppressed the value"),
  "datasets.kreis_sectors.flag": en("Flag of the source (suppressed_cells_excluded …)"),
  "datasets.kreis_sectors.source": en(SOURCE_SHORT),

  "datasets.comparison": en(
    "Comparison (view for /vergleich): population, SvB, occupational group 211, unemployed and unemployment rate of all districts, states, Germany and the aggregates; lignite capacity per lignite region"
  ),
  "datasets.comparison.code": en(
    "Regional code (state 2, district 5 digits, DG) or aggregate code (REV-MD, REV-LAU, REV-RH, OST, OST-B)"
  ),
  "datasets.comparison.name": en(REGION_NAME),
  "datasets.comparison.level": en(LEVEL),
  "datasets.comparison.year": en(YEAR),
  "datasets.comparison.measure": en(COMPARISON_MEASURE),
  "datasets.comparison.value": en(COMPARISON_VALUE),
  "datasets.comparison.reference": en(COMPARISON_REFERENCE),
  "datasets.comparison.segment": en(COMPARISON_SEGMENT),
  "datasets.comparison.flag": en(COMPARISON_FLAG),
  "datasets.comparison.source": en(SOURCES_SHORT),
  "datasets.comparison.computed": en(COMPARISON_COMPUTED),
  "datasets.comparison.territory": en(`${TERRITORY}; a district value on an older territory is a segment of its own`),

  "datasets.overview": en(
    "Overview (view for /): like comparison, but only the districts of Saxony, Saxony-Anhalt and Thuringia (plus all states, Germany, aggregates)"
  ),
  "datasets.overview.code": en(
    "Regional code (state 2, district 5 digits, DG) or aggregate code (REV-MD, REV-LAU, REV-RH, OST, OST-B)"
  ),
  "datasets.overview.name": en(REGION_NAME),
  "datasets.overview.level": en(LEVEL),
  "datasets.overview.year": en(YEAR),
  "datasets.overview.measure": en(COMPARISON_MEASURE),
  "datasets.overview.value": en(COMPARISON_VALUE),
  "datasets.overview.reference": en(COMPARISON_REFERENCE),
  "datasets.overview.segment": en(COMPARISON_SEGMENT),
  "datasets.overview.flag": en(COMPARISON_FLAG),
  "datasets.overview.source": en(SOURCES_SHORT),
  "datasets.overview.computed": en(COMPARISON_COMPUTED),
  "datasets.overview.territory": en(`${TERRITORY}; a district value on an older territory is a segment of its own`)
} satisfies Entries;
