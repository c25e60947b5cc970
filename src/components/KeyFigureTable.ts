import {t, type Key, type Lang} from "../shared/i18n/index.js";
import {formatDecimal} from "../shared/locale.js";
import type {FactRow} from "../lib/kreis-facts.js";

/**
 * The key-figure table of a Kreis profile: one row per indicator, Kreis, Land and Germany side by side. The first
 * column stays in view when the table scrolls sideways on a phone (`rm-sticky-first`).
 */
export function KeyFigureTable(rows: readonly FactRow[], {lang, columns}: {lang: Lang; columns: readonly string[]}) {
  const wrap = document.createElement("div");
  wrap.className = "rm-scroll";
  // Focusable and named, so that keyboard users can scroll it sideways (WCAG 2.1.1).
  Object.assign(wrap, {tabIndex: 0});
  wrap.setAttribute("role", "region");
  wrap.setAttribute("aria-label", t(lang, "kreise.profile.factsTitle"));
  const table = document.createElement("table");
  table.className = "rm-table rm-key-figures rm-sticky-first";
  const head = table.createTHead().insertRow();
  for (const label of [t(lang, "kreise.col.metric"), ...columns]) {
    const th = document.createElement("th");
    th.scope = "col";
    th.textContent = label;
    head.append(th);
  }
  const body = table.createTBody();
  for (const row of rows) {
    const tr = body.insertRow();
    const th = document.createElement("th");
    th.scope = "row";
    th.textContent = t(lang, row.key as Key, row.params);
    tr.append(th);
    for (const value of [row.kreis, row.land, row.de]) {
      const td = tr.insertCell();
      td.className = value === null ? "rm-num rm-missing" : "rm-num";
      td.textContent = formatDecimal(value, row.digits, lang);
    }
  }
  table.append(body);
  wrap.append(table);
  return wrap;
}
