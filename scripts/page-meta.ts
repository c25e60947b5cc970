/**
 * What each built page says about itself in its `<head>`: title, description and preview image (scripts/head.ts
 * writes the tags). A Kreis profile is titled with its region and described by its current figures, read at build
 * time from the published Parquet through the same functions the page runs (src/lib/kreis-facts.ts), so the
 * description never disagrees with the page. Other pages keep the title Framework gave them and take their
 * description from the dictionary (`meta.description.<route>`).
 */
import {readBuiltDataset} from "../data-loaders/read-dataset.js";
import {t, type Key, type Lang} from "../src/shared/i18n/index.js";
import {routeIn} from "../src/shared/i18n/page.js";
import {factRows, populationYears} from "../src/lib/kreis-facts.js";
import {kreisKind} from "../src/lib/labels.js";
import {formatDecimal, formatInteger, formatStichtag} from "../src/shared/locale.js";
import {readParquet} from "../src/shared/parquet.js";
import {regionLabel} from "../src/lib/region-picker.js";
import type {KreisProfileRow, RegionRow} from "../src/shared/rows.js";

export interface SiteData {
  regions: RegionRow[];
  profile: KreisProfileRow[];
}

export interface PageMeta {
  /** The route in its language: `/kreise/15084`, `/en/kreise/15084`, `/en/`. */
  route: string;
  lang: Lang;
  title: string;
  description: string;
  /** Site route of the 1200×630 preview image (`/_og/15084.png`), when there is one. */
  image?: string;
}

async function read<Row>(name: string): Promise<Row[]> {
  const bytes = readBuiltDataset(name);
  return readParquet<Row>(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
}

export async function loadSiteData(): Promise<SiteData> {
  const [regions, profile] = await Promise.all([read<RegionRow>("regions"), read<KreisProfileRow>("kreis_profiles")]);
  return {regions, profile};
}

/** The Kreis code of a profile route (`/kreise/15084`, `/en/kreise/15084`), else null. */
export function kreisOfRoute(route: string): string | null {
  return /^(?:\/en)?\/kreise\/(\d{5})$/.exec(route)?.[1] ?? null;
}

// "Rural district" inside a sentence; German nouns keep their capital.
const lowerFirst = (s: string, lang: Lang) => (lang === "en" ? s.charAt(0).toLowerCase() + s.slice(1) : s);

/** The figures a Kreis profile leads with, at the reference dates the profile's key-figure table shows first. */
export function kreisSummary(data: SiteData, code: string, lang: Lang) {
  const region = data.regions.find((r) => r.code === code && r.level === "kreis");
  if (!region || !region.land) throw new Error(`page meta: no Kreis ${code} in the regions dataset`);
  const name = regionLabel(code, region.name, lang);
  const land = regionLabel(region.land, data.regions.find((r) => r.code === region.land)?.name, lang);
  const year = populationYears(data.profile, code).at(-1);
  const facts = year === undefined ? [] : factRows(data.profile, {code, land: region.land, year});
  const fact = (metric: string) => facts.find((f) => f.metric === metric && f.kreis !== null && f.year !== null);
  const population = fact("population");
  const rate = fact("unemployment_rate");
  const svb = fact("svb_workplace");
  const figures = [
    population &&
      t(lang, "meta.kreis.population", {
        value: formatInteger(population.kreis, lang),
        date: formatStichtag(population.year!, "31.12.", lang)
      }),
    rate &&
      t(lang, "meta.kreis.rate", {
        value: formatDecimal(rate.kreis, 1, lang) + (lang === "de" ? "\u00a0%" : "%"),
        year: rate.year!
      }),
    svb &&
      t(lang, "meta.kreis.svb", {
        value: formatInteger(svb.kreis, lang),
        date: formatStichtag(svb.year!, "30.06.", lang)
      })
  ].filter((s): s is string => !!s);
  const description = [
    t(lang, "meta.kreis.lead", {name, kind: lowerFirst(kreisKind(region.kind, lang), lang), land}),
    `${figures.join(", ")}.`,
    t(lang, "meta.kreis.tail", {land})
  ].join(" ");
  return {name, land, title: t(lang, "meta.title.kreis", {name}), description, population, rate, svb};
}

/**
 * The head metadata of the page at `route`. `builtTitle` is the `<title>` Framework wrote (already in the page's
 * language); a Kreis profile gets its region in front.
 */
export function pageMeta(data: SiteData, route: string, lang: Lang, builtTitle: string): PageMeta {
  const site = t(lang, "site.title");
  const code = kreisOfRoute(route);
  if (code) {
    const summary = kreisSummary(data, code, lang);
    return {route, lang, title: `${summary.title} | ${site}`, description: summary.description};
  }
  const key = `meta.description.${routeIn(route, "de")}`;
  const kreise = data.regions.filter((r) => r.level === "kreis").length;
  let description: string;
  try {
    description = t(lang, key as Key, {count: kreise});
  } catch {
    throw new Error(`page meta: no description for ${route}; add "${key}" to src/shared/i18n/meta.ts`);
  }
  return {route, lang, title: builtTitle, description};
}
