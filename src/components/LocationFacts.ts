import {t, type Lang} from "../shared/i18n/index.js";
import {occupationTitle} from "../lib/kldb-en.js";
import type {LocationFacts as Facts} from "../lib/location-factors.js";
import {formatDecimal, formatInteger} from "../shared/locale.js";
import {sourceLine} from "../shared/sources.js";

/**
 * The location facts of a Kreis as a card (Kreis profile, fact sheet, /standort): land price with baureifes Land,
 * sales and rank, income per taxpayer, commuter balance, and the labour pool in the five strongest occupation
 * groups. Every line names its year; the source line lists every source, with "eigene Berechnung".
 */
export function LocationFacts(facts: Facts, {lang, href}: {lang: Lang; href?: string}): HTMLElement {
  const card = document.createElement("div");
  card.className = "card rm-location-facts";
  card.id = "location-facts";
  const add = (tag: string, text: string, className?: string) => {
    const el = document.createElement(tag);
    el.textContent = text;
    if (className) el.className = className;
    return el;
  };
  const missing = t(lang, "value.missing");
  const num = (v: number | null | undefined, digits = 0) =>
    v === null || v === undefined ? missing : digits ? formatDecimal(v, digits, lang) : formatInteger(v, lang);
  card.append(add("h2", t(lang, "standort.facts.title")));
  const list = document.createElement("ul");
  const {landPrice, landPriceBaureif, landCases, landPriceRank, incomePerTaxpayer, commuterBalance} = facts;
  if (landPrice) {
    list.append(
      add(
        "li",
        t(lang, "standort.facts.landPrice", {
          year: landPrice.year,
          price: num(landPrice.value, 2),
          baureif: num(landPriceBaureif?.value, 2),
          cases: num(landCases?.value),
          rank: landPriceRank?.rank ?? missing,
          of: landPriceRank?.of ?? missing
        })
      )
    );
  }
  if (incomePerTaxpayer) {
    list.append(
      add("li", t(lang, "standort.facts.income", {year: incomePerTaxpayer.year, value: num(incomePerTaxpayer.value)}))
    );
  }
  if (commuterBalance) {
    list.append(
      add("li", t(lang, "standort.facts.commuters", {year: commuterBalance.year, value: num(commuterBalance.value)}))
    );
  }
  const groups = add("li", t(lang, "standort.facts.groups", {year: facts.labourYear}));
  const inner = document.createElement("ul");
  for (const g of facts.groups) {
    inner.append(
      add(
        "li",
        t(lang, "standort.facts.group", {
          code: g.occupation,
          name: occupationTitle(g.occupation, g.name, lang),
          lq: formatDecimal(g.lq, 2, lang),
          unemployed: num(g.unemployed),
          vacancies: num(g.vacancies)
        })
      )
    );
  }
  groups.append(inner);
  list.append(groups);
  card.append(list);
  if (href) {
    const link = add("a", t(lang, "standort.facts.link")) as HTMLAnchorElement;
    link.href = href;
    card.append(link);
  }
  card.append(add("p", sourceLine(facts.sources, {computed: true, lang}), "rm-source"));
  return card;
}
